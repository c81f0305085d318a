### handbook/chapters/04-local.md — Why local communities are the key
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
local-title-6a17fb33 = Perché le comunità locali sono la chiave

# Context: heading
local-h-a8d9755d = L'integrazione avviene in un luogo preciso

# Context: paragraph in “Integration happens somewhere”
local-p-facaad15 = Le leggi sull'asilo e sull'immigrazione si fanno nei parlamenti nazionali e a Bruxelles. Ma nessuno si integra per legge. L'integrazione avviene in una certa scuola dell'infanzia, in un certo corso di lingua, in una certa società sportiva, in un certo posto di lavoro. Avviene quando un vicino spiega come funziona la raccolta dei rifiuti, quando un'insegnante si accorge che un alunno ha bisogno di aiuto con la lettura, quando un datore di lavoro dà a qualcuno una prima opportunità.

# Context: paragraph in “Integration happens somewhere”
local-p-44842acb = Per questo { -clarinet } ha messo le { -local-communities } al centro del suo lavoro: è lì che nuovi arrivati e residenti di lunga data si incontrano davvero, ed è lì che la fiducia si costruisce o si perde.

# Context: paragraph in “Integration happens somewhere”
local-p-1e476275 = Le istituzioni europee lo ripetono da molti anni. I principi fondamentali comuni per la politica di integrazione concordati dagli Stati membri dell'UE descrivono l'{ -integration } come un processo dinamico e bilaterale di adeguamento reciproco tra nuovi arrivati e residenti[^cbp], e il Piano d'azione per l'integrazione e l'inclusione 2021-2027 della Commissione europea attribuisce un ruolo di primo piano agli enti locali e regionali[^action-plan].

# Context: heading
local-h-d3c8a27d = Perché il livello locale è importante

# Context: paragraph in “Why the local level matters”
local-p-d4744613 = Sono quattro i motivi per cui il livello locale è la chiave dell'integrazione e di una buona comunicazione sull'integrazione.

# Context: list item in “Why the local level matters”
local-li-89a5b9c6 = **Vicinanza.** Gli enti locali sono il livello di governo più vicino alle persone. Un messaggio del sindaco viene recepito in modo diverso da quello di un ministero lontano.

# Context: list item in “Why the local level matters”
local-li-81dbb7e9 = **Servizi.** I Comuni gestiscono o coordinano molti dei servizi più importanti per i nuovi arrivati: anagrafe, scuole, servizi sociali, sostegno abitativo, biblioteche e impianti sportivi.

# Context: list item in “Why the local level matters”
local-li-e7f1176b = **Contatto quotidiano.** Le persone si fanno un'opinione sulla migrazione più da ciò che vedono intorno a sé che dalle statistiche. Il contatto positivo tra pari è uno dei modi più efficaci per ridurre i pregiudizi, e avviene a livello locale.

# Context: list item in “Why the local level matters”
local-li-11697898 = **Fiducia.** In molti Paesi la fiducia nelle istituzioni locali è più alta di quella nelle istituzioni nazionali. Usare questa fiducia con attenzione fa parte della responsabilità di chi guida una comunità locale.

# Context: heading
local-h-a5600631 = Che cosa possono fare gli enti locali

# Context: paragraph in “What local authorities can do”
local-p-6de9827e = Un Comune non ha bisogno di un grande bilancio per fare la differenza. Molto dipende da come usa gli strumenti di cui già dispone.

# Context: list item in “What local authorities can do”
local-li-a50161d0 = **Prendere la parola.** Dire in modo chiaro e pubblico che i nuovi arrivati fanno parte della comunità, che la città si aspetta rispetto da parte di tutti e che non tollererà { -hate-speech }. Anche il silenzio è un messaggio.

# Context: list item in “What local authorities can do”
local-li-ee45e053 = **Informare.** Dare ai residenti informazioni accurate e tempestive, soprattutto quando qualcosa cambia, per esempio con l'apertura di una struttura di accoglienza. Le voci si diffondono più in fretta quando mancano informazioni ufficiali.

# Context: list item in “What local authorities can do”
local-li-f74c87a2 = **Includere.** Fare in modo che i nuovi arrivati possano accedere ai servizi comunali, che le informazioni siano disponibili nelle lingue che leggono e che la loro voce sia ascoltata nelle consultazioni e negli eventi locali.

