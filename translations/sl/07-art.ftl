### handbook/chapters/07-art.md — Art as a bridge
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
art-title-a27bef2e = Umetnost kot most

# Context: heading
art-h-71958faf = Zakaj umetnost

# Context: paragraph in “Why art”
art-p-4fb73adc = Nekatere pogovore je težko začeti z dejstvi. Prebivalca, ki mu novi prebivalci vzbujajo nelagodje, statistika morda ne bo ganila, lahko pa se bo ustavil pred fotografijo ali pa bo v pevskem zboru zapel ob neznancu. Umetnost nagovarja čustva in domišljijo ter ustvarja skupne izkušnje, ki niso odvisne od skupnega jezika.

# Context: paragraph in “Why art”
art-p-10ee4e1b = Umetnost lahko novim prebivalcem da tudi glas pod njihovimi pogoji. Slikar, glasbenica ali pesnik, ki je prišel kot { -refugee }, je najprej umetnik. Ko je njegovo delo razstavljeno v krajevni galeriji ali izvedeno na trgu, ga prebivalci spoznajo kot ustvarjalca, ne kot primer.

# Context: heading
art-h-4295e1fa = Umetniške rezidence

# Context: paragraph in “The artist residencies”
art-p-abda5cd6 = Zato je { -clarinet } med svoje glavne dejavnosti vključil osem umetniških rezidenc. Rezidenca umetnika povabi, da nekaj časa preživi v kraju, spozna njegove ljudi in ustvari delo, ki se odziva na to, kar je tam našel.

# Context: paragraph in “The artist residencies”
art-p-b6dad034 = V projektu o migracijah in { -integration(case: "loc") } rezidenca v lokalno zgodbo vnese pogled od zunaj, ustvarja priložnosti za srečanja prebivalcev in novih prebivalcev ter ustvarja podobe in zgodbe, ki lahko napajajo lokalno kampanjo, kot je opisano v [5. poglavju](05-campaign.md#channels).

# Context: heading
art-h-75313851 = Oblike rezidence

# Context: paragraph in “Forms a residency can take”
art-p-057f81d2 = Enotnega modela ni. Glede na umetnika in kraj lahko rezidenca privede do:

# Context: list item in “Forms a residency can take”
art-li-33ae8005 = serije portretov ali fotografij starih in novih prebivalcev, razstavljenih v javnih prostorih;

# Context: list item in “Forms a residency can take”
art-li-010bfb4f = murala, naslikanega skupaj z mladimi iz soseske;

# Context: list item in “Forms a residency can take”
art-li-11c4cc91 = gledališke predstave, nastale na podlagi pogovorov z ljudmi, ki so prišli v kraj, in s tistimi, ki so jih sprejeli;

# Context: list item in “Forms a residency can take”
art-li-1b9a8ba5 = glasbenega dela ali pevskega zbora, ki združuje pesmi v jezikih, ki se govorijo v kraju;

# Context: list item in “Forms a residency can take”
art-li-48ddae23 = filma ali videa, deljenega na spletu in predvajanega na lokalnem dogodku.

# Context: paragraph in “Forms a residency can take”
art-p-5bfc8c9c = Najbolj nepozabni skupnostni umetniški projekti so participativni: umetnik ljudi ne le upodablja, ampak ustvarja *z* njimi. Prebivalci in novi prebivalci, ki pomagajo naslikati mural ali nastopijo v predstavi, izkušnjo in sporočilo ponesejo v svoje družine in na delovna mesta.

# Context: heading
art-h-4c6c13c5 = Načrtovanje rezidence

# Context: list item in “Planning a residency”
art-li-491ac265 = **Opredelite namen.** Kaj upate, da bo rezidenca spremenila ali odprla v vašem kraju? Povežite jo s ciljem svoje kampanje.

# Context: list item in “Planning a residency”
art-li-08f59116 = **Skrbno izberite umetnika.** Poiščite nekoga z izkušnjami v skupnostnem delu, ki spoštuje zgodbe ljudi. Umetnik, ki ima sam migrantsko ozadje, lahko prinese poseben vpogled, vendar to ni pogoj.

# Context: list item in “Planning a residency”
art-li-f1f71666 = **Pripravite teren.** Umetnika pred začetkom rezidence predstavite šolam, nevladnim organizacijam, kulturnim centrom in skupinam novih prebivalcev.

# Context: list item in “Planning a residency”
art-li-4a7b2eab = **Dogovorite se o praktičnih stvareh:**

# Context: list item in “Planning a residency”
art-li-f605eb2d = trajanju bivanja, nastanitvi in delovnem prostoru;

# Context: list item in “Planning a residency”
art-li-82a04b0f = honorarju in materialih;

# Context: list item in “Planning a residency”
art-li-4533264e = tem, komu pripada delo in kje bo predstavljeno;

# Context: list item in “Planning a residency”
art-li-22b1f9fb = tem, kako bodo navedeni umetnik, udeleženci in partnerji.

# Context: list item in “Planning a residency”
art-li-9a0b6080 = **Načrtujte javni dogodek.** Odprtje, nastop ali projekcija delu zagotovi občinstvo, medijem pa razlog za poročanje.

# Context: list item in “Planning a residency”
art-li-47393a47 = **Ohranite delo živo.** Odločite se, kam bo delo šlo pozneje: na stalno mesto, na potujočo razstavo, v spletni arhiv.

# Context: heading
art-h-1a29bf92 = Skrbnost in privolitev

# Context: paragraph in “Care and consent”
art-p-9c4332f4 = Umetnost o migracijah se dotika življenj ljudi in včasih njihovih ran. Udeleženci morajo vedeti, čemu je delo namenjeno, kje bo predstavljeno in kako bodo v njem prikazani, in morajo imeti možnost, da rečejo ne. Posebej pazljivi bodite pri otrocih, pri ljudeh, katerih azilni postopek še ni končan, in pri vseh, katerih sorodniki bi lahko bili ogroženi.

# Context: paragraph in “Care and consent”
art-p-5b484bf2 = Vprašajte udeležence, kaj bi o sebi radi pokazali. Mnogi, ki so pobegnili od doma, so naveličani, da jih drugi vidijo le skozi njihov beg. Morda bodo raje pokazali svoje znanje, najljubšo pesem ali sanje za svoje otroke.

# Context: heading
art-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
art-li-e33db8cf = Vprašajte svoj krajevni kulturni center, knjižnico ali galerijo, ali bi gostili majhen skupnostni umetniški projekt o sobivanju v kraju.

# Context: list item in “What you can do”
art-li-b2f11daf = Ugotovite, kateri umetniki z migrantskim ozadjem že živijo v vašem okolju, in enega od njih povabite, da predstavi svoje delo.

# Context: list item in “What you can do”
art-li-2e53660e = Vprašanja privolitve in navajanja avtorstva načrtujte pred prvo delavnico, ne po njej.
