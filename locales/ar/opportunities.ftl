## Opportunities: /opportunity, /opportunities, saves, the digest, and the organizers' review

opportunity-kind-call = دعوة لتقديم مقترحات
opportunity-kind-training = تدريب
opportunity-kind-job = وظيفة
opportunity-kind-funding = تمويل
opportunity-kind-event = فعالية
opportunity-kind-other = غير ذلك
opportunity-all-sectors = كل القطاعات
opportunity-all-governorates = كل المحافظات
opportunity-card =
    فرصة · { $kind }
    <b>{ $title }</b>

    { $text }

    القطاعات: { $sectors }
    المحافظات: { $governorates }
    الموعد النهائي: { $deadline }
opportunity-card-link = الرابط: { $link }
opportunity-card-document = الملف: { $name }
opportunity-card-closed = 🔒 <b>مغلقة</b>: مضى الموعد النهائي.
btn-opportunity-save = ⭐ حفظ
btn-opportunity-unsave = إزالة من المحفوظات
btn-opportunity-open = فتح
opportunity-new-matching = 🎯 <b>فرصة جديدة</b> تخص قطاعاتك ومحافظاتك:
opportunity-digest-heading = 🎯 <b>فرص هذا الأسبوع</b> التي تخص قطاعاتك ومحافظاتك: { $count ->
        [zero] لا فرص
        [one] فرصة واحدة
        [two] فرصتان
        [few] { $count } فرص
        [many] { $count } فرصة
       *[other] { $count } فرصة
    }.
