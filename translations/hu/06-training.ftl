### handbook/chapters/06-training.md — Training local communities
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
training-title-5b6cd454 = A helyi közösségek képzése

# Context: heading
training-h-078c0918 = Miért van szükség képzésre?

# Context: paragraph in “Why training”
training-p-1666b679 = A legtöbben, akik egy településen a migrációról kommunikálnak, sosem tervezték ezt. Egy szociális munkást felkérnek, hogy szólaljon fel egy lakossági fórumon; egy pedagógus azt tapasztalja, hogy egy új diák érkezése felzaklatott néhány szülőt; egy önkéntes gyűlölködő bejegyzést lát az interneten „az ő” családjairól. Mindannyian kommunikálnak, akár felkészültek rá, akár nem.

# Context: paragraph in “Why training”
training-p-afa24c58 = A képzés magabiztosságot, közös szókincset és gyakorlati eszközöket ad nekik. Ráadásul össze is hozza őket: egy képzési nap legértékesebb eredménye gyakran az, hogy a könyvtáros, az ifjúsági szakember és a rendőr ezután már ismeri egymást.

# Context: heading
training-h-f2999e8a = A nyolc képzési program

# Context: paragraph in “The eight training programmes”
training-p-6302f850 = A képzés a { -clarinet } öt fő tevékenységének egyike volt. A projekt nyolc képzési programot tervezett a { -local-communities } számára, nyolc helyi figyelemfelkeltő kampánya és nyolc alkotói rezidenciája mellett. A programok két kérdéssel foglalkoztak, amelyek ezen a kézikönyvön is végigvonulnak:

# Context: list item in “The eight training programmes”
training-li-728713a6 = **Hogyan** kommunikálhatnak a helyi közösségek a saját településükön a migráció és az { -integration } témájáról: milyen csatornákon, milyen partnerekkel, milyen hangnemben?

# Context: list item in “The eight training programmes”
training-li-84038310 = **Mit** kommunikáljanak: milyen tényeket, milyen történeteket, milyen üzeneteket arról, mivel járulnak hozzá a { -migrants } a helyi élethez?

# Context: paragraph in “The eight training programmes”
training-p-6051c9de = Mivel a programok különböző országokban és nyelveken zajlottak, mindegyiket a helyi igények formálták. Az alábbi részek nem rögzített tantervet adnak: azokat a témákat és módszereket gyűjtik össze, amelyekkel az ilyen képzések általában foglalkoznak, hogy Ön megtervezhesse a sajátját.

# Context: heading
training-h-71ea65eb = Kinek szól a képzés?

# Context: paragraph in “Who training is for”
training-p-5cd31d27 = Egy helyi képzési program vegyes csoporttal működik a legjobban. Érdemes meghívni:

# Context: list item in “Who training is for”
training-li-924d6e3f = azokat az önkormányzati munkatársakat, akik lakosokkal és újonnan érkezőkkel találkoznak, valamint azokat, akik a település csatornáira írnak;

# Context: list item in “Who training is for”
training-li-faa0b619 = a választott tisztségviselőket, még ha csak az idő egy részében tudnak is jelen lenni;

# Context: list item in “Who training is for”
training-li-5d9ec123 = a civil szervezetek munkatársait és önkénteseit, köztük a { -migrants } által vezetett szervezetekét is;

# Context: list item in “Who training is for”
training-li-9e664a56 = pedagógusokat, iskolai tanácsadókat és ifjúsági szakembereket;

# Context: list item in “Who training is for”
training-li-c2b77862 = helyi újságírókat, valamint közösségi médiumok vagy online csoportok működtetőit;

# Context: list item in “Who training is for”
training-li-9499bbb6 = a közösségben aktív újonnan érkezőket, résztvevőként és lehetőség szerint társtrénerként is.

# Context: paragraph in “Who training is for”
training-p-344d89c0 = Egy 15–25 fős csoportban valódi beszélgetés alakulhat ki.

# Context: paragraph in “Who training is for”
training-p-729e2c54 = A vegyes csoportok többet tanulnak, de nagyobb odafigyelést igényelnek. Az elején állapodjanak meg néhány egyszerű alapszabályban: figyeljünk egymásra, a saját tapasztalatunkból beszéljünk, tartsuk tiszteletben a bizalmas információkat, és a gondolatokkal vitatkozzunk, ne a személyekkel.

# Context: heading
training-h-503564a9 = Mit foglalhat magában egy program?

# Context: paragraph in “What a programme can cover”
training-p-334ac23b = Az alábbi modulokból egynapos, kétnapos vagy több alkalomból álló program állítható össze. Minden modul egy rövid bevezetőből, egy gyakorlatból és egy megbeszélésből áll.

# Context: list item in “What a programme can cover”
training-li-b3edce25 = **Tények és háttér.** Kik az újonnan érkezők a településünkön, miért jöttek, és mi a jogi helyzetük? Háttéranyagként használja a [2. fejezetet](02-routes.md).

