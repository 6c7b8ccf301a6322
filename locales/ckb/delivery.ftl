## Progress and summary of a send

delivery-progress = ⏳ ناردن: { $sent } لە { $total } نێردرا · { $blocked } بلۆک · { $failed } سەرنەکەوتوو · { $waiting } چاوەڕێ
delivery-done =
    ✅ ناردن تەواو بوو: { $sent } لە { $total } نێردرا.
    بۆتیان بلۆک کردووە: { $blocked } · سەرنەکەوتوو: { $failed } · نەزانراو (بۆتەکە لە کاتی ناردندا وەستا): { $unknown } · هەڵوەشێنراوە: { $cancelled }
btn-resend-failed = دووبارە ناردنی { $count } نامەی سەرنەکەوتوو
btn-resend-unknown = دووبارە ناردنی { $count } نامەی نەزانراو
delivery-resent = { $count } نامە دووبارە خرانە ڕیزی ناردن.
