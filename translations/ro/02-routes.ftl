# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Migrația în Europa de Sud-Est
# Context: heading
routes-h-688bfc5793b4b9a4 = O regiune a sosirilor și a plecărilor
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = Europa de Sud-Est a fost dintotdeauna o răscruce. Negustori, pelerini, lucrători sezonieri și familii în căutarea unei vieți mai bune îi traversează mările și munții de mii de ani.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = În anii dinaintea proiectului, între 2015 și 2019, mulți { -asylum-seekers } au pus pentru prima dată piciorul pe pământ european în această regiune, aflată între Orientul Mijlociu, Africa și restul Uniunii Europene. Acest capitol oferă o imagine scurtă și generală a celor trei rute pe care se află țările { -clarinet } și a ceea ce au însemnat ele pentru { -local-communities(case: "def") }. Pentru statistici, care se schimbă repede, folosiți surse oficiale[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Trei rute, o singură regiune
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Proiectul a descris cele opt țări ale sale ca aflându-se pe trei rute de migrație. O „rută” nu este un drum pe hartă, ci un tipar larg de călătorii, modelat de geografie, de călăuze și traficanți, de politicile statelor și de locurile în care au ajuns înainte rudele. Rutele se mută, se ramifică și se închid.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Schemă a trei rute de migrație. O săgeată albastră traversează Marea Mediterană centrală spre Italia. Săgeți portocalii traversează Marea Mediterană de est spre Grecia și Cipru. Săgeți verzi arată coridorul Balcanilor de Vest din 2015 și 2016: din Grecia prin Macedonia de Nord și Serbia, apoi prin Ungaria sau prin Croația și Slovenia, până în Austria. Ramificații punctate duc spre Bulgaria și România. Țările colorate în gri nu au făcut parte din CLARINET.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Cele trei rute de migrație și cele opt țări CLARINET (schemă, fără scară)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Hartă schematică: traversările pe mare spre Italia, Grecia și Cipru și coridorul terestru din 2015–2016 dintre Grecia și Austria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Ruta mediteraneeană: pe mare, prin Marea Mediterană centrală, spre Italia. Ruta Mediteranei de Est, numită de proiect ruta Balcanilor de Est: pe mare, prin Marea Mediterană de est, spre Grecia și Cipru. Ruta Balcanilor de Vest în 2015 și 2016: pe uscat, din Grecia prin Macedonia de Nord și Serbia, apoi fie prin Ungaria spre Austria, fie prin Croația și Slovenia spre Austria, și mai departe spre centrul și nordul Europei. Bulgaria și România se află pe ramificații punctate. Macedonia de Nord, Serbia și Croația, colorate în gri, nu au fost țări CLARINET.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Schematic, fără scară
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = spre centrul și
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = nordul Europei
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Austria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Slovenia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Ungaria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Croația
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Serbia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = Macedonia de Nord
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Ruta Balcanilor de Vest
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = România
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = Bulgaria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = pe mare
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Italia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Marea Mediterană centrală
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Ruta mediteraneeană
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Grecia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Cipru
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Marea Mediterană de Est
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Ruta Mediteranei de Est
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (ruta Balcanilor de Est)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Ramificație
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Țară din afara CLARINET
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Ruta
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = Țările CLARINET de pe această rută sau din apropiere
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = Cum călătoresc de obicei oamenii
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Ruta mediteraneeană
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Italia
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = Pe mare, prin Mediterana centrală
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Ruta Balcanilor de Vest
# Context: table cell in “Three routes, one region”
routes-cell-3cf17d73e5b6c74d = Ungaria, Slovenia și Austria; Bulgaria și România pe ramificații
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Pe uscat, trecând mai multe frontiere pe jos, cu autobuzul, cu trenul sau cu mașina
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Ruta Balcanilor de Est (Mediterana de Est)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Grecia, Cipru
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Pe mare, prin Mediterana de est, și peste frontierele terestre
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = Cele trei rute și țările CLARINET aflate pe ele sau în apropierea lor
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Gruparea urmează descrierea făcută chiar de proiect. În realitate, rutele se suprapun, iar o țară poate fi în același timp loc de sosire, de tranzit și de stabilire.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = Statisticile UE, de exemplu cele ale Agenției Europene pentru Poliția de Frontieră și Garda de Coastă (Frontex), grupează rutele altfel. De pildă, sosirile peste frontiera terestră a Bulgariei cu Turcia sunt incluse în ruta Mediteranei de Est.
# Context: heading
routes-h-4d048ea744aa31f8 = Ruta mediteraneeană
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = Ruta Mediteranei centrale duce pe mare de pe coasta Africii de Nord spre Italia, mai ales spre insulele și coastele ei sudice. Este una dintre cele mai periculoase rute de migrație din lume. Bărcile sunt adesea supraaglomerate și nesigure, iar în fiecare an mulți oameni își pierd viața pe mare[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = Pentru comunitățile mici de pe insule și de pe coastă, această rută a însemnat sosiri bruște, vizibile și uneori tragice. Pescarii, medicii, voluntarii și locuitorii obișnuiți au fost adesea primii care au ajutat. Partenerul coordonator al proiectului { -clarinet }, Primăria Lampedusa și Linosa, reprezintă o astfel de comunitate.
# Context: heading
routes-h-0a7bcb22907e26cb = Ruta Balcanilor de Vest
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = Ruta Balcanilor de Vest duce pe uscat din sud-estul Europei spre centrul și nordul continentului. În 2015 și 2016 a fost folosită de un număr foarte mare de oameni, mulți dintre ei fugind de războiul din Siria și de conflictele din Afganistan și Irak. Orașele de pe traseu au văzut mulțimi trecând prin gări și prin punctele de trecere a frontierei.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = În acești doi ani, coridorul principal pornea din Grecia și trecea prin Macedonia de Nord și Serbia. Din Serbia, oamenii mergeau mai departe spre Austria fie prin Ungaria, fie, din toamna anului 2015, prin Croația și Slovenia. Bulgaria și România se aflau pe ramificații ale rutei. Macedonia de Nord, Serbia și Croația nu au făcut parte din { -clarinet }, de aceea figura le arată în gri.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = După începutul anului 2016, când controalele la frontieră s-au înăsprit, iar liderii UE și Turcia au convenit asupra unei declarații comune privind migrația, deplasările pe această rută au scăzut puternic. Nu s-au oprit însă: oamenii au continuat în grupuri mai mici, adesea pe căi mai ascunse și mai periculoase, iar unii au rămas mai mult timp în țările de pe traseu.
# Context: heading
routes-h-bd1a384744b2eca2 = Ruta Balcanilor de Est
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = În statisticile UE, această rută este cunoscută drept ruta Mediteranei de Est; proiectul a numit-o ruta Balcanilor de Est. Ea duce spre Grecia și Cipru, mai ales pe mare, de pe coastele apropiate, dar și peste frontierele terestre. Insulele grecești din apropierea coastei turcești au devenit cunoscute în întreaga lume în 2015, când bărcile soseau acolo zi după zi. Cipru, o insulă aflată la marginea estică a Uniunii Europene, a primit și el mulți oameni care căutau protecție.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Pentru aceste țări, sosirile nu au fost doar o chestiune de tranzit: centrele de primire, procedurile de azil îndelungate și oamenii care așteaptă luni sau ani au devenit parte din viața locală.
# Context: heading
routes-h-b2fb3ae62f941028 = De la încheierea proiectului
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = { -clarinet } s-a încheiat în 2021. De atunci, trei schimbări au ajuns până la { -local-communities(case: "def") } din toate cele opt țări.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __Oamenii care fug de războiul din Ucraina.__ Din martie 2022, UE le acordă { -temporary-protection }[^temporary-protection]. Multe orașe au primit în doar câteva săptămâni un număr mare de oameni, cei mai mulți femei și copii.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __Pactul privind migrația și azilul.__ UE a adoptat acest pachet legislativ în mai 2024, iar cele mai multe dintre normele sale se aplică de la 12 iunie 2026[^pact]. Pactul schimbă modul în care cererile de azil sunt examinate și soluționate și modul în care țările UE își împart responsabilitatea pentru ele.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __Regulamentul privind serviciile digitale.__ Din februarie 2024, platformele online au obligația legală de a da curs semnalărilor privind conținutul ilegal, inclusiv { -hate-speech } cu caracter ilegal. [Capitolul 9](09-media.md#hate-speech) explică ce înseamnă acest lucru pentru dumneavoastră.
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = Pentru cifre actuale, folosiți sursele oficiale enumerate în [capitolul 10](10-resources.md#further-reading).
# Context: heading
routes-h-057fc622e94d9233 = Ce au trăit comunitățile locale
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = Migrația este trăită întotdeauna într-un loc anume: pe o plajă, într-o autogară, într-o clasă de școală. Orașele și regiunile din Europa de Sud-Est au trecut prin mai multe situații diferite, uneori una după alta.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Sosiri bruște.__ Un mic oraș de pe coastă sau un sat de la frontieră a trebuit să răspundă în câteva ore nevoilor unor oameni înfrigurați, flămânzi, răniți sau în stare de șoc. Adesea, localnicii au ajutat primii, cu mult înainte ca vreun sistem național să fie funcțional.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Tranzit.__ Prin unele locuri au trecut mulți oameni fără să rămână. Întâlnirile scurte au lăsat loc zvonurilor.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Primire.__ Orașele care găzduiesc centre de primire s-au confruntat cu întrebări legate de siguranță, servicii și echitate, adesea cu emoții puternice de toate părțile.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Stabilire.__ În multe locuri, oamenii care au sosit ca { -asylum-seekers } au rămas, și-au găsit de lucru, și-au trimis copiii la școală și au devenit vecini. Această etapă este cea mai puțin vizibilă în presă și cea mai importantă pentru { -integration(case: "def") }.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = Un tipar comun se regăsește în toate cele patru situații. Primele reacții sunt adesea generoase; cu timpul, oboseala și lipsa de informații pot transforma generozitatea în neliniște. Acolo unde liderii locali vorbesc clar și oferă informații corecte, încrederea tinde să se mențină. Acolo unde tac, tăcerea este umplută de alții.
# Context: heading
routes-h-139f4b48fdddd135 = Emigrație și imigrație, împreună
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Multe comunități din Europa de Sud-Est sunt locuri pe care oamenii le părăsesc, dar și locuri în care sosesc alții. Tinerii pleacă la studii și la muncă, în timp ce din afara Europei sosesc noi veniți. Multe familii știu ce înseamnă să ai o rudă în străinătate sau să fii tratat ca un străin. Aceste amintiri îi pot ajuta pe locuitori să-i vadă pe noii veniți ca pe niște oameni aflați într-o călătorie nu foarte diferită de a lor.
# Context: heading
routes-h-da1e29bc37ed314c = Dincolo de situația de urgență
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = Atenția publicului urmărește situațiile de urgență și se mută în altă parte când imaginile dispar. Însă adevărata muncă de { -integration } începe când urgența se încheie: învățarea limbii, găsirea unei locuințe și a unui loc de muncă, legarea de prietenii, înscrierea într-un club.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = De aceea, { -clarinet } s-a concentrat asupra contribuțiilor pozitive ale { -migrants(case: "gen") } la viața locală. O comunitate care aude despre migrație doar în momente de criză va ajunge să vadă migrația ca pe o criză. Una care aude și despre noul farmacist, despre pompierul voluntar și despre restaurantul de familie va avea o imagine mai apropiată de adevăr.
# Context: heading
routes-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Aflați unde se situează propriul dumneavoastră oraș: este în principal un loc de sosire, de tranzit, de primire sau de stabilire ori o combinație a acestora?
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Adunați amintirile comunității dumneavoastră despre migrație, în ambele sensuri:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = povești ale locuitorilor care au emigrat sau ai căror părinți au emigrat;
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = povești ale noilor veniți care s-au stabilit în oraș în ultimii ani;
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = povești ale locuitorilor care au ajutat în perioadele de sosiri.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Verificați sursele oficiale pentru cifrele actuale înainte să vorbiți sau să scrieți despre numere și notați data.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Citiți [capitolul 3](03-words.md) înainte de a pregăti orice material public, astfel încât cuvintele pe care le folosiți să corespundă faptelor.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Gândiți-vă care etapă a călătoriei lipsește din discuția publică din orașul dumneavoastră și planificați cum s-o faceți vizibilă. [Capitolul 5](05-campaign.md) vă arată cum.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Cifre fiabile privind sosirile și cererile de azil în Uniunea Europeană sunt publicate de Eurostat, de Agenția Uniunii Europene pentru Azil și de Agenția ONU pentru Refugiați (UNHCR). Ministerele de interne și autoritățile naționale pentru azil publică cifrele pentru fiecare țară.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = Organizația Internațională pentru Migrație (OIM) înregistrează decesele și disparițiile persoanelor de pe rutele de migrație, inclusiv din Mediterana, în cadrul proiectului său Missing Migrants (Migranți dispăruți).
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = Decizia de punere în aplicare (UE) 2022/382 a Consiliului din 4 martie 2022, adoptată în temeiul Directivei privind protecția temporară (2001/55/CE). Protecția a fost prelungită de mai multe ori de atunci.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = Printre alte acte, pactul cuprinde Regulamentul (UE) 2024/1347, care înlocuiește Directiva privind standardele pentru calificare, și Directiva (UE) 2024/1346 privind condițiile de primire. Autoritatea națională pentru azil vă poate explica ce s-a schimbat în țara dumneavoastră.
