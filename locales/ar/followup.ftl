## Follow-up of recommendations, commitments and action points: /followup, /tracker

followup-narrative-too-long = في الوصف { $words ->
        [zero] { $words } كلمة
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $words } كلمات
        [many] { $words } كلمةً
       *[other] { $words } كلمة
    }، أي { $over ->
        [zero] { $over } كلمة
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $over } كلمات
        [many] { $over } كلمةً
       *[other] { $over } كلمة
    } فوق الحد وهو { $max }. اختصره وأرسله من جديد؛ نصّك محفوظ حتى ذلك الحين.
followup-narrative-too-many-characters = في الوصف { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }، أي { $over ->
        [zero] { $over } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $over } أحرف
        [many] { $over } حرفًا
       *[other] { $over } حرف
    } فوق الحد وهو { $max }. اختصره وأرسله من جديد؛ نصّك محفوظ حتى ذلك الحين.
followup-commit-too-many = أعلنت اليوم { $limit ->
        [zero] { $limit } التزام
        [one] التزامًا واحدًا
        [two] التزامين
        [few] { $limit } التزامات
        [many] { $limit } التزامًا
       *[other] { $limit } التزام
    }، وهذا الحد اليومي. حاول غدًا.
followup-narrative-empty = اكتب بضع كلمات عمّا جرى.
followup-text-length = يجب أن يتكون النص من { $min } إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }؛ وفيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }.
followup-due-in-the-past = هذا التاريخ قد مضى. اختر موعدًا نهائيًا من اليوم فصاعدًا.
followup-not-a-recommendation = لا يمكن متابعة إلا توصية معتمدة.
followup-already-tracked = هذه التوصية قيد المتابعة أصلًا (البند رقم { $item }).
followup-gone = هذا البند لم يعد موجودًا.
followup-already-decided = سبق البتّ في هذا الالتزام.
followup-no-organization = لا يذكر تسجيلك أي منظمة، فلا يوجد التزام يمكن تسجيله باسمها.
followup-not-an-owner = لا يبلّغ عن حالة هذا البند إلا ممثل إحدى الجهات المسؤولة عنه أو منظِّم.
followup-unknown-level = هذه الحالة ليست على السلّم.
followup-owner-not-approved = يجب أن تكون كل جهة مسؤولة منظمةً معتمدة.

followup-level-not_reported = لم يُبلَّغ عنه بعد
followup-level-exceeded = تجاوز المستهدف
followup-level-met = تحقّق
followup-level-limited = تقدّم محدود
followup-level-no_progress = لا تقدّم
followup-kind-recommendation = توصية
followup-kind-commitment = التزام
followup-kind-action_point = نقطة عمل
followup-card =
    <b>{ $kind } رقم { $id }</b>
    { $text }

    الحالة: { $level }
    القطاعات: { $sectors }
    المحافظات: { $governorates }
    الجهات المسؤولة: { $owners }
    الموعد النهائي: { $due }
followup-card-pillar = المحور: { $pillar }
followup-card-overdue = ⏰ <b>متأخر</b>: مضى الموعد النهائي دون إبلاغ.
followup-card-history = <b>السجل</b> ({ $count ->
        [zero] لا إبلاغات
        [one] إبلاغ واحد
        [two] إبلاغان
        [few] { $count } إبلاغات
        [many] { $count } إبلاغًا
       *[other] { $count } إبلاغ
    }، الأحدث أولًا):
followup-full-history = 📜 <b>البند رقم { $id }: السجل كاملًا</b> ({ $count ->
        [zero] لا إبلاغات
        [one] إبلاغ واحد
        [two] إبلاغان
        [few] { $count } إبلاغات
        [many] { $count } إبلاغًا
       *[other] { $count } إبلاغ
    }، الأحدث أولًا)
btn-followup-history = 📜 السجل كاملًا
followup-history-line = { $date } · { $level } · { $by }: { $narrative }{ $link }
followup-by-organizer = منظِّم
btn-followup-open = فتح البند
btn-followup-report = 📝 الإبلاغ عن الحالة
btn-followup-follow = 🔔 نبّهني بالتغييرات
btn-followup-unfollow = 🔕 إيقاف التنبيهات
btn-followup-named = إظهار منظمتنا بالاسم
btn-followup-anonymous = إظهارها بصفة «إحدى …»
btn-followup-due = 📅 الموعد النهائي
btn-followup-owner = ➕ جهة مسؤولة
btn-followup-delete = 🗑 حذف
btn-followup-all = كل القطاعات
btn-followup-track = 📌 متابعة التوصية
followup-changed-notice =
    🔔 <b>تغيّرت حالة البند رقم { $id }</b>
    { $text }
