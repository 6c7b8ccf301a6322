## Follow-up of recommendations, commitments and action points: /followup, /tracker

followup-narrative-too-long = وەسفەکە { $words ->
        [one] یەک وشەیە
       *[other] { $words } وشەیە
    }، { $over ->
        [one] یەک وشە
       *[other] { $over } وشە
    } زیاترە لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە؛ دەقەکەت تا ئەو کاتە دەمێنێتەوە.
followup-narrative-too-many-characters = وەسفەکە { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }، { $over ->
        [one] یەک پیت
       *[other] { $over } پیت
    } زیاترە لە سنووری { $max }. کورتی بکەرەوە و دووبارە بینێرە؛ دەقەکەت تا ئەو کاتە دەمێنێتەوە.
followup-commit-too-many = ئەمڕۆ { $limit ->
        [one] یەک پابەندبوونت
       *[other] { $limit } پابەندبوونت
    } ڕاگەیاندووە، کە زۆرترینە بۆ ڕۆژێک. سبەی هەوڵ بدەرەوە.
followup-narrative-empty = چەند وشەیەک لەسەر ئەوەی ڕوویدا بنووسە.
followup-text-length = دەقەکە دەبێت لە { $min } تا { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } بێت؛ ئێستا { $length ->
        [one] یەک پیتە
       *[other] { $length } پیتە
    }.
followup-due-in-the-past = ئەو بەروارە تێپەڕیوە. وادەیەک لە ئەمڕۆوە هەڵبژێرە.
followup-not-a-recommendation = تەنها ڕاسپاردەیەکی پەسەندکراو دەکرێت بەدوادا بچێت.
followup-already-tracked = پێشتر بەدواداچوون بۆ ئەم ڕاسپاردەیە دەکرێت (بڕگەی ژمارە { $item }).
followup-gone = ئەم بڕگەیە چیتر بوونی نییە.
followup-already-decided = پێشتر بڕیار لەسەر ئەم پابەندبوونە دراوە.
followup-no-organization = تۆمارەکەت هیچ ڕێکخراوێک ناو نابات، بۆیە هیچ پابەندبوونێک نییە بە ناوی ئەوەوە تۆمار بکرێت.
followup-not-an-owner = تەنها نوێنەری یەکێک لە لایەنە بەرپرسەکان یان ڕێکخەرێک دەتوانێت ڕەوشی ئەم بڕگەیە ڕابگەیەنێت.
followup-unknown-level = ئەو ڕەوشە لەسەر پێوەرەکە نییە.
followup-owner-not-approved = هەر لایەنێکی بەرپرس دەبێت ڕێکخراوێکی پەسەندکراو بێت.

followup-level-not_reported = هێشتا ڕانەگەیەندراوە
followup-level-exceeded = لە ئامانج تێپەڕی
followup-level-met = بەدیهات
followup-level-limited = پێشکەوتنی سنووردار
followup-level-no_progress = هیچ پێشکەوتنێک نییە
followup-kind-recommendation = ڕاسپاردە
followup-kind-commitment = پابەندبوون
followup-kind-action_point = خاڵی کار
followup-card =
    <b>{ $kind } ژمارە { $id }</b>
    { $text }

    ڕەوش: { $level }
    کەرتەکان: { $sectors }
    پارێزگاکان: { $governorates }
    لایەنە بەرپرسەکان: { $owners }
    وادە: { $due }
followup-card-pillar = تەوەر: { $pillar }
followup-card-overdue = ⏰ <b>دواکەوتووە</b>: وادەکە تێپەڕی و هیچ ڕاپۆرتێکی ڕەوش نییە.
followup-card-history = <b>مێژوو</b> ({ $count ->
        [one] یەک ڕاپۆرتی ڕەوش
       *[other] { $count } ڕاپۆرتی ڕەوش
    }، نوێترین یەکەم):
followup-full-history = 📜 <b>بڕگەی ژمارە { $id }: هەموو مێژووەکە</b> ({ $count ->
        [one] یەک ڕاپۆرتی ڕەوش
       *[other] { $count } ڕاپۆرتی ڕەوش
    }، نوێترین یەکەم)
btn-followup-history = 📜 هەموو مێژووەکە
followup-history-line = { $date } · { $level } · { $by }: { $narrative }{ $link }
followup-by-organizer = ڕێکخەرێک
btn-followup-open = کردنەوەی بڕگەکە
btn-followup-report = 📝 ڕاپۆرتی ڕەوش
btn-followup-follow = 🔔 ئاگادارم بکەرەوە
btn-followup-unfollow = 🔕 ئاگادارم مەکەرەوە
btn-followup-named = بە ناو پیشانمان بدە
btn-followup-anonymous = وەک «یەکێک لە …» پیشانمان بدە
btn-followup-due = 📅 وادە
btn-followup-owner = ➕ لایەنی بەرپرس
btn-followup-delete = 🗑 سڕینەوە
btn-followup-all = هەموو کەرتەکان
btn-followup-track = 📌 بەدواداچوونی ڕاسپاردەکە
followup-changed-notice =
    🔔 <b>ڕەوشی بڕگەی ژمارە { $id } گۆڕا</b>
    { $text }
