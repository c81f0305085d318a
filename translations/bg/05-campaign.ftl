# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Планиране на кампания за повишаване на обществената осведоменост
# Context: heading
campaign-h-b58fcb4fc7d606c5 = Какво е местна кампания
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = Кампанията за повишаване на обществената осведоменост е планиран набор от дейности, който за ограничен период от време цели да промени какво дадена група хора знае, чувства или прави по определен въпрос. Една местна кампания за миграцията и { -integration(case: "def") } може да съчетае портрети в местния вестник, фестивал, училищен проект, плакати по спирките и кратко видео, споделено онлайн.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = { -local-communities(case: "def-cap") } в { -clarinet } разработиха осем такива кампании. В тази глава е описан метод, който всеки град, неправителствена организация или училище може да използва, независимо от бюджета си.
# Context: heading
campaign-h-3041721e644d4666 = Цикълът на кампанията
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = Добрите кампании следват цикъл от седем стъпки, а наученото накрая се влива в следващата кампания.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Седем номерирани стъпки, една под друга, всяка с насочващ въпрос, свързани със стрелки: 1 цели, 2 аудитории, 3 послания, 4 канали, 5 партньори, 6 бюджет, 7 оценка, като стрелка води от оценката обратно нагоре към целите. Отдолу: планирайте, осъществете, извлечете поуки и започнете отначало.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = Цикълът на кампанията: седем стъпки от целите до оценката и обратно
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = Седемте стъпки на кампанията, в цикъл
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Седем номерирани стъпки, една под друга, всяка с въпрос, свързани със стрелки: 1 цели (какво трябва да се промени?), 2 аудитории (до кого искаме да достигнем?), 3 послания (какво казваме?), 4 канали (къде го казваме?), 5 партньори (кой работи с нас?), 6 бюджет (какво можем да си позволим?), 7 оценка (какво проработи?). Стрелка води от оценката обратно нагоре към целите за следващата кампания. Отдолу: планирайте, осъществете, извлечете поуки и започнете отначало.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Цели
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = Какво трябва да се промени?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Аудитории
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = До кого искаме да достигнем?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Послания
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = Какво казваме?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Канали
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Къде го казваме?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Партньори
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Кой работи с нас?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Бюджет
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = Какво можем да си позволим?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Оценка
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = Какво проработи?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = План, действие, поуки – и отначало
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = На практика стъпките се припокриват: може първо да намерите партньор и заедно да оформите целта. Цикълът е списък за размисъл, а не строг ред.
# Context: heading
campaign-h-32aa40a5d4b58434 = Стъпка 1: Цели
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Започнете с промяната, която искате да видите. „Повишаване на осведомеността“ е твърде неясно, за да насочва решенията. Вместо това се запитайте: какво трябва да е различно след кампанията и за кого? Полезните цели са конкретни, реалистични и по възможност измерими. Например:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = повече жители знаят, че новодошлите в града работят на местни работни места, например в грижите за хора, в строителството или в селското стопанство;
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = учениците в две училища са се срещнали и разговаряли с новодошли на тяхната възраст;
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = местният вестник публикува справедливи, лични истории за новодошлите, а не само истории за проблеми.
# Context: heading
campaign-h-6195a34f20b4c26c = Стъпка 2: Аудитории
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = „Широката общественост“ не е аудитория – това са всички. Изберете групите, до които най-много искате да достигнете, и ги опишете точно.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = Често помага да мислите за три групи: жители, които вече подкрепят новодошлите, жители, които са категорично враждебни, и голяма средна група от хора, които са несигурни, заети или незаинтересовани. Повечето успешни кампании се съсредоточават върху средната група, а подкрепящите използват като посланици.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = За всяка аудитория се запитайте:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = Какво вече знаят и мислят за миграцията?
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = Кое е най-важно за тях: училищата на децата им, сигурността, работата, кварталът, вярата, футболният им клуб?
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = На кого имат доверие? На лекар, религиозен водач, треньор, баба, инфлуенсър?
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = Откъде получават информация?
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Не забравяйте новодошлите като аудитория. Кампания, която на техните собствени езици ги кани да участват в живота на града, може да бъде толкова ценна, колкото и кампания, насочена към отдавнашните жители.
# Context: heading
campaign-h-64f58707fcd5243e = Стъпка 3: Послания
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = Посланието е онова, което искате аудиторията ви да запомни. То свързва вашата цел с това, което е важно за аудиторията. Посланията, които дават резултат на местно ниво, обикновено имат някои общи черти:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __Те са за хора, а не за категории.__ Медицинска сестра, хлебар или студент с име се запомнят по-лесно от „мигрантите допринасят за икономиката“.
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __Те подчертават какво споделят жителите и новодошлите.__ Работа, семейство, деца, футбол, храна, музика, вяра, обич към града.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __Те са местни.__ „Нашият град“ е по-близо от „Европа“.
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __Те са позитивни, но честни.__ Не се преструвайте, че няма проблеми. Покажете как проблемите се решават заедно.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __Те призовават към действие.__ Елате на фестивала, запишете се в хора, поздравете.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Преди да пуснете посланието, изпробвайте го с няколко души от аудиторията, включително новодошли, и сверете думите с [речника](03-words.md#glossary).
# Context: heading
campaign-h-d4e795bddd135955 = Проста рамка за посланията
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = „Къщата на посланията“ помага на партньорите да се договорят какво да казват. Празен образец ще намерите в [глава 10](10-resources.md#message-house). Покривът е основното ви послание – едно изречение, което всеки може да повтори. Три стълба го крепят: подкрепящи аргументи, всеки подплатен с местен факт или история. Основата са вашите говорители и действието, към което призовавате.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Изградете всяко послание в четири стъпки:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = ценност, която аудиторията ви споделя, например справедливост, сигурност или семейство;
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = местна история или факт, които показват тази ценност;
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = какво се прави и от кого;
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = покана за действие.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = Когато жителите са притеснени, не отминавайте тревогите им. Признайте притеснението, дайте фактите и покажете решението.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = Вместо
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Опитайте
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = „Вълна от мигранти заля града“
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = „Тази седмица пристигнаха 30 души; общината и доброволци са осигурили настаняване“
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = „Нелегални открити в камион“
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = „Полицията откри хора, скрити в камион; те са в безопасност и получават медицинска помощ“
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = „Мигрант арестуван за кражба“
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = „Мъж арестуван за кражба“ (посочвайте произхода или статута само ако са от значение и са потвърдени)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = „Бежанците ни отнемат работата“
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = „Местните стопанства и домове за възрастни търсят персонал; някои от тях вече наемат { -newcomers(case: "indef") }“
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = „Горките бежанци имат нужда от помощта ни“
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = „Медицинска сестра от Сирия учи езика, за да може да работи в нашата поликлиника“
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = „Криза: откриват център за настаняване“
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = „В понеделник отваря център за настаняване на 50 души: ето какво се променя и към кого да се обърнете“
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Преписани заглавия: какво да напишем вместо тях
# Context: heading
campaign-h-fb6d29fad2bf4c85 = Стъпка 4: Канали
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = Избирайте каналите според това къде всъщност е вашата аудитория, а не според модата.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Канал
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Подходящ за
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Внимавайте с
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Събития на живо (фестивали, дни на отворените врати, общи трапези)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Истински контакт между жителите и новодошлите; изграждане на доверие
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Достигане само до хора, които вече се интересуват
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Училища и младежки групи
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Дългосрочна промяна; достигане до родителите чрез децата
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Изисква време и ангажираност от учителите
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Местна преса, радио и телевизия
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Достоверност; достигане до по-възрастните жители
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Ограничен контрол върху окончателния материал
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Социални мрежи
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Бързина, споделяне, млада аудитория
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Враждебни коментари; нужна е модерация
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Плакати, банери, обществени пространства
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Видимост в ежедневието
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Вандализъм; посланието трябва да се разбира за секунди
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Общински канали (уебсайт, бюлетин, табла за обяви)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Официална тежест; ниски разходи
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Може да звучи бюрократично; запазете човешкия тон
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Изкуство и култура (изложби, театър, музика)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Емоции; нови аудитории
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Нужни са добри партньори; вижте [глава 7](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Комуникационни канали: за какво е подходящ всеки от тях и за какво да внимаваме
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = Повечето кампании използват два или три канала, които се подсилват взаимно. В [глава 9](09-media.md) ще намерите съвети за работата с журналисти и със социалните мрежи.
# Context: heading
campaign-h-9378785c2e274f26 = Стъпка 5: Партньори
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = Партньорите умножават възможностите ви. Мислете за тях в три кръга:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Основни партньори__, които планират и провеждат кампанията заедно с вас:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = общинско звено или кабинетът на кмета;
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = една или две неправителствени организации, които работят с новодошли;
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = самите новодошли – като организатори, а не само като герои на историите.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Подкрепящи партньори__, които помагат за конкретни задачи:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = училища, библиотеки, читалища, културни центрове и спортни клубове;
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = местни медии;
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = творци и дизайнери.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Поддръжници__, които разпространяват вашето послание:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = уважавани местни личности;
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = работодатели и бизнес сдружения;
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = религиозни общности и мрежи от градове.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Договорете се отрано кой какво решава, кой говори с медиите и как ще бъдат посочени партньорите.
# Context: heading
campaign-h-fa58d30bdbfeb07d = Стъпка 6: Бюджет
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = Една кампания не е задължително да е скъпа, но се нуждае от реалистичен бюджет, дори ако по-голямата част от него е време, а не пари.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Заделете резерв за непредвидени разходи и от самото начало планирайте средства за оценката.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = { "[" }Образецът на бюджет](10-resources.md#budget-template) в глава 10 изброява обичайните разходи, с колони за парични средства, непарични приноси и кой плаща.
# Context: heading
campaign-h-76bd0f182803cc9a = Стъпка 7: Оценка
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = Оценката ви показва дали кампанията е постигнала целта си и какво да направите по-добре следващия път. Планирайте я, когато определяте целта си, а не в края. Измервайте на три нива:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Дейности__: какво сте направили. Брой събития, плакати, статии, публикации.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Обхват__: до кого сте достигнали. Участници, читатели, гледания, споделяния, включени училища.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Промяна__: какво се е променило. Проучвания преди и след кампанията, коментари на участниците, тонът на местните медии.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = Промяната се измерва най-трудно и една малка кампания не може да докаже, че е променила мнението на цял град. Честните малки признаци, например проучване преди и след кампанията в две училища, са по-полезни от впечатляващи, но празни числа.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = В глава 10 ще намерите [таблица с показатели](10-resources.md#indicator-template) и [кратка анкета](10-resources.md#survey), които да използвате преди и след кампанията.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Напишете кратък отчет, споделете го с партньорите и участниците, благодарете на всички и се върнете към стъпка 1.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = Образец на план за кампания на една страница ще намерите в [глава 10](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Съберете трима-четирима души от различни организации и отделете два часа за стъпки от 1 до 3 от цикъла.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Запишете целта, аудиторията и посланието си на една страница.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Помолете двама новодошли и двама отдавнашни жители да коментират проекта на вашето послание.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Изберете една малка първа дейност, която можете да проведете в рамките на три месеца, и я оценете, преди да планирате следващата.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = Когато кампанията приключи, помислете дали да кандидатствате с нея за награда или да я споделите с други градове. В [глава 8](08-award.md) е обяснено какво е общото между добрите кандидатури.
