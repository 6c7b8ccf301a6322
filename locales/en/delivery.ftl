## Progress and summary of a send

delivery-progress = ⏳ Sending: { $sent } of { $total } sent · { $blocked } blocked · { $failed } failed · { $waiting } waiting
delivery-done =
    ✅ Send finished: { $sent } of { $total } sent.
    Blocked the bot: { $blocked } · Failed: { $failed } · Unknown (the bot stopped mid-send): { $unknown } · Cancelled: { $cancelled }
btn-resend-failed = Resend the { $count } failed
btn-resend-unknown = Resend the { $count } unknown
delivery-resent = { $count } messages are queued again.
