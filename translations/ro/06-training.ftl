### handbook/chapters/06-training.md — Training local communities
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
training-title-5b6cd454 = Formarea comunităților locale

# Context: heading
training-h-078c0918 = De ce formare

# Context: paragraph in “Why training”
training-p-1666b679 = Cei mai mulți oameni care comunică despre migrație într-un oraș nu și-au propus niciodată acest lucru. O asistentă socială este rugată să ia cuvântul la o întâlnire cu locuitorii; o profesoară constată că sosirea unui elev nou i-a supărat pe unii părinți; o voluntară vede online o postare plină de ură despre familiile „ei”. Fiecare dintre ei comunică, fie că este pregătit, fie că nu.

# Context: paragraph in “Why training”
training-p-afa24c58 = Formarea le dă încredere, un vocabular comun și instrumente practice. În plus, îi aduce împreună: adesea, cel mai valoros rezultat al unei zile de formare este că bibliotecara, lucrătorul de tineret și polițistul se cunosc acum între ei.

# Context: heading
training-h-f2999e8a = Cele opt programe de formare

# Context: paragraph in “The eight training programmes”
training-p-6302f850 = Formarea a fost una dintre cele cinci activități principale ale proiectului { -clarinet }. Proiectul a prevăzut opt programe de formare pentru { -local-communities }, alături de cele opt campanii locale de sensibilizare și de cele opt rezidențe artistice. Programele au abordat două întrebări, care străbat și acest manual:

# Context: list item in “The eight training programmes”
training-li-728713a6 = **Cum** pot comunica comunitățile locale despre migrație și { -integration } în propriul oraș: prin ce canale, cu ce parteneri, pe ce ton?

# Context: list item in “The eight training programmes”
training-li-84038310 = **Ce** ar trebui să comunice: ce fapte, ce povești, ce mesaje despre contribuția { -migrants(case: "gen") } la viața locală?

# Context: paragraph in “The eight training programmes”
training-p-6051c9de = Pentru că programele s-au desfășurat în țări și limbi diferite, fiecare a fost adaptat nevoilor locale. Secțiunile de mai jos nu constituie o programă fixă: ele reunesc temele și metodele pe care le acoperă de obicei o astfel de formare, pentru ca dumneavoastră să vă puteți concepe propriul program.

# Context: heading
training-h-71ea65eb = Cui se adresează formarea

# Context: paragraph in “Who training is for”
training-p-5cd31d27 = Un program local de formare funcționează cel mai bine cu un grup mixt. Gândiți-vă să invitați:

# Context: list item in “Who training is for”
training-li-924d6e3f = personalul primăriei care lucrează direct cu locuitorii și cu noii veniți, precum și pe cei care scriu pentru canalele orașului;

# Context: list item in “Who training is for”
training-li-faa0b619 = aleși locali, chiar dacă pot participa doar o parte din timp;

# Context: list item in “Who training is for”
training-li-5d9ec123 = angajați și voluntari ai ONG-urilor, inclusiv ai organizațiilor conduse de { -migrants };

# Context: list item in “Who training is for”
training-li-9e664a56 = profesori, consilieri școlari și lucrători de tineret;

# Context: list item in “Who training is for”
training-li-c2b77862 = jurnaliști locali și oameni care administrează publicații comunitare sau grupuri online;

# Context: list item in “Who training is for”
training-li-9499bbb6 = noi veniți activi în comunitate, ca participanți și, acolo unde se poate, ca formatori alături de ceilalți.

# Context: paragraph in “Who training is for”
training-p-344d89c0 = Un grup de 15-25 de persoane permite o discuție reală.

# Context: paragraph in “Who training is for”
training-p-729e2c54 = Grupurile mixte învață mai mult, dar cer atenție. Stabiliți de la început câteva reguli simple: ascultăm, vorbim din propria experiență, respectăm confidențialitatea și, când nu suntem de acord, criticăm ideile, nu oamenii.

# Context: heading
training-h-503564a9 = Ce poate cuprinde un program

# Context: paragraph in “What a programme can cover”
training-p-334ac23b = Modulele de mai jos pot fi combinate într-un program de o zi, de două zile sau de mai multe sesiuni. Fiecare modul cuprinde o scurtă prezentare, o activitate și o discuție.

# Context: list item in “What a programme can cover”
training-li-b3edce25 = **Fapte și context.** Cine sunt noii veniți din orașul nostru, de ce au venit și care este situația lor juridică? Folosiți [capitolul 2](02-routes.md) ca material de context.

