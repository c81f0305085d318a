# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = A helyi kampányok európai díja
# Context: heading
award-h-9cc9c6c499ead4a1 = Miért jó egy díj?
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Sok jó helyi kampány ismeretlen marad azon a településen kívül, ahol megvalósult. Egy díj egyszerű módja annak, hogy rájuk találjunk, köszönetet mondjunk a mögöttük álló embereknek, és megosszuk az ötleteiket.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = A { -clarinet } első tevékenysége az „Európai díj a migrációról és integrációról szóló helyi figyelemfelkeltő kampányokért” pályázati felhívás volt. A projekt első és harmadik célkitűzéséhez kapcsolódott: a jó helyi gyakorlatok feltárásához és megosztásához az Európai Unióban.
# Context: heading
award-h-975a8a2ec864e893 = Hogyan működik egy pályázati felhívás?
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = Egy ilyen díjra szóló felhívás általában ugyanazokból a szakaszokból áll. A szervezők közzéteszik a felhívást és a szempontokat, a pályázók pedig beküldik a pályázatukat. A szervezők ellenőrzik, hogy minden pályázat megfelel-e a formai feltételeknek, majd egy zsűri értékeli a jogosult pályázatokat. A nyerteseket nyilvánosan kihirdetik, a legjobb pályázatokat pedig bemutatják, hogy más települések tanulhassanak belőlük.
# Context: heading
award-h-71708699acf8f3b3 = Szempontok
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = A migrációról és az integrációról szóló helyi kampányok európai díjánál jellemzően a következő szempontokat alkalmazzák. Ezekkel a saját kampányát is értékelheti.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Szempont
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = A zsűri kérdése
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Relevancia
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = Valós helyi igényre vagy helyzetre reagál-e a kampány?
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = A célok világossága
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = Tudta-e a kampány, mit akar megváltoztatni, és kinek a számára?
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Részvétel
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Bevonták-e az újonnan érkezőket és a lakosokat a tervezésbe és a megvalósításba?
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Az üzenet minősége
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = Pontos, tiszteletteljes, helyi és emlékezetes volt-e az üzenet?
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Kreativitás
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = Talált-e a kampány új utat a közönsége eléréséhez?
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Partnerség
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = Összehozott-e különböző helyi szereplőket?
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Eredmények
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Van-e bizonyíték az elérésre és a változásra, őszintén bemutatva?
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Átvehetőség
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Tanulhat-e belőle, és átveheti-e egy másik település?
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Egy helyi kampányoknak szóló európai díj szokásos szempontjai
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = A leghasznosabb pályázatokban van egy rövid rész „Ha ezt az Ön településén is meg szeretné valósítani” címmel. Két-három gyakorlati mondat – például arról, hogyan találjunk partnereket, vagy hogyan szerezzük meg a hozzájárulásokat – a sikertörténetet mások számára is használható eszközzé teszi.
# Context: heading
award-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Értékelje legutóbbi kampányát a fenti szempontok táblázata alapján, és jegyezze fel az erősségeit és a gyengeségeit.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Már a következő kampánya első napján nyisson egy „bizonyítékmappát”.
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Keressen aktuális díjpályázatokat és támogatási programokat a migráció, az integráció és a helyi kommunikáció területén, például [az Európai Bizottság honlapján](https://commission.europa.eu), valamint országos és európai településhálózatokon keresztül.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Használja a [kampánytervsablont](10-resources.md#campaign-template), hogy a következő kampányát könnyebb legyen dokumentálni.
