### handbook/chapters/02-routes.md — Migration in South-East Europe
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
routes-title-d2d75493 = Migration in Südosteuropa

# Context: heading
routes-h-a2ed269e = Eine Region in Bewegung

# Context: paragraph in “A region on the move”
routes-p-caea225a = Südosteuropa war schon immer eine Drehscheibe. Händler, Pilger, Saisonarbeitskräfte und Familien auf der Suche nach einem besseren Leben haben seit Jahrtausenden seine Meere und Gebirge überquert.

# Context: paragraph in “A region on the move”
routes-p-386c2a87 = Wegen ihrer Lage zwischen dem Nahen Osten, Afrika und dem Rest der Europäischen Union wurde die Region in den letzten Jahren für viele { -asylum-seekers } zum ersten europäischen Boden, den sie betraten. Dieses Kapitel gibt einen kurzen, allgemeinen Überblick über die drei Routen, an denen die { -clarinet }-Länder liegen, und darüber, was das für die { -local-communities } bedeutete. Für Statistiken, die sich rasch ändern, nutzen Sie bitte offizielle Quellen[^sources].

# Context: heading
routes-h-bb21e5ad = Drei Routen, eine Region

# Context: paragraph in “Three routes, one region”
routes-p-5b12ae87 = Das Projekt beschrieb seine acht Länder als an drei Migrationsrouten gelegen. Eine „Route“ ist keine Straße auf der Landkarte, sondern ein grobes Muster von Reisewegen, geprägt von der Geografie, von Schleppern, von der Politik der Staaten und davon, wohin Verwandte schon früher gegangen sind. Routen verschieben sich, teilen sich und werden geschlossen.

# Context: image description (alt text) in “Three routes, one region”
routes-alt-2fbbcf30 = Schematische Darstellung von drei Migrationsrouten. Ein blauer Pfeil führt über das zentrale Mittelmeer nach Italien. Eine grüne Säule zeigt die Westbalkanroute, die an Bulgarien, Rumänien, Ungarn, Slowenien und Österreich vorbei Richtung Mittel- und Nordeuropa führt. Orange Pfeile führen über das östliche Mittelmeer nach Griechenland und Zypern, ein gestrichelter Pfeil von Griechenland weiter zur Westbalkanroute.

# Context: figure caption in “Three routes, one region”
routes-cap-78ed8096 = Die drei Migrationsrouten und die acht CLARINET-Länder (schematisch, nicht maßstabsgetreu)

# Context: table cell in “Three routes, one region”
routes-cell-624b8896 = Route

# Context: table cell in “Three routes, one region”
routes-cell-de368479 = CLARINET-Länder an dieser Route

# Context: table cell in “Three routes, one region”
routes-cell-27ed78c8 = Wie die Menschen meist unterwegs sind

# Context: table cell in “Three routes, one region”
routes-cell-487095bc = Mittelmeerroute

# Context: table cell in “Three routes, one region”
routes-cell-76bfcf09 = Italien

# Context: table cell in “Three routes, one region”
routes-cell-26e3c4cc = Auf dem Seeweg über das zentrale Mittelmeer

# Context: table cell in “Three routes, one region”
routes-cell-1f6e85f6 = Westbalkanroute

# Context: table cell in “Three routes, one region”
routes-cell-6241e758 = Slowenien, Ungarn, Bulgarien, Rumänien, Österreich

# Context: table cell in “Three routes, one region”
routes-cell-ea86e3a1 = Auf dem Landweg, über mehrere Grenzen, zu Fuß, mit Bus, Zug oder Auto

# Context: table cell in “Three routes, one region”
routes-cell-16867bf8 = Ostbalkanroute (östliches Mittelmeer)

# Context: table cell in “Three routes, one region”
routes-cell-531c3746 = Griechenland, Zypern

# Context: table cell in “Three routes, one region”
routes-cell-f5c11eb9 = Auf dem Seeweg über das östliche Mittelmeer und über Landgrenzen

# Context: paragraph in “Three routes, one region”
routes-p-7c881471 = Die Einteilung folgt der Beschreibung des Projekts. In Wirklichkeit überschneiden sich die Routen, und ein Land kann zugleich Ankunfts-, Transit- und Niederlassungsland sein.

# Context: heading
routes-h-9bea7f3d = Die Mittelmeerroute

# Context: paragraph in “The Mediterranean route”
routes-p-aa7dfd2c = Die zentrale Mittelmeerroute führt auf dem Seeweg von der nordafrikanischen Küste nach Italien, vor allem zu seinen südlichen Inseln und Küsten. Sie ist eine der gefährlichsten Migrationsrouten der Welt. Die Boote sind oft überfüllt und seeuntüchtig, und jedes Jahr verlieren viele Menschen auf dem Meer ihr Leben[^iom].

