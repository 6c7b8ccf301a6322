## /announce: organizers send announcements to chosen audiences

announce-audience =
    <b>{ $purpose ->
        [meeting] New meeting: who is invited?
        [poll] New poll: who receives it?
        [decision] New decision: who decides?
        [round] Reporting round: whose organizations are asked?
       *[other] New announcement
    }</b>
    Who receives it? Combine as you like; nothing chosen means everyone.

    { $summary }
    People: { $count }
announce-everyone = Everyone who is registered
announce-filter-types = Actor types: { $names }
announce-filter-governorates = Governorates: { $names }
announce-filter-sectors = Sectors: { $names }
announce-filter-advisory = Advisory committee members only
btn-an-types = Actor types ({ $count })
btn-an-governorates = Governorates ({ $count })
btn-an-sectors = Sectors ({ $count })
btn-an-advisory = { $on ->
    [yes] ✅ Advisory committee
   *[no] ▫️ Advisory committee
}
btn-an-everyone = Everyone
btn-next = Next ▶
btn-skip = Skip ▶
announce-pick-types = Choose the actor types, then press Done.
announce-pick-governorates = Choose the governorates, then press Done.
announce-pick-sectors = Choose the sectors, then press Done.
announce-ask-text = Send the text for people who read <b>{ $language }</b>. Formatting from Telegram (bold, italics, links) is kept. Skip a language to send it the fallback.
announce-need-one-text = At least one language needs a text. Let us start again with the first.
announce-ask-attachment = Send a photo or a document to attach, or press Skip.
announce-preview-header = 👁 Preview for readers of { $language }:
announce-confirm =
    <b>Ready to send</b>
    Recipients: { $count ->
        [one] one person
       *[other] { $count } people
    } ({ $languages })
    Protect content (no forwarding or saving): { $protect ->
        [yes] on
       *[no] off
    }
btn-send-now = ✅ Send now
btn-schedule = 🕒 Schedule
btn-protect = 🔒 Protect content: { $protect ->
        [yes] on
       *[no] off
    }
announce-ask-time = Send the date and time in { $tz }, like { $example }.
announce-scheduled = 🕒 Scheduled for { $when } ({ $tz }): { $count ->
        [one] one message
       *[other] { $count } messages
    }. If Telegram cannot be reached until { $until }, it is not sent late: it is dropped, and
    this message says so.
btn-cancel-send = ✖ Cancel this send
announce-cancelled = Announcement cancelled; nothing was sent.
announce-send-cancelled = Send cancelled: { $count ->
        [one] one message will
       *[other] { $count } messages will
    } not go out.
announce-queued = ⏳ Queued: { $count ->
        [one] one message
       *[other] { $count } messages
    }.
announce-filter-meeting-invitees = Invited to: { $title }
announce-filter-meeting-attendees = Attended: { $title }
btn-an-meeting = 📅 A meeting's people
btn-an-invitees = Invited to { $title }
btn-an-attendees = Attended { $title }
btn-an-no-meeting = No meeting
announce-pick-meeting = Send to the people of which meeting?
