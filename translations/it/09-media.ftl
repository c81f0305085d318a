### handbook/chapters/09-media.md — Working with media and social media
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
media-title-fcd99ea0 = Lavorare con i media e i social media

# Context: heading
media-h-4695ba26 = I media locali contano

# Context: paragraph in “Local media matter”
media-p-ed4ba42b = Giornali locali, radio e siti di notizie influenzano il modo in cui una città vede sé stessa. I residenti che diffidano dei media nazionali spesso continuano a seguire quelli locali. Quando i media locali raccontano i nuovi arrivati in modo equilibrato e personale, fanno per l'{ -integration } più di molte campagne ufficiali.

# Context: paragraph in “Local media matter”
media-p-98018864 = I giornalisti lavorano sotto pressione e spesso sanno poco di asilo e migrazione. Quasi tutti vogliono raccontare la storia in modo corretto: aiutateli a farlo.

# Context: heading
media-h-9f505be9 = Lavorare con i giornalisti

# Context: list item in “Working with journalists”
media-li-4149d813 = **Siate disponibili.** Indicate un referente per le questioni legate alla migrazione e assicuratevi che i giornalisti sappiano chi è. Una risposta rapida e onesta evita un articolo costruito sulle voci.

# Context: list item in “Working with journalists”
media-li-e9a89348 = **Siate precisi.** Fornite i fatti con le fonti e le date. Se non sapete qualcosa, ditelo e promettete di informarvi.

# Context: list item in “Working with journalists”
media-li-253ba59d = **Offrite storie, non solo dichiarazioni.** Suggerite un nuovo arrivato che gestisce un'attività, un'insegnante la cui classe è cambiata, un volontario con una lunga memoria, sempre con il loro consenso.

