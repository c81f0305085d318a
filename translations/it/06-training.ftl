### handbook/chapters/06-training.md — Training local communities
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
training-title-5b6cd454 = La formazione delle comunità locali

# Context: heading
training-h-078c0918 = Perché la formazione

# Context: paragraph in “Why training”
training-p-1666b679 = La maggior parte delle persone che in una città comunicano sulla migrazione non aveva mai pensato di farlo. A un'assistente sociale viene chiesto di intervenire a un'assemblea di quartiere; un insegnante scopre che l'arrivo di un nuovo alunno ha agitato alcuni genitori; una volontaria vede online un post carico d'odio contro le «sue» famiglie. Ognuno di loro comunica, che sia pronto o no.

# Context: paragraph in “Why training”
training-p-afa24c58 = La formazione dà loro sicurezza, un linguaggio comune e strumenti pratici. E li fa anche incontrare: spesso il risultato più prezioso di una giornata di formazione è che la bibliotecaria, l'educatore e l'agente di polizia ora si conoscono.

# Context: heading
training-h-f2999e8a = Gli otto programmi di formazione

# Context: paragraph in “The eight training programmes”
training-p-6302f850 = La formazione è stata una delle cinque attività principali di { -clarinet }. Il progetto ha previsto otto programmi di formazione per le { -local-communities }, accanto alle otto campagne locali di sensibilizzazione e alle otto residenze d'artista. I programmi affrontavano due domande, che attraversano anche questo manuale:

# Context: list item in “The eight training programmes”
training-li-728713a6 = **Come** possono le comunità locali comunicare sulla migrazione e sull'{ -integration } nella propria città: attraverso quali canali, con quali partner, con quale tono?

# Context: list item in “The eight training programmes”
training-li-84038310 = **Che cosa** dovrebbero comunicare: quali fatti, quali storie, quali messaggi sul contributo dei { -migrants } alla vita locale?

# Context: paragraph in “The eight training programmes”
training-p-6051c9de = Poiché i programmi si sono svolti in Paesi e lingue diversi, ciascuno è stato modellato sulle esigenze locali. Le sezioni che seguono non sono un programma fisso: raccolgono i temi e i metodi che una formazione di questo tipo affronta di solito, perché possiate progettare la vostra.

# Context: heading
training-h-71ea65eb = A chi si rivolge la formazione

# Context: paragraph in “Who training is for”
training-p-5cd31d27 = Un programma di formazione locale funziona meglio con un gruppo misto. Valutate di invitare:

# Context: list item in “Who training is for”
training-li-924d6e3f = il personale comunale che incontra residenti e nuovi arrivati, e chi scrive per i canali del Comune;

# Context: list item in “Who training is for”
training-li-faa0b619 = gli amministratori eletti, anche se possono partecipare solo per una parte del tempo;

# Context: list item in “Who training is for”
training-li-5d9ec123 = personale e volontari delle ONG, comprese le organizzazioni guidate da { -migrants };

# Context: list item in “Who training is for”
training-li-9e664a56 = insegnanti, psicologi e consulenti scolastici, educatori;

# Context: list item in “Who training is for”
training-li-c2b77862 = giornalisti locali e chi gestisce media di comunità o gruppi online;

# Context: list item in “Who training is for”
training-li-9499bbb6 = nuovi arrivati attivi nella comunità, come partecipanti e, dove possibile, come co-formatori.

# Context: paragraph in “Who training is for”
training-p-344d89c0 = Un gruppo di 15-25 persone permette una vera discussione.

# Context: paragraph in “Who training is for”
training-p-729e2c54 = I gruppi misti imparano di più, ma vanno seguiti con attenzione. All'inizio concordate alcune semplici regole di base: ascoltare, parlare a partire dalla propria esperienza, rispettare la riservatezza, criticare le idee e non le persone.

# Context: heading
training-h-503564a9 = Che cosa può trattare un programma

# Context: paragraph in “What a programme can cover”
training-p-334ac23b = I moduli che seguono possono essere combinati in un programma di una giornata, di due giornate o in più incontri. Ogni modulo prevede una breve introduzione, un'attività e una discussione.

# Context: list item in “What a programme can cover”
training-li-b3edce25 = **Fatti e contesto.** Chi sono i nuovi arrivati nella nostra città, perché sono venuti e qual è la loro situazione giuridica? Usate il [capitolo 2](02-routes.md) come base.

