### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 01-about.ftl.
# Previous source: The project's website is { -project-site }. It is the place to look for the project's own materials and news.
about-p-d4fbef935ab88228 = Il sito web del progetto è { -project-site }: è lì che si trovano i materiali e le notizie del progetto.
# From 01-about.ftl.
# Previous source: The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).
about-p-e3bae2b1140c62de = La lingua comune del progetto era l’inglese, ma il lavoro sul territorio si svolgeva nelle lingue dei partner: italiano, sloveno, ungherese, bulgaro, rumeno, tedesco (in Austria) e greco (in Grecia e a Cipro).
# From 01-about.ftl.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network can spread the message to other towns. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = La composizione del partenariato conta. Un ente locale porta legittimità e accesso ai residenti; un’organizzazione della società civile porta fiducia e contatto diretto con i nuovi arrivati; una rete può diffondere il messaggio in altre città. Le buone campagne locali di solito hanno bisogno di tutti e tre.
# From 01-about.ftl.
# Previous source: Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.
about-p-b79d29b00b747fec = Leggete il manuale insieme a un collega o a un’organizzazione partner, segnate le due o tre idee più adatte alla vostra città e decidete chi le metterà alla prova per primo.
# From 01-about.ftl.
# Previous source: Choose the chapter that matches your role from the reading paths above and read it first.
about-li-a7571064fab41c1e = Tra i percorsi di lettura proposti qui sopra, scegliete il capitolo più adatto al vostro ruolo e leggetelo per primo.
# From 02-routes.ftl.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and volunteers from churches, mosques and other faith groups. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = In molte città, nei primi giorni, chi ha aiutato di più sono stati negozianti, pensionati, studenti e volontari di parrocchie, moschee e altre comunità religiose. Riconoscere pubblicamente il loro impegno, e chiedere loro che cosa hanno imparato, è un modo semplice per avviare una conversazione locale sulla migrazione fondata sull’esperienza reale.
# From 02-routes.ftl.
# Previous source: Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.
routes-p-7c1e779cc5cc8cb9 = Attenzione ai numeri. I dati sugli arrivi e sulle decisioni in materia di asilo sono raccolti in modi diversi e cambiano rapidamente. Se usate un dato in pubblico, indicate la fonte e la data.
# From 03-words.ftl.
# Previous source: Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.
words-p-323095354248fddd = Diverse testate e associazioni di giornalisti europee hanno adottato linee guida di stile che evitano «immigrato illegale» e preferiscono «irregolare» o «senza documenti». Un Comune può fare lo stesso: una nota di stile di una pagina per il sito web, le newsletter e i comunicati stampa del Comune fa del linguaggio accurato un’abitudine anziché un motivo di discussione.
# From 04-local.ftl.
# Previous source: In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.
local-p-72355127f2a817bf = In molte città il primo passo verso una buona comunicazione è stato interno: una breve riunione di tutti gli uffici comunali che si occupano di nuovi arrivati, per concordare i fatti, le parole e un referente. Quando l’anagrafe, l’ufficio scuola e la segreteria del sindaco dicono la stessa cosa, i residenti se ne accorgono.
# From 05-campaign.ftl.
# Previous source: Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.
campaign-p-3505940558a7d75c = Collegate il vostro obiettivo allo scopo più ampio di { -clarinet }: rendere visibile il contributo positivo dei { -migrants } nei luoghi in cui vivono. Meglio un obiettivo chiaro che cinque vaghi.
# From 05-campaign.ftl.
# Previous source: Avoid "myth-busting" formats that put a false claim in large letters and the correction in small ones. Lead with the true, positive story instead. [Chapter 9](09-media.md#misinformation) explains how to correct a false claim.
campaign-p-f77d04ef2f2d4111 = Evitate i formati «sfata il mito» che mettono l’affermazione falsa a caratteri cubitali e la correzione in piccolo. Partite invece dalla storia vera e positiva. Il [capitolo 9](09-media.md#misinformation) spiega come correggere un’affermazione falsa.
# From 05-campaign.ftl.
# Previous source: The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
campaign-p-b602462ec33b7762 = Le campagne locali più forti sono co-progettate con i nuovi arrivati. Coinvolgeteli fin dalla prima riunione di pianificazione, retribuiteli quando altri vengono pagati per un lavoro simile e lasciate che siano loro a decidere come raccontare le proprie storie. Prima di pagare un { -asylum-seeker }, verificate le regole sul lavoro e sui sussidi nel [capitolo 4](04-local.md#fair-pay).
# From 05-campaign.ftl.
# Previous source: Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.
campaign-p-27dac4494e528ee4 = Tra i costi tipici ci sono grafica e stampa, sale, compensi per artisti, fotografi o interpreti, cibo per gli eventi, pubblicità online e tempo del personale. Spesso i partner possono offrirne una parte in natura: l’aula magna di una scuola messa a disposizione gratuitamente, la stampa offerta da uno sponsor, spazi gratuiti sulla radio locale.
# From 05-campaign.ftl.
# Previous source: Campaign checklist
campaign-h-13d136fd8a7cc22c = Lista di controllo della campagna
# From 05-campaign.ftl.
# Previous source: We have one clear, specific goal.
campaign-li-898f53b4097163fd = Abbiamo un obiettivo chiaro e specifico.
# From 05-campaign.ftl.
# Previous source: We have chosen and described our main audience.
campaign-li-572e9318a2054cb5 = Abbiamo scelto e descritto il nostro pubblico principale.
# From 05-campaign.ftl.
# Previous source: Our message is about people, is local and invites action.
campaign-li-5bf978bbb72bb81a = Il nostro messaggio parla di persone, è locale e invita all’azione.
# From 05-campaign.ftl.
# Previous source: We have tested the message with members of the audience, including newcomers.
campaign-li-afe5a74c15db4888 = Abbiamo provato il messaggio con persone del pubblico, compresi i nuovi arrivati.
# From 05-campaign.ftl.
# Previous source: Our words match the glossary.
campaign-li-1cd9e079da21eec3 = Le nostre parole sono coerenti con il glossario.
# From 05-campaign.ftl.
# Previous source: We have chosen two or three channels that reach our audience.
campaign-li-f55c2befa1085e92 = Abbiamo scelto due o tre canali che raggiungono il nostro pubblico.
# From 05-campaign.ftl.
# Previous source: Our partners know their roles, and newcomers are among the organisers.
campaign-li-cbbf163eb10da1f4 = I partner conoscono il proprio ruolo e tra gli organizzatori ci sono anche nuovi arrivati.
# From 05-campaign.ftl.
# Previous source: Consent has been given for every name, face and story we use.
campaign-li-db5f826dcc7e9f6d = Abbiamo il consenso per ogni nome, volto e storia che usiamo.
# From 05-campaign.ftl.
# Previous source: We have a budget, including a reserve and money for evaluation.
campaign-li-d7f7e237f12e77bb = Abbiamo un budget, con una riserva e fondi per la valutazione.
# From 05-campaign.ftl.
# Previous source: We know how we will measure reach and change.
campaign-li-e2e0eceefd65d34f = Sappiamo come misureremo la diffusione e il cambiamento.
# From 05-campaign.ftl.
# Previous source: We have a plan for hostile comments and a contact person for media.
campaign-li-bfcdaacae2e6bd80 = Abbiamo un piano per gestire i commenti ostili e un referente per i media.
# From 06-training.ftl.
# Previous source: The eight training programmes
training-h-c51a5caadf503c0a = Gli otto programmi di formazione
# From 06-training.ftl.
# Previous source: { -clarinet } planned eight training programmes for { -local-communities }. They addressed two questions, which also run through this handbook:
training-p-08540e018a3cb272 = { -clarinet } ha previsto otto programmi di formazione per le { -local-communities }. I programmi affrontavano due domande, che attraversano anche questo manuale:
# From 06-training.ftl.
# Previous source: **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?
training-li-fef8d03a44baae15 = __Come__ possono le comunità locali comunicare sulla migrazione e sull’{ -integration } nella propria città: attraverso quali canali, con quali partner, con quale tono?
# From 06-training.ftl.
# Previous source: **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?
training-li-96188d37b0474a5e = __Che cosa__ dovrebbero comunicare: quali fatti, quali storie, quali messaggi sul contributo dei { -migrants } alla vita locale?
# From 06-training.ftl.
# Previous source: Because the programmes took place in different countries and languages, each could be shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.
training-p-af70ec987608a9f6 = Poiché i programmi si sono svolti in Paesi e lingue diversi, ciascuno poteva essere modellato sulle esigenze locali. Le sezioni che seguono non sono un programma fisso: raccolgono i temi e i metodi che una formazione di questo tipo affronta di solito, perché possiate progettare la vostra.
# From 06-training.ftl.
# Previous source: End every session with concrete commitments, and set a date to meet again.
training-li-44ff930e9a9af83f = Concludete ogni incontro con impegni concreti e fissate una data per rivedervi.
# From 08-award.ftl.
# Previous source: Always read the official text of a call carefully: its organisers set the precise rules and criteria.
award-p-7d42159e72971548 = Leggete sempre con attenzione il testo ufficiale di un bando: sono i suoi organizzatori a stabilire le regole e i criteri precisi.
# From 08-award.ftl.
# Previous source: Preparing an entry
award-h-89f7f6087b47355e = Preparare una candidatura
# From 08-award.ftl.
# Previous source: Read the call and its criteria, and check your eligibility first.
award-li-d3acad66e878401a = Leggete il bando e i suoi criteri, e per prima cosa verificate di avere i requisiti.
# From 08-award.ftl.
# Previous source: Collect material while your campaign is running, not afterwards:
award-li-0709ac0cc1777a7a = Raccogliete il materiale mentre la campagna è in corso, non dopo:
# From 08-award.ftl.
# Previous source: photos and videos, with consent for their use in the entry;
award-li-af068c55db3341d5 = foto e video, con il consenso al loro uso nella candidatura;
# From 08-award.ftl.
# Previous source: press coverage and screenshots of online reactions;
award-li-bf15fc48cdd769c4 = rassegna stampa e schermate delle reazioni online;
# From 08-award.ftl.
# Previous source: figures on participation and reach;
award-li-9d21dcea5a68d4c9 = dati sulla partecipazione e sulla diffusione;
# From 08-award.ftl.
# Previous source: quotes from participants, both newcomers and long-standing residents.
award-li-3a2b17f0eabc12ce = citazioni dei partecipanti, sia nuovi arrivati sia residenti di lunga data.
# From 08-award.ftl.
# Previous source: Write the entry as a story: situation, goal, what you did, what changed, what you learned.
award-li-ab30ee6eb9e93a36 = Scrivete la candidatura come una storia: la situazione, l’obiettivo, che cosa avete fatto, che cosa è cambiato, che cosa avete imparato.
# From 08-award.ftl.
# Previous source: Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
award-li-4f2a5b8154bab926 = Rispondete esplicitamente a ogni criterio. Le giurie leggono molte candidature e apprezzano una struttura chiara.
# From 08-award.ftl.
# Previous source: Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
award-p-8f6e118f51930df5 = Anche se non vincete, vale comunque la pena di preparare una candidatura: vi costringe a valutare la campagna, e il materiale si può riutilizzare in relazioni e richieste di finanziamento.
# From 09-media.ftl.
# Previous source: **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.
media-li-a70f756202c7e0b9 = __Puntate su persone e immagini.__ Brevi video, foto e citazioni di residenti e nuovi arrivati circolano molto più degli annunci ufficiali.
# From 09-media.ftl.
# Previous source: Some events can shake a town's trust in a single day:
media-p-5c9d0666c6f6cac0 = Alcuni eventi possono scuotere in un solo giorno la fiducia di una città:
# From 09-media.ftl.
# Previous source: a crime in which a suspect is said to be a { -newcomer };
media-li-e4f6edfe5d6ea522 = un reato il cui presunto autore sarebbe un { -newcomer };
# From 09-media.ftl.
# Previous source: deaths at sea or at a border;
media-li-4e32014cd9b7727a = morti in mare o a una frontiera;
# From 09-media.ftl.
# Previous source: the sudden arrival of many people;
media-li-dad780d15c6a3cd6 = l’arrivo improvviso di molte persone;
# From 09-media.ftl.
# Previous source: a decision to open a reception centre;
media-li-b0db4fbf486417b4 = la decisione di aprire un centro di accoglienza;
# From 09-media.ftl.
# Previous source: a protest against { -newcomers }, or an attack on them.
media-li-99cb138032c6afa0 = una manifestazione contro i { -newcomers }, o un’aggressione nei loro confronti.
# From 10-resources.ftl.
# Previous source: Information is available in the main languages of the audience.
resources-li-5e11b049bead1c5d = Le informazioni sono disponibili nelle principali lingue del pubblico.
# From 10-resources.ftl.
# Previous source: When a rumour or hateful post appears:
resources-li-7ae0e69a4b6f18e2 = Quando compare una voce infondata o un post d’odio:
# From 10-resources.ftl.
# Previous source: Document it with a screenshot, date and link.
resources-li-09bfcd27a3f8e510 = Documentatelo con una schermata, la data e il link.
# From 10-resources.ftl.
# Previous source: Report it if it breaks the platform's rules or the law.
resources-li-5487e01304a34aa0 = Segnalatelo se viola le regole della piattaforma o la legge.
# From 10-resources.ftl.
# Previous source: Reply once, calmly, with facts and a trusted source.
resources-li-f48c9692312d3eb5 = Rispondete una sola volta, con calma, con i fatti e una fonte affidabile.
# From 10-resources.ftl.
# Previous source: Support the people targeted.
resources-li-16bac6fcc99f7bf8 = Sostenete le persone prese di mira.
# From 10-resources.ftl.
# Previous source: Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-27a8cd98632f4313 = Conservate le liste di controllo di questo capitolo in una cartella condivisa accessibile a tutti i partner, e rivedetele insieme una volta l’anno. Aggiungete le lezioni che imparate strada facendo: la lista di controllo migliore è quella scritta a partire dalla vostra esperienza.
# From 10-resources.ftl.
# Previous source: Translate the checklists into the languages most spoken by newcomers in your town.
resources-li-db591e2d0ee6a046 = Traducete le liste di controllo nelle lingue più parlate dai nuovi arrivati della vostra città.