followup-ask =
    📝 <b>بڕگەی ژمارە { $id } گەیشتووەتە کوێ؟</b> ({ $occasion })
    { $text }
    وادە: { $due }

    ڕێکخراوەکەت یەکێکە لە لایەنە بەرپرسەکانی: ڕەوشێک هەڵبژێرە و بە چەند وشەیەک بڵێ چی ڕوویدا.
followup-ask-reminder =
    📝 <b>بیرخستنەوە: بڕگەی ژمارە { $id } هێشتا چاوەڕوانی ڕاپۆرتی ڕەوشی ئێوەیە</b> ({ $occasion })
    { $text }
    وادە: { $due }
followup-occasion-due = پێش وادەکەی
followup-choose-sector = 📌 <b>بەدواداچوونی</b> ڕاسپاردە، پابەندبوون و خاڵەکانی کار. کام کەرت؟
followup-list-empty = هێشتا هیچ بڕگەیەک لە { $sector } نییە.
followup-list-header = <b>{ $sector }</b>: { $count ->
        [one] یەک بڕگە
       *[other] { $count } بڕگە
    }. 👥 ڕێکخراوەکەت بەرپرسە · 🔔 بەدوایدا دەچیت · ⏰ دواکەوتووە
followup-followed = بەدوای ئەم بڕگەیەدا دەچیت: هەر گۆڕانێکی ڕەوشەکەی لێرە پێت دەگات.
followup-unfollowed = چیتر بەدوای ئەم بڕگەیەدا ناچیت.
followup-naming-saved = پاشەکەوت کرا: ڕێکخراوەکەت بەم شێوەیە لەسەر بڕگەکە دەردەکەوێت.
followup-ask-level = بڕگەی ژمارە { $id } ئێستا گەیشتووەتە کوێ؟
followup-ask-narrative = لە { $max ->
        [one] یەک وشە
       *[other] { $max } وشە
    } زیاتر نا: چی ڕوویدا، و هەنگاوی داهاتوو چییە؟
