## Post-meeting polls

poll-intro = 📊 بعض الأسئلة عن الاجتماع التنسيقي الذي حضرته. يمكنك تغيير إجابتك حتى يُغلق الاستبيان.
poll-q-usefulness = ما مدى فائدة الاجتماع لعملك؟ (1 = لا فائدة، 5 = مفيد جدًا)
poll-q-next-topic = على أي قطاع يجب أن يركز الاجتماع القادم؟
poll-q-feedback = هل هناك ما يهمّك أن يعرفه المنظِّمون؟
btn-poll-write = ✍️ اكتب إجابة
poll-ask-text = أرسل إجابتك في رسالة واحدة.
poll-thanks = شكرًا لك، حُفظت إجابتك.
poll-reminder = 📊 تذكير: ما زال الاستبيان عن الاجتماع التنسيقي الأخير مفتوحًا؛ تساعد إجاباتك في التحضير للاجتماع القادم.
poll-closed = هذا الاستبيان مغلق.
poll-gone = هذا الاستبيان لم يعد موجودًا.
poll-not-yours = لم يُرسل هذا الاستبيان إليك.
poll-exists = لهذا الاجتماع استبيان بالفعل.
poll-scheduled = 📊 يُرسل الاستبيان إلى المشاركين في { $send } ويُغلق في { $close } ({ $tz }). اضغط الزر مرة أخرى لرؤية النتائج.
poll-results-header = 📊 <b>نتائج «{ $title }»</b>: أجاب { $answered } من { $sent ->
        [zero] { $sent } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $sent } أشخاص
        [many] { $sent } شخصًا
       *[other] { $sent } شخص
    } ({ $status ->
        [open] مفتوح
        [closed] مغلق
       *[other] لم يُرسل بعد
    }).
poll-option-line = { $option }: { $count } ({ $percent }٪)
poll-mean-line = { $type }: المتوسط { $mean } ({ $count ->
        [zero] { $count } إجابة
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $count } إجابات
        [many] { $count } إجابة
       *[other] { $count } إجابة
    })
poll-text-line = • { $text }
btn-meeting-poll = 📊 الاستبيان
btn-poll-csv = 📄 الإجابات بصيغة CSV
btn-poll-send-results = 📣 إرسال النتائج إلى المشاركين
poll-results-for-you = 📊 شكرًا لإجابتك. هذا ما قاله المشاركون:
poll-results-sent = النتائج في طريقها إلى { $count ->
        [zero] { $count } مشارك
        [one] مشارك واحد
        [two] مشاركَين
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }.
poll-texts-count = { $count ->
        [zero] { $count } إجابة مكتوبة
        [one] إجابة مكتوبة واحدة
        [two] إجابتان مكتوبتان
        [few] { $count } إجابات مكتوبة
        [many] { $count } إجابة مكتوبة
       *[other] { $count } إجابة مكتوبة
    } (يقرؤها المنظِّمون)

## Making a poll (/poll, or a meeting's card) and reading results (/polls)

poll-intro-standalone = 📊 يطلب منظِّمو آلية التنسيق رأيك. يمكنك تغيير إجابتك حتى يُغلق الاستبيان.
poll-reminder-standalone = 📊 تذكير: ما زال استبيان المنظِّمين مفتوحًا؛ إجابتك مهمة.
poll-new = 📊 <b>استبيان جديد</b>. اختر نموذجًا، أو اكتب سؤالك الخاص.
poll-new-for-meeting = 📊 <b>استبيان الاجتماع</b>. يُرسل بعد انتهاء الاجتماع إلى من حضروا (أو من أجابوا بنعم إن لم يُسجَّل الحضور). اختر نموذجًا، أو اكتب سؤالك الخاص.
btn-poll-tpl-feedback = تقييم الاجتماع (3 أسئلة)
btn-poll-tpl-usefulness = الفائدة، من 1 إلى 5
btn-poll-tpl-next-topic = قطاع الاجتماع القادم
btn-poll-tpl-own = ✍️ سؤالي الخاص
poll-ask-own = أرسل السؤال باللغة <b>{ $language }</b>: السؤال في السطر الأول، ثم خيار واحد في كل سطر. تخطَّ لغةً ليظهر النص باللغة الأولى بدلًا منها.
poll-own-format = اكتب السؤال في السطر الأول، ومن { $min } إلى { $max ->
        [zero] { $max } خيار
        [one] خيار واحد
        [two] خيارين
        [few] { $max } خيارات
        [many] { $max } خيارًا
       *[other] { $max } خيار
    } تحته، خيار في كل سطر.
