# handbook/chapters/04-local.md — Why local communities are the key
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
local-title-f75e9269f654fc9d = Miért a helyi közösségek a kulcs?
# Context: heading
local-h-c32097e2a9b75895 = Az integráció valahol történik
# Context: paragraph in “Integration happens somewhere”
local-p-550ccedd0504dd39 = A menekültügyről és a migrációról szóló törvényeket a nemzeti parlamentekben és uniós szinten hozzák. Törvénnyel azonban senkit sem lehet integrálni. Az integráció egy adott óvodában, egy adott nyelvórán, egy adott sportegyesületben, egy adott munkahelyen történik. Akkor történik, amikor egy szomszéd elmagyarázza, hogyan működik a szemétszállítás, amikor egy tanító észreveszi, hogy egy diáknak segítség kell az olvasáshoz, vagy amikor egy munkáltató először ad esélyt valakinek.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = Ezért helyezte a { -clarinet } a munkája középpontjába a { -local-communities } szerepét: itt találkoznak ténylegesen az újonnan érkezők és a régóta itt élők, és itt épül fel vagy vész el a bizalom.
# Context: paragraph in “Integration happens somewhere”
local-p-2cfa6c7b5f343873 = Az európai intézmények évek óta ugyanezt mondják. Az integrációs politikára vonatkozó, az uniós tagállamok által elfogadott közös alapelvek szerint az { -integration } az újonnan érkezők és a lakosok kölcsönös alkalmazkodásának dinamikus, kétirányú folyamata[^cbp]. Az Európai Bizottság 2021–2027-es integrációs és befogadási cselekvési terve erős szerepet szán a helyi és regionális önkormányzatoknak[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = Miért fontos a helyi szint?
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Négy ok miatt a helyi szint a kulcs az integrációhoz és a róla szóló jó kommunikációhoz.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Közelség.__ Az önkormányzat az emberekhez legközelebb álló kormányzati szint. A polgármester üzenetét másképp hallják, mint egy távoli minisztériumét.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Szolgáltatások.__ Az önkormányzatok működtetik vagy koordinálják az újonnan érkezők számára legfontosabb szolgáltatások közül sokat: a bejelentkezést, az iskolákat, a szociális szolgáltatásokat, a lakhatási támogatást, a könyvtárakat és a sportlétesítményeket.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Mindennapi kapcsolat.__ Az emberek véleménye a migrációról kevésbé a statisztikákból alakul ki, mint abból, amit maguk körül látnak. Az egyenrangú felek közötti pozitív kapcsolat az előítéletek csökkentésének egyik leghatékonyabb módja, és ez helyben történik.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Bizalom.__ Sok országban a helyi intézményekbe vetett bizalom nagyobb, mint az országos intézményekbe vetett. Ennek a bizalomnak a körültekintő használata a helyi vezetés része.
# Context: heading
local-h-36fc7059706251e5 = Mit tehetnek az önkormányzatok?
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = Egy önkormányzatnak nem kell nagy költségvetés ahhoz, hogy változást érjen el. Sok múlik azon, hogyan használja a már meglévő eszközeit.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Szóljon.__ Mondja ki világosan és nyilvánosan, hogy az újonnan érkezők a közösség részei, hogy a település mindenkitől tiszteletet vár el, és hogy nem tűri a { -hate-speech } semmilyen formáját. A hallgatás is üzenet.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Tájékoztasson.__ Adjon a lakosoknak pontos és időben érkező információt, különösen akkor, ha valami változik, például ha befogadó létesítmény nyílik. A szóbeszéd ott terjed a leggyorsabban, ahol hiányzik a hivatalos tájékoztatás.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Vonjon be.__ Gondoskodjon róla, hogy az újonnan érkezők is igénybe vehessék az önkormányzati szolgáltatásokat, hogy az információk az általuk olvasott nyelveken is elérhetők legyenek, és hogy a hangjuk hallatsszon a konzultációkon és a helyi rendezvényeken.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Kapcsoljon össze.__ Hozza össze az iskolákat, a civil szervezeteket, a munkáltatókat, a vallási közösségeket, a sportegyesületeket és a kulturális intézményeket. Gyakran az önkormányzat az egyetlen szereplő, amely mindannyiukat egy asztalhoz tudja ültetni.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Mutassa meg.__ Használja a település csatornáit – a honlaptól a főtéri hirdetőtábláig –, hogy megmutassa, hogyan gazdagítják a { -migrants } nap mint nap a helyi életet.
# Context: heading
local-h-f679bfa7eb405653 = Az integráció mindenkit érint
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = Sokan úgy látják, hogy az { -integration } csak az újonnan érkezők feladata: tanulják meg a nyelvet, találjanak munkát, tartsák be a szabályokat. Ezek fontos dolgok. De a befogadó közösségtől is kér valamit: nyitottságot, igazságos szabályokat és hozzáférést a lehetőségekhez.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = A kommunikációnak mindkét oldalon van szerepe. Az újonnan érkezőknek világos tájékoztatásra van szükségük jogaikról, kötelezettségeikről és a szolgáltatásokról; a régóta itt élőknek pedig őszinte információra arról, kik az újonnan érkezők, és miért jöttek. Mindkét félnek szüksége van alkalmakra, hogy emberként találkozzanak, ne pedig kategóriaként.
# Context: heading
local-h-8f81c84427935632 = Ki mit tesz hozzá?
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = Ezt egyetlen szereplő sem tudja egymagában elvégezni. Az alábbi táblázat azt mutatja, mit tesznek hozzá általában a különböző helyi szereplők a migrációról és az integrációról szóló kommunikációhoz.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Helyi szereplő
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = Mit tesz hozzá?
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = Hogyan segítheti a kommunikációt?
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Polgármester és képviselő-testület
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Legitimitás, láthatóság, döntések
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Nyilvános nyilatkozatok, jelenlét a rendezvényeken, egyértelmű kiállás a gyűlöletbeszéd ellen
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Önkormányzati osztályok
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Szolgáltatások, adatok, napi kapcsolat a lakosokkal
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Pontos információ, többnyelvű anyagok, egy kapcsolattartó személy
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Iskolák és óvodák
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Kapcsolat a gyerekekkel és a szülőkkel
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Projektek a diákokkal, szülői értekezletek, interkulturális napok
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Civil szervezetek
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Bizalom, közvetlen kapcsolat az újonnan érkezőkkel, szakértelem
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Történetek, önkéntesek, gyakorlati segítség, kritikus hang
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Munkáltatók és szakszervezetek
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Munkahelyek, képzés, munkakörnyezet
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Példák dolgozó újonnan érkezőkre, mentorálás
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Helyi média
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Elérés, napirend-alakítás
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Méltányos tudósítás, portrék, helyi viták
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = Maguk az újonnan érkezők
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Tapasztalat, nyelvtudás, készségek
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Saját nevükben szólalnak meg, közösen alakítják a kampányokat
# Context: table caption in “Who brings what”
local-tcap-4ebf14fe866db28c = Mit tesznek hozzá a helyi szereplők a migrációról és az integrációról szóló kommunikációhoz
# Context: heading
local-h-43e8ccfc0bce99df = Gyakori akadályok
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = A helyi munka nem könnyű. Három nehézség újra meg újra felmerül.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Félelem a vitától.__ A választott tisztségviselők attól tarthatnak, hogy ha a migrációról beszélnek, szavazatokat veszítenek. A tapasztalat azt mutatja, hogy a higgadt, tényszerű és következetes álláspontot általában tisztelik, még azok is, akik nem értenek vele egyet.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Erőforráshiány.__ A kis önkormányzatoknál előfordul, hogy egyetlen ember felel az egész kommunikációért. A civil szervezetekkel, iskolákkal és hálózatokkal kötött partnerségek segítenek megosztani a munkát.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Az újonnan érkezők saját félelmei.__ Akik üldöztetés elől menekültek, gyanakvóak lehetnek a hatóságokkal és a nyilvánossággal szemben. A bizalomhoz idő kell.
# Context: paragraph in “Common obstacles”
local-p-cc51e468b459268a = Ne használja az újonnan érkezőket díszletként a fotókon. Az a fotó, amelyen a { -refugees } csak hálás segélyezettként jelennek meg, éppen azt a képet erősíti, amelyen változtatni szeretne. Mutassa be az embereket a közösség aktív tagjaiként, saját készségeikkel és saját hangjukon.
# Context: heading
local-h-128116345ec56f05 = Az { -newcomers } mint partnerek
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-90ba2dbdd99d9352 = Ez a kézikönyv újra és újra visszatér egy gondolathoz: ne csak az { -newcomers } számára tervezzen, hanem velük együtt. Íme, hogyan.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-4ad98f73952ff4c2 = __Hol találhat partnereket?__ Kezdje a már meglévő csoportokkal: a { -migrants } által vezetett egyesületekkel, nyelvtanfolyamokkal, kulturális mediátorokkal, vallási közösségekkel, sportegyesületekkel és iskolákkal. Ne csak arra az egy emberre támaszkodjon, akit a városháza már ismer.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-7d67f52ee78ce2fa = __Mennyire ossza meg a döntéseket?__ A részvételnek négy szintje van: az embereket lehet tájékoztatni, meg lehet kérdezni őket, alkothatnak együtt Önnel, vagy maguk irányíthatnak. Legalább a közös alkotásra törekedjen, amikor az érintettek Önnel együtt terveznek és döntenek. Egy kampány munkáját az { -newcomers } egy kis tanácsadó csoportja is segítheti. Övé legyen a végső szó abban, hogyan mutatják be a tagjai történetét.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-b08c40e051024188 = __Bontsa le az akadályokat.__ Biztosítson tolmácsolást és gyermekfelügyeletet, és térítse meg az utazási költségeket. A találkozókat olyan helyen tartsa, ahová az emberek el tudnak jutni, és olyan időpontban, amely illeszkedik a műszakbeosztáshoz és a vallási ünnepekhez.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-9a9f351dd8b93746 = __Kerülje a látszatbevonást.__ Egyetlen ember nem beszélhet mindenki nevében. Vonjon be nőket és férfiakat, fiatalokat és idősebbeket, különböző származású és különböző jogállású embereket.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-20eeb85dff806891 = __Zárja le a kört.__ Mutassa meg a résztvevőknek az eredményeket és az értékelést, és kérdezze meg őket, min kellene változtatni legközelebb.
# Context: heading
local-h-1fcb65cb32c990e7 = Méltányos díjazás a szabályok keretein belül
# Context: paragraph in “Fair pay within the rules”
local-p-22faa39d6e3e9010 = Fizesse meg az { -newcomers } munkáját ott, ahol másokat is megfizetnek hasonló munkáért. Ha azonban az illető { -asylum-seeker }, a díj árthat is neki, ha sérti a munkavállalásra vagy az ellátásokra vonatkozó szabályokat. Mielőtt fizetne, egyeztessen a jogi osztállyal vagy egy helyi civil szervezettel:
# Context: list item in “Fair pay within the rules”
local-li-bee877195cbd0fa1 = Dolgozhat-e már az illető? Az uniós jog megengedi, hogy a tagállamok a menedékkérelem benyújtása után több hónapig ne tegyék lehetővé a munkavállalást[^reception].
# Context: list item in “Fair pay within the rules”
local-li-caeb7d27b3fd9191 = Kaphatja-e az illető ezt a díjat, és hogyan kell bevallani?
# Context: list item in “Fair pay within the rules”
local-li-8eaed91feb26ef48 = Csökkenti-e a befogadási ellátását vagy más támogatását?
# Context: paragraph in “Fair pay within the rules”
local-p-6c340d87ebdcc2b2 = Ahol díjat nem lehet fizetni, általában akkor is megtérítheti az utazási, étkezési és gyermekfelügyeleti költségeket, vagy adhat igazolást, illetve ajánlólevelet. Az utalványokat is ellenőrizze, mert jövedelemnek számíthatnak. Az okot nyíltan magyarázza el. Az { -temporary-protection } hatálya alá tartozók és az elismert { -refugees } dolgozhatnak, de az adózási és ellátási szabályok rájuk is vonatkoznak.
# Context: heading
local-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
local-li-04338f0eb629554c = A fenti táblázat segítségével térképezze fel a helyi szereplőket, és minden sorhoz írjon fel legalább egy nevet.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Szervezzen belső megbeszélést az önkormányzati osztályok számára:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = egyezzenek meg a településen élő újonnan érkezőkre vonatkozó tényekben;
# Context: list item in “What you can do”
local-li-8bf06752029391ef = egyezzenek meg a használt szavakban, a [fogalomtár](03-words.md#glossary) alapján;
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = jelöljenek ki egy kapcsolattartó személyt a lakosok és a média kérdéseire.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Kérje meg a polgármestert vagy egy vezető tisztségviselőt, hogy idén tegyen egy egyértelmű nyilvános nyilatkozatot a befogadásról és a kölcsönös tiszteletről.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Ellenőrizze, hogy a legfontosabb önkormányzati információk elérhetők-e azokon a nyelveken, amelyeket a településen élő újonnan érkezők a leggyakrabban beszélnek.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Válasszon egy olyan tevékenységet, amely egyenrangú félként hozza össze a lakosokat és az újonnan érkezőket, és kezdettől fogva az újonnan érkezőkkel együtt tervezze meg. Használja ehhez az [5. fejezet](05-campaign.md) kampánytervét.
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = A bevándorlók integrációjára vonatkozó politika közös alapelveit az Európai Unió Tanácsa 2004-ben fogadta el. Az első alapelv az integrációt „a kölcsönös alkalmazkodás dinamikus, kétirányú folyamataként” írja le.
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = Az Európai Bizottság 2020 novemberében mutatta be a 2021–2027-es időszakra szóló integrációs és befogadási cselekvési tervét. A terv hangsúlyozza a helyi és regionális önkormányzatokkal való partnerséget, valamint az újonnan érkezők és a befogadó közösségek közötti mindennapi kapcsolat fontosságát.
# Context: footnote in “What you can do”
local-fn-c90181702983e8ec = A befogadási feltételekről szóló irányelv (2013/33/EU) szerint a munkavállalást legkésőbb a kérelem benyújtásától számított kilenc hónap elteltével lehetővé kell tenni, ha addig nem született elsőfokú döntés. A 2026 júniusától alkalmazandó, átdolgozott (EU) 2024/1346 irányelv ezt hat hónapra csökkenti.
