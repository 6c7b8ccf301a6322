## Shared buttons and answers

btn-back = ▶ رجوع
btn-cancel = ✖ إلغاء
btn-done = تم ◀
common-stale-button = هذا الزر من رسالة قديمة. يرجى استخدام أحدث رسالة.
common-ask-time-on = 🕒 في أي ساعة يوم { $day }؟ اضغط إحداها، أو اكتبها مثل { $example }.
common-not-allowed = لا يُسمح لك بهذا الإجراء.
common-organizer-only = هذا الأمر مخصص للمنظِّمين.
common-admin-only = هذا الأمر مخصص للمشرفين.
common-unknown-command = لا أعرف هذا الأمر. أرسل ⁨/help⁩ لترى ما يمكنك فعله.
common-not-understood = لم أفهم ذلك. أرسل ⁨/help⁩ لترى ما يمكنك فعله.
common-send-text = يرجى إرسال هذا كرسالة نصية.
common-use-buttons = يرجى الاختيار من الأزرار أسفل الرسالة السابقة.
common-pending-limited = تسجيلك بانتظار موافقة أحد المنظِّمين. إلى حين الموافقة يمكنك استخدام ⁨/status⁩ و ⁨/language⁩ و ⁨/help⁩ و ⁨/forget⁩.
common-not-registered = لم يتم تسجيلك بعد. أرسل ⁨/start⁩ للبدء.
common-error = حدث خطأ من جهتنا. لم يضِع شيء مما أدخلته؛ يرجى المحاولة مرة أخرى.
common-deep-link-invalid = هذا الرابط غير صالح أو انتهت صلاحيته.
common-none = —
common-list-separator = ،{" "}
flood-slow-down = ⏳ هذا أكثر مما أستطيع الرد عليه دفعة واحدة. لن أرد لمدة { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }؛ ثم تابع من حيث توقفت. لم يضع شيء مما أدخلته من قبل.
time-zone = { $zone ->
        [baghdad] توقيت بغداد
       *[other] { $zone }
    }
# A language's name inside a sentence, in this interface's language.
language-en = الإنجليزية
language-ar = العربية
language-ckb = الكردية (السورانية)
common-step-over = انتهت هذه الخطوة؛ لم يتغير شيء. يرجى استخدام أحدث رسالة.
btn-page-previous = ▶ السابق
btn-page-next = التالي ◀
common-page = الصفحة { $page } من { $pages }.