# Context: list item in “What a programme can cover”
training-li-2904d722 = **Szavak.** Menekültek, menedékkérők, migránsok és a többiek: mit jelentenek ezek a szavak, és hogyan hangzanak? Dolgozzanak a [fogalomtárral](03-words.md#glossary).

# Context: list item in “What a programme can cover”
training-li-0c712dbc = **Észlelések és sztereotípiák.** Hogyan alakul ki a véleményünk a migrációról? Milyen szerepe van a félelemnek, a személyes kapcsolatnak és a médiának? A résztvevők hibáztatás nélkül reflektálnak a saját előfeltevéseikre.

# Context: list item in “What a programme can cover”
training-li-8d98ecd8 = **Történetek és üzenetek.** Hogyan találjunk rá és hogyan meséljük el a hozzájárulásról és a hétköznapokról szóló történeteket, hozzájárulással és sztereotípiák nélkül? A résztvevők üzenettervezetet készítenek a saját közönségük számára.

# Context: list item in “What a programme can cover”
training-li-87e319a6 = **Kampánytervezés.** Az [5. fejezet](05-campaign.md#cycle) kampányciklusának hét lépése, egy valódi helyi ötletre alkalmazva.

# Context: list item in “What a programme can cover”
training-li-3e6f1470 = **Média és közösségi média.** Együttműködés az újságírókkal, felkészülés az interjúkra, a hozzászólások moderálása és a félretájékoztatásra adott válaszok. Lásd a [9. fejezetet](09-media.md).

# Context: list item in “What a programme can cover”
training-li-21e7260a = **Válasz az ellenségességre.** Mit tegyünk, ha egy gyűlés indulatossá válik, vagy ha megjelenik a { -hate-speech }: hogyan maradjunk higgadtak, hogyan húzzunk határokat, és mikor kell bejelentést tenni?

# Context: paragraph in “What a programme can cover”
training-p-6c332660 = Hívja meg az újonnan érkezőket, hogy a saját szavaikkal és a saját feltételeik szerint mondják el, milyen volt megérkezni a településre. Egy szemtől szemben meghallgatott személyes beszámoló gyakran jobban megváltoztatja a résztvevők nézeteit, mint bármelyik diakép. Készítse fel jól az előadókat, fizesse meg az idejüket, és soha ne kérje őket arra, hogy nyilvánosan éljenek át újra traumatikus eseményeket.

# Context: heading
training-h-474e1b3d = Egy képzési program lebonyolítása

# Context: heading
training-h-20641eef = Előtte

# Context: list item in “Before”
training-li-588a15fa = Tűzze ki a célt. Mire legyenek képesek a résztvevők a képzés után? Például: pontos szóhasználattal megírni egy sajtóközleményt, vagy megtervezni egy kis kampányt.

# Context: list item in “Before”
training-li-2cd16d14 = Mérje fel, mire van szükségük a résztvevőknek: egy rövid kérdőívből kiderül, mit tudnak, és mi aggasztja őket.

# Context: list item in “Before”
training-li-9e3384b5 = Válasszon trénereket: valakit, akinek kommunikációs tapasztalata van, valakit, aki ismeri a migráció és a menekültügy világát, és legalább egy újonnan érkezőt.

# Context: list item in “Before”
training-li-ad2ff4ce = Készítse elő a gyakorlati részleteket:

# Context: list item in “Before”
training-li-069da143 = akadálymentes helyszín, ahol kiscsoportos munkára is van hely;

# Context: list item in “Before”
training-li-6a31c872 = tolmácsolás, ha egyes résztvevőknek szükségük van rá;

# Context: list item in “Before”
training-li-9c48e891 = gyermekfelügyelet, vagy olyan időpont, amely a szülőknek és a műszakban dolgozóknak is megfelel.

# Context: heading
training-h-86c03894 = Közben

# Context: paragraph in “During”
training-p-4682b529 = A bevezetők legyenek rövidek, és hagyja, hogy a résztvevők a saját valós helyzeteiken dolgozzanak, rövid előadások, esettanulmányok, szerepjátékok és újonnan érkezőkkel folytatott beszélgetések váltakozásával.

# Context: paragraph in “During”
training-p-5e1981e1 = Adjon teret a kételyeknek és a nehéz kérdéseknek. Azoknak a résztvevőknek, akik a biztonság, a szolgáltatások költségei vagy egy iskolai feszültség miatt aggódnak, ki kell tudniuk mondani ezt. Tényekkel válaszoljon, és mutassa meg, hogyan kezeltek mások hasonló helyzeteket.

# Context: heading
training-h-1754c553 = Utána

# Context: paragraph in “After”
training-p-eff85e07 = Kérje meg a résztvevőket, hogy egy konkrét vállalással távozzanak: egy átírandó szöveggel, egy felhívandó partnerrel, egy megtervezendő tevékenységgel. Tartsák a kapcsolatot, és néhány hónap múlva találkozzanak újra. A legjobb eredmény az, ha a képzésből kampány születik: ezért kapcsolta össze a { -clarinet } a képzést a részt vevő közösségek által tervezett kampányokkal.

# Context: heading
training-h-7036f44e = Egy mintaprogram egynapos képzéshez

# Context: paragraph in “A sample one-day programme”
training-p-1ab9d3d4 = Az alábbi táblázat egy modell, amelyet a saját igényeihez igazíthat. Az időpontok tájékoztató jellegűek.

# Context: table cell in “A sample one-day programme”
training-cell-78efd29f = Időpont

# Context: table cell in “A sample one-day programme”
training-cell-44b56f66 = Programpont

# Context: table cell in “A sample one-day programme”
training-cell-8cb93664 = Módszer

# Context: table cell in “A sample one-day programme”
training-cell-9027f0a8 = 9:00

# Context: table cell in “A sample one-day programme”
training-cell-f941f369 = Köszöntés, bemutatkozás, alapszabályok

# Context: table cell in “A sample one-day programme”
training-cell-4736681d = Névkör, rövid bemelegítő páros gyakorlat

# Context: table cell in “A sample one-day programme”
training-cell-901b7d63 = 9:30

# Context: table cell in “A sample one-day programme”
training-cell-4d30ad90 = Tények és háttér a településünkön

# Context: table cell in “A sample one-day programme”
training-cell-40960c4e = Rövid bevezető, kérdések, kvíz

# Context: table cell in “A sample one-day programme”
training-cell-53aa9c37 = 10:30

# Context: table cell in “A sample one-day programme”
training-cell-99393f6a = A szavak számítanak

# Context: table cell in “A sample one-day programme”
training-cell-e93a1cd8 = Munka a fogalomtárral; valódi újságcímek átírása

# Context: table cell in “A sample one-day programme”
training-cell-0198394b = 11:30

# Context: table cell in “A sample one-day programme”
training-cell-0ae8041c = Szünet

# Context: table cell in “A sample one-day programme”
training-cell-01e57b1d = Kávé és kötetlen beszélgetés

# Context: table cell in “A sample one-day programme”
training-cell-019b89bb = 11:45

# Context: table cell in “A sample one-day programme”
training-cell-18685ed7 = Megérkezni ide: az újonnan érkezők mesélnek

# Context: table cell in “A sample one-day programme”
training-cell-432b1836 = Beszélgetés kiscsoportokban

# Context: table cell in “A sample one-day programme”
training-cell-b84d37e3 = 13:00

# Context: table cell in “A sample one-day programme”
training-cell-3a996e21 = Ebéd

# Context: table cell in “A sample one-day programme”
training-cell-0183acba = Közös étkezés

# Context: table cell in “A sample one-day programme”
training-cell-64e00163 = 14:00

# Context: table cell in “A sample one-day programme”
training-cell-559ca8c4 = A történettől az üzenetig

# Context: table cell in “A sample one-day programme”
training-cell-2c5f965e = Csoportmunka egy helyi üzeneten

# Context: table cell in “A sample one-day programme”
training-cell-16d1d7e5 = 15:00

# Context: table cell in “A sample one-day programme”
training-cell-a0af79a3 = Egy kis kampány megtervezése

# Context: table cell in “A sample one-day programme”
training-cell-049c37b7 = Kampányciklus, csoportonként egy oldal

# Context: table cell in “A sample one-day programme”
training-cell-380725a8 = 16:00

# Context: table cell in “A sample one-day programme”
training-cell-0ddfe142 = A média és az ellenséges hozzászólások kezelése

# Context: table cell in “A sample one-day programme”
training-cell-11fdb446 = Szerepjáték

# Context: table cell in “A sample one-day programme”
training-cell-380f7563 = 16:45

# Context: table cell in “A sample one-day programme”
training-cell-48c1c711 = Vállalások és értékelés

# Context: table cell in “A sample one-day programme”
training-cell-160d1d98 = Mindenki megnevez egy következő lépést; rövid visszajelző lap

# Context: table cell in “A sample one-day programme”
training-cell-b3fab034 = 17:00

# Context: table cell in “A sample one-day programme”
training-cell-db541cd8 = Zárás

# Context: table cell in “A sample one-day programme”
training-cell-d5c887f7 = Köszönet és búcsú

# Context: paragraph in “A sample one-day programme”
training-p-031f2f2d = Egyetlen nap jó kezdet, de ritkán elegendő. Ha teheti, ossza el a modulokat több rövidebb alkalomra, hogy a résztvevők a kettő között kipróbálhassanak dolgokat.

# Context: heading
training-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
training-li-58283c7c = Írjon össze tíz embert a településén, akik – akár tudják, akár nem – a migrációról kommunikálnak, és hívja meg őket egy első, félnapos alkalomra.

# Context: list item in “What you can do”
training-li-bbfe3487 = Keressen társtrénert a településén élő újonnan érkezők között, és vele együtt tervezze meg az alkalmat.

# Context: list item in “What you can do”
training-li-2ed79858 = Használja a fenti mintaprogramot, és igazítsa a rendelkezésére álló időhöz és költségvetéshez.

# Context: list item in “What you can do”
training-li-2194955d = Minden alkalmat konkrét vállalásokkal zárjon, és tűzzön ki időpontot a következő találkozóra.
