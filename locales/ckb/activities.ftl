## Who does what where: /activities

activity-list-header = 🗺 <b>چالاکییەکانی { $organization }</b> ({ $count }). نوێیان بکەرەوە: نەخشەی ڕووماڵ لەوانەوە دروست دەکرێت.
activity-line = <b>{ $title }</b>
    { $sector } · { $status ->
        [planned] لە پلاندایە
        [completed] تەواوبوو
       *[other] بەردەوام
    } · { $governorates } · { $dates }
btn-activity-add = ➕ زیادکردنی چالاکی
btn-activity-planned = لە پلاندایە
btn-activity-ongoing = بەردەوام
btn-activity-completed = تەواوبوو
btn-activity-delete = 🗑 سڕینەوە
activity-saved = پاشەکەوت کرا.
activity-deleted = سڕایەوە.
activity-cancelled = هیچ چالاکییەک زیاد نەکرا.
activity-need-organization = چالاکییەکان هی ڕێکخراوێکن؛ ڕێکخراوەکەت دیاری نەکراوە. داوا لە ڕێکخەرێک بکە.
activity-gone = ئەم چالاکییە چیتر بوونی نییە.
activity-ask-sector = چالاکییەکە لە کام کەرتدایە؟
activity-ask-title = ناوەکەی لە یەک دێڕدا (بۆ نموونە: «یارمەتیی یاسایی بۆ ڕزگاربووان لە شنگال»).
activity-ask-governorates = لە کوێ جێبەجێ دەکرێت؟ پارێزگاکان هەڵبژێرە، پاشان تەواو.
activity-ask-status = لە پلاندایە، بەردەوامە یان تەواوبووە؟
activity-ask-dates = کەی دەستی پێکرد یان دەست پێدەکات؟ ڕۆژەکە دابگرە، یان بەروارەکانی وەک «⁨1/1/2026 31/12/2026⁩» بنووسە (تەنها دەستپێک بەسە)، یان «-» ئەگەر نایانزانیت.
activity-ask-end = دەستپێک: { $day }. کەی کۆتایی دێت؟ ڕۆژەکە دابگرە، یان وەک ⁨31/12/2026⁩ بینووسە، یان «تێپەڕاندن» دابگرە ئەگەر کۆتاییەکی دیاریکراوی نییە.
activity-dates-invalid = تکایە بەروارەکان وەک «⁨1/1/2026 31/12/2026⁩» بنووسە، کۆتایی پێش دەستپێک نەبێت، یان «-».
