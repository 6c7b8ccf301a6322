## The summary report (/report), coverage (/coverage) and exports (/export)

report-ask-period = 📄 <b>التقرير الموجز</b>. لأي فترة؟ أو اكتبها: ⁨/report 1/1/2026 31/3/2026⁩
btn-report-this-quarter = هذا الربع ({ $period })
btn-report-last-quarter = الربع الماضي ({ $period })
btn-report-last-year = آخر أربعة أرباع ({ $period })
btn-report-round = 📋 طلب التحديثات من المنظمات (جولة التقارير)
report-ask-language = 📄 تقرير الفترة { $period }. بأي لغة؟
report-progress-data = ⏳ جمع بيانات الفترة { $period }…
report-progress-document = ⏳ رسم المخططات وكتابة المستند ({ $updates ->
        [zero] { $updates } تحديث
        [one] تحديث واحد
        [two] تحديثان
        [few] { $updates } تحديثات
        [many] { $updates } تحديثًا
       *[other] { $updates } تحديث
    })…
report-ready = ✅ تقرير الفترة { $period } جاهز: { $meetings ->
        [zero] { $meetings } اجتماع
        [one] اجتماع واحد
        [two] اجتماعان
        [few] { $meetings } اجتماعات
        [many] { $meetings } اجتماعًا
       *[other] { $meetings } اجتماع
    }، و{ $updates ->
        [zero] { $updates } تحديث معتمد
        [one] تحديث معتمد واحد
        [two] تحديثان معتمدان
        [few] { $updates } تحديثات معتمدة
        [many] { $updates } تحديثًا معتمدًا
       *[other] { $updates } تحديث معتمد
    }. ملف PDF هذا للمشاركة والطباعة؛ وبالأزرار ملف وورد (للتحرير) وصفحة الويب.
report-no-pdf = تعذّر إعداد ملف PDF هذه المرة: هذا ملف وورد، وصفحة الويب بالزر.
btn-report-file-docx = 📝 ملف وورد (للتحرير)
btn-report-file-html = 🌐 صفحة الويب
report-file-coming = يجري إعداد الملف؛ يصل بعد لحظات.
report-no-data = لا شيء يُبلَّغ عنه للفترة { $period }: لم يُعقد أي اجتماع ولم يُقبل أي تحديث. اختر فترة أخرى.

report-title = آلية التنسيق للجهات العاملة على أجندة المرأة والسلام والأمن في العراق: التقرير الموجز
report-subtitle = الفترة: { $period }
report-executive-summary = الملخص التنفيذي
report-actors = في بداية الفترة ضمّت آلية التنسيق { $start ->
        [zero] { $start } جهة
        [one] جهة واحدة
        [two] جهتين
        [few] { $start } جهات
        [many] { $start } جهةً
       *[other] { $start } جهة
    }، وفي نهايتها { $end ->
        [zero] { $end } جهة
        [one] جهة واحدة
        [two] جهتين
        [few] { $end } جهات
        [many] { $end } جهةً
       *[other] { $end } جهة
    }: { $breakdown }، كما يبيّن الشكل (1). الجهة منظمةٌ لها ممثّل واحد معتمد على الأقل.
report-count-of = { $count } من { $name }
report-share-of = { $percent }٪ من { $name }
report-meetings = عُقد { $meetings ->
        [zero] { $meetings } اجتماع تنسيقي وطني
        [one] اجتماع تنسيقي وطني واحد
        [two] اجتماعان تنسيقيان وطنيان
        [few] { $meetings } اجتماعات تنسيقية وطنية
        [many] { $meetings } اجتماعًا تنسيقيًا وطنيًا
       *[other] { $meetings } اجتماع تنسيقي وطني
    } (حضوريًا: { $physical }، عبر الإنترنت: { $virtual }، هجينًا: { $hybrid }). بلغ عدد مرات الحضور { $attendances } ({ $unique ->
        [zero] { $unique } شخص مختلف
        [one] شخص واحد
        [two] شخصان مختلفان
        [few] { $unique } أشخاص مختلفين
        [many] { $unique } شخصًا مختلفًا
       *[other] { $unique } شخص مختلف
    }): { $shares }، كما يبيّن الشكل (2).
report-updates-count = قدّم المشاركون { $count ->
        [zero] { $count } تحديث معتمد
        [one] تحديث معتمد واحد
        [two] تحديثين معتمدين
        [few] { $count } تحديثات معتمدة
        [many] { $count } تحديثًا معتمدًا
       *[other] { $count } تحديث معتمد
    }: { $progress } عن التقدّم، و{ $challenges ->
        [zero] { $challenges } تحدٍّ
        [one] تحدٍّ واحد
        [two] تحدّيان
        [few] { $challenges } تحديات
        [many] { $challenges } تحديًا
       *[other] { $challenges } تحدٍّ
    }، و{ $recommendations ->
        [zero] { $recommendations } توصية
        [one] توصية واحدة
        [two] توصيتان
        [few] { $recommendations } توصيات
        [many] { $recommendations } توصية
       *[other] { $recommendations } توصية
    }.
