## The reporting round: /round

round-ask-period = 📋 <b>جولة تقارير</b>: تُطلب من كل منظمة معتمدة تحديثاتها القطاعية عن فترة. أي فترة؟
btn-round-quarter = { $period }
round-ask-deadline = متى آخر موعد لإجابة المنظمات؟ يُرجى إرسال اليوم ({ $tz })، مثل { $example }.
round-deadline-format = يُرجى إرسال اليوم هكذا: { $example }.
round-preview =
    📋 الفترة { $period }، والإجابات حتى { $deadline }.
    سيُطلب التحديث من { $organizations ->
        [zero] { $organizations } منظمة
        [one] منظمة واحدة
        [two] منظمتين
        [few] { $organizations } منظمات
        [many] { $organizations } منظمةً
       *[other] { $organizations } منظمة
    } عبر { $people ->
        [zero] { $people } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    }. { $unreachable ->
        [0] يمكن الوصول إليها جميعًا.
        [one] لا يمكن الوصول إلى منظمة واحدة (لا أحد معتمدًا فيها، أو حظر الجميع البوت).
        [two] لا يمكن الوصول إلى منظمتين (لا أحد معتمدًا فيهما، أو حظر الجميع البوت).
        [few] لا يمكن الوصول إلى { $unreachable } منظمات (لا أحد معتمدًا فيها، أو حظر الجميع البوت).
        [many] لا يمكن الوصول إلى { $unreachable } منظمةً (لا أحد معتمدًا فيها، أو حظر الجميع البوت).
       *[other] لا يمكن الوصول إلى { $unreachable } منظمة (لا أحد معتمدًا فيها، أو حظر الجميع البوت).
    }
round-ask-questions =
    أسئلة توجيهية (اختيارية): سطر لكل قطاع، فيه اسم القطاع ثم نقطتان ثم السؤال، مثل
    الحماية: ما الذي تغيّر في خدمات الناجيات هذا الربع؟
    يرى قرّاء اللغات الأخرى النص كما كُتب حتى تُضاف ترجمته. أو يمكن التخطي.
round-questions-format = السطر «{ $line }» ليس اسم قطاع ثم نقطتين ثم سؤالًا. يُرجى إرسال الأسطر من جديد.
round-preview-questions = مع { $count ->
        [zero] { $count } سؤال توجيهي
        [one] سؤال توجيهي واحد
        [two] سؤالين توجيهيين
        [few] { $count } أسئلة توجيهية
        [many] { $count } سؤالًا توجيهيًا
       *[other] { $count } سؤال توجيهي
    }.
round-preview-untranslated = تحديثات معتمدة لهذه الفترة بلا ترجمة: { $counts }. يمكن للأعضاء المترجمين تناولها عبر ⁨/translate⁩، وتُراجَع عبر ⁨/translations⁩.
round-untranslated-in = { $language } { $count }
btn-round-open = 📨 فتح الجولة
round-opened = فُتحت الجولة: الطلبات في طريقها.
round-cancelled = لم تُفتح أي جولة.
round-request =
    📋 <b>تحديث منظمتك عن الفترة { $period }</b>
    تسأل آلية التنسيق كل منظمة عمّا تحرّك في قطاعاتها: تقدّم، تحديات، توصيات. يُرجى الإجابة قبل { $deadline }. تكفي إجابة واحدة من أحد الممثلين عن المنظمة كلها.
round-reminder =
    🔔 <b>تذكير: تحديث منظمتك عن الفترة { $period }</b>
    لم تصل إجابة من منظمتك بعد. يُرجى الإجابة قبل { $deadline }.
round-question = • { $sector }: { $question }
btn-round-update = ✍️ إرسال تحديث
btn-round-nothing = لا جديد للإبلاغ عنه في هذه الفترة
round-progress =
    📋 <b>جولة التقارير { $period }</b> (الإجابات حتى { $deadline })
    أجابت { $answered } من { $asked ->
        [zero] { $asked } منظمة
        [one] منظمة واحدة
        [two] منظمتين
        [few] { $asked } منظمات
        [many] { $asked } منظمةً
       *[other] { $asked } منظمة
    } · لا جديد: { $nothing } · متأخرة: { $late }
