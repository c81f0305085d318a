### Vgrajeni nizi uporabniškega vmesnika (slovenščina). Datoteka translations/<lang>/handbook.ftl
### projekta lahko katerega koli od njih nadomesti.

contents = Kazalo
chapter = Poglavje
page = Stran
downloads = Prenosi
download-pdf = PDF za tisk
download-epub = E-knjiga EPUB
file-size = { $size } { $unit }
search = Iskanje
search-label = Iskanje po priročniku
search-no-results = Ni zadetkov.
search-results = Zadetki
previous = Nazaj
next = Naprej
language = Jezik
other-languages = Preberite v drugem jeziku
choose-language = Izberite jezik
footnotes = Opombe
footnote-back = Nazaj na besedilo
footnote-ref = Opomba { $number }
skip-to-content = Preskoči na vsebino
on-this-page = Na tej strani
menu = Kazalo
home = Domov
alert-note = Opomba
alert-tip = Nasvet
alert-important = Pomembno
alert-warning = Opozorilo
alert-caution = Previdno
figure = Slika
cover = Naslovnica
cover-image-alt = Zastava Evropske unije: dvanajst zlatih zvezd v krogu na modri podlagi
start-reading = Začnite brati
published = Objavljeno
title-page = Naslovna stran
untranslated = Ta odlomek še ni preveden.
translation-status = Stanje prevoda
status-translated = Prevedeno
status-stale = Potreben pregled
status-missing = Manjka
status-messages = Sporočila
status-words = Besede
accessibility-summary = Ta publikacija ima strukturirano navigacijo, kazalo vsebine, naslove v pravilnem zaporedju, nadomestno besedilo za vsako sliko ter besedilo, ki ga je mogoče povečati in prebrati na glas. Izpolnjuje zahteve WCAG 2.1 na ravni AA. To izjavlja založnik sam na podlagi samodejnih preverjanj (EPUBCheck in DAISY Ace); nobena tretja oseba tega ni potrdila.
table = Tabela
status-handbook = Naslov, obvestila in izrazi
imprint = O tej izdaji
imprint-edition = Izdaja
imprint-edition-number =
    { $number ->
        [1] Prva izdaja
        [2] Druga izdaja
        [3] Tretja izdaja
       *[other] { $number }. izdaja
    }
imprint-version = različica { $version }
imprint-published = Datum izida
imprint-authors = Avtorji
imprint-translators = Prevod
imprint-partners = Partnerji
imprint-programme = Financiranje
imprint-grant = sporazum o dodelitvi sredstev št. { $grant }
imprint-license = Licenca
imprint-contact = Stik
date-long = { $day }. { $month } { $year }
date-months = januarja, februarja, marca, aprila, maja, junija, julija, avgusta, septembra, oktobra, novembra, decembra
back-to-top = Na vrh strani
all-languages = Vsi jeziki
print-book = Natisnite celotno knjigo (PDF)
figure-full-size = Odpri v polni velikosti
download-pdf-shop = PDF za tiskarno (z dodatkom za porez in oznakami za rez)
download-pdf-booklet = PDF-knjižica (A5, dve strani na vsakem listu A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = sl_SI
chapter-label = { $number }. poglavje
figure-label = Slika { $number }
table-label = Tabela { $number }
