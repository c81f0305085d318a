### handbook/chapters/04-local.md — Why local communities are the key
### Language: bg. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
local-title-6a17fb33 = Защо местните общности са ключът

# Context: heading
local-h-a8d9755d = Интеграцията се случва на конкретно място

# Context: paragraph in “Integration happens somewhere”
local-p-facaad15 = Законите за убежището и миграцията се приемат в националните парламенти и в Брюксел. Но никой не се интегрира чрез закон. Интеграцията се случва в конкретна детска градина, в конкретен езиков курс, в конкретен спортен клуб, на конкретна работа. Тя се случва, когато съседът обясни как се събират отпадъците, когато учителката забележи, че някой ученик има нужда от помощ с четенето, когато работодател даде на някого първи шанс.

# Context: paragraph in “Integration happens somewhere”
local-p-44842acb = Затова { -clarinet } постави { -local-communities(case: "def") } в центъра на своята работа: именно там новодошлите и отдавнашните жители наистина се срещат и именно там доверието се изгражда или се губи.

# Context: paragraph in “Integration happens somewhere”
local-p-1e476275 = Европейските институции казват същото от много години. Общите принципи на политиката за интеграция, договорени от държавите – членки на ЕС, описват { -integration(case: "def") } като динамичен, двупосочен процес на взаимно приспособяване между новодошлите и жителите[^cbp], а Планът за действие на Европейската комисия за интеграция и приобщаване за периода 2021–2027 г. отрежда важна роля на местните и регионалните власти[^action-plan].

# Context: heading
local-h-d3c8a27d = Защо местното ниво е важно

# Context: paragraph in “Why the local level matters”
local-p-d4744613 = Четири причини правят местното ниво ключово за интеграцията и за добрата комуникация за нея.

# Context: list item in “Why the local level matters”
local-li-89a5b9c6 = **Близост.** Местните власти са нивото на управление, което е най-близо до хората. Послание от кмета се чува по различен начин от послание от далечно министерство.

# Context: list item in “Why the local level matters”
local-li-81dbb7e9 = **Услуги.** Общините предоставят или координират много от услугите, които са най-важни за новодошлите: адресна регистрация, училища, социални услуги, подкрепа за жилищно настаняване, библиотеки и спортни съоръжения.

# Context: list item in “Why the local level matters”
local-li-e7f1176b = **Ежедневен контакт.** Хората си създават мнение за миграцията не толкова от статистиката, колкото от онова, което виждат около себе си. Положителният контакт между равни е един от най-силните начини за намаляване на предразсъдъците – и той се случва на местно ниво.

# Context: list item in “Why the local level matters”
local-li-11697898 = **Доверие.** В много държави доверието в местните институции е по-високо от доверието в националните. Внимателното използване на това доверие е част от местното лидерство.

# Context: heading
local-h-a5600631 = Какво могат да направят местните власти

# Context: paragraph in “What local authorities can do”
local-p-6de9827e = Една община не се нуждае от голям бюджет, за да промени нещо. Много зависи от това как използва инструментите, с които вече разполага.

# Context: list item in “What local authorities can do”
local-li-a50161d0 = **Говорете.** Кажете ясно и публично, че новодошлите са част от общността, че градът очаква уважение от всички и че няма да толерира { -hate-speech(case: "def") }. Мълчанието също е послание.

# Context: list item in “What local authorities can do”
local-li-ee45e053 = **Информирайте.** Давайте на жителите точна и навременна информация, особено когато нещо се променя, например при откриването на център за настаняване. Слуховете се разпространяват най-бързо, когато официална информация липсва.

# Context: list item in “What local authorities can do”
local-li-f74c87a2 = **Приобщавайте.** Погрижете се новодошлите да могат да ползват общинските услуги, информацията да е достъпна на езиците, които те четат, а гласът им да се чува в обществените консултации и на местните събития.

