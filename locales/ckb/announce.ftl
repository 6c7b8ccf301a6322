## /announce: organizers send announcements to chosen audiences

announce-audience =
    <b>{ $purpose ->
        [meeting] کۆبوونەوەی نوێ: کێ بانگهێشت دەکرێت؟
        [poll] ڕاپرسیی نوێ: کێ وەریدەگرێت؟
        [decision] بڕیاری نوێ: کێ بڕیار دەدات؟
        [round] خولی ڕاپۆرتدان: ڕێکخراوی کێ دەپرسرێت؟
       *[other] ڕاگەیاندنی نوێ
    }</b>
    کێ وەریدەگرێت؟ بە ئارەزووی خۆت تێکەڵیان بکە؛ هیچ هەڵنەبژاردن واتە هەمووان.

    { $summary }
    ژمارەی کەسەکان: { $count }
announce-everyone = هەموو تۆمارکراوان
announce-filter-types = جۆرەکانی لایەن: { $names }
announce-filter-governorates = پارێزگاکان: { $names }
announce-filter-sectors = کەرتەکان: { $names }
announce-filter-advisory = تەنها ئەندامانی لیژنەی ڕاوێژکاری
btn-an-types = جۆرەکانی لایەن ({ $count })
btn-an-governorates = پارێزگاکان ({ $count })
btn-an-sectors = کەرتەکان ({ $count })
btn-an-advisory = { $on ->
    [yes] ✅ لیژنەی ڕاوێژکاری
   *[no] ▫️ لیژنەی ڕاوێژکاری
}
btn-an-everyone = هەمووان
btn-next = دواتر ◀
btn-skip = تێپەڕاندن ◀
announce-pick-types = جۆرەکانی لایەن هەڵبژێرە، پاشان «تەواو» دابگرە.
announce-pick-governorates = پارێزگاکان هەڵبژێرە، پاشان «تەواو» دابگرە.
announce-pick-sectors = کەرتەکان هەڵبژێرە، پاشان «تەواو» دابگرە.
announce-ask-text = دەقەکە بۆ ئەو کەسانە بنێرە کە <b>{ $language }</b> دەخوێننەوە. شێوازی تێلیگرام (تۆخ، لار، بەستەر) دەپارێزرێت. ئەگەر زمانێک تێپەڕێنیت، خوێنەرانی دەقی جێگرەوە وەردەگرن.
announce-need-one-text = لانیکەم یەک زمان پێویستی بە دەق هەیە. با لە زمانی یەکەمەوە دەست پێبکەینەوە.
announce-ask-attachment = وێنەیەک یان پەڕگەیەک بنێرە بۆ هاوپێچکردن، یان «تێپەڕاندن» دابگرە.
announce-preview-header = 👁 پێشبینین بۆ خوێنەرانی { $language }:
announce-confirm =
    <b>ئامادەیە بۆ ناردن</b>
    وەرگران: { $count ->
        [one] یەک کەس
       *[other] { $count } کەس
    } ({ $languages })
    پاراستنی ناوەڕۆک (ڕێگری لە ناردنەوە و پاشەکەوتکردن): { $protect ->
        [yes] چالاکە
       *[no] ناچالاکە
    }
btn-send-now = ✅ ئێستا بینێرە
btn-schedule = 🕒 خشتەکردن
btn-protect = 🔒 پاراستنی ناوەڕۆک: { $protect ->
        [yes] چالاکە
       *[no] ناچالاکە
    }
announce-ask-time = بەروار و کات بە { $tz } بنێرە، وەک { $example }.
announce-scheduled = 🕒 خشتەکراوە بۆ { $when } ({ $tz }): { $count ->
        [one] یەک نامە
       *[other] { $count } نامە
    }. ئەگەر تا { $until } نەگەیشترایە تێلیگرام، بە دواکەوتوویی نانێردرێت: وازی لێ دەهێنرێت و ئەم نامەیە ئەوە دەڵێت.
btn-cancel-send = ✖ هەڵوەشاندنەوەی ئەم ناردنە
announce-cancelled = ڕاگەیاندنەکە هەڵوەشایەوە؛ هیچ شتێک نەنێردرا.
announce-send-cancelled = ناردن هەڵوەشایەوە: { $count ->
        [one] یەک نامە نانێردرێت
       *[other] { $count } نامە نانێردرێن
    }.
announce-queued = ⏳ لە ڕیزی ناردندا: { $count ->
        [one] یەک نامە
       *[other] { $count } نامە
    }.
announce-filter-meeting-invitees = بانگهێشتکراوانی: { $title }
announce-filter-meeting-attendees = ئامادەبووانی: { $title }
btn-an-meeting = 📅 کەسانی کۆبوونەوەیەک
btn-an-invitees = بانگهێشتکراوانی { $title }
btn-an-attendees = ئامادەبووانی { $title }
btn-an-no-meeting = بێ کۆبوونەوە
announce-pick-meeting = بۆ کەسانی کام کۆبوونەوە بنێردرێت؟
