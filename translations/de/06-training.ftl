### handbook/chapters/06-training.md — Training local communities
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
training-title-5b6cd454 = Schulungen für Gemeinschaften vor Ort

# Context: heading
training-h-078c0918 = Warum Schulungen

# Context: paragraph in “Why training”
training-p-1666b679 = Die meisten Menschen, die in einer Gemeinde über Migration kommunizieren, hatten das nie vor. Eine Sozialarbeiterin soll bei einer Bürgerversammlung sprechen; ein Lehrer merkt, dass die Ankunft eines neuen Kindes manche Eltern verunsichert hat; eine Freiwillige entdeckt online ein hasserfülltes Posting über „ihre“ Familien. Sie alle kommunizieren – ob sie darauf vorbereitet sind oder nicht.

# Context: paragraph in “Why training”
training-p-afa24c58 = Schulungen geben ihnen Sicherheit, eine gemeinsame Sprache und praktische Werkzeuge. Und sie bringen die Menschen zusammen: Oft ist das wertvollste Ergebnis eines Schulungstages, dass sich die Bibliothekarin, der Jugendarbeiter und die Polizistin jetzt kennen.

# Context: heading
training-h-f2999e8a = Die acht Schulungsprogramme

# Context: paragraph in “The eight training programmes”
training-p-6302f850 = Schulungen waren eine der fünf Hauptaktivitäten von { -clarinet }. Das Projekt plante acht Schulungsprogramme für { -local-communities }, neben seinen acht lokalen Sensibilisierungskampagnen und acht Künstlerresidenzen. Die Programme gingen zwei Fragen nach, die sich auch durch dieses Handbuch ziehen:

# Context: list item in “The eight training programmes”
training-li-728713a6 = **Wie** können Gemeinschaften vor Ort in ihrem eigenen Ort über Migration und { -integration } kommunizieren: über welche Kanäle, mit welchen Partnern, in welchem Ton?

# Context: list item in “The eight training programmes”
training-li-84038310 = **Was** sollen sie kommunizieren: welche Fakten, welche Geschichten, welche Botschaften über den Beitrag von { -migrants } zum Leben vor Ort?

# Context: paragraph in “The eight training programmes”
training-p-6051c9de = Weil die Programme in verschiedenen Ländern und Sprachen stattfanden, wurde jedes nach den Bedürfnissen vor Ort gestaltet. Die folgenden Abschnitte sind kein fixer Lehrplan: Sie fassen die Themen und Methoden zusammen, die solche Schulungen üblicherweise abdecken, damit Sie Ihr eigenes Programm entwickeln können.

# Context: heading
training-h-71ea65eb = Für wen Schulungen gedacht sind

# Context: paragraph in “Who training is for”
training-p-5cd31d27 = Ein Schulungsprogramm vor Ort funktioniert am besten mit einer gemischten Gruppe. Laden Sie zum Beispiel ein:

# Context: list item in “Who training is for”
training-li-924d6e3f = Gemeindebedienstete, die mit Alteingesessenen und Neuankömmlingen zu tun haben, und jene, die für die Kanäle der Gemeinde schreiben;

# Context: list item in “Who training is for”
training-li-faa0b619 = gewählte Mandatarinnen und Mandatare, auch wenn sie nur einen Teil der Zeit dabei sein können;

# Context: list item in “Who training is for”
training-li-5d9ec123 = Mitarbeitende und Freiwillige von NGOs, auch von Organisationen, die von { -migrants } geleitet werden;

# Context: list item in “Who training is for”
training-li-9e664a56 = Lehrkräfte, Schulpsychologinnen und Schulpsychologen, Beratungslehrkräfte sowie Jugendarbeiterinnen und Jugendarbeiter;

# Context: list item in “Who training is for”
training-li-c2b77862 = Lokaljournalistinnen und -journalisten sowie Menschen, die Bürgermedien oder Online-Gruppen betreiben;

# Context: list item in “Who training is for”
training-li-9499bbb6 = Neuankömmlinge, die sich in der Gemeinschaft engagieren – als Teilnehmende und, wo möglich, als Co-Trainerinnen und Co-Trainer.

