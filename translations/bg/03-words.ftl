# handbook/chapters/03-words.md — Words matter
# Its translations into `bg`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
words-title-76d2d7610995b41d = Думите имат значение
# Context: heading
words-h-f3b863a6af7c5b08 = Защо думите имат значение
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = Думите, с които говорим за хората, определят как другите ги виждат. Наречете някого „вълна“ или „наплив“ и слушателите си представят бедствие, което трябва да бъде спряно. Наречете същия човек медицинска сестра, съсед или родител и те ще си представят човешко същество. Думите имат и правно значение: дали някой е { -refugee(case: "indef") }, { -asylum-seeker(case: "indef") } или { -migrant(case: "indef") }, може да реши дали той ще може да остане, да работи или да доведе семейството си.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = Точният език не е въпрос на учтивост, а на истина. Местен вестник, който нарича всеки новодошъл „нелегален“, просто греши за повечето от тях. Правилните думи са най-евтиното и най-бързото подобрение, което всеки, който комуникира на местно ниво, може да направи.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = В тази глава се обясняват основните термини, които се използват последователно във всички езикови версии на наръчника.
# Context: heading
words-h-e5784b859ad5a07e = Трите думи, които най-често се бъркат
# Context: heading
words-h-fa2239b6a4057c8a = Бежанец
# Context: paragraph in “Refugee”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A { -refugee } is a person who has had to leave their country because of a well-founded fear of persecution for reasons of race, religion, nationality, political opinion or membership of a particular social group, and who cannot or will not, because of that fear, seek the protection of their own country. This definition comes from the 1951 Convention relating to the Status of Refugees[^convention]. In everyday speech the word is also used more widely for people fleeing war and violence, and international law gives them protection too.
words-p-a55d8f2219b80fce = { -refugee(case: "indef-cap") } е човек, който е бил принуден да напусне своята държава поради основателни опасения от преследване заради раса, религия, националност, политически убеждения или принадлежност към определена социална група и който поради тези опасения не може или не желае да потърси закрилата на своята държава. Това определение идва от Конвенцията за статута на бежанците от 1951 г.[^convention] В ежедневната реч думата се използва и по-широко – за хора, които бягат от война и насилие, а международното право предоставя закрила и на тях.
# Context: heading
words-h-aed25d084cc5514a = Търсещ убежище
# Context: paragraph in “Asylum seeker”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: An { -asylum-seeker } is a person who has asked for international protection in another country and is waiting for a decision. Not every asylum seeker will be recognised as a { -refugee } in the end, but every recognised refugee was once an asylum seeker. Asking for asylum is a right, not a crime.
words-p-322f86daac474c9b = { -asylum-seeker(case: "indef-cap") } е човек, който е поискал международна закрила в друга държава и очаква решение. Не всеки търсещ убежище в крайна сметка ще бъде признат за { -refugee(case: "indef") }, но всеки признат бежанец някога е бил търсещ убежище. Да поискаш убежище е право, а не престъпление.
# Context: heading
words-h-dfcaf659e0182747 = Мигрант
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = „Мигрант“ е най-широкият от трите термина. Няма единно правно определение. Международните организации го използват като общо понятие за всеки, който се премества от обичайното си място на пребиваване – в рамките на една държава или през граница, по каквато и да е причина и за какъвто и да е срок[^iom-def]. Студенти, сезонни работници, хора, които се събират със семействата си, и хора, бягащи от война – всички те могат да бъдат { -migrants(case: "indef") }. Тъй като думата е толкова широка, използвайте я внимателно: ако знаете, че хората, за които говорите, са { -refugees(case: "indef") } или { -asylum-seekers(case: "indef") }, кажете го.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = Когато се колебаете, опишете човека, а не категорията. „Млад мъж от Афганистан, който пристигна преди две години и сега работи в автосервиз“ е по-точно – и много по-интересно – от всеки етикет.
# Context: heading
words-h-4c4e436f9a453c77 = Речник
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = Таблицата по-долу обхваща термините, които се срещат най-често в местната комуникация. В третата колона са дадени изрази, които е добре да използвате, и такива, които е по-добре да избягвате.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Термин
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = Какво означава
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = Предпочитайте / избягвайте
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant(case: "indef") }
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Общо понятие за човек, който се премества от обичайното си място на пребиваване по каквато и да е причина и за какъвто и да е срок.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = Предпочитайте: „мигрант“ или действителното положение на човека (работник, студент, член на семейство). Избягвайте: да го използвате за хора, за които знаете, че имат статут на бежанец.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee(case: "indef") }
# Context: table cell in “Glossary”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A person who fled persecution, war or violence and is protected by international law; in the strict sense, a person recognised under the 1951 Convention.
words-cell-6858fb16bfcc8497 = Човек, който е избягал от преследване, война или насилие и е защитен от международното право; в тесния смисъл – лице, признато за бежанец съгласно Конвенцията от 1951 г.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = Предпочитайте: „бежанец“, когато статутът е признат или човекът явно е избягал от опасност. Избягвайте: „фалшив бежанец“, „така наречен бежанец“.
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker(case: "indef") }
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = Човек, който е поискал международна закрила и очаква решение.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = Предпочитайте: „търсещ убежище“, „човек, търсещ закрила“. Избягвайте: „нелегален“, „фалшив търсещ убежище“.
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = лице, получило международна закрила
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = Човек, на когото е предоставен статут на бежанец или субсидиарна закрила в държава от ЕС.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = Предпочитайте: този термин в официалните текстове; „бежанец“ в ежедневната реч.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = субсидиарна закрила
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Закрила за човек, който не отговаря на условията за бежанец, но би бил изложен на реален риск от тежки посегателства, ако бъде върнат. В България тя се предоставя като хуманитарен статут.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = Предпочитайте: обяснете накратко термина, когато го използвате – повечето читатели не го познават.

