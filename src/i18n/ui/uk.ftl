### Вбудовані рядки інтерфейсу (українська). Файл translations/<lang>/handbook.ftl
### проєкту може замінити будь-який із них.

contents = Зміст
chapter = Розділ
page = Сторінка
downloads = Завантаження
download-pdf = PDF для друку
download-epub = Електронна книга EPUB
file-size = { $size } { $unit }
search = Пошук
search-label = Пошук у посібнику
search-no-results = Нічого не знайдено.
search-results = Результати
previous = Назад
next = Далі
language = Мова
other-languages = Читати іншою мовою
choose-language = Виберіть мову
footnotes = Примітки
footnote-back = Повернутися до тексту
footnote-ref = Примітка { $number }
skip-to-content = Перейти до основного вмісту
on-this-page = На цій сторінці
menu = Зміст
home = Головна
alert-note = Примітка
alert-tip = Порада
alert-important = Важливо
alert-warning = Попередження
alert-caution = Обережно
figure = Рисунок
cover = Обкладинка
cover-image-alt = Прапор Європейського Союзу: дванадцять золотих зірок у колі на синьому тлі
start-reading = Почати читання
published = Опубліковано
title-page = Титульна сторінка
untranslated = Цей фрагмент ще не перекладено.
translation-status = Стан перекладу
status-translated = Перекладено
status-stale = Потребує перевірки
status-missing = Не перекладено
status-messages = Повідомлення
status-words = Слова
accessibility-summary = Ця публікація має структуровану навігацію, зміст, заголовки в правильному порядку, альтернативний текст для кожного зображення, а також текст, розмір якого можна змінювати і який можна читати вголос. Вона відповідає WCAG 2.1 рівня AA: видавець заявляє про це на підставі автоматизованих перевірок (EPUBCheck і DAISY Ace); жодна третя сторона цього не сертифікувала.
table = Таблиця
status-handbook = Назва, повідомлення та терміни
imprint = Про це видання
imprint-edition = Видання
imprint-edition-number =
    { $number ->
        [1] Перше видання
        [2] Друге видання
        [3] Третє видання
       *[other] Видання { $number }
    }
imprint-version = версія { $version }
imprint-published = Дата публікації
imprint-authors = Автори
imprint-translators = Переклад
imprint-partners = Партнери
imprint-programme = Фінансування
imprint-grant = грантова угода № { $grant }
imprint-license = Ліцензія
imprint-contact = Контакти
date-long = { $day } { $month } { $year } р.
date-months = січня, лютого, березня, квітня, травня, червня, липня, серпня, вересня, жовтня, листопада, грудня
back-to-top = На початок сторінки
all-languages = Усі мови
print-book = Надрукувати всю книгу (PDF)
figure-full-size = Відкрити в повному розмірі
download-pdf-shop = PDF для друкарні (з полями під обрізання та мітками різання)
download-pdf-booklet = PDF-брошура (A5, дві сторінки на кожному аркуші A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = uk_UA
chapter-label = Розділ { $number }
figure-label = Рисунок { $number }
table-label = Таблиця { $number }
