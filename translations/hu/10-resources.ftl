### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
resources-title-07d9b641 = Ellenőrzőlisták, sablonok és további olvasmányok

# Context: heading
resources-h-c497408f = Hogyan használja ezeket az eszközöket?

# Context: paragraph in “How to use these tools”
resources-p-e6aae41b = Ez a fejezet egy helyre gyűjti a kézikönyv gyakorlati eszközeit. Másolja le, fordítsa le és alakítsa át őket: az az ellenőrzőlista, amely elfér egy oldalon, használatban is marad.

# Context: heading
resources-h-82a85ae9 = Egyoldalas kampányterv

# Context: paragraph in “One-page campaign plan”
resources-p-a31a7be5 = Ezt a sablont a kampány elején töltse ki a partnereivel. Az [5. fejezetben](05-campaign.md#cycle) bemutatott kampányciklus hét lépését követi.

# Context: table cell in “One-page campaign plan”
resources-cell-c68bcfea = Lépés

# Context: table cell in “One-page campaign plan”
resources-cell-8ded2eae = Megválaszolandó kérdés

# Context: table cell in “One-page campaign plan”
resources-cell-ca7daa35 = Az Ön jegyzetei

# Context: table cell in “One-page campaign plan”
resources-cell-c91a47e8 = Cél

# Context: table cell in “One-page campaign plan”
resources-cell-d15a2f52 = Mi legyen másképp a kampány után, és kinek a számára?

# Context: table cell in “One-page campaign plan”
resources-cell-4628d5d6 = Írjon egy mondatot.

# Context: table cell in “One-page campaign plan”
resources-cell-b92c8f1f = Célközönség

# Context: table cell in “One-page campaign plan”
resources-cell-85be58a0 = Melyik csoportot szeretnénk leginkább elérni? Mi fontos nekik? Kiben bíznak?

# Context: table cell in “One-page campaign plan”
resources-cell-2427e815 = Írjon le egy-két csoportot.

# Context: table cell in “One-page campaign plan”
resources-cell-dc7f9775 = Üzenet

# Context: table cell in “One-page campaign plan”
resources-cell-cfada986 = Mire szeretnénk, hogy emlékezzenek?

# Context: table cell in “One-page campaign plan”
resources-cell-18d17ecb = Egy mondat, a célközönséggel kipróbálva.

# Context: table cell in “One-page campaign plan”
resources-cell-a2785cd0 = Csatornák

# Context: table cell in “One-page campaign plan”
resources-cell-db6e34e9 = Hol találkoznak az üzenetünkkel?

# Context: table cell in “One-page campaign plan”
resources-cell-c4342208 = Két-három csatorna.

# Context: table cell in “One-page campaign plan”
resources-cell-d9c6108d = Partnerek

# Context: table cell in “One-page campaign plan”
resources-cell-791c1f54 = Ki tervez velünk, ki segít, ki terjeszti az üzenetet? Vannak-e újonnan érkezők a szervezők között?

# Context: table cell in “One-page campaign plan”
resources-cell-5f91f8ad = Nevek és szerepek.

# Context: table cell in “One-page campaign plan”
resources-cell-b415a87b = Költségvetés

# Context: table cell in “One-page campaign plan”
resources-cell-921bf833 = Mennyi pénzre és időre van szükségünk? Mit tudnak a partnerek természetben adni?

# Context: table cell in “One-page campaign plan”
resources-cell-98f4a1c5 = Teljes összeg, tartalék, értékelés.

# Context: table cell in “One-page campaign plan”
resources-cell-b88e6d9d = Értékelés

# Context: table cell in “One-page campaign plan”
resources-cell-0e972e8a = Honnan fogjuk tudni, kit értünk el, és mi változott?

# Context: table cell in “One-page campaign plan”
resources-cell-81aaeaa4 = Mutatók és időpontok.

# Context: table cell in “One-page campaign plan”
resources-cell-e15af7d2 = Ütemterv

# Context: table cell in “One-page campaign plan”
resources-cell-4a250ef6 = Mikor kezdünk, mikor indítjuk el a kampányt, mikor számolunk be?

# Context: table cell in “One-page campaign plan”
resources-cell-3d301a6b = Fontos dátumok.

# Context: heading
resources-h-e12a85d4 = Ellenőrzőlista: rendezvény előtt

# Context: list item in “Checklist: before an event”
resources-li-e6788259 = A rendezvénynek világos, a kampány céljához kapcsolódó célja van.

# Context: list item in “Checklist: before an event”
resources-li-9c9a8ae4 = Az újonnan érkezők a szervezők között is ott vannak, nemcsak a vendégek között.

# Context: list item in “Checklist: before an event”
resources-li-1f690940 = A helyszín akadálymentes, ingyenes vagy olcsó, és ismerős a közönség számára.

# Context: list item in “Checklist: before an event”
resources-li-62188913 = Az információk a közönség fő nyelvein is elérhetők.

# Context: list item in “Checklist: before an event”
resources-li-2b1cb6ec = Az időpont megfelel a dolgozóknak és a családoknak; a gyermekfelügyeletre is gondoltunk.

# Context: list item in “Checklist: before an event”
resources-li-0b7792e8 = Az étel és a kötetlen pillanatok alkalmat adnak a beszélgetésre.

# Context: list item in “Checklist: before an event”
resources-li-b9e4a046 = A fotósok tudják, ki járult hozzá ahhoz, hogy lefényképezzék, és ki nem.

# Context: list item in “Checklist: before an event”
resources-li-efc60acd = Van terv arra az esetre, ha valaki megzavarja a rendezvényt vagy ellenségesen viselkedik.

# Context: list item in “Checklist: before an event”
resources-li-d7c9374f = Tudja, hogyan gyűjti majd be a visszajelzéseket.

# Context: heading
resources-h-f634f254 = Ellenőrzőlista: hozzájárulás

# Context: list item in “Checklist: consent”
resources-li-4960ec18 = Az érintett érti, mire szolgál a történet, a fénykép vagy a videó.

# Context: list item in “Checklist: consent”
resources-li-50220d54 = Tudja, hol fog megjelenni: nyomtatásban, online, plakáton, kiállításon.

# Context: list item in “Checklist: consent”
resources-li-78fe7ca1 = Tudja, hogy az online anyagok sokáig láthatók maradhatnak.

# Context: list item in “Checklist: consent”
resources-li-277fdff4 = Maga választotta meg, milyen néven és hogyan jelenjen meg.

# Context: list item in “Checklist: consent”
resources-li-1edcf769 = Megbeszélték a rá vagy a családjára leselkedő kockázatokat, különösen, ha menekültügyi eljárás van folyamatban.

# Context: list item in “Checklist: consent”
resources-li-f4d5ee7b = Gyerekek esetében a szülők vagy a törvényes képviselők hozzájárultak, és magát a gyermeket is megkérdezték.

# Context: list item in “Checklist: consent”
resources-li-a602fcdf = Minden új felhasználáshoz újra kérnek hozzájárulást.

# Context: heading
resources-h-5fc5d288 = Ellenőrzőlista: média és közösségi média

# Context: list item in “Checklist: media and social media”
resources-li-7e4b009b = Interjú előtt:

# Context: list item in “Checklist: media and social media”
resources-li-d982366b = Ismerem az újságírót, a médiumot és a témát?

# Context: list item in “Checklist: media and social media”
resources-li-33c0eeac = Van két-három fő mondanivalóm, tényekkel és forrásokkal?

# Context: list item in “Checklist: media and social media”
resources-li-12103297 = Összevetettem a szóhasználatomat a fogalomtárral?

# Context: list item in “Checklist: media and social media”
resources-li-37263ba8 = Ha egy újonnan érkező is megszólal, hozzájárult-e, és felkészült-e?

# Context: list item in “Checklist: media and social media”
resources-li-524c6a82 = Bejegyzés előtt:

# Context: list item in “Checklist: media and social media”
resources-li-1e8eb699 = Emberekről szól a bejegyzés, helyi és pontos?

# Context: list item in “Checklist: media and social media”
resources-li-37f2eacf = A képen látható emberek hozzájárultak ehhez a felhasználáshoz?

# Context: list item in “Checklist: media and social media”
resources-li-074e3ba9 = Van, aki a következő néhány órában moderálja a hozzászólásokat?

# Context: list item in “Checklist: media and social media”
resources-li-34e5596b = Ha szóbeszéd vagy gyűlöletkeltő bejegyzés jelenik meg:

# Context: list item in “Checklist: media and social media”
resources-li-202aed5c = Dokumentálja képernyőképpel, dátummal és linkkel.

# Context: list item in “Checklist: media and social media”
resources-li-f15be0b1 = Jelentse, ha sérti a platform szabályait vagy a törvényt.

# Context: list item in “Checklist: media and social media”
resources-li-17f4db61 = Válaszoljon egyszer, higgadtan, tényekkel és megbízható forrással.

# Context: list item in “Checklist: media and social media”
resources-li-cc1a5b52 = Támogassa a megtámadott embereket.

# Context: paragraph in “Checklist: media and social media”
resources-p-cec720e2 = A fejezet három ellenőrzőlistáját tartsa egy közös mappában, amelyhez minden partnere hozzáfér, és évente egyszer nézzék át őket közösen. Egészítse ki őket a tanulságokkal: a legjobb ellenőrzőlista az, amelyet a saját tapasztalataik alapján írnak.

# Context: heading
resources-h-2a37589d = További olvasmányok

# Context: paragraph in “Further reading”
resources-p-bfbf1639 = Az alábbi források nyilvánosak, megbízhatók és rendszeresen frissülnek.

# Context: list item in “Further reading”
resources-li-9e4603be = **A CLARINET-projekt honlapja** ({ -project-site }), a projekt saját anyagaival és híreivel: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
resources-li-44a62376 = **Az Európai Bizottság**, amely közzéteszi az Európai Unió migrációs, menekültügyi és integrációs politikáját, köztük a 2021–2027-es integrációs és befogadási cselekvési tervet: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
resources-li-696e709e = **Az integrációval foglalkozó európai honlap** (European Website on Integration), amelyet az Európai Bizottság működtet, hírekkel és Európa-szerte gyűjtött integrációs gyakorlatokkal.

# Context: list item in “Further reading”
resources-li-43380a5a = **Az ENSZ Menekültügyi Főbiztossága (UNHCR)**, a { -refugees } és a { -asylum-seekers } világszintű helyzetére vonatkozó fogalommeghatározásokért, jogi szövegekért és adatokért.

# Context: list item in “Further reading”
resources-li-c90c5064 = **A Nemzetközi Migrációs Szervezet (IOM)**, a migrációs fogalmak szójegyzékéért és a migrációs útvonalakra vonatkozó adataiért.

# Context: list item in “Further reading”
resources-li-5a29f75a = **Az Eurostat** és **az Európai Unió Menekültügyi Ügynöksége**, a menekültügyre és a migrációra vonatkozó hivatalos európai statisztikákért.

# Context: list item in “Further reading”
resources-li-9ebcd56e = **Az országos menekültügyi hatóság és esélyegyenlőségi szerv**, a saját országára vonatkozó adatokért, eljárásokért és támogatásért, a saját nyelvén.

# Context: paragraph in “Further reading”
resources-p-f71cf8ed = A honlapok változnak. Ha egy oldal elköltözött, keressen rá a szervezet nevére és a dokumentum címére. Mindig ellenőrizze a felhasznált adatok dátumát.

# Context: heading
resources-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
resources-li-ab18ea03 = Nyomtassa ki az egyoldalas kampánytervet, és töltsék ki a következő partnertalálkozón.

# Context: list item in “What you can do”
resources-li-404b6089 = Tegye a rendezvényekre és a hozzájárulásra vonatkozó ellenőrzőlistát mindazok mappájába, akik nyilvános tevékenységeket szerveznek.

# Context: list item in “What you can do”
resources-li-22994ea2 = Fordítsa le az ellenőrzőlistákat azokra a nyelvekre, amelyeket a településén élő újonnan érkezők a leggyakrabban beszélnek.

# Context: list item in “What you can do”
resources-li-65f9f2e4 = Ossza meg a tapasztalatait egy másik településsel. A jó gyakorlatok cseréje a { -local-communities } között a { -clarinet } középpontjában állt – és ez az Ön kezében folytatódhat.
