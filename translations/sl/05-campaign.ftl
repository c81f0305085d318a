### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
campaign-title-73473cef = Načrtovanje javne kampanje ozaveščanja

# Context: heading
campaign-h-f85e644a = Kaj je lokalna kampanja

# Context: paragraph in “What a local campaign is”
campaign-p-3621a753 = Javna kampanja ozaveščanja je načrtovan sklop dejavnosti, katerega namen je v omejenem času spremeniti, kaj skupina ljudi o neki temi ve, čuti ali počne. Lokalna kampanja o migracijah in { -integration(case: "loc") } lahko združuje portrete v lokalnem časopisu, festival, šolski projekt, plakate na avtobusnih postajah in kratek video, ki se deli na spletu.

# Context: paragraph in “What a local campaign is”
campaign-p-6d97c380 = Ena od petih glavnih dejavnosti projekta { -clarinet } je bil sklop osmih takih kampanj, ki so jih zasnovale in promovirale sodelujoče { -local-communities }. To poglavje predstavlja metodo, ki jo lahko uporabi vsak kraj, nevladna organizacija ali šola, ne glede na proračun.

# Context: paragraph in “What a local campaign is”
campaign-p-23f88fd9 = Kampanja je več kot en sam dogodek: ima cilj, opredeljeno ciljno občinstvo, dosledno sporočilo in način, kako preveriti, ali je uspela.

# Context: heading
campaign-h-2a5969f1 = Cikel kampanje

# Context: paragraph in “The campaign cycle”
campaign-p-f392d128 = Dobre kampanje sledijo ciklu sedmih korakov, in kar se naučite na koncu, uporabite pri naslednji kampanji.

# Context: image description (alt text) in “The campaign cycle”
campaign-alt-11a5561e = Krog sedmih korakov, povezanih s puščicami: 1 cilji, 2 ciljna občinstva, 3 sporočila, 4 kanali, 5 partnerji, 6 proračun, 7 vrednotenje, s puščico od vrednotenja nazaj k ciljem. V sredini: načrtujte, izvedite, se učite in začnite znova.

# Context: figure caption in “The campaign cycle”
campaign-cap-2f319a9c = Cikel kampanje: sedem korakov od ciljev do vrednotenja in spet nazaj

# Context: paragraph in “The campaign cycle”
campaign-p-eb140819 = V praksi se koraki prekrivajo: morda boste najprej našli partnerja in cilj oblikovali skupaj. Cikel je kontrolni seznam za razmislek, ne pa tog vrstni red.

# Context: heading
campaign-h-c1073230 = 1. korak: cilji

# Context: paragraph in “Step 1: Goals”
campaign-p-d8c777e4 = Začnite s spremembo, ki jo želite doseči. „Ozaveščanje“ je preveč ohlapno, da bi vas vodilo pri odločitvah. Raje se vprašajte: kaj naj bo po kampanji drugače in za koga? Uporabni cilji so konkretni, realni in, kjer je mogoče, merljivi. Na primer:

# Context: list item in “Step 1: Goals”
campaign-li-baf0c3d2 = več prebivalcev ve, da novi prebivalci v kraju delajo na lokalnih delovnih mestih, na primer v oskrbi, gradbeništvu ali kmetijstvu;

# Context: list item in “Step 1: Goals”
campaign-li-c579a6e0 = učenci dveh šol so spoznali na novo priseljene vrstnike in se z njimi pogovarjali;

# Context: list item in “Step 1: Goals”
campaign-li-bcdc9201 = lokalni časopis objavlja poštene, osebne zgodbe o novih prebivalcih, ne le zgodb o težavah.

# Context: paragraph in “Step 1: Goals”
campaign-p-a5f4b181 = Svoj cilj povežite s širšim ciljem projekta { -clarinet }: narediti viden pozitivni prispevek, ki ga { -migrants } dajejo tam, kjer živijo. En jasen cilj je boljši od petih ohlapnih.

