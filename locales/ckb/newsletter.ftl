## Newsletters: organizers prepare them, members subscribe and read past issues

newsletter-choose-period = <b>هەواڵنامەی نوێ</b>
    کام ماوە دەگرێتەوە؟ یەکێک هەڵبژێرە، یان دوو بەروار بنێرە وەک { $example }.
btn-nl-this-quarter = ئەم چارەکە
btn-nl-last-quarter = چارەکی پێشوو
newsletter-title = هەواڵنامەی تەنسیق، { $period }
newsletter-draft =
    <b>{ $heading }</b>

    <b>میکانیزمی هەماهەنگی بە ژمارە</b>
    { $actors }
    کۆبوونەوە هەماهەنگییە ئەنجامدراوەکان: { $meetings } · ئامادەبوون: { $attendances }
    ئەندامانی نوێی پەسەندکراو: { $people }
    ڕاگەیاندنە نێردراوەکان: { $announcements }

    { $updates }

    <i>لێرەدا هەواڵەکانی ئەم ماوەیە بنووسە: کۆبوونەوەکان، نوێکارییەکانی کەرتەکان، ئەوەی دێت.</i>
newsletter-actors-line = { $type }: { $start } ← { $end }
newsletter-draft-ready = ڕەشنووسی خوارەوە لەسەر بنەمای ئەوەی ماوەکە لەخۆی دەگرێت دروستکراوە. هەر زمانێک دەستکاری بکە، پاشان بینێرە یان خشتەی بکە. بۆ { $count ->
        [one] یەک بەشداربوو
       *[other] { $count } بەشداربوو
    } دەچێت.
btn-nl-edit = ✏️ { $language }
newsletter-ask-edit = دەقی نوێ بۆ خوێنەرانی { $language } بنێرە. جێگەی ڕەشنووسەکە بەو زمانە دەگرێتەوە.
newsletter-cancelled = هەواڵنامەکە هەڵوەشایەوە؛ هیچ شتێک نەنێردرا.
subscribe-status = { $subscribed ->
        [yes] 📬 هەواڵنامەکە بە { $language } وەردەگریت.
       *[no] 📭 هەواڵنامەکە وەرناگریت.
    }
btn-subscribe = 📬 بەشداربوون
btn-unsubscribe = 📭 هەڵوەشاندنەوەی بەشداربوون
subscribe-outcomes = { $on ->
        [yes] 📣 ئەنجامی ئەو ڕاپرسییانەی وەڵامیان دەدەیتەوە و هەواڵی ئەوەی نوێکارییەکانت چییان لێهات بۆت دێت (بۆ نموونە: یەکێکیان لە ڕاپۆرتێکدایە).
       *[no] 🔕 ئەنجامی ڕاپرسییەکان و هەواڵی ئەوەی نوێکارییەکانت چییان لێهات بۆت نایەت.
    }
btn-outcomes-off = 🔕 ڕاگرتنی ئەنجام و هەواڵی نوێکارییەکانم
btn-outcomes-on = 📣 ناردنی ئەنجام و هەواڵی نوێکارییەکانم
newsletters-none = هێشتا هیچ هەواڵنامەیەک نەنێردراوە.
newsletters-list = <b>هەواڵنامە پێشووەکان</b> — یەکێک هەڵبژێرە بۆ خوێندنەوە:
newsletter-updates-heading = <b>نوێکارییەکانی کەرتەکان</b> (پەسەندکراو لەلایەن ڕێکخەرانەوە)
newsletter-update-item = { $icon } { $text }
newsletter-update-item-named = { $icon } { $text } ({ $organization })
newsletter-updates-more = … و { $count ->
        [one] یەکێکی تر
       *[other] { $count }ی تر
    } لە ڕاپۆرتی کورتدا.
newsletter-updates-none = لەم ماوەیەدا هیچ نوێکارییەکی کەرت پەسەند نەکراوە.
newsletter-followup-heading = <b>بەدواداچوونی ڕاسپاردەکان</b>: ئەوەی لەم ماوەیەدا گۆڕا
newsletter-followup-item = 📌 { $level }: { $text }
newsletter-opportunities-heading = <b>دەرفەتەکان</b>
newsletter-opportunity-item = • { $kind }: { $title } (وادە { $deadline })
newsletter-opportunities-footer = ئەوانەی هێشتا کراوەن لە ⁨/opportunities⁩ دان.
newsletter-decisions-heading = <b>بڕیارەکانی تۆڕەکە</b>
newsletter-decision-item = 🗳 { $text }: { $outcome }