# Context: paragraph in “Who training is for”
training-p-344d89c0 = Eine Gruppe von 15 bis 25 Personen ermöglicht eine echte Diskussion.

# Context: paragraph in “Who training is for”
training-p-729e2c54 = Gemischte Gruppen lernen mehr, brauchen aber Sorgfalt. Vereinbaren Sie zu Beginn einfache Grundregeln: zuhören, aus der eigenen Erfahrung sprechen, Vertraulichkeit wahren und Ideen widersprechen, nicht Menschen.

# Context: heading
training-h-503564a9 = Was ein Programm abdecken kann

# Context: paragraph in “What a programme can cover”
training-p-334ac23b = Die folgenden Module lassen sich zu einem eintägigen, zweitägigen oder mehrteiligen Programm kombinieren. Jedes Modul besteht aus einem kurzen Input, einer Übung und einer Diskussion.

# Context: list item in “What a programme can cover”
training-li-b3edce25 = **Fakten und Hintergründe.** Wer sind die Neuankömmlinge in unserem Ort, warum sind sie gekommen, und wie ist ihre rechtliche Situation? Nutzen Sie [Kapitel 2](02-routes.md) als Hintergrund.

# Context: list item in “What a programme can cover”
training-li-2904d722 = **Worte.** Flüchtlinge, Asylwerberinnen und Asylwerber, Migrantinnen und Migranten und so weiter: was die Wörter bedeuten und wie sie klingen. Arbeiten Sie mit dem [Glossar](03-words.md#glossary).

# Context: list item in “What a programme can cover”
training-li-0c712dbc = **Wahrnehmungen und Stereotype.** Wie entstehen Meinungen über Migration? Welche Rolle spielen Angst, Kontakt und Medien? Die Teilnehmenden reflektieren ihre eigenen Annahmen, ohne Schuldzuweisungen.

# Context: list item in “What a programme can cover”
training-li-8d98ecd8 = **Geschichten und Botschaften.** Wie man Geschichten über Beiträge und Alltag findet und erzählt – mit Einwilligung und ohne Stereotype. Die Teilnehmenden entwerfen eine Botschaft für ihre eigene Zielgruppe.

# Context: list item in “What a programme can cover”
training-li-87e319a6 = **Eine Kampagne planen.** Die sieben Schritte des Kampagnenzyklus aus [Kapitel 5](05-campaign.md#cycle), angewendet auf eine echte Idee vor Ort.

# Context: list item in “What a programme can cover”
training-li-3e6f1470 = **Medien und soziale Medien.** Mit Journalistinnen und Journalisten zusammenarbeiten, sich auf Interviews vorbereiten, Kommentare moderieren und auf Falschinformationen reagieren. Siehe [Kapitel 9](09-media.md).

# Context: list item in “What a programme can cover”
training-li-21e7260a = **Auf Feindseligkeit reagieren.** Was tun, wenn eine Versammlung hitzig wird oder wenn { -hate-speech } auftaucht: ruhig bleiben, Grenzen setzen, wissen, wann man etwas meldet.

# Context: paragraph in “What a programme can cover”
training-p-6c332660 = Laden Sie Neuankömmlinge ein, von ihren eigenen Erfahrungen beim Ankommen im Ort zu erzählen – mit ihren eigenen Worten und zu ihren eigenen Bedingungen. Ein persönlicher Bericht, von Angesicht zu Angesicht gehört, verändert die Sichtweise der Teilnehmenden oft mehr als jede Folie. Bereiten Sie die Vortragenden gut vor, bezahlen Sie sie für ihre Zeit und bitten Sie sie nie, traumatische Erlebnisse öffentlich noch einmal zu durchleben.

# Context: heading
training-h-474e1b3d = Ein Schulungsprogramm durchführen

# Context: heading
training-h-20641eef = Vorher

# Context: list item in “Before”
training-li-588a15fa = Legen Sie das Ziel fest. Was sollen die Teilnehmenden danach können? Zum Beispiel: eine Presseaussendung in genauer Sprache schreiben oder eine kleine Kampagne planen.

# Context: list item in “Before”
training-li-2cd16d14 = Finden Sie heraus, was die Teilnehmenden brauchen: Ein kurzer Fragebogen zeigt Ihnen, was sie wissen und was sie beschäftigt.

# Context: list item in “Before”
training-li-9e3384b5 = Wählen Sie die Trainerinnen und Trainer aus: jemanden mit Kommunikationserfahrung, jemanden, der sich mit Migration und Asyl auskennt, und mindestens einen Neuankömmling.

# Context: list item in “Before”
training-li-ad2ff4ce = Bereiten Sie die praktische Seite vor:

# Context: list item in “Before”
training-li-069da143 = einen barrierefreien Veranstaltungsort mit Platz für Arbeit in Kleingruppen;

# Context: list item in “Before”
training-li-6a31c872 = Dolmetschung, falls Teilnehmende sie brauchen;

# Context: list item in “Before”
training-li-9c48e891 = Kinderbetreuung oder eine Uhrzeit, die Eltern und Menschen im Schichtdienst entgegenkommt.

# Context: heading
training-h-86c03894 = Währenddessen

# Context: paragraph in “During”
training-p-4682b529 = Halten Sie die Inputs kurz und lassen Sie die Teilnehmenden an ihren eigenen, realen Situationen arbeiten – mit einer Mischung aus kurzen Präsentationen, Fallbeispielen, Rollenspielen und Gesprächen mit Neuankömmlingen.

# Context: paragraph in “During”
training-p-5e1981e1 = Lassen Sie Raum für Zweifel und schwierige Fragen. Teilnehmende, die sich Sorgen um Sicherheit, die Kosten von Leistungen oder Spannungen an einer Schule machen, müssen das aussprechen können. Antworten Sie mit Fakten und zeigen Sie, wie andere mit ähnlichen Situationen umgegangen sind.

# Context: heading
training-h-1754c553 = Danach

# Context: paragraph in “After”
training-p-eff85e07 = Bitten Sie die Teilnehmenden, mit einer konkreten Zusage nach Hause zu gehen: ein Text, den sie überarbeiten, ein Partner, den sie anrufen, eine Aktivität, die sie planen. Bleiben Sie in Kontakt und treffen Sie sich nach einigen Monaten wieder. Das beste Ergebnis ist eine Schulung, aus der eine Kampagne entsteht: Deshalb hat { -clarinet } Schulungen mit Kampagnen verbunden, die von den teilnehmenden Gemeinschaften entwickelt wurden.

# Context: heading
training-h-7036f44e = Beispiel für ein eintägiges Programm

# Context: paragraph in “A sample one-day programme”
training-p-1ab9d3d4 = Die folgende Tabelle ist ein Muster, das Sie anpassen können. Die Zeiten sind ungefähre Angaben.

# Context: table cell in “A sample one-day programme”
training-cell-78efd29f = Uhrzeit

# Context: table cell in “A sample one-day programme”
training-cell-44b56f66 = Einheit

# Context: table cell in “A sample one-day programme”
training-cell-8cb93664 = Methode

# Context: table cell in “A sample one-day programme”
training-cell-9027f0a8 = 09:00

# Context: table cell in “A sample one-day programme”
training-cell-f941f369 = Begrüßung, Vorstellungsrunde, Grundregeln

# Context: table cell in “A sample one-day programme”
training-cell-4736681d = Namensrunde, kurzes Aufwärmen zu zweit

# Context: table cell in “A sample one-day programme”
training-cell-901b7d63 = 09:30

# Context: table cell in “A sample one-day programme”
training-cell-4d30ad90 = Fakten und Hintergründe in unserem Ort

# Context: table cell in “A sample one-day programme”
training-cell-40960c4e = Kurzer Input, Fragen, Quiz

# Context: table cell in “A sample one-day programme”
training-cell-53aa9c37 = 10:30

# Context: table cell in “A sample one-day programme”
training-cell-99393f6a = Worte zählen

# Context: table cell in “A sample one-day programme”
training-cell-e93a1cd8 = Arbeit mit dem Glossar; echte Schlagzeilen umschreiben

# Context: table cell in “A sample one-day programme”
training-cell-0198394b = 11:30

# Context: table cell in “A sample one-day programme”
training-cell-0ae8041c = Pause

# Context: table cell in “A sample one-day programme”
training-cell-01e57b1d = Kaffee und informelle Gespräche

# Context: table cell in “A sample one-day programme”
training-cell-019b89bb = 11:45

# Context: table cell in “A sample one-day programme”
training-cell-18685ed7 = Hier ankommen: Neuankömmlinge erzählen

# Context: table cell in “A sample one-day programme”
training-cell-432b1836 = Gespräche in Kleingruppen

# Context: table cell in “A sample one-day programme”
training-cell-b84d37e3 = 13:00

# Context: table cell in “A sample one-day programme”
training-cell-3a996e21 = Mittagessen

# Context: table cell in “A sample one-day programme”
training-cell-0183acba = Ein gemeinsames Essen

# Context: table cell in “A sample one-day programme”
training-cell-64e00163 = 14:00

# Context: table cell in “A sample one-day programme”
training-cell-559ca8c4 = Von der Geschichte zur Botschaft

# Context: table cell in “A sample one-day programme”
training-cell-2c5f965e = Gruppenarbeit an einer Botschaft für den Ort

# Context: table cell in “A sample one-day programme”
training-cell-16d1d7e5 = 15:00

# Context: table cell in “A sample one-day programme”
training-cell-a0af79a3 = Eine kleine Kampagne planen

# Context: table cell in “A sample one-day programme”
training-cell-049c37b7 = Kampagnenzyklus, eine Seite pro Gruppe

# Context: table cell in “A sample one-day programme”
training-cell-380725a8 = 16:00

# Context: table cell in “A sample one-day programme”
training-cell-0ddfe142 = Umgang mit Medien und feindseligen Kommentaren

# Context: table cell in “A sample one-day programme”
training-cell-11fdb446 = Rollenspiel

# Context: table cell in “A sample one-day programme”
training-cell-380f7563 = 16:45

# Context: table cell in “A sample one-day programme”
training-cell-48c1c711 = Zusagen und Evaluierung

# Context: table cell in “A sample one-day programme”
training-cell-160d1d98 = Alle Teilnehmenden nennen einen nächsten Schritt; kurzer Feedbackbogen

# Context: table cell in “A sample one-day programme”
training-cell-b3fab034 = 17:00

# Context: table cell in “A sample one-day programme”
training-cell-db541cd8 = Abschluss

# Context: table cell in “A sample one-day programme”
training-cell-d5c887f7 = Dank und Verabschiedung

# Context: paragraph in “A sample one-day programme”
training-p-031f2f2d = Ein einziger Tag ist ein guter Anfang, reicht aber selten aus. Wenn möglich, verteilen Sie die Module auf mehrere kürzere Termine, damit die Teilnehmenden dazwischen Dinge ausprobieren können.

# Context: heading
training-h-9353605e = Was Sie tun können

# Context: list item in “What you can do”
training-li-58283c7c = Schreiben Sie zehn Menschen in Ihrem Ort auf, die über Migration kommunizieren – ob sie es wissen oder nicht – und laden Sie sie zu einem ersten halbtägigen Termin ein.

# Context: list item in “What you can do”
training-li-bbfe3487 = Finden Sie unter den Neuankömmlingen in Ihrem Ort eine Co-Trainerin oder einen Co-Trainer und planen Sie den Termin gemeinsam.

# Context: list item in “What you can do”
training-li-2ed79858 = Nehmen Sie das Beispielprogramm oben und passen Sie es an die Zeit und das Budget an, die Sie zur Verfügung haben.

# Context: list item in “What you can do”
training-li-2194955d = Beenden Sie jeden Termin mit konkreten Zusagen und legen Sie ein Datum für das nächste Treffen fest.
