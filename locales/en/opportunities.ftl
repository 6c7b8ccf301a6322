## Opportunities: /opportunity, /opportunities, saves, the digest, and the organizers' review

opportunity-kind-call = Call for proposals
opportunity-kind-training = Training
opportunity-kind-job = Job
opportunity-kind-funding = Funding
opportunity-kind-event = Event
opportunity-kind-other = Other
opportunity-all-sectors = all sectors
opportunity-all-governorates = all governorates
opportunity-card =
    Opportunity · { $kind }
    <b>{ $title }</b>

    { $text }

    Sectors: { $sectors }
    Governorates: { $governorates }
    Deadline: { $deadline }
opportunity-card-link = Link: { $link }
opportunity-card-document = File: { $name }
opportunity-card-closed = 🔒 <b>Closed</b>: the deadline has passed.
btn-opportunity-save = ⭐ Save
btn-opportunity-unsave = Remove from saved
btn-opportunity-open = Open
opportunity-new-matching = 🎯 <b>A new opportunity</b> for your sectors and governorates:
opportunity-digest-heading = 🎯 <b>This week's opportunities</b> for your sectors and governorates: { $count ->
        [one] one
       *[other] { $count }
    }.
opportunity-digest-line = • { $kind }: { $title } (deadline { $deadline })
opportunity-digest-footer = Open one to read it and save it; /opportunities lists all that are open. You choose how they reach you in /subscribe.
opportunity-reminder = ⏰ The deadline of an opportunity you saved is near: <b>{ $title }</b>, { $deadline }.
opportunity-approved-notice = ✅ Your opportunity "{ $title }" was approved: it reaches the members it matches.
opportunity-rejected-notice = Your opportunity "{ $title }" was not approved. Reason: { $reason }
opportunity-ask-kind = 🎯 <b>A new opportunity</b>. What kind?
opportunity-ask-title = Its title, in one line, at most { $max ->
        [one] one character
       *[other] { $max } characters
    }.
opportunity-ask-text = Describe it in one message, at most { $max ->
        [one] one character
       *[other] { $max } characters
    }: who may apply, what it offers, how to apply.
opportunity-text-kept = Kept: { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } (left: { $left }).
opportunity-ask-attachment = Add a link (starting with https://) or a document with the details. Or skip.
opportunity-attachment-wrong = Please send a link, a document, or press Skip.
opportunity-document-too-big = This document is larger than { $max ->
        [one] { $max } MB
       *[other] { $max } MB
    }. Send a link to it instead.
opportunity-ask-sectors = Which sectors is it for? Choose none for all sectors, then Done.
opportunity-ask-governorates = Which governorates? Choose none for all governorates, then Done.
opportunity-ask-deadline = The deadline: the last day to apply. Press a day below, or type it like { $example } (day/month/year).
opportunity-preview = <b>Your opportunity</b>, as members will read it:
btn-opportunity-submit = 📨 Send for review
btn-opportunity-edit-kind = ✏️ Kind
btn-opportunity-edit-title = ✏️ Title
btn-opportunity-edit-text = ✏️ Text
btn-opportunity-edit-attachment = ✏️ Link or file
btn-opportunity-edit-sectors = ✏️ Sectors
btn-opportunity-edit-governorates = ✏️ Governorates
btn-opportunity-edit-deadline = ✏️ Deadline
opportunity-submitted = Sent: opportunity no. { $id } waits for an organizer's review. You will hear the decision here.
opportunity-cancelled = Cancelled; nothing was sent.
opportunity-list-none = 🎯 No opportunity is open now. Post one, or choose how new ones reach you:
opportunity-list = 🎯 <b>Open opportunities</b>: { $count ->
        [one] one
       *[other] { $count }
    }; { $matching ->
        [one] one matches
       *[other] { $matching } match
    } your sectors and governorates (🎯, first). ⭐ marks those you saved.
btn-opportunity-post = ➕ Post an opportunity
btn-opportunity-choices = 🎯 How opportunities reach me
btn-opportunity-queue = 🗂 Review ({ $count ->
        [one] one waiting
       *[other] { $count } waiting
    })
btn-opportunity-withdraw = 🚫 Withdraw
opportunity-saved = Saved: you will be reminded three days before the deadline.
opportunity-unsaved = Removed from saved.
btn-opportunity-deliver-now = At once
btn-opportunity-deliver-weekly = A weekly digest (Sundays)
btn-opportunity-deliver-off = Not at all
opportunity-choices = 🎯 <b>Opportunities</b> that match your sectors and governorates reach you: { $current ->
        [now] at once
        [off] not at all
       *[weekly] in a weekly digest, on Sundays
    }.
opportunity-choice-saved = Saved.
btn-opportunity-approve = ✅ Approve
btn-opportunity-reject = ❌ Reject
opportunity-review-card =
    🗂 <b>Opportunity no. { $id }</b> ({ $waiting ->
        [one] one waiting
       *[other] { $waiting } waiting
    })
    Posted by: { $author }, { $organization }
    Status: { $status ->
        [approved] approved
        [rejected] rejected
        [withdrawn] withdrawn
       *[pending] waiting for approval
    }
opportunity-queue-empty = No opportunity waits for review.
opportunity-approved-alert = Approved: opportunity no. { $id } reached { $count ->
        [one] one member
       *[other] { $count } members
    } at once; the others who match get it in their weekly digest.
opportunity-already-decided = This opportunity was reviewed already.
opportunity-ask-reason = Why is it not approved? The author reads this, at most { $max ->
        [one] one character
       *[other] { $max } characters
    }.
opportunity-rejected-alert = Opportunity no. { $id } was rejected; the author is told why.
opportunity-review-cancelled = Cancelled; the opportunity still waits for review.
opportunity-withdrawn = Withdrawn: opportunity no. { $id } no longer shows.
opportunity-title-too-long = The title has { $length ->
        [one] one character
       *[other] { $length } characters
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again.
opportunity-title-too-short = Please write a title of at least { $min ->
        [one] one character
       *[other] { $min } characters
    }.
opportunity-text-too-long = The text has { $length ->
        [one] one character
       *[other] { $length } characters
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again; nothing is lost until then.
opportunity-text-too-short = Please write at least { $min ->
        [one] one character
       *[other] { $min } characters
    }, so that members know what it offers.
opportunity-deadline-invalid = That is not a date. Send the last day to apply as day/month/year, or press a day.
opportunity-deadline-past = That day has passed: the deadline must be today or later.
opportunity-deadline-far = The deadline can be at most { $days ->
        [one] one day
       *[other] { $days } days
    } ahead.
opportunity-too-many = You have posted { $limit ->
        [one] one opportunity
       *[other] { $limit } opportunities
    } today, the most a day. Try again tomorrow.
opportunity-gone = This opportunity is no longer there.
opportunity-closed = This opportunity is closed: its deadline has passed.
opportunity-reason-too-long = The reason has { $length ->
        [one] one character
       *[other] { $length } characters
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again.
opportunity-reason-too-short = Please write a reason the author can understand.
btn-opportunity-back = ◀ All open opportunities
