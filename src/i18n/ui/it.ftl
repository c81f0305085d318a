### Stringhe di interfaccia predefinite (italiano). Il file translations/<lingua>/handbook.ftl di un progetto può sostituirne qualsiasi.

contents = Indice
chapter = Capitolo
page = Pagina
downloads = Download
download-pdf = PDF per la stampa
download-epub = E-book EPUB
file-size = { $size } { $unit }
search = Cerca
search-label = Cerca nel manuale
search-no-results = Nessun risultato.
search-results = Risultati
previous = Precedente
next = Successivo
language = Lingua
other-languages = Leggi in un'altra lingua
choose-language = Scegli la lingua
footnotes = Note
footnote-back = Torna al testo
footnote-ref = Nota { $number }
skip-to-content = Vai al contenuto
on-this-page = In questa pagina
menu = Indice
home = Home
alert-note = Nota
alert-tip = Suggerimento
alert-important = Importante
alert-warning = Avvertenza
alert-caution = Attenzione
figure = Figura
cover = Copertina
cover-image-alt = La bandiera dell'Unione europea: dodici stelle dorate disposte in cerchio su sfondo blu
start-reading = Inizia a leggere
published = Pubblicato
title-page = Frontespizio
untranslated = Questo passaggio non è ancora stato tradotto.
translation-status = Stato della traduzione
status-translated = Tradotto
status-stale = Da rivedere
status-missing = Mancante
status-messages = Messaggi
status-words = Parole
accessibility-summary = Questa pubblicazione offre una navigazione strutturata, un indice, titoli disposti in ordine gerarchico, un testo alternativo per ogni immagine e un testo che può essere ingrandito e letto ad alta voce. È conforme al livello AA delle WCAG 2.1. Lo dichiara l'editore stesso sulla base di verifiche automatiche (EPUBCheck e DAISY Ace); nessun ente terzo lo ha certificato.
table = Tabella
status-handbook = Titolo, avvisi e termini
imprint = Informazioni su questa edizione
imprint-edition = Edizione
imprint-edition-number =
    { $number ->
        [1] Prima edizione
        [2] Seconda edizione
        [3] Terza edizione
       *[other] Edizione { $number }
    }
imprint-version = versione { $version }
imprint-published = Data di pubblicazione
imprint-authors = Autori
imprint-translators = Traduzione
imprint-partners = Partner
imprint-programme = Finanziamento
imprint-grant = convenzione di sovvenzione n. { $grant }
imprint-license = Licenza
imprint-contact = Contatti
date-long = { $day } { $month } { $year }
date-months = gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre
back-to-top = Torna all'inizio
all-languages = Tutte le lingue
print-book = Stampa l'intero libro (PDF)
figure-full-size = Apri a grandezza intera
download-pdf-shop = PDF per la tipografia (con abbondanza e segni di taglio)
download-pdf-booklet = PDF a libretto (A5, due pagine su ogni foglio A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = it_IT
chapter-label = Capitolo { $number }
figure-label = Figura { $number }
table-label = Tabella { $number }
