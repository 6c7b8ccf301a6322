## The directory: /directory, and one's own listing from /profile

btn-directory-settings = 📇 الدليل
btn-directory-by-sector = حسب القطاع
btn-directory-by-governorate = حسب المحافظة
btn-directory-by-type = حسب النوع
directory-intro = 📇 <b>دليل</b> الجهات: من يعمل على ماذا وأين. اكتب جزءًا من اسم منظمة (بأي لغة)، أو اختر:
directory-choose = أيّها؟
directory-none-found = لا توجد منظمة معتمدة مطابقة. جرّب كلمات أخرى، أو اختر:
directory-found = { $count ->
        [zero] لا منظمات
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }:
directory-card =
    📇 المنظمة: <b>{ $name }</b>
    النوع: { $type }
    المحافظات: { $governorates }
    القطاعات: { $sectors }
    الأنشطة الحالية: { $activities }
    الممثلون المدرجون: { $people }
directory-activity-line = • { $title } ({ $sector }، { $status ->
        [planned] مخطَّط
       *[other] جارٍ
    })
directory-person = • { $name }، { $title }
directory-person-unnamed = ممثل
directory-nobody-listed = لم يختر أحد الإدراج
directory-settings-unlisted = 📇 <b>الدليل</b>: <b>لم يتم إدراجك</b>. لا يستطيع الأعضاء الآخرون العثور عليك؛ ويرى المنظِّمون ما يرونه دائمًا. إن اخترت الإدراج، تُظهر بطاقة منظمتك اسمك ومسمّاك الوظيفي (يمكنك إخفاء أيٍّ منهما)، ولا تُظهر أبدًا حسابك على تيليغرام أو رقمك.
directory-settings-listed =
    📇 <b>الدليل</b>: <b>تم إدراجك</b> في بطاقة منظمتك.
    الاسم ظاهر: { $name }
    المسمّى الوظيفي ظاهر: { $title }
    قبول طلبات التواصل: { $requests }
    مشاركة اسم المستخدم على تيليغرام عند قبول الطلب: { $username }
directory-yes = نعم
directory-no = لا
btn-directory-list-me = ✅ أدرجني
btn-directory-unlist-me = 🚫 أخرجني من الدليل
btn-directory-hide-name = إخفاء اسمي
btn-directory-show-name = إظهار اسمي
btn-directory-hide-title = إخفاء مسمّاي الوظيفي
btn-directory-show-title = إظهار مسمّاي الوظيفي
btn-directory-refuse-requests = عدم قبول طلبات التواصل
btn-directory-accept-requests = قبول طلبات التواصل
directory-settings-saved = حُفظ.
directory-not-listed = لم يتم إدراجك في الدليل.
directory-organization-gone = هذه المنظمة ليست في الدليل.
btn-directory-share-username = مشاركة اسم مستخدمي على تيليغرام عند قبول الطلبات
btn-directory-keep-username = عدم مشاركة اسم مستخدمي على تيليغرام
btn-intro-ask = 🤝 طلب التواصل مع { $name }
intro-ask-note = 🤝 اكتب ملاحظة قصيرة لهذا الشخص، { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر: عرّف بنفسك واذكر سبب رغبتك في التواصل. لا يقرؤها سوى الشخص المعني، ومعها اسمك ومنظمتك ومسمّاك الوظيفي.
intro-sent = أُرسل. إن قُبل الطلب، يصل إليكما هنا اسم كلٍّ منكما ومنظمته ومسمّاه الوظيفي.
intro-request =
    🤝 <b>طلب تواصل</b> من { $name }، { $title }، { $organization }:
    { $note }

    عند القبول، يصل إلى صاحب الطلب اسمك ومنظمتك ومسمّاك الوظيفي، ووسيلة للكتابة إليك.
btn-intro-accept = ✅ قبول
btn-intro-decline = رفض
btn-intro-block = 🚫 حظر هذا الشخص
intro-connected = 🤝 <b>تم التواصل</b> مع { $name }، { $title }، { $organization }.
intro-write-link = للكتابة إلى هذا الشخص: { $link }
intro-write-relay = لا يشارك الطرف الآخر حسابه على تيليغرام: يمكنك إرسال رسالة واحدة عبر «تنسيق».
btn-intro-write = ✉️ كتابة رسالة واحدة
btn-intro-answer = ✉️ الرد
intro-not-possible = التواصل غير ممكن الآن.
intro-relayed =
    ✉️ <b>رسالة من { $name }</b> عبر «تنسيق»:
    { $text }
intro-accepted = قُبل: لدى كلٍّ منكما الآن وسيلة التواصل مع الآخر.
intro-declined = رُفض. لن يُبلَّغ الطرف الآخر إلا بأن التواصل غير ممكن الآن.
intro-blocked = حُظر: لا يستطيع هذا الشخص أن يطلب منك مجددًا. لن يُبلَّغ إلا بأن التواصل غير ممكن الآن.
intro-ask-relay = رسالتك، { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر. تُرسل مرة واحدة، ويمكن الرد عليها مرة واحدة.
intro-relay-sent = أُرسلت عبر «تنسيق».
intro-cancelled = أُلغي؛ لم يُرسل شيء.
intro-note-too-long = في النص { $length ->
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
    } فوق الحد وهو { $max }. اختصره وأرسله من جديد.
intro-not-yourself = هذا أنت.
intro-too-many = أرسلت اليوم { $limit ->
        [zero] { $limit } طلب
        [one] طلبًا واحدًا
        [two] طلبين
        [few] { $limit } طلبات
        [many] { $limit } طلبًا
       *[other] { $limit } طلب
    } للتواصل، وهو الحد اليومي. حاول غدًا.
intro-already-asked = طلبك إلى هذا الشخص بانتظار الرد.
intro-already-connected = تم التواصل مع هذا الشخص من قبل.
intro-gone = هذا الطلب لم يعد موجودًا.
intro-already-decided = سبق الرد على هذا الطلب.
intro-relay-empty = اكتب بضع كلمات.
intro-relay-used = سبق أن أُرسلت رسالتك الوحيدة في هذا التعارف.
directory-intro-counts = طلبات التواصل حتى الآن: { $asked ->
        [zero] لا طلبات
        [one] طلب واحد
        [two] طلبان
        [few] { $asked } طلبات
        [many] { $asked } طلبًا
       *[other] { $asked } طلب
    } (قُبل منها { $accepted }، وينتظر { $waiting }).
btn-intro-ask-organization = 🤝 طلب التواصل مع هذه المنظمة
intro-ask-note-organization = 🤝 اكتب ملاحظة قصيرة للمنظمة، { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر: عرّف بنفسك واذكر سبب رغبتك في التواصل. لا يقرؤها إلا ممثلوها المُدرَجون الذين يقبلون الطلبات، ومعها اسمك ومنظمتك ومسمّاك الوظيفي؛ وأوّل من يجيب منهم يقرّر.
intro-request-organization =
    🤝 <b>طلب تواصل مع منظمتك</b> من { $name }، { $title }، { $organization }:
    { $note }

    أوّل من يجيب من ممثلي منظمتك يقرّر. عند القبول، يصل إلى صاحب الطلب اسمك ومنظمتك ومسمّاك الوظيفي، ووسيلة للكتابة إليك.