# Context: list item in “What local authorities can do”
local-li-35731966 = **Свързвайте.** Съберете заедно училища, неправителствени организации, работодатели, религиозни общности, спортни клубове и културни институции. Често общината е единственият участник, който може да събере всички тях на една маса.

# Context: list item in “What local authorities can do”
local-li-98b33680 = **Показвайте.** Използвайте каналите на града – от уебсайта до таблото за обяви на площада, – за да показвате ежедневния принос на { -migrants(case: "def") } към местния живот.

# Context: paragraph in “What local authorities can do”
local-p-a92353a3 = В много градове първата стъпка към добра комуникация беше вътрешна: кратка среща на всички общински звена, които работят с новодошли, за да се договорят фактите, думите и едно лице за контакт. Когато гражданската регистрация, отделът „Образование“ и кабинетът на кмета казват едно и също, жителите го забелязват.

# Context: heading
local-h-c68bbad8 = Интеграцията е двупосочен процес

# Context: paragraph in “Integration is a two-way street”
local-p-bf7f8d39 = Хората често възприемат { -integration(case: "def") } като нещо, което трябва да правят само новодошлите: да научат езика, да си намерят работа, да спазват правилата. Тези неща са важни. Но и от приемащата общност се очаква нещо: откритост, справедливи правила и достъп до възможности.

# Context: paragraph in “Integration is a two-way street”
local-p-67077f85 = Комуникацията има роля и от двете страни. Новодошлите се нуждаят от ясна информация за правата, задълженията и услугите; отдавнашните жители се нуждаят от честна информация за това кои са новодошлите и защо са дошли. И едните, и другите имат нужда от възможности да се срещнат като хора, а не като категории.

# Context: paragraph in “Integration is a two-way street”
local-p-ad229872 = Когато планирате събитие, питайте кой е в организационния екип, а не само кой е в публиката. Събитие, организирано *заедно* с новодошлите, изпраща съвсем различен сигнал от събитие, организирано *за* тях.

# Context: heading
local-h-d815c6dc = Кой какво допринася

# Context: paragraph in “Who brings what”
local-p-cba6970c = Никой участник не може да направи всичко това сам. Таблицата по-долу показва какво обикновено допринасят различните местни участници за комуникацията по въпросите на миграцията и интеграцията.

# Context: table cell in “Who brings what”
local-cell-4c7753a4 = Местен участник

# Context: table cell in “Who brings what”
local-cell-272e00a3 = Какво допринася

# Context: table cell in “Who brings what”
local-cell-d9ad6fab = Как може да помогне за комуникацията

# Context: table cell in “Who brings what”
local-cell-ad54a51d = Кмет и общински съвет

# Context: table cell in “Who brings what”
local-cell-1679b366 = Легитимност, видимост, решения

# Context: table cell in “Who brings what”
local-cell-c04ab7c0 = Публични изявления, присъствие на събития, ясна позиция срещу езика на омразата

# Context: table cell in “Who brings what”
local-cell-b52cc990 = Общински звена

# Context: table cell in “Who brings what”
local-cell-bfc9f438 = Услуги, данни, ежедневен контакт с жителите

# Context: table cell in “Who brings what”
local-cell-6e77552f = Точна информация, многоезични материали, едно лице за контакт

# Context: table cell in “Who brings what”
local-cell-f8290725 = Училища и детски градини

# Context: table cell in “Who brings what”
local-cell-b107f9eb = Контакт с децата и родителите

# Context: table cell in “Who brings what”
local-cell-239961ad = Проекти с ученици, родителски срещи, междукултурни дни

# Context: table cell in “Who brings what”
local-cell-b5669586 = Организации на гражданското общество

# Context: table cell in “Who brings what”
local-cell-4dff94ae = Доверие, пряк контакт с новодошлите, експертен опит

# Context: table cell in “Who brings what”
local-cell-333c8b54 = Истории, доброволци, практическа подкрепа, критичен глас

# Context: table cell in “Who brings what”
local-cell-dcc7c6b4 = Работодатели и синдикати

# Context: table cell in “Who brings what”
local-cell-38c713dc = Работни места, обучение, работна среда

