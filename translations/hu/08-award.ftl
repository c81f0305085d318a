### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
award-title-6d9dce07 = A helyi kampányok európai díja

# Context: heading
award-h-eaededca = Miért jó egy díj?

# Context: paragraph in “Why an award”
award-p-8d01512c = Sok jó helyi kampány ismeretlen marad azon a településen kívül, ahol megvalósult. Egy díj egyszerű módja annak, hogy rájuk találjunk, köszönetet mondjunk a mögöttük álló embereknek, és megosszuk az ötleteiket.

# Context: paragraph in “Why an award”
award-p-56f46ba6 = A { -clarinet } első tevékenysége az „Európai díj a migrációról és integrációról szóló helyi figyelemfelkeltő kampányokért” pályázati felhívás volt. A projekt első és harmadik célkitűzését szolgálta: hogy feltárja és ösztönözze a { -local-communities } jó gyakorlatait a migrációról és a { -migrants } befogadásáról szóló nyilvános kommunikációban, és elősegítse e gyakorlatok cseréjét az Európai Unióban.

# Context: heading
award-h-9e7328f0 = Hogyan működik egy pályázati felhívás?

# Context: paragraph in “How a call works”
award-p-d2cac224 = Bármik is a pontos szabályai, egy ilyen díjra szóló felhívás általában ugyanazokat a szakaszokat követi.

# Context: list item in “How a call works”
award-li-10c6414b = **Közzététel.** A szervezők közzéteszik a felhívást: ki pályázhat, milyen kampányokkal lehet indulni, mi a határidő, és mik a szempontok.

# Context: list item in “How a call works”
award-li-0fe93a82 = **Pályázatok.** A pályázók – általában egy űrlapon – bemutatják a kampányukat, és alátámasztó anyagokat csatolnak, például képeket, sajtómegjelenéseket és eredményeket.

# Context: list item in “How a call works”
award-li-8feab185 = **Jogosultsági ellenőrzés.** A szervezők ellenőrzik, hogy minden pályázat megfelel-e a formai feltételeknek.

# Context: list item in “How a call works”
award-li-ee883a18 = **Értékelés.** Egy zsűri a közzétett szempontok alapján értékeli a jogosult pályázatokat.

# Context: list item in “How a call works”
award-li-24c0cef2 = **Döntés és díjátadó.** Kihirdetik a nyerteseket, ideális esetben egy nyilvános rendezvényen, amely láthatóságot ad nekik.

# Context: list item in “How a call works”
award-li-c59869f9 = **Megosztás.** A legjobb pályázatokat bemutatják másoknak is, hogy más települések tanulhassanak belőlük.

# Context: paragraph in “How a call works”
award-p-b9d6d022 = Mindig olvassa el figyelmesen a felhívás hivatalos szövegét. Ez a fejezet azt írja le, hogyan működnek általában az ilyen felhívások, és mit keresnek általában a zsűrik; az egyes díjak pontos szabályait, jogosultsági feltételeit és szempontjait a szervezőik határozzák meg.

# Context: heading
award-h-d32f26f8 = Szempontok

# Context: paragraph in “Criteria”
award-p-528cc0d5 = A migrációról és az integrációról szóló helyi kampányok európai díjánál jellemzően a következő szempontokat alkalmazzák. Ezekkel a saját kampányát is értékelheti.

# Context: table cell in “Criteria”
award-cell-a6c7b3a4 = Szempont

# Context: table cell in “Criteria”
award-cell-335ca615 = A zsűri kérdése

# Context: table cell in “Criteria”
award-cell-02d2fe76 = Relevancia

# Context: table cell in “Criteria”
award-cell-82af7a5e = Valós helyi igényre vagy helyzetre reagál-e a kampány?

# Context: table cell in “Criteria”
award-cell-eb986388 = A célok világossága

# Context: table cell in “Criteria”
award-cell-69c460ea = Tudta-e a kampány, mit akar megváltoztatni, és kinek a számára?

# Context: table cell in “Criteria”
award-cell-7e3a2476 = Részvétel

# Context: table cell in “Criteria”
award-cell-d878f080 = Bevonták-e az újonnan érkezőket és a lakosokat a tervezésbe és a megvalósításba?

# Context: table cell in “Criteria”
award-cell-4d821f29 = Az üzenet minősége

# Context: table cell in “Criteria”
award-cell-34cc5209 = Pontos, tiszteletteljes, helyi és emlékezetes volt-e az üzenet?

# Context: table cell in “Criteria”
award-cell-134c2a8d = Kreativitás

# Context: table cell in “Criteria”
award-cell-c051de15 = Talált-e a kampány új utat a közönsége eléréséhez?

# Context: table cell in “Criteria”
award-cell-f19d7075 = Partnerség

# Context: table cell in “Criteria”
award-cell-d0946624 = Összehozott-e különböző helyi szereplőket?

