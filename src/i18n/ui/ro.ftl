### Built-in interface strings (Romanian). A project's translations/<lang>/handbook.ftl
### overrides any of them.

contents = Cuprins
chapter = Capitolul
page = Pagina
downloads = Descărcări
download-pdf = PDF pentru tipar
download-epub = Carte electronică EPUB
file-size = { $size } { $unit }
search = Căutare
search-label = Căutați în manual
search-no-results = Niciun rezultat.
search-results = Rezultate
previous = Înapoi
next = Înainte
language = Limba
other-languages = Citiți în altă limbă
choose-language = Alegeți limba
footnotes = Note
footnote-back = Înapoi la text
footnote-ref = Nota { $number }
skip-to-content = Salt la conținut
on-this-page = Pe această pagină
menu = Cuprins
home = Pagina principală
alert-note = Notă
alert-tip = Sfat
alert-important = Important
alert-warning = Avertisment
alert-caution = Atenție
figure = Figura
cover = Copertă
cover-image-alt = Drapelul Uniunii Europene: douăsprezece stele aurii dispuse în cerc pe fond albastru
start-reading = Începeți lectura
published = Publicat
title-page = Pagina de titlu
untranslated = Acest pasaj nu este încă tradus.
translation-status = Stadiul traducerii
status-translated = Tradus
status-stale = Necesită revizuire
status-missing = Lipsă
status-messages = Mesaje
status-words = Cuvinte
accessibility-summary = Această publicație are navigare structurată, cuprins, titluri în ordine ierarhică, text alternativ pentru fiecare imagine și text care poate fi mărit și citit cu voce tare. Respectă nivelul AA al WCAG 2.1. Editorul declară acest lucru pe baza unor verificări automate (EPUBCheck și DAISY Ace); nicio terță parte nu a certificat-o.
table = Tabel
status-handbook = Titlu, mențiuni și termeni
imprint = Despre această ediție
imprint-edition = Ediția
imprint-edition-number =
    { $number ->
        [1] Prima ediție
        [2] A doua ediție
        [3] A treia ediție
       *[other] Ediția { $number }
    }
imprint-version = versiunea { $version }
imprint-published = Data publicării
imprint-authors = Autori
imprint-translators = Traducere
imprint-partners = Parteneri
imprint-programme = Finanțare
imprint-grant = acordul de grant nr. { $grant }
imprint-license = Licență
imprint-contact = Contact
date-long = { $day } { $month } { $year }
date-months = ianuarie, februarie, martie, aprilie, mai, iunie, iulie, august, septembrie, octombrie, noiembrie, decembrie
back-to-top = Înapoi sus
all-languages = Toate limbile
print-book = Tipăriți întreaga carte (PDF)
figure-full-size = Deschideți la dimensiune completă
download-pdf-shop = PDF pentru tipografie (cu margine de tăiere și semne de tăiere)
download-pdf-booklet = PDF broșură (A5, câte două pagini pe fiecare foaie A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = ro_RO
chapter-label = Capitolul { $number }
figure-label = Figura { $number }
table-label = Tabelul { $number }
