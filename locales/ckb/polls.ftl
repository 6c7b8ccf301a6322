## Post-meeting polls

poll-intro = 📊 چەند پرسیارێک دەربارەی ئەو کۆبوونەوە هەماهەنگییەی ئامادەی بوویت. دەتوانیت وەڵامەکەت بگۆڕیت تا ڕاپرسییەکە دادەخرێت.
poll-q-usefulness = کۆبوونەوەکە چەندە سوودی بۆ کارەکەت هەبوو؟ (1 = هیچ، 5 = زۆر)
poll-q-next-topic = کۆبوونەوەی داهاتوو دەبێت جەخت لەسەر کام کەرت بکاتەوە؟
poll-q-feedback = شتێکی تر هەیە کە بتەوێت ڕێکخەران بیزانن؟
btn-poll-write = ✍️ وەڵامێک بنووسە
poll-ask-text = وەڵامەکەت لە یەک نامەدا بنێرە.
poll-thanks = سوپاس، وەڵامەکەت پاشەکەوت کرا.
poll-reminder = 📊 بیرخستنەوە: ڕاپرسی دەربارەی دوایین کۆبوونەوەی هەماهەنگی هێشتا کراوەیە؛ وەڵامەکانت یارمەتی ئامادەکردنی کۆبوونەوەی داهاتوو دەدەن.
poll-closed = ئەم ڕاپرسییە داخراوە.
poll-gone = ئەم ڕاپرسییە چیتر بوونی نییە.
poll-not-yours = ئەم ڕاپرسییە بۆ تۆ نەنێردراوە.
poll-exists = ئەم کۆبوونەوەیە پێشتر ڕاپرسییەکی هەیە.
poll-scheduled = 📊 ڕاپرسییەکە لە { $send } بۆ بەشداربووان دەنێردرێت و لە { $close } دادەخرێت ({ $tz }). دووبارە دوگمەکە دابگرە بۆ بینینی ئەنجامەکان.
poll-results-header = 📊 <b>ئەنجامی «{ $title }»</b>: { $answered } لە { $sent ->
        [one] یەک کەس
       *[other] { $sent } کەس
    } وەڵامیان داوەتەوە ({ $status ->
        [open] کراوە
        [closed] داخراو
       *[other] هێشتا نەنێردراوە
    }).
poll-option-line = { $option }: { $count } ({ $percent }٪)
poll-mean-line = { $type }: تێکڕا { $mean } ({ $count ->
        [one] یەک وەڵام
       *[other] { $count } وەڵام
    })
poll-text-line = • { $text }
btn-meeting-poll = 📊 ڕاپرسی
btn-poll-csv = 📄 وەڵامەکان وەک CSV
btn-poll-send-results = 📣 ناردنی ئەنجامەکان بۆ بەشداربووان
poll-results-for-you = 📊 سوپاس بۆ وەڵامدانەوەت. ئەمە ئەوەیە کە بەشداربووان وتیان:
poll-results-sent = ئەنجامەکان بەڕێوەن بۆ { $count ->
        [one] یەک بەشداربوو
       *[other] { $count } بەشداربوو
    }.
poll-texts-count = { $count ->
        [one] یەک وەڵامی نووسراو
       *[other] { $count } وەڵامی نووسراو
    } (ڕێکخەران دەیانخوێننەوە)

## Making a poll (/poll, or a meeting's card) and reading results (/polls)

poll-intro-standalone = 📊 ڕێکخەرانی میکانیزمی هەماهەنگی بۆچوونی تۆ دەپرسن. دەتوانیت وەڵامەکەت بگۆڕیت تا ڕاپرسییەکە دادەخرێت.
poll-reminder-standalone = 📊 بیرخستنەوە: ڕاپرسی ڕێکخەران هێشتا کراوەیە؛ وەڵامەکەت گرنگە.
poll-new = 📊 <b>ڕاپرسی نوێ</b>. نموونەیەک هەڵبژێرە، یان پرسیاری خۆت بنووسە.
poll-new-for-meeting = 📊 <b>ڕاپرسی کۆبوونەوە</b>. دوای کۆتایی کۆبوونەوە بۆ ئەوانە دەنێردرێت کە ئامادە بوون (یان بەڵێیان وت، ئەگەر ئامادەبوون تۆمار نەکرابێت). نموونەیەک هەڵبژێرە، یان پرسیاری خۆت بنووسە.
btn-poll-tpl-feedback = هەڵسەنگاندنی کۆبوونەوە (3 پرسیار)
btn-poll-tpl-usefulness = سوود، لە 1 تا 5
btn-poll-tpl-next-topic = کەرتی کۆبوونەوەی داهاتوو
btn-poll-tpl-own = ✍️ پرسیاری خۆم
poll-ask-own = پرسیارەکە بە <b>{ $language }</b> بنێرە: پرسیارەکە لە دێڕی یەکەم، پاشان لە هەر دێڕێکدا هەڵبژاردەیەک. زمانێک تێپەڕێنە بۆ ئەوەی دەقی زمانی یەکەم لە جێی پیشان بدرێت.
poll-own-format = پرسیارەکە لە دێڕی یەکەم بنووسە و لە { $min } تا { $max ->
        [one] یەک هەڵبژاردە
       *[other] { $max } هەڵبژاردە
    } لە خوارییەوە، هەر یەکێک لە دێڕێکدا.
