# handbook/chapters/04-local.md — Why local communities are the key
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
local-title-f75e9269f654fc9d = Warum die Gemeinschaften vor Ort der Schlüssel sind
# Context: heading
local-h-c32097e2a9b75895 = Integration findet an einem Ort statt
# Context: paragraph in “Integration happens somewhere”
local-p-550ccedd0504dd39 = Asyl- und Migrationsgesetze werden in den nationalen Parlamenten und auf EU-Ebene gemacht. Doch niemand wird durch ein Gesetz integriert. Integration geschieht in einem bestimmten Kindergarten, einem bestimmten Deutschkurs, einem bestimmten Sportverein, an einem bestimmten Arbeitsplatz. Sie geschieht, wenn eine Nachbarin erklärt, wie die Mülltrennung funktioniert, wenn ein Lehrer merkt, dass ein Kind beim Lesen Hilfe braucht, wenn eine Arbeitgeberin jemandem eine erste Chance gibt.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = Deshalb hat { -clarinet } die { -local-communities } in den Mittelpunkt seiner Arbeit gestellt: Dort begegnen einander Neuankömmlinge und Alteingesessene tatsächlich, und dort wird Vertrauen aufgebaut oder verspielt.
# Context: paragraph in “Integration happens somewhere”
local-p-2cfa6c7b5f343873 = Die europäischen Institutionen sagen das seit vielen Jahren. Die von den EU-Mitgliedstaaten vereinbarten gemeinsamen Grundprinzipien der Integrationspolitik beschreiben { -integration } als dynamischen, in beide Richtungen gehenden Prozess des gegenseitigen Entgegenkommens von Neuankömmlingen und ansässiger Bevölkerung[^cbp]. Der Aktionsplan der Europäischen Kommission für Integration und Inklusion 2021–2027 weist den lokalen und regionalen Behörden eine starke Rolle zu[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = Warum die lokale Ebene so wichtig ist
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Vier Gründe machen die lokale Ebene zum Schlüssel für Integration und für eine gute Kommunikation darüber.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Nähe.__ Gemeinden und Städte sind die Verwaltungsebene, die den Menschen am nächsten ist. Eine Botschaft der Bürgermeisterin oder des Bürgermeisters wird anders aufgenommen als eine Botschaft aus einem fernen Ministerium.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Leistungen.__ Gemeinden betreiben oder koordinieren viele der Leistungen, die für Neuankömmlinge am wichtigsten sind: Meldewesen, Schulen, soziale Dienste, Unterstützung bei der Wohnungssuche, Büchereien und Sportanlagen.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Alltäglicher Kontakt.__ Menschen bilden sich ihre Meinung über Migration weniger aus Statistiken als aus dem, was sie um sich herum sehen. Positiver Kontakt auf Augenhöhe ist eines der wirksamsten Mittel gegen Vorurteile – und er findet vor Ort statt.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Vertrauen.__ In vielen Ländern ist das Vertrauen in lokale Institutionen größer als in nationale. Mit diesem Vertrauen sorgsam umzugehen, gehört zu guter Führung vor Ort.
# Context: heading
local-h-36fc7059706251e5 = Was Gemeinden tun können
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = Eine Gemeinde braucht kein großes Budget, um etwas zu bewirken. Viel hängt davon ab, wie sie die Mittel nutzt, die sie bereits hat.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Sprechen.__ Sagen Sie klar und öffentlich, dass Neuankömmlinge zur Gemeinschaft gehören, dass die Gemeinde von allen Respekt erwartet und dass sie { -hate-speech } nicht duldet. Auch Schweigen ist eine Botschaft.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Informieren.__ Geben Sie der Bevölkerung genaue und rechtzeitige Informationen, besonders wenn sich etwas ändert, etwa wenn ein Asylquartier eröffnet wird. Gerüchte verbreiten sich am schnellsten, wenn offizielle Informationen fehlen.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Einbeziehen.__ Sorgen Sie dafür, dass Neuankömmlinge die Leistungen der Gemeinde nutzen können, dass es Informationen in den Sprachen gibt, die sie lesen, und dass ihre Stimmen bei Bürgerbeteiligungen und Veranstaltungen vor Ort gehört werden.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Vernetzen.__ Bringen Sie Schulen, NGOs, Arbeitgeber, Glaubensgemeinschaften, Sportvereine und Kultureinrichtungen zusammen. Oft ist die Gemeinde die einzige Akteurin, die sie alle an einen Tisch holen kann.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Zeigen.__ Nutzen Sie die Kanäle der Gemeinde – von der Website bis zur Anschlagtafel am Hauptplatz –, um die alltäglichen Beiträge von { -migrants } zum Leben vor Ort zu zeigen.
# Context: heading
local-h-f679bfa7eb405653 = Integration geht alle an
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = Oft wird { -integration } als etwas gesehen, das nur die Neuankömmlinge leisten müssen: die Sprache lernen, Arbeit finden, sich an die Regeln halten. Das ist wichtig. Aber auch von der aufnehmenden Gemeinschaft wird etwas verlangt: Offenheit, faire Regeln und Zugang zu Chancen.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = Kommunikation spielt auf beiden Seiten eine Rolle. Neuankömmlinge brauchen klare Informationen über Rechte, Pflichten und Angebote; Alteingesessene brauchen ehrliche Informationen darüber, wer die Neuankömmlinge sind und warum sie gekommen sind. Beide brauchen Gelegenheiten, einander als Menschen zu begegnen und nicht als Kategorien.
# Context: heading
local-h-8f81c84427935632 = Wer was einbringt
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = Niemand kann das alles allein leisten. Die folgende Tabelle zeigt, was verschiedene Akteure vor Ort üblicherweise in die Kommunikation über Migration und Integration einbringen.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Akteur vor Ort
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = Was sie einbringen
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = Wie sie die Kommunikation unterstützen können
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Bürgermeisterin oder Bürgermeister und Gemeinderat
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Legitimität, Sichtbarkeit, Entscheidungen
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Öffentliche Stellungnahmen, Präsenz bei Veranstaltungen, klare Haltung gegen Hassrede
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Abteilungen der Gemeinde
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Leistungen, Daten, täglicher Kontakt mit der Bevölkerung
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Genaue Informationen, mehrsprachige Materialien, eine Ansprechperson
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Schulen und Kindergärten
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Kontakt zu Kindern und Eltern
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Projekte mit Schülerinnen und Schülern, Elternabende, interkulturelle Tage
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Zivilgesellschaftliche Organisationen
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Vertrauen, direkter Kontakt zu Neuankömmlingen, Fachwissen
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Geschichten, Freiwillige, praktische Unterstützung, kritische Stimme
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Arbeitgeber und Gewerkschaften
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Arbeitsplätze, Ausbildung, Betriebe
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Beispiele von Neuankömmlingen im Beruf, Mentoring
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Lokale Medien
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Reichweite, Themensetzung
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Faire Berichterstattung, Porträts, Debatten vor Ort
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = Die Neuankömmlinge selbst
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Erfahrung, Sprachen, Fähigkeiten
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Für sich selbst sprechen, Kampagnen mitgestalten
# Context: table caption in “Who brings what”
local-tcap-4ebf14fe866db28c = Was lokale Akteure in die Kommunikation über Migration und Integration einbringen
# Context: heading
local-h-43e8ccfc0bce99df = Häufige Hindernisse
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = Die Arbeit vor Ort ist nicht einfach. Drei Schwierigkeiten tauchen immer wieder auf.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Angst vor Kontroversen.__ Gewählte Mandatarinnen und Mandatare befürchten vielleicht, dass es sie Stimmen kostet, über Migration zu sprechen. Die Erfahrung zeigt, dass eine ruhige, sachliche und beständige Haltung meist respektiert wird – auch von denen, die anderer Meinung sind.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Fehlende Ressourcen.__ In kleinen Gemeinden ist oft eine einzige Person für die gesamte Kommunikation zuständig. Partnerschaften mit NGOs, Schulen und Netzwerken helfen, die Arbeit zu teilen.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Die Ängste der Neuankömmlinge selbst.__ Menschen, die vor Verfolgung geflohen sind, sind gegenüber Behörden und Öffentlichkeit vielleicht misstrauisch. Vertrauen braucht Zeit.
# Context: paragraph in “Common obstacles”
local-p-cc51e468b459268a = Setzen Sie Neuankömmlinge nicht als Dekoration für Fotos ein. Ein Fototermin, bei dem { -refugees } nur als dankbare Empfänger von Hilfe gezeigt werden, verstärkt genau das Bild, das Sie ändern wollen. Zeigen Sie Menschen als aktive Mitglieder der Gemeinschaft, mit ihren eigenen Fähigkeiten und Stimmen.
# Context: heading
local-h-128116345ec56f05 = { -newcomers } als Partner einbeziehen
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-90ba2dbdd99d9352 = Dieses Handbuch kommt immer wieder auf einen Gedanken zurück: Planen Sie mit { -newcomers(case: "dat") }, nicht nur für sie. So geht es.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-4ad98f73952ff4c2 = __Wo Sie Menschen finden.__ Beginnen Sie bei Gruppen, die es schon gibt: Vereine, die von { -migrants } geleitet werden, Sprachkurse, Kulturmittlerinnen und Kulturmittler, Glaubensgemeinschaften, Sportvereine und Schulen. Verlassen Sie sich nicht nur auf die eine Person, die das Gemeindeamt schon kennt.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-7d67f52ee78ce2fa = __Wie weit Sie Entscheidungen teilen.__ Beteiligung hat vier Stufen: Menschen können informiert werden, befragt werden, mitgestalten oder selbst leiten. Streben Sie mindestens das Mitgestalten an, bei dem die Menschen mit Ihnen gemeinsam planen und entscheiden. Eine kleine Beratungsgruppe von { -newcomers(case: "dat") } kann eine Kampagne begleiten. Geben Sie ihr das letzte Wort darüber, wie die Geschichten ihrer Mitglieder erzählt werden.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-b08c40e051024188 = __Hürden abbauen.__ Bieten Sie Dolmetschung, Kinderbetreuung und Fahrtkostenersatz an. Halten Sie Treffen an Orten ab, die die Menschen erreichen können, und zu Zeiten, die zu Schichtarbeit und religiösen Feiertagen passen.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-9a9f351dd8b93746 = __Keine Alibi-Beteiligung.__ Eine Person kann nicht für alle sprechen. Beziehen Sie Frauen und Männer ein, jüngere und ältere Menschen, Menschen unterschiedlicher Herkunft und mit unterschiedlichem rechtlichem Status.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-20eeb85dff806891 = __Den Kreis schließen.__ Zeigen Sie den Beteiligten die Ergebnisse und die Evaluierung und fragen Sie, was beim nächsten Mal anders werden soll.
# Context: heading
local-h-1fcb65cb32c990e7 = Faire Bezahlung – im Rahmen der Vorschriften
# Context: paragraph in “Fair pay within the rules”
local-p-22faa39d6e3e9010 = Bezahlen Sie { -newcomers } dort, wo auch andere für ähnliche Arbeit bezahlt werden. Ein Honorar kann einem { -asylum-seeker } aber schaden, wenn es gegen die Vorschriften über Beschäftigung oder Unterstützungsleistungen verstößt. Klären Sie vor der Auszahlung mit Ihrer Rechtsabteilung oder einer NGO vor Ort:
# Context: list item in “Fair pay within the rules”
local-li-bee877195cbd0fa1 = Darf die Person schon arbeiten? Nach EU-Recht dürfen die Mitgliedstaaten den Zugang zum Arbeitsmarkt nach einem Asylantrag um mehrere Monate hinausschieben[^reception].
# Context: list item in “Fair pay within the rules”
local-li-caeb7d27b3fd9191 = Darf die Person dieses Honorar annehmen, und wie muss es gemeldet werden?
# Context: list item in “Fair pay within the rules”
local-li-8eaed91feb26ef48 = Verringert es ihre Grundversorgung oder andere Unterstützungsleistungen?
# Context: paragraph in “Fair pay within the rules”
local-p-6c340d87ebdcc2b2 = Wo ein Honorar nicht erlaubt ist, können Sie meist trotzdem Fahrtkosten, Verpflegung und Kinderbetreuung übernehmen oder eine Teilnahmebestätigung oder ein Empfehlungsschreiben ausstellen. Prüfen Sie auch Gutscheine, denn sie können als Einkommen gelten. Erklären Sie den Grund offen. Menschen mit { -temporary-protection(case: "dat") } und anerkannte { -refugees } dürfen arbeiten, für sie gelten aber trotzdem die Regeln zu Steuern und Sozialleistungen.
# Context: heading
local-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
local-li-04338f0eb629554c = Erfassen Sie die Akteure in Ihrem Ort anhand der Tabelle oben und schreiben Sie zu jeder Zeile einen Namen auf.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Organisieren Sie ein internes Treffen der Abteilungen Ihrer Gemeinde:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = einigen Sie sich auf die Fakten über die Neuankömmlinge in Ihrem Ort;
# Context: list item in “What you can do”
local-li-8bf06752029391ef = einigen Sie sich auf die Wortwahl, ausgehend vom [Glossar](03-words.md#glossary);
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = benennen Sie eine Ansprechperson für Fragen aus der Bevölkerung und von den Medien.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Bitten Sie die Bürgermeisterin oder den Bürgermeister oder eine andere leitende Person, heuer eine klare öffentliche Erklärung zu Willkommen und Respekt abzugeben.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Prüfen Sie, ob es die wichtigsten Informationen der Gemeinde in den Sprachen gibt, die von den Neuankömmlingen in Ihrem Ort am häufigsten gesprochen werden.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Wählen Sie eine Aktivität, die Alteingesessene und Neuankömmlinge auf Augenhöhe zusammenbringt, und planen Sie sie von Anfang an gemeinsam mit Neuankömmlingen. Nutzen Sie dafür den Kampagnenplan in [Kapitel 5](05-campaign.md).
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = Die Gemeinsamen Grundprinzipien für die Politik der Integration von Einwanderern wurden 2004 vom Rat der Europäischen Union angenommen. Das erste Grundprinzip beschreibt Integration als „dynamischen, in beide Richtungen gehenden Prozess des gegenseitigen Entgegenkommens“.
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = Die Europäische Kommission hat ihren Aktionsplan für Integration und Inklusion 2021–2027 im November 2020 vorgestellt. Er betont die Partnerschaft mit lokalen und regionalen Behörden und die Bedeutung des alltäglichen Kontakts zwischen Neuankömmlingen und Aufnahmegesellschaften.
# Context: footnote in “What you can do”
local-fn-c90181702983e8ec = Nach der Aufnahmerichtlinie (2013/33/EU) muss der Zugang zum Arbeitsmarkt spätestens neun Monate nach der Antragstellung gewährt werden, wenn bis dahin keine erstinstanzliche Entscheidung ergangen ist. Die Neufassung, Richtlinie (EU) 2024/1346, die ab Juni 2026 gilt, verkürzt diese Frist auf sechs Monate.
