### handbook/chapters/04-local.md — Why local communities are the key
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
local-title-6a17fb33 = Miért a helyi közösségek a kulcs?

# Context: heading
local-h-a8d9755d = Az integráció valahol történik

# Context: paragraph in “Integration happens somewhere”
local-p-facaad15 = A menekültügyről és a migrációról szóló törvényeket a nemzeti parlamentekben és Brüsszelben hozzák. Törvénnyel azonban senkit sem lehet integrálni. Az integráció egy adott óvodában, egy adott nyelvórán, egy adott sportegyesületben, egy adott munkahelyen történik. Akkor történik, amikor egy szomszéd elmagyarázza, hogyan működik a szemétszállítás, amikor egy tanító észreveszi, hogy egy diáknak segítség kell az olvasáshoz, vagy amikor egy munkáltató először ad esélyt valakinek.

# Context: paragraph in “Integration happens somewhere”
local-p-44842acb = Ezért helyezte a { -clarinet } a munkája középpontjába a { -local-communities } szerepét: itt találkoznak ténylegesen az újonnan érkezők és a régóta itt élők, és itt épül fel vagy vész el a bizalom.

# Context: paragraph in “Integration happens somewhere”
local-p-1e476275 = Az európai intézmények évek óta ugyanezt mondják. Az integrációs politikára vonatkozó, az uniós tagállamok által elfogadott közös alapelvek szerint az { -integration } az újonnan érkezők és a lakosok kölcsönös alkalmazkodásának dinamikus, kétirányú folyamata[^cbp], az Európai Bizottság 2021–2027-es integrációs és befogadási cselekvési terve pedig erős szerepet szán a helyi és regionális önkormányzatoknak[^action-plan].

# Context: heading
local-h-d3c8a27d = Miért fontos a helyi szint?

# Context: paragraph in “Why the local level matters”
local-p-d4744613 = Négy ok miatt a helyi szint a kulcs az integrációhoz és a róla szóló jó kommunikációhoz.

# Context: list item in “Why the local level matters”
local-li-89a5b9c6 = **Közelség.** Az önkormányzat az emberekhez legközelebb álló kormányzati szint. A polgármester üzenetét másképp hallják, mint egy távoli minisztériumét.

# Context: list item in “Why the local level matters”
local-li-81dbb7e9 = **Szolgáltatások.** Az önkormányzatok működtetik vagy koordinálják az újonnan érkezők számára legfontosabb szolgáltatások közül sokat: a bejelentkezést, az iskolákat, a szociális szolgáltatásokat, a lakhatási támogatást, a könyvtárakat és a sportlétesítményeket.

# Context: list item in “Why the local level matters”
local-li-e7f1176b = **Mindennapi kapcsolat.** Az emberek véleménye a migrációról kevésbé a statisztikákból alakul ki, mint abból, amit maguk körül látnak. Az egyenrangú felek közötti pozitív kapcsolat az előítéletek csökkentésének egyik leghatékonyabb módja, és ez helyben történik.

# Context: list item in “Why the local level matters”
local-li-11697898 = **Bizalom.** Sok országban a helyi intézményekbe vetett bizalom nagyobb, mint az országos intézményekbe vetett. Ennek a bizalomnak a körültekintő használata a helyi vezetés része.

# Context: heading
local-h-a5600631 = Mit tehetnek az önkormányzatok?

# Context: paragraph in “What local authorities can do”
local-p-6de9827e = Egy önkormányzatnak nem kell nagy költségvetés ahhoz, hogy változást érjen el. Sok múlik azon, hogyan használja a már meglévő eszközeit.

# Context: list item in “What local authorities can do”
local-li-a50161d0 = **Szóljon.** Mondja ki világosan és nyilvánosan, hogy az újonnan érkezők a közösség részei, hogy a település mindenkitől tiszteletet vár el, és hogy nem tűri a { -hate-speech } semmilyen formáját. A hallgatás is üzenet.

# Context: list item in “What local authorities can do”
local-li-ee45e053 = **Tájékoztasson.** Adjon a lakosoknak pontos és időben érkező információt, különösen akkor, ha valami változik, például ha befogadó létesítmény nyílik. A szóbeszéd ott terjed a leggyorsabban, ahol hiányzik a hivatalos tájékoztatás.

# Context: list item in “What local authorities can do”
local-li-f74c87a2 = **Vonjon be.** Gondoskodjon róla, hogy az újonnan érkezők is igénybe vehessék az önkormányzati szolgáltatásokat, hogy az információk az általuk olvasott nyelveken is elérhetők legyenek, és hogy a hangjuk hallatsszon a konzultációkon és a helyi rendezvényeken.

