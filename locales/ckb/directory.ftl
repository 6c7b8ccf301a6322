## The directory: /directory, and one's own listing from /profile

btn-directory-settings = 📇 ڕێبەر
btn-directory-by-sector = بەپێی کەرت
btn-directory-by-governorate = بەپێی پارێزگا
btn-directory-by-type = بەپێی جۆر
directory-intro = 📇 <b>ڕێبەر</b>: کێ لەسەر چی و لە کوێ کار دەکات. بەشێک لە ناوی ڕێکخراوێک بنووسە (بە هەر زمانێک)، یان هەڵبژێرە:
directory-choose = کامیان؟
directory-none-found = هیچ ڕێکخراوێکی پەسەندکراو ناگونجێت. وشەی تر تاقی بکەرەوە، یان هەڵبژێرە:
directory-found = { $count ->
        [one] یەک ڕێکخراو
       *[other] { $count } ڕێکخراو
    }:
directory-card =
    📇 ڕێکخراو: <b>{ $name }</b>
    جۆر: { $type }
    پارێزگاکان: { $governorates }
    کەرتەکان: { $sectors }
    چالاکییە ئێستاییەکان: { $activities }
    نوێنەرە تۆمارکراوەکان لە ڕێبەردا: { $people }
directory-activity-line = • { $title } ({ $sector }، { $status ->
        [planned] لە پلاندایە
       *[other] بەردەوام
    })
directory-person = • { $name }، { $title }
directory-person-unnamed = نوێنەرێک
directory-nobody-listed = کەس هەڵی نەبژاردووە لە ڕێبەردا بێت
directory-settings-unlisted = 📇 <b>ڕێبەر</b>: تۆ <b>لە ڕێبەردا نیت</b>. ئەندامانی تر ناتوانن بتدۆزنەوە؛ ڕێکخەران ئەوە دەبینن کە هەمیشە دەیبینن. ئەگەر هەڵبژێریت لە ڕێبەردا بیت، کارتی ڕێکخراوەکەت ناو و ناونیشانی کارەکەت پیشان دەدات (دەتوانیت هەر یەکێکیان بشاریتەوە)، هەرگیز هەژماری تێلیگرام یان ژمارەکەت پیشان نادات.
directory-settings-listed =
    📇 <b>ڕێبەر</b>: تۆ <b>لە ڕێبەردایت</b> لەسەر کارتی ڕێکخراوەکەت.
    ناو پیشان دەدرێت: { $name }
    ناونیشانی کار پیشان دەدرێت: { $title }
    داواکاری پەیوەندی وەردەگریت: { $requests }
    ناوی بەکارهێنەری تێلیگرام لە داواکارییە پەسەندکراوەکاندا هاوبەش دەکەیت: { $username }
directory-yes = بەڵێ
directory-no = نەخێر
btn-directory-list-me = ✅ بمخەرە ڕێبەرەوە
btn-directory-unlist-me = 🚫 لە ڕێبەر دەرمبهێنە
btn-directory-hide-name = ناوەکەم بشارەوە
btn-directory-show-name = ناوەکەم پیشان بدە
btn-directory-hide-title = ناونیشانی کارەکەم بشارەوە
btn-directory-show-title = ناونیشانی کارەکەم پیشان بدە
btn-directory-refuse-requests = داواکاری پەیوەندی وەرمەگرە
btn-directory-accept-requests = داواکاری پەیوەندی وەربگرە
directory-settings-saved = پاشەکەوت کرا.
directory-not-listed = تۆ لە ڕێبەردا نیت.
directory-organization-gone = ئەم ڕێکخراوە لە ڕێبەردا نییە.
btn-directory-share-username = ناوی بەکارهێنەری تێلیگرامەکەم لە داواکارییە پەسەندکراوەکاندا هاوبەش بکە
btn-directory-keep-username = ناوی بەکارهێنەری تێلیگرامەکەم لای خۆم بهێڵەوە
btn-intro-ask = 🤝 داوای پەیوەندی لەگەڵ { $name }
intro-ask-note = 🤝 تێبینییەکی کورتی بۆ بنووسە، لە { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } زیاتر نا: تۆ کێیت و بۆچی دەتەوێت پەیوەندی بکەیت. تەنها ئەو دەیخوێنێتەوە، لەگەڵ ناو، ڕێکخراو و ناونیشانی کارەکەت.
intro-sent = نێردرا. ئەگەر پەسەندی بکات، هەردووکتان ناو، ڕێکخراو و ناونیشانی کاری یەکتر لێرە وەردەگرن.
intro-request =
    🤝 <b>داواکاری پەیوەندی</b> لە { $name }، { $title }، { $organization }:
    { $note }

    ئەگەر پەسەندی بکەیت، ناو، ڕێکخراو و ناونیشانی کارەکەت و ڕێگایەک بۆ نووسین بۆت وەردەگرێت.
