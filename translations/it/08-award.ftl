### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
award-title-6d9dce07 = Il Premio europeo per le campagne locali

# Context: heading
award-h-eaededca = Perché un premio

# Context: paragraph in “Why an award”
award-p-8d01512c = Molte buone campagne locali restano sconosciute fuori dalla città che le ha realizzate. Un premio è un modo semplice per scoprirle, per ringraziare chi le ha ideate e per condividerne le idee.

# Context: paragraph in “Why an award”
award-p-56f46ba6 = La prima attività di { -clarinet } è stata un bando per il «Premio europeo per le campagne locali di sensibilizzazione pubblica su migrazione e integrazione». Il bando rispondeva al primo e al terzo obiettivo del progetto: individuare e incoraggiare le buone pratiche delle { -local-communities } nella comunicazione pubblica sulla migrazione e sull'inclusione dei { -migrants }, e promuovere lo scambio di queste pratiche in tutta l'Unione europea.

# Context: heading
award-h-9e7328f0 = Come funziona un bando

# Context: paragraph in “How a call works”
award-p-d2cac224 = Qualunque siano le regole precise, un bando per un premio di questo tipo segue di solito le stesse fasi.

# Context: list item in “How a call works”
award-li-10c6414b = **Pubblicazione.** Gli organizzatori pubblicano il bando: chi può partecipare, quali campagne sono ammissibili, la scadenza e i criteri.

# Context: list item in “How a call works”
award-li-0fe93a82 = **Candidature.** I candidati descrivono la propria campagna, di solito compilando un modulo, e allegano materiali come immagini, rassegna stampa e risultati.

# Context: list item in “How a call works”
award-li-8feab185 = **Verifica di ammissibilità.** Gli organizzatori verificano che ogni candidatura soddisfi i requisiti formali.

# Context: list item in “How a call works”
award-li-ee883a18 = **Valutazione.** Una giuria valuta le candidature ammissibili sulla base dei criteri pubblicati.

# Context: list item in “How a call works”
award-li-24c0cef2 = **Decisione e cerimonia.** I vincitori vengono annunciati, idealmente durante un evento pubblico che dia loro visibilità.

# Context: list item in “How a call works”
award-li-c59869f9 = **Condivisione.** Le candidature migliori vengono presentate ad altri, perché altre città possano trarne ispirazione.

# Context: paragraph in “How a call works”
award-p-b9d6d022 = Leggete sempre con attenzione il testo ufficiale di un bando. Questo capitolo descrive come funzionano in genere questi bandi e che cosa cercano di solito le giurie; le regole precise, i requisiti di ammissibilità e i criteri di ciascun premio sono stabiliti dai suoi organizzatori.

# Context: heading
award-h-d32f26f8 = Criteri

# Context: paragraph in “Criteria”
award-p-528cc0d5 = Per un premio europeo dedicato alle campagne locali su migrazione e integrazione, i criteri tipici sono i seguenti. Potete usarli anche per valutare la vostra campagna.

# Context: table cell in “Criteria”
award-cell-a6c7b3a4 = Criterio

# Context: table cell in “Criteria”
award-cell-335ca615 = La domanda che si pone la giuria

# Context: table cell in “Criteria”
award-cell-02d2fe76 = Pertinenza

# Context: table cell in “Criteria”
award-cell-82af7a5e = La campagna risponde a un bisogno o a una situazione locale reale?

# Context: table cell in “Criteria”
award-cell-eb986388 = Chiarezza degli obiettivi

# Context: table cell in “Criteria”
award-cell-69c460ea = La campagna sapeva che cosa voleva cambiare, e per chi?

# Context: table cell in “Criteria”
award-cell-7e3a2476 = Partecipazione

# Context: table cell in “Criteria”
award-cell-d878f080 = Nuovi arrivati e residenti sono stati coinvolti nella sua ideazione e realizzazione?

# Context: table cell in “Criteria”
award-cell-4d821f29 = Qualità del messaggio

# Context: table cell in “Criteria”
award-cell-34cc5209 = Il messaggio era accurato, rispettoso, locale e facile da ricordare?

# Context: table cell in “Criteria”
award-cell-134c2a8d = Creatività

# Context: table cell in “Criteria”
award-cell-c051de15 = La campagna ha trovato un modo nuovo per raggiungere il suo pubblico?

# Context: table cell in “Criteria”
award-cell-f19d7075 = Partenariato

# Context: table cell in “Criteria”
award-cell-d0946624 = Ha riunito attori locali diversi?

