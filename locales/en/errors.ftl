## Refusals from the domain services

error-name-length = A name needs { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] { $length }
       *[other] { $length }
    }. Please send it again.
error-title-length = A title needs { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] { $length }
       *[other] { $length }
    }. Please send it again.
error-reason-length = A reason needs { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] { $length }
       *[other] { $length }
    }. Please send it again.
error-organization-name-length = An organization name needs { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] { $length }
       *[other] { $length }
    }. Please send it again.
error-search-too-short = Type at least { $min ->
        [one] one letter
       *[other] { $min } letters
    } of the name.
error-pick-one = Choose at least one.
error-organization-gone = That organization is no longer available. Please search again.
error-organization-missing = Choose your organization first.
error-person-not-found = This person is no longer registered.
error-not-allowed = You are not allowed to do this.
error-text-empty = The text is empty. Please send some text.
error-text-formatting = The formatting of this text cannot be sent by Telegram. Please send it again.
error-text-too-long = A text can have up to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $length }. Please shorten it.
error-attachment-too-large = This file is { $size_mb ->
        [one] { $size_mb } MB
       *[other] { $size_mb } MB
    }; Telegram lets bots send files up to { $limit_mb ->
        [one] { $limit_mb } MB
       *[other] { $limit_mb } MB
    }.
error-audience-empty = Nobody matches this audience. Choose a wider one.
error-time-format = Please write the date and time like { $example }.
error-time-past = That moment has passed. Please choose a time in the future.
error-wrong-attachment = Please send a photo or a document, or press Skip.
error-period-format = Please send two dates like 1/1/2026 31/3/2026 (day/month/year).
error-period-inverted = The period ends before it starts. Please send the earlier date first.
error-link-invalid = Please send a web link starting with https:// (or http://).
error-link-too-long = A link can have up to { $max ->
        [one] one character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] one character
       *[other] { $length } characters
    }. Send a shorter link (the page's own address).
error-link-with-user = A link with a name and “@” before the site is not accepted: it can hide where it leads. Send the site's own address.
error-venue-length = A venue needs { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] { $length }
       *[other] { $length }
    }.
error-capacity = Please send a whole number from 1, or press Skip.
error-end-before-start = The meeting would end before it starts. Please send a later end.
error-deadline = The answer deadline must be in the future and no later than the start.
error-meeting-not-found = This meeting no longer exists.
error-telegram-id = A Telegram ID is a whole number above 0.
