### handbook/chapters/04-local.md — Why local communities are the key
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
local-title-6a17fb33 = Warum die Gemeinschaften vor Ort der Schlüssel sind

# Context: heading
local-h-a8d9755d = Integration findet an einem Ort statt

# Context: paragraph in “Integration happens somewhere”
local-p-facaad15 = Asyl- und Migrationsgesetze werden in den nationalen Parlamenten und in Brüssel gemacht. Doch niemand wird durch ein Gesetz integriert. Integration geschieht in einem bestimmten Kindergarten, einem bestimmten Deutschkurs, einem bestimmten Sportverein, an einem bestimmten Arbeitsplatz. Sie geschieht, wenn eine Nachbarin erklärt, wie die Mülltrennung funktioniert, wenn ein Lehrer merkt, dass ein Kind beim Lesen Hilfe braucht, wenn eine Arbeitgeberin jemandem eine erste Chance gibt.

# Context: paragraph in “Integration happens somewhere”
local-p-44842acb = Deshalb hat { -clarinet } die { -local-communities } in den Mittelpunkt seiner Arbeit gestellt: Dort begegnen einander Neuankömmlinge und Alteingesessene tatsächlich, und dort wird Vertrauen aufgebaut oder verspielt.

# Context: paragraph in “Integration happens somewhere”
local-p-1e476275 = Die europäischen Institutionen sagen das seit vielen Jahren. Die von den EU-Mitgliedstaaten vereinbarten gemeinsamen Grundprinzipien der Integrationspolitik beschreiben { -integration } als dynamischen, in beide Richtungen gehenden Prozess des gegenseitigen Entgegenkommens von Neuankömmlingen und ansässiger Bevölkerung[^cbp], und der Aktionsplan der Europäischen Kommission für Integration und Inklusion 2021–2027 weist den lokalen und regionalen Behörden eine starke Rolle zu[^action-plan].

# Context: heading
local-h-d3c8a27d = Warum die lokale Ebene so wichtig ist

# Context: paragraph in “Why the local level matters”
local-p-d4744613 = Vier Gründe machen die lokale Ebene zum Schlüssel für Integration und für eine gute Kommunikation darüber.

# Context: list item in “Why the local level matters”
local-li-89a5b9c6 = **Nähe.** Gemeinden und Städte sind die Verwaltungsebene, die den Menschen am nächsten ist. Eine Botschaft der Bürgermeisterin oder des Bürgermeisters wird anders aufgenommen als eine Botschaft aus einem fernen Ministerium.

# Context: list item in “Why the local level matters”
local-li-81dbb7e9 = **Leistungen.** Gemeinden betreiben oder koordinieren viele der Leistungen, die für Neuankömmlinge am wichtigsten sind: Meldewesen, Schulen, soziale Dienste, Unterstützung bei der Wohnungssuche, Büchereien und Sportanlagen.

# Context: list item in “Why the local level matters”
local-li-e7f1176b = **Alltäglicher Kontakt.** Menschen bilden sich ihre Meinung über Migration weniger aus Statistiken als aus dem, was sie um sich herum sehen. Positiver Kontakt auf Augenhöhe ist eines der wirksamsten Mittel gegen Vorurteile – und er findet vor Ort statt.

# Context: list item in “Why the local level matters”
local-li-11697898 = **Vertrauen.** In vielen Ländern ist das Vertrauen in lokale Institutionen größer als in nationale. Mit diesem Vertrauen sorgsam umzugehen, gehört zu guter Führung vor Ort.

# Context: heading
local-h-a5600631 = Was Gemeinden tun können

# Context: paragraph in “What local authorities can do”
local-p-6de9827e = Eine Gemeinde braucht kein großes Budget, um etwas zu bewirken. Viel hängt davon ab, wie sie die Mittel nutzt, die sie bereits hat.

# Context: list item in “What local authorities can do”
local-li-a50161d0 = **Sprechen.** Sagen Sie klar und öffentlich, dass Neuankömmlinge zur Gemeinschaft gehören, dass die Gemeinde von allen Respekt erwartet und dass sie { -hate-speech } nicht duldet. Auch Schweigen ist eine Botschaft.

# Context: list item in “What local authorities can do”
local-li-ee45e053 = **Informieren.** Geben Sie der Bevölkerung genaue und rechtzeitige Informationen, besonders wenn sich etwas ändert, etwa wenn ein Asylquartier eröffnet wird. Gerüchte verbreiten sich am schnellsten, wenn offizielle Informationen fehlen.

# Context: list item in “What local authorities can do”
local-li-f74c87a2 = **Einbeziehen.** Sorgen Sie dafür, dass Neuankömmlinge die Leistungen der Gemeinde nutzen können, dass es Informationen in den Sprachen gibt, die sie lesen, und dass ihre Stimmen bei Bürgerbeteiligungen und Veranstaltungen vor Ort gehört werden.

