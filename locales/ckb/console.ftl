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
