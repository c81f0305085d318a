### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 01-about.ftl.
# Previous source: The project's website is { -project-site }. It is the place to look for the project's own materials and news.
about-p-d4fbef935ab88228 = A projekt honlapja: { -project-site }. Itt találhatók a projekt saját anyagai és hírei.
# From 01-about.ftl.
# Previous source: The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).
about-p-e3bae2b1140c62de = A projekt közös nyelve az angol volt, a helyi munka azonban a partnerek nyelvén folyt: olaszul, szlovénül, magyarul, bolgárul, románul, németül (Ausztriában) és görögül (Görögországban és Cipruson).
# From 01-about.ftl.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network can spread the message to other towns. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Sokat számít, milyen partnerek dolgoznak együtt. Egy önkormányzat legitimitást ad, és eléri a lakosokat; egy civil szervezet bizalmat és közvetlen kapcsolatot hoz az újonnan érkezőkkel; egy hálózat pedig más településekre is eljuttathatja az üzenetet. A jó helyi kampányokhoz általában mindhárom kell.
# From 01-about.ftl.
# Previous source: Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.
about-p-b79d29b00b747fec = Olvassa a kézikönyvet egy kollégájával vagy egy partnerszervezettel közösen, jelölje meg azt a két-három ötletet, amely a legjobban illik a településéhez, és egyezzenek meg, ki próbálja ki őket elsőként.
# From 01-about.ftl.
# Previous source: Choose the chapter that matches your role from the reading paths above and read it first.
about-li-a7571064fab41c1e = A fenti olvasási útvonalak közül válassza ki a szerepének megfelelő fejezetet, és azt olvassa el először.
# From 02-routes.ftl.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and volunteers from churches, mosques and other faith groups. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = Sok településen az első napokban a legtöbbet a boltosok, a nyugdíjasok, a diákok, valamint az egyházak, mecsetek és más vallási közösségek önkéntesei segítettek. Ha nyilvánosan elismerik őket, és megkérdezik, mit tanultak, azzal egyszerűen el lehet indítani egy valós tapasztalatokon alapuló helyi beszélgetést a migrációról.
# From 02-routes.ftl.
# Previous source: Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.
routes-p-7c1e779cc5cc8cb9 = Bánjon óvatosan a számokkal. Az érkezésekre és a menedékjogi döntésekre vonatkozó adatokat különböző módon gyűjtik, és gyorsan változnak. Ha nyilvánosan használ egy számot, adja meg a forrását és a dátumát.
# From 03-words.ftl.
# Previous source: Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.
words-p-323095354248fddd = Több európai hírszervezet és újságíró-szövetség olyan stíluskézikönyvet fogadott el, amely kerüli az „illegális bevándorló” kifejezést, és az „irreguláris” vagy az „okmányokkal nem rendelkező” kifejezést részesíti előnyben. Egy önkormányzat ugyanezt megteheti: egy egyoldalas stílusútmutató a település honlapjához, hírleveleihez és sajtóközleményeihez a pontos szóhasználatot rutinná teszi, nem pedig vita tárgyává.
# From 04-local.ftl.
# Previous source: In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.
local-p-72355127f2a817bf = Sok településen a jó kommunikáció felé vezető első lépés belső volt: egy rövid megbeszélés mindazon önkormányzati osztályok részvételével, amelyek az újonnan érkezőkkel foglalkoznak, hogy megegyezzenek a tényekben, a szóhasználatban és egy kapcsolattartó személyében. Amikor az anyakönyvi hivatal, az oktatási osztály és a polgármesteri kabinet ugyanazt mondja, azt a lakosok is észreveszik.
# From 05-campaign.ftl.
# Previous source: Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.
campaign-p-3505940558a7d75c = Kapcsolja a célját a { -clarinet } tágabb céljához: ahhoz, hogy láthatóvá váljon, mivel gazdagítják a { -migrants } a lakóhelyüket. Egy világos cél többet ér öt homályosnál.
# From 05-campaign.ftl.
# Previous source: Avoid "myth-busting" formats that put a false claim in large letters and the correction in small ones. Lead with the true, positive story instead. [Chapter 9](09-media.md#misinformation) explains how to correct a false claim.
campaign-p-f77d04ef2f2d4111 = Kerülje a „tévhitromboló” formátumokat, amelyek nagy betűkkel közlik a hamis állítást, apró betűkkel pedig a cáfolatot. Kezdje inkább az igaz, pozitív történettel. A [9. fejezet](09-media.md#misinformation) elmagyarázza, hogyan cáfolhat meg egy hamis állítást.
# From 05-campaign.ftl.
# Previous source: The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
campaign-p-b602462ec33b7762 = A legerősebb helyi kampányokat az újonnan érkezőkkel közösen alkotják meg. Vonja be őket már az első tervezőmegbeszéléstől, fizesse meg a munkájukat ott, ahol másokat is megfizetnek hasonló munkáért, és hagyja, hogy ők döntsék el, hogyan mesélik el a saját történetüket. Mielőtt egy { -asylum-seeker } részére díjat fizetne, nézze át a munkavállalásra és az ellátásokra vonatkozó szabályokat a [4. fejezetben](04-local.md#fair-pay).
# From 05-campaign.ftl.
# Previous source: Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.
campaign-p-27dac4494e528ee4 = A szokásos költségek közé tartozik a grafikai tervezés és a nyomtatás, a helyszínek, a művészek, fotósok vagy tolmácsok díja, a rendezvények étkeztetése, az online hirdetések és a munkatársak munkaideje. Ezek egy részét a partnerek gyakran természetben tudják biztosítani: egy ingyenes iskolai termet, szponzorált nyomtatást, műsoridőt a helyi rádióban.
# From 05-campaign.ftl.
# Previous source: Campaign checklist
campaign-h-13d136fd8a7cc22c = Kampány-ellenőrzőlista
# From 05-campaign.ftl.
# Previous source: We have one clear, specific goal.
campaign-li-898f53b4097163fd = Van egy világos, konkrét célunk.
# From 05-campaign.ftl.
# Previous source: We have chosen and described our main audience.
campaign-li-572e9318a2054cb5 = Kiválasztottuk és leírtuk a fő célközönségünket.
# From 05-campaign.ftl.
# Previous source: Our message is about people, is local and invites action.
campaign-li-5bf978bbb72bb81a = Az üzenetünk emberekről szól, helyi, és cselekvésre hív.
# From 05-campaign.ftl.
# Previous source: We have tested the message with members of the audience, including newcomers.
campaign-li-afe5a74c15db4888 = Kipróbáltuk az üzenetet a célközönség tagjaival, köztük újonnan érkezőkkel is.
# From 05-campaign.ftl.
# Previous source: Our words match the glossary.
campaign-li-1cd9e079da21eec3 = A szóhasználatunk megfelel a fogalomtárnak.
# From 05-campaign.ftl.
# Previous source: We have chosen two or three channels that reach our audience.
campaign-li-f55c2befa1085e92 = Két-három olyan csatornát választottunk, amely eléri a közönségünket.
# From 05-campaign.ftl.
# Previous source: Our partners know their roles, and newcomers are among the organisers.
campaign-li-cbbf163eb10da1f4 = A partnereink ismerik a szerepüket, és a szervezők között újonnan érkezők is vannak.
# From 05-campaign.ftl.
# Previous source: Consent has been given for every name, face and story we use.
campaign-li-db5f826dcc7e9f6d = Minden felhasznált névhez, archoz és történethez megvan a hozzájárulás.
# From 05-campaign.ftl.
# Previous source: We have a budget, including a reserve and money for evaluation.
campaign-li-d7f7e237f12e77bb = Van költségvetésünk, benne tartalékkal és az értékelésre szánt pénzzel.
# From 05-campaign.ftl.
# Previous source: We know how we will measure reach and change.
campaign-li-e2e0eceefd65d34f = Tudjuk, hogyan mérjük az elérést és a változást.
# From 05-campaign.ftl.
# Previous source: We have a plan for hostile comments and a contact person for media.
campaign-li-bfcdaacae2e6bd80 = Van tervünk az ellenséges hozzászólások kezelésére, és van kapcsolattartónk a média számára.
# From 06-training.ftl.
# Previous source: The eight training programmes
training-h-c51a5caadf503c0a = A nyolc képzési program
# From 06-training.ftl.
# Previous source: { -clarinet } planned eight training programmes for { -local-communities }. They addressed two questions, which also run through this handbook:
training-p-08540e018a3cb272 = A { -clarinet } nyolc képzési programot tervezett a { -local-communities } számára. A programok két kérdéssel foglalkoztak, amelyek ezen a kézikönyvön is végigvonulnak:
# From 06-training.ftl.
# Previous source: **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?
training-li-fef8d03a44baae15 = __Hogyan__ kommunikálhatnak a helyi közösségek a saját településükön a migráció és az { -integration } témájáról: milyen csatornákon, milyen partnerekkel, milyen hangnemben?
# From 06-training.ftl.
# Previous source: **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?
training-li-96188d37b0474a5e = __Mit__ kommunikáljanak: milyen tényeket, milyen történeteket, milyen üzeneteket arról, mivel járulnak hozzá a { -migrants } a helyi élethez?
# From 06-training.ftl.
# Previous source: Because the programmes took place in different countries and languages, each could be shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.
training-p-af70ec987608a9f6 = Mivel a programok különböző országokban és nyelveken zajlottak, mindegyiket a helyi igényekhez lehetett igazítani. Az alábbi részek nem rögzített tantervet adnak: azokat a témákat és módszereket gyűjtik össze, amelyekkel az ilyen képzések általában foglalkoznak, hogy Ön megtervezhesse a sajátját.
# From 06-training.ftl.
# Previous source: End every session with concrete commitments, and set a date to meet again.
training-li-44ff930e9a9af83f = Minden alkalmat konkrét vállalásokkal zárjon, és tűzzön ki időpontot a következő találkozóra.
# From 08-award.ftl.
# Previous source: Always read the official text of a call carefully: its organisers set the precise rules and criteria.
award-p-7d42159e72971548 = Mindig olvassa el figyelmesen a felhívás hivatalos szövegét: a pontos szabályokat és szempontokat a szervezők határozzák meg.
# From 08-award.ftl.
# Previous source: Preparing an entry
award-h-89f7f6087b47355e = A pályázat elkészítése
# From 08-award.ftl.
# Previous source: Read the call and its criteria, and check your eligibility first.
award-li-d3acad66e878401a = Olvassa el a felhívást és a szempontokat, és először ellenőrizze, jogosult-e a pályázásra.
# From 08-award.ftl.
# Previous source: Collect material while your campaign is running, not afterwards:
award-li-0709ac0cc1777a7a = Gyűjtse az anyagokat a kampány ideje alatt, ne utólag:
# From 08-award.ftl.
# Previous source: photos and videos, with consent for their use in the entry;
award-li-af068c55db3341d5 = fényképeket és videókat, a pályázatban való felhasználásukhoz szükséges hozzájárulással;
# From 08-award.ftl.
# Previous source: press coverage and screenshots of online reactions;
award-li-bf15fc48cdd769c4 = sajtómegjelenéseket és képernyőképeket az online reakciókról;
# From 08-award.ftl.
# Previous source: figures on participation and reach;
award-li-9d21dcea5a68d4c9 = a részvételre és az elérésre vonatkozó adatokat;
# From 08-award.ftl.
# Previous source: quotes from participants, both newcomers and long-standing residents.
award-li-3a2b17f0eabc12ce = a résztvevők – újonnan érkezők és régóta itt élők – idézeteit.
# From 08-award.ftl.
# Previous source: Write the entry as a story: situation, goal, what you did, what changed, what you learned.
award-li-ab30ee6eb9e93a36 = Írja meg a pályázatot történetként: a helyzet, a cél, mit tettek, mi változott, mit tanultak.
# From 08-award.ftl.
# Previous source: Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
award-li-4f2a5b8154bab926 = Minden szempontra kifejezetten válaszoljon. A zsűrik sok pályázatot olvasnak, és értékelik a világos szerkezetet.
# From 08-award.ftl.
# Previous source: Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
award-p-8f6e118f51930df5 = Még ha nem is nyer, a pályázat elkészítése megéri: rákényszeríti, hogy értékelje a kampányát, az anyagokat pedig újra felhasználhatja beszámolókban és támogatási kérelmekben.
# From 09-media.ftl.
# Previous source: **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.
media-li-a70f756202c7e0b9 = __Használjon embereket és képeket.__ A rövid videók, a fényképek és a lakosok, illetve az újonnan érkezők idézetei messzebbre jutnak, mint a hivatalos közlemények.
# From 09-media.ftl.
# Previous source: Some events can shake a town's trust in a single day:
media-p-5c9d0666c6f6cac0 = Egyes események egyetlen nap alatt megingathatják a bizalmat egy településen:
# From 09-media.ftl.
# Previous source: a crime in which a suspect is said to be a { -newcomer };
media-li-e4f6edfe5d6ea522 = egy bűncselekmény, amelynek gyanúsítottjáról azt mondják, hogy { -newcomer };
# From 09-media.ftl.
# Previous source: deaths at sea or at a border;
media-li-4e32014cd9b7727a = halálesetek a tengeren vagy egy határon;
# From 09-media.ftl.
# Previous source: the sudden arrival of many people;
media-li-dad780d15c6a3cd6 = sok ember hirtelen érkezése;
# From 09-media.ftl.
# Previous source: a decision to open a reception centre;
media-li-b0db4fbf486417b4 = döntés egy befogadóállomás megnyitásáról;
# From 09-media.ftl.
# Previous source: a protest against { -newcomers }, or an attack on them.
media-li-99cb138032c6afa0 = tüntetés az { -newcomers } ellen vagy támadás ellenük.
# From 10-resources.ftl.
# Previous source: Information is available in the main languages of the audience.
resources-li-5e11b049bead1c5d = Az információk a közönség fő nyelvein is elérhetők.
# From 10-resources.ftl.
# Previous source: When a rumour or hateful post appears:
resources-li-7ae0e69a4b6f18e2 = Ha szóbeszéd vagy gyűlöletkeltő bejegyzés jelenik meg:
# From 10-resources.ftl.
# Previous source: Document it with a screenshot, date and link.
resources-li-09bfcd27a3f8e510 = Dokumentálja képernyőképpel, dátummal és linkkel.
# From 10-resources.ftl.
# Previous source: Report it if it breaks the platform's rules or the law.
resources-li-5487e01304a34aa0 = Jelentse, ha sérti a platform szabályait vagy a törvényt.
# From 10-resources.ftl.
# Previous source: Reply once, calmly, with facts and a trusted source.
resources-li-f48c9692312d3eb5 = Válaszoljon egyszer, higgadtan, tényekkel és megbízható forrással.
# From 10-resources.ftl.
# Previous source: Support the people targeted.
resources-li-16bac6fcc99f7bf8 = Támogassa a megtámadott embereket.
# From 10-resources.ftl.
# Previous source: Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-27a8cd98632f4313 = A fejezet ellenőrzőlistáit tartsa egy közös mappában, amelyhez minden partnere hozzáfér, és évente egyszer nézzék át őket közösen. Egészítse ki őket a tanulságokkal: a legjobb ellenőrzőlista az, amelyet a saját tapasztalatai alapján ír.
# From 10-resources.ftl.
# Previous source: Translate the checklists into the languages most spoken by newcomers in your town.
resources-li-db591e2d0ee6a046 = Fordítsa le az ellenőrzőlistákat azokra a nyelvekre, amelyeket a településén élő újonnan érkezők a leggyakrabban beszélnek.
