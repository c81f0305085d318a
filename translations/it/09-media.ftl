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
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
media-p-ee59cd03b8c78b09 = Alcune città organizzano una o due volte l'anno un incontro informale tra giornalisti locali, personale comunale, ONG e nuovi arrivati, senza comunicato stampa e senza altro ordine del giorno che conoscersi. Questi contatti si rivelano preziosi quando esplode una notizia difficile.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent and safety
media-h-66b70c05fee0e1a8 = Consenso e sicurezza
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
media-p-febd1ccc2abcabaa = Prima di proporre una persona per un'intervista o di pubblicarne il nome, la foto o la storia, assicuratevi che capisca che cosa succederà e che sia liberamente d'accordo. Offrite delle alternative: solo il nome di battesimo, nessun volto, un luogo diverso. Per i { -asylum-seekers } la cui procedura è ancora in corso, e per chiunque abbia familiari in pericolo, l'esposizione pubblica può comportare rischi reali. Per i minori serve il consenso dei genitori o dei tutori.
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
media-p-4ac040ee8a52eec6 = Il consenso non è un modulo firmato una volta per tutte. Chi ha accettato di essere fotografato a una festa non ha accettato di comparire su un manifesto. Chiedete di nuovo il consenso per ogni nuovo utilizzo.

# Context: paragraph in “Stories, photos and personal data”
# media-p-03c775c5fe8ee0f9 = **Saying no must be free.** Many { -newcomers } depend on the municipality or an NGO for housing, money or advice. Say clearly, and in writing, that refusing has no effect on any service or support.


# Context: paragraph in “Stories, photos and personal data”
# media-p-bef7b3f0cdbeea9c = **People can change their mind.** Under the GDPR, a person can withdraw consent at any time[^gdpr]. You must then stop new uses and remove what you can, such as online posts. Printed books, posters, murals and broadcasts cannot be taken back, so tell people this before they agree.


# Context: paragraph in “Stories, photos and personal data”
# media-p-52b772917dd6726d = **Risks linked to asylum.** While an asylum procedure is open, a public story that differs from the asylum interview, even in small details, can be used to doubt the person's credibility. A name or a face can also be recognised by the people they fled, and put relatives in danger. When in doubt, leave out the name, the face and the journey.


# Context: paragraph in “Stories, photos and personal data”
# media-p-df02d5bda2541038 = **Children.** A child needs the consent of a parent or, if the child is unaccompanied, of the guardian appointed by the authorities. Ask the child too, and respect a "no". UNICEF's guidelines for reporting on children advise changing the name and hiding the identity of refugee or asylum-seeking children wherever there is a risk of harm.


# Context: paragraph in “Stories, photos and personal data”
# media-p-6d657eceb5dd360e = **Personal data.** A photo, video or story of a person who can be recognised is personal data. For a campaign, the legal basis is usually consent (GDPR Article 6). Ethnic origin, religion, political opinions and health are "special categories" that need explicit consent (Article 9). Agree who keeps the material, for how long and who may receive it, and delete it when that time ends. Every public authority has a data protection officer (Article 37): ask yours for advice before the campaign starts.

