### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
campaign-title-73473cef = Planificarea unei campanii de sensibilizare a publicului

# Context: heading
campaign-h-f85e644a = Ce este o campanie locală

# Context: paragraph in “What a local campaign is”
campaign-p-3621a753 = O campanie de sensibilizare a publicului este un ansamblu planificat de activități care urmărește să schimbe, într-un interval limitat de timp, ce știe, ce simte sau ce face un grup de oameni în legătură cu un subiect. O campanie locală despre migrație și { -integration } ar putea combina portrete în ziarul orașului, un festival, un proiect școlar, afișe în stațiile de autobuz și un scurt videoclip distribuit online.

# Context: paragraph in “What a local campaign is”
campaign-p-6d97c380 = Una dintre cele cinci activități principale ale proiectului { -clarinet } a fost o serie de opt astfel de campanii, concepute și promovate de { -local-communities(case: "def") } participante. Acest capitol prezintă o metodă pe care o poate folosi orice oraș, ONG sau școală, indiferent de buget.

# Context: paragraph in “What a local campaign is”
campaign-p-23f88fd9 = O campanie înseamnă mai mult decât un singur eveniment: are un obiectiv, un public bine definit, un mesaj coerent și o modalitate de a verifica dacă a funcționat.

# Context: heading
campaign-h-2a5969f1 = Ciclul campaniei

# Context: paragraph in “The campaign cycle”
campaign-p-f392d128 = Campaniile reușite urmează un ciclu de șapte pași, iar ceea ce învățați la final alimentează campania următoare.

# Context: image description (alt text) in “The campaign cycle”
campaign-alt-11a5561e = Un cerc de șapte pași legați prin săgeți: 1 obiective, 2 public, 3 mesaje, 4 canale, 5 parteneri, 6 buget, 7 evaluare, cu o săgeată de la evaluare înapoi la obiective. În centru: planificați, desfășurați, învățați, apoi o luați de la capăt.

# Context: figure caption in “The campaign cycle”
campaign-cap-2f319a9c = Ciclul campaniei: șapte pași de la obiective la evaluare și înapoi

# Context: paragraph in “The campaign cycle”
campaign-p-eb140819 = În practică, pașii se suprapun: se poate întâmpla să găsiți mai întâi un partener și să stabiliți obiectivul împreună. Ciclul este o listă de verificare pentru gândire, nu o ordine rigidă.

# Context: heading
campaign-h-c1073230 = Pasul 1: obiectivele

# Context: paragraph in “Step 1: Goals”
campaign-p-d8c777e4 = Porniți de la schimbarea pe care vreți să o vedeți. „Sensibilizarea publicului” este prea vagă pentru a ghida deciziile. Întrebați-vă mai degrabă: după campanie, ce ar trebui să fie diferit și pentru cine? Obiectivele utile sunt specifice, realiste și, acolo unde se poate, măsurabile. De exemplu:

# Context: list item in “Step 1: Goals”
campaign-li-baf0c3d2 = mai mulți locuitori știu că noii veniți din oraș lucrează în meserii locale, cum ar fi îngrijirea persoanelor, construcțiile sau agricultura;

# Context: list item in “Step 1: Goals”
campaign-li-c579a6e0 = elevii din două școli s-au întâlnit și au stat de vorbă cu noi veniți de vârsta lor;

# Context: list item in “Step 1: Goals”
campaign-li-bcdc9201 = ziarul local publică povești echilibrate și personale despre noii veniți, nu doar povești despre probleme.

# Context: paragraph in “Step 1: Goals”
campaign-p-a5f4b181 = Legați obiectivul de scopul mai larg al proiectului { -clarinet }: să facă vizibilă contribuția pozitivă a { -migrants(case: "gen") } acolo unde trăiesc. Un singur obiectiv clar este mai bun decât cinci vagi.

# Context: heading
campaign-h-7e4c09ec = Pasul 2: publicul

# Context: paragraph in “Step 2: Audiences”
campaign-p-db5829b5 = „Publicul larg” nu este un public-țintă; înseamnă toată lumea. Alegeți grupurile pe care vreți cel mai mult să le atingeți și descrieți-le cu precizie.

# Context: paragraph in “Step 2: Audiences”
campaign-p-595cdb47 = Adesea ajută să vă gândiți la trei grupuri: locuitorii care susțin deja cauza, locuitorii categoric ostili și un grup mare de mijloc, format din oameni nesiguri, ocupați sau dezinteresați. Cele mai multe campanii reușite se concentrează pe grupul de mijloc și îi folosesc pe susținători ca mesageri.

# Context: paragraph in “Step 2: Audiences”
campaign-p-b9cd55c6 = Pentru fiecare public, întrebați-vă:

