## The home card (/start, 🏠) and what waits for an organizer

home-title = سڵاو <b>{ $name }</b>، دەتەوێت چی بکەیت؟
home-title-admin = <b>بەخێربێیت بۆ تەنسیق.</b> تۆ بەڕێوەبەری میکانیزمی هەماهەنگیت. بەڕێوەبەران وەک لایەن خۆیان تۆمار ناکەن؛ ئەگەر نوێنەرایەتیی ڕێکخراوێکیش دەکەیت، بە دوگمەی خوارەوە تۆماری بکە.
home-meetings-to-answer = 📅 { $count ->
        [one] یەک کۆبوونەوە چاوەڕێی وەڵامی تۆیە.
       *[other] { $count } کۆبوونەوە چاوەڕێی وەڵامی تۆن.
    }
home-to-review = 📥 چاوەڕێی بڕیاری تۆ: { $count }
btn-home = 🏠 پەڕەی سەرەکی
btn-home-meetings = 📅 کۆبوونەوەکانم
btn-home-update = ✍️ ناردنی نوێکاری
btn-home-followup = 📌 بەدواداچوون
btn-home-directory = 📇 ڕێبەر
btn-home-opportunities = 🎯 دەرفەتەکان
btn-home-profile = 👤 پرۆفایلەکەم
btn-home-review = 📥 بۆ پێداچوونەوە ({ $count })
btn-home-tools = 🧰 ئامرازەکانی ڕێکخەر
btn-home-help = ❓ یارمەتی
home-review-title = <b>📥 چاوەڕێی بڕیار</b>
home-review-registrations = تۆمارکردنەکان: { $count }
home-review-updates = نوێکارییەکانی کەرت: { $count }
home-review-opportunities = دەرفەتەکان: { $count }
home-review-commitments = پابەندبوونەکان: { $count }
home-review-translations = وەرگێڕانە پێشنیارکراوەکان: { $count }
home-review-none = ئێستا هیچ شتێک چاوەڕێی بڕیار نییە.
btn-home-review-registrations = 👤 پێداچوونەوەی تۆمارکردنەکان
btn-home-review-updates = 📝 پێداچوونەوەی نوێکارییەکانی کەرت
btn-home-review-opportunities = 🎯 پێداچوونەوەی دەرفەتەکان
btn-home-review-commitments = 🤝 پێداچوونەوەی پابەندبوونەکان
btn-home-review-translations = 🌐 پێداچوونەوەی وەرگێڕانەکان
home-tools-title = <b>🧰 ئامرازەکانی ڕێکخەر</b>: فەرمانێک دابگرە.
btn-digest-quiet-nights = 🌙 بێدەنگ لە شەودا (⁨22:00–07:00⁩)
btn-digest-sound-nights = 🔔 لە شەویشدا بە دەنگ
digest-quiet-note = 🌙 نوێیەکان لە ⁨22:00⁩ تا ⁨07:00⁩ بێدەنگ دەگەن.
digest-quiet-on = شەوانی بێدەنگ: نوێیەکان لە ⁨22:00⁩ تا ⁨07:00⁩ بێدەنگ دەگەن.
digest-quiet-off = نوێیەکان لە هەموو کاتێکدا بە دەنگەوە دەگەن.
