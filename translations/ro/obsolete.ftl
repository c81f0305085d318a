### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 01-about.ftl.
# Previous source: The project's website is { -project-site }. It is the place to look for the project's own materials and news.
about-p-d4fbef935ab88228 = Site-ul proiectului este { -project-site }. Acolo găsiți materialele și noutățile proiectului.
# From 01-about.ftl.
# Previous source: The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).
about-p-e3bae2b1140c62de = Limba comună a proiectului a fost engleza, dar activitatea locală s-a desfășurat în limbile partenerilor: italiană, slovenă, maghiară, bulgară, română, germană (în Austria) și greacă (în Grecia și Cipru).
# From 01-about.ftl.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network can spread the message to other towns. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Combinația de parteneri contează. O autoritate locală aduce legitimitate și acces la locuitori; o organizație a societății civile aduce încredere și contact direct cu noii veniți; o rețea poate duce mesajul și în alte orașe. Campaniile locale reușite au, de regulă, nevoie de toate trei.
# From 01-about.ftl.
# Previous source: Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.
about-p-b79d29b00b747fec = Citiți manualul împreună cu un coleg sau cu o organizație parteneră, marcați cele două-trei idei care se potrivesc cel mai bine orașului dumneavoastră și stabiliți cine le va încerca primul.
# From 01-about.ftl.
# Previous source: Choose the chapter that matches your role from the reading paths above and read it first.
about-li-a7571064fab41c1e = Alegeți, din parcursurile de lectură de mai sus, capitolul care se potrivește rolului dumneavoastră și citiți-l primul.
# From 02-routes.ftl.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and volunteers from churches, mosques and other faith groups. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = În multe orașe, cei care au ajutat cel mai mult în primele zile au fost negustorii, pensionarii, studenții și voluntarii din biserici, moschei și alte comunități religioase. Recunoașterea lor publică și întrebarea „ce ați învățat?” sunt o cale simplă de a începe o discuție locală despre migrație, bazată pe experiență reală.
# From 02-routes.ftl.
# Previous source: Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.
routes-p-7c1e779cc5cc8cb9 = Aveți grijă cu cifrele. Datele despre numărul sosirilor și al deciziilor privind azilul sunt colectate în moduri diferite și se schimbă repede. Dacă folosiți o cifră în public, indicați sursa și data.
# From 03-words.ftl.
# Previous source: Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.
words-p-323095354248fddd = Mai multe instituții media și asociații ale jurnaliștilor din Europa au adoptat ghiduri de stil care evită expresia „imigrant ilegal” și preferă „în situație neregulamentară” sau „fără documente”. O primărie poate face același lucru: o notă de stil de o pagină pentru site-ul orașului, buletinele informative și comunicatele de presă face din limbajul corect o rutină, nu un subiect de dezbatere.
# From 04-local.ftl.
# Previous source: In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.
local-p-72355127f2a817bf = În multe orașe, primul pas spre o comunicare bună a fost unul intern: o scurtă întâlnire a tuturor compartimentelor primăriei care lucrează cu noii veniți, pentru a cădea de acord asupra faptelor, a cuvintelor și a unei persoane de contact. Când starea civilă, serviciul pentru învățământ și cabinetul primarului spun același lucru, locuitorii observă.
# From 05-campaign.ftl.
# Previous source: Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.
campaign-p-3505940558a7d75c = Legați obiectivul de scopul mai larg al proiectului { -clarinet }: să facă vizibilă contribuția pozitivă a { -migrants(case: "gen") } acolo unde trăiesc. Un singur obiectiv clar este mai bun decât cinci vagi.
# From 05-campaign.ftl.
# Previous source: Avoid "myth-busting" formats that put a false claim in large letters and the correction in small ones. Lead with the true, positive story instead. [Chapter 9](09-media.md#misinformation) explains how to correct a false claim.
campaign-p-f77d04ef2f2d4111 = Evitați formatele de tip „demontarea miturilor”, care scriu afirmația falsă cu litere mari și corectarea cu litere mici. Porniți în schimb de la povestea adevărată și pozitivă. [Capitolul 9](09-media.md#misinformation) explică cum să corectați o afirmație falsă.
# From 05-campaign.ftl.
# Previous source: The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
campaign-p-b602462ec33b7762 = Cele mai puternice campanii locale sunt create împreună cu noii veniți. Implicați-i de la prima ședință de planificare, plătiți-i acolo unde și alții sunt plătiți pentru o muncă similară și lăsați-i pe ei să decidă cum le sunt spuse poveștile. Înainte de a plăti un { -asylum-seeker }, verificați regulile privind munca și alocațiile din [capitolul 4](04-local.md#fair-pay).
# From 05-campaign.ftl.
# Previous source: Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.
campaign-p-27dac4494e528ee4 = Costurile obișnuite includ grafica și tipărirea, spațiile, onorariile pentru artiști, fotografi sau interpreți, mâncarea pentru evenimente, publicitatea online și timpul de lucru al personalului. Partenerii pot oferi adesea o parte dintre acestea în natură: o sală de școală gratuită, tipărire sponsorizată, timp de emisie la radioul local.
# From 05-campaign.ftl.
# Previous source: Campaign checklist
campaign-h-13d136fd8a7cc22c = Lista de verificare a campaniei
# From 05-campaign.ftl.
# Previous source: We have one clear, specific goal.
campaign-li-898f53b4097163fd = Avem un singur obiectiv, clar și specific.
# From 05-campaign.ftl.
# Previous source: We have chosen and described our main audience.
campaign-li-572e9318a2054cb5 = Ne-am ales și ne-am descris publicul principal.
# From 05-campaign.ftl.
# Previous source: Our message is about people, is local and invites action.
campaign-li-5bf978bbb72bb81a = Mesajul nostru vorbește despre oameni, este local și îndeamnă la acțiune.
# From 05-campaign.ftl.
# Previous source: We have tested the message with members of the audience, including newcomers.
campaign-li-afe5a74c15db4888 = Am testat mesajul cu membri ai publicului vizat, inclusiv cu noi veniți.
# From 05-campaign.ftl.
# Previous source: Our words match the glossary.
campaign-li-1cd9e079da21eec3 = Cuvintele noastre corespund glosarului.
# From 05-campaign.ftl.
# Previous source: We have chosen two or three channels that reach our audience.
campaign-li-f55c2befa1085e92 = Am ales două sau trei canale care ajung la publicul nostru.
# From 05-campaign.ftl.
# Previous source: Our partners know their roles, and newcomers are among the organisers.
campaign-li-cbbf163eb10da1f4 = Partenerii noștri își cunosc rolurile, iar printre organizatori se află și noi veniți.
# From 05-campaign.ftl.
# Previous source: Consent has been given for every name, face and story we use.
campaign-li-db5f826dcc7e9f6d = Avem consimțământul pentru fiecare nume, chip și poveste pe care le folosim.
# From 05-campaign.ftl.
# Previous source: We have a budget, including a reserve and money for evaluation.
campaign-li-d7f7e237f12e77bb = Avem un buget, care include o rezervă și bani pentru evaluare.
# From 05-campaign.ftl.
# Previous source: We know how we will measure reach and change.
campaign-li-e2e0eceefd65d34f = Știm cum vom măsura acoperirea și schimbarea.
# From 05-campaign.ftl.
# Previous source: We have a plan for hostile comments and a contact person for media.
campaign-li-bfcdaacae2e6bd80 = Avem un plan pentru comentariile ostile și o persoană de contact pentru presă.
# From 06-training.ftl.
# Previous source: The eight training programmes
training-h-c51a5caadf503c0a = Cele opt programe de formare
# From 06-training.ftl.
# Previous source: { -clarinet } planned eight training programmes for { -local-communities }. They addressed two questions, which also run through this handbook:
training-p-08540e018a3cb272 = { -clarinet } a prevăzut opt programe de formare pentru { -local-communities }. Programele au abordat două întrebări, care străbat și acest manual:
# From 06-training.ftl.
# Previous source: **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?
training-li-fef8d03a44baae15 = __Cum__ pot comunica comunitățile locale despre migrație și { -integration } în propriul oraș: prin ce canale, cu ce parteneri, pe ce ton?
# From 06-training.ftl.
# Previous source: **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?
training-li-96188d37b0474a5e = __Ce__ ar trebui să comunice: ce fapte, ce povești, ce mesaje despre contribuția { -migrants(case: "gen") } la viața locală?
# From 06-training.ftl.
# Previous source: Because the programmes took place in different countries and languages, each could be shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.
training-p-af70ec987608a9f6 = Pentru că programele s-au desfășurat în țări și limbi diferite, fiecare a putut fi adaptat nevoilor locale. Secțiunile de mai jos nu constituie o programă fixă: ele reunesc temele și metodele pe care le acoperă de obicei o astfel de formare, pentru ca dumneavoastră să vă puteți concepe propriul program.
# From 06-training.ftl.
# Previous source: End every session with concrete commitments, and set a date to meet again.
training-li-44ff930e9a9af83f = Încheiați fiecare sesiune cu angajamente concrete și stabiliți o dată pentru următoarea întâlnire.
# From 08-award.ftl.
# Previous source: Always read the official text of a call carefully: its organisers set the precise rules and criteria.
award-p-7d42159e72971548 = Citiți întotdeauna cu atenție textul oficial al unui apel: regulile și criteriile precise sunt stabilite de organizatorii săi.
# From 08-award.ftl.
# Previous source: Preparing an entry
award-h-89f7f6087b47355e = Pregătirea unei candidaturi
# From 08-award.ftl.
# Previous source: Read the call and its criteria, and check your eligibility first.
award-li-d3acad66e878401a = Citiți apelul și criteriile sale și verificați mai întâi dacă sunteți eligibili.
# From 08-award.ftl.
# Previous source: Collect material while your campaign is running, not afterwards:
award-li-0709ac0cc1777a7a = Strângeți materiale cât timp campania este în desfășurare, nu după aceea:
# From 08-award.ftl.
# Previous source: photos and videos, with consent for their use in the entry;
award-li-af068c55db3341d5 = fotografii și înregistrări video, cu acordul persoanelor pentru folosirea lor în candidatură;
# From 08-award.ftl.
# Previous source: press coverage and screenshots of online reactions;
award-li-bf15fc48cdd769c4 = articole de presă și capturi de ecran cu reacțiile online;
# From 08-award.ftl.
# Previous source: figures on participation and reach;
award-li-9d21dcea5a68d4c9 = cifre privind participarea și acoperirea;
# From 08-award.ftl.
# Previous source: quotes from participants, both newcomers and long-standing residents.
award-li-3a2b17f0eabc12ce = citate ale participanților, atât ale noilor veniți, cât și ale locuitorilor mai vechi.
# From 08-award.ftl.
# Previous source: Write the entry as a story: situation, goal, what you did, what changed, what you learned.
award-li-ab30ee6eb9e93a36 = Scrieți candidatura ca pe o poveste: situația, obiectivul, ce ați făcut, ce s-a schimbat, ce ați învățat.
# From 08-award.ftl.
# Previous source: Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
award-li-4f2a5b8154bab926 = Răspundeți explicit la fiecare criteriu. Juriile citesc multe candidaturi și apreciază o structură clară.
# From 08-award.ftl.
# Previous source: Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
award-p-8f6e118f51930df5 = Chiar dacă nu câștigați, pregătirea unei candidaturi merită efortul: vă obligă să vă evaluați campania, iar materialele pot fi refolosite în rapoarte și în cereri de finanțare.
# From 09-media.ftl.
# Previous source: **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.
media-li-a70f756202c7e0b9 = __Folosiți oameni și imagini.__ Videoclipurile scurte, fotografiile și citatele locuitorilor și ale noilor veniți ajung mai departe decât anunțurile oficiale.
# From 09-media.ftl.
# Previous source: Some events can shake a town's trust in a single day:
media-p-5c9d0666c6f6cac0 = Unele evenimente pot zdruncina într-o singură zi încrederea unui oraș:
# From 09-media.ftl.
# Previous source: a crime in which a suspect is said to be a { -newcomer };
media-li-e4f6edfe5d6ea522 = o infracțiune despre al cărei suspect se spune că este un { -newcomer };
# From 09-media.ftl.
# Previous source: deaths at sea or at a border;
media-li-4e32014cd9b7727a = decese pe mare sau la frontieră;
# From 09-media.ftl.
# Previous source: the sudden arrival of many people;
media-li-dad780d15c6a3cd6 = sosirea bruscă a multor oameni;
# From 09-media.ftl.
# Previous source: a decision to open a reception centre;
media-li-b0db4fbf486417b4 = decizia de a deschide un centru de primire;
# From 09-media.ftl.
# Previous source: a protest against { -newcomers }, or an attack on them.
media-li-99cb138032c6afa0 = un protest împotriva { -newcomers(case: "gen") } sau un atac asupra lor.
# From 10-resources.ftl.
# Previous source: Information is available in the main languages of the audience.
resources-li-5e11b049bead1c5d = Informațiile sunt disponibile în principalele limbi ale publicului.
# From 10-resources.ftl.
# Previous source: When a rumour or hateful post appears:
resources-li-7ae0e69a4b6f18e2 = Când apare un zvon sau o postare plină de ură:
# From 10-resources.ftl.
# Previous source: Document it with a screenshot, date and link.
resources-li-09bfcd27a3f8e510 = Documentați-o cu o captură de ecran, data și linkul.
# From 10-resources.ftl.
# Previous source: Report it if it breaks the platform's rules or the law.
resources-li-5487e01304a34aa0 = Raportați-o dacă încalcă regulile platformei sau legea.
# From 10-resources.ftl.
# Previous source: Reply once, calmly, with facts and a trusted source.
resources-li-f48c9692312d3eb5 = Răspundeți o singură dată, calm, cu fapte și cu o sursă de încredere.
# From 10-resources.ftl.
# Previous source: Support the people targeted.
resources-li-16bac6fcc99f7bf8 = Sprijiniți persoanele vizate.
# From 10-resources.ftl.
# Previous source: Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-27a8cd98632f4313 = Păstrați listele de verificare din acest capitol într-un dosar comun, la care au acces toți partenerii, și revedeți-le împreună o dată pe an. Adăugați lecțiile învățate: cea mai bună listă de verificare este cea scrisă pe baza propriei experiențe.
# From 10-resources.ftl.
# Previous source: Translate the checklists into the languages most spoken by newcomers in your town.
resources-li-db591e2d0ee6a046 = Traduceți listele de verificare în limbile cel mai des vorbite de noii veniți din orașul dumneavoastră.
