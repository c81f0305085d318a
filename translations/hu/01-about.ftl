### handbook/chapters/01-about.md — About this handbook and the CLARINET project
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
about-title-3d06d3c0 = A kézikönyvről és a CLARINET-projektről

# Context: heading
about-h-a85ffa93 = Miért készült ez a kézikönyv?

# Context: paragraph in “Why this handbook exists”
about-p-5a95d363 = Minden településnek megvannak a maga történetei az újonnan érkezőkről. Némelyiket jól mesélik el: például egy családét, amely újra kinyitotta a pékséget, vagy egy külföldön képzett ápolóét, aki most éjszakánként a helyi rendelőben dolgozik. Sok történet viszont sosem hangzik el, vagy csak problémaként kerül szóba. Ez a kézikönyv azoknak szól, akik a saját lakóhelyükön szeretnének változtatni ezen az egyensúlyon.

# Context: paragraph in “Why this handbook exists”
about-p-3e33d500 = Polgármestereknek és önkormányzati munkatársaknak, helyi civil szervezeteknek, pedagógusoknak, helyi újságíróknak és aktív polgároknak írtuk. Nem kell kommunikációs szakembernek lennie ahhoz, hogy használni tudja: elég a kíváncsiság, néhány szövetséges és az a szándék, hogy őszintén beszéljen a migráció és az { -integration } kérdéseiről – félelemkeltés és tündérmesék nélkül.

# Context: paragraph in “Why this handbook exists”
about-p-5ba65d4f = A kézikönyv a { -clarinet } nevű európai projekt egyik eredménye, amelyben délkelet-európai városok, régiók és civil szervezetek dolgoztak együtt. Példái szándékosan általánosak: nem egy konkrét helyet írnak le, hanem abban segítenek, hogy a saját helyzetét könnyebben maga elé tudja képzelni.

# Context: heading
about-h-70b9b3fb = A CLARINET-projekt

# Context: paragraph in “The CLARINET project”
about-p-41183d7f = A { -clarinet } nemzetközi projekt volt, amelynek hosszú címe – a szlovén nyelvű leírás szerint – arról szól, hogyan lehet erősíteni a helyi közösségek integráció iránti érzékenységét az európai városokban. Három évig, 2019-től 2021-ig tartott, és a helyi szintű tevékenységeket – a partnerek saját városaiban és régióiban – európai szintű tevékenységekkel kapcsolta össze.

# Context: paragraph in “The CLARINET project”
about-p-041875b5 = A projekt honlapja: { -project-site }. Itt találhatók a projekt saját anyagai és hírei.

# Context: heading
about-h-b40e777d = A cél

# Context: paragraph in “The aim”
about-p-6b3e3307 = A projekt általános célja az volt, hogy az Európai Unió polgárai és a helyi közösségek jobban lássák, mennyi értékkel gazdagítják a { -migrants } az európai társadalmakat. Az emberek nyitottabban fogadják az újonnan érkezőket, ha a saját utcájukban és munkahelyükön látják, mit hoznak magukkal.

# Context: paragraph in “The aim”
about-p-96c03c43 = Ezért a { -clarinet } nem általában „Európához” szólt. Azt szerette volna elérni, hogy maguk a { -local-communities } mutassák meg, mivel járulnak hozzá a { -migrants } a lakóhelyük életéhez, és vigyék tovább ezeket a történeteket.

# Context: heading
about-h-d25726b6 = Kik vettek részt benne?

# Context: paragraph in “Who was involved”
about-p-7723bf02 = A projekt vezető partnere az olaszországi Lampedusa és Linosa önkormányzata volt. Lampedusa szigete Olaszország legdélebbi csücskében fekszik, közelebb Észak-Afrika partjaihoz, mint Szicíliához, és hosszú évek óta az egyik legismertebb érkezési pont azok számára, akik hajón kelnek át a Földközi-tenger középső részén. Európában kevés hely tudja jobban, mit jelent, amikor egy kis közösség szemtől szemben találkozik a migrációval. Az önkormányzat 18 további partnerrel dolgozott együtt, így összesen { $partners } szervezet vett részt a projektben.

# Context: paragraph in “Who was involved”
about-p-9f4de01d = A partnerség háromféle szervezetet fogott össze:

# Context: list item in “Who was involved”
about-li-25fbad88 = 8 helyi és regionális önkormányzatot, vagyis települési önkormányzatokat és regionális kormányzatokat;

