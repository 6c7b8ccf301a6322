## /help

help-header = <b>ما يمكنك فعله</b>
help-line = { $command } — { $description }
help-footer-new = ابدأ بـ ⁨/start⁩: اختر لغتك وسجّل.
help-footer-pending = تسجيلك بانتظار أحد المنظِّمين؛ تظهر أوامر أخرى بعد الموافقة عليه.
help-footer-approved = يوصل تنسيق إلى هذه المحادثة اجتماعات آلية التنسيق وتذكيراتها وتحديثات القطاعات والاستبيانات والنشرات، ومتابعة التوصيات، ودليل من يعمل وأين، والفرص التي تخص قطاعاتك ومحافظاتك. انشر فرصة بالأمر ⁨/opportunity⁩.
help-footer-admin = لديك صلاحية مشرف: لا حاجة إلى التسجيل. ولمن يمثّل منظمة أيضًا: تعرض القائمة الرئيسية (⁨/start⁩) تسجيلها.
help-group-start = <b>🚪 البداية</b>
help-group-meetings = <b>📅 الاجتماعات والاستبيانات</b>
help-group-updates = <b>📝 التحديثات القطاعية</b>
help-group-followup = <b>📌 المتابعة</b>
help-group-network = <b>📇 من يعمل وأين</b>
help-group-news = <b>📰 الأخبار والإعلانات</b>
help-group-reports = <b>📊 التقارير والبيانات</b>
help-group-people = <b>👥 الأشخاص والأدوار</b>
help-group-account = <b>👤 حسابك</b>
