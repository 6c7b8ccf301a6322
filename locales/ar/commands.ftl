## Command menu descriptions (Telegram allows 3 to 256 characters)

cmd-start = البدء، أو العودة إلى البداية
cmd-help = ما يمكنني فعله لك
cmd-language = تغيير اللغة
cmd-status = حالة تسجيلك
cmd-profile = عرض ملفك الشخصي وتعديله
cmd-forget = حذف بياناتك الشخصية
cmd-pending = التسجيلات بانتظار الموافقة
cmd-roles = منح الأدوار أو سحبها
cmd-newsletters = قراءة النشرات السابقة
cmd-subscribe = الاشتراك في النشرة ولغتها
cmd-announce = إرسال إعلان
cmd-newsletter = إعداد نشرة
cmd-meetings = اجتماعاتك القادمة
cmd-newmeeting = إنشاء اجتماع تنسيقي
cmd-stats = إحصاءات الحضور
cmd-poll = إرسال استبيان
cmd-polls = الاستبيانات ونتائجها
cmd-update = إرسال تحديث قطاعي
cmd-myupdates = تحديثاتي وحالتها
cmd-queue = التحديثات بانتظار المراجعة
cmd-activities = أنشطة منظمتي
cmd-report = التقرير الموجز
cmd-coverage = من يعمل ماذا وأين: التغطية والفجوات
cmd-export = تصدير الجهات والحضور والتحديثات والأنشطة
cmd-audit = ما قام به المنظِّمون والمشرفون
