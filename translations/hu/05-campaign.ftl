### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
campaign-title-73473cef = Egy figyelemfelkeltő kampány megtervezése

# Context: heading
campaign-h-f85e644a = Mi a helyi kampány?

# Context: paragraph in “What a local campaign is”
campaign-p-3621a753 = A figyelemfelkeltő kampány tevékenységek tervezett sorozata, amelynek célja, hogy korlátozott idő alatt megváltoztassa, mit tud, mit érez vagy mit tesz egy adott embercsoport egy témával kapcsolatban. Egy, a migrációról és az { -integration } kérdéséről szóló helyi kampány ötvözhet például portrékat a helyi újságban, egy fesztivált, egy iskolai projektet, plakátokat a buszmegállókban és egy interneten megosztott rövid videót.

# Context: paragraph in “What a local campaign is”
campaign-p-6d97c380 = A { -clarinet } öt fő tevékenységének egyike nyolc ilyen kampány volt, amelyeket a részt vevő { -local-communities } terveztek és népszerűsítettek. Ez a fejezet olyan módszert mutat be, amelyet bármely település, civil szervezet vagy iskola használhat, költségvetésétől függetlenül.

# Context: paragraph in “What a local campaign is”
campaign-p-23f88fd9 = A kampány több egyetlen rendezvénynél: van célja, meghatározott célközönsége, következetes üzenete, és van módja annak ellenőrzésére, hogy működött-e.

# Context: heading
campaign-h-2a5969f1 = A kampányciklus

# Context: paragraph in “The campaign cycle”
campaign-p-f392d128 = A jó kampányok hét lépésből álló ciklust követnek, és amit a végén megtanulunk, az a következő kampányba épül be.

# Context: image description (alt text) in “The campaign cycle”
campaign-alt-11a5561e = Hét lépésből álló, nyilakkal összekötött kör: 1. célok, 2. célközönségek, 3. üzenetek, 4. csatornák, 5. partnerek, 6. költségvetés, 7. értékelés; az értékeléstől egy nyíl vezet vissza a célokhoz. Középen: tervezés, megvalósítás, tanulás, majd újrakezdés.

# Context: figure caption in “The campaign cycle”
campaign-cap-2f319a9c = A kampányciklus: hét lépés a céloktól az értékelésig, és vissza

# Context: paragraph in “The campaign cycle”
campaign-p-eb140819 = A gyakorlatban a lépések átfedik egymást: előfordulhat, hogy előbb talál partnert, és közösen alakítják ki a célt. A ciklus a gondolkodást segítő ellenőrzőlista, nem merev sorrend.

# Context: heading
campaign-h-c1073230 = 1. lépés: Célok

# Context: paragraph in “Step 1: Goals”
campaign-p-d8c777e4 = Induljon ki abból a változásból, amelyet látni szeretne. A „figyelemfelkeltés” túl homályos ahhoz, hogy döntéseket alapozzon rá. Kérdezze inkább azt: a kampány után mi legyen másképp, és kinek a számára? A hasznos célok konkrétak, reálisak és lehetőség szerint mérhetők. Például:

# Context: list item in “Step 1: Goals”
campaign-li-baf0c3d2 = több lakos tudja, hogy a településen élő újonnan érkezők helyi munkahelyeken dolgoznak, például a gondozásban, az építőiparban vagy a mezőgazdaságban;

# Context: list item in “Step 1: Goals”
campaign-li-c579a6e0 = két iskola diákjai találkoztak és beszélgettek velük egykorú újonnan érkezőkkel;

# Context: list item in “Step 1: Goals”
campaign-li-bcdc9201 = a helyi újság méltányos, személyes történeteket közöl az újonnan érkezőkről, nem csak a problémákról szóló híreket.

# Context: paragraph in “Step 1: Goals”
campaign-p-a5f4b181 = Kapcsolja a célját a { -clarinet } tágabb céljához: ahhoz, hogy láthatóvá váljon, mivel gazdagítják a { -migrants } a lakóhelyüket. Egy világos cél többet ér öt homályosnál.

