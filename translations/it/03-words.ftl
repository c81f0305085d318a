### handbook/chapters/03-words.md — Words matter
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
words-title-99393f6a = Le parole contano

# Context: heading
words-h-6d11659b = Perché le parole contano

# Context: paragraph in “Why words matter”
words-p-1e8fb6b5 = Le parole che usiamo per parlare delle persone determinano il modo in cui gli altri le vedono. Parlate di «ondata» o di «marea», e chi ascolta immagina una catastrofe da arginare. Chiamate la stessa persona infermiere, vicino di casa o genitore, e chi ascolta vede un essere umano. Le parole hanno anche un significato giuridico: essere un { -refugee }, un { -asylum-seeker } o un { -migrant } può decidere se una persona potrà restare, lavorare o farsi raggiungere dalla famiglia.

# Context: paragraph in “Why words matter”
words-p-06f92181 = Usare un linguaggio accurato non è una questione di buone maniere, ma di correttezza. Un giornale locale che chiama «clandestino» ogni nuovo arrivato, per la maggior parte di loro sbaglia e basta. Usare le parole giuste è il miglioramento più economico e più rapido alla portata di chiunque comunichi a livello locale.

# Context: paragraph in “Why words matter”
words-p-75d04f15 = Questo capitolo spiega i termini chiave, che sono usati in modo coerente in tutte le versioni linguistiche del manuale.

# Context: heading
words-h-b04bf22f = Le tre parole che si confondono più spesso

# Context: heading
words-h-bc0885e6 = Rifugiato

# Context: paragraph in “Refugee”
words-p-a666f2f6 = Un { -refugee } è una persona che ha dovuto lasciare il proprio Paese per il fondato timore di essere perseguitata per motivi di razza, religione, nazionalità, opinioni politiche o appartenenza a un determinato gruppo sociale, e che non può o, a causa di questo timore, non vuole avvalersi della protezione del proprio Paese. La definizione è tratta dalla Convenzione di Ginevra del 1951 relativa allo status dei rifugiati[^convention]. Nel linguaggio comune la parola si usa anche in senso più ampio per chi fugge da guerre e violenze, e anche a queste persone il diritto internazionale garantisce protezione.

# Context: heading
words-h-b09f4651 = Richiedente asilo

# Context: paragraph in “Asylum seeker”
words-p-f370bd9c = Un { -asylum-seeker } è una persona che ha chiesto protezione internazionale in un altro Paese ed è in attesa di una decisione. Non è detto che ogni richiedente asilo venga alla fine riconosciuto come { -refugee }, ma ogni rifugiato riconosciuto è stato prima un richiedente asilo. Chiedere asilo è un diritto, non un reato.

# Context: heading
words-h-154e9718 = Migrante

# Context: paragraph in “Migrant”
words-p-9353fc8a = «Migrante» è il più ampio dei tre termini e non ne esiste un'unica definizione giuridica. Le organizzazioni internazionali lo usano come termine generico per chiunque si sposti dal proprio luogo di residenza abituale, all'interno di un Paese o attraverso un confine, per qualsiasi motivo e per qualsiasi periodo di tempo[^iom-def]. Studenti, lavoratori stagionali, persone che raggiungono i propri familiari e persone in fuga dalla guerra possono essere tutti { -migrants }. Proprio perché la parola è così ampia, usatela con attenzione: se sapete che le persone di cui state parlando sono { -refugees } o { -asylum-seekers }, ditelo.

# Context: paragraph in “Migrant”
words-p-4927dc2d = Nel dubbio, descrivete la persona, non la categoria. «Un ragazzo afghano arrivato due anni fa che oggi lavora in un'officina» è più preciso, e molto più interessante, di qualsiasi etichetta.

# Context: heading
words-h-940caa36 = Glossario

# Context: paragraph in “Glossary”
words-p-00e42605 = La tabella qui sotto riporta i termini che ricorrono più spesso nella comunicazione locale. La terza colonna indica le espressioni da preferire e quelle da evitare.

# Context: table cell in “Glossary”
words-cell-3e987aec = Termine

# Context: table cell in “Glossary”
words-cell-0de1cea6 = Che cosa significa

# Context: table cell in “Glossary”
words-cell-e6167397 = Da preferire / da evitare

# Context: table cell in “Glossary”
words-cell-8a2d7f21 = { -migrant }

# Context: table cell in “Glossary”
words-cell-25a9704a = Termine generico che indica una persona che si sposta dal proprio luogo di residenza abituale, per qualsiasi motivo e per qualsiasi periodo di tempo.

# Context: table cell in “Glossary”
words-cell-ffc7f288 = Da preferire: «migrante», oppure la situazione concreta della persona (lavoratore, studente, familiare). Da evitare: usarlo per persone di cui si conosce lo status di rifugiato.

