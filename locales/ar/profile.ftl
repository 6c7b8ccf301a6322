## /profile

profile-card =
    <b>ملفك الشخصي</b>

    الاسم: { $name }
    المنظمة: { $organization }
    النوع: { $actor_type }
    المحافظات: { $governorates }
    القطاعات: { $sectors }
    المسمّى الوظيفي: { $title }
    الدور: { $role }
    اللغة: { $language }
btn-edit-name = ✏️ الاسم
btn-edit-title = ✏️ المسمّى الوظيفي
btn-edit-governorates = ✏️ المحافظات
btn-edit-sectors = ✏️ القطاعات
btn-edit-language = 🌐 اللغة
profile-ask-name = أرسل اسمك الكامل:
profile-ask-title = أرسل مسمّاك الوظيفي أو دورك:
profile-ask-governorates = اختر المحافظات التي يشملها عملك ثم اضغط «تم».
profile-ask-sectors = اختر القطاعات التي يشملها عملك ثم اضغط «تم».
profile-saved = ✅ تم الحفظ.
profile-organization-note = لتغيير منظمتك، تواصل مع أحد المنظِّمين.
