### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: bg. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
award-title-6d9dce07 = Европейската награда за местни кампании

# Context: heading
award-h-eaededca = Защо награда

# Context: paragraph in “Why an award”
award-p-8d01512c = Много добри местни кампании остават непознати извън града, в който са проведени. Наградата е лесен начин да бъдат открити, да се благодари на хората зад тях и да се споделят техните идеи.

# Context: paragraph in “Why an award”
award-p-56f46ba6 = Първата дейност на { -clarinet } беше покана за участие в „Европейската награда за местни кампании за обществена осведоменост относно миграцията и интеграцията“. Тя служеше на първата и третата цел на проекта: да се откриват и насърчават добрите практики на { -local-communities(case: "def") } в обществената комуникация за миграцията и приобщаването на { -migrants(case: "def") } и да се насърчава обменът на тези практики в целия Европейски съюз.

# Context: heading
award-h-9e7328f0 = Как работи една покана за участие

# Context: paragraph in “How a call works”
award-p-d2cac224 = Каквито и да са точните ѝ правила, поканата за участие в подобна награда обикновено преминава през едни и същи етапи.

# Context: list item in “How a call works”
award-li-10c6414b = **Публикуване.** Организаторите публикуват поканата: кой може да кандидатства, кои кампании са допустими, крайния срок и критериите.

# Context: list item in “How a call works”
award-li-0fe93a82 = **Кандидатстване.** Кандидатите описват своята кампания, обикновено във формуляр, и прилагат доказателства като изображения, медийни публикации и резултати.

# Context: list item in “How a call works”
award-li-8feab185 = **Проверка на допустимостта.** Организаторите проверяват дали всяка кандидатура отговаря на формалните условия.

# Context: list item in “How a call works”
award-li-ee883a18 = **Оценяване.** Жури оценява допустимите кандидатури по публикуваните критерии.

# Context: list item in “How a call works”
award-li-24c0cef2 = **Решение и церемония.** Победителите се обявяват, в идеалния случай на публично събитие, което им дава видимост.

# Context: list item in “How a call works”
award-li-c59869f9 = **Споделяне.** Най-добрите кандидатури се представят пред други, за да могат и други градове да се поучат от тях.

# Context: paragraph in “How a call works”
award-p-b9d6d022 = Винаги четете внимателно официалния текст на поканата. В тази глава е описано как по принцип работят подобни покани и какво обикновено търсят журитата; точните правила, условията за допустимост и критериите на всяка конкретна награда се определят от нейните организатори.

# Context: heading
award-h-d32f26f8 = Критерии

# Context: paragraph in “Criteria”
award-p-528cc0d5 = За европейска награда за местни кампании за миграцията и интеграцията типични са следните критерии. Можете да ги използвате и за да оцените собствената си кампания.

# Context: table cell in “Criteria”
award-cell-a6c7b3a4 = Критерий

# Context: table cell in “Criteria”
award-cell-335ca615 = Въпросът, който задава журито

# Context: table cell in “Criteria”
award-cell-02d2fe76 = Значимост

# Context: table cell in “Criteria”
award-cell-82af7a5e = Отговаря ли кампанията на реална местна нужда или ситуация?

# Context: table cell in “Criteria”
award-cell-eb986388 = Яснота на целите

# Context: table cell in “Criteria”
award-cell-69c460ea = Знаеше ли кампанията какво иска да промени и за кого?

# Context: table cell in “Criteria”
award-cell-7e3a2476 = Участие

# Context: table cell in “Criteria”
award-cell-d878f080 = Бяха ли включени новодошлите и жителите в разработването и провеждането ѝ?

# Context: table cell in “Criteria”
award-cell-4d821f29 = Качество на посланието

# Context: table cell in “Criteria”
award-cell-34cc5209 = Беше ли посланието точно, уважително, местно и запомнящо се?

# Context: table cell in “Criteria”
award-cell-134c2a8d = Креативност

# Context: table cell in “Criteria”
award-cell-c051de15 = Намери ли кампанията нов начин да достигне до аудиторията си?

# Context: table cell in “Criteria”
award-cell-f19d7075 = Партньорство

# Context: table cell in “Criteria”
award-cell-d0946624 = Събра ли тя заедно различни местни участници?

# Context: table cell in “Criteria”
award-cell-424cc635 = Резултати

