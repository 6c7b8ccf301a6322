## Follow-up of recommendations, commitments and action points: /followup, /tracker

followup-narrative-too-long = The narrative has { $words ->
        [one] one word
       *[other] { $words } words
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again; your text is kept until then.
followup-narrative-too-many-characters = The narrative has { $length ->
        [one] one character
       *[other] { $length } characters
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again; your text is kept until then.
followup-commit-too-many = You have stated { $limit ->
        [one] one commitment
       *[other] { $limit } commitments
    } today, the most a day. Try again tomorrow.
followup-narrative-empty = Write a few words on what happened.
followup-text-length = The text needs { $min } to { $max ->
        [one] one character
       *[other] { $max } characters
    }; it has { $length ->
        [one] one
       *[other] { $length }
    }.
followup-due-in-the-past = That date has passed. Choose a due date from today on.
followup-not-a-recommendation = Only an approved recommendation can be tracked.
followup-already-tracked = This recommendation is tracked already (item #{ $item }).
followup-gone = This item no longer exists.
followup-already-decided = This commitment was decided already.
followup-no-organization = Your registration names no organization, so there is no commitment to state for it.
followup-not-an-owner = Only a representative of an owner organization, or an organizer, can report on this item.
followup-unknown-level = That status is not on the scale.
followup-owner-not-approved = Each owner must be an approved organization.

followup-level-not_reported = Not yet reported
followup-level-exceeded = Exceeded
followup-level-met = Met
followup-level-limited = Limited progress
followup-level-no_progress = No progress
followup-kind-recommendation = Recommendation
followup-kind-commitment = Commitment
followup-kind-action_point = Action point
followup-card =
    <b>{ $kind } #{ $id }</b>
    { $text }

    Status: { $level }
    Sectors: { $sectors }
    Governorates: { $governorates }
    Owners: { $owners }
    Due: { $due }
followup-card-pillar = Pillar: { $pillar }
followup-card-overdue = ⏰ <b>Overdue</b>: the due date has passed with no report.
followup-card-history = <b>History</b> ({ $count ->
        [one] one report
       *[other] { $count } reports
    }, latest first):
followup-full-history = 📜 <b>Item #{ $id }: the whole history</b> ({ $count ->
        [one] one report
       *[other] { $count } reports
    }, latest first)
btn-followup-history = 📜 The whole history
followup-history-line = { $date } · { $level } · { $by }: { $narrative }{ $link }
followup-by-organizer = an organizer
btn-followup-open = Open the item
btn-followup-report = 📝 Report status
btn-followup-follow = 🔔 Follow
btn-followup-unfollow = 🔕 Unfollow
btn-followup-named = Show us by name
btn-followup-anonymous = Show us as "one of the …"
btn-followup-due = 📅 Due date
btn-followup-owner = ➕ Owner
btn-followup-delete = 🗑 Delete
btn-followup-all = All sectors
btn-followup-track = 📌 Track
followup-changed-notice =
    🔔 <b>Item #{ $id } moved</b>
    { $text }
followup-ask =
    📝 <b>Where does item #{ $id } stand?</b> ({ $occasion })
    { $text }
    Due: { $due }

    Your organization is one of its owners: choose a status and say in a few words what happened.
followup-ask-reminder =
    📝 <b>A reminder: item #{ $id } still waits for your report</b> ({ $occasion })
    { $text }
    Due: { $due }
followup-occasion-due = before its due date
followup-choose-sector = 📌 <b>Follow-up</b> of recommendations, commitments and action points. Which sector?
followup-list-empty = No items yet in { $sector }.
followup-list-header = <b>{ $sector }</b>: { $count ->
        [one] one item
       *[other] { $count } items
    }. 👥 your organization owns it · 🔔 you follow it · ⏰ overdue
followup-followed = You follow this item: each change of its status reaches you here.
followup-unfollowed = You no longer follow this item.
followup-naming-saved = Saved: this is how your organization shows on the item.
followup-ask-level = Where does item #{ $id } stand now?
followup-ask-narrative = In at most { $max ->
        [one] one word
       *[other] { $max } words
    }: what happened, and what is next?
followup-narrative-kept = Your text, to shorten:
followup-ask-attachment = You may add a link (starting with https://) or a document as evidence. Or skip.
followup-saved = Saved: { $level }. Everyone who follows the item is told.
followup-report-cancelled = Cancelled; the status did not change.
followup-tracked = Item #{ $id } is tracked.
followup-ask-due = Send the due date like 31/3/2027 (day/month/year), or - for none.
followup-due-invalid = That is not a date. Send it like 31/3/2027 (day/month/year), or - for none.
followup-due-saved = Due date saved.
followup-ask-owner = Type part of the owner organization's name (in any language).
followup-owner-none-found = No approved organization has that name. Try other words.
followup-owner-pick = Which one?
followup-owner-added = Owner added: its representatives can report now.
followup-deleted = Item #{ $id } deleted.
followup-edit-cancelled = Cancelled; nothing changed.
tracker-empty = Nothing is followed up yet. Track an approved recommendation from its review card, or record action points after a meeting.
tracker-header = 📌 <b>Follow-up tracker</b>: { $count ->
        [one] one item
       *[other] { $count } items
    }
tracker-overdue = <b>Overdue</b> ({ $count ->
        [one] one item
       *[other] { $count } items
    }):
tracker-silent = <b>Owners who have not reported</b> ({ $count ->
        [one] one organization
       *[other] { $count } organizations
    }):
tracker-silent-line = { $organization }: { $count ->
        [one] one item
       *[other] { $count } items
    }
tracker-chart-title = Follow-up: status by sector
tracker-export-caption = Follow-up with its history: { $rows ->
        [one] one row
       *[other] { $rows } rows
    }.
btn-tracker-csv = ⬇ CSV
btn-tracker-xlsx = ⬇ Excel
tracker-unreachable = <b>Owners no status request can reach</b> (no approved representative, or all blocked the bot): { $count ->
        [one] one organization
       *[other] { $count } organizations
    }
btn-followup-action-point = 📌 Action point
followup-point-ask-text = 📌 <b>Action point</b> of { $meeting }: what is to be done? One message, 10 to 1,200 characters.
followup-point-ask-owner = Who owns it? Type part of an owner organization's name (in any language), then Done.
followup-point-owner-added = Owner: { $organization }
followup-point-owners = { $count ->
        [one] One owner
       *[other] { $count } owners
    } so far. Another name, or Done.
followup-point-saved = Action point #{ $id } recorded; the meeting's attendees get it in their language.
followup-point-notice =
    📌 <b>Action point</b> of { $meeting }
    { $text }

    Owners: { $owners }
    Due: { $due }
btn-followup-commit = ➕ State a commitment
btn-followup-agenda = 🗳 Propose for the agenda
btn-followup-approve = ✅ Approve
btn-followup-reject = ❌ Reject
followup-commit-ask-sector = ➕ <b>A commitment of your organization</b>. Which sector?
followup-commit-ask-text = What does your organization commit to? One message, 10 to 1,200 characters.
followup-commit-submitted = Thank you: commitment #{ $id } waits for an organizer; once approved, everyone can follow it.
followup-commit-review = ➕ <b>New commitment #{ $id }</b> of { $organization }, waiting for review:
    { $text }
followup-commit-decided-alert = Commitment #{ $id } decided.
followup-commit-approved = ✅ Your commitment #{ $id } was approved; it is followed up now: { $text }
followup-commit-rejected = Your commitment #{ $id } was not approved: { $text }
followup-agenda-topic = Follow-up #{ $id }: { $text }
followup-agenda-proposed = Proposed for the next meeting's agenda: the advisory committee ranks it with the other topics (/rank).
btn-followup-pillar = 🏛 Pillar
followup-ask-pillar = Which pillar of the national action plan does the item belong to?
followup-pillar-none = None
followup-pillar-saved = Pillar saved.
followup-source-meeting = From the meeting: { $meeting }
followup-source-update = From sector update #{ $id }
followup-source-commitment = Stated by its owner
btn-followup-translate = 🌐 Add { $language }
followup-ask-translation = Send the item's text in { $language }.
followup-translation-saved = Saved: readers of that language see this text.
followup-commit-none-waiting = No commitment waits for a decision now.
followup-your-recommendation-tracked = 📌 Your recommendation is now followed up by the organizers as item #{ $id }: “{ $text }”. You will hear of each change of its status.
