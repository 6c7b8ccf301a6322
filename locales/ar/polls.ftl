## Post-meeting polls

poll-intro = 📊 بعض الأسئلة عن الاجتماع التنسيقي الذي حضرته. يمكنك تغيير إجابتك حتى يُغلق الاستبيان.
poll-q-usefulness = ما مدى فائدة الاجتماع لعملك؟ (1 = لا فائدة، 5 = مفيد جدًا)
poll-q-next-topic = على أي قطاع يجب أن يركز الاجتماع القادم؟
poll-q-feedback = هل هناك ما تود أن يعرفه المنظِّمون؟
btn-poll-write = ✍️ اكتب إجابة
poll-ask-text = أرسل إجابتك في رسالة واحدة.
poll-thanks = شكرًا لك، حُفظت إجابتك.
poll-reminder = 📊 تذكير: ما زال الاستبيان عن الاجتماع التنسيقي الأخير مفتوحًا؛ تساعد إجاباتك في التحضير للاجتماع القادم.
poll-closed = هذا الاستبيان مغلق.
poll-gone = هذا الاستبيان لم يعد موجودًا.
poll-not-yours = لم يُرسل هذا الاستبيان إليك.
poll-exists = لهذا الاجتماع استبيان تقييم بالفعل.
poll-scheduled = 📊 يُرسل استبيان التقييم إلى المشاركين في { $send } ويُغلق في { $close } ({ $tz }). اضغط الزر مرة أخرى لرؤية النتائج.
poll-results-header = <b>استبيان التقييم</b>: أجاب { $answered } من { $sent } ({ $status ->
        [open] مفتوح
        [closed] مغلق
       *[other] لم يُرسل بعد
    }).
poll-option-line = { $option }: { $count } ({ $percent }٪)
poll-mean-line = { $type }: المتوسط { $mean } ({ $count } إجابات)
poll-text-line = • { $text }
btn-meeting-poll = 📊 استبيان التقييم
btn-poll-csv = 📄 الإجابات بصيغة CSV
btn-poll-send-results = 📣 إرسال النتائج إلى المشاركين
poll-results-for-you = 📊 شكرًا لإجابتك. هذا ما قاله المشاركون:
poll-results-sent = النتائج في طريقها إلى { $count } مشاركًا.
poll-texts-count = { $count } إجابات مكتوبة (يقرؤها المنظِّمون)
