### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
resources-title-07d9b641 = Liste di controllo, modelli e letture di approfondimento

# Context: heading
resources-h-c497408f = Come usare questi strumenti

# Context: paragraph in “How to use these tools”
resources-p-e6aae41b = Questo capitolo raccoglie in un unico posto gli strumenti pratici del manuale. Copiateli, traduceteli e adattateli: una lista di controllo che sta in una pagina è una lista di controllo che si usa davvero.

# Context: heading
resources-h-82a85ae9 = Piano di campagna in una pagina

# Context: paragraph in “One-page campaign plan”
resources-p-a31a7be5 = Compilate questo modello con i vostri partner all'inizio di una campagna. Segue le sette fasi del ciclo della campagna descritto nel [capitolo 5](05-campaign.md#cycle).

# Context: table cell in “One-page campaign plan”
resources-cell-c68bcfea = Fase

# Context: table cell in “One-page campaign plan”
resources-cell-8ded2eae = Domanda a cui rispondere

# Context: table cell in “One-page campaign plan”
resources-cell-ca7daa35 = I vostri appunti

# Context: table cell in “One-page campaign plan”
resources-cell-c91a47e8 = Obiettivo

# Context: table cell in “One-page campaign plan”
resources-cell-d15a2f52 = Che cosa dovrebbe essere diverso dopo la campagna, e per chi?

# Context: table cell in “One-page campaign plan”
resources-cell-4628d5d6 = Scrivete una frase.

# Context: table cell in “One-page campaign plan”
resources-cell-b92c8f1f = Pubblico

# Context: table cell in “One-page campaign plan”
resources-cell-85be58a0 = Quale gruppo vogliamo raggiungere più di tutti? Che cosa gli sta a cuore? Di chi si fida?

# Context: table cell in “One-page campaign plan”
resources-cell-2427e815 = Descrivete uno o due gruppi.

# Context: table cell in “One-page campaign plan”
resources-cell-dc7f9775 = Messaggio

# Context: table cell in “One-page campaign plan”
resources-cell-cfada986 = Che cosa vogliamo che ricordino?

# Context: table cell in “One-page campaign plan”
resources-cell-18d17ecb = Una frase, provata con il pubblico.

# Context: table cell in “One-page campaign plan”
resources-cell-a2785cd0 = Canali

# Context: table cell in “One-page campaign plan”
resources-cell-db6e34e9 = Dove incontreranno il nostro messaggio?

# Context: table cell in “One-page campaign plan”
resources-cell-c4342208 = Due o tre canali.

# Context: table cell in “One-page campaign plan”
resources-cell-d9c6108d = Partner

# Context: table cell in “One-page campaign plan”
resources-cell-791c1f54 = Chi pianifica con noi, chi ci aiuta, chi diffonde il messaggio? Tra gli organizzatori ci sono nuovi arrivati?

# Context: table cell in “One-page campaign plan”
resources-cell-5f91f8ad = Nomi e ruoli.

# Context: table cell in “One-page campaign plan”
resources-cell-b415a87b = Bilancio

# Context: table cell in “One-page campaign plan”
resources-cell-921bf833 = Di quanto denaro e di quanto tempo abbiamo bisogno? Che cosa possono offrire i partner in natura?

# Context: table cell in “One-page campaign plan”
resources-cell-98f4a1c5 = Totale, riserva, valutazione.

# Context: table cell in “One-page campaign plan”
resources-cell-b88e6d9d = Valutazione

# Context: table cell in “One-page campaign plan”
resources-cell-0e972e8a = Come sapremo chi abbiamo raggiunto e che cosa è cambiato?

# Context: table cell in “One-page campaign plan”
resources-cell-81aaeaa4 = Indicatori e date.

# Context: table cell in “One-page campaign plan”
resources-cell-e15af7d2 = Calendario