# Context: table cell in “Criteria”
award-cell-424cc635 = Risultati

# Context: table cell in “Criteria”
award-cell-c03c1a74 = Ci sono prove della diffusione e del cambiamento, riportate con onestà?

# Context: table cell in “Criteria”
award-cell-22c552ef = Trasferibilità

# Context: table cell in “Criteria”
award-cell-bdc3355e = Un'altra città potrebbe trarne insegnamento e adattarla?

# Context: heading
award-h-6dfa441f = Che cosa hanno in comune le buone candidature

# Context: paragraph in “What good entries share”
award-p-a5e0e337 = Spesso le campagne vincitrici non sono le più grandi né le più costose. Le buone candidature tendono ad avere in comune queste qualità:

# Context: list item in “What good entries share”
award-li-8db72d19 = **Una storia locale chiara.** La candidatura spiega in poche frasi la situazione della città e mostra perché lì la campagna era necessaria.

# Context: list item in “What good entries share”
award-li-8296c137 = **Persone, non etichette.** I nuovi arrivati compaiono come vicini di casa, lavoratori, genitori, artisti e sportivi, e parlano con la propria voce.

# Context: list item in “What good entries share”
award-li-85bf4438 = **Un partenariato reale.** Il Comune, la società civile, le scuole e i nuovi arrivati hanno avuto tutti un ruolo, e la candidatura spiega chi ha fatto che cosa.

# Context: list item in “What good entries share”
award-li-4bf2d60b = **Risultati onesti.** La candidatura riferisce che cosa ha funzionato e che cosa no, con prove modeste ma reali.

# Context: list item in “What good entries share”
award-li-d4a7ab9b = **Qualcosa da copiare.** La candidatura spiega il metodo perché altri possano riutilizzarlo, con costi, tempi e lezioni apprese.

# Context: paragraph in “What good entries share”
award-p-23da42cd = Le candidature più utili contengono una breve sezione intitolata «Se volete farlo nella vostra città». Due o tre frasi pratiche, per esempio su come trovare partner o ottenere il consenso, trasformano una storia di successo in uno strumento per altri.

# Context: heading
award-h-bf454da0 = Preparare una candidatura

# Context: list item in “Preparing an entry”
award-li-033cacd5 = Leggete il bando e i suoi criteri, e per prima cosa verificate di avere i requisiti.

# Context: list item in “Preparing an entry”
award-li-75ddd7aa = Raccogliete il materiale mentre la campagna è in corso, non dopo:

# Context: list item in “Preparing an entry”
award-li-c75ca877 = foto e video, con il consenso al loro uso nella candidatura;

# Context: list item in “Preparing an entry”
award-li-4e71e35b = rassegna stampa e schermate delle reazioni online;

# Context: list item in “Preparing an entry”
award-li-28d2f9c3 = dati sulla partecipazione e sulla diffusione;

# Context: list item in “Preparing an entry”
award-li-90dc5e16 = citazioni dei partecipanti, sia nuovi arrivati sia residenti di lunga data.

# Context: list item in “Preparing an entry”
award-li-ab30f243 = Scrivete la candidatura come una storia: la situazione, l'obiettivo, che cosa avete fatto, che cosa è cambiato, che cosa avete imparato.

# Context: list item in “Preparing an entry”
award-li-29c97291 = Rispondete esplicitamente a ogni criterio. Le giurie leggono molte candidature e apprezzano una struttura chiara.

# Context: paragraph in “Preparing an entry”
award-p-8538e4f5 = Anche se non vincete, vale comunque la pena di preparare una candidatura: vi costringe a valutare la campagna, e il materiale si può riutilizzare in relazioni e richieste di finanziamento.

# Context: heading
award-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
award-li-a9eeb92f = Valutate la vostra ultima campagna con la tabella dei criteri qui sopra e annotatene i punti di forza e di debolezza.

# Context: list item in “What you can do”
award-li-ec2813b3 = Fin dal primo giorno della vostra prossima campagna, aprite una «cartella delle prove».

# Context: list item in “What you can do”
award-li-03cd530b = Cercate bandi di premi e programmi di finanziamento aperti su migrazione, integrazione e comunicazione locale, per esempio sul [sito web della Commissione europea](https://commission.europa.eu) e attraverso le reti nazionali ed europee di città.

# Context: list item in “What you can do”
award-li-f4de1ffe = Usate il [modello di piano di campagna](10-resources.md#campaign-template) per documentare più facilmente la vostra prossima campagna.