poll-own-count = في هذه اللغة { $count ->
        [zero] { $count } خيار
        [one] خيار واحد
        [two] خياران
        [few] { $count } خيارات
        [many] { $count } خيارًا
       *[other] { $count } خيار
    }، وفي اللغة الأولى { $expected ->
        [zero] { $expected } خيار
        [one] خيار واحد
        [two] خياران
        [few] { $expected } خيارات
        [many] { $expected } خيارًا
       *[other] { $expected } خيار
    }. اكتب الخيارات نفسها بالترتيب نفسه.
poll-ask-style = كيف يجيب المشاركون؟
btn-poll-style-buttons = أزرار في المحادثة
btn-poll-style-native = استبيان تيليغرام
poll-preview-line = { $number }. { $question }
poll-confirm = 📊 الاستبيان:
    { $questions }

    كم يبقى مفتوحًا؟ يُرسل فور اختيارك.
btn-poll-open-for = أرسل، مفتوح { $days ->
        [zero] { $days } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
poll-sent = 📊 الاستبيان في طريقه إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }. يُغلق في { $close } ({ $tz }).
poll-cancelled = أُلغي الاستبيان.
btn-poll-refresh = 🔄 النتائج
btn-poll-chart = 📈 رسم بياني
btn-poll-close = ⏹ أغلق الآن
poll-closed-now = أُغلق الاستبيان.
poll-none = لا استبيانات بعد. ابدأ واحدًا بالأمر ⁨/poll⁩.
poll-list = 📊 <b>الاستبيانات الأخيرة</b>: اختر واحدًا لرؤية نتائجه.
btn-poll-item = { $date } · { $title } · { $status ->
        [open] مفتوح
        [closed] مغلق
       *[other] مُخطَّط
    }
poll-no-answers = لا إجابات بعد لرسمها.
poll-chart-caption = 📈 أجاب { $answered } من { $sent ->
        [zero] { $sent } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $sent } أشخاص
        [many] { $sent } شخصًا
       *[other] { $sent } شخص
    }.
poll-top-line = { $place }: { $option } ({ $count } من { $total ->
        [zero] { $total } إجابة
        [one] إجابة واحدة
        [two] إجابتين
        [few] { $total } إجابات
        [many] { $total } إجابة
       *[other] { $total } إجابة
    })
poll-by-actor-type = <i>حسب نوع الجهة</i>
poll-by-governorate = <i>حسب المحافظة</i>
poll-too-few = الإجابات أقل من أن تُعرض (أقل من خمس): { $groups }
poll-results-sent-already = وصلت النتائج من قبل إلى كل من أجاب (تُرسل عند إغلاق الاستبيان).
poll-still-open = الاستبيان ما زال مفتوحًا: تصل النتائج إلى من أجاب عند إغلاقه.
poll-segment-mean = { $dimension ->
        [type] بين { $name }
       *[place] في { $name }
    }: المتوسط { $mean } ({ $count ->
        [zero] { $count } إجابة
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $count } إجابات
        [many] { $count } إجابة
       *[other] { $count } إجابة
    })
poll-segment-top = { $dimension ->
        [type] بين { $name }
       *[place] في { $name }
    }: { $option } ({ $count } من { $total ->
        [zero] { $total } إجابة
        [one] إجابة واحدة
        [two] إجابتين
        [few] { $total } إجابات
        [many] { $total } إجابة
       *[other] { $total } إجابة
    })
poll-segment-hidden = { $dimension ->
        [type] بين { $name }
       *[place] في { $name }
    }: الإجابات أقل من أن تُعرض
btn-results-chart = 📈 رسم بياني
results-chart-caption = 📈 الجميع، ومن يشبهونك (لا تظهر المجموعات التي تقل عن خمسة).
results-chart-everyone = الجميع
