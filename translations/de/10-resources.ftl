# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Checklisten, Vorlagen und weiterführende Literatur
# Context: heading
resources-h-555c87bec75af099 = Wie Sie diese Werkzeuge nutzen
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = Dieses Kapitel bündelt die praktischen Werkzeuge aus dem Handbuch an einer Stelle. Kopieren, übersetzen und passen Sie sie an: Eine Checkliste, die auf eine Seite passt, ist eine Checkliste, die auch verwendet wird.
# Context: heading
resources-h-614c98740e77fecc = Kampagnenplan auf einer Seite
# Context: paragraph in “One-page campaign plan”
resources-p-07656a676e5fab74 = Füllen Sie diese Vorlage zu Beginn einer Kampagne gemeinsam mit Ihren Partnern aus. Sie folgt den sieben Schritten des Kampagnenzyklus in [Kapitel 5](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Schritt
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Zu beantwortende Frage
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Ihre Notizen
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Ziel
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Was soll nach der Kampagne anders sein, und für wen?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Schreiben Sie einen Satz.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Zielgruppe
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Welche Gruppe wollen wir am dringendsten erreichen? Was ist ihr wichtig? Wem vertraut sie?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Beschreiben Sie eine oder zwei Gruppen.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Botschaft
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Woran sollen sie sich erinnern?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = Ein Satz, mit der Zielgruppe getestet.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Kanäle
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Wo begegnen sie unserer Botschaft?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Zwei oder drei Kanäle.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Partner
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Wer plant mit uns, wer hilft, wer trägt die Botschaft weiter? Gehören Neuankömmlinge zum Organisationsteam?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Namen und Rollen.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Budget
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Was brauchen wir an Geld und an Zeit? Was können Partner als Sachleistung beisteuern?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Gesamtsumme, Reserve, Evaluierung.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Evaluierung
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Woran erkennen wir, wen wir erreicht haben und was sich verändert hat?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Messgrößen und Termine.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Zeitplan
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Wann beginnen wir, wann starten wir, wann berichten wir?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Wichtige Termine.
# Context: heading
resources-h-55d093b1096256ee = Checkliste: vor einer Veranstaltung
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Die Veranstaltung hat einen klaren Zweck, der mit dem Kampagnenziel verknüpft ist.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Neuankömmlinge gehören zum Organisationsteam, nicht nur zu den Gästen.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Der Veranstaltungsort ist barrierefrei, kostenlos oder günstig und der Zielgruppe vertraut.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Es gibt Informationen in den wichtigsten Sprachen der Zielgruppe.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Die Uhrzeit passt für Berufstätige und Familien; an Kinderbetreuung ist gedacht.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Essen und informelle Momente geben den Menschen Gelegenheit, miteinander zu reden.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Die Fotografinnen und Fotografen wissen, wer fotografiert werden darf und wer nicht.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Es gibt einen Plan für den Fall von Störungen oder feindseligem Verhalten.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Sie wissen, wie Sie Rückmeldungen einholen.
# Context: heading
resources-h-e7bad87c6d9edf07 = Checkliste: Einwilligung
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = Die Person versteht, wofür die Geschichte, das Foto oder das Video gedacht ist.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = Sie weiß, wo es erscheinen wird: gedruckt, online, auf einem Plakat, in einer Ausstellung.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = Sie weiß, dass Material im Internet lange sichtbar bleiben kann.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = Sie hat selbst gewählt, wie sie genannt und gezeigt wird.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Risiken für sie oder ihre Familie wurden besprochen, besonders während eines Asylverfahrens.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = Bei Kindern haben die Eltern oder Obsorgeberechtigten zugestimmt, und auch das Kind wurde gefragt.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Für jede neue Verwendung wird die Einwilligung erneut eingeholt.
# Context: heading
resources-h-77f96f56a2faf03e = Checkliste: Medien und soziale Medien
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Vor einem Interview:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Kenne ich die Journalistin oder den Journalisten, das Medium und das Thema?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Habe ich zwei oder drei Kernaussagen, mit Fakten und Quellen?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Habe ich meine Wortwahl mit dem Glossar abgeglichen?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Wenn ein Neuankömmling sprechen wird: Hat er oder sie zugestimmt und sich vorbereitet?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Vor einem Beitrag:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Handelt der Beitrag von Menschen, ist er lokal und zutreffend?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Haben die gezeigten Personen in diese Verwendung eingewilligt?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Ist jemand bereit, die Kommentare in den nächsten Stunden zu moderieren?
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Wenn ein Gerücht oder ein hasserfülltes Posting auftaucht:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Dokumentieren Sie es mit Screenshot, Datum und Link.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Melden Sie es, wenn es gegen die Regeln der Plattform oder gegen das Gesetz verstößt.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Antworten Sie einmal, ruhig, mit Fakten und einer vertrauenswürdigen Quelle.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Unterstützen Sie die Betroffenen.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = Bewahren Sie die drei Checklisten dieses Kapitels in einem gemeinsamen Ordner auf, auf den alle Ihre Partner zugreifen können, und gehen Sie sie einmal im Jahr gemeinsam durch. Ergänzen Sie, was Sie dazulernen: Die beste Checkliste ist die, die aus Ihrer eigenen Erfahrung entsteht.
# Context: heading
resources-h-4082f515b2f4929c = Weiterführende Literatur
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Diese Quellen sind öffentlich zugänglich, verlässlich und werden regelmäßig aktualisiert.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Die Website des Projekts CLARINET__, { -project-site }, mit den Materialien und Neuigkeiten des Projekts: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __Die Europäische Kommission__, die die EU-Politik zu Migration, Asyl und Integration veröffentlicht, darunter den Aktionsplan für Integration und Inklusion 2021–2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Die Europäische Website für Integration__ (European Website on Integration), betrieben von der Europäischen Kommission, mit Neuigkeiten und einer Sammlung von Integrationspraktiken aus ganz Europa.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __Das UN-Flüchtlingshilfswerk (UNHCR)__, für Definitionen, Rechtstexte und Daten über { -refugees } und { -asylum-seekers } weltweit.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __Die Internationale Organisation für Migration (IOM)__, für ihr Glossar der Migrationsbegriffe und ihre Daten zu Migrationsrouten.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Eurostat__ und **die Asylagentur der Europäischen Union (EUAA)**, für offizielle europäische Statistiken zu Asyl und Migration.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Ihre nationale Asylbehörde und Gleichbehandlungsstelle__ (in Österreich etwa das Bundesamt für Fremdenwesen und Asyl und die Gleichbehandlungsanwaltschaft), für Zahlen, Verfahren und Unterstützung in Ihrem Land und in Ihrer Sprache.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Websites ändern sich. Wenn eine Seite verschoben wurde, suchen Sie nach dem Namen der Organisation und dem Titel des Dokuments. Prüfen Sie immer das Datum jeder Zahl, die Sie verwenden.
# Context: heading
resources-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Drucken Sie den einseitigen Kampagnenplan aus und füllen Sie ihn bei Ihrem nächsten Partnertreffen aus.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Legen Sie die Checklisten für Veranstaltungen und Einwilligung in den Ordner aller, die öffentliche Aktivitäten organisieren.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Übersetzen Sie die Checklisten in die Sprachen, die von den Neuankömmlingen in Ihrem Ort am häufigsten gesprochen werden.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Teilen Sie Ihre Erfahrungen mit einer anderen Gemeinde. Der Austausch guter Praxis zwischen { -local-communities } stand im Mittelpunkt von { -clarinet } – und er kann in Ihren Händen weitergehen.