btn-intro-accept = ✅ پەسەندکردن
btn-intro-decline = ڕەتکردنەوە
btn-intro-block = 🚫 بلۆککردنی ئەم کەسە
intro-connected = 🤝 <b>پەیوەندیتان بەست</b> لەگەڵ { $name }، { $title }، { $organization }.
intro-write-link = بۆی بنووسە: { $link }
intro-write-relay = هەژماری تێلیگرامەکەی لای خۆی دەهێڵێتەوە: دەتوانیت یەک نامەی بۆ بنێریت لە ڕێگەی تەنسیقەوە.
btn-intro-write = ✉️ نووسینی یەک نامە
btn-intro-answer = ✉️ وەڵامدانەوە
intro-not-possible = پەیوەندی ئێستا ناکرێت.
intro-relayed =
    ✉️ <b>نامەیەک لە { $name }</b>، لە ڕێگەی تەنسیقەوە:
    { $text }
intro-accepted = پەسەند کرا: ئێستا هەردووکتان ڕێگای پەیوەندی بە یەکترەوە هەیە.
intro-declined = ڕەت کرایەوە. تەنها ئەوە دەزانێت کە پەیوەندی ئێستا ناکرێت.
intro-blocked = بلۆک کرا: ئەم کەسە ناتوانێت دووبارە داوات لێ بکات. تەنها ئەوە دەزانێت کە پەیوەندی ئێستا ناکرێت.
intro-ask-relay = نامەکەت، لە { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } زیاتر نا. یەک جار دەچێت؛ ئەویش دەتوانێت یەک جار وەڵام بداتەوە.
intro-relay-sent = لە ڕێگەی تەنسیقەوە نێردرا.
intro-cancelled = هەڵوەشایەوە؛ هیچ نەنێردرا.
intro-note-too-long = دەقەکە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }، { $over ->
        [one] یەک پیت
       *[other] { $over } پیت
    } زیاترە لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە.
intro-not-yourself = ئەوە خۆتیت.
intro-too-many = ئەمڕۆ { $limit ->
        [one] یەک داواکاری
       *[other] { $limit } داواکاری
    } پەیوەندیت ناردووە، کە زۆرترینی ڕۆژێکە. سبەی هەوڵ بدەرەوە.
intro-already-asked = داواکارییەکەت بۆ ئەم کەسە چاوەڕوانی وەڵامی ئەوە.
intro-already-connected = پێشتر پەیوەندیت لەگەڵ ئەم کەسە بەستووە.
intro-gone = ئەم داواکارییە چیتر بوونی نییە.
intro-already-decided = پێشتر وەڵامی ئەم داواکارییە دراوەتەوە.
intro-relay-empty = چەند وشەیەک بنووسە.
intro-relay-used = تاکە نامەکەت لەم ناساندنەدا پێشتر نێردراوە.
directory-intro-counts = داواکارییەکانی پەیوەندی تا ئێستا: { $asked ->
        [one] یەک داواکاری
       *[other] { $asked } داواکاری
    } (پەسەندکراو { $accepted }، چاوەڕوان { $waiting }).
btn-intro-ask-organization = 🤝 داوای پەیوەندی لەگەڵ ئەم ڕێکخراوە
intro-ask-note-organization = 🤝 تێبینییەکی کورت بۆ ڕێکخراوەکە بنووسە، لە { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } زیاتر نا: تۆ کێیت و بۆچی دەتەوێت پەیوەندی بکەیت. تەنها ئەو نوێنەرانەی لە ڕێبەردان و داواکاری وەردەگرن دەیخوێننەوە، لەگەڵ ناو، ڕێکخراو و ناونیشانی کارەکەت؛ یەکەم کەسیان کە وەڵام بداتەوە بڕیار دەدات.
intro-request-organization =
    🤝 <b>داواکاری پەیوەندی لەگەڵ ڕێکخراوەکەت</b> لە { $name }، { $title }، { $organization }:
    { $note }

    یەکەم نوێنەری ڕێکخراوەکەت کە وەڵام بداتەوە بڕیار دەدات. ئەگەر پەسەندی بکەیت، ناو، ڕێکخراو و ناونیشانی کارەکەت و ڕێگایەک بۆ نووسین بۆت وەردەگرێت.
