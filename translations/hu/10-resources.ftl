# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Ellenőrzőlisták, sablonok és további olvasmányok
# Context: heading
resources-h-555c87bec75af099 = Hogyan használja ezeket az eszközöket?
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = Ez a fejezet egy helyre gyűjti a kézikönyv gyakorlati eszközeit. Másolja le, fordítsa le és alakítsa át őket: az az ellenőrzőlista, amely elfér egy oldalon, használatban is marad.
# Context: heading
resources-h-614c98740e77fecc = Egyoldalas kampányterv
# Context: paragraph in “One-page campaign plan”
resources-p-07656a676e5fab74 = Ezt a sablont a kampány elején töltse ki a partnereivel. Az [5. fejezetben](05-campaign.md#cycle) bemutatott kampányciklus hét lépését követi.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Lépés
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Megválaszolandó kérdés
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Az Ön jegyzetei
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Cél
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Mi legyen másképp a kampány után, és kinek a számára?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Írjon egy mondatot.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Célközönség
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Melyik csoportot szeretnénk leginkább elérni? Mi fontos nekik? Kiben bíznak?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Írjon le egy-két csoportot.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Üzenet
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Mire szeretnénk, hogy emlékezzenek?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = Egy mondat, a célközönséggel kipróbálva.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Csatornák
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Hol találkoznak az üzenetünkkel?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Két-három csatorna.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Partnerek
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Ki tervez velünk, ki segít, ki terjeszti az üzenetet? Vannak-e újonnan érkezők a szervezők között?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Nevek és szerepek.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Költségvetés
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Mennyi pénzre és időre van szükségünk? Mit tudnak a partnerek természetben adni?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Teljes összeg, tartalék, értékelés.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Értékelés
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Honnan fogjuk tudni, kit értünk el, és mi változott?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Mutatók és időpontok.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Ütemterv
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Mikor kezdünk, mikor indítjuk el a kampányt, mikor számolunk be?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Fontos dátumok.
# Context: heading
resources-h-55d093b1096256ee = Ellenőrzőlista: rendezvény előtt
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = A rendezvénynek világos, a kampány céljához kapcsolódó célja van.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Az újonnan érkezők a szervezők között is ott vannak, nemcsak a vendégek között.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = A helyszín akadálymentes, ingyenes vagy olcsó, és ismerős a közönség számára.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Az információk a közönség fő nyelvein is elérhetők.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Az időpont megfelel a dolgozóknak és a családoknak; a gyermekfelügyeletre is gondoltunk.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Az étel és a kötetlen pillanatok alkalmat adnak a beszélgetésre.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = A fotósok tudják, ki járult hozzá ahhoz, hogy lefényképezzék, és ki nem.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Van terv arra az esetre, ha valaki megzavarja a rendezvényt vagy ellenségesen viselkedik.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Tudja, hogyan gyűjti majd be a visszajelzéseket.
# Context: heading
resources-h-e7bad87c6d9edf07 = Ellenőrzőlista: hozzájárulás
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = Az érintett érti, mire szolgál a történet, a fénykép vagy a videó.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = Tudja, hol fog megjelenni: nyomtatásban, online, plakáton, kiállításon.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = Tudja, hogy az online anyagok sokáig láthatók maradhatnak.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = Maga választotta meg, milyen néven és hogyan jelenjen meg.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Megbeszélték a rá vagy a családjára leselkedő kockázatokat, különösen, ha menekültügyi eljárás van folyamatban.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = Gyerekek esetében a szülők vagy a törvényes képviselők hozzájárultak, és magát a gyermeket is megkérdezték.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Minden új felhasználáshoz újra kérnek hozzájárulást.
# Context: heading
resources-h-77f96f56a2faf03e = Ellenőrzőlista: média és közösségi média
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Interjú előtt:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Ismerem az újságírót, a médiumot és a témát?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Van két-három fő mondanivalóm, tényekkel és forrásokkal?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Összevetettem a szóhasználatomat a fogalomtárral?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Ha egy újonnan érkező is megszólal, hozzájárult-e, és felkészült-e?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Bejegyzés előtt:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Emberekről szól a bejegyzés, helyi és pontos?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = A képen látható emberek hozzájárultak ehhez a felhasználáshoz?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Van, aki a következő néhány órában moderálja a hozzászólásokat?
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Ha szóbeszéd vagy gyűlöletkeltő bejegyzés jelenik meg:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Dokumentálja képernyőképpel, dátummal és linkkel.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Jelentse, ha sérti a platform szabályait vagy a törvényt.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Válaszoljon egyszer, higgadtan, tényekkel és megbízható forrással.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Támogassa a megtámadott embereket.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = A fejezet három ellenőrzőlistáját tartsa egy közös mappában, amelyhez minden partnere hozzáfér, és évente egyszer nézzék át őket közösen. Egészítse ki őket a tanulságokkal: a legjobb ellenőrzőlista az, amelyet a saját tapasztalataik alapján írnak.
# Context: heading
resources-h-4082f515b2f4929c = További olvasmányok
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Az alábbi források nyilvánosak, megbízhatók és rendszeresen frissülnek.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __A CLARINET-projekt honlapja__ ({ -project-site }), a projekt saját anyagaival és híreivel: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __Az Európai Bizottság__, amely közzéteszi az Európai Unió migrációs, menekültügyi és integrációs politikáját, köztük a 2021–2027-es integrációs és befogadási cselekvési tervet: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Az integrációval foglalkozó európai honlap__ (European Website on Integration), amelyet az Európai Bizottság működtet, hírekkel és Európa-szerte gyűjtött integrációs gyakorlatokkal.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __Az ENSZ Menekültügyi Főbiztossága (UNHCR)__, a { -refugees } és a { -asylum-seekers } világszintű helyzetére vonatkozó fogalommeghatározásokért, jogi szövegekért és adatokért.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __A Nemzetközi Migrációs Szervezet (IOM)__, a migrációs fogalmak szójegyzékéért és a migrációs útvonalakra vonatkozó adataiért.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Az Eurostat__ és **az Európai Unió Menekültügyi Ügynöksége**, a menekültügyre és a migrációra vonatkozó hivatalos európai statisztikákért.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Az országos menekültügyi hatóság és esélyegyenlőségi szerv__, a saját országára vonatkozó adatokért, eljárásokért és támogatásért, a saját nyelvén.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = A honlapok változnak. Ha egy oldal elköltözött, keressen rá a szervezet nevére és a dokumentum címére. Mindig ellenőrizze a felhasznált adatok dátumát.
# Context: heading
resources-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Nyomtassa ki az egyoldalas kampánytervet, és töltsék ki a következő partnertalálkozón.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Tegye a rendezvényekre és a hozzájárulásra vonatkozó ellenőrzőlistát mindazok mappájába, akik nyilvános tevékenységeket szerveznek.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Fordítsa le az ellenőrzőlistákat azokra a nyelvekre, amelyeket a településén élő újonnan érkezők a leggyakrabban beszélnek.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Ossza meg a tapasztalatait egy másik településsel. A jó gyakorlatok cseréje a { -local-communities } között a { -clarinet } középpontjában állt – és ez az Ön kezében folytatódhat.
