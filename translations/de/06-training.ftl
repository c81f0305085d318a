# handbook/chapters/06-training.md — Training local communities
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
training-title-cef7d88e6e1e87bb = Schulungen für Gemeinschaften vor Ort
# Context: heading
training-h-61efe14fc2e2e932 = Warum Schulungen
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = Die meisten Menschen, die in einer Gemeinde über Migration kommunizieren, hatten das nie vor. Eine Sozialarbeiterin soll bei einer Bürgerversammlung sprechen; ein Lehrer merkt, dass die Ankunft eines neuen Kindes manche Eltern verunsichert hat; eine Freiwillige entdeckt online ein hasserfülltes Posting über die Familien, die sie betreut. Sie alle kommunizieren – ob sie darauf vorbereitet sind oder nicht.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = Schulungen geben ihnen Sicherheit, eine gemeinsame Sprache und praktische Werkzeuge. Und sie bringen die Menschen zusammen: Oft ist das wertvollste Ergebnis eines Schulungstages, dass sich die Bibliothekarin, der Jugendarbeiter und die Polizistin jetzt kennen.
# Context: heading
training-h-cc4e4fe821dc2ace = Für wen Schulungen gedacht sind
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = Ein Schulungsprogramm vor Ort funktioniert am besten mit einer gemischten Gruppe. Laden Sie zum Beispiel ein:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = Gemeindebedienstete, die mit Alteingesessenen und Neuankömmlingen zu tun haben, und jene, die für die Kanäle der Gemeinde schreiben;
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = gewählte Mandatarinnen und Mandatare, auch wenn sie nur einen Teil der Zeit dabei sein können;
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = Mitarbeitende und Freiwillige von NGOs, auch von Organisationen, die von { -migrants } geleitet werden;
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = Lehrkräfte, Schulpsychologinnen und Schulpsychologen, Beratungslehrkräfte sowie Jugendarbeiterinnen und Jugendarbeiter;
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = Lokaljournalistinnen und -journalisten sowie Menschen, die Bürgermedien oder Online-Gruppen betreiben;
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = Neuankömmlinge, die sich in der Gemeinschaft engagieren – als Teilnehmende und, wo möglich, als Co-Trainerinnen und Co-Trainer.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = Eine Gruppe von 15 bis 25 Personen ermöglicht eine echte Diskussion.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = Gemischte Gruppen lernen mehr, brauchen aber Sorgfalt. Vereinbaren Sie zu Beginn einfache Grundregeln: zuhören, aus der eigenen Erfahrung sprechen, Vertraulichkeit wahren und Ideen widersprechen, nicht Menschen.
# Context: heading
training-h-758d23798d0d029c = Was ein Programm abdecken kann
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = Die folgenden Module lassen sich zu einem eintägigen, zweitägigen oder mehrteiligen Programm kombinieren. Jedes Modul besteht aus einem kurzen Input, einer Übung und einer Diskussion.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Fakten und Hintergründe.__ Wer sind die Neuankömmlinge in unserem Ort, warum sind sie gekommen, und wie ist ihre rechtliche Situation? Nutzen Sie [Kapitel 2](02-routes.md) als Hintergrund.
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Worte.__ Flüchtlinge, Asylwerberinnen und Asylwerber, Migrantinnen und Migranten und so weiter: was die Wörter bedeuten und wie sie klingen. Arbeiten Sie mit dem [Glossar](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Wahrnehmungen und Stereotype.__ Wie entstehen Meinungen über Migration? Welche Rolle spielen Angst, Kontakt und Medien? Die Teilnehmenden reflektieren ihre eigenen Annahmen, ohne Schuldzuweisungen.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Geschichten und Botschaften.__ Wie man Geschichten über Beiträge und Alltag findet und erzählt – mit Einwilligung und ohne Stereotype. Die Teilnehmenden entwerfen eine Botschaft für ihre eigene Zielgruppe.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Eine Kampagne planen.__ Die sieben Schritte des Kampagnenzyklus aus [Kapitel 5](05-campaign.md#cycle), angewendet auf eine echte Idee vor Ort.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Medien und soziale Medien.__ Mit Journalistinnen und Journalisten zusammenarbeiten, sich auf Interviews vorbereiten, Kommentare moderieren und auf Falschinformationen reagieren. Siehe [Kapitel 9](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Auf Feindseligkeit reagieren.__ Was tun, wenn eine Versammlung hitzig wird oder wenn { -hate-speech } auftaucht: ruhig bleiben, Grenzen setzen, wissen, wann man etwas meldet.
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Laden Sie Neuankömmlinge ein, von ihren eigenen Erfahrungen beim Ankommen im Ort zu erzählen – mit ihren eigenen Worten und zu ihren eigenen Bedingungen. Ein persönlicher Bericht, von Angesicht zu Angesicht gehört, verändert die Sichtweise der Teilnehmenden oft mehr als jede Folie. Bereiten Sie die Vortragenden gut vor, bezahlen Sie sie für ihre Zeit und bitten Sie sie nie, traumatische Erlebnisse öffentlich noch einmal zu durchleben. Bevor Sie einen { -asylum-seeker } oder eine Asylwerberin bezahlen, prüfen Sie die Regeln zu Beschäftigung und Unterstützungsleistungen in [Kapitel 4](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Ein Schulungsprogramm durchführen
# Context: heading
training-h-3386b5676f771586 = Vor der Schulung
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Legen Sie das Ziel fest. Was sollen die Teilnehmenden danach können? Zum Beispiel: eine Presseaussendung in genauer Sprache schreiben oder eine kleine Kampagne planen.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Finden Sie heraus, was die Teilnehmenden brauchen: Ein kurzer Fragebogen zeigt Ihnen, was sie wissen und was sie beschäftigt.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Wählen Sie die Trainerinnen und Trainer aus: jemanden mit Kommunikationserfahrung, jemanden, der sich mit Migration und Asyl auskennt, und mindestens einen Neuankömmling.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Bereiten Sie die praktische Seite vor:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = einen barrierefreien Veranstaltungsort mit Platz für Arbeit in Kleingruppen;
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = Dolmetschung, falls Teilnehmende sie brauchen;
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = Kinderbetreuung oder eine Uhrzeit, die Eltern und Menschen im Schichtdienst entgegenkommt.
# Context: heading
training-h-a709853027611f7a = Während der Schulung
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = Halten Sie die Inputs kurz und lassen Sie die Teilnehmenden an ihren eigenen, realen Situationen arbeiten – mit einer Mischung aus kurzen Präsentationen, Fallbeispielen, Rollenspielen und Gesprächen mit Neuankömmlingen.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Lassen Sie Raum für Zweifel und schwierige Fragen. Teilnehmende, die sich Sorgen um Sicherheit, die Kosten von Leistungen oder Spannungen an einer Schule machen, müssen das aussprechen können. Antworten Sie mit Fakten und zeigen Sie, wie andere mit ähnlichen Situationen umgegangen sind.
# Context: heading
training-h-257f554c9fad8263 = Nach der Schulung
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Bitten Sie die Teilnehmenden, mit einer konkreten Zusage nach Hause zu gehen: ein Text, den sie überarbeiten, ein Partner, den sie anrufen, eine Aktivität, die sie planen. Bleiben Sie in Kontakt und treffen Sie sich nach einigen Monaten wieder. Das beste Ergebnis ist eine Schulung, aus der eine Kampagne entsteht. { -clarinet } hat sowohl Schulungsprogramme als auch Kampagnen vor Ort durchgeführt.
# Context: heading
training-h-86f437ebce5d900a = Beispiel für ein eintägiges Programm
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = Die folgende Tabelle ist ein Muster, das Sie anpassen können. Die Zeiten sind ungefähre Angaben.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Uhrzeit
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Einheit
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Methode
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 09:00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Begrüßung, Vorstellungsrunde, Grundregeln
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Namensrunde, kurzes Aufwärmen zu zweit
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 09:30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Fakten und Hintergründe in unserem Ort
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Kurzer Input, Fragen, Quiz
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10:30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = Worte zählen
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Arbeit mit dem Glossar; echte Schlagzeilen umschreiben
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11:30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Pause
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Kaffee und informelle Gespräche
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11:45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Hier ankommen: Neuankömmlinge erzählen
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Gespräche in Kleingruppen
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13:00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Mittagessen
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = Ein gemeinsames Essen
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14:00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = Von der Geschichte zur Botschaft
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Gruppenarbeit an einer Botschaft für den Ort
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15:00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Eine kleine Kampagne planen
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Kampagnenzyklus, eine Seite pro Gruppe
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16:00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = Umgang mit Medien und feindseligen Kommentaren
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Rollenspiel
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16:45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Zusagen und Evaluierung
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Alle Teilnehmenden nennen einen nächsten Schritt; kurzer Feedbackbogen
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17:00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Abschluss
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Dank und Verabschiedung
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = Beispiel für ein eintägiges Schulungsprogramm
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = Ein einziger Tag ist ein guter Anfang, reicht aber selten aus. Wenn möglich, verteilen Sie die Module auf mehrere kürzere Termine, damit die Teilnehmenden dazwischen Dinge ausprobieren können.
# Context: heading
training-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = Schreiben Sie zehn Menschen in Ihrem Ort auf, die über Migration kommunizieren – ob sie es wissen oder nicht – und laden Sie sie zu einem ersten halbtägigen Termin ein.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Finden Sie unter den Neuankömmlingen in Ihrem Ort eine Co-Trainerin oder einen Co-Trainer und planen Sie den Termin gemeinsam.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Nehmen Sie das Beispielprogramm oben und passen Sie es an die Zeit und das Budget an, die Sie zur Verfügung haben.
