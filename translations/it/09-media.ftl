# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Lavorare con i media e i social media
# Context: heading
media-h-2cf19668a799d0f4 = I media locali contano
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Giornali locali, radio e siti di notizie influenzano il modo in cui una città vede sé stessa. I residenti che diffidano dei media nazionali spesso continuano a seguire quelli locali. Quando i media locali raccontano i nuovi arrivati in modo equilibrato e personale, fanno per l’{ -integration } più di molte campagne ufficiali.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = I giornalisti lavorano sotto pressione e spesso sanno poco di asilo e migrazione. Quasi tutti vogliono raccontare la storia in modo corretto: aiutateli a farlo.
# Context: heading
media-h-b0c52e0dd89cea9f = Lavorare con i giornalisti
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Siate disponibili.__ Indicate un referente per le questioni legate alla migrazione e assicuratevi che i giornalisti sappiano chi è. Una risposta rapida e onesta evita un articolo costruito sulle voci.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Siate precisi.__ Fornite i fatti con le fonti e le date. Se non sapete qualcosa, ditelo e promettete di informarvi.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Offrite storie, non solo dichiarazioni.__ Suggerite un nuovo arrivato che gestisce un’attività, un’insegnante la cui classe è cambiata, un volontario con una lunga memoria, sempre con il loro consenso.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Condividete il glossario.__ Un messaggio cordiale con il [glossario](03-words.md#glossary) aiuta i cronisti a usare le parole giuste.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Correggete con garbo.__ Se un articolo contiene errori, contattate il giornalista o la redazione con i fatti corretti. La maggior parte dei media preferisce una rettifica discreta a una polemica pubblica.
# Context: paragraph in “Working with journalists”
media-p-ee59cd03b8c78b09 = Alcune città organizzano una o due volte l’anno un incontro informale tra giornalisti locali, personale comunale, ONG e nuovi arrivati, senza comunicato stampa e senza altro ordine del giorno che conoscersi. Questi contatti aiutano quando arriva all’improvviso una brutta notizia.
# Context: heading
media-h-66b70c05fee0e1a8 = Storie, foto e dati personali
# Context: paragraph in “Stories, photos and personal data”
media-p-febd1ccc2abcabaa = Storie e foto vere danno vita a una campagna, ma possono anche mettere le persone a rischio. Prima di pubblicare il nome, il volto o la storia di qualcuno, o di proporlo per un’intervista, verificate quanto segue.
# Context: paragraph in “Stories, photos and personal data”
media-p-4ac040ee8a52eec6 = __Il consenso è un dialogo.__ Spiegate a che cosa serve il materiale, dove comparirà, per quanto tempo lo conserverete e chi altro potrà usarlo. Offrite delle scelte: solo il nome di battesimo, nessun volto, un luogo diverso, oppure nessuna storia. Se serve, ricorrete a un interprete, e lasciate alla persona il tempo di pensarci. Registrate la risposta con il [modulo di consenso del capitolo 10](10-resources.md#consent-form). Chiedete di nuovo per ogni nuovo utilizzo: chi ha accettato una foto a una festa non ha accettato un manifesto.
# Context: paragraph in “Stories, photos and personal data”
media-p-03c775c5fe8ee0f9 = __Dire di no deve essere libero.__ Molti { -newcomers } dipendono dal Comune o da una ONG per l’alloggio, il denaro o la consulenza. Dite chiaramente, e per iscritto, che un rifiuto non ha alcun effetto su servizi o aiuti.
# Context: paragraph in “Stories, photos and personal data”
media-p-bef7b3f0cdbeea9c = __Si può cambiare idea.__ In base al GDPR, una persona può revocare il consenso in qualsiasi momento[^gdpr]. A quel punto dovete interrompere i nuovi utilizzi e rimuovere ciò che potete, come i post online. Libri stampati, manifesti, murales e trasmissioni non si possono ritirare: ditelo alle persone prima che diano il consenso.
# Context: paragraph in “Stories, photos and personal data”
media-p-52b772917dd6726d = __Rischi legati all’asilo.__ Finché una procedura di asilo è in corso, una storia pubblica che differisca dall’audizione per l’asilo, anche in piccoli dettagli, può essere usata per mettere in dubbio la credibilità della persona. Un nome o un volto possono inoltre essere riconosciuti da coloro da cui la persona è fuggita, e mettere in pericolo i suoi familiari. Nel dubbio, omettete il nome, il volto e il racconto del viaggio.
# Context: paragraph in “Stories, photos and personal data”
media-p-df02d5bda2541038 = __Minori.__ Per un minore serve il consenso di un genitore oppure, se il minore non è accompagnato, del tutore nominato dall’autorità. Chiedete anche al minore, e rispettate un suo «no». Le linee guida dell’UNICEF per l’informazione sui minori raccomandano di cambiare il nome e di nascondere l’identità dei minori rifugiati o richiedenti asilo ogni volta che c’è un rischio di danno.
# Context: paragraph in “Stories, photos and personal data”
media-p-6d657eceb5dd360e = __Dati personali.__ Una foto, un video o una storia di una persona riconoscibile sono dati personali. Per una campagna, la base giuridica è di solito il consenso (articolo 6 del GDPR). L’origine etnica, la religione, le opinioni politiche e la salute rientrano nelle «categorie particolari» di dati, che richiedono un consenso esplicito (articolo 9). Stabilite chi conserva il materiale, per quanto tempo e chi può riceverlo, e cancellatelo allo scadere di quel termine. Ogni autorità pubblica ha un responsabile della protezione dei dati (articolo 37): chiedetegli un parere prima che la campagna cominci.
# Context: heading
media-h-b904a77155606517 = Social media
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = I social media permettono alle città di parlare direttamente ai residenti, in modo rapido ed economico, ma diffondono voci e ostilità più velocemente di qualsiasi altro canale. Alcuni principi aiutano:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Pubblicate con regolarità, non solo nelle crisi.__ Un flusso costante di storie quotidiane costruisce un pubblico che vi conosce e si fida di voi prima che accada qualcosa di difficile.
# Context: list item in “Social media”
media-li-4996cbe7525622a8 = __Scrivete delle regole di moderazione__ e pubblicatele. Dite quali commenti rimuoverete, come insulti, minacce e { -hate-speech }, e applicate la regola a tutti. Un esempio di regole si trova nel [capitolo 10](10-resources.md#moderation-policy).
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderate attivamente__, soprattutto nelle prime ore dopo la pubblicazione di un post. Nascondete o cancellate i commenti che violano le vostre regole, e rispondete con i fatti alle domande poste in buona fede.
# Context: heading
media-h-588bc7bba18e6775 = Contrastare la disinformazione
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Le affermazioni false sulla migrazione si diffondono facilmente perché fanno leva sulla paura. Esempi tipici sono le voci secondo cui i nuovi arrivati riceverebbero più aiuti dei residenti, o secondo cui un reato sarebbe stato commesso da «un migrante» quando non è così.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Rispondete in fretta__ con informazioni accurate provenienti da una fonte affidabile. Più a lungo una voce circola senza risposta, più è difficile correggerla.
# Context: list item in “Countering misinformation”
media-li-daefe32337bed2e2 = __Partite dalla verità.__ Esponete prima il fatto. Avvertite che segue un’affermazione falsa, menzionatela una sola volta e spiegate perché è sbagliata. Poi ripetete il fatto. Non ripetete l’affermazione falsa in un titolo.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Affidatevi a messaggeri credibili.__ Un medico, un dirigente scolastico o un agente di polizia del posto possono risultare più convincenti del Comune o di una ONG.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Rispondete alla preoccupazione, non solo all’errore.__ Dietro molte voci c’è una preoccupazione reale, per la casa, la sicurezza o l’equità. Prendetela sul serio.
# Context: paragraph in “Countering misinformation”
media-p-e0d4434c5c5a3e07 = Non discutete all’infinito con pochi profili molto attivi. Il vostro pubblico è il gruppo più ampio di persone che leggono in silenzio. Date loro una risposta chiara, pacata e fondata sui fatti, una volta sola, e poi andate avanti.
# Context: heading
media-h-b46fce82289f0239 = Rispondere ai discorsi d’odio
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = I discorsi d’odio attaccano le persone per ciò che sono. Feriscono chi ne è bersaglio, spaventano gli altri e, se restano senza risposta, fanno sembrare normale l’ostilità. Nei Paesi dell’UE l’istigazione pubblica alla violenza o all’odio nei confronti di un gruppo definito in riferimento alla razza, al colore, alla religione, all’ascendenza o all’origine nazionale o etnica è un reato[^framework]. Molti contenuti d’odio restano al di sotto di questa soglia, ma violano comunque le regole delle piattaforme e di un dibattito pubblico civile.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Che cosa possono fare gli attori locali:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Documentate__ i post d’odio con schermate, date e link prima che spariscano.
# Context: list item in “Responding to hate speech”
media-li-f2acff311f7febe1 = __Segnalateli__ alla piattaforma tramite il suo modulo di segnalazione e, se possono essere illegali, alla polizia o all’organismo nazionale per la parità. In base al regolamento sui servizi digitali, le piattaforme devono intervenire sulle segnalazioni di contenuti illegali. Le segnalazioni dei «segnalatori attendibili» riconosciuti, spesso ONG, devono essere trattate in via prioritaria[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Sostenete__ le persone prese di mira. Contattatele in privato, chiedete di che cosa hanno bisogno e mostrate pubblicamente che la comunità è dalla loro parte.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Rispondete__ con un messaggio pubblico chiaro, affidato a una voce autorevole: nella nostra città non c’è posto per l’odio.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Non fate da cassa di risonanza.__ Evitate di citare per intero le parole d’odio, e non condividetele mai solo per condannarle.
# Context: heading
media-h-3473df0a167dab12 = Quando qualcosa va storto: le prime 72 ore
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-05d0c31aa30431da = Ciò che dite nelle prime ore orienta il racconto per settimane. Decidete fin d’ora chi parlerà, chi verificherà i fatti e chi seguirà i social media. Quando succede qualcosa, verificate prima i fatti. Esprimete vicinanza alle eventuali vittime e non attribuite mai a un gruppo il gesto di una sola persona. Dite quando arriverà il prossimo aggiornamento e proteggete le persone prese di mira.
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-38397186eb8f8217 = La [lista di controllo per le prime 72 ore](10-resources.md#crisis-checklist) e un modello di dichiarazione provvisoria si trovano nel capitolo 10.
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
media-li-0d8ed414cc761cbc = Concordate con i partner un piano di risposta ai discorsi d’odio, seguendo i passi descritti sopra.
# Context: list item in “What you can do”
media-li-813dc440a3f3bf16 = Indicate chi agirà nelle prime 72 ore di una crisi, usando la [lista di controllo del capitolo 10](10-resources.md#crisis-checklist).
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Usate le liste di controllo del [capitolo 10](10-resources.md#media-checklist) prima di ogni intervista e di ogni post che cita persone per nome.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = La decisione quadro 2008/913/GAI del Consiglio, del 28 novembre 2008, sulla lotta contro talune forme ed espressioni di razzismo e xenofobia mediante il diritto penale impone agli Stati membri dell’UE di punire tali condotte.
# Context: footnote in “What you can do”
media-fn-abaa73d7e8a24f57 = Il regolamento sui servizi digitali (regolamento (UE) 2022/2065) si applica integralmente dal 17 febbraio 2024. Impone alle piattaforme online di offrire un modo per segnalare i contenuti illegali e di intervenire su tali segnalazioni. In ogni Paese il coordinatore dei servizi digitali riconosce la qualifica di segnalatore attendibile, e la Commissione europea ne pubblica l’elenco. Nel gennaio 2025 un «Codice di condotta per contrastare l’illecito incitamento all’odio online +» rivisto, che fa seguito al codice del 2016, è stato integrato nel quadro del regolamento.
# Context: footnote in “What you can do”
media-fn-4725cc01c4c554dd = Regolamento (UE) 2016/679, il regolamento generale sulla protezione dei dati (GDPR). L’articolo 7, paragrafo 3, riguarda la revoca del consenso.
