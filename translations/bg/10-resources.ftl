# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Контролни списъци, образци и допълнителни материали
# Context: heading
resources-h-555c87bec75af099 = Как да използвате тези инструменти
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = В тази глава са събрани на едно място практическите инструменти от наръчника. Копирайте ги, превеждайте ги и ги адаптирайте: контролен списък, който се побира на една страница, е контролен списък, който наистина се използва.
# Context: heading
resources-h-614c98740e77fecc = План за кампания на една страница
# Context: paragraph in “One-page campaign plan”
resources-p-270d02bec92c9dc5 = Попълнете този образец заедно с партньорите си в началото на кампанията. Той следва седемте стъпки от цикъла на кампанията в [глава 5](05-campaign.md#cycle) и включва график.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Стъпка
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Въпрос, на който да отговорите
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = Какво да запишете
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Вашите бележки
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Цел
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Какво трябва да е различно след кампанията и за кого?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Напишете едно изречение.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Аудитория
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = До коя група най-много искаме да достигнем? Кое е важно за нея? На кого има доверие?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Опишете една или две групи.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Послание
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Какво искаме да запомнят?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = Едно изречение, изпробвано с аудиторията.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Канали
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Къде ще срещнат нашето послание?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Два или три канала.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Партньори
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Кой планира с нас, кой помага, кой разпространява посланието? Има ли новодошли сред организаторите?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Имена и роли.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Бюджет
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Какво ни е нужно като пари и като време? Какво могат да осигурят партньорите в натура?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Общо, резерв, оценка.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Оценка
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Как ще разберем до кого сме достигнали и какво се е променило?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Показатели и дати.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = График
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Кога започваме, кога стартираме кампанията, кога отчитаме резултатите?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Ключови дати.
# Context: heading
resources-h-c7a40883f0223305 = Инструменти за кампанията
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Копирайте тези образци и ги попълнете заедно с партньорите си.
# Context: heading
resources-h-fb7298a36f8984f9 = Къща на посланията
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = Как да я използвате, вижте в [глава 5](05-campaign.md#message-framework).
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Част
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Вашият текст
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Основно послание (покривът)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = Подкрепящ аргумент 1, с местен факт или история
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = Подкрепящ аргумент 2, с местен факт или история
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = Подкрепящ аргумент 3, с местен факт или история
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Говорители
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Призив за действие
# Context: heading
resources-h-1c6225ec7092ad2f = Бюджет
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Разход
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = Парични средства
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = В натура
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Кой плаща или осигурява
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Работно време на служителите
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Дизайн и печат
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Зали
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Устен и писмен превод
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Хонорари за { -newcomers(case: "indef") }, творци и лектори
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Достъпност: субтитри, версии за лесно четене, жестов език
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Храна и напитки
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Реклама
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Резерв за непредвидени разходи
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Общо
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Някои големи платформи вече не приемат платени реклами по социални теми в ЕС, а миграцията може да се смята за такава тема. Проверете правилата им, преди да предвидите средства за реклама.
# Context: heading
resources-h-3cdfa37b13de1454 = Показатели
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Изберете поне един показател за всяко равнище и измерете изходното ниво, преди кампанията да започне.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Равнище
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Показател
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Изходно ниво
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Източник на данни
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Дата
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Дейности: какво направихме
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Обхват: до кого достигнахме
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Промяна: какво се промени
# Context: heading
resources-h-eef9a484f57a8412 = Анкета преди и след кампанията
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Задайте едни и същи пет въпроса анонимно преди и след кампанията.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = Колко { -newcomers(case: "indef") } в нашия град познавате по име? (нито един, един или двама, трима или повече)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = През последния месец разговаряли ли сте с { -newcomer(case: "indef") } повече от няколко минути? (да, не)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = Съгласни ли сте с твърдението „Хората, дошли тук от други държави, допринасят за живота в нашия град“? (категорично не, по-скоро не, не знам, по-скоро да, категорично да)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = Откъде получавате повечето новини за миграцията? (местни медии, национални медии, социални мрежи, приятели и семейство, друго)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = Какво би помогнало на хората в нашия град да живеят добре заедно? (свободен отговор)
# Context: heading
resources-h-f5a1f30c9a371afd = Прессъобщение
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = В поканата към медиите, с която журналистите се канят на събитие, е достатъчно да посочите какво, кога, къде, кой ще говори и какво могат да снимат. Прессъобщението изисква повече:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = Какво съдържа
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Заглавие
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = Какво е новото – с няколко думи и с хора в него
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = Първи абзац
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Кой, какво, кога, къде и защо
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Цитат
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = Назовано лице, с неговото съгласие
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Подробности
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Факти с източници; как жителите могат да се включат
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Контакт
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Име, телефон и имейл
# Context: heading
resources-h-b8d42c5beab24b97 = Стилова бележка
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = Казваме
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = Избягваме
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = Защо
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = Към кого да се обърнем при съмнение
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = Дата на следващия преглед
# Context: heading
resources-h-55d093b1096256ee = Контролен списък: преди събитие
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Събитието има ясна цел, свързана с целта на кампанията.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Новодошлите са сред организаторите, а не само сред гостите.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Мястото е достъпно, безплатно или евтино и познато на аудиторията.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Часът е удобен за работещите хора и за семействата; помислено е за грижа за децата.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Храната и неформалните моменти дават на хората възможност да поговорят.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Фотографите знаят кой е дал и кой не е дал съгласие да бъде сниман.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Има план в случай на смущения или враждебно поведение.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Знаете как ще съберете обратна връзка.
# Context: heading
resources-h-98442a3b8f52e9d8 = Контролен списък: достъпни материали и събития
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = Текстовете са на ясен език, с кратки изречения.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = Основната информация е налична на езиците на аудиторията, включително на езиците на { -newcomers(case: "def") }.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = Най-важните текстове имат версия за лесно четене.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = Изображенията имат алтернативен текст, а видеоклиповете – субтитри.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = Текстът е с добър контраст и с размер на шрифта, който се чете лесно.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = PDF файловете са достъпни документи, а не сканирани изображения.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = Залата е достъпна без стъпала.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Може да се заяви превод на жестов език и друг устен превод, а в поканите е посочено как.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = Уебсайтовете и мобилните приложения на общините вече трябва да отговарят на Директива (ЕС) 2016/2102 относно достъпността на уебсайтовете и мобилните приложения на организациите от обществения сектор. PDF версията на този наръчник следва стандарта PDF/UA за достъпни документи.
# Context: heading
resources-h-c73ec4c76ee4bacd = Формуляр за съгласие
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = С този формуляр се записва съгласието, както е описано в [глава 9](09-media.md#consent). Преведете го на езиците, които говорят { -newcomers(case: "def") } във вашия град, например арабски, дари, фарси, украински или френски. При нужда го прочетете на глас с помощта на преводач и дайте на човека копие.
# Context: heading
resources-h-0d83b9fad7993fb6 = Съгласие за използване на моята история, снимка или видео
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Въпрос
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Отговор
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Кой иска съгласието? Организация и лице за контакт
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = Какво ще бъде създадено? История, снимка, видео или художествена творба
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Къде ще бъде публикувано?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = Колко дълго ще се използва и съхранява?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Кой друг може да го използва?
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = Моят избор:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = Можете да използвате пълното ми име.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = Можете да използвате само малкото ми име.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Не използвайте името ми.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = Можете да показвате лицето ми.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Не показвайте лицето ми.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = Можете да посочите от коя държава идвам.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = Можете да споменете правния ми статут.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = Можете да го използвате в печатни материали. Разбирам, че отпечатаното не може да бъде оттеглено.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = Моите права:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = Мога да откажа. Отказът няма да промени никаква помощ или услуга, която получавам.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = Мога да променя решението си по всяко време, като уведомя лицето за контакт. Тогава ще спрете да използвате материала и ще го премахнете онлайн, доколкото е възможно.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = Отпечатаните материали, стенописите и излъчените предавания не могат да бъдат оттеглени.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = Ще съхранявате този формуляр и материала на сигурно място и ще ги изтриете, когато договореният срок изтече.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Кой
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Име
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Подпис
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = Лицето
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Родител или законен представител (за дете)
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Преводач (ако има)
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = За организацията
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = За дете: детето е попитано с думи, подходящи за възрастта му, и е съгласно.
# Context: heading
resources-h-77f96f56a2faf03e = Контролен списък: медии и социални мрежи
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Преди интервю:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Познавам ли журналиста, медията и темата?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Имам ли две-три основни послания с факти и източници?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Сверил ли съм думите си с речника?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Ако ще говори новодошъл, съгласил ли се е и подготвен ли е?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Преди публикация:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Публикацията за хора ли е, местна и точна ли е?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Показаните хора дали са съгласието си за това използване?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Има ли някой, готов да модерира коментарите през следващите няколко часа?
# Context: heading
resources-h-772774b7a6501a2f = Примерни правила за модериране
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = Публичният орган трябва да се отнася еднакво към всички мнения. Премахвайте коментари само когато нарушават публикувано правило, никога заради изразеното в тях мнение, и водете регистър на всяко премахване. Адаптирайте образеца по-долу и помолете правния си отдел да го провери.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = Тази страница е място, където жителите могат да разговарят за живота в нашия град. Приветстваме въпроси, мнения и критика, включително критика към общината. Скриваме или премахваме коментари, които:
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = обиждат, заплашват или тормозят човек;
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = съдържат { -hate-speech(case: "indef") } или призовават към насилие;
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = разкриват личните данни на други хора;
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = са спам, реклама или са незаконни по друг начин.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = Тези правила важат за всички, независимо от мнението им. Записваме всяко премахване и причината за него, а след предупреждение можем да блокираме хората, които нарушават правилата многократно. Подаваме сигнали за съдържание, което може да е незаконно. Ако смятате, че сме премахнали коментара ви по погрешка, пишете ни и ще го прегледаме отново.
# Context: heading
resources-h-8cad337bcd2b57e0 = Контролен списък: първите 72 часа
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = Използвайте го заедно с раздела за кризите в [глава 9](09-media.md#crisis).
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Предварително: определени са говорител, човек за проверка на фактите, човек, който следи социалните мрежи, и лице за контакт със засегнатите хора – всеки със заместник.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Предварително: има готово първоначално изявление, което може да бъде адаптирано.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = Първи час: фактите са проверени с полицията или с други органи.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = Първи час: казали сме какво се е случило, изразили сме съчувствие към пострадалите и не сме обвинили никоя група.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = Първи час: казали сме кога ще има следваща информация.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = Първи ден: местните журналисти са информирани заедно.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = Първи ден: произходът или статутът се посочват само ако са от значение и са потвърдени.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = Първи ден: каналите ни се модерират, а публикациите, изпълнени с омраза, се документират.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = Първи ден: свързали сме се с хората, срещу които са насочени нападките, и сме ги попитали от какво имат нужда.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = След това: провежда се публична среща, обещанията се изпълняват, а планът се преразглежда.
# Context: heading
resources-h-8c0c387f3679ae79 = Първоначално изявление
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = Публикувайте това кратко първо съобщение в рамките на първия час, като преди това проверите всеки факт.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = Какво знаем: само потвърдени факти, с посочен час
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = Съчувствието ни към пострадалите и засегнатите
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = Какво правим и с кого
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = Кога и къде ще бъде публикувана следващата информация
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = Призив за спокойствие и уважение
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Контакт за журналисти
# Context: heading
resources-h-4082f515b2f4929c = Допълнителни материали
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Тези източници са публични, надеждни и редовно се обновяват.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Уебсайтът на проекта CLARINET__, { -project-site }, с материалите и новините на самия проект: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __Европейската комисия__, която публикува политиката на ЕС в областта на миграцията, убежището и интеграцията, включително Плана за действие за интеграция и приобщаване за периода 2021–2027 г.: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Европейският уебсайт за интеграция__, поддържан от Европейската комисия, с новини и сборник от практики за интеграция от цяла Европа.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __Агенцията на ООН за бежанците (ВКБООН)__ – за определения, правни текстове и данни за { -refugees(case: "def") } и { -asylum-seekers(case: "def") } по света.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __Международната организация по миграция (МОМ)__ – за нейния речник на миграционните термини и за данните ѝ за миграционните маршрути.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Евростат__ и **Агенцията на Европейския съюз в областта на убежището** – за официалната европейска статистика за убежището и миграцията.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Националният орган по въпросите на убежището и органът по равенството във вашата държава__ (в България – Държавната агенция за бежанците и Комисията за защита от дискриминация) – за данни, процедури и подкрепа във вашата държава и на вашия език.
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__ („Наръчник за опровергаване на дезинформация 2020“) от Стефан Левандовски и други изследователи – за това как да опровергаваме неверни твърдения.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __Програмата „Интеркултурни градове“ на Съвета на Европа__ с нейния наръчник и ръководства за противодействие на слуховете за многообразието.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Уебсайтовете се променят. Ако дадена страница е преместена, потърсете името на организацията и заглавието на документа. Винаги проверявайте датата на всяко число, което използвате.
# Context: heading
resources-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Разпечатайте плана за кампания на една страница и го попълнете на следващата среща с партньорите си.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Сложете контролния списък за събитията и формуляра за съгласие в папката на всеки, който организира публични дейности.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Споделете наученото с друг град. Обменът на добри практики между { -local-communities(case: "indef") } беше в основата на { -clarinet } и може да продължи във вашите ръце.
