### Beépített felületi szövegek (magyar). A projekt translations/<lang>/handbook.ftl fájlja
### bármelyiket felülírhatja.

contents = Tartalom
chapter = Fejezet
page = Oldal
downloads = Letöltések
download-pdf = PDF nyomtatáshoz
download-epub = EPUB e-könyv
file-size = { $size } { $unit }
search = Keresés
search-label = Keresés a kézikönyvben
search-no-results = Nincs találat.
search-results = Találatok
previous = Előző
next = Következő
language = Nyelv
other-languages = Olvassa más nyelven
choose-language = Válasszon nyelvet
footnotes = Jegyzetek
footnote-back = Vissza a szöveghez
footnote-ref = { $number }. jegyzet
skip-to-content = Ugrás a tartalomra
on-this-page = Ezen az oldalon
menu = Tartalom
home = Kezdőlap
alert-note = Megjegyzés
alert-tip = Tipp
alert-important = Fontos
alert-warning = Figyelmeztetés
alert-caution = Vigyázat
figure = Ábra
cover = Borító
cover-image-alt = Az Európai Unió zászlaja: tizenkét arany csillag körben, kék alapon
start-reading = Olvasás megkezdése
published = Megjelent
title-page = Címoldal
untranslated = Ez a rész még nincs lefordítva.
translation-status = Fordítási állapot
status-translated = Lefordítva
status-stale = Átnézendő
status-missing = Hiányzik
status-messages = Üzenetek
status-words = Szavak
accessibility-summary = Ez a kiadvány strukturált navigációval, tartalomjegyzékkel, sorrendben következő címsorokkal, minden képhez alternatív szöveggel, valamint nagyítható és felolvastatható szöveggel rendelkezik. Megfelel a WCAG 2.1 AA szintjének. Ezt a kiadó maga nyilatkozza automatikus ellenőrzések (EPUBCheck és DAISY Ace) alapján; független fél nem tanúsította.
table = Táblázat
status-handbook = Cím, közlemények és fogalmak
imprint = A kiadásról
imprint-edition = Kiadás
imprint-edition-number =
    { $number ->
        [1] Első kiadás
        [2] Második kiadás
        [3] Harmadik kiadás
       *[other] { $number }. kiadás
    }
imprint-version = változat: { $version }
imprint-published = Megjelenés dátuma
imprint-authors = Szerzők
imprint-translators = Fordítás
imprint-partners = Partnerek
imprint-programme = Finanszírozás
imprint-grant = támogatási megállapodás száma: { $grant }
imprint-license = Licenc
imprint-contact = Kapcsolat
date-long = { $year }. { $month } { $day }.
date-months = január, február, március, április, május, június, július, augusztus, szeptember, október, november, december
back-to-top = Vissza az oldal tetejére
all-languages = Minden nyelv
print-book = A teljes könyv nyomtatása (PDF)
figure-full-size = Megnyitás teljes méretben
download-pdf-shop = PDF nyomdának (kifutóval és vágójelekkel)
download-pdf-booklet = PDF füzet (A5, minden A4-es lapon két oldal)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = hu_HU
chapter-label = { $number }. fejezet
figure-label = { $number }. ábra
table-label = { $number }. táblázat
