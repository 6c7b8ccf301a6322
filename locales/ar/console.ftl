## The organizers' console: a Telegram Mini App opened from the bot

btn-console = 📊 لوحة التحكم
console-menu-button = لوحة التحكم
console-title = لوحة التحكم في تنسيق
console-nav-today = اليوم
console-nav-queues = بانتظار القرار
console-refused-launch = تعذّر على لوحة التحكم التحقق من هوية من فتحها، أو فُتحت منذ وقت طويل. يُرجى إغلاقها وفتحها مجددًا من قائمة البوت.
console-refused-role = لوحة التحكم مخصّصة للمنظِّمين والمشرفين.
console-session-ended = انتهت جلستك. يُرجى إغلاق لوحة التحكم وفتحها مجددًا من قائمة البوت.
console-failed = حدث خطأ ولم يتغيّر شيء. يُرجى المحاولة مرة أخرى بعد قليل.
console-today-waiting = بانتظار قرارك
console-today-meetings = الاجتماعات القادمة
console-today-no-meetings = لا يوجد اجتماع مخطَّط.
console-meeting-answers = نعم: { $yes } · ربما: { $maybe } · لا: { $no } · قائمة الانتظار: { $waitlist } · بلا رد: { $none }
console-today-outbox = الرسائل
console-outbox-health = بانتظار الإرسال: { $pending } · غير معروف (توقف البوت أثناء الإرسال): { $unknown } · فشل خلال آخر 7 أيام: { $failed } · حظروا البوت خلال آخر 7 أيام: { $blocked }
console-today-followup = المتابعة
console-overdue = { $count ->
        [zero] لا توجد بنود متأخرة في المتابعة.
        [one] بند متابعة واحد متأخر.
        [two] بندا متابعة متأخران.
        [few] { $count } بنود متابعة متأخرة.
        [many] { $count } بندًا متأخرًا في المتابعة.
       *[other] { $count } بند متأخر في المتابعة.
    }
console-today-longest = الأطول انتظارًا للموافقة
console-waiting-since = منذ { $date }: { $name }
console-open = فتح
console-queue-registrations = تسجيلات بانتظار الموافقة
console-queue-empty = لا شيء بانتظار القرار هنا الآن.
console-queue-in-chat = يمكن فتحها في المحادثة حاليًا: { $command }
console-reject-reason = السبب (يُرسل إلى صاحب التسجيل)
console-reject-needs-reason = يُرجى كتابة السبب أولًا: فهو يُرسل إلى صاحب التسجيل.
console-nav-actors = الجهات
console-actors-figure = الجهات المعتمدة حسب النوع (الشكل 1 في التقرير): { $total ->
        [zero] لا جهات
        [one] جهة واحدة
        [two] جهتان
        [few] { $total } جهات
        [many] { $total } جهة
       *[other] { $total } جهة
    }
console-actors-matching = { $count ->
        [zero] لا توجد جهة مطابقة.
        [one] جهة واحدة مطابقة.
        [two] جهتان مطابقتان.
        [few] { $count } جهات مطابقة؛ المعروض { $first }–{ $last }.
        [many] { $count } جهة مطابقة؛ المعروض { $first }–{ $last }.
       *[other] { $count } جهة مطابقة؛ المعروض { $first }–{ $last }.
    }
console-filter-type = النوع
console-filter-governorate = المحافظة
console-filter-sector = القطاع
console-filter-status = الحالة
console-filter-any = الكل
console-sort = الترتيب حسب
console-sort-name = الاسم
console-sort-type = النوع
console-sort-people = الممثلون
console-status-approved = معتمدة
console-status-pending = بانتظار الموافقة
console-status-rejected = مرفوضة
console-col-organization = المنظمة
console-col-type = النوع
console-col-status = الحالة
console-col-people = الممثلون
console-col-governorates = المحافظات
console-col-sectors = القطاعات
console-page-back = ▶ السابق
console-page-next = التالي ◀
console-export-csv = ⬇ CSV
console-export-xlsx = ⬇ إكسل
console-export-sent = الملف في محادثتك مع البوت.
console-nav-meetings = الاجتماعات
console-meetings-none = لم يُنشر أي اجتماع بعد.
console-answer-yes = نعم
console-answer-maybe = ربما
console-answer-no = لا
console-answer-waitlist = قائمة الانتظار
console-answer-none = بلا رد
console-answer-came = سُجّل حضورهم
console-meeting-by-type = الردود حسب نوع الجهة
console-meeting-waitlist = قائمة الانتظار
console-waitlist-empty = لا أحد على قائمة الانتظار.
console-meeting-checkins = تسجيل الحضور
console-checkins = { $count ->
        [zero] لم يُسجَّل حضور أحد بعد.
        [one] سُجّل حضور شخص واحد.
        [two] سُجّل حضور شخصين.
        [few] سُجّل حضور { $count } أشخاص.
        [many] سُجّل حضور { $count } شخصًا.
       *[other] سُجّل حضور { $count } شخص.
    }
console-not-checked-in = ردّوا بنعم أو ربما ولم يُسجَّل حضورهم
console-mark-present = تسجيل الحضور
console-marked = سُجّل حضور { $name }.
console-meeting-qr = رمز ⁨QR⁩ لتسجيل الحضور
console-nav-polls = الاستبيانات
console-too-few = الإجابات أقل من أن تُعرض.
console-nav-followup = المتابعة
console-nav-coverage = التغطية
console-coverage-summary = في { $covered } من أصل { $cells ->
        [zero] { $cells } خانة
        [one] خانة واحدة
        [two] خانتين
        [few] { $cells } خانات
        [many] { $cells } خانة
       *[other] { $cells } خانة
    } (قطاع ومحافظة) جهة واحدة على الأقل؛ { $gaps ->
        [zero] لا فجوات.
        [one] فجوة واحدة.
        [two] فجوتان.
        [few] { $gaps } فجوات.
        [many] { $gaps } فجوة.
       *[other] { $gaps } فجوة.
    }
console-coverage-cell = { $sector } في { $governorate }
console-nav-reports = التقارير
console-report-period = الفترة
console-report-language = اللغة
console-report-format = الملف
console-report-pdf = ملف ⁨PDF⁩
console-report-docx = ملف وورد (للتحرير)
console-report-make = إعداد التقرير
console-report-where = يصل التقرير إلى محادثتك مع البوت، حيث يمكن فتحه والاحتفاظ به.
console-report-sent = التقرير في محادثتك مع البوت.
console-pick-meeting = الاجتماع
console-pick-poll = الاستبيان
console-update-language = اللغة
console-update-text = النص بتلك اللغة (يحلّ محلّه أو يُضاف)
console-update-save-text = ✏️ حفظ النص
console-update-text-saved = حُفظ النص.
console-find-person = البحث بالاسم
console-more = { $count ->
        [zero] …
        [one] … وشخص آخر: يمكن إيجاده بالاسم.
        [two] … وشخصان آخران: يمكن إيجادهما بالاسم.
        [few] … و{ $count } أشخاص آخرين: يمكن إيجادهم بالاسم.
        [many] … و{ $count } شخصًا آخر: يمكن إيجادهم بالاسم.
       *[other] … و{ $count } شخص آخر: يمكن إيجادهم بالاسم.
    }