# Context: heading
campaign-h-7e4c09ec = 2. lépés: Célközönségek

# Context: paragraph in “Step 2: Audiences”
campaign-p-db5829b5 = A „nagyközönség” nem célközönség: az mindenki. Válassza ki azokat a csoportokat, amelyeket a leginkább el szeretne érni, és írja le őket pontosan.

# Context: paragraph in “Step 2: Audiences”
campaign-p-595cdb47 = Gyakran segít, ha három csoportban gondolkodik: a már most is támogató lakosok, a határozottan elutasító lakosok, és a nagy középső csoport, amelynek tagjai bizonytalanok, elfoglaltak vagy érdektelenek. A legtöbb sikeres kampány a középső csoportra összpontosít, a támogató csoportot pedig üzenetvivőként használja.

# Context: paragraph in “Step 2: Audiences”
campaign-p-b9cd55c6 = Minden célközönségnél tegye fel a kérdést:

# Context: list item in “Step 2: Audiences”
campaign-li-6661ab13 = Mit tudnak és mit gondolnak már most a migrációról?

# Context: list item in “Step 2: Audiences”
campaign-li-11c4a2fb = Mi a legfontosabb számukra: a gyerekeik iskolája, a biztonság, a munkahelyek, a környékük, a hitük, a focicsapatuk?

# Context: list item in “Step 2: Audiences”
campaign-li-65a006b5 = Kiben bíznak? Egy orvosban, egy papban, egy edzőben, egy nagymamában, egy influenszerben?

# Context: list item in “Step 2: Audiences”
campaign-li-aa7796a5 = Honnan tájékozódnak?

# Context: paragraph in “Step 2: Audiences”
campaign-p-055be547 = Ne feledkezzen meg arról, hogy az újonnan érkezők is célközönség. Az a kampány, amely a saját nyelvükön hívja őket a település életébe, ugyanolyan értékes lehet, mint amelyik a régóta itt élőknek szól.

# Context: heading
campaign-h-7386c1e6 = 3. lépés: Üzenetek

# Context: paragraph in “Step 3: Messages”
campaign-p-aa6f432d = Az üzenet az, amire szeretné, hogy a közönsége emlékezzen. Összeköti a célját azzal, ami a közönségnek fontos. A helyben működő üzenetekben általában van néhány közös vonás:

# Context: list item in “Step 3: Messages”
campaign-li-f8a6246d = **Emberekről szólnak, nem kategóriákról.** Egy név szerint bemutatott ápoló, pék vagy diák jobban megmarad, mint az, hogy „a migránsok hozzájárulnak a gazdasághoz”.

# Context: list item in “Step 3: Messages”
campaign-li-520e9291 = **Azt hangsúlyozzák, ami a lakosokban és az újonnan érkezőkben közös.** A munka, a család, a gyerekek, a foci, az ételek, a zene, a hit, a település szeretete.

# Context: list item in “Step 3: Messages”
campaign-li-2bc4dade = **Helyiek.** A „mi városunk” közelebb áll, mint „Európa”.

# Context: list item in “Step 3: Messages”
campaign-li-07c6c25d = **Pozitívak, de őszinték.** Ne tegyen úgy, mintha nem lennének problémák. Mutassa meg, hogyan oldják meg őket közösen.

# Context: list item in “Step 3: Messages”
campaign-li-ce8a58b6 = **Cselekvésre hívnak.** Jöjjön el a fesztiválra, csatlakozzon a kórushoz, köszönjön rá az új szomszédra.

