### handbook/chapters/02-routes.md — Migration in South-East Europe
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
routes-title-d2d75493 = Migráció Délkelet-Európában

# Context: heading
routes-h-a2ed269e = Egy mozgásban lévő régió

# Context: paragraph in “A region on the move”
routes-p-caea225a = Délkelet-Európa mindig is keresztút volt. Kereskedők, zarándokok, idénymunkások és jobb életet kereső családok évezredek óta kelnek át tengerein és hegyein.

# Context: paragraph in “A region on the move”
routes-p-386c2a87 = Az elmúlt években a régió – a Közel-Kelet, Afrika és az Európai Unió többi része közötti fekvése miatt – lett az az első európai föld, ahová a { -asylum-seekers } közül sokan megérkeztek. Ez a fejezet rövid, általános képet ad arról a három útvonalról, amelyek mentén a { -clarinet } országai fekszenek, és arról, mit jelentett mindez a { -local-communities } életében. A gyorsan változó statisztikákhoz használjon hivatalos forrásokat[^sources].

# Context: heading
routes-h-bb21e5ad = Három útvonal, egy régió

# Context: paragraph in “Three routes, one region”
routes-p-5b12ae87 = A projekt úgy írta le nyolc országát, mint amelyek három migrációs útvonal mentén fekszenek. Az „útvonal” nem egy térképen jelölt út, hanem az utazások tág mintázata, amelyet a földrajz, az embercsempészek, az államok politikája és az alakít, hogy merre mentek korábban a rokonok. Az útvonalak elmozdulnak, kettéágaznak és lezárulnak.

# Context: image description (alt text) in “Three routes, one region”
routes-alt-2fbbcf30 = Három migrációs útvonal vázlatos ábrája. Egy kék nyíl a Földközi-tenger középső részén át Olaszországba mutat. Egy zöld oszlop a nyugat-balkáni útvonalat jelzi, amely Bulgárián, Románián, Magyarországon, Szlovénián és Ausztrián át vezet Közép- és Észak-Európa felé. Narancssárga nyilak a Földközi-tenger keleti részén át Görögországba és Ciprusra mutatnak, Görögországból pedig egy szaggatott nyíl vezet tovább a nyugat-balkáni útvonalhoz.

# Context: figure caption in “Three routes, one region”
routes-cap-78ed8096 = A három migrációs útvonal és a nyolc CLARINET-ország (vázlatos ábra, nem méretarányos)

# Context: table cell in “Three routes, one region”
routes-cell-624b8896 = Útvonal

# Context: table cell in “Three routes, one region”
routes-cell-de368479 = Az útvonal menti CLARINET-országok

# Context: table cell in “Three routes, one region”
routes-cell-27ed78c8 = Hogyan utaznak általában az emberek?

# Context: table cell in “Three routes, one region”
routes-cell-487095bc = Földközi-tengeri útvonal

# Context: table cell in “Three routes, one region”
routes-cell-76bfcf09 = Olaszország

# Context: table cell in “Three routes, one region”
routes-cell-26e3c4cc = Tengeren, a Földközi-tenger középső részén át

# Context: table cell in “Three routes, one region”
routes-cell-1f6e85f6 = Nyugat-balkáni útvonal

# Context: table cell in “Three routes, one region”
routes-cell-6241e758 = Szlovénia, Magyarország, Bulgária, Románia, Ausztria

# Context: table cell in “Three routes, one region”
routes-cell-ea86e3a1 = Szárazföldön, több határon át, gyalog, busszal, vonattal vagy autóval

# Context: table cell in “Three routes, one region”
routes-cell-16867bf8 = Kelet-balkáni útvonal (kelet-földközi-tengeri útvonal)

# Context: table cell in “Three routes, one region”
routes-cell-531c3746 = Görögország, Ciprus

# Context: table cell in “Three routes, one region”
routes-cell-f5c11eb9 = Tengeren, a Földközi-tenger keleti részén át, valamint szárazföldi határokon keresztül

# Context: paragraph in “Three routes, one region”
routes-p-7c881471 = A csoportosítás a projekt saját leírását követi. A valóságban az útvonalak átfedik egymást, és egy ország egyszerre lehet érkezési, tranzit- és letelepedési hely.

# Context: heading
routes-h-9bea7f3d = A földközi-tengeri útvonal

# Context: paragraph in “The Mediterranean route”
routes-p-aa7dfd2c = A Földközi-tenger középső részén átvezető útvonal Észak-Afrika partjaitól tengeren vezet Olaszországba, mindenekelőtt annak déli szigeteire és partjaira. Ez a világ egyik legveszélyesebb migrációs útvonala. A hajók gyakran túlzsúfoltak és tengerjárásra alkalmatlanok, és évente sokan vesztik életüket a tengeren[^iom].

