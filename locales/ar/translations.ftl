## The translation queue: members translate approved updates and follow-up items (/translate),
## organizers approve, edit or reject the proposals (/translations)

btn-translate-pairs = 🌐 المساعدة في الترجمة
translate-pairs-ask = 🌐 <b>المساعدة في الترجمة</b>: يُرجى اختيار كل زوج لغات تمكن الترجمة فيه. تُعرض التحديثات وبنود المتابعة المعتمدة واحدًا تلو الآخر، ويراجع المنظِّمون كل ترجمة قبل استخدامها.
translate-pair = من { $source } إلى { $target }
btn-translate-start = ▶ بدء الترجمة الآن
translate-nothing = 🌐 لا شيء بانتظار الترجمة في هذه اللغات الآن. شكرًا! يمكن إرسال ⁨/translate⁩ لاحقًا.
translate-offer =
    🌐 <b>الترجمة إلى { $language }، رجاءً</b> (النص مكتوب بـ{ $source }). تُرسل الترجمة في رسالة واحدة.

    <blockquote>{ $text }</blockquote>
btn-translate-skip = ⏭ بند آخر
btn-translate-stop = ✖ إيقاف
translate-stopped = توقّفت الترجمة. للمتابعة يُرسل ⁨/translate⁩.
translate-ask-credit = هل يُذكر اسمك مترجمًا في التقرير؟
btn-translate-named = نعم، مع ذكر اسمي
btn-translate-unnamed = لا، دون اسمي
translate-sent = ✅ شكرًا: وصلت ترجمتك إلى المنظِّمين.
translation-too-long = الحدّ الأقصى للترجمة { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }، وفي هذه { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }.
translation-empty = الترجمة فارغة.
translation-not-needed = لهذا البند ترجمة بهذه اللغة من قبل، أو ترجمة بانتظار المراجعة.
translation-gone = لم يعد هذا البند موجودًا.
translation-decided = سبق البتّ في هذا المقترح.

translations-card =
    🌐 <b>ترجمة مقترحة</b> (بانتظار المراجعة: { $waiting })، من { $source } إلى { $target }، { $named ->
        [yes] ترجمة: { $translator }
       *[no] من عضو طلب عدم ذكر اسمه
    }.

    الأصل:
    <blockquote>{ $original }</blockquote>
    الترجمة:
    <blockquote>{ $text }</blockquote>
btn-translation-approve = ✅ اعتماد
btn-translation-edit = ✏️ تعديل
btn-translation-reject = ✖ رفض
translations-none = 🌐 لا ترجمة مقترحة بانتظار المراجعة.
translations-ask-edit = يُرجى إرسال الترجمة المصحَّحة إلى { $language }؛ تُعتمد كما تُرسَل.
translations-approved = اعتُمدت: صار للبند هذا النص.
translations-rejected = رُفضت.
