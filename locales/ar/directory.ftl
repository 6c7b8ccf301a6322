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
directory-found-more = أول { $count ->
        [zero] { $count } منظمة
        [one] منظمة
        [two] منظمتين
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }؛ اكتب المزيد من الاسم لتضييق البحث:
directory-card =
    📇 <b>{ $name }</b>
    النوع: { $type }
    المحافظات: { $governorates }
    القطاعات: { $sectors }
    الأنشطة الحالية: { $activities }
    الممثلون المدرجون: { $people }
directory-activity = • { $title } ({ $sector }، { $status ->
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
    تقبل طلبات التواصل: { $requests }
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