# Context: table cell in “Criteria”
award-cell-c03c1a74 = Има ли доказателства за обхват и промяна, представени честно?

# Context: table cell in “Criteria”
award-cell-22c552ef = Приложимост другаде

# Context: table cell in “Criteria”
award-cell-bdc3355e = Може ли друг град да се поучи от нея и да я адаптира?

# Context: heading
award-h-6dfa441f = Какво е общото между добрите кандидатури

# Context: paragraph in “What good entries share”
award-p-a5e0e337 = Печелившите кампании често не са най-големите или най-скъпите. Добрите кандидатури обикновено имат следните качества:

# Context: list item in “What good entries share”
award-li-8db72d19 = **Ясна местна история.** Кандидатурата обяснява положението в града с няколко изречения и показва защо кампанията е била нужна именно там.

# Context: list item in “What good entries share”
award-li-8296c137 = **Хора, а не етикети.** Новодошлите се появяват като съседи, работници, родители, творци и спортисти, които говорят със собствения си глас.

# Context: list item in “What good entries share”
award-li-85bf4438 = **Истинско партньорство.** Общината, гражданското общество, училищата и новодошлите са имали своя роля, а в кандидатурата е посочено кой какво е направил.

# Context: list item in “What good entries share”
award-li-4bf2d60b = **Честни резултати.** Кандидатурата описва какво е проработило и какво не, със скромни, но истински доказателства.

# Context: list item in “What good entries share”
award-li-d4a7ab9b = **Нещо, което може да се приложи другаде.** Кандидатурата обяснява метода така, че други да могат да го използват, заедно с разходите, сроковете и поуките.

# Context: paragraph in “What good entries share”
award-p-23da42cd = Най-полезните кандидатури съдържат кратък раздел „Ако искате да направите това във вашия град“. Две-три практически изречения, например за намирането на партньори или за получаването на съгласие, превръщат историята на успеха в инструмент за другите.

# Context: heading
award-h-bf454da0 = Подготовка на кандидатура

# Context: list item in “Preparing an entry”
award-li-033cacd5 = Прочетете поканата и критериите ѝ и най-напред проверете дали сте допустими.

# Context: list item in “Preparing an entry”
award-li-75ddd7aa = Събирайте материали, докато кампанията тече, а не след това:

# Context: list item in “Preparing an entry”
award-li-c75ca877 = снимки и видеа, със съгласие за използването им в кандидатурата;

# Context: list item in “Preparing an entry”
award-li-4e71e35b = медийни публикации и екранни снимки на реакции онлайн;

# Context: list item in “Preparing an entry”
award-li-28d2f9c3 = данни за участието и обхвата;

# Context: list item in “Preparing an entry”
award-li-90dc5e16 = цитати от участници – както новодошли, така и отдавнашни жители.

# Context: list item in “Preparing an entry”
award-li-ab30f243 = Напишете кандидатурата като история: ситуация, цел, какво направихте, какво се промени, какво научихте.

# Context: list item in “Preparing an entry”
award-li-29c97291 = Отговорете изрично на всеки критерий. Журитата четат много кандидатури и ценят ясната структура.

# Context: paragraph in “Preparing an entry”
award-p-8538e4f5 = Дори и да не спечелите, подготовката на кандидатура си струва: тя ви принуждава да оцените кампанията си, а материалите могат да се използват повторно в отчети и проектни предложения за финансиране.

# Context: heading
award-h-9353605e = Какво можете да направите

# Context: list item in “What you can do”
award-li-a9eeb92f = Оценете последната си кампания с помощта на таблицата с критериите по-горе и отбележете най-силните и най-слабите ѝ страни.

# Context: list item in “What you can do”
award-li-ec2813b3 = Започнете „папка с доказателства“ за следващата си кампания още от първия ден.

# Context: list item in “What you can do”
award-li-03cd530b = Търсете актуални покани за награди и програми за финансиране в областта на миграцията, интеграцията и местната комуникация, например на [уебсайта на Европейската комисия](https://commission.europa.eu) и чрез национални и европейски мрежи от градове.

# Context: list item in “What you can do”
award-li-f4de1ffe = Използвайте [образеца на план за кампания](10-resources.md#campaign-template), за да документирате по-лесно следващата си кампания.