poll-own-count = ئەم زمانە { $count ->
        [one] یەک هەڵبژاردەی
       *[other] { $count } هەڵبژاردەی
    } هەیە، زمانی یەکەم { $expected ->
        [one] یەک
       *[other] { $expected }
    }. هەمان هەڵبژاردەکان بە هەمان ڕیز بنووسە.
poll-ask-style = خەڵک چۆن وەڵام بدەنەوە؟
btn-poll-style-buttons = دوگمە لە گفتوگۆکەدا
btn-poll-style-native = ڕاپرسی تێلیگرام
poll-preview-line = { $number }. { $question }
poll-confirm = 📊 ڕاپرسییەکە:
    { $questions }

    چەند ماوە کراوە بێت؟ هەر کە هەڵتبژارد دەنێردرێت.
btn-poll-open-for = بینێرە، کراوە بۆ { $days ->
        [one] 1 ڕۆژ
       *[other] { $days } ڕۆژ
    }
poll-sent = 📊 ڕاپرسییەکە بەڕێوەیە بۆ { $count ->
        [one] یەک کەس
       *[other] { $count } کەس
    }. لە { $close } دادەخرێت ({ $tz }).
poll-cancelled = ڕاپرسییەکە هەڵوەشایەوە.
btn-poll-refresh = 🔄 ئەنجامەکان
btn-poll-chart = 📈 هێڵکاری
btn-poll-close = ⏹ ئێستا دایبخە
poll-closed-now = ڕاپرسییەکە داخرا.
poll-none = هێشتا هیچ ڕاپرسییەک نییە. بە ⁨/poll⁩ یەکێک دەست پێبکە.
poll-list = 📊 <b>دوایین ڕاپرسییەکان</b>: یەکێک هەڵبژێرە بۆ بینینی ئەنجامەکانی.
btn-poll-item = { $date } · { $title } · { $status ->
        [open] کراوە
        [closed] داخراو
       *[other] لە پلاندایە
    }
poll-no-answers = هێشتا هیچ وەڵامێک نییە بۆ هێڵکاری.
poll-chart-caption = 📈 { $answered } لە { $sent ->
        [one] یەک کەس
       *[other] { $sent } کەس
    } وەڵامیان داوەتەوە.
poll-top-line = { $place }: { $option } ({ $count } لە { $total ->
        [one] یەک وەڵام
       *[other] { $total } وەڵام
    })
poll-by-actor-type = <i>بەپێی جۆری لایەن</i>
poll-by-governorate = <i>بەپێی پارێزگا</i>
poll-too-few = وەڵامەکان کەمترن لەوەی پیشان بدرێن (کەمتر لە پێنج): { $groups }
poll-results-sent-already = ئەنجامەکان پێشتر گەیشتوونەتە هەموو ئەوانەی وەڵامیان داوەتەوە (کاتی داخستنی ڕاپرسییەکە دەنێردرێن).
poll-still-open = ڕاپرسییەکە هێشتا کراوەیە: کاتی داخستنی ئەنجامەکان بۆ ئەوانەی وەڵامیان داوەتەوە دەنێردرێن.
poll-segment-mean = { $dimension ->
        [type] لەنێو { $name }
       *[place] لە { $name }
    }: تێکڕا { $mean } ({ $count ->
        [one] یەک وەڵام
       *[other] { $count } وەڵام
    })
poll-segment-top = { $dimension ->
        [type] لەنێو { $name }
       *[place] لە { $name }
    }: { $option } ({ $count } لە { $total ->
        [one] یەک وەڵام
       *[other] { $total } وەڵام
    })
poll-segment-hidden = { $dimension ->
        [type] لەنێو { $name }
       *[place] لە { $name }
    }: وەڵامەکان کەمترن لەوەی پیشان بدرێن
btn-results-chart = 📈 وەک هێڵکاری
results-chart-caption = 📈 هەمووان، و کەسانی وەک تۆ (گرووپی کەمتر لە پێنج پیشان نادرێن).
results-chart-everyone = هەمووان
