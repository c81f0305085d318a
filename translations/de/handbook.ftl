### Title, notices, terms and interface strings of the handbook in `de`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Migration und Integration
handbook-subtitle = Ein Handbuch für Gemeinschaften vor Ort
description = Wie Gemeinden, lokale Organisationen und Bürgerinnen und Bürger ehrlich über Migration und Integration sprechen können: Worte, Kampagnen, Schulungen, Medien und Kunst, mit Beispielen und Vorlagen.
language-name = Deutsch
publisher = Die Partnerschaft des Projekts CLARINET unter der Leitung der Gemeinde Lampedusa und Linosa
funding-notice = Dieses Handbuch entstand im Projekt CLARINET, das aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union kofinanziert wurde.
disclaimer = Der Inhalt dieses Handbuchs gibt ausschließlich die Meinung der Autorinnen und Autoren wieder, die dafür allein verantwortlich sind. Die Europäische Kommission übernimmt keine Haftung für die etwaige Verwendung der darin enthaltenen Informationen.
funding-statement = Kofinanziert von der Europäischen Union
funding-programme = Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union
partners = Gemeinde Lampedusa und Linosa (Lead-Partner), Africa e Mediterraneo (Projektsekretariat), BJCEM, Novapolis, Gemeinde Constanța, Gemeinde Črnomelj und die weiteren Partner des Projekts CLARINET
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
-newcomer =
    { $case ->
       *[nom] Neuankömmling
        [acc] Neuankömmling
        [dat] Neuankömmling
        [gen] Neuankömmlings
    }
-newcomers =
    { $case ->
       *[nom] Neuankömmlinge
        [acc] Neuankömmlinge
        [dat] Neuankömmlingen
        [gen] Neuankömmlinge
    }
-temporary-protection =
    { $case ->
       *[nom] vorübergehender Schutz
        [acc] vorübergehenden Schutz
        [dat] vorübergehendem Schutz
        [gen] vorübergehenden Schutzes
    }