# Context: list item in “What local authorities can do”
local-li-35731966 = **Kapcsoljon össze.** Hozza össze az iskolákat, a civil szervezeteket, a munkáltatókat, a vallási közösségeket, a sportegyesületeket és a kulturális intézményeket. Gyakran az önkormányzat az egyetlen szereplő, amely mindannyiukat egy asztalhoz tudja ültetni.

# Context: list item in “What local authorities can do”
local-li-98b33680 = **Mutassa meg.** Használja a település csatornáit – a honlaptól a főtéri hirdetőtábláig –, hogy megmutassa, hogyan gazdagítják a { -migrants } nap mint nap a helyi életet.

# Context: paragraph in “What local authorities can do”
local-p-a92353a3 = Sok településen a jó kommunikáció felé vezető első lépés belső volt: egy rövid megbeszélés mindazon önkormányzati osztályok részvételével, amelyek az újonnan érkezőkkel foglalkoznak, hogy megegyezzenek a tényekben, a szóhasználatban és egy kapcsolattartó személyében. Amikor az anyakönyvi hivatal, az oktatási osztály és a polgármesteri kabinet ugyanazt mondja, azt a lakosok is észreveszik.

# Context: heading
local-h-c68bbad8 = Az integráció kétirányú út

# Context: paragraph in “Integration is a two-way street”
local-p-bf7f8d39 = Sokan úgy látják, hogy az { -integration } csak az újonnan érkezők feladata: tanulják meg a nyelvet, találjanak munkát, tartsák be a szabályokat. Ezek fontos dolgok. De a befogadó közösségtől is kér valamit: nyitottságot, igazságos szabályokat és hozzáférést a lehetőségekhez.

# Context: paragraph in “Integration is a two-way street”
local-p-67077f85 = A kommunikációnak mindkét oldalon van szerepe. Az újonnan érkezőknek világos tájékoztatásra van szükségük jogaikról, kötelezettségeikről és a szolgáltatásokról; a régóta itt élőknek pedig őszinte információra arról, kik az újonnan érkezők, és miért jöttek. Mindkét félnek szüksége van alkalmakra, hogy emberként találkozzanak, ne pedig kategóriaként.

# Context: paragraph in “Integration is a two-way street”
local-p-ad229872 = Amikor rendezvényt tervez, ne csak azt kérdezze meg, ki ül a közönségben, hanem azt is, ki van a szervezőcsapatban. Egy újonnan érkezőkkel *együtt* szervezett rendezvény egészen más jelzést küld, mint egy *nekik* szervezett.

# Context: heading
local-h-d815c6dc = Ki mit tesz hozzá?

# Context: paragraph in “Who brings what”
local-p-cba6970c = Ezt egyetlen szereplő sem tudja egymagában elvégezni. Az alábbi táblázat azt mutatja, mit tesznek hozzá általában a különböző helyi szereplők a migrációról és az integrációról szóló kommunikációhoz.

# Context: table cell in “Who brings what”
local-cell-4c7753a4 = Helyi szereplő

# Context: table cell in “Who brings what”
local-cell-272e00a3 = Mit tesz hozzá?

# Context: table cell in “Who brings what”
local-cell-d9ad6fab = Hogyan segítheti a kommunikációt?

# Context: table cell in “Who brings what”
local-cell-ad54a51d = Polgármester és képviselő-testület

# Context: table cell in “Who brings what”
local-cell-1679b366 = Legitimitás, láthatóság, döntések

# Context: table cell in “Who brings what”
local-cell-c04ab7c0 = Nyilvános nyilatkozatok, jelenlét a rendezvényeken, egyértelmű kiállás a gyűlöletbeszéd ellen

# Context: table cell in “Who brings what”
local-cell-b52cc990 = Önkormányzati osztályok

# Context: table cell in “Who brings what”
local-cell-bfc9f438 = Szolgáltatások, adatok, napi kapcsolat a lakosokkal

# Context: table cell in “Who brings what”
local-cell-6e77552f = Pontos információ, többnyelvű anyagok, egy kapcsolattartó személy

# Context: table cell in “Who brings what”
local-cell-f8290725 = Iskolák és óvodák

# Context: table cell in “Who brings what”
local-cell-b107f9eb = Kapcsolat a gyerekekkel és a szülőkkel

# Context: table cell in “Who brings what”
local-cell-239961ad = Projektek a diákokkal, szülői értekezletek, interkulturális napok

# Context: table cell in “Who brings what”
local-cell-b5669586 = Civil szervezetek

# Context: table cell in “Who brings what”
local-cell-4dff94ae = Bizalom, közvetlen kapcsolat az újonnan érkezőkkel, szakértelem

# Context: table cell in “Who brings what”
local-cell-333c8b54 = Történetek, önkéntesek, gyakorlati segítség, kritikus hang

# Context: table cell in “Who brings what”
local-cell-dcc7c6b4 = Munkáltatók és szakszervezetek

# Context: table cell in “Who brings what”
local-cell-38c713dc = Munkahelyek, képzés, munkakörnyezet

