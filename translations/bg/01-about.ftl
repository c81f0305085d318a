# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = За този наръчник и проекта CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Защо съществува този наръчник
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Във всеки град се разказват истории за новодошлите. Някои са разказани добре: семейство, което отново отвори старата пекарна, медицинска сестра, получила образованието си в чужбина, която сега дава нощни дежурства в местната болница. Много други никога не се разказват или се разказват само като проблеми. Този наръчник е за хората, които искат да променят това съотношение там, където живеят.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = Той е написан за кметове и общински служители, местни неправителствени организации, учители, местни журналисти и активни граждани. Не е нужно да сте специалист по комуникации, за да работите с него: достатъчни са любопитство, няколко съмишленици и желание да говорите за миграцията и { -integration(case: "def") } честно – без страх и без да премълчавате проблемите.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Наръчникът е един от резултатите на { -clarinet } – европейски проект на градове, региони и организации на гражданското общество от Югоизточна Европа. Примерите в него са обобщени: те са предназначени да ви помогнат да си представите собствената си ситуация, а не да описват конкретно място.
# Context: heading
about-h-7aa2bfa8c139bf1a = Проектът CLARINET
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = { -clarinet } беше международен проект. Пълното му наименование беше „Communication of Local AuthoRities for INtegration in European Towns“ („Комуникация на местните власти за интеграция в европейските градове“). Проектът беше съфинансиран от фонд „Убежище, миграция и интеграция“ на Европейския съюз. Той продължи три години, от 2019 до 2021 г., и съчетаваше дейности на местно ниво – в собствените градове и региони на партньорите – с дейности на европейско ниво.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = Това второ издание описва положението към ноември 2026 г. Проектът приключи през 2021 г. и оттогава много неща се промениха. В [глава 2](02-routes.md#since-2021) е обобщено какво е новото.
# Context: heading
about-h-3b863b44b0d2beff = Целта
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = Общата цел на проекта беше да повиши осведомеността на гражданите на Европейския съюз и на местните общности за положителния принос на { -migrants(case: "def") } към европейските общества. Хората по-охотно приемат новодошлите, когато виждат със собствените си очи – по своите улици и на работните си места – какво носят те.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Затова { -clarinet } не се обръщаше към „Европа“ изобщо. Проектът насърчаваше самите { -local-communities(case: "indef") } да показват положителния принос на { -migrants(case: "def") } там, където живеят, и да разказват тези истории по-нататък.
# Context: heading
about-h-d9950a14c90838fe = Кой участваше
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = Водещ партньор по проекта беше Община Лампедуза и Линоза в Италия. Лампедуза е най-южният остров на Италия и е по-близо до бреговете на Северна Африка, отколкото до Сицилия. От много години той е едно от най-известните места на пристигане за хората, които прекосяват Централното Средиземноморие с лодки. Малко места в Европа знаят по-добре какво означава една малка общност да се срещне с миграцията лице в лице. Общината работеше с още 18 партньори – общо { $partners } организации.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Партньорството обединяваше три вида организации:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 местни власти – както общини, така и регионални администрации;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 организации на гражданското общество;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 международни мрежи.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    Местните власти и организациите на гражданското общество са от { $countries ->
        [one] една държава
       *[other] { $countries } държави
    } в Югоизточна Европа.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = Тези осем държави са Италия, Словения, Унгария, България, Румъния, Австрия, Гърция и Кипър. В годините преди проекта, от 2015 до 2019 г., заради географското си положение всички те бяха силно засегнати от пристигането на { -asylum-seekers(case: "indef") }. Те се намират на три различни миграционни маршрута, описани в [глава 2](02-routes.md): Средиземноморския, Западнобалканския и Източнобалканския маршрут.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Схема на партньорството: водещият партньор, Община Лампедуза и Линоза в Италия, над три групи – 8 местни власти, 9 организации на гражданското общество и 2 международни мрежи; местните власти и организациите са от Италия, Словения, Унгария, България, Румъния, Австрия, Гърция и Кипър
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = Партньорството CLARINET: 19 партньори; местни партньори в 8 държави
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = Партньорите в CLARINET по вид и държава
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = Най-горе е водещият партньор: Община Лампедуза и Линоза в Италия, една от 8-те местни власти. Линия го свързва с три групи: 8 местни власти (общини и регионални администрации) и 9 организации на гражданското общество, обградени заедно с 8-те държави от Югоизточна Европа, в които се намират (Италия, Словения, Унгария, България, Румъния, Австрия, Гърция и Кипър), както и 2 международни мрежи. Най-долу: 8 + 9 + 2 = 19 партньори, от 2019 до 2021 г.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Водещ партньор
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Община Лампедуза и Линоза
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Италия), една от 8-те местни власти
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Местни власти
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = общини и регионални администрации
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Организации на гражданското общество
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 държави в Югоизточна Европа
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Италия
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Словения
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Унгария
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = България
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = Румъния
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Австрия
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Гърция
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Кипър
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = Международни мрежи
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 партньори
# Context: heading
about-h-1006bc421e4fcc03 = Три конкретни цели
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = Проектът работеше за постигането на три конкретни цели. Всяка от тях е оформила част от този наръчник.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = Да се откриват и насърчават добрите практики на { -local-communities(case: "def") } в обществените информационни кампании за миграцията и за приобщаването на { -migrants(case: "def") }.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Да се подготвят и провеждат успешни обществени информационни кампании от самите местни общности.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = Да се насърчава обменът на добри практики на равнището на Европейския съюз в информационните кампании за миграцията и { -integration(case: "def") }, подготвени от местните общности.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = Казано по-просто: открийте какво работи, направете го и го споделете.
# Context: heading
about-h-cbad4ffb26ab0e29 = Пет дейности
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = За да постигнат тези цели, партньорите осъществиха пет основни дейности:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = Покана за участие в „Европейската награда за местни кампании за обществена осведоменост относно миграцията и интеграцията“, с която местни общности от цяла Европа бяха поканени да представят своите кампании. В [глава 8](08-award.md) е обяснено как работи подобна покана.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = „Наръчник по миграция и интеграция за местните общности“ – книгата, която четете.
# Context: list item in “Five activities”
about-li-8f92a3dc8238e325 = Осем обучителни програми за местни общности – как да се говори за миграцията и { -integration(case: "def") } на местно ниво и какво да се съобщава. В [глава 6](06-training.md) е показано как да организирате собствено обучение.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Осем творчески резиденции, в които изкуството отваряше разговори, каквито само с думи често не могат да започнат. Вижте [глава 7](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Осем кампании за повишаване на осведомеността, разработени и популяризирани от участващите местни общности. Методът за планиране на такава кампания е описан стъпка по стъпка в [глава 5](05-campaign.md).
# Context: heading
about-h-3e84b60b2302c414 = Как да използвате този наръчник
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Всяка глава е самостоятелна и завършва с кратък раздел „Какво можете да направите“. Ето предложен път за различните читатели:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __Ако работите в общината__, започнете с [глава 4](04-local.md) за ролята на местните власти, след което преминете към плана на кампанията в [глава 5](05-campaign.md).
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __Ако сте журналист или работите с медии__, започнете с речника в [глава 3](03-words.md#glossary), а след това прочетете [глава 9](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __Ако сте учител или водите младежка група__, най-полезни ще ви бъдат главите за думите, обученията и изкуството (3, 6 и 7).
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Ако нямате много време__, преминете направо към контролните списъци и образците в [глава 10](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = В цялата книга съветите дават малки практически насоки, каретата с надпис „Добра практика“ описват подходи, които са дали резултат на много места, а бележките и предупрежденията посочват неща, в които лесно се греши.
# Context: heading
about-h-021883523bafcaa3 = Думите, които използваме в този наръчник
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Думи като { -refugee(case: "indef") }, { -asylum-seeker(case: "indef") } и { -migrant(case: "indef") } имат различно значение и ако ги смесваме, можем да причиним истинска вреда. В този наръчник те се използват така, както са определени в [речника](03-words.md#glossary). Когато говорим за хората изобщо, казваме просто „хора“ или „жители“. За хората, дошли от друга държава през последните години, независимо от правния им статут, казваме { -newcomers(case: "indef") }.
# Context: heading
about-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
about-li-760798d9813df91c = Потърсете материалите на проекта на неговия уебсайт, { -project-site }. Ако сайтът вече не е достъпен, потърсете { -clarinet } в Европейския уебсайт за интеграция (European Website on Integration).
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Съставете кратък списък на хората във вашия град, които вече работят по въпросите на миграцията и { -integration(case: "def") }: в общината, в училищата, в неправителствените организации, в религиозните общности и в местните медии.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Споделете този наръчник с поне един човек извън вашата организация.
