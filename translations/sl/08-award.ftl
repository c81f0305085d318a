# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = Evropska nagrada za lokalne kampanje
# Context: heading
award-h-9cc9c6c499ead4a1 = Zakaj nagrada
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Veliko dobrih lokalnih kampanj ostane neznanih zunaj kraja, v katerem so potekale. Nagrada je preprost način, da jih odkrijemo, se zahvalimo ljudem, ki stojijo za njimi, in delimo njihove zamisli.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = Prva dejavnost projekta { -clarinet } je bil razpis za „Evropsko nagrado za javne ozaveščevalne kampanje lokalnih skupnosti o migracijah in integraciji“. Povezan je bil s prvim in tretjim ciljem projekta: poiskati dobro lokalno prakso in jo deliti po vsej Evropski uniji.
# Context: heading
award-h-975a8a2ec864e893 = Kako poteka razpis
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = Razpis za tovrstno nagrado ima običajno enake faze. Organizatorji objavijo razpis in merila, prijavitelji pošljejo prijave. Organizatorji vsako prijavo preverijo glede formalnih pogojev, žirija pa oceni upravičene. Zmagovalci so javno razglašeni, najboljše prijave pa se predstavijo drugim, da se lahko iz njih učijo tudi drugi kraji.
# Context: heading
award-h-71708699acf8f3b3 = Merila
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = Za evropsko nagrado za lokalne kampanje o migracijah in integraciji so značilna naslednja merila. Z njimi lahko ocenite tudi svojo kampanjo.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Merilo
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = Vprašanje, ki si ga zastavi žirija
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Ustreznost
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = Ali se kampanja odziva na resnično lokalno potrebo ali razmere?
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = Jasnost ciljev
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = Ali je kampanja vedela, kaj želi spremeniti in za koga?
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Sodelovanje
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Ali so bili novi prebivalci in prebivalci vključeni v njeno zasnovo in izvedbo?
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Kakovost sporočila
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = Ali je bilo sporočilo natančno, spoštljivo, lokalno in takšno, da si ga zapomnimo?
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Ustvarjalnost
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = Ali je kampanja našla svež način, kako doseči svoje občinstvo?
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Partnerstvo
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = Ali je povezala različne lokalne akterje?
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Rezultati
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Ali obstajajo dokazi o dosegu in spremembi, o katerih je pošteno poročano?
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Prenosljivost
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Ali bi se drug kraj lahko iz nje učil in jo prilagodil?
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Običajna merila za evropsko nagrado za lokalne kampanje
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = Najbolj uporabne prijave vsebujejo kratek razdelek z naslovom „Če želite to izvesti v svojem kraju“. Dva ali trije praktični stavki, na primer o iskanju partnerjev ali pridobivanju privolitve, spremenijo zgodbo o uspehu v orodje za druge.
# Context: heading
award-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Svojo zadnjo kampanjo ocenite z zgornjo preglednico meril in si zapišite njene najmočnejše in najšibkejše točke.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Za svojo naslednjo kampanjo že prvi dan odprite „mapo z dokazili“.
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Poiščite aktualne razpise za nagrade in programe financiranja na področju migracij, integracije in lokalnega komuniciranja, na primer na [spletni strani Evropske komisije](https://commission.europa.eu) ter prek nacionalnih in evropskih mrež mest.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Uporabite [predlogo načrta kampanje](10-resources.md#campaign-template), da boste naslednjo kampanjo laže dokumentirali.
