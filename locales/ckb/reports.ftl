## The summary report (/report), coverage (/coverage) and exports (/export)

report-ask-period = 📄 <b>ڕاپۆرتی کورت</b>. بۆ کام ماوە؟ یان بینووسە: ⁨/report 1/1/2026 31/3/2026⁩
btn-report-this-quarter = ئەم چارەکە ({ $period })
btn-report-last-quarter = چارەکی پێشوو ({ $period })
btn-report-last-year = دوایین چوار چارەک ({ $period })
btn-report-round = 📋 داوای نوێکاری لە ڕێکخراوەکان (خولی ڕاپۆرتدان)
report-ask-language = 📄 ڕاپۆرتی ماوەی { $period }. بە کام زمان؟
report-progress-data = ⏳ کۆکردنەوەی داتای ماوەی { $period }…
report-progress-document = ⏳ کێشانی هێڵکارییەکان و نووسینی بەڵگەنامەکە ({ $updates ->
        [one] یەک نوێکاری
       *[other] { $updates } نوێکاری
    })…
report-ready = ✅ ڕاپۆرتی ماوەی { $period } ئامادەیە: { $meetings ->
        [one] یەک کۆبوونەوە
       *[other] { $meetings } کۆبوونەوە
    }، { $updates ->
        [one] یەک نوێکاریی پەسەندکراو
       *[other] { $updates } نوێکاریی پەسەندکراو
    }. ئەم پەڕگەی PDFـە بۆ هاوبەشکردن و چاپکردنە؛ دوگمەکان پەڕگەی وۆرد (بۆ دەستکاریکردن) و پەڕەی وێب دەهێنن.
report-no-pdf = ئەم جارە پەڕگەی PDF ئامادە نەکرا: ئەمە پەڕگەی وۆردە؛ پەڕەی وێب لە دوگمەکەدایە.
btn-report-file-docx = 📝 پەڕگەی وۆرد (بۆ دەستکاریکردن)
btn-report-file-html = 🌐 پەڕەی وێب
report-file-coming = پەڕگەکە ئامادە دەکرێت؛ تا چەند ساتێکی تر دەگات.
report-no-data = هیچ شتێک نییە بۆ ڕاپۆرتکردن لە ماوەی { $period }: هیچ کۆبوونەوەیەک نەکراوە و هیچ نوێکارییەک پەسەند نەکراوە. ماوەیەکی تر هەڵبژێرە.

report-title = میکانیزمی هەماهەنگی بۆ ئەو لایەنانەی لەسەر ئەجێندای ژنان، ئاشتی و ئاسایش لە عێراق کار دەکەن: ڕاپۆرتی کورت
report-subtitle = ماوە: { $period }
report-executive-summary = پوختەی گشتی
report-actors = لە سەرەتای ماوەکەدا میکانیزمی هەماهەنگی { $start ->
        [one] یەک لایەنی
       *[other] { $start } لایەنی
    } لەخۆ گرتبوو؛ لە کۆتاییدا { $end ->
        [one] یەک لایەن
       *[other] { $end } لایەن
    }: { $breakdown }، وەک لە وێنەی (1) دیارە. لایەن ڕێکخراوێکە کە لانیکەم یەک نوێنەری پەسەندکراوی هەیە.
report-count-of = { $count } لە { $name }
report-share-of = { $percent }٪ لە { $name }
report-meetings = { $meetings ->
        [one] یەک کۆبوونەوەی هەماهەنگیی نیشتمانی ئەنجامدرا
       *[other] { $meetings } کۆبوونەوەی هەماهەنگیی نیشتمانی ئەنجامدران
    } (ڕووبەڕوو: { $physical }، ئۆنلاین: { $virtual }، تێکەڵ: { $hybrid }). ژمارەی ئامادەبوونەکان گەیشتە { $attendances } ({ $unique ->
        [one] یەک کەس
       *[other] { $unique } کەسی جیاواز
    }): { $shares }، وەک لە وێنەی (2) دیارە.
report-updates-count = بەشداربووان { $count ->
        [one] یەک نوێکاریی پەسەندکراویان
       *[other] { $count } نوێکاریی پەسەندکراویان
    } هاوبەش کرد: { $progress } دەربارەی پێشکەوتن، { $challenges ->
        [one] یەک ئاستەنگ
       *[other] { $challenges } ئاستەنگ
    } و { $recommendations ->
        [one] یەک ڕاسپاردە
       *[other] { $recommendations } ڕاسپاردە
    }.
report-figure-1-title = لایەنەکانی ئەجێندای ژنان، ئاشتی و ئاسایش بەپێی جۆر
report-figure-1-start = سەرەتای ماوە
report-figure-1-end = کۆتایی ماوە
report-figure-1-caption = وێنەی (1): ژمارەی لایەنەکانی ئەجێندای ژنان، ئاشتی و ئاسایش (ڕێکخراوی خاوەن نوێنەری پەسەندکراو) لە سەرەتا و کۆتایی ماوەکەدا
report-figure-2-title = بەشداربووان بەپێی جۆری لایەن
report-figure-2-caption = وێنەی (2): ڕێژەی بەشداربووانی تاک و دووبارە لە کۆبوونەوەکانی هەماهەنگیدا
report-main-updates = سەرەکیترین نوێکارییەکان
report-main-updates-intro = ئەم پێشکەوتنانەی خوارەوە بەشداربووانی کۆبوونەوەکانی هەماهەنگی لە سێ ئاستدا هاوبەشیان کردووە؛ ڕای تەنها یەک لایەن نییە.
report-level = { $level }
report-challenges = ئاستەنگەکانی جێبەجێکردنی ئەجێندای ژنان، ئاشتی و ئاسایش
report-challenges-intro = سەرەکیترین ئاستەنگەکان، بەپێی کەرت:
report-recommendations = ڕاسپاردەکان
report-recommendations-intro = ڕاسپاردە پێشکەشکراوەکان، بەپێی کەرت:
report-item-named = { $text } ({ $organization })
report-item-anonymous = { $text } (یەکێک لە { $type })
report-none = لەم ماوەیەدا هیچ نوێکارییەکی پەسەندکراو نییە.

