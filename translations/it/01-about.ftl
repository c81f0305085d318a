# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = Questo manuale e il progetto CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Perché questo manuale
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Ogni città ha le sue storie di nuovi arrivati. Alcune vengono raccontate bene: una famiglia che ha riaperto un forno, un'infermiera che si è formata all'estero e ora fa i turni di notte nell'ambulatorio del paese. Molte non vengono mai raccontate, o vengono raccontate solo come problemi. Questo manuale è per chi vuole cambiare questo equilibrio nel luogo in cui vive.
# Context: paragraph in “Why this handbook exists”
about-p-eb6306206c2d5dd7 = È stato scritto per sindaci e personale comunale, ONG locali, insegnanti, giornalisti locali e cittadini attivi. Per usarlo non serve essere professionisti della comunicazione: bastano curiosità, qualche alleato e la voglia di parlare di migrazione e di { -integration } con onestà, senza paura e senza favole.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Il manuale è uno dei risultati di { -clarinet }, un progetto europeo che ha riunito città, regioni e organizzazioni della società civile dell'Europa sud-orientale. I suoi esempi sono volutamente generici: servono ad aiutarvi a immaginare la vostra situazione, più che a descrivere un luogo preciso.
# Context: heading
about-h-7aa2bfa8c139bf1a = Il progetto CLARINET
# Context: paragraph in “The CLARINET project”
about-p-e33271c8fec5ad28 = { -clarinet } è stato un progetto internazionale il cui titolo esteso, nella descrizione in sloveno, parla di sensibilizzare le comunità locali all'integrazione nelle città europee. È durato tre anni, dal 2019 al 2021, e ha unito attività a livello locale, nelle città e nelle regioni dei partner, ad attività a livello europeo.
# Context: paragraph in “The CLARINET project”
about-p-d4fbef935ab88228 = Il sito web del progetto è { -project-site }: è lì che si trovano i materiali e le notizie del progetto.
# Context: heading
about-h-3b863b44b0d2beff = L'obiettivo
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = L'obiettivo generale del progetto era sensibilizzare i cittadini dell'Unione europea e le comunità locali sul contributo positivo che i { -migrants } danno alle società europee. Le persone accolgono più volentieri chi arriva quando possono vedere, nelle loro strade e nei loro luoghi di lavoro, che cosa i nuovi arrivati portano con sé.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Per questo { -clarinet } non si è rivolto all'«Europa» in generale, ma ha incoraggiato le stesse { -local-communities } a mettere in luce il contributo positivo dei { -migrants } nei luoghi in cui vivono e a far circolare quelle storie.
# Context: heading
about-h-d9950a14c90838fe = Chi ha partecipato
# Context: paragraph in “Who was involved”
about-p-a807b00e8eef8a17 = Capofila del progetto era il Comune di Lampedusa e Linosa, in Italia. L'isola di Lampedusa, all'estremità meridionale del Paese e più vicina alle coste del Nord Africa che alla Sicilia, è da molti anni uno dei punti di approdo più noti per chi attraversa in barca il Mediterraneo centrale. Pochi luoghi in Europa sanno meglio che cosa significhi, per una piccola comunità, trovarsi faccia a faccia con la migrazione. Il Comune ha lavorato con altri 18 partner, { $partners } organizzazioni in tutto.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Il partenariato riuniva tre tipi di organizzazioni:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 enti locali, sia comuni sia amministrazioni regionali;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 organizzazioni della società civile;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 reti internazionali.
# Context: paragraph in “Who was involved”
about-p-ad7815889a5d1868 =
    I partner hanno sede in { $countries ->
        [one] { $countries } Paese
       *[other] { $countries } Paesi
    } dell'Europa sud-orientale.
