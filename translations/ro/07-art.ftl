# handbook/chapters/07-art.md — Art as a bridge
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
art-title-45039b411d0caa01 = Arta ca punte
# Context: heading
art-h-bf689b76e15a14e5 = De ce artă
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Unele conversații sunt greu de pornit cu fapte. Un locuitor care se simte stânjenit în prezența noilor veniți poate rămâne indiferent la o statistică, dar se poate opri în fața unei fotografii sau se poate trezi cântând într-un cor alături de un necunoscut. Arta se adresează emoțiilor și imaginației și creează experiențe comune care nu depind de o limbă comună.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = Arta le poate oferi și noilor veniți o voce, în condițiile lor. Un pictor, un muzician sau un poet care a sosit ca { -refugee } este înainte de toate un artist. Când lucrările sale sunt expuse în galeria orașului sau interpretate în piața centrală, locuitorii îl întâlnesc ca pe un creator, nu ca pe un caz.
# Context: heading
art-h-c48b4dd9328ee3dd = Rezidențele artistice
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = Din aceste motive, { -clarinet } a inclus opt rezidențe artistice printre activitățile sale principale. O rezidență invită un artist să petreacă o perioadă într-un loc, să-i cunoască oamenii și să creeze o lucrare care răspunde la ceea ce descoperă acolo.
# Context: paragraph in “The artist residencies”
art-p-df1afe87446b083c = Într-un proiect despre migrație și { -integration }, o rezidență aduce o privire din afară asupra poveștii locale. Creează ocazii de întâlnire între locuitori și noii veniți. Produce, de asemenea, imagini și povești care pot alimenta o campanie locală, așa cum se arată în [capitolul 5](05-campaign.md#channels).
# Context: heading
art-h-accc89a69dade98c = Forme pe care le poate lua o rezidență
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = Nu există un model unic. În funcție de artist și de oraș, o rezidență poate duce la:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = o serie de portrete sau fotografii ale locuitorilor, vechi și noi, expuse în spații publice;
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = o pictură murală realizată împreună cu tinerii din cartier;
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = un spectacol de teatru construit pornind de la interviuri cu oameni care au sosit în oraș și cu cei care i-au primit;
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = o piesă muzicală sau un cor care reunește cântece în limbile vorbite în oraș;
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = un film sau un videoclip distribuit online și proiectat la un eveniment local.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = Cele mai memorabile proiecte de artă comunitară sunt participative: artistul nu doar îi portretizează pe oameni, ci lucrează *împreună cu* ei. Locuitorii și noii veniți care ajută la realizarea unei picturi murale sau joacă într-o piesă duc experiența, și mesajul, mai departe, în familiile lor și la locurile lor de muncă.
# Context: heading
art-h-9424f6ae4ab34752 = Planificarea unei rezidențe
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Definiți scopul.__ Ce sperați să schimbe sau să deschidă rezidența în orașul dumneavoastră? Legați-o de obiectivul campaniei.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Alegeți artistul cu grijă.__ Căutați pe cineva cu experiență în munca în comunitate și care respectă poveștile oamenilor. Un artist care are el însuși o experiență a migrației poate aduce o perspectivă aparte, dar aceasta nu este o condiție.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Pregătiți terenul.__ Prezentați-l pe artist școlilor, ONG-urilor, centrelor culturale și grupurilor de noi veniți înainte de începerea rezidenței.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Stabiliți aspectele practice:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = durata șederii, cazarea și spațiul de lucru;
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = onorariul și materialele;
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = cui îi aparține lucrarea și unde va fi prezentată;
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = cum vor fi menționați artistul, participanții și partenerii.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Planificați momentul public.__ Un vernisaj, un spectacol sau o proiecție îi oferă lucrării un public și îi oferă presei un motiv să relateze.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Păstrați lucrarea vie.__ Hotărâți unde va ajunge lucrarea după aceea: un loc permanent, o expoziție itinerantă, o arhivă online.
# Context: heading
art-h-2abddb21c6f312dc = Grijă și consimțământ
# Context: paragraph in “Care and consent”
art-p-d63839e7a7821d9c = Arta despre migrație atinge viețile oamenilor și, uneori, rănile lor. Urmați pașii din [capitolul 9](09-media.md#consent) și spuneți-le participanților, înainte să își dea acordul, că o pictură murală sau o lucrare tipărită nu mai poate fi retrasă ulterior.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Întrebați-i pe participanți ce ar vrea să arate despre ei înșiși. Mulți oameni care și-au părăsit casele în fugă s-au săturat să fie văzuți doar prin prisma fugii lor. Poate că preferă să împărtășească o îndemânare, un cântec drag sau un vis pentru copiii lor.
# Context: heading
art-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Întrebați centrul cultural, biblioteca sau galeria din localitate dacă ar găzdui un mic proiect de artă comunitară despre conviețuirea în oraș.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Aflați ce artiști cu experiență a migrației trăiesc deja în zona dumneavoastră și invitați-l pe unul dintre ei să își prezinte lucrările.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = Clarificați chestiunile legate de consimțământ și de menționarea autorilor înainte de primul atelier, nu după.