# Context: list item in “What a programme can cover”
training-li-2904d722 = **Parole.** Rifugiati, richiedenti asilo, migranti e così via: che cosa significano queste parole e come suonano. Lavorate con il [glossario](03-words.md#glossary).

# Context: list item in “What a programme can cover”
training-li-0c712dbc = **Percezioni e stereotipi.** Come si formano le opinioni sulla migrazione? Che ruolo hanno la paura, il contatto e i media? I partecipanti riflettono sui propri presupposti, senza colpevolizzazioni.

# Context: list item in “What a programme can cover”
training-li-8d98ecd8 = **Storie e messaggi.** Come trovare e raccontare storie di contributo e di vita quotidiana, con il consenso delle persone e senza stereotipi. I partecipanti scrivono una bozza di messaggio per il proprio pubblico.

# Context: list item in “What a programme can cover”
training-li-87e319a6 = **Pianificare una campagna.** Le sette fasi del ciclo della campagna descritto nel [capitolo 5](05-campaign.md#cycle), applicate a un'idea locale concreta.

# Context: list item in “What a programme can cover”
training-li-3e6f1470 = **Media e social media.** Lavorare con i giornalisti, prepararsi alle interviste, moderare i commenti e rispondere alla disinformazione. Si veda il [capitolo 9](09-media.md).

# Context: list item in “What a programme can cover”
training-li-21e7260a = **Rispondere all'ostilità.** Che cosa fare quando una riunione si fa tesa o quando compaiono { -hate-speech }: mantenere la calma, porre dei limiti, sapere quando segnalare.

# Context: paragraph in “What a programme can cover”
training-p-6c332660 = Invitate i nuovi arrivati a raccontare la propria esperienza di arrivo in città, con parole loro e alle loro condizioni. Un racconto personale ascoltato di persona cambia spesso le opinioni dei partecipanti più di qualsiasi diapositiva. Preparate bene chi interviene, retribuite il tempo che vi dedica e non chiedetegli mai di rivivere in pubblico eventi traumatici.

# Context: heading
training-h-474e1b3d = Realizzare un programma di formazione

# Context: heading
training-h-20641eef = Prima

# Context: list item in “Before”
training-li-588a15fa = Fissate l'obiettivo. Che cosa dovrebbero saper fare i partecipanti alla fine? Per esempio: scrivere un comunicato stampa con un linguaggio accurato, o pianificare una piccola campagna.

# Context: list item in “Before”
training-li-2cd16d14 = Scoprite di che cosa hanno bisogno i partecipanti: un breve questionario vi dirà che cosa sanno e che cosa li preoccupa.

# Context: list item in “Before”
training-li-9e3384b5 = Scegliete i formatori: una persona con esperienza di comunicazione, una che conosca bene i temi della migrazione e dell'asilo e almeno un nuovo arrivato.

# Context: list item in “Before”
training-li-ad2ff4ce = Preparate gli aspetti pratici:

# Context: list item in “Before”
training-li-069da143 = una sede accessibile, con spazio per lavorare in piccoli gruppi;

# Context: list item in “Before”
training-li-6a31c872 = l'interpretariato, se qualche partecipante ne ha bisogno;

# Context: list item in “Before”
training-li-9c48e891 = un servizio di custodia dei bambini, oppure un orario adatto ai genitori e a chi lavora su turni.

# Context: heading
training-h-86c03894 = Durante

# Context: paragraph in “During”
training-p-4682b529 = Fate interventi brevi e lasciate che i partecipanti lavorino sulle proprie situazioni reali, alternando brevi presentazioni, casi di studio, giochi di ruolo e conversazioni con i nuovi arrivati.

# Context: paragraph in “During”
training-p-5e1981e1 = Lasciate spazio ai dubbi e alle domande difficili. Chi è preoccupato per la sicurezza, per il costo dei servizi o per le tensioni in una scuola deve poterlo dire. Rispondete con i fatti e mostrate come altri hanno affrontato situazioni simili.

# Context: heading
training-h-1754c553 = Dopo

# Context: paragraph in “After”
training-p-eff85e07 = Chiedete ai partecipanti di andare via con un impegno concreto: un testo da riscrivere, un partner da chiamare, un'attività da pianificare. Restate in contatto e rivedetevi dopo qualche mese. Il risultato migliore è una formazione che sfocia in una campagna: per questo { -clarinet } ha abbinato la formazione a campagne ideate dalle comunità partecipanti.

# Context: heading
training-h-7036f44e = Un esempio di programma di una giornata

# Context: paragraph in “A sample one-day programme”
training-p-1ab9d3d4 = La tabella qui sotto è un modello da adattare. Gli orari sono indicativi.

# Context: table cell in “A sample one-day programme”
training-cell-78efd29f = Orario

# Context: table cell in “A sample one-day programme”
training-cell-44b56f66 = Sessione

# Context: table cell in “A sample one-day programme”
training-cell-8cb93664 = Metodo

# Context: table cell in “A sample one-day programme”
training-cell-9027f0a8 = 9.00

# Context: table cell in “A sample one-day programme”
training-cell-f941f369 = Accoglienza, presentazioni, regole di base

# Context: table cell in “A sample one-day programme”
training-cell-4736681d = Giro di nomi, breve attività rompighiaccio a coppie

# Context: table cell in “A sample one-day programme”
training-cell-901b7d63 = 9.30

# Context: table cell in “A sample one-day programme”
training-cell-4d30ad90 = Fatti e contesto nella nostra città

# Context: table cell in “A sample one-day programme”
training-cell-40960c4e = Breve introduzione, domande, quiz

# Context: table cell in “A sample one-day programme”
training-cell-53aa9c37 = 10.30

# Context: table cell in “A sample one-day programme”
training-cell-99393f6a = Le parole contano

# Context: table cell in “A sample one-day programme”
training-cell-e93a1cd8 = Lavoro sul glossario; riscrittura di titoli reali

# Context: table cell in “A sample one-day programme”
training-cell-0198394b = 11.30

# Context: table cell in “A sample one-day programme”
training-cell-0ae8041c = Pausa

# Context: table cell in “A sample one-day programme”
training-cell-01e57b1d = Caffè e conversazione informale

# Context: table cell in “A sample one-day programme”
training-cell-019b89bb = 11.45

# Context: table cell in “A sample one-day programme”
training-cell-18685ed7 = Arrivare qui: la parola ai nuovi arrivati

# Context: table cell in “A sample one-day programme”
training-cell-432b1836 = Conversazione in piccoli gruppi

# Context: table cell in “A sample one-day programme”
training-cell-b84d37e3 = 13.00

# Context: table cell in “A sample one-day programme”
training-cell-3a996e21 = Pranzo

# Context: table cell in “A sample one-day programme”
training-cell-0183acba = Un pasto condiviso

# Context: table cell in “A sample one-day programme”
training-cell-64e00163 = 14.00

# Context: table cell in “A sample one-day programme”
training-cell-559ca8c4 = Dalla storia al messaggio

# Context: table cell in “A sample one-day programme”
training-cell-2c5f965e = Lavoro di gruppo su un messaggio locale

# Context: table cell in “A sample one-day programme”
training-cell-16d1d7e5 = 15.00

# Context: table cell in “A sample one-day programme”
training-cell-a0af79a3 = Pianificare una piccola campagna

# Context: table cell in “A sample one-day programme”
training-cell-049c37b7 = Ciclo della campagna, una pagina per gruppo

# Context: table cell in “A sample one-day programme”
training-cell-380725a8 = 16.00

# Context: table cell in “A sample one-day programme”
training-cell-0ddfe142 = Gestire i media e i commenti ostili

# Context: table cell in “A sample one-day programme”
training-cell-11fdb446 = Gioco di ruolo

# Context: table cell in “A sample one-day programme”
training-cell-380f7563 = 16.45

# Context: table cell in “A sample one-day programme”
training-cell-48c1c711 = Impegni e valutazione

# Context: table cell in “A sample one-day programme”
training-cell-160d1d98 = Ogni partecipante indica un passo successivo; breve questionario di gradimento

# Context: table cell in “A sample one-day programme”
training-cell-b3fab034 = 17.00

# Context: table cell in “A sample one-day programme”
training-cell-db541cd8 = Chiusura

# Context: table cell in “A sample one-day programme”
training-cell-d5c887f7 = Ringraziamenti e saluti

# Context: paragraph in “A sample one-day programme”
training-p-031f2f2d = Una sola giornata è un buon inizio, ma raramente basta. Se potete, distribuite i moduli su più incontri brevi, così che i partecipanti possano mettere alla prova ciò che hanno imparato tra un incontro e l'altro.

# Context: heading
training-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
training-li-58283c7c = Elencate dieci persone della vostra città che comunicano sulla migrazione, che ne siano consapevoli o no, e invitatele a un primo incontro di mezza giornata.

# Context: list item in “What you can do”
training-li-bbfe3487 = Trovate un co-formatore tra i nuovi arrivati della vostra città e preparate l'incontro insieme.

# Context: list item in “What you can do”
training-li-2ed79858 = Usate il programma di esempio qui sopra e adattatelo al tempo e al bilancio di cui disponete.

# Context: list item in “What you can do”
training-li-2194955d = Concludete ogni incontro con impegni concreti e fissate una data per rivedervi.
