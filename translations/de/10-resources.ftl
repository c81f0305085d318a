# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Checklisten, Vorlagen und weiterführende Literatur
# Context: heading
resources-h-555c87bec75af099 = Wie Sie diese Werkzeuge nutzen
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = Dieses Kapitel bündelt die praktischen Werkzeuge aus dem Handbuch an einer Stelle. Kopieren Sie sie, übersetzen Sie sie und passen Sie sie an: Eine Checkliste, die auf eine Seite passt, ist eine Checkliste, die auch verwendet wird.
# Context: heading
resources-h-614c98740e77fecc = Kampagnenplan auf einer Seite
# Context: paragraph in “One-page campaign plan”
resources-p-270d02bec92c9dc5 = Füllen Sie diese Vorlage zu Beginn einer Kampagne gemeinsam mit Ihren Partnern aus. Sie folgt den sieben Schritten des Kampagnenzyklus in [Kapitel 5](05-campaign.md#cycle) und enthält zusätzlich einen Zeitplan.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Schritt
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Zu beantwortende Frage
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = Was Sie eintragen
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
resources-h-c7a40883f0223305 = Werkzeugkasten für Kampagnen
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Kopieren Sie diese Vorlagen und füllen Sie sie gemeinsam mit Ihren Partnern aus.
# Context: heading
resources-h-fb7298a36f8984f9 = Botschaftenhaus
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = Wie Sie es verwenden, lesen Sie in [Kapitel 5](05-campaign.md#message-framework).
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Teil
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Ihr Text
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Kernbotschaft (das Dach)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = Unterstützende Aussage 1, mit einer Tatsache oder Geschichte aus dem Ort
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = Unterstützende Aussage 2, mit einer Tatsache oder Geschichte aus dem Ort
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = Unterstützende Aussage 3, mit einer Tatsache oder Geschichte aus dem Ort
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Botschafterinnen und Botschafter
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Handlungsaufforderung
# Context: heading
resources-h-1c6225ec7092ad2f = Budget
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Kostenposition
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = Geld
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = Sachleistung
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Wer zahlt oder stellt es bereit
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Arbeitszeit des Personals
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Gestaltung und Druck
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Veranstaltungsorte
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Dolmetschen und Übersetzen
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Honorare für { -newcomers(case: "acc") }, Kunstschaffende und Vortragende
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Barrierefreiheit: Untertitel, Fassungen in Leichter Sprache, Gebärdensprache
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Essen und Getränke
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Werbung
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Reserve für Unvorhergesehenes
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Summe
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Einige große Plattformen nehmen in der EU keine bezahlte Werbung zu gesellschaftlichen Themen mehr an, und Migration kann als ein solches Thema gelten. Prüfen Sie deren Regeln, bevor Sie Geld für Anzeigen einplanen.
# Context: heading
resources-h-3cdfa37b13de1454 = Indikatoren
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Wählen Sie für jede Ebene mindestens einen Indikator und erheben Sie den Ausgangswert, bevor die Kampagne beginnt.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Ebene
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Indikator
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Ausgangswert
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Datenquelle
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Datum
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Aktivitäten: was wir getan haben
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Reichweite: wen wir erreicht haben
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Veränderung: was sich verändert hat
# Context: heading
resources-h-eef9a484f57a8412 = Umfrage vorher und nachher
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Stellen Sie vor und nach der Kampagne dieselben fünf Fragen, anonym.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = Wie viele { -newcomers } in unserer Gemeinde kennen Sie mit Namen? (keine, eine oder zwei, drei oder mehr)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = Haben Sie im letzten Monat länger als ein paar Minuten mit einem { -newcomer(case: "dat") } gesprochen? (ja, nein)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = Stimmen Sie zu: „Menschen, die aus anderen Ländern hierhergezogen sind, tragen zum Leben in unserer Gemeinde bei“? (stimme überhaupt nicht zu, stimme eher nicht zu, weiß nicht, stimme eher zu, stimme voll und ganz zu)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = Woher bekommen Sie die meisten Nachrichten über Migration? (lokale Medien, überregionale Medien, soziale Medien, Freundeskreis und Familie, Sonstiges)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = Was würde den Menschen in unserer Gemeinde helfen, gut zusammenzuleben? (offene Antwort)
# Context: heading
resources-h-f5a1f30c9a371afd = Presseaussendung
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = Eine Presseeinladung, mit der Sie Journalistinnen und Journalisten zu einer Veranstaltung einladen, braucht nur: was, wann, wo, wer spricht und was gefilmt werden kann. Eine Presseaussendung braucht mehr:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = Was hineingehört
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Überschrift
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = Was neu ist, in wenigen Worten und mit Menschen darin
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = Erster Absatz
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Wer, was, wann, wo und warum
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Zitat
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = Eine namentlich genannte Person, mit ihrer Einwilligung
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Details
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Fakten mit Quellen; wie sich die Bevölkerung beteiligen kann
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Kontakt
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Name, Telefon und E-Mail
# Context: heading
resources-h-b8d42c5beab24b97 = Sprachleitfaden
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = Wir sagen
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = Wir vermeiden
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = Warum
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = Wen wir im Zweifel fragen
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = Datum der nächsten Überarbeitung
# Context: heading
resources-h-55d093b1096256ee = Checkliste: vor einer Veranstaltung
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Die Veranstaltung hat einen klaren Zweck, der mit dem Kampagnenziel verknüpft ist.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Neuankömmlinge gehören zum Organisationsteam, nicht nur zu den Gästen.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Der Veranstaltungsort ist barrierefrei, kostenlos oder günstig und der Zielgruppe vertraut.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Die Uhrzeit passt für Berufstätige und Familien; an Kinderbetreuung ist gedacht.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Essen und informelle Momente geben den Menschen Gelegenheit, miteinander zu reden.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Die Fotografinnen und Fotografen wissen, wer dem Fotografieren zugestimmt hat und wer nicht.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Es gibt einen Plan für den Fall von Störungen oder feindseligem Verhalten.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Sie wissen, wie Sie Rückmeldungen einholen.
# Context: heading
resources-h-98442a3b8f52e9d8 = Checkliste: barrierefreie Materialien und Veranstaltungen
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = Die Texte sind in einfacher Sprache und mit kurzen Sätzen geschrieben.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = Die wichtigsten Informationen gibt es in den Sprachen der Zielgruppe, auch in den Sprachen der { -newcomers(case: "gen") }.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = Für die wichtigsten Texte gibt es eine Fassung in Leichter Sprache.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = Bilder haben einen Alternativtext, Videos haben Untertitel.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = Der Text hat einen starken Kontrast und eine gut lesbare Schriftgröße.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = PDF-Dateien sind barrierefreie Dokumente, keine eingescannten Bilder.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = Der Veranstaltungsort ist stufenlos zugänglich.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Gebärdensprach- und andere Dolmetscherinnen und Dolmetscher können angefordert werden, und in den Einladungen steht, wie.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = Websites und Apps von Gemeinden müssen schon jetzt die Richtlinie (EU) 2016/2102 über den barrierefreien Zugang zu den Websites und mobilen Anwendungen öffentlicher Stellen erfüllen (in Österreich umgesetzt durch das Web-Zugänglichkeits-Gesetz). Das PDF dieses Handbuchs folgt dem Standard PDF/UA für barrierefreie Dokumente.
# Context: heading
resources-h-c73ec4c76ee4bacd = Einwilligungserklärung
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = Mit diesem Formular halten Sie eine Einwilligung fest, wie in [Kapitel 9](09-media.md#consent) beschrieben. Übersetzen Sie es in die Sprachen, die { -newcomers } in Ihrer Gemeinde sprechen, zum Beispiel Arabisch, Dari, Farsi, Ukrainisch oder Französisch. Lesen Sie es bei Bedarf gemeinsam mit einer Dolmetscherin oder einem Dolmetscher vor und geben Sie der Person eine Kopie.
# Context: heading
resources-h-0d83b9fad7993fb6 = Einwilligung zur Verwendung meiner Geschichte, meines Fotos oder meines Videos
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Frage
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Antwort
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Wer fragt? Organisation und Ansprechperson
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = Was wird gemacht? Eine Geschichte, ein Foto, ein Video oder ein Kunstwerk
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Wo wird es erscheinen?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = Wie lange wird es verwendet und aufbewahrt?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Wer darf es sonst noch verwenden?
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = Meine Entscheidungen:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = Sie dürfen meinen vollständigen Namen verwenden.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = Sie dürfen nur meinen Vornamen verwenden.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Verwenden Sie meinen Namen nicht.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = Sie dürfen mein Gesicht zeigen.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Zeigen Sie mein Gesicht nicht.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = Sie dürfen sagen, aus welchem Land ich komme.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = Sie dürfen meinen rechtlichen Status nennen.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = Sie dürfen es in gedruckter Form verwenden. Ich weiß, dass Gedrucktes nicht zurückgenommen werden kann.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = Meine Rechte:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = Ich kann Nein sagen. Ein Nein ändert nichts an der Hilfe oder den Leistungen, die ich erhalte.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = Ich kann meine Meinung jederzeit ändern, indem ich es der Ansprechperson sage. Sie hören dann auf, das Material zu verwenden, und entfernen es online, soweit das möglich ist.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = Gedrucktes, Wandbilder und Sendungen können nicht zurückgenommen werden.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = Sie bewahren dieses Formular und das Material sicher auf und löschen beides, wenn die vereinbarte Frist abgelaufen ist.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Wer
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Name
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Unterschrift
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = Die Person selbst
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Elternteil oder obsorgeberechtigte Person (bei Kindern)
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Dolmetscherin oder Dolmetscher (falls beigezogen)
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = Für die Organisation
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = Bei Kindern: Das Kind wurde in altersgerechten Worten gefragt und ist einverstanden.
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
# Context: heading
resources-h-772774b7a6501a2f = Muster für Moderationsrichtlinien
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = Eine Behörde muss alle Meinungen gleich behandeln. Entfernen Sie Kommentare nur, wenn sie gegen eine veröffentlichte Regel verstoßen, nie wegen der Meinung, die sie ausdrücken, und dokumentieren Sie jede Löschung. Passen Sie das folgende Muster an und lassen Sie es von Ihrer Rechtsabteilung prüfen.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = Auf dieser Seite können sich die Bewohnerinnen und Bewohner über das Leben in unserer Gemeinde austauschen. Wir freuen uns über Fragen, Meinungen und Kritik – auch Kritik an der Gemeinde. Wir verbergen oder löschen Kommentare, die
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = eine Person beleidigen, bedrohen oder belästigen;
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = { -hate-speech } enthalten oder zu Gewalt aufrufen;
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = personenbezogene Daten anderer Menschen verbreiten;
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = Spam oder Werbung sind oder auf andere Weise gegen das Gesetz verstoßen.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = Diese Regeln gelten für alle, unabhängig von ihrer Meinung. Wir dokumentieren jede Löschung und ihren Grund; wer wiederholt gegen die Regeln verstößt, kann nach einer Verwarnung gesperrt werden. Inhalte, die rechtswidrig sein könnten, melden wir. Wenn Sie glauben, dass wir Ihren Kommentar irrtümlich gelöscht haben, schreiben Sie uns – wir sehen ihn uns noch einmal an.
# Context: heading
resources-h-8cad337bcd2b57e0 = Checkliste: die ersten 72 Stunden
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = Verwenden Sie sie zusammen mit dem Abschnitt über Krisen in [Kapitel 9](09-media.md#crisis).
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Vorher: Eine Person für Medienanfragen, eine für den Faktencheck, eine für die Beobachtung der sozialen Medien und eine Ansprechperson für die Betroffenen sind benannt, jeweils mit Stellvertretung.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Vorher: Eine erste Stellungnahme liegt als Vorlage bereit.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = Erste Stunde: Die Fakten sind mit der Polizei oder anderen Behörden abgeklärt.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = Erste Stunde: Wir haben gesagt, was geschehen ist, Mitgefühl mit den Opfern gezeigt und keine Gruppe beschuldigt.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = Erste Stunde: Wir haben gesagt, wann die nächste Information kommt.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = Erster Tag: Die Lokaljournalistinnen und -journalisten wurden gemeinsam informiert.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = Erster Tag: Herkunft oder Status werden nur genannt, wenn sie relevant und bestätigt sind.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = Erster Tag: Unsere Kanäle werden moderiert, hasserfüllte Postings werden dokumentiert.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = Erster Tag: Die Betroffenen wurden kontaktiert und gefragt, was sie brauchen.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = Danach: Eine öffentliche Versammlung findet statt, Zusagen werden eingehalten und der Plan wird überprüft.
# Context: heading
resources-h-8c0c387f3679ae79 = Erste Stellungnahme
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = Veröffentlichen Sie diese kurze erste Mitteilung innerhalb der ersten Stunde – und prüfen Sie vorher jede Tatsache.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = Was wir wissen: nur bestätigte Fakten, mit Uhrzeit
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = Unser Mitgefühl mit den Opfern und den Betroffenen
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = Was wir tun, und mit wem
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = Wann und wo die nächste Information erscheint
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = Ein Aufruf zu Ruhe und Respekt
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Kontakt für Journalistinnen und Journalisten
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
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__ von Stephan Lewandowsky und weiteren Forschenden, darüber, wie man falsche Behauptungen richtigstellt.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __Das Programm „Intercultural Cities“ (Interkulturelle Städte) des Europarats__, mit seinem Handbuch und seinen Leitfäden, wie man Gerüchten über Vielfalt entgegentritt.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Websites ändern sich. Wenn eine Seite verschoben wurde, suchen Sie nach dem Namen der Organisation und dem Titel des Dokuments. Prüfen Sie immer das Datum jeder Zahl, die Sie verwenden.
# Context: heading
resources-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Drucken Sie den einseitigen Kampagnenplan aus und füllen Sie ihn bei Ihrem nächsten Partnertreffen aus.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Legen Sie die Checkliste für Veranstaltungen und die Einwilligungserklärung in den Ordner aller, die öffentliche Aktivitäten organisieren.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Teilen Sie Ihre Erfahrungen mit einer anderen Gemeinde. Der Austausch guter Praxis zwischen { -local-communities } stand im Mittelpunkt von { -clarinet } – und er kann in Ihren Händen weitergehen.
