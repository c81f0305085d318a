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
resources-p-270d02bec92c9dc5 = Ezt a sablont a kampány elején töltse ki a partnereivel. Az [5. fejezetben](05-campaign.md#cycle) bemutatott kampányciklus hét lépését követi, kiegészítve egy ütemtervvel.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Lépés
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Megválaszolandó kérdés
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = Mit írjon ide?
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
resources-h-c7a40883f0223305 = Kampányeszköztár
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Másolja le ezeket a sablonokat, és töltse ki őket a partnereivel.
# Context: heading
resources-h-fb7298a36f8984f9 = Üzenetház
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = A használatáról az [5. fejezetben](05-campaign.md#message-framework) olvashat.
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Rész
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Az Ön szövege
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Fő üzenet (a tető)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = 1. alátámasztó érv, helyi ténnyel vagy történettel
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = 2. alátámasztó érv, helyi ténnyel vagy történettel
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = 3. alátámasztó érv, helyi ténnyel vagy történettel
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Üzenetközvetítők
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Felhívás a cselekvésre
# Context: heading
resources-h-1c6225ec7092ad2f = Költségvetés
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Költség
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = Pénzben
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = Természetben
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Ki fizeti vagy biztosítja
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Munkaidő
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Grafikai tervezés és nyomtatás
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Helyszínek
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Tolmácsolás és fordítás
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Tiszteletdíjak: { -newcomers }, művészek, előadók
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Akadálymentesség: feliratozás, könnyen érthető változatok, jelnyelv
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Étel és ital
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Hirdetések
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Tartalék a váratlan kiadásokra
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Összesen
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Egyes nagy platformok az EU-ban már nem fogadnak el fizetett hirdetést társadalmi kérdésekben, és a migráció is ilyen kérdésnek számíthat. Mielőtt hirdetésre tervez költséget, ellenőrizze a szabályaikat.
# Context: heading
resources-h-3cdfa37b13de1454 = Mutatók
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Minden szinthez válasszon legalább egy mutatót, és a kampány indulása előtt mérje fel a kiinduló értéket.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Szint
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Mutató
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Kiinduló érték
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Adatforrás
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Dátum
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Tevékenységek: mit csináltunk
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Elérés: kiket értünk el
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Változás: mi változott
# Context: heading
resources-h-eef9a484f57a8412 = Kérdőív a kampány előtt és után
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Tegye fel ugyanazt az öt kérdést névtelenül a kampány előtt és után.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = A településünkön élő { -newcomers } közül hányat ismer név szerint? (egyet sem, egyet-kettőt, hármat vagy többet)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = Az elmúlt hónapban beszélgetett-e néhány percnél tovább egy { -newcomer } emberrel? (igen, nem)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = Egyetért-e ezzel: „Azok, akik más országokból költöztek ide, hozzájárulnak településünk életéhez”? (egyáltalán nem értek egyet, nem értek egyet, nem tudom, egyetértek, teljesen egyetértek)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = Honnan értesül leginkább a migrációval kapcsolatos hírekről? (helyi média, országos média, közösségi média, barátok és család, egyéb)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = Mi segítené, hogy a településünkön élő emberek jól megférjenek egymással? (szabad válasz)
# Context: heading
resources-h-f5a1f30c9a371afd = Sajtóközlemény
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = A sajtómeghívóhoz, amely egy eseményre hívja az újságírókat, elég annyi: mi, mikor, hol, ki szólal meg, és mit lehet filmezni. A sajtóközleménynek ennél többet kell tartalmaznia:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = Mit tartalmaz
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Cím
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = Mi az újdonság, néhány szóban, emberekkel
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = Első bekezdés
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Ki, mit, mikor, hol és miért
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Idézet
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = Egy megnevezett személytől, az ő hozzájárulásával
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Részletek
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Tények forrásokkal; hogyan kapcsolódhatnak be a lakosok
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Kapcsolat
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Név, telefonszám és e-mail-cím
# Context: heading
resources-h-b8d42c5beab24b97 = Stílusútmutató
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = Így mondjuk
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = Ezt kerüljük
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = Miért
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = Kétség esetén kit kérdezzünk
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = A következő felülvizsgálat időpontja
# Context: heading
resources-h-55d093b1096256ee = Ellenőrzőlista: rendezvény előtt
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = A rendezvénynek világos, a kampány céljához kapcsolódó célja van.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Az újonnan érkezők a szervezők között is ott vannak, nemcsak a vendégek között.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = A helyszín akadálymentes, ingyenes vagy olcsó, és ismerős a közönség számára.
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
resources-h-98442a3b8f52e9d8 = Ellenőrzőlista: akadálymentes anyagok és rendezvények
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = A szövegek közérthetők, rövid mondatokból állnak.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = A legfontosabb információk a közönség nyelvein is elérhetők, köztük az { -newcomers } nyelvein is.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = A legfontosabb szövegeknek van könnyen érthető változata.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = A képeknek van helyettesítő szövege, a videóknak felirata.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = A szöveg erős kontrasztú, a betűméret jól olvasható.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = A PDF-fájlok akadálymentes dokumentumok, nem beszkennelt képek.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = A helyszín lépcső nélkül megközelíthető.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Jelnyelvi és más tolmácsok is igénybe vehetők, és a meghívó leírja, hogyan lehet őket kérni.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = Az önkormányzati honlapoknak és alkalmazásoknak már most meg kell felelniük a közszférabeli szervezetek honlapjainak és mobilalkalmazásainak akadálymentesítéséről szóló (EU) 2016/2102 irányelvnek. A kézikönyv PDF-változata az akadálymentes dokumentumokra vonatkozó PDF/UA szabványt követi.
# Context: heading
resources-h-c73ec4c76ee4bacd = Hozzájárulási nyilatkozat
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = Ez a nyilatkozat a [9. fejezetben](09-media.md#consent) leírt módon rögzíti a hozzájárulást. Fordítsa le azokra a nyelvekre, amelyeket a településén élő { -newcomers } beszélnek, például arabra, dari nyelvre, fárszira, ukránra vagy franciára. Szükség esetén olvassa fel tolmács segítségével, és adjon egy példányt az érintettnek.
# Context: heading
resources-h-0d83b9fad7993fb6 = Hozzájárulás a történetem, fényképem vagy videóm felhasználásához
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Kérdés
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Válasz
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Ki kéri? Szervezet és kapcsolattartó
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = Mi készül? Történet, fénykép, videó vagy műalkotás
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Hol jelenik meg?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = Meddig használják és őrzik meg?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Ki használhatja még?
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = Amit választok:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = Használhatják a teljes nevemet.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = Csak a keresztnevemet használhatják.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Ne használják a nevemet.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = Megmutathatják az arcomat.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Ne mutassák az arcomat.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = Megemlíthetik, melyik országból jöttem.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = Megemlíthetik a jogállásomat.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = Nyomtatásban is felhasználhatják. Tudomásul veszem, hogy a nyomtatott anyagot nem lehet visszavonni.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = Jogaim:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = Nemet mondhatok. Ha nemet mondok, az semmilyen segítséget vagy szolgáltatást nem érint, amelyet kapok.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = Bármikor meggondolhatom magam, ha szólok a kapcsolattartónak. Ekkor nem használják tovább az anyagot, és ahol lehet, eltávolítják az internetről.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = A nyomtatott anyagokat, a falfestményeket és a sugárzott műsorokat nem lehet visszavonni.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = Ezt a nyilatkozatot és az anyagot biztonságosan őrzik, és a megállapodott idő leteltével törlik.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Ki
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Név
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Aláírás
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = Az érintett személy
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Gyermek esetén a szülő vagy a törvényes képviselő
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Tolmács (ha volt)
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = A szervezet részéről
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = Gyermek esetén: a gyermeket az életkorának megfelelő módon megkérdezték, és egyetért.
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
# Context: heading
resources-h-772774b7a6501a2f = Moderálási szabályzat (minta)
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = Egy közigazgatási szervnek minden véleményt egyenlően kell kezelnie. Csak akkor távolítson el hozzászólást, ha az megsért egy közzétett szabályt – soha ne a benne kifejtett vélemény miatt –, és minden eltávolítást dokumentáljon. Igazítsa a lenti mintát a saját helyzetéhez, és ellenőriztesse a jogi osztállyal.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = Ez az oldal arra szolgál, hogy a lakosok a településünk életéről beszélgessenek. Szívesen fogadjuk a kérdéseket, a véleményeket és a kritikát, az önkormányzatot érő kritikát is. Elrejtjük vagy eltávolítjuk azokat a hozzászólásokat, amelyek:
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = sértenek, fenyegetnek vagy zaklatnak valakit;
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = a { -hate-speech } körébe tartoznak, vagy erőszakra uszítanak;
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = mások személyes adatait osztják meg;
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = kéretlen tartalomnak (spamnek) vagy reklámnak minősülnek, vagy más okból jogellenesek.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = Ezek a szabályok mindenkire vonatkoznak, véleményétől függetlenül. Minden eltávolítást és annak okát nyilvántartjuk, az ismételten szabályt sértőket pedig figyelmeztetés után letilthatjuk. A jogellenesnek tűnő tartalmakat bejelentjük. Ha úgy gondolja, hogy tévedésből távolítottuk el a hozzászólását, írjon nekünk, és újra megvizsgáljuk.
# Context: heading
resources-h-8cad337bcd2b57e0 = Ellenőrzőlista: az első 72 óra
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = A [9. fejezet](09-media.md#crisis) válsághelyzetekről szóló részével együtt használja.
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Előzetesen: kijelöltünk egy szóvivőt, egy tényellenőrt, egy közösségimédia-figyelőt és egy kapcsolattartót az érintettek számára, mindegyiküknek helyettessel.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Előzetesen: kész egy átmeneti közlemény, amelyet csak a helyzethez kell igazítani.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = Első óra: a tényeket ellenőriztük a rendőrséggel vagy más hatóságokkal.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = Első óra: elmondtuk, mi történt, együttérzést fejeztünk ki az áldozatokkal, és egyetlen csoportot sem hibáztattunk.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = Első óra: közöltük, mikor adunk legközelebb tájékoztatást.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = Első nap: a helyi újságírókat közösen tájékoztattuk.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = Első nap: a származást vagy a jogállást csak akkor említjük, ha lényeges és megerősített.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = Első nap: csatornáinkat moderáljuk, a gyűlöletkeltő bejegyzéseket dokumentáljuk.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = Első nap: felvettük a kapcsolatot a célponttá vált emberekkel, és megkérdeztük, mire van szükségük.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = Utána: lakossági fórumot tartunk, betartjuk az ígéreteinket, és felülvizsgáljuk a tervet.
# Context: heading
resources-h-8c0c387f3679ae79 = Átmeneti közlemény
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = Ezt a rövid első üzenetet az első órán belül tegye közzé, de előtte minden tényt ellenőrizzen.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = Amit tudunk: csak megerősített tények, időponttal
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = Együttérzésünk az áldozatokkal és az érintettekkel
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = Mit teszünk, és kikkel
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = Mikor és hol jelenik meg a következő tájékoztatás
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = Felhívás nyugalomra és kölcsönös tiszteletre
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Kapcsolattartó újságírók számára
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
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__ (Cáfolási kézikönyv), Stephan Lewandowsky és más kutatók munkája arról, hogyan lehet helyreigazítani a hamis állításokat.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __Az Európa Tanács Interkulturális városok programja__ (Intercultural Cities), kézikönyvével és a sokszínűséggel kapcsolatos szóbeszédek cáfolásáról szóló útmutatóival.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = A honlapok változnak. Ha egy oldal elköltözött, keressen rá a szervezet nevére és a dokumentum címére. Mindig ellenőrizze a felhasznált adatok dátumát.
# Context: heading
resources-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Nyomtassa ki az egyoldalas kampánytervet, és töltsék ki a következő partnertalálkozón.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Tegye a rendezvényekre vonatkozó ellenőrzőlistát és a hozzájárulási nyilatkozatot mindazok mappájába, akik nyilvános tevékenységeket szerveznek.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Ossza meg a tapasztalatait egy másik településsel. A jó gyakorlatok cseréje a { -local-communities } között a { -clarinet } középpontjában állt – és ez az Ön kezében folytatódhat.
