## The home card (/start, 🏠) and what waits for an organizer

home-title = أهلًا <b>{ $name }</b>، ما الخطوة التالية؟
home-title-admin = <b>مرحبًا بك في «تنسيق».</b> لديك صلاحية مشرف في آلية التنسيق. لا يسجّل المشرفون بوصفهم جهات؛ ولمن يمثّل منظمة أيضًا: يمكن تسجيلها بالزر أدناه.
home-meetings-to-answer = 📅 { $count ->
        [zero] لا اجتماعات بانتظار ردّك.
        [one] اجتماع واحد بانتظار ردّك.
        [two] اجتماعان بانتظار ردّك.
        [few] { $count } اجتماعات بانتظار ردّك.
        [many] { $count } اجتماعًا بانتظار ردّك.
       *[other] { $count } اجتماع بانتظار ردّك.
    }
home-to-review = 📥 بانتظار قرارك: { $count }
btn-home = 🏠 القائمة الرئيسية
btn-home-meetings = 📅 اجتماعاتي
btn-home-update = ✍️ إرسال تحديث
btn-home-followup = 📌 المتابعة
btn-home-directory = 📇 الدليل
btn-home-opportunities = 🎯 الفرص
btn-home-profile = 👤 ملفي الشخصي
btn-home-review = 📥 للمراجعة ({ $count })
btn-home-tools = 🧰 أدوات المنظِّمين
btn-home-help = ❓ المساعدة
home-review-title = <b>📥 بانتظار القرار</b>
home-review-registrations = التسجيلات: { $count }
home-review-updates = التحديثات القطاعية: { $count }
home-review-opportunities = الفرص: { $count }
home-review-commitments = الالتزامات: { $count }
home-review-translations = الترجمات المقترحة: { $count }
home-review-none = لا شيء بانتظار القرار الآن.
btn-home-review-registrations = 👤 مراجعة التسجيلات
btn-home-review-updates = 📝 مراجعة التحديثات القطاعية
btn-home-review-opportunities = 🎯 مراجعة الفرص
btn-home-review-commitments = 🤝 مراجعة الالتزامات
btn-home-review-translations = 🌐 مراجعة الترجمات
home-tools-title = <b>🧰 أدوات المنظِّمين</b>: اضغط على أمر.
btn-digest-quiet-nights = 🌙 دون صوت ليلًا (⁨22:00–07:00⁩)
btn-digest-sound-nights = 🔔 بصوت ليلًا أيضًا
digest-quiet-note = 🌙 يصل الجديد دون صوت من ⁨22:00⁩ إلى ⁨07:00⁩.
digest-quiet-on = ليالٍ هادئة: يصل الجديد دون صوت من ⁨22:00⁩ إلى ⁨07:00⁩.
digest-quiet-off = يصل الجديد بصوت في أي ساعة.
