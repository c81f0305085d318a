# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Planificarea unei campanii de sensibilizare a publicului
# Context: heading
campaign-h-b58fcb4fc7d606c5 = Ce este o campanie locală
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = O campanie de sensibilizare a publicului este un ansamblu planificat de activități care urmărește să schimbe, într-un interval limitat de timp, ce știe, ce simte sau ce face un grup de oameni în legătură cu un subiect. O campanie locală despre migrație și { -integration } ar putea combina portrete în ziarul orașului, un festival, un proiect școlar, afișe în stațiile de autobuz și un scurt videoclip distribuit online.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = { -local-communities(case: "def-cap") } din { -clarinet } au conceput opt astfel de campanii. Acest capitol prezintă o metodă pe care o poate folosi orice oraș, ONG sau școală, indiferent de buget.
# Context: heading
campaign-h-3041721e644d4666 = Ciclul campaniei
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = Campaniile reușite urmează un ciclu de șapte pași, iar ceea ce învățați la final alimentează campania următoare.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Șapte pași numerotați, unul sub altul, fiecare cu o întrebare călăuzitoare, legați prin săgeți: 1 obiective, 2 public, 3 mesaje, 4 canale, 5 parteneri, 6 buget, 7 evaluare, cu o săgeată de la evaluare înapoi în sus, la obiective. Dedesubt: planificați, desfășurați, învățați, apoi o luați de la capăt.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = Ciclul campaniei: șapte pași de la obiective la evaluare și înapoi
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = Cei șapte pași ai unei campanii, în buclă
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Șapte pași numerotați, unul sub altul, fiecare cu o întrebare, legați prin săgeți: 1 obiective (ce trebuie să se schimbe?), 2 public (pe cine vrem să atingem?), 3 mesaje (ce spunem?), 4 canale (unde spunem?), 5 parteneri (cine lucrează cu noi?), 6 buget (ce ne putem permite?), 7 evaluare (ce a funcționat?). O săgeată duce de la evaluare înapoi în sus, la obiective, pentru următoarea campanie. Dedesubt: planificați, desfășurați, învățați, apoi o luați de la capăt.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Obiective
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = Ce trebuie să se schimbe?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Public
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = Pe cine vrem să atingem?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Mesaje
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = Ce spunem?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Canale
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Unde spunem?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Parteneri
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Cine lucrează cu noi?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Buget
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = Ce ne putem permite?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Evaluare
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = Ce a funcționat?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = Plan, acțiune, învățare, reluare
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = În practică, pașii se suprapun: se poate întâmpla să găsiți mai întâi un partener și să stabiliți obiectivul împreună. Ciclul este o listă de verificare pentru gândire, nu o ordine rigidă.
# Context: heading
campaign-h-32aa40a5d4b58434 = Pasul 1: obiectivele
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Porniți de la schimbarea pe care vreți să o vedeți. „Sensibilizarea publicului” este prea vagă pentru a ghida deciziile. Întrebați-vă mai degrabă: după campanie, ce ar trebui să fie diferit și pentru cine? Obiectivele utile sunt specifice, realiste și, acolo unde se poate, măsurabile. De exemplu:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = mai mulți locuitori știu că noii veniți din oraș lucrează în meserii locale, cum ar fi îngrijirea persoanelor, construcțiile sau agricultura;
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = elevii din două școli s-au întâlnit și au stat de vorbă cu noi veniți de vârsta lor;
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = ziarul local publică povești echilibrate și personale despre noii veniți, nu doar povești despre probleme.
# Context: heading
campaign-h-6195a34f20b4c26c = Pasul 2: publicul
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = „Publicul larg” nu este un public-țintă; înseamnă toată lumea. Alegeți grupurile pe care vreți cel mai mult să le atingeți și descrieți-le cu precizie.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = Adesea ajută să vă gândiți la trei grupuri: locuitorii care susțin deja cauza, locuitorii categoric ostili și un grup mare de mijloc, format din oameni nesiguri, ocupați sau dezinteresați. Cele mai multe campanii reușite se concentrează pe grupul de mijloc și îi folosesc pe susținători ca mesageri.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = Pentru fiecare public, întrebați-vă:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = Ce știu și ce cred deja despre migrație?
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = Ce contează cel mai mult pentru ei: școala copiilor, siguranța, locurile de muncă, cartierul, credința, echipa de fotbal?
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = În cine au încredere? Într-un medic, un lider religios, un antrenor, o bunică, un influencer?
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = De unde își iau informațiile?
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Nu uitați că și noii veniți sunt un public. O campanie care îi invită, în propriile lor limbi, să ia parte la viața orașului poate fi la fel de valoroasă ca una care se adresează locuitorilor mai vechi.
# Context: heading
campaign-h-64f58707fcd5243e = Pasul 3: mesajele
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = Mesajul este ceea ce vreți să rețină publicul. El leagă obiectivul dumneavoastră de ceea ce contează pentru public. Mesajele care funcționează la nivel local au de obicei câteva trăsături comune:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __Vorbesc despre oameni, nu despre categorii.__ O asistentă medicală, un brutar sau un student cu nume și prenume rămâne mai ușor în minte decât „migranții contribuie la economie”.
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __Scot în evidență ce au în comun locuitorii și noii veniți.__ Munca, familia, copiii, fotbalul, mâncarea, muzica, credința, dragostea pentru oraș.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __Sunt locale.__ „Orașul nostru” este mai aproape decât „Europa”.
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __Sunt pozitive, dar oneste.__ Nu vă prefaceți că nu există probleme. Arătați cum sunt rezolvate problemele împreună.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __Îndeamnă la acțiune.__ Veniți la festival, intrați în cor, spuneți „bună ziua”.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Testați mesajul cu câțiva oameni din publicul vizat, inclusiv cu noi veniți, înainte de lansare și verificați cuvintele cu ajutorul [glosarului](03-words.md#glossary).
# Context: heading
campaign-h-d4e795bddd135955 = Un cadru simplu pentru mesaje
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = O „casă a mesajului” îi ajută pe parteneri să cadă de acord asupra a ceea ce vor spune. Găsiți un model gol în [capitolul 10](10-resources.md#message-house). Acoperișul este mesajul central, într-o singură frază pe care oricine ar putea-o repeta. Trei stâlpi îl susțin: argumentele de sprijin, fiecare susținut de un fapt sau de o poveste locală. Fundația o formează mesagerii și acțiunea pe care o cereți.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Construiți fiecare mesaj în patru pași:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = o valoare pe care o împărtășește publicul dumneavoastră, cum ar fi corectitudinea, siguranța sau familia;
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = o poveste sau un fapt local care ilustrează această valoare;
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = ce se face și de către cine;
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = o invitație la acțiune.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = Când locuitorii sunt îngrijorați, nu le ignorați temerile. Recunoașteți îngrijorarea, prezentați faptul și arătați soluția.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = În loc de
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Încercați
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = „Val de migranți lovește orașul”
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = „30 de oameni au sosit săptămâna aceasta; primăria și voluntarii le-au asigurat locuințe”
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = „Ilegali găsiți într-un camion”
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = „Poliția a găsit oameni ascunși într-un camion; sunt în siguranță și primesc îngrijiri medicale”
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = „Migrant arestat pentru furt”
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = „Bărbat arestat pentru furt” (menționați originea sau statutul doar atunci când sunt relevante și confirmate)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = „Refugiații ne iau locurile de muncă”
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = „Fermele și centrele de îngrijire din zonă au nevoie de personal; unele angajează acum { -newcomers }”
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = „Bieții refugiați au nevoie de ajutorul nostru”
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = „O asistentă medicală calificată din Siria învață limba ca să poată lucra la dispensarul nostru”
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = „Criză: se deschide un centru de primire”
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = „Un centru de primire pentru 50 de persoane se deschide luni: iată ce se schimbă și pe cine puteți întreba”
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Titluri rescrise: ce să scriem în locul lor
# Context: heading
campaign-h-fb6d29fad2bf4c85 = Pasul 4: canalele
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = Alegeți canalele în funcție de locul în care se află cu adevărat publicul dumneavoastră, nu în funcție de ce este la modă.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Canal
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Potrivit pentru
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Atenție la
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Evenimente față în față (festivaluri, zile ale porților deschise, mese comune)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Contact real între locuitori și noii veniți; construirea încrederii
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Ajung doar la oamenii care sunt deja interesați
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Școli și grupuri de tineri
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Schimbare pe termen lung; ajungerea la părinți prin intermediul copiilor
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Necesită timp și implicarea profesorilor
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Presa scrisă, radioul și televiziunea locale
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Credibilitate; acces la locuitorii mai în vârstă
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Control limitat asupra materialului final
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Rețele sociale
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Rapiditate, distribuire, public tânăr
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Comentarii ostile; necesită moderare
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Afișe, bannere, spații publice
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Vizibilitate în viața de zi cu zi
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Vandalism; mesajul trebuie înțeles în câteva secunde
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Canalele primăriei (site, buletin informativ, avizier)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Greutate oficială; cost redus
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Pot părea birocratice; păstrați un ton omenesc
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Artă și cultură (expoziții, teatru, muzică)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Emoție; public nou
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Necesită parteneri buni; vedeți [capitolul 7](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Canale de comunicare: la ce este bun fiecare și la ce trebuie să fim atenți
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = Cele mai multe campanii folosesc două sau trei canale care se susțin reciproc. [Capitolul 9](09-media.md) oferă sfaturi despre colaborarea cu jurnaliștii și despre rețelele sociale.
# Context: heading
campaign-h-9378785c2e274f26 = Pasul 5: partenerii
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = Partenerii vă multiplică puterea de acțiune. Gândiți-vă la ei ca la trei cercuri:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Partenerii principali__, care planifică și desfășoară campania împreună cu dumneavoastră:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = un compartiment al primăriei sau cabinetul primarului;
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = unul sau două ONG-uri care lucrează cu noii veniți;
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = noii veniți înșiși, ca organizatori, nu doar ca subiecți.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Partenerii de sprijin__, care ajută la sarcini precise:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = școli, biblioteci, centre culturale și cluburi sportive;
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = presa locală;
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = artiști și designeri.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Susținătorii__, care vă răspândesc mesajul:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = personalități locale respectate;
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = angajatori și asociații ale oamenilor de afaceri;
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = comunități religioase și rețele de orașe.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Stabiliți din timp cine ce decide, cine vorbește cu presa și cum sunt menționați partenerii.
# Context: heading
campaign-h-fa58d30bdbfeb07d = Pasul 6: bugetul
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = O campanie nu trebuie să fie scumpă, dar are nevoie de un buget realist, chiar dacă cea mai mare parte a lui înseamnă timp, nu bani.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Păstrați o rezervă pentru neprevăzut și prevedeți bani pentru evaluare încă de la început.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = { "[" }Modelul de buget](10-resources.md#budget-template) din capitolul 10 enumeră costurile obișnuite, cu coloane pentru bani, contribuții în natură și cine plătește.
# Context: heading
campaign-h-76bd0f182803cc9a = Pasul 7: evaluarea
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = Evaluarea vă arată dacă campania și-a atins obiectivul și ce puteți face mai bine data viitoare. Planificați-o atunci când stabiliți obiectivul, nu la final. Măsurați pe trei niveluri:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Activitățile__: ce ați făcut. Numărul de evenimente, afișe, articole, postări.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Acoperirea__: pe cine ați atins. Participanți, cititori, vizualizări, distribuiri, școli implicate.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Schimbarea__: ce s-a schimbat. Sondaje înainte și după, comentariile participanților, tonul relatărilor din presa locală.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = Schimbarea este cel mai greu de măsurat, iar o campanie mică nu poate dovedi că a schimbat opiniile unui oraș întreg. Semnele mici, dar oneste, cum ar fi un sondaj înainte și după în două școli, sunt mai utile decât cifrele impresionante, dar goale.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = Capitolul 10 conține un [tabel de indicatori](10-resources.md#indicator-template) și un [scurt chestionar](10-resources.md#survey) de folosit înainte și după campanie.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Scrieți un scurt raport, transmiteți-l partenerilor și participanților, mulțumiți-le tuturor și întoarceți-vă la pasul 1.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = Un model de plan de campanie pe o singură pagină găsiți în [capitolul 10](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Adunați trei-patru oameni din organizații diferite și lucrați două ore la pașii 1-3 ai ciclului.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Scrieți obiectivul, publicul și mesajul pe o singură pagină.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Rugați doi noi veniți și doi locuitori mai vechi să vă spună ce cred despre proiectul de mesaj.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Alegeți o primă activitate mică pe care o puteți desfășura în trei luni și evaluați-o înainte de a o planifica pe următoarea.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = După încheierea campaniei, gândiți-vă să o înscrieți la un premiu sau să o prezentați altor orașe. [Capitolul 8](08-award.md) explică ce au în comun candidaturile reușite.
