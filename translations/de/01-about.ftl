# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = Über dieses Handbuch und das Projekt CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Warum es dieses Handbuch gibt
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Jede Stadt, jede Gemeinde hat ihre Geschichten über Menschen, die neu dazugekommen sind. Manche werden gut erzählt: von der Familie, die eine geschlossene Bäckerei wieder aufgesperrt hat, von der Krankenpflegerin, die im Ausland ausgebildet wurde und heute Nachtdienste im örtlichen Spital übernimmt. Viele werden nie erzählt – oder nur als Probleme. Dieses Handbuch ist für alle, die dieses Ungleichgewicht dort, wo sie leben, ändern wollen.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = Es richtet sich an Bürgermeisterinnen und Bürgermeister, an Gemeindebedienstete, an NGOs vor Ort, an Lehrerinnen und Lehrer, an Lokaljournalistinnen und -journalisten und an engagierte Bürgerinnen und Bürger. Sie müssen keine Kommunikationsprofis sein, um damit zu arbeiten: Es braucht Neugier, ein paar Verbündete und den Wunsch, ehrlich über Migration und { -integration } zu sprechen – ohne Angst und ohne die Probleme zu verschweigen.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Das Handbuch ist eines der Ergebnisse von { -clarinet }, einem europäischen Projekt von Städten, Regionen und zivilgesellschaftlichen Organisationen aus Südosteuropa. Die Beispiele sind bewusst allgemein gehalten: Sie sollen Ihnen helfen, sich Ihre eigene Situation vorzustellen, und beschreiben keinen bestimmten Ort.
# Context: heading
about-h-7aa2bfa8c139bf1a = Das Projekt CLARINET
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = { -clarinet } war ein internationales Projekt. Sein vollständiger Name lautete „Communication of Local AuthoRities for INtegration in European Towns“ (Kommunikation lokaler Behörden für Integration in europäischen Städten). Es wurde aus dem Asyl-, Migrations- und Integrationsfonds der Europäischen Union kofinanziert. Es lief drei Jahre lang, von 2019 bis 2021, und verband Aktivitäten auf lokaler Ebene – in den Städten und Regionen der Partner – mit Aktivitäten auf europäischer Ebene.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = Diese zweite Auflage beschreibt die Lage im November 2026. Das Projekt endete 2021, und seither hat sich vieles verändert. [Kapitel 2](02-routes.md#since-2021) fasst zusammen, was neu ist.
# Context: heading
about-h-3b863b44b0d2beff = Das Ziel
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = Das übergeordnete Ziel des Projekts war es, bei den Bürgerinnen und Bürgern der Europäischen Union und in den Gemeinschaften vor Ort das Bewusstsein für den positiven Beitrag zu stärken, den { -migrants } für die europäischen Gesellschaften leisten. Menschen heißen Neuankömmlinge eher willkommen, wenn sie in ihren eigenen Straßen und an ihren eigenen Arbeitsplätzen sehen, was diese mitbringen.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Deshalb wandte sich { -clarinet } nicht an „Europa“ im Allgemeinen. Das Projekt ermutigte die { -local-communities } selbst, die positiven Beiträge von { -migrants } dort sichtbar zu machen, wo sie leben, und diese Geschichten weiterzutragen.
# Context: heading
about-h-d9950a14c90838fe = Wer beteiligt war
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = Lead-Partner des Projekts war die Gemeinde Lampedusa und Linosa in Italien. Lampedusa ist die südlichste Insel Italiens und liegt näher an der nordafrikanischen Küste als an Sizilien. Seit vielen Jahren ist sie einer der bekanntesten Ankunftsorte für Menschen, die das zentrale Mittelmeer mit dem Boot überqueren. Kaum ein Ort in Europa weiß besser, was es für eine kleine Gemeinschaft bedeutet, Migration unmittelbar zu begegnen. Die Gemeinde arbeitete mit 18 weiteren Partnern zusammen, insgesamt also mit { $partners } Organisationen.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = In der Partnerschaft kamen drei Arten von Organisationen zusammen:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 Gebietskörperschaften, also Gemeinden und Regionalregierungen;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 zivilgesellschaftliche Organisationen;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 internationale Netzwerke.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    Die Gebietskörperschaften und zivilgesellschaftlichen Organisationen haben ihren Sitz in { $countries ->
        [one] einem Land
       *[other] { $countries } Ländern
    } Südosteuropas.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = Diese acht Länder sind Italien, Slowenien, Ungarn, Bulgarien, Rumänien, Österreich, Griechenland und Zypern. In den Jahren vor dem Projekt, von 2015 bis 2019, waren sie aufgrund ihrer geografischen Lage alle stark davon betroffen, dass { -asylum-seekers } ankamen. Sie liegen an drei verschiedenen Migrationsrouten, die in [Kapitel 2](02-routes.md) beschrieben werden: der Mittelmeerroute, der Westbalkanroute und der Ostbalkanroute.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Schaubild der Partnerschaft: der Lead-Partner, die Gemeinde Lampedusa und Linosa in Italien, über drei Gruppen – 8 Gebietskörperschaften, 9 zivilgesellschaftliche Organisationen und 2 internationale Netzwerke; die Gebietskörperschaften und Organisationen haben ihren Sitz in Italien, Slowenien, Ungarn, Bulgarien, Rumänien, Österreich, Griechenland und Zypern
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = Die CLARINET-Partnerschaft: 19 Partner, die Partner vor Ort in 8 Ländern
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = Die Partner von CLARINET nach Art und Land
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = Oben der Lead-Partner: die Gemeinde Lampedusa und Linosa in Italien, eine der 8 Gebietskörperschaften. Eine Linie verbindet sie mit drei Gruppen: 8 Gebietskörperschaften (Gemeinden und Regionalregierungen) und 9 zivilgesellschaftliche Organisationen, gemeinsam eingerahmt mit den 8 Ländern Südosteuropas, in denen sie ihren Sitz haben (Italien, Slowenien, Ungarn, Bulgarien, Rumänien, Österreich, Griechenland und Zypern), sowie 2 internationale Netzwerke. Unten: 8 + 9 + 2 = 19 Partner, 2019 bis 2021.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Lead-Partner
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Gemeinde Lampedusa und Linosa
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Italien), eine der 8 Gebietskörperschaften
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Gebietskörperschaften
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = Gemeinden und Regionalregierungen
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Zivilgesellschaftliche Organisationen
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 Länder in Südosteuropa
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Italien
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Slowenien
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Ungarn
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = Bulgarien
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = Rumänien
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Österreich
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Griechenland
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Zypern
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = Internationale Netzwerke
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 Partner
# Context: heading
about-h-1006bc421e4fcc03 = Drei konkrete Ziele
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = Das Projekt verfolgte drei konkrete Ziele. Jedes davon hat einen Teil dieses Handbuchs geprägt.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = Gute Praxis von { -local-communities } bei öffentlichen Kommunikationskampagnen zu Migration und zur Inklusion von { -migrants } erkennen und fördern.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Erfolgreiche öffentliche Kommunikationskampagnen vorbereiten und durchführen – von den Gemeinschaften vor Ort selbst.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = Auf Ebene der Europäischen Union den Austausch guter Praxis bei Kommunikationskampagnen zu Migration und { -integration } fördern, die von Gemeinschaften vor Ort erarbeitet wurden.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = Einfacher gesagt: herausfinden, was funktioniert, es umsetzen und es weitergeben.
# Context: heading
about-h-cbad4ffb26ab0e29 = Fünf Aktivitäten
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = Um diese Ziele zu erreichen, setzten die Partner fünf Hauptaktivitäten um:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = Eine Ausschreibung für den „Europäischen Preis für lokale Sensibilisierungskampagnen zu Migration und Integration“, bei der Gemeinschaften vor Ort in ganz Europa ihre Kampagnen einreichen konnten. [Kapitel 8](08-award.md) erklärt, wie eine solche Ausschreibung funktioniert.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = Das „Handbuch zu Migration und Integration für Gemeinschaften vor Ort“ – das Buch, das Sie gerade lesen.
# Context: list item in “Five activities”
about-li-8f92a3dc8238e325 = Acht Schulungsprogramme für Gemeinschaften vor Ort: wie man vor Ort über Migration und { -integration } kommuniziert und was man kommuniziert. [Kapitel 6](06-training.md) zeigt, wie Sie selbst eines durchführen können.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Acht Künstlerresidenzen, die mit Kunst Gespräche eröffneten, die mit Worten allein oft nicht gelingen. Siehe [Kapitel 7](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Acht Sensibilisierungskampagnen, die von den teilnehmenden Gemeinschaften vor Ort entwickelt und verbreitet wurden. Wie man eine solche Kampagne plant, wird in [Kapitel 5](05-campaign.md) Schritt für Schritt erklärt.
# Context: heading
about-h-3e84b60b2302c414 = Wie Sie dieses Handbuch nutzen
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Jedes Kapitel steht für sich und endet mit einem kurzen Abschnitt „Was Sie tun können“. Hier ein Vorschlag, wie verschiedene Leserinnen und Leser vorgehen können:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __Wenn Sie im Gemeindeamt oder Rathaus arbeiten__, beginnen Sie mit [Kapitel 4](04-local.md) über die Rolle der Gemeinden und gehen Sie dann zum Kampagnenplan in [Kapitel 5](05-campaign.md).
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __Wenn Sie Journalistin oder Journalist sind oder mit Medien arbeiten__, beginnen Sie mit dem Glossar in [Kapitel 3](03-words.md#glossary) und lesen Sie dann [Kapitel 9](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __Wenn Sie unterrichten oder eine Jugendgruppe leiten__, sind die Kapitel über Sprache, Schulungen und Kunst (3, 6 und 7) am nützlichsten.
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Wenn Sie wenig Zeit haben__, gehen Sie direkt zu den Checklisten und Vorlagen in [Kapitel 10](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = Im ganzen Buch geben Tipps kleine praktische Hinweise, Kästen mit der Überschrift „Gute Praxis“ beschreiben Ansätze, die sich an vielen Orten bewährt haben, und Hinweise und Warnungen zeigen, wo man leicht Fehler macht.
# Context: heading
about-h-021883523bafcaa3 = Die Begriffe in diesem Buch
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Wörter wie { -refugee }, { -asylum-seeker } und { -migrant } bedeuten Unterschiedliches, und wer sie verwechselt, kann echten Schaden anrichten. Dieses Handbuch verwendet sie so, wie sie [im Glossar](03-words.md#glossary) definiert sind. Wenn wir von Menschen im Allgemeinen sprechen, sagen wir einfach „Menschen“ oder „Bewohnerinnen und Bewohner“. Menschen, die in den letzten Jahren aus einem anderen Land gekommen sind, nennen wir – unabhängig von ihrem rechtlichen Status – { -newcomers }.
# Context: heading
about-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
about-li-760798d9813df91c = Die Materialien des Projekts finden Sie auf seiner Website { -project-site }. Sollte die Website nicht mehr online sein, suchen Sie auf der Europäischen Website für Integration (European Website on Integration) nach { -clarinet }.
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Erstellen Sie eine kurze Liste der Menschen in Ihrem Ort, die sich bereits mit Migration und { -integration } befassen: im Gemeindeamt, in Schulen, in NGOs, in Glaubensgemeinschaften und in den lokalen Medien.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Geben Sie dieses Handbuch an mindestens eine Person außerhalb Ihrer eigenen Organisation weiter.
