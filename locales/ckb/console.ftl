## The organizers' console: a Telegram Mini App opened from the bot

btn-console = 📊 پانێڵی بەڕێوەبردن
console-menu-button = پانێڵی بەڕێوەبردن
console-title = پانێڵی بەڕێوەبردنی تەنسیق
console-nav-today = ئەمڕۆ
console-nav-queues = چاوەڕوانی بڕیار
console-refused-launch = پانێڵی بەڕێوەبردن نەیتوانی دڵنیا بێت کێ کردوویەتیەوە، یان زۆر لەمەوبەر کراوەتەوە. دایبخە و دووبارە لە لیستی بۆتەکەوە بیکەرەوە.
console-refused-role = پانێڵی بەڕێوەبردن بۆ ڕێکخەران و بەڕێوەبەرانە.
console-session-ended = دانیشتنەکەت کۆتایی هات. پانێڵی بەڕێوەبردن دابخە و دووبارە لە لیستی بۆتەکەوە بیکەرەوە.
console-failed = هەڵەیەک ڕوویدا و هیچ شتێک نەگۆڕا. کەمێکی تر دووبارە هەوڵ بدەوە.
console-today-waiting = چاوەڕوانی بڕیاری تۆن
console-today-meetings = کۆبوونەوەکانی داهاتوو
console-today-no-meetings = هیچ کۆبوونەوەیەک پلان نەکراوە.
console-meeting-answers = بەڵێ: { $yes } · لەوانەیە: { $maybe } · نەخێر: { $no } · لیستی چاوەڕوانی: { $waitlist } · بێ وەڵام: { $none }
console-today-outbox = نامەکان
console-outbox-health = لە چاوەڕوانی ناردندا: { $pending } · نەزانراو (بۆتەکە لە کاتی ناردندا وەستا): { $unknown } · سەرنەکەوتوو لە 7 ڕۆژی ڕابردوودا: { $failed } · بۆتیان بلۆک کردووە لە 7 ڕۆژی ڕابردوودا: { $blocked }
console-today-followup = بەدواداچوون
console-overdue = { $count ->
        [0] هیچ بڕگەیەکی بەدواداچوون دوانەکەوتووە.
        [one] یەک بڕگەی بەدواداچوون دواکەوتووە.
       *[other] { $count } بڕگەی بەدواداچوون دواکەوتوون.
    }
console-today-longest = ئەوانەی زۆرترین کات چاوەڕوانی پەسەندکردنن
console-waiting-since = لە { $date }ەوە: { $name }
console-open = کردنەوە
console-queue-registrations = تۆمارکردنەکان لە چاوەڕوانی پەسەندکردندا
console-queue-empty = ئێستا هیچ شتێک لێرە چاوەڕوانی بڕیار نییە.
console-queue-in-chat = بۆ ئێستا لە چاتەکەدا بیکەرەوە: { $command }
console-reject-reason = هۆکار (بۆ خاوەنی تۆمارکردنەکە دەنێردرێت)
console-reject-needs-reason = سەرەتا هۆکارەکە بنووسە: بۆ خاوەنی تۆمارکردنەکە دەنێردرێت.
console-nav-actors = لایەنەکان
console-actors-figure = لایەنە پەسەندکراوەکان بەپێی جۆر (وێنەی 1ی ڕاپۆرتەکە): { $total ->
        [one] یەک لایەن
       *[other] { $total } لایەن
    }
console-actors-matching = { $count ->
        [0] هیچ لایەنێک ناگونجێت.
        [one] یەک لایەن دەگونجێت.
       *[other] { $count } لایەن دەگونجێن؛ { $first }–{ $last } پیشان دراون.
    }
