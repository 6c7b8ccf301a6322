## Who does what where: /activities

activity-list-header = 🗺 <b>أنشطة { $organization }</b> ({ $count }). حدّثها باستمرار: منها تُبنى خريطة التغطية.
activity-line = <b>{ $title }</b>
    { $sector } · { $status ->
        [planned] مخطَّط
        [completed] مكتمل
       *[other] جارٍ
    } · { $governorates } · { $dates }
btn-activity-add = ➕ إضافة نشاط
btn-activity-planned = مخطَّط
btn-activity-ongoing = جارٍ
btn-activity-completed = مكتمل
btn-activity-delete = 🗑 حذف
activity-saved = حُفظ.
activity-deleted = حُذف.
activity-cancelled = لم يُضف أي نشاط.
activity-need-organization = الأنشطة تخص منظمة، ومنظمتك غير محددة. اطلب ذلك من أحد المنظِّمين.
activity-gone = هذا النشاط لم يعد موجودًا.
activity-ask-sector = في أي قطاع هذا النشاط؟
activity-ask-title = اسمه في سطر واحد (مثلًا: «مساعدة قانونية للناجيات في سنجار»).
activity-ask-governorates = أين يُنفَّذ؟ اختر المحافظات، ثم تم.
activity-ask-status = هل هو مخطَّط أم جارٍ أم مكتمل؟
activity-ask-dates = متى بدأ أو متى يبدأ؟ اضغط اليوم، أو اكتب تواريخه بالشكل «⁨1/1/2026 31/12/2026⁩» (يكفي تاريخ البدء)، أو «-» إن لم تكن معروفة.
activity-ask-end = يبدأ { $day }. متى ينتهي؟ اضغط اليوم، أو اكتبه مثل ⁨31/12/2026⁩، أو اضغط «تخطٍّ» إن لم يكن له موعد انتهاء.
activity-dates-invalid = اكتب التواريخ بالشكل «⁨1/1/2026 31/12/2026⁩»، على ألا تسبق النهاية البداية، أو «-».
