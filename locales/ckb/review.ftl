## Organizers review registrations

review-card =
    <b>تۆمارکردنی نوێ</b>

    ناو: { $name }
    ڕێکخراو: { $organization }
    جۆر: { $actor_type }
    پارێزگاکان: { $governorates }
    کەرتەکان: { $sectors }
    ناونیشانی کار: { $title }
    تێلیگرام: { $telegram }
review-card-new-organization = ⚠️ ڕێکخراوەکە نوێیە: پەسەندکردنی ئەم کەسە ئەویش پەسەند دەکات.
btn-approve = ✅ پەسەندکردن
btn-reject = ✖ ڕەتکردنەوە
review-approved-by = ✅ پەسەندکرا لەلایەن { $by }.
review-rejected-by =
    ✖ ڕەتکرایەوە لەلایەن { $by }.
    هۆکار: { $reason }
review-ask-reason = بۆچی تۆمارکردنی { $name } پەسەند ناکرێت؟ هۆکارەکە لە نامەیەکدا بنێرە؛ بۆ ئەو دەنێردرێت.
review-reject-cancelled = ڕەتکردنەوە هەڵوەشایەوە؛ تۆمارکردنەکە هێشتا چاوەڕێیە.
review-already-decided = ئەم تۆمارکردنە پێشتر لەلایەن { $by }ەوە { $status ->
        [approved] پەسەند کراوە
       *[other] ڕەت کراوەتەوە
    }.
review-done-approved = پەسەند کرا. هەواڵەکە بەڕێوەیە بۆ { $name }.
review-done-rejected = ڕەت کرایەوە. هۆکارەکە بەڕێوەیە بۆ { $name }.
review-person-unreachable = بڕیارەکە پاشەکەوت کرا، بەڵام { $name } بۆتەکەی بلۆک کردووە و نامەکە وەرناگرێت.
review-you-approved = 🎉 تۆمارکردنەکەت پەسەند کرا. بەخێربێیت بۆ میکانیزمی هەماهەنگی! ⁨/help⁩ بنێرە بۆ ئەوەی بزانیت چی دەتوانیت بکەیت.
review-you-rejected =
    تۆمارکردنەکەت پەسەند نەکرا.
    هۆکار: { $reason }
    دەتوانیت بە ⁨/start⁩ دووبارە خۆت تۆمار بکەیتەوە.
pending-none = هیچ تۆمارکردنێک چاوەڕێ نییە.
pending-header = تۆمارکردنە چاوەڕوانەکان: { $count }. { $shown ->
        [one] کۆنترینیان لە خوارەوەیە
       *[other] کۆنترینی { $shown } دانەیان لە خوارەوەن
    }.
