# handbook/chapters/06-training.md — Training local communities
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
training-title-cef7d88e6e1e87bb = Обучение на местните общности
# Context: heading
training-h-61efe14fc2e2e932 = Защо обучение
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = Повечето хора, които говорят публично за миграцията в един град, никога не са планирали да го правят. Социалната работничка е помолена да говори на среща с жителите; учителят установява, че пристигането на нов ученик е разтревожило някои родители; доброволка вижда онлайн пост, изпълнен с омраза, за семействата, на които помага. Всеки от тях комуникира – независимо дали е подготвен, или не.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = Обучението им дава увереност, общ език и практически инструменти. То също така ги сближава: често най-ценният резултат от един ден обучение е, че библиотекарката, младежкият работник и полицаят вече се познават.
# Context: heading
training-h-cc4e4fe821dc2ace = За кого е обучението
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = Една местна обучителна програма дава най-добри резултати със смесена група. Помислете дали да поканите:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = общински служители, които се срещат с жители и новодошли, както и онези, които пишат за каналите на града;
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = изборни лица, дори ако могат да участват само в част от програмата;
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = служители и доброволци на неправителствени организации, включително организации, ръководени от { -migrants(case: "indef") };
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = учители, училищни психолози и педагогически съветници, младежки работници;
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = местни журналисти и хора, които поддържат общностни медии или онлайн групи;
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = новодошли, които са активни в общността – като участници и по възможност като съобучители.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = Група от 15 до 25 души позволява истинска дискусия.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = Смесените групи научават повече, но изискват внимание. В началото се договорете за прости основни правила: изслушвайте се, говорете от собствения си опит, пазете поверителност и спорете с идеите, а не с хората.
# Context: heading
training-h-758d23798d0d029c = Какво може да обхваща една програма
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = Следващите модули могат да се комбинират в еднодневна, двудневна програма или в програма от няколко срещи. Всеки модул включва кратко въведение, упражнение и дискусия.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Факти и контекст.__ Кои са новодошлите в нашия град, защо са дошли и какво е правното им положение? Използвайте [глава 2](02-routes.md) като основа.
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Думи.__ Бежанци, търсещи международна закрила, мигранти и всички останали: какво означават думите и как звучат. Работете с [речника](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Възприятия и стереотипи.__ Как се формират мненията за миграцията? Каква роля играят страхът, контактът и медиите? Участниците размишляват върху собствените си предположения, без да бъдат обвинявани.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Истории и послания.__ Как да откриваме и разказваме истории за приноса и за ежедневието, със съгласие и без стереотипи. Участниците подготвят послание за собствената си аудитория.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Планиране на кампания.__ Седемте стъпки от цикъла на кампанията от [глава 5](05-campaign.md#cycle), приложени към истинска местна идея.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Медии и социални мрежи.__ Работа с журналисти, подготовка за интервюта, модериране на коментари и отговор на дезинформация. Вижте [глава 9](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Реакция при враждебност.__ Какво да правим, когато една среща прерасне в гневни реплики или когато се появи { -hate-speech(case: "indef") }: как да запазим спокойствие, как да поставим граници, кога да подадем сигнал.
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Поканете новодошли да разкажат за собствения си опит от пристигането в града – със свои думи и при свои условия. Личният разказ, чут лице в лице, често променя възгледите на участниците повече от всеки слайд. Подгответе добре разказвачите, платете им за отделеното време и никога не ги молете да преживяват отново травматични събития пред публика. Преди да платите на { -asylum-seeker(case: "indef") }, проверете правилата за работа и социални помощи в [глава 4](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Провеждане на обучителна програма
# Context: heading
training-h-3386b5676f771586 = Преди обучението
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Определете целта. Какво трябва да могат да правят участниците след обучението? Например: да напишат прессъобщение с точен език или да планират малка кампания.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Разберете от какво се нуждаят участниците: кратък въпросник ще ви покаже какво знаят и какво ги тревожи.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Изберете обучители: човек с опит в комуникациите, човек, който познава темите за миграцията и международната закрила, и поне един новодошъл.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Подгответе практическата страна:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = достъпно място с пространство за работа в малки групи;
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = устен превод, ако някои участници се нуждаят от него;
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = грижа за децата или час, който е удобен за родителите и за хората, работещи на смени.
# Context: heading
training-h-a709853027611f7a = По време на обучението
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = Въведенията трябва да са кратки; оставете участниците да работят върху собствените си реални ситуации, като съчетавате кратки презентации, казуси, ролеви игри и разговори с новодошли.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Оставете място за съмнения и трудни въпроси. Участниците, които се тревожат за сигурността, за цената на услугите или за напрежение в някое училище, трябва да могат да го кажат. Отговаряйте с факти и показвайте как други са се справили в подобни ситуации.
# Context: heading
training-h-257f554c9fad8263 = След обучението
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Помолете участниците да си тръгнат с един конкретен ангажимент: текст, който да пренапишат, партньор, на когото да се обадят, дейност, която да планират. Поддържайте връзка и се срещнете отново след няколко месеца. Най-добрият резултат е обучение, което води до кампания. { -clarinet } провеждаше както обучителни програми, така и местни кампании.
# Context: heading
training-h-86f437ebce5d900a = Примерна еднодневна програма
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = Таблицата по-долу е модел, който можете да адаптирате. Часовете са ориентировъчни.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Час
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Сесия
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Метод
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 09:00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Посрещане, запознаване, основни правила
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Кръг на представяне, кратко загряващо упражнение по двойки
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 09:30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Факти и контекст в нашия град
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Кратко въведение, въпроси, викторина
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10:30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = Думите имат значение
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Работа с речника; пренаписване на истински заглавия
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11:30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Почивка
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Кафе и неформален разговор
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11:45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Пристигането тук: говорят новодошлите
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Разговор в малки групи
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13:00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Обяд
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = Обща трапеза
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14:00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = От историята към посланието
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Групова работа по местно послание
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15:00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Планиране на малка кампания
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Цикълът на кампанията, по една страница на група
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16:00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = Работа с медиите и с враждебни коментари
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Ролева игра
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16:45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Ангажименти и оценка
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Всеки участник назовава една следваща стъпка; кратък формуляр за обратна връзка
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17:00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Закриване
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Благодарности и сбогуване
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = Примерна програма за еднодневно обучение
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = Един ден е добро начало, но рядко е достатъчен. Ако можете, разпределете модулите в няколко по-кратки срещи, за да могат участниците да изпробват наученото между тях.
# Context: heading
training-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = Запишете десет души във вашия град, които говорят публично за миграцията – независимо дали го осъзнават, или не, – и ги поканете на първа полудневна среща.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Намерете съобучител сред новодошлите във вашия град и планирайте срещата заедно.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Използвайте примерната програма по-горе и я адаптирайте към времето и бюджета, с които разполагате.
