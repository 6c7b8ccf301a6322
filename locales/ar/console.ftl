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
