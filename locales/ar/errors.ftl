## Refusals from the domain services

error-name-length = يجب أن يتكون الاسم من { $min } إلى { $max } حرفًا؛ هذا الاسم فيه { $length }. يرجى إرساله مرة أخرى.
error-title-length = يجب أن يتكون المسمّى الوظيفي من { $min } إلى { $max } حرفًا؛ هذا فيه { $length }. يرجى إرساله مرة أخرى.
error-reason-length = يجب أن يتكون السبب من { $min } إلى { $max } حرفًا؛ هذا فيه { $length }. يرجى إرساله مرة أخرى.
error-organization-name-length = يجب أن يتكون اسم المنظمة من { $min } إلى { $max } حرفًا؛ هذا فيه { $length }. يرجى إرساله مرة أخرى.
error-search-too-short = اكتب { $min } أحرف على الأقل من الاسم.
error-pick-one = اختر خيارًا واحدًا على الأقل.
error-organization-gone = هذه المنظمة لم تعد متاحة. يرجى البحث مجددًا.
error-organization-missing = اختر منظمتك أولًا.
error-person-not-found = هذا الشخص لم يعد مسجَّلًا.
error-not-allowed = لا يُسمح لك بهذا الإجراء.
