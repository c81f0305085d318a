### handbook/chapters/02-routes.md — Migration in South-East Europe
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
routes-title-d2d75493 = Migracije v jugovzhodni Evropi

# Context: heading
routes-h-a2ed269e = Regija v gibanju

# Context: paragraph in “A region on the move”
routes-p-caea225a = Jugovzhodna Evropa je bila od nekdaj križišče. Trgovci, romarji, sezonski delavci in družine, ki so iskale boljše življenje, so že tisočletja prečkali njena morja in gore.

# Context: paragraph in “A region on the move”
routes-p-386c2a87 = Zaradi svoje lege med Bližnjim vzhodom, Afriko in preostalo Evropsko unijo je regija v zadnjih letih postala prvo evropsko ozemlje, do katerega so prišli številni { -asylum-seekers }. To poglavje podaja kratko splošno sliko treh poti, na katerih ležijo države projekta { -clarinet }, in tega, kaj je to pomenilo za { -local-communities(case: "acc") }. Za statistične podatke, ki se hitro spreminjajo, uporabite uradne vire[^sources].

# Context: heading
routes-h-bb21e5ad = Tri poti, ena regija

# Context: paragraph in “Three routes, one region”
routes-p-5b12ae87 = Projekt je svojih osem držav opisal kot države na treh migracijskih poteh. „Pot“ ni cesta na zemljevidu, temveč širok vzorec potovanj, ki ga oblikujejo geografija, tihotapci, politike držav in kraji, kamor so prej odšli sorodniki. Poti se premikajo, cepijo in zapirajo.

# Context: image description (alt text) in “Three routes, one region”
routes-alt-2fbbcf30 = Shematski prikaz treh migracijskih poti. Modra puščica prečka osrednje Sredozemsko morje proti Italiji. Zeleni stolpec prikazuje zahodnobalkansko pot, ki vodi skozi Bolgarijo, Romunijo, Madžarsko, Slovenijo in Avstrijo proti srednji in severni Evropi. Oranžne puščice prečkajo vzhodno Sredozemsko morje proti Grčiji in Cipru, črtkana puščica pa vodi iz Grčije naprej na zahodnobalkansko pot.

# Context: figure caption in “Three routes, one region”
routes-cap-78ed8096 = Tri migracijske poti in osem držav projekta CLARINET (shematski prikaz, ne v merilu)

# Context: table cell in “Three routes, one region”
routes-cell-624b8896 = Pot

# Context: table cell in “Three routes, one region”
routes-cell-de368479 = Države projekta CLARINET na njej

# Context: table cell in “Three routes, one region”
routes-cell-27ed78c8 = Kako ljudje običajno potujejo

# Context: table cell in “Three routes, one region”
routes-cell-487095bc = Sredozemska pot

# Context: table cell in “Three routes, one region”
routes-cell-76bfcf09 = Italija

# Context: table cell in “Three routes, one region”
routes-cell-26e3c4cc = Po morju, čez osrednje Sredozemlje

# Context: table cell in “Three routes, one region”
routes-cell-1f6e85f6 = Zahodnobalkanska pot

# Context: table cell in “Three routes, one region”
routes-cell-6241e758 = Slovenija, Madžarska, Bolgarija, Romunija, Avstrija

# Context: table cell in “Three routes, one region”
routes-cell-ea86e3a1 = Po kopnem, čez več meja, peš, z avtobusom, vlakom ali avtomobilom

# Context: table cell in “Three routes, one region”
routes-cell-16867bf8 = Vzhodnobalkanska pot (vzhodnosredozemska pot)

# Context: table cell in “Three routes, one region”
routes-cell-531c3746 = Grčija, Ciper

# Context: table cell in “Three routes, one region”
routes-cell-f5c11eb9 = Po morju, čez vzhodno Sredozemlje, in čez kopenske meje

# Context: paragraph in “Three routes, one region”
routes-p-7c881471 = Razvrstitev sledi opisu projekta. V resnici se poti prekrivajo in država je lahko hkrati kraj prihoda, tranzita in naselitve.

# Context: heading
routes-h-9bea7f3d = Sredozemska pot

# Context: paragraph in “The Mediterranean route”
routes-p-aa7dfd2c = Osrednjesredozemska pot vodi po morju od obale severne Afrike do Italije, predvsem do njenih južnih otokov in obal. Je ena najnevarnejših migracijskih poti na svetu. Čolni so pogosto prenatrpani in neprimerni za plovbo, zato vsako leto veliko ljudi izgubi življenje na morju[^iom].

