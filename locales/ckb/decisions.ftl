## Decisions the network takes in the chat (/decide, /decisions)

decision-head = { $kind ->
        [proposal] 🗳 <b>پێشنیارێک</b> بۆ بڕیاری تۆ
        [consent] 🗳 <b>بڕیار بە ڕەزامەندی</b>
        [time] 📅 <b>دیاریکردنی کات</b>: کەی دەتوانیت ئامادە بیت؟
        [score] 🗳 <b>نمرەدان</b>: هەر بژاردەیەک چەند باشە؟
        [ranked] 🗳 <b>ڕیزبەندی</b>: کامیان پێ باشترە؟
       *[dots] 🗳 <b>دەنگدان بە خاڵ</b>: چی بۆ تۆ گرنگترە؟
    }
decision-for-meeting = بۆ کۆبوونەوەی: { $title }
decision-question-line = { $text }
decision-option-line = { $n }. { $option }
decision-how = { $kind ->
        [proposal] دەتوانیت هاوڕا بیت، بێلایەن بیت، هاوڕا نەبیت، یان ڕێگری بکەیت ئەگەر ناتوانیت قبووڵی بکەیت. بۆ هاوڕانەبوون و ڕێگری هۆکارەکەت دەپرسرێت.
        [consent] ڕەزامەندی بدە، یان ناڕەزایی دەرببڕە ئەگەر ناتوانیت قبووڵی بکەیت. بۆ ناڕەزایی هۆکارەکەت دەپرسرێت.
        [time] کات دابگرە بۆ دیاریکردنی: ✅ بەڵێ، ❔ لەوانەیە، ✖️ نەخێر. کاتێک کە دیاری نەکرێت وەک نەخێر دەژمێردرێت.
        [score] هەر بژاردەیەک لە 1 (لاواز) تا 5 (زۆر باش) نمرە بدە. دەتوانیت بژاردەیەک بێ نمرە بهێڵیتەوە.
        [ranked] بژاردەکان بەو ڕیزەی پێت باشە دابگرە، باشترینیان یەکەم. دەتوانیت دوای چەند دانەیەک بوەستیت.
       *[dots] { $dots ->
            [one] یەک خاڵ
           *[other] { $dots } خاڵ
        } بە دوگمەکانی + و − بەسەر بژاردەکاندا دابەش بکە؛ دەتوانیت چەند خاڵێک لەسەر یەک بژاردە دابنێیت.
    }
decision-how-native = { $kind ->
        [proposal] لە ڕاپرسییەکەی خوارەوە دەنگ بدە: هاوڕایی، بێلایەنی، ناهاوڕایی، یان ڕێگری ئەگەر ناتوانیت قبووڵی بکەیت. بۆ ناهاوڕایی و ڕێگری لێرە هۆکارەکەت دەپرسرێت.
       *[consent] لە ڕاپرسییەکەی خوارەوە دەنگ بدە: ڕەزامەندی، یان ناڕەزایی ئەگەر ناتوانیت قبووڵی بکەیت. بۆ ناڕەزایی لێرە هۆکارەکەت دەپرسرێت.
    }
decision-closes = دەنگدان لە { $when } دادەخرێت. تا ئەو کاتە دەتوانیت دەنگەکەت بگۆڕیت.
decision-turnout = { $voters } لە { $audience ->
        [one] یەک کەس
       *[other] { $audience } کەس
    } دەنگیان داوە.
decision-quorum-needed = نیساب: { $needed }.
decision-your-vote = دەنگی تۆ: <b>{ $choice }</b>
decision-your-reason = هۆکارەکەت: { $reason }
decision-your-order = ڕیزبەندییەکەت: { $order }
decision-dots-left = خاڵی ماوە: { $left } لە { $dots }
decision-marked = وەڵامت داوەتەوە: { $count } لە { $total }.
decision-hidden = ئەنجامەکان کاتی داخستنی دەنگدان پیشان دەدرێن.
decision-so-far = <b>تا ئێستا</b>:
decision-answer = { $answer ->
        [agree] هاوڕایی
        [abstain] بێلایەنی
        [disagree] ناهاوڕایی
        [block] ڕێگری
        [consent] ڕەزامەندی
        [objection] ناڕەزایی
        [yes] بەڵێ
        [maybe] لەوانەیە
       *[no] نەخێر
    }
