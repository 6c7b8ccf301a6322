## The directory: /directory, and one's own listing from /profile

btn-directory-settings = 📇 Directory
btn-directory-by-sector = By sector
btn-directory-by-governorate = By governorate
btn-directory-by-type = By type
directory-intro = 📇 <b>Directory</b> of the actors: who works on what, where. Type part of an organization's name (in any language), or choose:
directory-choose = Which one?
directory-none-found = No approved organization matches. Try other words, or choose:
directory-found = { $count ->
        [one] One organization
       *[other] { $count } organizations
    }:
directory-found-more = The first { $count ->
        [one] organization
       *[other] { $count } organizations
    }; type more of the name to narrow it down:
directory-card =
    📇 <b>{ $name }</b>
    Type: { $type }
    Governorates: { $governorates }
    Sectors: { $sectors }
    Current activities: { $activities }
    Listed representatives: { $people }
directory-activity = • { $title } ({ $sector }, { $status ->
        [planned] planned
       *[other] ongoing
    })
directory-person = • { $name }, { $title }
directory-person-unnamed = a representative
directory-nobody-listed = none have chosen to be listed
directory-settings-unlisted = 📇 <b>Directory</b>: you are <b>not listed</b>. Other members cannot find you; organizers see what they always see. If you choose to be listed, your organization's card shows your name and title (you can hide either), never your Telegram account or number.
directory-settings-listed =
    📇 <b>Directory</b>: you are <b>listed</b> on your organization's card.
    Name shown: { $name }
    Title shown: { $title }
    Accepts requests to connect: { $requests }
directory-yes = yes
directory-no = no
btn-directory-list-me = ✅ List me
btn-directory-unlist-me = 🚫 Take me out of the directory
btn-directory-hide-name = Hide my name
btn-directory-show-name = Show my name
btn-directory-hide-title = Hide my title
btn-directory-show-title = Show my title
btn-directory-refuse-requests = Take no requests to connect
btn-directory-accept-requests = Accept requests to connect
directory-settings-saved = Saved.
directory-not-listed = You are not listed in the directory.
directory-organization-gone = This organization is not in the directory.
