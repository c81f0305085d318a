# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Együttműködés a médiával és a közösségi médiával
# Context: heading
media-h-2cf19668a799d0f4 = A helyi média számít
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = A helyi újságok, rádiók és hírportálok alakítják, hogyan látja magát egy település. Azok a lakosok, akik nem bíznak az országos médiában, gyakran még mindig követik a helyit. Ha a helyi média méltányosan és személyesen tudósít az újonnan érkezőkről, többet tesz az { -integration } ügyéért, mint sok hivatalos kampány.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Az újságírók nyomás alatt dolgoznak, és gyakran keveset tudnak a menekültügyről és a migrációról. A legtöbbjük pontosan szeretné megírni a történetet – segítsen nekik ebben.
# Context: heading
media-h-b0c52e0dd89cea9f = Együttműködés az újságírókkal
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Legyen elérhető.__ Jelöljön ki egy kapcsolattartót a migrációval kapcsolatos kérdésekre, és gondoskodjon róla, hogy az újságírók tudják, ki az. Egy gyors, őszinte válasz megelőzi, hogy a cikk szóbeszédre épüljön.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Legyen pontos.__ A tényeket forrással és dátummal együtt adja meg. Ha valamit nem tud, mondja meg, és ígérje meg, hogy utánanéz.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Ne csak nyilatkozatokat kínáljon, hanem történeteket is.__ Javasoljon egy vállalkozást vezető újonnan érkezőt, egy tanárt, akinek megváltozott az osztálya, egy régóta segítő önkéntest, akinek sok emléke van – mindig az érintettek hozzájárulásával.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Ossza meg a fogalomtárat.__ Egy barátságos levél a [fogalomtárral](03-words.md#glossary) segít az újságíróknak a helyes szavakat használni.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Javítson udvariasan.__ Ha egy tudósítás hibákat tartalmaz, keresse meg az újságírót vagy a szerkesztőt a helyes tényekkel. A legtöbb szerkesztőség jobban szereti a csendes helyesbítést, mint a nyilvános vitát.
# Context: paragraph in “Working with journalists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
media-p-ee59cd03b8c78b09 = Egyes települések évente egyszer-kétszer kötetlen találkozót tartanak a helyi újságírók, az önkormányzati munkatársak, a civil szervezetek és az újonnan érkezők részvételével, sajtóközlemény és napirend nélkül, csak hogy megismerjék egymást. Ezek a kapcsolatok akkor térülnek meg, amikor egy nehéz hír kipattan.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent and safety
media-h-66b70c05fee0e1a8 = Hozzájárulás és biztonság
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
media-p-febd1ccc2abcabaa = Mielőtt valakit interjúra javasol, vagy közzéteszi a nevét, fényképét vagy történetét, győződjön meg róla, hogy érti, mi fog történni, és szabadon beleegyezik. Kínáljon lehetőségeket: csak keresztnév, arc nélkül, megváltoztatott helyszín. Azon { -asylum-seekers } számára, akiknek az eljárása még folyamatban van, és mindazok számára, akiknek a családja veszélyben van, a nyilvánosság valódi kockázattal járhat. Gyerekeknél a szülők vagy a törvényes képviselők hozzájárulása szükséges.
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
media-p-4ac040ee8a52eec6 = A hozzájárulás nem egy egyszer aláírt űrlap. Aki beleegyezett, hogy egy fesztiválon lefényképezzék, még nem egyezett bele, hogy egy plakáton szerepeljen. Minden új felhasználáshoz kérje újra.

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
media-h-b904a77155606517 = Közösségi média
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = A közösségi médián keresztül a települések közvetlenül, gyorsan és olcsón szólhatnak a lakosokhoz, de a szóbeszédet és az ellenségeskedést is minden más csatornánál gyorsabban terjeszti. Néhány alapelv segít:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Rendszeresen posztoljon, ne csak válsághelyzetben.__ A hétköznapi történetek folyamatos áramlása olyan közönséget épít, amely már ismeri Önt és megbízik Önben, mielőtt valami nehéz helyzet adódik.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Használjon embereket és képeket.__ A rövid videók, a fényképek és a lakosok, illetve az újonnan érkezők idézetei messzebbre jutnak, mint a hivatalos közlemények.
# Context: list item in “Social media”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
media-li-4996cbe7525622a8 = __Írjon moderálási szabályzatot__, és tegye közzé. Írja le, milyen hozzászólásokat távolít el – például a sértéseket, a fenyegetéseket és a { -hate-speech } minden formáját –, és alkalmazza a szabályt mindenkire.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderáljon aktívan__, különösen a bejegyzés utáni első órákban. Rejtse el vagy törölje a szabályait sértő hozzászólásokat, az őszinte kérdésekre pedig tényekkel válaszoljon.
# Context: heading
media-h-588bc7bba18e6775 = A félretájékoztatás ellensúlyozása
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = A migrációról szóló hamis állítások könnyen terjednek, mert a félelemre apellálnak. Tipikus példák azok az állítások, hogy az újonnan érkezők több juttatást kapnak, mint a helyi lakosok, vagy hogy egy bűncselekményt „egy migráns” követett el, holott nem így volt.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Reagáljon gyorsan__, megbízható forrásból származó pontos információval. Minél tovább kering egy szóbeszéd válasz nélkül, annál nehezebb helyesbíteni.
# Context: list item in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
media-li-daefe32337bed2e2 = __Kezdje az igazsággal.__ Először a tényeket közölje, a hamis állítást csak röviden említse meg, és magyarázza el, miért téves. Ne ismételje meg a hamis állítást címben.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Használjon hiteles üzenetvivőket.__ Egy helyi orvos, iskolaigazgató vagy rendőr meggyőzőbb lehet, mint az önkormányzat vagy egy civil szervezet.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Az aggodalomra reagáljon, ne csak a tévedésre.__ Sok szóbeszéd mögött valódi aggodalom húzódik meg a lakhatás, a biztonság vagy a méltányosság miatt. Vegye komolyan ezt az aggodalmat.
# Context: paragraph in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
media-p-e0d4434c5c5a3e07 = Ne vitatkozzon vég nélkül néhány hangos fiókkal. Az Ön közönsége az a nagyobb csoport, amely csendben olvas. Adjon nekik egyszer világos, higgadt és tényszerű választ, aztán lépjen tovább.
# Context: heading
media-h-b46fce82289f0239 = Válasz a gyűlöletbeszédre
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = A gyűlöletbeszéd az embereket puszta identitásuk miatt támadja. Árt azoknak, akiket célba vesz, megfélemlít másokat, és ha válasz nélkül marad, normálisnak tünteti fel az ellenségeskedést. Az uniós tagállamokban bűncselekménynek minősül a faj, bőrszín, vallás, származás, nemzeti vagy etnikai hovatartozás alapján meghatározott csoport elleni erőszakra vagy gyűlöletre való nyilvános uszítás[^framework]. Sok gyűlöletkeltő tartalom ez alatt a küszöb alatt marad, de így is sérti a platformok szabályait és a tisztességes nyilvános vita normáit.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Mit tehetnek a helyi szereplők?
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentálja__ a gyűlöletkeltő bejegyzéseket képernyőképekkel, dátumokkal és linkekkel, mielőtt eltűnnének.
# Context: list item in “Responding to hate speech”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
media-li-f2acff311f7febe1 = __Jelentse__ őket a platformnak, és ha jogellenesek lehetnek, a rendőrségnek vagy az országos esélyegyenlőségi szervnek. A nagy platformok vállalták, hogy a jogellenes gyűlöletbeszédről szóló bejelentéseket gyorsan felülvizsgálják[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Támogassa__ a megtámadott embereket. Keresse meg őket személyesen, kérdezze meg, mire van szükségük, és mutassa meg nyilvánosan, hogy a közösség kiáll mellettük.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Válaszoljon__ egy köztiszteletben álló személy világos nyilvános üzenetével: a gyűlöletnek nincs helye a településünkön.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Ne erősítse fel.__ Kerülje a gyűlöletkeltő szavak teljes idézését, és soha ne ossza meg őket csak azért, hogy elítélje őket.

# Context: heading
# media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours

# Context: paragraph in “When something goes wrong: the first 72 hours”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
media-p-5c9d0666c6f6cac0 = Még mielőtt bármi történne, egyezzen meg a partnereivel egy válaszadási tervben: ki figyeli a tartalmakat, ki jelenti őket, ki szólal meg nyilvánosan, és ki támogatja a megtámadott embereket. Egy nehéz pillanatban egy ilyen terv órákat takarít meg.

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
media-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Jelöljön ki egy médiakapcsolattartót a migrációval kapcsolatos kérdésekre, és tájékoztassa erről a helyi újságírókat.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Küldje el a helyi szerkesztőknek a fogalomtárat, és ajánljon fel egy találkozót.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Írjon és tegyen közzé moderálási szabályzatot a közösségimédia-csatornái számára.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Írja össze a településén a migrációról keringő három leggyakoribb szóbeszédet, és készítsen mindegyikre rövid, forrásokkal alátámasztott választ.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = A fenti lépések alapján egyezzen meg a partnereivel egy, a gyűlöletbeszédre adandó válaszokat rögzítő tervben.

# Context: list item in “What you can do”
# media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).

# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Minden interjú és minden, név szerint megnevezett emberekről szóló bejegyzés előtt használja a [10. fejezet](10-resources.md#media-checklist) ellenőrzőlistáit.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = A rasszizmus és az idegengyűlölet egyes formái és megnyilvánulásai elleni, büntetőjogi eszközökkel történő küzdelemről szóló, 2008. november 28-i 2008/913/IB tanácsi kerethatározat előírja az uniós tagállamoknak, hogy büntessék az ilyen magatartást.
# Context: footnote in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
media-fn-abaa73d7e8a24f57 = 2016-ban az Európai Bizottság és több nagy online platform magatartási kódexet fogadott el az online jogellenes gyűlöletbeszéd elleni küzdelemről, amelyben a platformok vállalták, hogy a megalapozott bejelentések többségét 24 órán belül felülvizsgálják.

# Context: footnote in “What you can do”
# media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.

