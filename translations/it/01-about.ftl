# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = Questo manuale e il progetto CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Perché questo manuale
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Ogni città ha le sue storie di nuovi arrivati. Alcune vengono raccontate bene: una famiglia che ha riaperto un forno, un’infermiera che si è formata all’estero e ora fa i turni di notte nell’ambulatorio del paese. Molte non vengono mai raccontate, o vengono raccontate solo come problemi. Questo manuale è per chi vuole cambiare questo equilibrio nel luogo in cui vive.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = È stato scritto per sindaci e personale comunale, ONG locali, insegnanti, giornalisti locali e cittadini attivi. Per usarlo non serve essere professionisti della comunicazione: bastano curiosità, qualche alleato e la voglia di parlare di migrazione e di { -integration } con onestà, senza paura e senza nascondere i problemi.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Il manuale è uno dei risultati di { -clarinet }, un progetto europeo che ha riunito città, regioni e organizzazioni della società civile dell’Europa sud-orientale. I suoi esempi sono volutamente generici: servono ad aiutarvi a immaginare la vostra situazione, più che a descrivere un luogo preciso.
# Context: heading
about-h-7aa2bfa8c139bf1a = Il progetto CLARINET
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = { -clarinet } è stato un progetto internazionale. Il suo nome completo era «Communication of Local AuthoRities for INtegration in European Towns» (La comunicazione degli enti locali per l’integrazione nelle città europee). È stato cofinanziato dal Fondo Asilo, migrazione e integrazione dell’Unione europea. È durato tre anni, dal 2019 al 2021, e ha unito attività a livello locale, nelle città e nelle regioni dei partner, ad attività a livello europeo.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = Questa seconda edizione descrive la situazione a novembre 2026. Il progetto si è concluso nel 2021 e da allora molte cose sono cambiate. Il [capitolo 2](02-routes.md#since-2021) riassume le novità.
# Context: heading
about-h-3b863b44b0d2beff = L’obiettivo
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = L’obiettivo generale del progetto era sensibilizzare i cittadini dell’Unione europea e le comunità locali sul contributo positivo che i { -migrants } danno alle società europee. Le persone accolgono più volentieri chi arriva quando possono vedere, nelle loro strade e nei loro luoghi di lavoro, che cosa i nuovi arrivati portano con sé.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Per questo { -clarinet } non si è rivolto all’«Europa» in generale, ma ha incoraggiato le stesse { -local-communities } a mettere in luce il contributo positivo dei { -migrants } nei luoghi in cui vivono e a far circolare quelle storie.
# Context: heading
about-h-d9950a14c90838fe = Chi ha partecipato
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = Capofila del progetto era il Comune di Lampedusa e Linosa, in Italia. Lampedusa è l’isola più meridionale d’Italia, più vicina alle coste del Nord Africa che alla Sicilia. Da molti anni è uno dei punti di approdo più noti per chi attraversa in barca il Mediterraneo centrale. Pochi luoghi in Europa sanno meglio che cosa significhi, per una piccola comunità, trovarsi faccia a faccia con la migrazione. Il Comune ha lavorato con altri 18 partner, { $partners } organizzazioni in tutto.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Il partenariato riuniva tre tipi di organizzazioni:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 enti locali, sia comuni sia amministrazioni regionali;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 organizzazioni della società civile;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 reti internazionali.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    Gli enti locali e le organizzazioni della società civile hanno sede in { $countries ->
        [one] { $countries } Paese
       *[other] { $countries } Paesi
    } dell’Europa sud-orientale.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = Questi otto Paesi sono Italia, Slovenia, Ungheria, Bulgaria, Romania, Austria, Grecia e Cipro. Negli anni precedenti il progetto, dal 2015 al 2019, sono stati tutti fortemente interessati dall’arrivo di { -asylum-seekers }, per la loro posizione geografica. Si trovano su tre diverse rotte migratorie, descritte nel [capitolo 2](02-routes.md): la rotta del Mediterraneo, la rotta dei Balcani occidentali e la rotta dei Balcani orientali.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Schema del partenariato: il capofila, il Comune di Lampedusa e Linosa (Italia), sopra tre gruppi formati da 8 enti locali, 9 organizzazioni della società civile e 2 reti internazionali; gli enti locali e le organizzazioni hanno sede in Italia, Slovenia, Ungheria, Bulgaria, Romania, Austria, Grecia e Cipro
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = Il partenariato CLARINET: 19 partner; partner locali in 8 Paesi
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = I partner di CLARINET per tipo e Paese
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = In alto, il capofila: il Comune di Lampedusa e Linosa, in Italia, uno degli 8 enti locali. Una linea lo collega a tre gruppi: 8 enti locali (comuni e governi regionali) e 9 organizzazioni della società civile, inquadrati insieme agli 8 Paesi dell’Europa sud-orientale in cui hanno sede (Italia, Slovenia, Ungheria, Bulgaria, Romania, Austria, Grecia e Cipro), e 2 reti internazionali. In basso: 8 + 9 + 2 = 19 partner, dal 2019 al 2021.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Capofila
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Comune di Lampedusa e Linosa
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Italia), uno degli 8 enti locali
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Enti locali
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = comuni e governi regionali
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Organizzazioni della società civile
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 Paesi dell’Europa sud-orientale
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Italia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Slovenia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Ungheria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = Bulgaria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = Romania
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Austria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Grecia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Cipro
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = Reti internazionali
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 partner
# Context: heading
about-h-1006bc421e4fcc03 = Tre obiettivi specifici
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = Il progetto ha lavorato per raggiungere tre obiettivi specifici, e ciascuno ha dato forma a una parte di questo manuale.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = Individuare e incoraggiare le buone pratiche delle { -local-communities } nelle campagne di comunicazione pubblica sulla migrazione e sull’inclusione dei { -migrants }.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Preparare e realizzare campagne di comunicazione pubblica efficaci, promosse dalle stesse comunità locali.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = Promuovere lo scambio, a livello dell’Unione europea, di buone pratiche nelle campagne di comunicazione sulla migrazione e sull’{ -integration } preparate dalle comunità locali.
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
about-li-8f92a3dc8238e325 = Otto programmi di formazione per le comunità locali su come comunicare a livello locale la migrazione e l’{ -integration }, e su che cosa comunicare. Il [capitolo 6](06-training.md) spiega come organizzarne uno vostro.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Otto residenze d’artista, che hanno usato l’arte per aprire conversazioni che spesso le sole parole non riescono ad avviare. Si veda il [capitolo 7](07-art.md).
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
about-li-d3257608c51f2b0d = __Se insegnate o guidate un gruppo di giovani__, vi saranno particolarmente utili i capitoli sulle parole, sulla formazione e sull’arte (3, 6 e 7).
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Se avete poco tempo__, andate direttamente alle liste di controllo e ai modelli del [capitolo 10](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = In tutto il libro troverete suggerimenti con piccoli consigli pratici, riquadri «Buona pratica» che descrivono approcci che hanno funzionato in molti luoghi, e note e avvertenze che segnalano gli errori più facili da commettere.
# Context: heading
about-h-021883523bafcaa3 = Le parole usate in questo manuale
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Parole come { -refugee }, { -asylum-seeker } e { -migrant } hanno significati diversi, e confonderle può fare danni reali. Questo manuale le usa secondo le definizioni del [glossario](03-words.md#glossary). Quando parliamo di persone in generale, diciamo semplicemente «persone» o «residenti». Per chi è arrivato da un altro Paese negli ultimi anni, qualunque sia il suo status giuridico, diciamo { -newcomers }.
# Context: heading
about-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
about-li-760798d9813df91c = Cercate i materiali del progetto sul suo sito web, { -project-site }. Se il sito non fosse più online, cercate { -clarinet } sul Sito web europeo sull’integrazione (European Website on Integration).
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Fate un breve elenco delle persone che nella vostra città si occupano già di migrazione e di { -integration }: in municipio, nelle scuole, nelle ONG, nelle comunità religiose e nei media locali.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Condividete questo manuale con almeno una persona esterna alla vostra organizzazione.