# Context: table cell in “Criteria”
award-cell-424cc635 = Eredmények

# Context: table cell in “Criteria”
award-cell-c03c1a74 = Van-e bizonyíték az elérésre és a változásra, őszintén bemutatva?

# Context: table cell in “Criteria”
award-cell-22c552ef = Átvehetőség

# Context: table cell in “Criteria”
award-cell-bdc3355e = Tanulhat-e belőle, és átveheti-e egy másik település?

# Context: heading
award-h-6dfa441f = Mi a közös a jó pályázatokban?

# Context: paragraph in “What good entries share”
award-p-a5e0e337 = A nyertes kampányok gyakran nem a legnagyobbak vagy a legdrágábbak. A jó pályázatokban általában ezek a tulajdonságok közösek:

# Context: list item in “What good entries share”
award-li-8db72d19 = **Világos helyi történet.** A pályázat néhány mondatban elmagyarázza a település helyzetét, és megmutatja, miért volt ott szükség a kampányra.

# Context: list item in “What good entries share”
award-li-8296c137 = **Emberek, nem címkék.** Az újonnan érkezők szomszédként, munkavállalóként, szülőként, művészként és sportolóként jelennek meg, és a saját hangjukon szólalnak meg.

# Context: list item in “What good entries share”
award-li-85bf4438 = **Valódi partnerség.** Az önkormányzat, a civil társadalom, az iskolák és az újonnan érkezők mind kivették a részüket, és a pályázat leírja, ki mit csinált.

# Context: list item in “What good entries share”
award-li-4bf2d60b = **Őszinte eredmények.** A pályázat beszámol arról, mi működött és mi nem, szerény, de valós bizonyítékokkal.

# Context: list item in “What good entries share”
award-li-d4a7ab9b = **Valami, amit át lehet venni.** A pályázat úgy mutatja be a módszert – a költségekkel, az ütemezéssel és a tanulságokkal együtt –, hogy mások is alkalmazhassák.

# Context: paragraph in “What good entries share”
award-p-23da42cd = A leghasznosabb pályázatokban van egy rövid rész „Ha ezt az Ön településén is meg szeretné valósítani” címmel. Két-három gyakorlati mondat – például arról, hogyan találjunk partnereket, vagy hogyan szerezzük meg a hozzájárulásokat – a sikertörténetet mások számára is használható eszközzé teszi.

# Context: heading
award-h-bf454da0 = A pályázat elkészítése

# Context: list item in “Preparing an entry”
award-li-033cacd5 = Olvassa el a felhívást és a szempontokat, és először ellenőrizze, jogosult-e a pályázásra.

# Context: list item in “Preparing an entry”
award-li-75ddd7aa = Gyűjtse az anyagokat a kampány ideje alatt, ne utólag:

# Context: list item in “Preparing an entry”
award-li-c75ca877 = fényképeket és videókat, a pályázatban való felhasználásukhoz szükséges hozzájárulással;

# Context: list item in “Preparing an entry”
award-li-4e71e35b = sajtómegjelenéseket és képernyőképeket az online reakciókról;

# Context: list item in “Preparing an entry”
award-li-28d2f9c3 = a részvételre és az elérésre vonatkozó adatokat;

# Context: list item in “Preparing an entry”
award-li-90dc5e16 = a résztvevők – újonnan érkezők és régóta itt élők – idézeteit.

# Context: list item in “Preparing an entry”
award-li-ab30f243 = Írja meg a pályázatot történetként: a helyzet, a cél, mit tettek, mi változott, mit tanultak.

# Context: list item in “Preparing an entry”
award-li-29c97291 = Minden szempontra kifejezetten válaszoljon. A zsűrik sok pályázatot olvasnak, és értékelik a világos szerkezetet.

# Context: paragraph in “Preparing an entry”
award-p-8538e4f5 = Még ha nem is nyer, a pályázat elkészítése megéri: rákényszeríti, hogy értékelje a kampányát, az anyagokat pedig újra felhasználhatja beszámolókban és támogatási kérelmekben.

# Context: heading
award-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
award-li-a9eeb92f = Értékelje legutóbbi kampányát a fenti szempontok táblázata alapján, és jegyezze fel az erősségeit és a gyengeségeit.

# Context: list item in “What you can do”
award-li-ec2813b3 = Már a következő kampánya első napján nyisson egy „bizonyítékmappát”.

# Context: list item in “What you can do”
award-li-03cd530b = Keressen aktuális díjpályázatokat és támogatási programokat a migráció, az integráció és a helyi kommunikáció területén, például [az Európai Bizottság honlapján](https://commission.europa.eu), valamint országos és európai településhálózatokon keresztül.

# Context: list item in “What you can do”
award-li-f4de1ffe = Használja a [kampánytervsablont](10-resources.md#campaign-template), hogy a következő kampányát könnyebb legyen dokumentálni.
