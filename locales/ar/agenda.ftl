## The advisory committee's agenda

agenda-ask-topic = ما الموضوع الذي ينبغي أن يناقشه الاجتماع التنسيقي القادم؟ أرسله في رسالة واحدة.
agenda-proposed = ✅ شكرًا لك: موضوعك في القائمة. يرتّب الأعضاء المواضيع عبر ⁨/rank⁩.
agenda-empty = لم يُقترح أي موضوع بعد. يقترح أعضاء اللجنة الاستشارية عبر ⁨/propose⁩.
agenda-rank-help = اضغط خيارك الأول والثاني والثالث (3 و2 و1 نقطة). اضغط الموضوع مرة أخرى لسحب صوتك.
agenda-ranking = <b>المواضيع المقترحة حسب النقاط</b>
agenda-line = { $place }. { $topic } — { $points ->
        [zero] { $points } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $points } نقاط
        [many] { $points } نقطة
       *[other] { $points } نقطة
    }، { $voters ->
        [zero] { $voters } عضو
        [one] عضو واحد
        [two] عضوان
        [few] { $voters } أعضاء
        [many] { $voters } عضوًا
       *[other] { $voters } عضو
    }
btn-agenda-adopt = أفضل { $count ->
        [zero] { $count } موضوع
        [one] موضوع واحد
        [two] موضوعين
        [few] { $count } مواضيع
        [many] { $count } موضوعًا
       *[other] { $count } موضوع
    } ← جدول أعمال { $title }
agenda-adopted = ✅ أصبحت أفضل { $count ->
        [zero] { $count } موضوع
        [one] موضوع واحد
        [two] موضوعين
        [few] { $count } مواضيع
        [many] { $count } موضوعًا
       *[other] { $count } موضوع
    } جدول أعمال { $title }؛ يجري إبلاغ المدعوين.
agenda-topic-gone = هذا الموضوع لم يعد مفتوحًا للترتيب.
agenda-ranks-full = اخترت ثلاثة مواضيع بالفعل. اضغط أحدها أولًا لسحب صوتك.
error-topic-length = يجب أن يتكون الموضوع من { $min } إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }؛ هذا فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }.
common-advisory-only = هذا الأمر مخصص لأعضاء اللجنة الاستشارية.
cmd-propose = اقتراح موضوع للاجتماع القادم
cmd-rank = ترتيب المواضيع المقترحة
cmd-agenda = ترتيب اللجنة للمواضيع