# Context: table cell in “Glossary”
words-cell-80dda940 = { -refugee }

# Context: table cell in “Glossary”
words-cell-8021ad9a = Persona fuggita da persecuzioni, guerre o violenze e protetta dal diritto internazionale; in senso stretto, persona riconosciuta come tale ai sensi della Convenzione del 1951.

# Context: table cell in “Glossary”
words-cell-a17dca42 = Da preferire: «rifugiato» quando lo status è stato riconosciuto o la persona è chiaramente fuggita da un pericolo. Da evitare: «falso rifugiato», «sedicente rifugiato».

# Context: table cell in “Glossary”
words-cell-87463fb7 = { -asylum-seeker }

# Context: table cell in “Glossary”
words-cell-098604c8 = Persona che ha chiesto protezione internazionale ed è in attesa di una decisione.

# Context: table cell in “Glossary”
words-cell-fe1c4052 = Da preferire: «richiedente asilo», «persona in cerca di protezione». Da evitare: «clandestino», «falso richiedente asilo».

# Context: table cell in “Glossary”
words-cell-d4d1cfe5 = beneficiario di protezione internazionale

# Context: table cell in “Glossary”
words-cell-c36c0cd8 = Persona a cui è stato riconosciuto lo status di rifugiato o la protezione sussidiaria in un Paese dell'UE.

# Context: table cell in “Glossary”
words-cell-2385d60e = Da preferire: questo termine nei testi ufficiali; «rifugiato» nel linguaggio comune.

# Context: table cell in “Glossary”
words-cell-6ef134b7 = protezione sussidiaria

# Context: table cell in “Glossary”
words-cell-e25e040a = Protezione concessa a chi non ha i requisiti per essere riconosciuto rifugiato ma, se rimpatriato, correrebbe un rischio effettivo di subire un danno grave.

# Context: table cell in “Glossary”
words-cell-9bef5378 = Da preferire: spiegarne brevemente il significato quando la si nomina; la maggior parte dei lettori non la conosce.

# Context: table cell in “Glossary”
words-cell-7ffc1436 = migrante irregolare

# Context: table cell in “Glossary”
words-cell-57a635f1 = Persona entrata o soggiornante in un Paese senza la necessaria autorizzazione.

# Context: table cell in “Glossary”
words-cell-15eccf25 = Da preferire: «irregolare» o «senza documenti». Da evitare: «immigrato illegale», «clandestini»: le azioni possono essere illegali, le persone no.

# Context: table cell in “Glossary”
words-cell-96efc7c7 = minore non accompagnato

# Context: table cell in “Glossary”
words-cell-33136488 = Minore di 18 anni che arriva senza un genitore o un altro adulto che ne sia responsabile.

# Context: table cell in “Glossary”
words-cell-9da4efca = Da preferire: «bambino o ragazzo non accompagnato». Da evitare: mettere in dubbio pubblicamente l'età di un minore senza prove.

# Context: table cell in “Glossary”
words-cell-1799e586 = persona con background migratorio

# Context: table cell in “Glossary”
words-cell-aae8b353 = Residente che è emigrato da un altro Paese, o i cui genitori lo hanno fatto. Spesso ha la cittadinanza.

# Context: table cell in “Glossary”
words-cell-8acb743c = Da preferire: il modo in cui la persona descrive sé stessa. Da evitare: «straniero» per chi ha la cittadinanza.

# Context: table cell in “Glossary”
words-cell-86f1bddb = { -integration }

# Context: table cell in “Glossary”
words-cell-1068edef = Processo bidirezionale in cui nuovi arrivati e comunità di accoglienza si adattano reciprocamente, con diritti e doveri da entrambe le parti.

# Context: table cell in “Glossary”
words-cell-49ea3505 = Da preferire: «integrazione», «inclusione», «partecipazione». Da evitare: «assimilazione» quando si intende integrazione.

# Context: table cell in “Glossary”
words-cell-7a6913b7 = { -local-community }

# Context: table cell in “Glossary”
words-cell-3b8c7bd4 = I residenti, le organizzazioni e le istituzioni di una città o di un territorio, compresi i nuovi arrivati.

# Context: table cell in “Glossary”
words-cell-408972b1 = Da preferire: formulazioni che includono i nuovi arrivati nel «noi». Da evitare: «gente del posto contro migranti».

# Context: table cell in “Glossary”
words-cell-0d029014 = { -hate-speech }

# Context: table cell in “Glossary”
words-cell-275d63ab = Espressioni che diffondono, incitano, promuovono o giustificano l'odio verso le persone per ciò che sono, per esempio per la loro origine, la loro religione o il colore della loro pelle.

