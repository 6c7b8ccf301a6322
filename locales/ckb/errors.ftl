## Refusals from the domain services

error-name-length = ناو دەبێت { $min } بۆ { $max } پیت بێت؛ ئەمە { $length } پیتە. تکایە دووبارە بینێرەوە.
error-title-length = ناونیشانی کار دەبێت { $min } بۆ { $max } پیت بێت؛ ئەمە { $length } پیتە. تکایە دووبارە بینێرەوە.
error-reason-length = هۆکار دەبێت { $min } بۆ { $max } پیت بێت؛ ئەمە { $length } پیتە. تکایە دووبارە بینێرەوە.
error-organization-name-length = ناوی ڕێکخراو دەبێت { $min } بۆ { $max } پیت بێت؛ ئەمە { $length } پیتە. تکایە دووبارە بینێرەوە.
error-search-too-short = لانیکەم { $min } پیت لە ناوەکە بنووسە.
error-pick-one = لانیکەم یەکێک هەڵبژێرە.
error-organization-gone = ئەو ڕێکخراوە چیتر بەردەست نییە. تکایە دووبارە بگەڕێ.
error-organization-missing = سەرەتا ڕێکخراوەکەت هەڵبژێرە.
error-person-not-found = ئەم کەسە چیتر تۆمارکراو نییە.
error-not-allowed = ڕێگەت پێ نادرێت ئەمە بکەیت.
