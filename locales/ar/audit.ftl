## /audit: ما قام به المنظِّمون والمشرفون

audit-header = <b>سجل التدقيق</b>: { $first }–{ $last } من { $total ->
        [zero] { $total } إجراء
        [one] إجراء واحد
        [two] إجراءين
        [few] { $total } إجراءات
        [many] { $total } إجراءً
       *[other] { $total } إجراء
    }، الأحدث أولًا.
audit-empty = لم يُنفَّذ بعد أي إجراء يسجّله سجل التدقيق.
audit-line = { $at } · { $actor } · { $action } · { $target }
audit-someone = شخص محذوف ({ $role })
audit-deleted-person = شخص محذوف
btn-audit-newer = ▶ الأحدث
btn-audit-older = الأقدم ◀
btn-audit-export = ⬇ CSV
audit-export-caption = سجل التدقيق: { $rows ->
        [zero] { $rows } إجراء
        [one] إجراء واحد
        [two] إجراءان
        [few] { $rows } إجراءات
        [many] { $rows } إجراءً
       *[other] { $rows } إجراء
    }.
audit-registration-approve = وافق على طلب تسجيل
audit-registration-reject = رفض طلب تسجيل
audit-role-set = غيّر دورًا
audit-admin-add = جعل شخصًا مشرفًا (من سطر الأوامر)
audit-admin-remove = أزال مشرفًا (من سطر الأوامر)
audit-meeting-publish = نشر اجتماعًا
audit-meeting-change = عدّل اجتماعًا
audit-meeting-cancel = ألغى اجتماعًا
audit-attendance-mark = سجّل الحضور يدويًا
audit-agenda-adopt = جعل المواضيع المرتَّبة جدول أعمال اجتماع
audit-broadcast-create = أرسل رسالة إلى جمهور أو جدولها
audit-broadcast-resend = أعاد إرسال رسائل من عملية إرسال
audit-broadcast-cancel = ألغى عملية إرسال
audit-poll-create = أنشأ استبيانًا
audit-poll-close = أغلق استبيانًا
audit-update-approve = اعتمد تحديثًا قطاعيًا
audit-update-reject = رفض تحديثًا قطاعيًا
audit-update-edit = عدّل تحديثًا قطاعيًا أو ترجمه
audit-followup-track = بدأ متابعة بند
audit-followup-approve = وافق على التزام
audit-followup-reject = رفض التزامًا
audit-followup-report = أبلغ عن حالة بند
audit-followup-delete = حذف بند متابعة
audit-cuts-add = إعلان قطع للإنترنت
audit-cuts-remove = حذف قطع للإنترنت
audit-round-open = فتح جولة تقارير
audit-round-remind = تذكير المنظمات التي لم تُجب في جولة تقارير
audit-round-close = إغلاق جولة تقارير
audit-round-reopen = إعادة فتح جولة تقارير
audit-round-tell = إبلاغ المنظمات بأن تحديثاتها وردت في التقرير
audit-translation-approve = اعتماد ترجمة مقترحة
audit-translation-reject = رفض ترجمة مقترحة
audit-export = صدّر جدولًا
audit-report = أعدّ تقريرًا موجزًا
audit-opportunity-approve = اعتمد فرصة
audit-opportunity-reject = رفض فرصة
audit-opportunity-withdraw = سحب فرصة