# Context: list item in “Who was involved”
about-li-f7d93e4c = 9 civil szervezetet;

# Context: list item in “Who was involved”
about-li-01467e79 = 2 nemzetközi hálózatot.

# Context: paragraph in “Who was involved”
about-p-5f7cdeb3 =
    A partnerek Délkelet-Európa { $countries ->
        [one] egy országában
       *[other] { $countries } országában
    } működnek.

# Context: paragraph in “Who was involved”
about-p-e18dafa4 = Ez a nyolc ország: Olaszország, Szlovénia, Magyarország, Bulgária, Románia, Ausztria, Görögország és Ciprus. Földrajzi fekvésük miatt az elmúlt években mindegyiküket erősen érintette a { -asylum-seekers } érkezése. Három különböző migrációs útvonal mentén fekszenek, ezeket a [2. fejezet](02-routes.md) mutatja be: a földközi-tengeri, a nyugat-balkáni és a kelet-balkáni útvonal.

# Context: image description (alt text) in “Who was involved”
about-alt-b487a0fb = A partnerség ábrája: felül a vezető partner, az olaszországi Lampedusa és Linosa önkormányzata, alatta három csoport: 8 helyi és regionális önkormányzat, 9 civil szervezet és 2 nemzetközi hálózat; az önkormányzatok és a szervezetek Olaszországban, Szlovéniában, Magyarországon, Bulgáriában, Romániában, Ausztriában, Görögországban és Cipruson működnek

# Context: figure caption in “Who was involved”
about-cap-0709d5d0 = A CLARINET-partnerség: 19 partner 8 országból

# Context: paragraph in “Who was involved”
about-p-22036c2a = A projekt közös nyelve az angol volt, a helyi munka azonban a partnerek nyelvén folyt: olaszul, szlovénül, magyarul, bolgárul, románul, németül (Ausztriában) és görögül (Görögországban és Cipruson).

# Context: paragraph in “Who was involved”
about-p-0b077729 = Sokat számít, milyen partnerek dolgoznak együtt. Egy önkormányzat legitimitást ad, és eléri a lakosokat; egy civil szervezet bizalmat és közvetlen kapcsolatot hoz az újonnan érkezőkkel; egy hálózat pedig szélesebb elérést. A jó helyi kampányokhoz általában mindhárom kell.

# Context: heading
about-h-9d184e63 = Három konkrét célkitűzés

# Context: paragraph in “Three specific objectives”
about-p-27914bcd = A projekt három konkrét célkitűzésért dolgozott. Mindegyik a kézikönyv egy-egy részét formálta.

# Context: list item in “Three specific objectives”
about-li-cbd4f434 = A { -local-communities } jó gyakorlatainak feltárása és ösztönzése a migrációról és a { -migrants } befogadásáról szóló nyilvános kommunikációs kampányokban.

# Context: list item in “Three specific objectives”
about-li-e3554cd5 = Olyan sikeres nyilvános kommunikációs kampányok előkészítése és megvalósítása, amelyeket maguk a helyi közösségek visznek végig.

# Context: list item in “Three specific objectives”
about-li-8df0473e = A helyi közösségek által készített, a migráció és az { -integration } témájával foglalkozó kommunikációs kampányok jó gyakorlatainak cseréje az Európai Unió szintjén.

# Context: paragraph in “Three specific objectives”
about-p-5cf02284 = Egyszerűbben fogalmazva: keressük meg, ami működik, valósítsuk meg, és osszuk meg másokkal.

# Context: heading
about-h-3a896f25 = Öt tevékenység

# Context: paragraph in “Five activities”
about-p-128eb6d6 = E célok elérése érdekében a partnerek öt fő tevékenységet valósítottak meg:

# Context: list item in “Five activities”
about-li-70863f59 = Pályázati felhívást az „Európai díj a migrációról és integrációról szóló helyi figyelemfelkeltő kampányokért” elnyerésére, amely Európa-szerte arra hívta a helyi közösségeket, hogy mutassák be kampányaikat. A [8. fejezet](08-award.md) elmagyarázza, hogyan működik egy ilyen felhívás.

# Context: list item in “Five activities”
about-li-dca4a2dc = A „Kézikönyv a migrációról és az integrációról helyi közösségek számára” című kiadványt, vagyis azt a könyvet, amelyet most olvas.

