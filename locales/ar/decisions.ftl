## Decisions the network takes in the chat (/decide, /decisions)

decision-head = { $kind ->
        [proposal] 🗳 <b>مقترح</b> معروض لقرارك
        [consent] 🗳 <b>قرار بالتوافق</b>
        [time] 📅 <b>اختيار موعد</b>: متى يناسبك الحضور؟
        [score] 🗳 <b>تقييم بالدرجات</b>: ما تقييمك لكل خيار؟
        [ranked] 🗳 <b>ترتيب الأفضلية</b>: أيّ الخيارات تفضّل؟
       *[dots] 🗳 <b>التصويت بالنقاط</b>: ما الأهم بالنسبة إليك؟
    }
decision-for-meeting = للاجتماع: { $title }
decision-question-line = { $text }
decision-option-line = { $n }. { $option }
decision-how = { $kind ->
        [proposal] يمكن الموافقة أو الامتناع أو عدم الموافقة، أو الاعتراض المانع عند تعذّر قبول المقترح. يُطلب ذكر السبب مع عدم الموافقة والاعتراض المانع.
        [consent] يمكن إبداء عدم الاعتراض، أو الاعتراض عند تعذّر القبول. يُطلب ذكر سبب الاعتراض.
        [time] يُرجى الضغط على كل موعد لتحديده: ✅ نعم، ❔ ربما، ✖️ لا. الموعد غير المحدَّد يُحسب «لا».
        [score] يُرجى تقييم كل خيار من 1 (ضعيف) إلى 5 (جيد جدًا). يمكن ترك خيار دون تقييم.
        [ranked] يُرجى الضغط على الخيارات بترتيب الأفضلية، الأفضل أولًا. يمكن التوقف بعد بضعة خيارات.
       *[dots] يُرجى توزيع { $dots ->
            [zero] { $dots } نقطة
            [one] نقطة واحدة
            [two] نقطتين
            [few] { $dots } نقاط
            [many] { $dots } نقطة
           *[other] { $dots } نقطة
        } على الخيارات بالزرّين + و−، ويمكن وضع أكثر من نقطة على خيار واحد.
    }
decision-how-native = { $kind ->
        [proposal] يُرجى التصويت في الاستبيان أدناه: الموافقة أو الامتناع أو عدم الموافقة، أو الاعتراض المانع عند تعذّر القبول. يُطلب هنا ذكر السبب مع عدم الموافقة والاعتراض المانع.
       *[consent] يُرجى التصويت في الاستبيان أدناه: لا اعتراض، أو اعتراض عند تعذّر القبول. يُطلب هنا ذكر سبب الاعتراض.
    }
decision-closes = يُغلق التصويت في { $when }. يمكن تغيير الصوت حتى ذلك الحين.
decision-turnout = صوّت { $voters } من أصل { $audience ->
        [zero] { $audience } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $audience } أشخاص
        [many] { $audience } شخصًا
       *[other] { $audience } شخص
    }.
decision-quorum-needed = النصاب: { $needed }.
decision-your-vote = صوتك: <b>{ $choice }</b>
decision-your-reason = السبب الذي ذكرته: { $reason }
decision-your-order = ترتيبك: { $order }
decision-dots-left = النقاط المتبقية: { $left } من { $dots }
decision-marked = تمت الإجابة عن { $count } من { $total }.
decision-hidden = تظهر النتائج عند إغلاق التصويت.
decision-so-far = <b>حتى الآن</b>:
decision-answer = { $answer ->
        [agree] موافقة
        [abstain] امتناع
        [disagree] عدم موافقة
        [block] اعتراض مانع
        [consent] لا اعتراض
        [objection] اعتراض
        [yes] نعم
        [maybe] ربما
       *[no] لا
    }
btn-decision-answer = { $answer ->
        [agree] 👍 أوافق
        [abstain] 🤐 أمتنع
        [disagree] 👎 لا أوافق
        [block] ✋ اعتراض مانع
        [consent] 👍 لا اعتراض
       *[objection] ✋ اعتراض
    }
