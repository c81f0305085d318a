# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Migrația în Europa de Sud-Est
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A region on the move
routes-h-688bfc5793b4b9a4 = O regiune în mișcare
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = Europa de Sud-Est a fost dintotdeauna o răscruce. Negustori, pelerini, lucrători sezonieri și familii în căutarea unei vieți mai bune îi traversează mările și munții de mii de ani.
# Context: paragraph in “A region of arrivals and departures”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In recent years, because of its position between the Middle East, Africa and the rest of the European Union, the region became the first European ground that many { -asylum-seekers } reached. This chapter gives a short, general picture of the three routes on which the { -clarinet } countries lie, and of what that meant for { -local-communities }. For statistics, which change quickly, use official sources[^sources].
routes-p-bb96ce6af494ed96 = În ultimii ani, datorită poziției sale între Orientul Mijlociu, Africa și restul Uniunii Europene, regiunea a devenit primul teritoriu european la care au ajuns mulți { -asylum-seekers }. Acest capitol oferă o imagine scurtă și generală a celor trei rute pe care se află țările { -clarinet } și a ceea ce au însemnat ele pentru { -local-communities(case: "def") }. Pentru statistici, care se schimbă repede, folosiți surse oficiale[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Trei rute, o singură regiune
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Proiectul a descris cele opt țări ale sale ca aflându-se pe trei rute de migrație. O „rută” nu este un drum pe hartă, ci un tipar larg de călătorii, modelat de geografie, de călăuze și traficanți, de politicile statelor și de locurile în care au ajuns înainte rudele. Rutele se mută, se ramifică și se închid.
# Context: image description (alt text) in “Three routes, one region”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Schematic diagram of three migration routes. A blue arrow crosses the central Mediterranean Sea to Italy. A green column shows the Western Balkan route passing Bulgaria, Romania, Hungary, Slovenia and Austria towards central and northern Europe. Orange arrows cross the eastern Mediterranean Sea to Greece and Cyprus, with a dashed arrow from Greece onward to the Western Balkan route.
routes-alt-00294e7b32d60e0d = Schemă a trei rute de migrație. O săgeată albastră traversează Marea Mediterană centrală spre Italia. O coloană verde arată ruta Balcanilor de Vest, care trece prin Bulgaria, România, Ungaria, Slovenia și Austria spre centrul și nordul Europei. Săgeți portocalii traversează Marea Mediterană de est spre Grecia și Cipru, iar o săgeată punctată pornește din Grecia mai departe, spre ruta Balcanilor de Vest.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Cele trei rute de migrație și cele opt țări CLARINET (schemă, fără scară)

# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
# routes-svg-3019f95680b6c0a5 = Schematic map: sea crossings to Italy, Greece and Cyprus, and the 2015–2016 overland corridor from Greece to Austria


# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
# routes-svg-7fe0d03a86a5fab8 = Mediterranean route: by sea across the central Mediterranean to Italy. Eastern Mediterranean route, called the Eastern Balkan route by the project: by sea across the eastern Mediterranean to Greece and Cyprus. Western Balkan route in 2015 and 2016: overland from Greece through North Macedonia and Serbia, then either through Hungary to Austria, or through Croatia and Slovenia to Austria, and on towards central and northern Europe. Bulgaria and Romania lie on dashed side branches. North Macedonia, Serbia and Croatia, shown in grey, were not CLARINET countries.


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
# routes-svg-0c01fecfbffebdb4 = Schematic, not to scale


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
# routes-svg-f8c407f6895379e3 = towards central and


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
# routes-svg-92b3509a0ec61d53 = northern Europe


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
# routes-svg-c9cab0238debc6e5 = Austria


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
# routes-svg-56059e7fb4e9ddfa = Slovenia


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
# routes-svg-504be3084f44d3e7 = Hungary


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
# routes-svg-7328d3f829b7b340 = Croatia


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
# routes-svg-e8739c839576f7ac = Serbia


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
# routes-svg-cd84722648feda21 = North Macedonia


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
# routes-svg-947ed7e5df16cb9a = Western Balkan route


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
# routes-svg-ea23726dd0fd4e4d = Romania


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
# routes-svg-66b86bf0f0459474 = Bulgaria


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
# routes-svg-361507bf5f8b0d4c = by sea


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
# routes-svg-5a9cf672c8be6b5a = Italy


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
# routes-svg-efe0cb6504a70e47 = Central Mediterranean Sea


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
# routes-svg-fd73968813d53fd0 = Mediterranean route


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
# routes-svg-9c93ad439373b4ee = Greece


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
# routes-svg-5f1162c57ecf9981 = Cyprus


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
# routes-svg-24745d010c9e8f54 = Eastern Mediterranean Sea


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
# routes-svg-8473db1698a4ecc7 = Eastern Mediterranean route


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
# routes-svg-e3729dca0d774a1c = (Eastern Balkan route)


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
# routes-svg-a4b3aaec665fb0ec = Side branch


# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
# routes-svg-b0e56a81986e2c6c = Not a CLARINET country

# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Ruta
# Context: table cell in “Three routes, one region”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: CLARINET countries on it
routes-cell-e2a838fc66dd85f9 = Țările CLARINET de pe această rută
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
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Slovenia, Hungary, Bulgaria, Romania, Austria
routes-cell-3cf17d73e5b6c74d = Slovenia, Ungaria, Bulgaria, România, Austria
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Pe uscat, trecând mai multe frontiere pe jos, cu autobuzul, cu trenul sau cu mașina
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Ruta Balcanilor de Est (Mediterana de Est)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Grecia, Cipru
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Pe mare, prin Mediterana de est, și peste frontierele terestre
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Gruparea urmează descrierea făcută chiar de proiect. În realitate, rutele se suprapun, iar o țară poate fi în același timp loc de sosire, de tranzit și de stabilire.

# Context: paragraph in “Three routes, one region”
# routes-p-a7937987106e295a = EU statistics, such as those of the European Border and Coast Guard Agency (Frontex), group the routes differently. For example, they count arrivals across Bulgaria's land border with Turkey on the Eastern Mediterranean route.

# Context: heading
routes-h-4d048ea744aa31f8 = Ruta mediteraneeană
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = Ruta Mediteranei centrale duce pe mare de pe coasta Africii de Nord spre Italia, mai ales spre insulele și coastele ei sudice. Este una dintre cele mai periculoase rute de migrație din lume. Bărcile sunt adesea supraaglomerate și nesigure, iar în fiecare an mulți oameni își pierd viața pe mare[^iom].
# Context: paragraph in “The Mediterranean route”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: For small island and coastal communities, this route has meant arrivals that are sudden, visible and sometimes tragic, with fishermen, doctors, volunteers and ordinary residents at the front line. The lead partner of { -clarinet }, the Municipality of Lampedusa and Linosa, is such a community.
routes-p-1c92357670ec6fb0 = Pentru comunitățile mici de pe insule și de pe coastă, această rută a însemnat sosiri bruște, vizibile și uneori tragice, cu pescari, medici, voluntari și locuitori obișnuiți în prima linie. Partenerul coordonator al proiectului { -clarinet }, Primăria Lampedusa și Linosa, reprezintă o astfel de comunitate.
# Context: heading
routes-h-0a7bcb22907e26cb = Ruta Balcanilor de Vest
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = Ruta Balcanilor de Vest duce pe uscat din sud-estul Europei spre centrul și nordul continentului. În 2015 și 2016 a fost folosită de un număr foarte mare de oameni, mulți dintre ei fugind de războiul din Siria și de conflictele din Afganistan și Irak. Orașele de pe traseu au văzut mulțimi trecând prin gări și prin punctele de trecere a frontierei.
# Context: paragraph in “The Western Balkan route”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: After early 2016, when border controls tightened and the European Union and Turkey agreed a joint statement on migration, movement along the route fell sharply. It did not stop: people continued in smaller groups, often in more hidden and dangerous ways, and some stayed longer in the countries along the way.
routes-p-e2a46df1063650c6 = După începutul anului 2016, când controalele la frontieră s-au înăsprit, iar Uniunea Europeană și Turcia au convenit asupra unei declarații comune privind migrația, deplasările pe această rută au scăzut puternic. Nu s-au oprit însă: oamenii au continuat în grupuri mai mici, adesea pe căi mai ascunse și mai periculoase, iar unii au rămas mai mult timp în țările de pe traseu.

# Context: paragraph in “The Western Balkan route”
# routes-p-352231e06e6e96f0 = After early 2016, when border controls tightened and EU leaders and Turkey agreed a joint statement on migration, movement along the route fell sharply. It did not stop: people continued in smaller groups, often in more hidden and dangerous ways, and some stayed longer in the countries along the way.

# Context: heading
routes-h-bd1a384744b2eca2 = Ruta Balcanilor de Est
# Context: paragraph in “The Eastern Balkan route”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The Eastern Balkan route, often called the Eastern Mediterranean route, leads to Greece and Cyprus, mostly by sea from the nearby coasts and also across land borders. Greek islands close to the Turkish coast became known across the world in 2015, when boats arrived there day after day. Cyprus, an island at the far eastern edge of the European Union, has also received many people seeking protection.
routes-p-06d5970b59fe928e = Ruta Balcanilor de Est, numită adesea ruta Mediteranei de Est, duce spre Grecia și Cipru, mai ales pe mare, de pe coastele apropiate, dar și peste frontierele terestre. Insulele grecești din apropierea coastei turcești au devenit cunoscute în întreaga lume în 2015, când bărcile soseau acolo zi după zi. Cipru, o insulă aflată la marginea estică a Uniunii Europene, a primit și el mulți oameni care căutau protecție.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Pentru aceste țări, sosirile nu au fost doar o chestiune de tranzit: centrele de primire, procedurile de azil îndelungate și oamenii care așteaptă luni sau ani au devenit parte din viața locală.

# Context: heading
# routes-h-b2fb3ae62f941028 = Since the project ended


# Context: paragraph in “Since the project ended”
# routes-p-9d7c9f744ac61828 = { -clarinet } ended in 2021. Since then, three changes have reached { -local-communities } in all eight countries.


# Context: list item in “Since the project ended”
# routes-li-a5240793ea6adc8f = **People fleeing the war in Ukraine.** Since March 2022 the EU has given them { -temporary-protection }[^temporary-protection]. Many towns welcomed large numbers of people within weeks, most of them women and children.


# Context: list item in “Since the project ended”
# routes-li-2e038f4533e3e8ed = **The Pact on Migration and Asylum.** The EU adopted this set of laws in May 2024, and most of its rules have applied since 12 June 2026[^pact]. It changes how asylum applications are checked and decided, and how EU countries share responsibility for them.


# Context: list item in “Since the project ended”
# routes-li-35a45a8e0d6e5345 = **The Digital Services Act.** Since February 2024, online platforms have had legal duties to act on reports of illegal content, including illegal { -hate-speech }. [Chapter 9](09-media.md#hate-speech) explains what this means for you.


# Context: paragraph in “Since the project ended”
# routes-p-125d4c25a90f2340 = For current figures, use the official sources listed in [chapter 10](10-resources.md#further-reading).

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
# Context: paragraph in “What local communities experienced”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and parish volunteers. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = În multe orașe, cei care au ajutat cel mai mult în primele zile au fost negustorii, pensionarii, studenții și voluntarii din parohii. Recunoașterea lor publică și întrebarea „ce ați învățat?” sunt o cale simplă de a începe o discuție locală despre migrație, bazată pe experiență reală.
# Context: heading
routes-h-139f4b48fdddd135 = Emigrație și imigrație, împreună
# Context: paragraph in “Emigration and immigration together”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Many communities in South-East Europe are places that people leave as well as places they arrive in. Young people move away for study and work while newcomers arrive from outside Europe. Most families know what it means to have a relative abroad or to be treated as a stranger, and those memories can help residents see newcomers as people on a journey not so different from their own.
routes-p-ceb7417be821ac6c = Multe comunități din Europa de Sud-Est sunt locuri pe care oamenii le părăsesc, dar și locuri în care sosesc alții. Tinerii pleacă la studii și la muncă, în timp ce din afara Europei sosesc noi veniți. Cele mai multe familii știu ce înseamnă să ai o rudă în străinătate sau să fii tratat ca un străin, iar aceste amintiri îi pot ajuta pe locuitori să-i vadă pe noii veniți ca pe niște oameni aflați într-o călătorie nu foarte diferită de a lor.
# Context: heading
routes-h-da1e29bc37ed314c = Dincolo de situația de urgență
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = Atenția publicului urmărește situațiile de urgență și se mută în altă parte când imaginile dispar. Însă adevărata muncă de { -integration } începe când urgența se încheie: învățarea limbii, găsirea unei locuințe și a unui loc de muncă, legarea de prietenii, înscrierea într-un club.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = De aceea, { -clarinet } s-a concentrat asupra contribuțiilor pozitive ale { -migrants(case: "gen") } la viața locală. O comunitate care aude despre migrație doar în momente de criză va ajunge să vadă migrația ca pe o criză. Una care aude și despre noul farmacist, despre pompierul voluntar și despre restaurantul de familie va avea o imagine mai apropiată de adevăr.
# Context: paragraph in “Beyond the emergency”
routes-p-7c1e779cc5cc8cb9 = Aveți grijă cu cifrele. Datele despre numărul sosirilor și al deciziilor privind azilul sunt colectate în moduri diferite și se schimbă repede. Dacă folosiți o cifră în public, indicați sursa și data.
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
# routes-fn-5794120a4f4a3a8d = Council Implementing Decision (EU) 2022/382 of 4 March 2022, based on the Temporary Protection Directive (2001/55/EC). The protection has since been extended several times.


# Context: footnote in “What you can do”
# routes-fn-a7560021b5710a2b = Among other laws, the Pact includes Regulation (EU) 2024/1347, which replaces the Qualification Directive, and Directive (EU) 2024/1346 on reception conditions. Your national asylum authority can explain what has changed in your country.