# Context: paragraph in “The Mediterranean route”
routes-p-d7b230ca = Za majhne otoške in obalne skupnosti je ta pot pomenila nenadne, vidne in včasih tragične prihode, pri katerih so bili v prvi vrsti ribiči, zdravniki, prostovoljci in navadni prebivalci. Vodilni partner projekta { -clarinet }, Občina Lampedusa in Linosa, je prav taka skupnost.

# Context: heading
routes-h-7f5d9b55 = Zahodnobalkanska pot

# Context: paragraph in “The Western Balkan route”
routes-p-3e1db266 = Zahodnobalkanska pot vodi po kopnem z jugovzhoda Evrope proti osrednjemu in severnemu delu celine. V letih 2015 in 2016 jo je uporabilo zelo veliko ljudi, med njimi mnogi, ki so bežali pred vojno v Siriji ter spopadi v Afganistanu in Iraku. Kraji ob poti so videli množice, ki so šle skozi njihove železniške postaje in mejne prehode.

# Context: paragraph in “The Western Balkan route”
routes-p-1c6aac88 = Po začetku leta 2016, ko so se mejni nadzori poostrili in sta Evropska unija in Turčija sprejeli skupno izjavo o migracijah, se je gibanje po tej poti močno zmanjšalo. Ni pa se ustavilo: ljudje so nadaljevali pot v manjših skupinah, pogosto na bolj skrite in nevarne načine, nekateri pa so v državah ob poti ostali dlje.

# Context: heading
routes-h-7b1f4fff = Vzhodnobalkanska pot

# Context: paragraph in “The Eastern Balkan route”
routes-p-ff3aa2ac = Vzhodnobalkanska pot, ki jo pogosto imenujejo tudi vzhodnosredozemska pot, vodi v Grčijo in na Ciper, večinoma po morju z bližnjih obal, pa tudi čez kopenske meje. Grški otoki blizu turške obale so leta 2015, ko so tja dan za dnem prihajali čolni, postali znani po vsem svetu. Tudi Ciper, otok na skrajnem vzhodnem robu Evropske unije, je sprejel veliko ljudi, ki so iskali zaščito.

# Context: paragraph in “The Eastern Balkan route”
routes-p-5e358a67 = Za te države prihodi niso bili le vprašanje tranzita: sprejemni centri, dolgotrajni azilni postopki in ljudje, ki čakajo mesece ali leta, so postali del vsakdanjega življenja v krajih.

# Context: heading
routes-h-0c0c3835 = Kaj so doživele lokalne skupnosti

# Context: paragraph in “What local communities experienced”
routes-p-1f69dd7f = Migracije se vedno doživljajo na določenem kraju: na plaži, na avtobusni postaji, v šolskem razredu. Mesta in regije jugovzhodne Evrope so doživele več različnih položajev, včasih enega za drugim.

# Context: list item in “What local communities experienced”
routes-li-daad826d = **Nenadni prihodi.** Majhno obalno mesto ali obmejna vas se je morala v nekaj urah odzvati na ljudi, ki so bili premraženi, lačni, ranjeni ali v šoku. Domačini so pogosto pomagali prvi, še dolgo preden je začel delovati kakršen koli državni sistem.

# Context: list item in “What local communities experienced”
routes-li-b04f11ef = **Tranzit.** Skozi nekatere kraje je šlo veliko ljudi, ki se niso ustavili. Kratka srečanja so pustila prostor za govorice.

# Context: list item in “What local communities experienced”
routes-li-72e1c1ec = **Sprejem.** Kraji, v katerih so bili sprejemni centri, so se soočali z vprašanji o varnosti, storitvah in pravičnosti, pogosto ob močnih čustvih na vseh straneh.

# Context: list item in “What local communities experienced”
routes-li-ba1a55ca = **Naselitev.** Marsikje so ljudje, ki so prišli kot { -asylum-seekers }, ostali, našli delo, vpisali otroke v šolo in postali sosedje. Ta faza je v medijih najmanj vidna, za { -integration(case: "acc") } pa najpomembnejša.

# Context: paragraph in “What local communities experienced”
routes-p-1382bd98 = Skozi vse štiri položaje se vleče skupen vzorec. Prvi odzivi so pogosto velikodušni; sčasoma lahko utrujenost in pomanjkanje informacij velikodušnost spremenita v zaskrbljenost. Kjer lokalni voditelji govorijo jasno in delijo točne informacije, zaupanje navadno zdrži. Kjer molčijo, tišino zapolnijo drugi.