# Context: table cell in “Who brings what”
local-cell-e03eabde = Примери за новодошли на работното място, наставничество

# Context: table cell in “Who brings what”
local-cell-ee9cd3cf = Местни медии

# Context: table cell in “Who brings what”
local-cell-88387098 = Обхват, влияние върху дневния ред

# Context: table cell in “Who brings what”
local-cell-be985d85 = Справедливо отразяване, портрети, местни дебати

# Context: table cell in “Who brings what”
local-cell-bf1dd415 = Самите новодошли

# Context: table cell in “Who brings what”
local-cell-d89a53c3 = Опит, езици, умения

# Context: table cell in “Who brings what”
local-cell-43650b8d = Говорят от свое име, участват в създаването на кампании

# Context: heading
local-h-cd85b6ed = Чести препятствия

# Context: paragraph in “Common obstacles”
local-p-d63eea0f = Работата на местно ниво не е лесна. Три трудности се появяват отново и отново.

# Context: list item in “Common obstacles”
local-li-12eee5de = **Страх от противоречия.** Изборните лица може да се опасяват, че ако говорят за миграцията, ще загубят гласове. Опитът показва, че спокойната, основана на факти и последователна позиция обикновено се уважава дори от несъгласните.

# Context: list item in “Common obstacles”
local-li-888d082f = **Липса на ресурси.** В малките общини често един човек отговаря за цялата комуникация. Партньорствата с неправителствени организации, училища и мрежи помагат работата да се разпредели.

# Context: list item in “Common obstacles”
local-li-4d5ab5e8 = **Страховете на самите новодошли.** Хора, избягали от преследване, може да се отнасят предпазливо към властите и към публичността. Доверието изисква време.

# Context: paragraph in “Common obstacles”
local-p-739b5194 = Не използвайте новодошлите като „декор“. Снимка за медиите, на която { -refugees(case: "def") } са показани само като благодарни получатели на помощ, затвърждава точно онази картина, която искате да промените. Показвайте хората като действащи лица – със собствени умения и собствен глас.

# Context: heading
local-h-9353605e = Какво можете да направите

# Context: list item in “What you can do”
local-li-5bd66681 = Картографирайте местните участници с помощта на таблицата по-горе и запишете по едно име за всеки ред.

# Context: list item in “What you can do”
local-li-6b02c1e1 = Организирайте вътрешна среща на общинските звена:

# Context: list item in “What you can do”
local-li-b3a081a2 = договорете се за фактите относно новодошлите във вашия град;

# Context: list item in “What you can do”
local-li-9a214464 = договорете се за думите, които използвате, въз основа на [речника](03-words.md#glossary);

# Context: list item in “What you can do”
local-li-9abd53e5 = определете едно лице за контакт за въпроси от жители и медии.

# Context: list item in “What you can do”
local-li-d2215d7f = Помолете кмета или висш служител тази година да направи едно ясно публично изявление за гостоприемство и уважение.

# Context: list item in “What you can do”
local-li-e16f1a99 = Проверете дали основната общинска информация е достъпна на езиците, които новодошлите във вашия град говорят най-често.

# Context: list item in “What you can do”
local-li-b1c4085c = Изберете една дейност, която събира жителите и новодошлите като равни, и я планирайте заедно с новодошли от самото начало. Използвайте плана за кампания в [глава 5](05-campaign.md).

# Context: footnote in “What you can do”
local-fn-2e35ef89 = Общите основни принципи на политиката за интеграция на имигрантите са приети от Съвета на Европейския съюз през 2004 г. Първият принцип описва интеграцията като „динамичен, двупосочен процес на взаимно приспособяване“.

# Context: footnote in “What you can do”
local-fn-e7433d77 = Европейската комисия представи своя План за действие за интеграция и приобщаване за периода 2021–2027 г. през ноември 2020 г. Той подчертава партньорството с местните и регионалните власти и значението на ежедневния контакт между новодошлите и приемащите общности.