report-figure-1-title = الجهات العاملة على الأجندة حسب النوع
report-figure-1-start = بداية الفترة
report-figure-1-end = نهاية الفترة
report-figure-1-caption = الشكل (1): عدد الجهات العاملة على أجندة المرأة والسلام والأمن (منظمات لها ممثّل معتمد) في بداية الفترة ونهايتها
report-figure-2-title = المشاركون حسب نوع الجهة
report-figure-2-caption = الشكل (2): النسبة المئوية للمشاركين غير المكرَّرين والمتكرِّرين في الاجتماعات التنسيقية
report-main-updates = أبرز التحديثات
report-main-updates-intro = شارك التقدّمَ أدناه المشاركون في الاجتماعات التنسيقية، على ثلاثة مستويات؛ وهو لا يعكس رأي جهة بعينها.
report-level = { $level }
report-challenges = تحديات تنفيذ أجندة المرأة والسلام والأمن
report-challenges-intro = أبرز التحديات المطروحة، حسب القطاع:
report-recommendations = التوصيات
report-recommendations-intro = التوصيات المقدَّمة، حسب القطاع:
report-item-named = { $text } ({ $organization })
report-item-anonymous = { $text } (إحدى { $type })
report-none = لا تحديثات مقبولة في هذه الفترة.

coverage-summary = 🗺 <b>التغطية</b>: في { $covered } من أصل { $cells ->
        [zero] { $cells } خانة
        [one] خانة واحدة
        [two] خانتين
        [few] { $cells } خانات
        [many] { $cells } خانةً
       *[other] { $cells } خانة
    } (قطاع × محافظة) منظمة واحدة على الأقل؛ و{ $gaps ->
        [zero] لا خانة فارغة
        [one] خانة واحدة فارغة
        [two] خانتان فارغتان
        [few] { $gaps } خانات فارغة
        [many] { $gaps } خانةً فارغة
       *[other] { $gaps } خانة فارغة
    } (لا جهة فيها). أكثر الفجوات: { $worst }.
coverage-gap-item = { $sector } ({ $count })
coverage-chart-title = المنظمات حسب القطاع والمحافظة
coverage-gap = لا جهة

export-ask = 📤 <b>التصدير</b>. ما المطلوب تصديره؟
btn-export-actors = الجهات · { $format }
btn-export-attendance = الحضور · { $format }
btn-export-updates = التحديثات · { $format }
btn-export-activities = الأنشطة · { $format }
export-empty = لا شيء للتصدير بعد.
export-caption = { $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفان
        [few] { $rows } صفوف
        [many] { $rows } صفًا
       *[other] { $rows } صف
    }.
report-followup = متابعة التوصيات
report-followup-none = لا توجد توصية قيد المتابعة بعد.
report-followup-intro = حالة { $count ->
        [zero] البنود
        [one] البند الوحيد
        [two] البندَين
        [few] البنود الـ{ $count }
        [many] البنود الـ{ $count }
       *[other] البنود الـ{ $count }
    } قيد المتابعة كما أبلغت بها الجهات المسؤولة، حسب القطاع؛ والبنود التي تغيّرت حالتها خلال الفترة.
report-followup-chart-title = المتابعة: الحالة حسب القطاع
report-followup-chart-caption = الشكل ({ $number }): التوصيات والالتزامات ونقاط العمل قيد المتابعة حسب القطاع والحالة
report-followup-moved-item = { $text } — { $level }

report-round = جولة التقارير { $period }
report-round-figures = طُلب التحديث عن الفترة من { $asked ->
        [zero] { $asked } منظمة
        [one] منظمة واحدة
        [two] منظمتين
        [few] { $asked } منظمات
        [many] { $asked } منظمةً
       *[other] { $asked } منظمة
    }: أجابت { $answered } ({ $percent }٪)، منها { $nothing } بلا جديد تُبلغ عنه، و{ $late } بعد الموعد النهائي.
report-round-gap-governorates = لم تصل أي إجابة من: { $names }.
report-round-gap-sectors = لم تصل أي إجابة في: { $names }.
report-round-chart-title = المنظمات التي أجابت عن جولة التقارير
report-round-by-type = حسب نوع الجهة
report-round-by-governorate = حسب المحافظة
report-round-by-sector = حسب القطاع
report-round-chart-caption = الشكل ({ $number }): نسبة المنظمات التي أجابت من بين المنظمات المطلوب منها التحديث، حسب نوع الجهة والمحافظة والقطاع (أجابت/طُلب منها)
report-original-note = البند الذي تليه لغةٌ بين قوسين معقوفين ليست له ترجمة معتمدة بعد، فيُعرض كما كُتب.
report-item-original = { $text } [{ $language }]
report-item-merged = { $text } ({ $count ->
        [zero] { $count } منظمة
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    })
report-item-merged-named = { $text } ({ $count ->
        [zero] { $count } منظمة
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }، منها { $organizations })
report-translators = شارك في الترجمة من أعضاء الآلية: { $names }.
report-decisions = القرارات المتَّخذة في المحادثة
report-decision-item = { $text }: { $result ->
        [passed] أُقرّ
        [rejected] لم يُقرّ
        [blocked] أوقفه اعتراض مانع
        [objected] قوبل باعتراض
        [no_quorum] لم يكتمل النصاب
       *[other] اتُّخذ
    } (الأصوات: { $voters } / { $audience }). نصّ القرار: { $outcome }