followup-narrative-kept = دەقەکەت، بۆ کورتکردنەوە:
followup-ask-attachment = دەتوانیت بەستەرێک (بە ⁨https://⁩ دەست پێ بکات) یان پەڕگەیەک وەک بەڵگە زیاد بکەیت. یان تێی بپەڕێنە.
followup-saved = پاشەکەوت کرا: { $level }. هەموو ئەوانەی بەدوای بڕگەکەدا دەچن ئاگادار کرانەوە.
followup-report-cancelled = هەڵوەشایەوە؛ ڕەوشەکە نەگۆڕا.
followup-tracked = بەدواداچوون بۆ بڕگەی ژمارە { $id } دەکرێت.
followup-ask-due = وادەکە بەم شێوەیە بنێرە ⁨31/3/2027⁩ (⁦ڕۆژ/مانگ/ساڵ⁩)، یان - ئەگەر نییە.
followup-due-invalid = ئەمە بەروار نییە. بەم شێوەیە بینێرە ⁨31/3/2027⁩ (⁦ڕۆژ/مانگ/ساڵ⁩)، یان - ئەگەر نییە.
followup-due-saved = وادەکە پاشەکەوت کرا.
followup-ask-owner = بەشێک لە ناوی لایەنی بەرپرس بنووسە (بە هەر زمانێک).
followup-owner-none-found = هیچ ڕێکخراوێکی پەسەندکراو بەو ناوە نییە. وشەی تر تاقی بکەرەوە.
followup-owner-pick = کامیان؟
followup-owner-added = لایەنی بەرپرس زیاد کرا: نوێنەرەکانی ئێستا دەتوانن ڕابگەیەنن.
followup-deleted = بڕگەی ژمارە { $id } سڕایەوە.
followup-edit-cancelled = هەڵوەشایەوە؛ هیچ نەگۆڕا.
tracker-empty = هێشتا بەدواداچوون بۆ هیچ شتێک نەکراوە. بەدوای ڕاسپاردەیەکی پەسەندکراودا بچۆ لە کارتی پێداچوونەوەکەیەوە، یان دوای کۆبوونەوەیەک خاڵەکانی کار تۆمار بکە.
tracker-header = 📌 <b>تەختەی بەدواداچوون</b>: { $count ->
        [one] یەک بڕگە
       *[other] { $count } بڕگە
    }
tracker-overdue = <b>دواکەوتوو</b> ({ $count ->
        [one] یەک بڕگە
       *[other] { $count } بڕگە
    }):
tracker-silent = <b>لایەنە بەرپرسەکان کە ڕایان نەگەیاندووە</b> ({ $count ->
        [one] یەک ڕێکخراو
       *[other] { $count } ڕێکخراو
    }):
tracker-silent-line = { $organization }: { $count ->
        [one] یەک بڕگە
       *[other] { $count } بڕگە
    }
tracker-chart-title = بەدواداچوون: ڕەوش بەپێی کەرت
tracker-export-caption = بەدواداچوون لەگەڵ مێژووەکەی: { $rows ->
        [one] یەک ڕیز
       *[other] { $rows } ڕیز
    }.
btn-tracker-csv = ⬇ CSV
btn-tracker-xlsx = ⬇ ئێکسڵ
tracker-unreachable = <b>لایەنە بەرپرسەکان کە داوای ڕاپۆرتی ڕەوشیان پێ ناگات</b> (هیچ نوێنەرێکی پەسەندکراویان نییە، یان هەموویان بۆتەکەیان بلۆک کردووە): { $count ->
        [one] یەک ڕێکخراو
       *[other] { $count } ڕێکخراو
    }
btn-followup-action-point = 📌 خاڵی کار
followup-point-ask-text = 📌 <b>خاڵی کار</b> لە { $meeting }: چی دەبێت بکرێت؟ یەک نامە، لە 10 تا 1200 پیت.
followup-point-ask-owner = لایەنی بەرپرس کێیە؟ بەشێک لە ناوی ڕێکخراوەکە بنووسە (بە هەر زمانێک)، پاشان «تەواو».
followup-point-owner-added = لایەنی بەرپرس: { $organization }
followup-point-owners = تا ئێستا { $count ->
        [one] یەک لایەنی بەرپرس
       *[other] { $count } لایەنی بەرپرس
    }. ناوێکی تر، یان «تەواو».
followup-point-saved = خاڵی کاری ژمارە { $id } تۆمار کرا؛ بە زمانی خۆیان دەگاتە ئامادەبووانی کۆبوونەوەکە.
followup-point-notice =
    📌 <b>خاڵی کار</b> لە { $meeting }
    { $text }

    لایەنە بەرپرسەکان: { $owners }
    وادە: { $due }
btn-followup-commit = ➕ تۆمارکردنی پابەندبوونێک
btn-followup-agenda = 🗳 پێشنیارکردنی بۆ بەرنامەی کار
btn-followup-approve = ✅ پەسەندکردن
btn-followup-reject = ❌ ڕەتکردنەوە
followup-commit-ask-sector = ➕ <b>پابەندبوونێکی ڕێکخراوەکەت</b>. کام کەرت؟
followup-commit-ask-text = ڕێکخراوەکەت پابەندی چییە؟ یەک نامە، لە 10 تا 1200 پیت.
followup-commit-submitted = سوپاس: پابەندبوونی ژمارە { $id } چاوەڕوانی ڕێکخەرێکە؛ دوای پەسەندکردن هەمووان دەتوانن بەدوایدا بچن.
followup-commit-review = ➕ <b>پابەندبوونی نوێی ژمارە { $id }</b> لە { $organization }، چاوەڕوانی پێداچوونەوە:
    { $text }
followup-commit-decided-alert = بڕیار لەسەر پابەندبوونی ژمارە { $id } درا.
followup-commit-approved = ✅ پابەندبوونەکەت ژمارە { $id } پەسەند کرا و ئێستا بەدواداچوونی بۆ دەکرێت: { $text }
followup-commit-rejected = پابەندبوونەکەت ژمارە { $id } پەسەند نەکرا: { $text }
followup-agenda-topic = بەدواداچوونی ژمارە { $id }: { $text }
followup-agenda-proposed = بۆ بەرنامەی کاری کۆبوونەوەی داهاتوو پێشنیار کرا: لیژنەی ڕاوێژکاری لەگەڵ بابەتەکانی تر ڕیزی دەکات (⁨/rank⁩).
btn-followup-pillar = 🏛 تەوەر
followup-ask-pillar = بڕگەکە سەر بە کام تەوەری پلانی کاری نیشتمانییە؟
followup-pillar-none = هیچ تەوەرێک
followup-pillar-saved = تەوەرەکە پاشەکەوت کرا.
followup-source-meeting = لە کۆبوونەوەی: { $meeting }
followup-source-update = لە نوێکاریی کەرتیی ژمارە { $id }
followup-source-commitment = لایەنی بەرپرس خۆی ڕایگەیاندووە
btn-followup-translate = 🌐 زیادکردنی { $language }
followup-ask-translation = دەقی بڕگەکە بە { $language } بنێرە.
followup-translation-saved = پاشەکەوت کرا: خوێنەرانی ئەو زمانە ئەم دەقە دەبینن.
followup-commit-none-waiting = ئێستا هیچ پابەندبوونێک چاوەڕێی بڕیار نییە.
followup-your-recommendation-tracked = 📌 ڕاسپاردەکەت ئێستا لەلایەن ڕێکخەرانەوە وەک بڕگەی ژمارە { $id } بەدوادا دەچێت: «{ $text }». ئاگادار دەکرێیتەوە لە هەر گۆڕانێکی ڕەوشەکەی.
