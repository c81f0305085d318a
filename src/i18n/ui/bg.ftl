### Вградени низове на интерфейса (български). Файлът translations/<lang>/handbook.ftl
### на даден проект може да замени всеки от тях.

contents = Съдържание
chapter = Глава
page = Страница
downloads = Изтегляне
download-pdf = PDF за печат
download-epub = Електронна книга EPUB
file-size = { $size } { $unit }
search = Търсене
search-label = Търсене в наръчника
search-no-results = Няма резултати.
search-results = Резултати
previous = Предишна
next = Следваща
language = Език
other-languages = Четете на друг език
choose-language = Изберете език
footnotes = Бележки
footnote-back = Обратно към текста
footnote-ref = Бележка { $number }
skip-to-content = Към основното съдържание
on-this-page = На тази страница
menu = Съдържание
home = Начало
alert-note = Бележка
alert-tip = Съвет
alert-important = Важно
alert-warning = Предупреждение
alert-caution = Внимание
figure = Фигура
cover = Корица
cover-image-alt = Знамето на Европейския съюз: дванадесет златни звезди в кръг на син фон
start-reading = Започнете четенето
published = Публикувано
title-page = Титулна страница
untranslated = Този откъс все още не е преведен.
translation-status = Състояние на превода
status-translated = Преведени
status-stale = За преглед
status-missing = Липсващи
status-messages = Съобщения
status-words = Думи
accessibility-summary = Тази публикация има структурирана навигация, съдържание, заглавия в правилен ред, алтернативен текст за всяко изображение и текст, чийто размер може да се променя и който може да бъде прочетен на глас. Тя отговаря на WCAG 2.1, ниво AA. Това заявява самият издател въз основа на автоматични проверки (EPUBCheck и DAISY Ace); не е сертифицирано от трета страна.
table = Таблица
status-handbook = Заглавие, бележки и термини
imprint = За това издание
imprint-edition = Издание
imprint-edition-number =
    { $number ->
        [1] Първо издание
        [2] Второ издание
        [3] Трето издание
       *[other] Издание { $number }
    }
imprint-version = версия { $version }
imprint-published = Дата на публикуване
imprint-authors = Автори
imprint-translators = Превод
imprint-partners = Партньори
imprint-programme = Финансиране
imprint-grant = споразумение за отпускане на безвъзмездни средства № { $grant }
imprint-license = Лиценз
imprint-contact = Контакт
date-long = { $day } { $month } { $year } г.
date-months = януари, февруари, март, април, май, юни, юли, август, септември, октомври, ноември, декември
back-to-top = Към началото
all-languages = Всички езици
print-book = Отпечатване на цялата книга (PDF)
figure-full-size = Отваряне в пълен размер
download-pdf-shop = PDF за печатница (с поле за обрязване и маркировки за рязане)
download-pdf-booklet = PDF брошура (A5, по две страници на всеки лист A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = bg_BG
chapter-label = Глава { $number }
figure-label = Фигура { $number }
table-label = Таблица { $number }
