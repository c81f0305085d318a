# handbook/chapters/04-local.md — Why local communities are the key
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
local-title-f75e9269f654fc9d = Perché le comunità locali sono la chiave
# Context: heading
local-h-c32097e2a9b75895 = L’integrazione avviene in un luogo preciso
# Context: paragraph in “Integration happens somewhere”
local-p-550ccedd0504dd39 = Le leggi sull’asilo e sull’immigrazione si fanno nei parlamenti nazionali e a livello europeo. Ma nessuno si integra per legge. L’integrazione avviene in una certa scuola dell’infanzia, in un certo corso di lingua, in una certa società sportiva, in un certo posto di lavoro. Avviene quando un vicino spiega come funziona la raccolta dei rifiuti, quando un’insegnante si accorge che un alunno ha bisogno di aiuto con la lettura, quando un datore di lavoro dà a qualcuno una prima opportunità.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = Per questo { -clarinet } ha messo le { -local-communities } al centro del suo lavoro: è lì che nuovi arrivati e residenti di lunga data si incontrano davvero, ed è lì che la fiducia si costruisce o si perde.
# Context: paragraph in “Integration happens somewhere”
local-p-2cfa6c7b5f343873 = Le istituzioni europee lo ripetono da molti anni. I principi fondamentali comuni per la politica di integrazione concordati dagli Stati membri dell’UE descrivono l’{ -integration } come un processo dinamico e bilaterale di adeguamento reciproco tra nuovi arrivati e residenti[^cbp]. Il Piano d’azione per l’integrazione e l’inclusione 2021-2027 della Commissione europea attribuisce un ruolo di primo piano agli enti locali e regionali[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = Perché il livello locale è importante
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Sono quattro i motivi per cui il livello locale è la chiave dell’integrazione e di una buona comunicazione sull’integrazione.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Vicinanza.__ Gli enti locali sono il livello di governo più vicino alle persone. Un messaggio del sindaco viene recepito in modo diverso da quello di un ministero lontano.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Servizi.__ I Comuni gestiscono o coordinano molti dei servizi più importanti per i nuovi arrivati: anagrafe, scuole, servizi sociali, sostegno abitativo, biblioteche e impianti sportivi.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Contatto quotidiano.__ Le persone si fanno un’opinione sulla migrazione più da ciò che vedono intorno a sé che dalle statistiche. Il contatto positivo tra pari è uno dei modi più efficaci per ridurre i pregiudizi, e avviene a livello locale.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Fiducia.__ In molti Paesi la fiducia nelle istituzioni locali è più alta di quella nelle istituzioni nazionali. Usare questa fiducia con attenzione fa parte della responsabilità di chi guida una comunità locale.
# Context: heading
local-h-36fc7059706251e5 = Che cosa possono fare gli enti locali
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = Un Comune non ha bisogno di un grande bilancio per fare la differenza. Molto dipende da come usa gli strumenti di cui già dispone.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Prendere la parola.__ Dire in modo chiaro e pubblico che i nuovi arrivati fanno parte della comunità, che la città si aspetta rispetto da parte di tutti e che non tollererà { -hate-speech }. Anche il silenzio è un messaggio.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Informare.__ Dare ai residenti informazioni accurate e tempestive, soprattutto quando qualcosa cambia, per esempio con l’apertura di una struttura di accoglienza. Le voci si diffondono più in fretta quando mancano informazioni ufficiali.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Includere.__ Fare in modo che i nuovi arrivati possano accedere ai servizi comunali, che le informazioni siano disponibili nelle lingue che leggono e che la loro voce sia ascoltata nelle consultazioni e negli eventi locali.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Collegare.__ Mettere in rete scuole, ONG, datori di lavoro, comunità religiose, società sportive e istituzioni culturali. Spesso il Comune è l’unico soggetto in grado di convocarli tutti.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Mostrare.__ Usare i canali della città, dal sito web alla bacheca in piazza, per far vedere il contributo quotidiano dei { -migrants } alla vita locale.
# Context: heading
local-h-f679bfa7eb405653 = L’integrazione riguarda tutti
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = Spesso l’{ -integration } è vista come qualcosa che riguarda solo i nuovi arrivati: imparare la lingua, trovare un lavoro, rispettare le regole. Sono cose importanti. Ma anche alla comunità di accoglienza si chiede qualcosa: apertura, regole eque e accesso alle opportunità.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = La comunicazione ha un ruolo da entrambe le parti. I nuovi arrivati hanno bisogno di informazioni chiare su diritti, doveri e servizi; i residenti di lunga data hanno bisogno di informazioni oneste su chi sono i nuovi arrivati e sul perché sono venuti. Gli uni e gli altri hanno bisogno di occasioni per incontrarsi come persone, non come categorie.
# Context: heading
local-h-8f81c84427935632 = Chi porta che cosa
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = Nessun soggetto può fare tutto da solo. La tabella qui sotto mostra che cosa portano di solito i diversi attori locali alla comunicazione su migrazione e integrazione.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Attore locale
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = Che cosa porta
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = Come può aiutare la comunicazione
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Sindaco e consiglio comunale
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Legittimità, visibilità, decisioni
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Dichiarazioni pubbliche, presenza agli eventi, posizione chiara contro i discorsi d’odio
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Uffici comunali
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Servizi, dati, contatto quotidiano con i residenti
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Informazioni accurate, materiali multilingue, un unico referente
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Scuole e scuole dell’infanzia
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Contatto con bambini e genitori
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Progetti con gli alunni, incontri con i genitori, giornate interculturali
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Organizzazioni della società civile
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Fiducia, contatto diretto con i nuovi arrivati, competenze
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Storie, volontari, sostegno pratico, voce critica
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Datori di lavoro e sindacati
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Posti di lavoro, formazione, luoghi di lavoro
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Esempi di nuovi arrivati al lavoro, tutoraggio
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Media locali
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Ampia diffusione, capacità di orientare il dibattito
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Informazione corretta, ritratti, dibattiti locali
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = I nuovi arrivati stessi
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Esperienza, lingue, competenze
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Parlare in prima persona, co-progettare le campagne
# Context: table caption in “Who brings what”
local-tcap-4ebf14fe866db28c = Che cosa portano gli attori locali alla comunicazione su migrazione e integrazione
# Context: heading
local-h-43e8ccfc0bce99df = Ostacoli frequenti
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = Il lavoro sul territorio non è facile. Tre difficoltà si ripresentano di continuo.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Paura delle polemiche.__ Gli amministratori eletti possono temere che parlare di migrazione costi loro voti. L’esperienza indica che una posizione pacata, fondata sui fatti e coerente viene di solito rispettata, anche da chi non è d’accordo.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Mancanza di risorse.__ Nei piccoli Comuni può esserci una sola persona per tutta la comunicazione. Le collaborazioni con ONG, scuole e reti aiutano a distribuire il lavoro.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Le paure dei nuovi arrivati.__ Chi è fuggito da persecuzioni può diffidare delle autorità e dell’esposizione pubblica. La fiducia richiede tempo.
# Context: paragraph in “Common obstacles”
local-p-cc51e468b459268a = Non usate i nuovi arrivati come decorazione nelle foto. Una foto di rito in cui i { -refugees } compaiono solo come destinatari riconoscenti di un aiuto rafforza proprio l’immagine che volete cambiare. Mostrate le persone come membri attivi della comunità, con le loro competenze e la loro voce.
# Context: heading
local-h-128116345ec56f05 = Lavorare con i { -newcomers } come partner
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-90ba2dbdd99d9352 = Questo manuale torna continuamente su un’idea: progettare con i { -newcomers }, non solo per loro. Ecco come.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-4ad98f73952ff4c2 = __Dove trovare le persone.__ Partite dai gruppi che esistono già: associazioni guidate da { -migrants }, corsi di lingua, mediatori culturali, comunità religiose, società sportive e scuole. Non affidatevi solo all’unica persona che il Comune conosce già.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-7d67f52ee78ce2fa = __Quanto condividere le decisioni.__ La partecipazione ha quattro livelli: le persone possono essere informate, consultate, coinvolte nella co-progettazione o alla guida. Puntate almeno alla co-progettazione, in cui le persone pianificano e decidono insieme a voi. Un piccolo gruppo consultivo di { -newcomers } può orientare una campagna. Lasciate a questo gruppo l’ultima parola su come vengono raccontate le storie dei suoi membri.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-b08c40e051024188 = __Eliminate gli ostacoli.__ Offrite interpretariato, servizio di custodia dei bambini e rimborso delle spese di viaggio. Organizzate gli incontri in luoghi raggiungibili e in orari compatibili con il lavoro a turni e con le festività religiose.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-9a9f351dd8b93746 = __Evitate la partecipazione di facciata.__ Una sola persona non può parlare a nome di tutti. Coinvolgete donne e uomini, giovani e meno giovani, persone di origini diverse e con status giuridici diversi.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-20eeb85dff806891 = __Chiudete il cerchio.__ Mostrate ai partecipanti i risultati e la valutazione, e chiedete che cosa cambiare la volta successiva.
# Context: heading
local-h-1fcb65cb32c990e7 = Un compenso equo, nel rispetto delle regole
# Context: paragraph in “Fair pay within the rules”
local-p-22faa39d6e3e9010 = Retribuite i { -newcomers } quando altri vengono pagati per un lavoro simile. Un compenso, però, può danneggiare un { -asylum-seeker } se viola le regole sul lavoro o sulle misure di accoglienza e sostegno. Prima di pagare, verificate con il vostro ufficio legale o con una ONG locale:
# Context: list item in “Fair pay within the rules”
local-li-bee877195cbd0fa1 = La persona può già lavorare? Il diritto dell’UE consente agli Stati membri di rinviare l’accesso al lavoro di alcuni mesi dopo la domanda di asilo[^reception].
# Context: list item in “Fair pay within the rules”
local-li-caeb7d27b3fd9191 = La persona può ricevere questo compenso, e come va dichiarato?
# Context: list item in “Fair pay within the rules”
local-li-8eaed91feb26ef48 = Ridurrà le misure di accoglienza o altri sostegni che riceve?
# Context: paragraph in “Fair pay within the rules”
local-p-6c340d87ebdcc2b2 = Se un compenso non è ammesso, di solito potete comunque coprire viaggio, pasti e custodia dei bambini, oppure rilasciare un attestato o una lettera di referenze. Verificate anche i buoni, perché possono essere considerati reddito. Spiegate apertamente il motivo. Le persone sotto { -temporary-protection } e i { -refugees } riconosciuti possono lavorare, ma anche per loro valgono le regole fiscali e quelle sui sussidi.
# Context: heading
local-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
local-li-04338f0eb629554c = Mappate gli attori locali con l’aiuto della tabella qui sopra e scrivete un nome per ogni riga.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Organizzate una riunione interna degli uffici comunali per:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = concordare i fatti sui nuovi arrivati nella vostra città;
# Context: list item in “What you can do”
local-li-8bf06752029391ef = concordare le parole da usare, sulla base del [glossario](03-words.md#glossary);
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = indicare un referente per le domande dei residenti e dei media.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Chiedete al sindaco o a un dirigente di fare quest’anno una dichiarazione pubblica chiara sull’accoglienza e sul rispetto.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Verificate se le principali informazioni comunali sono disponibili nelle lingue più parlate dai nuovi arrivati della vostra città.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Scegliete un’attività che riunisca residenti e nuovi arrivati su un piano di parità, e progettatela insieme ai nuovi arrivati fin dall’inizio. Usate il piano di campagna del [capitolo 5](05-campaign.md).
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = I Principi fondamentali comuni della politica di integrazione degli immigrati sono stati adottati dal Consiglio dell’Unione europea nel 2004. Il primo principio descrive l’integrazione come «un processo dinamico e bilaterale di adeguamento reciproco».
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = La Commissione europea ha presentato il Piano d’azione per l’integrazione e l’inclusione 2021-2027 nel novembre 2020. Il piano sottolinea il partenariato con gli enti locali e regionali e l’importanza del contatto quotidiano tra nuovi arrivati e comunità di accoglienza.
# Context: footnote in “What you can do”
local-fn-c90181702983e8ec = In base alla direttiva sulle condizioni di accoglienza (2013/33/UE), l’accesso al lavoro va garantito al più tardi nove mesi dopo la domanda, se entro quel termine non è stata presa una decisione di primo grado. La direttiva (UE) 2024/1346 (rifusione), che si applica da giugno 2026, riduce questo termine a sei mesi.
