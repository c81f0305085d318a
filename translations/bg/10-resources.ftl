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
resources-p-07656a676e5fab74 = Попълнете този образец заедно с партньорите си в началото на кампанията. Той следва седемте стъпки от цикъла на кампанията в [глава 5](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Стъпка
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Въпрос, на който да отговорите
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
resources-h-55d093b1096256ee = Контролен списък: преди събитие
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Събитието има ясна цел, свързана с целта на кампанията.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Новодошлите са сред организаторите, а не само сред гостите.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Мястото е достъпно, безплатно или евтино и познато на аудиторията.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Информацията е достъпна на основните езици на аудиторията.
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
resources-h-e7bad87c6d9edf07 = Контролен списък: съгласие
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = Човекът разбира за какво ще бъдат използвани историята, снимката или видеото.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = Знае къде ще бъдат публикувани: в печатно издание, онлайн, на плакат, в изложба.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = Знае, че материалите онлайн могат да останат видими дълго време.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = Сам е избрал как да бъде назован и показан.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Обсъдени са рисковете за него или за семейството му, особено по време на процедура за предоставяне на убежище.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = За децата: родителите или настойниците са дали съгласие, а детето също е било попитано.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Съгласие се иска отново за всяко ново използване.
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
resources-li-a30dc47a4ea44c4b = Дали са показаните хора съгласие за това използване?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Има ли някой, готов да модерира коментарите през следващите няколко часа?
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Когато се появи слух или публикация, изпълнена с омраза:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Документирайте я с екранна снимка, дата и връзка.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Подайте сигнал, ако нарушава правилата на платформата или закона.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Отговорете веднъж, спокойно, с факти и с надежден източник.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Подкрепете хората, които са станали мишена.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = Пазете трите контролни списъка от тази глава в обща папка, до която имат достъп всички ваши партньори, и ги преглеждайте заедно веднъж годишно. Добавяйте поуките, които научавате: най-добрият контролен списък е този, написан въз основа на собствения ви опит.
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
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Уебсайтовете се променят. Ако дадена страница е преместена, потърсете името на организацията и заглавието на документа. Винаги проверявайте датата на всяко число, което използвате.
# Context: heading
resources-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Разпечатайте плана за кампания на една страница и го попълнете на следващата среща с партньорите си.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Сложете контролните списъци за събитията и за съгласието в папката на всеки, който организира публични дейности.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Преведете контролните списъци на езиците, които новодошлите във вашия град говорят най-често.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Споделете наученото с друг град. Обменът на добри практики между { -local-communities(case: "indef") } беше в основата на { -clarinet } и може да продължи във вашите ръце.
