## /profile

profile-card =
    <b>Your profile</b>

    Name: { $name }
    Organization: { $organization }
    Type: { $actor_type }
    Governorates: { $governorates }
    Sectors: { $sectors }
    Title: { $title }
    Role: { $role }
    Language: { $language }
btn-edit-name = ✏️ Name
btn-edit-title = ✏️ Title
btn-edit-governorates = ✏️ Governorates
btn-edit-sectors = ✏️ Sectors
btn-edit-language = 🌐 Language
profile-ask-name = Send your full name:
profile-ask-title = Send your title or role:
profile-ask-governorates = Choose the governorates where you work, then press Done.
profile-ask-sectors = Choose the sectors you work on, then press Done.
profile-saved = ✅ Saved.
profile-organization-note = To change your organization, ask an organizer.