# Context: paragraph in “The Mediterranean route”
routes-p-d7b230ca = Für kleine Insel- und Küstengemeinden bedeutete diese Route Ankünfte, die plötzlich, sichtbar und manchmal tragisch waren – mit Fischern, Ärztinnen und Ärzten, Freiwilligen und ganz normalen Bewohnerinnen und Bewohnern an vorderster Front. Der Lead-Partner von { -clarinet }, die Gemeinde Lampedusa und Linosa, ist eine solche Gemeinschaft.

# Context: heading
routes-h-7f5d9b55 = Die Westbalkanroute

# Context: paragraph in “The Western Balkan route”
routes-p-3e1db266 = Die Westbalkanroute führt auf dem Landweg vom Südosten Europas in die Mitte und den Norden des Kontinents. 2015 und 2016 nutzten sie sehr viele Menschen, viele von ihnen auf der Flucht vor dem Krieg in Syrien und vor den Konflikten in Afghanistan und im Irak. Städte entlang der Route erlebten, wie Menschenmengen durch ihre Bahnhöfe und Grenzübergänge zogen.

# Context: paragraph in “The Western Balkan route”
routes-p-1c6aac88 = Nachdem Anfang 2016 die Grenzkontrollen verschärft worden waren und die Europäische Union und die Türkei eine gemeinsame Erklärung zur Migration vereinbart hatten, ging die Bewegung entlang der Route stark zurück. Sie hörte aber nicht auf: Die Menschen zogen in kleineren Gruppen weiter, oft auf versteckteren und gefährlicheren Wegen, und manche blieben länger in den Ländern entlang der Strecke.

# Context: heading
routes-h-7b1f4fff = Die Ostbalkanroute

# Context: paragraph in “The Eastern Balkan route”
routes-p-ff3aa2ac = Die Ostbalkanroute, oft auch östliche Mittelmeerroute genannt, führt nach Griechenland und Zypern, meist auf dem Seeweg von den nahen Küsten, aber auch über Landgrenzen. Griechische Inseln nahe der türkischen Küste wurden 2015 weltweit bekannt, als dort Tag für Tag Boote ankamen. Auch Zypern, eine Insel am äußersten östlichen Rand der Europäischen Union, hat viele schutzsuchende Menschen aufgenommen.

# Context: paragraph in “The Eastern Balkan route”
routes-p-5e358a67 = Für diese Länder ging es nicht nur um Transit: Aufnahmezentren, lange Asylverfahren und Menschen, die monate- oder jahrelang warten, wurden Teil des Alltags vor Ort.

# Context: heading
routes-h-0c0c3835 = Was die Gemeinschaften vor Ort erlebt haben

# Context: paragraph in “What local communities experienced”
routes-p-1f69dd7f = Migration wird immer an einem bestimmten Ort erlebt: an einem Strand, an einem Busbahnhof, in einer Schulklasse. Die Städte und Regionen Südosteuropas haben mehrere unterschiedliche Situationen durchlebt, manchmal eine nach der anderen.

# Context: list item in “What local communities experienced”
routes-li-daad826d = **Plötzliche Ankünfte.** Ein kleiner Küstenort oder ein Grenzdorf musste innerhalb von Stunden auf Menschen reagieren, die froren, hungrig, verletzt oder unter Schock waren. Oft halfen zuerst die Menschen vor Ort, lange bevor ein staatliches System bereitstand.

# Context: list item in “What local communities experienced”
routes-li-b04f11ef = **Transit.** Durch manche Orte kamen viele Menschen, ohne zu bleiben. Flüchtige Begegnungen ließen Raum für Gerüchte.

# Context: list item in “What local communities experienced”
routes-li-72e1c1ec = **Aufnahme.** Orte mit Aufnahmezentren standen vor Fragen nach Sicherheit, Versorgung und Gerechtigkeit – oft mit starken Gefühlen auf allen Seiten.

# Context: list item in “What local communities experienced”
routes-li-ba1a55ca = **Niederlassung.** An vielen Orten sind Menschen, die als { -asylum-seekers } kamen, geblieben, haben Arbeit gefunden, ihre Kinder in die Schule geschickt und sind Nachbarinnen und Nachbarn geworden. Diese Phase ist in den Medien am wenigsten sichtbar und für die { -integration } am wichtigsten.

# Context: paragraph in “What local communities experienced”
routes-p-1382bd98 = Durch alle vier zieht sich ein gemeinsames Muster. Die ersten Reaktionen sind oft großzügig; mit der Zeit können Müdigkeit und fehlende Informationen die Großzügigkeit in Sorge verwandeln. Wo die Verantwortlichen vor Ort klar sprechen und verlässliche Informationen weitergeben, bleibt das Vertrauen meist erhalten. Wo sie schweigen, füllen andere das Schweigen.