# Context: paragraph in “Step 3: Messages”
campaign-p-c364b870 = Mielőtt elindítja, próbálja ki az üzenetét a közönség néhány tagjával, köztük újonnan érkezőkkel is, és vesse össze a szavait a [fogalomtárral](03-words.md#glossary).

# Context: paragraph in “Step 3: Messages”
campaign-p-56469e89 = Kerülje a „tévhitromboló” formátumokat, amelyek nagy betűkkel megismétlik a hamis állítást, és apró betűkkel cáfolják. Az emberek gyakran a tévhitre emlékeznek, a cáfolatot pedig elfelejtik. Kezdje inkább az igaz, pozitív történettel.

# Context: heading
campaign-h-c0b3df87 = 4. lépés: Csatornák

# Context: paragraph in “Step 4: Channels”
campaign-p-d6dec4c3 = A csatornákat aszerint válassza meg, hol van ténylegesen a közönsége, és ne aszerint, mi a divatos.

# Context: table cell in “Step 4: Channels”
campaign-cell-a072ab55 = Csatorna

# Context: table cell in “Step 4: Channels”
campaign-cell-7a0586c0 = Mire jó?

# Context: table cell in “Step 4: Channels”
campaign-cell-2eceac35 = Mire figyeljen?

# Context: table cell in “Step 4: Channels”
campaign-cell-6eec0a8e = Személyes találkozást kínáló rendezvények (fesztiválok, nyílt napok, közös étkezések)

# Context: table cell in “Step 4: Channels”
campaign-cell-751940e8 = Valódi kapcsolat a lakosok és az újonnan érkezők között; bizalomépítés

# Context: table cell in “Step 4: Channels”
campaign-cell-713ad0d2 = Csak a már eleve érdeklődőket érik el

# Context: table cell in “Step 4: Channels”
campaign-cell-feb021e8 = Iskolák és ifjúsági csoportok

# Context: table cell in “Step 4: Channels”
campaign-cell-f9706902 = Hosszú távú változás; a szülők elérése a gyerekeken keresztül

# Context: table cell in “Step 4: Channels”
campaign-cell-e8d23a26 = Idő és a pedagógusok elkötelezettsége kell hozzá

# Context: table cell in “Step 4: Channels”
campaign-cell-08579026 = Helyi sajtó, rádió és televízió

# Context: table cell in “Step 4: Channels”
campaign-cell-160da6a8 = Hitelesség; az idősebb lakosok elérése

# Context: table cell in “Step 4: Channels”
campaign-cell-304d565a = Kevés befolyás a végső anyagra

# Context: table cell in “Step 4: Channels”
campaign-cell-187f95d6 = Közösségi média

# Context: table cell in “Step 4: Channels”
campaign-cell-ff173ff1 = Gyorsaság, megosztás, fiatal közönség

# Context: table cell in “Step 4: Channels”
campaign-cell-0ab55fc2 = Ellenséges hozzászólások; moderálás kell hozzá

# Context: table cell in “Step 4: Channels”
campaign-cell-f2505771 = Plakátok, molinók, közterek

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc6d01a = Láthatóság a mindennapi életben

# Context: table cell in “Step 4: Channels”
campaign-cell-5d029d8c = Rongálás; az üzenetnek másodpercek alatt érthetőnek kell lennie

# Context: table cell in “Step 4: Channels”
campaign-cell-7bdfdf84 = Önkormányzati csatornák (honlap, hírlevél, hirdetőtáblák)

# Context: table cell in “Step 4: Channels”
campaign-cell-6e80bcfd = Hivatalos súly; alacsony költség

# Context: table cell in “Step 4: Channels”
campaign-cell-7b7cc954 = Bürokratikusnak hathat; maradjon emberi a hangnem

# Context: table cell in “Step 4: Channels”
campaign-cell-c49562f3 = Művészet és kultúra (kiállítások, színház, zene)

# Context: table cell in “Step 4: Channels”
campaign-cell-39f34a9b = Érzelmek; új közönségek

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc81c8b = Jó partnerek kellenek hozzá; lásd a [7. fejezetet](07-art.md)

# Context: paragraph in “Step 4: Channels”
campaign-p-faca15d8 = A legtöbb kampány két-három, egymást erősítő csatornát használ. Az újságírókkal való együttműködéshez és a közösségi médiához a [9. fejezet](09-media.md) ad tanácsokat.

# Context: heading
campaign-h-591cac1d = 5. lépés: Partnerek

# Context: paragraph in “Step 5: Partners”
campaign-p-c1432ffb = A partnerek megsokszorozzák a lehetőségeit. Gondoljon rájuk három körben:

# Context: list item in “Step 5: Partners”
campaign-li-e51a85c6 = **Kulcspartnerek**, akik Önnel együtt tervezik és valósítják meg a kampányt:

# Context: list item in “Step 5: Partners”
campaign-li-54c4c776 = egy önkormányzati osztály vagy a polgármesteri kabinet;

# Context: list item in “Step 5: Partners”
campaign-li-c734ce3e = egy-két, újonnan érkezőkkel dolgozó civil szervezet;

# Context: list item in “Step 5: Partners”
campaign-li-9012d802 = maguk az újonnan érkezők, szervezőként, és nem csupán a kampány alanyaiként.

# Context: list item in “Step 5: Partners”
campaign-li-51f88e55 = **Támogató partnerek**, akik konkrét feladatokban segítenek:

# Context: list item in “Step 5: Partners”
campaign-li-bd6c3642 = iskolák, könyvtárak, művelődési házak és sportegyesületek;

# Context: list item in “Step 5: Partners”
campaign-li-58965cdb = a helyi média;

# Context: list item in “Step 5: Partners”
campaign-li-843c2bcc = művészek és grafikusok.

# Context: list item in “Step 5: Partners”
campaign-li-c12e886a = **Hangszórók**, akik továbbadják az üzenetét:

# Context: list item in “Step 5: Partners”
campaign-li-4f73eaa2 = köztiszteletben álló helyi személyiségek;

# Context: list item in “Step 5: Partners”
campaign-li-e3b224b3 = munkáltatók és vállalkozói szövetségek;

# Context: list item in “Step 5: Partners”
campaign-li-b395b40e = vallási közösségek és településhálózatok.

# Context: paragraph in “Step 5: Partners”
campaign-p-efedbe16 = Már az elején egyezzenek meg, ki miről dönt, ki nyilatkozik a médiának, és hogyan tüntetik fel a partnerek közreműködését.

# Context: paragraph in “Step 5: Partners”
campaign-p-83668d74 = A legerősebb helyi kampányokat az újonnan érkezőkkel közösen alkotják meg. Vonja be őket már az első tervezőmegbeszéléstől, fizesse meg a munkájukat ott, ahol másokat is megfizetnek hasonló munkáért, és hagyja, hogy ők döntsék el, hogyan mesélik el a saját történetüket.

# Context: heading
campaign-h-2247c270 = 6. lépés: Költségvetés

# Context: paragraph in “Step 6: Budget”
campaign-p-c9bece93 = Egy kampánynak nem kell drágának lennie, de reális költségvetés kell hozzá, még akkor is, ha annak nagyobb része idő, nem pedig pénz.

# Context: paragraph in “Step 6: Budget”
campaign-p-0e900ef3 = A szokásos költségek közé tartozik a grafikai tervezés és a nyomtatás, a helyszínek, a művészek, fotósok vagy tolmácsok díja, a rendezvények étkeztetése, az online hirdetések és a munkatársak munkaideje. Ezek egy részét a partnerek gyakran természetben tudják biztosítani: egy ingyenes iskolai termet, szponzorált nyomtatást, műsoridőt a helyi rádióban.

# Context: paragraph in “Step 6: Budget”
campaign-p-2fd57fba = Tartson tartalékot a váratlan helyzetekre, és kezdettől fogva tervezzen pénzt az értékelésre.

# Context: heading
campaign-h-152a0432 = 7. lépés: Értékelés

# Context: paragraph in “Step 7: Evaluation”
campaign-p-068549cb = Az értékelésből megtudja, elérte-e a kampány a célját, és mit lehet legközelebb jobban csinálni. Akkor tervezze meg, amikor a célt kitűzi, ne a végén. Mérjen három szinten:

# Context: list item in “Step 7: Evaluation”
campaign-li-aaa3f8a2 = **Tevékenységek**: mit csinált. A rendezvények, plakátok, cikkek, bejegyzések száma.

# Context: list item in “Step 7: Evaluation”
campaign-li-574f2023 = **Elérés**: kit ért el. Résztvevők, olvasók, megtekintések, megosztások, bevont iskolák.

# Context: list item in “Step 7: Evaluation”
campaign-li-37376fe8 = **Változás**: mi változott meg. Kérdőívek előtte és utána, a résztvevők visszajelzései, a helyi média tudósításainak hangneme.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-b932bc41 = A változást a legnehezebb mérni, és egy kis kampány nem tudja bizonyítani, hogy egy egész település véleményét megváltoztatta. Az őszinte, apró jelek – például egy két iskolában végzett előtte-utána felmérés – hasznosabbak, mint a látványos, de üres számok.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-fc2b3b8d = Írjon rövid beszámolót, ossza meg a partnerekkel és a résztvevőkkel, mondjon köszönetet mindenkinek, és térjen vissza az 1. lépéshez.

# Context: heading
campaign-h-dfa6d533 = Kampány-ellenőrzőlista

# Context: list item in “Campaign checklist”
campaign-li-583c99fe = Van egy világos, konkrét célunk.

# Context: list item in “Campaign checklist”
campaign-li-f535b650 = Kiválasztottuk és leírtuk a fő célközönségünket.

# Context: list item in “Campaign checklist”
campaign-li-8d7656a9 = Az üzenetünk emberekről szól, helyi, és cselekvésre hív.

# Context: list item in “Campaign checklist”
campaign-li-7162a4f6 = Kipróbáltuk az üzenetet a célközönség tagjaival, köztük újonnan érkezőkkel is.

# Context: list item in “Campaign checklist”
campaign-li-1d5fc0d6 = A szóhasználatunk megfelel a fogalomtárnak.

# Context: list item in “Campaign checklist”
campaign-li-c6f7e698 = Két-három olyan csatornát választottunk, amely eléri a közönségünket.

# Context: list item in “Campaign checklist”
campaign-li-8491fa7c = A partnereink ismerik a szerepüket, és a szervezők között újonnan érkezők is vannak.

# Context: list item in “Campaign checklist”
campaign-li-e11c7306 = Minden felhasznált névhez, archoz és történethez megvan a hozzájárulás.

# Context: list item in “Campaign checklist”
campaign-li-d144751f = Van költségvetésünk, benne tartalékkal és az értékelésre szánt pénzzel.

# Context: list item in “Campaign checklist”
campaign-li-a06ce5be = Tudjuk, hogyan mérjük az elérést és a változást.

# Context: list item in “Campaign checklist”
campaign-li-b7a6429c = Van tervünk az ellenséges hozzászólások kezelésére, és van kapcsolattartónk a média számára.

# Context: paragraph in “Campaign checklist”
campaign-p-157cb1ac = Egy egyoldalas kampánytervsablon található a [10. fejezetben](10-resources.md#campaign-template).

# Context: heading
campaign-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
campaign-li-e0151837 = Hívjon össze három-négy embert különböző szervezetektől, és szánjanak két órát a ciklus 1–3. lépésére.

# Context: list item in “What you can do”
campaign-li-d24ab3e5 = Írja le a célját, a célközönségét és az üzenetét egyetlen oldalon.

# Context: list item in “What you can do”
campaign-li-9f00a0b5 = Kérjen meg két újonnan érkezőt és két régóta itt élő lakost, hogy mondjanak véleményt az üzenettervezetéről.

# Context: list item in “What you can do”
campaign-li-a39090c1 = Válasszon egy kis első tevékenységet, amelyet három hónapon belül meg tud valósítani, és értékelje, mielőtt a következőt megtervezi.

# Context: list item in “What you can do”
campaign-li-d13eb93a = Ha a kampány véget ért, fontolja meg, hogy benevezi egy díjra, vagy megosztja más településekkel. A [8. fejezet](08-award.md) elmagyarázza, mi a közös a jó pályázatokban.
