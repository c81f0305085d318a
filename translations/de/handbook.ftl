### Title, notices, terms and interface strings of the handbook in `de`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Migration und Integration
handbook-subtitle = Ein Handbuch für Gemeinschaften vor Ort
description = Wie Gemeinden, lokale Organisationen und Bürgerinnen und Bürger ehrlich über Migration und Integration sprechen können: Worte, Kampagnen, Schulungen, Medien und Kunst, mit Beispielen und Vorlagen.
language-name = Deutsch
publisher = Die Partnerschaft des Projekts CLARINET unter der Leitung der Gemeinde Lampedusa und Linosa
funding-notice = Dieses Handbuch wurde im Rahmen des Projekts CLARINET erstellt. Kofinanziert von der Europäischen Union.
disclaimer = Die geäußerten Ansichten und Meinungen entsprechen jedoch ausschließlich denen des Autors bzw. der Autoren und spiegeln nicht zwingend die der Europäischen Union oder der Europäischen Kommission wider. Weder die Europäische Union noch die Europäische Kommission können dafür oder für eine etwaige Verwendung der darin enthaltenen Informationen verantwortlich gemacht werden.
alert-important = Gute Praxis
-clarinet = CLARINET
-project-site = www.clarinetproject.eu
-migrant = Migrant
-migrants = Migrantinnen und Migranten
-refugee = Flüchtling
-refugees = Flüchtlinge
-asylum-seeker = Asylwerber
-asylum-seekers = Asylwerberinnen und Asylwerber
-integration = Integration
-local-community = Gemeinschaft vor Ort
-local-communities = Gemeinschaften vor Ort
-hate-speech = Hassrede
