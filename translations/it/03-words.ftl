# handbook/chapters/03-words.md — Words matter
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
words-title-76d2d7610995b41d = Le parole contano
# Context: heading
words-h-f3b863a6af7c5b08 = Perché le parole contano
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = Le parole che usiamo per parlare delle persone determinano il modo in cui gli altri le vedono. Parlate di «ondata» o di «marea», e chi ascolta immagina una catastrofe da arginare. Chiamate la stessa persona infermiere, vicino di casa o genitore, e chi ascolta vede un essere umano. Le parole hanno anche un significato giuridico: essere un { -refugee }, un { -asylum-seeker } o un { -migrant } può decidere se una persona potrà restare, lavorare o farsi raggiungere dalla famiglia.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = Usare un linguaggio accurato non è una questione di buone maniere, ma di correttezza. Un giornale locale che chiama «clandestino» ogni nuovo arrivato, per la maggior parte di loro sbaglia e basta. Usare le parole giuste è il miglioramento più economico e più rapido alla portata di chiunque comunichi a livello locale.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = Questo capitolo spiega i termini chiave, che sono usati in modo coerente in tutte le versioni linguistiche del manuale.
# Context: heading
words-h-e5784b859ad5a07e = Le tre parole che si confondono più spesso
# Context: heading
words-h-fa2239b6a4057c8a = Rifugiato
# Context: paragraph in “Refugee”
words-p-a55d8f2219b80fce = Un { -refugee } è una persona che ha dovuto lasciare il proprio Paese per il fondato timore di essere perseguitata. La persecuzione avviene per motivi di razza, religione, nazionalità, opinioni politiche o appartenenza a un determinato gruppo sociale. A causa di questo timore, la persona non può o non vuole avvalersi della protezione del proprio Paese. La definizione è tratta dalla Convenzione di Ginevra del 1951 relativa allo status dei rifugiati[^convention]. Nel linguaggio comune la parola si usa anche in senso più ampio per chi fugge da guerre e violenze. Nell’UE molte di queste persone ricevono la protezione sussidiaria oppure, in caso di afflusso massiccio, la { -temporary-protection }.
# Context: heading
words-h-aed25d084cc5514a = Richiedente asilo
# Context: paragraph in “Asylum seeker”
words-p-322f86daac474c9b = Un { -asylum-seeker } è una persona che ha chiesto protezione internazionale in un altro Paese ed è in attesa di una decisione. Non è detto che ogni { -asylum-seeker } venga alla fine riconosciuto come { -refugee }. La maggior parte dei { -refugees } riconosciuti ha prima presentato domanda di asilo, ma non tutti: per esempio, i rifugiati reinsediati da un Paese terzo. Chiedere asilo è un diritto, non un reato.
# Context: heading
words-h-dfcaf659e0182747 = Migrante
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = «Migrante» è il più ampio dei tre termini e non ne esiste un’unica definizione giuridica. Le organizzazioni internazionali lo usano come termine generico per chiunque si sposti dal proprio luogo di residenza abituale, all’interno di un Paese o attraverso un confine, per qualsiasi motivo e per qualsiasi periodo di tempo[^iom-def]. Studenti, lavoratori stagionali, persone che raggiungono i propri familiari e persone in fuga dalla guerra possono essere tutti { -migrants }. Proprio perché la parola è così ampia, usatela con attenzione: se sapete che le persone di cui state parlando sono { -refugees } o { -asylum-seekers }, ditelo.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = Nel dubbio, descrivete la persona, non la categoria. «Un ragazzo afghano arrivato due anni fa che oggi lavora in un’officina» è più preciso, e molto più interessante, di qualsiasi etichetta.
# Context: heading
words-h-4c4e436f9a453c77 = Glossario
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = La tabella qui sotto riporta i termini che ricorrono più spesso nella comunicazione locale. La terza colonna indica le espressioni da preferire e quelle da evitare.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Termine
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = Che cosa significa
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = Da preferire / da evitare
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant }
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Termine generico che indica una persona che si sposta dal proprio luogo di residenza abituale, per qualsiasi motivo e per qualsiasi periodo di tempo.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = Da preferire: «migrante», oppure la situazione concreta della persona (lavoratore, studente, familiare). Da evitare: usarlo per persone di cui si conosce lo status di rifugiato.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee }
# Context: table cell in “Glossary”
words-cell-6858fb16bfcc8497 = Persona che si trova fuori dal proprio Paese e ha un fondato timore di persecuzione, come definito dalla Convenzione del 1951. Il riconoscimento da parte di uno Stato conferma lo status di rifugiato, non lo crea. Nel linguaggio comune, anche chi fugge da guerre o violenze.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = Da preferire: «rifugiato» quando lo status è stato riconosciuto o la persona è chiaramente fuggita da un pericolo. Da evitare: «falso rifugiato», «sedicente rifugiato».
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker }
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = Persona che ha chiesto protezione internazionale ed è in attesa di una decisione.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = Da preferire: «richiedente asilo», «persona in cerca di protezione». Da evitare: «clandestino», «falso richiedente asilo».
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = beneficiario di protezione internazionale
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = Persona a cui è stato riconosciuto lo status di rifugiato o la protezione sussidiaria in un Paese dell’UE.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = Da preferire: questo termine nei testi ufficiali; «rifugiato» nel linguaggio comune.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = protezione sussidiaria
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Protezione concessa a chi non ha i requisiti per essere riconosciuto rifugiato ma, se rimpatriato, correrebbe un rischio effettivo di subire un danno grave.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = Da preferire: spiegarne brevemente il significato quando la si nomina; la maggior parte dei lettori non la conosce.
# Context: table cell in “Glossary”
words-cell-bea0ed6f76038775 = { -temporary-protection }
# Context: table cell in “Glossary”
words-cell-e60f7100dda44814 = Protezione che l’UE può concedere subito a un gran numero di persone in fuga da una guerra, senza procedure di asilo individuali. Da marzo 2022 protegge le persone in fuga dall’Ucraina.
# Context: table cell in “Glossary”
words-cell-ec001466c20e3483 = Preferire: «persone sotto protezione temporanea» o «beneficiari di protezione temporanea». Evitare: «richiedenti asilo», a meno che la persona non abbia presentato domanda di asilo.
# Context: table cell in “Glossary”
words-cell-5dc811403d0d6a8a = reinsediamento
# Context: table cell in “Glossary”
words-cell-7eeadae01c962191 = Il trasferimento di un rifugiato riconosciuto dal Paese in cui ha trovato riparo per la prima volta a un altro Paese che ha accettato di accoglierlo.
# Context: table cell in “Glossary”
words-cell-fa79a53a26ec1083 = Preferire: «rifugiato reinsediato», con una breve spiegazione.
# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = migrante irregolare
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = Persona entrata o soggiornante in un Paese senza la necessaria autorizzazione.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = Da preferire: «irregolare» o «senza documenti». Da evitare: «immigrato illegale», «clandestini»: le azioni possono essere illegali, le persone no.
# Context: table cell in “Glossary”
words-cell-21f15b4436173353 = traffico di migranti e tratta di esseri umani
# Context: table cell in “Glossary”
words-cell-f44ec191ac994e6f = Traffico di migranti: aiutare una persona, dietro compenso, ad attraversare irregolarmente una frontiera. Tratta: reclutare o trasferire una persona per sfruttarla, con la forza o con l’inganno, che attraversi o no una frontiera.
# Context: table cell in “Glossary”
words-cell-f1f264429061865a = Preferire: il termine esatto. Evitare: usarli come sinonimi. Una persona che ha pagato un trafficante può in seguito diventare vittima di tratta.
# Context: table cell in “Glossary”
words-cell-bab07c01ec681bf7 = cittadino di un Paese terzo
# Context: table cell in “Glossary”
words-cell-78318cbb21b91c20 = Nel diritto dell’UE, una persona che non è cittadina di uno Stato membro dell’UE.
# Context: table cell in “Glossary”
words-cell-f96cb3f93743941d = Preferire: nelle domande di finanziamento e nei testi ufficiali. Evitare: nel linguaggio quotidiano.
# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = minore non accompagnato
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = Minore di 18 anni che arriva senza un genitore o un altro adulto che ne sia responsabile.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = Da preferire: «bambino o ragazzo non accompagnato». Da evitare: mettere in dubbio pubblicamente l’età di un minore senza prove.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = persona con background migratorio
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = Residente che si è trasferito da un altro Paese, o i cui genitori lo hanno fatto. Spesso ha la cittadinanza.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = Da preferire: il modo in cui la persona descrive sé stessa. Da evitare: «straniero» per chi ha la cittadinanza.
# Context: table cell in “Glossary”
words-cell-bb729424aceaa908 = { -newcomer }
# Context: table cell in “Glossary”
words-cell-15d53e4d7f7f70f5 = In questo manuale, una persona che negli ultimi anni è venuta a vivere in una città da un altro Paese, qualunque sia il suo status giuridico.
# Context: table cell in “Glossary”
words-cell-b0b7e39db644e548 = Preferire: { -newcomer } per chi è arrivato da poco; «persona con background migratorio» per chi vive qui da anni.
# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = Processo bidirezionale in cui nuovi arrivati e comunità di accoglienza si adattano reciprocamente, con diritti e doveri da entrambe le parti.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = Da preferire: «integrazione», «inclusione», «partecipazione». Da evitare: «assimilazione» quando si intende integrazione.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = I residenti, le organizzazioni e le istituzioni di una città o di un territorio, compresi i nuovi arrivati.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = Da preferire: formulazioni che includono i nuovi arrivati nel «noi». Da evitare: «gente del posto contro migranti».
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Espressioni che diffondono, incitano, promuovono o giustificano l’odio verso le persone per ciò che sono, per esempio per la loro origine, la loro religione o il colore della loro pelle.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = Da preferire: chiamarli con il loro nome, con chiarezza e con calma. Da evitare: ripetere parole d’odio nei titoli, anche per criticarle.
# Context: table caption in “Glossary”
words-tcap-aa486d893eb1e7e8 = Termini usati nella comunicazione locale, con le espressioni da preferire e da evitare
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = Le definizioni giuridiche variano leggermente da Paese a Paese e cambiano nel tempo. Per i testi ufficiali, verificate la terminologia usata dall’autorità nazionale competente in materia di asilo. Per la comunicazione pubblica, le definizioni semplici riportate sopra sono sufficientemente precise.
# Context: heading
words-h-8e1d12b0300f90ae = Parole da maneggiare con cura
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Alcune parole non sono sbagliate in sé, ma evocano un’immagine più forte dei fatti.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Metafore acquatiche__: «ondata», «marea», «flusso», «afflusso». Trasformano le persone in una forza della natura e suggeriscono che l’unica risposta possibile sia una diga. Usate «arrivi» o il numero effettivo, con la fonte.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __Metafore belliche__: «invasione», «assedio». Suggeriscono che i nuovi arrivati siano nemici.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Numeri senza contesto__: «ne sono arrivati migliaia» suona allarmante; «ne sono arrivati migliaia, in una regione di diversi milioni di abitanti» forse no. Indicate le proporzioni.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __«Crisi»__: a volte la parola è giustificata, per esempio per un sistema di accoglienza sovraccarico. Raramente, però, descrive con precisione delle persone.
# Context: heading
words-h-ad6b1d4fe6291d7c = Lasciate che le persone si definiscano da sé
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = Le etichette le danno gli altri; i nomi si scelgono. Quando lavorate con nuovi arrivati a una campagna o a un articolo, chiedete loro come vogliono essere descritti. Alcuni sono fieri di essere chiamati { -refugees }; altri preferiscono essere conosciuti per la loro professione o per nome. Altri ancora non vorranno affatto che si parli del loro status, perché potrebbe mettere a rischio i loro familiari.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Rispettate queste scelte e chiedete sempre il consenso prima di pubblicare il nome, il volto o la storia di una persona. Il [capitolo 9](09-media.md#consent) approfondisce il tema del consenso.
# Context: heading
words-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Stampate la tabella del glossario e appendetela accanto alla scrivania di chi, nella vostra organizzazione, scrive i comunicati stampa e i post sui social media.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Rileggete gli ultimi cinque testi pubblici che la vostra organizzazione ha diffuso sulla migrazione. Sottolineate ogni etichetta e confrontatela con il glossario.
# Context: list item in “What you can do”
words-li-54e0cd427a746edf = Concordate una breve nota di stile per la vostra città o organizzazione, usando il [modello del capitolo 10](10-resources.md#style-note):
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = quali termini usate;
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = quali termini evitate;
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = a chi rivolgervi in caso di dubbio.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Invitate un nuovo arrivato a leggere il vostro prossimo testo prima della pubblicazione e a dirvi che effetto gli fa.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = La Convenzione di Ginevra del 1951 relativa allo status dei rifugiati e il relativo Protocollo del 1967 sono i testi fondamentali del diritto internazionale dei rifugiati. Tutti gli Stati membri dell’UE vi hanno aderito.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = Si tratta, nella sostanza, della definizione operativa usata dall’Organizzazione internazionale per le migrazioni (OIM), che osserva come il termine «migrante» non sia definito dal diritto internazionale.
