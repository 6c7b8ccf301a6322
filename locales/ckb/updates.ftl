## Sector updates: /update, /myupdates, and the organizers' /queue

update-kind-progress = پێشکەوتن
update-kind-challenge = ئاستەنگ
update-kind-recommendation = ڕاسپاردە
update-ask-sector = 📝 <b>نوێکارییەکی نوێی کەرت</b>. دەربارەی کام کەرتە؟
update-ask-kind = جۆری نوێکارییەکە چییە؟
update-ask-governorates = پەیوەندی بە کام پارێزگاکانەوە هەیە؟ یەک یان زیاتر هەڵبژێرە، پاشان تەواو.
update-need-governorate = لانیکەم یەک پارێزگا هەڵبژێرە.
update-ask-text = نوێکارییەکە لە یەک نامەدا بنووسە، تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    }: چی ڕوویدا، لە کوێ، لەگەڵ کێ.
update-text-too-long = دەقەکە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }، { $over ->
        [one] یەک پیت
       *[other] { $over } پیت
    } زیاتر لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە؛ تا ئەو کاتە هیچ ون نابێت.
update-text-too-short = تکایە لانیکەم { $min ->
        [one] یەک پیت
       *[other] { $min } پیت
    } بنووسە، بۆ ئەوەی ئەوانی تر نوێکارییەکە تێبگەن.
update-text-kept = پاشەکەوت کرا: { $length ->
        [one] یەک پیت
       *[other] { $length } پیت
    } (ماوە: { $left }).
update-ask-attachment = دەتوانیت بەستەرێک (کە بە ⁨https://⁩ دەست پێدەکات) یان پەڕگەیەک وەک سەرچاوە زیاد بکەیت. یان «تێپەڕاندن» دابگرە.
update-attachment-wrong = تکایە بەستەرێک یان پەڕگەیەک بنێرە، یان «تێپەڕاندن» دابگرە.
update-document-too-big = ئەم پەڕگەیە لە { $max ->
        [one] { $max } مێگابایت
       *[other] { $max } مێگابایت
    } گەورەترە. لە جیاتی ئەوە بەستەرێکی بۆ بنێرە.
update-ask-naming = کاتێک نوێکارییەکە بڵاودەکرێتەوە، دەکرێت ناوی ڕێکخراوەکە بهێنرێت؟
btn-update-anonymous = بێ ناو: «یەکێک لە …»
btn-update-named = ناوی ڕێکخراوەکەم بهێنە
update-anonymous-as = یەکێک لە { $type }
update-preview = <b>نوێکارییەکەت</b>
    کەرت: { $sector }
    جۆر: { $kind }
    پارێزگاکان: { $governorates }
    بڵاودەکرێتەوە وەک: { $by }
    سەرچاوە: { $link }

    { $text }
btn-update-submit = ✅ ناردن
btn-update-edit-sector = ✏️ کەرت
btn-update-edit-kind = ✏️ جۆر
btn-update-edit-governorates = ✏️ پارێزگاکان
btn-update-edit-text = ✏️ دەق
btn-update-edit-attachment = ✏️ سەرچاوە
btn-update-edit-naming = ✏️ بڵاودەکرێتەوە وەک
update-submitted = ✅ سوپاس. نوێکارییەکەت ژمارە { $id } چاوەڕێی پێداچوونەوەی ڕێکخەرانە؛ ⁨/myupdates⁩ دۆخەکەی پیشان دەدات.
update-cancelled = نوێکارییەکە نەنێردرا.
update-mine-none = هێشتا هیچ نوێکارییەکت نەناردووە. بە ⁨/update⁩ یەکێک بنێرە.
update-mine-header = <b>نوێکارییەکانت</b>
update-mine-line = { $icon } ژمارە { $id } · { $sector } · { $kind } · { $status ->
        [approved] پەسەندکراو
        [rejected] پەسەند نەکراو
       *[other] چاوەڕێی پێداچوونەوە
    }
update-mine-reason = هۆکار: { $reason }
update-gone = ئەم نوێکارییە چیتر بوونی نییە.
update-already-decided = ئەم نوێکارییە پێشتر { $status ->
        [approved] پەسەند کراوە
       *[other] ڕەت کراوەتەوە
    }.

update-queue-empty = ✅ هیچ نوێکارییەک چاوەڕێی پێداچوونەوە نییە.
update-card = 📝 <b>نوێکاریی ژمارە { $id }</b> ({ $waiting ->
        [one] یەک لە چاوەڕوانیدا
       *[other] { $waiting } لە چاوەڕوانیدا
    })
    کەرت: { $sector } · { $kind }
    پارێزگاکان: { $governorates }
    لەلایەن: { $author }، { $organization } ({ $level })
    بڵاوکردنەوەی بێ ناو: { $anonymous ->
        [yes] بەڵێ
       *[no] نەخێر
    }
    سەرچاوە: { $link }

    { $texts }
update-card-text = <b>{ $language }</b>: { $text }
btn-update-approve = ✅ پەسەندکردن
btn-update-reject = ❌ ڕەتکردنەوە
btn-update-edit = ✏️ دەستکاری
btn-update-translate = 🌐 زیادکردنی { $language }
update-approved-alert = نوێکاریی ژمارە { $id } پەسەند کرا.
update-approved-notice = ✅ نوێکارییەکەت ژمارە { $id } ({ $sector }، { $kind }) پەسەند کرا. سوپاس!
update-ask-reason = بۆچی نوێکاریی ژمارە { $id } پەسەند ناکرێت؟ هۆکارەکە بنێرە؛ نووسەرەکە دەیخوێنێتەوە.
update-ask-new-text = دەقی نوێکاریی ژمارە { $id } بە { $language } بنێرە.
update-rejected-done = نوێکاریی ژمارە { $id } پەسەند نەکرا؛ هۆکارەکە بە نووسەرەکە وترا.
update-rejected-notice = نوێکارییەکەت ژمارە { $id } ({ $sector }، { $kind }) پەسەند نەکرا. هۆکار: { $reason }
update-review-cancelled = هەڵوەشایەوە.
update-in-newsletter = 📰 هەواڵنامەی { $period } بەڕێوەیە، و نوێکارییەکەت تێیدایە: «{ $text }». سوپاس بۆ ناردنی.
