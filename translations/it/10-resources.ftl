# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Liste di controllo, modelli e letture di approfondimento
# Context: heading
resources-h-555c87bec75af099 = Come usare questi strumenti
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = Questo capitolo raccoglie in un unico posto gli strumenti pratici del manuale. Copiateli, traduceteli e adattateli: una lista di controllo che sta in una pagina è una lista di controllo che si usa davvero.
# Context: heading
resources-h-614c98740e77fecc = Piano di campagna in una pagina
# Context: paragraph in “One-page campaign plan”
resources-p-07656a676e5fab74 = Compilate questo modello con i vostri partner all'inizio di una campagna. Segue le sette fasi del ciclo della campagna descritto nel [capitolo 5](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Fase
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Domanda a cui rispondere
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = I vostri appunti
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Obiettivo
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Che cosa dovrebbe essere diverso dopo la campagna, e per chi?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Scrivete una frase.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Pubblico
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Quale gruppo vogliamo raggiungere più di tutti? Che cosa gli sta a cuore? Di chi si fida?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Descrivete uno o due gruppi.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Messaggio
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Che cosa vogliamo che ricordino?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = Una frase, provata con il pubblico.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Canali
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Dove incontreranno il nostro messaggio?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Due o tre canali.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Partner
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Chi pianifica con noi, chi ci aiuta, chi diffonde il messaggio? Tra gli organizzatori ci sono nuovi arrivati?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Nomi e ruoli.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Bilancio
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Di quanto denaro e di quanto tempo abbiamo bisogno? Che cosa possono offrire i partner in natura?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Totale, riserva, valutazione.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Valutazione
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Come sapremo chi abbiamo raggiunto e che cosa è cambiato?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Indicatori e date.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Calendario
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Quando iniziamo, quando lanciamo la campagna, quando presentiamo la relazione?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Date chiave.
# Context: heading
resources-h-55d093b1096256ee = Lista di controllo: prima di un evento
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = L'evento ha uno scopo chiaro, legato all'obiettivo della campagna.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = I nuovi arrivati sono tra gli organizzatori, non solo tra gli ospiti.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = La sede è accessibile, gratuita o economica, e familiare al pubblico.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Le informazioni sono disponibili nelle principali lingue del pubblico.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = L'orario è adatto a chi lavora e alle famiglie; si è pensato alla custodia dei bambini.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Il cibo e i momenti informali danno alle persone l'occasione di parlare.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = I fotografi sanno chi ha accettato di essere fotografato e chi no.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = C'è un piano in caso di disordini o comportamenti ostili.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Sapete come raccoglierete i riscontri dei partecipanti.
# Context: heading
resources-h-e7bad87c6d9edf07 = Lista di controllo: consenso
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = La persona ha capito a che cosa servono la storia, la foto o il video.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = Sa dove compariranno: stampa, online, manifesto, mostra.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = Sa che i materiali online possono restare visibili a lungo.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = Ha scelto come sarà nominata e mostrata.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Si è parlato dei rischi per lei o per la sua famiglia, soprattutto durante una procedura di asilo.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = Per i minori, i genitori o i tutori hanno dato il consenso, e anche il minore è stato interpellato.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Il consenso viene richiesto di nuovo per ogni nuovo utilizzo.
# Context: heading
resources-h-77f96f56a2faf03e = Lista di controllo: media e social media
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Prima di un'intervista:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Conosco il giornalista, la testata e l'argomento?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Ho due o tre punti chiave, con fatti e fonti?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Ho verificato le mie parole con il glossario?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Se interverrà un nuovo arrivato, ha dato il suo consenso e si è preparato?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Prima di un post:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Il post parla di persone, è locale e accurato?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Le persone ritratte hanno dato il consenso per questo utilizzo?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = C'è qualcuno pronto a moderare i commenti nelle prossime ore?
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Quando compare una voce infondata o un post d'odio:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Documentatelo con una schermata, la data e il link.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Segnalatelo se viola le regole della piattaforma o la legge.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Rispondete una sola volta, con calma, con i fatti e una fonte affidabile.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Sostenete le persone prese di mira.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = Conservate le tre liste di controllo di questo capitolo in una cartella condivisa accessibile a tutti i partner, e rivedetele insieme una volta l'anno. Aggiungete le lezioni che imparate strada facendo: la lista di controllo migliore è quella scritta a partire dalla vostra esperienza.
# Context: heading
resources-h-4082f515b2f4929c = Per approfondire
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Queste fonti sono pubbliche, affidabili e aggiornate regolarmente.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Il sito web del progetto CLARINET__, { -project-site }, con i materiali e le notizie del progetto: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __La Commissione europea__, che pubblica le politiche dell'UE in materia di migrazione, asilo e integrazione, compreso il Piano d'azione per l'integrazione e l'inclusione 2021-2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Il Sito web europeo sull'integrazione__, gestito dalla Commissione europea, con notizie e una raccolta di pratiche di integrazione da tutta Europa.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __L'Agenzia ONU per i Rifugiati (UNHCR)__, per definizioni, testi giuridici e dati su { -refugees } e { -asylum-seekers } in tutto il mondo.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __L'Organizzazione internazionale per le migrazioni (OIM)__, per il suo glossario dei termini della migrazione e i suoi dati sulle rotte migratorie.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Eurostat__ e **l'Agenzia dell'Unione europea per l'asilo (EUAA)**, per le statistiche europee ufficiali su asilo e migrazione.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __L'autorità nazionale competente in materia di asilo e l'organismo nazionale per la parità__, per dati, procedure e sostegno nel vostro Paese e nella vostra lingua.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = I siti web cambiano. Se una pagina è stata spostata, cercate il nome dell'organizzazione e il titolo del documento. Verificate sempre la data di ogni dato che usate.
# Context: heading
resources-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Stampate il piano di campagna in una pagina e compilatelo alla prossima riunione con i partner.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Inserite le liste di controllo per gli eventi e per il consenso nella cartella di chiunque organizzi attività pubbliche.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Traducete le liste di controllo nelle lingue più parlate dai nuovi arrivati della vostra città.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Condividete ciò che avete imparato con un'altra città. Lo scambio di buone pratiche tra { -local-communities } è stato il cuore di { -clarinet }, e ora può continuare nelle vostre mani.