btn-decision-answer = { $answer ->
        [agree] 👍 هاوڕام
        [abstain] 🤐 بێلایەنم
        [disagree] 👎 هاوڕا نیم
        [block] ✋ ڕێگری دەکەم
        [consent] 👍 ڕەزامەندم
       *[objection] ✋ ناڕەزایی
    }
btn-decision-reset = ↺ ڕیزبەندییەکەم لە سەرەتاوە
btn-decision-add = ➕ زیادکردنی بژاردە
decision-saved = دەنگەکەت پاشەکەوت کرا.
decision-ask-reason = تکایە هۆکارەکەت لە یەک نامەدا بنێرە (تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    }). دەنگەکەت دوای گەیشتنی هۆکارەکە دەژمێردرێت.
decision-reason-saved = دەنگ و هۆکارەکەت پاشەکەوت کران. کێ دەتوانێت هۆکارەکەت بخوێنێتەوە؟
btn-decision-reason-public = هەموو ئەوانەی بۆیان نێردراوە (بێ ناوی من)
btn-decision-reason-private = تەنها ڕێکخەران
decision-reason-public = هۆکارەکەت لەگەڵ ئەنجامەکان پیشان دەدرێت، بێ ناوی تۆ.
decision-reason-private = تەنها ڕێکخەران هۆکارەکەت دەخوێننەوە.
decision-ask-option = تکایە بژاردەکەت لە یەک نامەدا بنێرە (تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    }).
decision-option-added = بژاردەکەت زیاد کرا. ئەوانی تر لە داگرتنی داهاتوویان لەسەر کارتەکەیان دەیبینن.
decision-reminder = ⏰ بیرخستنەوە: دەنگەکەت هێشتا نەدراوە. دەنگدان لە { $when } دادەخرێت.

## Refusals

decision-closed = دەنگدان لەسەر ئەم بڕیارە داخراوە.
decision-gone = ئەم بڕیارە چیتر نەماوە.
decision-not-yours = ئەم بڕیارە بۆ تۆ نەخراوەتە ڕوو.
decision-reason-needed = ئەم وەڵامە هۆکاری پێویستە.
decision-no-new-options = ئەم بڕیارە بژاردەی نوێ وەرناگرێت.
decision-option-exists = ئەو بژاردەیە پێشتر هەیە.
decision-options-full = ئەم بڕیارە هەموو { $max ->
        [one] یەک بژاردەکەی
       *[other] { $max } بژاردەکەی
    } هەیە.
decision-options-count = تکایە { $min } تا { $max ->
        [one] یەک بژاردە
       *[other] { $max } بژاردە
    } بنووسە، هەر یەکە لە دێڕێکدا.
decision-text-empty = دەقەکە بەتاڵە. تکایە دووبارە بینووسەوە.
decision-still-open = دەنگدان لەسەر ئەم بڕیارە هێشتا کراوەیە.
decision-announced-already = دەقی ئەم بڕیارە پێشتر ڕاگەیەنراوە.

## Results

decision-result = { $result ->
        [passed] ✅ <b>پەسەند کرا</b>
        [rejected] ❌ <b>پەسەند نەکرا</b>
        [blocked] ✋ <b>ڕێگری لێ کرا</b>
        [objected] ✋ <b>ناڕەزایی لەسەرە</b>
       *[no_quorum] ⚠️ <b>نیساب تەواو نەبوو</b>: کەمتر لە پێویست دەنگیان دا بۆ ئەوەی ئەنجامەکە جێگیر بێت
    }
