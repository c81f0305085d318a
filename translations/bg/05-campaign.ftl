### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: bg. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
campaign-title-73473cef = Планиране на кампания за повишаване на обществената осведоменост

# Context: heading
campaign-h-f85e644a = Какво е местна кампания

# Context: paragraph in “What a local campaign is”
campaign-p-3621a753 = Кампанията за повишаване на обществената осведоменост е планиран набор от дейности, който за ограничен период от време цели да промени какво дадена група хора знае, чувства или прави по определен въпрос. Една местна кампания за миграцията и { -integration(case: "def") } може да съчетае портрети в местния вестник, фестивал, училищен проект, плакати по спирките и кратко видео, споделено онлайн.

# Context: paragraph in “What a local campaign is”
campaign-p-6d97c380 = Една от петте основни дейности на { -clarinet } беше поредица от осем такива кампании, разработени и популяризирани от участващите { -local-communities(case: "indef") }. В тази глава е описан метод, който всеки град, неправителствена организация или училище може да използва, независимо от бюджета си.

# Context: paragraph in “What a local campaign is”
campaign-p-23f88fd9 = Кампанията е нещо повече от еднократно събитие: тя има цел, определена аудитория, последователно послание и начин да се провери дали е дала резултат.

# Context: heading
campaign-h-2a5969f1 = Цикълът на кампанията

# Context: paragraph in “The campaign cycle”
campaign-p-f392d128 = Добрите кампании следват цикъл от седем стъпки, а наученото накрая се влива в следващата кампания.

# Context: image description (alt text) in “The campaign cycle”
campaign-alt-11a5561e = Кръг от седем стъпки, свързани със стрелки: 1 цели, 2 аудитории, 3 послания, 4 канали, 5 партньори, 6 бюджет, 7 оценка, като стрелка води от оценката обратно към целите. В центъра: планирайте, осъществете, научете, после започнете отначало.

# Context: figure caption in “The campaign cycle”
campaign-cap-2f319a9c = Цикълът на кампанията: седем стъпки от целите до оценката и обратно

# Context: paragraph in “The campaign cycle”
campaign-p-eb140819 = На практика стъпките се припокриват: може първо да намерите партньор и заедно да оформите целта. Цикълът е списък за размисъл, а не строг ред.

# Context: heading
campaign-h-c1073230 = Стъпка 1: Цели

# Context: paragraph in “Step 1: Goals”
campaign-p-d8c777e4 = Започнете с промяната, която искате да видите. „Повишаване на осведомеността“ е твърде неясно, за да насочва решенията. Вместо това се запитайте: какво трябва да е различно след кампанията и за кого? Полезните цели са конкретни, реалистични и по възможност измерими. Например:

# Context: list item in “Step 1: Goals”
campaign-li-baf0c3d2 = повече жители знаят, че новодошлите в града работят на местни работни места, например в грижите за хора, в строителството или в селското стопанство;

# Context: list item in “Step 1: Goals”
campaign-li-c579a6e0 = учениците в две училища са се срещнали и разговаряли с новодошли на тяхната възраст;

# Context: list item in “Step 1: Goals”
campaign-li-bcdc9201 = местният вестник публикува справедливи, лични истории за новодошлите, а не само истории за проблеми.

# Context: paragraph in “Step 1: Goals”
campaign-p-a5f4b181 = Свържете целта си с по-широката цел на { -clarinet }: да стане видим положителният принос на { -migrants(case: "def") } там, където живеят. Една ясна цел е по-добре от пет неясни.

# Context: heading
campaign-h-7e4c09ec = Стъпка 2: Аудитории

# Context: paragraph in “Step 2: Audiences”
campaign-p-db5829b5 = „Широката общественост“ не е аудитория – това са всички. Изберете групите, до които най-много искате да достигнете, и ги опишете точно.

# Context: paragraph in “Step 2: Audiences”
campaign-p-595cdb47 = Често помага да мислите за три групи: жители, които вече подкрепят новодошлите, жители, които са категорично враждебни, и голяма средна група от хора, които са несигурни, заети или незаинтересовани. Повечето успешни кампании се съсредоточават върху средната група, а подкрепящите използват като посланици.

# Context: paragraph in “Step 2: Audiences”
campaign-p-b9cd55c6 = За всяка аудитория се запитайте:

# Context: list item in “Step 2: Audiences”
campaign-li-6661ab13 = Какво вече знаят и мислят за миграцията?

