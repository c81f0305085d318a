### handbook/chapters/06-training.md — Training local communities
### Language: bg. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
training-title-5b6cd454 = Обучение на местните общности

# Context: heading
training-h-078c0918 = Защо обучение

# Context: paragraph in “Why training”
training-p-1666b679 = Повечето хора, които говорят публично за миграцията в един град, никога не са планирали да го правят. Социалната работничка е помолена да говори на среща с жителите; учителят установява, че пристигането на нов ученик е разтревожило някои родители; доброволка вижда онлайн пост, изпълнен с омраза, за „нейните“ семейства. Всеки от тях комуникира – независимо дали е готов, или не.

# Context: paragraph in “Why training”
training-p-afa24c58 = Обучението им дава увереност, общ език и практически инструменти. То също така ги сближава: често най-ценният резултат от един ден обучение е, че библиотекарката, младежкият работник и полицаят вече се познават.

# Context: heading
training-h-f2999e8a = Осемте обучителни програми

# Context: paragraph in “The eight training programmes”
training-p-6302f850 = Обучението беше една от петте основни дейности на { -clarinet }. Проектът предвиждаше осем обучителни програми за { -local-communities(case: "indef") } – наред с осемте местни кампании за повишаване на осведомеността и осемте творчески резиденции. Програмите търсеха отговор на два въпроса, които минават и през целия наръчник:

# Context: list item in “The eight training programmes”
training-li-728713a6 = **Как** местните общности могат да говорят за миграцията и { -integration(case: "def") } в собствения си град: по какви канали, с какви партньори, с какъв тон?

# Context: list item in “The eight training programmes”
training-li-84038310 = **Какво** трябва да съобщават: какви факти, какви истории, какви послания за приноса на { -migrants(case: "def") } към местния живот?

# Context: paragraph in “The eight training programmes”
training-p-6051c9de = Тъй като програмите се проведоха в различни държави и на различни езици, всяка от тях беше съобразена с местните нужди. Разделите по-долу не са готова учебна програма: в тях са събрани темите и методите, които подобни обучения обикновено обхващат, за да можете да създадете своя собствена програма.

# Context: heading
training-h-71ea65eb = За кого е обучението

# Context: paragraph in “Who training is for”
training-p-5cd31d27 = Една местна обучителна програма дава най-добри резултати със смесена група. Помислете дали да поканите:

# Context: list item in “Who training is for”
training-li-924d6e3f = общински служители, които се срещат с жители и новодошли, както и онези, които пишат за каналите на града;

# Context: list item in “Who training is for”
training-li-faa0b619 = изборни лица, дори ако могат да участват само в част от програмата;

# Context: list item in “Who training is for”
training-li-5d9ec123 = служители и доброволци на неправителствени организации, включително организации, ръководени от { -migrants(case: "indef") };

# Context: list item in “Who training is for”
training-li-9e664a56 = учители, училищни психолози и педагогически съветници, младежки работници;

# Context: list item in “Who training is for”
training-li-c2b77862 = местни журналисти и хора, които поддържат общностни медии или онлайн групи;

# Context: list item in “Who training is for”
training-li-9499bbb6 = новодошли, които са активни в общността – като участници и по възможност като съобучители.

# Context: paragraph in “Who training is for”
training-p-344d89c0 = Група от 15 до 25 души позволява истинска дискусия.

# Context: paragraph in “Who training is for”
training-p-729e2c54 = Смесените групи научават повече, но изискват внимание. В началото се договорете за прости основни правила: изслушвайте се, говорете от собствения си опит, пазете поверителност и спорете с идеите, а не с хората.

# Context: heading
training-h-503564a9 = Какво може да обхваща една програма

# Context: paragraph in “What a programme can cover”
training-p-334ac23b = Следващите модули могат да се комбинират в еднодневна, двудневна програма или в програма от няколко срещи. Всеки модул включва кратко въведение, упражнение и дискусия.

# Context: list item in “What a programme can cover”
training-li-b3edce25 = **Факти и контекст.** Кои са новодошлите в нашия град, защо са дошли и какво е правното им положение? Използвайте [глава 2](02-routes.md) като основа.

