## /roles (administrators)

roles-overview =
    <b>ڕۆڵەکان</b>

    ڕێکخەران: { $organizers }
    لیژنەی ڕاوێژکاری: { $advisory }

    ناوێک، ‎@username‎ یان ناسنامەی تێلیگرام بنێرە بۆ دۆزینەوەی کەسێکی تۆمارکراو.
roles-no-match = هیچ کەسێکی تۆمارکراو لەگەڵ «{ $query }» ناگونجێت. ناوێکی تر تاقی بکەرەوە.
roles-results = کەسێک هەڵبژێرە:
roles-person =
    👤 ناو: <b>{ $name }</b>
    ڕێکخراو: { $organization }
    ڕۆڵی ئێستا: { $role }
btn-make-organizer = بیکە بە ڕێکخەر
btn-make-advisory = بیکە بە ئەندامی لیژنەی ڕاوێژکاری
btn-make-member = بیکە بە ئەندام (ڕۆڵ وەربگرەوە)
roles-changed = ڕۆڵی { $name } ئێستا: { $role }.
roles-you-changed = ڕۆڵەکەت لە تەنسیق ئێستا: { $role }. ⁨/help⁩ بنێرە بۆ ئەوەی بزانیت چی دەتوانیت بکەیت.
roles-not-approved = تەنها ئەو کەسانەی تۆمارکردنیان پەسەند کراوە دەتوانن ڕۆڵ وەربگرن.
