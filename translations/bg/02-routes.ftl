# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Миграцията в Югоизточна Европа
# Context: heading
routes-h-688bfc5793b4b9a4 = Регион на пристигания и заминавания
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = Югоизточна Европа винаги е била кръстопът. Търговци, поклонници, сезонни работници и семейства, търсещи по-добър живот, са прекосявали нейните морета и планини в продължение на хилядолетия.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = В годините преди проекта, от 2015 до 2019 г., много { -asylum-seekers(case: "indef") } стъпиха за първи път на европейска земя именно в този регион. Той се намира между Близкия изток, Африка и останалата част от Европейския съюз. Тази глава дава кратка, обща представа за трите маршрута, на които се намират държавите от { -clarinet }, и за това какво означаваше това за { -local-communities(case: "def") }. За статистическите данни, които бързо се променят, използвайте официални източници[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Три маршрута, един регион
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Проектът описваше своите осем държави като разположени на три миграционни маршрута. „Маршрутът“ не е път на картата, а общ модел на пътувания, оформен от географията, от каналджиите, от политиките на държавите и от това къде вече са отишли роднините. Маршрутите се изместват, разклоняват и затварят.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Схема на три миграционни маршрута. Синя стрелка пресича Централното Средиземно море към Италия. Оранжеви стрелки пресичат Източното Средиземно море към Гърция и Кипър. Зелени стрелки показват Западнобалканския коридор от 2015 и 2016 г.: от Гърция през Северна Македония и Сърбия, след това през Унгария или през Хърватия и Словения до Австрия. Пунктирни странични разклонения водят към България и Румъния. Държавите в сиво не участваха в CLARINET.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Трите миграционни маршрута и осемте държави от CLARINET (схема, не е в мащаб)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Схематична карта: морските пътища към Италия, Гърция и Кипър и сухопътният коридор от Гърция до Австрия през 2015–2016 г.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Средиземноморски маршрут: по море през Централното Средиземноморие до Италия. Източносредиземноморски маршрут, наричан в проекта Източнобалкански: по море през Източното Средиземноморие до Гърция и Кипър. Западнобалкански маршрут през 2015 и 2016 г.: по суша от Гърция през Северна Македония и Сърбия, след това или през Унгария до Австрия, или през Хърватия и Словения до Австрия и нататък към Централна и Северна Европа. България и Румъния се намират на пунктирни странични разклонения. Северна Македония, Сърбия и Хърватия, показани в сиво, не бяха държави от CLARINET.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Схема, не е в мащаб
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = към Централна и
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = Северна Европа
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Австрия
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Словения
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Унгария
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Хърватия
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Сърбия
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = Северна Македония
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Западнобалкански маршрут
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = Румъния
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = България
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = по море
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Италия
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Централно Средиземно море
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Средиземном. маршрут
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Гърция
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Кипър
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Източно Средиземно море
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Източносредиземноморски маршрут
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (Източнобалкански)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Разклонение
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Не е държава от CLARINET
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Маршрут
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = Държави от CLARINET по него или близо до него
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = Как пътуват обикновено хората
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Средиземноморски маршрут
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Италия
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = По море, през Централното Средиземноморие
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Западнобалкански маршрут
# Context: table cell in “Three routes, one region”
routes-cell-3cf17d73e5b6c74d = Унгария, Словения и Австрия; България и Румъния – на странични разклонения
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = По суша, през няколко граници – пеша, с автобус, с влак или с кола
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Източнобалкански маршрут (Източно Средиземноморие)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Гърция, Кипър
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = По море, през Източното Средиземноморие, и през сухопътните граници
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = Трите маршрута и страните от CLARINET по тях или в близост до тях
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Това групиране следва описанието на самия проект. В действителност маршрутите се припокриват и една държава може да бъде едновременно място на пристигане, на транзит и на установяване.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = Статистиката на ЕС, например тази на Европейската агенция за гранична и брегова охрана (Frontex), групира маршрутите по различен начин. Така пристиганията през сухопътната граница на България с Турция се отчитат към Източносредиземноморския маршрут.
# Context: heading
routes-h-4d048ea744aa31f8 = Средиземноморският маршрут
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = Централносредиземноморският маршрут води по море от брега на Северна Африка до Италия, най-вече до нейните южни острови и брегове. Това е един от най-опасните миграционни маршрути в света. Лодките често са претоварени и негодни за плаване и всяка година много хора губят живота си в морето[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = За малките островни и крайбрежни общности този маршрут означаваше внезапни, видими, а понякога и трагични пристигания. Често първи се притичваха на помощ рибари, лекари, доброволци и обикновени жители. Водещият партньор на { -clarinet }, Община Лампедуза и Линоза, е точно такава общност.
# Context: heading
routes-h-0a7bcb22907e26cb = Западнобалканският маршрут
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = Западнобалканският маршрут води по суша от югоизточната част на Европа към центъра и севера на континента. През 2015 и 2016 г. по него преминаха огромен брой хора, много от които бягаха от войната в Сирия и от конфликтите в Афганистан и Ирак. Градовете по маршрута виждаха тълпи да минават през техните гари и гранични пунктове.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = През тези две години основният коридор минаваше от Гърция през Северна Македония и Сърбия. От Сърбия хората продължаваха към Австрия или през Унгария, или – от есента на 2015 г. – през Хърватия и Словения. България и Румъния се намираха на странични разклонения. Северна Македония, Сърбия и Хърватия не участваха в { -clarinet }, затова на схемата са показани в сиво.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = След началото на 2016 г., когато граничният контрол беше затегнат, а лидерите на ЕС и Турция приеха съвместно изявление за миграцията, движението по маршрута рязко намаля. То не спря: хората продължиха на по-малки групи, често по-скрито и по-опасно, а някои останаха по-дълго в държавите по пътя.
# Context: heading
routes-h-bd1a384744b2eca2 = Източнобалканският маршрут
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = В статистиката на ЕС този маршрут е известен като Източносредиземноморски; в проекта той беше наричан Източнобалкански. Той води до Гърция и Кипър – предимно по море от близките брегове, но и през сухопътните граници. Гръцките острови край турския бряг станаха известни по целия свят през 2015 г., когато лодки пристигаха там ден след ден. Кипър, остров в най-източния край на Европейския съюз, също прие много хора, търсещи закрила.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = За тези държави пристиганията не бяха само въпрос на транзит: центровете за настаняване, дългите процедури за предоставяне на убежище и хората, които чакат месеци или години, станаха част от местния живот.
# Context: heading
routes-h-b2fb3ae62f941028 = След края на проекта
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = { -clarinet } приключи през 2021 г. Оттогава три промени достигнаха до { -local-communities(case: "def") } във всичките осем държави.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __Хората, бягащи от войната в Украйна.__ От март 2022 г. ЕС им предоставя { -temporary-protection(case: "indef") }[^temporary-protection]. Много градове посрещнаха голям брой хора само за няколко седмици – предимно жени и деца.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __Пактът за миграцията и убежището.__ ЕС прие този пакет от законодателни актове през май 2024 г., а повечето от правилата му се прилагат от 12 юни 2026 г.[^pact] Пактът променя начина, по който молбите за международна закрила се проверяват и решават, и начина, по който държавите от ЕС си поделят отговорността за тях.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __Актът за цифровите услуги.__ От февруари 2024 г. онлайн платформите са законово задължени да реагират на сигнали за незаконно съдържание, включително за незаконни прояви на { -hate-speech(case: "def") }. В [глава 9](09-media.md#hate-speech) е обяснено какво означава това за вас.
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = За актуални данни използвайте официалните източници, посочени в [глава 10](10-resources.md#further-reading).
# Context: heading
routes-h-057fc622e94d9233 = Какво преживяха местните общности
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = Миграцията винаги се преживява на някое конкретно място: на плажа, на автогарата, в класната стая. Градовете и регионите на Югоизточна Европа преминаха през няколко различни ситуации, понякога една след друга.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Внезапни пристигания.__ Малко крайбрежно градче или гранично село трябваше в рамките на часове да помогне на хора, които бяха премръзнали, гладни, ранени или в шок. Местните хора често помагаха първи, много преди да заработи каквато и да е национална система.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Транзит.__ През някои места минаваха много хора, без да остават. Кратките срещи оставяха място за слухове.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Настаняване.__ Градовете с центрове за настаняване бяха изправени пред въпроси за сигурността, услугите и справедливостта, често със силни емоции от всички страни.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Установяване.__ На много места хора, пристигнали като { -asylum-seekers(case: "indef") }, останаха, намериха работа, записаха децата си на училище и станаха съседи. Този етап е най-малко видим в медиите и най-важен за { -integration(case: "def") }.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = И четирите ситуации имат нещо общо. Първите реакции често са щедри; с времето умората и липсата на информация могат да превърнат щедростта в тревога. Там, където местните лидери говорят ясно и споделят точна информация, доверието обикновено се запазва. Там, където мълчат, мълчанието се запълва от други.
# Context: heading
routes-h-139f4b48fdddd135 = Емиграция и имиграция заедно
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Много общности в Югоизточна Европа са места, от които хората заминават, но и места, в които пристигат. Младите хора заминават да учат и работят, а в същото време пристигат новодошли от държави извън Европа. Много семейства знаят какво е да имаш роднина в чужбина или да се отнасят с теб като с чужденец. Тези спомени могат да помогнат на жителите да видят в новодошлите хора на път, не толкова различен от техния собствен.
# Context: heading
routes-h-da1e29bc37ed314c = Отвъд извънредната ситуация
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = Общественото внимание следва извънредните ситуации и се насочва другаде, когато образите изчезнат. Но истинската работа по { -integration(case: "def") } започва, когато извънредната ситуация свърши: изучаването на езика, намирането на жилище и работа, създаването на приятелства, включването в някой клуб.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = Ето защо { -clarinet } се съсредоточи върху положителния принос на { -migrants(case: "def") } в местния живот. Общност, която чува за миграцията само в моменти на криза, ще мисли за миграцията като за криза. Общност, която чува и за новия фармацевт, за доброволеца пожарникар и за семейния ресторант, ще има по-вярна картина.
# Context: heading
routes-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Изяснете какво е положението на вашия град: главно място на пристигане, на транзит, на настаняване или на установяване – или съчетание от тях?
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Съберете спомените на вашата общност за миграцията в двете посоки:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = истории на жители, които са емигрирали или чиито родители са емигрирали;
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = истории на новодошли, които са се установили в града през последните години;
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = истории на жители, които са помагали в периоди на пристигания.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Преди да говорите или пишете за числа, проверете актуалните данни в официалните източници и отбележете датата.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Прочетете [глава 3](03-words.md), преди да подготвите каквито и да е публични материали, за да отговарят думите, които използвате, на фактите.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Помислете кой етап от пътя липсва в общественото обсъждане във вашия град и планирайте как да го направите видим. [Глава 5](05-campaign.md) показва как.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Надеждни данни за пристигналите и за молбите за убежище в Европейския съюз публикуват Евростат, Агенцията на Европейския съюз в областта на убежището и Агенцията на ООН за бежанците (ВКБООН). Националните министерства на вътрешните работи и ведомствата по въпросите на убежището публикуват данни за всяка държава.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = Международната организация по миграция (МОМ) регистрира смъртните случаи и изчезванията на хора по миграционните маршрути, включително в Средиземноморието, в своя проект „Изчезнали мигранти“ (Missing Migrants Project).
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = Решение за изпълнение (ЕС) 2022/382 на Съвета от 4 март 2022 г., прието въз основа на Директивата за временната закрила (2001/55/ЕО). Оттогава закрилата е удължавана няколко пъти.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = Наред с други актове Пактът включва Регламент (ЕС) 2024/1347, който заменя Директивата относно признаването (2011/95/ЕС), и Директива (ЕС) 2024/1346 относно условията на приемане. Националният орган по въпросите на международната закрила (в България – Държавната агенция за бежанците) може да ви обясни какво се е променило във вашата държава.