# Context: paragraph in “Who was involved”
about-p-68ecd97bc8acf793 = Questi otto Paesi sono Italia, Slovenia, Ungheria, Bulgaria, Romania, Austria, Grecia e Cipro. Negli ultimi anni, per la loro posizione geografica, sono stati tutti fortemente interessati dall'arrivo di { -asylum-seekers }. Si trovano su tre diverse rotte migratorie, descritte nel [capitolo 2](02-routes.md): la rotta del Mediterraneo, la rotta dei Balcani occidentali e la rotta dei Balcani orientali.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Schema del partenariato: il capofila, il Comune di Lampedusa e Linosa (Italia), sopra tre gruppi formati da 8 enti locali, 9 organizzazioni della società civile e 2 reti internazionali; gli enti locali e le organizzazioni hanno sede in Italia, Slovenia, Ungheria, Bulgaria, Romania, Austria, Grecia e Cipro
# Context: figure caption in “Who was involved”
about-cap-14d4bcbff6960e4f = Il partenariato CLARINET: 19 partner da 8 Paesi
# Context: paragraph in “Who was involved”
about-p-e3bae2b1140c62de = La lingua comune del progetto era l'inglese, ma il lavoro sul territorio si svolgeva nelle lingue dei partner: italiano, sloveno, ungherese, bulgaro, rumeno, tedesco (in Austria) e greco (in Grecia e a Cipro).
# Context: paragraph in “Who was involved”
about-p-d968b4079f3343db = La composizione del partenariato conta. Un ente locale porta legittimità e accesso ai residenti; un'organizzazione della società civile porta fiducia e contatto diretto con i nuovi arrivati; una rete porta la capacità di arrivare lontano. Le buone campagne locali di solito hanno bisogno di tutti e tre.
# Context: heading
about-h-1006bc421e4fcc03 = Tre obiettivi specifici
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = Il progetto ha lavorato per raggiungere tre obiettivi specifici, e ciascuno ha dato forma a una parte di questo manuale.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = Individuare e incoraggiare le buone pratiche delle { -local-communities } nelle campagne di comunicazione pubblica sulla migrazione e sull'inclusione dei { -migrants }.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Preparare e realizzare campagne di comunicazione pubblica efficaci, promosse dalle stesse comunità locali.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = Promuovere lo scambio, a livello dell'Unione europea, di buone pratiche nelle campagne di comunicazione sulla migrazione e sull'{ -integration } preparate dalle comunità locali.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = In parole più semplici: scoprire che cosa funziona, metterlo in pratica e condividerlo.
# Context: heading
about-h-cbad4ffb26ab0e29 = Cinque attività
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = Per raggiungere questi obiettivi, i partner hanno realizzato cinque attività principali:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = Un bando per il «Premio europeo per le campagne locali di sensibilizzazione pubblica su migrazione e integrazione», che ha invitato le comunità locali di tutta Europa a presentare le proprie campagne. Il [capitolo 8](08-award.md) spiega come funziona un bando di questo tipo.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = Il «Manuale su migrazione e integrazione per le comunità locali», cioè il libro che state leggendo.
# Context: list item in “Five activities”
about-li-0654367542a6e607 = Otto programmi di formazione per le comunità locali su come comunicare a livello locale la migrazione e l'{ -integration }, e su che cosa comunicare. Il [capitolo 6](06-training.md) li descrive e spiega come organizzarne uno vostro.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Otto residenze d'artista, che hanno usato l'arte per aprire conversazioni che spesso le sole parole non riescono ad avviare. Si veda il [capitolo 7](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Otto campagne di sensibilizzazione ideate e promosse dalle comunità locali partecipanti. Il metodo per pianificare una campagna di questo tipo è illustrato passo dopo passo nel [capitolo 5](05-campaign.md).
# Context: heading
about-h-3e84b60b2302c414 = Come usare questo manuale
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Ogni capitolo si può leggere da solo e si chiude con una breve sezione intitolata «Cosa potete fare». Ecco alcuni percorsi di lettura consigliati a seconda del lettore:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __Se lavorate in Comune__, cominciate dal [capitolo 4](04-local.md) sul ruolo degli enti locali, poi passate al piano di campagna del [capitolo 5](05-campaign.md).
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __Se siete giornalisti o lavorate con i media__, cominciate dal glossario del [capitolo 3](03-words.md#glossary) e poi leggete il [capitolo 9](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __Se insegnate o guidate un gruppo di giovani__, vi saranno particolarmente utili i capitoli sulle parole, sulla formazione e sull'arte (3, 6 e 7).
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Se avete poco tempo__, andate direttamente alle liste di controllo e ai modelli del [capitolo 10](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = In tutto il libro troverete suggerimenti con piccoli consigli pratici, riquadri «Buona pratica» che descrivono approcci che hanno funzionato in molti luoghi, e note e avvertenze che segnalano gli errori più facili da commettere.
# Context: paragraph in “How to use this handbook”
about-p-b79d29b00b747fec = Leggete il manuale insieme a un collega o a un'organizzazione partner, segnate le due o tre idee più adatte alla vostra città e decidete chi le metterà alla prova per primo.
# Context: heading
about-h-91d6eabc4f9f65dc = Due parole sulle parole
# Context: paragraph in “A word about words”
about-p-33d85af3028e6aa2 = Parole come { -refugee }, { -asylum-seeker } e { -migrant } hanno significati diversi, e confonderle può fare danni reali. Questo manuale le usa secondo le definizioni del [glossario](03-words.md#glossary); quando parliamo di persone in generale, diciamo semplicemente «persone», «nuovi arrivati» o «residenti».
# Context: heading
about-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
about-li-84a5618d0ab0dfbb = Visitate il sito web del progetto, { -project-site }, per consultarne i materiali nella vostra lingua.
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Fate un breve elenco delle persone che nella vostra città si occupano già di migrazione e di { -integration }: in municipio, nelle scuole, nelle ONG, nelle comunità religiose e nei media locali.
# Context: list item in “What you can do”
about-li-a7571064fab41c1e = Tra i percorsi di lettura proposti qui sopra, scegliete il capitolo più adatto al vostro ruolo e leggetelo per primo.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Condividete questo manuale con almeno una persona esterna alla vostra organizzazione.
