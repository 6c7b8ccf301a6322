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
directory-card =
    📇 Organization: <b>{ $name }</b>
    Type: { $type }
    Governorates: { $governorates }
    Sectors: { $sectors }
    Current activities: { $activities }
    Listed representatives: { $people }
directory-activity-line = • { $title } ({ $sector }, { $status ->
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
    Shares the Telegram username on accepted requests: { $username }
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
btn-directory-share-username = Share my Telegram username on accepted requests
btn-directory-keep-username = Keep my Telegram username to myself
btn-intro-ask = 🤝 Ask { $name } to connect
intro-ask-note = 🤝 Write a short note for them, at most { $max ->
        [one] one character
       *[other] { $max } characters
    }: who you are and why you would like to connect. Only they read it, with your name, organization and title.
intro-sent = Sent. If they accept, you both get each other's name, organization and title here.
intro-request =
    🤝 <b>A request to connect</b> from { $name }, { $title }, { $organization }:
    { $note }

    If you accept, they get your name, organization and title, and a way to write to you.
btn-intro-accept = ✅ Accept
btn-intro-decline = Decline
btn-intro-block = 🚫 Block this person
intro-connected = 🤝 <b>You are connected</b> with { $name }, { $title }, { $organization }.
intro-write-link = Write to them: { $link }
intro-write-relay = They keep their Telegram account to themselves: you can send them one message through Tansiq.
btn-intro-write = ✉️ Write one message
btn-intro-answer = ✉️ Answer
intro-not-possible = A connection is not possible now.
intro-relayed =
    ✉️ <b>A message from { $name }</b>, through Tansiq:
    { $text }
intro-accepted = Accepted: you both have each other's contact now.
intro-declined = Declined. They hear only that it is not possible now.
intro-blocked = Blocked: this person cannot ask you again. They hear only that it is not possible now.
intro-ask-relay = Your message, at most { $max ->
        [one] one character
       *[other] { $max } characters
    }. It goes once; they can answer once.
intro-relay-sent = Sent through Tansiq.
intro-cancelled = Cancelled; nothing was sent.
intro-note-too-long = The text has { $length ->
        [one] one character
       *[other] { $length } characters
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again.
intro-not-yourself = That is you.
intro-too-many = You have sent { $limit ->
        [one] one request
       *[other] { $limit } requests
    } to connect today, the most a day. Try again tomorrow.
intro-already-asked = Your request to this person is waiting for their answer.
intro-already-connected = You are connected with this person already.
intro-gone = This request is no longer there.
intro-already-decided = This request was answered already.
intro-relay-empty = Write a few words.
intro-relay-used = Your one message in this introduction was sent already.
directory-intro-counts = Requests to connect so far: { $asked ->
        [one] one
       *[other] { $asked }
    } (accepted { $accepted }, waiting { $waiting }).
btn-intro-ask-organization = 🤝 Ask this organization to connect
intro-ask-note-organization = 🤝 Write a short note for the organization, at most { $max ->
        [one] one character
       *[other] { $max } characters
    }: who you are and why you would like to connect. Only its listed representatives who take requests read it, with your name, organization and title; the first of them to answer decides.
intro-request-organization =
    🤝 <b>A request to connect with your organization</b> from { $name }, { $title }, { $organization }:
    { $note }

    The first of your organization's representatives to answer decides. If you accept, they get your name, organization and title, and a way to write to you.