# Context: list item in “Step 2: Audiences”
campaign-li-6661ab13 = Ce știu și ce cred deja despre migrație?

# Context: list item in “Step 2: Audiences”
campaign-li-11c4a2fb = Ce contează cel mai mult pentru ei: școala copiilor, siguranța, locurile de muncă, cartierul, credința, echipa de fotbal?

# Context: list item in “Step 2: Audiences”
campaign-li-65a006b5 = În cine au încredere? Într-un medic, un preot, un antrenor, o bunică, un influencer?

# Context: list item in “Step 2: Audiences”
campaign-li-aa7796a5 = De unde își iau informațiile?

# Context: paragraph in “Step 2: Audiences”
campaign-p-055be547 = Nu uitați că și noii veniți sunt un public. O campanie care îi invită, în propriile lor limbi, să ia parte la viața orașului poate fi la fel de valoroasă ca una care se adresează locuitorilor mai vechi.

# Context: heading
campaign-h-7386c1e6 = Pasul 3: mesajele

# Context: paragraph in “Step 3: Messages”
campaign-p-aa6f432d = Mesajul este ceea ce vreți să rețină publicul. El leagă obiectivul dumneavoastră de ceea ce contează pentru public. Mesajele care funcționează la nivel local au de obicei câteva trăsături comune:

# Context: list item in “Step 3: Messages”
campaign-li-f8a6246d = **Vorbesc despre oameni, nu despre categorii.** O asistentă medicală, un brutar sau un student cu nume și prenume rămâne mai ușor în minte decât „migranții contribuie la economie”.

# Context: list item in “Step 3: Messages”
campaign-li-520e9291 = **Scot în evidență ce au în comun locuitorii și noii veniți.** Munca, familia, copiii, fotbalul, mâncarea, muzica, credința, dragostea pentru oraș.

# Context: list item in “Step 3: Messages”
campaign-li-2bc4dade = **Sunt locale.** „Orașul nostru” este mai aproape decât „Europa”.

# Context: list item in “Step 3: Messages”
campaign-li-07c6c25d = **Sunt pozitive, dar oneste.** Nu vă prefaceți că nu există probleme. Arătați cum sunt rezolvate problemele împreună.

# Context: list item in “Step 3: Messages”
campaign-li-ce8a58b6 = **Îndeamnă la acțiune.** Veniți la festival, intrați în cor, spuneți „bună ziua”.

