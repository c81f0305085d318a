# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Работа с медиите и социалните мрежи
# Context: heading
media-h-2cf19668a799d0f4 = Местните медии имат значение
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Местните вестници, радиостанции и новинарски сайтове определят как един град вижда себе си. Жителите, които не вярват на националните медии, често продължават да следят местните. Когато местните медии отразяват новодошлите справедливо и с човешко лице, те правят за { -integration(case: "def") } повече от много официални кампании.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Журналистите работят под напрежение и често знаят малко за убежището и миграцията. Повечето искат да отразят историята точно – помогнете им.
# Context: heading
media-h-b0c52e0dd89cea9f = Работа с журналисти
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Бъдете на разположение.__ Определете едно лице за контакт по въпросите на миграцията и се погрижете журналистите да знаят кой е то. Бързият и честен отговор предотвратява история, изградена върху слухове.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Бъдете точни.__ Давайте факти с източниците и датите им. Ако не знаете нещо, кажете го и обещайте да проверите.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Предлагайте истории, а не само изявления.__ Предложете новодошъл, който има собствен бизнес, учителка, чийто клас се е променил, доброволец, който помни много – винаги с тяхното съгласие.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Споделете речника.__ Приятелско писмо с [речника](03-words.md#glossary) помага на репортерите да използват правилните думи.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Поправяйте учтиво.__ Ако в даден материал има грешки, свържете се с журналиста или с редактора и им дайте верните факти. Повечето медии предпочитат тиха корекция пред публичен спор.
# Context: paragraph in “Working with journalists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
media-p-ee59cd03b8c78b09 = Някои градове организират веднъж или два пъти годишно неформална среща между местни журналисти, общински служители, неправителствени организации и новодошли – без прессъобщение и без друг дневен ред освен да се опознаят. Тези контакти се отплащат, когато избухне трудна история.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent and safety
media-h-66b70c05fee0e1a8 = Съгласие и безопасност
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
media-p-febd1ccc2abcabaa = Преди да предложите някого за интервю или да публикувате името, снимката или историята му, уверете се, че човекът разбира какво ще се случи и се съгласява свободно. Предложете варианти: само малкото име, без лице, с променено място. За { -asylum-seekers(case: "def") }, чиято процедура все още не е приключила, и за всеки, чието семейство е в опасност, публичността може да носи реални рискове. За децата е нужно съгласието на родителите или настойниците им.
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
media-p-4ac040ee8a52eec6 = Съгласието не е формуляр, подписан веднъж завинаги. Човек, който се е съгласил да бъде сниман на фестивал, не се е съгласил да се появи на плакат. Питайте отново за всяко ново използване.

# Context: paragraph in “Stories, photos and personal data”
# media-p-03c775c5fe8ee0f9 = **Saying no must be free.** Many { -newcomers } depend on the municipality or an NGO for housing, money or advice. Say clearly, and in writing, that refusing has no effect on any service or support.


# Context: paragraph in “Stories, photos and personal data”
# media-p-bef7b3f0cdbeea9c = **People can change their mind.** Under the GDPR, a person can withdraw consent at any time[^gdpr]. You must then stop new uses and remove what you can, such as online posts. Printed books, posters, murals and broadcasts cannot be taken back, so tell people this before they agree.


# Context: paragraph in “Stories, photos and personal data”
# media-p-52b772917dd6726d = **Risks linked to asylum.** While an asylum procedure is open, a public story that differs from the asylum interview, even in small details, can be used to doubt the person's credibility. A name or a face can also be recognised by the people they fled, and put relatives in danger. When in doubt, leave out the name, the face and the journey.


# Context: paragraph in “Stories, photos and personal data”
# media-p-df02d5bda2541038 = **Children.** A child needs the consent of a parent or, if the child is unaccompanied, of the guardian appointed by the authorities. Ask the child too, and respect a "no". UNICEF's guidelines for reporting on children advise changing the name and hiding the identity of refugee or asylum-seeking children wherever there is a risk of harm.


# Context: paragraph in “Stories, photos and personal data”
# media-p-6d657eceb5dd360e = **Personal data.** A photo, video or story of a person who can be recognised is personal data. For a campaign, the legal basis is usually consent (GDPR Article 6). Ethnic origin, religion, political opinions and health are "special categories" that need explicit consent (Article 9). Agree who keeps the material, for how long and who may receive it, and delete it when that time ends. Every public authority has a data protection officer (Article 37): ask yours for advice before the campaign starts.

# Context: heading
media-h-b904a77155606517 = Социални мрежи
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Социалните мрежи позволяват на градовете да говорят директно с жителите – бързо и евтино, но пренасят слуховете и враждебността по-бързо от всеки друг канал. Няколко принципа помагат:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Публикувайте редовно, а не само по време на кризи.__ Постоянният поток от ежедневни истории изгражда аудитория, която ви познава и ви има доверие, преди да се случи нещо трудно.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Показвайте хора и образи.__ Кратките видеа, снимките и цитатите на жители и новодошли стигат по-далеч от официалните съобщения.
# Context: list item in “Social media”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
media-li-4996cbe7525622a8 = __Напишете правила за модериране__ и ги публикувайте. Посочете кои коментари ще премахвате, например обиди, заплахи и { -hate-speech(case: "indef") }, и прилагайте правилото към всички.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Модерирайте активно__, особено в първите часове след публикацията. Скривайте или изтривайте коментарите, които нарушават правилата ви, и отговаряйте на честните въпроси с факти.
# Context: heading
media-h-588bc7bba18e6775 = Противодействие на дезинформацията
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Неверните твърдения за миграцията се разпространяват лесно, защото играят на страха. Типични примери са твърденията, че новодошлите получават повече помощи от местните жители, или че престъпление е извършено от „мигрант“, когато това не е вярно.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Реагирайте бързо__ с точна информация от надежден източник. Колкото по-дълго един слух циркулира без отговор, толкова по-трудно се опровергава.
# Context: list item in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
media-li-daefe32337bed2e2 = __Започнете с истината.__ Първо изложете фактите, споменете накратко неверното твърдение и обяснете защо е погрешно. Не повтаряйте неверното твърдение в заглавие.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Използвайте посредници, на които хората имат доверие.__ Местният лекар, директорът на училището или полицаят може да са по-убедителни от общината или от неправителствена организация.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Отговорете на тревогата, а не само на грешката.__ Зад много слухове стои истинско безпокойство – за жилищата, сигурността или справедливостта. Отнесете се сериозно към него.
# Context: paragraph in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
media-p-e0d4434c5c5a3e07 = Не спорете безкрайно с няколко шумни профила. Вашата аудитория е по-голямата група хора, които четат мълчаливо. Дайте им веднъж ясен, спокоен и основан на факти отговор и продължете нататък.
# Context: heading
media-h-b46fce82289f0239 = Реакция при език на омразата
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Езикът на омразата напада хората заради това, което са. Той наранява онези, към които е насочен, плаши останалите и ако остане без отговор, кара враждебността да изглежда нормална. В държавите от ЕС публичното подбуждане към насилие или омраза срещу група, определена по признак раса, цвят на кожата, религия, произход или национална или етническа принадлежност, е престъпление[^framework]. Голяма част от съдържанието, изпълнено с омраза, не достига този праг, но все пак нарушава правилата на платформите и на достойния обществен дебат.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Какво могат да направят местните участници:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Документирайте__ публикациите, изпълнени с омраза, с екранни снимки, дати и връзки, преди да изчезнат.
# Context: list item in “Responding to hate speech”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
media-li-f2acff311f7febe1 = __Подавайте сигнали__ до платформата, а когато публикациите може да са незаконни – до полицията или до националния орган по равенството (в България – Комисията за защита от дискриминация). Големите платформи са поели ангажимент да разглеждат бързо сигналите за незаконен език на омразата[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Подкрепете__ хората, които са станали мишена. Свържете се с тях лично, попитайте от какво имат нужда и покажете публично, че общността е на тяхна страна.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Отговорете__ с ясно публично послание от уважаван човек: омразата няма място в нашия град.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Не я разпространявайте.__ Избягвайте да цитирате изцяло думите на омразата и никога не ги споделяйте само за да ги осъдите.

# Context: heading
# media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours

# Context: paragraph in “When something goes wrong: the first 72 hours”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
media-p-5c9d0666c6f6cac0 = Договорете план за реакция с партньорите си, преди да се е случило нещо: кой наблюдава, кой подава сигнали, кой говори публично и кой подкрепя засегнатите хора. В труден момент един план спестява часове.

# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-e4f6edfe5d6ea522 = a crime in which a suspect is said to be a { -newcomer };


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-4e32014cd9b7727a = deaths at sea or at a border;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-dad780d15c6a3cd6 = the sudden arrival of many people;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-b0db4fbf486417b4 = a decision to open a reception centre;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-99cb138032c6afa0 = a protest against { -newcomers }, or an attack on them.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-05d0c31aa30431da = What you say in the first hours shapes the story for weeks. Decide now who will speak, who will check facts and who will watch social media. When something happens, check the facts first. Show sympathy for any victims, and never blame a group for the act of one person. Say when the next update will come, and protect the people who are being targeted.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-38397186eb8f8217 = The [checklist for the first 72 hours](10-resources.md#crisis-checklist) and a holding statement template are in chapter 10.

# Context: heading
media-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Определете лице за контакт с медиите по въпросите на миграцията и уведомете местните журналисти.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Изпратете на местните редактори речника и покана за среща.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Напишете и публикувайте правила за модериране на вашите канали в социалните мрежи.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Избройте трите най-разпространени слуха за миграцията във вашия град и подгответе кратък отговор с посочени източници за всеки от тях.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = Договорете с партньорите си план за реакция при език на омразата, като следвате стъпките по-горе.

# Context: list item in “What you can do”
# media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).

# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Използвайте контролните списъци в [глава 10](10-resources.md#media-checklist) преди всяко интервю и всяка публикация за конкретни хора.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Рамково решение 2008/913/ПВР на Съвета от 28 ноември 2008 г. относно борбата с някои форми и прояви на расизъм и ксенофобия по наказателноправен ред задължава държавите – членки на ЕС, да наказват подобно поведение.
# Context: footnote in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
media-fn-abaa73d7e8a24f57 = През 2016 г. Европейската комисия и няколко големи онлайн платформи приеха Кодекс на поведение за противодействие на незаконните изказвания онлайн, проявяващи омраза, съгласно който платформите се ангажираха да разглеждат повечето основателни сигнали в рамките на 24 часа.

# Context: footnote in “What you can do”
# media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.

