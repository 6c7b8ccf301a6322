## Follow-up of recommendations, commitments and action points: /followup, /tracker

followup-narrative-too-long = The narrative has { $words ->
        [one] one word
       *[other] { $words } words
    }, { $over ->
        [one] one
       *[other] { $over }
    } over the limit of { $max }. Shorten it and send it again; your text is kept until then.
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
