### handbook/chapters/03-words.md — Words matter
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
words-title-99393f6a = A szavak számítanak

# Context: heading
words-h-6d11659b = Miért számítanak a szavak?

# Context: paragraph in “Why words matter”
words-p-1e8fb6b5 = Az, ahogyan az emberekről beszélünk, meghatározza, hogyan látják őket mások. Ha valakire „áradatként” vagy „hullámként” utalunk, a hallgatóság egy katasztrófát képzel maga elé, amelyet meg kell fékezni. Ha ugyanezt az embert ápolóként, szomszédként vagy szülőként említjük, egy emberi lényt lát maga előtt. A szavaknak jogi jelentésük is van: az, hogy valaki { -refugee }, { -asylum-seeker } vagy { -migrant }, eldöntheti, hogy maradhat-e, dolgozhat-e, és magához veheti-e a családját.

# Context: paragraph in “Why words matter”
words-p-06f92181 = A pontos szóhasználat nem udvariasság kérdése, hanem a helyességé. Az a helyi újság, amely minden újonnan érkezőt „illegálisnak” nevez, legtöbbjükről egyszerűen téved. A szavak helyes megválasztása a legolcsóbb és leggyorsabb javítás, amelyet bármely helyi kommunikátor megtehet.

# Context: paragraph in “Why words matter”
words-p-75d04f15 = Ez a fejezet a legfontosabb fogalmakat magyarázza el, amelyeket a kézikönyv minden nyelvi változata következetesen használ.

# Context: heading
words-h-b04bf22f = A három leggyakrabban összekevert szó

# Context: heading
words-h-bc0885e6 = Menekült

# Context: paragraph in “Refugee”
words-p-a666f2f6 = A { -refugee } olyan személy, akinek el kellett hagynia a hazáját, mert faji, vallási, nemzeti hovatartozása, politikai meggyőződése vagy meghatározott társadalmi csoporthoz tartozása miatt megalapozottan tart üldöztetéstől, és e félelme miatt nem tudja vagy nem akarja saját országa védelmét igénybe venni. Ez a meghatározás a menekültek helyzetére vonatkozó 1951. évi egyezményből származik[^convention]. A hétköznapi beszédben a szót tágabban is használják a háború és az erőszak elől menekülő emberekre, és a nemzetközi jog őket is védelemben részesíti.

# Context: heading
words-h-b09f4651 = Menedékkérő

# Context: paragraph in “Asylum seeker”
words-p-f370bd9c = A { -asylum-seeker } olyan személy, aki egy másik országban nemzetközi védelmet kért, és döntésre vár. Nem minden menedékkérőből lesz végül elismert { -refugee }, de minden elismert menekült volt egyszer menedékkérő. Menedéket kérni jog, nem bűncselekmény.

# Context: heading
words-h-154e9718 = Migráns

# Context: paragraph in “Migrant”
words-p-9353fc8a = A „migráns” a három közül a legtágabb fogalom. Nincs egységes jogi meghatározása. A nemzetközi szervezetek gyűjtőfogalomként használják mindazokra, akik bármilyen okból és bármennyi időre elhagyják szokásos lakóhelyüket, akár egy országon belül, akár határon át[^iom-def]. A diákok, az idénymunkások, a családjukhoz csatlakozók és a háború elől menekülők egyaránt lehetnek { -migrants }. Mivel a szó ennyire tág, óvatosan használja: ha tudja, hogy akikről beszél, azok { -refugees } vagy { -asylum-seekers }, mondja ki.

# Context: paragraph in “Migrant”
words-p-4927dc2d = Ha kétségei vannak, az embert írja le, ne a kategóriát. „Egy afganisztáni fiatalember, aki két éve érkezett, és most egy autószerelő-műhelyben dolgozik” – ez pontosabb, és sokkal érdekesebb is, mint bármilyen címke.

# Context: heading
words-h-940caa36 = Fogalomtár

# Context: paragraph in “Glossary”
words-p-00e42605 = Az alábbi táblázat a helyi kommunikációban leggyakrabban előforduló fogalmakat tartalmazza. A harmadik oszlop azt mutatja, milyen kifejezéseket érdemes használni, és melyeket kerülni.

# Context: table cell in “Glossary”
words-cell-3e987aec = Fogalom

# Context: table cell in “Glossary”
words-cell-0de1cea6 = Mit jelent?

# Context: table cell in “Glossary”
words-cell-e6167397 = Használja / kerülje

# Context: table cell in “Glossary”
words-cell-8a2d7f21 = { -migrant }

# Context: table cell in “Glossary”
words-cell-25a9704a = Gyűjtőfogalom olyan személyre, aki bármilyen okból és bármennyi időre elhagyja szokásos lakóhelyét.

# Context: table cell in “Glossary”
words-cell-ffc7f288 = Használja: „migráns”, vagy az illető tényleges helyzetét (munkavállaló, diák, családtag). Kerülje: olyan emberekre alkalmazni, akikről tudja, hogy menekültek.

# Context: table cell in “Glossary”
words-cell-80dda940 = { -refugee }

