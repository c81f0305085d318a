# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Pianificare una campagna di sensibilizzazione
# Context: heading
campaign-h-b58fcb4fc7d606c5 = Che cos’è una campagna locale
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = Una campagna di sensibilizzazione è un insieme pianificato di attività che, in un periodo di tempo limitato, mira a cambiare ciò che un gruppo di persone sa, prova o fa rispetto a un tema. Una campagna locale su migrazione e { -integration } potrebbe combinare ritratti sul giornale cittadino, una festa, un progetto scolastico, manifesti alle fermate dell’autobus e un breve video condiviso online.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = Le { -local-communities } di { -clarinet } hanno ideato otto campagne di questo tipo. Questo capitolo propone un metodo che qualsiasi città, ONG o scuola può usare, qualunque sia il suo budget.
# Context: heading
campaign-h-3041721e644d4666 = Il ciclo della campagna
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = Le buone campagne seguono un ciclo in sette fasi, e ciò che si impara alla fine alimenta la campagna successiva.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Sette fasi numerate, una sotto l’altra, ciascuna con una domanda guida e unite da frecce: 1 obiettivi, 2 pubblico, 3 messaggi, 4 canali, 5 partner, 6 budget, 7 valutazione, con una freccia che dalla valutazione risale agli obiettivi. In basso: pianificare, realizzare, imparare, poi ricominciare.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = Il ciclo della campagna: sette fasi dagli obiettivi alla valutazione, e poi di nuovo da capo
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = Le sette fasi di una campagna, in un ciclo
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Sette fasi numerate, una sotto l’altra, ciascuna con una domanda, unite da frecce: 1 obiettivi (che cosa deve cambiare?), 2 pubblico (chi vogliamo raggiungere?), 3 messaggi (che cosa diciamo?), 4 canali (dove lo diciamo?), 5 partner (chi lavora con noi?), 6 budget (che cosa possiamo permetterci?), 7 valutazione (che cosa ha funzionato?). Una freccia risale dalla valutazione agli obiettivi per la campagna successiva. In basso: pianificare, realizzare, imparare, poi ricominciare.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Obiettivi
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = Che cosa deve cambiare?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Pubblico
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = Chi vogliamo raggiungere?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Messaggi
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = Che cosa diciamo?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Canali
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Dove lo diciamo?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Partner
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Chi lavora con noi?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Budget
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = Che cosa possiamo permetterci?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Valutazione
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = Che cosa ha funzionato?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = Progetta, attua, impara, ricomincia
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = In pratica le fasi si sovrappongono: può capitare di trovare prima un partner e di definire l’obiettivo insieme. Il ciclo è una lista di controllo per ragionare, non un ordine rigido.
# Context: heading
campaign-h-32aa40a5d4b58434 = Fase 1: obiettivi
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Partite dal cambiamento che volete vedere. «Sensibilizzare» è troppo vago per orientare le decisioni. Chiedetevi piuttosto: dopo la campagna, che cosa dovrebbe essere diverso, e per chi? Gli obiettivi utili sono specifici, realistici e, dove possibile, misurabili. Per esempio:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = più residenti sanno che i nuovi arrivati in città lavorano in settori locali come l’assistenza, l’edilizia o l’agricoltura;
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = gli alunni di due scuole hanno incontrato coetanei arrivati di recente e hanno parlato con loro;
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = il giornale locale pubblica storie personali ed equilibrate sui nuovi arrivati, e non solo notizie di problemi.
# Context: heading
campaign-h-6195a34f20b4c26c = Fase 2: pubblico
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = «Il grande pubblico» non è un pubblico: sono tutti. Scegliete i gruppi che più vi interessa raggiungere e descriveteli con precisione.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = Spesso aiuta pensare a tre gruppi: i residenti già favorevoli, quelli decisamente ostili e un ampio gruppo intermedio di persone incerte, indaffarate o disinteressate. La maggior parte delle campagne riuscite si concentra sul gruppo intermedio e usa il gruppo favorevole come messaggero.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = Per ogni pubblico chiedetevi:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = Che cosa sa e pensa già della migrazione?
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = Che cosa gli sta più a cuore: la scuola dei figli, la sicurezza, il lavoro, il quartiere, la fede, la squadra di calcio?
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = Di chi si fida? Di un medico, di una guida religiosa, di un allenatore, di una nonna, di un influencer?
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = Dove si informa?
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Non dimenticate che anche i nuovi arrivati sono un pubblico. Una campagna che li invita, nelle loro lingue, a partecipare alla vita della città può valere quanto una rivolta ai residenti di lunga data.
# Context: heading
campaign-h-64f58707fcd5243e = Fase 3: messaggi
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = Il messaggio è ciò che volete che il vostro pubblico ricordi, e collega il vostro obiettivo a ciò che sta a cuore al pubblico. I messaggi che funzionano a livello locale hanno di solito alcune caratteristiche in comune:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __Parlano di persone, non di categorie.__ Un’infermiera, un fornaio o una studentessa con nome e cognome restano impressi più di «i migranti contribuiscono all’economia».
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __Sottolineano ciò che residenti e nuovi arrivati hanno in comune.__ Il lavoro, la famiglia, i figli, il calcio, il cibo, la musica, la fede, l’amore per la propria città.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __Sono locali.__ «La nostra città» è più vicina dell’«Europa».
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __Sono positivi ma onesti.__ Non fingete che non ci siano problemi: mostrate come li si sta risolvendo insieme.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __Invitano all’azione.__ Venite alla festa, entrate nel coro, salutate.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Prima di lanciare il messaggio, provatelo con alcune persone del vostro pubblico, compresi i nuovi arrivati, e verificate le parole con il [glossario](03-words.md#glossary).
# Context: heading
campaign-h-d4e795bddd135955 = Uno schema semplice per i messaggi
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = La «casa del messaggio» aiuta i partner a mettersi d’accordo su che cosa dire. Ne trovate una vuota nel [capitolo 10](10-resources.md#message-house). Il tetto è il messaggio principale, in una frase che chiunque possa ripetere. Lo reggono tre pilastri: gli argomenti a sostegno, ciascuno fondato su un fatto o una storia locale. Le fondamenta sono i vostri portavoce e l’azione che chiedete.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Costruite ogni messaggio in quattro passi:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = un valore condiviso dal vostro pubblico, come l’equità, la sicurezza o la famiglia;
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = una storia o un fatto locale che mostri questo valore;
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = che cosa si sta facendo, e chi lo fa;
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = un invito ad agire.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = Quando i residenti sono preoccupati, non liquidate le loro preoccupazioni. Riconoscetele, date il dato di fatto e mostrate la soluzione.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = Invece di
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Provate con
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = «Ondata di migranti sulla città»
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = «Questa settimana sono arrivate 30 persone; il Comune e i volontari hanno trovato loro un alloggio»
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = «Clandestini trovati in un camion»
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = «La polizia ha trovato persone nascoste in un camion; sono al sicuro e ricevono cure mediche»
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = «Migrante arrestato per furto»
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = «Uomo arrestato per furto» (indicate origine o status solo se pertinenti e confermati)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = «I rifugiati ci rubano il lavoro»
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = «Le aziende agricole e le case di riposo della zona cercano personale; alcune ora impiegano { -newcomers }»
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = «Poveri rifugiati, hanno bisogno del nostro aiuto»
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = «Un’infermiera formata in Siria sta imparando la lingua per poter lavorare nel nostro ambulatorio»
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = «È crisi: apre il centro di accoglienza»
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = «Lunedì apre un centro di accoglienza per 50 persone: ecco che cosa cambia e a chi rivolgersi»
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Titoli riscritti: che cosa scrivere al loro posto
# Context: heading
campaign-h-fb6d29fad2bf4c85 = Fase 4: canali
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = Scegliete i canali in base a dove si trova davvero il vostro pubblico, non in base alle mode.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Canale
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Utile per
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Attenzione a
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Eventi in presenza (feste, giornate a porte aperte, pasti condivisi)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Contatto reale tra residenti e nuovi arrivati; costruire fiducia
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Raggiungere solo chi è già interessato
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Scuole e gruppi giovanili
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Cambiamento a lungo termine; raggiungere i genitori attraverso i figli
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Richiede tempo e l’impegno degli insegnanti
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Stampa, radio e televisione locali
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Credibilità; raggiungere i residenti più anziani
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Controllo limitato sul servizio finale
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Social media
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Rapidità, condivisione, pubblico giovane
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Commenti ostili; serve moderazione
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Manifesti, striscioni, spazi pubblici
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Visibilità nella vita quotidiana
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Vandalismi; il messaggio deve essere compreso in pochi secondi
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Canali del Comune (sito web, newsletter, bacheche)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Autorevolezza istituzionale; costi ridotti
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Può sembrare burocratico; mantenete un tono umano
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Arte e cultura (mostre, teatro, musica)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Emozione; nuovi pubblici
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Servono buoni partner; si veda il [capitolo 7](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Canali di comunicazione: a che cosa serve ciascuno e a che cosa fare attenzione
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = La maggior parte delle campagne usa due o tre canali che si rafforzano a vicenda. Il [capitolo 9](09-media.md) offre consigli su come lavorare con i giornalisti e sui social media.
# Context: heading
campaign-h-9378785c2e274f26 = Fase 5: partner
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = I partner moltiplicano ciò che potete fare. Immaginateli disposti in tre cerchi:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Partner principali__, che pianificano e realizzano la campagna con voi:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = un ufficio comunale o la segreteria del sindaco;
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = una o due ONG che lavorano con i nuovi arrivati;
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = i nuovi arrivati stessi, come organizzatori e non solo come protagonisti delle storie.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Partner di supporto__, che aiutano in compiti specifici:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = scuole, biblioteche, centri culturali e società sportive;
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = media locali;
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = artisti e grafici.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Sostenitori__, che diffondono il vostro messaggio:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = figure locali stimate;
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = datori di lavoro e associazioni di categoria;
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = comunità religiose e reti di città.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Stabilite fin dall’inizio chi decide che cosa, chi parla con i media e come vengono citati i partner.
# Context: heading
campaign-h-fa58d30bdbfeb07d = Fase 6: budget
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = Una campagna non deve per forza essere costosa, ma ha bisogno di un budget realistico, anche se in gran parte è fatto di tempo più che di denaro.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Tenete da parte una riserva per gli imprevisti e prevedete fin dall’inizio fondi per la valutazione.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = Il [modello di budget](10-resources.md#budget-template) del capitolo 10 elenca le voci di spesa più comuni, con colonne per il denaro, i contributi in natura e chi paga.
# Context: heading
campaign-h-76bd0f182803cc9a = Fase 7: valutazione
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = La valutazione vi dice se la campagna ha raggiunto il suo obiettivo e che cosa fare meglio la prossima volta. Pianificatela quando fissate l’obiettivo, non alla fine. Misurate su tre livelli:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Attività__: che cosa avete fatto. Numero di eventi, manifesti, articoli, post.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Diffusione__: chi avete raggiunto. Partecipanti, lettori, visualizzazioni, condivisioni, scuole coinvolte.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Cambiamento__: che cosa è cambiato. Sondaggi prima e dopo, commenti dei partecipanti, il tono con cui i media locali trattano il tema.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = Il cambiamento è la cosa più difficile da misurare, e una piccola campagna non può dimostrare di aver cambiato le opinioni di un’intera città. Piccoli segnali onesti, come un sondaggio prima e dopo in due scuole, sono più utili di numeri impressionanti ma vuoti.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = Nel capitolo 10 trovate una [tabella degli indicatori](10-resources.md#indicator-template) e un [breve questionario](10-resources.md#survey) da usare prima e dopo la campagna.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Scrivete una breve relazione, condividetela con partner e partecipanti, ringraziate tutti e tornate alla fase 1.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = Un modello di piano di campagna in una pagina si trova nel [capitolo 10](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Riunite tre o quattro persone di organizzazioni diverse e dedicate due ore alle fasi da 1 a 3 del ciclo.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Scrivete obiettivo, pubblico e messaggio su un’unica pagina.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Chiedete a due nuovi arrivati e a due residenti di lunga data di commentare la bozza del vostro messaggio.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Scegliete una prima piccola attività da realizzare entro tre mesi, e valutatela prima di pianificare la successiva.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = Alla fine della campagna, valutate se candidarla a un premio o condividerla con altre città. Il [capitolo 8](08-award.md) spiega che cosa hanno in comune le buone candidature.