# Context: heading
campaign-h-7e4c09ec = 2. korak: ciljna občinstva

# Context: paragraph in “Step 2: Audiences”
campaign-p-db5829b5 = „Splošna javnost“ ni ciljno občinstvo, to so vsi. Izberite skupine, ki jih najbolj želite doseči, in jih natančno opišite.

# Context: paragraph in “Step 2: Audiences”
campaign-p-595cdb47 = Pogosto pomaga, če razmišljate o treh skupinah: prebivalci, ki že podpirajo nove prebivalce, prebivalci, ki so odločno sovražni, in velika srednja skupina tistih, ki so negotovi, zaposleni ali nezainteresirani. Večina uspešnih kampanj se osredotoča na srednjo skupino, podporno skupino pa uporabi kot prenašalce sporočila.

# Context: paragraph in “Step 2: Audiences”
campaign-p-b9cd55c6 = Za vsako ciljno občinstvo se vprašajte:

# Context: list item in “Step 2: Audiences”
campaign-li-6661ab13 = Kaj o migracijah že vedo in kaj mislijo?

# Context: list item in “Step 2: Audiences”
campaign-li-11c4a2fb = Kaj jim je najpomembnejše: šole njihovih otrok, varnost, delovna mesta, soseska, vera, nogometni klub?

# Context: list item in “Step 2: Audiences”
campaign-li-65a006b5 = Komu zaupajo? Zdravniku, duhovniku, trenerju, babici, vplivnežu?

# Context: list item in “Step 2: Audiences”
campaign-li-aa7796a5 = Kje dobivajo informacije?

# Context: paragraph in “Step 2: Audiences”
campaign-p-055be547 = Ne pozabite na nove prebivalce kot ciljno občinstvo. Kampanja, ki jih v njihovih jezikih povabi k sodelovanju v življenju kraja, je lahko enako dragocena kot kampanja, namenjena dolgoletnim prebivalcem.

# Context: heading
campaign-h-7386c1e6 = 3. korak: sporočila

# Context: paragraph in “Step 3: Messages”
campaign-p-aa6f432d = Sporočilo je tisto, kar naj si vaše občinstvo zapomni. Vaš cilj povezuje s tem, kar je občinstvu pomembno. Sporočila, ki delujejo lokalno, imajo navadno nekaj skupnih značilnosti:

# Context: list item in “Step 3: Messages”
campaign-li-f8a6246d = **Govorijo o ljudeh, ne o kategorijah.** Medicinsko sestro, peka ali študentko z imenom si zapomnimo bolje kot trditev „migranti prispevajo h gospodarstvu“.

# Context: list item in “Step 3: Messages”
campaign-li-520e9291 = **Poudarjajo, kaj je prebivalcem in novim prebivalcem skupno.** Delo, družina, otroci, nogomet, hrana, glasba, vera, ljubezen do kraja.

# Context: list item in “Step 3: Messages”
campaign-li-2bc4dade = **So lokalna.** „Naš kraj“ je bližje kot „Evropa“.

# Context: list item in “Step 3: Messages”
campaign-li-07c6c25d = **So pozitivna, a poštena.** Ne pretvarjajte se, da težav ni. Pokažite, kako se težave rešujejo skupaj.

# Context: list item in “Step 3: Messages”
campaign-li-ce8a58b6 = **Vabijo k dejanjem.** Pridite na festival, pridružite se pevskemu zboru, pozdravite.

