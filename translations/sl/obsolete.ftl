### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 01-about.ftl.
# Previous source: The project's website is { -project-site }. It is the place to look for the project's own materials and news.
about-p-d4fbef935ab88228 = Spletna stran projekta je { -project-site }. Tam boste našli gradiva in novice projekta.
# From 01-about.ftl.
# Previous source: The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).
about-p-e3bae2b1140c62de = Skupni jezik projekta je bila angleščina, lokalno delo pa je potekalo v jezikih partnerjev: italijanščini, slovenščini, madžarščini, bolgarščini, romunščini, nemščini (v Avstriji) in grščini (v Grčiji in na Cipru).
# From 01-about.ftl.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network can spread the message to other towns. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Sestava partnerstva je pomembna. Lokalna oblast prinaša legitimnost in dostop do prebivalcev, organizacija civilne družbe zaupanje in neposreden stik z novimi prebivalci, mreža pa lahko sporočilo ponese v druge kraje. Dobre lokalne kampanje običajno potrebujejo vse tri.
# From 01-about.ftl.
# Previous source: Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.
about-p-b79d29b00b747fec = Priročnik preberite skupaj s sodelavcem ali partnersko organizacijo, označite dve ali tri zamisli, ki najbolj ustrezajo vašemu kraju, in se dogovorite, kdo jih bo prvi preizkusil.
# From 01-about.ftl.
# Previous source: Choose the chapter that matches your role from the reading paths above and read it first.
about-li-a7571064fab41c1e = Med zgoraj predlaganimi potmi branja izberite poglavje, ki ustreza vaši vlogi, in ga preberite najprej.
# From 02-routes.ftl.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and volunteers from churches, mosques and other faith groups. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = V mnogih krajih so v prvih dneh največ pomagali trgovci, upokojenci, študenti ter prostovoljci iz cerkva, mošej in drugih verskih skupnosti. Če jim javno izrazite priznanje in jih vprašate, kaj so se naučili, boste na preprost način začeli lokalni pogovor o migracijah, ki temelji na resničnih izkušnjah.
# From 02-routes.ftl.
# Previous source: Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.
routes-p-7c1e779cc5cc8cb9 = Bodite previdni s številkami. Podatki o prihodih in odločitvah o azilu se zbirajo na različne načine in se hitro spreminjajo. Če številko uporabite v javnosti, navedite vir in datum.
# From 03-words.ftl.
# Previous source: Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.
words-p-323095354248fddd = Več evropskih medijskih hiš in novinarskih združenj je sprejelo slogovne smernice, ki se izogibajo izrazu „ilegalni priseljenec“ in dajejo prednost izrazoma „neregularen“ ali „brez dokumentov“. Občina lahko stori enako: enostranska slogovna navodila za občinsko spletno stran, glasila in sporočila za javnost poskrbijo, da natančno izražanje postane rutina, ne predmet razprave.
# From 04-local.ftl.
# Previous source: In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.
local-p-72355127f2a817bf = V mnogih krajih je bil prvi korak k dobremu komuniciranju notranji: kratek sestanek vseh občinskih služb, ki se ukvarjajo z novimi prebivalci, da se dogovorijo o dejstvih, besedah in kontaktni osebi. Ko upravna enota, oddelek za šolstvo in županov urad govorijo isto, prebivalci to opazijo.
# From 05-campaign.ftl.
# Previous source: Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.
campaign-p-3505940558a7d75c = Svoj cilj povežite s širšim ciljem projekta { -clarinet }: narediti viden pozitivni prispevek, ki ga { -migrants } dajejo tam, kjer živijo. En jasen cilj je boljši od petih ohlapnih.
# From 05-campaign.ftl.
# Previous source: Avoid "myth-busting" formats that put a false claim in large letters and the correction in small ones. Lead with the true, positive story instead. [Chapter 9](09-media.md#misinformation) explains how to correct a false claim.
campaign-p-f77d04ef2f2d4111 = Izogibajte se oblikam „razbijanja mitov“, ki lažno trditev napišejo z velikimi črkami, popravek pa z majhnimi. Raje začnite z resnično, pozitivno zgodbo. Kako popraviti lažno trditev, pojasnjuje [9. poglavje](09-media.md#misinformation).
# From 05-campaign.ftl.
# Previous source: The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
campaign-p-b602462ec33b7762 = Najmočnejše lokalne kampanje nastajajo skupaj z novimi prebivalci. Vključite jih že od prvega načrtovalnega sestanka, plačajte jim, kadar so za podobno delo plačani tudi drugi, in jim prepustite odločitev, kako bodo povedane njihove zgodbe. Preden plačate { -asylum-seeker(case: "dat") }, preverite pravila o delu in prejemkih v [4. poglavju](04-local.md#fair-pay).
# From 05-campaign.ftl.
# Previous source: Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.
campaign-p-27dac4494e528ee4 = Običajni stroški so oblikovanje in tisk, prostori, honorarji za umetnike, fotografe ali tolmače, hrana na dogodkih, spletno oglaševanje in čas zaposlenih. Partnerji lahko nekaj tega pogosto prispevajo v naravi: brezplačno šolsko dvorano, sponzoriran tisk, čas v programu lokalnega radia.
# From 05-campaign.ftl.
# Previous source: Campaign checklist
campaign-h-13d136fd8a7cc22c = Kontrolni seznam za kampanjo
# From 05-campaign.ftl.
# Previous source: We have one clear, specific goal.
campaign-li-898f53b4097163fd = Imamo en jasen, konkreten cilj.
# From 05-campaign.ftl.
# Previous source: We have chosen and described our main audience.
campaign-li-572e9318a2054cb5 = Izbrali in opisali smo svoje glavno ciljno občinstvo.
# From 05-campaign.ftl.
# Previous source: Our message is about people, is local and invites action.
campaign-li-5bf978bbb72bb81a = Naše sporočilo govori o ljudeh, je lokalno in vabi k dejanjem.
# From 05-campaign.ftl.
# Previous source: We have tested the message with members of the audience, including newcomers.
campaign-li-afe5a74c15db4888 = Sporočilo smo preizkusili pri pripadnikih ciljnega občinstva, tudi pri novih prebivalcih.
# From 05-campaign.ftl.
# Previous source: Our words match the glossary.
campaign-li-1cd9e079da21eec3 = Naše besede se ujemajo z glosarjem.
# From 05-campaign.ftl.
# Previous source: We have chosen two or three channels that reach our audience.
campaign-li-f55c2befa1085e92 = Izbrali smo dva ali tri kanale, ki dosežejo naše občinstvo.
# From 05-campaign.ftl.
# Previous source: Our partners know their roles, and newcomers are among the organisers.
campaign-li-cbbf163eb10da1f4 = Naši partnerji poznajo svoje vloge, med organizatorji pa so tudi novi prebivalci.
# From 05-campaign.ftl.
# Previous source: Consent has been given for every name, face and story we use.
campaign-li-db5f826dcc7e9f6d = Za vsako ime, obraz in zgodbo, ki jih uporabljamo, imamo privolitev.
# From 05-campaign.ftl.
# Previous source: We have a budget, including a reserve and money for evaluation.
campaign-li-d7f7e237f12e77bb = Imamo proračun, vključno z rezervo in denarjem za vrednotenje.
# From 05-campaign.ftl.
# Previous source: We know how we will measure reach and change.
campaign-li-e2e0eceefd65d34f = Vemo, kako bomo merili doseg in spremembo.
# From 05-campaign.ftl.
# Previous source: We have a plan for hostile comments and a contact person for media.
campaign-li-bfcdaacae2e6bd80 = Imamo načrt za odzivanje na sovražne komentarje in kontaktno osebo za medije.
# From 06-training.ftl.
# Previous source: The eight training programmes
training-h-c51a5caadf503c0a = Osem programov usposabljanja
# From 06-training.ftl.
# Previous source: { -clarinet } planned eight training programmes for { -local-communities }. They addressed two questions, which also run through this handbook:
training-p-08540e018a3cb272 = Projekt { -clarinet } je načrtoval osem programov usposabljanja za { -local-communities(case: "acc") }. Obravnavali so dve vprašanji, ki se vlečeta tudi skozi ta priročnik:
# From 06-training.ftl.
# Previous source: **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?
training-li-fef8d03a44baae15 = __Kako__ lahko lokalne skupnosti v svojem kraju komunicirajo o migracijah in { -integration(case: "loc") }: po katerih kanalih, s katerimi partnerji, v kakšnem tonu?
# From 06-training.ftl.
# Previous source: **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?
training-li-96188d37b0474a5e = __Kaj__ naj sporočajo: katera dejstva, katere zgodbe, katera sporočila o prispevku, ki ga { -migrants } dajejo življenju v kraju?
# From 06-training.ftl.
# Previous source: Because the programmes took place in different countries and languages, each could be shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.
training-p-af70ec987608a9f6 = Ker so programi potekali v različnih državah in jezikih, je bilo vsakega mogoče prilagoditi lokalnim potrebam. Spodnji razdelki niso določen učni načrt: združujejo teme in metode, ki jih takšna usposabljanja običajno zajemajo, da lahko zasnujete lasten program.
# From 06-training.ftl.
# Previous source: End every session with concrete commitments, and set a date to meet again.
training-li-44ff930e9a9af83f = Vsako srečanje sklenite s konkretnimi zavezami in določite datum naslednjega srečanja.
# From 08-award.ftl.
# Previous source: Always read the official text of a call carefully: its organisers set the precise rules and criteria.
award-p-7d42159e72971548 = Uradno besedilo razpisa vedno natančno preberite: natančna pravila in merila določijo njegovi organizatorji.
# From 08-award.ftl.
# Previous source: Preparing an entry
award-h-89f7f6087b47355e = Priprava prijave
# From 08-award.ftl.
# Previous source: Read the call and its criteria, and check your eligibility first.
award-li-d3acad66e878401a = Preberite razpis in njegova merila ter najprej preverite, ali ste upravičeni do prijave.
# From 08-award.ftl.
# Previous source: Collect material while your campaign is running, not afterwards:
award-li-0709ac0cc1777a7a = Gradivo zbirajte med potekom kampanje, ne pozneje:
# From 08-award.ftl.
# Previous source: photos and videos, with consent for their use in the entry;
award-li-af068c55db3341d5 = fotografije in videe, s privolitvijo za njihovo uporabo v prijavi;
# From 08-award.ftl.
# Previous source: press coverage and screenshots of online reactions;
award-li-bf15fc48cdd769c4 = medijske objave in zaslonske posnetke odzivov na spletu;
# From 08-award.ftl.
# Previous source: figures on participation and reach;
award-li-9d21dcea5a68d4c9 = podatke o udeležbi in dosegu;
# From 08-award.ftl.
# Previous source: quotes from participants, both newcomers and long-standing residents.
award-li-3a2b17f0eabc12ce = izjave udeležencev, tako novih kot dolgoletnih prebivalcev.
# From 08-award.ftl.
# Previous source: Write the entry as a story: situation, goal, what you did, what changed, what you learned.
award-li-ab30ee6eb9e93a36 = Prijavo napišite kot zgodbo: razmere, cilj, kaj ste naredili, kaj se je spremenilo, kaj ste se naučili.
# From 08-award.ftl.
# Previous source: Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
award-li-4f2a5b8154bab926 = Na vsako merilo odgovorite izrecno. Žirije preberejo veliko prijav in cenijo jasno strukturo.
# From 08-award.ftl.
# Previous source: Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
award-p-8f6e118f51930df5 = Tudi če ne zmagate, se priprava prijave splača: prisili vas, da ovrednotite svojo kampanjo, gradivo pa lahko ponovno uporabite v poročilih in prijavah za financiranje.
# From 09-media.ftl.
# Previous source: **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.
media-li-a70f756202c7e0b9 = __Uporabljajte ljudi in podobe.__ Kratki videi, fotografije in izjave prebivalcev in novih prebivalcev pridejo dlje kot uradna obvestila.
# From 09-media.ftl.
# Previous source: Some events can shake a town's trust in a single day:
media-p-5c9d0666c6f6cac0 = Nekateri dogodki lahko zaupanje v kraju omajejo v enem samem dnevu:
# From 09-media.ftl.
# Previous source: a crime in which a suspect is said to be a { -newcomer };
media-li-e4f6edfe5d6ea522 = kaznivo dejanje, pri katerem naj bi bil osumljenec { -newcomer };
# From 09-media.ftl.
# Previous source: deaths at sea or at a border;
media-li-4e32014cd9b7727a = smrti na morju ali na meji;
# From 09-media.ftl.
# Previous source: the sudden arrival of many people;
media-li-dad780d15c6a3cd6 = nenaden prihod velikega števila ljudi;
# From 09-media.ftl.
# Previous source: a decision to open a reception centre;
media-li-b0db4fbf486417b4 = odločitev o odprtju nastanitvenega centra;
# From 09-media.ftl.
# Previous source: a protest against { -newcomers }, or an attack on them.
media-li-99cb138032c6afa0 = protest proti { -newcomers(case: "dat") } ali napad nanje.
# From 10-resources.ftl.
# Previous source: Information is available in the main languages of the audience.
resources-li-5e11b049bead1c5d = Informacije so na voljo v glavnih jezikih občinstva.
# From 10-resources.ftl.
# Previous source: When a rumour or hateful post appears:
resources-li-7ae0e69a4b6f18e2 = Ko se pojavi govorica ali sovražna objava:
# From 10-resources.ftl.
# Previous source: Document it with a screenshot, date and link.
resources-li-09bfcd27a3f8e510 = Dokumentirajte jo z zaslonskim posnetkom, datumom in povezavo.
# From 10-resources.ftl.
# Previous source: Report it if it breaks the platform's rules or the law.
resources-li-5487e01304a34aa0 = Prijavite jo, če krši pravila platforme ali zakon.
# From 10-resources.ftl.
# Previous source: Reply once, calmly, with facts and a trusted source.
resources-li-f48c9692312d3eb5 = Odgovorite enkrat, mirno, z dejstvi in zaupanja vrednim virom.
# From 10-resources.ftl.
# Previous source: Support the people targeted.
resources-li-16bac6fcc99f7bf8 = Podprite ljudi, na katere je napad usmerjen.
# From 10-resources.ftl.
# Previous source: Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-27a8cd98632f4313 = Kontrolne sezname iz tega poglavja hranite v skupni mapi, do katere imajo dostop vsi partnerji, in jih enkrat na leto skupaj preglejte. Dodajte izkušnje, ki ste jih pridobili: najboljši kontrolni seznam je tisti, ki je napisan na podlagi lastnih izkušenj.
# From 10-resources.ftl.
# Previous source: Translate the checklists into the languages most spoken by newcomers in your town.
resources-li-db591e2d0ee6a046 = Kontrolne sezname prevedite v jezike, ki jih novi prebivalci v vašem kraju najpogosteje govorijo.
