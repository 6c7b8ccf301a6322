## Newsletters: organizers prepare them, members subscribe and read past issues

newsletter-choose-period = <b>New newsletter</b>
    Which period does it cover? Choose one, or send two dates like { $example }.
btn-nl-this-quarter = This quarter
btn-nl-last-quarter = Last quarter
newsletter-title = Tansiq newsletter, { $period }
newsletter-draft =
    <b>{ $heading }</b>

    <b>The coordination mechanism in numbers</b>
    { $actors }
    Coordination meetings held: { $meetings } · attendances: { $attendances }
    New members approved: { $people }
    Announcements sent: { $announcements }

    { $updates }

    <i>Write here the news of the period: meetings, updates from the sectors, what comes next.</i>
newsletter-actors-line = { $type }: { $start } → { $end }
newsletter-draft-ready = The draft below is built from what the period holds. Edit each language, then send or schedule it. It goes to { $count ->
        [one] one subscriber
       *[other] { $count } subscribers
    }.
btn-nl-edit = ✏️ { $language }
newsletter-ask-edit = Send the new text for readers of { $language }. It replaces the draft in that language.
newsletter-cancelled = Newsletter cancelled; nothing was sent.
subscribe-status = { $subscribed ->
        [yes] 📬 You receive the newsletter in { $language }.
       *[no] 📭 You do not receive the newsletter.
    }
btn-subscribe = 📬 Subscribe
btn-unsubscribe = 📭 Unsubscribe
subscribe-outcomes = { $on ->
        [yes] 📣 You are told what came of what you took part in: the results of the polls you answer, and what became of the updates you send (for example, that one is in a report).
       *[no] 🔕 You are not sent the results of polls, nor told what became of the updates you send.
    }
btn-outcomes-off = 🔕 Stop results and news of my updates
btn-outcomes-on = 📣 Send me results and news of my updates
newsletters-none = No newsletter has been sent yet.
newsletters-list = <b>Past newsletters</b> — choose one to read it:
newsletter-updates-heading = <b>Updates from the sectors</b> (approved by the organizers)
newsletter-update-item = { $icon } { $text }
newsletter-update-item-named = { $icon } { $text } ({ $organization })
newsletter-updates-more = … and { $count ->
        [one] one more
       *[other] { $count } more
    } in the summary report.
newsletter-updates-none = No sector updates were approved in this period.
newsletter-followup-heading = <b>Follow-up of recommendations</b>: what moved in the period
newsletter-followup-item = 📌 { $level }: { $text }
newsletter-opportunities-heading = <b>Opportunities</b>
newsletter-opportunity-item = • { $kind }: { $title } (deadline { $deadline })
newsletter-opportunities-footer = Those still open are in /opportunities.
newsletter-decisions-heading = <b>Decisions the network took</b>
newsletter-decision-item = 🗳 { $text }: { $outcome }
