## Sector updates: /update, /myupdates, and the organizers' /queue

update-kind-progress = Progress
update-kind-challenge = Challenge
update-kind-recommendation = Recommendation
update-ask-sector = 📝 <b>New sector update</b>. Which sector is it about?
update-ask-kind = What kind of update is it?
update-ask-governorates = Which governorates does it concern? Choose one or more, then Done.
update-need-governorate = Choose at least one governorate.
update-ask-text = Write the update in one message, up to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }: what happened, where, with whom.
update-text-too-long = The text has { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again; nothing is lost until then.
update-text-too-short = Please write at least { $min ->
        [one] one character
       *[other] { $min } characters
    }, so that others can understand the update.
update-text-kept = Kept: { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } (left: { $left }).
update-ask-attachment = You may add a link (starting with https://) or a document as a source. Or skip.
update-attachment-wrong = Please send a link, a document, or press Skip.
update-document-too-big = This document is larger than { $max ->
        [one] { $max } MB
       *[other] { $max } MB
    }. Send a link to it instead.
update-ask-naming = May the organization be named when the update is published?
btn-update-anonymous = Anonymous: "one of the …"
btn-update-named = Name my organization
update-anonymous-as = one of the { $type }
update-preview = <b>Your update</b>
    Sector: { $sector }
    Kind: { $kind }
    Governorates: { $governorates }
    Published as: { $by }
    Source: { $link }

    { $text }
btn-update-submit = ✅ Submit
btn-update-edit-sector = ✏️ Sector
btn-update-edit-kind = ✏️ Kind
btn-update-edit-governorates = ✏️ Governorates
btn-update-edit-text = ✏️ Text
btn-update-edit-attachment = ✏️ Source
btn-update-edit-naming = ✏️ Published as
update-submitted = ✅ Thank you. Your update #{ $id } waits for the organizers' review; /myupdates shows its status.
update-cancelled = The update was not sent.
update-mine-none = You have not sent any updates yet. Use /update to send one.
update-mine-header = <b>Your updates</b>
update-mine-line = { $icon } #{ $id } · { $sector } · { $kind } · { $status ->
        [approved] approved
        [rejected] not accepted
       *[other] waiting for review
    }
update-mine-reason = Reason: { $reason }
update-gone = This update no longer exists.
update-already-decided = This update was already { $status ->
        [approved] approved
       *[other] rejected
    }.

update-queue-empty = ✅ No updates wait for review.
update-card = 📝 <b>Update #{ $id }</b> ({ $waiting ->
        [one] one waiting
       *[other] { $waiting } waiting
    })
    Sector: { $sector } · { $kind }
    Governorates: { $governorates }
    From: { $author }, { $organization } ({ $level })
    Publish anonymously: { $anonymous ->
        [yes] yes
       *[no] no
    }
    Source: { $link }

    { $texts }
update-card-text = <b>{ $language }</b>: { $text }
btn-update-approve = ✅ Approve
btn-update-reject = ❌ Reject
btn-update-edit = ✏️ Edit
btn-update-translate = 🌐 Add { $language }
update-approved-alert = Update #{ $id } approved.
update-approved-notice = ✅ Your update #{ $id } ({ $sector }, { $kind }) was approved. Thank you!
update-ask-reason = Why is update #{ $id } not accepted? Send the reason; the author will read it.
update-ask-new-text = Send the text of update #{ $id } in { $language }.
update-rejected-done = Update #{ $id } was not accepted; the author is told why.
update-rejected-notice = Your update #{ $id } ({ $sector }, { $kind }) was not accepted. Reason: { $reason }
update-review-cancelled = Cancelled.
update-in-newsletter = 📰 The newsletter for { $period } is going out, and your update is in it: “{ $text }”. Thank you for sending it.