# Context: list item in “Step 2: Audiences”
campaign-li-11c4a2fb = Кое е най-важно за тях: училищата на децата им, сигурността, работата, кварталът, вярата, футболният им клуб?

# Context: list item in “Step 2: Audiences”
campaign-li-65a006b5 = На кого имат доверие? На лекар, свещеник, треньор, баба, инфлуенсър?

# Context: list item in “Step 2: Audiences”
campaign-li-aa7796a5 = Откъде получават информация?

# Context: paragraph in “Step 2: Audiences”
campaign-p-055be547 = Не забравяйте новодошлите като аудитория. Кампания, която на техните собствени езици ги кани да участват в живота на града, може да бъде толкова ценна, колкото и кампания, насочена към отдавнашните жители.

# Context: heading
campaign-h-7386c1e6 = Стъпка 3: Послания

# Context: paragraph in “Step 3: Messages”
campaign-p-aa6f432d = Посланието е онова, което искате аудиторията ви да запомни. То свързва вашата цел с това, което е важно за аудиторията. Посланията, които дават резултат на местно ниво, обикновено имат някои общи черти:

# Context: list item in “Step 3: Messages”
campaign-li-f8a6246d = **Те са за хора, а не за категории.** Медицинска сестра, хлебар или студент с име се запомнят по-лесно от „мигрантите допринасят за икономиката“.

# Context: list item in “Step 3: Messages”
campaign-li-520e9291 = **Те подчертават какво споделят жителите и новодошлите.** Работа, семейство, деца, футбол, храна, музика, вяра, обич към града.

# Context: list item in “Step 3: Messages”
campaign-li-2bc4dade = **Те са местни.** „Нашият град“ е по-близо от „Европа“.

# Context: list item in “Step 3: Messages”
campaign-li-07c6c25d = **Те са позитивни, но честни.** Не се преструвайте, че няма проблеми. Покажете как проблемите се решават заедно.

# Context: list item in “Step 3: Messages”
campaign-li-ce8a58b6 = **Те призовават към действие.** Елате на фестивала, запишете се в хора, поздравете.