# Context: table cell in “Glossary”
# words-cell-bea0ed6f76038775 = { -temporary-protection }


# Context: table cell in “Glossary”
# words-cell-e60f7100dda44814 = Protection the EU can give at once to many people fleeing war, without individual asylum procedures. Since March 2022 it has protected people fleeing Ukraine.


# Context: table cell in “Glossary”
# words-cell-ec001466c20e3483 = Prefer: "people under temporary protection". Avoid: "asylum seekers", unless the person has applied for asylum.


# Context: table cell in “Glossary”
# words-cell-5dc811403d0d6a8a = resettlement


# Context: table cell in “Glossary”
# words-cell-7eeadae01c962191 = The transfer of a recognised refugee from the country where they first found safety to another country that has agreed to admit them.


# Context: table cell in “Glossary”
# words-cell-fa79a53a26ec1083 = Prefer: "resettled refugee", with a short explanation.

# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = мигрант с нередовен статут
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = Човек, който е влязъл или пребивава в дадена държава без необходимото разрешение.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = Предпочитайте: „с нередовен статут“ или „без документи“. Избягвайте: „нелегален мигрант“, „нелегални“: действията могат да бъдат незаконни, хората – не.

# Context: table cell in “Glossary”
# words-cell-21f15b4436173353 = smuggling and trafficking


# Context: table cell in “Glossary”
# words-cell-f44ec191ac994e6f = Smuggling: helping a person cross a border irregularly, for money. Trafficking: recruiting or moving a person in order to exploit them, by force or deception, with or without crossing a border.


# Context: table cell in “Glossary”
# words-cell-f1f264429061865a = Prefer: the exact word. Avoid: using them as synonyms. A person who paid a smuggler can later be trafficked.


# Context: table cell in “Glossary”
# words-cell-bab07c01ec681bf7 = third-country national


# Context: table cell in “Glossary”
# words-cell-78318cbb21b91c20 = In EU law, a person who is not a citizen of an EU member state.


# Context: table cell in “Glossary”
# words-cell-f96cb3f93743941d = Prefer: in funding applications and official texts. Avoid: in everyday speech.

# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = непридружен непълнолетен
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = Дете под 18 години, което пристига без родител или друг отговорен за него възрастен.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = Предпочитайте: „непридружено дете“. Избягвайте: публично да поставяте под съмнение възрастта на дете без доказателства.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = човек с мигрантски произход
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = Жител, който е мигрирал или чиито родители са мигрирали. Често е гражданин на държавата.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = Предпочитайте: начина, по който човекът сам описва себе си. Избягвайте: „чужденец“ за хора, които са граждани.

# Context: table cell in “Glossary”
# words-cell-bb729424aceaa908 = { -newcomer }