round-progress-closed =
    📋 <b>جولة التقارير { $period }</b>: مغلقة
    أجابت { $answered } من { $asked ->
        [zero] { $asked } منظمة
        [one] منظمة واحدة
        [two] منظمتين
        [few] { $asked } منظمات
        [many] { $asked } منظمةً
       *[other] { $asked } منظمة
    } · لا جديد: { $nothing } · متأخرة: { $late } (الإجابات حتى { $deadline })
round-tally = { $name } { $answered }/{ $asked }
round-by-type = حسب النوع: { $tallies }
round-gap-governorates = لا إجابة بعد من: { $names }
round-gap-sectors = لا إجابة بعد في: { $names }
round-gap-more = (+{ $more })
btn-round-refresh = 🔄 تحديث العرض
btn-round-silent = 📋 من لم يُجب
btn-round-remind = 🔔 تذكيرها
btn-round-close = 🔒 إغلاق الجولة
btn-round-reopen = 🔓 إعادة فتحها أسبوعًا
round-reopened = أُعيد فتح الجولة لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }: ما زال بإمكان المنظمات التي لم تُجب أن تُجيب.
round-open-already = هذه الجولة مفتوحة بالفعل.
round-reminded = { $count ->
        [0] لا أحد لتذكيره: أجابت كل منظمة يمكن الوصول إليها.
        [one] تذكير واحد في طريقه.
        [two] تذكيران في طريقهما.
        [few] { $count } تذكيرات في طريقها.
        [many] { $count } تذكيرًا في طريقها.
       *[other] { $count } تذكير في طريقها.
    }
round-closed = أُغلقت الجولة. ما زالت التحديثات المتأخرة تُقبل، مع وسمها بالتأخر.
round-silent = { $count ->
        [0] أجابت كل المنظمات.
        [one] منظمة واحدة لم تُجب:
        [two] منظمتان لم تُجيبا:
        [few] { $count } منظمات لم تُجب (تظهر الأولى منها):
        [many] { $count } منظمةً لم تُجب (تظهر الأولى منها):
       *[other] { $count } منظمة لم تُجب (تظهر الأولى منها):
    }
round-answered-by-colleague = 📋 أجابت منظمتك عن جولة التقارير للفترة { $period } (عبر أحد الزملاء): لا حاجة إلى شيء آخر، ولن يصل تذكير.
round-nothing-recorded = شكرًا: سُجّل «لا جديد للإبلاغ عنه» لمنظمتك.
round-answered-already = أجابت منظمتك بالفعل؛ لا حاجة إلى شيء آخر.
round-overlap = الجولة رقم { $round } مفتوحة للفترة نفسها: يجب إغلاقها أولًا.
round-reminded-today = جرى تذكير المنظمات التي لم تُجب اليوم بالفعل. يمكن إرسال تذكير آخر غدًا.
round-closed-already = هذه الجولة مغلقة بالفعل.
round-gone = هذه الجولة لم تعد موجودة.
round-not-asked = لم تُسأل منظمتك في هذه الجولة.
round-period-order = يجب ألّا يسبق اليوم الأخير من الفترة يومها الأول.
round-question-too-long = يمكن أن يصل السؤال التوجيهي إلى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }، وفي هذا السؤال { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }.
btn-round-tell = 📣 إبلاغ المنظمات بأن تحديثها ورد فيه ({ $period })
round-report-issued = 📄 صدر التقرير الموجز للفترة { $period }، وفيه تحديث منظمتك. شكرًا على إرساله.
    <i>يمكن إيقاف هذه الإشعارات من ⁨/subscribe⁩.</i>
round-told = يجري إبلاغ { $count ->
        [zero] { $count } منظمة
        [one] منظمة واحدة
        [two] منظمتين
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    } بأن تحديثها ورد في التقرير.
round-report-told-already = أُبلغت المنظمات بهذا التقرير من قبل.
round-report-nobody = لم يرد في التقرير بعدُ أي تحديث معتمد أُرسل لهذه الجولة.
