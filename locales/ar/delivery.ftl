## Progress and summary of a send

delivery-progress = ⏳ جارٍ الإرسال: أُرسلت { $sent } من { $total ->
        [zero] { $total } رسالة
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $total } رسائل
        [many] { $total } رسالة
       *[other] { $total } رسالة
    } · محظورة: { $blocked } · فشلت: { $failed } · بالانتظار: { $waiting }
delivery-done =
    ✅ اكتمل الإرسال: أُرسلت { $sent } من { $total ->
        [zero] { $total } رسالة
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $total } رسائل
        [many] { $total } رسالة
       *[other] { $total } رسالة
    }.
    حظروا البوت: { $blocked } · فشل: { $failed } · غير معروف (توقف البوت أثناء الإرسال): { $unknown } · أُلغي: { $cancelled } · انتهت صلاحيتها (فات وقت إرسالها): { $expired }
delivery-late = 🕒 { $count ->
        [zero] لم تتأخر أي رسالة
        [one] أُرسلت رسالة واحدة
        [two] أُرسلت رسالتان
        [few] أُرسلت { $count } رسائل
        [many] أُرسلت { $count } رسالة
       *[other] أُرسلت { $count } رسالة
    } متأخرةً أكثر من عشر دقائق (كان تيليغرام غير متاح، أو أوقفها قطع معلن).
delivery-unreachable =
    📡 تيليغرام غير متاح منذ { $since }. { $waiting ->
        [zero] لا رسائل تنتظر
        [one] رسالة واحدة تنتظر
        [two] رسالتان تنتظران
        [few] { $waiting } رسائل تنتظر
        [many] { $waiting } رسالة تنتظر
       *[other] { $waiting } رسالة تنتظر
    } وستُرسل حين يعود، ولن يضيع شيء.
btn-resend-failed = إعادة إرسال { $count ->
        [zero] { $count } رسالة فاشلة
        [one] رسالة فاشلة واحدة
        [two] رسالتين فاشلتين
        [few] { $count } رسائل فاشلة
        [many] { $count } رسالة فاشلة
       *[other] { $count } رسالة فاشلة
    }
btn-resend-unknown = إعادة إرسال { $count ->
        [zero] { $count } رسالة مجهولة المصير
        [one] رسالة واحدة مجهولة المصير
        [two] رسالتين مجهولتَي المصير
        [few] { $count } رسائل مجهولة المصير
        [many] { $count } رسالة مجهولة المصير
       *[other] { $count } رسالة مجهولة المصير
    }
delivery-resent = أُعيدت { $count ->
        [zero] { $count } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    } إلى قائمة الإرسال.
