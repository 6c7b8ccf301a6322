## Refusals from the domain services

error-name-length = يجب أن يتكون الاسم من { $min } إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }؛ هذا الاسم فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }. يرجى إرساله مرة أخرى.
error-title-length = يجب أن يتكون المسمّى الوظيفي من { $min } إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }؛ هذا فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }. يرجى إرساله مرة أخرى.
error-reason-length = يجب أن يتكون السبب من { $min } إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }؛ هذا فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }. يرجى إرساله مرة أخرى.
error-organization-name-length = يجب أن يتكون اسم المنظمة من { $min } إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }؛ هذا فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }. يرجى إرساله مرة أخرى.
error-search-too-short = اكتب { $min ->
        [zero] { $min } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل من الاسم.
error-pick-one = اختر خيارًا واحدًا على الأقل.
error-organization-gone = هذه المنظمة لم تعد متاحة. يرجى البحث مجددًا.
error-organization-missing = اختر منظمتك أولًا.
error-person-not-found = هذا الشخص لم يعد مسجَّلًا.
error-not-allowed = لا يُسمح لك بهذا الإجراء.
error-text-empty = النص فارغ. يرجى إرسال نص.
error-text-formatting = لا يستطيع تيليغرام إرسال تنسيق هذا النص. يرجى إرساله مرة أخرى.
error-text-too-long = يمكن أن يتكون النص من { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } كحد أقصى؛ هذا النص فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }. يرجى اختصاره.
error-attachment-too-large = حجم هذا الملف { $size_mb ->
        [zero] { $size_mb } ميغابايت
        [one] ميغابايت واحد
        [two] ميغابايتان
        [few] { $size_mb } ميغابايت
        [many] { $size_mb } ميغابايت
       *[other] { $size_mb } ميغابايت
    }؛ يسمح تيليغرام للبوتات بإرسال ملفات حتى { $limit_mb ->
        [zero] { $limit_mb } ميغابايت
        [one] ميغابايت واحد
        [two] ميغابايتين
        [few] { $limit_mb } ميغابايت
        [many] { $limit_mb } ميغابايت
       *[other] { $limit_mb } ميغابايت
    }.
error-audience-empty = لا أحد يطابق هذا الجمهور. اختر جمهورًا أوسع.
error-time-format = يرجى كتابة التاريخ والوقت بهذا الشكل: { $example }.
error-time-past = هذا الوقت قد مضى. يرجى اختيار وقت في المستقبل.
error-wrong-attachment = يرجى إرسال صورة أو ملف، أو اضغط «تخطٍّ».
error-period-format = يرجى إرسال تاريخين مثل ⁨1/1/2026 31/3/2026⁩ (⁦اليوم/الشهر/السنة⁩).
error-period-inverted = تنتهي الفترة قبل أن تبدأ. يرجى إرسال التاريخ الأقدم أولًا.
error-link-invalid = يرجى إرسال رابط يبدأ بـ ⁨https://⁩ (أو ⁨http://⁩).
error-link-too-long = يمكن أن يصل الرابط إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }، وفي هذا الرابط { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }. أرسل رابطًا أقصر (عنوان الصفحة نفسها).
error-link-with-user = لا يُقبل رابط فيه اسم وعلامة «@» قبل الموقع، فقد يخفي وجهته الحقيقية. أرسل عنوان الموقع نفسه.
error-venue-length = يجب أن يتكون المكان من { $min } إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }؛ هذا فيه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }.
error-capacity = يرجى إرسال عدد صحيح من 1 فما فوق، أو اضغط «تخطٍّ».
error-end-before-start = سينتهي الاجتماع قبل أن يبدأ. يرجى إرسال وقت انتهاء لاحق.
error-deadline = يجب أن يكون موعد الرد في المستقبل وليس بعد بدء الاجتماع.
error-meeting-not-found = هذا الاجتماع لم يعد موجودًا.
error-telegram-id = معرّف تيليغرام عدد صحيح أكبر من 0.
