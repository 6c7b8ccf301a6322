## The registration dialog

reg-ask-name = <b>Step 1 of 5.</b> Your name, as your colleagues in the mechanism know it (a pseudonym is fine). Your Telegram username is never shown to other members:
reg-ask-organization = <b>Step 2 of 5.</b> Your organization: type part of its name, in Arabic, Kurdish or English.
reg-org-results = Organizations matching “{ $query }”. Choose yours, or type another name to search again.
reg-org-none = No organization matches “{ $query }”. Type another part of its name, or add it as a new organization.
btn-org-new = ➕ My organization is not listed
reg-ask-org-name = The full name of your organization:
reg-ask-org-type = What kind of organization is “{ $name }”?
reg-ask-governorates = <b>Step 3 of 5.</b> The governorates where you work. Choose all that apply, then press Done.
reg-ask-sectors = <b>Step 4 of 5.</b> The sectors you work on. Choose all that apply, then press Done.
reg-ask-title = <b>Step 5 of 5.</b> Your title or role in the organization:
reg-summary =
    <b>Please check your registration</b>

    Name: { $name }
    Organization: { $organization }
    Type: { $actor_type }
    Governorates: { $governorates }
    Sectors: { $sectors }
    Title: { $title }
reg-new-organization-name = { $name } (new)
btn-submit = ✅ Submit
btn-reg-edit-name = ✏️ Name
btn-reg-edit-org = ✏️ Organization
btn-reg-edit-gov = ✏️ Governorates
btn-reg-edit-sec = ✏️ Sectors
btn-reg-edit-title = ✏️ Title
reg-submitted = Thank you. Your registration was sent to the organizers; you will be told here when they decide.
reg-cancelled = Registration cancelled; nothing was sent. Send /start to begin again.
reg-region-federal = Federal Iraq
reg-region-kurdistan = Kurdistan Region
registration-already-pending = Your registration is already waiting for an organizer.
registration-already-approved = You are already registered.
registration-consent-missing = Please read and accept the consent first: send /start.
registration-too-many = You have sent { $count ->
        [one] a registration
       *[other] { $count } registrations
    } in the last 24 hours, the most a day allows. Please try again tomorrow; nothing else was changed.
registration-too-many-proposals = You have proposed { $count ->
        [one] a new organization
       *[other] { $count } new organizations
    } in the last 24 hours, the most a day allows. Choose your organization from the list, or try again tomorrow.
