# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = Despre acest manual și despre proiectul CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = De ce există acest manual
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Fiecare oraș are poveștile lui despre noii veniți. Unele sunt spuse frumos: o familie care a redeschis o brutărie, o asistentă medicală care s-a format în străinătate și acum face ture de noapte la dispensarul din localitate. Multe nu sunt spuse niciodată sau sunt spuse doar ca probleme. Acest manual se adresează celor care vor să schimbe acest echilibru acolo unde trăiesc.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = A fost scris pentru primari și pentru personalul primăriilor, pentru ONG-urile locale, profesori, jurnaliști locali și cetățeni implicați. Nu trebuie să fiți specialist în comunicare ca să îl folosiți: aveți nevoie de curiozitate, de câțiva aliați și de dorința de a vorbi despre migrație și { -integration } cu onestitate, fără teamă și fără a ascunde problemele.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Manualul este unul dintre rezultatele proiectului { -clarinet }, un proiect european care a reunit orașe, regiuni și organizații ale societății civile din Europa de Sud-Est. Exemplele sale sunt generale: ele vă ajută să vă imaginați propria situație, nu descriu un loc anume.
# Context: heading
about-h-7aa2bfa8c139bf1a = Proiectul CLARINET
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = { -clarinet } a fost un proiect internațional. Numele său complet era „Communication of Local AuthoRities for INtegration in European Towns” (Comunicarea autorităților locale pentru integrare în orașele europene). Proiectul a fost cofinanțat prin Fondul pentru azil, migrație și integrare al Uniunii Europene. S-a desfășurat pe parcursul a trei ani, din 2019 până în 2021, și a îmbinat activități la nivel local, în orașele și regiunile partenerilor, cu activități la nivel european.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = Această a doua ediție descrie situația din noiembrie 2026. Proiectul s-a încheiat în 2021, iar de atunci multe s-au schimbat. [Capitolul 2](02-routes.md#since-2021) rezumă noutățile.
# Context: heading
about-h-3b863b44b0d2beff = Scopul
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = Scopul general al proiectului a fost de a face cunoscută, în rândul cetățenilor Uniunii Europene și al comunităților locale, contribuția pozitivă pe care { -migrants(case: "def") } o aduc societăților europene. Oamenii sunt mai dispuși să-i primească pe noii veniți atunci când văd, pe propriile străzi și la propriile locuri de muncă, ce aduc aceștia.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = De aceea, { -clarinet } nu s-a adresat „Europei” în general. A încurajat { -local-communities(case: "def") } să pună ele însele în lumină contribuțiile pozitive ale { -migrants(case: "gen") } acolo unde trăiesc și să ducă aceste povești mai departe.
# Context: heading
about-h-d9950a14c90838fe = Cine a participat
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = Partenerul coordonator al proiectului a fost Primăria Lampedusa și Linosa din Italia. Lampedusa este cea mai sudică insulă a Italiei, mai aproape de coasta Africii de Nord decât de Sicilia. De mulți ani este unul dintre cele mai cunoscute puncte de sosire pentru oamenii care traversează cu barca Marea Mediterană centrală. Puține locuri din Europa știu mai bine ce înseamnă pentru o comunitate mică să se confrunte direct cu migrația. Primăria a colaborat cu alți 18 parteneri, în total { $partners } organizații.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Parteneriatul a reunit trei tipuri de organizații:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 autorități locale, atât primării, cât și administrații regionale;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 organizații ale societății civile;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 rețele internaționale.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    Autoritățile locale și organizațiile societății civile au sediul în { $countries ->
        [one] o singură țară
        [few] { $countries } țări
       *[other] { $countries } de țări
    } din Europa de Sud-Est.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = Cele opt țări sunt Italia, Slovenia, Ungaria, Bulgaria, România, Austria, Grecia și Cipru. În anii dinaintea proiectului, între 2015 și 2019, toate au fost puternic afectate de sosirea { -asylum-seekers(case: "gen") }, din cauza poziției lor geografice. Ele se află pe trei rute de migrație diferite, descrise în [capitolul 2](02-routes.md): ruta mediteraneeană, ruta Balcanilor de Vest și ruta Balcanilor de Est.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Schema parteneriatului: partenerul coordonator, Primăria Lampedusa și Linosa din Italia, deasupra a trei grupuri: 8 autorități locale, 9 organizații ale societății civile și 2 rețele internaționale; autoritățile locale și organizațiile au sediul în Italia, Slovenia, Ungaria, Bulgaria, România, Austria, Grecia și Cipru
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = Parteneriatul CLARINET: 19 parteneri; parteneri locali în 8 țări
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = Partenerii CLARINET după tip și țară
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = Sus, partenerul coordonator: Primăria Lampedusa și Linosa din Italia, una dintre cele 8 autorități locale. O linie o leagă de trei grupuri: 8 autorități locale (primării și administrații regionale) și 9 organizații ale societății civile, încadrate împreună cu cele 8 țări din Europa de Sud-Est în care își au sediul (Italia, Slovenia, Ungaria, Bulgaria, România, Austria, Grecia și Cipru), și 2 rețele internaționale. Jos: 8 + 9 + 2 = 19 parteneri, din 2019 până în 2021.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Partener coordonator
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Primăria Lampedusa și Linosa
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Italia), una dintre cele 8 autorități locale
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Autorități locale
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = primării și administrații regionale
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Organizații ale societății civile
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 țări din Europa de Sud-Est
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Italia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Slovenia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Ungaria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = Bulgaria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = România
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Austria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Grecia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Cipru
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = Rețele internaționale
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 parteneri
# Context: heading
about-h-1006bc421e4fcc03 = Trei obiective specifice
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = Proiectul a urmărit trei obiective specifice. Fiecare dintre ele a dat formă unei părți din acest manual.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = Identificarea și încurajarea bunelor practici ale { -local-communities(case: "gen") } în campaniile de comunicare publică despre migrație și despre incluziunea { -migrants(case: "gen") }.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Pregătirea și desfășurarea unor campanii de comunicare publică reușite, de către comunitățile locale înseși.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = Promovarea schimbului de bune practici, la nivelul Uniunii Europene, în domeniul campaniilor de comunicare despre migrație și { -integration } pregătite de comunitățile locale.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = Mai simplu spus: găsiți ce funcționează, puneți-l în practică și împărtășiți-l cu alții.
# Context: heading
about-h-cbad4ffb26ab0e29 = Cinci activități
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = Pentru a atinge aceste obiective, partenerii au desfășurat cinci activități principale:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = Un apel pentru „Premiul european pentru campanii locale de sensibilizare a publicului privind migrația și integrarea”, care a invitat comunitățile locale din toată Europa să își prezinte campaniile. [Capitolul 8](08-award.md) explică cum funcționează un astfel de apel.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = „Manualul despre migrație și integrare pentru comunitățile locale”, adică volumul pe care îl citiți.
# Context: list item in “Five activities”
about-li-8f92a3dc8238e325 = Opt programe de formare pentru comunitățile locale despre cum să comunice la nivel local despre migrație și { -integration } și ce anume să comunice. [Capitolul 6](06-training.md) arată cum să vă organizați propriul program.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Opt rezidențe artistice, care au folosit arta pentru a deschide conversații pe care cuvintele, singure, adesea nu reușesc să le pornească. Vedeți [capitolul 7](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Opt campanii de sensibilizare concepute și promovate de comunitățile locale participante. Metoda de planificare a unei astfel de campanii este prezentată pas cu pas în [capitolul 5](05-campaign.md).
# Context: heading
about-h-3e84b60b2302c414 = Cum să folosiți acest manual
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Fiecare capitol poate fi citit separat și se încheie cu o scurtă secțiune intitulată „Ce puteți face”. Iată un parcurs de lectură sugerat pentru diferiți cititori:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __Dacă lucrați într-o primărie__, începeți cu [capitolul 4](04-local.md), despre rolul autorităților locale, apoi treceți la planul de campanie din [capitolul 5](05-campaign.md).
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __Dacă sunteți jurnalist sau lucrați cu presa__, începeți cu glosarul din [capitolul 3](03-words.md#glossary) și citiți apoi [capitolul 9](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __Dacă sunteți profesor sau coordonați un grup de tineri__, cele mai utile vă vor fi capitolele despre cuvinte, formare și artă (3, 6 și 7).
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Dacă aveți puțin timp__, mergeți direct la listele de verificare și modelele din [capitolul 10](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = Pe tot parcursul cărții, sfaturile oferă mici indicații practice, casetele marcate „Bună practică” descriu abordări care au funcționat în multe locuri, iar notele și avertismentele semnalează lucruri în care se greșește ușor.
# Context: heading
about-h-021883523bafcaa3 = Cuvintele folosite în această carte
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Cuvinte precum { -refugee }, { -asylum-seeker } și { -migrant } au sensuri diferite, iar confundarea lor poate face rău cu adevărat. Acest manual le folosește așa cum sunt definite în [glosar](03-words.md#glossary). Când vorbim despre oameni în general, spunem pur și simplu „oameni” sau „locuitori”. Pentru persoanele venite din altă țară în ultimii ani, indiferent de statutul lor juridic, spunem „{ -newcomers }”.
# Context: heading
about-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
about-li-760798d9813df91c = Căutați materialele proiectului pe site-ul său, { -project-site }. Dacă site-ul nu mai este online, căutați { -clarinet } pe Site-ul european privind integrarea (European Website on Integration).
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Faceți o listă scurtă cu oamenii din orașul dumneavoastră care lucrează deja în domeniul migrației și al { -integration(case: "gen") }: la primărie, în școli, în ONG-uri, în comunitățile religioase și în presa locală.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Trimiteți acest manual cel puțin unei persoane din afara propriei organizații.
