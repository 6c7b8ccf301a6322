## The registration dialog

reg-ask-name = <b>الخطوة 1 من 5.</b> اسمك كما يعرفه زملاؤك في الآلية (الاسم المستعار مقبول). لا يظهر اسم المستخدم في تيليغرام لبقية الأعضاء أبدًا:
reg-ask-organization = <b>الخطوة 2 من 5.</b> منظمتك: اكتب جزءًا من اسمها بالعربية أو الكردية أو الإنجليزية.
reg-org-results = المنظمات المطابقة لـ «{ $query }». اختر منظمتك، أو اكتب اسمًا آخر للبحث مجددًا.
reg-org-none = لا توجد منظمة مطابقة لـ «{ $query }». اكتب جزءًا آخر من اسمها، أو أضفها كمنظمة جديدة.
btn-org-new = ➕ منظمتي غير موجودة في القائمة
reg-ask-org-name = الاسم الكامل لمنظمتك:
reg-ask-org-type = ما نوع المنظمة «{ $name }»؟
reg-ask-governorates = <b>الخطوة 3 من 5.</b> المحافظات التي يشملها عملك. اختر كل ما ينطبق ثم اضغط «تم».
reg-ask-sectors = <b>الخطوة 4 من 5.</b> القطاعات التي يشملها عملك. اختر كل ما ينطبق ثم اضغط «تم».
reg-ask-title = <b>الخطوة 5 من 5.</b> مسمّاك الوظيفي أو دورك في المنظمة:
reg-summary =
    <b>يرجى مراجعة تسجيلك</b>

    الاسم: { $name }
    المنظمة: { $organization }
    النوع: { $actor_type }
    المحافظات: { $governorates }
    القطاعات: { $sectors }
    المسمّى الوظيفي: { $title }
reg-new-organization-name = { $name } (جديدة)
btn-submit = ✅ إرسال
btn-reg-edit-name = ✏️ الاسم
btn-reg-edit-org = ✏️ المنظمة
btn-reg-edit-gov = ✏️ المحافظات
btn-reg-edit-sec = ✏️ القطاعات
btn-reg-edit-title = ✏️ المسمّى الوظيفي
reg-submitted = شكرًا لك. أُرسل تسجيلك إلى المنظِّمين، وسنبلغك هنا عند اتخاذ القرار.
reg-cancelled = أُلغي التسجيل ولم يُرسل شيء. أرسل ⁨/start⁩ للبدء من جديد.
reg-region-federal = العراق الاتحادي
reg-region-kurdistan = إقليم كوردستان
registration-already-pending = تسجيلك بانتظار أحد المنظِّمين بالفعل.
registration-already-approved = تم تسجيلك بالفعل.
registration-consent-missing = يرجى قراءة الموافقة وقبولها أولًا: أرسل ⁨/start⁩.
registration-too-many = أرسلت { $count ->
        [zero] { $count } طلب تسجيل
        [one] طلب تسجيل واحدًا
        [two] طلبَي تسجيل
        [few] { $count } طلبات تسجيل
        [many] { $count } طلبًا للتسجيل
       *[other] { $count } طلب تسجيل
    } خلال الساعات الأربع والعشرين الماضية، وهو الحد الأقصى في اليوم. يرجى المحاولة غدًا؛ لم يتغير شيء آخر.
registration-too-many-proposals = اقترحت { $count ->
        [zero] { $count } منظمة جديدة
        [one] منظمة جديدة واحدة
        [two] منظمتين جديدتين
        [few] { $count } منظمات جديدة
        [many] { $count } منظمةً جديدة
       *[other] { $count } منظمة جديدة
    } خلال الساعات الأربع والعشرين الماضية، وهو الحد الأقصى في اليوم. اختر منظمتك من القائمة، أو حاول مجددًا غدًا.