# Context: paragraph in “Step 3: Messages”
campaign-p-c364b870 = Testați mesajul cu câțiva oameni din publicul vizat, inclusiv cu noi veniți, înainte de lansare și verificați cuvintele cu ajutorul [glosarului](03-words.md#glossary).

# Context: paragraph in “Step 3: Messages”
campaign-p-56469e89 = Evitați formatele de tip „demontarea miturilor”, care repetă o afirmație falsă cu litere mari și o corectează cu litere mici. Oamenii țin minte adesea mitul și uită corectarea. Porniți în schimb de la povestea adevărată și pozitivă.

# Context: heading
campaign-h-c0b3df87 = Pasul 4: canalele

# Context: paragraph in “Step 4: Channels”
campaign-p-d6dec4c3 = Alegeți canalele în funcție de locul în care se află cu adevărat publicul dumneavoastră, nu în funcție de ce este la modă.

# Context: table cell in “Step 4: Channels”
campaign-cell-a072ab55 = Canal

# Context: table cell in “Step 4: Channels”
campaign-cell-7a0586c0 = Potrivit pentru

# Context: table cell in “Step 4: Channels”
campaign-cell-2eceac35 = Atenție la

# Context: table cell in “Step 4: Channels”
campaign-cell-6eec0a8e = Evenimente față în față (festivaluri, zile ale porților deschise, mese comune)

# Context: table cell in “Step 4: Channels”
campaign-cell-751940e8 = Contact real între locuitori și noii veniți; construirea încrederii

# Context: table cell in “Step 4: Channels”
campaign-cell-713ad0d2 = Ajung doar la oamenii care sunt deja interesați

# Context: table cell in “Step 4: Channels”
campaign-cell-feb021e8 = Școli și grupuri de tineri

# Context: table cell in “Step 4: Channels”
campaign-cell-f9706902 = Schimbare pe termen lung; ajungerea la părinți prin intermediul copiilor

# Context: table cell in “Step 4: Channels”
campaign-cell-e8d23a26 = Necesită timp și implicarea profesorilor

# Context: table cell in “Step 4: Channels”
campaign-cell-08579026 = Presa scrisă, radioul și televiziunea locale

# Context: table cell in “Step 4: Channels”
campaign-cell-160da6a8 = Credibilitate; ajung la locuitorii mai în vârstă

# Context: table cell in “Step 4: Channels”
campaign-cell-304d565a = Control limitat asupra materialului final

# Context: table cell in “Step 4: Channels”
campaign-cell-187f95d6 = Rețele sociale

# Context: table cell in “Step 4: Channels”
campaign-cell-ff173ff1 = Rapiditate, distribuire, public tânăr

# Context: table cell in “Step 4: Channels”
campaign-cell-0ab55fc2 = Comentarii ostile; necesită moderare

# Context: table cell in “Step 4: Channels”
campaign-cell-f2505771 = Afișe, bannere, spații publice

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc6d01a = Vizibilitate în viața de zi cu zi

# Context: table cell in “Step 4: Channels”
campaign-cell-5d029d8c = Vandalism; mesajul trebuie înțeles în câteva secunde

# Context: table cell in “Step 4: Channels”
campaign-cell-7bdfdf84 = Canalele primăriei (site, buletin informativ, avizier)

# Context: table cell in “Step 4: Channels”
campaign-cell-6e80bcfd = Greutate oficială; cost redus

# Context: table cell in “Step 4: Channels”
campaign-cell-7b7cc954 = Pot părea birocratice; păstrați un ton omenesc

# Context: table cell in “Step 4: Channels”
campaign-cell-c49562f3 = Artă și cultură (expoziții, teatru, muzică)

# Context: table cell in “Step 4: Channels”
campaign-cell-39f34a9b = Emoție; public nou

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc81c8b = Necesită parteneri buni; vedeți [capitolul 7](07-art.md)

# Context: paragraph in “Step 4: Channels”
campaign-p-faca15d8 = Cele mai multe campanii folosesc două sau trei canale care se susțin reciproc. [Capitolul 9](09-media.md) oferă sfaturi despre colaborarea cu jurnaliștii și despre rețelele sociale.

# Context: heading
campaign-h-591cac1d = Pasul 5: partenerii

# Context: paragraph in “Step 5: Partners”
campaign-p-c1432ffb = Partenerii vă multiplică puterea de acțiune. Gândiți-vă la ei ca la trei cercuri:

# Context: list item in “Step 5: Partners”
campaign-li-e51a85c6 = **Partenerii principali**, care planifică și desfășoară campania împreună cu dumneavoastră:

# Context: list item in “Step 5: Partners”
campaign-li-54c4c776 = un compartiment al primăriei sau cabinetul primarului;

# Context: list item in “Step 5: Partners”
campaign-li-c734ce3e = unul sau două ONG-uri care lucrează cu noii veniți;

# Context: list item in “Step 5: Partners”
campaign-li-9012d802 = noii veniți înșiși, ca organizatori, nu doar ca subiecți.

# Context: list item in “Step 5: Partners”
campaign-li-51f88e55 = **Partenerii de sprijin**, care ajută la sarcini precise:

# Context: list item in “Step 5: Partners”
campaign-li-bd6c3642 = școli, biblioteci, centre culturale și cluburi sportive;

# Context: list item in “Step 5: Partners”
campaign-li-58965cdb = presa locală;

# Context: list item in “Step 5: Partners”
campaign-li-843c2bcc = artiști și designeri.

# Context: list item in “Step 5: Partners”
campaign-li-c12e886a = **Multiplicatorii**, care vă răspândesc mesajul:

# Context: list item in “Step 5: Partners”
campaign-li-4f73eaa2 = personalități locale respectate;

# Context: list item in “Step 5: Partners”
campaign-li-e3b224b3 = angajatori și asociații ale oamenilor de afaceri;

# Context: list item in “Step 5: Partners”
campaign-li-b395b40e = comunități religioase și rețele de orașe.

# Context: paragraph in “Step 5: Partners”
campaign-p-efedbe16 = Stabiliți din timp cine ce decide, cine vorbește cu presa și cum sunt menționați partenerii.

# Context: paragraph in “Step 5: Partners”
campaign-p-83668d74 = Cele mai puternice campanii locale sunt create împreună cu noii veniți. Implicați-i de la prima ședință de planificare, plătiți-i acolo unde și alții sunt plătiți pentru o muncă similară și lăsați-i pe ei să decidă cum le sunt spuse poveștile.

# Context: heading
campaign-h-2247c270 = Pasul 6: bugetul

# Context: paragraph in “Step 6: Budget”
campaign-p-c9bece93 = O campanie nu trebuie să fie scumpă, dar are nevoie de un buget realist, chiar dacă cea mai mare parte a lui înseamnă timp, nu bani.

# Context: paragraph in “Step 6: Budget”
campaign-p-0e900ef3 = Costurile obișnuite includ grafica și tipărirea, spațiile, onorariile pentru artiști, fotografi sau interpreți, mâncarea pentru evenimente, publicitatea online și timpul de lucru al personalului. Partenerii pot oferi adesea o parte dintre acestea în natură: o sală de școală gratuită, tipărire sponsorizată, timp de emisie la radioul local.

# Context: paragraph in “Step 6: Budget”
campaign-p-2fd57fba = Păstrați o rezervă pentru neprevăzut și prevedeți bani pentru evaluare încă de la început.

# Context: heading
campaign-h-152a0432 = Pasul 7: evaluarea

# Context: paragraph in “Step 7: Evaluation”
campaign-p-068549cb = Evaluarea vă arată dacă campania și-a atins obiectivul și ce puteți face mai bine data viitoare. Planificați-o atunci când stabiliți obiectivul, nu la final. Măsurați pe trei niveluri:

# Context: list item in “Step 7: Evaluation”
campaign-li-aaa3f8a2 = **Activitățile**: ce ați făcut. Numărul de evenimente, afișe, articole, postări.

# Context: list item in “Step 7: Evaluation”
campaign-li-574f2023 = **Acoperirea**: pe cine ați atins. Participanți, cititori, vizualizări, distribuiri, școli implicate.

# Context: list item in “Step 7: Evaluation”
campaign-li-37376fe8 = **Schimbarea**: ce s-a schimbat. Sondaje înainte și după, comentariile participanților, tonul relatărilor din presa locală.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-b932bc41 = Schimbarea este cel mai greu de măsurat, iar o campanie mică nu poate dovedi că a schimbat opiniile unui oraș întreg. Semnele mici, dar oneste, cum ar fi un sondaj înainte și după în două școli, sunt mai utile decât cifrele impresionante, dar goale.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-fc2b3b8d = Scrieți un scurt raport, împărtășiți-l partenerilor și participanților, mulțumiți-le tuturor și întoarceți-vă la pasul 1.

# Context: heading
campaign-h-dfa6d533 = Lista de verificare a campaniei

# Context: list item in “Campaign checklist”
campaign-li-583c99fe = Avem un singur obiectiv, clar și specific.

# Context: list item in “Campaign checklist”
campaign-li-f535b650 = Ne-am ales și ne-am descris publicul principal.

# Context: list item in “Campaign checklist”
campaign-li-8d7656a9 = Mesajul nostru vorbește despre oameni, este local și îndeamnă la acțiune.

# Context: list item in “Campaign checklist”
campaign-li-7162a4f6 = Am testat mesajul cu membri ai publicului vizat, inclusiv cu noi veniți.

# Context: list item in “Campaign checklist”
campaign-li-1d5fc0d6 = Cuvintele noastre corespund glosarului.

# Context: list item in “Campaign checklist”
campaign-li-c6f7e698 = Am ales două sau trei canale care ajung la publicul nostru.

# Context: list item in “Campaign checklist”
campaign-li-8491fa7c = Partenerii noștri își cunosc rolurile, iar printre organizatori se află și noi veniți.

# Context: list item in “Campaign checklist”
campaign-li-e11c7306 = Avem consimțământul pentru fiecare nume, chip și poveste pe care le folosim.

# Context: list item in “Campaign checklist”
campaign-li-d144751f = Avem un buget, care include o rezervă și bani pentru evaluare.

# Context: list item in “Campaign checklist”
campaign-li-a06ce5be = Știm cum vom măsura acoperirea și schimbarea.

# Context: list item in “Campaign checklist”
campaign-li-b7a6429c = Avem un plan pentru comentariile ostile și o persoană de contact pentru presă.

# Context: paragraph in “Campaign checklist”
campaign-p-157cb1ac = Un model de plan de campanie pe o singură pagină găsiți în [capitolul 10](10-resources.md#campaign-template).

# Context: heading
campaign-h-9353605e = Ce puteți face

# Context: list item in “What you can do”
campaign-li-e0151837 = Adunați trei-patru oameni din organizații diferite și lucrați două ore la pașii 1-3 ai ciclului.

# Context: list item in “What you can do”
campaign-li-d24ab3e5 = Scrieți obiectivul, publicul și mesajul pe o singură pagină.

# Context: list item in “What you can do”
campaign-li-9f00a0b5 = Rugați doi noi veniți și doi locuitori mai vechi să vă spună ce cred despre proiectul de mesaj.

# Context: list item in “What you can do”
campaign-li-a39090c1 = Alegeți o primă activitate mică pe care o puteți desfășura în trei luni și evaluați-o înainte de a o planifica pe următoarea.

# Context: list item in “What you can do”
campaign-li-d13eb93a = După încheierea campaniei, gândiți-vă să o înscrieți la un premiu sau să o prezentați altor orașe. [Capitolul 8](08-award.md) explică ce au în comun candidaturile reușite.
