# handbook/chapters/07-art.md — Art as a bridge
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
art-title-45039b411d0caa01 = Изкуството като мост
# Context: heading
art-h-bf689b76e15a14e5 = Защо изкуство
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Някои разговори трудно започват с факти. Жител, който се чувства неспокоен заради новодошлите, може да остане безразличен към една статистика, но да спре пред снимка или да се окаже, че пее в хор рамо до рамо с непознат. Изкуството говори на чувствата и въображението и създава общи преживявания, които не зависят от общ език.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = Изкуството може и да даде глас на новодошлите – при техните собствени условия. Художник, музикант или поет, пристигнал като { -refugee(case: "indef") }, е преди всичко творец. Когато творбите му са изложени в градската галерия или се изпълняват на площада, жителите се срещат с него като с автор, а не като с „случай“.
# Context: heading
art-h-c48b4dd9328ee3dd = Творческите резиденции
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = Поради тези причини { -clarinet } включи сред основните си дейности осем творчески резиденции. Резиденцията кани творец да прекара известно време на определено място, да опознае хората там и да създаде творба, която отговаря на онова, което е открил.
# Context: paragraph in “The artist residencies”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In a project about migration and { -integration }, a residency brings an outside eye to the local story, creates occasions for residents and newcomers to meet, and produces images and stories that can feed a local campaign, as described in [chapter 5](05-campaign.md#channels).
art-p-df1afe87446b083c = В проект за миграцията и { -integration(case: "def") } резиденцията внася външен поглед към местната история, създава поводи за срещи между жителите и новодошлите и поражда образи и истории, които могат да захранят местна кампания, както е описано в [глава 5](05-campaign.md#channels).
# Context: heading
art-h-accc89a69dade98c = Какви форми може да приеме една резиденция
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = Няма единен модел. В зависимост от твореца и града една резиденция може да доведе до:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = поредица от портрети или фотографии на жители – отдавнашни и нови, – показани в обществени пространства;
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = стенопис, нарисуван заедно с младежи от квартала;
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = театрален спектакъл, създаден въз основа на интервюта с хора, пристигнали в града, и с онези, които са ги посрещнали;
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = музикална творба или хор, който събира песни на езиците, говорени в града;
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = филм или видео, споделено онлайн и прожектирано на местно събитие.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = Най-запомнящите се общностни художествени проекти са основани на участието: творецът не само изобразява хората, но и работи *заедно* с тях. Жителите и новодошлите, които помагат да се нарисува стенопис или играят в спектакъл, пренасят преживяването – и посланието – в семействата си и на работните си места.
# Context: heading
art-h-9424f6ae4ab34752 = Планиране на резиденция
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Определете целта.__ Какво се надявате резиденцията да промени или да отвори във вашия град? Свържете я с целта на вашата кампания.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Изберете твореца внимателно.__ Търсете човек с опит в работата с общности и с уважение към историите на хората. Творец, който сам има мигрантски произход, може да внесе особено разбиране, но това не е задължително условие.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Подгответе почвата.__ Запознайте твореца с училища, неправителствени организации, читалища и културни центрове и с групи на новодошли, преди резиденцията да започне.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Договорете практическите въпроси:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = продължителност на престоя, настаняване и работно пространство;
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = хонорар и материали;
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = на кого принадлежи творбата и къде ще бъде показана;
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = как ще бъдат посочени творецът, участниците и партньорите.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Планирайте публичния момент.__ Откриване, представление или прожекция дават на творбата публика, а на медиите – повод да пишат за нея.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Поддържайте творбата жива.__ Решете къде ще отиде тя след това: на постоянно място, в пътуваща изложба, в онлайн архив.
# Context: heading
art-h-2abddb21c6f312dc = Грижа и съгласие
# Context: paragraph in “Care and consent”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Art about migration touches people's lives, and sometimes their wounds. Participants must know what the work is for, where it will be shown and how they will appear in it, and they must be free to say no. Take special care with children, with people whose asylum procedure is still open and with anyone who may have relatives at risk.
art-p-d63839e7a7821d9c = Изкуството за миграцията докосва живота на хората, а понякога и раните им. Участниците трябва да знаят за какво е творбата, къде ще бъде показана и как ще бъдат представени в нея, и трябва да имат свободата да откажат. Бъдете особено внимателни с децата, с хората, чиято процедура за убежище все още не е приключила, и с всеки, чиито близки може да са в опасност.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Попитайте участниците какво биха искали да покажат за себе си. Много хора, избягали от домовете си, са уморени да ги виждат само през призмата на бягството им. Те може да предпочетат да споделят умение, любима песен или мечта за децата си.
# Context: heading
art-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Попитайте местното читалище, културен център, библиотека или галерия дали биха приели малък общностен художествен проект за съвместния живот в града.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Разберете кои творци с мигрантски произход вече живеят във вашия район, и поканете един от тях да покаже свои творби.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = Обмислете въпросите за съгласието и за посочването на авторството преди първата работилница, а не след нея.
