## The translation queue: members translate approved updates and follow-up items (/translate),
## organizers approve, edit or reject the proposals (/translations)

btn-translate-pairs = 🌐 یارمەتی لە وەرگێڕان
translate-pairs-ask = 🌐 <b>یارمەتی لە وەرگێڕان</b>: هەموو ئەو جووتە زمانانە هەڵبژێرە کە دەتوانیت وەریان بگێڕیت. نوێکاری و بڕگەی بەدواداچوونی پەسەندکراو یەک بە یەک پیشانت دەدرێن؛ ڕێکخەران هەر وەرگێڕانێک پێش بەکارهێنان دەپشکنن.
translate-pair = لە { $source } بۆ { $target }
btn-translate-start = ▶ ئێستا وەربگێڕە
translate-nothing = 🌐 ئێستا هیچ شتێک بە زمانەکانی تۆ چاوەڕێی وەرگێڕان نییە. سوپاس! دواتر دووبارە ⁨/translate⁩ بنێرە.
translate-offer =
    🌐 <b>تکایە بۆ { $language } وەربگێڕە</b> (بە { $source } نووسراوە). وەرگێڕانەکە لە یەک نامەدا بنێرە.

    <blockquote>{ $text }</blockquote>
btn-translate-skip = ⏭ یەکێکی تر
btn-translate-stop = ✖ وەستان
translate-stopped = وەستا. بۆ بەردەوامبوون ⁨/translate⁩ بنێرە.
translate-ask-credit = ڕاپۆرتەکە ناوت وەک وەرگێڕ بهێنێت؟
btn-translate-named = بەڵێ، ناوم بهێنە
btn-translate-unnamed = نەخێر، بێ ناوم
translate-sent = ✅ سوپاس: وەرگێڕانەکەت بۆ ڕێکخەران چوو.
translation-too-long = وەرگێڕان دەتوانێت تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئەمە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }.
translation-empty = وەرگێڕانەکە بەتاڵە.
translation-not-needed = ئەم بڕگەیە پێشتر وەرگێڕانی بەو زمانە هەیە، یان یەکێک چاوەڕێی پێداچوونەوەیە.
translation-gone = ئەم بڕگەیە ئیتر نەماوە.
translation-decided = پێشتر بڕیار لەسەر ئەم پێشنیارە دراوە.

translations-card =
    🌐 <b>وەرگێڕانی پێشنیارکراو</b> (چاوەڕێ: { $waiting })، لە { $source } بۆ { $target }، { $named ->
        [yes] لەلایەن { $translator }
       *[no] لەلایەن ئەندامێک کە داوای کرد ناوی نەهێنرێت
    }.

    دەقی بنەڕەت:
    <blockquote>{ $original }</blockquote>
    وەرگێڕان:
    <blockquote>{ $text }</blockquote>
btn-translation-approve = ✅ پەسەندکردن
btn-translation-edit = ✏️ دەستکاری
btn-translation-reject = ✖ ڕەتکردنەوە
translations-none = 🌐 هیچ وەرگێڕانێکی پێشنیارکراو چاوەڕێی پێداچوونەوە نییە.
translations-ask-edit = وەرگێڕانی ڕاستکراوە بۆ { $language } بنێرە؛ وەک دەینێریت پەسەند دەکرێت.
translations-approved = پەسەندکرا: ئێستا بڕگەکە ئەم دەقەی هەیە.
translations-rejected = ڕەتکرایەوە.
