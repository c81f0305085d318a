# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Liste di controllo, modelli e letture di approfondimento
# Context: heading
resources-h-555c87bec75af099 = Come usare questi strumenti
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = Questo capitolo raccoglie in un unico posto gli strumenti pratici del manuale. Copiateli, traduceteli e adattateli: una lista di controllo che sta in una pagina è una lista di controllo che si usa davvero.
# Context: heading
resources-h-614c98740e77fecc = Piano di campagna in una pagina
# Context: paragraph in “One-page campaign plan”
resources-p-270d02bec92c9dc5 = Compilate questo modello con i vostri partner all’inizio di una campagna. Segue le sette fasi del ciclo della campagna descritto nel [capitolo 5](05-campaign.md#cycle), più un calendario.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Fase
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Domanda a cui rispondere
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = Che cosa scrivere
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = I vostri appunti
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Obiettivo
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Che cosa dovrebbe essere diverso dopo la campagna, e per chi?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Scrivete una frase.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Pubblico
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Quale gruppo vogliamo raggiungere più di tutti? Che cosa gli sta a cuore? Di chi si fida?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Descrivete uno o due gruppi.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Messaggio
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Che cosa vogliamo che ricordino?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = Una frase, provata con il pubblico.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Canali
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Dove incontreranno il nostro messaggio?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Due o tre canali.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Partner
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Chi pianifica con noi, chi ci aiuta, chi diffonde il messaggio? Tra gli organizzatori ci sono nuovi arrivati?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Nomi e ruoli.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Budget
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Di quanto denaro e di quanto tempo abbiamo bisogno? Che cosa possono offrire i partner in natura?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Totale, riserva, valutazione.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Valutazione
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Come sapremo chi abbiamo raggiunto e che cosa è cambiato?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Indicatori e date.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Calendario
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Quando iniziamo, quando lanciamo la campagna, quando presentiamo la relazione?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Date chiave.
# Context: heading
resources-h-c7a40883f0223305 = Kit per la campagna
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Copiate questi modelli e compilateli con i vostri partner.
# Context: heading
resources-h-fb7298a36f8984f9 = Casa del messaggio
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = Per sapere come usarla, vedete il [capitolo 5](05-campaign.md#message-framework).
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Parte
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Il vostro testo
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Messaggio principale (il tetto)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = Argomento 1, con un fatto o una storia locale
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = Argomento 2, con un fatto o una storia locale
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = Argomento 3, con un fatto o una storia locale
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Portavoce
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Invito all’azione
# Context: heading
resources-h-1c6225ec7092ad2f = Budget
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Voce di spesa
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = In denaro
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = In natura
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Chi paga o fornisce
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Tempo del personale
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Grafica e stampa
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Sedi
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Interpretariato e traduzione
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Compensi per { -newcomers }, artisti e relatori
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Accessibilità: sottotitoli, versioni facili da leggere, lingua dei segni
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Cibo e bevande
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Pubblicità
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Riserva per gli imprevisti
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Totale
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Alcune grandi piattaforme non accettano più nell’UE annunci a pagamento su temi sociali, e la migrazione può rientrare tra questi. Controllate le loro regole prima di mettere a budget la pubblicità.
# Context: heading
resources-h-3cdfa37b13de1454 = Indicatori
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Scegliete almeno un indicatore per ogni livello e misurate il valore di partenza prima che la campagna cominci.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Livello
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Indicatore
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Valore di partenza
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Fonte dei dati
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Data
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Attività: che cosa abbiamo fatto
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Portata: chi abbiamo raggiunto
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Cambiamento: che cosa è cambiato
# Context: heading
resources-h-eef9a484f57a8412 = Questionario prima e dopo
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Ponete le stesse cinque domande, in forma anonima, prima e dopo la campagna.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = Quanti { -newcomers } della nostra città conosce per nome? (nessuno, uno o due, tre o più)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = Nell’ultimo mese ha parlato per più di qualche minuto con un { -newcomer }? (sì, no)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = È d’accordo con questa affermazione: «Le persone che si sono trasferite qui da altri Paesi contribuiscono alla vita della nostra città»? (per niente d’accordo, non d’accordo, non so, d’accordo, del tutto d’accordo)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = Da dove riceve la maggior parte delle notizie sulla migrazione? (media locali, media nazionali, social media, amici e familiari, altro)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = Che cosa aiuterebbe le persone della nostra città a vivere bene insieme? (risposta aperta)
# Context: heading
resources-h-f5a1f30c9a371afd = Comunicato stampa
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = Un avviso ai media, che invita i giornalisti a un evento, deve indicare solo che cosa, quando, dove, chi parlerà e che cosa si potrà filmare. Un comunicato stampa richiede di più:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = Che cosa contiene
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Titolo
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = La novità, in poche parole, con delle persone dentro
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = Primo paragrafo
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Chi, che cosa, quando, dove e perché
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Citazione
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = Di una persona con nome e cognome, con il suo consenso
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Dettagli
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Fatti con le fonti; come possono partecipare i residenti
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Contatti
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Nome, telefono ed e-mail
# Context: heading
resources-h-b8d42c5beab24b97 = Nota di stile
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = Diciamo
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = Evitiamo
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = Perché
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = A chi chiedere in caso di dubbio
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = Data della prossima revisione
# Context: heading
resources-h-55d093b1096256ee = Lista di controllo: prima di un evento
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = L’evento ha uno scopo chiaro, legato all’obiettivo della campagna.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = I nuovi arrivati sono tra gli organizzatori, non solo tra gli ospiti.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = La sede è accessibile, gratuita o economica, e familiare al pubblico.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = L’orario è adatto a chi lavora e alle famiglie; si è pensato alla custodia dei bambini.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Il cibo e i momenti informali danno alle persone l’occasione di parlare.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = I fotografi sanno chi ha accettato di essere fotografato e chi no.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = C’è un piano in caso di disordini o comportamenti ostili.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Sapete come raccoglierete i riscontri dei partecipanti.
# Context: heading
resources-h-98442a3b8f52e9d8 = Lista di controllo: materiali ed eventi accessibili
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = I testi usano un linguaggio semplice e frasi brevi.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = Le informazioni essenziali sono disponibili nelle lingue del pubblico, comprese quelle dei { -newcomers }.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = I testi più importanti hanno una versione facile da leggere.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = Le immagini hanno un testo alternativo e i video hanno i sottotitoli.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = Il testo ha un contrasto forte e un corpo di carattere facile da leggere.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = I file PDF sono documenti accessibili, non immagini scansionate.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = La sede è accessibile senza gradini.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Si possono prenotare interpreti della lingua dei segni e di altre lingue, e gli inviti spiegano come fare.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = I siti web e le app dei Comuni devono già rispettare la direttiva (UE) 2016/2102 sull’accessibilità dei siti web e delle applicazioni mobili degli enti pubblici. Il PDF di questo manuale segue lo standard PDF/UA per i documenti accessibili.
# Context: heading
resources-h-c73ec4c76ee4bacd = Modulo di consenso
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = Questo modulo registra il consenso come descritto nel [capitolo 9](09-media.md#consent). Traducetelo nelle lingue parlate dai { -newcomers } della vostra città, per esempio arabo, dari, farsi, ucraino o francese. Se necessario, leggetelo ad alta voce con un interprete, e consegnatene una copia alla persona.
# Context: heading
resources-h-0d83b9fad7993fb6 = Consenso all’uso della mia storia, delle mie foto o dei miei video
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Domanda
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Risposta
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Chi lo chiede? Organizzazione e persona di contatto
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = Che cosa verrà realizzato? Una storia, una foto, un video o un’opera d’arte
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Dove verrà pubblicato?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = Per quanto tempo verrà usato e conservato?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Chi altro potrà usarlo?
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = Le mie scelte:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = Potete usare il mio nome e cognome.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = Potete usare solo il mio nome di battesimo.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Non usate il mio nome.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = Potete mostrare il mio volto.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Non mostrate il mio volto.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = Potete dire da quale Paese vengo.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = Potete menzionare il mio status giuridico.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = Potete usarlo in forma stampata. So che ciò che è stampato non si può ritirare.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = I miei diritti:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = Posso dire di no. Dire di no non cambierà nessun aiuto o servizio che ricevo.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = Posso cambiare idea in qualsiasi momento, comunicandolo alla persona di contatto. Allora smetterete di usare il materiale e lo rimuoverete online, dove possibile.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = Materiali stampati, murales e trasmissioni non si possono ritirare.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = Conserverete questo modulo e il materiale in modo sicuro, e li cancellerete alla scadenza del termine concordato.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Chi
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Nome e cognome
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Firma
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = La persona interessata
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Genitore o tutore legale, per un minore
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Interprete, se presente
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = Per l’organizzazione
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = Per un minore: il minore è stato interpellato con parole adatte alla sua età, ed è d’accordo.
# Context: heading
resources-h-77f96f56a2faf03e = Lista di controllo: media e social media
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Prima di un’intervista:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Conosco il giornalista, la testata e l’argomento?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Ho due o tre punti chiave, con fatti e fonti?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Ho verificato le mie parole con il glossario?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Se interverrà un nuovo arrivato, ha dato il suo consenso e si è preparato?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Prima di un post:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Il post parla di persone, è locale e accurato?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Le persone ritratte hanno dato il consenso per questo utilizzo?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = C’è qualcuno pronto a moderare i commenti nelle prossime ore?
# Context: heading
resources-h-772774b7a6501a2f = Esempio di regole di moderazione
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = Un’autorità pubblica deve trattare tutte le opinioni allo stesso modo. Rimuovete un commento solo quando viola una regola pubblicata, mai per l’opinione che esprime, e tenete traccia di ogni rimozione. Adattate l’esempio qui sotto e fatelo verificare dal vostro ufficio legale.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = Questa pagina serve ai residenti per parlare della vita nella nostra città. Sono benvenuti domande, opinioni e critiche, comprese quelle rivolte al Comune. Nascondiamo o rimuoviamo i commenti che:
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = insultano, minacciano o molestano una persona;
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = contengono { -hate-speech } o incitano alla violenza;
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = diffondono dati personali di altre persone;
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = sono spam, pubblicità o comunque illegali.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = Queste regole valgono per tutti, qualunque sia la loro opinione. Registriamo ogni rimozione e il relativo motivo, e possiamo bloccare, dopo un avvertimento, chi viola ripetutamente le regole. Segnaliamo i contenuti che possono essere illegali. Se pensate che abbiamo rimosso un vostro commento per errore, scriveteci e lo riesamineremo.
# Context: heading
resources-h-8cad337bcd2b57e0 = Lista di controllo: le prime 72 ore
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = Usatela insieme alla sezione sulle crisi del [capitolo 9](09-media.md#crisis).
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Prima: sono stati nominati un portavoce, una persona che verifica i fatti, una che segue i social media e un referente per le persone coinvolte, ciascuno con un sostituto.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Prima: è pronta una dichiarazione provvisoria da adattare.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = Prima ora: i fatti sono stati verificati con la polizia o con altre autorità.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = Prima ora: abbiamo detto che cosa è successo, espresso vicinanza alle vittime e non abbiamo incolpato alcun gruppo.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = Prima ora: abbiamo detto quando arriverà il prossimo aggiornamento.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = Primo giorno: i giornalisti locali sono stati informati tutti insieme.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = Primo giorno: origine o status vengono indicati solo se pertinenti e confermati.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = Primo giorno: i nostri canali sono moderati e i post d’odio vengono documentati.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = Primo giorno: abbiamo contattato le persone prese di mira e chiesto di che cosa hanno bisogno.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = Dopo: si tiene un incontro pubblico, le promesse vengono mantenute e il piano viene rivisto.
# Context: heading
resources-h-8c0c387f3679ae79 = Dichiarazione provvisoria
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = Pubblicate questo breve primo messaggio entro la prima ora, dopo aver verificato ogni fatto.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = Che cosa sappiamo: solo fatti confermati, con l’ora
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = La nostra vicinanza alle vittime e alle persone coinvolte
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = Che cosa stiamo facendo, e con chi
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = Quando e dove verrà pubblicato il prossimo aggiornamento
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = Un invito alla calma e al rispetto
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Contatto per i giornalisti
# Context: heading
resources-h-4082f515b2f4929c = Per approfondire
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Queste fonti sono pubbliche, affidabili e aggiornate regolarmente.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Il sito web del progetto CLARINET__, { -project-site }, con i materiali e le notizie del progetto: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __La Commissione europea__, che pubblica le politiche dell’UE in materia di migrazione, asilo e integrazione, compreso il Piano d’azione per l’integrazione e l’inclusione 2021-2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Il Sito web europeo sull’integrazione__, gestito dalla Commissione europea, con notizie e una raccolta di pratiche di integrazione da tutta Europa.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __L’Agenzia ONU per i Rifugiati (UNHCR)__, per definizioni, testi giuridici e dati su { -refugees } e { -asylum-seekers } in tutto il mondo.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __L’Organizzazione internazionale per le migrazioni (OIM)__, per il suo glossario dei termini della migrazione e i suoi dati sulle rotte migratorie.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Eurostat__ e **l’Agenzia dell’Unione europea per l’asilo (EUAA)**, per le statistiche europee ufficiali su asilo e migrazione.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __L’autorità nazionale competente in materia di asilo e l’organismo nazionale per la parità__, per dati, procedure e sostegno nel vostro Paese e nella vostra lingua.
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__ (Manuale del debunking), di Stephan Lewandowsky e altri ricercatori, su come correggere le affermazioni false.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __Il programma Città interculturali del Consiglio d’Europa__ (Intercultural Cities), con il suo manuale e le guide per contrastare le dicerie sulla diversità.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = I siti web cambiano. Se una pagina è stata spostata, cercate il nome dell’organizzazione e il titolo del documento. Verificate sempre la data di ogni dato che usate.
# Context: heading
resources-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Stampate il piano di campagna in una pagina e compilatelo alla prossima riunione con i partner.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Inserite la lista di controllo per gli eventi e il modulo di consenso nella cartella di chiunque organizzi attività pubbliche.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Condividete ciò che avete imparato con un’altra città. Lo scambio di buone pratiche tra { -local-communities } è stato il cuore di { -clarinet }, e ora può continuare nelle vostre mani.
