## /roles (administrators)

roles-overview =
    <b>الأدوار</b>

    المنظِّمون: { $organizers }
    اللجنة الاستشارية: { $advisory }

    أرسل اسمًا أو ‎@username‎ أو معرّف تيليغرام للبحث عن شخص مسجَّل.
roles-no-match = لا يوجد شخص مسجَّل يطابق «{ $query }». جرّب اسمًا آخر.
roles-results = اختر شخصًا:
roles-person =
    👤 الاسم: <b>{ $name }</b>
    المنظمة: { $organization }
    الدور الحالي: { $role }
btn-make-organizer = تعيينه منظِّمًا
btn-make-advisory = تعيينه عضوًا في اللجنة الاستشارية
btn-make-member = تعيينه عضوًا (سحب الدور)
roles-changed = أصبح { $name }: { $role }.
roles-you-changed = أصبح دورك في تنسيق: { $role }. أرسل ⁨/help⁩ لترى ما يمكنك فعله.
roles-not-approved = لا يمكن منح دور إلا لمن تمت الموافقة على تسجيله.
