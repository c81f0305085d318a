# handbook/chapters/06-training.md — Training local communities
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
training-title-cef7d88e6e1e87bb = La formazione delle comunità locali
# Context: heading
training-h-61efe14fc2e2e932 = Perché la formazione
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = La maggior parte delle persone che in una città comunicano sulla migrazione non aveva mai pensato di farlo. A un’assistente sociale viene chiesto di intervenire a un’assemblea di quartiere; un insegnante scopre che l’arrivo di un nuovo alunno ha agitato alcuni genitori; una volontaria vede online un post carico d’odio contro le famiglie che aiuta. Ognuno di loro comunica, preparato o no.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = La formazione dà loro sicurezza, un linguaggio comune e strumenti pratici. E li fa anche incontrare: spesso il risultato più prezioso di una giornata di formazione è che la bibliotecaria, l’educatore e l’agente di polizia ora si conoscono.
# Context: heading
training-h-cc4e4fe821dc2ace = A chi si rivolge la formazione
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = Un programma di formazione locale funziona meglio con un gruppo misto. Valutate di invitare:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = il personale comunale che incontra residenti e nuovi arrivati, e chi scrive per i canali del Comune;
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = gli amministratori eletti, anche se possono partecipare solo per una parte del tempo;
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = personale e volontari delle ONG, comprese le organizzazioni guidate da { -migrants };
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = insegnanti, psicologi e consulenti scolastici, educatori;
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = giornalisti locali e chi gestisce media di comunità o gruppi online;
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = nuovi arrivati attivi nella comunità, come partecipanti e, dove possibile, come co-formatori.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = Un gruppo di 15-25 persone permette una vera discussione.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = I gruppi misti imparano di più, ma vanno seguiti con attenzione. All’inizio concordate alcune semplici regole di base: ascoltare, parlare a partire dalla propria esperienza, rispettare la riservatezza, criticare le idee e non le persone.
# Context: heading
training-h-758d23798d0d029c = Che cosa può trattare un programma
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = I moduli che seguono possono essere combinati in un programma di una giornata, di due giornate o in più incontri. Ogni modulo prevede una breve introduzione, un’attività e una discussione.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Fatti e contesto.__ Chi sono i nuovi arrivati nella nostra città, perché sono venuti e qual è la loro situazione giuridica? Usate il [capitolo 2](02-routes.md) come base.
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Parole.__ Rifugiati, richiedenti asilo, migranti e così via: che cosa significano queste parole e come suonano. Lavorate con il [glossario](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Percezioni e stereotipi.__ Come si formano le opinioni sulla migrazione? Che ruolo hanno la paura, il contatto e i media? I partecipanti riflettono sui propri presupposti, senza colpevolizzazioni.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Storie e messaggi.__ Come trovare e raccontare storie di contributo e di vita quotidiana, con il consenso delle persone e senza stereotipi. I partecipanti scrivono una bozza di messaggio per il proprio pubblico.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Pianificare una campagna.__ Le sette fasi del ciclo della campagna descritto nel [capitolo 5](05-campaign.md#cycle), applicate a un’idea locale concreta.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Media e social media.__ Lavorare con i giornalisti, prepararsi alle interviste, moderare i commenti e rispondere alla disinformazione. Si veda il [capitolo 9](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Rispondere all’ostilità.__ Che cosa fare quando una riunione si fa tesa o quando compaiono { -hate-speech }: mantenere la calma, porre dei limiti, sapere quando segnalare.
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Invitate i nuovi arrivati a raccontare la propria esperienza di arrivo in città, con parole loro e alle loro condizioni. Un racconto personale ascoltato di persona cambia spesso le opinioni dei partecipanti più di qualsiasi diapositiva. Preparate bene chi interviene, retribuite il tempo che vi dedica e non chiedetegli mai di rivivere in pubblico eventi traumatici. Prima di pagare un { -asylum-seeker }, verificate le regole sul lavoro e sui sussidi nel [capitolo 4](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Realizzare un programma di formazione
# Context: heading
training-h-3386b5676f771586 = Prima della formazione
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Fissate l’obiettivo. Che cosa dovrebbero saper fare i partecipanti alla fine? Per esempio: scrivere un comunicato stampa con un linguaggio accurato, o pianificare una piccola campagna.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Scoprite di che cosa hanno bisogno i partecipanti: un breve questionario vi dirà che cosa sanno e che cosa li preoccupa.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Scegliete i formatori: una persona con esperienza di comunicazione, una che conosca bene i temi della migrazione e dell’asilo e almeno un nuovo arrivato.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Preparate gli aspetti pratici:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = una sede accessibile, con spazio per lavorare in piccoli gruppi;
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = l’interpretariato, se qualche partecipante ne ha bisogno;
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = un servizio di custodia dei bambini, oppure un orario adatto ai genitori e a chi lavora su turni.
# Context: heading
training-h-a709853027611f7a = Durante la formazione
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = Fate interventi brevi e lasciate che i partecipanti lavorino sulle proprie situazioni reali, alternando brevi presentazioni, casi di studio, giochi di ruolo e conversazioni con i nuovi arrivati.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Lasciate spazio ai dubbi e alle domande difficili. Chi è preoccupato per la sicurezza, per il costo dei servizi o per le tensioni in una scuola deve poterlo dire. Rispondete con i fatti e mostrate come altri hanno affrontato situazioni simili.
# Context: heading
training-h-257f554c9fad8263 = Dopo la formazione
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Chiedete ai partecipanti di andare via con un impegno concreto: un testo da riscrivere, un partner da chiamare, un’attività da pianificare. Restate in contatto e rivedetevi dopo qualche mese. Il risultato migliore è una formazione che sfocia in una campagna. { -clarinet } ha realizzato sia programmi di formazione sia campagne locali.
# Context: heading
training-h-86f437ebce5d900a = Un esempio di programma di una giornata
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = La tabella qui sotto è un modello da adattare. Gli orari sono indicativi.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Orario
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Sessione
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Metodo
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 9.00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Accoglienza, presentazioni, regole di base
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Giro di nomi, breve attività rompighiaccio a coppie
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 9.30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Fatti e contesto nella nostra città
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Breve introduzione, domande, quiz
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10.30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = Le parole contano
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Lavoro sul glossario; riscrittura di titoli reali
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11.30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Pausa
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Caffè e conversazione informale
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11.45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Arrivare qui: la parola ai nuovi arrivati
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Conversazione in piccoli gruppi
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13.00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Pranzo
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = Un pasto condiviso
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14.00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = Dalla storia al messaggio
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Lavoro di gruppo su un messaggio locale
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15.00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Pianificare una piccola campagna
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Ciclo della campagna, una pagina per gruppo
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16.00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = Gestire i media e i commenti ostili
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Gioco di ruolo
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16.45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Impegni e valutazione
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Ogni partecipante indica un passo successivo; breve questionario di gradimento
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17.00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Chiusura
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Ringraziamenti e saluti
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = Un esempio di programma di formazione di una giornata
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = Una sola giornata è un buon inizio, ma raramente basta. Se potete, distribuite i moduli su più incontri brevi, così che i partecipanti possano mettere alla prova ciò che hanno imparato tra un incontro e l’altro.
# Context: heading
training-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = Elencate dieci persone della vostra città che comunicano sulla migrazione, che ne siano consapevoli o no, e invitatele a un primo incontro di mezza giornata.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Trovate un co-formatore tra i nuovi arrivati della vostra città e preparate l’incontro insieme.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Usate il programma di esempio qui sopra e adattatelo al tempo e al budget di cui disponete.
