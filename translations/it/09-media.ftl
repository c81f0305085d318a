# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Lavorare con i media e i social media
# Context: heading
media-h-2cf19668a799d0f4 = I media locali contano
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Giornali locali, radio e siti di notizie influenzano il modo in cui una città vede sé stessa. I residenti che diffidano dei media nazionali spesso continuano a seguire quelli locali. Quando i media locali raccontano i nuovi arrivati in modo equilibrato e personale, fanno per l'{ -integration } più di molte campagne ufficiali.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = I giornalisti lavorano sotto pressione e spesso sanno poco di asilo e migrazione. Quasi tutti vogliono raccontare la storia in modo corretto: aiutateli a farlo.
# Context: heading
media-h-b0c52e0dd89cea9f = Lavorare con i giornalisti
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Siate disponibili.__ Indicate un referente per le questioni legate alla migrazione e assicuratevi che i giornalisti sappiano chi è. Una risposta rapida e onesta evita un articolo costruito sulle voci.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Siate precisi.__ Fornite i fatti con le fonti e le date. Se non sapete qualcosa, ditelo e promettete di informarvi.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Offrite storie, non solo dichiarazioni.__ Suggerite un nuovo arrivato che gestisce un'attività, un'insegnante la cui classe è cambiata, un volontario con una lunga memoria, sempre con il loro consenso.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Condividete il glossario.__ Un messaggio cordiale con il [glossario](03-words.md#glossary) aiuta i cronisti a usare le parole giuste.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Correggete con garbo.__ Se un articolo contiene errori, contattate il giornalista o la redazione con i fatti corretti. La maggior parte dei media preferisce una rettifica discreta a una polemica pubblica.
# Context: paragraph in “Working with journalists”
media-p-fd6faba9853a564a = Alcune città organizzano una o due volte l'anno un incontro informale tra giornalisti locali, personale comunale, ONG e nuovi arrivati, senza comunicato stampa e senza altro ordine del giorno che conoscersi. Questi contatti si rivelano preziosi quando esplode una notizia difficile.
# Context: heading
media-h-70af929e8af967be = Consenso e sicurezza
# Context: paragraph in “Consent and safety”
media-p-2c284522829e8f5a = Prima di proporre una persona per un'intervista o di pubblicarne il nome, la foto o la storia, assicuratevi che capisca che cosa succederà e che sia liberamente d'accordo. Offrite delle alternative: solo il nome di battesimo, nessun volto, un luogo diverso. Per i { -asylum-seekers } la cui procedura è ancora in corso, e per chiunque abbia familiari in pericolo, l'esposizione pubblica può comportare rischi reali. Per i minori serve il consenso dei genitori o dei tutori.
# Context: paragraph in “Consent and safety”
media-p-94f8ab9a4818d045 = Il consenso non è un modulo firmato una volta per tutte. Chi ha accettato di essere fotografato a una festa non ha accettato di comparire su un manifesto. Chiedete di nuovo il consenso per ogni nuovo utilizzo.
# Context: heading
media-h-b904a77155606517 = Social media
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = I social media permettono alle città di parlare direttamente ai residenti, in modo rapido ed economico, ma diffondono voci e ostilità più velocemente di qualsiasi altro canale. Alcuni principi aiutano:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Pubblicate con regolarità, non solo nelle crisi.__ Un flusso costante di storie quotidiane costruisce un pubblico che vi conosce e si fida di voi prima che accada qualcosa di difficile.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Puntate su persone e immagini.__ Brevi video, foto e citazioni di residenti e nuovi arrivati circolano molto più degli annunci ufficiali.
# Context: list item in “Social media”
media-li-9f35f64de75024a5 = __Scrivete delle regole di moderazione__ e pubblicatele. Dite quali commenti rimuoverete, come insulti, minacce e { -hate-speech }, e applicate la regola a tutti.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderate attivamente__, soprattutto nelle prime ore dopo la pubblicazione di un post. Nascondete o cancellate i commenti che violano le vostre regole, e rispondete con i fatti alle domande poste in buona fede.
# Context: heading
media-h-588bc7bba18e6775 = Contrastare la disinformazione
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Le affermazioni false sulla migrazione si diffondono facilmente perché fanno leva sulla paura. Esempi tipici sono le voci secondo cui i nuovi arrivati riceverebbero più aiuti dei residenti, o secondo cui un reato sarebbe stato commesso da «un migrante» quando non è così.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Rispondete in fretta__ con informazioni accurate provenienti da una fonte affidabile. Più a lungo una voce circola senza risposta, più è difficile correggerla.
# Context: list item in “Countering misinformation”
media-li-3fa7160b29fece64 = __Partite dalla verità.__ Esponete prima i fatti, menzionate brevemente l'affermazione falsa e spiegate perché è sbagliata. Non ripetete l'affermazione falsa in un titolo.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Affidatevi a messaggeri credibili.__ Un medico, un dirigente scolastico o un agente di polizia del posto possono risultare più convincenti del Comune o di una ONG.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Rispondete alla preoccupazione, non solo all'errore.__ Dietro molte voci c'è una preoccupazione reale, per la casa, la sicurezza o l'equità. Prendetela sul serio.
# Context: paragraph in “Countering misinformation”
media-p-fbaead17fe043e7a = Non discutete all'infinito con pochi profili molto rumorosi. Il vostro pubblico è il gruppo più ampio di persone che leggono in silenzio. Date loro una risposta chiara, pacata e fondata sui fatti, una volta sola, e poi andate avanti.
# Context: heading
media-h-b46fce82289f0239 = Rispondere ai discorsi d'odio
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = I discorsi d'odio attaccano le persone per ciò che sono. Feriscono chi ne è bersaglio, spaventano gli altri e, se restano senza risposta, fanno sembrare normale l'ostilità. Nei Paesi dell'UE l'istigazione pubblica alla violenza o all'odio nei confronti di un gruppo definito in riferimento alla razza, al colore, alla religione, all'ascendenza o all'origine nazionale o etnica è un reato[^framework]. Molti contenuti d'odio restano al di sotto di questa soglia, ma violano comunque le regole delle piattaforme e di un dibattito pubblico civile.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Che cosa possono fare gli attori locali:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Documentate__ i post d'odio con schermate, date e link prima che spariscano.
# Context: list item in “Responding to hate speech”
media-li-404e3cd60b719c07 = __Segnalateli__ alla piattaforma e, se possono essere illegali, alla polizia o all'organismo nazionale per la parità. Le grandi piattaforme si sono impegnate a esaminare rapidamente le segnalazioni di illecito incitamento all'odio[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Sostenete__ le persone prese di mira. Contattatele in privato, chiedete di che cosa hanno bisogno e mostrate pubblicamente che la comunità è dalla loro parte.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Rispondete__ con un messaggio pubblico chiaro, affidato a una voce autorevole: nella nostra città non c'è posto per l'odio.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Non fate da cassa di risonanza.__ Evitate di citare per intero le parole d'odio, e non condividetele mai solo per condannarle.
# Context: paragraph in “Responding to hate speech”
media-p-f88084a0d5f3d4b5 = Concordate con i partner un piano di risposta prima che succeda qualcosa: chi monitora, chi segnala, chi parla in pubblico e chi sostiene le persone prese di mira. In un momento difficile, un piano fa risparmiare ore.
# Context: heading
media-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Indicate un referente per i media sulle questioni legate alla migrazione e comunicatelo ai giornalisti locali.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Inviate ai direttori delle testate locali il glossario e la proposta di un incontro.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Scrivete e pubblicate delle regole di moderazione per i vostri canali social.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Elencate le tre voci più diffuse sulla migrazione nella vostra città e preparate per ciascuna una risposta breve e documentata.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = Concordate con i partner un piano di risposta ai discorsi d'odio, seguendo i passi descritti sopra.
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Usate le liste di controllo del [capitolo 10](10-resources.md#media-checklist) prima di ogni intervista e di ogni post che cita persone per nome.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = La decisione quadro 2008/913/GAI del Consiglio, del 28 novembre 2008, sulla lotta contro talune forme ed espressioni di razzismo e xenofobia mediante il diritto penale impone agli Stati membri dell'UE di punire tali condotte.
# Context: footnote in “What you can do”
media-fn-bed367bbdc20677b = Nel 2016 la Commissione europea e diverse grandi piattaforme online hanno concordato un codice di condotta per contrastare l'illecito incitamento all'odio online, con cui le piattaforme si sono impegnate a esaminare la maggior parte delle segnalazioni valide entro 24 ore.