followup-ask =
    📝 <b>أين وصل البند رقم { $id }؟</b> ({ $occasion })
    { $text }
    الموعد النهائي: { $due }

    منظمتك إحدى الجهات المسؤولة عنه: اختر حالة واذكر بكلمات قليلة ما جرى.
followup-ask-reminder =
    📝 <b>تذكير: البند رقم { $id } ما زال ينتظر إبلاغكم</b> ({ $occasion })
    { $text }
    الموعد النهائي: { $due }
followup-occasion-due = قبل موعده النهائي
followup-choose-sector = 📌 <b>متابعة</b> التوصيات والالتزامات ونقاط العمل. أي قطاع؟
followup-list-empty = لا توجد بنود بعد في { $sector }.
followup-list-header = <b>{ $sector }</b>: { $count ->
        [zero] لا بنود
        [one] بند واحد
        [two] بندان
        [few] { $count } بنود
        [many] { $count } بندًا
       *[other] { $count } بند
    }. 👥 منظمتك مسؤولة عنه · 🔔 قيد متابعتك · ⏰ متأخر
followup-followed = ستصلك هنا تنبيهات بكل تغيير في حالة هذا البند.
followup-unfollowed = لن تصلك بعد الآن تنبيهات هذا البند.
followup-naming-saved = حُفظ: هكذا تظهر منظمتك على البند.
followup-ask-level = أين وصل البند رقم { $id } الآن؟
followup-ask-narrative = في { $max ->
        [zero] { $max } كلمة
        [one] كلمة واحدة
        [two] كلمتين
        [few] { $max } كلمات
        [many] { $max } كلمةً
       *[other] { $max } كلمة
    } على الأكثر: ماذا جرى، وما الخطوة التالية؟
