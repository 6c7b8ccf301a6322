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
followup-already-tracked = هذه التوصية قيد المتابعة أصلًا (البند ⁨#{ $item }⁩).
followup-gone = هذا البند لم يعد موجودًا.
followup-already-decided = سبق البتّ في هذا الالتزام.
followup-no-organization = لا يذكر تسجيلك أي منظمة، فلا يوجد التزام يمكن تسجيله باسمها.
followup-not-an-owner = لا يبلّغ عن حالة هذا البند إلا ممثل إحدى الجهات المسؤولة عنه أو منظِّم.
followup-unknown-level = هذه الحالة ليست على السلّم.
followup-owner-not-approved = يجب أن تكون كل جهة مسؤولة منظمةً معتمدة.
