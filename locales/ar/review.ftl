## Organizers review registrations

review-card =
    <b>تسجيل جديد</b>

    الاسم: { $name }
    المنظمة: { $organization }
    النوع: { $actor_type }
    المحافظات: { $governorates }
    القطاعات: { $sectors }
    المسمّى الوظيفي: { $title }
    تيليغرام: { $telegram }
review-card-new-organization = ⚠️ المنظمة جديدة: الموافقة على هذا الشخص تعني الموافقة عليها أيضًا.
btn-approve = ✅ موافقة
btn-reject = ✖ رفض
review-approved-by = ✅ تمت الموافقة من قِبل { $by }.
review-rejected-by =
    ✖ رُفض من قِبل { $by }.
    السبب: { $reason }
review-ask-reason = لماذا لم تتم الموافقة على تسجيل { $name }؟ أرسل السبب في رسالة، وسيُرسل إلى صاحب الطلب.
review-reject-cancelled = أُلغي الرفض؛ ما زال التسجيل بالانتظار.
review-already-decided = سبق أن { $status ->
        [approved] تمت الموافقة على
       *[other] تم رفض
    } هذا التسجيل من قِبل { $by }.
review-done-approved = تمت الموافقة. الخبر في طريقه إلى { $name }.
review-done-rejected = تم الرفض. السبب في طريقه إلى { $name }.
review-person-unreachable = حُفظ القرار، لكنّ البوت محظور لدى { $name }، فلن تصل الرسالة.
review-you-approved = 🎉 تمت الموافقة على تسجيلك. أهلًا بك في آلية التنسيق! أرسل ⁨/help⁩ لترى ما يمكنك فعله.
review-you-rejected =
    لم تتم الموافقة على تسجيلك.
    السبب: { $reason }
    يمكنك التسجيل من جديد عبر ⁨/start⁩.
pending-none = لا توجد تسجيلات بالانتظار.
pending-header = التسجيلات بالانتظار: { $count }. أقدم { $shown ->
        [zero] { $shown } طلب تسجيل
        [one] طلب تسجيل واحد
        [two] طلبَي تسجيل
        [few] { $shown } طلبات تسجيل
        [many] { $shown } طلبَ تسجيل
       *[other] { $shown } طلب تسجيل
    } أدناه.