# Context: table cell in “One-page campaign plan”
resources-cell-4a250ef6 = Quando iniziamo, quando lanciamo la campagna, quando presentiamo la relazione?

# Context: table cell in “One-page campaign plan”
resources-cell-3d301a6b = Date chiave.

# Context: heading
resources-h-e12a85d4 = Lista di controllo: prima di un evento

# Context: list item in “Checklist: before an event”
resources-li-e6788259 = L'evento ha uno scopo chiaro, legato all'obiettivo della campagna.

# Context: list item in “Checklist: before an event”
resources-li-9c9a8ae4 = I nuovi arrivati sono tra gli organizzatori, non solo tra gli ospiti.

# Context: list item in “Checklist: before an event”
resources-li-1f690940 = La sede è accessibile, gratuita o economica, e familiare al pubblico.

# Context: list item in “Checklist: before an event”
resources-li-62188913 = Le informazioni sono disponibili nelle principali lingue del pubblico.

# Context: list item in “Checklist: before an event”
resources-li-2b1cb6ec = L'orario è adatto a chi lavora e alle famiglie; si è pensato alla custodia dei bambini.

# Context: list item in “Checklist: before an event”
resources-li-0b7792e8 = Il cibo e i momenti informali danno alle persone l'occasione di parlare.

# Context: list item in “Checklist: before an event”
resources-li-b9e4a046 = I fotografi sanno chi ha accettato di essere fotografato e chi no.

# Context: list item in “Checklist: before an event”
resources-li-efc60acd = C'è un piano in caso di disordini o comportamenti ostili.

# Context: list item in “Checklist: before an event”
resources-li-d7c9374f = Sapete come raccoglierete i riscontri dei partecipanti.

# Context: heading
resources-h-f634f254 = Lista di controllo: consenso

# Context: list item in “Checklist: consent”
resources-li-4960ec18 = La persona ha capito a che cosa servono la storia, la foto o il video.

# Context: list item in “Checklist: consent”
resources-li-50220d54 = Sa dove compariranno: stampa, online, manifesto, mostra.

# Context: list item in “Checklist: consent”
resources-li-78fe7ca1 = Sa che i materiali online possono restare visibili a lungo.

# Context: list item in “Checklist: consent”
resources-li-277fdff4 = Ha scelto come sarà nominata e mostrata.

# Context: list item in “Checklist: consent”
resources-li-1edcf769 = Si è parlato dei rischi per lei o per la sua famiglia, soprattutto durante una procedura di asilo.

# Context: list item in “Checklist: consent”
resources-li-f4d5ee7b = Per i minori, i genitori o i tutori hanno dato il consenso, e anche il minore è stato interpellato.

# Context: list item in “Checklist: consent”
resources-li-a602fcdf = Il consenso viene richiesto di nuovo per ogni nuovo utilizzo.

# Context: heading
resources-h-5fc5d288 = Lista di controllo: media e social media

# Context: list item in “Checklist: media and social media”
resources-li-7e4b009b = Prima di un'intervista:

# Context: list item in “Checklist: media and social media”
resources-li-d982366b = Conosco il giornalista, la testata e l'argomento?

# Context: list item in “Checklist: media and social media”
resources-li-33c0eeac = Ho due o tre punti chiave, con fatti e fonti?

# Context: list item in “Checklist: media and social media”
resources-li-12103297 = Ho verificato le mie parole con il glossario?

# Context: list item in “Checklist: media and social media”
resources-li-37263ba8 = Se interverrà un nuovo arrivato, ha dato il suo consenso e si è preparato?

# Context: list item in “Checklist: media and social media”
resources-li-524c6a82 = Prima di un post:

# Context: list item in “Checklist: media and social media”
resources-li-1e8eb699 = Il post parla di persone, è locale e accurato?

# Context: list item in “Checklist: media and social media”
resources-li-37f2eacf = Le persone ritratte hanno dato il consenso per questo utilizzo?