# Context: list item in “What local authorities can do”
local-li-35731966 = **Collegare.** Mettere in rete scuole, ONG, datori di lavoro, comunità religiose, società sportive e istituzioni culturali. Spesso il Comune è l'unico soggetto in grado di convocarli tutti.

# Context: list item in “What local authorities can do”
local-li-98b33680 = **Mostrare.** Usare i canali della città, dal sito web alla bacheca in piazza, per far vedere il contributo quotidiano dei { -migrants } alla vita locale.

# Context: paragraph in “What local authorities can do”
local-p-a92353a3 = In molte città il primo passo verso una buona comunicazione è stato interno: una breve riunione di tutti gli uffici comunali che si occupano di nuovi arrivati, per concordare i fatti, le parole e un referente. Quando l'anagrafe, l'ufficio scuola e la segreteria del sindaco dicono la stessa cosa, i residenti se ne accorgono.

# Context: heading
local-h-c68bbad8 = L'integrazione è una strada a doppio senso

# Context: paragraph in “Integration is a two-way street”
local-p-bf7f8d39 = Spesso l'{ -integration } è vista come qualcosa che riguarda solo i nuovi arrivati: imparare la lingua, trovare un lavoro, rispettare le regole. Sono cose importanti. Ma anche alla comunità di accoglienza si chiede qualcosa: apertura, regole eque e accesso alle opportunità.

# Context: paragraph in “Integration is a two-way street”
local-p-67077f85 = La comunicazione ha un ruolo da entrambe le parti. I nuovi arrivati hanno bisogno di informazioni chiare su diritti, doveri e servizi; i residenti di lunga data hanno bisogno di informazioni oneste su chi sono i nuovi arrivati e sul perché sono venuti. Gli uni e gli altri hanno bisogno di occasioni per incontrarsi come persone, non come categorie.

# Context: paragraph in “Integration is a two-way street”
local-p-ad229872 = Quando organizzate un evento, chiedetevi chi fa parte del gruppo organizzatore, non solo chi siede tra il pubblico. Un evento organizzato *con* i nuovi arrivati manda un segnale molto diverso da un evento organizzato *per* loro.

# Context: heading
local-h-d815c6dc = Chi porta che cosa

# Context: paragraph in “Who brings what”
local-p-cba6970c = Nessun soggetto può fare tutto da solo. La tabella qui sotto mostra che cosa portano di solito i diversi attori locali alla comunicazione su migrazione e integrazione.

# Context: table cell in “Who brings what”
local-cell-4c7753a4 = Attore locale

# Context: table cell in “Who brings what”
local-cell-272e00a3 = Che cosa porta

# Context: table cell in “Who brings what”
local-cell-d9ad6fab = Come può aiutare la comunicazione

# Context: table cell in “Who brings what”
local-cell-ad54a51d = Sindaco e consiglio comunale

# Context: table cell in “Who brings what”
local-cell-1679b366 = Legittimità, visibilità, decisioni

# Context: table cell in “Who brings what”
local-cell-c04ab7c0 = Dichiarazioni pubbliche, presenza agli eventi, posizione chiara contro i discorsi d'odio

# Context: table cell in “Who brings what”
local-cell-b52cc990 = Uffici comunali

# Context: table cell in “Who brings what”
local-cell-bfc9f438 = Servizi, dati, contatto quotidiano con i residenti

# Context: table cell in “Who brings what”
local-cell-6e77552f = Informazioni accurate, materiali multilingue, un unico referente

# Context: table cell in “Who brings what”
local-cell-f8290725 = Scuole e scuole dell'infanzia

# Context: table cell in “Who brings what”
local-cell-b107f9eb = Contatto con bambini e genitori

# Context: table cell in “Who brings what”
local-cell-239961ad = Progetti con gli alunni, incontri con i genitori, giornate interculturali

# Context: table cell in “Who brings what”
local-cell-b5669586 = Organizzazioni della società civile

# Context: table cell in “Who brings what”
local-cell-4dff94ae = Fiducia, contatto diretto con i nuovi arrivati, competenze

# Context: table cell in “Who brings what”
local-cell-333c8b54 = Storie, volontari, sostegno pratico, voce critica

# Context: table cell in “Who brings what”
local-cell-dcc7c6b4 = Datori di lavoro e sindacati