# Context: table cell in “Glossary”
# words-cell-15d53e4d7f7f70f5 = In this handbook, a person who has come from another country to live in a town in recent years, whatever their legal status.


# Context: table cell in “Glossary”
# words-cell-b0b7e39db644e548 = Prefer: { -newcomer } for recent arrivals; "person with a migrant background" for people settled for years.

# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration(case: "indef") }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = Двупосочен процес, в който новодошлите и приемащата общност се приспособяват едни към други, с права и задължения и за двете страни.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = Предпочитайте: „интеграция“, „приобщаване“, „участие“. Избягвайте: „асимилация“, когато имате предвид интеграция.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community(case: "indef") }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = Жителите, организациите и институциите на един град или район, включително новодошлите.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = Предпочитайте: формулировки, които включват новодошлите в „нас“. Избягвайте: „местни срещу мигранти“.
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech(case: "indef") }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Изказвания, които разпространяват, подбуждат, насърчават или оправдават омраза към хора заради това, което са – например заради произхода, религията или цвета на кожата им.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = Предпочитайте: да го назовавате ясно и спокойно. Избягвайте: да повтаряте думите на омразата в заглавията, дори за да ги критикувате.
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = Правните определения се различават донякъде в отделните държави и се променят с времето. За официални текстове проверете формулировките, които използва националният орган по въпросите на убежището (в България – Държавната агенция за бежанците). За обществена комуникация простите определения по-горе са достатъчно точни.
# Context: heading
words-h-8e1d12b0300f90ae = Думи, с които трябва да се внимава
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Някои думи не са погрешни сами по себе си, но създават картина, която е по-силна от фактите.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Метафори, свързани с водата__: „вълна“, „потоп“, „поток“, „наплив“. Те превръщат хората в природна стихия и внушават, че единственият възможен отговор е бент. Използвайте „пристигания“ или действителния брой, с посочен източник.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __Военни метафори__: „нашествие“, „обсада“. Те внушават, че новодошлите са врагове.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Числа без контекст__: „пристигнаха хиляди“ звучи тревожно; „пристигнаха хиляди в регион с няколко милиона жители“ – може би не. Покажете мащаба.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __„Криза“__: думата понякога е оправдана, например за система за прием, която е претоварена. Като описание на хора обаче рядко е точна.
# Context: paragraph in “Words to handle with care”
words-p-323095354248fddd = Редица европейски медии и журналистически сдружения са приели стилови насоки, които избягват „нелегален имигрант“ и предпочитат „с нередовен статут“ или „без документи“. Една община може да направи същото: кратка стилова бележка от една страница за уебсайта на града, бюлетините и прессъобщенията превръща точния език в рутина, а не в повод за спор.
# Context: heading
words-h-ad6b1d4fe6291d7c = Нека хората сами избират как да бъдат наричани
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = Етикетите ни ги дават другите; имената си избираме сами. Когато работите с новодошли по кампания или статия, попитайте ги как искат да бъдат описани. Някои се гордеят, че са { -refugees(case: "indef") }; други предпочитат да бъдат познати с професията или с малкото си име. Някои изобщо няма да искат статутът им да се споменава, защото това може да изложи на риск техни близки.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Уважавайте тези решения и винаги искайте съгласие, преди да публикувате нечие име, лице или история. Повече за съгласието ще намерите в [глава 9](09-media.md#consent).
# Context: heading
words-h-f42148c5762e904b = Какво можете да направите
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Разпечатайте таблицата с речника и я поставете до бюрото на човека, който пише прессъобщенията и публикациите в социалните мрежи във вашата организация.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Прегледайте последните пет публични текста за миграцията, публикувани от вашата организация. Подчертайте всеки етикет и го сверете с речника.
# Context: list item in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a short style note for your town or organisation:
words-li-54e0cd427a746edf = Договорете кратка стилова бележка за вашия град или организация:
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = кои термини използвате;
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = кои термини избягвате;
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = към кого да се обръщате, когато се колебаете.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Поканете новодошъл да прочете следващия ви текст преди публикуването му и да ви каже как звучи.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = Конвенцията за статута на бежанците от 1951 г. и Протоколът към нея от 1967 г. са основните текстове на международното бежанско право. Всички държави – членки на ЕС, са страни по тях.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = По същество това е работното определение на Международната организация по миграция (МОМ), която отбелязва, че понятието „мигрант“ не е определено в международното право.
