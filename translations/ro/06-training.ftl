# handbook/chapters/06-training.md — Training local communities
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
training-title-cef7d88e6e1e87bb = Formarea comunităților locale
# Context: heading
training-h-61efe14fc2e2e932 = De ce formare
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = Cei mai mulți oameni care comunică despre migrație într-un oraș nu și-au propus niciodată acest lucru. O asistentă socială este rugată să ia cuvântul la o întâlnire cu locuitorii; o profesoară constată că sosirea unui elev nou i-a supărat pe unii părinți; o voluntară vede online o postare plină de ură despre familiile pe care le ajută. Fiecare dintre ei comunică, fie că este pregătit, fie că nu.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = Formarea le dă încredere, un vocabular comun și instrumente practice. În plus, îi aduce împreună: adesea, cel mai valoros rezultat al unei zile de formare este că bibliotecara, lucrătorul de tineret și polițistul se cunosc acum între ei.
# Context: heading
training-h-cc4e4fe821dc2ace = Cui se adresează formarea
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = Un program local de formare funcționează cel mai bine cu un grup mixt. Gândiți-vă să invitați:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = personalul primăriei care lucrează direct cu locuitorii și cu noii veniți, precum și pe cei care scriu pentru canalele orașului;
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = aleși locali, chiar dacă pot participa doar o parte din timp;
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = angajați și voluntari ai ONG-urilor, inclusiv ai organizațiilor conduse de { -migrants };
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = profesori, consilieri școlari și lucrători de tineret;
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = jurnaliști locali și oameni care administrează publicații comunitare sau grupuri online;
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = noi veniți activi în comunitate, ca participanți și, acolo unde se poate, ca formatori alături de ceilalți.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = Un grup de 15-25 de persoane permite o discuție reală.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = Grupurile mixte învață mai mult, dar cer atenție. Stabiliți de la început câteva reguli simple: ascultăm, vorbim din propria experiență, respectăm confidențialitatea și, când nu suntem de acord, criticăm ideile, nu oamenii.
# Context: heading
training-h-758d23798d0d029c = Ce poate cuprinde un program
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = Modulele de mai jos pot fi combinate într-un program de o zi, de două zile sau de mai multe sesiuni. Fiecare modul cuprinde o scurtă prezentare, o activitate și o discuție.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Fapte și context.__ Cine sunt noii veniți din orașul nostru, de ce au venit și care este situația lor juridică? Folosiți [capitolul 2](02-routes.md) ca material de context.
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Cuvinte.__ Refugiați, solicitanți de azil, migranți și așa mai departe: ce înseamnă aceste cuvinte și cum sună. Lucrați cu [glosarul](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Percepții și stereotipuri.__ Cum se formează opiniile despre migrație? Ce rol au frica, contactul și presa? Participanții reflectează asupra propriilor presupoziții, fără să fie învinovățiți.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Povești și mesaje.__ Cum găsim și cum spunem povești despre contribuție și despre viața de zi cu zi, cu consimțământ și fără stereotipuri. Participanții schițează un mesaj pentru propriul public.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Planificarea unei campanii.__ Cei șapte pași ai ciclului campaniei din [capitolul 5](05-campaign.md#cycle), aplicați unei idei locale reale.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Presă și rețele sociale.__ Colaborarea cu jurnaliștii, pregătirea pentru interviuri, moderarea comentariilor și răspunsul la dezinformare. Vedeți [capitolul 9](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Răspunsul la ostilitate.__ Ce faceți când o întâlnire devine tensionată sau când apare { -hate-speech(case: "def") }: cum vă păstrați calmul, cum stabiliți limite, când trebuie să raportați.
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Invitați noi veniți să povestească propria experiență a sosirii în oraș, cu propriile cuvinte și în condițiile pe care le aleg ei. O mărturie personală auzită față în față schimbă adesea părerile participanților mai mult decât orice prezentare. Pregătiți bine vorbitorii, plătiți-i pentru timpul lor și nu le cereți niciodată să retrăiască în public evenimente traumatice. Înainte de a plăti un { -asylum-seeker }, verificați regulile privind munca și alocațiile din [capitolul 4](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Desfășurarea unui program de formare
# Context: heading
training-h-3386b5676f771586 = Înainte de formare
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Stabiliți obiectivul. Ce ar trebui să poată face participanții după formare? De exemplu: să scrie un comunicat de presă folosind un limbaj corect sau să planifice o campanie mică.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Aflați de ce au nevoie participanții: un scurt chestionar vă va spune ce știu și ce îi îngrijorează.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Alegeți formatorii: cineva cu experiență în comunicare, cineva care cunoaște domeniul migrației și al azilului și cel puțin un nou venit.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Pregătiți partea practică:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = un spațiu accesibil, cu loc pentru lucrul în grupuri mici;
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = interpretare, dacă unii participanți au nevoie;
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = supraveghere pentru copii sau un program potrivit pentru părinți și pentru cei care lucrează în ture.
# Context: heading
training-h-a709853027611f7a = În timpul formării
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = Păstrați expunerile teoretice scurte și lăsați-i pe participanți să lucreze pe propriile situații reale, alternând prezentări scurte, studii de caz, jocuri de rol și conversații cu noi veniți.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Faceți loc îndoielilor și întrebărilor dificile. Participanții îngrijorați de siguranță, de costul serviciilor sau de tensiunile dintr-o școală trebuie să poată spune asta. Răspundeți cu fapte și arătați cum au gestionat alții situații asemănătoare.
# Context: heading
training-h-257f554c9fad8263 = După formare
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Rugați-i pe participanți să plece cu un angajament concret: un text de rescris, un partener de sunat, o activitate de planificat. Păstrați legătura și revedeți-vă după câteva luni. Cel mai bun rezultat este o formare care duce la o campanie. { -clarinet } a organizat atât programe de formare, cât și campanii locale.
# Context: heading
training-h-86f437ebce5d900a = Exemplu de program de o zi
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = Tabelul de mai jos este un model pe care îl puteți adapta. Orele sunt orientative.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Ora
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Sesiunea
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Metoda
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 09:00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Primire, prezentări, reguli de bază
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Tur de prezentare, un scurt exercițiu de încălzire în perechi
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 09:30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Fapte și context în orașul nostru
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Scurtă prezentare, întrebări, chestionar-joc
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10:30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = Cuvintele contează
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Lucru cu glosarul; rescrierea unor titluri reale
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11:30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Pauză
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Cafea și discuții informale
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11:45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Sosirea aici: vorbesc noii veniți
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Conversație în grupuri mici
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13:00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Prânz
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = O masă în comun
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14:00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = De la poveste la mesaj
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Lucru în grup pe un mesaj local
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15:00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Planificarea unei campanii mici
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Ciclul campaniei, câte o pagină pentru fiecare grup
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16:00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = Relația cu presa și comentariile ostile
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Joc de rol
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16:45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Angajamente și evaluare
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Fiecare participant numește un pas următor; scurt formular de feedback
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17:00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Încheiere
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Mulțumiri și rămas-bun
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = Exemplu de program de formare de o zi
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = O singură zi este un început bun, dar rareori este suficientă. Dacă puteți, împărțiți modulele în mai multe sesiuni mai scurte, astfel încât participanții să poată încerca lucrurile în practică între ele.
# Context: heading
training-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = Faceți o listă cu zece oameni din orașul dumneavoastră care comunică despre migrație, fie că își dau seama, fie că nu, și invitați-i la o primă sesiune de o jumătate de zi.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Găsiți un coformator printre noii veniți din orașul dumneavoastră și planificați sesiunea împreună.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Folosiți exemplul de program de mai sus și adaptați-l la timpul și bugetul de care dispuneți.
