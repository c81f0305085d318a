# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Migráció Délkelet-Európában
# Context: heading
routes-h-688bfc5793b4b9a4 = Érkezések és távozások régiója
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = Délkelet-Európa mindig is keresztút volt. Kereskedők, zarándokok, idénymunkások és jobb életet kereső családok évezredek óta kelnek át tengerein és hegyein.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = A projektet megelőző években, 2015 és 2019 között a { -asylum-seekers } közül sokan ebben a régióban értek először európai földre. A régió a Közel-Kelet, Afrika és az Európai Unió többi része között fekszik. Ez a fejezet rövid, általános képet ad arról a három útvonalról, amelyek mentén a { -clarinet } országai fekszenek, és arról, mit jelentett mindez a { -local-communities } életében. A gyorsan változó statisztikákhoz használjon hivatalos forrásokat[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Három útvonal, egy régió
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = A projekt úgy írta le nyolc országát, mint amelyek három migrációs útvonal mentén fekszenek. Az „útvonal” nem egy térképen jelölt út, hanem az utazások tág mintázata, amelyet a földrajz, az embercsempészek, az államok politikája és az alakít, hogy merre mentek korábban a rokonok. Az útvonalak elmozdulnak, kettéágaznak és lezárulnak.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Három migrációs útvonal vázlatos ábrája. Egy kék nyíl a Földközi-tenger középső részén át Olaszországba mutat. Narancssárga nyilak a Földközi-tenger keleti részén át Görögországba és Ciprusra mutatnak. Zöld nyilak jelzik a 2015-ös és 2016-os nyugat-balkáni folyosót: Görögországból Észak-Macedónián és Szerbián át, majd Magyarországon, illetve Horvátországon és Szlovénián keresztül Ausztriába. Szaggatott mellékágak vezetnek Bulgáriába és Romániába. A szürkével jelölt országok nem vettek részt a CLARINET-projektben.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = A három migrációs útvonal és a nyolc CLARINET-ország (vázlatos ábra, nem méretarányos)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Vázlatos térkép: tengeri átkelés Olaszországba, Görögországba és Ciprusra, valamint a 2015–2016-os szárazföldi folyosó Görögországtól Ausztriáig
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Földközi-tengeri útvonal: tengeren, a Földközi-tenger középső részén át Olaszországba. Kelet-földközi-tengeri útvonal, amelyet a projekt kelet-balkáni útvonalnak nevezett: tengeren, a Földközi-tenger keleti részén át Görögországba és Ciprusra. Nyugat-balkáni útvonal 2015-ben és 2016-ban: szárazföldön Görögországból Észak-Macedónián és Szerbián át, majd vagy Magyarországon keresztül, vagy Horvátországon és Szlovénián keresztül Ausztriába, onnan tovább Közép- és Észak-Európa felé. Bulgária és Románia szaggatott mellékágakon fekszik. A szürkével jelölt Észak-Macedónia, Szerbia és Horvátország nem tartozott a CLARINET országai közé.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Vázlat, nem méretarányos
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = Közép- és Észak-
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = Európa felé
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Ausztria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Szlovénia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Magyarország
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Horvátország
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Szerbia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = Észak-Macedónia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Nyugat-balkáni útvonal
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = Románia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = Bulgária
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = hajón
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Olaszország
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Közép-Földközi-tenger
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Földközi-tengeri út
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Görögország
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Ciprus
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Kelet-Földközi-tenger
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Kelet-földközi-tengeri útvonal
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (kelet-balkáni útvonal)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Mellékág
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Nem CLARINET-ország
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Útvonal
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = CLARINET-országok az útvonal mentén vagy közelében
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = Hogyan utaznak általában az emberek?
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Földközi-tengeri útvonal
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Olaszország
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = Tengeren, a Földközi-tenger középső részén át
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Nyugat-balkáni útvonal
# Context: table cell in “Three routes, one region”
routes-cell-3cf17d73e5b6c74d = Magyarország, Szlovénia és Ausztria; mellékágakon Bulgária és Románia
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Szárazföldön, több határon át, gyalog, busszal, vonattal vagy autóval
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Kelet-balkáni útvonal (kelet-földközi-tengeri útvonal)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Görögország, Ciprus
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Tengeren, a Földközi-tenger keleti részén át, valamint szárazföldi határokon keresztül
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = A három útvonal és a rajtuk vagy a közelükben fekvő CLARINET-országok
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = A csoportosítás a projekt saját leírását követi. A valóságban az útvonalak átfedik egymást, és egy ország egyszerre lehet érkezési, tranzit- és letelepedési hely.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = Az uniós statisztikák – például az Európai Határ- és Parti Őrség Ügynökségéé (Frontex) – másként csoportosítják az útvonalakat. A Bulgária és Törökország közötti szárazföldi határon át történő érkezéseket például a kelet-földközi-tengeri útvonalhoz számítják.
# Context: heading
routes-h-4d048ea744aa31f8 = A földközi-tengeri útvonal
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = A Földközi-tenger középső részén átvezető útvonal Észak-Afrika partjaitól tengeren vezet Olaszországba, mindenekelőtt annak déli szigeteire és partjaira. Ez a világ egyik legveszélyesebb migrációs útvonala. A hajók gyakran túlzsúfoltak és tengerjárásra alkalmatlanok, és évente sokan vesztik életüket a tengeren[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = A kis szigeti és tengerparti közösségek számára ez az útvonal hirtelen, jól látható és olykor tragikus érkezéseket jelentett. Gyakran halászok, orvosok, önkéntesek és hétköznapi lakosok segítettek elsőként. A { -clarinet } vezető partnere, Lampedusa és Linosa önkormányzata is ilyen közösség.
# Context: heading
routes-h-0a7bcb22907e26cb = A nyugat-balkáni útvonal
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = A nyugat-balkáni útvonal szárazföldön vezet Európa délkeleti részéből a kontinens közepe és északi része felé. 2015-ben és 2016-ban rendkívül sokan használták, közülük sokan a szíriai háború, illetve az afganisztáni és iraki konfliktusok elől menekültek. Az útvonal menti települések vasútállomásain és határátkelőin tömegek haladtak át.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = Ebben a két évben a fő folyosó Görögországból Észak-Macedónián és Szerbián át vezetett. Szerbiából az emberek vagy Magyarországon keresztül, vagy – 2015 őszétől – Horvátországon és Szlovénián át jutottak tovább Ausztriába. Bulgária és Románia mellékágakon feküdt. Észak-Macedónia, Szerbia és Horvátország nem vett részt a { -clarinet }-projektben, ezért az ábra szürkével jelöli őket.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = 2016 elejétől, amikor szigorodtak a határellenőrzések, és az uniós vezetők és Törökország közös nyilatkozatot fogadtak el a migrációról, az útvonalon zajló mozgás meredeken visszaesett. Meg azonban nem szűnt: az emberek kisebb csoportokban, gyakran rejtettebb és veszélyesebb módon haladtak tovább, és egyesek hosszabb ideig maradtak az útba eső országokban.
# Context: heading
routes-h-bd1a384744b2eca2 = A kelet-balkáni útvonal
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = Az uniós statisztikákban ez az útvonal kelet-földközi-tengeri útvonalként szerepel; a projekt kelet-balkáni útvonalnak nevezte. Görögországba és Ciprusra vezet, többnyire tengeren a közeli partokról, de szárazföldi határokon át is. A török partokhoz közeli görög szigeteket 2015-ben ismerte meg az egész világ, amikor nap mint nap érkeztek oda hajók. Ciprus, az Európai Unió legkeletibb peremén fekvő sziget, szintén sok védelmet kereső embert fogadott.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Ezekben az országokban az érkezés nem csupán átutazást jelentett: a befogadóállomások, a hosszú menekültügyi eljárások és a hónapokig vagy évekig várakozó emberek a helyi élet részévé váltak.
# Context: heading
routes-h-b2fb3ae62f941028 = A projekt lezárulta óta
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = A { -clarinet } 2021-ben zárult. Azóta három változás hatott a { -local-communities } életére mind a nyolc országban.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __Az ukrajnai háború elől menekülők.__ 2022 márciusa óta { -temporary-protection } illeti meg őket az EU-ban[^temporary-protection]. Sok település néhány hét alatt nagy számban fogadott be embereket, többségükben nőket és gyerekeket.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __A migrációs és menekültügyi paktum.__ Az EU 2024 májusában fogadta el ezt a jogszabálycsomagot, és szabályainak többségét 2026. június 12. óta alkalmazzák[^pact]. Megváltoztatja, hogyan vizsgálják meg és bírálják el a menedékkérelmeket, és hogyan osztoznak az uniós országok az ezekért viselt felelősségen.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __A digitális szolgáltatásokról szóló rendelet.__ 2024 februárja óta az online platformokat jogi kötelezettség terheli, hogy intézkedjenek a jogellenes tartalmakról – köztük a jogellenes { -hate-speech } eseteiről – szóló bejelentések alapján. A [9. fejezet](09-media.md#hate-speech) elmagyarázza, mit jelent ez az Ön számára.
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = Az aktuális adatokhoz használja a [10. fejezetben](10-resources.md#further-reading) felsorolt hivatalos forrásokat.
# Context: heading
routes-h-057fc622e94d9233 = Amit a helyi közösségek megéltek
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = A migrációt mindig egy konkrét helyen élik meg az emberek: egy tengerparton, egy buszállomáson, egy iskolai osztályban. Délkelet-Európa városai és régiói több különböző helyzetet éltek át, olykor egymás után.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Hirtelen érkezések.__ Egy kis tengerparti városnak vagy határ menti falunak órákon belül kellett segítenie olyan embereken, akik fáztak, éheztek, megsérültek vagy sokkos állapotban voltak. Gyakran a helyiek segítettek elsőként, jóval azelőtt, hogy bármilyen országos rendszer működésbe lépett volna.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Átutazás.__ Egyes helyeken sokan haladtak át anélkül, hogy ott maradtak volna. A futó találkozások teret hagytak a szóbeszédnek.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Befogadás.__ A befogadóállomásoknak otthont adó településeken kérdések merültek fel a biztonságról, a szolgáltatásokról és a méltányosságról, gyakran minden oldalon erős érzelmekkel.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Letelepedés.__ Sok helyen azok, akik érkezésükkor { -asylum-seekers } voltak, ott maradtak, munkát találtak, iskolába íratták a gyerekeiket, és szomszédokká váltak. Ez a szakasz a legkevésbé látható a médiában, és a legfontosabb az { -integration } szempontjából.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = Mind a négy helyzeten végighúzódik egy közös minta. Az első reakciók gyakran nagyvonalúak; idővel azonban a fáradtság és az információhiány aggodalommá változtathatja a segítőkészséget. Ahol a helyi vezetők világosan beszélnek és pontos információkat osztanak meg, ott a bizalom általában megmarad. Ahol hallgatnak, ott a csendet mások töltik ki.
# Context: heading
routes-h-139f4b48fdddd135 = Kivándorlás és bevándorlás egyszerre
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Délkelet-Európában sok közösségből elvándorolnak az emberek, miközben mások érkeznek oda. A fiatalok tanulni és dolgozni mennek el, az újonnan érkezők pedig Európán kívülről jönnek. Sok család tudja, milyen, ha egy rokona külföldön él, vagy ha idegenként bánnak vele. Ezek az emlékek segíthetnek abban, hogy a lakosok olyan úton lévő embereket lássanak az újonnan érkezőkben, akiknek az útja nem is annyira különbözik a sajátjuktól.
# Context: heading
routes-h-da1e29bc37ed314c = A vészhelyzeten túl
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = A közfigyelem a vészhelyzeteket követi, és továbbáll, amikor eltűnnek a képek. Az { -integration } valódi munkája azonban akkor kezdődik, amikor a vészhelyzet véget ér: a nyelvtanulással, a lakás- és munkakereséssel, a barátkozással, egy egyesületbe való belépéssel.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = Ezért összpontosított a { -clarinet } arra, hogy a { -migrants } milyen pozitív módon járulnak hozzá a helyi élethez. Az a közösség, amely csak válságos pillanatokban hall a migrációról, válságként fog gondolni rá. Az viszont, amelyik az új gyógyszerészről, az önkéntes tűzoltóról és a családi étteremről is hall, igazabb képet kap.
# Context: heading
routes-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Derítse ki, hol áll a saját települése: elsősorban érkezési, tranzit-, befogadó vagy letelepedési hely, vagy ezek keveréke?
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Gyűjtse össze közössége emlékeit a migrációról, mindkét irányban:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = olyan lakosok történeteit, akik kivándoroltak, vagy akiknek a szülei kivándoroltak;
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = olyan újonnan érkezők történeteit, akik az elmúlt években telepedtek le a településen;
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = olyan lakosok történeteit, akik az érkezések időszakában segítettek.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Mielőtt számokról beszélne vagy írna, nézze meg a hivatalos forrásokban a friss adatokat, és jegyezze fel a dátumot.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Mielőtt bármilyen nyilvános anyagot készítene, olvassa el a [3. fejezetet](03-words.md), hogy a használt szavak megfeleljenek a tényeknek.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Gondolja végig, az út melyik szakasza hiányzik a települése nyilvános beszélgetéseiből, és tervezze meg, hogyan teheti láthatóvá. Hogy miként, azt az [5. fejezet](05-campaign.md) mutatja meg.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Az Európai Unióba érkezőkről és a menedékkérelmekről megbízható adatokat tesz közzé az Eurostat, az Európai Unió Menekültügyi Ügynöksége és az ENSZ Menekültügyi Főbiztossága (UNHCR). Az egyes országokra vonatkozó adatokat a nemzeti belügyminisztériumok és menekültügyi hatóságok teszik közzé.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = A Nemzetközi Migrációs Szervezet (IOM) az Eltűnt Migránsok Projekt (Missing Migrants Project) keretében rögzíti a migrációs útvonalakon – köztük a Földközi-tengeren – életüket vesztett és eltűnt emberek adatait.
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = A Tanács (EU) 2022/382 végrehajtási határozata (2022. március 4.), amely az átmeneti védelemről szóló irányelven (2001/55/EK) alapul. A védelmet azóta többször meghosszabbították.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = A paktum többek között magában foglalja a kvalifikációs irányelvet felváltó (EU) 2024/1347 rendeletet és a befogadási feltételekről szóló (EU) 2024/1346 irányelvet. Az országos menekültügyi hatóság el tudja magyarázni, mi változott az Ön országában.
