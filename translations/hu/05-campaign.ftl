# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Egy figyelemfelkeltő kampány megtervezése
# Context: heading
campaign-h-b58fcb4fc7d606c5 = Mi a helyi kampány?
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = A figyelemfelkeltő kampány tevékenységek tervezett sorozata, amelynek célja, hogy korlátozott idő alatt megváltoztassa, mit tud, mit érez vagy mit tesz egy adott embercsoport egy témával kapcsolatban. Egy, a migrációról és az { -integration } kérdéséről szóló helyi kampány ötvözhet például portrékat a helyi újságban, egy fesztivált, egy iskolai projektet, plakátokat a buszmegállókban és egy interneten megosztott rövid videót.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = A { -clarinet }-projektben részt vevő { -local-communities } nyolc ilyen kampányt terveztek. Ez a fejezet olyan módszert mutat be, amelyet bármely település, civil szervezet vagy iskola használhat, költségvetésétől függetlenül.
# Context: heading
campaign-h-3041721e644d4666 = A kampányciklus
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = A jó kampányok hét lépésből álló ciklust követnek, és amit a végén megtanulunk, az a következő kampányba épül be.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Hét számozott lépés egymás alatt, mindegyik egy irányadó kérdéssel, nyilakkal összekötve: 1. célok, 2. célközönségek, 3. üzenetek, 4. csatornák, 5. partnerek, 6. költségvetés, 7. értékelés; az értékeléstől egy nyíl vezet vissza a célokhoz. Alul: tervezés, megvalósítás, tanulás, majd újrakezdés.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = A kampányciklus: hét lépés a céloktól az értékelésig, és vissza
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = A kampány hét lépése, körforgásban
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Hét számozott lépés egymás alatt, mindegyik egy kérdéssel, nyilakkal összekötve: 1. célok (mi változzon?), 2. célközönségek (kit akarunk elérni?), 3. üzenetek (mit mondunk?), 4. csatornák (hol mondjuk el?), 5. partnerek (ki dolgozik velünk?), 6. költségvetés (mire futja?), 7. értékelés (mi működött?). Az értékeléstől egy nyíl vezet vissza a célokhoz, a következő kampányhoz. Alul: tervezés, megvalósítás, tanulás, majd újrakezdés.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Célok
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = Mi változzon?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Célközönségek
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = Kit akarunk elérni?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Üzenetek
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = Mit mondunk?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Csatornák
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Hol mondjuk el?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Partnerek
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Ki dolgozik velünk?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Költségvetés
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = Mire futja?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Értékelés
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = Mi működött?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = Terv, megvalósítás, tanulás, újra
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = A gyakorlatban a lépések átfedik egymást: előfordulhat, hogy előbb talál partnert, és közösen alakítják ki a célt. A ciklus a gondolkodást segítő ellenőrzőlista, nem merev sorrend.
# Context: heading
campaign-h-32aa40a5d4b58434 = 1. lépés: Célok
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Induljon ki abból a változásból, amelyet látni szeretne. A „figyelemfelkeltés” túl homályos ahhoz, hogy döntéseket alapozzon rá. Kérdezze inkább azt: a kampány után mi legyen másképp, és kinek a számára? A hasznos célok konkrétak, reálisak és lehetőség szerint mérhetők. Például:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = több lakos tudja, hogy a településen élő újonnan érkezők helyi munkahelyeken dolgoznak, például a gondozásban, az építőiparban vagy a mezőgazdaságban;
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = két iskola diákjai találkoztak és beszélgettek velük egykorú újonnan érkezőkkel;
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = a helyi újság méltányos, személyes történeteket közöl az újonnan érkezőkről, nem csak a problémákról szóló híreket.
# Context: heading
campaign-h-6195a34f20b4c26c = 2. lépés: Célközönségek
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = A „nagyközönség” nem célközönség: az mindenki. Válassza ki azokat a csoportokat, amelyeket a leginkább el szeretne érni, és írja le őket pontosan.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = Gyakran segít, ha három csoportban gondolkodik: a már most is támogató lakosok, a határozottan elutasító lakosok, és a nagy középső csoport, amelynek tagjai bizonytalanok, elfoglaltak vagy érdektelenek. A legtöbb sikeres kampány a középső csoportra összpontosít, a támogató csoportot pedig üzenetvivőként használja.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = Minden célközönségnél tegye fel a kérdést:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = Mit tudnak és mit gondolnak már most a migrációról?
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = Mi a legfontosabb számukra: a gyerekeik iskolája, a biztonság, a munkahelyek, a környékük, a hitük, a focicsapatuk?
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = Kiben bíznak? Egy orvosban, egy vallási vezetőben, egy edzőben, egy nagymamában, egy influenszerben?
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = Honnan tájékozódnak?
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Ne feledkezzen meg arról, hogy az újonnan érkezők is célközönség. Az a kampány, amely a saját nyelvükön hívja őket a település életébe, ugyanolyan értékes lehet, mint amelyik a régóta itt élőknek szól.
# Context: heading
campaign-h-64f58707fcd5243e = 3. lépés: Üzenetek
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = Az üzenet az, amire szeretné, hogy a közönsége emlékezzen. Összeköti a célját azzal, ami a közönségnek fontos. A helyben működő üzenetekben általában van néhány közös vonás:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __Emberekről szólnak, nem kategóriákról.__ Egy név szerint bemutatott ápoló, pék vagy diák jobban megmarad, mint az, hogy „a migránsok hozzájárulnak a gazdasághoz”.
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __Azt hangsúlyozzák, ami a lakosokban és az újonnan érkezőkben közös.__ A munka, a család, a gyerekek, a foci, az ételek, a zene, a hit, a település szeretete.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __Helyiek.__ A „mi városunk” közelebb áll, mint „Európa”.
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __Pozitívak, de őszinték.__ Ne tegyen úgy, mintha nem lennének problémák. Mutassa meg, hogyan oldják meg őket közösen.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __Cselekvésre hívnak.__ Jöjjön el a fesztiválra, csatlakozzon a kórushoz, köszönjön rá az új szomszédra.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Mielőtt elindítja, próbálja ki az üzenetét a közönség néhány tagjával, köztük újonnan érkezőkkel is, és vesse össze a szavait a [fogalomtárral](03-words.md#glossary).
# Context: heading
campaign-h-d4e795bddd135955 = Egyszerű üzenetkeret
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = Az „üzenetház” segít abban, hogy a partnerek megállapodjanak, mit mondanak. Üres sablont a [10. fejezetben](10-resources.md#message-house) talál. A tető a fő üzenet: egyetlen mondat, amelyet bárki el tud ismételni. Három pillér tartja: az alátámasztó érvek, mindegyik mögött egy helyi ténnyel vagy történettel. Az alap az üzenetközvetítők köre és az a cselekvés, amelyre az embereket kéri.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Minden üzenetet négy lépésben építsen fel:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = egy érték, amelyet a célközönsége is vall, például a méltányosság, a biztonság vagy a család;
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = egy helyi történet vagy tény, amely ezt az értéket mutatja;
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = mit tesznek, és kik;
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = felhívás a cselekvésre.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = Ha a lakosok aggódnak, ne söpörje le az aggodalmaikat. Ismerje el őket, mondja el a tényeket, és mutassa meg a megoldást.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = Kerülje
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Inkább így
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = „Migránsáradat zúdult a városra”
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = „Ezen a héten 30 ember érkezett; a város és az önkéntesek gondoskodtak a szállásukról”
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = „Illegálisokat találtak egy kamionban”
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = „A rendőrség egy kamionban elrejtőzött embereket talált; biztonságban vannak, és orvosi ellátást kapnak”
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = „Lopásért őrizetbe vettek egy migránst”
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = „Lopásért őrizetbe vettek egy férfit” (a származást vagy a jogállást csak akkor említse, ha lényeges és megerősített)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = „A menekültek elveszik a munkánkat”
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = „A helyi gazdaságoknak és idősotthonoknak munkaerő kell; néhányuknál már { -newcomers } is dolgoznak”
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = „A szegény menekülteknek szükségük van a segítségünkre”
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = „Egy Szíriában képzett ápolónő azért tanulja a nyelvet, hogy a rendelőnkben dolgozhasson”
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = „Válság: megnyílik a befogadóállomás”
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = „Hétfőn 50 férőhelyes befogadóállomás nyílik: mutatjuk, mi változik, és kihez fordulhat”
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Átírt főcímek: mit írjunk helyettük
# Context: heading
campaign-h-fb6d29fad2bf4c85 = 4. lépés: Csatornák
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = A csatornákat aszerint válassza meg, hol van ténylegesen a közönsége, és ne aszerint, mi a divatos.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Csatorna
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Mire jó?
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Mire figyeljen?
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Személyes találkozást kínáló rendezvények (fesztiválok, nyílt napok, közös étkezések)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Valódi kapcsolat a lakosok és az újonnan érkezők között; bizalomépítés
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Csak a már eleve érdeklődőket érik el
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Iskolák és ifjúsági csoportok
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Hosszú távú változás; a szülők elérése a gyerekeken keresztül
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Idő és a pedagógusok elkötelezettsége kell hozzá
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Helyi sajtó, rádió és televízió
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Hitelesség; az idősebb lakosok elérése
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Kevés befolyás a végső anyagra
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Közösségi média
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Gyorsaság, megosztás, fiatal közönség
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Ellenséges hozzászólások; moderálás kell hozzá
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Plakátok, molinók, közterek
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Láthatóság a mindennapi életben
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Rongálás; az üzenetnek másodpercek alatt érthetőnek kell lennie
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Önkormányzati csatornák (honlap, hírlevél, hirdetőtáblák)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Hivatalos súly; alacsony költség
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Bürokratikusnak hathat; maradjon emberi a hangnem
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Művészet és kultúra (kiállítások, színház, zene)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Érzelmek; új közönségek
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Jó partnerek kellenek hozzá; lásd a [7. fejezetet](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Kommunikációs csatornák: mire jó az egyes csatorna, és mire kell figyelni
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = A legtöbb kampány két-három, egymást erősítő csatornát használ. Az újságírókkal való együttműködéshez és a közösségi médiához a [9. fejezet](09-media.md) ad tanácsokat.
# Context: heading
campaign-h-9378785c2e274f26 = 5. lépés: Partnerek
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = A partnerek megsokszorozzák a lehetőségeit. Gondoljon rájuk három körben:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Kulcspartnerek__, akik Önnel együtt tervezik és valósítják meg a kampányt:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = egy önkormányzati osztály vagy a polgármesteri kabinet;
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = egy-két, újonnan érkezőkkel dolgozó civil szervezet;
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = maguk az újonnan érkezők, szervezőként, és nem csupán a kampány alanyaiként.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Támogató partnerek__, akik konkrét feladatokban segítenek:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = iskolák, könyvtárak, művelődési házak és sportegyesületek;
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = a helyi média;
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = művészek és grafikusok.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Támogatók__, akik terjesztik az üzenetét:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = köztiszteletben álló helyi személyiségek;
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = munkáltatók és vállalkozói szövetségek;
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = vallási közösségek és településhálózatok.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Már az elején egyezzenek meg, ki miről dönt, ki nyilatkozik a médiának, és hogyan tüntetik fel a partnerek közreműködését.
# Context: heading
campaign-h-fa58d30bdbfeb07d = 6. lépés: Költségvetés
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = Egy kampánynak nem kell drágának lennie, de reális költségvetés kell hozzá, még akkor is, ha annak nagyobb része idő, nem pedig pénz.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Tartson tartalékot a váratlan helyzetekre, és kezdettől fogva tervezzen pénzt az értékelésre.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = A 10. fejezet [költségvetési sablonja](10-resources.md#budget-template) felsorolja a szokásos költségeket, külön oszlopokkal a pénzbeli és a természetbeni hozzájárulásoknak, valamint annak, hogy ki fizeti őket.
# Context: heading
campaign-h-76bd0f182803cc9a = 7. lépés: Értékelés
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = Az értékelésből megtudja, elérte-e a kampány a célját, és mit lehet legközelebb jobban csinálni. Akkor tervezze meg, amikor a célt kitűzi, ne a végén. Mérjen három szinten:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Tevékenységek__: mit csinált. A rendezvények, plakátok, cikkek, bejegyzések száma.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Elérés__: kit ért el. Résztvevők, olvasók, megtekintések, megosztások, bevont iskolák.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Változás__: mi változott meg. Kérdőívek előtte és utána, a résztvevők visszajelzései, a helyi média tudósításainak hangneme.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = A változást a legnehezebb mérni, és egy kis kampány nem tudja bizonyítani, hogy egy egész település véleményét megváltoztatta. Az őszinte, apró jelek – például egy két iskolában végzett előtte-utána felmérés – hasznosabbak, mint a látványos, de üres számok.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = A 10. fejezetben talál egy [mutatótáblázatot](10-resources.md#indicator-template) és egy [rövid kérdőívet](10-resources.md#survey), amelyeket a kampány előtt és után használhat.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Írjon rövid beszámolót, ossza meg a partnerekkel és a résztvevőkkel, mondjon köszönetet mindenkinek, és térjen vissza az 1. lépéshez.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = Egy egyoldalas kampánytervsablon található a [10. fejezetben](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Hívjon össze három-négy embert különböző szervezetektől, és szánjanak két órát a ciklus 1–3. lépésére.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Írja le a célját, a célközönségét és az üzenetét egyetlen oldalon.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Kérjen meg két újonnan érkezőt és két régóta itt élő lakost, hogy mondjanak véleményt az üzenettervezetéről.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Válasszon egy kis első tevékenységet, amelyet három hónapon belül meg tud valósítani, és értékelje, mielőtt a következőt megtervezi.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = Ha a kampány véget ért, fontolja meg, hogy benevezi egy díjra, vagy megosztja más településekkel. A [8. fejezet](08-award.md) elmagyarázza, mi a közös a jó pályázatokban.