# Context: list item in “Working with journalists”
media-li-04438ec3 = **Condividete il glossario.** Un messaggio cordiale con il [glossario](03-words.md#glossary) aiuta i cronisti a usare le parole giuste.

# Context: list item in “Working with journalists”
media-li-89d12571 = **Correggete con garbo.** Se un articolo contiene errori, contattate il giornalista o la redazione con i fatti corretti. La maggior parte dei media preferisce una rettifica discreta a una polemica pubblica.

# Context: paragraph in “Working with journalists”
media-p-9f98ab50 = Alcune città organizzano una o due volte l'anno un incontro informale tra giornalisti locali, personale comunale, ONG e nuovi arrivati, senza comunicato stampa e senza altro ordine del giorno che conoscersi. Questi contatti si rivelano preziosi quando esplode una notizia difficile.

# Context: heading
media-h-e76f4d07 = Consenso e sicurezza

# Context: paragraph in “Consent and safety”
media-p-15391ed4 = Prima di proporre una persona per un'intervista o di pubblicarne il nome, la foto o la storia, assicuratevi che capisca che cosa succederà e che sia liberamente d'accordo. Offrite delle alternative: solo il nome di battesimo, nessun volto, un luogo diverso. Per i { -asylum-seekers } la cui procedura è ancora in corso, e per chiunque abbia familiari in pericolo, l'esposizione pubblica può comportare rischi reali. Per i minori serve il consenso dei genitori o dei tutori.

# Context: paragraph in “Consent and safety”
media-p-abd3c487 = Il consenso non è un modulo firmato una volta per tutte. Chi ha accettato di essere fotografato a una festa non ha accettato di comparire su un manifesto. Chiedete di nuovo il consenso per ogni nuovo utilizzo.

# Context: heading
media-h-187f95d6 = Social media

# Context: paragraph in “Social media”
media-p-f5b52a23 = I social media permettono alle città di parlare direttamente ai residenti, in modo rapido ed economico, ma diffondono voci e ostilità più velocemente di qualsiasi altro canale. Alcuni principi aiutano:

# Context: list item in “Social media”
media-li-95081235 = **Pubblicate con regolarità, non solo nelle crisi.** Un flusso costante di storie quotidiane costruisce un pubblico che vi conosce e si fida di voi prima che accada qualcosa di difficile.

# Context: list item in “Social media”
media-li-7d9d5c4e = **Puntate su persone e immagini.** Brevi video, foto e citazioni di residenti e nuovi arrivati circolano molto più degli annunci ufficiali.

# Context: list item in “Social media”
media-li-f9ab12f0 = **Scrivete delle regole di moderazione** e pubblicatele. Dite quali commenti rimuoverete, come insulti, minacce e { -hate-speech }, e applicate la regola a tutti.

# Context: list item in “Social media”
media-li-7d4717b6 = **Moderate attivamente**, soprattutto nelle prime ore dopo la pubblicazione di un post. Nascondete o cancellate i commenti che violano le vostre regole, e rispondete con i fatti alle domande poste in buona fede.

# Context: heading
media-h-90e85c6b = Contrastare la disinformazione

# Context: paragraph in “Countering misinformation”
media-p-2fdf63ed = Le affermazioni false sulla migrazione si diffondono facilmente perché fanno leva sulla paura. Esempi tipici sono le voci secondo cui i nuovi arrivati riceverebbero più aiuti dei residenti, o secondo cui un reato sarebbe stato commesso da «un migrante» quando non è così.

# Context: list item in “Countering misinformation”
media-li-bdfd4e77 = **Rispondete in fretta** con informazioni accurate provenienti da una fonte affidabile. Più a lungo una voce circola senza risposta, più è difficile correggerla.

# Context: list item in “Countering misinformation”
media-li-c55bbe8d = **Partite dalla verità.** Esponete prima i fatti, menzionate brevemente l'affermazione falsa e spiegate perché è sbagliata. Non ripetete l'affermazione falsa in un titolo.

# Context: list item in “Countering misinformation”
media-li-d0544131 = **Affidatevi a messaggeri credibili.** Un medico, un dirigente scolastico o un agente di polizia del posto possono risultare più convincenti del Comune o di una ONG.

# Context: list item in “Countering misinformation”
media-li-a1c75a9d = **Rispondete alla preoccupazione, non solo all'errore.** Dietro molte voci c'è una preoccupazione reale, per la casa, la sicurezza o l'equità. Prendetela sul serio.

# Context: paragraph in “Countering misinformation”
media-p-737ffce4 = Non discutete all'infinito con pochi profili molto rumorosi. Il vostro pubblico è il gruppo più ampio di persone che leggono in silenzio. Date loro una risposta chiara, pacata e fondata sui fatti, una volta sola, e poi andate avanti.

# Context: heading
media-h-72d5faae = Rispondere ai discorsi d'odio

# Context: paragraph in “Responding to hate speech”
media-p-866067f1 = I discorsi d'odio attaccano le persone per ciò che sono. Feriscono chi ne è bersaglio, spaventano gli altri e, se restano senza risposta, fanno sembrare normale l'ostilità. Nei Paesi dell'UE l'istigazione pubblica alla violenza o all'odio nei confronti di un gruppo definito in riferimento alla razza, al colore, alla religione, all'ascendenza o all'origine nazionale o etnica è un reato[^framework]. Molti contenuti d'odio restano al di sotto di questa soglia, ma violano comunque le regole delle piattaforme e di un dibattito pubblico civile.

# Context: paragraph in “Responding to hate speech”
media-p-ba11ef43 = Che cosa possono fare gli attori locali:

# Context: list item in “Responding to hate speech”
media-li-89f53a7c = **Documentate** i post d'odio con schermate, date e link prima che spariscano.

# Context: list item in “Responding to hate speech”
media-li-17b53766 = **Segnalateli** alla piattaforma e, se possono essere illegali, alla polizia o all'organismo nazionale per la parità. Le grandi piattaforme si sono impegnate a esaminare rapidamente le segnalazioni di illecito incitamento all'odio[^code-of-conduct].

# Context: list item in “Responding to hate speech”
media-li-9bc0c9c1 = **Sostenete** le persone prese di mira. Contattatele in privato, chiedete di che cosa hanno bisogno e mostrate pubblicamente che la comunità è dalla loro parte.

# Context: list item in “Responding to hate speech”
media-li-a1df97f0 = **Rispondete** con un messaggio pubblico chiaro, affidato a una voce autorevole: nella nostra città non c'è posto per l'odio.

# Context: list item in “Responding to hate speech”
media-li-ed818970 = **Non fate da cassa di risonanza.** Evitate di citare per intero le parole d'odio, e non condividetele mai solo per condannarle.

# Context: paragraph in “Responding to hate speech”
media-p-f2322ab3 = Concordate con i partner un piano di risposta prima che succeda qualcosa: chi monitora, chi segnala, chi parla in pubblico e chi sostiene le persone prese di mira. In un momento difficile, un piano fa risparmiare ore.

# Context: heading
media-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
media-li-f34faced = Indicate un referente per i media sulle questioni legate alla migrazione e comunicatelo ai giornalisti locali.

# Context: list item in “What you can do”
media-li-0ce914bb = Inviate ai direttori delle testate locali il glossario e la proposta di un incontro.

# Context: list item in “What you can do”
media-li-7d115350 = Scrivete e pubblicate delle regole di moderazione per i vostri canali social.

# Context: list item in “What you can do”
media-li-3cc65306 = Elencate le tre voci più diffuse sulla migrazione nella vostra città e preparate per ciascuna una risposta breve e documentata.

# Context: list item in “What you can do”
media-li-f2d11a94 = Concordate con i partner un piano di risposta ai discorsi d'odio, seguendo i passi descritti sopra.

# Context: list item in “What you can do”
media-li-14a59d9e = Usate le liste di controllo del [capitolo 10](10-resources.md#media-checklist) prima di ogni intervista e di ogni post che cita persone per nome.

# Context: footnote in “What you can do”
media-fn-a81b8ed3 = La decisione quadro 2008/913/GAI del Consiglio, del 28 novembre 2008, sulla lotta contro talune forme ed espressioni di razzismo e xenofobia mediante il diritto penale impone agli Stati membri dell'UE di punire tali condotte.

# Context: footnote in “What you can do”
media-fn-0a56f36d = Nel 2016 la Commissione europea e diverse grandi piattaforme online hanno concordato un codice di condotta per contrastare l'illecito incitamento all'odio online, con cui le piattaforme si sono impegnate a esaminare la maggior parte delle segnalazioni valide entro 24 ore.