# Context: paragraph in “The Mediterranean route”
routes-p-d7b230ca = A kis szigeti és tengerparti közösségek számára ez az útvonal hirtelen, jól látható és olykor tragikus érkezéseket jelentett, amelyekkel elsőként halászok, orvosok, önkéntesek és hétköznapi lakosok szembesültek. A { -clarinet } vezető partnere, Lampedusa és Linosa önkormányzata is ilyen közösség.

# Context: heading
routes-h-7f5d9b55 = A nyugat-balkáni útvonal

# Context: paragraph in “The Western Balkan route”
routes-p-3e1db266 = A nyugat-balkáni útvonal szárazföldön vezet Európa délkeleti részéből a kontinens közepe és északi része felé. 2015-ben és 2016-ban rendkívül sokan használták, közülük sokan a szíriai háború, illetve az afganisztáni és iraki konfliktusok elől menekültek. Az útvonal menti települések vasútállomásain és határátkelőin tömegek haladtak át.

# Context: paragraph in “The Western Balkan route”
routes-p-1c6aac88 = 2016 elejétől, amikor szigorodtak a határellenőrzések, és az Európai Unió és Törökország közös nyilatkozatot fogadott el a migrációról, az útvonalon zajló mozgás meredeken visszaesett. Meg azonban nem szűnt: az emberek kisebb csoportokban, gyakran rejtettebb és veszélyesebb módon haladtak tovább, és egyesek hosszabb ideig maradtak az útba eső országokban.

# Context: heading
routes-h-7b1f4fff = A kelet-balkáni útvonal

# Context: paragraph in “The Eastern Balkan route”
routes-p-ff3aa2ac = A kelet-balkáni útvonal, amelyet gyakran kelet-földközi-tengeri útvonalnak is neveznek, Görögországba és Ciprusra vezet, többnyire tengeren a közeli partokról, de szárazföldi határokon át is. A török partokhoz közeli görög szigeteket 2015-ben ismerte meg az egész világ, amikor nap mint nap érkeztek oda hajók. Ciprus, az Európai Unió legkeletibb peremén fekvő sziget, szintén sok védelmet kereső embert fogadott.

# Context: paragraph in “The Eastern Balkan route”
routes-p-5e358a67 = Ezekben az országokban az érkezés nem csupán átutazást jelentett: a befogadóállomások, a hosszú menekültügyi eljárások és a hónapokig vagy évekig várakozó emberek a helyi élet részévé váltak.

# Context: heading
routes-h-0c0c3835 = Amit a helyi közösségek megéltek

# Context: paragraph in “What local communities experienced”
routes-p-1f69dd7f = A migrációt mindig egy konkrét helyen élik meg az emberek: egy tengerparton, egy buszállomáson, egy iskolai osztályban. Délkelet-Európa városai és régiói több különböző helyzetet éltek át, olykor egymás után.

# Context: list item in “What local communities experienced”
routes-li-daad826d = **Hirtelen érkezések.** Egy kis tengerparti városnak vagy határ menti falunak órákon belül kellett segítenie olyan embereken, akik fáztak, éheztek, megsérültek vagy sokkos állapotban voltak. Gyakran a helyiek segítettek elsőként, jóval azelőtt, hogy bármilyen országos rendszer működésbe lépett volna.

# Context: list item in “What local communities experienced”
routes-li-b04f11ef = **Átutazás.** Egyes helyeken sokan haladtak át anélkül, hogy ott maradtak volna. A futó találkozások teret hagytak a szóbeszédnek.

# Context: list item in “What local communities experienced”
routes-li-72e1c1ec = **Befogadás.** A befogadóállomásoknak otthont adó településeken kérdések merültek fel a biztonságról, a szolgáltatásokról és a méltányosságról, gyakran minden oldalon erős érzelmekkel.

# Context: list item in “What local communities experienced”
routes-li-ba1a55ca = **Letelepedés.** Sok helyen azok, akik érkezésükkor { -asylum-seekers } voltak, ott maradtak, munkát találtak, iskolába íratták a gyerekeiket, és szomszédokká váltak. Ez a szakasz a legkevésbé látható a médiában, és a legfontosabb az { -integration } szempontjából.

# Context: paragraph in “What local communities experienced”
routes-p-1382bd98 = Mind a négy helyzeten végighúzódik egy közös minta. Az első reakciók gyakran nagyvonalúak; idővel azonban a fáradtság és az információhiány aggodalommá változtathatja a segítőkészséget. Ahol a helyi vezetők világosan beszélnek és pontos információkat osztanak meg, ott a bizalom általában megmarad. Ahol hallgatnak, ott a csendet mások töltik ki.

