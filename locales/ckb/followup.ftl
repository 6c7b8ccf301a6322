## Follow-up of recommendations, commitments and action points: /followup, /tracker

followup-narrative-too-long = وەسفەکە { $words ->
        [one] یەک وشەیە
       *[other] { $words } وشەیە
    }، { $over ->
        [one] یەک وشە
       *[other] { $over } وشە
    } زیاترە لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە؛ دەقەکەت تا ئەو کاتە دەمێنێتەوە.
followup-narrative-empty = چەند وشەیەک لەسەر ئەوەی ڕوویدا بنووسە.
followup-text-length = دەقەکە دەبێت { $min } بۆ { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئێستا { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }.
followup-due-in-the-past = ئەو بەروارە تێپەڕیوە. وادەیەک لە ئەمڕۆوە هەڵبژێرە.
followup-not-a-recommendation = تەنها ڕاسپاردەیەکی پەسەندکراو دەکرێت بەدوادا بچێت.
followup-already-tracked = ئەم ڕاسپاردەیە پێشتر بەدوادا دەچێت (بڕگەی ⁨#{ $item }⁩).
followup-gone = ئەم بڕگەیە چیتر بوونی نییە.
followup-already-decided = پێشتر بڕیار لەسەر ئەم پابەندبوونە دراوە.
followup-no-organization = تۆمارەکەت هیچ ڕێکخراوێک ناو نابات، بۆیە هیچ پابەندبوونێک نییە بە ناوی ئەوەوە تۆمار بکرێت.
followup-not-an-owner = تەنها نوێنەری یەکێک لە لایەنە بەرپرسەکان یان ڕێکخەرێک دەتوانێت ڕەوشی ئەم بڕگەیە ڕابگەیەنێت.
followup-unknown-level = ئەو ڕەوشە لەسەر پێوەرەکە نییە.
followup-owner-not-approved = هەر لایەنێکی بەرپرس دەبێت ڕێکخراوێکی پەسەندکراو بێت.
