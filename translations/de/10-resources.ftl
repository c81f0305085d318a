### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
resources-title-07d9b641 = Checklisten, Vorlagen und weiterführende Literatur

# Context: heading
resources-h-c497408f = Wie Sie diese Werkzeuge nutzen

# Context: paragraph in “How to use these tools”
resources-p-e6aae41b = Dieses Kapitel bündelt die praktischen Werkzeuge aus dem Handbuch an einer Stelle. Kopieren, übersetzen und passen Sie sie an: Eine Checkliste, die auf eine Seite passt, ist eine Checkliste, die auch verwendet wird.

# Context: heading
resources-h-82a85ae9 = Kampagnenplan auf einer Seite

# Context: paragraph in “One-page campaign plan”
resources-p-a31a7be5 = Füllen Sie diese Vorlage zu Beginn einer Kampagne gemeinsam mit Ihren Partnern aus. Sie folgt den sieben Schritten des Kampagnenzyklus in [Kapitel 5](05-campaign.md#cycle).

# Context: table cell in “One-page campaign plan”
resources-cell-c68bcfea = Schritt

# Context: table cell in “One-page campaign plan”
resources-cell-8ded2eae = Zu beantwortende Frage

# Context: table cell in “One-page campaign plan”
resources-cell-ca7daa35 = Ihre Notizen

# Context: table cell in “One-page campaign plan”
resources-cell-c91a47e8 = Ziel

# Context: table cell in “One-page campaign plan”
resources-cell-d15a2f52 = Was soll nach der Kampagne anders sein, und für wen?

# Context: table cell in “One-page campaign plan”
resources-cell-4628d5d6 = Schreiben Sie einen Satz.

# Context: table cell in “One-page campaign plan”
resources-cell-b92c8f1f = Zielgruppe

# Context: table cell in “One-page campaign plan”
resources-cell-85be58a0 = Welche Gruppe wollen wir am dringendsten erreichen? Was ist ihr wichtig? Wem vertraut sie?

# Context: table cell in “One-page campaign plan”
resources-cell-2427e815 = Beschreiben Sie eine oder zwei Gruppen.

# Context: table cell in “One-page campaign plan”
resources-cell-dc7f9775 = Botschaft

# Context: table cell in “One-page campaign plan”
resources-cell-cfada986 = Woran sollen sie sich erinnern?

# Context: table cell in “One-page campaign plan”
resources-cell-18d17ecb = Ein Satz, mit der Zielgruppe getestet.

# Context: table cell in “One-page campaign plan”
resources-cell-a2785cd0 = Kanäle

# Context: table cell in “One-page campaign plan”
resources-cell-db6e34e9 = Wo begegnen sie unserer Botschaft?

# Context: table cell in “One-page campaign plan”
resources-cell-c4342208 = Zwei oder drei Kanäle.

# Context: table cell in “One-page campaign plan”
resources-cell-d9c6108d = Partner

# Context: table cell in “One-page campaign plan”
resources-cell-791c1f54 = Wer plant mit uns, wer hilft, wer trägt die Botschaft weiter? Gehören Neuankömmlinge zum Organisationsteam?

# Context: table cell in “One-page campaign plan”
resources-cell-5f91f8ad = Namen und Rollen.

# Context: table cell in “One-page campaign plan”
resources-cell-b415a87b = Budget

# Context: table cell in “One-page campaign plan”
resources-cell-921bf833 = Was brauchen wir an Geld und an Zeit? Was können Partner als Sachleistung beisteuern?

# Context: table cell in “One-page campaign plan”
resources-cell-98f4a1c5 = Gesamtsumme, Reserve, Evaluierung.

# Context: table cell in “One-page campaign plan”
resources-cell-b88e6d9d = Evaluierung

# Context: table cell in “One-page campaign plan”
resources-cell-0e972e8a = Woran erkennen wir, wen wir erreicht haben und was sich verändert hat?

# Context: table cell in “One-page campaign plan”
resources-cell-81aaeaa4 = Messgrößen und Termine.

# Context: table cell in “One-page campaign plan”
resources-cell-e15af7d2 = Zeitplan

# Context: table cell in “One-page campaign plan”
resources-cell-4a250ef6 = Wann beginnen wir, wann starten wir, wann berichten wir?

# Context: table cell in “One-page campaign plan”
resources-cell-3d301a6b = Wichtige Termine.

# Context: heading
resources-h-e12a85d4 = Checkliste: vor einer Veranstaltung

# Context: list item in “Checklist: before an event”
resources-li-e6788259 = Die Veranstaltung hat einen klaren Zweck, der mit dem Kampagnenziel verknüpft ist.

# Context: list item in “Checklist: before an event”
resources-li-9c9a8ae4 = Neuankömmlinge gehören zum Organisationsteam, nicht nur zu den Gästen.

# Context: list item in “Checklist: before an event”
resources-li-1f690940 = Der Veranstaltungsort ist barrierefrei, kostenlos oder günstig und der Zielgruppe vertraut.

# Context: list item in “Checklist: before an event”
resources-li-62188913 = Es gibt Informationen in den wichtigsten Sprachen der Zielgruppe.

# Context: list item in “Checklist: before an event”
resources-li-2b1cb6ec = Die Uhrzeit passt für Berufstätige und Familien; an Kinderbetreuung ist gedacht.

# Context: list item in “Checklist: before an event”
resources-li-0b7792e8 = Essen und informelle Momente geben den Menschen Gelegenheit, miteinander zu reden.

# Context: list item in “Checklist: before an event”
resources-li-b9e4a046 = Die Fotografinnen und Fotografen wissen, wer fotografiert werden darf und wer nicht.

# Context: list item in “Checklist: before an event”
resources-li-efc60acd = Es gibt einen Plan für den Fall von Störungen oder feindseligem Verhalten.

# Context: list item in “Checklist: before an event”
resources-li-d7c9374f = Sie wissen, wie Sie Rückmeldungen einholen.

# Context: heading
resources-h-f634f254 = Checkliste: Einwilligung

# Context: list item in “Checklist: consent”
resources-li-4960ec18 = Die Person versteht, wofür die Geschichte, das Foto oder das Video gedacht ist.

# Context: list item in “Checklist: consent”
resources-li-50220d54 = Sie weiß, wo es erscheinen wird: gedruckt, online, auf einem Plakat, in einer Ausstellung.

# Context: list item in “Checklist: consent”
resources-li-78fe7ca1 = Sie weiß, dass Material im Internet lange sichtbar bleiben kann.

# Context: list item in “Checklist: consent”
resources-li-277fdff4 = Sie hat selbst gewählt, wie sie genannt und gezeigt wird.

# Context: list item in “Checklist: consent”
resources-li-1edcf769 = Risiken für sie oder ihre Familie wurden besprochen, besonders während eines Asylverfahrens.

# Context: list item in “Checklist: consent”
resources-li-f4d5ee7b = Bei Kindern haben die Eltern oder Obsorgeberechtigten zugestimmt, und auch das Kind wurde gefragt.

# Context: list item in “Checklist: consent”
resources-li-a602fcdf = Für jede neue Verwendung wird die Einwilligung erneut eingeholt.

# Context: heading
resources-h-5fc5d288 = Checkliste: Medien und soziale Medien

# Context: list item in “Checklist: media and social media”
resources-li-7e4b009b = Vor einem Interview:

# Context: list item in “Checklist: media and social media”
resources-li-d982366b = Kenne ich die Journalistin oder den Journalisten, das Medium und das Thema?

# Context: list item in “Checklist: media and social media”
resources-li-33c0eeac = Habe ich zwei oder drei Kernaussagen, mit Fakten und Quellen?

# Context: list item in “Checklist: media and social media”
resources-li-12103297 = Habe ich meine Wortwahl mit dem Glossar abgeglichen?

# Context: list item in “Checklist: media and social media”
resources-li-37263ba8 = Wenn ein Neuankömmling sprechen wird: Hat er oder sie zugestimmt und sich vorbereitet?

# Context: list item in “Checklist: media and social media”
resources-li-524c6a82 = Vor einem Beitrag:

# Context: list item in “Checklist: media and social media”
resources-li-1e8eb699 = Handelt der Beitrag von Menschen, ist er lokal und zutreffend?

# Context: list item in “Checklist: media and social media”
resources-li-37f2eacf = Haben die gezeigten Personen in diese Verwendung eingewilligt?

# Context: list item in “Checklist: media and social media”
resources-li-074e3ba9 = Ist jemand bereit, die Kommentare in den nächsten Stunden zu moderieren?

# Context: list item in “Checklist: media and social media”
resources-li-34e5596b = Wenn ein Gerücht oder ein hasserfülltes Posting auftaucht:

# Context: list item in “Checklist: media and social media”
resources-li-202aed5c = Dokumentieren Sie es mit Screenshot, Datum und Link.

# Context: list item in “Checklist: media and social media”
resources-li-f15be0b1 = Melden Sie es, wenn es gegen die Regeln der Plattform oder gegen das Gesetz verstößt.

# Context: list item in “Checklist: media and social media”
resources-li-17f4db61 = Antworten Sie einmal, ruhig, mit Fakten und einer vertrauenswürdigen Quelle.

# Context: list item in “Checklist: media and social media”
resources-li-cc1a5b52 = Unterstützen Sie die Betroffenen.

# Context: paragraph in “Checklist: media and social media”
resources-p-cec720e2 = Bewahren Sie die drei Checklisten dieses Kapitels in einem gemeinsamen Ordner auf, auf den alle Ihre Partner zugreifen können, und gehen Sie sie einmal im Jahr gemeinsam durch. Ergänzen Sie, was Sie dazulernen: Die beste Checkliste ist die, die aus Ihrer eigenen Erfahrung entsteht.

# Context: heading
resources-h-2a37589d = Weiterführende Literatur

# Context: paragraph in “Further reading”
resources-p-bfbf1639 = Diese Quellen sind öffentlich zugänglich, verlässlich und werden regelmäßig aktualisiert.

# Context: list item in “Further reading”
resources-li-9e4603be = **Die Website des Projekts CLARINET**, { -project-site }, mit den Materialien und Neuigkeiten des Projekts: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
resources-li-44a62376 = **Die Europäische Kommission**, die die EU-Politik zu Migration, Asyl und Integration veröffentlicht, darunter den Aktionsplan für Integration und Inklusion 2021–2027: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
resources-li-696e709e = **Die Europäische Website für Integration** (European Website on Integration), betrieben von der Europäischen Kommission, mit Neuigkeiten und einer Sammlung von Integrationspraktiken aus ganz Europa.

# Context: list item in “Further reading”
resources-li-43380a5a = **Das UN-Flüchtlingshilfswerk (UNHCR)**, für Definitionen, Rechtstexte und Daten über { -refugees } und { -asylum-seekers } weltweit.

# Context: list item in “Further reading”
resources-li-c90c5064 = **Die Internationale Organisation für Migration (IOM)**, für ihr Glossar der Migrationsbegriffe und ihre Daten zu Migrationsrouten.

# Context: list item in “Further reading”
resources-li-5a29f75a = **Eurostat** und **die Asylagentur der Europäischen Union (EUAA)**, für offizielle europäische Statistiken zu Asyl und Migration.

# Context: list item in “Further reading”
resources-li-9ebcd56e = **Ihre nationale Asylbehörde und Gleichbehandlungsstelle** (in Österreich etwa das Bundesamt für Fremdenwesen und Asyl und die Gleichbehandlungsanwaltschaft), für Zahlen, Verfahren und Unterstützung in Ihrem Land und in Ihrer Sprache.

# Context: paragraph in “Further reading”
resources-p-f71cf8ed = Websites ändern sich. Wenn eine Seite verschoben wurde, suchen Sie nach dem Namen der Organisation und dem Titel des Dokuments. Prüfen Sie immer das Datum jeder Zahl, die Sie verwenden.

# Context: heading
resources-h-9353605e = Was Sie tun können

# Context: list item in “What you can do”
resources-li-ab18ea03 = Drucken Sie den einseitigen Kampagnenplan aus und füllen Sie ihn bei Ihrem nächsten Partnertreffen aus.

# Context: list item in “What you can do”
resources-li-404b6089 = Legen Sie die Checklisten für Veranstaltungen und Einwilligung in den Ordner aller, die öffentliche Aktivitäten organisieren.

# Context: list item in “What you can do”
resources-li-22994ea2 = Übersetzen Sie die Checklisten in die Sprachen, die von den Neuankömmlingen in Ihrem Ort am häufigsten gesprochen werden.

# Context: list item in “What you can do”
resources-li-65f9f2e4 = Teilen Sie Ihre Erfahrungen mit einer anderen Gemeinde. Der Austausch guter Praxis zwischen { -local-communities } stand im Mittelpunkt von { -clarinet } – und er kann in Ihren Händen weitergehen.
