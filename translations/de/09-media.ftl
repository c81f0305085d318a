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
media-p-ee59cd03b8c78b09 = Manche Gemeinden laden ein- oder zweimal im Jahr zu einem informellen Treffen von Lokaljournalistinnen und -journalisten, Gemeindebediensteten, NGOs und Neuankömmlingen ein – ohne Presseaussendung und ohne Tagesordnung außer dem gegenseitigen Kennenlernen. Diese Kontakte helfen, wenn plötzlich schlechte Nachrichten kommen.
# Context: heading
media-h-66b70c05fee0e1a8 = Geschichten, Fotos und personenbezogene Daten
# Context: paragraph in “Stories, photos and personal data”
media-p-febd1ccc2abcabaa = Echte Geschichten und Fotos machen eine Kampagne lebendig, sie können Menschen aber auch in Gefahr bringen. Prüfen Sie die folgenden Punkte, bevor Sie Namen, Gesicht oder Geschichte einer Person veröffentlichen oder sie für ein Interview vorschlagen.
# Context: paragraph in “Stories, photos and personal data”
media-p-4ac040ee8a52eec6 = __Einwilligung ist ein Gespräch.__ Erklären Sie, wofür das Material gedacht ist, wo es erscheinen wird, wie lange Sie es aufbewahren und wer es sonst noch verwenden darf. Bieten Sie Möglichkeiten an: nur der Vorname, kein Gesicht, ein geänderter Ort – oder gar keine Geschichte. Ziehen Sie bei Bedarf eine Dolmetscherin oder einen Dolmetscher bei und lassen Sie der Person Zeit zum Überlegen. Halten Sie die Antwort mit der [Einwilligungserklärung in Kapitel 10](10-resources.md#consent-form) fest. Fragen Sie bei jeder neuen Verwendung erneut: Wer einem Foto bei einem Fest zugestimmt hat, hat keinem Plakat zugestimmt.
# Context: paragraph in “Stories, photos and personal data”
media-p-03c775c5fe8ee0f9 = __Nein sagen muss folgenlos sein.__ Viele { -newcomers } sind bei Wohnung, Geld oder Beratung auf die Gemeinde oder eine NGO angewiesen. Sagen Sie klar, und zwar schriftlich, dass eine Ablehnung keinerlei Auswirkungen auf Leistungen oder Unterstützung hat.
# Context: paragraph in “Stories, photos and personal data”
media-p-bef7b3f0cdbeea9c = __Menschen können ihre Meinung ändern.__ Nach der DSGVO kann eine Person ihre Einwilligung jederzeit widerrufen[^gdpr]. Dann müssen Sie jede weitere Verwendung beenden und entfernen, was Sie entfernen können, etwa Online-Beiträge. Gedruckte Bücher, Plakate, Wandbilder und Sendungen lassen sich nicht zurückholen – sagen Sie das den Menschen, bevor sie zustimmen.
# Context: paragraph in “Stories, photos and personal data”
media-p-52b772917dd6726d = __Risiken im Asylverfahren.__ Solange ein Asylverfahren läuft, kann eine öffentliche Geschichte, die von der Einvernahme im Asylverfahren abweicht – auch nur in kleinen Details –, dazu verwendet werden, die Glaubwürdigkeit der Person anzuzweifeln. Ein Name oder ein Gesicht kann außerdem von denen erkannt werden, vor denen die Person geflohen ist, und Angehörige in Gefahr bringen. Lassen Sie im Zweifel den Namen, das Gesicht und die Fluchtgeschichte weg.
# Context: paragraph in “Stories, photos and personal data”
media-p-df02d5bda2541038 = __Kinder.__ Für ein Kind braucht es die Einwilligung eines Elternteils oder, wenn das Kind unbegleitet ist, der behördlich bestellten Obsorgeberechtigten. Fragen Sie auch das Kind selbst und respektieren Sie ein „Nein“. Die UNICEF-Leitlinien für die Berichterstattung über Kinder empfehlen, bei geflüchteten oder asylsuchenden Kindern den Namen zu ändern und die Identität zu verbergen, wann immer ein Schaden droht.
# Context: paragraph in “Stories, photos and personal data”
media-p-6d657eceb5dd360e = __Personenbezogene Daten.__ Ein Foto, ein Video oder eine Geschichte über eine erkennbare Person sind personenbezogene Daten. Für eine Kampagne ist die Rechtsgrundlage meist die Einwilligung (Art. 6 DSGVO). Ethnische Herkunft, Religion, politische Meinungen und Gesundheit gehören zu den „besonderen Kategorien personenbezogener Daten“, für die eine ausdrückliche Einwilligung nötig ist (Art. 9). Vereinbaren Sie, wer das Material aufbewahrt, wie lange und wer es erhalten darf, und löschen Sie es, wenn diese Frist abgelaufen ist. Jede Behörde hat eine Datenschutzbeauftragte oder einen Datenschutzbeauftragten (Art. 37): Holen Sie sich dort Rat, bevor die Kampagne beginnt.
# Context: heading
media-h-b904a77155606517 = Soziale Medien
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Über soziale Medien können Gemeinden schnell und günstig direkt mit der Bevölkerung sprechen – aber sie verbreiten auch Gerüchte und Feindseligkeit schneller als jeder andere Kanal. Ein paar Grundsätze helfen:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Regelmäßig posten, nicht nur in Krisen.__ Ein stetiger Strom von Alltagsgeschichten baut ein Publikum auf, das Sie kennt und Ihnen vertraut, bevor etwas Schwieriges passiert.
# Context: list item in “Social media”
media-li-4996cbe7525622a8 = __Moderationsrichtlinien schreiben__ und veröffentlichen. Sagen Sie, welche Kommentare Sie entfernen – etwa Beleidigungen, Drohungen und { -hate-speech } – und wenden Sie die Regel auf alle an. Ein Muster finden Sie in [Kapitel 10](10-resources.md#moderation-policy).
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Aktiv moderieren__, besonders in den ersten Stunden nach einem Beitrag. Verbergen oder löschen Sie Kommentare, die gegen Ihre Regeln verstoßen, und beantworten Sie ehrliche Fragen mit Fakten.
# Context: heading
media-h-588bc7bba18e6775 = Falschinformationen entgegentreten
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Falsche Behauptungen über Migration verbreiten sich leicht, weil sie mit der Angst spielen. Typische Beispiele sind Behauptungen, Neuankömmlinge bekämen mehr Sozialleistungen als Alteingesessene, oder eine Straftat sei von „einem Migranten“ begangen worden, obwohl das nicht stimmt.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Rasch reagieren__ – mit genauen Informationen aus einer vertrauenswürdigen Quelle. Je länger ein Gerücht unwidersprochen kursiert, desto schwerer ist es richtigzustellen.
# Context: list item in “Countering misinformation”
media-li-daefe32337bed2e2 = __Mit der Wahrheit beginnen.__ Nennen Sie zuerst die Tatsache. Kündigen Sie an, dass eine falsche Behauptung folgt, erwähnen Sie sie ein einziges Mal und erklären Sie, warum sie falsch ist. Wiederholen Sie dann die Tatsache. Wiederholen Sie die falsche Behauptung nicht in einer Überschrift.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Vertrauenswürdige Stimmen einsetzen.__ Eine Ärztin vor Ort, ein Schuldirektor oder eine Polizistin ist vielleicht überzeugender als die Gemeinde oder eine NGO.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Auf die Sorge eingehen, nicht nur auf den Fehler.__ Hinter vielen Gerüchten steckt eine echte Sorge – um Wohnraum, Sicherheit oder Gerechtigkeit. Nehmen Sie diese Sorge ernst.
# Context: paragraph in “Countering misinformation”
media-p-e0d4434c5c5a3e07 = Diskutieren Sie nicht endlos mit ein paar sehr aktiven Accounts. Ihr Publikum ist die größere Gruppe, die still mitliest. Geben Sie ihr einmal eine klare, ruhige und sachliche Antwort – und dann machen Sie weiter.
# Context: heading
media-h-b46fce82289f0239 = Auf Hassrede reagieren
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Hassrede greift Menschen an, weil sie sind, wer sie sind. Sie verletzt die Betroffenen, verängstigt andere und lässt Feindseligkeit normal erscheinen, wenn ihr niemand widerspricht. In den EU-Ländern ist die öffentliche Aufstachelung zu Gewalt oder Hass gegen eine nach „Rasse“, Hautfarbe, Religion, Abstammung oder nationaler oder ethnischer Herkunft definierte Gruppe strafbar[^framework]. Viele hasserfüllte Inhalte liegen unter dieser Schwelle, verstoßen aber dennoch gegen die Regeln der Plattformen und einer anständigen öffentlichen Debatte.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Was Akteure vor Ort tun können:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentieren__ Sie hasserfüllte Postings mit Screenshots, Datum und Links, bevor sie verschwinden.
# Context: list item in “Responding to hate speech”
media-li-f2acff311f7febe1 = __Melden__ Sie sie der Plattform über deren Meldeformular und, wenn sie rechtswidrig sein könnten, der Polizei oder einer nationalen Gleichbehandlungsstelle. Nach dem Gesetz über digitale Dienste müssen Plattformen gegen gemeldete rechtswidrige Inhalte vorgehen. Meldungen anerkannter „vertrauenswürdiger Hinweisgeber“, oft NGOs, müssen vorrangig bearbeitet werden[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Unterstützen__ Sie die Betroffenen. Nehmen Sie privat Kontakt auf, fragen Sie, was sie brauchen, und zeigen Sie öffentlich, dass die Gemeinschaft hinter ihnen steht.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Reagieren__ Sie mit einer klaren öffentlichen Botschaft einer angesehenen Stimme: Hass hat in unserem Ort keinen Platz.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Verstärken Sie nichts.__ Zitieren Sie hasserfüllte Worte nicht vollständig und teilen Sie sie nie, nur um sie zu verurteilen.
# Context: heading
media-h-3473df0a167dab12 = Wenn etwas schiefgeht: die ersten 72 Stunden
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-05d0c31aa30431da = Was Sie in den ersten Stunden sagen, prägt die Geschichte über Wochen. Legen Sie jetzt fest, wer spricht, wer die Fakten prüft und wer die sozialen Medien im Blick behält. Wenn etwas passiert, prüfen Sie zuerst die Fakten. Zeigen Sie Mitgefühl mit den Opfern und machen Sie nie eine ganze Gruppe für die Tat eines Einzelnen verantwortlich. Sagen Sie, wann die nächste Information kommt, und schützen Sie die Menschen, die angegriffen werden.
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-38397186eb8f8217 = Die [Checkliste für die ersten 72 Stunden](10-resources.md#crisis-checklist) und eine Vorlage für eine erste Stellungnahme finden Sie in Kapitel 10.
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
media-li-813dc440a3f3bf16 = Legen Sie fest, wer in den ersten 72 Stunden einer Krise handelt, und nutzen Sie dafür die [Checkliste in Kapitel 10](10-resources.md#crisis-checklist).
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Nutzen Sie die Checklisten in [Kapitel 10](10-resources.md#media-checklist) vor jedem Interview und jedem Beitrag über namentlich genannte Personen.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Der Rahmenbeschluss 2008/913/JI des Rates vom 28. November 2008 zur strafrechtlichen Bekämpfung bestimmter Formen und Ausdrucksweisen von Rassismus und Fremdenfeindlichkeit verpflichtet die EU-Mitgliedstaaten, ein solches Verhalten unter Strafe zu stellen.
# Context: footnote in “What you can do”
media-fn-abaa73d7e8a24f57 = Das Gesetz über digitale Dienste (Verordnung (EU) 2022/2065) gilt seit 17. Februar 2024 vollständig. Es verpflichtet Online-Plattformen, ein Verfahren zur Meldung rechtswidriger Inhalte anzubieten und gegen gemeldete Inhalte vorzugehen. In jedem Land vergibt der Koordinator für digitale Dienste den Status des vertrauenswürdigen Hinweisgebers; die Europäische Kommission veröffentlicht eine Liste. Im Jänner 2025 wurde ein überarbeiteter „Verhaltenskodex zur Bekämpfung illegaler Hassrede im Internet +“, der an den Kodex von 2016 anschließt, in den Rahmen des Gesetzes aufgenommen.
# Context: footnote in “What you can do”
media-fn-4725cc01c4c554dd = Verordnung (EU) 2016/679, die Datenschutz-Grundverordnung (DSGVO). Art. 7 Abs. 3 regelt den Widerruf der Einwilligung.