# Context: paragraph in “Step 3: Messages”
campaign-p-c364b870 = Sporočilo pred začetkom kampanje preizkusite pri nekaj ljudeh iz ciljnega občinstva, tudi pri novih prebivalcih, in besede preverite v [glosarju](03-words.md#glossary).

# Context: paragraph in “Step 3: Messages”
campaign-p-56469e89 = Izogibajte se oblikam „razbijanja mitov“, ki lažno trditev ponovijo z velikimi črkami in jo popravijo z majhnimi. Ljudje si pogosto zapomnijo mit in pozabijo popravek. Raje začnite z resnično, pozitivno zgodbo.

# Context: heading
campaign-h-c0b3df87 = 4. korak: kanali

# Context: paragraph in “Step 4: Channels”
campaign-p-d6dec4c3 = Kanale izberite glede na to, kje vaše občinstvo dejansko je, ne glede na to, kaj je v modi.

# Context: table cell in “Step 4: Channels”
campaign-cell-a072ab55 = Kanal

# Context: table cell in “Step 4: Channels”
campaign-cell-7a0586c0 = Primeren za

# Context: table cell in “Step 4: Channels”
campaign-cell-2eceac35 = Pazite na

# Context: table cell in “Step 4: Channels”
campaign-cell-6eec0a8e = Dogodki v živo (festivali, dnevi odprtih vrat, skupni obroki)

# Context: table cell in “Step 4: Channels”
campaign-cell-751940e8 = Resnični stik med prebivalci in novimi prebivalci; gradnja zaupanja

# Context: table cell in “Step 4: Channels”
campaign-cell-713ad0d2 = Doseganje le tistih, ki jih tema že zanima

# Context: table cell in “Step 4: Channels”
campaign-cell-feb021e8 = Šole in mladinske skupine

# Context: table cell in “Step 4: Channels”
campaign-cell-f9706902 = Dolgoročne spremembe; doseganje staršev prek otrok

# Context: table cell in “Step 4: Channels”
campaign-cell-e8d23a26 = Potrebna sta čas in zavzetost učiteljev

# Context: table cell in “Step 4: Channels”
campaign-cell-08579026 = Lokalni tisk, radio in televizija

# Context: table cell in “Step 4: Channels”
campaign-cell-160da6a8 = Verodostojnost; doseganje starejših prebivalcev

# Context: table cell in “Step 4: Channels”
campaign-cell-304d565a = Omejen nadzor nad končno zgodbo

# Context: table cell in “Step 4: Channels”
campaign-cell-187f95d6 = Družbena omrežja

# Context: table cell in “Step 4: Channels”
campaign-cell-ff173ff1 = Hitrost, deljenje, mlado občinstvo

# Context: table cell in “Step 4: Channels”
campaign-cell-0ab55fc2 = Sovražni komentarji; potrebno je moderiranje

# Context: table cell in “Step 4: Channels”
campaign-cell-f2505771 = Plakati, transparenti, javni prostori

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc6d01a = Vidnost v vsakdanjem življenju

# Context: table cell in “Step 4: Channels”
campaign-cell-5d029d8c = Vandalizem; sporočilo mora biti razumljivo v nekaj sekundah

# Context: table cell in “Step 4: Channels”
campaign-cell-7bdfdf84 = Občinski kanali (spletna stran, glasilo, oglasne deske)

# Context: table cell in “Step 4: Channels”
campaign-cell-6e80bcfd = Uradna teža; nizki stroški

# Context: table cell in “Step 4: Channels”
campaign-cell-7b7cc954 = Lahko deluje birokratsko; ohranite človeški ton

# Context: table cell in “Step 4: Channels”
campaign-cell-c49562f3 = Umetnost in kultura (razstave, gledališče, glasba)

# Context: table cell in “Step 4: Channels”
campaign-cell-39f34a9b = Čustva; novo občinstvo

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc81c8b = Potrebni so dobri partnerji; glejte [7. poglavje](07-art.md)

# Context: paragraph in “Step 4: Channels”
campaign-p-faca15d8 = Večina kampanj uporablja dva ali tri kanale, ki se med seboj krepijo. [9. poglavje](09-media.md) daje nasvete za delo z novinarji in družbenimi omrežji.

# Context: heading
campaign-h-591cac1d = 5. korak: partnerji

# Context: paragraph in “Step 5: Partners”
campaign-p-c1432ffb = Partnerji pomnožijo, kar zmorete. Razmišljajte o njih v treh krogih:

# Context: list item in “Step 5: Partners”
campaign-li-e51a85c6 = **Ključni partnerji**, ki z vami načrtujejo in izvajajo kampanjo:

# Context: list item in “Step 5: Partners”
campaign-li-54c4c776 = občinska služba ali županov urad;

# Context: list item in “Step 5: Partners”
campaign-li-c734ce3e = ena ali dve nevladni organizaciji, ki delata z novimi prebivalci;

# Context: list item in “Step 5: Partners”
campaign-li-9012d802 = novi prebivalci sami, kot organizatorji in ne le kot tema kampanje.

# Context: list item in “Step 5: Partners”
campaign-li-51f88e55 = **Podporni partnerji**, ki pomagajo pri posameznih nalogah:

# Context: list item in “Step 5: Partners”
campaign-li-bd6c3642 = šole, knjižnice, kulturni centri in športni klubi;

# Context: list item in “Step 5: Partners”
campaign-li-58965cdb = lokalni mediji;

# Context: list item in “Step 5: Partners”
campaign-li-843c2bcc = umetniki in oblikovalci.

# Context: list item in “Step 5: Partners”
campaign-li-c12e886a = **Ojačevalci**, ki širijo vaše sporočilo:

# Context: list item in “Step 5: Partners”
campaign-li-4f73eaa2 = ugledne lokalne osebnosti;

# Context: list item in “Step 5: Partners”
campaign-li-e3b224b3 = delodajalci in gospodarska združenja;

# Context: list item in “Step 5: Partners”
campaign-li-b395b40e = verske skupnosti in mreže mest.

# Context: paragraph in “Step 5: Partners”
campaign-p-efedbe16 = Že zgodaj se dogovorite, kdo o čem odloča, kdo govori z mediji in kako bodo navedeni partnerji.

# Context: paragraph in “Step 5: Partners”
campaign-p-83668d74 = Najmočnejše lokalne kampanje nastajajo skupaj z novimi prebivalci. Vključite jih že od prvega načrtovalnega sestanka, plačajte jim, kadar so za podobno delo plačani tudi drugi, in jim prepustite odločitev, kako bodo povedane njihove zgodbe.

# Context: heading
campaign-h-2247c270 = 6. korak: proračun

# Context: paragraph in “Step 6: Budget”
campaign-p-c9bece93 = Kampanja ni nujno draga, potrebuje pa realen proračun, tudi če ga večinoma sestavlja čas in ne denar.

# Context: paragraph in “Step 6: Budget”
campaign-p-0e900ef3 = Običajni stroški so oblikovanje in tisk, prostori, honorarji za umetnike, fotografe ali tolmače, hrana na dogodkih, spletno oglaševanje in čas zaposlenih. Partnerji lahko nekaj tega pogosto prispevajo v naravi: brezplačno šolsko dvorano, sponzoriran tisk, čas v programu lokalnega radia.

# Context: paragraph in “Step 6: Budget”
campaign-p-2fd57fba = Imejte rezervo za nepredvidene stroške in že od začetka načrtujte denar za vrednotenje.

# Context: heading
campaign-h-152a0432 = 7. korak: vrednotenje

# Context: paragraph in “Step 7: Evaluation”
campaign-p-068549cb = Vrednotenje vam pove, ali je kampanja dosegla svoj cilj in kaj lahko naslednjič naredite bolje. Načrtujte ga, ko določate cilj, ne šele na koncu. Merite na treh ravneh:

# Context: list item in “Step 7: Evaluation”
campaign-li-aaa3f8a2 = **Dejavnosti**: kaj ste naredili. Število dogodkov, plakatov, člankov, objav.

# Context: list item in “Step 7: Evaluation”
campaign-li-574f2023 = **Doseg**: koga ste dosegli. Udeleženci, bralci, ogledi, deljenja, vključene šole.

# Context: list item in “Step 7: Evaluation”
campaign-li-37376fe8 = **Sprememba**: kaj se je spremenilo. Ankete pred kampanjo in po njej, odzivi udeležencev, ton poročanja lokalnih medijev.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-b932bc41 = Spremembo je najteže izmeriti in majhna kampanja ne more dokazati, da je spremenila mnenje celega kraja. Pošteni majhni znaki, na primer anketa pred kampanjo in po njej v dveh šolah, so bolj uporabni od impresivnih, a praznih številk.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-fc2b3b8d = Napišite kratko poročilo, ga delite s partnerji in udeleženci, se vsem zahvalite in se vrnite k 1. koraku.

# Context: heading
campaign-h-dfa6d533 = Kontrolni seznam za kampanjo

# Context: list item in “Campaign checklist”
campaign-li-583c99fe = Imamo en jasen, konkreten cilj.

# Context: list item in “Campaign checklist”
campaign-li-f535b650 = Izbrali in opisali smo svoje glavno ciljno občinstvo.

# Context: list item in “Campaign checklist”
campaign-li-8d7656a9 = Naše sporočilo govori o ljudeh, je lokalno in vabi k dejanjem.

# Context: list item in “Campaign checklist”
campaign-li-7162a4f6 = Sporočilo smo preizkusili pri pripadnikih ciljnega občinstva, tudi pri novih prebivalcih.

# Context: list item in “Campaign checklist”
campaign-li-1d5fc0d6 = Naše besede se ujemajo z glosarjem.

# Context: list item in “Campaign checklist”
campaign-li-c6f7e698 = Izbrali smo dva ali tri kanale, ki dosežejo naše občinstvo.

# Context: list item in “Campaign checklist”
campaign-li-8491fa7c = Naši partnerji poznajo svoje vloge, med organizatorji pa so tudi novi prebivalci.

# Context: list item in “Campaign checklist”
campaign-li-e11c7306 = Za vsako ime, obraz in zgodbo, ki jih uporabljamo, imamo privolitev.

# Context: list item in “Campaign checklist”
campaign-li-d144751f = Imamo proračun, vključno z rezervo in denarjem za vrednotenje.

# Context: list item in “Campaign checklist”
campaign-li-a06ce5be = Vemo, kako bomo merili doseg in spremembo.

# Context: list item in “Campaign checklist”
campaign-li-b7a6429c = Imamo načrt za odzivanje na sovražne komentarje in kontaktno osebo za medije.

# Context: paragraph in “Campaign checklist”
campaign-p-157cb1ac = Enostranska predloga načrta kampanje je v [10. poglavju](10-resources.md#campaign-template).

# Context: heading
campaign-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
campaign-li-e0151837 = Zberite tri ali štiri ljudi iz različnih organizacij in dve uri posvetite korakom od 1 do 3 v ciklu.

# Context: list item in “What you can do”
campaign-li-d24ab3e5 = Svoj cilj, ciljno občinstvo in sporočilo zapišite na eno stran.

# Context: list item in “What you can do”
campaign-li-9f00a0b5 = Prosite dva nova in dva dolgoletna prebivalca, naj povedo, kaj menijo o vašem osnutku sporočila.

# Context: list item in “What you can do”
campaign-li-a39090c1 = Izberite eno majhno prvo dejavnost, ki jo lahko izvedete v treh mesecih, in jo ovrednotite, preden načrtujete naslednjo.

# Context: list item in “What you can do”
campaign-li-d13eb93a = Ko se kampanja konča, razmislite, ali bi jo prijavili na nagrado ali jo predstavili drugim krajem. [8. poglavje](08-award.md) pojasnjuje, kaj imajo dobre prijave skupnega.