opportunity-digest-line = • { $kind }: { $title } (الموعد النهائي { $deadline })
opportunity-digest-footer = افتح أيًّا منها لقراءتها وحفظها؛ وفي ⁨/opportunities⁩ كل الفرص المفتوحة. ويمكنك اختيار طريقة وصولها إليك في ⁨/subscribe⁩.
opportunity-reminder = ⏰ اقترب الموعد النهائي لفرصة حفظتها: <b>{ $title }</b>، { $deadline }.
opportunity-approved-notice = ✅ تمت الموافقة على الفرصة التي نشرتها «{ $title }»: تصل إلى الأعضاء الذين تخصهم.
opportunity-rejected-notice = لم تتم الموافقة على الفرصة التي نشرتها «{ $title }». السبب: { $reason }
opportunity-ask-kind = 🎯 <b>فرصة جديدة</b>. ما نوعها؟
opportunity-ask-title = عنوانها في سطر واحد، { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
opportunity-ask-text = صِفها في رسالة واحدة، { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر: من يحق له التقديم، وماذا تقدّم، وكيف يكون التقديم.
opportunity-text-kept = حُفظ: { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    } (المتبقي: { $left }).
opportunity-ask-attachment = أضف رابطًا (يبدأ بـ ⁨https://⁩) أو ملفًا فيه التفاصيل. أو تخطَّ.
opportunity-attachment-wrong = أرسل رابطًا أو ملفًا، أو اضغط «تخطٍّ».
opportunity-document-too-big = هذا الملف أكبر من { $max ->
        [zero] { $max } ميغابايت
        [one] ميغابايت واحد
        [two] ميغابايتين
        [few] { $max } ميغابايت
        [many] { $max } ميغابايت
       *[other] { $max } ميغابايت
    }. أرسل رابطًا إليه بدلًا منه.
opportunity-ask-sectors = لأي القطاعات هي؟ لا تختر شيئًا لتكون لكل القطاعات، ثم اضغط «تم».
opportunity-ask-governorates = لأي المحافظات؟ لا تختر شيئًا لتكون لكل المحافظات، ثم اضغط «تم».
opportunity-ask-deadline = الموعد النهائي: آخر يوم للتقديم. اضغط على يوم أدناه، أو اكتبه على هذا النحو { $example } (⁦اليوم/الشهر/السنة⁩).
opportunity-preview = <b>فرصتك</b>، كما سيقرؤها الأعضاء:
btn-opportunity-submit = 📨 إرسال للمراجعة
btn-opportunity-edit-kind = ✏️ النوع
btn-opportunity-edit-title = ✏️ العنوان
btn-opportunity-edit-text = ✏️ النص
btn-opportunity-edit-attachment = ✏️ الرابط أو الملف
btn-opportunity-edit-sectors = ✏️ القطاعات
btn-opportunity-edit-governorates = ✏️ المحافظات
btn-opportunity-edit-deadline = ✏️ الموعد النهائي
opportunity-submitted = أُرسلت: الفرصة رقم { $id } بانتظار مراجعة منظِّم. يصلك القرار هنا.
opportunity-cancelled = أُلغي؛ لم يُرسل شيء.
opportunity-list-none = 🎯 لا توجد فرصة مفتوحة الآن. انشر واحدة، أو اختر طريقة وصول الفرص الجديدة إليك:
opportunity-list = 🎯 <b>الفرص المفتوحة</b>: { $count ->
        [zero] لا فرص
        [one] فرصة واحدة
        [two] فرصتان
        [few] { $count } فرص
        [many] { $count } فرصة
       *[other] { $count } فرصة
    }؛ { $matching ->
        [zero] لا شيء منها يخص
        [one] واحدة منها تخص
        [two] اثنتان منها تخصان
        [few] { $matching } منها تخص
        [many] { $matching } منها تخص
       *[other] { $matching } منها تخص
    } قطاعاتك ومحافظاتك (🎯، أولًا). ⭐ تعني ما حفظته.
btn-opportunity-post = ➕ نشر فرصة
btn-opportunity-choices = 🎯 طريقة وصول الفرص إليّ
btn-opportunity-queue = 🗂 المراجعة ({ $count ->
        [zero] لا شيء بانتظارها
        [one] واحدة بانتظارها
        [two] اثنتان بانتظارها
        [few] { $count } بانتظارها
        [many] { $count } بانتظارها
       *[other] { $count } بانتظارها
    })
btn-opportunity-withdraw = 🚫 سحب
opportunity-saved = حُفظت: يصلك تذكير قبل الموعد النهائي بثلاثة أيام.
opportunity-unsaved = أُزيلت من المحفوظات.
btn-opportunity-deliver-now = فورًا
btn-opportunity-deliver-weekly = ملخص أسبوعي (أيام الأحد)
btn-opportunity-deliver-off = لا أريدها
opportunity-choices = 🎯 <b>الفرص</b> التي تخص قطاعاتك ومحافظاتك تصلك: { $current ->
        [now] فورًا
        [off] لا تصلك
       *[weekly] في ملخص أسبوعي، أيام الأحد
    }.
opportunity-choice-saved = حُفظ.
btn-opportunity-approve = ✅ موافقة
btn-opportunity-reject = ❌ رفض
opportunity-review-card =
    🗂 <b>الفرصة رقم { $id }</b> ({ $waiting ->
        [zero] لا شيء بانتظار المراجعة
        [one] واحدة بانتظار المراجعة
        [two] اثنتان بانتظار المراجعة
        [few] { $waiting } بانتظار المراجعة
        [many] { $waiting } بانتظار المراجعة
       *[other] { $waiting } بانتظار المراجعة
    })
    نشرها: { $author }، { $organization }
    الحالة: { $status ->
        [approved] تمت الموافقة
        [rejected] مرفوضة
        [withdrawn] مسحوبة
       *[pending] بانتظار الموافقة
    }
opportunity-queue-empty = لا توجد فرصة بانتظار المراجعة.
opportunity-approved-alert = تمت الموافقة على الفرصة رقم { $id }: { $count ->
        [zero] لم تصل فورًا إلى أي عضو
        [one] وصلت فورًا إلى عضو واحد
        [two] وصلت فورًا إلى عضوين
        [few] وصلت فورًا إلى { $count } أعضاء
        [many] وصلت فورًا إلى { $count } عضوًا
       *[other] وصلت فورًا إلى { $count } عضو
    }؛ ويتلقاها الآخرون الذين تخصهم في ملخصهم الأسبوعي.
opportunity-already-decided = رُوجعت هذه الفرصة من قبل.
opportunity-ask-reason = لماذا لا تتم الموافقة عليها؟ يقرأ الناشر السبب، { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
opportunity-rejected-alert = رُفضت الفرصة رقم { $id }؛ ويصل السبب إلى الناشر.
opportunity-review-cancelled = أُلغي؛ ما زالت الفرصة بانتظار المراجعة.
opportunity-withdrawn = سُحبت: لم تعد الفرصة رقم { $id } تظهر.
opportunity-title-too-long = في العنوان { $length ->
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
    } فوق الحد البالغ { $max }. اختصره وأرسله مجددًا.
opportunity-title-too-short = اكتب عنوانًا من { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل.
opportunity-text-too-long = في النص { $length ->
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
opportunity-text-too-short = اكتب { $min ->
        [zero] { $min } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل ليعرف الأعضاء ما تقدّمه.
opportunity-deadline-invalid = هذا ليس تاريخًا. أرسل آخر يوم للتقديم على نحو ⁦اليوم/الشهر/السنة⁩، أو اضغط على يوم.
opportunity-deadline-past = مضى هذا اليوم: يجب أن يكون الموعد النهائي اليوم أو بعده.
opportunity-deadline-far = لا يمكن أن يكون الموعد النهائي بعد أكثر من { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
opportunity-too-many = نشرت اليوم { $limit ->
        [zero] { $limit } فرصة
        [one] فرصة واحدة
        [two] فرصتين
        [few] { $limit } فرص
        [many] { $limit } فرصة
       *[other] { $limit } فرصة
    }، وهذا الحد اليومي. حاول غدًا.
opportunity-gone = هذه الفرصة لم تعد موجودة.
opportunity-closed = هذه الفرصة مغلقة: مضى موعدها النهائي.
opportunity-reason-too-long = في السبب { $length ->
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
    } فوق الحد البالغ { $max }. اختصره وأرسله مجددًا.
opportunity-reason-too-short = اكتب سببًا يفهمه الناشر.
btn-opportunity-back = ▶ كل الفرص المفتوحة
