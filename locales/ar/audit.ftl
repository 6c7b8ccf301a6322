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
audit-unregistered-admin = مشرف بلا ملف شخصي (من إعدادات البوت)
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
audit-registration-approve = الموافقة على طلب تسجيل
audit-registration-reject = رفض طلب تسجيل
audit-role-set = تغيير دور
audit-admin-add = تعيين مشرف (من سطر الأوامر)
audit-admin-remove = إزالة مشرف (من سطر الأوامر)
audit-meeting-publish = نشر اجتماع
audit-meeting-change = تعديل اجتماع
audit-meeting-cancel = إلغاء اجتماع
audit-attendance-mark = تسجيل الحضور يدويًا
audit-agenda-adopt = اعتماد المواضيع المرتَّبة جدولَ أعمال لاجتماع
audit-broadcast-create = إرسال رسالة إلى جمهور أو جدولتها
audit-broadcast-resend = إعادة إرسال رسائل من عملية إرسال
audit-broadcast-cancel = إلغاء عملية إرسال
audit-poll-create = إنشاء استبيان
audit-poll-close = إغلاق استبيان
audit-update-approve = اعتماد تحديث قطاعي
audit-update-reject = رفض تحديث قطاعي
audit-update-edit = تعديل تحديث قطاعي أو ترجمته
audit-followup-track = بدء متابعة بند
audit-followup-approve = الموافقة على التزام
audit-followup-reject = رفض التزام
audit-followup-report = الإبلاغ عن حالة بند
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
audit-export = تصدير جدول
audit-report = إعداد تقرير موجز
audit-opportunity-approve = اعتماد فرصة
audit-opportunity-reject = رفض فرصة
audit-opportunity-withdraw = سحب فرصة
audit-via-console = (من لوحة التحكم)
