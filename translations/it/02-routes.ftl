# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Le migrazioni nell’Europa sud-orientale
# Context: heading
routes-h-688bfc5793b4b9a4 = Una regione di arrivi e di partenze
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = L’Europa sud-orientale è sempre stata un crocevia. Da migliaia di anni mercanti, pellegrini, lavoratori stagionali e famiglie in cerca di una vita migliore ne attraversano i mari e le montagne.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = Negli anni precedenti il progetto, dal 2015 al 2019, molti { -asylum-seekers } hanno messo piede per la prima volta in Europa in questa regione, che si trova tra il Medio Oriente, l’Africa e il resto dell’Unione europea. Questo capitolo offre un quadro breve e generale delle tre rotte su cui si trovano i Paesi di { -clarinet } e di ciò che queste rotte hanno significato per le { -local-communities }. Per le statistiche, che cambiano rapidamente, consultate le fonti ufficiali[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Tre rotte, una regione
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Il progetto descriveva i suoi otto Paesi come situati lungo tre rotte migratorie. Una «rotta» non è una strada su una cartina, ma un insieme di percorsi modellato dalla geografia, dai trafficanti, dalle politiche degli Stati e dai luoghi in cui si sono già stabiliti i parenti. Le rotte si spostano, si dividono e si chiudono.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Schema delle tre rotte migratorie. Una freccia blu attraversa il Mar Mediterraneo centrale fino all’Italia. Frecce arancioni attraversano il Mar Mediterraneo orientale fino alla Grecia e a Cipro. Frecce verdi mostrano il corridoio dei Balcani occidentali del 2015 e 2016: dalla Grecia attraverso la Macedonia del Nord e la Serbia, poi attraverso l’Ungheria, oppure attraverso la Croazia e la Slovenia, fino all’Austria. Diramazioni tratteggiate portano in Bulgaria e in Romania. I Paesi in grigio non facevano parte di CLARINET.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Le tre rotte migratorie e gli otto Paesi di CLARINET (schema non in scala)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Mappa schematica: traversate via mare verso Italia, Grecia e Cipro, e il corridoio terrestre del 2015-2016 dalla Grecia all’Austria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Rotta del Mediterraneo: via mare attraverso il Mediterraneo centrale fino all’Italia. Rotta del Mediterraneo orientale, chiamata dal progetto rotta dei Balcani orientali: via mare attraverso il Mediterraneo orientale fino alla Grecia e a Cipro. Rotta dei Balcani occidentali nel 2015 e 2016: via terra dalla Grecia attraverso la Macedonia del Nord e la Serbia, poi attraverso l’Ungheria fino all’Austria, oppure attraverso la Croazia e la Slovenia fino all’Austria, e da lì verso l’Europa centrale e settentrionale. Bulgaria e Romania si trovano su diramazioni tratteggiate. Macedonia del Nord, Serbia e Croazia, in grigio, non erano Paesi di CLARINET.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Schema, non in scala
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = verso il centro e
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = il nord Europa
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Austria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Slovenia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Ungheria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Croazia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Serbia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = Macedonia del Nord
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Balcani occidentali
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = Romania
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = Bulgaria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = via mare
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Italia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Mediterraneo centrale
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Rotta mediterranea
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Grecia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Cipro
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Mediterraneo orientale
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Rotta del Medit. orientale
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (Balcani orientali)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Diramazione
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Paese non CLARINET
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Rotta
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = Paesi CLARINET lungo la rotta o nelle vicinanze
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
routes-cell-3cf17d73e5b6c74d = Ungheria, Slovenia e Austria; Bulgaria e Romania su diramazioni
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Via terra, attraversando più confini a piedi, in autobus, in treno o in auto
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Rotta dei Balcani orientali (Mediterraneo orientale)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Grecia, Cipro
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Via mare, attraverso il Mediterraneo orientale, e attraverso le frontiere terrestri
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = Le tre rotte e i paesi CLARINET che si trovano lungo di esse o nelle vicinanze
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Il raggruppamento segue la descrizione data dal progetto stesso. In realtà le rotte si sovrappongono, e uno stesso Paese può essere contemporaneamente luogo di arrivo, di transito e di insediamento.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = Le statistiche dell’UE, come quelle dell’Agenzia europea della guardia di frontiera e costiera (Frontex), raggruppano le rotte in modo diverso. Per esempio, contano gli arrivi attraverso il confine terrestre tra Bulgaria e Turchia nella rotta del Mediterraneo orientale.
# Context: heading
routes-h-4d048ea744aa31f8 = La rotta del Mediterraneo
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = La rotta del Mediterraneo centrale porta via mare dalle coste del Nord Africa all’Italia, soprattutto alle sue isole e coste meridionali. È una delle rotte migratorie più pericolose al mondo. Le imbarcazioni sono spesso sovraffollate e inadatte alla navigazione, e ogni anno molte persone perdono la vita in mare[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = Per le piccole comunità insulari e costiere, questa rotta ha significato arrivi improvvisi, visibili e talvolta tragici. Spesso i primi a prestare aiuto sono stati pescatori, medici, volontari e semplici cittadini. Il capofila di { -clarinet }, il Comune di Lampedusa e Linosa, è una di queste comunità.
# Context: heading
routes-h-0a7bcb22907e26cb = La rotta dei Balcani occidentali
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = La rotta dei Balcani occidentali porta via terra dal sud-est dell’Europa verso il centro e il nord del continente. Nel 2015 e nel 2016 è stata percorsa da un numero molto elevato di persone, molte delle quali in fuga dalla guerra in Siria e dai conflitti in Afghanistan e in Iraq. Le città lungo la rotta hanno visto folle di persone transitare per le loro stazioni ferroviarie e i loro valichi di frontiera.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = In quei due anni il corridoio principale andava dalla Grecia, attraverso la Macedonia del Nord e la Serbia. Dalla Serbia le persone proseguivano verso l’Austria passando per l’Ungheria oppure, dall’autunno 2015, per la Croazia e la Slovenia. Bulgaria e Romania si trovavano su diramazioni secondarie. Macedonia del Nord, Serbia e Croazia non facevano parte di { -clarinet }, perciò la figura le mostra in grigio.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = Dall’inizio del 2016, quando i controlli alle frontiere si sono inaspriti e i leader dell’UE e la Turchia hanno concordato una dichiarazione congiunta sulla migrazione, i movimenti lungo la rotta sono calati drasticamente. Ma non si sono fermati: le persone hanno continuato a spostarsi in gruppi più piccoli, spesso in modo più nascosto e pericoloso, e alcune sono rimaste più a lungo nei Paesi di passaggio.
# Context: heading
routes-h-bd1a384744b2eca2 = La rotta dei Balcani orientali
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = Nelle statistiche dell’UE questa rotta è nota come rotta del Mediterraneo orientale; il progetto la chiamava rotta dei Balcani orientali. Porta in Grecia e a Cipro, soprattutto via mare dalle coste vicine ma anche attraverso le frontiere terrestri. Nel 2015 le isole greche vicine alla costa turca sono diventate note in tutto il mondo, quando le imbarcazioni vi approdavano giorno dopo giorno. Anche Cipro, isola all’estremo confine orientale dell’Unione europea, ha accolto molte persone in cerca di protezione.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Per questi Paesi gli arrivi non sono stati solo una questione di transito: centri di accoglienza, lunghe procedure di asilo e persone in attesa per mesi o per anni sono entrati a far parte della vita locale.
# Context: heading
routes-h-b2fb3ae62f941028 = Dalla fine del progetto
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = { -clarinet } si è concluso nel 2021. Da allora tre cambiamenti hanno toccato le { -local-communities } in tutti e otto i Paesi.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __Le persone in fuga dalla guerra in Ucraina.__ Da marzo 2022 l’UE concede loro la { -temporary-protection }[^temporary-protection]. Molte città hanno accolto in poche settimane un gran numero di persone, per lo più donne e bambini.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __Il Patto sulla migrazione e l’asilo.__ L’UE ha adottato questo insieme di norme nel maggio 2024, e la maggior parte delle sue regole si applica dal 12 giugno 2026[^pact]. Cambia il modo in cui le domande di asilo vengono esaminate e decise, e il modo in cui i Paesi dell’UE se ne condividono la responsabilità.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __Il regolamento sui servizi digitali.__ Da febbraio 2024 le piattaforme online hanno l’obbligo giuridico di intervenire sulle segnalazioni di contenuti illegali, compresi i { -hate-speech } illegali. Il [capitolo 9](09-media.md#hate-speech) spiega che cosa significa per voi.
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = Per i dati aggiornati, consultate le fonti ufficiali elencate nel [capitolo 10](10-resources.md#further-reading).
# Context: heading
routes-h-057fc622e94d9233 = Che cosa hanno vissuto le comunità locali
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = La migrazione si vive sempre in un luogo preciso: su una spiaggia, in una stazione degli autobus, in una classe. Le città e le regioni dell’Europa sud-orientale hanno attraversato situazioni diverse, a volte una dopo l’altra.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Arrivi improvvisi.__ Una piccola città costiera o un paese di confine ha dovuto rispondere nel giro di poche ore a persone infreddolite, affamate, ferite o sotto shock. Spesso sono stati gli abitanti a intervenire per primi, molto prima che si attivasse un qualsiasi sistema nazionale.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Transito.__ In alcuni luoghi sono passate molte persone che non si sono fermate. Incontri così brevi hanno lasciato spazio alle voci incontrollate.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Accoglienza.__ Le città che ospitavano centri di accoglienza si sono trovate di fronte a interrogativi su sicurezza, servizi ed equità, spesso con forti emozioni da tutte le parti.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Insediamento.__ In molti luoghi le persone arrivate come { -asylum-seekers } sono rimaste, hanno trovato lavoro, hanno mandato i figli a scuola e sono diventate vicini di casa. È la fase meno visibile nei media e la più importante per l’{ -integration }.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = Un filo comune attraversa tutte e quattro le situazioni. Le prime reazioni sono spesso generose; con il tempo, la stanchezza e la mancanza di informazioni possono trasformare la generosità in preoccupazione. Dove gli amministratori locali parlano con chiarezza e condividono informazioni accurate, la fiducia di solito regge. Dove tacciono, sono altri a riempire il silenzio.
# Context: heading
routes-h-139f4b48fdddd135 = Emigrazione e immigrazione insieme
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Molte comunità dell’Europa sud-orientale sono luoghi da cui si parte oltre che luoghi in cui si arriva. I giovani se ne vanno per studiare e lavorare, mentre i nuovi arrivati giungono da fuori Europa. Molte famiglie sanno che cosa significa avere un parente all’estero o essere trattati da estranei. Questi ricordi possono aiutare i residenti a vedere nei nuovi arrivati persone in viaggio, non così diverse da loro.
# Context: heading
routes-h-da1e29bc37ed314c = Oltre l’emergenza
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = L’attenzione pubblica segue le emergenze e si sposta altrove quando le immagini scompaiono. Ma il vero lavoro di { -integration } comincia quando l’emergenza finisce: imparare la lingua, trovare casa e lavoro, farsi degli amici, iscriversi a un’associazione.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = Per questo { -clarinet } si è concentrato sul contributo positivo dei { -migrants } alla vita locale. Una comunità che sente parlare di migrazione solo nei momenti di crisi finirà per pensare alla migrazione come a una crisi. Una comunità che sente parlare anche del nuovo farmacista, del vigile del fuoco volontario e del ristorante di famiglia avrà un quadro più fedele alla realtà.
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
routes-fn-730a2f4c9ee59885 = Dati affidabili sugli arrivi e sulle domande di asilo nell’Unione europea sono pubblicati da Eurostat, dall’Agenzia dell’Unione europea per l’asilo (EUAA) e dall’Agenzia ONU per i Rifugiati (UNHCR). I ministeri dell’Interno e le autorità nazionali competenti in materia di asilo pubblicano i dati relativi a ciascun Paese.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = L’Organizzazione internazionale per le migrazioni (OIM) registra i decessi e le scomparse di persone lungo le rotte migratorie, compreso il Mediterraneo, nell’ambito del suo progetto Missing Migrants.
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = Decisione di esecuzione (UE) 2022/382 del Consiglio, del 4 marzo 2022, fondata sulla direttiva sulla protezione temporanea (2001/55/CE). Da allora la protezione è stata prorogata più volte.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = Tra le altre norme, il Patto comprende il regolamento (UE) 2024/1347, che sostituisce la direttiva qualifiche, e la direttiva (UE) 2024/1346 sulle condizioni di accoglienza. L’autorità nazionale competente in materia di asilo può spiegarvi che cosa è cambiato nel vostro Paese.