coverage-summary = 🗺 <b>ڕووماڵ</b>: { $covered } لە { $cells ->
        [one] یەک خانەی
       *[other] { $cells } خانەی
    } کەرت × پارێزگا لانیکەم یەک ڕێکخراویان هەیە؛ { $gaps ->
        [one] یەک بۆشاییە
       *[other] { $gaps } بۆشاییە
    } (هیچ لایەنێک نییە). زۆرترین بۆشایی: { $worst }.
coverage-gap-item = { $sector } ({ $count })
coverage-chart-title = ڕێکخراوەکان بەپێی کەرت و پارێزگا
coverage-gap = هیچ لایەنێک

export-ask = 📤 <b>هەناردەکردن</b>. پێویستت بە چییە؟
btn-export-actors = لایەنەکان · { $format }
btn-export-attendance = ئامادەبوون · { $format }
btn-export-updates = نوێکارییەکان · { $format }
btn-export-activities = چالاکییەکان · { $format }
export-empty = هێشتا هیچ شتێک نییە بۆ هەناردەکردن.
export-caption = { $rows ->
        [one] یەک ڕیز
       *[other] { $rows } ڕیز
    }.
report-followup = بەدواداچوونی ڕاسپاردەکان
report-followup-none = هێشتا بەدواداچوون بۆ هیچ ڕاسپاردەیەک نەکراوە.
report-followup-intro = ڕەوشی { $count ->
        [one] یەک بڕگەی
       *[other] { $count } بڕگەی
    } ژێر بەدواداچوون، وەک لایەنە بەرپرسەکان ڕایانگەیاندووە، بەپێی کەرت؛ و ئەو بڕگانەی ڕەوشیان لەم ماوەیەدا گۆڕا.
report-followup-chart-title = بەدواداچوون: ڕەوش بەپێی کەرت
report-followup-chart-caption = وێنەی ({ $number }): ڕاسپاردە، پابەندبوون و خاڵەکانی کاری ژێر بەدواداچوون بەپێی کەرت و ڕەوش
report-followup-moved-item = { $text } — { $level }

report-round = خولی ڕاپۆرتدانی { $period }
report-round-figures = نوێکاریی ماوەکە لە { $asked ->
        [one] یەک ڕێکخراو
       *[other] { $asked } ڕێکخراو
    } داواکرا. وەڵامیان دایەوە: { $answered } ({ $percent }٪)؛ هیچی نوێیان نەبوو: { $nothing }؛ دوای وادە: { $late }.
report-round-gap-governorates = هیچ وەڵامێک نەهات لە: { $names }.
report-round-gap-sectors = هیچ وەڵامێک نەهات لە کەرتی: { $names }.
report-round-chart-title = ئەو ڕێکخراوانەی وەڵامی خولی ڕاپۆرتدانیان دایەوە
report-round-by-type = بەپێی جۆری لایەن
report-round-by-governorate = بەپێی پارێزگا
report-round-by-sector = بەپێی کەرت
report-round-chart-caption = وێنەی ({ $number }): ڕێژەی ئەو ڕێکخراوانەی وەڵامیان دایەوە لەو ڕێکخراوانەی داوایان لێکرا، بەپێی جۆری لایەن، پارێزگا و کەرت (وەڵامدراو/داواکراو)
report-original-note = ئەو بڕگەیەی زمانێک لە نێوان کەوانەی چوارگۆشەدا بەدوایدا دێت هێشتا وەرگێڕانی پەسەندکراوی نییە و وەک خۆی نووسراوە پیشان دەدرێت.
report-item-original = { $text } [{ $language }]
report-item-merged = { $text } ({ $count ->
        [one] یەک ڕێکخراو
       *[other] { $count } ڕێکخراو
    })
report-item-merged-named = { $text } ({ $count ->
        [one] یەک ڕێکخراو
       *[other] { $count } ڕێکخراو
    }، لەوانە { $organizations })
report-translators = لە ئەندامانی میکانیزمەکە ئەمانە بەشدارییان لە وەرگێڕاندا کرد: { $names }.
report-decisions = ئەو بڕیارانەی لە گفتوگۆدا دران
report-decision-item = { $text }: { $result ->
        [passed] پەسەند کرا
        [rejected] پەسەند نەکرا
        [blocked] ڕێگری لێ کرا
        [objected] ناڕەزایی لەسەرە
        [no_quorum] نیساب تەواو نەبوو
       *[other] بڕیاری لەسەر درا
    } (دەنگەکان: { $voters } / { $audience }). دەقی بڕیار: { $outcome }