# Context: paragraph in “Step 3: Messages”
campaign-p-c364b870 = Преди да пуснете посланието, изпробвайте го с няколко души от аудиторията, включително новодошли, и сверете думите с [речника](03-words.md#glossary).

# Context: paragraph in “Step 3: Messages”
campaign-p-56469e89 = Избягвайте формати от типа „митове и факти“, които повтарят невярното твърдение с големи букви и го опровергават с малки. Хората често запомнят мита и забравят опровержението. Вместо това започнете с истинската, положителна история.

# Context: heading
campaign-h-c0b3df87 = Стъпка 4: Канали

# Context: paragraph in “Step 4: Channels”
campaign-p-d6dec4c3 = Избирайте каналите според това къде всъщност е вашата аудитория, а не според модата.

# Context: table cell in “Step 4: Channels”
campaign-cell-a072ab55 = Канал

# Context: table cell in “Step 4: Channels”
campaign-cell-7a0586c0 = Подходящ за

# Context: table cell in “Step 4: Channels”
campaign-cell-2eceac35 = Внимавайте с

# Context: table cell in “Step 4: Channels”
campaign-cell-6eec0a8e = Събития на живо (фестивали, дни на отворените врати, общи трапези)

# Context: table cell in “Step 4: Channels”
campaign-cell-751940e8 = Истински контакт между жителите и новодошлите; изграждане на доверие

# Context: table cell in “Step 4: Channels”
campaign-cell-713ad0d2 = Достигане само до хора, които вече се интересуват

# Context: table cell in “Step 4: Channels”
campaign-cell-feb021e8 = Училища и младежки групи

# Context: table cell in “Step 4: Channels”
campaign-cell-f9706902 = Дългосрочна промяна; достигане до родителите чрез децата

# Context: table cell in “Step 4: Channels”
campaign-cell-e8d23a26 = Изисква време и ангажираност от учителите

# Context: table cell in “Step 4: Channels”
campaign-cell-08579026 = Местна преса, радио и телевизия

# Context: table cell in “Step 4: Channels”
campaign-cell-160da6a8 = Достоверност; достигане до по-възрастните жители

# Context: table cell in “Step 4: Channels”
campaign-cell-304d565a = Ограничен контрол върху окончателния материал

# Context: table cell in “Step 4: Channels”
campaign-cell-187f95d6 = Социални мрежи

# Context: table cell in “Step 4: Channels”
campaign-cell-ff173ff1 = Бързина, споделяне, млада аудитория

# Context: table cell in “Step 4: Channels”
campaign-cell-0ab55fc2 = Враждебни коментари; нужна е модерация

# Context: table cell in “Step 4: Channels”
campaign-cell-f2505771 = Плакати, банери, обществени пространства

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc6d01a = Видимост в ежедневието

# Context: table cell in “Step 4: Channels”
campaign-cell-5d029d8c = Вандализъм; посланието трябва да се разбира за секунди

# Context: table cell in “Step 4: Channels”
campaign-cell-7bdfdf84 = Общински канали (уебсайт, бюлетин, табла за обяви)

# Context: table cell in “Step 4: Channels”
campaign-cell-6e80bcfd = Официална тежест; ниски разходи

# Context: table cell in “Step 4: Channels”
campaign-cell-7b7cc954 = Може да звучи бюрократично; запазете човешкия тон

# Context: table cell in “Step 4: Channels”
campaign-cell-c49562f3 = Изкуство и култура (изложби, театър, музика)

# Context: table cell in “Step 4: Channels”
campaign-cell-39f34a9b = Емоции; нови аудитории

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc81c8b = Нужни са добри партньори; вижте [глава 7](07-art.md)

# Context: paragraph in “Step 4: Channels”
campaign-p-faca15d8 = Повечето кампании използват два или три канала, които се подсилват взаимно. В [глава 9](09-media.md) ще намерите съвети за работата с журналисти и със социалните мрежи.

# Context: heading
campaign-h-591cac1d = Стъпка 5: Партньори

# Context: paragraph in “Step 5: Partners”
campaign-p-c1432ffb = Партньорите умножават възможностите ви. Мислете за тях в три кръга:

# Context: list item in “Step 5: Partners”
campaign-li-e51a85c6 = **Основни партньори**, които планират и провеждат кампанията заедно с вас:

# Context: list item in “Step 5: Partners”
campaign-li-54c4c776 = общинско звено или кабинетът на кмета;

# Context: list item in “Step 5: Partners”
campaign-li-c734ce3e = една или две неправителствени организации, които работят с новодошли;

# Context: list item in “Step 5: Partners”
campaign-li-9012d802 = самите новодошли – като организатори, а не само като герои на историите.

# Context: list item in “Step 5: Partners”
campaign-li-51f88e55 = **Подкрепящи партньори**, които помагат за конкретни задачи:

# Context: list item in “Step 5: Partners”
campaign-li-bd6c3642 = училища, библиотеки, читалища и културни центрове, спортни клубове;

# Context: list item in “Step 5: Partners”
campaign-li-58965cdb = местни медии;

# Context: list item in “Step 5: Partners”
campaign-li-843c2bcc = художници и дизайнери.

# Context: list item in “Step 5: Partners”
campaign-li-c12e886a = **Разпространители**, които споделят вашето послание:

# Context: list item in “Step 5: Partners”
campaign-li-4f73eaa2 = уважавани местни личности;

# Context: list item in “Step 5: Partners”
campaign-li-e3b224b3 = работодатели и бизнес сдружения;

# Context: list item in “Step 5: Partners”
campaign-li-b395b40e = религиозни общности и мрежи от градове.

# Context: paragraph in “Step 5: Partners”
campaign-p-efedbe16 = Договорете се отрано кой какво решава, кой говори с медиите и как ще бъдат посочени партньорите.

# Context: paragraph in “Step 5: Partners”
campaign-p-83668d74 = Най-силните местни кампании се създават заедно с новодошлите. Включете ги още от първата среща по планирането, плащайте им там, където и другите получават заплащане за подобна работа, и ги оставете сами да решат как да бъдат разказани техните истории.

# Context: heading
campaign-h-2247c270 = Стъпка 6: Бюджет

# Context: paragraph in “Step 6: Budget”
campaign-p-c9bece93 = Една кампания не е задължително да е скъпа, но се нуждае от реалистичен бюджет, дори ако по-голямата част от него е време, а не пари.

# Context: paragraph in “Step 6: Budget”
campaign-p-0e900ef3 = Типичните разходи включват дизайн и печат, зали, хонорари за художници, фотографи или преводачи, храна за събитията, онлайн реклама и работно време на служителите. Партньорите често могат да осигурят част от тях в натура: безплатна училищна зала, спонсориран печат, ефирно време в местното радио.

# Context: paragraph in “Step 6: Budget”
campaign-p-2fd57fba = Заделете резерв за непредвидени разходи и от самото начало планирайте средства за оценката.

# Context: heading
campaign-h-152a0432 = Стъпка 7: Оценка

# Context: paragraph in “Step 7: Evaluation”
campaign-p-068549cb = Оценката ви показва дали кампанията е постигнала целта си и какво да направите по-добре следващия път. Планирайте я, когато определяте целта си, а не в края. Измервайте на три нива:

# Context: list item in “Step 7: Evaluation”
campaign-li-aaa3f8a2 = **Дейности**: какво сте направили. Брой събития, плакати, статии, публикации.

# Context: list item in “Step 7: Evaluation”
campaign-li-574f2023 = **Обхват**: до кого сте достигнали. Участници, читатели, гледания, споделяния, включени училища.

# Context: list item in “Step 7: Evaluation”
campaign-li-37376fe8 = **Промяна**: какво се е променило. Проучвания преди и след кампанията, коментари на участниците, тонът на местните медии.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-b932bc41 = Промяната се измерва най-трудно и една малка кампания не може да докаже, че е променила мнението на цял град. Честните малки признаци, например проучване преди и след кампанията в две училища, са по-полезни от впечатляващи, но празни числа.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-fc2b3b8d = Напишете кратък отчет, споделете го с партньорите и участниците, благодарете на всички и се върнете към стъпка 1.

# Context: heading
campaign-h-dfa6d533 = Контролен списък за кампанията

# Context: list item in “Campaign checklist”
campaign-li-583c99fe = Имаме една ясна, конкретна цел.

# Context: list item in “Campaign checklist”
campaign-li-f535b650 = Избрали сме и сме описали основната си аудитория.

# Context: list item in “Campaign checklist”
campaign-li-8d7656a9 = Посланието ни е за хора, местно е и призовава към действие.

# Context: list item in “Campaign checklist”
campaign-li-7162a4f6 = Изпробвали сме посланието с хора от аудиторията, включително новодошли.

# Context: list item in “Campaign checklist”
campaign-li-1d5fc0d6 = Думите ни съответстват на речника.

# Context: list item in “Campaign checklist”
campaign-li-c6f7e698 = Избрали сме два или три канала, които достигат до нашата аудитория.

# Context: list item in “Campaign checklist”
campaign-li-8491fa7c = Партньорите ни знаят ролите си, а сред организаторите има новодошли.

# Context: list item in “Campaign checklist”
campaign-li-e11c7306 = Имаме съгласие за всяко име, лице и история, които използваме.

# Context: list item in “Campaign checklist”
campaign-li-d144751f = Имаме бюджет, включително резерв и средства за оценка.

# Context: list item in “Campaign checklist”
campaign-li-a06ce5be = Знаем как ще измерим обхвата и промяната.

# Context: list item in “Campaign checklist”
campaign-li-b7a6429c = Имаме план за реакция на враждебни коментари и лице за контакт с медиите.

# Context: paragraph in “Campaign checklist”
campaign-p-157cb1ac = Образец на план за кампания на една страница ще намерите в [глава 10](10-resources.md#campaign-template).

# Context: heading
campaign-h-9353605e = Какво можете да направите

# Context: list item in “What you can do”
campaign-li-e0151837 = Съберете трима-четирима души от различни организации и отделете два часа за стъпки от 1 до 3 от цикъла.

# Context: list item in “What you can do”
campaign-li-d24ab3e5 = Запишете целта, аудиторията и посланието си на една страница.

# Context: list item in “What you can do”
campaign-li-9f00a0b5 = Помолете двама новодошли и двама отдавнашни жители да коментират проекта на вашето послание.

# Context: list item in “What you can do”
campaign-li-a39090c1 = Изберете една малка първа дейност, която можете да проведете в рамките на три месеца, и я оценете, преди да планирате следващата.

# Context: list item in “What you can do”
campaign-li-d13eb93a = Когато кампанията приключи, помислете дали да я кандидатствате за награда или да я споделите с други градове. В [глава 8](08-award.md) е обяснено какво е общото между добрите кандидатури.