followup-narrative-kept = نصّك، لاختصاره:
followup-ask-attachment = يمكنك إضافة رابط (يبدأ بـ ⁨https://⁩) أو ملفًا للإثبات. أو تخطَّ هذه الخطوة.
followup-saved = حُفظت الحالة: { $level }. أُعلم كل من يتابع البند.
followup-report-cancelled = أُلغي؛ لم تتغير الحالة.
followup-tracked = صار البند رقم { $id } قيد المتابعة.
followup-ask-due = أرسل الموعد النهائي على هذا النحو ⁨31/3/2027⁩ (⁦اليوم/الشهر/السنة⁩)، أو - إن لم يوجد.
followup-due-invalid = هذا ليس تاريخًا. أرسله على هذا النحو ⁨31/3/2027⁩ (⁦اليوم/الشهر/السنة⁩)، أو - إن لم يوجد.
followup-due-saved = حُفظ الموعد النهائي.
followup-ask-owner = اكتب جزءًا من اسم الجهة المسؤولة (بأي لغة).
followup-owner-none-found = لا توجد منظمة معتمدة بهذا الاسم. جرّب كلمات أخرى.
followup-owner-pick = أيّها؟
followup-owner-added = أُضيفت الجهة المسؤولة: يمكن لممثليها الإبلاغ الآن.
followup-deleted = حُذف البند رقم { $id }.
followup-edit-cancelled = أُلغي؛ لم يتغير شيء.
tracker-empty = لا شيء قيد المتابعة بعد. تابِع توصية معتمدة من بطاقة مراجعتها، أو سجّل نقاط العمل بعد اجتماع.
tracker-header = 📌 <b>لوحة المتابعة</b>: { $count ->
        [zero] لا بنود
        [one] بند واحد
        [two] بندان
        [few] { $count } بنود
        [many] { $count } بندًا
       *[other] { $count } بند
    }
tracker-overdue = <b>بنود متأخرة</b> ({ $count ->
        [zero] لا بنود
        [one] بند واحد
        [two] بندان
        [few] { $count } بنود
        [many] { $count } بندًا
       *[other] { $count } بند
    }):
tracker-silent = <b>جهات مسؤولة لم تُبلغ بعد</b> ({ $count ->
        [zero] لا منظمات
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }):
tracker-silent-line = { $organization }: { $count ->
        [zero] لا بنود
        [one] بند واحد
        [two] بندان
        [few] { $count } بنود
        [many] { $count } بندًا
       *[other] { $count } بند
    }
tracker-chart-title = المتابعة: الحالة حسب القطاع
tracker-export-caption = المتابعة مع سجلها: { $rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفّان
        [few] { $rows } صفوف
        [many] { $rows } صفًّا
       *[other] { $rows } صف
    }.
btn-tracker-csv = ⬇ CSV
btn-tracker-xlsx = ⬇ إكسل
tracker-unreachable = <b>جهات مسؤولة لا يصلها طلب الإبلاغ</b> (لا ممثل معتمد لها، أو حظر كل ممثليها البوت): { $count ->
        [zero] لا منظمات
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }
btn-followup-action-point = 📌 نقطة عمل
followup-point-ask-text = 📌 <b>نقطة عمل</b> من { $meeting }: ما الذي يجب فعله؟ رسالة واحدة، من 10 إلى 1200 حرف.
followup-point-ask-owner = من الجهة المسؤولة عنها؟ اكتب جزءًا من اسم المنظمة (بأي لغة)، ثم «تم».
followup-point-owner-added = الجهة المسؤولة: { $organization }
followup-point-owners = { $count ->
        [zero] لا جهات مسؤولة
        [one] جهة مسؤولة واحدة
        [two] جهتان مسؤولتان
        [few] { $count } جهات مسؤولة
        [many] { $count } جهةً مسؤولة
       *[other] { $count } جهة مسؤولة
    } حتى الآن. اسم آخر، أو «تم».
followup-point-saved = سُجّلت نقطة العمل رقم { $id }؛ تصل إلى من حضروا الاجتماع بلغتهم.
followup-point-notice =
    📌 <b>نقطة عمل</b> من { $meeting }
    { $text }

    الجهات المسؤولة: { $owners }
    الموعد النهائي: { $due }
btn-followup-commit = ➕ تسجيل التزام
btn-followup-agenda = 🗳 اقتراحه لجدول الأعمال
btn-followup-approve = ✅ موافقة
btn-followup-reject = ❌ رفض
followup-commit-ask-sector = ➕ <b>التزام من منظمتك</b>. أي قطاع؟
followup-commit-ask-text = بماذا تلتزم منظمتك؟ رسالة واحدة، من 10 إلى 1200 حرف.
followup-commit-submitted = شكرًا لك: الالتزام رقم { $id } بانتظار منظِّم؛ وبعد الموافقة يمكن للجميع متابعته.
followup-commit-review = ➕ <b>التزام جديد رقم { $id }</b> من { $organization } بانتظار المراجعة:
    { $text }
followup-commit-decided-alert = تم البتّ في الالتزام رقم { $id }.
followup-commit-approved = ✅ تمت الموافقة على التزامك رقم { $id }، وهو الآن قيد المتابعة: { $text }
followup-commit-rejected = لم تتم الموافقة على التزامك رقم { $id }: { $text }
followup-agenda-topic = متابعة رقم { $id }: { $text }
followup-agenda-proposed = اقتُرح لجدول أعمال الاجتماع القادم: ترتّبه اللجنة الاستشارية مع المواضيع الأخرى (⁨/rank⁩).
btn-followup-pillar = 🏛 المحور
followup-ask-pillar = إلى أي محور من محاور خطة العمل الوطنية ينتمي البند؟
followup-pillar-none = لا محور
followup-pillar-saved = حُفظ المحور.
followup-source-meeting = من الاجتماع: { $meeting }
followup-source-update = من التحديث القطاعي رقم { $id }
followup-source-commitment = أعلنته الجهة المسؤولة عنه
btn-followup-translate = 🌐 إضافة { $language }
followup-ask-translation = أرسل نص البند باللغة { $language }.
followup-translation-saved = حُفظ: يرى قرّاء تلك اللغة هذا النص.
followup-commit-none-waiting = لا التزامات بانتظار القرار الآن.
followup-your-recommendation-tracked = 📌 أصبحت توصيتك قيد المتابعة لدى المنظِّمين بوصفها البند رقم { $id }: «{ $text }». سيصلك كل تغيير في حالتها.
