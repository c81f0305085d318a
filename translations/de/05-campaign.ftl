### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
campaign-title-73473cef = Eine Sensibilisierungskampagne planen

# Context: heading
campaign-h-f85e644a = Was eine Kampagne vor Ort ist

# Context: paragraph in “What a local campaign is”
campaign-p-3621a753 = Eine Sensibilisierungskampagne ist eine geplante Reihe von Aktivitäten, die über einen begrenzten Zeitraum verändern will, was eine Gruppe von Menschen über ein Thema weiß, fühlt oder tut. Eine Kampagne zu Migration und { -integration } vor Ort könnte etwa Porträts in der Gemeindezeitung, ein Fest, ein Schulprojekt, Plakate an Bushaltestellen und ein kurzes Video kombinieren, das online geteilt wird.

# Context: paragraph in “What a local campaign is”
campaign-p-6d97c380 = Eine der fünf Hauptaktivitäten von { -clarinet } waren acht solche Kampagnen, die von den teilnehmenden { -local-communities } entwickelt und verbreitet wurden. Dieses Kapitel stellt eine Methode vor, die jede Gemeinde, jede NGO und jede Schule nutzen kann – unabhängig vom Budget.

# Context: paragraph in “What a local campaign is”
campaign-p-23f88fd9 = Eine Kampagne ist mehr als eine einzelne Veranstaltung: Sie hat ein Ziel, eine klar umrissene Zielgruppe, eine durchgängige Botschaft und eine Möglichkeit zu überprüfen, ob sie gewirkt hat.

# Context: heading
campaign-h-2a5969f1 = Der Kampagnenzyklus

# Context: paragraph in “The campaign cycle”
campaign-p-f392d128 = Gute Kampagnen folgen einem Zyklus aus sieben Schritten, und was Sie am Ende lernen, fließt in die nächste Kampagne ein.

# Context: image description (alt text) in “The campaign cycle”
campaign-alt-11a5561e = Ein Kreis aus sieben Schritten, die durch Pfeile verbunden sind: 1 Ziele, 2 Zielgruppen, 3 Botschaften, 4 Kanäle, 5 Partner, 6 Budget, 7 Evaluierung, mit einem Pfeil von der Evaluierung zurück zu den Zielen. In der Mitte: planen, umsetzen, lernen, dann von vorne beginnen.

# Context: figure caption in “The campaign cycle”
campaign-cap-2f319a9c = Der Kampagnenzyklus: sieben Schritte von den Zielen bis zur Evaluierung – und wieder zurück

# Context: paragraph in “The campaign cycle”
campaign-p-eb140819 = In der Praxis überschneiden sich die Schritte: Vielleicht finden Sie zuerst einen Partner und formulieren das Ziel gemeinsam. Der Zyklus ist eine Checkliste zum Nachdenken, keine starre Reihenfolge.

# Context: heading
campaign-h-c1073230 = Schritt 1: Ziele

# Context: paragraph in “Step 1: Goals”
campaign-p-d8c777e4 = Beginnen Sie mit der Veränderung, die Sie erreichen wollen. „Bewusstsein schaffen“ ist zu vage, um Entscheidungen zu leiten. Fragen Sie stattdessen: Was soll nach der Kampagne anders sein, und für wen? Brauchbare Ziele sind konkret, realistisch und nach Möglichkeit messbar. Zum Beispiel:

# Context: list item in “Step 1: Goals”
campaign-li-baf0c3d2 = mehr Menschen im Ort wissen, dass Neuankömmlinge bei uns in Berufen wie Pflege, Bau oder Landwirtschaft arbeiten;

# Context: list item in “Step 1: Goals”
campaign-li-c579a6e0 = Schülerinnen und Schüler an zwei Schulen haben gleichaltrige Neuankömmlinge getroffen und mit ihnen gesprochen;

# Context: list item in “Step 1: Goals”
campaign-li-bcdc9201 = die Lokalzeitung veröffentlicht faire, persönliche Geschichten über Neuankömmlinge und nicht nur Geschichten über Probleme.

# Context: paragraph in “Step 1: Goals”
campaign-p-a5f4b181 = Verknüpfen Sie Ihr Ziel mit dem übergeordneten Ziel von { -clarinet }: den positiven Beitrag von { -migrants } dort sichtbar zu machen, wo sie leben. Ein klares Ziel ist besser als fünf vage.

