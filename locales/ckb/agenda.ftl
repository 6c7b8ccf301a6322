## The advisory committee's agenda

agenda-ask-topic = کۆبوونەوەی هەماهەنگی داهاتوو دەبێت باسی چ بابەتێک بکات؟ لە یەک نامەدا بینێرە.
agenda-proposed = ✅ سوپاس: بابەتەکەت لە لیستەکەدایە. ئەندامان بە /rank ڕیزبەندی بابەتەکان دەکەن.
agenda-empty = هێشتا هیچ بابەتێک پێشنیار نەکراوە. ئەندامانی لیژنەی ڕاوێژکاری بە /propose پێشنیار دەکەن.
agenda-rank-help = هەڵبژاردنی یەکەم، دووەم و سێیەمت دابگرە (3، 2 و 1 خاڵ). بابەتێک دووبارە دابگرە بۆ وەرگرتنەوەی دەنگەکەت.
agenda-ranking = <b>بابەتە پێشنیارکراوەکان بەپێی خاڵ</b>
agenda-line = { $place }. { $topic } — { $points ->
        [one] یەک خاڵ
       *[other] { $points } خاڵ
    }، { $voters ->
        [one] یەک ئەندام
       *[other] { $voters } ئەندام
    }
btn-agenda-adopt = باشترین { $count ->
        [one] بابەت
       *[other] { $count } بابەت
    } ← بەرنامەی { $title }
agenda-adopted = ✅ باشترین { $count ->
        [one] بابەت
       *[other] { $count } بابەت
    } ئێستا بەرنامەی { $title }ن؛ بانگهێشتکراوان ئاگادار دەکرێنەوە.
agenda-topic-gone = ئەم بابەتە چیتر بۆ ڕیزبەندی کراوە نییە.
agenda-ranks-full = پێشتر سێ بابەتت هەڵبژاردووە. سەرەتا یەکێکیان دابگرە بۆ وەرگرتنەوەی دەنگەکەت.
error-topic-length = بابەت دەبێت { $min } بۆ { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }.
common-advisory-only = ئەم فەرمانە تەنها بۆ ئەندامانی لیژنەی ڕاوێژکارییە.
cmd-propose = پێشنیارکردنی بابەتێک بۆ کۆبوونەوەی داهاتوو
cmd-rank = ڕیزبەندیکردنی بابەتە پێشنیارکراوەکان
cmd-agenda = ڕیزبەندی لیژنە بۆ بابەتەکان
