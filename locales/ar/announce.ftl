## /announce: organizers send announcements to chosen audiences

announce-audience =
    <b>{ $purpose ->
        [meeting] اجتماع جديد: من المدعوون؟
        [poll] استبيان جديد: من يستلمه؟
        [decision] قرار جديد: من يقرّر؟
        [round] جولة تقارير: منظمات مَن تُسأل؟
       *[other] إعلان جديد
    }</b>
    من يستلمه؟ اجمع الخيارات كما تشاء؛ عدم اختيار شيء يعني الجميع.

    { $summary }
    عدد الأشخاص: { $count }
announce-everyone = جميع المسجَّلين
announce-filter-types = أنواع الجهات: { $names }
announce-filter-governorates = المحافظات: { $names }
announce-filter-sectors = القطاعات: { $names }
announce-filter-advisory = أعضاء اللجنة الاستشارية فقط
btn-an-types = أنواع الجهات ({ $count })
btn-an-governorates = المحافظات ({ $count })
btn-an-sectors = القطاعات ({ $count })
btn-an-advisory = { $on ->
    [yes] ✅ اللجنة الاستشارية
   *[no] ▫️ اللجنة الاستشارية
}
btn-an-everyone = الجميع
btn-next = التالي ◀
btn-skip = تخطٍّ ◀
announce-pick-types = اختر أنواع الجهات ثم اضغط «تم».
announce-pick-governorates = اختر المحافظات ثم اضغط «تم».
announce-pick-sectors = اختر القطاعات ثم اضغط «تم».
announce-ask-text = أرسل النص لمن يقرؤون <b>{ $language }</b>. يُحفظ تنسيق تيليغرام (غامق، مائل، روابط). إذا تخطّيت لغة يصل قرّاءها النص البديل.
announce-need-one-text = يجب كتابة نص بلغة واحدة على الأقل. لنبدأ من جديد باللغة الأولى.
announce-ask-attachment = أرسل صورة أو ملفًا لإرفاقه، أو اضغط «تخطٍّ».
announce-preview-header = 👁 معاينة لقرّاء { $language }:
announce-confirm =
    <b>جاهز للإرسال</b>
    المستلمون: { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    } ({ $languages })
    حماية المحتوى (منع إعادة التوجيه والحفظ): { $protect ->
        [yes] مفعّلة
       *[no] غير مفعّلة
    }
btn-send-now = ✅ أرسل الآن
btn-schedule = 🕒 جدولة
btn-protect = 🔒 حماية المحتوى: { $protect ->
        [yes] مفعّلة
       *[no] غير مفعّلة
    }
announce-ask-time = أرسل التاريخ والوقت حسب { $tz }، مثل { $example }.
announce-scheduled = 🕒 مجدول في { $when } ({ $tz }): { $count ->
        [zero] { $count } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    }. إن تعذّر الوصول إلى تيليغرام حتى { $until } فلن يُرسل متأخرًا: يُلغى، وتقول هذه الرسالة ذلك.
btn-cancel-send = ✖ إلغاء هذا الإرسال
announce-cancelled = أُلغي الإعلان؛ لم يُرسل شيء.
announce-send-cancelled = أُلغي الإرسال: لن تُرسل { $count ->
        [zero] { $count } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    }.
announce-queued = ⏳ في قائمة الإرسال: { $count ->
        [zero] { $count } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    }.
announce-filter-meeting-invitees = المدعوون إلى: { $title }
announce-filter-meeting-attendees = من حضروا: { $title }
btn-an-meeting = 📅 أشخاص اجتماع
btn-an-invitees = المدعوون إلى { $title }
btn-an-attendees = من حضروا { $title }
btn-an-no-meeting = بلا اجتماع
announce-pick-meeting = الإرسال إلى أشخاص أي اجتماع؟