# Context: table cell in “Glossary”
words-cell-fe96aaf2 = Da preferire: chiamarli con il loro nome, con chiarezza e con calma. Da evitare: ripetere parole d'odio nei titoli, anche per criticarle.

# Context: paragraph in “Glossary”
words-p-41844af3 = Le definizioni giuridiche variano leggermente da Paese a Paese e cambiano nel tempo. Per i testi ufficiali, verificate la terminologia usata dall'autorità nazionale competente in materia di asilo. Per la comunicazione pubblica, le definizioni semplici riportate sopra sono sufficientemente precise.

# Context: heading
words-h-0581156d = Parole da maneggiare con cura

# Context: paragraph in “Words to handle with care”
words-p-1c973087 = Alcune parole non sono sbagliate in sé, ma evocano un'immagine più forte dei fatti.

# Context: list item in “Words to handle with care”
words-li-a747657f = **Metafore acquatiche**: «ondata», «marea», «flusso», «afflusso». Trasformano le persone in una forza della natura e suggeriscono che l'unica risposta possibile sia una diga. Usate «arrivi» o il numero effettivo, con la fonte.

# Context: list item in “Words to handle with care”
words-li-8e528b03 = **Metafore belliche**: «invasione», «assedio». Suggeriscono che i nuovi arrivati siano nemici.

# Context: list item in “Words to handle with care”
words-li-aa1e5a92 = **Numeri senza contesto**: «ne sono arrivati migliaia» suona allarmante; «ne sono arrivati migliaia, in una regione di diversi milioni di abitanti» forse no. Indicate le proporzioni.

# Context: list item in “Words to handle with care”
words-li-3e19d820 = **«Crisi»**: a volte la parola è giustificata, per esempio per un sistema di accoglienza sovraccarico. Raramente, però, descrive con precisione delle persone.

# Context: paragraph in “Words to handle with care”
words-p-42d9d57f = Diverse testate e associazioni di giornalisti europee hanno adottato linee guida di stile che evitano «immigrato illegale» e preferiscono «irregolare» o «senza documenti». Un Comune può fare lo stesso: una nota di stile di una pagina per il sito web, le newsletter e i comunicati stampa del Comune fa del linguaggio accurato un'abitudine anziché un motivo di discussione.

# Context: heading
words-h-8d81b72b = Lasciate che le persone si definiscano da sé

# Context: paragraph in “Let people name themselves”
words-p-b6b448bf = Le etichette le danno gli altri; i nomi si scelgono. Quando lavorate con nuovi arrivati a una campagna o a un articolo, chiedete loro come vogliono essere descritti. Alcuni sono fieri di essere chiamati { -refugees }; altri preferiscono essere conosciuti per la loro professione o per nome. Altri ancora non vorranno affatto che si parli del loro status, perché potrebbe mettere a rischio i loro familiari.

# Context: paragraph in “Let people name themselves”
words-p-95f9335e = Rispettate queste scelte e chiedete sempre il consenso prima di pubblicare il nome, il volto o la storia di una persona. Il [capitolo 9](09-media.md#consent) approfondisce il tema del consenso.

# Context: heading
words-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
words-li-1781802d = Stampate la tabella del glossario e appendetela accanto alla scrivania di chi, nella vostra organizzazione, scrive i comunicati stampa e i post sui social media.

# Context: list item in “What you can do”
words-li-afe6ca48 = Rileggete gli ultimi cinque testi pubblici che la vostra organizzazione ha diffuso sulla migrazione. Sottolineate ogni etichetta e confrontatela con il glossario.

# Context: list item in “What you can do”
words-li-9fde9556 = Concordate una breve nota di stile per la vostra città o organizzazione:

# Context: list item in “What you can do”
words-li-7088d2c3 = quali termini usate;

# Context: list item in “What you can do”
words-li-0c7cd679 = quali termini evitate;

# Context: list item in “What you can do”
words-li-523b9b21 = a chi rivolgervi in caso di dubbio.

# Context: list item in “What you can do”
words-li-b1535273 = Invitate un nuovo arrivato a leggere il vostro prossimo testo prima della pubblicazione e a dirvi che effetto gli fa.

# Context: footnote in “What you can do”
words-fn-272d3bb4 = La Convenzione di Ginevra del 1951 relativa allo status dei rifugiati e il relativo Protocollo del 1967 sono i testi fondamentali del diritto internazionale dei rifugiati. Tutti gli Stati membri dell'UE vi hanno aderito.

# Context: footnote in “What you can do”
words-fn-6a8c922e = Si tratta, nella sostanza, della definizione operativa usata dall'Organizzazione internazionale per le migrazioni (OIM), che osserva come il termine «migrante» non sia definito dal diritto internazionale.
