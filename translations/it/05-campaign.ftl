### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
campaign-title-73473cef = Pianificare una campagna di sensibilizzazione

# Context: heading
campaign-h-f85e644a = Che cos'è una campagna locale

# Context: paragraph in “What a local campaign is”
campaign-p-3621a753 = Una campagna di sensibilizzazione è un insieme pianificato di attività che, in un periodo di tempo limitato, mira a cambiare ciò che un gruppo di persone sa, prova o fa rispetto a un tema. Una campagna locale su migrazione e { -integration } potrebbe combinare ritratti sul giornale cittadino, una festa, un progetto scolastico, manifesti alle fermate dell'autobus e un breve video condiviso online.

# Context: paragraph in “What a local campaign is”
campaign-p-6d97c380 = Una delle cinque attività principali di { -clarinet } è stata una serie di otto campagne di questo tipo, ideate e promosse dalle { -local-communities } partecipanti. Questo capitolo propone un metodo che qualsiasi città, ONG o scuola può usare, qualunque sia il suo bilancio.

# Context: paragraph in “What a local campaign is”
campaign-p-23f88fd9 = Una campagna è più di un singolo evento: ha un obiettivo, un pubblico definito, un messaggio coerente e un modo per verificare se ha funzionato.

# Context: heading
campaign-h-2a5969f1 = Il ciclo della campagna

# Context: paragraph in “The campaign cycle”
campaign-p-f392d128 = Le buone campagne seguono un ciclo in sette fasi, e ciò che si impara alla fine alimenta la campagna successiva.

# Context: image description (alt text) in “The campaign cycle”
campaign-alt-11a5561e = Un cerchio di sette fasi unite da frecce: 1 obiettivi, 2 pubblico, 3 messaggi, 4 canali, 5 partner, 6 bilancio, 7 valutazione, con una freccia che dalla valutazione torna agli obiettivi. Al centro: pianificare, realizzare, imparare, poi ricominciare.

# Context: figure caption in “The campaign cycle”
campaign-cap-2f319a9c = Il ciclo della campagna: sette fasi dagli obiettivi alla valutazione, e poi di nuovo da capo

# Context: paragraph in “The campaign cycle”
campaign-p-eb140819 = In pratica le fasi si sovrappongono: può capitare di trovare prima un partner e di definire l'obiettivo insieme. Il ciclo è una lista di controllo per ragionare, non un ordine rigido.

# Context: heading
campaign-h-c1073230 = Fase 1: obiettivi

# Context: paragraph in “Step 1: Goals”
campaign-p-d8c777e4 = Partite dal cambiamento che volete vedere. «Sensibilizzare» è troppo vago per orientare le decisioni. Chiedetevi piuttosto: dopo la campagna, che cosa dovrebbe essere diverso, e per chi? Gli obiettivi utili sono specifici, realistici e, dove possibile, misurabili. Per esempio:

# Context: list item in “Step 1: Goals”
campaign-li-baf0c3d2 = più residenti sanno che i nuovi arrivati in città lavorano in settori locali come l'assistenza, l'edilizia o l'agricoltura;

# Context: list item in “Step 1: Goals”
campaign-li-c579a6e0 = gli alunni di due scuole hanno incontrato coetanei arrivati di recente e hanno parlato con loro;

# Context: list item in “Step 1: Goals”
campaign-li-bcdc9201 = il giornale locale pubblica storie personali ed equilibrate sui nuovi arrivati, e non solo notizie di problemi.

# Context: paragraph in “Step 1: Goals”
campaign-p-a5f4b181 = Collegate il vostro obiettivo allo scopo più ampio di { -clarinet }: rendere visibile il contributo positivo dei { -migrants } nei luoghi in cui vivono. Meglio un obiettivo chiaro che cinque vaghi.

# Context: heading
campaign-h-7e4c09ec = Fase 2: pubblico

# Context: paragraph in “Step 2: Audiences”
campaign-p-db5829b5 = «Il grande pubblico» non è un pubblico: è tutti. Scegliete i gruppi che più vi interessa raggiungere e descriveteli con precisione.

# Context: paragraph in “Step 2: Audiences”
campaign-p-595cdb47 = Spesso aiuta pensare a tre gruppi: i residenti già favorevoli, quelli decisamente ostili e un ampio gruppo intermedio di persone incerte, indaffarate o disinteressate. La maggior parte delle campagne riuscite si concentra sul gruppo intermedio e usa il gruppo favorevole come messaggero.

# Context: paragraph in “Step 2: Audiences”
campaign-p-b9cd55c6 = Per ogni pubblico chiedetevi:

