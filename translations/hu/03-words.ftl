# handbook/chapters/03-words.md — Words matter
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
words-title-76d2d7610995b41d = A szavak számítanak
# Context: heading
words-h-f3b863a6af7c5b08 = Miért számítanak a szavak?
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = Az, ahogyan az emberekről beszélünk, meghatározza, hogyan látják őket mások. Ha valakire „áradatként” vagy „hullámként” utalunk, a hallgatóság egy katasztrófát képzel maga elé, amelyet meg kell fékezni. Ha ugyanezt az embert ápolóként, szomszédként vagy szülőként említjük, egy emberi lényt lát maga előtt. A szavaknak jogi jelentésük is van: az, hogy valaki { -refugee }, { -asylum-seeker } vagy { -migrant }, eldöntheti, hogy maradhat-e, dolgozhat-e, és magához veheti-e a családját.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = A pontos szóhasználat nem udvariasság kérdése, hanem a helyességé. Az a helyi újság, amely minden újonnan érkezőt „illegálisnak” nevez, legtöbbjükről egyszerűen téved. A szavak helyes megválasztása a legolcsóbb és leggyorsabb javítás, amelyet bármely helyi kommunikátor megtehet.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = Ez a fejezet a legfontosabb fogalmakat magyarázza el, amelyeket a kézikönyv minden nyelvi változata következetesen használ.
# Context: heading
words-h-e5784b859ad5a07e = A három leggyakrabban összekevert szó
# Context: heading
words-h-fa2239b6a4057c8a = Menekült
# Context: paragraph in “Refugee”
words-p-a55d8f2219b80fce = A { -refugee } olyan személy, akinek el kellett hagynia a hazáját, mert megalapozottan tart az üldöztetéstől. Az üldöztetés oka a faj, a vallás, a nemzeti hovatartozás, a politikai meggyőződés vagy egy meghatározott társadalmi csoporthoz való tartozás. E félelme miatt nem tudja vagy nem akarja saját országa védelmét igénybe venni. Ez a meghatározás a menekültek helyzetére vonatkozó 1951. évi egyezményből származik[^convention]. A hétköznapi beszédben a szót tágabban is használják a háború és az erőszak elől menekülő emberekre. Az EU-ban közülük sokan kiegészítő védelmet kapnak, tömeges beáramlás esetén pedig { -temporary-protection } illeti meg őket.
# Context: heading
words-h-aed25d084cc5514a = Menedékkérő
# Context: paragraph in “Asylum seeker”
words-p-322f86daac474c9b = A { -asylum-seeker } olyan személy, aki egy másik országban nemzetközi védelmet kért, és döntésre vár. Nem minden { -asylum-seeker } lesz végül elismert { -refugee }. Az elismert { -refugees } többsége először menedékkérelmet nyújtott be, de nem mindegyikük: kivételt jelentenek például a harmadik országból áttelepített menekültek. Menedéket kérni jog, nem bűncselekmény.
# Context: heading
words-h-dfcaf659e0182747 = Migráns
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = A „migráns” a három közül a legtágabb fogalom. Nincs egységes jogi meghatározása. A nemzetközi szervezetek gyűjtőfogalomként használják mindazokra, akik bármilyen okból és bármennyi időre elhagyják szokásos lakóhelyüket, akár egy országon belül, akár határon át[^iom-def]. A diákok, az idénymunkások, a családjukhoz csatlakozók és a háború elől menekülők egyaránt lehetnek { -migrants }. Mivel a szó ennyire tág, óvatosan használja: ha tudja, hogy akikről beszél, azok { -refugees } vagy { -asylum-seekers }, mondja ki.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = Ha kétségei vannak, az embert írja le, ne a kategóriát. „Egy afganisztáni fiatalember, aki két éve érkezett, és most egy autószerelő-műhelyben dolgozik” – ez pontosabb, és sokkal érdekesebb is, mint bármilyen címke.
# Context: heading
words-h-4c4e436f9a453c77 = Fogalomtár
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = Az alábbi táblázat a helyi kommunikációban leggyakrabban előforduló fogalmakat tartalmazza. A harmadik oszlop azt mutatja, milyen kifejezéseket érdemes használni, és melyeket kerülni.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Fogalom
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = Mit jelent?
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = Használja / kerülje
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant }
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Gyűjtőfogalom olyan személyre, aki bármilyen okból és bármennyi időre elhagyja szokásos lakóhelyét.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = Használja: „migráns”, vagy az illető tényleges helyzetét (munkavállaló, diák, családtag). Kerülje: olyan emberekre alkalmazni, akikről tudja, hogy menekültek.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee }
# Context: table cell in “Glossary”
words-cell-6858fb16bfcc8497 = Olyan, a saját országán kívül tartózkodó személy, aki az 1951. évi egyezményben meghatározottak szerint megalapozottan tart az üldöztetéstől. Az állam általi elismerés megerősíti a menekültstátuszt, de nem ez hozza létre. A hétköznapi beszédben a háború vagy erőszak elől menekülő személy is.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = Használja: „menekült”, ha a státuszt elismerték, vagy az illető egyértelműen veszély elől menekült. Kerülje: „álmenekült”, „úgynevezett menekült”.
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker }
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = Olyan személy, aki nemzetközi védelmet kért, és döntésre vár.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = Használja: „menedékkérő”, „védelmet kérő személy”. Kerülje: „illegális”, „álmenedékkérő”.
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = nemzetközi védelemben részesülő személy
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = Olyan személy, akit egy uniós tagállamban menekültként ismertek el, vagy kiegészítő védelemben részesítettek.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = Használja: ezt a kifejezést hivatalos szövegekben; a hétköznapi beszédben a „menekült” szót.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = kiegészítő védelem (Magyarországon: oltalmazotti jogállás)
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Védelem olyan személy számára, aki nem felel meg a menekültkénti elismerés feltételeinek, de hazaküldése esetén valós veszélye lenne annak, hogy súlyos sérelem éri.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = Használja: ha előfordul a szövegben, röviden magyarázza el; a legtöbb olvasó nem ismeri.
# Context: table cell in “Glossary”
words-cell-bea0ed6f76038775 = { -temporary-protection }
# Context: table cell in “Glossary”
words-cell-e60f7100dda44814 = Olyan védelem, amelyet az EU egyéni menekültügyi eljárás nélkül, azonnal megadhat a háború elől menekülő nagyszámú embernek. 2022 márciusa óta az Ukrajnából menekülőket védi.
# Context: table cell in “Glossary”
words-cell-ec001466c20e3483 = Használja: „átmeneti védelemben részesülő személyek” (Magyarországon: menedékesek). Kerülje: „menedékkérők”, kivéve, ha az illető menedékkérelmet nyújtott be.
# Context: table cell in “Glossary”
words-cell-5dc811403d0d6a8a = áttelepítés
# Context: table cell in “Glossary”
words-cell-7eeadae01c962191 = Elismert menekült áthelyezése abból az országból, ahol először talált biztonságra, egy másik országba, amely vállalta a befogadását.
# Context: table cell in “Glossary”
words-cell-fa79a53a26ec1083 = Használja: „áttelepített menekült”, rövid magyarázattal.
# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = irreguláris migráns
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = Olyan személy, aki a szükséges engedély nélkül lépett be egy országba, vagy tartózkodik ott.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = Használja: „irreguláris” vagy „okmányokkal nem rendelkező”. Kerülje: „illegális migráns”, „illegálisok”: cselekedet lehet illegális, ember nem.
# Context: table cell in “Glossary”
words-cell-21f15b4436173353 = embercsempészet és emberkereskedelem
# Context: table cell in “Glossary”
words-cell-f44ec191ac994e6f = Embercsempészet: segítség valakinek a határ szabálytalan átlépéséhez, pénzért. Emberkereskedelem: egy személy toborzása vagy szállítása kizsákmányolás céljából, erőszakkal vagy megtévesztéssel, akár átlépik vele a határt, akár nem.
# Context: table cell in “Glossary”
words-cell-f1f264429061865a = Használja: a pontos szót. Kerülje: a két szó szinonimaként való használatát. Aki embercsempésznek fizetett, később emberkereskedelem áldozatává válhat.
# Context: table cell in “Glossary”
words-cell-bab07c01ec681bf7 = harmadik országbeli állampolgár
# Context: table cell in “Glossary”
words-cell-78318cbb21b91c20 = Az uniós jogban olyan személy, aki nem állampolgára egyik uniós tagállamnak sem.
# Context: table cell in “Glossary”
words-cell-f96cb3f93743941d = Használja: pályázatokban és hivatalos szövegekben. Kerülje: a hétköznapi beszédben.
# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = kísérő nélküli kiskorú
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = 18 év alatti gyermek, aki szülő vagy más felelős felnőtt nélkül érkezik.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = Használja: „kísérő nélküli gyermek”. Kerülje: egy gyermek életkorának nyilvános megkérdőjelezését bizonyíték nélkül.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = migrációs hátterű személy
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = Olyan lakos, aki maga vándorolt be, vagy akinek a szülei bevándoroltak. Gyakran állampolgár.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = Használja: azt, ahogyan az illető önmagát leírja. Kerülje: a „külföldi” szót olyanokra, akik állampolgárok.
# Context: table cell in “Glossary”
words-cell-bb729424aceaa908 = { -newcomer }
# Context: table cell in “Glossary”
words-cell-15d53e4d7f7f70f5 = Ebben a kézikönyvben olyan személy, aki az elmúlt években költözött egy másik országból egy településre, jogállásától függetlenül.
# Context: table cell in “Glossary”
words-cell-b0b7e39db644e548 = Használja: „{ -newcomer }” a nemrég érkezettekre; „migrációs hátterű személy” az évek óta itt élőkre.
# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = Kétirányú folyamat, amelyben az újonnan érkezők és a befogadó közösség kölcsönösen alkalmazkodnak egymáshoz, és mindkét félnek vannak jogai és kötelezettségei.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = Használja: „integráció”, „befogadás”, „részvétel”. Kerülje: az „asszimiláció” szót, ha integrációra gondol.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = Egy település vagy térség lakói, szervezetei és intézményei, az újonnan érkezőket is beleértve.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = Használja: olyan megfogalmazást, amely az újonnan érkezőket is a „mi” részének tekinti. Kerülje: „helyiek kontra migránsok”.
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Olyan megnyilvánulás, amely gyűlöletet terjeszt, arra uszít, azt népszerűsíti vagy igazolja emberekkel szemben identitásuk – például származásuk, vallásuk vagy bőrszínük – miatt.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = Használja: nevezze meg világosan és higgadtan. Kerülje: a gyűlöletkeltő szavak megismétlését a címekben, még akkor is, ha bírálja őket.
# Context: table caption in “Glossary”
words-tcap-aa486d893eb1e7e8 = A helyi kommunikáció fogalmai, a javasolt és a kerülendő kifejezésekkel
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = A jogi meghatározások országonként kissé eltérnek, és idővel változnak. Hivatalos szövegekhez ellenőrizze, milyen megfogalmazást használ az országos menekültügyi hatóság. A nyilvános kommunikációhoz a fenti egyszerű meghatározások kellően pontosak.
# Context: heading
words-h-8e1d12b0300f90ae = Óvatosan kezelendő szavak
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Egyes szavak önmagukban nem helytelenek, de a tényeknél erősebb képet festenek.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Vízzel kapcsolatos metaforák__: „hullám”, „áradat”, „özön”, „beáramlás”. Természeti erővé változtatják az embereket, és azt sugallják, hogy az egyetlen lehetséges válasz a gát. Használja inkább az „érkezések” szót vagy a pontos számot, forrással együtt.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __Háborús metaforák__: „invázió”, „ostrom”. Azt sugallják, hogy az újonnan érkezők ellenségek.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Összefüggés nélküli számok__: „Ezrek érkeztek” – ez riasztóan hangzik; „ezrek érkeztek egy több millió lakosú régióba” – ez már talán nem. Adja meg a nagyságrendet.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __„Válság”__: a szó néha indokolt, például egy túlterhelt befogadási rendszer esetében. Emberek leírására azonban ritkán pontos.
# Context: heading
words-h-ad6b1d4fe6291d7c = Hagyjuk, hogy az emberek maguk nevezzék meg magukat
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = A címkéket mások aggatják ránk; a nevünket magunk választjuk. Amikor újonnan érkezőkkel dolgozik egy kampányon vagy cikken, kérdezze meg őket, hogyan szeretnék, hogy bemutassák őket. Vannak, akik büszkén vállalják, hogy { -refugees }; mások inkább a foglalkozásuk vagy a keresztnevük alapján szeretnének ismertek lenni. Egyesek egyáltalán nem szeretnék, hogy a jogállásukat megemlítsék, mert az veszélybe sodorhatná a rokonaikat.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Tartsa tiszteletben ezeket a döntéseket, és mindig kérjen hozzájárulást, mielőtt nyilvánosságra hozza valakinek a nevét, arcát vagy történetét. A hozzájárulásról bővebben a [9. fejezetben](09-media.md#consent) olvashat.
# Context: heading
words-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Nyomtassa ki a fogalomtár táblázatát, és tegye ki annak az asztala mellé, aki a szervezetében a sajtóközleményeket és a közösségimédia-bejegyzéseket írja.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Nézze át a szervezete által a migrációról közzétett utolsó öt nyilvános szöveget. Húzzon alá minden címkét, és vesse össze a fogalomtárral.
# Context: list item in “What you can do”
words-li-54e0cd427a746edf = Állapodjanak meg egy rövid stílusútmutatóban a település vagy a szervezet számára; ehhez használhatják a [10. fejezetben található sablont](10-resources.md#style-note):
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = milyen kifejezéseket használnak;
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = milyen kifejezéseket kerülnek;
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = kitől kérdezhetnek, ha bizonytalanok.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Kérjen meg egy újonnan érkezőt, hogy olvassa el a következő szövegét, mielőtt megjelenik, és mondja el, hogyan hangzik.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = A menekültek helyzetére vonatkozó 1951. évi egyezmény és annak 1967. évi jegyzőkönyve a nemzetközi menekültjog központi szövegei. Az Európai Unió valamennyi tagállama részes fél bennük.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = Lényegét tekintve ez a Nemzetközi Migrációs Szervezet (IOM) munkadefiníciója; az IOM megjegyzi, hogy a „migráns” fogalmát a nemzetközi jog nem határozza meg.