console-filter-type = جۆر
console-filter-governorate = پارێزگا
console-filter-sector = کەرت
console-filter-status = دۆخ
console-filter-any = هەموو
console-sort = ڕیزکردن بەپێی
console-sort-name = ناو
console-sort-type = جۆر
console-sort-people = نوێنەران
console-status-approved = پەسەندکراو
console-status-pending = چاوەڕوانی پەسەندکردن
console-status-rejected = ڕەتکراوە
console-col-organization = ڕێکخراو
console-col-type = جۆر
console-col-status = دۆخ
console-col-people = نوێنەران
console-col-governorates = پارێزگاکان
console-col-sectors = کەرتەکان
console-page-back = ▶ پێشوو
console-page-next = دواتر ◀
console-export-csv = ⬇ CSV
console-export-xlsx = ⬇ ئێکسڵ
console-export-sent = پەڕگەکە لە چاتەکەتدایە لەگەڵ بۆتەکە.
console-nav-meetings = کۆبوونەوەکان
console-meetings-none = هێشتا هیچ کۆبوونەوەیەک بڵاو نەکراوەتەوە.
console-answer-yes = بەڵێ
console-answer-maybe = لەوانەیە
console-answer-no = نەخێر
console-answer-waitlist = لیستی چاوەڕوانی
console-answer-none = بێ وەڵام
console-answer-came = ئامادەبوونیان تۆمار کرا
console-meeting-by-type = وەڵامەکان بەپێی جۆری لایەن
console-meeting-waitlist = لیستی چاوەڕوانی
console-waitlist-empty = کەس لە لیستی چاوەڕوانیدا نییە.
console-meeting-checkins = تۆمارکردنی ئامادەبوون
console-checkins = { $count ->
        [0] هێشتا ئامادەبوونی کەس تۆمار نەکراوە.
        [one] ئامادەبوونی یەک کەس تۆمار کرا.
       *[other] ئامادەبوونی { $count } کەس تۆمار کرا.
    }
console-not-checked-in = وتیان بەڵێ یان لەوانەیە، ئامادەبوونیان تۆمار نەکراوە
console-mark-present = تۆمارکردنی ئامادەبوون
console-marked = ئامادەبوونی { $name } تۆمار کرا.
console-meeting-qr = کۆدی ⁨QR⁩ بۆ تۆمارکردنی ئامادەبوون
console-nav-polls = ڕاپرسییەکان
console-too-few = وەڵامەکان کەمترن لەوەی پیشان بدرێن.
console-nav-followup = بەدواداچوون
console-nav-coverage = ڕووماڵ
console-coverage-summary = { $covered } لە { $cells ->
        [one] یەک خانەی کەرت و پارێزگا
       *[other] { $cells } خانەی کەرت و پارێزگا
    } لایەنیان تێدایە؛ { $gaps ->
        [0] هیچ بۆشاییەک نییە.
        [one] یەک بۆشایی.
       *[other] { $gaps } بۆشایی.
    }
console-coverage-cell = { $sector } لە { $governorate }
console-nav-reports = ڕاپۆرتەکان
console-report-period = ماوە
console-report-language = زمان
console-report-format = پەڕگە
console-report-pdf = پەڕگەی ⁨PDF⁩
console-report-docx = پەڕگەی وۆرد (بۆ دەستکاریکردن)
console-report-make = ئامادەکردنی ڕاپۆرت
console-report-where = ڕاپۆرتەکە دێتە چاتەکەت لەگەڵ بۆتەکە، لەوێ دەتوانیت بیکەیتەوە و هەڵیبگریت.
console-report-sent = ڕاپۆرتەکە لە چاتەکەتدایە لەگەڵ بۆتەکە.
console-pick-meeting = کۆبوونەوە
console-pick-poll = ڕاپرسی
console-update-language = زمان
console-update-text = دەقەکە بەو زمانە (جێگەی دەگرێتەوە، یان زیاد دەکرێت)
console-update-save-text = ✏️ پاشەکەوتکردنی دەق
console-update-text-saved = دەقەکە پاشەکەوت کرا.
console-find-person = گەڕان بە ناو
console-more = { $count ->
        [one] … و یەک کەسی تر: بە ناو بیدۆزەرەوە.
       *[other] … و { $count } کەسی تر: بە ناو بیاندۆزەرەوە.
    }
