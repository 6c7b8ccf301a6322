## Command menu descriptions (Telegram allows 3 to 256 characters)

cmd-start = دەستپێکردن، یان گەڕانەوە بۆ سەرەتا
cmd-help = ئەوەی دەتوانم بۆتی بکەم
cmd-language = گۆڕینی زمان
cmd-status = دۆخی تۆمارکردنەکەت
cmd-profile = بینین و دەستکاریکردنی پرۆپەڕگەکەت
cmd-forget = سڕینەوەی زانیارییە کەسییەکانت
cmd-pending = تۆمارکردنە چاوەڕوانەکان بۆ پەسەندکردن
cmd-roles = پێدان یان وەرگرتنەوەی ڕۆڵ
cmd-newsletters = خوێندنەوەی هەواڵنامە پێشووەکان
cmd-subscribe = بەشداربوون لە هەواڵنامە و زمانەکەی
cmd-announce = ناردنی ڕاگەیاندنێک
cmd-newsletter = ئامادەکردنی هەواڵنامەیەک
cmd-meetings = کۆبوونەوە داهاتووەکانت
cmd-newmeeting = دروستکردنی کۆبوونەوەیەکی هەماهەنگی
cmd-stats = ئاماری ئامادەبوون
cmd-poll = ناردنی ڕاپرسی
cmd-polls = ڕاپرسییەکان و ئەنجامەکانیان
cmd-update = ناردنی نوێکاریی کەرت
cmd-myupdates = نوێکارییەکانم و دۆخیان
cmd-queue = نوێکارییەکانی چاوەڕێی پێداچوونەوە
cmd-activities = چالاکییەکانی ڕێکخراوەکەم
cmd-report = ڕاپۆرتی کورت
cmd-coverage = کێ چی لە کوێ دەکات: ڕووماڵ و بۆشاییەکان
cmd-export = هەناردەکردنی لایەنەکان، ئامادەبوون، نوێکارییەکان، چالاکییەکان
cmd-audit = ئەوەی ڕێکخەران و بەڕێوەبەران کردوویانە
