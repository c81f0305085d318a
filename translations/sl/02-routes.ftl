# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Migracije v jugovzhodni Evropi
# Context: heading
routes-h-688bfc5793b4b9a4 = Regija prihodov in odhodov
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = Jugovzhodna Evropa je bila od nekdaj križišče. Trgovci, romarji, sezonski delavci in družine, ki so iskale boljše življenje, so že tisočletja prečkali njena morja in gore.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = V letih pred projektom, od 2015 do 2019, so številni { -asylum-seekers } prvič stopili na evropska tla prav v tej regiji. Leži med Bližnjim vzhodom, Afriko in preostalo Evropsko unijo. To poglavje podaja kratko splošno sliko treh poti, na katerih ležijo države projekta { -clarinet }, in tega, kaj je to pomenilo za { -local-communities(case: "acc") }. Za statistične podatke, ki se hitro spreminjajo, uporabite uradne vire[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Tri poti, ena regija
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Projekt je svojih osem držav opisal kot države na treh migracijskih poteh. „Pot“ ni cesta na zemljevidu, temveč širok vzorec potovanj, ki ga oblikujejo geografija, tihotapci, politike držav in kraji, kamor so prej odšli sorodniki. Poti se premikajo, cepijo in zapirajo.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Shematski prikaz treh migracijskih poti. Modra puščica prečka osrednje Sredozemsko morje proti Italiji. Oranžne puščice prečkajo vzhodno Sredozemsko morje proti Grčiji in Cipru. Zelene puščice prikazujejo zahodnobalkanski koridor iz let 2015 in 2016: iz Grčije skozi Severno Makedonijo in Srbijo, nato skozi Madžarsko ali skozi Hrvaško in Slovenijo v Avstrijo. Črtkani odcepi vodijo v Bolgarijo in Romunijo. Države, prikazane sivo, niso sodelovale v projektu CLARINET.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Tri migracijske poti in osem držav projekta CLARINET (shematski prikaz, ne v merilu)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Shematski zemljevid: poti po morju v Italijo, Grčijo in na Ciper ter kopenski koridor iz Grčije v Avstrijo v letih 2015–2016
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Sredozemska pot: po morju čez osrednje Sredozemlje v Italijo. Vzhodnosredozemska pot, ki jo je projekt imenoval vzhodnobalkanska: po morju čez vzhodno Sredozemlje v Grčijo in na Ciper. Zahodnobalkanska pot v letih 2015 in 2016: po kopnem iz Grčije skozi Severno Makedonijo in Srbijo, nato bodisi skozi Madžarsko v Avstrijo bodisi skozi Hrvaško in Slovenijo v Avstrijo ter naprej proti srednji in severni Evropi. Bolgarija in Romunija ležita na črtkanih odcepih. Severna Makedonija, Srbija in Hrvaška, prikazane sivo, niso bile države projekta CLARINET.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Shematsko, ne v merilu
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = proti srednji in
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = severni Evropi
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Avstrija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Slovenija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Madžarska
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Hrvaška
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Srbija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = Severna Makedonija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Zahodnobalkanska pot
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = Romunija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = Bolgarija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = po morju
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Italija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Osrednje Sredozemlje
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Sredozemska pot
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Grčija
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Ciper
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Vzhodno Sredozemlje
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Vzhodnosredozemska pot
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (vzhodnobalkanska pot)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Odcep
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Ni država CLARINET
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Pot
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = Države projekta CLARINET na njej ali blizu nje
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = Kako ljudje običajno potujejo
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Sredozemska pot
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Italija
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = Po morju, čez osrednje Sredozemlje
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Zahodnobalkanska pot
# Context: table cell in “Three routes, one region”
routes-cell-3cf17d73e5b6c74d = Madžarska, Slovenija in Avstrija; Bolgarija in Romunija na odcepih
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Po kopnem, čez več meja, peš, z avtobusom, vlakom ali avtomobilom
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Vzhodnobalkanska pot (vzhodnosredozemska pot)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Grčija, Ciper
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Po morju, čez vzhodno Sredozemlje, in čez kopenske meje
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = Tri poti in države CLARINET na njih ali v njihovi bližini
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Razvrstitev sledi opisu projekta. V resnici se poti prekrivajo in država je lahko hkrati kraj prihoda, tranzita in naselitve.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = Statistika EU, na primer statistika Evropske agencije za mejno in obalno stražo (Frontex), poti razvršča drugače. Prihode čez bolgarsko kopensko mejo s Turčijo na primer šteje k vzhodnosredozemski poti.
# Context: heading
routes-h-4d048ea744aa31f8 = Sredozemska pot
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = Osrednjesredozemska pot vodi po morju od obale severne Afrike do Italije, predvsem do njenih južnih otokov in obal. Je ena najnevarnejših migracijskih poti na svetu. Čolni so pogosto prenatrpani in neprimerni za plovbo, zato vsako leto veliko ljudi izgubi življenje na morju[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = Za majhne otoške in obalne skupnosti je ta pot pomenila nenadne, vidne in včasih tragične prihode. Ribiči, zdravniki, prostovoljci in navadni prebivalci so pogosto prvi priskočili na pomoč. Vodilni partner projekta { -clarinet }, Občina Lampedusa in Linosa, je prav taka skupnost.
# Context: heading
routes-h-0a7bcb22907e26cb = Zahodnobalkanska pot
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = Zahodnobalkanska pot vodi po kopnem z jugovzhoda Evrope proti osrednjemu in severnemu delu celine. V letih 2015 in 2016 jo je uporabilo zelo veliko ljudi, med njimi mnogi, ki so bežali pred vojno v Siriji ter spopadi v Afganistanu in Iraku. Kraji ob poti so videli množice, ki so šle skozi njihove železniške postaje in mejne prehode.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = V teh dveh letih je glavni koridor vodil iz Grčije skozi Severno Makedonijo in Srbijo. Iz Srbije so ljudje nadaljevali pot v Avstrijo bodisi skozi Madžarsko bodisi, od jeseni 2015, skozi Hrvaško in Slovenijo. Bolgarija in Romunija sta ležali na odcepih. Severna Makedonija, Srbija in Hrvaška niso sodelovale v projektu { -clarinet }, zato so na sliki prikazane sivo.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = Po začetku leta 2016, ko so se mejni nadzori poostrili in so voditelji EU in Turčija sprejeli skupno izjavo o migracijah, se je gibanje po tej poti močno zmanjšalo. Ni pa se ustavilo: ljudje so nadaljevali pot v manjših skupinah, pogosto na bolj skrite in nevarne načine, nekateri pa so v državah ob poti ostali dlje.
# Context: heading
routes-h-bd1a384744b2eca2 = Vzhodnobalkanska pot
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = V statistiki EU je ta pot znana kot vzhodnosredozemska, projekt pa jo je imenoval vzhodnobalkanska pot. Vodi v Grčijo in na Ciper, večinoma po morju z bližnjih obal, pa tudi čez kopenske meje. Grški otoki blizu turške obale so leta 2015, ko so tja dan za dnem prihajali čolni, postali znani po vsem svetu. Tudi Ciper, otok na skrajnem vzhodnem robu Evropske unije, je sprejel veliko ljudi, ki so iskali zaščito.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Za te države prihodi niso bili le vprašanje tranzita: sprejemni centri, dolgotrajni azilni postopki in ljudje, ki čakajo mesece ali leta, so postali del vsakdanjega življenja v krajih.
# Context: heading
routes-h-b2fb3ae62f941028 = Po koncu projekta
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = Projekt { -clarinet } se je končal leta 2021. Od takrat so { -local-communities(case: "acc") } v vseh osmih državah dosegle tri spremembe.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __Ljudje, ki bežijo pred vojno v Ukrajini.__ EU jim od marca 2022 zagotavlja { -temporary-protection(case: "acc") }[^temporary-protection]. Številni kraji so v nekaj tednih sprejeli veliko ljudi, večinoma žensk in otrok.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __Pakt o migracijah in azilu.__ EU je ta sklop predpisov sprejela maja 2024, večina njegovih pravil pa se uporablja od 12. junija 2026[^pact]. Spreminja način preverjanja prošenj za mednarodno zaščito in odločanja o njih ter način, kako si države EU delijo odgovornost zanje.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __Akt o digitalnih storitvah.__ Od februarja 2024 morajo spletne platforme po zakonu ukrepati na podlagi prijav nezakonitih vsebin, tudi nezakonitega { -hate-speech(case: "gen") }. Kaj to pomeni za vas, pojasnjuje [9. poglavje](09-media.md#hate-speech).
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = Za aktualne podatke uporabite uradne vire, navedene v [10. poglavju](10-resources.md#further-reading).
# Context: heading
routes-h-057fc622e94d9233 = Kaj so doživele lokalne skupnosti
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = Migracije se vedno doživljajo na določenem kraju: na plaži, na avtobusni postaji, v šolskem razredu. Mesta in regije jugovzhodne Evrope so doživele več različnih položajev, včasih enega za drugim.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Nenadni prihodi.__ Majhno obalno mesto ali obmejna vas se je morala v nekaj urah odzvati na ljudi, ki so bili premraženi, lačni, ranjeni ali v šoku. Domačini so pogosto pomagali prvi, še dolgo preden je začel delovati kakršen koli državni sistem.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Tranzit.__ Skozi nekatere kraje je šlo veliko ljudi, ki se niso ustavili. Kratka srečanja so pustila prostor za govorice.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Sprejem.__ Kraji, v katerih so bili sprejemni centri, so se soočali z vprašanji o varnosti, storitvah in pravičnosti, pogosto ob močnih čustvih na vseh straneh.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Naselitev.__ Marsikje so ljudje, ki so prišli kot { -asylum-seekers }, ostali, našli delo, vpisali otroke v šolo in postali sosedje. Ta faza je v medijih najmanj vidna, za { -integration(case: "acc") } pa najpomembnejša.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = Skozi vse štiri položaje se vleče skupen vzorec. Prvi odzivi so pogosto velikodušni; sčasoma lahko utrujenost in pomanjkanje informacij velikodušnost spremenita v zaskrbljenost. Kjer lokalni voditelji govorijo jasno in delijo točne informacije, zaupanje navadno zdrži. Kjer molčijo, tišino zapolnijo drugi.
# Context: heading
routes-h-139f4b48fdddd135 = Izseljevanje in priseljevanje hkrati
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Mnoge skupnosti v jugovzhodni Evropi so kraji, iz katerih se ljudje izseljujejo, in hkrati kraji, kamor prihajajo. Mladi odhajajo na študij in delo, medtem ko prihajajo novi prebivalci iz držav zunaj Evrope. Mnoge družine vedo, kaj pomeni imeti sorodnika v tujini ali biti obravnavan kot tujec. Ti spomini lahko prebivalcem pomagajo, da v novih prebivalcih vidijo ljudi na poti, ki se ne razlikuje veliko od njihove.
# Context: heading
routes-h-da1e29bc37ed314c = Onkraj izrednih razmer
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = Pozornost javnosti sledi izrednim razmeram in se preseli drugam, ko slike izginejo. Toda pravo delo za { -integration(case: "acc") } se začne, ko se izredne razmere končajo: učenje jezika, iskanje stanovanja in dela, sklepanje prijateljstev, včlanitev v društvo.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = Zato se je { -clarinet } osredotočil na pozitivni prispevek, ki ga { -migrants } dajejo lokalnemu življenju. Skupnost, ki o migracijah sliši le v trenutkih krize, bo migracije dojemala kot krizo. Skupnost, ki sliši tudi o novem farmacevtu, prostovoljnem gasilcu in družinski restavraciji, bo imela bolj resnično sliko.
# Context: heading
routes-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Ugotovite, kje je vaš kraj: je predvsem kraj prihoda, tranzita, sprejema ali naselitve, ali pa kombinacija vsega?
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Zberite spomine svoje skupnosti na migracije v obeh smereh:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = zgodbe prebivalcev, ki so se izselili sami ali pa so se izselili njihovi starši;
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = zgodbe novih prebivalcev, ki so se v zadnjih letih naselili v kraju;
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = zgodbe prebivalcev, ki so pomagali v obdobjih prihodov.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Preden govorite ali pišete o številkah, v uradnih virih preverite aktualne podatke in si zabeležite datum.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Preden pripravite kakršno koli javno gradivo, preberite [3. poglavje](03-words.md), da bodo besede, ki jih uporabljate, ustrezale dejstvom.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Razmislite, katera faza poti v javnem pogovoru v vašem kraju manjka, in načrtujte, kako jo narediti vidno. [5. poglavje](05-campaign.md) pokaže, kako.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Zanesljive podatke o prihodih in prošnjah za azil v Evropski uniji objavljajo Eurostat, Agencija Evropske unije za azil in Agencija Združenih narodov za begunce (UNHCR). Podatke za posamezne države objavljajo nacionalna ministrstva za notranje zadeve in azilni uradi.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = Mednarodna organizacija za migracije (IOM) v svojem projektu Pogrešani migranti (Missing Migrants Project) beleži smrti in izginotja ljudi na migracijskih poteh, tudi v Sredozemlju.
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = Izvedbeni sklep Sveta (EU) 2022/382 z dne 4. marca 2022, sprejet na podlagi direktive o začasni zaščiti (2001/55/ES). Zaščita je bila od takrat večkrat podaljšana.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = Pakt med drugim vključuje Uredbo (EU) 2024/1347, ki nadomešča kvalifikacijsko direktivo (2011/95/EU), in Direktivo (EU) 2024/1346 o standardih za sprejem prosilcev za mednarodno zaščito. Kaj se je spremenilo v vaši državi, vam lahko pojasni nacionalni organ, pristojen za azil (v Sloveniji Ministrstvo za notranje zadeve).
