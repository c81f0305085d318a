### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: bg. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
resources-title-07d9b641 = Контролни списъци, образци и допълнителни материали

# Context: heading
resources-h-c497408f = Как да използвате тези инструменти

# Context: paragraph in “How to use these tools”
resources-p-e6aae41b = В тази глава са събрани на едно място практическите инструменти от наръчника. Копирайте ги, превеждайте ги и ги адаптирайте: контролен списък, който се побира на една страница, е контролен списък, който наистина се използва.

# Context: heading
resources-h-82a85ae9 = План за кампания на една страница

# Context: paragraph in “One-page campaign plan”
resources-p-a31a7be5 = Попълнете този образец заедно с партньорите си в началото на кампанията. Той следва седемте стъпки от цикъла на кампанията в [глава 5](05-campaign.md#cycle).

# Context: table cell in “One-page campaign plan”
resources-cell-c68bcfea = Стъпка

# Context: table cell in “One-page campaign plan”
resources-cell-8ded2eae = Въпрос, на който да отговорите

# Context: table cell in “One-page campaign plan”
resources-cell-ca7daa35 = Вашите бележки

# Context: table cell in “One-page campaign plan”
resources-cell-c91a47e8 = Цел

# Context: table cell in “One-page campaign plan”
resources-cell-d15a2f52 = Какво трябва да е различно след кампанията и за кого?

# Context: table cell in “One-page campaign plan”
resources-cell-4628d5d6 = Напишете едно изречение.

# Context: table cell in “One-page campaign plan”
resources-cell-b92c8f1f = Аудитория

# Context: table cell in “One-page campaign plan”
resources-cell-85be58a0 = До коя група най-много искаме да достигнем? Кое е важно за нея? На кого има доверие?

# Context: table cell in “One-page campaign plan”
resources-cell-2427e815 = Опишете една или две групи.

# Context: table cell in “One-page campaign plan”
resources-cell-dc7f9775 = Послание

# Context: table cell in “One-page campaign plan”
resources-cell-cfada986 = Какво искаме да запомнят?

# Context: table cell in “One-page campaign plan”
resources-cell-18d17ecb = Едно изречение, изпробвано с аудиторията.

# Context: table cell in “One-page campaign plan”
resources-cell-a2785cd0 = Канали

# Context: table cell in “One-page campaign plan”
resources-cell-db6e34e9 = Къде ще срещнат нашето послание?

# Context: table cell in “One-page campaign plan”
resources-cell-c4342208 = Два или три канала.

# Context: table cell in “One-page campaign plan”
resources-cell-d9c6108d = Партньори

# Context: table cell in “One-page campaign plan”
resources-cell-791c1f54 = Кой планира с нас, кой помага, кой разпространява посланието? Има ли новодошли сред организаторите?

# Context: table cell in “One-page campaign plan”
resources-cell-5f91f8ad = Имена и роли.

# Context: table cell in “One-page campaign plan”
resources-cell-b415a87b = Бюджет

# Context: table cell in “One-page campaign plan”
resources-cell-921bf833 = Какво ни е нужно като пари и като време? Какво могат да осигурят партньорите в натура?

# Context: table cell in “One-page campaign plan”
resources-cell-98f4a1c5 = Общо, резерв, оценка.

# Context: table cell in “One-page campaign plan”
resources-cell-b88e6d9d = Оценка

# Context: table cell in “One-page campaign plan”
resources-cell-0e972e8a = Как ще разберем до кого сме достигнали и какво се е променило?

# Context: table cell in “One-page campaign plan”
resources-cell-81aaeaa4 = Показатели и дати.

# Context: table cell in “One-page campaign plan”
resources-cell-e15af7d2 = График

# Context: table cell in “One-page campaign plan”
resources-cell-4a250ef6 = Кога започваме, кога стартираме кампанията, кога отчитаме резултатите?

# Context: table cell in “One-page campaign plan”
resources-cell-3d301a6b = Ключови дати.

# Context: heading
resources-h-e12a85d4 = Контролен списък: преди събитие

# Context: list item in “Checklist: before an event”
resources-li-e6788259 = Събитието има ясна цел, свързана с целта на кампанията.

# Context: list item in “Checklist: before an event”
resources-li-9c9a8ae4 = Новодошлите са сред организаторите, а не само сред гостите.

# Context: list item in “Checklist: before an event”
resources-li-1f690940 = Мястото е достъпно, безплатно или евтино и познато на аудиторията.

# Context: list item in “Checklist: before an event”
resources-li-62188913 = Информацията е достъпна на основните езици на аудиторията.

# Context: list item in “Checklist: before an event”
resources-li-2b1cb6ec = Часът е удобен за работещите хора и за семействата; помислено е за грижа за децата.

# Context: list item in “Checklist: before an event”
resources-li-0b7792e8 = Храната и неформалните моменти дават на хората възможност да поговорят.

# Context: list item in “Checklist: before an event”
resources-li-b9e4a046 = Фотографите знаят кой е дал и кой не е дал съгласие да бъде сниман.

# Context: list item in “Checklist: before an event”
resources-li-efc60acd = Има план в случай на смущения или враждебно поведение.

# Context: list item in “Checklist: before an event”
resources-li-d7c9374f = Знаете как ще съберете обратна връзка.

# Context: heading
resources-h-f634f254 = Контролен списък: съгласие

# Context: list item in “Checklist: consent”
resources-li-4960ec18 = Човекът разбира за какво ще бъдат използвани историята, снимката или видеото.

# Context: list item in “Checklist: consent”
resources-li-50220d54 = Знае къде ще бъдат публикувани: в печатно издание, онлайн, на плакат, в изложба.

# Context: list item in “Checklist: consent”
resources-li-78fe7ca1 = Знае, че материалите онлайн могат да останат видими дълго време.

# Context: list item in “Checklist: consent”
resources-li-277fdff4 = Сам е избрал как да бъде назован и показан.

# Context: list item in “Checklist: consent”
resources-li-1edcf769 = Обсъдени са рисковете за него или за семейството му, особено по време на процедура за предоставяне на убежище.

# Context: list item in “Checklist: consent”
resources-li-f4d5ee7b = За децата: родителите или настойниците са дали съгласие, а детето също е било попитано.

# Context: list item in “Checklist: consent”
resources-li-a602fcdf = Съгласие се иска отново за всяко ново използване.

# Context: heading
resources-h-5fc5d288 = Контролен списък: медии и социални мрежи

# Context: list item in “Checklist: media and social media”
resources-li-7e4b009b = Преди интервю:

# Context: list item in “Checklist: media and social media”
resources-li-d982366b = Познавам ли журналиста, медията и темата?

# Context: list item in “Checklist: media and social media”
resources-li-33c0eeac = Имам ли две-три основни послания с факти и източници?

# Context: list item in “Checklist: media and social media”
resources-li-12103297 = Сверил ли съм думите си с речника?

# Context: list item in “Checklist: media and social media”
resources-li-37263ba8 = Ако ще говори новодошъл, съгласил ли се е и подготвен ли е?

# Context: list item in “Checklist: media and social media”
resources-li-524c6a82 = Преди публикация:

# Context: list item in “Checklist: media and social media”
resources-li-1e8eb699 = Публикацията за хора ли е, местна и точна ли е?

# Context: list item in “Checklist: media and social media”
resources-li-37f2eacf = Дали са показаните хора съгласие за това използване?

# Context: list item in “Checklist: media and social media”
resources-li-074e3ba9 = Има ли някой, готов да модерира коментарите през следващите няколко часа?

# Context: list item in “Checklist: media and social media”
resources-li-34e5596b = Когато се появи слух или публикация, изпълнена с омраза:

# Context: list item in “Checklist: media and social media”
resources-li-202aed5c = Документирайте я с екранна снимка, дата и връзка.

# Context: list item in “Checklist: media and social media”
resources-li-f15be0b1 = Подайте сигнал, ако нарушава правилата на платформата или закона.

# Context: list item in “Checklist: media and social media”
resources-li-17f4db61 = Отговорете веднъж, спокойно, с факти и с надежден източник.

# Context: list item in “Checklist: media and social media”
resources-li-cc1a5b52 = Подкрепете хората, които са станали мишена.

# Context: paragraph in “Checklist: media and social media”
resources-p-cec720e2 = Пазете трите контролни списъка от тази глава в обща папка, до която имат достъп всички ваши партньори, и ги преглеждайте заедно веднъж годишно. Добавяйте поуките, които научавате: най-добрият контролен списък е този, написан въз основа на собствения ви опит.

# Context: heading
resources-h-2a37589d = Допълнителни материали

# Context: paragraph in “Further reading”
resources-p-bfbf1639 = Тези източници са публични, надеждни и редовно се обновяват.

# Context: list item in “Further reading”
resources-li-9e4603be = **Уебсайтът на проекта CLARINET**, { -project-site }, с материалите и новините на самия проект: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
resources-li-44a62376 = **Европейската комисия**, която публикува политиката на ЕС в областта на миграцията, убежището и интеграцията, включително Плана за действие за интеграция и приобщаване за периода 2021–2027 г.: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
resources-li-696e709e = **Европейският уебсайт за интеграция**, поддържан от Европейската комисия, с новини и сборник от практики за интеграция от цяла Европа.

# Context: list item in “Further reading”
resources-li-43380a5a = **Агенцията на ООН за бежанците (ВКБООН)** – за определения, правни текстове и данни за { -refugees(case: "def") } и { -asylum-seekers(case: "def") } по света.

# Context: list item in “Further reading”
resources-li-c90c5064 = **Международната организация по миграция (МОМ)** – за нейния речник на миграционните термини и за данните ѝ за миграционните маршрути.

# Context: list item in “Further reading”
resources-li-5a29f75a = **Евростат** и **Агенцията на Европейския съюз в областта на убежището** – за официалната европейска статистика за убежището и миграцията.

# Context: list item in “Further reading”
resources-li-9ebcd56e = **Националният орган по въпросите на убежището и органът по равенството във вашата държава** (в България – Държавната агенция за бежанците и Комисията за защита от дискриминация) – за данни, процедури и подкрепа във вашата държава и на вашия език.

# Context: paragraph in “Further reading”
resources-p-f71cf8ed = Уебсайтовете се променят. Ако дадена страница е преместена, потърсете името на организацията и заглавието на документа. Винаги проверявайте датата на всяко число, което използвате.

# Context: heading
resources-h-9353605e = Какво можете да направите

# Context: list item in “What you can do”
resources-li-ab18ea03 = Разпечатайте плана за кампания на една страница и го попълнете на следващата среща с партньорите си.

# Context: list item in “What you can do”
resources-li-404b6089 = Сложете контролните списъци за събитията и за съгласието в папката на всеки, който организира публични дейности.

# Context: list item in “What you can do”
resources-li-22994ea2 = Преведете контролните списъци на езиците, които новодошлите във вашия град говорят най-често.

# Context: list item in “What you can do”
resources-li-65f9f2e4 = Споделете наученото с друг град. Обменът на добри практики между { -local-communities(case: "indef") } беше в основата на { -clarinet } и може да продължи във вашите ръце.