# Context: heading
media-h-b904a77155606517 = Social media
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = I social media permettono alle città di parlare direttamente ai residenti, in modo rapido ed economico, ma diffondono voci e ostilità più velocemente di qualsiasi altro canale. Alcuni principi aiutano:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Pubblicate con regolarità, non solo nelle crisi.__ Un flusso costante di storie quotidiane costruisce un pubblico che vi conosce e si fida di voi prima che accada qualcosa di difficile.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Puntate su persone e immagini.__ Brevi video, foto e citazioni di residenti e nuovi arrivati circolano molto più degli annunci ufficiali.
# Context: list item in “Social media”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
media-li-4996cbe7525622a8 = __Scrivete delle regole di moderazione__ e pubblicatele. Dite quali commenti rimuoverete, come insulti, minacce e { -hate-speech }, e applicate la regola a tutti.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderate attivamente__, soprattutto nelle prime ore dopo la pubblicazione di un post. Nascondete o cancellate i commenti che violano le vostre regole, e rispondete con i fatti alle domande poste in buona fede.
# Context: heading
media-h-588bc7bba18e6775 = Contrastare la disinformazione
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Le affermazioni false sulla migrazione si diffondono facilmente perché fanno leva sulla paura. Esempi tipici sono le voci secondo cui i nuovi arrivati riceverebbero più aiuti dei residenti, o secondo cui un reato sarebbe stato commesso da «un migrante» quando non è così.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Rispondete in fretta__ con informazioni accurate provenienti da una fonte affidabile. Più a lungo una voce circola senza risposta, più è difficile correggerla.
# Context: list item in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
media-li-daefe32337bed2e2 = __Partite dalla verità.__ Esponete prima i fatti, menzionate brevemente l'affermazione falsa e spiegate perché è sbagliata. Non ripetete l'affermazione falsa in un titolo.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Affidatevi a messaggeri credibili.__ Un medico, un dirigente scolastico o un agente di polizia del posto possono risultare più convincenti del Comune o di una ONG.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Rispondete alla preoccupazione, non solo all'errore.__ Dietro molte voci c'è una preoccupazione reale, per la casa, la sicurezza o l'equità. Prendetela sul serio.
# Context: paragraph in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
media-p-e0d4434c5c5a3e07 = Non discutete all'infinito con pochi profili molto rumorosi. Il vostro pubblico è il gruppo più ampio di persone che leggono in silenzio. Date loro una risposta chiara, pacata e fondata sui fatti, una volta sola, e poi andate avanti.
# Context: heading
media-h-b46fce82289f0239 = Rispondere ai discorsi d'odio
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = I discorsi d'odio attaccano le persone per ciò che sono. Feriscono chi ne è bersaglio, spaventano gli altri e, se restano senza risposta, fanno sembrare normale l'ostilità. Nei Paesi dell'UE l'istigazione pubblica alla violenza o all'odio nei confronti di un gruppo definito in riferimento alla razza, al colore, alla religione, all'ascendenza o all'origine nazionale o etnica è un reato[^framework]. Molti contenuti d'odio restano al di sotto di questa soglia, ma violano comunque le regole delle piattaforme e di un dibattito pubblico civile.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Che cosa possono fare gli attori locali:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Documentate__ i post d'odio con schermate, date e link prima che spariscano.
# Context: list item in “Responding to hate speech”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
media-li-f2acff311f7febe1 = __Segnalateli__ alla piattaforma e, se possono essere illegali, alla polizia o all'organismo nazionale per la parità. Le grandi piattaforme si sono impegnate a esaminare rapidamente le segnalazioni di illecito incitamento all'odio[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Sostenete__ le persone prese di mira. Contattatele in privato, chiedete di che cosa hanno bisogno e mostrate pubblicamente che la comunità è dalla loro parte.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Rispondete__ con un messaggio pubblico chiaro, affidato a una voce autorevole: nella nostra città non c'è posto per l'odio.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Non fate da cassa di risonanza.__ Evitate di citare per intero le parole d'odio, e non condividetele mai solo per condannarle.

# Context: heading
# media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours

# Context: paragraph in “When something goes wrong: the first 72 hours”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
media-p-5c9d0666c6f6cac0 = Concordate con i partner un piano di risposta prima che succeda qualcosa: chi monitora, chi segnala, chi parla in pubblico e chi sostiene le persone prese di mira. In un momento difficile, un piano fa risparmiare ore.

# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-e4f6edfe5d6ea522 = a crime in which a suspect is said to be a { -newcomer };


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-4e32014cd9b7727a = deaths at sea or at a border;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-dad780d15c6a3cd6 = the sudden arrival of many people;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-b0db4fbf486417b4 = a decision to open a reception centre;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-99cb138032c6afa0 = a protest against { -newcomers }, or an attack on them.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-05d0c31aa30431da = What you say in the first hours shapes the story for weeks. Decide now who will speak, who will check facts and who will watch social media. When something happens, check the facts first. Show sympathy for any victims, and never blame a group for the act of one person. Say when the next update will come, and protect the people who are being targeted.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-38397186eb8f8217 = The [checklist for the first 72 hours](10-resources.md#crisis-checklist) and a holding statement template are in chapter 10.

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
# media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).

# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Usate le liste di controllo del [capitolo 10](10-resources.md#media-checklist) prima di ogni intervista e di ogni post che cita persone per nome.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = La decisione quadro 2008/913/GAI del Consiglio, del 28 novembre 2008, sulla lotta contro talune forme ed espressioni di razzismo e xenofobia mediante il diritto penale impone agli Stati membri dell'UE di punire tali condotte.
# Context: footnote in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
media-fn-abaa73d7e8a24f57 = Nel 2016 la Commissione europea e diverse grandi piattaforme online hanno concordato un codice di condotta per contrastare l'illecito incitamento all'odio online, con cui le piattaforme si sono impegnate a esaminare la maggior parte delle segnalazioni valide entro 24 ore.

# Context: footnote in “What you can do”
# media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.

