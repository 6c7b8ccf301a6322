## The organizers' console: a Telegram Mini App opened from the bot

btn-console = 📊 Console
console-menu-button = Console
console-title = Tansiq console
console-nav-today = Today
console-nav-queues = Queues
console-refused-launch = The console could not confirm who opened it, or it was opened too long ago. Close it and open it again from the bot's menu.
console-refused-role = The console is for organizers and administrators.
console-session-ended = Your session has ended. Close the console and open it again from the bot's menu.
console-failed = Something went wrong and nothing was changed. Try again in a moment.
console-today-waiting = Waiting for your decision
console-today-meetings = Next meetings
console-today-no-meetings = No meeting is planned.
console-meeting-answers = Yes: { $yes } · Maybe: { $maybe } · No: { $no } · Waiting list: { $waitlist } · No answer: { $none }
console-today-outbox = Messages
console-outbox-health = Waiting to be sent: { $pending } · Unknown (the bot stopped mid-send): { $unknown } · Failed in the last 7 days: { $failed } · Blocked the bot in the last 7 days: { $blocked }
console-today-followup = Follow-up
console-overdue = { $count ->
        [0] No follow-up item is overdue.
        [one] One follow-up item is overdue.
       *[other] { $count } follow-up items are overdue.
    }
console-today-longest = Waiting longest for approval
console-waiting-since = Since { $date }: { $name }
console-open = Open
console-queue-registrations = Registrations waiting for approval
console-queue-empty = Nothing waits here now.
console-queue-in-chat = Open it in the chat for now: { $command }
console-reject-reason = Reason (sent to the person)
console-reject-needs-reason = Write the reason first: it is sent to the person.
console-nav-actors = Actors
console-actors-figure = Approved actors by type (the report's Figure 1): { $total ->
        [one] one actor
       *[other] { $total } actors
    }
console-actors-matching = { $count ->
        [0] No actor matches.
        [one] One actor matches.
       *[other] { $count } actors match; { $first }–{ $last } shown.
    }
console-filter-type = Type
console-filter-governorate = Governorate
console-filter-sector = Sector
console-filter-status = Status
console-filter-any = All
console-sort = Sort by
console-sort-name = Name
console-sort-type = Type
console-sort-people = Representatives
console-status-approved = approved
console-status-pending = waiting for approval
console-status-rejected = rejected
console-col-organization = Organization
console-col-type = Type
console-col-status = Status
console-col-people = Representatives
console-col-governorates = Governorates
console-col-sectors = Sectors
console-page-back = ◀ Previous
console-page-next = Next ▶
console-export-csv = ⬇ CSV
console-export-xlsx = ⬇ XLSX
console-export-sent = The file is in your chat with the bot.
console-nav-meetings = Meetings
console-meetings-none = No meeting has been published yet.
console-answer-yes = Yes
console-answer-maybe = Maybe
console-answer-no = No
console-answer-waitlist = Waiting list
console-answer-none = No answer
console-answer-came = Checked in
console-meeting-by-type = Answers by actor type
console-meeting-waitlist = Waiting list
console-waitlist-empty = Nobody is on the waiting list.
console-meeting-checkins = Check-in
console-checkins = { $count ->
        [0] Nobody has checked in yet.
        [one] One person has checked in.
       *[other] { $count } people have checked in.
    }
console-not-checked-in = Said yes or maybe, not checked in
console-mark-present = Mark present
console-marked = { $name } is marked present.
console-meeting-qr = Check-in QR code
console-nav-polls = Polls
console-too-few = Too few answers to show.
console-nav-followup = Follow-up
console-nav-coverage = Coverage
console-coverage-summary = { $covered } of { $cells ->
        [one] one sector and governorate cell
       *[other] { $cells } sector and governorate cells
    } have an actor; { $gaps ->
        [0] no gaps.
        [one] one gap.
       *[other] { $gaps } gaps.
    }
console-coverage-cell = { $sector } in { $governorate }
console-nav-reports = Reports
console-report-period = Period
console-report-language = Language
console-report-format = File
console-report-pdf = PDF
console-report-docx = Word (DOCX)
console-report-make = Make the report
console-report-where = The report comes to your chat with the bot, where you can open it and keep it.
console-report-sent = The report is in your chat with the bot.
console-pick-meeting = Meeting
console-pick-poll = Poll
console-update-language = Language
console-update-text = The text in that language (replaces it, or adds it)
console-update-save-text = ✏️ Save the text
console-update-text-saved = The text is saved.
console-find-person = Find by name
console-more = { $count ->
        [one] … and one more: find them by name.
       *[other] … and { $count } more: find them by name.
    }
