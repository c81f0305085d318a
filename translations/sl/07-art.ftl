# handbook/chapters/07-art.md — Art as a bridge
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
art-title-45039b411d0caa01 = Umetnost kot most
# Context: heading
art-h-bf689b76e15a14e5 = Zakaj umetnost
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Nekatere pogovore je težko začeti z dejstvi. Prebivalca, ki mu novi prebivalci vzbujajo nelagodje, statistika morda ne bo ganila, lahko pa se bo ustavil pred fotografijo ali pa bo v pevskem zboru zapel ob neznancu. Umetnost nagovarja čustva in domišljijo ter ustvarja skupne izkušnje, ki niso odvisne od skupnega jezika.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = Umetnost lahko novim prebivalcem da tudi glas pod njihovimi pogoji. Slikar, glasbenica ali pesnik, ki je prišel kot { -refugee }, je najprej umetnik. Ko je njegovo delo razstavljeno v krajevni galeriji ali izvedeno na trgu, ga prebivalci spoznajo kot ustvarjalca, ne kot primer.
# Context: heading
art-h-c48b4dd9328ee3dd = Umetniške rezidence
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = Zato je { -clarinet } med svoje glavne dejavnosti vključil osem umetniških rezidenc. Rezidenca umetnika povabi, da nekaj časa preživi v kraju, spozna njegove ljudi in ustvari delo, ki se odziva na to, kar je tam našel.
# Context: paragraph in “The artist residencies”
art-p-df1afe87446b083c = V projektu o migracijah in { -integration(case: "loc") } rezidenca v lokalno zgodbo vnese pogled od zunaj. Ustvarja priložnosti za srečanja prebivalcev in novih prebivalcev. Obenem nastajajo podobe in zgodbe, ki lahko napajajo lokalno kampanjo, kot je opisano v [5. poglavju](05-campaign.md#channels).
# Context: heading
art-h-accc89a69dade98c = Oblike rezidence
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = Enotnega modela ni. Glede na umetnika in kraj lahko rezidenca privede do:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = serije portretov ali fotografij starih in novih prebivalcev, razstavljenih v javnih prostorih;
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = murala, naslikanega skupaj z mladimi iz soseske;
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = gledališke predstave, nastale na podlagi pogovorov z ljudmi, ki so prišli v kraj, in s tistimi, ki so jih sprejeli;
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = glasbenega dela ali pevskega zbora, ki združuje pesmi v jezikih, ki se govorijo v kraju;
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = filma ali videa, deljenega na spletu in predvajanega na lokalnem dogodku.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = Najbolj nepozabni skupnostni umetniški projekti so participativni: umetnik ljudi ne le upodablja, ampak ustvarja *z* njimi. Prebivalci in novi prebivalci, ki pomagajo naslikati mural ali nastopijo v predstavi, izkušnjo in sporočilo ponesejo v svoje družine in na delovna mesta.
# Context: heading
art-h-9424f6ae4ab34752 = Načrtovanje rezidence
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Opredelite namen.__ Kaj upate, da bo rezidenca spremenila ali odprla v vašem kraju? Povežite jo s ciljem svoje kampanje.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Skrbno izberite umetnika.__ Poiščite nekoga z izkušnjami v skupnostnem delu, ki spoštuje zgodbe ljudi. Umetnik, ki ima sam migrantsko ozadje, lahko prinese poseben vpogled, vendar to ni pogoj.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Pripravite teren.__ Umetnika pred začetkom rezidence predstavite šolam, nevladnim organizacijam, kulturnim centrom in skupinam novih prebivalcev.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Dogovorite se o praktičnih stvareh:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = trajanju bivanja, nastanitvi in delovnem prostoru;
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = honorarju in materialih;
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = tem, komu pripada delo in kje bo predstavljeno;
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = tem, kako bodo navedeni umetnik, udeleženci in partnerji.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Načrtujte javni dogodek.__ Odprtje, nastop ali projekcija delu zagotovi občinstvo, medijem pa razlog za poročanje.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Ohranite delo živo.__ Odločite se, kam bo delo šlo pozneje: na stalno mesto, na potujočo razstavo, v spletni arhiv.
# Context: heading
art-h-2abddb21c6f312dc = Skrbnost in privolitev
# Context: paragraph in “Care and consent”
art-p-d63839e7a7821d9c = Umetnost o migracijah se dotika življenj ljudi in včasih njihovih ran. Sledite korakom iz [9. poglavja](09-media.md#consent) in udeležencem, preden privolijo, povejte, da poslikave ali natisnjenega dela pozneje ni mogoče umakniti.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Vprašajte udeležence, kaj bi o sebi radi pokazali. Mnogi, ki so pobegnili od doma, so naveličani, da jih drugi vidijo le skozi njihov beg. Morda bodo raje pokazali svoje znanje, najljubšo pesem ali sanje za svoje otroke.
# Context: heading
art-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Vprašajte svoj krajevni kulturni center, knjižnico ali galerijo, ali bi gostili majhen skupnostni umetniški projekt o sobivanju v kraju.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Ugotovite, kateri umetniki z migrantskim ozadjem že živijo v vašem okolju, in enega od njih povabite, da predstavi svoje delo.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = Vprašanja privolitve in navajanja avtorstva načrtujte pred prvo delavnico, ne po njej.
