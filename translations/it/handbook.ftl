### Title, notices, terms and interface strings of the handbook in `it`.

handbook-title = Migrazione e integrazione
handbook-subtitle = Un manuale per le comunità locali
description = Come comuni, organizzazioni locali e cittadini possono parlare di migrazione e integrazione con onestà: parole, campagne, formazione, media e arte, con esempi e modelli.
language-name = Italiano
publisher = Il partenariato del progetto CLARINET, guidato dal Comune di Lampedusa e Linosa
funding-notice = Questo manuale è stato realizzato nell'ambito del progetto CLARINET, cofinanziato dal Fondo Asilo, migrazione e integrazione (FAMI) dell'Unione europea.
disclaimer = Il contenuto di questo manuale rappresenta esclusivamente il punto di vista degli autori ed è di loro esclusiva responsabilità. La Commissione europea non si assume alcuna responsabilità per l'uso che potrebbe essere fatto delle informazioni in esso contenute.
funding-statement = Cofinanziato dall'Unione europea
funding-programme = Fondo Asilo, migrazione e integrazione (FAMI) dell'Unione europea
partners = Comune di Lampedusa e Linosa (capofila), Africa e Mediterraneo (segreteria del progetto), BJCEM, Novapolis, Comune di Costanza, Comune di Črnomelj e gli altri partner del progetto CLARINET
alert-important = Buona pratica
-clarinet = CLARINET
-project-site = www.clarinetproject.eu
-migrant = migrante
-migrants = migranti
-refugee = rifugiato
-refugees = rifugiati
-asylum-seeker = richiedente asilo
-asylum-seekers = richiedenti asilo
-integration = integrazione
-local-community = comunità locale
-local-communities = comunità locali
-hate-speech = discorsi d’odio
-newcomer = nuovo arrivato
-newcomers = nuovi arrivati
-temporary-protection = protezione temporanea
