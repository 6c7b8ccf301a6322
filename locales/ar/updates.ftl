## Sector updates: /update, /myupdates, and the organizers' /queue

update-kind-progress = تقدّم
update-kind-challenge = تحدٍّ
update-kind-recommendation = توصية
update-ask-sector = 📝 <b>تحديث قطاعي جديد</b>. عن أي قطاع؟
update-ask-kind = ما نوع التحديث؟
update-ask-governorates = ما المحافظات التي يخصها؟ اختر واحدة أو أكثر، ثم تم.
update-need-governorate = اختر محافظة واحدة على الأقل.
update-ask-text = اكتب التحديث في رسالة واحدة، حتى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }: ماذا حدث، وأين، ومع من.
update-text-too-long = في النص { $length ->
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
    } فوق الحد البالغ { $max }. اختصره وأرسله مجددًا؛ لا يضيع شيء حتى ذلك الحين.
update-text-too-short = اكتب { $min ->
        [zero] { $min } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل ليفهم الآخرون التحديث.
update-text-kept = حُفظ: { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    } (بقي { $left ->
        [zero] { $left } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $left } أحرف
        [many] { $left } حرفًا
       *[other] { $left } حرف
    }).
update-ask-attachment = يمكنك إضافة رابط (يبدأ بـ ⁨https://⁩) أو ملف كمصدر. أو اضغط «تخطٍّ».
update-attachment-wrong = أرسل رابطًا أو ملفًا، أو اضغط «تخطٍّ».
update-document-too-big = حجم هذا الملف أكبر من { $max ->
        [zero] { $max } ميغابايت
        [one] ميغابايت واحد
        [two] اثنين ميغابايت
        [few] { $max } ميغابايت
        [many] { $max } ميغابايت
       *[other] { $max } ميغابايت
    }. أرسل رابطًا إليه بدلًا منه.
update-ask-naming = هل يجوز ذكر اسم المنظمة عند نشر التحديث؟
btn-update-anonymous = دون اسم: «إحدى …»
btn-update-named = اذكر اسم منظمتي
update-anonymous-as = إحدى { $type }
update-preview = <b>تحديثك</b>
    القطاع: { $sector }
    النوع: { $kind }
    المحافظات: { $governorates }
    يُنشر باسم: { $by }
    المصدر: { $link }

    { $text }
btn-update-submit = ✅ إرسال
btn-update-edit-sector = ✏️ القطاع
btn-update-edit-kind = ✏️ النوع
btn-update-edit-governorates = ✏️ المحافظات
btn-update-edit-text = ✏️ النص
btn-update-edit-attachment = ✏️ المصدر
btn-update-edit-naming = ✏️ يُنشر باسم
update-submitted = ✅ شكرًا لك. تحديثك رقم { $id } بانتظار مراجعة المنظِّمين؛ يعرض الأمر ⁨/myupdates⁩ حالته.
update-cancelled = لم يُرسل التحديث.
update-mine-none = لا توجد تحديثات منك بعد. استخدم ⁨/update⁩ لإرسال تحديث.
update-mine-header = <b>تحديثاتك</b>
update-mine-line = { $icon } رقم { $id } · { $sector } · { $kind } · { $status ->
        [approved] مقبول
        [rejected] غير مقبول
       *[other] بانتظار المراجعة
    }
update-mine-reason = السبب: { $reason }
update-gone = هذا التحديث لم يعد موجودًا.
update-already-decided = سبق { $status ->
        [approved] قبول
       *[other] رفض
    } هذا التحديث.

update-queue-empty = ✅ لا تحديثات بانتظار المراجعة.
update-card = 📝 <b>التحديث رقم { $id }</b> ({ $waiting ->
        [zero] { $waiting } تحديث بالانتظار
        [one] تحديث واحد بالانتظار
        [two] تحديثان بالانتظار
        [few] { $waiting } تحديثات بالانتظار
        [many] { $waiting } تحديثًا بالانتظار
       *[other] { $waiting } تحديث بالانتظار
    })
    القطاع: { $sector } · { $kind }
    المحافظات: { $governorates }
    من: { $author }، { $organization } ({ $level })
    النشر دون اسم: { $anonymous ->
        [yes] نعم
       *[no] لا
    }
    المصدر: { $link }

    { $texts }
update-card-text = <b>{ $language }</b>: { $text }
btn-update-approve = ✅ قبول
btn-update-reject = ❌ رفض
btn-update-edit = ✏️ تعديل
btn-update-translate = 🌐 إضافة { $language }
update-approved-alert = قُبل التحديث رقم { $id }.
update-approved-notice = ✅ قُبل تحديثك رقم { $id } ({ $sector }، { $kind }). شكرًا لك!
update-ask-reason = لماذا لم يُقبل التحديث رقم { $id }؟ أرسل السبب؛ سيقرؤه الكاتب.
update-ask-new-text = أرسل نص التحديث رقم { $id } باللغة { $language }.
update-rejected-done = لم يُقبل التحديث رقم { $id }؛ أُبلغ الكاتب بالسبب.
update-rejected-notice = لم يُقبل تحديثك رقم { $id } ({ $sector }، { $kind }). السبب: { $reason }
update-review-cancelled = أُلغي.
update-in-newsletter = 📰 النشرة الخاصة بالفترة { $period } في طريقها إلى القرّاء، وتحديثك فيها: «{ $text }». شكرًا لإرساله.
