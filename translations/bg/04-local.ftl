# handbook/chapters/04-local.md — Why local communities are the key
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
local-title-f75e9269f654fc9d = Защо местните общности са ключът
# Context: heading
local-h-c32097e2a9b75895 = Интеграцията се случва на конкретно място
# Context: paragraph in “Integration happens somewhere”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Laws on asylum and migration are made in national parliaments and in Brussels. But nobody is integrated by a law. Integration happens in a particular kindergarten, a particular language class, a particular sports club, a particular job. It happens when a neighbour explains how the waste collection works, when a teacher notices that a pupil needs help with reading, when an employer gives someone a first chance.
local-p-550ccedd0504dd39 = Законите за убежището и миграцията се приемат в националните парламенти и в Брюксел. Но никой не се интегрира чрез закон. Интеграцията се случва в конкретна детска градина, в конкретен езиков курс, в конкретен спортен клуб, на конкретна работа. Тя се случва, когато съседът обясни как се събират отпадъците, когато учителката забележи, че някой ученик има нужда от помощ с четенето, когато работодател даде на някого първи шанс.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = Затова { -clarinet } постави { -local-communities(case: "def") } в центъра на своята работа: именно там новодошлите и отдавнашните жители наистина се срещат и именно там доверието се изгражда или се губи.
# Context: paragraph in “Integration happens somewhere”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: European institutions have said the same for many years. The common principles for integration policy agreed by EU member states describe { -integration } as a dynamic, two-way process of mutual accommodation by newcomers and residents[^cbp], and the European Commission's action plan on integration and inclusion for 2021 to 2027 gives a strong role to local and regional authorities[^action-plan].
local-p-2cfa6c7b5f343873 = Европейските институции казват същото от много години. Общите принципи на политиката за интеграция, договорени от държавите – членки на ЕС, описват { -integration(case: "def") } като динамичен, двупосочен процес на взаимно приспособяване между новодошлите и жителите[^cbp], а Планът за действие на Европейската комисия за интеграция и приобщаване за периода 2021–2027 г. отрежда важна роля на местните и регионалните власти[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = Защо местното ниво е важно
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Четири причини правят местното ниво ключово за интеграцията и за добрата комуникация за нея.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Близост.__ Местните власти са нивото на управление, което е най-близо до хората. Послание от кмета се чува по различен начин от послание от далечно министерство.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Услуги.__ Общините предоставят или координират много от услугите, които са най-важни за новодошлите: адресна регистрация, училища, социални услуги, подкрепа за жилищно настаняване, библиотеки и спортни съоръжения.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Ежедневен контакт.__ Хората си създават мнение за миграцията не толкова от статистиката, колкото от онова, което виждат около себе си. Положителният контакт между равни е един от най-силните начини за намаляване на предразсъдъците – и той се случва на местно ниво.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Доверие.__ В много държави доверието в местните институции е по-високо от доверието в националните. Внимателното използване на това доверие е част от местното лидерство.
# Context: heading
local-h-36fc7059706251e5 = Какво могат да направят местните власти
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = Една община не се нуждае от голям бюджет, за да промени нещо. Много зависи от това как използва инструментите, с които вече разполага.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Говорете.__ Кажете ясно и публично, че новодошлите са част от общността, че градът очаква уважение от всички и че няма да толерира { -hate-speech(case: "def") }. Мълчанието също е послание.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Информирайте.__ Давайте на жителите точна и навременна информация, особено когато нещо се променя, например при откриването на център за настаняване. Слуховете се разпространяват най-бързо, когато официална информация липсва.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Приобщавайте.__ Погрижете се новодошлите да могат да ползват общинските услуги, информацията да е достъпна на езиците, които те четат, а гласът им да се чува в обществените консултации и на местните събития.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Свързвайте.__ Съберете заедно училища, неправителствени организации, работодатели, религиозни общности, спортни клубове и културни институции. Често общината е единственият участник, който може да събере всички тях на една маса.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Показвайте.__ Използвайте каналите на града – от уебсайта до таблото за обяви на площада, – за да показвате ежедневния принос на { -migrants(case: "def") } към местния живот.
# Context: paragraph in “What local authorities can do”
local-p-72355127f2a817bf = В много градове първата стъпка към добра комуникация беше вътрешна: кратка среща на всички общински звена, които работят с новодошли, за да се договорят фактите, думите и едно лице за контакт. Когато гражданската регистрация, отделът „Образование“ и кабинетът на кмета казват едно и също, жителите го забелязват.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Integration is a two-way street
local-h-f679bfa7eb405653 = Интеграцията е двупосочен процес
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = Хората често възприемат { -integration(case: "def") } като нещо, което трябва да правят само новодошлите: да научат езика, да си намерят работа, да спазват правилата. Тези неща са важни. Но и от приемащата общност се очаква нещо: откритост, справедливи правила и достъп до възможности.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = Комуникацията има роля и от двете страни. Новодошлите се нуждаят от ясна информация за правата, задълженията и услугите; отдавнашните жители се нуждаят от честна информация за това кои са новодошлите и защо са дошли. И едните, и другите имат нужда от възможности да се срещнат като хора, а не като категории.
# Context: heading
local-h-8f81c84427935632 = Кой какво допринася
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = Никой участник не може да направи всичко това сам. Таблицата по-долу показва какво обикновено допринасят различните местни участници за комуникацията по въпросите на миграцията и интеграцията.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Местен участник
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = Какво допринася
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = Как може да помогне за комуникацията
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Кмет и общински съвет
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Легитимност, видимост, решения
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Публични изявления, присъствие на събития, ясна позиция срещу езика на омразата
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Общински звена
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Услуги, данни, ежедневен контакт с жителите
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Точна информация, многоезични материали, едно лице за контакт
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Училища и детски градини
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Контакт с децата и родителите
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Проекти с ученици, родителски срещи, междукултурни дни
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Организации на гражданското общество
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Доверие, пряк контакт с новодошлите, експертен опит
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Истории, доброволци, практическа подкрепа, критичен глас
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Работодатели и синдикати
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Работни места, обучение, работна среда
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Примери за новодошли на работното място, наставничество
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Местни медии
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Обхват, влияние върху дневния ред
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Справедливо отразяване, портрети, местни дебати
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = Самите новодошли
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Опит, езици, умения
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Говорят от свое име, участват в създаването на кампании
# Context: heading
local-h-43e8ccfc0bce99df = Чести препятствия
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = Работата на местно ниво не е лесна. Три трудности се появяват отново и отново.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Страх от противоречия.__ Изборните лица може да се опасяват, че ако говорят за миграцията, ще загубят гласове. Опитът показва, че спокойната, основана на факти и последователна позиция обикновено се уважава дори от несъгласните.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Липса на ресурси.__ В малките общини често един човек отговаря за цялата комуникация. Партньорствата с неправителствени организации, училища и мрежи помагат работата да се разпредели.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Страховете на самите новодошли.__ Хора, избягали от преследване, може да се отнасят предпазливо към властите и към публичността. Доверието изисква време.
# Context: paragraph in “Common obstacles”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not use newcomers as "props". A photo opportunity in which { -refugees } are shown only as grateful recipients of help reinforces the very picture you want to change. Show people as actors, with their own skills and voices.
local-p-cc51e468b459268a = Не използвайте новодошлите като „декор“. Снимка за медиите, на която { -refugees(case: "def") } са показани само като благодарни получатели на помощ, затвърждава точно онази картина, която искате да промените. Показвайте хората като действащи лица – със собствени умения и собствен глас.

# Context: heading
# local-h-128116345ec56f05 = Working with { -newcomers } as partners


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-90ba2dbdd99d9352 = This handbook keeps returning to one idea: plan with { -newcomers }, not only for them. Here is how.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-4ad98f73952ff4c2 = **Where to find people.** Start with groups that already exist: associations led by { -migrants }, language courses, cultural mediators, faith communities, sports clubs and schools. Do not rely only on the one person the town hall already knows.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-7d67f52ee78ce2fa = **How far to share decisions.** Participation has four levels: people can be informed, consulted, co-creating or leading. Aim at least for co-creating, where people plan and decide with you. A small advisory group of { -newcomers } can guide a campaign. Give it the final word on how its members' stories are told.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-b08c40e051024188 = **Remove barriers.** Offer interpretation, childcare and travel costs. Hold meetings in places people can reach, at times that fit shift work and religious holidays.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-9a9f351dd8b93746 = **Avoid tokenism.** One person cannot speak for everyone. Involve women and men, young and older people, different origins and different legal statuses.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-20eeb85dff806891 = **Close the loop.** Show participants the results and the evaluation, and ask what should change next time.


# Context: heading
# local-h-1fcb65cb32c990e7 = Fair pay within the rules


# Context: paragraph in “Fair pay within the rules”
# local-p-22faa39d6e3e9010 = Pay { -newcomers } where others are paid for similar work. But a fee can harm an { -asylum-seeker } if it breaks the rules on work or on support. Before you pay, check with your legal service or a local NGO:


# Context: list item in “Fair pay within the rules”
# local-li-bee877195cbd0fa1 = Is the person allowed to work yet? EU law lets member states delay access to work for several months after an asylum application[^reception].


# Context: list item in “Fair pay within the rules”
# local-li-caeb7d27b3fd9191 = May the person receive this fee, and how must it be declared?


# Context: list item in “Fair pay within the rules”
# local-li-8eaed91feb26ef48 = Will it reduce their reception allowance or other support?


# Context: paragraph in “Fair pay within the rules”
# local-p-6c340d87ebdcc2b2 = Where a fee is not allowed, you can usually still cover travel, meals and childcare, or give a certificate or a reference letter. Check vouchers too, as they may count as income. Explain the reason openly. People under { -temporary-protection } and recognised { -refugees } may work, but the rules on tax and allowances still apply to them.

# Context: heading
local-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
local-li-04338f0eb629554c = Картографирайте местните участници с помощта на таблицата по-горе и запишете по едно име за всеки ред.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Организирайте вътрешна среща на общинските звена:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = договорете се за фактите относно новодошлите във вашия град;
# Context: list item in “What you can do”
local-li-8bf06752029391ef = договорете се за думите, които използвате, въз основа на [речника](03-words.md#glossary);
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = определете едно лице за контакт за въпроси от жители и медии.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Помолете кмета или висш служител тази година да направи едно ясно публично изявление за гостоприемство и уважение.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Проверете дали основната общинска информация е достъпна на езиците, които новодошлите във вашия град говорят най-често.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Изберете една дейност, която събира жителите и новодошлите като равни, и я планирайте заедно с новодошли от самото начало. Използвайте плана за кампания в [глава 5](05-campaign.md).
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = Общите основни принципи на политиката за интеграция на имигрантите са приети от Съвета на Европейския съюз през 2004 г. Първият принцип описва интеграцията като „динамичен, двупосочен процес на взаимно приспособяване“.
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = Европейската комисия представи своя План за действие за интеграция и приобщаване за периода 2021–2027 г. през ноември 2020 г. Той подчертава партньорството с местните и регионалните власти и значението на ежедневния контакт между новодошлите и приемащите общности.

# Context: footnote in “What you can do”
# local-fn-c90181702983e8ec = Under the Reception Conditions Directive (2013/33/EU), access to work must be granted no later than nine months after the application, if no first decision has been taken by then. The recast Directive (EU) 2024/1346, which applies from June 2026, shortens this to six months.