# Context: list item in “What a programme can cover”
training-li-2904d722 = **Cuvinte.** Refugiați, solicitanți de azil, migranți și așa mai departe: ce înseamnă aceste cuvinte și cum sună. Lucrați cu [glosarul](03-words.md#glossary).

# Context: list item in “What a programme can cover”
training-li-0c712dbc = **Percepții și stereotipuri.** Cum se formează opiniile despre migrație? Ce rol au frica, contactul și presa? Participanții reflectează asupra propriilor presupoziții, fără să fie învinovățiți.

# Context: list item in “What a programme can cover”
training-li-8d98ecd8 = **Povești și mesaje.** Cum găsim și cum spunem povești despre contribuție și despre viața de zi cu zi, cu consimțământ și fără stereotipuri. Participanții schițează un mesaj pentru propriul public.

# Context: list item in “What a programme can cover”
training-li-87e319a6 = **Planificarea unei campanii.** Cei șapte pași ai ciclului campaniei din [capitolul 5](05-campaign.md#cycle), aplicați unei idei locale reale.

# Context: list item in “What a programme can cover”
training-li-3e6f1470 = **Presă și rețele sociale.** Colaborarea cu jurnaliștii, pregătirea pentru interviuri, moderarea comentariilor și răspunsul la dezinformare. Vedeți [capitolul 9](09-media.md).

# Context: list item in “What a programme can cover”
training-li-21e7260a = **Răspunsul la ostilitate.** Ce faceți când o întâlnire devine tensionată sau când apare { -hate-speech(case: "def") }: cum vă păstrați calmul, cum stabiliți limite, când trebuie să raportați.

# Context: paragraph in “What a programme can cover”
training-p-6c332660 = Invitați noi veniți să povestească propria experiență a sosirii în oraș, cu propriile cuvinte și în condițiile pe care le aleg ei. O mărturie personală auzită față în față schimbă adesea părerile participanților mai mult decât orice prezentare. Pregătiți bine vorbitorii, plătiți-i pentru timpul lor și nu le cereți niciodată să retrăiască în public evenimente traumatice.

# Context: heading
training-h-474e1b3d = Desfășurarea unui program de formare

# Context: heading
training-h-20641eef = Înainte

# Context: list item in “Before”
training-li-588a15fa = Stabiliți obiectivul. Ce ar trebui să poată face participanții după formare? De exemplu: să scrie un comunicat de presă folosind un limbaj corect sau să planifice o campanie mică.

# Context: list item in “Before”
training-li-2cd16d14 = Aflați de ce au nevoie participanții: un scurt chestionar vă va spune ce știu și ce îi îngrijorează.

# Context: list item in “Before”
training-li-9e3384b5 = Alegeți formatorii: cineva cu experiență în comunicare, cineva care cunoaște domeniul migrației și al azilului și cel puțin un nou venit.

# Context: list item in “Before”
training-li-ad2ff4ce = Pregătiți partea practică:

# Context: list item in “Before”
training-li-069da143 = un spațiu accesibil, cu loc pentru lucrul în grupuri mici;

# Context: list item in “Before”
training-li-6a31c872 = interpretare, dacă unii participanți au nevoie;

# Context: list item in “Before”
training-li-9c48e891 = supraveghere pentru copii sau un program potrivit pentru părinți și pentru cei care lucrează în ture.

# Context: heading
training-h-86c03894 = În timpul formării

# Context: paragraph in “During”
training-p-4682b529 = Păstrați expunerile teoretice scurte și lăsați-i pe participanți să lucreze pe propriile situații reale, alternând prezentări scurte, studii de caz, jocuri de rol și conversații cu noi veniți.

# Context: paragraph in “During”
training-p-5e1981e1 = Faceți loc îndoielilor și întrebărilor dificile. Participanții îngrijorați de siguranță, de costul serviciilor sau de tensiunile dintr-o școală trebuie să poată spune asta. Răspundeți cu fapte și arătați cum au gestionat alții situații asemănătoare.

# Context: heading
training-h-1754c553 = După

# Context: paragraph in “After”
training-p-eff85e07 = Rugați-i pe participanți să plece cu un angajament concret: un text de rescris, un partener de sunat, o activitate de planificat. Păstrați legătura și revedeți-vă după câteva luni. Cel mai bun rezultat este o formare care duce la o campanie: de aceea { -clarinet } a îmbinat formarea cu campanii concepute de comunitățile participante.

# Context: heading
training-h-7036f44e = Exemplu de program de o zi

# Context: paragraph in “A sample one-day programme”
training-p-1ab9d3d4 = Tabelul de mai jos este un model pe care îl puteți adapta. Orele sunt orientative.

# Context: table cell in “A sample one-day programme”
training-cell-78efd29f = Ora

# Context: table cell in “A sample one-day programme”
training-cell-44b56f66 = Sesiunea

# Context: table cell in “A sample one-day programme”
training-cell-8cb93664 = Metoda

# Context: table cell in “A sample one-day programme”
training-cell-9027f0a8 = 09:00

# Context: table cell in “A sample one-day programme”
training-cell-f941f369 = Primire, prezentări, reguli de bază

# Context: table cell in “A sample one-day programme”
training-cell-4736681d = Tur de prezentare, un scurt exercițiu de încălzire în perechi

# Context: table cell in “A sample one-day programme”
training-cell-901b7d63 = 09:30

# Context: table cell in “A sample one-day programme”
training-cell-4d30ad90 = Fapte și context în orașul nostru

# Context: table cell in “A sample one-day programme”
training-cell-40960c4e = Scurtă prezentare, întrebări, chestionar-joc

# Context: table cell in “A sample one-day programme”
training-cell-53aa9c37 = 10:30

# Context: table cell in “A sample one-day programme”
training-cell-99393f6a = Cuvintele contează

# Context: table cell in “A sample one-day programme”
training-cell-e93a1cd8 = Lucru cu glosarul; rescrierea unor titluri reale

# Context: table cell in “A sample one-day programme”
training-cell-0198394b = 11:30

# Context: table cell in “A sample one-day programme”
training-cell-0ae8041c = Pauză

# Context: table cell in “A sample one-day programme”
training-cell-01e57b1d = Cafea și discuții informale

# Context: table cell in “A sample one-day programme”
training-cell-019b89bb = 11:45

# Context: table cell in “A sample one-day programme”
training-cell-18685ed7 = Sosirea aici: vorbesc noii veniți

# Context: table cell in “A sample one-day programme”
training-cell-432b1836 = Conversație în grupuri mici

# Context: table cell in “A sample one-day programme”
training-cell-b84d37e3 = 13:00

# Context: table cell in “A sample one-day programme”
training-cell-3a996e21 = Prânz

# Context: table cell in “A sample one-day programme”
training-cell-0183acba = O masă în comun

# Context: table cell in “A sample one-day programme”
training-cell-64e00163 = 14:00

# Context: table cell in “A sample one-day programme”
training-cell-559ca8c4 = De la poveste la mesaj

# Context: table cell in “A sample one-day programme”
training-cell-2c5f965e = Lucru în grup pe un mesaj local

# Context: table cell in “A sample one-day programme”
training-cell-16d1d7e5 = 15:00

# Context: table cell in “A sample one-day programme”
training-cell-a0af79a3 = Planificarea unei campanii mici

# Context: table cell in “A sample one-day programme”
training-cell-049c37b7 = Ciclul campaniei, câte o pagină pentru fiecare grup

# Context: table cell in “A sample one-day programme”
training-cell-380725a8 = 16:00

# Context: table cell in “A sample one-day programme”
training-cell-0ddfe142 = Relația cu presa și comentariile ostile

# Context: table cell in “A sample one-day programme”
training-cell-11fdb446 = Joc de rol

# Context: table cell in “A sample one-day programme”
training-cell-380f7563 = 16:45

# Context: table cell in “A sample one-day programme”
training-cell-48c1c711 = Angajamente și evaluare

# Context: table cell in “A sample one-day programme”
training-cell-160d1d98 = Fiecare participant numește un pas următor; scurt formular de feedback

# Context: table cell in “A sample one-day programme”
training-cell-b3fab034 = 17:00

# Context: table cell in “A sample one-day programme”
training-cell-db541cd8 = Încheiere

# Context: table cell in “A sample one-day programme”
training-cell-d5c887f7 = Mulțumiri și rămas-bun

# Context: paragraph in “A sample one-day programme”
training-p-031f2f2d = O singură zi este un început bun, dar rareori este suficientă. Dacă puteți, împărțiți modulele în mai multe sesiuni mai scurte, astfel încât participanții să poată încerca lucrurile în practică între ele.

# Context: heading
training-h-9353605e = Ce puteți face

# Context: list item in “What you can do”
training-li-58283c7c = Faceți o listă cu zece oameni din orașul dumneavoastră care comunică despre migrație, fie că își dau seama, fie că nu, și invitați-i la o primă sesiune de o jumătate de zi.

# Context: list item in “What you can do”
training-li-bbfe3487 = Găsiți un coformator printre noii veniți din orașul dumneavoastră și planificați sesiunea împreună.

# Context: list item in “What you can do”
training-li-2ed79858 = Folosiți exemplul de program de mai sus și adaptați-l la timpul și bugetul de care dispuneți.

# Context: list item in “What you can do”
training-li-2194955d = Încheiați fiecare sesiune cu angajamente concrete și stabiliți o dată pentru următoarea întâlnire.
