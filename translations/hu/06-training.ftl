# handbook/chapters/06-training.md — Training local communities
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
training-title-cef7d88e6e1e87bb = A helyi közösségek képzése
# Context: heading
training-h-61efe14fc2e2e932 = Miért van szükség képzésre?
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = A legtöbben, akik egy településen a migrációról kommunikálnak, sosem tervezték ezt. Egy szociális munkást felkérnek, hogy szólaljon fel egy lakossági fórumon; egy pedagógus azt tapasztalja, hogy egy új diák érkezése felzaklatott néhány szülőt; egy önkéntes gyűlölködő bejegyzést lát az interneten azokról a családokról, akiknek segít. Mindannyian kommunikálnak, akár felkészültek rá, akár nem.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = A képzés magabiztosságot, közös szókincset és gyakorlati eszközöket ad nekik. Ráadásul össze is hozza őket: egy képzési nap legértékesebb eredménye gyakran az, hogy a könyvtáros, az ifjúsági szakember és a rendőr ezután már ismeri egymást.
# Context: heading
training-h-cc4e4fe821dc2ace = Kinek szól a képzés?
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = Egy helyi képzési program vegyes csoporttal működik a legjobban. Érdemes meghívni:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = azokat az önkormányzati munkatársakat, akik lakosokkal és újonnan érkezőkkel találkoznak, valamint azokat, akik a település csatornáira írnak;
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = a választott tisztségviselőket, még ha csak az idő egy részében tudnak is jelen lenni;
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = a civil szervezetek munkatársait és önkénteseit, köztük a { -migrants } által vezetett szervezetekét is;
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = pedagógusokat, iskolai tanácsadókat és ifjúsági szakembereket;
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = helyi újságírókat, valamint közösségi médiumok vagy online csoportok működtetőit;
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = a közösségben aktív újonnan érkezőket, résztvevőként és lehetőség szerint társtrénerként is.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = Egy 15–25 fős csoportban valódi beszélgetés alakulhat ki.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = A vegyes csoportok többet tanulnak, de nagyobb odafigyelést igényelnek. Az elején állapodjanak meg néhány egyszerű alapszabályban: figyeljünk egymásra, a saját tapasztalatunkból beszéljünk, tartsuk tiszteletben a bizalmas információkat, és a gondolatokkal vitatkozzunk, ne a személyekkel.
# Context: heading
training-h-758d23798d0d029c = Mit foglalhat magában egy program?
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = Az alábbi modulokból egynapos, kétnapos vagy több alkalomból álló program állítható össze. Minden modul egy rövid bevezetőből, egy gyakorlatból és egy megbeszélésből áll.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Tények és háttér.__ Kik az újonnan érkezők a településünkön, miért jöttek, és mi a jogi helyzetük? Háttéranyagként használja a [2. fejezetet](02-routes.md).
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Szavak.__ Menekültek, menedékkérők, migránsok és a többiek: mit jelentenek ezek a szavak, és hogyan hangzanak? Dolgozzanak a [fogalomtárral](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Észlelések és sztereotípiák.__ Hogyan alakul ki a véleményünk a migrációról? Milyen szerepe van a félelemnek, a személyes kapcsolatnak és a médiának? A résztvevők hibáztatás nélkül reflektálnak a saját előfeltevéseikre.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Történetek és üzenetek.__ Hogyan találjunk rá és hogyan meséljük el a hozzájárulásról és a hétköznapokról szóló történeteket, hozzájárulással és sztereotípiák nélkül? A résztvevők üzenettervezetet készítenek a saját közönségük számára.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Kampánytervezés.__ Az [5. fejezet](05-campaign.md#cycle) kampányciklusának hét lépése, egy valódi helyi ötletre alkalmazva.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Média és közösségi média.__ Együttműködés az újságírókkal, felkészülés az interjúkra, a hozzászólások moderálása és a félretájékoztatásra adott válaszok. Lásd a [9. fejezetet](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Válasz az ellenségességre.__ Mit tegyünk, ha egy gyűlés indulatossá válik, vagy ha megjelenik a { -hate-speech }: hogyan maradjunk higgadtak, hogyan húzzunk határokat, és mikor kell bejelentést tenni?
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Hívja meg az újonnan érkezőket, hogy a saját szavaikkal és a saját feltételeik szerint mondják el, milyen volt megérkezni a településre. Egy szemtől szemben meghallgatott személyes beszámoló gyakran jobban megváltoztatja a résztvevők nézeteit, mint bármelyik diakép. Készítse fel jól az előadókat, fizesse meg az idejüket, és soha ne kérje őket arra, hogy nyilvánosan éljenek át újra traumatikus eseményeket. Mielőtt egy { -asylum-seeker } részére díjat fizetne, nézze át a munkavállalásra és az ellátásokra vonatkozó szabályokat a [4. fejezetben](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Egy képzési program lebonyolítása
# Context: heading
training-h-3386b5676f771586 = A képzés előtt
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Tűzze ki a célt. Mire legyenek képesek a résztvevők a képzés után? Például: pontos szóhasználattal megírni egy sajtóközleményt, vagy megtervezni egy kis kampányt.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Mérje fel, mire van szükségük a résztvevőknek: egy rövid kérdőívből kiderül, mit tudnak, és mi aggasztja őket.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Válasszon trénereket: valakit, akinek kommunikációs tapasztalata van, valakit, aki ismeri a migráció és a menekültügy világát, és legalább egy újonnan érkezőt.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Készítse elő a gyakorlati részleteket:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = akadálymentes helyszín, ahol kiscsoportos munkára is van hely;
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = tolmácsolás, ha egyes résztvevőknek szükségük van rá;
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = gyermekfelügyelet, vagy olyan időpont, amely a szülőknek és a műszakban dolgozóknak is megfelel.
# Context: heading
training-h-a709853027611f7a = A képzés alatt
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = A bevezetők legyenek rövidek, és hagyja, hogy a résztvevők a saját valós helyzeteiken dolgozzanak, rövid előadások, esettanulmányok, szerepjátékok és újonnan érkezőkkel folytatott beszélgetések váltakozásával.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Adjon teret a kételyeknek és a nehéz kérdéseknek. Azoknak a résztvevőknek, akik a biztonság, a szolgáltatások költségei vagy egy iskolai feszültség miatt aggódnak, ki kell tudniuk mondani ezt. Tényekkel válaszoljon, és mutassa meg, hogyan kezeltek mások hasonló helyzeteket.
# Context: heading
training-h-257f554c9fad8263 = A képzés után
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Kérje meg a résztvevőket, hogy egy konkrét vállalással távozzanak: egy átírandó szöveggel, egy felhívandó partnerrel, egy megtervezendő tevékenységgel. Tartsák a kapcsolatot, és néhány hónap múlva találkozzanak újra. A legjobb eredmény az, ha a képzésből kampány születik. A { -clarinet } képzési programokat és helyi kampányokat is megvalósított.
# Context: heading
training-h-86f437ebce5d900a = Egy mintaprogram egynapos képzéshez
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = Az alábbi táblázat egy modell, amelyet a saját igényeihez igazíthat. Az időpontok tájékoztató jellegűek.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Időpont
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Programpont
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Módszer
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 9:00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Köszöntés, bemutatkozás, alapszabályok
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Névkör, rövid bemelegítő páros gyakorlat
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 9:30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Tények és háttér a településünkön
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Rövid bevezető, kérdések, kvíz
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10:30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = A szavak számítanak
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Munka a fogalomtárral; valódi újságcímek átírása
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11:30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Szünet
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Kávé és kötetlen beszélgetés
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11:45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Megérkezni ide: az újonnan érkezők mesélnek
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Beszélgetés kiscsoportokban
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13:00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Ebéd
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = Közös étkezés
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14:00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = A történettől az üzenetig
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Csoportmunka egy helyi üzeneten
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15:00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Egy kis kampány megtervezése
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Kampányciklus, csoportonként egy oldal
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16:00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = A média és az ellenséges hozzászólások kezelése
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Szerepjáték
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16:45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Vállalások és értékelés
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Mindenki megnevez egy következő lépést; rövid visszajelző lap
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17:00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Zárás
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Köszönet és búcsú
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = Egy egynapos képzés mintaprogramja
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = Egyetlen nap jó kezdet, de ritkán elegendő. Ha teheti, ossza el a modulokat több rövidebb alkalomra, hogy a résztvevők a kettő között kipróbálhassanak dolgokat.
# Context: heading
training-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = Írjon össze tíz embert a településén, akik – akár tudják, akár nem – a migrációról kommunikálnak, és hívja meg őket egy első, félnapos alkalomra.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Keressen társtrénert a településén élő újonnan érkezők között, és vele együtt tervezze meg az alkalmat.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Használja a fenti mintaprogramot, és igazítsa a rendelkezésére álló időhöz és költségvetéshez.
