### نصوص الواجهة المدمجة (العربية). ملف translations/<lang>/handbook.ftl في أي مشروع
### يمكن أن يحل محل أي منها.

contents = المحتويات
chapter = الفصل
page = الصفحة
downloads = التنزيلات
download-pdf = ملف PDF للطباعة
download-epub = كتاب إلكتروني بصيغة EPUB
file-size = { $size } { $unit }
search = بحث
search-label = ابحث في الدليل
search-no-results = لا توجد نتائج.
search-results = النتائج
previous = السابق
next = التالي
language = اللغة
other-languages = اقرأ بلغة أخرى
choose-language = اختر لغتك
footnotes = الحواشي
footnote-back = العودة إلى النص
footnote-ref = الحاشية { $number }
skip-to-content = الانتقال إلى المحتوى
on-this-page = في هذه الصفحة
menu = المحتويات
home = الصفحة الرئيسية
alert-note = ملاحظة
alert-tip = نصيحة
alert-important = مهم
alert-warning = تحذير
alert-caution = تنبيه
figure = الشكل
cover = الغلاف
cover-image-alt = علم الاتحاد الأوروبي: اثنتا عشرة نجمة ذهبية في دائرة على خلفية زرقاء
start-reading = ابدأ القراءة
published = تاريخ النشر
title-page = صفحة العنوان
untranslated = لم تُترجم هذه الفقرة بعد.
translation-status = حالة الترجمة
status-translated = مترجَم
status-stale = يحتاج إلى مراجعة
status-missing = غير موجود
status-messages = المدخلات
status-words = الكلمات
accessibility-summary = يوفّر هذا المنشور تنقّلاً منظّماً، وفهرساً للمحتويات، وعناوين مرتّبة ترتيباً سليماً، ونصاً بديلاً لكل صورة، ونصاً يمكن تكبيره وقراءته بصوت عالٍ. وهو يستوفي المستوى AA من إرشادات WCAG 2.1: يصرّح الناشر بذلك استناداً إلى فحوص آلية (EPUBCheck و DAISY Ace)، ولم تعتمده أي جهة خارجية.
table = الجدول
status-handbook = العنوان والإشعارات والمصطلحات
imprint = عن هذه الطبعة
imprint-edition = الطبعة
imprint-edition-number =
    { $number ->
        [1] الطبعة الأولى
        [2] الطبعة الثانية
        [3] الطبعة الثالثة
       *[other] الطبعة { $number }
    }
imprint-version = الإصدار { $version }
imprint-published = تاريخ النشر
imprint-authors = المؤلفون
imprint-translators = الترجمة
imprint-partners = الشركاء
imprint-programme = التمويل
imprint-grant = اتفاقية المنحة رقم { $grant }
imprint-license = الترخيص
imprint-contact = التواصل
date-long = { $day } { $month } { $year }
date-months = يناير, فبراير, مارس, أبريل, مايو, يونيو, يوليو, أغسطس, سبتمبر, أكتوبر, نوفمبر, ديسمبر
back-to-top = العودة إلى الأعلى
all-languages = جميع اللغات
print-book = طباعة الكتاب كاملاً (PDF)
figure-full-size = فتح بالحجم الكامل
download-pdf-shop = ملف PDF للمطبعة (مع هامش القص وعلامات القص)
download-pdf-booklet = ملف PDF على شكل كتيّب (A5، صفحتان على كل ورقة A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = ar_AR
chapter-label = الفصل { $number }
figure-label = الشكل { $number }
table-label = الجدول { $number }
