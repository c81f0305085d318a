# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = A kézikönyvről és a CLARINET-projektről
# Context: heading
about-h-00a88d9df1983bd1 = Miért készült ez a kézikönyv?
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Minden településnek megvannak a maga történetei az újonnan érkezőkről. Némelyiket jól mesélik el: például egy családét, amely újra kinyitotta a pékséget, vagy egy külföldön képzett ápolóét, aki most éjszakánként a helyi rendelőben dolgozik. Sok történet viszont sosem hangzik el, vagy csak problémaként kerül szóba. Ez a kézikönyv azoknak szól, akik a saját lakóhelyükön szeretnének változtatni ezen az egyensúlyon.
# Context: paragraph in “Why this handbook exists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: It was written for mayors and municipal staff, local NGOs, teachers, local journalists and active citizens. You do not need to be a communication professional to use it: you need curiosity, a few allies and a wish to talk about migration and { -integration } honestly, without fear and without fairy tales.
about-p-a0fb3844bb15882f = Polgármestereknek és önkormányzati munkatársaknak, helyi civil szervezeteknek, pedagógusoknak, helyi újságíróknak és aktív polgároknak írtuk. Nem kell kommunikációs szakembernek lennie ahhoz, hogy használni tudja: elég a kíváncsiság, néhány szövetséges és az a szándék, hogy őszintén beszéljen a migráció és az { -integration } kérdéseiről – félelemkeltés és tündérmesék nélkül.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = A kézikönyv a { -clarinet } nevű európai projekt egyik eredménye, amelyben délkelet-európai városok, régiók és civil szervezetek dolgoztak együtt. Példái szándékosan általánosak: nem egy konkrét helyet írnak le, hanem abban segítenek, hogy a saját helyzetét könnyebben maga elé tudja képzelni.
# Context: heading
about-h-7aa2bfa8c139bf1a = A CLARINET-projekt
# Context: paragraph in “The CLARINET project”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: { -clarinet } was an international project whose long title, in its Slovenian description, speaks of raising the awareness of local communities for integration in European towns. It ran for three years, from 2019 to 2021, and combined activities at local level, in the partners' own towns and regions, with activities at European level.
about-p-f5ea8018090d20eb = A { -clarinet } nemzetközi projekt volt, amelynek hosszú címe – a szlovén nyelvű leírás szerint – arról szól, hogyan lehet erősíteni a helyi közösségek integráció iránti érzékenységét az európai városokban. Három évig, 2019-től 2021-ig tartott, és a helyi szintű tevékenységeket – a partnerek saját városaiban és régióiban – európai szintű tevékenységekkel kapcsolta össze.
# Context: paragraph in “The CLARINET project”
about-p-d4fbef935ab88228 = A projekt honlapja: { -project-site }. Itt találhatók a projekt saját anyagai és hírei.

# Context: paragraph in “The CLARINET project”
# about-p-a0bccba0244cd553 = This second edition describes the situation in November 2026. The project ended in 2021, and much has changed since then. [Chapter 2](02-routes.md#since-2021) sums up what is new.

# Context: heading
about-h-3b863b44b0d2beff = A cél
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = A projekt általános célja az volt, hogy az Európai Unió polgárai és a helyi közösségek jobban lássák, mennyi értékkel gazdagítják a { -migrants } az európai társadalmakat. Az emberek nyitottabban fogadják az újonnan érkezőket, ha a saját utcájukban és munkahelyükön látják, mit hoznak magukkal.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Ezért a { -clarinet } nem általában „Európához” szólt. Azt szerette volna elérni, hogy maguk a { -local-communities } mutassák meg, mivel járulnak hozzá a { -migrants } a lakóhelyük életéhez, és vigyék tovább ezeket a történeteket.
# Context: heading
about-h-d9950a14c90838fe = Kik vettek részt benne?
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The lead partner of the project was the Municipality of Lampedusa and Linosa in Italy. The island of Lampedusa, at the southern tip of Italy and closer to the coast of North Africa than to Sicily, has for many years been one of the best-known points of arrival for people crossing the central Mediterranean by boat. Few places in Europe know better what it means for a small community to meet migration face to face. The municipality worked with 18 other partners, { $partners } organisations in all.
about-p-e39536ba02f24a9b = A projekt vezető partnere az olaszországi Lampedusa és Linosa önkormányzata volt. Lampedusa szigete Olaszország legdélebbi csücskében fekszik, közelebb Észak-Afrika partjaihoz, mint Szicíliához, és hosszú évek óta az egyik legismertebb érkezési pont azok számára, akik hajón kelnek át a Földközi-tenger középső részén. Európában kevés hely tudja jobban, mit jelent, amikor egy kis közösség szemtől szemben találkozik a migrációval. Az önkormányzat 18 további partnerrel dolgozott együtt, így összesen { $partners } szervezet vett részt a projektben.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = A partnerség háromféle szervezetet fogott össze:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 helyi és regionális önkormányzatot, vagyis települési önkormányzatokat és regionális kormányzatokat;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 civil szervezetet;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 nemzetközi hálózatot.
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The partners are based in { $countries -> [one] one country *[other] { $countries } countries } of South-East Europe.
about-p-466f757b1dda6dcd =
    A partnerek Délkelet-Európa { $countries ->
        [one] egy országában
       *[other] { $countries } országában
    } működnek.
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: These eight countries are Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus. In recent years, because of where they lie, all of them have been strongly affected by the arrival of { -asylum-seekers }. They sit on three different migration routes, which are described in [chapter 2](02-routes.md): the Mediterranean route, the Western Balkan route and the Eastern Balkan route.
about-p-d83a247a9f55fb0b = Ez a nyolc ország: Olaszország, Szlovénia, Magyarország, Bulgária, Románia, Ausztria, Görögország és Ciprus. Földrajzi fekvésük miatt az elmúlt években mindegyiküket erősen érintette a { -asylum-seekers } érkezése. Három különböző migrációs útvonal mentén fekszenek, ezeket a [2. fejezet](02-routes.md) mutatja be: a földközi-tengeri, a nyugat-balkáni és a kelet-balkáni útvonal.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = A partnerség ábrája: felül a vezető partner, az olaszországi Lampedusa és Linosa önkormányzata, alatta három csoport: 8 helyi és regionális önkormányzat, 9 civil szervezet és 2 nemzetközi hálózat; az önkormányzatok és a szervezetek Olaszországban, Szlovéniában, Magyarországon, Bulgáriában, Romániában, Ausztriában, Görögországban és Cipruson működnek
# Context: figure caption in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The CLARINET partnership: 19 partners from 8 countries
about-cap-e37a9a7c956c8d2e = A CLARINET-partnerség: 19 partner 8 országból

# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
# about-svg-78be90a8fc81e56d = Partners of CLARINET by type and country


# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
# about-svg-4d7896e2cc4c63c8 = At the top, the lead partner: the Municipality of Lampedusa and Linosa in Italy, one of the 8 local authorities. A line links it to three groups: 8 local authorities (municipalities and regional governments) and 9 civil-society organisations, framed together with the 8 countries of South-East Europe they are based in (Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus), and 2 international networks. At the bottom: 8 + 9 + 2 = 19 partners, 2019 to 2021.


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
# about-svg-ee7b905ad9a554d6 = Lead partner


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
# about-svg-3c11c0b16d27e588 = Municipality of Lampedusa and Linosa


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
# about-svg-abb2b55b38d69292 = (Italy), one of the 8 local authorities


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-911158f1abec4753 = Local authorities


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
# about-svg-860f01ffb17d6beb = municipalities and regional governments


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-13af86e509e93c7b = Civil-society organisations


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
# about-svg-fa9ccc9a878d7063 = 8 countries in South-East Europe


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-5a9cf672c8be6b5a = Italy


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-56059e7fb4e9ddfa = Slovenia


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-504be3084f44d3e7 = Hungary


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-66b86bf0f0459474 = Bulgaria


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-ea23726dd0fd4e4d = Romania


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-c9cab0238debc6e5 = Austria


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-9c93ad439373b4ee = Greece


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-5f1162c57ecf9981 = Cyprus


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-f8c8264ea2304a10 = International networks


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
# about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 partners

# Context: paragraph in “Who was involved”
about-p-e3bae2b1140c62de = A projekt közös nyelve az angol volt, a helyi munka azonban a partnerek nyelvén folyt: olaszul, szlovénül, magyarul, bolgárul, románul, németül (Ausztriában) és görögül (Görögországban és Cipruson).
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network brings reach. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Sokat számít, milyen partnerek dolgoznak együtt. Egy önkormányzat legitimitást ad, és eléri a lakosokat; egy civil szervezet bizalmat és közvetlen kapcsolatot hoz az újonnan érkezőkkel; egy hálózat pedig szélesebb elérést. A jó helyi kampányokhoz általában mindhárom kell.
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
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Eight training programmes for local communities on how to communicate about migration and { -integration } locally, and what to communicate. [Chapter 6](06-training.md) describes them and shows how to run your own.
about-li-8f92a3dc8238e325 = Nyolc képzési programot helyi közösségeknek arról, hogyan és mit kommunikáljanak helyben a migráció és az { -integration } témájában. A [6. fejezet](06-training.md) bemutatja ezeket, és azt is, hogyan szervezhet saját képzést.
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
# Context: paragraph in “How to use this handbook”
about-p-b79d29b00b747fec = Olvassa a kézikönyvet egy kollégájával vagy egy partnerszervezettel közösen, jelölje meg azt a két-három ötletet, amely a legjobban illik a településéhez, és egyezzenek meg, ki próbálja ki őket elsőként.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A word about words
about-h-021883523bafcaa3 = Néhány szó a szavakról
# Context: paragraph in “The words used in this book”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Words such as { -refugee }, { -asylum-seeker } and { -migrant } have different meanings, and mixing them up can cause real harm. This handbook uses them as defined in [the glossary](03-words.md#glossary); when we speak of people in general, we simply say "people", "newcomers" or "residents".
about-p-3ef675e342a37dd5 = Az olyan szavak, mint a „{ -refugee }”, a „{ -asylum-seeker }” és a „{ -migrant }”, mást-mást jelentenek, és ha összekeverjük őket, az valódi kárt okozhat. Ez a kézikönyv a [fogalomtárban](03-words.md#glossary) meghatározott értelemben használja őket; ha általában beszélünk az emberekről, egyszerűen „emberekről”, „újonnan érkezőkről” vagy „lakosokról” beszélünk.
# Context: heading
about-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Visit the project website, { -project-site }, to see the project's materials in your language.
about-li-760798d9813df91c = Látogasson el a projekt honlapjára ({ -project-site }), ahol a saját nyelvén is megtalálja a projekt anyagait.
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Írja össze röviden, kik foglalkoznak már most is a migráció és az { -integration } ügyével a településén: a városházán, az iskolákban, a civil szervezetekben, a vallási közösségekben és a helyi médiában.
# Context: list item in “What you can do”
about-li-a7571064fab41c1e = A fenti olvasási útvonalak közül válassza ki a szerepének megfelelő fejezetet, és azt olvassa el először.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Ossza meg ezt a kézikönyvet legalább egy olyan emberrel, aki nem a saját szervezetében dolgozik.