# Context: list item in “Five activities”
about-li-591fe742 = Nyolc képzési programot helyi közösségeknek arról, hogyan és mit kommunikáljanak helyben a migráció és az { -integration } témájában. A [6. fejezet](06-training.md) bemutatja ezeket, és azt is, hogyan szervezhet saját képzést.

# Context: list item in “Five activities”
about-li-5e4d4497 = Nyolc alkotói rezidenciát, amelyek a művészet eszközeivel indítottak el olyan beszélgetéseket, amelyekre a szavak önmagukban gyakran nem képesek. Lásd a [7. fejezetet](07-art.md).

# Context: list item in “Five activities”
about-li-8cd6a59b = Nyolc figyelemfelkeltő kampányt, amelyeket a részt vevő helyi közösségek terveztek és népszerűsítettek. Egy ilyen kampány megtervezésének módszerét lépésről lépésre az [5. fejezet](05-campaign.md) ismerteti.

# Context: heading
about-h-46c3d935 = Hogyan használja ezt a kézikönyvet?

# Context: paragraph in “How to use this handbook”
about-p-d46b8cff = Minden fejezet önállóan is megállja a helyét, és egy rövid, „Mit tehet Ön?” című résszel zárul. Íme néhány javasolt olvasási útvonal a különböző olvasóknak:

# Context: list item in “How to use this handbook”
about-li-7a2dac56 = **Ha polgármesteri hivatalban dolgozik**, kezdje a helyi önkormányzatok szerepéről szóló [4. fejezettel](04-local.md), majd térjen át az [5. fejezet](05-campaign.md) kampánytervére.

# Context: list item in “How to use this handbook”
about-li-145b2a17 = **Ha újságíró, vagy a médiával dolgozik**, kezdje a [3. fejezet](03-words.md#glossary) fogalomtárával, majd olvassa el a [9. fejezetet](09-media.md).

# Context: list item in “How to use this handbook”
about-li-4bc754f7 = **Ha pedagógus, vagy ifjúsági csoportot vezet**, a szavakról, a képzésről és a művészetről szóló fejezetek (3., 6. és 7.) lesznek a leghasznosabbak.

# Context: list item in “How to use this handbook”
about-li-d6588afb = **Ha kevés az ideje**, lapozzon egyenesen a [10. fejezet](10-resources.md) ellenőrzőlistáihoz és sablonjaihoz.

# Context: paragraph in “How to use this handbook”
about-p-b48b3f1d = A könyvben végig tippek adnak apró gyakorlati ötleteket, a „Jó gyakorlat” jelölésű keretek sok helyen bevált megközelítéseket mutatnak be, a megjegyzések és a figyelmeztetések pedig olyan buktatókra hívják fel a figyelmet, amelyeken könnyű elcsúszni.

# Context: paragraph in “How to use this handbook”
about-p-8c9cc743 = Olvassa a kézikönyvet egy kollégájával vagy egy partnerszervezettel közösen, jelölje meg azt a két-három ötletet, amely a legjobban illik a településéhez, és egyezzenek meg, ki próbálja ki őket elsőként.

# Context: heading
about-h-3ab6b343 = Néhány szó a szavakról

# Context: paragraph in “A word about words”
about-p-ed9dfc3e = Az olyan szavak, mint a „{ -refugee }”, a „{ -asylum-seeker }” és a „{ -migrant }”, mást-mást jelentenek, és ha összekeverjük őket, az valódi kárt okozhat. Ez a kézikönyv a [fogalomtárban](03-words.md#glossary) meghatározott értelemben használja őket; ha általában beszélünk az emberekről, egyszerűen „emberekről”, „újonnan érkezőkről” vagy „lakosokról” beszélünk.

# Context: heading
about-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
about-li-c19aee01 = Látogasson el a projekt honlapjára ({ -project-site }), ahol a saját nyelvén is megtalálja a projekt anyagait.

# Context: list item in “What you can do”
about-li-dd98cdf0 = Írja össze röviden, kik foglalkoznak már most is a migráció és az { -integration } ügyével a településén: a városházán, az iskolákban, a civil szervezetekben, a vallási közösségekben és a helyi médiában.

# Context: list item in “What you can do”
about-li-d5b9735b = A fenti olvasási útvonalak közül válassza ki a szerepének megfelelő fejezetet, és azt olvassa el először.

# Context: list item in “What you can do”
about-li-7c737a90 = Ossza meg ezt a kézikönyvet legalább egy olyan emberrel, aki nem a saját szervezetében dolgozik.
