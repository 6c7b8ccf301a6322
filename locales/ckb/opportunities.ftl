## Opportunities: /opportunity, /opportunities, saves, the digest, and the organizers' review

opportunity-kind-call = بانگەوازی پێشکەشکردنی پێشنیار
opportunity-kind-training = ڕاهێنان
opportunity-kind-job = کار
opportunity-kind-funding = پاڵپشتیی دارایی
opportunity-kind-event = بۆنە
opportunity-kind-other = جۆری تر
opportunity-all-sectors = هەموو کەرتەکان
opportunity-all-governorates = هەموو پارێزگاکان
opportunity-card =
    دەرفەت · { $kind }
    <b>{ $title }</b>

    { $text }

    کەرتەکان: { $sectors }
    پارێزگاکان: { $governorates }
    وادە: { $deadline }
opportunity-card-link = بەستەر: { $link }
opportunity-card-document = پەڕگە: { $name }
opportunity-card-closed = 🔒 <b>داخراوە</b>: وادەکە تێپەڕیوە.
btn-opportunity-save = ⭐ پاشەکەوتکردن
btn-opportunity-unsave = لابردن لە پاشەکەوتکراوەکان
btn-opportunity-open = کردنەوە
opportunity-new-matching = 🎯 <b>دەرفەتێکی نوێ</b> بۆ کەرت و پارێزگاکانت:
opportunity-digest-heading = 🎯 <b>دەرفەتەکانی ئەم هەفتەیە</b> بۆ کەرت و پارێزگاکانت: { $count ->
        [one] یەک دەرفەت
       *[other] { $count } دەرفەت
    }.
opportunity-digest-line = • { $kind }: { $title } (وادە { $deadline })
opportunity-digest-footer = یەکێکیان بکەرەوە بۆ خوێندنەوە و پاشەکەوتکردن؛ ⁨/opportunities⁩ هەموو دەرفەتە کراوەکان پیشان دەدات. لە ⁨/subscribe⁩ هەڵدەبژێریت چۆن پێت بگەن.
opportunity-reminder = ⏰ وادەی دەرفەتێک کە پاشەکەوتت کردووە نزیکە: <b>{ $title }</b>، { $deadline }.
opportunity-approved-notice = ✅ دەرفەتەکەت «{ $title }» پەسەند کرا: دەگاتە ئەو ئەندامانەی پەیوەندییان پێیەوە هەیە.
opportunity-rejected-notice = دەرفەتەکەت «{ $title }» پەسەند نەکرا. هۆکار: { $reason }
opportunity-ask-kind = 🎯 <b>دەرفەتێکی نوێ</b>. جۆرەکەی چییە؟
opportunity-ask-title = ناونیشانەکەی لە یەک دێڕدا، لە { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } زیاتر نا.
opportunity-ask-text = لە یەک نامەدا باسی بکە، لە { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } زیاتر نا: کێ دەتوانێت داوا بکات، چی پێشکەش دەکات، چۆن داوا دەکرێت.
opportunity-text-kept = پاشەکەوت کرا: { $length ->
        [one] یەک پیت
       *[other] { $length } پیت
    } (ماوە: { $left }).
