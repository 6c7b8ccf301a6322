## The reporting round: /round

round-ask-period = 📋 <b>خولێکی ڕاپۆرتدان</b>: لە هەموو ڕێکخراوێکی پەسەندکراو نوێکارییەکانی کەرتەکەی بۆ ماوەیەک داوا دەکرێت. کام ماوە؟
btn-round-quarter = { $period }
round-ask-deadline = ڕێکخراوەکان تا کەی وەڵام بدەنەوە؟ ڕۆژێک بنێرە ({ $tz })، وەک { $example }.
round-deadline-format = تکایە ڕۆژەکە بەم شێوەیە بنێرە: { $example }.
round-preview =
    📋 ماوەی { $period }، وەڵامەکان تا { $deadline }.
    داوا لە { $organizations ->
        [one] یەک ڕێکخراو
       *[other] { $organizations } ڕێکخراو
    } دەکرێت، لە ڕێگەی { $people ->
        [one] یەک کەس
       *[other] { $people } کەس
    }. { $unreachable ->
        [0] هەموویان دەگەیشترێنێ.
        [one] ناتوانرێت بگەیشترێتە یەک ڕێکخراو (کەسی پەسەندکراوی نییە، یان هەموویان بۆتەکەیان بلۆک کردووە).
       *[other] ناتوانرێت بگەیشترێتە { $unreachable } ڕێکخراو (کەسی پەسەندکراویان نییە، یان هەموویان بۆتەکەیان بلۆک کردووە).
    }
btn-round-open = 📨 کردنەوەی خولەکە
round-opened = خولەکە کرایەوە: داواکارییەکان لە ڕێگادان.
round-cancelled = هیچ خولێک نەکرایەوە.
round-request =
    📋 <b>نوێکاریی ڕێکخراوەکەت بۆ { $period }</b>
    میکانیزمی هەماهەنگی لە هەموو ڕێکخراوێک دەپرسێت چی لە کەرتەکانیدا جووڵاوە: پێشکەوتن، ئاستەنگ، ڕاسپاردە. تکایە تا { $deadline } وەڵام بدەرەوە. یەک وەڵام لە نوێنەرێک بۆ هەموو ڕێکخراوەکە بەسە.
round-reminder =
    🔔 <b>بیرخستنەوە: نوێکاریی ڕێکخراوەکەت بۆ { $period }</b>
    هێشتا هیچ وەڵامێک لە ڕێکخراوەکەتەوە نەگەیشتووە. تکایە تا { $deadline } وەڵام بدەرەوە.
round-question = • { $sector }: { $question }
btn-round-update = ✍️ ناردنی نوێکارییەک
btn-round-nothing = لەم ماوەیەدا هیچ شتێک نییە بۆ ڕاگەیاندن
round-progress =
    📋 <b>خولی ڕاپۆرتدانی { $period }</b> (وەڵامەکان تا { $deadline })
    { $answered } لە { $asked ->
        [one] یەک ڕێکخراو
       *[other] { $asked } ڕێکخراو
    } وەڵامیان داوەتەوە · هیچ نییە: { $nothing } · دواکەوتوو: { $late }
round-progress-closed =
    📋 <b>خولی ڕاپۆرتدانی { $period }</b>: داخراوە
    { $answered } لە { $asked ->
        [one] یەک ڕێکخراو
       *[other] { $asked } ڕێکخراو
    } وەڵامیان داوەتەوە · هیچ نییە: { $nothing } · دواکەوتوو: { $late } (وەڵامەکان تا { $deadline })
round-tally = { $name } { $answered }/{ $asked }
round-by-type = بەپێی جۆر: { $tallies }
round-gap-governorates = هێشتا هیچ وەڵامێک نەهاتووە لە: { $names }
round-gap-sectors = هێشتا هیچ وەڵامێک نەهاتووە لە کەرتی: { $names }
round-gap-more = (+{ $more })
btn-round-refresh = 🔄 نوێکردنەوەی پیشاندان
btn-round-silent = 📋 کێ وەڵامی نەداوەتەوە
btn-round-remind = 🔔 بیرخستنەوەیان
btn-round-close = 🔒 داخستنی خولەکە
round-reminded = { $count ->
        [0] کەس نییە بۆ بیرخستنەوە: هەموو ڕێکخراوێکی گەیشتراو وەڵامی داوەتەوە.
        [one] یەک بیرخستنەوە لە ڕێگادایە.
       *[other] { $count } بیرخستنەوە لە ڕێگادان.
    }
round-closed = خولەکە داخرا. نوێکارییە دواکەوتووەکان هێشتا وەردەگیرێن و وەک دواکەوتوو نیشان دەکرێن.
round-silent = { $count ->
        [0] هەموو ڕێکخراوەکان وەڵامیان داوەتەوە.
        [one] یەک ڕێکخراو وەڵامی نەداوەتەوە:
       *[other] { $count } ڕێکخراو وەڵامیان نەداوەتەوە (یەکەمەکان پیشان دراون):
    }
round-nothing-recorded = سوپاس: «هیچ شتێک نییە بۆ ڕاگەیاندن» بۆ ڕێکخراوەکەت تۆمار کرا.
round-answered-already = ڕێکخراوەکەت پێشتر وەڵامی داوەتەوە؛ هیچی تر پێویست نییە.
round-overlap = خولی ژمارە { $round } بۆ هەمان ماوە کراوەیە: سەرەتا دایبخە.
round-reminded-today = ئەمڕۆ پێشتر ئەو ڕێکخراوانەی وەڵامیان نەداوەتەوە بیرخرانەوە. بیرخستنەوەیەکی تر سبەی دەتوانرێت.
round-closed-already = ئەم خولە پێشتر داخراوە.
round-gone = ئەم خولە چیتر نییە.
round-not-asked = لەم خولەدا داوا لە ڕێکخراوەکەت نەکراوە.
round-period-order = دوایین ڕۆژی ماوەکە نابێت پێش یەکەم ڕۆژی بێت.
round-question-too-long = پرسیاری ڕێنمایی دەتوانێت تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }.
