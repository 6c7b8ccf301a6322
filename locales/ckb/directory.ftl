## The directory: /directory, and one's own listing from /profile

btn-directory-settings = 📇 ڕێبەر
btn-directory-by-sector = بەپێی کەرت
btn-directory-by-governorate = بەپێی پارێزگا
btn-directory-by-type = بەپێی جۆر
directory-intro = 📇 <b>ڕێبەری</b> لایەنەکان: کێ لەسەر چی و لە کوێ کار دەکات. بەشێک لە ناوی ڕێکخراوێک بنووسە (بە هەر زمانێک)، یان هەڵبژێرە:
directory-choose = کامیان؟
directory-none-found = هیچ ڕێکخراوێکی پەسەندکراو ناگونجێت. وشەی تر تاقی بکەرەوە، یان هەڵبژێرە:
directory-found = { $count ->
        [one] یەک ڕێکخراو
       *[other] { $count } ڕێکخراو
    }:
directory-found-more = یەکەم { $count ->
        [one] ڕێکخراو
       *[other] { $count } ڕێکخراو
    }؛ زیاتر لە ناوەکە بنووسە بۆ بەرتەسککردنەوە:
directory-card =
    📇 <b>{ $name }</b>
    جۆر: { $type }
    پارێزگاکان: { $governorates }
    کەرتەکان: { $sectors }
    چالاکییە ئێستاییەکان: { $activities }
    نوێنەرە تۆمارکراوەکان لە ڕێبەردا: { $people }
directory-activity = • { $title } ({ $sector }، { $status ->
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