# Context: list item in “Step 2: Audiences”
campaign-li-6661ab13 = Che cosa sa e pensa già della migrazione?

# Context: list item in “Step 2: Audiences”
campaign-li-11c4a2fb = Che cosa gli sta più a cuore: la scuola dei figli, la sicurezza, il lavoro, il quartiere, la fede, la squadra di calcio?

# Context: list item in “Step 2: Audiences”
campaign-li-65a006b5 = Di chi si fida? Di un medico, di un parroco, di un allenatore, di una nonna, di un influencer?

# Context: list item in “Step 2: Audiences”
campaign-li-aa7796a5 = Dove si informa?

# Context: paragraph in “Step 2: Audiences”
campaign-p-055be547 = Non dimenticate che anche i nuovi arrivati sono un pubblico. Una campagna che li invita, nelle loro lingue, a partecipare alla vita della città può valere quanto una rivolta ai residenti di lunga data.

# Context: heading
campaign-h-7386c1e6 = Fase 3: messaggi

# Context: paragraph in “Step 3: Messages”
campaign-p-aa6f432d = Il messaggio è ciò che volete che il vostro pubblico ricordi, e collega il vostro obiettivo a ciò che sta a cuore al pubblico. I messaggi che funzionano a livello locale hanno di solito alcune caratteristiche in comune:

# Context: list item in “Step 3: Messages”
campaign-li-f8a6246d = **Parlano di persone, non di categorie.** Un'infermiera, un fornaio o una studentessa con nome e cognome restano impressi più di «i migranti contribuiscono all'economia».

# Context: list item in “Step 3: Messages”
campaign-li-520e9291 = **Sottolineano ciò che residenti e nuovi arrivati hanno in comune.** Il lavoro, la famiglia, i figli, il calcio, il cibo, la musica, la fede, l'amore per la propria città.

# Context: list item in “Step 3: Messages”
campaign-li-2bc4dade = **Sono locali.** «La nostra città» è più vicina dell'«Europa».

# Context: list item in “Step 3: Messages”
campaign-li-07c6c25d = **Sono positivi ma onesti.** Non fingete che non ci siano problemi: mostrate come li si sta risolvendo insieme.

# Context: list item in “Step 3: Messages”
campaign-li-ce8a58b6 = **Invitano all'azione.** Venite alla festa, entrate nel coro, salutate.