# Context: heading
campaign-h-7e4c09ec = Schritt 2: Zielgruppen

# Context: paragraph in “Step 2: Audiences”
campaign-p-db5829b5 = „Die breite Öffentlichkeit“ ist keine Zielgruppe, sondern alle. Wählen Sie die Gruppen, die Sie am dringendsten erreichen wollen, und beschreiben Sie sie genau.

# Context: paragraph in “Step 2: Audiences”
campaign-p-595cdb47 = Oft hilft es, an drei Gruppen zu denken: Menschen im Ort, die bereits unterstützend eingestellt sind, Menschen, die entschieden ablehnend sind, und eine große mittlere Gruppe, die unsicher, beschäftigt oder desinteressiert ist. Die meisten erfolgreichen Kampagnen konzentrieren sich auf die mittlere Gruppe und setzen die unterstützende Gruppe als Botschafterinnen und Botschafter ein.

# Context: paragraph in “Step 2: Audiences”
campaign-p-b9cd55c6 = Fragen Sie für jede Zielgruppe:

# Context: list item in “Step 2: Audiences”
campaign-li-6661ab13 = Was wissen und glauben sie bereits über Migration?

# Context: list item in “Step 2: Audiences”
campaign-li-11c4a2fb = Was liegt ihnen am meisten am Herzen: die Schulen ihrer Kinder, Sicherheit, Arbeitsplätze, ihre Nachbarschaft, ihr Glaube, ihr Fußballverein?

# Context: list item in “Step 2: Audiences”
campaign-li-65a006b5 = Wem vertrauen sie? Einer Ärztin, einem Pfarrer, einem Trainer, einer Großmutter, einer Influencerin?

# Context: list item in “Step 2: Audiences”
campaign-li-aa7796a5 = Woher beziehen sie ihre Informationen?

# Context: paragraph in “Step 2: Audiences”
campaign-p-055be547 = Vergessen Sie die Neuankömmlinge als Zielgruppe nicht. Eine Kampagne, die sie in ihren eigenen Sprachen einlädt, am Leben im Ort teilzunehmen, kann genauso wertvoll sein wie eine, die sich an Alteingesessene richtet.

# Context: heading
campaign-h-7386c1e6 = Schritt 3: Botschaften

# Context: paragraph in “Step 3: Messages”
campaign-p-aa6f432d = Die Botschaft ist das, woran sich Ihre Zielgruppe erinnern soll. Sie verbindet Ihr Ziel mit dem, was der Zielgruppe wichtig ist. Botschaften, die vor Ort funktionieren, haben oft einige Merkmale gemeinsam:

# Context: list item in “Step 3: Messages”
campaign-li-f8a6246d = **Sie handeln von Menschen, nicht von Kategorien.** Eine Krankenpflegerin, ein Bäcker oder eine Studentin mit Namen bleibt besser in Erinnerung als „Migranten tragen zur Wirtschaft bei“.

# Context: list item in “Step 3: Messages”
campaign-li-520e9291 = **Sie betonen, was Alteingesessene und Neuankömmlinge verbindet.** Arbeit, Familie, Kinder, Fußball, Essen, Musik, Glaube, die Liebe zum eigenen Ort.

# Context: list item in “Step 3: Messages”
campaign-li-2bc4dade = **Sie sind lokal.** „Unser Ort“ ist näher als „Europa“.

# Context: list item in “Step 3: Messages”
campaign-li-07c6c25d = **Sie sind positiv, aber ehrlich.** Tun Sie nicht so, als gäbe es keine Probleme. Zeigen Sie, wie Probleme gemeinsam gelöst werden.

# Context: list item in “Step 3: Messages”
campaign-li-ce8a58b6 = **Sie laden zum Handeln ein.** Kommen Sie zum Fest, singen Sie im Chor mit, grüßen Sie einander.

