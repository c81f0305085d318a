### متن‌های داخلی رابط کاربری (فارسی). فایل translations/<lang>/handbook.ftl هر پروژه
### می‌تواند جایگزین هر یک از آن‌ها شود.

contents = فهرست مطالب
chapter = فصل
page = صفحه
downloads = دریافت فایل‌ها
download-pdf = PDF برای چاپ
download-epub = کتاب الکترونیکی EPUB
file-size = { $size } { $unit }
search = جست‌وجو
search-label = جست‌وجو در راهنما
search-no-results = نتیجه‌ای یافت نشد.
search-results = نتایج
previous = قبلی
next = بعدی
language = زبان
other-languages = خواندن به زبانی دیگر
choose-language = زبان خود را انتخاب کنید
footnotes = پانوشت‌ها
footnote-back = بازگشت به متن
footnote-ref = پانوشت { $number }
skip-to-content = رفتن به محتوا
on-this-page = در این صفحه
menu = فهرست مطالب
home = صفحهٔ اصلی
alert-note = یادداشت
alert-tip = نکته
alert-important = مهم
alert-warning = هشدار
alert-caution = احتیاط
figure = شکل
cover = جلد
cover-image-alt = پرچم اتحادیهٔ اروپا: دوازده ستارهٔ طلایی در یک دایره روی زمینهٔ آبی
start-reading = شروع خواندن
published = تاریخ انتشار
title-page = صفحهٔ عنوان
untranslated = این بخش هنوز ترجمه نشده است.
translation-status = وضعیت ترجمه
status-translated = ترجمه‌شده
status-stale = نیازمند بازبینی
status-missing = موجود نیست
status-messages = مدخل‌ها
status-words = واژه‌ها
accessibility-summary = این نشریه دارای پیمایش ساختاریافته، فهرست مطالب، عنوان‌هایی با ترتیب درست، متن جایگزین برای هر تصویر و متنی است که می‌توان آن را بزرگ کرد و با صدای بلند خواند. این نشریه با سطح AA رهنمودهای WCAG 2.1 مطابقت دارد: ناشر این را بر پایهٔ بررسی‌های خودکار (EPUBCheck و DAISY Ace) اعلام می‌کند؛ هیچ نهاد مستقلی آن را گواهی نکرده است.
table = جدول
status-handbook = عنوان، اطلاعیه‌ها و اصطلاحات
imprint = دربارهٔ این ویرایش
imprint-edition = ویرایش
imprint-edition-number =
    { $number ->
        [1] ویرایش اول
        [2] ویرایش دوم
        [3] ویرایش سوم
       *[other] ویرایش { $number }
    }
imprint-version = نسخهٔ { $version }
imprint-published = تاریخ انتشار
imprint-authors = نویسندگان
imprint-translators = ترجمه
imprint-partners = شرکا
imprint-programme = تأمین مالی
imprint-grant = قرارداد کمک مالی شمارهٔ { $grant }
imprint-license = مجوز
imprint-contact = تماس
date-long = { $day } { $month } { $year }
date-months = ژانویه, فوریه, مارس, آوریل, مه, ژوئن, ژوئیه, اوت, سپتامبر, اکتبر, نوامبر, دسامبر
back-to-top = بازگشت به بالا
all-languages = همهٔ زبان‌ها
print-book = چاپ کل کتاب (PDF)
figure-full-size = باز کردن در اندازهٔ کامل
download-pdf-shop = PDF برای چاپخانه (با حاشیهٔ برش و علامت‌های برش)
download-pdf-booklet = PDF به شکل دفترچه (A5، دو صفحه روی هر برگ A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = fa_IR
chapter-label = فصل { $number }
figure-label = شکل { $number }
table-label = جدول { $number }