# Context: list item in “Checklist: media and social media”
resources-li-074e3ba9 = C'è qualcuno pronto a moderare i commenti nelle prossime ore?

# Context: list item in “Checklist: media and social media”
resources-li-34e5596b = Quando compare una voce infondata o un post d'odio:

# Context: list item in “Checklist: media and social media”
resources-li-202aed5c = Documentatelo con una schermata, la data e il link.

# Context: list item in “Checklist: media and social media”
resources-li-f15be0b1 = Segnalatelo se viola le regole della piattaforma o la legge.

# Context: list item in “Checklist: media and social media”
resources-li-17f4db61 = Rispondete una sola volta, con calma, con i fatti e una fonte affidabile.

# Context: list item in “Checklist: media and social media”
resources-li-cc1a5b52 = Sostenete le persone prese di mira.

# Context: paragraph in “Checklist: media and social media”
resources-p-cec720e2 = Conservate le tre liste di controllo di questo capitolo in una cartella condivisa accessibile a tutti i partner, e rivedetele insieme una volta l'anno. Aggiungete le lezioni che imparate strada facendo: la lista di controllo migliore è quella scritta a partire dalla vostra esperienza.

# Context: heading
resources-h-2a37589d = Per approfondire

# Context: paragraph in “Further reading”
resources-p-bfbf1639 = Queste fonti sono pubbliche, affidabili e aggiornate regolarmente.

# Context: list item in “Further reading”
resources-li-9e4603be = **Il sito web del progetto CLARINET**, { -project-site }, con i materiali e le notizie del progetto: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
resources-li-44a62376 = **La Commissione europea**, che pubblica le politiche dell'UE in materia di migrazione, asilo e integrazione, compreso il Piano d'azione per l'integrazione e l'inclusione 2021-2027: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
resources-li-696e709e = **Il Sito web europeo sull'integrazione**, gestito dalla Commissione europea, con notizie e una raccolta di pratiche di integrazione da tutta Europa.

# Context: list item in “Further reading”
resources-li-43380a5a = **L'Agenzia ONU per i Rifugiati (UNHCR)**, per definizioni, testi giuridici e dati su { -refugees } e { -asylum-seekers } in tutto il mondo.

# Context: list item in “Further reading”
resources-li-c90c5064 = **L'Organizzazione internazionale per le migrazioni (OIM)**, per il suo glossario dei termini della migrazione e i suoi dati sulle rotte migratorie.

# Context: list item in “Further reading”
resources-li-5a29f75a = **Eurostat** e **l'Agenzia dell'Unione europea per l'asilo (EUAA)**, per le statistiche europee ufficiali su asilo e migrazione.

# Context: list item in “Further reading”
resources-li-9ebcd56e = **L'autorità nazionale competente in materia di asilo e l'organismo nazionale per la parità**, per dati, procedure e sostegno nel vostro Paese e nella vostra lingua.

# Context: paragraph in “Further reading”
resources-p-f71cf8ed = I siti web cambiano. Se una pagina è stata spostata, cercate il nome dell'organizzazione e il titolo del documento. Verificate sempre la data di ogni dato che usate.

# Context: heading
resources-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
resources-li-ab18ea03 = Stampate il piano di campagna in una pagina e compilatelo alla prossima riunione con i partner.

# Context: list item in “What you can do”
resources-li-404b6089 = Inserite le liste di controllo per gli eventi e per il consenso nella cartella di chiunque organizzi attività pubbliche.

# Context: list item in “What you can do”
resources-li-22994ea2 = Traducete le liste di controllo nelle lingue più parlate dai nuovi arrivati della vostra città.

# Context: list item in “What you can do”
resources-li-65f9f2e4 = Condividete ciò che avete imparato con un'altra città. Lo scambio di buone pratiche tra { -local-communities } è stato il cuore di { -clarinet }, e ora può continuare nelle vostre mani.
