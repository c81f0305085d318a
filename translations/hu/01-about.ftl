# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = A kézikönyvről és a CLARINET-projektről
# Context: heading
about-h-00a88d9df1983bd1 = Miért készült ez a kézikönyv?
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Minden településnek megvannak a maga történetei az újonnan érkezőkről. Némelyiket jól mesélik el: például egy családét, amely újra kinyitotta a pékséget, vagy egy külföldön képzett ápolóét, aki most éjszakánként a helyi rendelőben dolgozik. Sok történet viszont sosem hangzik el, vagy csak problémaként kerül szóba. Ez a kézikönyv azoknak szól, akik a saját lakóhelyükön szeretnének változtatni ezen az egyensúlyon.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = Polgármestereknek és önkormányzati munkatársaknak, helyi civil szervezeteknek, pedagógusoknak, helyi újságíróknak és aktív polgároknak írtuk. Nem kell kommunikációs szakembernek lennie ahhoz, hogy használni tudja: elég a kíváncsiság, néhány szövetséges és az a szándék, hogy őszintén beszéljen a migráció és az { -integration } kérdéseiről – félelem nélkül, de a problémákat sem elhallgatva.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = A kézikönyv a { -clarinet } nevű európai projekt egyik eredménye, amelyben délkelet-európai városok, régiók és civil szervezetek dolgoztak együtt. Példái szándékosan általánosak: nem egy konkrét helyet írnak le, hanem abban segítenek, hogy a saját helyzetét könnyebben maga elé tudja képzelni.
# Context: heading
about-h-7aa2bfa8c139bf1a = A CLARINET-projekt
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = A { -clarinet } nemzetközi projekt volt. Teljes neve „Communication of Local AuthoRities for INtegration in European Towns” (a helyi önkormányzatok kommunikációja az integrációért az európai városokban). Az Európai Unió Menekültügyi, Migrációs és Integrációs Alapjának társfinanszírozásával valósult meg. Három évig, 2019-től 2021-ig tartott, és a helyi szintű tevékenységeket – a partnerek saját városaiban és régióiban – európai szintű tevékenységekkel kapcsolta össze.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = A kézikönyv második kiadása a 2026. novemberi helyzetet mutatja be. A projekt 2021-ben zárult, és azóta sok minden megváltozott. A [2. fejezet](02-routes.md#since-2021) összefoglalja, mi az új.
# Context: heading
about-h-3b863b44b0d2beff = A cél
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = A projekt általános célja az volt, hogy az Európai Unió polgárai és a helyi közösségek jobban lássák, mennyi értékkel gazdagítják a { -migrants } az európai társadalmakat. Az emberek nyitottabban fogadják az újonnan érkezőket, ha a saját utcájukban és munkahelyükön látják, mit hoznak magukkal.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Ezért a { -clarinet } nem általában „Európához” szólt. Azt szerette volna elérni, hogy maguk a { -local-communities } mutassák meg, mivel járulnak hozzá a { -migrants } a lakóhelyük életéhez, és vigyék tovább ezeket a történeteket.
# Context: heading
about-h-d9950a14c90838fe = Kik vettek részt benne?
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = A projekt vezető partnere az olaszországi Lampedusa és Linosa önkormányzata volt. Lampedusa Olaszország legdélebbi szigete, közelebb fekszik Észak-Afrika partjaihoz, mint Szicíliához. Hosszú évek óta az egyik legismertebb érkezési pont azok számára, akik hajón kelnek át a Földközi-tenger középső részén. Európában kevés hely tudja jobban, mit jelent, amikor egy kis közösség szemtől szemben találkozik a migrációval. Az önkormányzat 18 további partnerrel dolgozott együtt, így összesen { $partners } szervezet vett részt a projektben.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = A partnerség háromféle szervezetet fogott össze:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 helyi és regionális önkormányzatot, vagyis települési önkormányzatokat és regionális kormányzatokat;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 civil szervezetet;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 nemzetközi hálózatot.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    A helyi önkormányzatok és a civil szervezetek Délkelet-Európa { $countries ->
        [one] egy országában
       *[other] { $countries } országában
    } működnek.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = Ez a nyolc ország: Olaszország, Szlovénia, Magyarország, Bulgária, Románia, Ausztria, Görögország és Ciprus. A projektet megelőző években, 2015 és 2019 között földrajzi fekvésük miatt mindegyiküket erősen érintette a { -asylum-seekers } érkezése. Három különböző migrációs útvonal mentén fekszenek, ezeket a [2. fejezet](02-routes.md) mutatja be: a földközi-tengeri, a nyugat-balkáni és a kelet-balkáni útvonal.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = A partnerség ábrája: felül a vezető partner, az olaszországi Lampedusa és Linosa önkormányzata, alatta három csoport: 8 helyi és regionális önkormányzat, 9 civil szervezet és 2 nemzetközi hálózat; az önkormányzatok és a szervezetek Olaszországban, Szlovéniában, Magyarországon, Bulgáriában, Romániában, Ausztriában, Görögországban és Cipruson működnek
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = A CLARINET-partnerség: 19 partner, helyi partnerek 8 országban
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = A CLARINET partnerei típus és ország szerint
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = Felül a vezető partner: az olaszországi Lampedusa és Linosa önkormányzata, a 8 helyi önkormányzat egyike. Egy vonal köti össze három csoporttal: a 8 helyi önkormányzattal (települési önkormányzatok és regionális kormányzatok) és a 9 civil szervezettel – ezeket közös keret fogja össze azzal a 8 délkelet-európai országgal, ahol működnek (Olaszország, Szlovénia, Magyarország, Bulgária, Románia, Ausztria, Görögország és Ciprus) –, valamint a 2 nemzetközi hálózattal. Alul: 8 + 9 + 2 = 19 partner, 2019–2021.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Vezető partner
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Lampedusa és Linosa önkormányzata
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Olaszország), a 8 helyi önkormányzat egyike
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Helyi önkormányzatok
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = települések és regionális kormányzatok
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Civil szervezetek
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 délkelet-európai ország
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Olaszország
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Szlovénia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Magyarország
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = Bulgária
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = Románia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Ausztria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Görögország
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Ciprus
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = Nemzetközi hálózatok
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 partner
# Context: heading
about-h-1006bc421e4fcc03 = Három konkrét célkitűzés
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = A projekt három konkrét célkitűzésért dolgozott. Mindegyik a kézikönyv egy-egy részét formálta.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = A { -local-communities } jó gyakorlatainak feltárása és ösztönzése a migrációról és a { -migrants } befogadásáról szóló nyilvános kommunikációs kampányokban.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Olyan sikeres nyilvános kommunikációs kampányok előkészítése és megvalósítása, amelyeket maguk a helyi közösségek visznek végig.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = A helyi közösségek által készített, a migráció és az { -integration } témájával foglalkozó kommunikációs kampányok jó gyakorlatainak cseréje az Európai Unió szintjén.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = Egyszerűbben fogalmazva: keressük meg, ami működik, valósítsuk meg, és osszuk meg másokkal.
# Context: heading
about-h-cbad4ffb26ab0e29 = Öt tevékenység
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = E célok elérése érdekében a partnerek öt fő tevékenységet valósítottak meg:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = Pályázati felhívást az „Európai díj a migrációról és integrációról szóló helyi figyelemfelkeltő kampányokért” elnyerésére, amely Európa-szerte arra hívta a helyi közösségeket, hogy mutassák be kampányaikat. A [8. fejezet](08-award.md) elmagyarázza, hogyan működik egy ilyen felhívás.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = A „Kézikönyv a migrációról és az integrációról helyi közösségek számára” című kiadványt, vagyis azt a könyvet, amelyet most olvas.
# Context: list item in “Five activities”
about-li-8f92a3dc8238e325 = Nyolc képzési programot helyi közösségeknek arról, hogyan és mit kommunikáljanak helyben a migráció és az { -integration } témájában. A [6. fejezet](06-training.md) megmutatja, hogyan szervezhet saját képzést.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Nyolc alkotói rezidenciát, amelyek a művészet eszközeivel indítottak el olyan beszélgetéseket, amelyekre a szavak önmagukban gyakran nem képesek. Lásd a [7. fejezetet](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Nyolc figyelemfelkeltő kampányt, amelyeket a részt vevő helyi közösségek terveztek és népszerűsítettek. Egy ilyen kampány megtervezésének módszerét lépésről lépésre az [5. fejezet](05-campaign.md) ismerteti.
# Context: heading
about-h-3e84b60b2302c414 = Hogyan használja ezt a kézikönyvet?
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Minden fejezet önállóan is megállja a helyét, és egy rövid, „Mit tehet Ön?” című résszel zárul. Íme néhány javasolt olvasási útvonal a különböző olvasóknak:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __Ha polgármesteri hivatalban dolgozik__, kezdje a helyi önkormányzatok szerepéről szóló [4. fejezettel](04-local.md), majd térjen át az [5. fejezet](05-campaign.md) kampánytervére.
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __Ha újságíró, vagy a médiával dolgozik__, kezdje a [3. fejezet](03-words.md#glossary) fogalomtárával, majd olvassa el a [9. fejezetet](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __Ha pedagógus, vagy ifjúsági csoportot vezet__, a szavakról, a képzésről és a művészetről szóló fejezetek (3., 6. és 7.) lesznek a leghasznosabbak.
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Ha kevés az ideje__, lapozzon egyenesen a [10. fejezet](10-resources.md) ellenőrzőlistáihoz és sablonjaihoz.
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = A könyvben végig tippek adnak apró gyakorlati ötleteket, a „Jó gyakorlat” jelölésű keretek sok helyen bevált megközelítéseket mutatnak be, a megjegyzések és a figyelmeztetések pedig olyan buktatókra hívják fel a figyelmet, amelyeken könnyű elcsúszni.
# Context: heading
about-h-021883523bafcaa3 = A kézikönyv szóhasználata
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Az olyan szavak, mint a „{ -refugee }”, a „{ -asylum-seeker }” és a „{ -migrant }”, mást-mást jelentenek, és ha összekeverjük őket, az valódi kárt okozhat. Ez a kézikönyv a [fogalomtárban](03-words.md#glossary) meghatározott értelemben használja őket. Ha általában beszélünk az emberekről, egyszerűen „emberekről” vagy „lakosokról” beszélünk. Azokat, akik az elmúlt években érkeztek egy másik országból, jogállásuktól függetlenül az „{ -newcomers }” kifejezéssel jelöljük.
# Context: heading
about-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
about-li-760798d9813df91c = A projekt saját anyagait a honlapján ({ -project-site }) találja. Ha az oldal már nem érhető el, keressen rá a { -clarinet } névre az integrációval foglalkozó európai honlapon (European Website on Integration).
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Írja össze röviden, kik foglalkoznak már most is a migráció és az { -integration } ügyével a településén: a városházán, az iskolákban, a civil szervezetekben, a vallási közösségekben és a helyi médiában.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Ossza meg ezt a kézikönyvet legalább egy olyan emberrel, aki nem a saját szervezetében dolgozik.
