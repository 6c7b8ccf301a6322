## Organizers review registrations

review-card =
    <b>New registration</b>

    Name: { $name }
    Organization: { $organization }
    Type: { $actor_type }
    Governorates: { $governorates }
    Sectors: { $sectors }
    Title: { $title }
    Telegram: { $telegram }
review-card-new-organization = ⚠️ The organization is new: approving this person approves it too.
btn-approve = ✅ Approve
btn-reject = ✖ Reject
review-approved-by = ✅ Approved by { $by }.
review-rejected-by =
    ✖ Rejected by { $by }.
    Reason: { $reason }
review-ask-reason = Why is the registration of { $name } not approved? Send the reason as a message; it is sent to them.
review-reject-cancelled = Rejection cancelled; the registration is still waiting.
review-already-decided = This registration was already { $status ->
        [approved] approved
       *[other] rejected
    } by { $by }.
review-done-approved = Approved. The news is on its way to { $name }.
review-done-rejected = Rejected. The reason is on its way to { $name }.
review-person-unreachable = The decision is saved, but { $name } has blocked the bot and will not get the message.
review-you-approved = 🎉 Your registration is approved. Welcome to the coordination mechanism! Send /help to see what you can do.
review-you-rejected =
    Your registration was not approved.
    Reason: { $reason }
    You can register again with /start.
pending-none = No registrations are waiting.
pending-header = Registrations waiting: { $count }. { $shown ->
        [one] The oldest is
       *[other] The oldest { $shown } are
    } below.