btn-decision-reset = ↺ إعادة الترتيب من البداية
btn-decision-add = ➕ إضافة خيار
decision-saved = تم حفظ صوتك.
decision-ask-reason = يُرجى إرسال السبب في رسالة واحدة (حتى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }). يُحتسب الصوت بعد وصول السبب.
decision-reason-saved = تم حفظ صوتك والسبب. من يمكنه قراءة السبب؟
btn-decision-reason-public = كل من أُرسل إليهم القرار (دون اسمي)
btn-decision-reason-private = المنظِّمون فقط
decision-reason-public = سيظهر السبب مع النتائج، دون اسمك.
decision-reason-private = لن يقرأ السبب إلا المنظِّمون.
decision-ask-option = يُرجى إرسال الخيار في رسالة واحدة (حتى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }).
decision-option-added = تمت إضافة خيارك. يراه الآخرون عند ضغطهم التالي على أحد أزرار البطاقة.
decision-reminder = ⏰ تذكير: لم يُسجَّل صوتك بعد. يُغلق التصويت في { $when }.

## Refusals

decision-closed = أُغلق التصويت على هذا القرار.
decision-gone = هذا القرار لم يعد موجودًا.
decision-not-yours = لم يُعرض هذا القرار عليك.
decision-reason-needed = تتطلب هذه الإجابة ذكر السبب.
decision-no-new-options = لا يقبل هذا القرار خيارات جديدة.
decision-option-exists = هذا الخيار موجود بالفعل.
decision-options-full = اكتمل عدد خيارات هذا القرار ({ $max }).
decision-options-count = يُرجى كتابة { $min } إلى { $max ->
        [zero] { $max } خيار
        [one] خيار واحد
        [two] خيارين
        [few] { $max } خيارات
        [many] { $max } خيارًا
       *[other] { $max } خيار
    }، خيار في كل سطر.
decision-text-empty = النص فارغ. يُرجى كتابته مجددًا.
decision-still-open = التصويت على هذا القرار ما زال مفتوحًا.
decision-announced-already = أُعلن نصّ هذا القرار من قبل.

## Results

decision-result = { $result ->
        [passed] ✅ <b>أُقرّ</b>
        [rejected] ❌ <b>لم يُقرّ</b>
        [blocked] ✋ <b>أوقفه اعتراض مانع</b>
        [objected] ✋ <b>قوبل باعتراض</b>
       *[no_quorum] ⚠️ <b>لم يكتمل النصاب</b>: صوّت عدد أقل من اللازم لاعتماد النتيجة
    }
decision-tally = { $answer }: { $count }
decision-quorum = { $voters ->
        [zero] لم يصوّت أحد
        [one] صوّت شخص واحد
        [two] صوّت شخصان
        [few] صوّت { $voters } أشخاص
        [many] صوّت { $voters } شخصًا
       *[other] صوّت { $voters } شخص
    }، والنصاب { $needed } ({ $reached ->
        [yes] اكتمل
       *[no] لم يكتمل
    }).
decision-voted = صوّت { $voters } من أصل { $audience ->
        [zero] { $audience } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $audience } أشخاص
        [many] { $audience } شخصًا
       *[other] { $audience } شخص
    }.
decision-time-line = { $when }: نعم { $yes } · ربما { $maybe } · لا { $no }
decision-time-best = ⭐ أنسب موعد: { $when } (نعم { $yes }، ربما { $maybe })
decision-time-none = لا يناسب أيُّ موعد أحدًا.
decision-score-line = { $option }: المتوسط { $mean } ({ $count ->
        [zero] { $count } تقييم
        [one] تقييم واحد
        [two] تقييمان
        [few] { $count } تقييمات
        [many] { $count } تقييمًا
       *[other] { $count } تقييم
    })
decision-ranked-winner = 🏆 الخيار الفائز: <b>{ $option }</b>
decision-ranked-none = لم يفز أي خيار: الأصوات متعادلة.
decision-round = الجولة { $n }: { $votes }
decision-exhausted = { $count ->
        [zero] لا بطاقات
        [one] بطاقة واحدة
        [two] بطاقتان
        [few] { $count } بطاقات
        [many] { $count } بطاقة
       *[other] { $count } بطاقة
    } لم يبقَ فيها خيار ضمن العدّ.
decision-dropped = استُبعد: { $option }
decision-dots-line = { $option }: { $dots ->
        [zero] { $dots } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $dots } نقاط
        [many] { $dots } نقطة
       *[other] { $dots } نقطة
    } من { $people ->
        [zero] { $people } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    }
decision-segment = { $dimension ->
        [type] بين { $name }
       *[place] في { $name }
    }: { $result }
decision-segment-hidden = { $dimension ->
        [type] بين { $name }
       *[place] في { $name }
    }: الأصوات أقل من أن تُعرض