# Context: table cell in “Glossary”
words-cell-8021ad9a = Olyan személy, aki üldöztetés, háború vagy erőszak elől menekült, és a nemzetközi jog védelme alatt áll; szűkebb értelemben az 1951. évi egyezmény alapján elismert személy.

# Context: table cell in “Glossary”
words-cell-a17dca42 = Használja: „menekült”, ha a státuszt elismerték, vagy az illető egyértelműen veszély elől menekült. Kerülje: „álmenekült”, „úgynevezett menekült”.

# Context: table cell in “Glossary”
words-cell-87463fb7 = { -asylum-seeker }

# Context: table cell in “Glossary”
words-cell-098604c8 = Olyan személy, aki nemzetközi védelmet kért, és döntésre vár.

# Context: table cell in “Glossary”
words-cell-fe1c4052 = Használja: „menedékkérő”, „védelmet kérő személy”. Kerülje: „illegális”, „álmenedékkérő”.

# Context: table cell in “Glossary”
words-cell-d4d1cfe5 = nemzetközi védelemben részesülő személy

# Context: table cell in “Glossary”
words-cell-c36c0cd8 = Olyan személy, akit egy uniós tagállamban menekültként ismertek el, vagy kiegészítő védelemben részesítettek.

# Context: table cell in “Glossary”
words-cell-2385d60e = Használja: ezt a kifejezést hivatalos szövegekben; a hétköznapi beszédben a „menekült” szót.

# Context: table cell in “Glossary”
words-cell-6ef134b7 = kiegészítő védelem

# Context: table cell in “Glossary”
words-cell-e25e040a = Védelem olyan személy számára, aki nem felel meg a menekültkénti elismerés feltételeinek, de hazaküldése esetén valós veszélye lenne annak, hogy súlyos sérelem éri.

# Context: table cell in “Glossary”
words-cell-9bef5378 = Használja: röviden magyarázza el, amikor használja; a legtöbb olvasó nem ismeri.

# Context: table cell in “Glossary”
words-cell-7ffc1436 = irreguláris migráns

# Context: table cell in “Glossary”
words-cell-57a635f1 = Olyan személy, aki a szükséges engedély nélkül lépett be egy országba, vagy tartózkodik ott.

# Context: table cell in “Glossary”
words-cell-15eccf25 = Használja: „irreguláris” vagy „okmányokkal nem rendelkező”. Kerülje: „illegális migráns”, „illegálisok”: cselekedet lehet illegális, ember nem.

# Context: table cell in “Glossary”
words-cell-96efc7c7 = kísérő nélküli kiskorú

# Context: table cell in “Glossary”
words-cell-33136488 = 18 év alatti gyermek, aki szülő vagy más felelős felnőtt nélkül érkezik.

# Context: table cell in “Glossary”
words-cell-9da4efca = Használja: „kísérő nélküli gyermek”. Kerülje: egy gyermek életkorának nyilvános megkérdőjelezését bizonyíték nélkül.

# Context: table cell in “Glossary”
words-cell-1799e586 = migrációs hátterű személy

# Context: table cell in “Glossary”
words-cell-aae8b353 = Olyan lakos, aki maga vándorolt be, vagy akinek a szülei bevándoroltak. Gyakran állampolgár.

# Context: table cell in “Glossary”
words-cell-8acb743c = Használja: azt, ahogyan az illető önmagát leírja. Kerülje: a „külföldi” szót olyanokra, akik állampolgárok.

# Context: table cell in “Glossary”
words-cell-86f1bddb = { -integration }

# Context: table cell in “Glossary”
words-cell-1068edef = Kétirányú folyamat, amelyben az újonnan érkezők és a befogadó közösség kölcsönösen alkalmazkodnak egymáshoz, és mindkét félnek vannak jogai és kötelezettségei.

# Context: table cell in “Glossary”
words-cell-49ea3505 = Használja: „integráció”, „befogadás”, „részvétel”. Kerülje: az „asszimiláció” szót, ha integrációra gondol.

# Context: table cell in “Glossary”
words-cell-7a6913b7 = { -local-community }

# Context: table cell in “Glossary”
words-cell-3b8c7bd4 = Egy település vagy térség lakói, szervezetei és intézményei, az újonnan érkezőket is beleértve.

# Context: table cell in “Glossary”
words-cell-408972b1 = Használja: olyan megfogalmazást, amely az újonnan érkezőket is a „mi” részének tekinti. Kerülje: „helyiek kontra migránsok”.

# Context: table cell in “Glossary”
words-cell-0d029014 = { -hate-speech }

# Context: table cell in “Glossary”
words-cell-275d63ab = Olyan megnyilvánulás, amely gyűlöletet terjeszt, arra uszít, azt népszerűsíti vagy igazolja emberekkel szemben identitásuk – például származásuk, vallásuk vagy bőrszínük – miatt.

# Context: table cell in “Glossary”
words-cell-fe96aaf2 = Használja: nevezze meg világosan és higgadtan. Kerülje: a gyűlöletkeltő szavak megismétlését a címekben, még akkor is, ha bírálja őket.

