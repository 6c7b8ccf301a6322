## Shared buttons and answers

btn-back = ◀ Back
btn-cancel = ✖ Cancel
btn-done = Done ▶
common-stale-button = This button belongs to an old message. Please use the latest one.
common-ask-time-on = 🕒 At what time on { $day }? Press one, or type it like { $example }.
common-not-allowed = You are not allowed to do this.
common-organizer-only = This command is for organizers.
common-admin-only = This command is for administrators.
common-unknown-command = I do not know this command. Send /help to see what you can do.
common-not-understood = I did not understand that. Send /help to see what you can do.
common-send-text = Please send this as a text message.
common-use-buttons = Please choose with the buttons under the message above.
common-pending-limited = Your registration is waiting for an organizer. Until it is approved you can use /status, /language, /help and /forget.
common-not-registered = You are not registered yet. Send /start to begin.
common-error = Something went wrong on our side. Nothing you entered was lost; please try again.
common-deep-link-invalid = This link is not valid or has expired.
common-none = —
common-list-separator = ,{" "}
flood-slow-down = ⏳ That is more than I can answer at once. I will not reply for { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }; then carry on where you were. Nothing you entered before was lost.
time-zone = { $zone ->
        [baghdad] Baghdad time
       *[other] { $zone }
    }
# A language's name inside a sentence, in this interface's language.
language-en = English
language-ar = Arabic
language-ckb = Kurdish (Sorani)
common-step-over = That step is over; nothing changed. Please use the latest message.
btn-page-previous = ◀ Previous
btn-page-next = Next ▶
common-page = Page { $page } of { $pages }.
