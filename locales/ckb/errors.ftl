## Refusals from the domain services

error-name-length = ناو دەبێت لە { $min } تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }. تکایە دووبارە بینێرەوە.
error-title-length = ناونیشانی کار دەبێت لە { $min } تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }. تکایە دووبارە بینێرەوە.
error-reason-length = هۆکار دەبێت لە { $min } تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }. تکایە دووبارە بینێرەوە.
error-organization-name-length = ناوی ڕێکخراو دەبێت لە { $min } تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }. تکایە دووبارە بینێرەوە.
error-search-too-short = لانیکەم { $min ->
        [one] یەک پیت
       *[other] { $min } پیت
    } لە ناوەکە بنووسە.
error-pick-one = لانیکەم یەکێک هەڵبژێرە.
error-organization-gone = ئەو ڕێکخراوە چیتر بەردەست نییە. تکایە دووبارە بگەڕێ.
error-organization-missing = سەرەتا ڕێکخراوەکەت هەڵبژێرە.
error-person-not-found = ئەم کەسە چیتر تۆمارکراو نییە.
error-not-allowed = ڕێگەت پێ نادرێت ئەمە بکەیت.
error-text-empty = دەقەکە بەتاڵە. تکایە دەقێک بنێرە.
error-text-formatting = تێلیگرام ناتوانێت شێوازی ئەم دەقە بنێرێت. تکایە دووبارە بینێرەوە.
error-text-too-long = دەق دەتوانێت تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }. تکایە کورتی بکەرەوە.
error-attachment-too-large = قەبارەی ئەم پەڕگەیە { $size_mb ->
        [one] { $size_mb } مێگابایتە
       *[other] { $size_mb } مێگابایتە
    }؛ تێلیگرام ڕێگە بە بۆتەکان دەدات پەڕگەی تا { $limit_mb ->
        [one] { $limit_mb } مێگابایت
       *[other] { $limit_mb } مێگابایت
    } بنێرن.
error-audience-empty = هیچ کەسێک لەگەڵ ئەم بینەرانە ناگونجێت. بینەرانێکی فراوانتر هەڵبژێرە.
error-time-format = تکایە بەروار و کات بەم شێوەیە بنووسە: { $example }.
error-time-past = ئەو کاتە تێپەڕیوە. تکایە کاتێکی داهاتوو هەڵبژێرە.
error-wrong-attachment = تکایە وێنەیەک یان پەڕگەیەک بنێرە، یان «تێپەڕاندن» دابگرە.
error-period-format = تکایە دوو بەروار بنێرە وەک ⁨1/1/2026 31/3/2026⁩ (⁦ڕۆژ/مانگ/ساڵ⁩).
error-period-inverted = ماوەکە پێش دەستپێکردنی کۆتایی دێت. تکایە سەرەتا بەرواری زووتر بنێرە.
error-link-invalid = تکایە بەستەرێک بنێرە کە بە ⁨https://⁩ (یان ⁨http://⁩) دەست پێبکات.
error-link-too-long = بەستەر دەتوانێت تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }. بەستەرێکی کورتتر بنێرە (ناونیشانی خودی پەڕەکە).
error-link-with-user = بەستەرێک کە ناوێک و «@» لە پێش ماڵپەڕەکەدا هەیە وەرناگیرێت، چونکە دەتوانێت شوێنی ڕاستەقینەی بشارێتەوە. ناونیشانی خودی ماڵپەڕەکە بنێرە.
error-venue-length = شوێن دەبێت لە { $min } تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }.
error-capacity = تکایە ژمارەیەکی تەواو لە 1 بەرەوسەر بنێرە، یان «تێپەڕاندن» دابگرە.
error-end-before-start = کۆبوونەوەکە پێش دەستپێکردنی کۆتایی دێت. تکایە کاتی کۆتایی دواتر بنێرە.
error-deadline = کاتی وەڵامدانەوە دەبێت لە داهاتوودا بێت و دوای دەستپێکردن نەبێت.
error-meeting-not-found = ئەم کۆبوونەوەیە چیتر بوونی نییە.
error-telegram-id = ناسنامەی تێلیگرام ژمارەیەکی تەواوە و لە 0 گەورەترە.
