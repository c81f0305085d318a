# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Zusammenarbeit mit Medien und sozialen Medien
# Context: heading
media-h-2cf19668a799d0f4 = Lokale Medien zählen
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Lokalzeitungen, Regionalradios und Nachrichtenseiten prägen, wie ein Ort sich selbst sieht. Wer den überregionalen Medien misstraut, verfolgt oft trotzdem die lokalen. Wenn lokale Medien fair und persönlich über Neuankömmlinge berichten, tun sie mehr für die { -integration } als viele offizielle Kampagnen.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Journalistinnen und Journalisten arbeiten unter Zeitdruck und wissen oft wenig über Asyl und Migration. Die meisten wollen die Geschichte richtig erzählen – helfen Sie ihnen dabei.
# Context: heading
media-h-b0c52e0dd89cea9f = Zusammenarbeit mit Journalistinnen und Journalisten
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Erreichbar sein.__ Benennen Sie eine Ansprechperson für Fragen zur Migration und sorgen Sie dafür, dass die Journalistinnen und Journalisten wissen, wer das ist. Eine rasche, ehrliche Antwort verhindert eine Geschichte, die auf Gerüchten beruht.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Genau sein.__ Nennen Sie Fakten mit Quellen und Datum. Wenn Sie etwas nicht wissen, sagen Sie das und versprechen Sie, es herauszufinden.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Geschichten anbieten, nicht nur Stellungnahmen.__ Schlagen Sie einen Neuankömmling vor, der ein Geschäft führt, eine Lehrerin, deren Klasse sich verändert hat, einen Freiwilligen mit einem langen Gedächtnis – immer mit deren Einwilligung.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Das Glossar weitergeben.__ Eine freundliche Nachricht mit dem [Glossar](03-words.md#glossary) hilft Reporterinnen und Reportern, die richtigen Worte zu verwenden.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Höflich korrigieren.__ Enthält ein Bericht Fehler, wenden Sie sich mit den richtigen Fakten an die Journalistin, den Journalisten oder die Redaktion. Die meisten Medien ziehen eine stille Richtigstellung einem öffentlichen Streit vor.
# Context: paragraph in “Working with journalists”
media-p-fd6faba9853a564a = Manche Gemeinden laden ein- oder zweimal im Jahr zu einem informellen Treffen von Lokaljournalistinnen und -journalisten, Gemeindebediensteten, NGOs und Neuankömmlingen ein – ohne Presseaussendung und ohne Tagesordnung außer dem gegenseitigen Kennenlernen. Diese Kontakte machen sich bezahlt, wenn eine schwierige Geschichte bekannt wird.
# Context: heading
media-h-70af929e8af967be = Einwilligung und Sicherheit
# Context: paragraph in “Consent and safety”
media-p-2c284522829e8f5a = Bevor Sie jemanden für ein Interview vorschlagen oder Namen, Foto oder Geschichte einer Person veröffentlichen, stellen Sie sicher, dass sie versteht, was geschehen wird, und freiwillig zustimmt. Bieten Sie Möglichkeiten an: nur der Vorname, kein Gesicht, ein geänderter Ort. Für { -asylum-seekers }, deren Verfahren noch offen ist, und für alle, deren Familie in Gefahr ist, kann Öffentlichkeit echte Risiken bergen. Bei Kindern braucht es die Einwilligung der Eltern oder der Obsorgeberechtigten.
# Context: paragraph in “Consent and safety”
media-p-94f8ab9a4818d045 = Eine Einwilligung ist kein Formular, das man einmal unterschreibt. Wer zugestimmt hat, bei einem Fest fotografiert zu werden, hat nicht zugestimmt, auf einem Plakat zu erscheinen. Fragen Sie bei jeder neuen Verwendung erneut.
# Context: heading
media-h-b904a77155606517 = Soziale Medien
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Über soziale Medien können Gemeinden schnell und günstig direkt mit der Bevölkerung sprechen – aber sie verbreiten auch Gerüchte und Feindseligkeit schneller als jeder andere Kanal. Ein paar Grundsätze helfen:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Regelmäßig posten, nicht nur in Krisen.__ Ein stetiger Strom von Alltagsgeschichten baut ein Publikum auf, das Sie kennt und Ihnen vertraut, bevor etwas Schwieriges passiert.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Menschen und Bilder zeigen.__ Kurze Videos, Fotos und Zitate von Alteingesessenen und Neuankömmlingen verbreiten sich weiter als offizielle Mitteilungen.
# Context: list item in “Social media”
media-li-9f35f64de75024a5 = __Moderationsrichtlinien schreiben__ und veröffentlichen. Sagen Sie, welche Kommentare Sie entfernen – etwa Beleidigungen, Drohungen und { -hate-speech } – und wenden Sie die Regel auf alle an.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Aktiv moderieren__, besonders in den ersten Stunden nach einem Beitrag. Verbergen oder löschen Sie Kommentare, die gegen Ihre Regeln verstoßen, und beantworten Sie ehrliche Fragen mit Fakten.
# Context: heading
media-h-588bc7bba18e6775 = Falschinformationen entgegentreten
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Falsche Behauptungen über Migration verbreiten sich leicht, weil sie mit der Angst spielen. Typische Beispiele sind Behauptungen, Neuankömmlinge bekämen mehr Sozialleistungen als Alteingesessene, oder eine Straftat sei von „einem Migranten“ begangen worden, obwohl das nicht stimmt.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Rasch reagieren__ – mit genauen Informationen aus einer vertrauenswürdigen Quelle. Je länger ein Gerücht unwidersprochen kursiert, desto schwerer ist es richtigzustellen.
# Context: list item in “Countering misinformation”
media-li-3fa7160b29fece64 = __Mit der Wahrheit beginnen.__ Nennen Sie zuerst die Fakten, erwähnen Sie die falsche Behauptung nur kurz und erklären Sie, warum sie falsch ist. Wiederholen Sie die falsche Behauptung nicht in einer Überschrift.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Vertrauenswürdige Stimmen einsetzen.__ Eine Ärztin vor Ort, ein Schuldirektor oder eine Polizistin ist vielleicht überzeugender als die Gemeinde oder eine NGO.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Auf die Sorge eingehen, nicht nur auf den Fehler.__ Hinter vielen Gerüchten steckt eine echte Sorge – um Wohnraum, Sicherheit oder Gerechtigkeit. Nehmen Sie diese Sorge ernst.
# Context: paragraph in “Countering misinformation”
media-p-fbaead17fe043e7a = Diskutieren Sie nicht endlos mit ein paar lauten Accounts. Ihr Publikum ist die größere Gruppe, die still mitliest. Geben Sie ihr einmal eine klare, ruhige und sachliche Antwort – und dann machen Sie weiter.
# Context: heading
media-h-b46fce82289f0239 = Auf Hassrede reagieren
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Hassrede greift Menschen an, weil sie sind, wer sie sind. Sie verletzt die Betroffenen, verängstigt andere und lässt Feindseligkeit normal erscheinen, wenn ihr niemand widerspricht. In den EU-Ländern ist die öffentliche Aufstachelung zu Gewalt oder Hass gegen eine nach „Rasse“, Hautfarbe, Religion, Abstammung oder nationaler oder ethnischer Herkunft definierte Gruppe strafbar[^framework]. Viele hasserfüllte Inhalte liegen unter dieser Schwelle, verstoßen aber dennoch gegen die Regeln der Plattformen und einer anständigen öffentlichen Debatte.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Was Akteure vor Ort tun können:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentieren__ Sie hasserfüllte Postings mit Screenshots, Datum und Links, bevor sie verschwinden.
# Context: list item in “Responding to hate speech”
media-li-404e3cd60b719c07 = __Melden__ Sie sie der Plattform und, wenn sie rechtswidrig sein könnten, der Polizei oder einer nationalen Gleichbehandlungsstelle. Große Plattformen haben sich verpflichtet, Meldungen über illegale Hassrede rasch zu prüfen[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Unterstützen__ Sie die Betroffenen. Nehmen Sie privat Kontakt auf, fragen Sie, was sie brauchen, und zeigen Sie öffentlich, dass die Gemeinschaft hinter ihnen steht.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Reagieren__ Sie mit einer klaren öffentlichen Botschaft einer angesehenen Stimme: Hass hat in unserem Ort keinen Platz.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Verstärken Sie nichts.__ Zitieren Sie hasserfüllte Worte nicht vollständig und teilen Sie sie nie, nur um sie zu verurteilen.
# Context: paragraph in “Responding to hate speech”
media-p-f88084a0d5f3d4b5 = Vereinbaren Sie mit Ihren Partnern einen Reaktionsplan, bevor etwas passiert: wer beobachtet, wer meldet, wer öffentlich spricht und wer die Betroffenen unterstützt. In einem schwierigen Moment spart ein Plan Stunden.
# Context: heading
media-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Benennen Sie eine Medien-Ansprechperson für Fragen zur Migration und teilen Sie das den Lokaljournalistinnen und -journalisten mit.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Schicken Sie den Lokalredaktionen das Glossar und bieten Sie ein Treffen an.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Schreiben und veröffentlichen Sie Moderationsrichtlinien für Ihre Social-Media-Kanäle.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Schreiben Sie die drei häufigsten Gerüchte über Migration in Ihrem Ort auf und bereiten Sie zu jedem eine kurze Antwort mit Quellen vor.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = Vereinbaren Sie mit Ihren Partnern anhand der obigen Schritte einen Plan, wie Sie auf Hassrede reagieren.
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Nutzen Sie die Checklisten in [Kapitel 10](10-resources.md#media-checklist) vor jedem Interview und jedem Beitrag über namentlich genannte Personen.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Der Rahmenbeschluss 2008/913/JI des Rates vom 28. November 2008 zur strafrechtlichen Bekämpfung bestimmter Formen und Ausdrucksweisen von Rassismus und Fremdenfeindlichkeit verpflichtet die EU-Mitgliedstaaten, ein solches Verhalten unter Strafe zu stellen.
# Context: footnote in “What you can do”
media-fn-bed367bbdc20677b = 2016 vereinbarten die Europäische Kommission und mehrere große Online-Plattformen einen Verhaltenskodex zur Bekämpfung illegaler Hassrede im Internet, in dem sich die Plattformen verpflichteten, die meisten gültigen Meldungen binnen 24 Stunden zu prüfen.