decision-tally = { $answer }: { $count }
decision-quorum = { $voters ->
        [one] یەک کەس دەنگی دا
       *[other] { $voters } کەس دەنگیان دا
    }؛ نیساب { $needed } بوو ({ $reached ->
        [yes] تەواو بوو
       *[no] تەواو نەبوو
    }).
decision-voted = { $voters } لە { $audience ->
        [one] یەک کەس
       *[other] { $audience } کەس
    } دەنگیان دا.
decision-time-line = { $when }: بەڵێ { $yes } · لەوانەیە { $maybe } · نەخێر { $no }
decision-time-best = ⭐ باشترین کات: { $when } (بەڵێ { $yes }، لەوانەیە { $maybe })
decision-time-none = هیچ کاتێک بۆ کەس گونجاو نییە.
decision-score-line = { $option }: تێکڕا { $mean } ({ $count ->
        [one] یەک نمرە
       *[other] { $count } نمرە
    })
decision-ranked-winner = 🏆 بژاردەی هەڵبژێردراو: <b>{ $option }</b>
decision-ranked-none = هیچ بژاردەیەک نەیبردەوە: دەنگەکان یەکسانن.
decision-round = خولی { $n }: { $votes }
decision-exhausted = { $count ->
        [one] یەک دەنگ
       *[other] { $count } دەنگ
    } هیچ بژاردەیەکی تێدا نەماوە بۆ ژماردن.
decision-dropped = لابرا: { $option }
decision-dots-line = { $option }: { $dots ->
        [one] یەک خاڵ
       *[other] { $dots } خاڵ
    } لە { $people ->
        [one] یەک کەس
       *[other] { $people } کەس
    }
decision-segment = { $dimension ->
        [type] لەنێو { $name }
       *[place] لە { $name }
    }: { $result }
decision-segment-hidden = { $dimension ->
        [type] لەنێو { $name }
       *[place] لە { $name }
    }: دەنگەکان کەمترن لەوەی پیشان بدرێن
decision-like-you = <b>لەنێو کەسانی وەک تۆ</b>:
decision-reasons = <b>هۆکارە وتراوەکان</b>:
decision-reason-line = • { $answer }: { $reason }
decision-reason-named-line = • { $name } ({ $answer }): { $reason }
decision-named-votes = <b>دەنگەکان بە ناو</b> (تەنها بۆ ڕێکخەران):
decision-named-vote-line = • { $name }: { $vote }
decision-outcome-head = 🗳 <b>بڕیاری تۆڕەکە</b>: { $text }
decision-outcome = <b>دەقی بڕیار</b>: { $outcome }

## Organizers: putting a decision (/decide)

decision-new = 🗳 <b>بڕیاری نوێ</b>. چ جۆرە بڕیارێک؟
btn-decision-kind = { $kind ->
        [proposal] پێشنیار
        [consent] بڕیار بە ڕەزامەندی
        [time] دیاریکردنی کات
        [score] نمرەدان
        [ranked] ڕیزبەندی
       *[dots] دەنگدان بە خاڵ
    }
decision-ask-text = { $kind ->
        [proposal] تکایە پێشنیارەکە لە یەک نامەدا بنووسە.
        [consent] تکایە ئەوەی داوا لە تۆڕەکە دەکرێت ڕەزامەندی لەسەر بدات، لە یەک نامەدا بنووسە.
        [time] تکایە بابەتی کۆبوونەوەکە لە یەک نامەدا بنووسە.
       *[other] تکایە پرسیارەکە لە یەک نامەدا بنووسە.
    }
