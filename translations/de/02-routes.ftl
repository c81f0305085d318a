# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Migration in Südosteuropa
# Context: heading
routes-h-688bfc5793b4b9a4 = Eine Region des Ankommens und Weggehens
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = Südosteuropa war schon immer eine Drehscheibe. Händler, Pilger, Saisonarbeitskräfte und Familien auf der Suche nach einem besseren Leben haben seit Jahrtausenden seine Meere und Gebirge überquert.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = In den Jahren vor dem Projekt, von 2015 bis 2019, betraten viele { -asylum-seekers } in dieser Region zum ersten Mal europäischen Boden. Sie liegt zwischen dem Nahen Osten, Afrika und dem Rest der Europäischen Union. Dieses Kapitel gibt einen kurzen, allgemeinen Überblick über die drei Routen, an denen die { -clarinet }-Länder liegen, und darüber, was das für die { -local-communities } bedeutete. Für Statistiken, die sich rasch ändern, nutzen Sie bitte offizielle Quellen[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Drei Routen, eine Region
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Das Projekt beschrieb seine acht Länder als an drei Migrationsrouten gelegen. Eine „Route“ ist keine Straße auf der Landkarte, sondern ein grobes Muster von Reisewegen, geprägt von der Geografie, von Schleppern, von der Politik der Staaten und davon, wohin Verwandte schon früher gegangen sind. Routen verschieben sich, teilen sich und werden geschlossen.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Schematische Darstellung von drei Migrationsrouten. Ein blauer Pfeil führt über das zentrale Mittelmeer nach Italien. Orange Pfeile führen über das östliche Mittelmeer nach Griechenland und Zypern. Grüne Pfeile zeigen den Westbalkan-Korridor der Jahre 2015 und 2016: von Griechenland durch Nordmazedonien und Serbien, dann durch Ungarn oder durch Kroatien und Slowenien nach Österreich. Gestrichelte Nebenäste führen nach Bulgarien und Rumänien. Grau dargestellte Länder waren nicht an CLARINET beteiligt.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Die drei Migrationsrouten und die acht CLARINET-Länder (schematisch, nicht maßstabsgetreu)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Schematische Karte: Überfahrten nach Italien, Griechenland und Zypern und der Landkorridor von Griechenland nach Österreich in den Jahren 2015–2016
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Mittelmeerroute: auf dem Seeweg über das zentrale Mittelmeer nach Italien. Östliche Mittelmeerroute, vom Projekt Ostbalkanroute genannt: auf dem Seeweg über das östliche Mittelmeer nach Griechenland und Zypern. Westbalkanroute in den Jahren 2015 und 2016: auf dem Landweg von Griechenland durch Nordmazedonien und Serbien, dann entweder durch Ungarn nach Österreich oder durch Kroatien und Slowenien nach Österreich und weiter Richtung Mittel- und Nordeuropa. Bulgarien und Rumänien liegen an gestrichelten Nebenästen. Nordmazedonien, Serbien und Kroatien, grau dargestellt, waren keine CLARINET-Länder.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Schema, ohne Maßstab
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = Richtung Mittel- und
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = Nordeuropa
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Österreich
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Slowenien
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Ungarn
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Kroatien
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Serbien
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = Nordmazedonien
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Westbalkanroute
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = Rumänien
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = Bulgarien
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = Seeweg
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Italien
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Zentrales Mittelmeer
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Mittelmeerroute
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Griechenland
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Zypern
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Östliches Mittelmeer
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Östliche Mittelmeerroute
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (Ostbalkanroute)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Nebenast
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Kein CLARINET-Land
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Route
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = CLARINET-Länder an oder nahe dieser Route
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = Wie die Menschen meist unterwegs sind
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Mittelmeerroute
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Italien
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = Auf dem Seeweg über das zentrale Mittelmeer
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Westbalkanroute
# Context: table cell in “Three routes, one region”
routes-cell-3cf17d73e5b6c74d = Ungarn, Slowenien und Österreich; Bulgarien und Rumänien an Nebenästen
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Auf dem Landweg, über mehrere Grenzen, zu Fuß, mit Bus, Zug oder Auto
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Ostbalkanroute (östliches Mittelmeer)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Griechenland, Zypern
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Auf dem Seeweg über das östliche Mittelmeer und über Landgrenzen
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = Die drei Routen und die CLARINET-Länder an ihnen oder in ihrer Nähe
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Die Einteilung folgt der Beschreibung des Projekts. In Wirklichkeit überschneiden sich die Routen, und ein Land kann zugleich Ankunfts-, Transit- und Niederlassungsland sein.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = EU-Statistiken, etwa jene der Europäischen Agentur für die Grenz- und Küstenwache (Frontex), teilen die Routen anders ein. So zählen sie zum Beispiel Ankünfte über die Landgrenze zwischen Bulgarien und der Türkei zur östlichen Mittelmeerroute.
# Context: heading
routes-h-4d048ea744aa31f8 = Die Mittelmeerroute
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = Die zentrale Mittelmeerroute führt auf dem Seeweg von der nordafrikanischen Küste nach Italien, vor allem zu seinen südlichen Inseln und Küsten. Sie ist eine der gefährlichsten Migrationsrouten der Welt. Die Boote sind oft überfüllt und seeuntüchtig, und jedes Jahr verlieren viele Menschen auf dem Meer ihr Leben[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = Für kleine Insel- und Küstengemeinden bedeutete diese Route Ankünfte, die plötzlich, sichtbar und manchmal tragisch waren. Oft waren es Fischer, Ärztinnen und Ärzte, Freiwillige und ganz normale Bewohnerinnen und Bewohner, die als Erste halfen. Der Lead-Partner von { -clarinet }, die Gemeinde Lampedusa und Linosa, ist eine solche Gemeinschaft.
# Context: heading
routes-h-0a7bcb22907e26cb = Die Westbalkanroute
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = Die Westbalkanroute führt auf dem Landweg vom Südosten Europas in die Mitte und den Norden des Kontinents. 2015 und 2016 nutzten sie sehr viele Menschen, viele von ihnen auf der Flucht vor dem Krieg in Syrien und vor den Konflikten in Afghanistan und im Irak. Städte entlang der Route erlebten, wie Menschenmengen durch ihre Bahnhöfe und Grenzübergänge zogen.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = In diesen zwei Jahren führte der Hauptkorridor von Griechenland durch Nordmazedonien und Serbien. Von Serbien zogen die Menschen entweder durch Ungarn oder, ab Herbst 2015, durch Kroatien und Slowenien weiter nach Österreich. Bulgarien und Rumänien lagen an Nebenästen. Nordmazedonien, Serbien und Kroatien waren nicht Teil von { -clarinet }; deshalb sind sie in der Abbildung grau dargestellt.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = Nachdem Anfang 2016 die Grenzkontrollen verschärft worden waren und die Staats- und Regierungschefs der EU und die Türkei eine gemeinsame Erklärung zur Migration vereinbart hatten, ging die Bewegung entlang der Route stark zurück. Sie hörte aber nicht auf: Die Menschen zogen in kleineren Gruppen weiter, oft auf versteckteren und gefährlicheren Wegen, und manche blieben länger in den Ländern entlang der Strecke.
# Context: heading
routes-h-bd1a384744b2eca2 = Die Ostbalkanroute
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = In EU-Statistiken heißt diese Route östliche Mittelmeerroute; das Projekt nannte sie Ostbalkanroute. Sie führt nach Griechenland und Zypern, meist auf dem Seeweg von den nahen Küsten, aber auch über Landgrenzen. Griechische Inseln nahe der türkischen Küste wurden 2015 weltweit bekannt, als dort Tag für Tag Boote ankamen. Auch Zypern, eine Insel am äußersten östlichen Rand der Europäischen Union, hat viele schutzsuchende Menschen aufgenommen.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Für diese Länder ging es nicht nur um Transit: Aufnahmezentren, lange Asylverfahren und Menschen, die monate- oder jahrelang warten, wurden Teil des Alltags vor Ort.
# Context: heading
routes-h-b2fb3ae62f941028 = Seit dem Ende des Projekts
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = { -clarinet } endete 2021. Seither haben drei Veränderungen die { -local-communities } in allen acht Ländern erreicht.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __Menschen auf der Flucht vor dem Krieg in der Ukraine.__ Seit März 2022 gewährt ihnen die EU { -temporary-protection(case: "acc") }[^temporary-protection]. Viele Gemeinden haben innerhalb weniger Wochen eine große Zahl von Menschen aufgenommen, die meisten davon Frauen und Kinder.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __Das Migrations- und Asylpaket.__ Die EU hat dieses Bündel von Rechtsakten im Mai 2024 angenommen; die meisten seiner Bestimmungen gelten seit 12. Juni 2026[^pact]. Es ändert, wie Asylanträge geprüft und entschieden werden und wie die EU-Staaten die Verantwortung dafür untereinander teilen.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __Das Gesetz über digitale Dienste (Digital Services Act).__ Seit Februar 2024 sind Online-Plattformen gesetzlich verpflichtet, gegen gemeldete rechtswidrige Inhalte vorzugehen, auch gegen rechtswidrige { -hate-speech }. [Kapitel 9](09-media.md#hate-speech) erklärt, was das für Sie bedeutet.
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = Aktuelle Zahlen finden Sie in den offiziellen Quellen, die in [Kapitel 10](10-resources.md#further-reading) aufgelistet sind.
# Context: heading
routes-h-057fc622e94d9233 = Was die Gemeinschaften vor Ort erlebt haben
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = Migration wird immer an einem bestimmten Ort erlebt: an einem Strand, an einem Busbahnhof, in einer Schulklasse. Die Städte und Regionen Südosteuropas haben mehrere unterschiedliche Situationen durchlebt, manchmal eine nach der anderen.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Plötzliche Ankünfte.__ Ein kleiner Küstenort oder ein Grenzdorf musste innerhalb von Stunden auf Menschen reagieren, die froren, hungrig, verletzt oder unter Schock waren. Oft halfen zuerst die Menschen vor Ort, lange bevor ein staatliches System bereitstand.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Transit.__ Durch manche Orte kamen viele Menschen, ohne zu bleiben. Flüchtige Begegnungen ließen Raum für Gerüchte.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Aufnahme.__ Orte mit Aufnahmezentren standen vor Fragen nach Sicherheit, Versorgung und Gerechtigkeit – oft mit starken Gefühlen auf allen Seiten.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Niederlassung.__ An vielen Orten sind Menschen, die als { -asylum-seekers } kamen, geblieben, haben Arbeit gefunden, ihre Kinder in die Schule geschickt und sind Nachbarinnen und Nachbarn geworden. Diese Phase ist in den Medien am wenigsten sichtbar und für die { -integration } am wichtigsten.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = Durch alle vier zieht sich ein gemeinsames Muster. Die ersten Reaktionen sind oft großzügig; mit der Zeit können Müdigkeit und fehlende Informationen die Großzügigkeit in Sorge verwandeln. Wo die Verantwortlichen vor Ort klar sprechen und verlässliche Informationen weitergeben, bleibt das Vertrauen meist erhalten. Wo sie schweigen, füllen andere das Schweigen.
# Context: heading
routes-h-139f4b48fdddd135 = Auswanderung und Einwanderung zugleich
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Viele Gemeinschaften in Südosteuropa sind Orte, die Menschen verlassen, und zugleich Orte, an denen Menschen ankommen. Junge Menschen ziehen zum Studieren und Arbeiten weg, während Neuankömmlinge von außerhalb Europas kommen. Viele Familien wissen, wie es ist, Verwandte im Ausland zu haben oder als Fremde behandelt zu werden. Diese Erinnerungen können den Menschen vor Ort helfen, in Neuankömmlingen Menschen auf einer Reise zu sehen, die sich von ihrer eigenen gar nicht so sehr unterscheidet.
# Context: heading
routes-h-da1e29bc37ed314c = Über den Notfall hinaus
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = Die öffentliche Aufmerksamkeit folgt den Notlagen und zieht weiter, wenn die Bilder verschwinden. Doch die eigentliche Arbeit der { -integration } beginnt, wenn der Notfall vorbei ist: die Sprache lernen, eine Wohnung und Arbeit finden, Freundschaften schließen, einem Verein beitreten.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = Deshalb hat sich { -clarinet } auf die positiven Beiträge von { -migrants } zum Leben vor Ort konzentriert. Eine Gemeinschaft, die von Migration nur in Krisenmomenten hört, wird Migration für eine Krise halten. Eine Gemeinschaft, die auch von der neuen Apothekerin, dem Freiwilligen bei der Feuerwehr und dem Familienrestaurant hört, bekommt ein wahreres Bild.
# Context: heading
routes-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Finden Sie heraus, wo Ihr Ort steht: Ist er vor allem ein Ort der Ankunft, des Transits, der Aufnahme oder der Niederlassung – oder eine Mischung?
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Sammeln Sie die Erinnerungen Ihrer Gemeinschaft an Migration in beide Richtungen:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = Geschichten von Menschen aus dem Ort, die ausgewandert sind oder deren Eltern ausgewandert sind;
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = Geschichten von Neuankömmlingen, die sich in den letzten Jahren im Ort niedergelassen haben;
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = Geschichten von Menschen aus dem Ort, die in Zeiten vieler Ankünfte geholfen haben.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Prüfen Sie die offiziellen Quellen auf aktuelle Zahlen, bevor Sie über Zahlen sprechen oder schreiben, und notieren Sie das Datum.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Lesen Sie [Kapitel 3](03-words.md), bevor Sie öffentliches Material vorbereiten, damit Ihre Worte zu den Fakten passen.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Überlegen Sie, welcher Abschnitt der Reise im öffentlichen Gespräch in Ihrem Ort fehlt, und planen Sie, ihn sichtbar zu machen. [Kapitel 5](05-campaign.md) zeigt, wie.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Verlässliche Zahlen zu Ankünften und Asylanträgen in der Europäischen Union veröffentlichen Eurostat, die Asylagentur der Europäischen Union (EUAA) und das UN-Flüchtlingshilfswerk (UNHCR). Die Innenministerien und Asylbehörden der einzelnen Staaten veröffentlichen Zahlen für ihr jeweiliges Land.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = Die Internationale Organisation für Migration (IOM) dokumentiert in ihrem Missing Migrants Project Todesfälle und Vermisste auf den Migrationsrouten, auch im Mittelmeer.
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = Durchführungsbeschluss (EU) 2022/382 des Rates vom 4. März 2022, gestützt auf die Richtlinie über vorübergehenden Schutz (Richtlinie 2001/55/EG). Der Schutz wurde seither mehrmals verlängert.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = Zum Paket gehören unter anderem die Verordnung (EU) 2024/1347, die die Anerkennungsrichtlinie ersetzt, und die Richtlinie (EU) 2024/1346 über die Aufnahmebedingungen. Die Asylbehörde Ihres Landes kann Ihnen erklären, was sich bei Ihnen geändert hat.
