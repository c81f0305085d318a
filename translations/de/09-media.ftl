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
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
media-p-ee59cd03b8c78b09 = Manche Gemeinden laden ein- oder zweimal im Jahr zu einem informellen Treffen von Lokaljournalistinnen und -journalisten, Gemeindebediensteten, NGOs und Neuankömmlingen ein – ohne Presseaussendung und ohne Tagesordnung außer dem gegenseitigen Kennenlernen. Diese Kontakte machen sich bezahlt, wenn eine schwierige Geschichte bekannt wird.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent and safety
media-h-66b70c05fee0e1a8 = Einwilligung und Sicherheit
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
media-p-febd1ccc2abcabaa = Bevor Sie jemanden für ein Interview vorschlagen oder Namen, Foto oder Geschichte einer Person veröffentlichen, stellen Sie sicher, dass sie versteht, was geschehen wird, und freiwillig zustimmt. Bieten Sie Möglichkeiten an: nur der Vorname, kein Gesicht, ein geänderter Ort. Für { -asylum-seekers }, deren Verfahren noch offen ist, und für alle, deren Familie in Gefahr ist, kann Öffentlichkeit echte Risiken bergen. Bei Kindern braucht es die Einwilligung der Eltern oder der Obsorgeberechtigten.
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
media-p-4ac040ee8a52eec6 = Eine Einwilligung ist kein Formular, das man einmal unterschreibt. Wer zugestimmt hat, bei einem Fest fotografiert zu werden, hat nicht zugestimmt, auf einem Plakat zu erscheinen. Fragen Sie bei jeder neuen Verwendung erneut.

# Context: paragraph in “Stories, photos and personal data”
# media-p-03c775c5fe8ee0f9 = **Saying no must be free.** Many { -newcomers } depend on the municipality or an NGO for housing, money or advice. Say clearly, and in writing, that refusing has no effect on any service or support.


# Context: paragraph in “Stories, photos and personal data”
# media-p-bef7b3f0cdbeea9c = **People can change their mind.** Under the GDPR, a person can withdraw consent at any time[^gdpr]. You must then stop new uses and remove what you can, such as online posts. Printed books, posters, murals and broadcasts cannot be taken back, so tell people this before they agree.


# Context: paragraph in “Stories, photos and personal data”
# media-p-52b772917dd6726d = **Risks linked to asylum.** While an asylum procedure is open, a public story that differs from the asylum interview, even in small details, can be used to doubt the person's credibility. A name or a face can also be recognised by the people they fled, and put relatives in danger. When in doubt, leave out the name, the face and the journey.


# Context: paragraph in “Stories, photos and personal data”
# media-p-df02d5bda2541038 = **Children.** A child needs the consent of a parent or, if the child is unaccompanied, of the guardian appointed by the authorities. Ask the child too, and respect a "no". UNICEF's guidelines for reporting on children advise changing the name and hiding the identity of refugee or asylum-seeking children wherever there is a risk of harm.


# Context: paragraph in “Stories, photos and personal data”
# media-p-6d657eceb5dd360e = **Personal data.** A photo, video or story of a person who can be recognised is personal data. For a campaign, the legal basis is usually consent (GDPR Article 6). Ethnic origin, religion, political opinions and health are "special categories" that need explicit consent (Article 9). Agree who keeps the material, for how long and who may receive it, and delete it when that time ends. Every public authority has a data protection officer (Article 37): ask yours for advice before the campaign starts.

