# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Načrtovanje javne kampanje ozaveščanja
# Context: heading
campaign-h-b58fcb4fc7d606c5 = Kaj je lokalna kampanja
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = Javna kampanja ozaveščanja je načrtovan sklop dejavnosti, katerega namen je v omejenem času spremeniti, kaj skupina ljudi o neki temi ve, čuti ali počne. Lokalna kampanja o migracijah in { -integration(case: "loc") } lahko združuje portrete v lokalnem časopisu, festival, šolski projekt, plakate na avtobusnih postajah in kratek video, ki se deli na spletu.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = { -local-communities(case: "nom-cap") } v projektu { -clarinet } so zasnovale osem takih kampanj. To poglavje predstavlja metodo, ki jo lahko uporabi vsak kraj, nevladna organizacija ali šola, ne glede na proračun.
# Context: heading
campaign-h-3041721e644d4666 = Cikel kampanje
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = Dobre kampanje sledijo ciklu sedmih korakov in kar se naučite na koncu, uporabite pri naslednji kampanji.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Sedem oštevilčenih korakov, drug pod drugim, vsak z vodilnim vprašanjem, povezanih s puščicami: 1 cilji, 2 ciljna občinstva, 3 sporočila, 4 kanali, 5 partnerji, 6 proračun, 7 vrednotenje, s puščico od vrednotenja nazaj navzgor k ciljem. Spodaj: načrtujte, izvedite, učite se in začnite znova.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = Cikel kampanje: sedem korakov od ciljev do vrednotenja in spet nazaj
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = Sedem korakov kampanje v krogu
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Sedem oštevilčenih korakov, drug pod drugim, vsak z vprašanjem, povezanih s puščicami: 1 cilji (kaj naj se spremeni?), 2 ciljna občinstva (koga želimo doseči?), 3 sporočila (kaj povemo?), 4 kanali (kje to povemo?), 5 partnerji (kdo dela z nami?), 6 proračun (kaj si lahko privoščimo?), 7 vrednotenje (kaj je delovalo?). Puščica vodi od vrednotenja nazaj navzgor k ciljem za naslednjo kampanjo. Spodaj: načrtujte, izvedite, učite se in začnite znova.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Cilji
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = Kaj naj se spremeni?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Ciljna občinstva
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = Koga želimo doseči?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Sporočila
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = Kaj povemo?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Kanali
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Kje to povemo?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Partnerji
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Kdo dela z nami?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Proračun
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = Kaj si lahko privoščimo?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Vrednotenje
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = Kaj je delovalo?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = Načrtuj, izvedi, uči se in ponovi
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = V praksi se koraki prekrivajo: morda boste najprej našli partnerja in cilj oblikovali skupaj. Cikel je kontrolni seznam za razmislek, ne pa tog vrstni red.
# Context: heading
campaign-h-32aa40a5d4b58434 = 1. korak: cilji
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Začnite s spremembo, ki jo želite doseči. „Ozaveščanje“ je preveč ohlapno, da bi vas vodilo pri odločitvah. Raje se vprašajte: kaj naj bo po kampanji drugače in za koga? Uporabni cilji so konkretni, realni in, kjer je mogoče, merljivi. Na primer:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = več prebivalcev ve, da novi prebivalci v kraju delajo na lokalnih delovnih mestih, na primer v oskrbi, gradbeništvu ali kmetijstvu;
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = učenci dveh šol so spoznali na novo priseljene vrstnike in se z njimi pogovarjali;
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = lokalni časopis objavlja poštene, osebne zgodbe o novih prebivalcih, ne le zgodb o težavah.
# Context: heading
campaign-h-6195a34f20b4c26c = 2. korak: ciljna občinstva
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = „Splošna javnost“ ni ciljno občinstvo, to so vsi. Izberite skupine, ki jih najbolj želite doseči, in jih natančno opišite.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = Pogosto pomaga, če razmišljate o treh skupinah: prebivalci, ki že podpirajo nove prebivalce, prebivalci, ki so odločno sovražni, in velika srednja skupina tistih, ki so negotovi, zaposleni ali nezainteresirani. Večina uspešnih kampanj se osredotoča na srednjo skupino, podporno skupino pa uporabi kot prenašalce sporočila.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = Za vsako ciljno občinstvo se vprašajte:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = Kaj o migracijah že vedo in kaj mislijo?
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = Kaj jim je najpomembnejše: šole njihovih otrok, varnost, delovna mesta, soseska, vera, nogometni klub?
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = Komu zaupajo? Zdravniku, verskemu voditelju, trenerju, babici, vplivnežu?
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = Kje dobivajo informacije?
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Ne pozabite na nove prebivalce kot ciljno občinstvo. Kampanja, ki jih v njihovih jezikih povabi k sodelovanju v življenju kraja, je lahko enako dragocena kot kampanja, namenjena dolgoletnim prebivalcem.
# Context: heading
campaign-h-64f58707fcd5243e = 3. korak: sporočila
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = Sporočilo je tisto, kar naj si vaše občinstvo zapomni. Vaš cilj povezuje s tem, kar je občinstvu pomembno. Sporočila, ki delujejo lokalno, imajo navadno nekaj skupnih značilnosti:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __Govorijo o ljudeh, ne o kategorijah.__ Medicinsko sestro, peka ali študentko z imenom si zapomnimo bolje kot trditev „migranti prispevajo h gospodarstvu“.
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __Poudarjajo, kaj je prebivalcem in novim prebivalcem skupno.__ Delo, družina, otroci, nogomet, hrana, glasba, vera, ljubezen do kraja.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __So lokalna.__ „Naš kraj“ je bližje kot „Evropa“.
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __So pozitivna, a poštena.__ Ne pretvarjajte se, da težav ni. Pokažite, kako se težave rešujejo skupaj.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __Vabijo k dejanjem.__ Pridite na festival, pridružite se pevskemu zboru, pozdravite.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Sporočilo pred začetkom kampanje preizkusite pri nekaj ljudeh iz ciljnega občinstva, tudi pri novih prebivalcih, in besede preverite v [glosarju](03-words.md#glossary).
# Context: heading
campaign-h-d4e795bddd135955 = Preprost okvir za sporočila
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = „Hiša sporočil“ partnerjem pomaga, da se dogovorijo, kaj bodo povedali. Prazna predloga je v [10. poglavju](10-resources.md#message-house). Streha je vaše osrednje sporočilo, en stavek, ki bi ga lahko ponovil vsakdo. Nosijo ga trije stebri: podporne trditve, vsaka podprta z lokalnim dejstvom ali zgodbo. Temelj so vaši glasniki in dejanje, h kateremu pozivate.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Vsako sporočilo zgradite v štirih korakih:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = vrednota, ki jo deli vaše občinstvo, na primer pravičnost, varnost ali družina;
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = lokalna zgodba ali dejstvo, ki to vrednoto pokaže;
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = kaj se dela in kdo to dela;
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = povabilo k dejanju.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = Kadar so prebivalci zaskrbljeni, jih ne odpravite z zamahom roke. Priznajte skrb, navedite dejstvo in pokažite rešitev.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = Namesto
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Poskusite
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = „Val migrantov preplavil mesto“
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = „Ta teden je prišlo 30 ljudi; občina in prostovoljci so uredili nastanitev“
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = „V tovornjaku odkrili ilegalce“
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = „Policija je v tovornjaku našla skrite ljudi; so na varnem in prejemajo zdravniško pomoč“
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = „Migrant aretiran zaradi kraje“
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = „Moški aretiran zaradi kraje“ (poreklo ali status navedite le, kadar je to pomembno in potrjeno)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = „Begunci nam jemljejo delo“
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = „Lokalne kmetije in domovi za starejše potrebujejo delavce; nekateri zdaj zaposlujejo { -newcomers(case: "acc") }“
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = „Ubogi begunci potrebujejo našo pomoč“
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = „Izšolana medicinska sestra iz Sirije se uči jezika, da bo lahko delala v našem zdravstvenem domu“
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = „Kriza: odpira se nastanitveni center“
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = „V ponedeljek se odpre nastanitveni center za 50 ljudi: kaj se spremeni in koga lahko vprašate“
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Naslovi, napisani drugače: kaj zapisati namesto tega
# Context: heading
campaign-h-fb6d29fad2bf4c85 = 4. korak: kanali
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = Kanale izberite glede na to, kje vaše občinstvo dejansko je, ne glede na to, kaj je v modi.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Kanal
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Primeren za
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Pazite na
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Dogodki v živo (festivali, dnevi odprtih vrat, skupni obroki)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Resnični stik med prebivalci in novimi prebivalci; gradnja zaupanja
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Doseganje le tistih, ki jih tema že zanima
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Šole in mladinske skupine
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Dolgoročne spremembe; doseganje staršev prek otrok
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Potrebna sta čas in zavzetost učiteljev
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Lokalni tisk, radio in televizija
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Verodostojnost; doseganje starejših prebivalcev
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Omejen nadzor nad končno zgodbo
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Družbena omrežja
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Hitrost, deljenje, mlado občinstvo
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Sovražni komentarji; potrebno je moderiranje
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Plakati, transparenti, javni prostori
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Vidnost v vsakdanjem življenju
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Vandalizem; sporočilo mora biti razumljivo v nekaj sekundah
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Občinski kanali (spletna stran, glasilo, oglasne deske)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Uradna teža; nizki stroški
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Lahko deluje birokratsko; ohranite človeški ton
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Umetnost in kultura (razstave, gledališče, glasba)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Čustva; novo občinstvo
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Potrebni so dobri partnerji; glejte [7. poglavje](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Komunikacijski kanali: za kaj je posamezen kanal primeren in na kaj je treba paziti
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = Večina kampanj uporablja dva ali tri kanale, ki se med seboj krepijo. [9. poglavje](09-media.md) daje nasvete za delo z novinarji in družbenimi omrežji.
# Context: heading
campaign-h-9378785c2e274f26 = 5. korak: partnerji
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = Partnerji pomnožijo, kar zmorete. Razmišljajte o njih v treh krogih:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Ključni partnerji__, ki z vami načrtujejo in izvajajo kampanjo:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = občinska služba ali županov urad;
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = ena ali dve nevladni organizaciji, ki delata z novimi prebivalci;
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = novi prebivalci sami, kot organizatorji in ne le kot tema kampanje.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Podporni partnerji__, ki pomagajo pri posameznih nalogah:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = šole, knjižnice, kulturni centri in športni klubi;
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = lokalni mediji;
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = umetniki in oblikovalci.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Podporniki__, ki širijo vaše sporočilo:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = ugledne lokalne osebnosti;
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = delodajalci in gospodarska združenja;
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = verske skupnosti in mreže mest.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Že zgodaj se dogovorite, kdo o čem odloča, kdo govori z mediji in kako bodo navedeni partnerji.
# Context: heading
campaign-h-fa58d30bdbfeb07d = 6. korak: proračun
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = Kampanja ni nujno draga, potrebuje pa realen proračun, tudi če ga večinoma sestavlja čas in ne denar.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Imejte rezervo za nepredvidene stroške in že od začetka načrtujte denar za vrednotenje.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = { "[" }Predloga proračuna](10-resources.md#budget-template) v 10. poglavju navaja običajne stroške, s stolpci za denarna sredstva, prispevke v naravi in plačnika.
# Context: heading
campaign-h-76bd0f182803cc9a = 7. korak: vrednotenje
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = Vrednotenje vam pove, ali je kampanja dosegla svoj cilj in kaj lahko naslednjič naredite bolje. Načrtujte ga, ko določate cilj, ne šele na koncu. Merite na treh ravneh:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Dejavnosti__: kaj ste naredili. Število dogodkov, plakatov, člankov, objav.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Doseg__: koga ste dosegli. Udeleženci, bralci, ogledi, deljenja, vključene šole.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Sprememba__: kaj se je spremenilo. Ankete pred kampanjo in po njej, odzivi udeležencev, ton poročanja lokalnih medijev.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = Spremembo je najteže izmeriti in majhna kampanja ne more dokazati, da je spremenila mnenje celega kraja. Pošteni majhni znaki, na primer anketa pred kampanjo in po njej v dveh šolah, so bolj uporabni od impresivnih, a praznih številk.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = V 10. poglavju sta [preglednica kazalnikov](10-resources.md#indicator-template) in [kratka anketa](10-resources.md#survey), ki ju uporabite pred kampanjo in po njej.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Napišite kratko poročilo, ga delite s partnerji in udeleženci, se vsem zahvalite in se vrnite k 1. koraku.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = Enostranska predloga načrta kampanje je v [10. poglavju](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Zberite tri ali štiri ljudi iz različnih organizacij in dve uri posvetite korakom od 1 do 3 v ciklu.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Svoj cilj, ciljno občinstvo in sporočilo zapišite na eno stran.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Prosite dva nova in dva dolgoletna prebivalca, naj povedo, kaj menijo o vašem osnutku sporočila.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Izberite eno majhno prvo dejavnost, ki jo lahko izvedete v treh mesecih, in jo ovrednotite, preden načrtujete naslednjo.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = Ko se kampanja konča, razmislite, ali bi jo prijavili za nagrado ali jo predstavili drugim krajem. [8. poglavje](08-award.md) pojasnjuje, kaj imajo dobre prijave skupnega.
