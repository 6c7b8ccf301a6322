## /audit: ئەوەی ڕێکخەران و بەڕێوەبەران کردوویانە

audit-header = <b>تۆماری وردبینی</b>: { $first }–{ $last } لە { $total ->
        [one] یەک کردار
       *[other] { $total } کردار
    }، نوێترین یەکەم.
audit-empty = هێشتا هیچ کردارێک نەکراوە کە تۆماری وردبینی تۆماری بکات.
audit-line = { $at } · { $actor } · { $action } · { $target }
audit-someone = کەسێکی سڕاوە ({ $role })
audit-deleted-person = کەسێکی سڕاوە
audit-unregistered-admin = بەڕێوەبەرێکی بێ پرۆفایل (لە ڕێکخستنەکانی بۆتەکە)
btn-audit-newer = ▶ نوێتر
btn-audit-older = کۆنتر ◀
btn-audit-export = ⬇ CSV
audit-export-caption = تۆماری وردبینی: { $rows ->
        [one] یەک کردار
       *[other] { $rows } کردار
    }.
audit-registration-approve = داواکارییەکی تۆمارکردنی پەسەند کرد
audit-registration-reject = داواکارییەکی تۆمارکردنی ڕەت کردەوە
audit-role-set = ڕۆڵێکی گۆڕی
audit-admin-add = کەسێکی کرد بە بەڕێوەبەر (لە هێڵی فەرمانەوە)
audit-admin-remove = بەڕێوەبەرێکی لابرد (لە هێڵی فەرمانەوە)
audit-meeting-publish = کۆبوونەوەیەکی بڵاو کردەوە
audit-meeting-change = کۆبوونەوەیەکی گۆڕی
audit-meeting-cancel = کۆبوونەوەیەکی هەڵوەشاندەوە
audit-attendance-mark = ئامادەبوونی بە دەست تۆمار کرد
audit-agenda-adopt = بابەتە ڕیزکراوەکانی کرد بە بەرنامەی کاری کۆبوونەوەیەک
audit-broadcast-create = نامەیەکی بۆ بینەرانێک نارد یان کاتی بۆ دانا
audit-broadcast-resend = نامەکانی ناردنێکی دووبارە نارد
audit-broadcast-cancel = ناردنێکی هەڵوەشاندەوە
audit-poll-create = ڕاپرسییەکی دروست کرد
audit-poll-close = ڕاپرسییەکی داخست
audit-update-approve = نوێکارییەکی کەرتیی پەسەند کرد
audit-update-reject = نوێکارییەکی کەرتیی ڕەت کردەوە
audit-update-edit = نوێکارییەکی کەرتیی دەستکاری کرد یان وەریگێڕا
audit-followup-track = دەستی کرد بە بەدواداچوونی بڕگەیەک
audit-followup-approve = پابەندبوونێکی پەسەند کرد
audit-followup-reject = پابەندبوونێکی ڕەت کردەوە
audit-followup-report = ڕەوشی بڕگەیەکی ڕاگەیاند
audit-followup-delete = بڕگەیەکی بەدواداچوونی سڕییەوە
audit-cuts-add = ڕاگەیاندنی بڕینی ئینتەرنێت
audit-cuts-remove = لابردنی بڕینی ئینتەرنێت
audit-round-open = کردنەوەی خولێکی ڕاپۆرتدان
audit-round-remind = بیرخستنەوەی ئەو ڕێکخراوانەی لە خولێکی ڕاپۆرتداندا وەڵامیان نەداوەتەوە
audit-round-close = داخستنی خولێکی ڕاپۆرتدان
audit-round-reopen = کردنەوەی دووبارەی خولێکی ڕاپۆرتدان
audit-round-tell = ئاگادارکردنەوەی ڕێکخراوەکان کە نوێکارییەکانیان لە ڕاپۆرتەکەدایە
audit-translation-approve = پەسەندکردنی وەرگێڕانێکی پێشنیارکراو
audit-translation-reject = ڕەتکردنەوەی وەرگێڕانێکی پێشنیارکراو
audit-export = خشتەیەکی هەناردە کرد
audit-report = ڕاپۆرتێکی کورتی ئامادە کرد
audit-opportunity-approve = دەرفەتێکی پەسەند کرد
audit-opportunity-reject = دەرفەتێکی ڕەت کردەوە
audit-opportunity-withdraw = دەرفەتێکی کشاندەوە
audit-via-console = (لە پانێڵی بەڕێوەبردنەوە)
