# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = За този наръчник и проекта CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Защо съществува този наръчник
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Във всеки град се разказват истории за новодошлите. Някои са разказани добре: семейство, което отново отвори старата пекарна, медицинска сестра, получила образованието си в чужбина, която сега дава нощни дежурства в местната болница. Много други никога не се разказват или се разказват само като проблеми. Този наръчник е за хората, които искат да променят това съотношение там, където живеят.
# Context: paragraph in “Why this handbook exists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: It was written for mayors and municipal staff, local NGOs, teachers, local journalists and active citizens. You do not need to be a communication professional to use it: you need curiosity, a few allies and a wish to talk about migration and { -integration } honestly, without fear and without fairy tales.
about-p-a0fb3844bb15882f = Той е написан за кметове и общински служители, местни неправителствени организации, учители, местни журналисти и активни граждани. Не е нужно да сте специалист по комуникации, за да работите с него: достатъчни са любопитство, няколко съмишленици и желание да говорите за миграцията и { -integration(case: "def") } честно – без страх и без приказки.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Наръчникът е един от резултатите на { -clarinet } – европейски проект на градове, региони и организации на гражданското общество от Югоизточна Европа. Примерите в него са обобщени: те са предназначени да ви помогнат да си представите собствената си ситуация, а не да описват конкретно място.
# Context: heading
about-h-7aa2bfa8c139bf1a = Проектът CLARINET
# Context: paragraph in “The CLARINET project”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: { -clarinet } was an international project whose long title, in its Slovenian description, speaks of raising the awareness of local communities for integration in European towns. It ran for three years, from 2019 to 2021, and combined activities at local level, in the partners' own towns and regions, with activities at European level.
about-p-f5ea8018090d20eb = { -clarinet } беше международен проект, чието дълго наименование в словенското му описание говори за повишаване на осведомеността на местните общности за интеграцията в европейските градове. Той продължи три години, от 2019 до 2021 г., и съчетаваше дейности на местно ниво – в собствените градове и региони на партньорите – с дейности на европейско ниво.
# Context: paragraph in “The CLARINET project”
about-p-d4fbef935ab88228 = Уебсайтът на проекта е { -project-site }. Там ще намерите материалите и новините на самия проект.

# Context: paragraph in “The CLARINET project”
# about-p-a0bccba0244cd553 = This second edition describes the situation in November 2026. The project ended in 2021, and much has changed since then. [Chapter 2](02-routes.md#since-2021) sums up what is new.

# Context: heading
about-h-3b863b44b0d2beff = Целта
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = Общата цел на проекта беше да повиши осведомеността на гражданите на Европейския съюз и на местните общности за положителния принос на { -migrants(case: "def") } към европейските общества. Хората по-охотно приемат новодошлите, когато виждат със собствените си очи – по своите улици и на работните си места – какво носят те.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Затова { -clarinet } не се обръщаше към „Европа“ изобщо. Проектът насърчаваше самите { -local-communities(case: "def") } да показват положителния принос на { -migrants(case: "def") } там, където живеят, и да разказват тези истории по-нататък.
# Context: heading
about-h-d9950a14c90838fe = Кой участваше
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The lead partner of the project was the Municipality of Lampedusa and Linosa in Italy. The island of Lampedusa, at the southern tip of Italy and closer to the coast of North Africa than to Sicily, has for many years been one of the best-known points of arrival for people crossing the central Mediterranean by boat. Few places in Europe know better what it means for a small community to meet migration face to face. The municipality worked with 18 other partners, { $partners } organisations in all.
about-p-e39536ba02f24a9b = Водещ партньор по проекта беше Община Лампедуза и Линоза в Италия. Остров Лампедуза, в най-южната точка на Италия, по-близо до бреговете на Северна Африка, отколкото до Сицилия, от много години е едно от най-известните места на пристигане за хората, които прекосяват Централното Средиземноморие с лодки. Малко места в Европа знаят по-добре какво означава една малка общност да се срещне с миграцията лице в лице. Общината работеше с още 18 партньори – общо { $partners } организации.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Партньорството обединяваше три вида организации:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 местни власти – както общини, така и регионални администрации;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 организации на гражданското общество;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 международни мрежи.
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The partners are based in { $countries -> [one] one country *[other] { $countries } countries } of South-East Europe.
about-p-466f757b1dda6dcd =
    Партньорите са от { $countries ->
        [one] една държава
       *[other] { $countries } държави
    } в Югоизточна Европа.
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: These eight countries are Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus. In recent years, because of where they lie, all of them have been strongly affected by the arrival of { -asylum-seekers }. They sit on three different migration routes, which are described in [chapter 2](02-routes.md): the Mediterranean route, the Western Balkan route and the Eastern Balkan route.
about-p-d83a247a9f55fb0b = Тези осем държави са Италия, Словения, Унгария, България, Румъния, Австрия, Гърция и Кипър. Заради географското си положение през последните години всички те бяха силно засегнати от пристигането на { -asylum-seekers(case: "indef") }. Те се намират на три различни миграционни маршрута, описани в [глава 2](02-routes.md): Средиземноморския, Западнобалканския и Източнобалканския маршрут.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Схема на партньорството: водещият партньор, Община Лампедуза и Линоза в Италия, над три групи – 8 местни власти, 9 организации на гражданското общество и 2 международни мрежи; местните власти и организациите са от Италия, Словения, Унгария, България, Румъния, Австрия, Гърция и Кипър
# Context: figure caption in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The CLARINET partnership: 19 partners from 8 countries
about-cap-e37a9a7c956c8d2e = Партньорството CLARINET: 19 партньори от 8 държави

# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
# about-svg-78be90a8fc81e56d = Partners of CLARINET by type and country


# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
# about-svg-4d7896e2cc4c63c8 = At the top, the lead partner: the Municipality of Lampedusa and Linosa in Italy, one of the 8 local authorities. A line links it to three groups: 8 local authorities (municipalities and regional governments) and 9 civil-society organisations, framed together with the 8 countries of South-East Europe they are based in (Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus), and 2 international networks. At the bottom: 8 + 9 + 2 = 19 partners, 2019 to 2021.


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
# about-svg-ee7b905ad9a554d6 = Lead partner


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
# about-svg-3c11c0b16d27e588 = Municipality of Lampedusa and Linosa


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
# about-svg-abb2b55b38d69292 = (Italy), one of the 8 local authorities


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-911158f1abec4753 = Local authorities


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
# about-svg-860f01ffb17d6beb = municipalities and regional governments


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-13af86e509e93c7b = Civil-society organisations


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
# about-svg-fa9ccc9a878d7063 = 8 countries in South-East Europe


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-5a9cf672c8be6b5a = Italy


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-56059e7fb4e9ddfa = Slovenia


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-504be3084f44d3e7 = Hungary


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-66b86bf0f0459474 = Bulgaria


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-ea23726dd0fd4e4d = Romania


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-c9cab0238debc6e5 = Austria


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-9c93ad439373b4ee = Greece


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-5f1162c57ecf9981 = Cyprus


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-f8c8264ea2304a10 = International networks


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
# about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 partners

# Context: paragraph in “Who was involved”
about-p-e3bae2b1140c62de = Общият език на проекта беше английският, но местната работа се вършеше на езиците на партньорите: италиански, словенски, унгарски, български, румънски, немски (в Австрия) и гръцки (в Гърция и Кипър).
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network brings reach. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Съчетанието от партньори има значение. Местната власт носи легитимност и достъп до жителите; организацията на гражданското общество – доверие и пряк контакт с новодошлите; мрежата – широк обхват. Добрите местни кампании обикновено се нуждаят и от трите.
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
about-li-f37faa1ba4c7f8d2 = „Наръчник за миграцията и интеграцията за местните общности“ – книгата, която четете.
# Context: list item in “Five activities”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Eight training programmes for local communities on how to communicate about migration and { -integration } locally, and what to communicate. [Chapter 6](06-training.md) describes them and shows how to run your own.
about-li-8f92a3dc8238e325 = Осем обучителни програми за местни общности – как да се говори за миграцията и { -integration(case: "def") } на местно ниво и какво да се съобщава. В [глава 6](06-training.md) те са описани и е показано как да организирате собствено обучение.
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
# Context: paragraph in “How to use this handbook”
about-p-b79d29b00b747fec = Прочетете наръчника заедно с колега или с партньорска организация, отбележете двете-три идеи, които най-добре подхождат на вашия град, и се разберете кой ще ги изпробва пръв.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A word about words
about-h-021883523bafcaa3 = Няколко думи за думите
# Context: paragraph in “The words used in this book”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Words such as { -refugee }, { -asylum-seeker } and { -migrant } have different meanings, and mixing them up can cause real harm. This handbook uses them as defined in [the glossary](03-words.md#glossary); when we speak of people in general, we simply say "people", "newcomers" or "residents".
about-p-3ef675e342a37dd5 = Думи като { -refugee(case: "indef") }, { -asylum-seeker(case: "indef") } и { -migrant(case: "indef") } имат различно значение и ако ги смесваме, можем да причиним истинска вреда. В този наръчник те се използват така, както са определени в [речника](03-words.md#glossary); когато говорим за хората изобщо, казваме просто „хора“, „новодошли“ или „жители“.
# Context: heading
about-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Visit the project website, { -project-site }, to see the project's materials in your language.
about-li-760798d9813df91c = Посетете уебсайта на проекта, { -project-site }, за да разгледате материалите на проекта на вашия език.
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Съставете кратък списък на хората във вашия град, които вече работят по въпросите на миграцията и { -integration(case: "def") }: в общината, в училищата, в неправителствените организации, в религиозните общности и в местните медии.
# Context: list item in “What you can do”
about-li-a7571064fab41c1e = Изберете от предложените по-горе пътища за четене главата, която отговаря на вашата роля, и я прочетете първа.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Споделете този наръчник с поне един човек извън вашата организация.
