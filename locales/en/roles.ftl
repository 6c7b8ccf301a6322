## /roles (administrators)

roles-overview =
    <b>Roles</b>

    Organizers: { $organizers }
    Advisory committee: { $advisory }

    Send a name, @username or Telegram id to find a registered person.
roles-no-match = Nobody registered matches “{ $query }”. Try another name.
roles-results = Choose a person:
roles-person =
    👤 Name: <b>{ $name }</b>
    Organization: { $organization }
    Current role: { $role }
btn-make-organizer = Make organizer
btn-make-advisory = Make advisory committee member
btn-make-member = Make member (revoke role)
roles-changed = { $name } is now: { $role }.
roles-you-changed = Your role in Tansiq is now: { $role }. Send /help to see what you can do.
roles-not-approved = Only people whose registration is approved can receive a role.
