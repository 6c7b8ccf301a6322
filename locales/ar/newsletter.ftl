## Newsletters: organizers prepare them, members subscribe and read past issues

newsletter-choose-period = <b>نشرة جديدة</b>
    ما الفترة التي تغطيها؟ اختر واحدة، أو أرسل تاريخين مثل { $example }.
btn-nl-this-quarter = هذا الربع
btn-nl-last-quarter = الربع الماضي
newsletter-title = نشرة تنسيق، { $period }
newsletter-draft =
    <b>{ $heading }</b>

    <b>آلية التنسيق بالأرقام</b>
    { $actors }
    اجتماعات تنسيقية عُقدت: { $meetings } · الحضور: { $attendances }
    أعضاء جدد تمت الموافقة عليهم: { $people }
    إعلانات أُرسلت: { $announcements }

    { $updates }

    <i>اكتب هنا أخبار الفترة: الاجتماعات، وتحديثات القطاعات، وما هو قادم.</i>
newsletter-actors-line = { $type }: { $start } ← { $end }
newsletter-draft-ready = المسودة أدناه مبنية على ما تحتويه الفترة. عدّل كل لغة ثم أرسلها أو جدولها. ستصل إلى { $count ->
        [zero] { $count } مشترك
        [one] مشترك واحد
        [two] مشتركَين
        [few] { $count } مشتركين
        [many] { $count } مشتركًا
       *[other] { $count } مشترك
    }.
btn-nl-edit = ✏️ { $language }
newsletter-ask-edit = أرسل النص الجديد لقرّاء { $language }. سيحل محل المسودة بتلك اللغة.
newsletter-cancelled = أُلغيت النشرة؛ لم يُرسل شيء.
subscribe-status = { $subscribed ->
        [yes] 📬 تصلك النشرة باللغة { $language }.
       *[no] 📭 لا تصلك النشرة.
    }
btn-subscribe = 📬 اشترك
btn-unsubscribe = 📭 ألغِ الاشتراك
subscribe-outcomes = { $on ->
        [yes] 📣 تصلك نتائج الاستبيانات التي تجيب عنها، وأخبار ما آلت إليه التحديثات التي ترسلها (مثلًا: ورود أحدها في تقرير).
       *[no] 🔕 لا تصلك نتائج الاستبيانات ولا أخبار ما آلت إليه التحديثات التي ترسلها.
    }
btn-outcomes-off = 🔕 إيقاف النتائج وأخبار تحديثاتي
btn-outcomes-on = 📣 إرسال النتائج وأخبار تحديثاتي
newsletters-none = لم تُرسل أي نشرة بعد.
newsletters-list = <b>النشرات السابقة</b> — اختر واحدة لقراءتها:
newsletter-updates-heading = <b>تحديثات القطاعات</b> (التي قبلها المنظِّمون)
newsletter-update-item = { $icon } { $text }
newsletter-update-item-named = { $icon } { $text } ({ $organization })
newsletter-updates-more = … و{ $count ->
        [zero] { $count } تحديث غيرها
        [one] تحديث واحد غيرها
        [two] تحديثان غيرها
        [few] { $count } تحديثات غيرها
        [many] { $count } تحديثًا غيرها
       *[other] { $count } تحديث غيرها
    } في التقرير الموجز.
newsletter-updates-none = لم يُقبل أي تحديث قطاعي في هذه الفترة.
newsletter-followup-heading = <b>متابعة التوصيات</b>: ما تغيّر خلال الفترة
newsletter-followup-item = 📌 { $level }: { $text }
newsletter-opportunities-heading = <b>الفرص</b>
newsletter-opportunity-item = • { $kind }: { $title } (الموعد النهائي { $deadline })
newsletter-opportunities-footer = الفرص التي ما زالت مفتوحة في ⁨/opportunities⁩.
newsletter-decisions-heading = <b>قرارات الشبكة</b>
newsletter-decision-item = 🗳 { $text }: { $outcome }