# Context: paragraph in “Step 3: Messages”
campaign-p-c364b870 = Testen Sie Ihre Botschaft vor dem Start mit einigen Menschen aus Ihrer Zielgruppe, auch mit Neuankömmlingen, und gleichen Sie die Wortwahl mit dem [Glossar](03-words.md#glossary) ab.

# Context: paragraph in “Step 3: Messages”
campaign-p-56469e89 = Vermeiden Sie Formate zum „Mythen-Entlarven“, die eine falsche Behauptung in großen Buchstaben wiederholen und sie in kleinen richtigstellen. Oft bleibt der Mythos hängen und die Richtigstellung wird vergessen. Stellen Sie stattdessen die wahre, positive Geschichte an den Anfang.

# Context: heading
campaign-h-c0b3df87 = Schritt 4: Kanäle

# Context: paragraph in “Step 4: Channels”
campaign-p-d6dec4c3 = Wählen Sie die Kanäle danach aus, wo Ihre Zielgruppe tatsächlich ist, und nicht danach, was gerade in Mode ist.

# Context: table cell in “Step 4: Channels”
campaign-cell-a072ab55 = Kanal

# Context: table cell in “Step 4: Channels”
campaign-cell-7a0586c0 = Gut für

# Context: table cell in “Step 4: Channels”
campaign-cell-2eceac35 = Achtung bei

# Context: table cell in “Step 4: Channels”
campaign-cell-6eec0a8e = Persönliche Begegnungen (Feste, Tage der offenen Tür, gemeinsames Essen)

# Context: table cell in “Step 4: Channels”
campaign-cell-751940e8 = Echten Kontakt zwischen Alteingesessenen und Neuankömmlingen; Vertrauensaufbau

# Context: table cell in “Step 4: Channels”
campaign-cell-713ad0d2 = Man erreicht nur Menschen, die ohnehin interessiert sind

# Context: table cell in “Step 4: Channels”
campaign-cell-feb021e8 = Schulen und Jugendgruppen

# Context: table cell in “Step 4: Channels”
campaign-cell-f9706902 = Langfristige Veränderung; Eltern über die Kinder erreichen

# Context: table cell in “Step 4: Channels”
campaign-cell-e8d23a26 = Braucht Zeit und das Engagement der Lehrkräfte

# Context: table cell in “Step 4: Channels”
campaign-cell-08579026 = Lokale Presse, Radio und Fernsehen

# Context: table cell in “Step 4: Channels”
campaign-cell-160da6a8 = Glaubwürdigkeit; ältere Menschen erreichen

# Context: table cell in “Step 4: Channels”
campaign-cell-304d565a = Wenig Einfluss auf den fertigen Beitrag

# Context: table cell in “Step 4: Channels”
campaign-cell-187f95d6 = Soziale Medien

# Context: table cell in “Step 4: Channels”
campaign-cell-ff173ff1 = Tempo, Teilen, junges Publikum

# Context: table cell in “Step 4: Channels”
campaign-cell-0ab55fc2 = Feindselige Kommentare; Moderation nötig

# Context: table cell in “Step 4: Channels”
campaign-cell-f2505771 = Plakate, Transparente, öffentlicher Raum

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc6d01a = Sichtbarkeit im Alltag

# Context: table cell in “Step 4: Channels”
campaign-cell-5d029d8c = Vandalismus; die Botschaft muss in Sekunden verstanden werden

# Context: table cell in “Step 4: Channels”
campaign-cell-7bdfdf84 = Kanäle der Gemeinde (Website, Newsletter, Anschlagtafeln)

# Context: table cell in “Step 4: Channels”
campaign-cell-6e80bcfd = Offizielles Gewicht; geringe Kosten

# Context: table cell in “Step 4: Channels”
campaign-cell-7b7cc954 = Kann bürokratisch wirken; bleiben Sie im Ton menschlich

# Context: table cell in “Step 4: Channels”
campaign-cell-c49562f3 = Kunst und Kultur (Ausstellungen, Theater, Musik)

# Context: table cell in “Step 4: Channels”
campaign-cell-39f34a9b = Emotionen; neues Publikum

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc81c8b = Braucht gute Partner; siehe [Kapitel 7](07-art.md)

# Context: paragraph in “Step 4: Channels”
campaign-p-faca15d8 = Die meisten Kampagnen nutzen zwei oder drei Kanäle, die einander verstärken. [Kapitel 9](09-media.md) gibt Tipps für die Zusammenarbeit mit Journalistinnen und Journalisten und für soziale Medien.

# Context: heading
campaign-h-591cac1d = Schritt 5: Partner

# Context: paragraph in “Step 5: Partners”
campaign-p-c1432ffb = Partner vervielfachen, was Sie erreichen können. Denken Sie sie in drei Kreisen:

# Context: list item in “Step 5: Partners”
campaign-li-e51a85c6 = **Kernpartner**, die die Kampagne mit Ihnen planen und durchführen:

# Context: list item in “Step 5: Partners”
campaign-li-54c4c776 = eine Abteilung der Gemeinde oder das Büro der Bürgermeisterin oder des Bürgermeisters;

# Context: list item in “Step 5: Partners”
campaign-li-c734ce3e = eine oder zwei NGOs, die mit Neuankömmlingen arbeiten;

# Context: list item in “Step 5: Partners”
campaign-li-9012d802 = die Neuankömmlinge selbst, als Mitorganisierende und nicht nur als Thema.

# Context: list item in “Step 5: Partners”
campaign-li-51f88e55 = **Unterstützende Partner**, die bei bestimmten Aufgaben helfen:

# Context: list item in “Step 5: Partners”
campaign-li-bd6c3642 = Schulen, Büchereien, Kulturzentren und Sportvereine;

# Context: list item in “Step 5: Partners”
campaign-li-58965cdb = lokale Medien;

# Context: list item in “Step 5: Partners”
campaign-li-843c2bcc = Künstlerinnen und Künstler, Designerinnen und Designer.

# Context: list item in “Step 5: Partners”
campaign-li-c12e886a = **Multiplikatorinnen und Multiplikatoren**, die Ihre Botschaft weitertragen:

# Context: list item in “Step 5: Partners”
campaign-li-4f73eaa2 = angesehene Persönlichkeiten im Ort;

# Context: list item in “Step 5: Partners”
campaign-li-e3b224b3 = Arbeitgeber und Wirtschaftsverbände;

# Context: list item in “Step 5: Partners”
campaign-li-b395b40e = Glaubensgemeinschaften und Städtenetzwerke.

# Context: paragraph in “Step 5: Partners”
campaign-p-efedbe16 = Vereinbaren Sie früh, wer was entscheidet, wer mit den Medien spricht und wie die Partner genannt werden.

# Context: paragraph in “Step 5: Partners”
campaign-p-83668d74 = Die stärksten Kampagnen vor Ort werden gemeinsam mit Neuankömmlingen entwickelt. Beziehen Sie sie ab der ersten Planungssitzung ein, bezahlen Sie sie, wo andere für vergleichbare Arbeit bezahlt werden, und lassen Sie sie selbst entscheiden, wie ihre Geschichten erzählt werden.

# Context: heading
campaign-h-2247c270 = Schritt 6: Budget

# Context: paragraph in “Step 6: Budget”
campaign-p-c9bece93 = Eine Kampagne muss nicht teuer sein, aber sie braucht ein realistisches Budget – auch wenn es größtenteils aus Zeit statt aus Geld besteht.

# Context: paragraph in “Step 6: Budget”
campaign-p-0e900ef3 = Typische Kosten sind Gestaltung und Druck, Räumlichkeiten, Honorare für Künstlerinnen und Künstler, Fotografinnen und Fotografen oder Dolmetscherinnen und Dolmetscher, Verpflegung bei Veranstaltungen, Online-Werbung und Arbeitszeit. Partner können manches davon oft als Sachleistung beisteuern: einen kostenlosen Schulsaal, gesponserten Druck, Sendezeit im Lokalradio.

# Context: paragraph in “Step 6: Budget”
campaign-p-2fd57fba = Planen Sie eine Reserve für Unvorhergesehenes ein und sehen Sie von Anfang an Mittel für die Evaluierung vor.

# Context: heading
campaign-h-152a0432 = Schritt 7: Evaluierung

# Context: paragraph in “Step 7: Evaluation”
campaign-p-068549cb = Die Evaluierung zeigt Ihnen, ob die Kampagne ihr Ziel erreicht hat und was Sie beim nächsten Mal besser machen können. Planen Sie sie gleich beim Festlegen des Ziels, nicht erst am Ende. Messen Sie auf drei Ebenen:

# Context: list item in “Step 7: Evaluation”
campaign-li-aaa3f8a2 = **Aktivitäten**: was Sie getan haben. Anzahl der Veranstaltungen, Plakate, Artikel, Beiträge.

# Context: list item in “Step 7: Evaluation”
campaign-li-574f2023 = **Reichweite**: wen Sie erreicht haben. Teilnehmende, Leserinnen und Leser, Aufrufe, geteilte Beiträge, beteiligte Schulen.

# Context: list item in “Step 7: Evaluation”
campaign-li-37376fe8 = **Veränderung**: was sich verändert hat. Befragungen vorher und nachher, Rückmeldungen von Teilnehmenden, der Tenor der lokalen Berichterstattung.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-b932bc41 = Veränderung ist am schwersten zu messen, und eine kleine Kampagne kann nicht beweisen, dass sie die Meinung eines ganzen Ortes verändert hat. Ehrliche kleine Anzeichen, etwa eine Vorher-nachher-Befragung an zwei Schulen, sind nützlicher als beeindruckende, aber leere Zahlen.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-fc2b3b8d = Schreiben Sie einen kurzen Bericht, teilen Sie ihn mit Partnern und Teilnehmenden, bedanken Sie sich bei allen – und beginnen Sie wieder bei Schritt 1.

# Context: heading
campaign-h-dfa6d533 = Checkliste für die Kampagne

# Context: list item in “Campaign checklist”
campaign-li-583c99fe = Wir haben ein klares, konkretes Ziel.

# Context: list item in “Campaign checklist”
campaign-li-f535b650 = Wir haben unsere wichtigste Zielgruppe ausgewählt und beschrieben.

# Context: list item in “Campaign checklist”
campaign-li-8d7656a9 = Unsere Botschaft handelt von Menschen, ist lokal und lädt zum Handeln ein.

# Context: list item in “Campaign checklist”
campaign-li-7162a4f6 = Wir haben die Botschaft mit Menschen aus der Zielgruppe getestet, auch mit Neuankömmlingen.

# Context: list item in “Campaign checklist”
campaign-li-1d5fc0d6 = Unsere Wortwahl entspricht dem Glossar.

# Context: list item in “Campaign checklist”
campaign-li-c6f7e698 = Wir haben zwei oder drei Kanäle gewählt, die unsere Zielgruppe erreichen.

# Context: list item in “Campaign checklist”
campaign-li-8491fa7c = Unsere Partner kennen ihre Rollen, und Neuankömmlinge gehören zum Organisationsteam.

# Context: list item in “Campaign checklist”
campaign-li-e11c7306 = Für jeden Namen, jedes Gesicht und jede Geschichte, die wir verwenden, liegt eine Einwilligung vor.

# Context: list item in “Campaign checklist”
campaign-li-d144751f = Wir haben ein Budget, einschließlich einer Reserve und Mitteln für die Evaluierung.

# Context: list item in “Campaign checklist”
campaign-li-a06ce5be = Wir wissen, wie wir Reichweite und Veränderung messen.

# Context: list item in “Campaign checklist”
campaign-li-b7a6429c = Wir haben einen Plan für feindselige Kommentare und eine Ansprechperson für die Medien.

# Context: paragraph in “Campaign checklist”
campaign-p-157cb1ac = Eine einseitige Vorlage für den Kampagnenplan finden Sie in [Kapitel 10](10-resources.md#campaign-template).

# Context: heading
campaign-h-9353605e = Was Sie tun können

# Context: list item in “What you can do”
campaign-li-e0151837 = Holen Sie drei oder vier Personen aus verschiedenen Organisationen zusammen und nehmen Sie sich zwei Stunden für die Schritte 1 bis 3 des Zyklus.

# Context: list item in “What you can do”
campaign-li-d24ab3e5 = Schreiben Sie Ziel, Zielgruppe und Botschaft auf eine einzige Seite.

# Context: list item in “What you can do”
campaign-li-9f00a0b5 = Bitten Sie zwei Neuankömmlinge und zwei Alteingesessene um ihre Reaktion auf Ihren Botschaftsentwurf.

# Context: list item in “What you can do”
campaign-li-a39090c1 = Wählen Sie eine kleine erste Aktivität, die Sie innerhalb von drei Monaten umsetzen können, und evaluieren Sie sie, bevor Sie die nächste planen.

# Context: list item in “What you can do”
campaign-li-d13eb93a = Wenn die Kampagne vorbei ist, überlegen Sie, sie für einen Preis einzureichen oder mit anderen Gemeinden zu teilen. [Kapitel 8](08-award.md) erklärt, was gute Einreichungen gemeinsam haben.