decision-ask-options = تکایە بژاردەکان بنێرە، هەر یەکە لە دێڕێکدا، لە { $min } تا { $max }.
decision-ask-times = تکایە کاتە پێشنیارکراوەکان بنێرە، هەر یەکە لە دێڕێکدا (تا { $max })، بەم شێوەیە: { $example } ({ $tz }).
decision-ask-dots = هەر کەسێک چەند خاڵی هەبێت؟
btn-decision-dots = { $dots ->
        [one] یەک خاڵ
       *[other] { $dots } خاڵ
    }
decision-settings = <b>بڕیارەکە بپشکنە</b> وەک ئەوانەی بۆیان دەنێردرێت دەیخوێننەوە. دوگمەکانی خوارەوە شێوەی کارکردنی دەگۆڕن.
btn-decision-open-for = ⏱ کراوە بۆ { $days ->
        [one] یەک ڕۆژ
       *[other] { $days } ڕۆژ
    }
btn-decision-quorum = 👥 نیساب: { $percent ->
        [0] بێ نیساب
       *[other] { $percent }٪ی ئەوانەی پرسیاریان لێ کراوە
    }
btn-decision-setting = { $on ->
        [yes] ☑️
       *[no] ⬜
    } { $setting ->
        [hide] شاردنەوەی ئەنجامەکان تا داخستن
        [named] دەنگەکان بە ناو (تەنها بۆ ڕێکخەران)
        [native] وەک ڕاپرسیی تێلیگرام دەنێردرێت
       *[add] ئەندامان دەتوانن بژاردە زیاد بکەن
    }
btn-decision-send = 📤 ناردن
decision-cancelled = بڕیارەکە نەنێردرا.
decision-sent = 🗳 بۆ { $count ->
        [one] یەک کەس
       *[other] { $count } کەس
    } نێردرا. دەنگدان لە { $when } دادەخرێت.

## Organizers: following decisions (/decisions)

decision-none = هێشتا هیچ بڕیارێک نییە. فەرمانی ⁨/decide⁩ بڕیارێک دەخاتە بەردەم تۆڕەکە.
decision-list = 🗳 دوایین بڕیارەکان:
btn-decision-item = { $title } ({ $status ->
        [open] کراوە
        [closed] داخراو
       *[announced] بڕیاردراو
    })
decision-admin-head = 🗳 <b>{ $kind ->
        [proposal] پێشنیار
        [consent] بڕیار بە ڕەزامەندی
        [time] دیاریکردنی کات
        [score] نمرەدان
        [ranked] ڕیزبەندی
       *[dots] دەنگدان بە خاڵ
    }</b> ({ $status ->
        [open] کراوە
        [closed] داخراو، چاوەڕێی دەقی بڕیار
       *[announced] بڕیاردراو
    })
btn-decision-refresh = 🔄 نوێکردنەوە
btn-decision-close = ⏹ ئێستا دایبخە
btn-decision-outcome = ✍️ نووسینی دەقی بڕیار
btn-decision-meeting = 📅 ڕەشنووسی کۆبوونەوە لە باشترین کاتدا
btn-decision-track = 📌 بەدواداچوونی وەک بڕگە
decision-closed-now = 🗳 دەنگدان داخرا. تکایە دەقی بڕیار بنووسە: بۆ هەموو ئەوانەی بڕیارەکەیان بۆ خرایە ڕوو دەنێردرێت، لەگەڵ ئەنجامەکە.
decision-closed-by-you = دەنگدان داخرا؛ ئەنجامەکە بەڕێوەیە بۆت.
decision-ask-outcome = تکایە دەقی بڕیار لە یەک نامەدا بنووسە (تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    }): تۆڕەکە چی بڕیار دا و هەنگاوی داهاتوو چییە. بۆ هەموو ئەوانەی بڕیارەکەیان بۆ خرایە ڕوو دەنێردرێت، لەگەڵ ئەنجامەکە.
decision-announced = دەقی بڕیار و ئەنجامەکە بەڕێوەن بۆ { $count ->
        [one] یەک کەس
       *[other] { $count } کەس
    }.