# Context: paragraph in “Step 3: Messages”
campaign-p-c364b870 = Prima di lanciare il messaggio, provatelo con alcune persone del vostro pubblico, compresi i nuovi arrivati, e verificate le parole con il [glossario](03-words.md#glossary).

# Context: paragraph in “Step 3: Messages”
campaign-p-56469e89 = Evitate i formati «sfata il mito» che ripetono un'affermazione falsa a caratteri cubitali e la correggono in piccolo. Spesso le persone ricordano il mito e dimenticano la correzione. Partite invece dalla storia vera e positiva.

# Context: heading
campaign-h-c0b3df87 = Fase 4: canali

# Context: paragraph in “Step 4: Channels”
campaign-p-d6dec4c3 = Scegliete i canali in base a dove si trova davvero il vostro pubblico, non in base alle mode.

# Context: table cell in “Step 4: Channels”
campaign-cell-a072ab55 = Canale

# Context: table cell in “Step 4: Channels”
campaign-cell-7a0586c0 = Utile per

# Context: table cell in “Step 4: Channels”
campaign-cell-2eceac35 = Attenzione a

# Context: table cell in “Step 4: Channels”
campaign-cell-6eec0a8e = Eventi in presenza (feste, giornate a porte aperte, pasti condivisi)

# Context: table cell in “Step 4: Channels”
campaign-cell-751940e8 = Contatto reale tra residenti e nuovi arrivati; costruire fiducia

# Context: table cell in “Step 4: Channels”
campaign-cell-713ad0d2 = Raggiungere solo chi è già interessato

# Context: table cell in “Step 4: Channels”
campaign-cell-feb021e8 = Scuole e gruppi giovanili

# Context: table cell in “Step 4: Channels”
campaign-cell-f9706902 = Cambiamento a lungo termine; raggiungere i genitori attraverso i figli

# Context: table cell in “Step 4: Channels”
campaign-cell-e8d23a26 = Richiede tempo e l'impegno degli insegnanti

# Context: table cell in “Step 4: Channels”
campaign-cell-08579026 = Stampa, radio e televisione locali

# Context: table cell in “Step 4: Channels”
campaign-cell-160da6a8 = Credibilità; raggiungere i residenti più anziani

# Context: table cell in “Step 4: Channels”
campaign-cell-304d565a = Controllo limitato sul servizio finale

# Context: table cell in “Step 4: Channels”
campaign-cell-187f95d6 = Social media

# Context: table cell in “Step 4: Channels”
campaign-cell-ff173ff1 = Rapidità, condivisione, pubblico giovane

# Context: table cell in “Step 4: Channels”
campaign-cell-0ab55fc2 = Commenti ostili; serve moderazione

# Context: table cell in “Step 4: Channels”
campaign-cell-f2505771 = Manifesti, striscioni, spazi pubblici

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc6d01a = Visibilità nella vita quotidiana

# Context: table cell in “Step 4: Channels”
campaign-cell-5d029d8c = Vandalismi; il messaggio deve essere compreso in pochi secondi

# Context: table cell in “Step 4: Channels”
campaign-cell-7bdfdf84 = Canali del Comune (sito web, newsletter, bacheche)

# Context: table cell in “Step 4: Channels”
campaign-cell-6e80bcfd = Autorevolezza istituzionale; costi ridotti

# Context: table cell in “Step 4: Channels”
campaign-cell-7b7cc954 = Può sembrare burocratico; mantenete un tono umano

# Context: table cell in “Step 4: Channels”
campaign-cell-c49562f3 = Arte e cultura (mostre, teatro, musica)

# Context: table cell in “Step 4: Channels”
campaign-cell-39f34a9b = Emozione; nuovi pubblici

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc81c8b = Servono buoni partner; si veda il [capitolo 7](07-art.md)

# Context: paragraph in “Step 4: Channels”
campaign-p-faca15d8 = La maggior parte delle campagne usa due o tre canali che si rafforzano a vicenda. Il [capitolo 9](09-media.md) offre consigli su come lavorare con i giornalisti e sui social media.

# Context: heading
campaign-h-591cac1d = Fase 5: partner

# Context: paragraph in “Step 5: Partners”
campaign-p-c1432ffb = I partner moltiplicano ciò che potete fare. Immaginateli disposti in tre cerchi:

# Context: list item in “Step 5: Partners”
campaign-li-e51a85c6 = **Partner principali**, che pianificano e realizzano la campagna con voi:

# Context: list item in “Step 5: Partners”
campaign-li-54c4c776 = un ufficio comunale o la segreteria del sindaco;

# Context: list item in “Step 5: Partners”
campaign-li-c734ce3e = una o due ONG che lavorano con i nuovi arrivati;

# Context: list item in “Step 5: Partners”
campaign-li-9012d802 = i nuovi arrivati stessi, come organizzatori e non solo come protagonisti delle storie.

# Context: list item in “Step 5: Partners”
campaign-li-51f88e55 = **Partner di supporto**, che aiutano in compiti specifici:

# Context: list item in “Step 5: Partners”
campaign-li-bd6c3642 = scuole, biblioteche, centri culturali e società sportive;

# Context: list item in “Step 5: Partners”
campaign-li-58965cdb = media locali;

# Context: list item in “Step 5: Partners”
campaign-li-843c2bcc = artisti e grafici.

# Context: list item in “Step 5: Partners”
campaign-li-c12e886a = **Amplificatori**, che diffondono il vostro messaggio:

# Context: list item in “Step 5: Partners”
campaign-li-4f73eaa2 = figure locali stimate;

# Context: list item in “Step 5: Partners”
campaign-li-e3b224b3 = datori di lavoro e associazioni di categoria;

# Context: list item in “Step 5: Partners”
campaign-li-b395b40e = comunità religiose e reti di città.

# Context: paragraph in “Step 5: Partners”
campaign-p-efedbe16 = Stabilite fin dall'inizio chi decide che cosa, chi parla con i media e come vengono citati i partner.

# Context: paragraph in “Step 5: Partners”
campaign-p-83668d74 = Le campagne locali più forti sono co-progettate con i nuovi arrivati. Coinvolgeteli fin dalla prima riunione di pianificazione, retribuiteli quando altri vengono pagati per un lavoro simile e lasciate che siano loro a decidere come raccontare le proprie storie.

# Context: heading
campaign-h-2247c270 = Fase 6: bilancio

# Context: paragraph in “Step 6: Budget”
campaign-p-c9bece93 = Una campagna non deve per forza essere costosa, ma ha bisogno di un bilancio realistico, anche se in gran parte è fatto di tempo più che di denaro.

# Context: paragraph in “Step 6: Budget”
campaign-p-0e900ef3 = Tra i costi tipici ci sono grafica e stampa, sale, compensi per artisti, fotografi o interpreti, cibo per gli eventi, pubblicità online e tempo del personale. Spesso i partner possono offrirne una parte in natura: l'aula magna di una scuola messa a disposizione gratuitamente, la stampa offerta da uno sponsor, spazi gratuiti sulla radio locale.

# Context: paragraph in “Step 6: Budget”
campaign-p-2fd57fba = Tenete da parte una riserva per gli imprevisti e prevedete fin dall'inizio fondi per la valutazione.

# Context: heading
campaign-h-152a0432 = Fase 7: valutazione

# Context: paragraph in “Step 7: Evaluation”
campaign-p-068549cb = La valutazione vi dice se la campagna ha raggiunto il suo obiettivo e che cosa fare meglio la prossima volta. Pianificatela quando fissate l'obiettivo, non alla fine. Misurate su tre livelli:

# Context: list item in “Step 7: Evaluation”
campaign-li-aaa3f8a2 = **Attività**: che cosa avete fatto. Numero di eventi, manifesti, articoli, post.

# Context: list item in “Step 7: Evaluation”
campaign-li-574f2023 = **Diffusione**: chi avete raggiunto. Partecipanti, lettori, visualizzazioni, condivisioni, scuole coinvolte.

# Context: list item in “Step 7: Evaluation”
campaign-li-37376fe8 = **Cambiamento**: che cosa è cambiato. Sondaggi prima e dopo, commenti dei partecipanti, il tono con cui i media locali trattano il tema.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-b932bc41 = Il cambiamento è la cosa più difficile da misurare, e una piccola campagna non può dimostrare di aver cambiato le opinioni di un'intera città. Piccoli segnali onesti, come un sondaggio prima e dopo in due scuole, sono più utili di numeri impressionanti ma vuoti.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-fc2b3b8d = Scrivete una breve relazione, condividetela con partner e partecipanti, ringraziate tutti e tornate alla fase 1.

# Context: heading
campaign-h-dfa6d533 = Lista di controllo della campagna

# Context: list item in “Campaign checklist”
campaign-li-583c99fe = Abbiamo un obiettivo chiaro e specifico.

# Context: list item in “Campaign checklist”
campaign-li-f535b650 = Abbiamo scelto e descritto il nostro pubblico principale.

# Context: list item in “Campaign checklist”
campaign-li-8d7656a9 = Il nostro messaggio parla di persone, è locale e invita all'azione.

# Context: list item in “Campaign checklist”
campaign-li-7162a4f6 = Abbiamo provato il messaggio con persone del pubblico, compresi i nuovi arrivati.

# Context: list item in “Campaign checklist”
campaign-li-1d5fc0d6 = Le nostre parole sono coerenti con il glossario.

# Context: list item in “Campaign checklist”
campaign-li-c6f7e698 = Abbiamo scelto due o tre canali che raggiungono il nostro pubblico.

# Context: list item in “Campaign checklist”
campaign-li-8491fa7c = I partner conoscono il proprio ruolo e tra gli organizzatori ci sono anche nuovi arrivati.

# Context: list item in “Campaign checklist”
campaign-li-e11c7306 = Abbiamo il consenso per ogni nome, volto e storia che usiamo.

# Context: list item in “Campaign checklist”
campaign-li-d144751f = Abbiamo un bilancio, con una riserva e fondi per la valutazione.

# Context: list item in “Campaign checklist”
campaign-li-a06ce5be = Sappiamo come misureremo la diffusione e il cambiamento.

# Context: list item in “Campaign checklist”
campaign-li-b7a6429c = Abbiamo un piano per gestire i commenti ostili e un referente per i media.

# Context: paragraph in “Campaign checklist”
campaign-p-157cb1ac = Un modello di piano di campagna in una pagina si trova nel [capitolo 10](10-resources.md#campaign-template).

# Context: heading
campaign-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
campaign-li-e0151837 = Riunite tre o quattro persone di organizzazioni diverse e dedicate due ore alle fasi da 1 a 3 del ciclo.

# Context: list item in “What you can do”
campaign-li-d24ab3e5 = Scrivete obiettivo, pubblico e messaggio su un'unica pagina.

# Context: list item in “What you can do”
campaign-li-9f00a0b5 = Chiedete a due nuovi arrivati e a due residenti di lunga data di commentare la bozza del vostro messaggio.

# Context: list item in “What you can do”
campaign-li-a39090c1 = Scegliete una prima piccola attività da realizzare entro tre mesi, e valutatela prima di pianificare la successiva.

# Context: list item in “What you can do”
campaign-li-d13eb93a = Alla fine della campagna, valutate se candidarla a un premio o condividerla con altre città. Il [capitolo 8](08-award.md) spiega che cosa hanno in comune le buone candidature.
