## Progress and summary of a send

delivery-progress = ⏳ ناردن: { $sent } لە { $total ->
        [one] یەک نامە
       *[other] { $total } نامە
    } نێردرا · بلۆک: { $blocked } · سەرنەکەوتوو: { $failed } · لە چاوەڕوانیدا: { $waiting }
delivery-done =
    ✅ ناردن تەواو بوو: { $sent } لە { $total ->
        [one] یەک نامە
       *[other] { $total } نامە
    } نێردرا.
    بۆتیان بلۆک کردووە: { $blocked } · سەرنەکەوتوو: { $failed } · نەزانراو (بۆتەکە لە کاتی ناردندا وەستا): { $unknown } · هەڵوەشێنراوە: { $cancelled } · بەسەرچوو (کاتی ناردنی تێپەڕی): { $expired }
delivery-late = 🕒 { $count ->
        [one] یەک نامە زیاتر لە دە خولەک دواکەوتوو نێردرا
       *[other] { $count } نامە زیاتر لە دە خولەک دواکەوتوو نێردران
    } (تێلیگرام بەردەست نەبوو، یان بڕینێکی ڕاگەیەنراو ڕایگرتن).
delivery-unreachable =
    📡 تێلیگرام لە { $since }ەوە بەردەست نییە. { $waiting ->
        [one] یەک نامە چاوەڕێ دەکات
       *[other] { $waiting } نامە چاوەڕێ دەکەن
    } و کاتێک گەڕایەوە دەنێردرێن؛ هیچ شتێک وون نابێت.
btn-resend-failed = دووبارە ناردنی { $count ->
        [one] نامە سەرنەکەوتووەکە
       *[other] { $count } نامەی سەرنەکەوتوو
    }
btn-resend-unknown = دووبارە ناردنی { $count ->
        [one] نامە نەزانراوەکە
       *[other] { $count } نامەی نەزانراو
    }
delivery-resent = { $count ->
        [one] یەک نامە دووبارە خرایە
       *[other] { $count } نامە دووبارە خرانە
    } ڕیزی ناردن.
