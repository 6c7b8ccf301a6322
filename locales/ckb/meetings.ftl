## Meetings: creation, invitations, answers, reminders, check-in, statistics

meeting-new = <b>کۆبوونەوەی هەماهەنگی نوێ</b>. سەرەتا، کێ بانگهێشت دەکرێت؟
meeting-ask-text = <b>ناونیشانی</b> کۆبوونەوەکە لە دێڕی یەکەمدا و <b>بەرنامەی کارەکەی</b> لە خوارەوەی بنێرە، بۆ خوێنەرانی { $language }. زمانێک تێپەڕێنە تا خوێنەرانی دەقی جێگرەوە وەربگرن.
meeting-ask-mode = کۆبوونەوەکە چۆن دەبێت؟
meeting-mode-physical = ڕووبەڕوو
meeting-mode-virtual = ئۆنلاین
meeting-mode-hybrid = تێکەڵ
meeting-ask-venue = لە کوێ؟ شوێنی کۆبوونەوەکە بنێرە (شوێن و ناونیشان).
meeting-ask-link = بەستەری ڤیدیۆکە بنێرە (⁨https://…⁩).
meeting-ask-start = کەی دەست پێدەکات؟ بەروار و کات بە { $tz } بنێرە، وەک { $example }.
meeting-ask-end = کەی کۆتایی دێت؟ کات بنێرە (وەک ⁨13:30⁩) یان بەروار و کات.
meeting-ask-deadline = تا کەی دەتوانرێت وەڵام بدرێتەوە؟ بەروار و کاتێک بنێرە، یان «تێپەڕاندن» دابگرە بۆ وەرگرتنی وەڵام تا دەستپێکردن.
meeting-ask-capacity = چەند کەس دەتوانن ئامادە بن؟ ژمارەیەک بنێرە، یان «تێپەڕاندن» دابگرە بۆ بێ سنووری.
meeting-dialog-cancelled = کۆبوونەوەکە دروست نەکرا؛ هیچ شتێک نەنێردرا.
meeting-confirm = لە سەرەوە بانگهێشتنامەکەیە وەک بانگهێشتکراوان وەریدەگرن. بۆ { $count ->
        [one] یەک کەس
       *[other] { $count } کەس
    } دەچێت. بڵاوی بکەیتەوە؟
btn-publish = ✅ بڵاوکردنەوە
btn-meeting-draft-texts = ✏️ ناونیشان و بەرنامەی کار
btn-meeting-draft-place = ✏️ شوێن
btn-meeting-draft-time = ✏️ کات
btn-meeting-draft-deadline = ✏️ دوا کاتی وەڵامدانەوە
btn-meeting-draft-capacity = ✏️ ژمارەی شوێن
meeting-confirm-languages = نووسراوە بە: { $languages }. خوێنەرانی زمانێکی بەجێهێڵراو دەقەکە بە زمانی دواتری ڕیزبەندیی خوێندنەوەیان وەردەگرن.
meeting-organizer-card =
    📅 کۆبوونەوە: <b>{ $title }</b>
    بانگهێشتکراو: { $invited } · بەڵێ: { $yes } · لەوانەیە: { $maybe } · نەخێر: { $no } · لیستی چاوەڕوانی: { $waitlist } · بێ وەڵام: { $none }
    بەستەری تۆمارکردنی ئامادەبوون: { $link }
btn-meeting-refresh = 🔄 وەڵامەکان
btn-meeting-cancel = ✖ هەڵوەشاندنەوەی کۆبوونەوەکە
meeting-qr-caption = کۆدی QR بۆ تۆمارکردنی ئامادەبوون: چاپی بکە یان لەسەر شاشە پیشانی بدە. لە کاتژمێرێک پێش دەستپێکردن تا کاتژمێرێک دوای کۆتایی کار دەکات.
meeting-cancelled-organizer = کۆبوونەوەی { $title } هەڵوەشایەوە؛ هەموو بانگهێشتکراوان ئاگادار دەکرێنەوە.
meeting-venue-line = 📍 { $venue }
meeting-link-line = 🔗 { $link }
meeting-card =
    <b>📅 کۆبوونەوە: { $title }</b>
    { $mode } · { $when } ({ $tz })
    { $where }
meeting-answer-by = تکایە تا { $deadline } وەڵام بدەرەوە.
meeting-answers-open = دەتوانیت تا { $deadline } وەڵامەکەت بگۆڕیت.
meeting-invitation = بانگهێشت کراویت بۆ کۆبوونەوەیەکی هەماهەنگی.
meeting-reminder = ⏰ بیرخستنەوە: کۆبوونەوەی هەماهەنگییەکەت نزیک بووەتەوە.
meeting-cancelled = ❌ ئەم کۆبوونەوەیە هەڵوەشایەوە.
meeting-ics-caption = زیادی بکە بۆ ڕۆژژمێرەکەت.
btn-rsvp-yes = ✅ بەڵێ
btn-rsvp-maybe = ❔ لەوانەیە
btn-rsvp-no = ✖ نەخێر
btn-checkin = ✅ من لێرەم
meeting-checkin-now = کۆبوونەوەی { $title } دەست پێدەکات. دوگمەکە دابگرە بۆ تۆمارکردنی ئامادەبوونت.
meeting-answer-yes = سوپاس: دێیت.
meeting-answer-no = سوپاس: نایەیت.
meeting-answer-maybe = سوپاس: لەوانەیە بێیت.
meeting-answer-waitlist = کۆبوونەوەکە پڕە: لە لیستی چاوەڕوانیدایت و ئەگەر شوێنێک چۆڵ بوو ئاگادار دەکرێیتەوە.
meeting-answer-label-none = هێشتا وەڵام نییە
meeting-answer-label-yes = بەڵێ
meeting-answer-label-no = نەخێر
meeting-answer-label-maybe = لەوانەیە
meeting-answer-label-waitlist = لیستی چاوەڕوانی
meetings-list-header = 📅 <b>{ $total ->
        [one] کۆبوونەوەی داهاتووت
       *[other] { $total } کۆبوونەوەی داهاتووت
    }</b> · پەڕەی { $page } لە { $pages }. یەکێک بکەرەوە بۆ بینین و وەڵامدانەوە.
meetings-list-line = { $when } · <b>{ $title }</b>
    وەڵامەکەت: { $answer }
btn-meetings-previous = ▶ نزیکتر
btn-meetings-next = دوورتر ◀
btn-meetings-back = ▶ هەموو کۆبوونەوەکانم
meeting-your-answer = وەڵامەکەت: { $answer }
meetings-none = هیچ کۆبوونەوەیەکی داهاتووت نییە.
meeting-checked-in = ✅ ئامادەبوونت تۆمار کرا. بەخێربێیت!
meeting-already-checked-in = پێشتر ئامادەبوونت تۆمار کرابوو.
meeting-promoted = 🎉 شوێنێک چۆڵ بوو: ئێستا بۆ { $title } تۆمارکراویت.
meeting-is-cancelled = ئەم کۆبوونەوەیە هەڵوەشاوەتەوە.
meeting-rsvp-closed = وەڵامدانەوە بۆ ئەم کۆبوونەوەیە داخراوە.
meeting-not-invited = تۆ بۆ ئەم کۆبوونەوەیە بانگهێشت نەکراویت.
meeting-checkin-invalid = ئەم بەستەری تۆمارکردنی ئامادەبوونە دروست نییە.
meeting-checkin-closed = تۆمارکردنی ئامادەبوون بۆ ئەم کۆبوونەوەیە ئێستا کراوە نییە.
stats-summary =
    <b>کۆبوونەوەکان، { $period }</b>
    ئەنجامدراو بە ڕووبەڕوو: { $physical } · ئۆنلاین: { $virtual } · تێکەڵ: { $hybrid }
    ئامادەبوون: { $attendances } · کەسی جیاواز: { $unique } · دوو جار یان زیاتر هاتوون: { $repeat }
    وتیان بەڵێ: { $yes } · لەوانە هاتن: { $came }

    <b>ئامادەبوون بەپێی جۆری لایەن</b>
    { $shares }
stats-share-line = { $type }: { $count } ({ $percent }٪)
btn-meeting-edit = ✏️ گۆڕین
btn-meeting-list = 📋 لیستی وەڵامەکان
btn-meeting-attendance = 🧾 ئامادەبوون
btn-change-time = 🕒 کات
btn-change-venue = 📍 شوێن
btn-change-link = 🔗 بەستەر
btn-change-agenda = 📝 بەرنامەی کار
meeting-change-what = چی دەگۆڕێت؟ هەموو بانگهێشتکراوان ئاگادار دەکرێنەوە.
meeting-change-time = کاتی دەستپێکردنی نوێ بە { $tz } بنێرە، وەک { $example }. درێژی کۆبوونەوەکە وەک خۆی دەمێنێتەوە.
meeting-change-venue = شوێنی نوێ بنێرە.
meeting-change-link = بەستەری ڤیدیۆی نوێ بنێرە (⁨https://…⁩).
meeting-change-agenda = بەرنامەی کاری نوێ بۆ خوێنەرانی ئەم زمانە بنێرە.
meeting-changed = ✅ کۆبوونەوەی { $title } گۆڕدرا؛ هەموو بانگهێشتکراوان لەگەڵ پەڕگەیەکی نوێی ڕۆژژمێر ئاگادار دەکرێنەوە.
meeting-changed-meanwhile = ڕێکخەرێکی تر لەو ماوەیەدا ئەم کۆبوونەوەیەی گۆڕی. دووبارە بیکەرەوە بۆ بینینی نوێترین وەشان.
meeting-updated = 🔔 ئەم کۆبوونەوەیە گۆڕا. ئەمە دۆخی ئێستایەتی.
meeting-answers-by-type = { $type } — بەڵێ: { $yes } · لەوانەیە: { $maybe } · نەخێر: { $no } · بێ وەڵام: { $none }
meeting-list-caption = وەڵامەکان و ئامادەبوون بۆ { $title }.
meeting-mark-attendance = ناوێک دابگرە بۆ تۆمارکردنی ئامادەبوونی.
stats-chart-title = ئامادەبوون بەپێی جۆری لایەن، { $period }
stats-hint = بۆ ماوەیەکی تر: دوگمەکان، یان ⁨/stats 1/1/2026 31/3/2026⁩
meeting-checkin-not-invited = ئەم بەستەری تۆمارکردنی ئامادەبوونە بۆ ئەو کەسانەیە کە بانگهێشتی ئەم کۆبوونەوەیە کراون. تکایە لە دەروازەکە بچۆ لای ڕێکخەران.
