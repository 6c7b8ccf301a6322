## /profile

profile-card =
    <b>پرۆفایلەکەت</b>

    ناو: { $name }
    ڕێکخراو: { $organization }
    جۆر: { $actor_type }
    پارێزگاکان: { $governorates }
    کەرتەکان: { $sectors }
    ناونیشانی کار: { $title }
    ڕۆڵ: { $role }
    زمان: { $language }
btn-edit-name = ✏️ ناو
btn-edit-title = ✏️ ناونیشانی کار
btn-edit-governorates = ✏️ پارێزگاکان
btn-edit-sectors = ✏️ کەرتەکان
btn-edit-language = 🌐 زمان
profile-ask-name = ناوی تەواوت بنێرە:
profile-ask-title = ناونیشانی کارت یان ڕۆڵت بنێرە:
profile-ask-governorates = ئەو پارێزگایانەی کاریان تێدا دەکەیت هەڵبژێرە، پاشان «تەواو» دابگرە.
profile-ask-sectors = ئەو کەرتانەی کاریان لەسەر دەکەیت هەڵبژێرە، پاشان «تەواو» دابگرە.
profile-saved = ✅ پاشەکەوت کرا.
profile-organization-note = بۆ گۆڕینی ڕێکخراوەکەت، داوا لە ڕێکخەرێک بکە.
