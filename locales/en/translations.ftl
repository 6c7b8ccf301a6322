## The translation queue: members translate approved updates and follow-up items (/translate),
## organizers approve, edit or reject the proposals (/translations)

btn-translate-pairs = 🌐 I can help translate
translate-pairs-ask = 🌐 <b>Help translate</b>: choose every language pair you can translate. You will be offered approved updates and follow-up items one at a time; the organizers check each translation before it is used.
translate-pair = { $source } → { $target }
btn-translate-start = ▶ Translate now
translate-nothing = 🌐 Nothing waits for a translation in your languages now. Thank you! Send /translate again later.
translate-offer =
    🌐 <b>Into { $language }, please</b> (written in { $source }). Send the translation as one message.

    <blockquote>{ $text }</blockquote>
btn-translate-skip = ⏭ Another one
btn-translate-stop = ✖ Stop
translate-stopped = Stopped. Send /translate to go on.
translate-ask-credit = Should the report name you as its translator?
btn-translate-named = Yes, name me
btn-translate-unnamed = No, without my name
translate-sent = ✅ Thank you: your translation goes to the organizers.
translation-too-long = A translation can have up to { $max ->
        [one] one character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] one
       *[other] { $length }
    }.
translation-empty = The translation is empty.
translation-not-needed = This item has a translation in that language already, or one is waiting for review.
translation-gone = This item is no longer there.
translation-decided = This proposal was decided already.

translations-card =
    🌐 <b>Proposed translation</b> (waiting: { $waiting }), from { $source } into { $target }, { $named ->
        [yes] by { $translator }
       *[no] by a member who asked not to be named
    }.

    Original:
    <blockquote>{ $original }</blockquote>
    Translation:
    <blockquote>{ $text }</blockquote>
btn-translation-approve = ✅ Approve
btn-translation-edit = ✏️ Edit
btn-translation-reject = ✖ Reject
translations-none = 🌐 No proposed translation waits for review.
translations-ask-edit = Send the corrected translation into { $language }; it is approved as you send it.
translations-approved = Approved: the item now has this text.
translations-rejected = Rejected.