# Context: table cell in “Who brings what”
local-cell-e03eabde = Példák dolgozó újonnan érkezőkre, mentorálás

# Context: table cell in “Who brings what”
local-cell-ee9cd3cf = Helyi média

# Context: table cell in “Who brings what”
local-cell-88387098 = Elérés, napirend-alakítás

# Context: table cell in “Who brings what”
local-cell-be985d85 = Méltányos tudósítás, portrék, helyi viták

# Context: table cell in “Who brings what”
local-cell-bf1dd415 = Maguk az újonnan érkezők

# Context: table cell in “Who brings what”
local-cell-d89a53c3 = Tapasztalat, nyelvtudás, készségek

# Context: table cell in “Who brings what”
local-cell-43650b8d = Saját nevükben szólalnak meg, közösen alakítják a kampányokat

# Context: heading
local-h-cd85b6ed = Gyakori akadályok

# Context: paragraph in “Common obstacles”
local-p-d63eea0f = A helyi munka nem könnyű. Három nehézség újra meg újra felmerül.

# Context: list item in “Common obstacles”
local-li-12eee5de = **Félelem a vitától.** A választott tisztségviselők attól tarthatnak, hogy ha a migrációról beszélnek, szavazatokat veszítenek. A tapasztalat azt mutatja, hogy a higgadt, tényszerű és következetes álláspontot általában tisztelik, még azok is, akik nem értenek vele egyet.

# Context: list item in “Common obstacles”
local-li-888d082f = **Erőforráshiány.** A kis önkormányzatoknál előfordul, hogy egyetlen ember felel az egész kommunikációért. A civil szervezetekkel, iskolákkal és hálózatokkal kötött partnerségek segítenek megosztani a munkát.

# Context: list item in “Common obstacles”
local-li-4d5ab5e8 = **Az újonnan érkezők saját félelmei.** Akik üldöztetés elől menekültek, gyanakvóak lehetnek a hatóságokkal és a nyilvánossággal szemben. A bizalomhoz idő kell.

# Context: paragraph in “Common obstacles”
local-p-739b5194 = Ne használja az újonnan érkezőket „díszletnek”. Az a fotó, amelyen a { -refugees } csak hálás segélyezettként jelennek meg, éppen azt a képet erősíti, amelyen változtatni szeretne. Mutassa be az embereket cselekvő szereplőként, saját készségeikkel és saját hangjukon.

# Context: heading
local-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
local-li-5bd66681 = A fenti táblázat segítségével térképezze fel a helyi szereplőket, és minden sorhoz írjon fel legalább egy nevet.

# Context: list item in “What you can do”
local-li-6b02c1e1 = Szervezzen belső megbeszélést az önkormányzati osztályok számára:

# Context: list item in “What you can do”
local-li-b3a081a2 = egyezzenek meg a településen élő újonnan érkezőkre vonatkozó tényekben;

# Context: list item in “What you can do”
local-li-9a214464 = egyezzenek meg a használt szavakban, a [fogalomtár](03-words.md#glossary) alapján;

# Context: list item in “What you can do”
local-li-9abd53e5 = jelöljenek ki egy kapcsolattartó személyt a lakosok és a média kérdéseire.

# Context: list item in “What you can do”
local-li-d2215d7f = Kérje meg a polgármestert vagy egy vezető tisztségviselőt, hogy idén tegyen egy egyértelmű nyilvános nyilatkozatot a befogadásról és a kölcsönös tiszteletről.

# Context: list item in “What you can do”
local-li-e16f1a99 = Ellenőrizze, hogy a legfontosabb önkormányzati információk elérhetők-e azokon a nyelveken, amelyeket a településen élő újonnan érkezők a leggyakrabban beszélnek.

# Context: list item in “What you can do”
local-li-b1c4085c = Válasszon egy olyan tevékenységet, amely egyenrangú félként hozza össze a lakosokat és az újonnan érkezőket, és kezdettől fogva az újonnan érkezőkkel együtt tervezze meg. Használja ehhez az [5. fejezet](05-campaign.md) kampánytervét.

# Context: footnote in “What you can do”
local-fn-2e35ef89 = A bevándorlók integrációjára vonatkozó politika közös alapelveit az Európai Unió Tanácsa 2004-ben fogadta el. Az első alapelv az integrációt „a kölcsönös alkalmazkodás dinamikus, kétirányú folyamataként” írja le.

# Context: footnote in “What you can do”
local-fn-e7433d77 = Az Európai Bizottság 2020 novemberében mutatta be a 2021–2027-es időszakra szóló integrációs és befogadási cselekvési tervét. A terv hangsúlyozza a helyi és regionális önkormányzatokkal való partnerséget, valamint az újonnan érkezők és a befogadó közösségek közötti mindennapi kapcsolat fontosságát.
