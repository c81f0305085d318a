# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Eine Sensibilisierungskampagne planen
# Context: heading
campaign-h-b58fcb4fc7d606c5 = Was eine Kampagne vor Ort ist
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = Eine Sensibilisierungskampagne ist eine geplante Reihe von Aktivitäten, die über einen begrenzten Zeitraum verändern will, was eine Gruppe von Menschen über ein Thema weiß, fühlt oder tut. Eine Kampagne zu Migration und { -integration } vor Ort könnte etwa Porträts in der Gemeindezeitung, ein Fest, ein Schulprojekt, Plakate an Bushaltestellen und ein kurzes Video kombinieren, das online geteilt wird.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = Die { -local-communities } in { -clarinet } haben acht solche Kampagnen entwickelt. Dieses Kapitel stellt eine Methode vor, die jede Gemeinde, jede NGO und jede Schule nutzen kann – unabhängig vom Budget.
# Context: heading
campaign-h-3041721e644d4666 = Der Kampagnenzyklus
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = Gute Kampagnen folgen einem Zyklus aus sieben Schritten, und was Sie am Ende lernen, fließt in die nächste Kampagne ein.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Sieben nummerierte Schritte untereinander, jeder mit einer Leitfrage und durch Pfeile verbunden: 1 Ziele, 2 Zielgruppen, 3 Botschaften, 4 Kanäle, 5 Partner, 6 Budget, 7 Evaluierung, mit einem Pfeil von der Evaluierung zurück hinauf zu den Zielen. Darunter: planen, umsetzen, lernen, dann von vorne beginnen.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = Der Kampagnenzyklus: sieben Schritte von den Zielen bis zur Evaluierung – und wieder zurück
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = Sieben Schritte einer Kampagne, im Kreislauf
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Sieben nummerierte Schritte untereinander, jeder mit einer Frage, durch Pfeile verbunden: 1 Ziele (Was soll sich ändern?), 2 Zielgruppen (Wen wollen wir erreichen?), 3 Botschaften (Was sagen wir?), 4 Kanäle (Wo sagen wir es?), 5 Partner (Wer arbeitet mit uns?), 6 Budget (Was können wir uns leisten?), 7 Evaluierung (Was hat funktioniert?). Ein Pfeil führt von der Evaluierung zurück hinauf zu den Zielen der nächsten Kampagne. Darunter: planen, umsetzen, lernen, dann von vorne beginnen.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Ziele
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = Was soll sich ändern?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Zielgruppen
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = Wen wollen wir erreichen?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Botschaften
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = Was sagen wir?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Kanäle
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Wo sagen wir es?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Partner
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Wer arbeitet mit uns?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Budget
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = Was können wir uns leisten?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Evaluierung
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = Was hat funktioniert?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = Planen, umsetzen, lernen, von vorn
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = In der Praxis überschneiden sich die Schritte: Vielleicht finden Sie zuerst einen Partner und formulieren das Ziel gemeinsam. Der Zyklus ist eine Checkliste zum Nachdenken, keine starre Reihenfolge.
# Context: heading
campaign-h-32aa40a5d4b58434 = Schritt 1: Ziele
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Beginnen Sie mit der Veränderung, die Sie erreichen wollen. „Bewusstsein schaffen“ ist zu vage, um Entscheidungen zu leiten. Fragen Sie stattdessen: Was soll nach der Kampagne anders sein, und für wen? Brauchbare Ziele sind konkret, realistisch und nach Möglichkeit messbar. Zum Beispiel:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = mehr Menschen im Ort wissen, dass Neuankömmlinge bei uns in Berufen wie Pflege, Bau oder Landwirtschaft arbeiten;
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = Schülerinnen und Schüler an zwei Schulen haben gleichaltrige Neuankömmlinge getroffen und mit ihnen gesprochen;
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = die Lokalzeitung veröffentlicht faire, persönliche Geschichten über Neuankömmlinge und nicht nur Geschichten über Probleme.
# Context: heading
campaign-h-6195a34f20b4c26c = Schritt 2: Zielgruppen
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = „Die breite Öffentlichkeit“ ist keine Zielgruppe – das sind alle. Wählen Sie die Gruppen, die Sie am dringendsten erreichen wollen, und beschreiben Sie sie genau.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = Oft hilft es, an drei Gruppen zu denken: Menschen im Ort, die bereits unterstützend eingestellt sind, Menschen, die entschieden ablehnend sind, und eine große mittlere Gruppe, die unsicher, beschäftigt oder desinteressiert ist. Die meisten erfolgreichen Kampagnen konzentrieren sich auf die mittlere Gruppe und setzen die unterstützende Gruppe als Botschafterinnen und Botschafter ein.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = Fragen Sie für jede Zielgruppe:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = Was wissen und glauben sie bereits über Migration?
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = Was liegt ihnen am meisten am Herzen: die Schulen ihrer Kinder, Sicherheit, Arbeitsplätze, ihre Nachbarschaft, ihr Glaube, ihr Fußballverein?
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = Wem vertrauen sie? Einer Ärztin, einem Geistlichen, einem Trainer, einer Großmutter, einer Influencerin?
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = Woher beziehen sie ihre Informationen?
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Vergessen Sie die Neuankömmlinge als Zielgruppe nicht. Eine Kampagne, die sie in ihren eigenen Sprachen einlädt, am Leben im Ort teilzunehmen, kann genauso wertvoll sein wie eine, die sich an Alteingesessene richtet.
# Context: heading
campaign-h-64f58707fcd5243e = Schritt 3: Botschaften
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = Die Botschaft ist das, woran sich Ihre Zielgruppe erinnern soll. Sie verbindet Ihr Ziel mit dem, was der Zielgruppe wichtig ist. Botschaften, die vor Ort funktionieren, haben oft einige Merkmale gemeinsam:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __Sie handeln von Menschen, nicht von Kategorien.__ Eine Krankenpflegerin, ein Bäcker oder eine Studentin mit Namen bleibt besser in Erinnerung als „Migranten tragen zur Wirtschaft bei“.
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __Sie betonen, was Alteingesessene und Neuankömmlinge verbindet.__ Arbeit, Familie, Kinder, Fußball, Essen, Musik, Glaube, die Liebe zum eigenen Ort.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __Sie sind lokal.__ „Unser Ort“ ist näher als „Europa“.
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __Sie sind positiv, aber ehrlich.__ Tun Sie nicht so, als gäbe es keine Probleme. Zeigen Sie, wie Probleme gemeinsam gelöst werden.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __Sie laden zum Handeln ein.__ Kommen Sie zum Fest, singen Sie im Chor mit, grüßen Sie einander.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Testen Sie Ihre Botschaft vor dem Start mit einigen Menschen aus Ihrer Zielgruppe, auch mit Neuankömmlingen, und gleichen Sie die Wortwahl mit dem [Glossar](03-words.md#glossary) ab.
# Context: heading
campaign-h-d4e795bddd135955 = Ein einfaches Gerüst für Botschaften
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = Ein „Botschaftenhaus“ (Message House) hilft den Partnern, sich darauf zu einigen, was sie sagen. Eine leere Vorlage finden Sie in [Kapitel 10](10-resources.md#message-house). Das Dach ist Ihre Kernbotschaft – in einem Satz, den alle nachsagen können. Drei Säulen tragen es: unterstützende Aussagen, jede gestützt auf eine Tatsache oder Geschichte aus dem Ort. Das Fundament bilden Ihre Botschafterinnen und Botschafter und das, wozu Sie auffordern.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Bauen Sie jede Botschaft in vier Schritten auf:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = ein Wert, den Ihre Zielgruppe teilt, etwa Fairness, Sicherheit oder Familie;
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = eine Geschichte oder Tatsache aus dem Ort, die diesen Wert zeigt;
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = was getan wird und von wem;
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = eine Einladung, selbst etwas zu tun.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = Wenn sich Bewohnerinnen und Bewohner Sorgen machen, tun Sie das nicht ab. Nehmen Sie die Sorge ernst, nennen Sie die Fakten und zeigen Sie die Lösung.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = Statt
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Besser
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = „Migrantenwelle überrollt Gemeinde“
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = „Diese Woche sind 30 Menschen angekommen; Gemeinde und Freiwillige haben Unterkünfte organisiert“
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = „Illegale in Lkw entdeckt“
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = „Polizei findet in einem Lkw versteckte Menschen; sie sind in Sicherheit und werden medizinisch versorgt“
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = „Migrant wegen Diebstahls festgenommen“
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = „Mann wegen Diebstahls festgenommen“ (Herkunft oder Status nur nennen, wenn sie relevant und bestätigt sind)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = „Flüchtlinge nehmen uns die Arbeit weg“
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = „Bauernhöfe und Pflegeheime in der Region suchen Personal; einige beschäftigen jetzt { -newcomers(case: "acc") }“
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = „Arme Flüchtlinge brauchen unsere Hilfe“
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = „Eine ausgebildete Krankenpflegerin aus Syrien lernt Deutsch, damit sie in unserem Spital arbeiten kann“
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = „Krise: Asylquartier sperrt auf“
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = „Am Montag öffnet ein Quartier für 50 Menschen: Das ändert sich, und hier bekommen Sie Auskunft“
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Umgeschriebene Schlagzeilen: was man stattdessen schreibt
# Context: heading
campaign-h-fb6d29fad2bf4c85 = Schritt 4: Kanäle
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = Wählen Sie die Kanäle danach aus, wo Ihre Zielgruppe tatsächlich ist, und nicht danach, was gerade in Mode ist.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Kanal
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Gut für
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Achtung bei
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Persönliche Begegnungen (Feste, Tage der offenen Tür, gemeinsames Essen)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Echten Kontakt zwischen Alteingesessenen und Neuankömmlingen; Vertrauensaufbau
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Man erreicht nur Menschen, die ohnehin interessiert sind
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Schulen und Jugendgruppen
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Langfristige Veränderung; Eltern über die Kinder erreichen
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Braucht Zeit und das Engagement der Lehrkräfte
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Lokale Presse, Radio und Fernsehen
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Glaubwürdigkeit; ältere Menschen erreichen
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Wenig Einfluss auf den fertigen Beitrag
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Soziale Medien
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Tempo, Teilen, junges Publikum
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Feindselige Kommentare; Moderation nötig
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Plakate, Transparente, öffentlicher Raum
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Sichtbarkeit im Alltag
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Vandalismus; die Botschaft muss in Sekunden verstanden werden
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Kanäle der Gemeinde (Website, Newsletter, Anschlagtafeln)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Offizielles Gewicht; geringe Kosten
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Kann bürokratisch wirken; bleiben Sie im Ton menschlich
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Kunst und Kultur (Ausstellungen, Theater, Musik)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Emotionen; neues Publikum
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Braucht gute Partner; siehe [Kapitel 7](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Kommunikationskanäle: wofür sich jeder eignet und worauf zu achten ist
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = Die meisten Kampagnen nutzen zwei oder drei Kanäle, die einander verstärken. [Kapitel 9](09-media.md) gibt Tipps für die Zusammenarbeit mit Journalistinnen und Journalisten und für soziale Medien.
# Context: heading
campaign-h-9378785c2e274f26 = Schritt 5: Partner
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = Partner vervielfachen, was Sie erreichen können. Stellen Sie sich Ihre Partner in drei Kreisen vor:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Kernpartner__, die die Kampagne mit Ihnen planen und durchführen:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = eine Abteilung der Gemeinde oder das Büro der Bürgermeisterin oder des Bürgermeisters;
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = eine oder zwei NGOs, die mit Neuankömmlingen arbeiten;
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = die Neuankömmlinge selbst, als Mitorganisierende und nicht nur als Thema.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Unterstützende Partner__, die bei bestimmten Aufgaben helfen:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = Schulen, Büchereien, Kulturzentren und Sportvereine;
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = lokale Medien;
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = Künstlerinnen und Künstler, Designerinnen und Designer.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Unterstützerinnen und Unterstützer__, die Ihre Botschaft verbreiten:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = angesehene Persönlichkeiten im Ort;
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = Arbeitgeber und Wirtschaftsverbände;
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = Glaubensgemeinschaften und Städtenetzwerke.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Vereinbaren Sie früh, wer was entscheidet, wer mit den Medien spricht und wie die Partner genannt werden.
# Context: heading
campaign-h-fa58d30bdbfeb07d = Schritt 6: Budget
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = Eine Kampagne muss nicht teuer sein, aber sie braucht ein realistisches Budget – auch wenn es größtenteils aus Zeit statt aus Geld besteht.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Planen Sie eine Reserve für Unvorhergesehenes ein und sehen Sie von Anfang an Mittel für die Evaluierung vor.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = Die [Budgetvorlage](10-resources.md#budget-template) in Kapitel 10 listet die üblichen Kosten auf, mit Spalten für Geldmittel, Sachleistungen und die Frage, wer zahlt.
# Context: heading
campaign-h-76bd0f182803cc9a = Schritt 7: Evaluierung
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = Die Evaluierung zeigt Ihnen, ob die Kampagne ihr Ziel erreicht hat und was Sie beim nächsten Mal besser machen können. Planen Sie sie gleich beim Festlegen des Ziels, nicht erst am Ende. Messen Sie auf drei Ebenen:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Aktivitäten__: was Sie getan haben. Anzahl der Veranstaltungen, Plakate, Artikel, Beiträge.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Reichweite__: wen Sie erreicht haben. Teilnehmende, Leserinnen und Leser, Aufrufe, geteilte Beiträge, beteiligte Schulen.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Veränderung__: was sich verändert hat. Befragungen vorher und nachher, Rückmeldungen von Teilnehmenden, der Tenor der lokalen Berichterstattung.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = Veränderung ist am schwersten zu messen, und eine kleine Kampagne kann nicht beweisen, dass sie die Meinung eines ganzen Ortes verändert hat. Ehrliche kleine Anzeichen, etwa eine Vorher-nachher-Befragung an zwei Schulen, sind nützlicher als beeindruckende, aber leere Zahlen.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = In Kapitel 10 finden Sie eine [Indikatorentabelle](10-resources.md#indicator-template) und einen [kurzen Fragebogen](10-resources.md#survey) für die Zeit vor und nach der Kampagne.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Schreiben Sie einen kurzen Bericht, teilen Sie ihn mit Partnern und Teilnehmenden, bedanken Sie sich bei allen – und beginnen Sie wieder bei Schritt 1.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = Eine einseitige Vorlage für den Kampagnenplan finden Sie in [Kapitel 10](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Holen Sie drei oder vier Personen aus verschiedenen Organisationen zusammen und nehmen Sie sich zwei Stunden für die Schritte 1 bis 3 des Zyklus.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Schreiben Sie Ziel, Zielgruppe und Botschaft auf eine einzige Seite.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Bitten Sie zwei Neuankömmlinge und zwei Alteingesessene um ihre Reaktion auf Ihren Botschaftsentwurf.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Wählen Sie eine kleine erste Aktivität, die Sie innerhalb von drei Monaten umsetzen können, und evaluieren Sie sie, bevor Sie die nächste planen.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = Wenn die Kampagne vorbei ist, überlegen Sie, sie für einen Preis einzureichen oder mit anderen Gemeinden zu teilen. [Kapitel 8](08-award.md) erklärt, was gute Einreichungen gemeinsam haben.