# Context: paragraph in “What local communities experienced”
routes-p-c3a91349 = In vielen Orten waren es in den ersten Tagen Geschäftsleute, Pensionistinnen und Pensionisten, Studierende und Freiwillige aus der Pfarre, die am meisten geholfen haben. Sie öffentlich zu würdigen und zu fragen, was sie gelernt haben, ist ein einfacher Weg, ein Gespräch über Migration vor Ort zu beginnen, das auf echter Erfahrung beruht.

# Context: heading
routes-h-2df126f9 = Auswanderung und Einwanderung zugleich

# Context: paragraph in “Emigration and immigration together”
routes-p-ad39a28c = Viele Gemeinschaften in Südosteuropa sind Orte, die Menschen verlassen, und zugleich Orte, an denen Menschen ankommen. Junge Menschen ziehen zum Studieren und Arbeiten weg, während Neuankömmlinge von außerhalb Europas kommen. Die meisten Familien wissen, wie es ist, Verwandte im Ausland zu haben oder als Fremde behandelt zu werden – und diese Erinnerungen können den Menschen vor Ort helfen, in Neuankömmlingen Menschen auf einer Reise zu sehen, die sich von ihrer eigenen gar nicht so sehr unterscheidet.

# Context: heading
routes-h-a9139351 = Über den Notfall hinaus

# Context: paragraph in “Beyond the emergency”
routes-p-19764963 = Die öffentliche Aufmerksamkeit folgt den Notlagen und zieht weiter, wenn die Bilder verschwinden. Doch die eigentliche Arbeit der { -integration } beginnt, wenn der Notfall vorbei ist: die Sprache lernen, eine Wohnung und Arbeit finden, Freundschaften schließen, einem Verein beitreten.

# Context: paragraph in “Beyond the emergency”
routes-p-06eefa1c = Deshalb hat sich { -clarinet } auf die positiven Beiträge von { -migrants } zum Leben vor Ort konzentriert. Eine Gemeinschaft, die von Migration nur in Krisenmomenten hört, wird Migration für eine Krise halten. Eine Gemeinschaft, die auch von der neuen Apothekerin, dem Freiwilligen bei der Feuerwehr und dem Familienrestaurant hört, bekommt ein wahreres Bild.

# Context: paragraph in “Beyond the emergency”
routes-p-47039470 = Vorsicht bei Zahlen. Ankunftszahlen und Asylentscheidungen werden auf unterschiedliche Weise erhoben und ändern sich schnell. Wenn Sie öffentlich eine Zahl nennen, geben Sie Quelle und Datum an.

# Context: heading
routes-h-9353605e = Was Sie tun können

# Context: list item in “What you can do”
routes-li-65fcd89c = Finden Sie heraus, wo Ihr Ort steht: Ist er vor allem ein Ort der Ankunft, des Transits, der Aufnahme oder der Niederlassung – oder eine Mischung?

# Context: list item in “What you can do”
routes-li-e6039999 = Sammeln Sie die Erinnerungen Ihrer Gemeinschaft an Migration in beide Richtungen:

# Context: list item in “What you can do”
routes-li-d8ccb901 = Geschichten von Menschen aus dem Ort, die ausgewandert sind oder deren Eltern ausgewandert sind;

# Context: list item in “What you can do”
routes-li-5d84dbcd = Geschichten von Neuankömmlingen, die sich in den letzten Jahren im Ort niedergelassen haben;

# Context: list item in “What you can do”
routes-li-0e8bc65a = Geschichten von Menschen aus dem Ort, die in Zeiten vieler Ankünfte geholfen haben.

# Context: list item in “What you can do”
routes-li-1419818b = Prüfen Sie die offiziellen Quellen auf aktuelle Zahlen, bevor Sie über Zahlen sprechen oder schreiben, und notieren Sie das Datum.

# Context: list item in “What you can do”
routes-li-37b9ab9e = Lesen Sie [Kapitel 3](03-words.md), bevor Sie öffentliches Material vorbereiten, damit Ihre Worte zu den Fakten passen.

# Context: list item in “What you can do”
routes-li-1bb79c5d = Überlegen Sie, welcher Abschnitt der Reise im öffentlichen Gespräch in Ihrem Ort fehlt, und planen Sie, ihn sichtbar zu machen. [Kapitel 5](05-campaign.md) zeigt, wie.

# Context: footnote in “What you can do”
routes-fn-d4918d96 = Verlässliche Zahlen zu Ankünften und Asylanträgen in der Europäischen Union veröffentlichen Eurostat, die Asylagentur der Europäischen Union (EUAA) und das UN-Flüchtlingshilfswerk (UNHCR). Die Innenministerien und Asylbehörden der einzelnen Staaten veröffentlichen Zahlen für ihr jeweiliges Land.

# Context: footnote in “What you can do”
routes-fn-6f2cc878 = Die Internationale Organisation für Migration (IOM) dokumentiert in ihrem Missing Migrants Project Todesfälle und Vermisste auf den Migrationsrouten, auch im Mittelmeer.
