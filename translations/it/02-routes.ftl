# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Le migrazioni nell'Europa sud-orientale
# Context: heading
routes-h-cdad84f3eba0a687 = Una regione in movimento
# Context: paragraph in “A region on the move”
routes-p-7343b93cc52fd406 = L'Europa sud-orientale è sempre stata un crocevia. Da migliaia di anni mercanti, pellegrini, lavoratori stagionali e famiglie in cerca di una vita migliore ne attraversano i mari e le montagne.
# Context: paragraph in “A region on the move”
routes-p-f8362a9e1bbfc5fa = Negli ultimi anni, per la sua posizione tra il Medio Oriente, l'Africa e il resto dell'Unione europea, la regione è diventata il primo territorio europeo raggiunto da molti { -asylum-seekers }. Questo capitolo offre un quadro breve e generale delle tre rotte su cui si trovano i Paesi di { -clarinet } e di ciò che queste rotte hanno significato per le { -local-communities }. Per le statistiche, che cambiano rapidamente, consultate le fonti ufficiali[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Tre rotte, una regione
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Il progetto descriveva i suoi otto Paesi come situati lungo tre rotte migratorie. Una «rotta» non è una strada su una cartina, ma un insieme di percorsi modellato dalla geografia, dai trafficanti, dalle politiche degli Stati e dai luoghi in cui si sono già stabiliti i parenti. Le rotte si spostano, si dividono e si chiudono.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-062577dcf20caaa4 = Schema delle tre rotte migratorie. Una freccia blu attraversa il Mar Mediterraneo centrale fino all'Italia. Una colonna verde mostra la rotta dei Balcani occidentali che passa per Bulgaria, Romania, Ungheria, Slovenia e Austria in direzione dell'Europa centrale e settentrionale. Frecce arancioni attraversano il Mar Mediterraneo orientale fino alla Grecia e a Cipro, con una freccia tratteggiata che dalla Grecia prosegue verso la rotta dei Balcani occidentali.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Le tre rotte migratorie e gli otto Paesi di CLARINET (schema non in scala)
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Rotta
# Context: table cell in “Three routes, one region”
routes-cell-e1abee3bff8ec082 = Paesi CLARINET interessati
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = Come si viaggia di solito
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Rotta del Mediterraneo
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Italia
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = Via mare, attraverso il Mediterraneo centrale
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Rotta dei Balcani occidentali
# Context: table cell in “Three routes, one region”
routes-cell-3267a3140537a24a = Slovenia, Ungheria, Bulgaria, Romania, Austria
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Via terra, attraversando più confini a piedi, in autobus, in treno o in auto
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Rotta dei Balcani orientali (Mediterraneo orientale)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Grecia, Cipro
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Via mare, attraverso il Mediterraneo orientale, e attraverso le frontiere terrestri
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Il raggruppamento segue la descrizione data dal progetto stesso. In realtà le rotte si sovrappongono, e uno stesso Paese può essere contemporaneamente luogo di arrivo, di transito e di insediamento.
# Context: heading
routes-h-4d048ea744aa31f8 = La rotta del Mediterraneo
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = La rotta del Mediterraneo centrale porta via mare dalle coste del Nord Africa all'Italia, soprattutto alle sue isole e coste meridionali. È una delle rotte migratorie più pericolose al mondo. Le imbarcazioni sono spesso sovraffollate e inadatte alla navigazione, e ogni anno molte persone perdono la vita in mare[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-a3cb9c38a25090c3 = Per le piccole comunità insulari e costiere, questa rotta ha significato arrivi improvvisi, visibili e talvolta tragici, con pescatori, medici, volontari e semplici cittadini in prima linea. Il capofila di { -clarinet }, il Comune di Lampedusa e Linosa, è una di queste comunità.
# Context: heading
routes-h-0a7bcb22907e26cb = La rotta dei Balcani occidentali
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = La rotta dei Balcani occidentali porta via terra dal sud-est dell'Europa verso il centro e il nord del continente. Nel 2015 e nel 2016 è stata percorsa da un numero molto elevato di persone, molte delle quali in fuga dalla guerra in Siria e dai conflitti in Afghanistan e in Iraq. Le città lungo la rotta hanno visto folle di persone transitare per le loro stazioni ferroviarie e i loro valichi di frontiera.
# Context: paragraph in “The Western Balkan route”
routes-p-6fcb93bcef54a81f = Dall'inizio del 2016, quando i controlli alle frontiere si sono inaspriti e l'Unione europea e la Turchia hanno concordato una dichiarazione congiunta sulla migrazione, i movimenti lungo la rotta sono calati drasticamente. Ma non si sono fermati: le persone hanno continuato a spostarsi in gruppi più piccoli, spesso in modo più nascosto e pericoloso, e alcune sono rimaste più a lungo nei Paesi di passaggio.
# Context: heading
routes-h-bd1a384744b2eca2 = La rotta dei Balcani orientali
# Context: paragraph in “The Eastern Balkan route”
routes-p-a2df20cdb0899bf6 = La rotta dei Balcani orientali, spesso chiamata rotta del Mediterraneo orientale, porta in Grecia e a Cipro, soprattutto via mare dalle coste vicine ma anche attraverso le frontiere terrestri. Nel 2015 le isole greche vicine alla costa turca sono diventate note in tutto il mondo, quando le imbarcazioni vi approdavano giorno dopo giorno. Anche Cipro, isola all'estremo confine orientale dell'Unione europea, ha accolto molte persone in cerca di protezione.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Per questi Paesi gli arrivi non sono stati solo una questione di transito: centri di accoglienza, lunghe procedure di asilo e persone in attesa per mesi o per anni sono entrati a far parte della vita locale.
# Context: heading
routes-h-057fc622e94d9233 = Che cosa hanno vissuto le comunità locali
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = La migrazione si vive sempre in un luogo preciso: su una spiaggia, in una stazione degli autobus, in una classe. Le città e le regioni dell'Europa sud-orientale hanno attraversato situazioni diverse, a volte una dopo l'altra.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Arrivi improvvisi.__ Una piccola città costiera o un paese di confine ha dovuto rispondere nel giro di poche ore a persone infreddolite, affamate, ferite o sotto shock. Spesso sono stati gli abitanti a intervenire per primi, molto prima che si attivasse un qualsiasi sistema nazionale.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Transito.__ In alcuni luoghi sono passate molte persone che non si sono fermate. Incontri così brevi hanno lasciato spazio alle voci incontrollate.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Accoglienza.__ Le città che ospitavano centri di accoglienza si sono trovate di fronte a interrogativi su sicurezza, servizi ed equità, spesso con forti emozioni da tutte le parti.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Insediamento.__ In molti luoghi le persone arrivate come { -asylum-seekers } sono rimaste, hanno trovato lavoro, hanno mandato i figli a scuola e sono diventate vicini di casa. È la fase meno visibile nei media e la più importante per l'{ -integration }.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = Un filo comune attraversa tutte e quattro le situazioni. Le prime reazioni sono spesso generose; con il tempo, la stanchezza e la mancanza di informazioni possono trasformare la generosità in preoccupazione. Dove gli amministratori locali parlano con chiarezza e condividono informazioni accurate, la fiducia di solito regge. Dove tacciono, sono altri a riempire il silenzio.
# Context: paragraph in “What local communities experienced”
routes-p-9f0a6945e8894fcd = In molte città, nei primi giorni, chi ha aiutato di più sono stati negozianti, pensionati, studenti e volontari della parrocchia. Riconoscere pubblicamente il loro impegno, e chiedere loro che cosa hanno imparato, è un modo semplice per avviare una conversazione locale sulla migrazione fondata sull'esperienza reale.
# Context: heading
routes-h-139f4b48fdddd135 = Emigrazione e immigrazione insieme
# Context: paragraph in “Emigration and immigration together”
routes-p-b5a60e0f863a00ff = Molte comunità dell'Europa sud-orientale sono luoghi da cui si parte oltre che luoghi in cui si arriva. I giovani se ne vanno per studiare e lavorare, mentre i nuovi arrivati giungono da fuori Europa. Quasi ogni famiglia sa che cosa significa avere un parente all'estero o essere trattati da estranei, e questi ricordi possono aiutare i residenti a vedere nei nuovi arrivati persone in viaggio, non così diverse da loro.
# Context: heading
routes-h-da1e29bc37ed314c = Oltre l'emergenza
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = L'attenzione pubblica segue le emergenze e si sposta altrove quando le immagini scompaiono. Ma il vero lavoro di { -integration } comincia quando l'emergenza finisce: imparare la lingua, trovare casa e lavoro, farsi degli amici, iscriversi a un'associazione.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = Per questo { -clarinet } si è concentrato sul contributo positivo dei { -migrants } alla vita locale. Una comunità che sente parlare di migrazione solo nei momenti di crisi finirà per pensare alla migrazione come a una crisi. Una comunità che sente parlare anche del nuovo farmacista, del vigile del fuoco volontario e del ristorante di famiglia avrà un quadro più fedele alla realtà.
# Context: paragraph in “Beyond the emergency”
routes-p-7c1e779cc5cc8cb9 = Attenzione ai numeri. I dati sugli arrivi e sulle decisioni in materia di asilo sono raccolti in modi diversi e cambiano rapidamente. Se usate un dato in pubblico, indicate la fonte e la data.
# Context: heading
routes-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Capite qual è la situazione della vostra città: è soprattutto un luogo di arrivo, di transito, di accoglienza o di insediamento, oppure un insieme di queste cose?
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Raccogliete i ricordi di migrazione della vostra comunità, in entrambe le direzioni:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = storie di residenti che sono emigrati, o i cui genitori lo hanno fatto;
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = storie di nuovi arrivati che si sono stabiliti in città negli ultimi anni;
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = storie di residenti che hanno dato una mano nei periodi degli arrivi.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Prima di parlare o scrivere di numeri, verificate i dati aggiornati nelle fonti ufficiali e annotate la data.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Leggete il [capitolo 3](03-words.md) prima di preparare qualsiasi materiale pubblico, perché le parole che usate corrispondano ai fatti.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Chiedetevi quale fase del viaggio manca nel dibattito pubblico della vostra città e pianificate come renderla visibile. Il [capitolo 5](05-campaign.md) spiega come fare.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Dati affidabili sugli arrivi e sulle domande di asilo nell'Unione europea sono pubblicati da Eurostat, dall'Agenzia dell'Unione europea per l'asilo (EUAA) e dall'Agenzia ONU per i Rifugiati (UNHCR). I ministeri dell'Interno e le autorità nazionali competenti in materia di asilo pubblicano i dati relativi a ciascun Paese.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = L'Organizzazione internazionale per le migrazioni (OIM) registra i decessi e le scomparse di persone lungo le rotte migratorie, compreso il Mediterraneo, nell'ambito del suo progetto Missing Migrants.
