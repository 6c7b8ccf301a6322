## /help

help-header = <b>ما يمكنك فعله</b>
help-line = { $command } — { $description }
help-footer-new = ابدأ بـ ⁨/start⁩: اختر لغتك وسجّل.
help-footer-pending = تسجيلك بانتظار أحد المنظِّمين؛ تظهر أوامر أخرى بعد الموافقة عليه.
help-footer-approved = يوصل تنسيق إلى هذه المحادثة اجتماعات آلية التنسيق وتذكيراتها وتحديثات القطاعات والاستبيانات والنشرات.