# Context: paragraph in “Glossary”
words-p-41844af3 = A jogi meghatározások országonként kissé eltérnek, és idővel változnak. Hivatalos szövegekhez ellenőrizze, milyen megfogalmazást használ az országos menekültügyi hatóság. A nyilvános kommunikációhoz a fenti egyszerű meghatározások kellően pontosak.

# Context: heading
words-h-0581156d = Óvatosan kezelendő szavak

# Context: paragraph in “Words to handle with care”
words-p-1c973087 = Egyes szavak önmagukban nem helytelenek, de a tényeknél erősebb képet festenek.

# Context: list item in “Words to handle with care”
words-li-a747657f = **Vízzel kapcsolatos metaforák**: „hullám”, „áradat”, „özön”, „beáramlás”. Természeti erővé változtatják az embereket, és azt sugallják, hogy az egyetlen lehetséges válasz a gát. Használja inkább az „érkezések” szót vagy a pontos számot, forrással együtt.

# Context: list item in “Words to handle with care”
words-li-8e528b03 = **Háborús metaforák**: „invázió”, „ostrom”. Azt sugallják, hogy az újonnan érkezők ellenségek.

# Context: list item in “Words to handle with care”
words-li-aa1e5a92 = **Összefüggés nélküli számok**: „Ezrek érkeztek” – ez riasztóan hangzik; „ezrek érkeztek egy több millió lakosú régióba” – ez már talán nem. Adja meg a nagyságrendet.

# Context: list item in “Words to handle with care”
words-li-3e19d820 = **„Válság”**: a szó néha indokolt, például egy túlterhelt befogadási rendszer esetében. Emberek leírására azonban ritkán pontos.

# Context: paragraph in “Words to handle with care”
words-p-42d9d57f = Több európai hírszervezet és újságíró-szövetség olyan stíluskézikönyvet fogadott el, amely kerüli az „illegális bevándorló” kifejezést, és az „irreguláris” vagy az „okmányokkal nem rendelkező” kifejezést részesíti előnyben. Egy önkormányzat ugyanezt megteheti: egy egyoldalas stílusútmutató a település honlapjához, hírleveleihez és sajtóközleményeihez a pontos szóhasználatot rutinná teszi, nem pedig vita tárgyává.

# Context: heading
words-h-8d81b72b = Hagyjuk, hogy az emberek maguk nevezzék meg magukat

# Context: paragraph in “Let people name themselves”
words-p-b6b448bf = A címkéket mások aggatják ránk; a nevünket magunk választjuk. Amikor újonnan érkezőkkel dolgozik egy kampányon vagy cikken, kérdezze meg őket, hogyan szeretnék, hogy bemutassák őket. Vannak, akik büszkén vállalják, hogy { -refugees }; mások inkább a foglalkozásuk vagy a keresztnevük alapján szeretnének ismertek lenni. Egyesek egyáltalán nem szeretnék, hogy a jogállásukat megemlítsék, mert az veszélybe sodorhatná a rokonaikat.

# Context: paragraph in “Let people name themselves”
words-p-95f9335e = Tartsa tiszteletben ezeket a döntéseket, és mindig kérjen hozzájárulást, mielőtt nyilvánosságra hozza valakinek a nevét, arcát vagy történetét. A hozzájárulásról bővebben a [9. fejezetben](09-media.md#consent) olvashat.

# Context: heading
words-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
words-li-1781802d = Nyomtassa ki a fogalomtár táblázatát, és tegye ki annak az asztala mellé, aki a szervezetében a sajtóközleményeket és a közösségimédia-bejegyzéseket írja.

# Context: list item in “What you can do”
words-li-afe6ca48 = Nézze át a szervezete által a migrációról közzétett utolsó öt nyilvános szöveget. Húzzon alá minden címkét, és vesse össze a fogalomtárral.

# Context: list item in “What you can do”
words-li-9fde9556 = Állapodjanak meg egy rövid stílusútmutatóban a település vagy a szervezet számára:

# Context: list item in “What you can do”
words-li-7088d2c3 = milyen kifejezéseket használnak;

# Context: list item in “What you can do”
words-li-0c7cd679 = milyen kifejezéseket kerülnek;

# Context: list item in “What you can do”
words-li-523b9b21 = kitől kérdezhetnek, ha bizonytalanok.

# Context: list item in “What you can do”
words-li-b1535273 = Kérjen meg egy újonnan érkezőt, hogy olvassa el a következő szövegét, mielőtt megjelenik, és mondja el, hogyan hangzik.

# Context: footnote in “What you can do”
words-fn-272d3bb4 = A menekültek helyzetére vonatkozó 1951. évi egyezmény és annak 1967. évi jegyzőkönyve a nemzetközi menekültjog központi szövegei. Az Európai Unió valamennyi tagállama részes fél bennük.

# Context: footnote in “What you can do”
words-fn-6a8c922e = Lényegét tekintve ez a Nemzetközi Migrációs Szervezet (IOM) munkadefiníciója; az IOM megjegyzi, hogy a „migráns” fogalmát a nemzetközi jog nem határozza meg.