# Context: paragraph in “What local communities experienced”
routes-p-c3a91349 = V mnogih krajih so v prvih dneh največ pomagali trgovci, upokojenci, študenti in župnijski prostovoljci. Če jim javno izrazite priznanje in jih vprašate, kaj so se naučili, boste na preprost način začeli lokalni pogovor o migracijah, ki temelji na resničnih izkušnjah.

# Context: heading
routes-h-2df126f9 = Izseljevanje in priseljevanje hkrati

# Context: paragraph in “Emigration and immigration together”
routes-p-ad39a28c = Mnoge skupnosti v jugovzhodni Evropi so kraji, iz katerih se ljudje izseljujejo, in hkrati kraji, kamor prihajajo. Mladi odhajajo na študij in delo, medtem ko prihajajo novi prebivalci od zunaj Evrope. Večina družin ve, kaj pomeni imeti sorodnika v tujini ali biti obravnavan kot tujec, in ti spomini lahko prebivalcem pomagajo, da v novih prebivalcih vidijo ljudi na poti, ki se ne razlikuje veliko od njihove.

# Context: heading
routes-h-a9139351 = Onkraj izrednih razmer

# Context: paragraph in “Beyond the emergency”
routes-p-19764963 = Pozornost javnosti sledi izrednim razmeram in se preseli drugam, ko slike izginejo. Toda pravo delo za { -integration(case: "acc") } se začne, ko se izredne razmere končajo: učenje jezika, iskanje stanovanja in dela, sklepanje prijateljstev, včlanitev v društvo.

# Context: paragraph in “Beyond the emergency”
routes-p-06eefa1c = Zato se je { -clarinet } osredotočil na pozitivni prispevek, ki ga { -migrants } dajejo lokalnemu življenju. Skupnost, ki o migracijah sliši le v trenutkih krize, bo migracije dojemala kot krizo. Skupnost, ki sliši tudi o novem farmacevtu, prostovoljnem gasilcu in družinski restavraciji, bo imela bolj resnično sliko.

# Context: paragraph in “Beyond the emergency”
routes-p-47039470 = Bodite previdni s številkami. Podatki o prihodih in odločitvah o azilu se zbirajo na različne načine in se hitro spreminjajo. Če številko uporabite v javnosti, navedite vir in datum.

# Context: heading
routes-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
routes-li-65fcd89c = Ugotovite, kje je vaš kraj: je predvsem kraj prihoda, tranzita, sprejema ali naselitve, ali pa kombinacija vsega?

# Context: list item in “What you can do”
routes-li-e6039999 = Zberite spomine svoje skupnosti na migracije v obeh smereh:

# Context: list item in “What you can do”
routes-li-d8ccb901 = zgodbe prebivalcev, ki so se izselili sami ali pa so se izselili njihovi starši;

# Context: list item in “What you can do”
routes-li-5d84dbcd = zgodbe novih prebivalcev, ki so se v zadnjih letih naselili v kraju;

# Context: list item in “What you can do”
routes-li-0e8bc65a = zgodbe prebivalcev, ki so pomagali v obdobjih prihodov.

# Context: list item in “What you can do”
routes-li-1419818b = Preden govorite ali pišete o številkah, v uradnih virih preverite aktualne podatke in si zabeležite datum.

# Context: list item in “What you can do”
routes-li-37b9ab9e = Preden pripravite kakršno koli javno gradivo, preberite [3. poglavje](03-words.md), da bodo besede, ki jih uporabljate, ustrezale dejstvom.

# Context: list item in “What you can do”
routes-li-1bb79c5d = Razmislite, katera faza poti v javnem pogovoru v vašem kraju manjka, in načrtujte, kako jo narediti vidno. [5. poglavje](05-campaign.md) pokaže, kako.

# Context: footnote in “What you can do”
routes-fn-d4918d96 = Zanesljive podatke o prihodih in prošnjah za azil v Evropski uniji objavljajo Eurostat, Agencija Evropske unije za azil in Agencija Združenih narodov za begunce (UNHCR). Podatke za posamezne države objavljajo nacionalna ministrstva za notranje zadeve in azilni uradi.

# Context: footnote in “What you can do”
routes-fn-6f2cc878 = Mednarodna organizacija za migracije (IOM) v svojem projektu Pogrešani migranti (Missing Migrants Project) beleži smrti in izginotja ljudi na migracijskih poteh, tudi v Sredozemlju.
