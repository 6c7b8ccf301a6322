## Meetings: creation, invitations, answers, reminders, check-in, statistics

meeting-new = <b>New coordination meeting</b>. First, who is invited?
meeting-ask-text = Send the <b>title</b> of the meeting on the first line and its <b>agenda</b> below, for readers of { $language }. Skip a language to give its readers the fallback.
meeting-ask-mode = How does the meeting take place?
meeting-mode-physical = In person
meeting-mode-virtual = Online
meeting-mode-hybrid = Hybrid
meeting-ask-venue = Where? Send the venue (place and address).
meeting-ask-link = Send the video link (https://…).
meeting-ask-start = When does it start? Send the date and time in { $tz }, like { $example }.
meeting-ask-end = When does it end? Send the time (like 13:30) or a date and time.
meeting-ask-deadline = Until when can people answer? Send a date and time, or press Skip to accept answers until the start.
meeting-ask-capacity = How many people can attend? Send a number, or press Skip for no limit.
meeting-dialog-cancelled = Meeting not created; nothing was sent.
meeting-confirm = Above is the invitation as invitees will get it. It goes to { $count ->
        [one] one person
       *[other] { $count } people
    }. Publish?
btn-publish = ✅ Publish
btn-meeting-draft-texts = ✏️ Title and agenda
btn-meeting-draft-place = ✏️ Where
btn-meeting-draft-time = ✏️ When
btn-meeting-draft-deadline = ✏️ Answer deadline
btn-meeting-draft-capacity = ✏️ Places
meeting-confirm-languages = Written in: { $languages }. Readers of a language left out get the next language in their reading order.
meeting-organizer-card =
    📅 Meeting: <b>{ $title }</b>
    Invited: { $invited } · Yes: { $yes } · Maybe: { $maybe } · No: { $no } · Waiting list: { $waitlist } · No answer: { $none }
    Check-in link: { $link }
btn-meeting-refresh = 🔄 Answers
btn-meeting-cancel = ✖ Cancel the meeting
meeting-qr-caption = Check-in QR code: print it or show it on screen. It works from an hour before the start to an hour after the end.
meeting-cancelled-organizer = The meeting { $title } is cancelled; every invitee is being told.
meeting-venue-line = 📍 { $venue }
meeting-link-line = 🔗 { $link }
meeting-card =
    <b>📅 { $title }</b>
    { $mode } · { $when } ({ $tz })
    { $where }
meeting-answer-by = Please answer by { $deadline }.
meeting-answers-open = Answers can be changed until { $deadline }.
meeting-invitation = You are invited to a coordination meeting.
meeting-reminder = ⏰ Reminder: your coordination meeting is coming up.
meeting-cancelled = ❌ This meeting is cancelled.
meeting-ics-caption = Add it to your calendar.
btn-rsvp-yes = ✅ Yes
btn-rsvp-maybe = ❔ Maybe
btn-rsvp-no = ✖ No
btn-checkin = ✅ I am here
meeting-checkin-now = The meeting { $title } is starting. Press the button to check in.
meeting-answer-yes = Thank you: you are coming.
meeting-answer-no = Thank you: you are not coming.
meeting-answer-maybe = Thank you: you might come.
meeting-answer-waitlist = The meeting is full: you are on the waiting list and will be told if a place frees up.
meeting-answer-label-none = no answer yet
meeting-answer-label-yes = yes
meeting-answer-label-no = no
meeting-answer-label-maybe = maybe
meeting-answer-label-waitlist = waiting list
meetings-list-header = 📅 <b>{ $total ->
        [one] Your upcoming meeting
       *[other] Your { $total } upcoming meetings
    }</b> · page { $page } / { $pages }. Open one to see it and answer.
meetings-list-line = { $when } · <b>{ $title }</b>
    Your answer: { $answer }
btn-meetings-previous = ◀ Earlier
btn-meetings-next = Later ▶
btn-meetings-back = ◀ All my meetings
meeting-your-answer = Your answer: { $answer }
meetings-none = You have no upcoming meetings.
meeting-checked-in = ✅ You are checked in. Welcome!
meeting-already-checked-in = You were already checked in.
meeting-promoted = 🎉 A place freed up: you are now registered for { $title }.
meeting-is-cancelled = This meeting is cancelled.
meeting-rsvp-closed = Answers for this meeting are closed.
meeting-not-invited = You are not invited to this meeting.
meeting-checkin-invalid = This check-in link is not valid.
meeting-checkin-closed = Check-in for this meeting is not open now.
stats-summary =
    <b>Meetings, { $period }</b>
    Held in person: { $physical } · online: { $virtual } · hybrid: { $hybrid }
    Attendances: { $attendances } · different people: { $unique } · came twice or more: { $repeat }
    Said yes: { $yes } · of whom came: { $came }

    <b>Attendances by type of actor</b>
    { $shares }
stats-share-line = { $type }: { $count } ({ $percent }%)
btn-meeting-edit = ✏️ Change
btn-meeting-list = 📋 Answers list
btn-meeting-attendance = 🧾 Attendance
btn-change-time = 🕒 Time
btn-change-venue = 📍 Venue
btn-change-link = 🔗 Link
btn-change-agenda = 📝 Agenda
meeting-change-what = What changes? Everyone invited is told.
meeting-change-time = Send the new start in { $tz }, like { $example }. The meeting keeps its length.
meeting-change-venue = Send the new venue.
meeting-change-link = Send the new video link (https://…).
meeting-change-agenda = Send the new agenda for readers of this language.
meeting-changed = ✅ { $title } is changed; every invitee is being told, with a new calendar file.
meeting-changed-meanwhile = Another organizer changed this meeting meanwhile. Open it again to see the latest version.
meeting-updated = 🔔 This meeting has changed. Here it is as it stands now.
meeting-answers-by-type = { $type } — yes: { $yes } · maybe: { $maybe } · no: { $no } · no answer: { $none }
meeting-list-caption = Answers and attendance for { $title }.
meeting-mark-attendance = Press a name to mark them as present.
stats-chart-title = Attendances by type of actor, { $period }
stats-hint = Other periods: the buttons, or /stats 1/1/2026 31/3/2026
meeting-checkin-not-invited = This check-in link is for the people invited to this meeting. Please see the organizers at the entrance.