# Context: list item in “What local authorities can do”
local-li-35731966 = **Vernetzen.** Bringen Sie Schulen, NGOs, Arbeitgeber, Glaubensgemeinschaften, Sportvereine und Kultureinrichtungen zusammen. Oft ist die Gemeinde die einzige Akteurin, die sie alle an einen Tisch holen kann.

# Context: list item in “What local authorities can do”
local-li-98b33680 = **Zeigen.** Nutzen Sie die Kanäle der Gemeinde – von der Website bis zur Anschlagtafel am Hauptplatz –, um die alltäglichen Beiträge von { -migrants } zum Leben vor Ort zu zeigen.

# Context: paragraph in “What local authorities can do”
local-p-a92353a3 = In vielen Orten war der erste Schritt zu guter Kommunikation ein interner: ein kurzes Treffen aller Abteilungen der Gemeinde, die mit Neuankömmlingen zu tun haben, um sich auf die Fakten, die Wortwahl und eine Ansprechperson zu einigen. Wenn Meldeamt, Schulabteilung und Büro der Bürgermeisterin oder des Bürgermeisters dasselbe sagen, merkt das die Bevölkerung.

# Context: heading
local-h-c68bbad8 = Integration ist keine Einbahnstraße

# Context: paragraph in “Integration is a two-way street”
local-p-bf7f8d39 = Oft wird { -integration } als etwas gesehen, das nur die Neuankömmlinge leisten müssen: die Sprache lernen, Arbeit finden, sich an die Regeln halten. Das ist wichtig. Aber auch von der aufnehmenden Gemeinschaft wird etwas verlangt: Offenheit, faire Regeln und Zugang zu Chancen.

# Context: paragraph in “Integration is a two-way street”
local-p-67077f85 = Kommunikation spielt auf beiden Seiten eine Rolle. Neuankömmlinge brauchen klare Informationen über Rechte, Pflichten und Angebote; Alteingesessene brauchen ehrliche Informationen darüber, wer die Neuankömmlinge sind und warum sie gekommen sind. Beide brauchen Gelegenheiten, einander als Menschen zu begegnen und nicht als Kategorien.

# Context: paragraph in “Integration is a two-way street”
local-p-ad229872 = Wenn Sie eine Veranstaltung planen, fragen Sie nicht nur, wer im Publikum sitzt, sondern auch, wer im Organisationsteam ist. Eine Veranstaltung, die *mit* Neuankömmlingen organisiert wird, sendet ein ganz anderes Signal als eine, die *für* sie organisiert wird.

# Context: heading
local-h-d815c6dc = Wer was einbringt

# Context: paragraph in “Who brings what”
local-p-cba6970c = Niemand kann das alles allein leisten. Die folgende Tabelle zeigt, was verschiedene Akteure vor Ort üblicherweise in die Kommunikation über Migration und Integration einbringen.

# Context: table cell in “Who brings what”
local-cell-4c7753a4 = Akteur vor Ort

# Context: table cell in “Who brings what”
local-cell-272e00a3 = Was sie einbringen

# Context: table cell in “Who brings what”
local-cell-d9ad6fab = Wie sie die Kommunikation unterstützen können

# Context: table cell in “Who brings what”
local-cell-ad54a51d = Bürgermeisterin oder Bürgermeister und Gemeinderat

# Context: table cell in “Who brings what”
local-cell-1679b366 = Legitimität, Sichtbarkeit, Entscheidungen

# Context: table cell in “Who brings what”
local-cell-c04ab7c0 = Öffentliche Stellungnahmen, Präsenz bei Veranstaltungen, klare Haltung gegen Hassrede

# Context: table cell in “Who brings what”
local-cell-b52cc990 = Abteilungen der Gemeinde

# Context: table cell in “Who brings what”
local-cell-bfc9f438 = Leistungen, Daten, täglicher Kontakt mit der Bevölkerung

# Context: table cell in “Who brings what”
local-cell-6e77552f = Genaue Informationen, mehrsprachige Materialien, eine Ansprechperson

# Context: table cell in “Who brings what”
local-cell-f8290725 = Schulen und Kindergärten

# Context: table cell in “Who brings what”
local-cell-b107f9eb = Kontakt zu Kindern und Eltern

# Context: table cell in “Who brings what”
local-cell-239961ad = Projekte mit Schülerinnen und Schülern, Elternabende, interkulturelle Tage

# Context: table cell in “Who brings what”
local-cell-b5669586 = Zivilgesellschaftliche Organisationen

# Context: table cell in “Who brings what”
local-cell-4dff94ae = Vertrauen, direkter Kontakt zu Neuankömmlingen, Fachwissen

# Context: table cell in “Who brings what”
local-cell-333c8b54 = Geschichten, Freiwillige, praktische Unterstützung, kritische Stimme

# Context: table cell in “Who brings what”
local-cell-dcc7c6b4 = Arbeitgeber und Gewerkschaften

# Context: table cell in “Who brings what”
local-cell-38c713dc = Arbeitsplätze, Ausbildung, Betriebe

# Context: table cell in “Who brings what”
local-cell-e03eabde = Beispiele von Neuankömmlingen im Beruf, Mentoring