opportunity-ask-attachment = بەستەرێک (کە بە ⁨https://⁩ دەست پێدەکات) یان پەڕگەیەک بە وردەکارییەکانەوە زیاد بکە. یان «تێپەڕاندن» دابگرە.
opportunity-attachment-wrong = تکایە بەستەرێک یان پەڕگەیەک بنێرە، یان «تێپەڕاندن» دابگرە.
opportunity-document-too-big = ئەم پەڕگەیە لە { $max ->
        [one] { $max } مێگابایت
       *[other] { $max } مێگابایت
    } گەورەترە. لە جیاتی ئەوە بەستەرێکی بۆ بنێرە.
opportunity-ask-sectors = بۆ کام کەرتانە؟ هیچ هەڵمەبژێرە بۆ هەموو کەرتەکان، پاشان «تەواو» دابگرە.
opportunity-ask-governorates = کام پارێزگایانە؟ هیچ هەڵمەبژێرە بۆ هەموو پارێزگاکان، پاشان «تەواو» دابگرە.
opportunity-ask-deadline = وادەکە: دوایین ڕۆژی داواکردن. ڕۆژێک لە خوارەوە دابگرە، یان بەم شێوەیە بینووسە { $example } (⁦ڕۆژ/مانگ/ساڵ⁩).
opportunity-preview = <b>دەرفەتەکەت</b>، وەک ئەندامان دەیخوێننەوە:
btn-opportunity-submit = 📨 ناردن بۆ پێداچوونەوە
btn-opportunity-edit-kind = ✏️ جۆر
btn-opportunity-edit-title = ✏️ ناونیشان
btn-opportunity-edit-text = ✏️ دەق
btn-opportunity-edit-attachment = ✏️ بەستەر یان پەڕگە
btn-opportunity-edit-sectors = ✏️ کەرتەکان
btn-opportunity-edit-governorates = ✏️ پارێزگاکان
btn-opportunity-edit-deadline = ✏️ وادە
opportunity-submitted = نێردرا: دەرفەتی ژمارە { $id } چاوەڕوانی پێداچوونەوەی ڕێکخەرێکە. بڕیارەکە لێرە پێت دەگات.
opportunity-cancelled = هەڵوەشایەوە؛ هیچ نەنێردرا.
opportunity-list-none = 🎯 ئێستا هیچ دەرفەتێکی کراوە نییە. یەکێک بڵاو بکەرەوە، یان هەڵبژێرە دەرفەتە نوێیەکان چۆن پێت بگەن:
opportunity-list = 🎯 <b>دەرفەتە کراوەکان</b>: { $count ->
        [one] یەک دەرفەت
       *[other] { $count } دەرفەت
    }؛ { $matching ->
        [one] یەکێکیان
       *[other] { $matching }یان
    } پەیوەندی بە کەرت و پارێزگاکانتەوە هەیە (🎯، یەکەم). ⭐ ئەوانەن کە پاشەکەوتت کردوون.
btn-opportunity-post = ➕ بڵاوکردنەوەی دەرفەتێک
btn-opportunity-choices = 🎯 دەرفەتەکان چۆن پێم بگەن
btn-opportunity-queue = 🗂 پێداچوونەوە ({ $count ->
        [one] یەک چاوەڕوان
       *[other] { $count } چاوەڕوان
    })
btn-opportunity-withdraw = 🚫 کشاندنەوە
opportunity-saved = پاشەکەوت کرا: سێ ڕۆژ پێش وادەکە بیرت دەخرێتەوە.
opportunity-unsaved = لە پاشەکەوتکراوەکان لابرا.
btn-opportunity-deliver-now = یەکسەر
btn-opportunity-deliver-weekly = پوختەی هەفتانە (یەکشەممان)
btn-opportunity-deliver-off = هەرگیز
opportunity-choices = 🎯 ئەو <b>دەرفەتانەی</b> پەیوەندییان بە کەرت و پارێزگاکانتەوە هەیە پێت دەگەن: { $current ->
        [now] یەکسەر
        [off] پێت ناگەن
       *[weekly] لە پوختەی هەفتانەدا، یەکشەممان
    }.
opportunity-choice-saved = پاشەکەوت کرا.
btn-opportunity-approve = ✅ پەسەندکردن
btn-opportunity-reject = ❌ ڕەتکردنەوە
opportunity-review-card =
    🗂 <b>دەرفەتی ژمارە { $id }</b> ({ $waiting ->
        [one] یەک چاوەڕوان
       *[other] { $waiting } چاوەڕوان
    })
    بڵاوکەرەوە: { $author }، { $organization }
    ڕەوش: { $status ->
        [approved] پەسەند کراوە
        [rejected] ڕەت کراوەتەوە
        [withdrawn] کشێندراوەتەوە
       *[pending] چاوەڕوانی پەسەندکردن
    }
opportunity-queue-empty = هیچ دەرفەتێک چاوەڕوانی پێداچوونەوە نییە.
opportunity-approved-alert = پەسەند کرا: دەرفەتی ژمارە { $id } یەکسەر گەیشتە { $count ->
        [one] یەک ئەندام
       *[other] { $count } ئەندام
    }؛ ئەوانی تر کە پەیوەندییان پێیەوە هەیە لە پوختەی هەفتانەدا وەریدەگرن.
opportunity-already-decided = پێشتر پێداچوونەوە بەم دەرفەتەدا کراوە.
opportunity-ask-reason = بۆچی پەسەند ناکرێت؟ بڵاوکەرەوەکە ئەمە دەخوێنێتەوە، لە { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } زیاتر نا.
opportunity-rejected-alert = دەرفەتی ژمارە { $id } ڕەت کرایەوە؛ هۆکارەکە بە بڵاوکەرەوەکە دەگات.
opportunity-review-cancelled = هەڵوەشایەوە؛ دەرفەتەکە هێشتا چاوەڕوانی پێداچوونەوەیە.
opportunity-withdrawn = کشێندرایەوە: دەرفەتی ژمارە { $id } چیتر پیشان نادرێت.
opportunity-title-too-long = ناونیشانەکە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }، { $over ->
        [one] یەک پیت
       *[other] { $over } پیت
    } زیاتر لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە.
opportunity-title-too-short = تکایە ناونیشانێکی لانیکەم { $min ->
        [one] یەک پیت
       *[other] { $min } پیت
    } بنووسە.
opportunity-text-too-long = دەقەکە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }، { $over ->
        [one] یەک پیت
       *[other] { $over } پیت
    } زیاتر لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە؛ تا ئەو کاتە هیچ ون نابێت.
opportunity-text-too-short = تکایە لانیکەم { $min ->
        [one] یەک پیت
       *[other] { $min } پیت
    } بنووسە، بۆ ئەوەی ئەندامان بزانن چی پێشکەش دەکات.
opportunity-deadline-invalid = ئەمە بەروار نییە. دوایین ڕۆژی داواکردن بە شێوەی ⁦ڕۆژ/مانگ/ساڵ⁩ بنێرە، یان ڕۆژێک دابگرە.
opportunity-deadline-past = ئەو ڕۆژە تێپەڕیوە: وادەکە دەبێت ئەمڕۆ یان دواتر بێت.
opportunity-deadline-far = وادەکە ناتوانێت لە { $days ->
        [one] یەک ڕۆژ
       *[other] { $days } ڕۆژ
    } زیاتر دوور بێت.
opportunity-too-many = ئەمڕۆ { $limit ->
        [one] یەک دەرفەتت
       *[other] { $limit } دەرفەتت
    } بڵاو کردووەتەوە، کە زۆرترینە بۆ ڕۆژێک. سبەی هەوڵ بدەرەوە.
opportunity-gone = ئەم دەرفەتە چیتر نەماوە.
opportunity-closed = ئەم دەرفەتە داخراوە: وادەکەی تێپەڕیوە.
opportunity-reason-too-long = هۆکارەکە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }، { $over ->
        [one] یەک پیت
       *[other] { $over } پیت
    } زیاتر لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە.
opportunity-reason-too-short = تکایە هۆکارێک بنووسە کە بڵاوکەرەوەکە تێی بگات.
btn-opportunity-back = ▶ هەموو دەرفەتە کراوەکان