# Context: paragraph in “What local communities experienced”
routes-p-c3a91349 = Sok településen az első napokban a legtöbbet a boltosok, a nyugdíjasok, a diákok és a plébániai önkéntesek segítettek. Ha nyilvánosan elismerik őket, és megkérdezik, mit tanultak, azzal egyszerűen el lehet indítani egy valós tapasztalatokon alapuló helyi beszélgetést a migrációról.

# Context: heading
routes-h-2df126f9 = Kivándorlás és bevándorlás egyszerre

# Context: paragraph in “Emigration and immigration together”
routes-p-ad39a28c = Délkelet-Európában sok közösségből elvándorolnak az emberek, miközben mások érkeznek oda. A fiatalok tanulni és dolgozni mennek el, az újonnan érkezők pedig Európán kívülről jönnek. A legtöbb család tudja, milyen, ha egy rokona külföldön él, vagy ha idegenként bánnak vele – és ezek az emlékek segíthetnek abban, hogy a lakosok olyan úton lévő embereket lássanak az újonnan érkezőkben, akiknek az útja nem is annyira különbözik a sajátjuktól.

# Context: heading
routes-h-a9139351 = A vészhelyzeten túl

# Context: paragraph in “Beyond the emergency”
routes-p-19764963 = A közfigyelem a vészhelyzeteket követi, és továbbáll, amikor eltűnnek a képek. Az { -integration } valódi munkája azonban akkor kezdődik, amikor a vészhelyzet véget ér: a nyelvtanulással, a lakás- és munkakereséssel, a barátkozással, egy egyesületbe való belépéssel.

# Context: paragraph in “Beyond the emergency”
routes-p-06eefa1c = Ezért összpontosított a { -clarinet } arra, hogy a { -migrants } milyen pozitív módon járulnak hozzá a helyi élethez. Az a közösség, amely csak válságos pillanatokban hall a migrációról, válságként fog gondolni rá. Az viszont, amelyik az új gyógyszerészről, az önkéntes tűzoltóról és a családi étteremről is hall, igazabb képet kap.

# Context: paragraph in “Beyond the emergency”
routes-p-47039470 = Bánjon óvatosan a számokkal. Az érkezésekre és a menedékjogi döntésekre vonatkozó adatokat különböző módon gyűjtik, és gyorsan változnak. Ha nyilvánosan használ egy számot, adja meg a forrását és a dátumát.

# Context: heading
routes-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
routes-li-65fcd89c = Derítse ki, hol áll a saját települése: elsősorban érkezési, tranzit-, befogadó vagy letelepedési hely, vagy ezek keveréke?

# Context: list item in “What you can do”
routes-li-e6039999 = Gyűjtse össze közössége emlékeit a migrációról, mindkét irányban:

# Context: list item in “What you can do”
routes-li-d8ccb901 = olyan lakosok történeteit, akik kivándoroltak, vagy akiknek a szülei kivándoroltak;

# Context: list item in “What you can do”
routes-li-5d84dbcd = olyan újonnan érkezők történeteit, akik az elmúlt években telepedtek le a településen;

# Context: list item in “What you can do”
routes-li-0e8bc65a = olyan lakosok történeteit, akik az érkezések időszakában segítettek.

# Context: list item in “What you can do”
routes-li-1419818b = Mielőtt számokról beszélne vagy írna, nézze meg a hivatalos forrásokban a friss adatokat, és jegyezze fel a dátumot.

# Context: list item in “What you can do”
routes-li-37b9ab9e = Mielőtt bármilyen nyilvános anyagot készítene, olvassa el a [3. fejezetet](03-words.md), hogy a használt szavak megfeleljenek a tényeknek.

# Context: list item in “What you can do”
routes-li-1bb79c5d = Gondolja végig, az út melyik szakasza hiányzik a települése nyilvános beszélgetéseiből, és tervezze meg, hogyan teheti láthatóvá. Hogy miként, azt az [5. fejezet](05-campaign.md) mutatja meg.

# Context: footnote in “What you can do”
routes-fn-d4918d96 = Az Európai Unióba érkezőkről és a menedékkérelmekről megbízható adatokat tesz közzé az Eurostat, az Európai Unió Menekültügyi Ügynöksége és az ENSZ Menekültügyi Főbiztossága (UNHCR). Az egyes országokra vonatkozó adatokat a nemzeti belügyminisztériumok és menekültügyi hatóságok teszik közzé.

# Context: footnote in “What you can do”
routes-fn-6f2cc878 = A Nemzetközi Migrációs Szervezet (IOM) az Eltűnt Migránsok Projekt (Missing Migrants Project) keretében rögzíti a migrációs útvonalakon – köztük a Földközi-tengeren – életüket vesztett és eltűnt emberek adatait.
