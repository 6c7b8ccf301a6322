## Meetings: creation, invitations, answers, reminders, check-in, statistics

meeting-new = <b>اجتماع تنسيقي جديد</b>. أولًا، من المدعوون؟
meeting-ask-text = أرسل <b>عنوان</b> الاجتماع في السطر الأول و<b>جدول أعماله</b> تحته، لقرّاء { $language }. تخطَّ لغة ليصل قرّاءها النص البديل.
meeting-ask-mode = كيف يُعقد الاجتماع؟
meeting-mode-physical = حضوري
meeting-mode-virtual = عبر الإنترنت
meeting-mode-hybrid = هجين
meeting-ask-venue = أين؟ أرسل مكان الاجتماع (المكان والعنوان).
meeting-ask-link = أرسل رابط الفيديو (⁨https://…⁩).
meeting-ask-start = متى يبدأ؟ أرسل التاريخ والوقت حسب { $tz }، مثل { $example }.
meeting-ask-end = متى ينتهي؟ أرسل الوقت (مثل ⁨13:30⁩) أو تاريخًا ووقتًا.
meeting-ask-deadline = حتى متى يمكن الرد؟ أرسل تاريخًا ووقتًا، أو اضغط «تخطٍّ» لقبول الردود حتى البدء.
meeting-ask-capacity = كم شخصًا يمكنه الحضور؟ أرسل رقمًا، أو اضغط «تخطٍّ» إن لم يكن هناك حد.
meeting-dialog-cancelled = لم يُنشأ الاجتماع؛ لم يُرسل شيء.
meeting-confirm = أعلاه الدعوة كما ستصل إلى المدعوين. سترسل إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }. هل تُنشر الآن؟
btn-publish = ✅ نشر
btn-meeting-draft-texts = ✏️ العنوان وجدول الأعمال
btn-meeting-draft-place = ✏️ المكان
btn-meeting-draft-time = ✏️ الموعد
btn-meeting-draft-deadline = ✏️ آخر موعد للرد
btn-meeting-draft-capacity = ✏️ عدد المقاعد
meeting-confirm-languages = كُتب بـ: { $languages }. يصل قرّاءَ اللغة المتروكة النصُّ باللغة التالية في ترتيب قراءتهم.
meeting-organizer-card =
    📅 الاجتماع: <b>{ $title }</b>
    المدعوون: { $invited } · نعم: { $yes } · ربما: { $maybe } · لا: { $no } · قائمة الانتظار: { $waitlist } · بلا رد: { $none }
    رابط تسجيل الحضور: { $link }
btn-meeting-refresh = 🔄 الردود
btn-meeting-cancel = ✖ إلغاء الاجتماع
meeting-qr-caption = رمز QR لتسجيل الحضور: اطبعه أو اعرضه على الشاشة. يعمل من ساعة قبل البدء حتى ساعة بعد الانتهاء.
meeting-cancelled-organizer = أُلغي الاجتماع { $title }؛ يجري إبلاغ جميع المدعوين.
meeting-venue-line = 📍 { $venue }
meeting-link-line = 🔗 { $link }
meeting-card =
    <b>📅 اجتماع: { $title }</b>
    { $mode } · { $when } ({ $tz })
    { $where }
meeting-answer-by = يرجى الرد قبل { $deadline }.
meeting-answers-open = يمكن تغيير الرد حتى { $deadline }.
meeting-invitation = لديك دعوة إلى اجتماع تنسيقي.
meeting-reminder = ⏰ تذكير: اقترب موعد اجتماعك التنسيقي.
meeting-cancelled = ❌ أُلغي هذا الاجتماع.
meeting-ics-caption = أضفه إلى تقويمك.
btn-rsvp-yes = ✅ نعم
btn-rsvp-maybe = ❔ ربما
btn-rsvp-no = ✖ لا
btn-checkin = ✅ أنا هنا
meeting-checkin-now = بدأ الاجتماع { $title }. اضغط الزر لتسجيل حضورك.
meeting-answer-yes = شكرًا: سُجّل ردّك بالحضور.
meeting-answer-no = شكرًا: سُجّل اعتذارك عن الحضور.
meeting-answer-maybe = شكرًا: سُجّل ردّك «ربما».
meeting-answer-waitlist = الاجتماع مكتمل: أُضيف اسمك إلى قائمة الانتظار، وسنبلغك إذا توفر مكان.
meeting-answer-label-none = لا رد بعد
meeting-answer-label-yes = نعم
meeting-answer-label-no = لا
meeting-answer-label-maybe = ربما
meeting-answer-label-waitlist = قائمة الانتظار
meetings-list-header = 📅 <b>{ $total ->
        [zero] اجتماعاتك القادمة
        [one] اجتماعك القادم
        [two] اجتماعاك القادمان
        [few] اجتماعاتك القادمة ({ $total })
        [many] اجتماعاتك القادمة ({ $total })
       *[other] اجتماعاتك القادمة ({ $total })
    }</b> · الصفحة { $page } من { $pages }. افتح اجتماعًا لعرضه والرد عليه.
