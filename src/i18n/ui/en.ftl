### Built-in interface strings (English). A project's translations/<lang>/handbook.ftl
### overrides any of them.

contents = Contents
chapter = Chapter
page = Page
downloads = Downloads
download-pdf = PDF for print
download-epub = EPUB e-book
file-size = { $size } { $unit }
search = Search
search-label = Search the handbook
search-no-results = No results.
search-results = Results
previous = Previous
next = Next
language = Language
other-languages = Read in another language
choose-language = Choose your language
footnotes = Notes
footnote-back = Back to the text
footnote-ref = Note { $number }
skip-to-content = Skip to the content
on-this-page = On this page
menu = Contents
home = Home
alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution
figure = Figure
cover = Cover
cover-image-alt = The flag of the European Union: twelve gold stars in a circle on a blue background
start-reading = Start reading
published = Published
title-page = Title page
untranslated = This passage is not translated yet.
translation-status = Translation status
status-translated = Translated
status-stale = Needs review
status-missing = Missing
status-messages = Messages
status-words = Words
accessibility-summary = This publication has structured navigation, a table of contents, headings in order, alternative text for every image, and text that can be resized and read aloud. It meets WCAG 2.1 level AA: the publisher states this from automated checks (EPUBCheck and DAISY Ace); no third party has certified it.
table = Table
status-handbook = Title, notices and terms
imprint = About this edition
imprint-edition = Edition
imprint-edition-number =
    { $number ->
        [1] First edition
        [2] Second edition
        [3] Third edition
       *[other] Edition { $number }
    }
imprint-version = version { $version }
imprint-published = Published
imprint-authors = Authors
imprint-translators = Translation
imprint-partners = Partners
imprint-programme = Funding
imprint-grant = grant agreement no. { $grant }
imprint-license = Licence
imprint-contact = Contact
date-long = { $day } { $month } { $year }
date-months = January, February, March, April, May, June, July, August, September, October, November, December
back-to-top = Back to top
all-languages = All languages
print-book = Print the whole book (PDF)
figure-full-size = Open full size
download-pdf-shop = PDF for a print shop (with bleed and crop marks)
download-pdf-booklet = PDF booklet (A5, two pages on each A4 sheet)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = en_GB
chapter-label = Chapter { $number }
figure-label = Figure { $number }
table-label = Table { $number }
