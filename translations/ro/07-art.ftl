### handbook/chapters/07-art.md — Art as a bridge
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
art-title-a27bef2e = Arta ca punte

# Context: heading
art-h-71958faf = De ce artă

# Context: paragraph in “Why art”
art-p-4fb73adc = Unele conversații sunt greu de pornit cu fapte. Un locuitor care se simte stânjenit în prezența noilor veniți poate rămâne indiferent la o statistică, dar se poate opri în fața unei fotografii sau se poate trezi cântând într-un cor alături de un necunoscut. Arta se adresează emoțiilor și imaginației și creează experiențe comune care nu depind de o limbă comună.

# Context: paragraph in “Why art”
art-p-10ee4e1b = Arta le poate oferi și noilor veniți o voce, în condițiile lor. Un pictor, un muzician sau un poet care a sosit ca { -refugee } este înainte de toate un artist. Când lucrările sale sunt expuse în galeria orașului sau interpretate în piața centrală, locuitorii îl întâlnesc ca pe un creator, nu ca pe un caz.

# Context: heading
art-h-4295e1fa = Rezidențele artistice

# Context: paragraph in “The artist residencies”
art-p-abda5cd6 = Din aceste motive, { -clarinet } a inclus opt rezidențe artistice printre activitățile sale principale. O rezidență invită un artist să petreacă o perioadă într-un loc, să-i cunoască oamenii și să creeze o lucrare care răspunde la ceea ce descoperă acolo.

# Context: paragraph in “The artist residencies”
art-p-b6dad034 = Într-un proiect despre migrație și { -integration }, o rezidență aduce o privire din afară asupra poveștii locale, creează ocazii de întâlnire între locuitori și noii veniți și produce imagini și povești care pot alimenta o campanie locală, așa cum se arată în [capitolul 5](05-campaign.md#channels).

# Context: heading
art-h-75313851 = Forme pe care le poate lua o rezidență

# Context: paragraph in “Forms a residency can take”
art-p-057f81d2 = Nu există un model unic. În funcție de artist și de oraș, o rezidență poate duce la:

# Context: list item in “Forms a residency can take”
art-li-33ae8005 = o serie de portrete sau fotografii ale locuitorilor, vechi și noi, expuse în spații publice;

# Context: list item in “Forms a residency can take”
art-li-010bfb4f = o pictură murală realizată împreună cu tinerii din cartier;

# Context: list item in “Forms a residency can take”
art-li-11c4cc91 = un spectacol de teatru construit pornind de la interviuri cu oameni care au sosit în oraș și cu cei care i-au primit;

# Context: list item in “Forms a residency can take”
art-li-1b9a8ba5 = o piesă muzicală sau un cor care reunește cântece în limbile vorbite în oraș;

# Context: list item in “Forms a residency can take”
art-li-48ddae23 = un film sau un videoclip distribuit online și proiectat la un eveniment local.

# Context: paragraph in “Forms a residency can take”
art-p-5bfc8c9c = Cele mai memorabile proiecte de artă comunitară sunt participative: artistul nu doar îi portretizează pe oameni, ci lucrează *împreună cu* ei. Locuitorii și noii veniți care ajută la realizarea unei picturi murale sau joacă într-o piesă duc experiența, și mesajul, mai departe, în familiile lor și la locurile lor de muncă.

# Context: heading
art-h-4c6c13c5 = Planificarea unei rezidențe

# Context: list item in “Planning a residency”
art-li-491ac265 = **Definiți scopul.** Ce sperați să schimbe sau să deschidă rezidența în orașul dumneavoastră? Legați-o de obiectivul campaniei.

# Context: list item in “Planning a residency”
art-li-08f59116 = **Alegeți artistul cu grijă.** Căutați pe cineva cu experiență în munca în comunitate și care respectă poveștile oamenilor. Un artist care are el însuși o experiență a migrației poate aduce o perspectivă aparte, dar aceasta nu este o condiție.

# Context: list item in “Planning a residency”
art-li-f1f71666 = **Pregătiți terenul.** Prezentați-l pe artist școlilor, ONG-urilor, centrelor culturale și grupurilor de noi veniți înainte de începerea rezidenței.

# Context: list item in “Planning a residency”
art-li-4a7b2eab = **Stabiliți aspectele practice:**

# Context: list item in “Planning a residency”
art-li-f605eb2d = durata șederii, cazarea și spațiul de lucru;

# Context: list item in “Planning a residency”
art-li-82a04b0f = onorariul și materialele;

# Context: list item in “Planning a residency”
art-li-4533264e = cui îi aparține lucrarea și unde va fi prezentată;

# Context: list item in “Planning a residency”
art-li-22b1f9fb = cum vor fi menționați artistul, participanții și partenerii.

# Context: list item in “Planning a residency”
art-li-9a0b6080 = **Planificați momentul public.** Un vernisaj, un spectacol sau o proiecție îi oferă lucrării un public și îi oferă presei un motiv să relateze.

# Context: list item in “Planning a residency”
art-li-47393a47 = **Păstrați lucrarea vie.** Hotărâți unde va ajunge lucrarea după aceea: un loc permanent, o expoziție itinerantă, o arhivă online.

# Context: heading
art-h-1a29bf92 = Grijă și consimțământ

# Context: paragraph in “Care and consent”
art-p-9c4332f4 = Arta despre migrație atinge viețile oamenilor și, uneori, rănile lor. Participanții trebuie să știe la ce va servi lucrarea, unde va fi prezentată și cum vor apărea ei în ea și trebuie să fie liberi să refuze. Aveți o grijă deosebită în cazul copiilor, al persoanelor a căror procedură de azil este încă în curs și al oricui ar putea avea rude în pericol.

# Context: paragraph in “Care and consent”
art-p-5b484bf2 = Întrebați-i pe participanți ce ar vrea să arate despre ei înșiși. Mulți oameni care și-au părăsit casele în fugă s-au săturat să fie văzuți doar prin prisma fugii lor. Poate că preferă să împărtășească o îndemânare, un cântec drag sau un vis pentru copiii lor.

# Context: heading
art-h-9353605e = Ce puteți face

# Context: list item in “What you can do”
art-li-e33db8cf = Întrebați centrul cultural, biblioteca sau galeria din localitate dacă ar găzdui un mic proiect de artă comunitară despre conviețuirea în oraș.

# Context: list item in “What you can do”
art-li-b2f11daf = Aflați ce artiști cu experiență a migrației trăiesc deja în zona dumneavoastră și invitați-l pe unul dintre ei să își prezinte lucrările.

# Context: list item in “What you can do”
art-li-2e53660e = Clarificați chestiunile legate de consimțământ și de menționarea autorilor înainte de primul atelier, nu după.