# Context: heading
media-h-b904a77155606517 = Soziale Medien
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Über soziale Medien können Gemeinden schnell und günstig direkt mit der Bevölkerung sprechen – aber sie verbreiten auch Gerüchte und Feindseligkeit schneller als jeder andere Kanal. Ein paar Grundsätze helfen:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Regelmäßig posten, nicht nur in Krisen.__ Ein stetiger Strom von Alltagsgeschichten baut ein Publikum auf, das Sie kennt und Ihnen vertraut, bevor etwas Schwieriges passiert.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Menschen und Bilder zeigen.__ Kurze Videos, Fotos und Zitate von Alteingesessenen und Neuankömmlingen verbreiten sich weiter als offizielle Mitteilungen.
# Context: list item in “Social media”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
media-li-4996cbe7525622a8 = __Moderationsrichtlinien schreiben__ und veröffentlichen. Sagen Sie, welche Kommentare Sie entfernen – etwa Beleidigungen, Drohungen und { -hate-speech } – und wenden Sie die Regel auf alle an.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Aktiv moderieren__, besonders in den ersten Stunden nach einem Beitrag. Verbergen oder löschen Sie Kommentare, die gegen Ihre Regeln verstoßen, und beantworten Sie ehrliche Fragen mit Fakten.
# Context: heading
media-h-588bc7bba18e6775 = Falschinformationen entgegentreten
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Falsche Behauptungen über Migration verbreiten sich leicht, weil sie mit der Angst spielen. Typische Beispiele sind Behauptungen, Neuankömmlinge bekämen mehr Sozialleistungen als Alteingesessene, oder eine Straftat sei von „einem Migranten“ begangen worden, obwohl das nicht stimmt.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Rasch reagieren__ – mit genauen Informationen aus einer vertrauenswürdigen Quelle. Je länger ein Gerücht unwidersprochen kursiert, desto schwerer ist es richtigzustellen.
# Context: list item in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
media-li-daefe32337bed2e2 = __Mit der Wahrheit beginnen.__ Nennen Sie zuerst die Fakten, erwähnen Sie die falsche Behauptung nur kurz und erklären Sie, warum sie falsch ist. Wiederholen Sie die falsche Behauptung nicht in einer Überschrift.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Vertrauenswürdige Stimmen einsetzen.__ Eine Ärztin vor Ort, ein Schuldirektor oder eine Polizistin ist vielleicht überzeugender als die Gemeinde oder eine NGO.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Auf die Sorge eingehen, nicht nur auf den Fehler.__ Hinter vielen Gerüchten steckt eine echte Sorge – um Wohnraum, Sicherheit oder Gerechtigkeit. Nehmen Sie diese Sorge ernst.
# Context: paragraph in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
media-p-e0d4434c5c5a3e07 = Diskutieren Sie nicht endlos mit ein paar lauten Accounts. Ihr Publikum ist die größere Gruppe, die still mitliest. Geben Sie ihr einmal eine klare, ruhige und sachliche Antwort – und dann machen Sie weiter.
# Context: heading
media-h-b46fce82289f0239 = Auf Hassrede reagieren
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Hassrede greift Menschen an, weil sie sind, wer sie sind. Sie verletzt die Betroffenen, verängstigt andere und lässt Feindseligkeit normal erscheinen, wenn ihr niemand widerspricht. In den EU-Ländern ist die öffentliche Aufstachelung zu Gewalt oder Hass gegen eine nach „Rasse“, Hautfarbe, Religion, Abstammung oder nationaler oder ethnischer Herkunft definierte Gruppe strafbar[^framework]. Viele hasserfüllte Inhalte liegen unter dieser Schwelle, verstoßen aber dennoch gegen die Regeln der Plattformen und einer anständigen öffentlichen Debatte.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Was Akteure vor Ort tun können:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentieren__ Sie hasserfüllte Postings mit Screenshots, Datum und Links, bevor sie verschwinden.
# Context: list item in “Responding to hate speech”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
media-li-f2acff311f7febe1 = __Melden__ Sie sie der Plattform und, wenn sie rechtswidrig sein könnten, der Polizei oder einer nationalen Gleichbehandlungsstelle. Große Plattformen haben sich verpflichtet, Meldungen über illegale Hassrede rasch zu prüfen[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Unterstützen__ Sie die Betroffenen. Nehmen Sie privat Kontakt auf, fragen Sie, was sie brauchen, und zeigen Sie öffentlich, dass die Gemeinschaft hinter ihnen steht.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Reagieren__ Sie mit einer klaren öffentlichen Botschaft einer angesehenen Stimme: Hass hat in unserem Ort keinen Platz.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Verstärken Sie nichts.__ Zitieren Sie hasserfüllte Worte nicht vollständig und teilen Sie sie nie, nur um sie zu verurteilen.

# Context: heading
# media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours

# Context: paragraph in “When something goes wrong: the first 72 hours”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
media-p-5c9d0666c6f6cac0 = Vereinbaren Sie mit Ihren Partnern einen Reaktionsplan, bevor etwas passiert: wer beobachtet, wer meldet, wer öffentlich spricht und wer die Betroffenen unterstützt. In einem schwierigen Moment spart ein Plan Stunden.

# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-e4f6edfe5d6ea522 = a crime in which a suspect is said to be a { -newcomer };


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-4e32014cd9b7727a = deaths at sea or at a border;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-dad780d15c6a3cd6 = the sudden arrival of many people;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-b0db4fbf486417b4 = a decision to open a reception centre;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-99cb138032c6afa0 = a protest against { -newcomers }, or an attack on them.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-05d0c31aa30431da = What you say in the first hours shapes the story for weeks. Decide now who will speak, who will check facts and who will watch social media. When something happens, check the facts first. Show sympathy for any victims, and never blame a group for the act of one person. Say when the next update will come, and protect the people who are being targeted.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-38397186eb8f8217 = The [checklist for the first 72 hours](10-resources.md#crisis-checklist) and a holding statement template are in chapter 10.

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
# media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).

# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Nutzen Sie die Checklisten in [Kapitel 10](10-resources.md#media-checklist) vor jedem Interview und jedem Beitrag über namentlich genannte Personen.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Der Rahmenbeschluss 2008/913/JI des Rates vom 28. November 2008 zur strafrechtlichen Bekämpfung bestimmter Formen und Ausdrucksweisen von Rassismus und Fremdenfeindlichkeit verpflichtet die EU-Mitgliedstaaten, ein solches Verhalten unter Strafe zu stellen.
# Context: footnote in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
media-fn-abaa73d7e8a24f57 = 2016 vereinbarten die Europäische Kommission und mehrere große Online-Plattformen einen Verhaltenskodex zur Bekämpfung illegaler Hassrede im Internet, in dem sich die Plattformen verpflichteten, die meisten gültigen Meldungen binnen 24 Stunden zu prüfen.

# Context: footnote in “What you can do”
# media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.

