## Progress and summary of a send

delivery-progress = ⏳ Sending: { $sent } of { $total ->
        [one] one message
       *[other] { $total } messages
    } sent · blocked: { $blocked } · failed: { $failed } · waiting: { $waiting }
delivery-done =
    ✅ Send finished: { $sent } of { $total ->
        [one] one message
       *[other] { $total } messages
    } sent.
    Blocked the bot: { $blocked } · Failed: { $failed } · Unknown (the bot stopped mid-send): { $unknown } · Cancelled: { $cancelled } · Expired (too late to send): { $expired }
delivery-late = 🕒 { $count ->
        [one] One message went
       *[other] { $count } messages went
    } out more than ten minutes late (Telegram was unreachable, or an announced cut held them).
delivery-unreachable =
    📡 Telegram has been unreachable since { $since }. { $waiting ->
        [one] One message waits
       *[other] { $waiting } messages wait
    } and will go when it returns; nothing is lost.
btn-resend-failed = Resend { $count ->
        [one] the failed message
       *[other] the { $count } failed messages
    }
btn-resend-unknown = Resend { $count ->
        [one] the unknown message
       *[other] the { $count } unknown messages
    }
delivery-resent = { $count ->
        [one] One message is
       *[other] { $count } messages are
    } queued again.