# Context: table cell in “Who brings what”
local-cell-ee9cd3cf = Lokale Medien

# Context: table cell in “Who brings what”
local-cell-88387098 = Reichweite, Themensetzung

# Context: table cell in “Who brings what”
local-cell-be985d85 = Faire Berichterstattung, Porträts, Debatten vor Ort

# Context: table cell in “Who brings what”
local-cell-bf1dd415 = Die Neuankömmlinge selbst

# Context: table cell in “Who brings what”
local-cell-d89a53c3 = Erfahrung, Sprachen, Fähigkeiten

# Context: table cell in “Who brings what”
local-cell-43650b8d = Für sich selbst sprechen, Kampagnen mitgestalten

# Context: heading
local-h-cd85b6ed = Häufige Hindernisse

# Context: paragraph in “Common obstacles”
local-p-d63eea0f = Die Arbeit vor Ort ist nicht einfach. Drei Schwierigkeiten tauchen immer wieder auf.

# Context: list item in “Common obstacles”
local-li-12eee5de = **Angst vor Kontroversen.** Gewählte Mandatarinnen und Mandatare befürchten vielleicht, dass es sie Stimmen kostet, über Migration zu sprechen. Die Erfahrung zeigt, dass eine ruhige, sachliche und beständige Haltung meist respektiert wird – auch von denen, die anderer Meinung sind.

# Context: list item in “Common obstacles”
local-li-888d082f = **Fehlende Ressourcen.** In kleinen Gemeinden ist oft eine einzige Person für die gesamte Kommunikation zuständig. Partnerschaften mit NGOs, Schulen und Netzwerken helfen, die Arbeit zu teilen.

# Context: list item in “Common obstacles”
local-li-4d5ab5e8 = **Die Ängste der Neuankömmlinge selbst.** Menschen, die vor Verfolgung geflohen sind, sind gegenüber Behörden und Öffentlichkeit vielleicht misstrauisch. Vertrauen braucht Zeit.

# Context: paragraph in “Common obstacles”
local-p-739b5194 = Benutzen Sie Neuankömmlinge nicht als „Requisiten“. Ein Fototermin, bei dem { -refugees } nur als dankbare Empfänger von Hilfe gezeigt werden, verstärkt genau das Bild, das Sie ändern wollen. Zeigen Sie Menschen als Handelnde, mit ihren eigenen Fähigkeiten und Stimmen.

# Context: heading
local-h-9353605e = Was Sie tun können

# Context: list item in “What you can do”
local-li-5bd66681 = Erfassen Sie die Akteure in Ihrem Ort anhand der Tabelle oben und schreiben Sie zu jeder Zeile einen Namen auf.

# Context: list item in “What you can do”
local-li-6b02c1e1 = Organisieren Sie ein internes Treffen der Abteilungen Ihrer Gemeinde:

# Context: list item in “What you can do”
local-li-b3a081a2 = einigen Sie sich auf die Fakten über die Neuankömmlinge in Ihrem Ort;

# Context: list item in “What you can do”
local-li-9a214464 = einigen Sie sich auf die Wortwahl, ausgehend vom [Glossar](03-words.md#glossary);

# Context: list item in “What you can do”
local-li-9abd53e5 = benennen Sie eine Ansprechperson für Fragen aus der Bevölkerung und von den Medien.

# Context: list item in “What you can do”
local-li-d2215d7f = Bitten Sie die Bürgermeisterin oder den Bürgermeister oder eine andere leitende Person, heuer eine klare öffentliche Erklärung zu Willkommen und Respekt abzugeben.

# Context: list item in “What you can do”
local-li-e16f1a99 = Prüfen Sie, ob es die wichtigsten Informationen der Gemeinde in den Sprachen gibt, die von den Neuankömmlingen in Ihrem Ort am häufigsten gesprochen werden.

# Context: list item in “What you can do”
local-li-b1c4085c = Wählen Sie eine Aktivität, die Alteingesessene und Neuankömmlinge auf Augenhöhe zusammenbringt, und planen Sie sie von Anfang an gemeinsam mit Neuankömmlingen. Nutzen Sie dafür den Kampagnenplan in [Kapitel 5](05-campaign.md).

# Context: footnote in “What you can do”
local-fn-2e35ef89 = Die Gemeinsamen Grundprinzipien für die Politik der Integration von Einwanderern wurden 2004 vom Rat der Europäischen Union angenommen. Das erste Grundprinzip beschreibt Integration als „dynamischen, in beide Richtungen gehenden Prozess des gegenseitigen Entgegenkommens“.

# Context: footnote in “What you can do”
local-fn-e7433d77 = Die Europäische Kommission hat ihren Aktionsplan für Integration und Inklusion 2021–2027 im November 2020 vorgestellt. Er betont die Partnerschaft mit lokalen und regionalen Behörden und die Bedeutung des alltäglichen Kontakts zwischen Neuankömmlingen und Aufnahmegesellschaften.
