### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 01-about.ftl.
# Previous source: The project's website is { -project-site }. It is the place to look for the project's own materials and news.
about-p-d4fbef935ab88228 = Уебсайтът на проекта е { -project-site }. Там ще намерите материалите и новините на самия проект.
# From 01-about.ftl.
# Previous source: The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).
about-p-e3bae2b1140c62de = Общият език на проекта беше английският, но местната работа се вършеше на езиците на партньорите: италиански, словенски, унгарски, български, румънски, немски (в Австрия) и гръцки (в Гърция и Кипър).
# From 01-about.ftl.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network can spread the message to other towns. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Съчетанието от партньори има значение. Местната власт носи легитимност и достъп до жителите; организацията на гражданското общество – доверие и пряк контакт с новодошлите; мрежата може да разнесе посланието до други градове. Добрите местни кампании обикновено се нуждаят и от трите.
# From 01-about.ftl.
# Previous source: Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.
about-p-b79d29b00b747fec = Прочетете наръчника заедно с колега или с партньорска организация, отбележете двете-три идеи, които най-добре подхождат на вашия град, и се разберете кой ще ги изпробва пръв.
# From 01-about.ftl.
# Previous source: Choose the chapter that matches your role from the reading paths above and read it first.
about-li-a7571064fab41c1e = Изберете от предложените по-горе пътища за четене главата, която отговаря на вашата роля, и я прочетете първа.
# From 02-routes.ftl.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and volunteers from churches, mosques and other faith groups. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = В много градове хората, които помогнаха най-много в първите дни, бяха търговци, пенсионери, студенти и доброволци от църкви, джамии и други религиозни общности. Публичното признание за тях и въпросът какво са научили са лесен начин да започне местен разговор за миграцията, основан на реален опит.
# From 02-routes.ftl.
# Previous source: Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.
routes-p-7c1e779cc5cc8cb9 = Внимавайте с цифрите. Данните за пристигналите и за решенията по молбите за убежище се събират по различен начин и бързо се променят. Ако използвате число публично, посочете източника и датата.
# From 03-words.ftl.
# Previous source: Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.
words-p-323095354248fddd = Редица европейски медии и журналистически сдружения са приели стилови насоки, които избягват „нелегален имигрант“ и предпочитат „с нередовен статут“ или „без документи“. Една община може да направи същото: кратка стилова бележка от една страница за уебсайта на града, бюлетините и прессъобщенията превръща точния език в рутина, а не в повод за спор.
# From 04-local.ftl.
# Previous source: In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.
local-p-72355127f2a817bf = В много градове първата стъпка към добра комуникация беше вътрешна: кратка среща на всички общински звена, които работят с новодошли, за да се договорят фактите, думите и едно лице за контакт. Когато гражданската регистрация, отделът „Образование“ и кабинетът на кмета казват едно и също, жителите го забелязват.
# From 05-campaign.ftl.
# Previous source: Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.
campaign-p-3505940558a7d75c = Свържете целта си с по-широката цел на { -clarinet }: да стане видим положителният принос на { -migrants(case: "def") } там, където живеят. Една ясна цел е по-добра от пет неясни.
# From 05-campaign.ftl.
# Previous source: Avoid "myth-busting" formats that put a false claim in large letters and the correction in small ones. Lead with the true, positive story instead. [Chapter 9](09-media.md#misinformation) explains how to correct a false claim.
campaign-p-f77d04ef2f2d4111 = Избягвайте формати от типа „митове и факти“, които изписват невярното твърдение с големи букви, а опровержението – с малки. Вместо това започнете с истинската, положителна история. В [глава 9](09-media.md#misinformation) е обяснено как да опровергаете невярно твърдение.
# From 05-campaign.ftl.
# Previous source: The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
campaign-p-b602462ec33b7762 = Най-силните местни кампании се създават заедно с новодошлите. Включете ги още от първата среща по планирането, плащайте им там, където и другите получават заплащане за подобна работа, и ги оставете сами да решат как да бъдат разказани техните истории. Преди да платите на { -asylum-seeker(case: "indef") }, проверете правилата за работа и социални помощи в [глава 4](04-local.md#fair-pay).
# From 05-campaign.ftl.
# Previous source: Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.
campaign-p-27dac4494e528ee4 = Типичните разходи включват дизайн и печат, зали, хонорари за творци, фотографи или преводачи, храна за събитията, онлайн реклама и работно време на служителите. Партньорите често могат да осигурят част от тях в натура: безплатна училищна зала, спонсориран печат, ефирно време в местното радио.
# From 05-campaign.ftl.
# Previous source: Campaign checklist
campaign-h-13d136fd8a7cc22c = Контролен списък за кампанията
# From 05-campaign.ftl.
# Previous source: We have one clear, specific goal.
campaign-li-898f53b4097163fd = Имаме една ясна, конкретна цел.
# From 05-campaign.ftl.
# Previous source: We have chosen and described our main audience.
campaign-li-572e9318a2054cb5 = Избрали сме и сме описали основната си аудитория.
# From 05-campaign.ftl.
# Previous source: Our message is about people, is local and invites action.
campaign-li-5bf978bbb72bb81a = Посланието ни е за хора, местно е и призовава към действие.
# From 05-campaign.ftl.
# Previous source: We have tested the message with members of the audience, including newcomers.
campaign-li-afe5a74c15db4888 = Изпробвали сме посланието с хора от аудиторията, включително новодошли.
# From 05-campaign.ftl.
# Previous source: Our words match the glossary.
campaign-li-1cd9e079da21eec3 = Думите ни съответстват на речника.
# From 05-campaign.ftl.
# Previous source: We have chosen two or three channels that reach our audience.
campaign-li-f55c2befa1085e92 = Избрали сме два или три канала, които достигат до нашата аудитория.
# From 05-campaign.ftl.
# Previous source: Our partners know their roles, and newcomers are among the organisers.
campaign-li-cbbf163eb10da1f4 = Партньорите ни знаят ролите си, а сред организаторите има новодошли.
# From 05-campaign.ftl.
# Previous source: Consent has been given for every name, face and story we use.
campaign-li-db5f826dcc7e9f6d = Имаме съгласие за всяко име, лице и история, които използваме.
# From 05-campaign.ftl.
# Previous source: We have a budget, including a reserve and money for evaluation.
campaign-li-d7f7e237f12e77bb = Имаме бюджет, включително резерв и средства за оценка.
# From 05-campaign.ftl.
# Previous source: We know how we will measure reach and change.
campaign-li-e2e0eceefd65d34f = Знаем как ще измерим обхвата и промяната.
# From 05-campaign.ftl.
# Previous source: We have a plan for hostile comments and a contact person for media.
campaign-li-bfcdaacae2e6bd80 = Имаме план за реакция на враждебни коментари и лице за контакт с медиите.
# From 06-training.ftl.
# Previous source: The eight training programmes
training-h-c51a5caadf503c0a = Осемте обучителни програми
# From 06-training.ftl.
# Previous source: { -clarinet } planned eight training programmes for { -local-communities }. They addressed two questions, which also run through this handbook:
training-p-08540e018a3cb272 = { -clarinet } предвиждаше осем обучителни програми за { -local-communities(case: "indef") }. Те търсеха отговор на два въпроса, които минават и през целия наръчник:
# From 06-training.ftl.
# Previous source: **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?
training-li-fef8d03a44baae15 = __Как__ местните общности могат да говорят за миграцията и { -integration(case: "def") } в собствения си град: по какви канали, с какви партньори, с какъв тон?
# From 06-training.ftl.
# Previous source: **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?
training-li-96188d37b0474a5e = __Какво__ трябва да съобщават: какви факти, какви истории, какви послания за приноса на { -migrants(case: "def") } към местния живот?
# From 06-training.ftl.
# Previous source: Because the programmes took place in different countries and languages, each could be shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.
training-p-af70ec987608a9f6 = Тъй като програмите се проведоха в различни държави и на различни езици, всяка от тях можеше да бъде съобразена с местните нужди. Разделите по-долу не са готова учебна програма: в тях са събрани темите и методите, които подобни обучения обикновено обхващат, за да можете да създадете своя собствена програма.
# From 06-training.ftl.
# Previous source: End every session with concrete commitments, and set a date to meet again.
training-li-44ff930e9a9af83f = Завършвайте всяка среща с конкретни ангажименти и определете дата за следваща среща.
# From 08-award.ftl.
# Previous source: Always read the official text of a call carefully: its organisers set the precise rules and criteria.
award-p-7d42159e72971548 = Винаги четете внимателно официалния текст на поканата: точните правила и критерии се определят от нейните организатори.
# From 08-award.ftl.
# Previous source: Preparing an entry
award-h-89f7f6087b47355e = Подготовка на кандидатура
# From 08-award.ftl.
# Previous source: Read the call and its criteria, and check your eligibility first.
award-li-d3acad66e878401a = Прочетете поканата и критериите ѝ и най-напред проверете дали сте допустими.
# From 08-award.ftl.
# Previous source: Collect material while your campaign is running, not afterwards:
award-li-0709ac0cc1777a7a = Събирайте материали, докато кампанията тече, а не след това:
# From 08-award.ftl.
# Previous source: photos and videos, with consent for their use in the entry;
award-li-af068c55db3341d5 = снимки и видеа, със съгласие за използването им в кандидатурата;
# From 08-award.ftl.
# Previous source: press coverage and screenshots of online reactions;
award-li-bf15fc48cdd769c4 = медийни публикации и екранни снимки на реакции онлайн;
# From 08-award.ftl.
# Previous source: figures on participation and reach;
award-li-9d21dcea5a68d4c9 = данни за участието и обхвата;
# From 08-award.ftl.
# Previous source: quotes from participants, both newcomers and long-standing residents.
award-li-3a2b17f0eabc12ce = цитати от участници – както новодошли, така и отдавнашни жители.
# From 08-award.ftl.
# Previous source: Write the entry as a story: situation, goal, what you did, what changed, what you learned.
award-li-ab30ee6eb9e93a36 = Напишете кандидатурата като история: ситуация, цел, какво направихте, какво се промени, какво научихте.
# From 08-award.ftl.
# Previous source: Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
award-li-4f2a5b8154bab926 = Отговорете изрично на всеки критерий. Журитата четат много кандидатури и ценят ясната структура.
# From 08-award.ftl.
# Previous source: Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
award-p-8f6e118f51930df5 = Дори и да не спечелите, подготовката на кандидатура си струва: тя ви принуждава да оцените кампанията си, а материалите могат да се използват повторно в отчети и проектни предложения за финансиране.
# From 09-media.ftl.
# Previous source: **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.
media-li-a70f756202c7e0b9 = __Показвайте хора и образи.__ Кратките видеа, снимките и цитатите на жители и новодошли стигат по-далеч от официалните съобщения.
# From 09-media.ftl.
# Previous source: Some events can shake a town's trust in a single day:
media-p-5c9d0666c6f6cac0 = Някои събития могат да разклатят доверието в един град само за един ден:
# From 09-media.ftl.
# Previous source: a crime in which a suspect is said to be a { -newcomer };
media-li-e4f6edfe5d6ea522 = престъпление, за което се твърди, че заподозреният е { -newcomer(case: "indef") };
# From 09-media.ftl.
# Previous source: deaths at sea or at a border;
media-li-4e32014cd9b7727a = смъртни случаи в морето или на границата;
# From 09-media.ftl.
# Previous source: the sudden arrival of many people;
media-li-dad780d15c6a3cd6 = внезапното пристигане на много хора;
# From 09-media.ftl.
# Previous source: a decision to open a reception centre;
media-li-b0db4fbf486417b4 = решение за откриване на център за настаняване;
# From 09-media.ftl.
# Previous source: a protest against { -newcomers }, or an attack on them.
media-li-99cb138032c6afa0 = протест срещу { -newcomers(case: "indef") } или нападение срещу тях.
# From 10-resources.ftl.
# Previous source: Information is available in the main languages of the audience.
resources-li-5e11b049bead1c5d = Информацията е достъпна на основните езици на аудиторията.
# From 10-resources.ftl.
# Previous source: When a rumour or hateful post appears:
resources-li-7ae0e69a4b6f18e2 = Когато се появи слух или публикация, изпълнена с омраза:
# From 10-resources.ftl.
# Previous source: Document it with a screenshot, date and link.
resources-li-09bfcd27a3f8e510 = Документирайте я с екранна снимка, дата и връзка.
# From 10-resources.ftl.
# Previous source: Report it if it breaks the platform's rules or the law.
resources-li-5487e01304a34aa0 = Подайте сигнал, ако нарушава правилата на платформата или закона.
# From 10-resources.ftl.
# Previous source: Reply once, calmly, with facts and a trusted source.
resources-li-f48c9692312d3eb5 = Отговорете веднъж, спокойно, с факти и с надежден източник.
# From 10-resources.ftl.
# Previous source: Support the people targeted.
resources-li-16bac6fcc99f7bf8 = Подкрепете хората, които са станали мишена.
# From 10-resources.ftl.
# Previous source: Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-27a8cd98632f4313 = Пазете контролните списъци от тази глава в обща папка, до която имат достъп всички ваши партньори, и ги преглеждайте заедно веднъж годишно. Добавяйте поуките, които научавате: най-добрият контролен списък е този, написан въз основа на собствения ви опит.
# From 10-resources.ftl.
# Previous source: Translate the checklists into the languages most spoken by newcomers in your town.
resources-li-db591e2d0ee6a046 = Преведете контролните списъци на езиците, които новодошлите във вашия град говорят най-често.
