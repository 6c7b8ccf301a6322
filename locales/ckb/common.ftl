## Shared buttons and answers

btn-back = ▶ گەڕانەوە
btn-cancel = ✖ هەڵوەشاندنەوە
btn-done = تەواو ◀
common-stale-button = ئەم دوگمەیە هی نامەیەکی کۆنە. تکایە نوێترین نامە بەکاربهێنە.
common-ask-time-on = 🕒 لە ڕۆژی { $day } کاتژمێر چەند؟ یەکێکیان دابگرە، یان وەک { $example } بینووسە.
common-not-allowed = ڕێگەت پێ نادرێت ئەمە بکەیت.
common-organizer-only = ئەم فەرمانە تەنها بۆ ڕێکخەرانە.
common-admin-only = ئەم فەرمانە تەنها بۆ بەڕێوەبەرانە.
common-unknown-command = ئەم فەرمانە ناناسم. ⁨/help⁩ بنێرە بۆ ئەوەی بزانیت چی دەتوانیت بکەیت.
common-not-understood = لەوە تێنەگەیشتم. ⁨/help⁩ بنێرە بۆ ئەوەی بزانیت چی دەتوانیت بکەیت.
common-send-text = تکایە ئەمە وەک نامەیەکی دەقی بنێرە.
common-use-buttons = تکایە لە دوگمەکانی ژێر نامەکەی سەرەوە هەڵبژێرە.
common-pending-limited = تۆمارکردنەکەت چاوەڕێی ڕێکخەرێکە. تا پەسەند دەکرێت دەتوانیت ⁨/status⁩ و ⁨/language⁩ و ⁨/help⁩ و ⁨/forget⁩ بەکاربهێنیت.
common-not-registered = هێشتا خۆت تۆمار نەکردووە. ⁨/start⁩ بنێرە بۆ دەستپێکردن.
common-error = هەڵەیەک لە لای ئێمە ڕوویدا. هیچ شتێک لەوەی نووسیوتە لەدەست نەچووە؛ تکایە دووبارە هەوڵ بدەرەوە.
common-deep-link-invalid = ئەم بەستەرە دروست نییە یان بەسەرچووە.
common-none = —
common-list-separator = ،{" "}
flood-slow-down = ⏳ ئەمە زیاترە لەوەی بتوانم بە یەکجار وەڵامی بدەمەوە. بۆ { $seconds ->
        [one] یەک چرکە
       *[other] { $seconds } چرکە
    } وەڵام نادەمەوە؛ پاشان لەو شوێنەوە بەردەوام بە کە لێی بوویت. هیچ شتێک لەوەی پێشتر نووسیبووت ون نەبوو.
time-zone = { $zone ->
        [baghdad] کاتی بەغدا
       *[other] { $zone }
    }
# A language's name inside a sentence, in this interface's language.
language-en = ئینگلیزی
language-ar = عەرەبی
language-ckb = کوردیی سۆرانی
common-step-over = ئەم هەنگاوە تەواو بووە؛ هیچ نەگۆڕا. تکایە نوێترین نامە بەکاربهێنە.
btn-page-previous = ▶ پێشوو
btn-page-next = دواتر ◀
common-page = پەڕەی { $page } لە { $pages }.
