## Progress and summary of a send

delivery-progress = ⏳ جارٍ الإرسال: أُرسلت { $sent } من { $total } · محظور { $blocked } · فشل { $failed } · بالانتظار { $waiting }
delivery-done =
    ✅ اكتمل الإرسال: أُرسلت { $sent } من { $total }.
    حظروا البوت: { $blocked } · فشل: { $failed } · غير معروف (توقف البوت أثناء الإرسال): { $unknown } · أُلغي: { $cancelled }
btn-resend-failed = إعادة إرسال الرسائل الفاشلة ({ $count })
btn-resend-unknown = إعادة إرسال الرسائل غير المعروفة ({ $count })
delivery-resent = أُعيدت { $count } رسالة إلى قائمة الإرسال.
