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
