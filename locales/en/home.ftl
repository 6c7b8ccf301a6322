## The home card (/start, 🏠) and what waits for an organizer

home-title = Hello <b>{ $name }</b>, what would you like to do?
home-title-admin = <b>Welcome to Tansiq.</b> You are an administrator of the coordination mechanism. Administrators do not register as actors; if you also represent an organization, register it with the button below.
home-meetings-to-answer = 📅 { $count ->
        [one] One meeting waits
       *[other] { $count } meetings wait
    } for your answer.
home-to-review = 📥 Waiting for your decision: { $count }
btn-home = 🏠 Home
btn-home-meetings = 📅 My meetings
btn-home-update = ✍️ Send an update
btn-home-followup = 📌 Follow-up
btn-home-directory = 📇 Directory
btn-home-opportunities = 🎯 Opportunities
btn-home-profile = 👤 My profile
btn-home-review = 📥 To review ({ $count })
btn-home-tools = 🧰 Organizer tools
btn-home-help = ❓ Help
home-review-title = <b>📥 Waiting for a decision</b>
home-review-registrations = Registrations: { $count }
home-review-updates = Sector updates: { $count }
home-review-opportunities = Opportunities: { $count }
home-review-commitments = Commitments: { $count }
home-review-translations = Proposed translations: { $count }
home-review-none = Nothing waits for a decision now.
btn-home-review-registrations = 👤 Review registrations
btn-home-review-updates = 📝 Review sector updates
btn-home-review-opportunities = 🎯 Review opportunities
btn-home-review-commitments = 🤝 Review commitments
btn-home-review-translations = 🌐 Review translations
home-tools-title = <b>🧰 Organizer tools</b>: tap a command.
btn-digest-quiet-nights = 🌙 Quiet at night (22:00–07:00)
btn-digest-sound-nights = 🔔 Sound at night too
digest-quiet-note = 🌙 New ones arrive without a sound from 22:00 to 07:00.
digest-quiet-on = Quiet nights: new ones arrive without a sound from 22:00 to 07:00.
digest-quiet-off = New ones arrive with a sound at any hour.
