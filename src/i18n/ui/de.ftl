### Eingebaute Oberflächentexte (Deutsch). Die translations/<lang>/handbook.ftl eines Projekts
### überschreibt jeden davon.

contents = Inhalt
chapter = Kapitel
page = Seite
downloads = Downloads
download-pdf = PDF zum Drucken
download-epub = EPUB-E-Book
file-size = { $size } { $unit }
search = Suche
search-label = Im Handbuch suchen
search-no-results = Keine Ergebnisse.
search-results = Ergebnisse
previous = Zurück
next = Weiter
language = Sprache
other-languages = In einer anderen Sprache lesen
choose-language = Sprache wählen
footnotes = Anmerkungen
footnote-back = Zurück zum Text
footnote-ref = Anmerkung { $number }
skip-to-content = Zum Inhalt springen
on-this-page = Auf dieser Seite
menu = Inhalt
home = Startseite
alert-note = Hinweis
alert-tip = Tipp
alert-important = Wichtig
alert-warning = Warnung
alert-caution = Vorsicht
figure = Abbildung
cover = Umschlag
cover-image-alt = Die Flagge der Europäischen Union: zwölf goldene Sterne im Kreis auf blauem Hintergrund
start-reading = Mit dem Lesen beginnen
published = Veröffentlicht
title-page = Titelseite
untranslated = Dieser Abschnitt ist noch nicht übersetzt.
translation-status = Übersetzungsstand
status-translated = Übersetzt
status-stale = Überprüfung nötig
status-missing = Fehlt
status-messages = Einträge
status-words = Wörter
accessibility-summary = Diese Publikation bietet eine strukturierte Navigation, ein Inhaltsverzeichnis, Überschriften in logischer Reihenfolge, Alternativtexte für alle Bilder sowie Text, der vergrößert und vorgelesen werden kann. Sie erfüllt die WCAG 2.1 auf Stufe AA. Das erklärt der Herausgeber selbst auf Grundlage automatischer Prüfungen (EPUBCheck und DAISY Ace); eine Zertifizierung durch Dritte liegt nicht vor.
table = Tabelle
status-handbook = Titel, Hinweise und Begriffe
imprint = Über diese Ausgabe
imprint-edition = Ausgabe
imprint-edition-number =
    { $number ->
        [1] Erste Auflage
        [2] Zweite Auflage
        [3] Dritte Auflage
       *[other] { $number }. Auflage
    }
imprint-version = Version { $version }
imprint-published = Erscheinungsdatum
imprint-authors = Autorinnen und Autoren
imprint-translators = Übersetzung
imprint-partners = Partner
imprint-programme = Förderung
imprint-grant = Finanzhilfevereinbarung Nr. { $grant }
imprint-license = Lizenz
imprint-contact = Kontakt
date-long = { $day }. { $month } { $year }
date-months = Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember
back-to-top = Nach oben
all-languages = Alle Sprachen
print-book = Das ganze Buch drucken (PDF)
figure-full-size = In voller Größe öffnen
download-pdf-shop = PDF für die Druckerei (mit Beschnitt und Schnittmarken)
download-pdf-booklet = PDF als Broschüre (A5, zwei Seiten auf jedem A4-Blatt)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = de_DE
chapter-label = Kapitel { $number }
figure-label = Abbildung { $number }
table-label = Tabelle { $number }