meetings-list-line = { $when } · <b>{ $title }</b>
    ردّك: { $answer }
btn-meetings-previous = ▶ الأقرب
btn-meetings-next = الأبعد ◀
btn-meetings-back = ▶ كل اجتماعاتي
meeting-your-answer = ردك: { $answer }
meetings-none = لا توجد لديك اجتماعات قادمة.
meeting-checked-in = ✅ سُجّل حضورك. أهلًا بك!
meeting-already-checked-in = سبق أن سُجّل حضورك.
meeting-promoted = 🎉 توفر مكان: تم تسجيلك الآن في { $title }.
meeting-is-cancelled = هذا الاجتماع ملغى.
meeting-rsvp-closed = أُغلقت الردود على هذا الاجتماع.
meeting-not-invited = لا توجد لديك دعوة إلى هذا الاجتماع.
meeting-checkin-invalid = رابط تسجيل الحضور هذا غير صالح.
meeting-checkin-closed = تسجيل الحضور لهذا الاجتماع غير مفتوح الآن.
stats-summary =
    <b>الاجتماعات، { $period }</b>
    عُقد حضوريًا: { $physical } · عبر الإنترنت: { $virtual } · هجينًا: { $hybrid }
    الحضور: { $attendances } · أشخاص مختلفون: { $unique } · حضروا مرتين أو أكثر: { $repeat }
    قالوا نعم: { $yes } · حضر منهم: { $came }

    <b>الحضور حسب نوع الجهة</b>
    { $shares }
stats-share-line = { $type }: { $count } ({ $percent }٪)
btn-meeting-edit = ✏️ تعديل
btn-meeting-list = 📋 قائمة الردود
btn-meeting-attendance = 🧾 الحضور
btn-change-time = 🕒 الوقت
btn-change-venue = 📍 المكان
btn-change-link = 🔗 الرابط
btn-change-agenda = 📝 جدول الأعمال
meeting-change-what = ما الذي يتغير؟ سيُبلغ جميع المدعوين.
meeting-change-time = أرسل وقت البدء الجديد حسب { $tz }، مثل { $example }. تبقى مدة الاجتماع كما هي.
meeting-change-venue = أرسل المكان الجديد.
meeting-change-link = أرسل رابط الفيديو الجديد (⁨https://…⁩).
meeting-change-agenda = أرسل جدول الأعمال الجديد لقرّاء هذه اللغة.
meeting-changed = ✅ عُدّل { $title }؛ يجري إبلاغ جميع المدعوين مع ملف تقويم جديد.
meeting-changed-meanwhile = عدّل منظِّم آخر هذا الاجتماع في هذه الأثناء. افتحه من جديد لترى أحدث نسخة.
meeting-updated = 🔔 تغيّر هذا الاجتماع. هذه تفاصيله الحالية.
meeting-answers-by-type = { $type } — نعم: { $yes } · ربما: { $maybe } · لا: { $no } · بلا رد: { $none }
meeting-list-caption = الردود والحضور في { $title }.
meeting-mark-attendance = اضغط على اسم لتسجيل الحضور.
stats-chart-title = الحضور حسب نوع الجهة، { $period }
stats-hint = لفترة أخرى: الأزرار، أو ⁨/stats 1/1/2026 31/3/2026⁩
meeting-checkin-not-invited = رابط تسجيل الحضور هذا مخصص للمدعوين إلى هذا الاجتماع. يرجى التوجه إلى المنظِّمين عند المدخل.