decision-like-you = <b>بين من يشبهونك</b>:
decision-reasons = <b>الأسباب المذكورة</b>:
decision-reason-line = • { $answer }: { $reason }
decision-reason-named-line = • { $name } ({ $answer }): { $reason }
decision-named-votes = <b>الأصوات بالأسماء</b> (للمنظِّمين فقط):
decision-named-vote-line = • { $name }: { $vote }
decision-outcome-head = 🗳 <b>قرار الشبكة</b>: { $text }
decision-outcome = <b>نصّ القرار</b>: { $outcome }

## Organizers: putting a decision (/decide)

decision-new = 🗳 <b>قرار جديد</b>. ما نوع القرار؟
btn-decision-kind = { $kind ->
        [proposal] مقترح
        [consent] قرار بالتوافق
        [time] اختيار موعد
        [score] تقييم بالدرجات
        [ranked] ترتيب الأفضلية
       *[dots] التصويت بالنقاط
    }
decision-ask-text = { $kind ->
        [proposal] يُرجى كتابة المقترح في رسالة واحدة.
        [consent] يُرجى كتابة ما يُطلب من الشبكة التوافق عليه، في رسالة واحدة.
        [time] يُرجى كتابة موضوع الاجتماع في رسالة واحدة.
       *[other] يُرجى كتابة السؤال في رسالة واحدة.
    }
decision-ask-options = يُرجى إرسال الخيارات، خيار في كل سطر، من { $min } إلى { $max }.
decision-ask-times = يُرجى إرسال المواعيد المقترحة، موعد في كل سطر (حتى { $max })، بالشكل { $example } ({ $tz }).
decision-ask-dots = كم نقطة لكل شخص؟
btn-decision-dots = { $dots ->
        [zero] { $dots } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $dots } نقاط
        [many] { $dots } نقطة
       *[other] { $dots } نقطة
    }
decision-settings = <b>مراجعة القرار</b> كما سيقرؤه من يُرسل إليهم. تغيّر الأزرار أدناه طريقة عمله.
btn-decision-open-for = ⏱ مفتوح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
btn-decision-quorum = 👥 النصاب: { $percent ->
        [0] بلا نصاب
       *[other] { $percent }٪ ممن أُرسل إليهم
    }
btn-decision-setting = { $on ->
        [yes] ☑️
       *[no] ⬜
    } { $setting ->
        [hide] إخفاء النتائج حتى الإغلاق
        [named] الأصوات بالأسماء (للمنظِّمين فقط)
        [native] يُرسل استبيانًا في تيليغرام
       *[add] يمكن للأعضاء إضافة خيارات
    }
btn-decision-send = 📤 إرسال
decision-cancelled = لم يُرسل القرار.
decision-sent = 🗳 أُرسل القرار إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }. يُغلق التصويت في { $when }.

## Organizers: following decisions (/decisions)

decision-none = لا قرارات بعد. يعرض الأمر ⁨/decide⁩ قرارًا على الشبكة.
decision-list = 🗳 أحدث القرارات:
btn-decision-item = { $title } ({ $status ->
        [open] مفتوح
        [closed] مغلق
       *[announced] متَّخذ
    })
decision-admin-head = 🗳 <b>{ $kind ->
        [proposal] مقترح
        [consent] قرار بالتوافق
        [time] اختيار موعد
        [score] تقييم بالدرجات
        [ranked] ترتيب الأفضلية
       *[dots] التصويت بالنقاط
    }</b> ({ $status ->
        [open] مفتوح
        [closed] مغلق، بانتظار نصّ القرار
       *[announced] متَّخذ
    })
btn-decision-refresh = 🔄 تحديث
btn-decision-close = ⏹ الإغلاق الآن
btn-decision-outcome = ✍️ كتابة نصّ القرار
btn-decision-meeting = 📅 مسودة اجتماع في أنسب موعد
btn-decision-track = 📌 متابعته بندًا في المتابعة
decision-closed-now = 🗳 أُغلق التصويت. يُرجى كتابة نصّ القرار: يصل إلى كل من عُرض عليهم القرار، مع النتيجة.
decision-closed-by-you = أُغلق التصويت؛ النتيجة في طريقها إليك.
decision-ask-outcome = يُرجى كتابة نصّ القرار في رسالة واحدة (حتى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }): ما قررته الشبكة وما الخطوة التالية. يصل إلى كل من عُرض عليهم القرار، مع النتيجة.
decision-announced = نصّ القرار والنتيجة في طريقهما إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }.