# Context: table cell in “Who brings what”
local-cell-38c713dc = Posti di lavoro, formazione, luoghi di lavoro

# Context: table cell in “Who brings what”
local-cell-e03eabde = Esempi di nuovi arrivati al lavoro, tutoraggio

# Context: table cell in “Who brings what”
local-cell-ee9cd3cf = Media locali

# Context: table cell in “Who brings what”
local-cell-88387098 = Ampia diffusione, capacità di orientare il dibattito

# Context: table cell in “Who brings what”
local-cell-be985d85 = Informazione corretta, ritratti, dibattiti locali

# Context: table cell in “Who brings what”
local-cell-bf1dd415 = I nuovi arrivati stessi

# Context: table cell in “Who brings what”
local-cell-d89a53c3 = Esperienza, lingue, competenze

# Context: table cell in “Who brings what”
local-cell-43650b8d = Parlare in prima persona, co-progettare le campagne

# Context: heading
local-h-cd85b6ed = Ostacoli frequenti

# Context: paragraph in “Common obstacles”
local-p-d63eea0f = Il lavoro sul territorio non è facile. Tre difficoltà si ripresentano di continuo.

# Context: list item in “Common obstacles”
local-li-12eee5de = **Paura delle polemiche.** Gli amministratori eletti possono temere che parlare di migrazione costi loro voti. L'esperienza indica che una posizione pacata, fondata sui fatti e coerente viene di solito rispettata, anche da chi non è d'accordo.

# Context: list item in “Common obstacles”
local-li-888d082f = **Mancanza di risorse.** Nei piccoli Comuni può esserci una sola persona per tutta la comunicazione. Le collaborazioni con ONG, scuole e reti aiutano a distribuire il lavoro.

# Context: list item in “Common obstacles”
local-li-4d5ab5e8 = **Le paure dei nuovi arrivati.** Chi è fuggito da persecuzioni può diffidare delle autorità e dell'esposizione pubblica. La fiducia richiede tempo.

# Context: paragraph in “Common obstacles”
local-p-739b5194 = Non usate i nuovi arrivati come «comparse». Una foto di rito in cui i { -refugees } compaiono solo come destinatari riconoscenti di un aiuto rafforza proprio l'immagine che volete cambiare. Mostrate le persone come protagoniste, con le loro competenze e la loro voce.

# Context: heading
local-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
local-li-5bd66681 = Mappate gli attori locali con l'aiuto della tabella qui sopra e scrivete un nome per ogni riga.

# Context: list item in “What you can do”
local-li-6b02c1e1 = Organizzate una riunione interna degli uffici comunali per:

# Context: list item in “What you can do”
local-li-b3a081a2 = concordare i fatti sui nuovi arrivati nella vostra città;

# Context: list item in “What you can do”
local-li-9a214464 = concordare le parole da usare, sulla base del [glossario](03-words.md#glossary);

# Context: list item in “What you can do”
local-li-9abd53e5 = indicare un referente per le domande dei residenti e dei media.

# Context: list item in “What you can do”
local-li-d2215d7f = Chiedete al sindaco o a un dirigente di fare quest'anno una dichiarazione pubblica chiara sull'accoglienza e sul rispetto.

# Context: list item in “What you can do”
local-li-e16f1a99 = Verificate se le principali informazioni comunali sono disponibili nelle lingue più parlate dai nuovi arrivati della vostra città.

# Context: list item in “What you can do”
local-li-b1c4085c = Scegliete un'attività che riunisca residenti e nuovi arrivati su un piano di parità, e progettatela insieme ai nuovi arrivati fin dall'inizio. Usate il piano di campagna del [capitolo 5](05-campaign.md).

# Context: footnote in “What you can do”
local-fn-2e35ef89 = I Principi fondamentali comuni della politica di integrazione degli immigrati sono stati adottati dal Consiglio dell'Unione europea nel 2004. Il primo principio descrive l'integrazione come «un processo dinamico e bilaterale di adeguamento reciproco».

# Context: footnote in “What you can do”
local-fn-e7433d77 = La Commissione europea ha presentato il Piano d'azione per l'integrazione e l'inclusione 2021-2027 nel novembre 2020. Il piano sottolinea il partenariato con gli enti locali e regionali e l'importanza del contatto quotidiano tra nuovi arrivati e comunità di accoglienza.