# Context: list item in “What a programme can cover”
training-li-2904d722 = **Думи.** Бежанци, търсещи убежище, мигранти и всички останали: какво означават думите и как звучат. Работете с [речника](03-words.md#glossary).

# Context: list item in “What a programme can cover”
training-li-0c712dbc = **Възприятия и стереотипи.** Как се формират мненията за миграцията? Каква роля играят страхът, контактът и медиите? Участниците размишляват върху собствените си предположения, без да бъдат обвинявани.

# Context: list item in “What a programme can cover”
training-li-8d98ecd8 = **Истории и послания.** Как да откриваме и разказваме истории за приноса и за ежедневието, със съгласие и без стереотипи. Участниците подготвят послание за собствената си аудитория.

# Context: list item in “What a programme can cover”
training-li-87e319a6 = **Планиране на кампания.** Седемте стъпки от цикъла на кампанията от [глава 5](05-campaign.md#cycle), приложени към истинска местна идея.

# Context: list item in “What a programme can cover”
training-li-3e6f1470 = **Медии и социални мрежи.** Работа с журналисти, подготовка за интервюта, модериране на коментари и отговор на дезинформация. Вижте [глава 9](09-media.md).

# Context: list item in “What a programme can cover”
training-li-21e7260a = **Реакция при враждебност.** Какво да правим, когато една среща прерасне в гневни реплики или когато се появи { -hate-speech(case: "indef") }: как да запазим спокойствие, как да поставим граници, кога да подадем сигнал.

# Context: paragraph in “What a programme can cover”
training-p-6c332660 = Поканете новодошли да разкажат за собствения си опит от пристигането в града – със свои думи и при свои условия. Личният разказ, чут лице в лице, често променя възгледите на участниците повече от всеки слайд. Подгответе добре разказвачите, платете им за отделеното време и никога не ги молете да преживяват отново травматични събития пред публика.

# Context: heading
training-h-474e1b3d = Провеждане на обучителна програма

# Context: heading
training-h-20641eef = Преди

# Context: list item in “Before”
training-li-588a15fa = Определете целта. Какво трябва да могат да правят участниците след обучението? Например: да напишат прессъобщение с точен език или да планират малка кампания.

# Context: list item in “Before”
training-li-2cd16d14 = Разберете от какво се нуждаят участниците: кратък въпросник ще ви покаже какво знаят и какво ги тревожи.

# Context: list item in “Before”
training-li-9e3384b5 = Изберете обучители: човек с опит в комуникациите, човек, който познава темите за миграцията и убежището, и поне един новодошъл.

# Context: list item in “Before”
training-li-ad2ff4ce = Подгответе практическата страна:

# Context: list item in “Before”
training-li-069da143 = достъпно място с пространство за работа в малки групи;

# Context: list item in “Before”
training-li-6a31c872 = устен превод, ако някои участници се нуждаят от него;

# Context: list item in “Before”
training-li-9c48e891 = грижа за децата или час, който е удобен за родителите и за хората, работещи на смени.

# Context: heading
training-h-86c03894 = По време на обучението

# Context: paragraph in “During”
training-p-4682b529 = Въведенията трябва да са кратки; оставете участниците да работят върху собствените си реални ситуации, като съчетавате кратки презентации, казуси, ролеви игри и разговори с новодошли.

# Context: paragraph in “During”
training-p-5e1981e1 = Оставете място за съмнения и трудни въпроси. Участниците, които се тревожат за сигурността, за цената на услугите или за напрежение в някое училище, трябва да могат да го кажат. Отговаряйте с факти и показвайте как други са се справили в подобни ситуации.

# Context: heading
training-h-1754c553 = След обучението

# Context: paragraph in “After”
training-p-eff85e07 = Помолете участниците да си тръгнат с един конкретен ангажимент: текст, който да пренапишат, партньор, на когото да се обадят, дейност, която да планират. Поддържайте връзка и се срещнете отново след няколко месеца. Най-добрият резултат е обучение, което води до кампания – затова { -clarinet } съчетаваше обученията с кампании, разработени от участващите общности.

# Context: heading
training-h-7036f44e = Примерна еднодневна програма

# Context: paragraph in “A sample one-day programme”
training-p-1ab9d3d4 = Таблицата по-долу е модел, който можете да адаптирате. Часовете са ориентировъчни.

# Context: table cell in “A sample one-day programme”
training-cell-78efd29f = Час

# Context: table cell in “A sample one-day programme”
training-cell-44b56f66 = Сесия

# Context: table cell in “A sample one-day programme”
training-cell-8cb93664 = Метод

# Context: table cell in “A sample one-day programme”
training-cell-9027f0a8 = 09:00

# Context: table cell in “A sample one-day programme”
training-cell-f941f369 = Посрещане, запознаване, основни правила

# Context: table cell in “A sample one-day programme”
training-cell-4736681d = Кръг на представяне, кратко загряващо упражнение по двойки

# Context: table cell in “A sample one-day programme”
training-cell-901b7d63 = 09:30

# Context: table cell in “A sample one-day programme”
training-cell-4d30ad90 = Факти и контекст в нашия град

# Context: table cell in “A sample one-day programme”
training-cell-40960c4e = Кратко въведение, въпроси, викторина

# Context: table cell in “A sample one-day programme”
training-cell-53aa9c37 = 10:30

# Context: table cell in “A sample one-day programme”
training-cell-99393f6a = Думите имат значение

# Context: table cell in “A sample one-day programme”
training-cell-e93a1cd8 = Работа с речника; пренаписване на истински заглавия

# Context: table cell in “A sample one-day programme”
training-cell-0198394b = 11:30

# Context: table cell in “A sample one-day programme”
training-cell-0ae8041c = Почивка

# Context: table cell in “A sample one-day programme”
training-cell-01e57b1d = Кафе и неформален разговор

# Context: table cell in “A sample one-day programme”
training-cell-019b89bb = 11:45

# Context: table cell in “A sample one-day programme”
training-cell-18685ed7 = Пристигането тук: говорят новодошлите

# Context: table cell in “A sample one-day programme”
training-cell-432b1836 = Разговор в малки групи

# Context: table cell in “A sample one-day programme”
training-cell-b84d37e3 = 13:00

# Context: table cell in “A sample one-day programme”
training-cell-3a996e21 = Обяд

# Context: table cell in “A sample one-day programme”
training-cell-0183acba = Обща трапеза

# Context: table cell in “A sample one-day programme”
training-cell-64e00163 = 14:00

# Context: table cell in “A sample one-day programme”
training-cell-559ca8c4 = От историята към посланието

# Context: table cell in “A sample one-day programme”
training-cell-2c5f965e = Групова работа по местно послание

# Context: table cell in “A sample one-day programme”
training-cell-16d1d7e5 = 15:00

# Context: table cell in “A sample one-day programme”
training-cell-a0af79a3 = Планиране на малка кампания

# Context: table cell in “A sample one-day programme”
training-cell-049c37b7 = Цикълът на кампанията, по една страница на група

# Context: table cell in “A sample one-day programme”
training-cell-380725a8 = 16:00

# Context: table cell in “A sample one-day programme”
training-cell-0ddfe142 = Работа с медиите и с враждебни коментари

# Context: table cell in “A sample one-day programme”
training-cell-11fdb446 = Ролева игра

# Context: table cell in “A sample one-day programme”
training-cell-380f7563 = 16:45

# Context: table cell in “A sample one-day programme”
training-cell-48c1c711 = Ангажименти и оценка

# Context: table cell in “A sample one-day programme”
training-cell-160d1d98 = Всеки участник назовава една следваща стъпка; кратък формуляр за обратна връзка

# Context: table cell in “A sample one-day programme”
training-cell-b3fab034 = 17:00

# Context: table cell in “A sample one-day programme”
training-cell-db541cd8 = Закриване

# Context: table cell in “A sample one-day programme”
training-cell-d5c887f7 = Благодарности и сбогуване

# Context: paragraph in “A sample one-day programme”
training-p-031f2f2d = Един ден е добро начало, но рядко е достатъчен. Ако можете, разпределете модулите в няколко по-кратки срещи, за да могат участниците да изпробват наученото между тях.

# Context: heading
training-h-9353605e = Какво можете да направите

# Context: list item in “What you can do”
training-li-58283c7c = Запишете десет души във вашия град, които говорят публично за миграцията – независимо дали го осъзнават, или не, – и ги поканете на първа полудневна среща.

# Context: list item in “What you can do”
training-li-bbfe3487 = Намерете съобучител сред новодошлите във вашия град и планирайте срещата заедно.

# Context: list item in “What you can do”
training-li-2ed79858 = Използвайте примерната програма по-горе и я адаптирайте към времето и бюджета, с които разполагате.

# Context: list item in “What you can do”
training-li-2194955d = Завършвайте всяка среща с конкретни ангажименти и определете дата за следваща среща.
