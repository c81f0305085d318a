### handbook/chapters/09-media.md — Working with media and social media
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
media-title-fcd99ea0 = Együttműködés a médiával és a közösségi médiával

# Context: heading
media-h-4695ba26 = A helyi média számít

# Context: paragraph in “Local media matter”
media-p-ed4ba42b = A helyi újságok, rádiók és hírportálok alakítják, hogyan látja magát egy település. Azok a lakosok, akik nem bíznak az országos médiában, gyakran még mindig követik a helyit. Ha a helyi média méltányosan és személyesen tudósít az újonnan érkezőkről, többet tesz az { -integration } ügyéért, mint sok hivatalos kampány.

# Context: paragraph in “Local media matter”
media-p-98018864 = Az újságírók nyomás alatt dolgoznak, és gyakran keveset tudnak a menekültügyről és a migrációról. A legtöbbjük pontosan szeretné megírni a történetet – segítsen nekik ebben.

# Context: heading
media-h-9f505be9 = Együttműködés az újságírókkal

# Context: list item in “Working with journalists”
media-li-4149d813 = **Legyen elérhető.** Jelöljön ki egy kapcsolattartót a migrációval kapcsolatos kérdésekre, és gondoskodjon róla, hogy az újságírók tudják, ki az. Egy gyors, őszinte válasz megelőzi, hogy a cikk szóbeszédre épüljön.

# Context: list item in “Working with journalists”
media-li-e9a89348 = **Legyen pontos.** A tényeket forrással és dátummal együtt adja meg. Ha valamit nem tud, mondja meg, és ígérje meg, hogy utánanéz.

# Context: list item in “Working with journalists”
media-li-253ba59d = **Ne csak nyilatkozatokat kínáljon, hanem történeteket is.** Javasoljon egy vállalkozást vezető újonnan érkezőt, egy tanárt, akinek megváltozott az osztálya, egy régóta segítő önkéntest, akinek sok emléke van – mindig az érintettek hozzájárulásával.

# Context: list item in “Working with journalists”
media-li-04438ec3 = **Ossza meg a fogalomtárat.** Egy barátságos levél a [fogalomtárral](03-words.md#glossary) segít az újságíróknak a helyes szavakat használni.

# Context: list item in “Working with journalists”
media-li-89d12571 = **Javítson udvariasan.** Ha egy tudósítás hibákat tartalmaz, keresse meg az újságírót vagy a szerkesztőt a helyes tényekkel. A legtöbb szerkesztőség jobban szereti a csendes helyesbítést, mint a nyilvános vitát.

# Context: paragraph in “Working with journalists”
media-p-9f98ab50 = Egyes települések évente egyszer-kétszer kötetlen találkozót tartanak a helyi újságírók, az önkormányzati munkatársak, a civil szervezetek és az újonnan érkezők részvételével, sajtóközlemény és napirend nélkül, csak hogy megismerjék egymást. Ezek a kapcsolatok akkor térülnek meg, amikor egy nehéz hír kipattan.

# Context: heading
media-h-e76f4d07 = Hozzájárulás és biztonság

# Context: paragraph in “Consent and safety”
media-p-15391ed4 = Mielőtt valakit interjúra javasol, vagy közzéteszi a nevét, fényképét vagy történetét, győződjön meg róla, hogy érti, mi fog történni, és szabadon beleegyezik. Kínáljon lehetőségeket: csak keresztnév, arc nélkül, megváltoztatott helyszín. Azon { -asylum-seekers } számára, akiknek az eljárása még folyamatban van, és mindazok számára, akiknek a családja veszélyben van, a nyilvánosság valódi kockázattal járhat. Gyerekeknél a szülők vagy a törvényes képviselők hozzájárulása szükséges.

# Context: paragraph in “Consent and safety”
media-p-abd3c487 = A hozzájárulás nem egy egyszer aláírt űrlap. Aki beleegyezett, hogy egy fesztiválon lefényképezzék, még nem egyezett bele, hogy egy plakáton szerepeljen. Minden új felhasználáshoz kérje újra.

# Context: heading
media-h-187f95d6 = Közösségi média

# Context: paragraph in “Social media”
media-p-f5b52a23 = A közösségi médián keresztül a települések közvetlenül, gyorsan és olcsón szólhatnak a lakosokhoz, de a szóbeszédet és az ellenségeskedést is minden más csatornánál gyorsabban terjeszti. Néhány alapelv segít:

# Context: list item in “Social media”
media-li-95081235 = **Rendszeresen posztoljon, ne csak válsághelyzetben.** A hétköznapi történetek folyamatos áramlása olyan közönséget épít, amely már ismeri Önt és megbízik Önben, mielőtt valami nehéz helyzet adódik.

# Context: list item in “Social media”
media-li-7d9d5c4e = **Használjon embereket és képeket.** A rövid videók, a fényképek és a lakosok, illetve az újonnan érkezők idézetei messzebbre jutnak, mint a hivatalos közlemények.

# Context: list item in “Social media”
media-li-f9ab12f0 = **Írjon moderálási szabályzatot**, és tegye közzé. Írja le, milyen hozzászólásokat távolít el – például a sértéseket, a fenyegetéseket és a { -hate-speech } minden formáját –, és alkalmazza a szabályt mindenkire.

# Context: list item in “Social media”
media-li-7d4717b6 = **Moderáljon aktívan**, különösen a bejegyzés utáni első órákban. Rejtse el vagy törölje a szabályait sértő hozzászólásokat, az őszinte kérdésekre pedig tényekkel válaszoljon.

# Context: heading
media-h-90e85c6b = A félretájékoztatás ellensúlyozása

# Context: paragraph in “Countering misinformation”
media-p-2fdf63ed = A migrációról szóló hamis állítások könnyen terjednek, mert a félelemre apellálnak. Tipikus példák azok az állítások, hogy az újonnan érkezők több juttatást kapnak, mint a helyi lakosok, vagy hogy egy bűncselekményt „egy migráns” követett el, holott nem így volt.

# Context: list item in “Countering misinformation”
media-li-bdfd4e77 = **Reagáljon gyorsan**, megbízható forrásból származó pontos információval. Minél tovább kering egy szóbeszéd válasz nélkül, annál nehezebb helyesbíteni.

# Context: list item in “Countering misinformation”
media-li-c55bbe8d = **Kezdje az igazsággal.** Először a tényeket közölje, a hamis állítást csak röviden említse meg, és magyarázza el, miért téves. Ne ismételje meg a hamis állítást címben.

# Context: list item in “Countering misinformation”
media-li-d0544131 = **Használjon hiteles üzenetvivőket.** Egy helyi orvos, iskolaigazgató vagy rendőr meggyőzőbb lehet, mint az önkormányzat vagy egy civil szervezet.

# Context: list item in “Countering misinformation”
media-li-a1c75a9d = **Az aggodalomra reagáljon, ne csak a tévedésre.** Sok szóbeszéd mögött valódi aggodalom húzódik meg a lakhatás, a biztonság vagy a méltányosság miatt. Vegye komolyan ezt az aggodalmat.

# Context: paragraph in “Countering misinformation”
media-p-737ffce4 = Ne vitatkozzon vég nélkül néhány hangos fiókkal. Az Ön közönsége az a nagyobb csoport, amely csendben olvas. Adjon nekik egyszer világos, higgadt és tényszerű választ, aztán lépjen tovább.

# Context: heading
media-h-72d5faae = Válasz a gyűlöletbeszédre

# Context: paragraph in “Responding to hate speech”
media-p-866067f1 = A gyűlöletbeszéd az embereket puszta identitásuk miatt támadja. Árt azoknak, akiket célba vesz, megfélemlít másokat, és ha válasz nélkül marad, normálisnak tünteti fel az ellenségeskedést. Az uniós tagállamokban bűncselekménynek minősül a faj, bőrszín, vallás, származás, nemzeti vagy etnikai hovatartozás alapján meghatározott csoport elleni erőszakra vagy gyűlöletre való nyilvános uszítás[^framework]. Sok gyűlöletkeltő tartalom ez alatt a küszöb alatt marad, de így is sérti a platformok szabályait és a tisztességes nyilvános vita normáit.

# Context: paragraph in “Responding to hate speech”
media-p-ba11ef43 = Mit tehetnek a helyi szereplők?

# Context: list item in “Responding to hate speech”
media-li-89f53a7c = **Dokumentálja** a gyűlöletkeltő bejegyzéseket képernyőképekkel, dátumokkal és linkekkel, mielőtt eltűnnének.

# Context: list item in “Responding to hate speech”
media-li-17b53766 = **Jelentse** őket a platformnak, és ha jogellenesek lehetnek, a rendőrségnek vagy az országos esélyegyenlőségi szervnek. A nagy platformok vállalták, hogy a jogellenes gyűlöletbeszédről szóló bejelentéseket gyorsan felülvizsgálják[^code-of-conduct].

# Context: list item in “Responding to hate speech”
media-li-9bc0c9c1 = **Támogassa** a megtámadott embereket. Keresse meg őket személyesen, kérdezze meg, mire van szükségük, és mutassa meg nyilvánosan, hogy a közösség kiáll mellettük.

# Context: list item in “Responding to hate speech”
media-li-a1df97f0 = **Válaszoljon** egy köztiszteletben álló személy világos nyilvános üzenetével: a gyűlöletnek nincs helye a településünkön.

# Context: list item in “Responding to hate speech”
media-li-ed818970 = **Ne erősítse fel.** Kerülje a gyűlöletkeltő szavak teljes idézését, és soha ne ossza meg őket csak azért, hogy elítélje őket.

# Context: paragraph in “Responding to hate speech”
media-p-f2322ab3 = Még mielőtt bármi történne, egyezzen meg a partnereivel egy válaszadási tervben: ki figyeli a tartalmakat, ki jelenti őket, ki szólal meg nyilvánosan, és ki támogatja a megtámadott embereket. Egy nehéz pillanatban egy ilyen terv órákat takarít meg.

# Context: heading
media-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
media-li-f34faced = Jelöljön ki egy médiakapcsolattartót a migrációval kapcsolatos kérdésekre, és tájékoztassa erről a helyi újságírókat.

# Context: list item in “What you can do”
media-li-0ce914bb = Küldje el a helyi szerkesztőknek a fogalomtárat, és ajánljon fel egy találkozót.

# Context: list item in “What you can do”
media-li-7d115350 = Írjon és tegyen közzé moderálási szabályzatot a közösségimédia-csatornái számára.

# Context: list item in “What you can do”
media-li-3cc65306 = Írja össze a településén a migrációról keringő három leggyakoribb szóbeszédet, és készítsen mindegyikre rövid, forrásokkal alátámasztott választ.

# Context: list item in “What you can do”
media-li-f2d11a94 = A fenti lépések alapján egyezzen meg a partnereivel egy, a gyűlöletbeszédre adandó válaszokat rögzítő tervben.

# Context: list item in “What you can do”
media-li-14a59d9e = Minden interjú és minden, név szerint megnevezett emberekről szóló bejegyzés előtt használja a [10. fejezet](10-resources.md#media-checklist) ellenőrzőlistáit.

# Context: footnote in “What you can do”
media-fn-a81b8ed3 = A rasszizmus és az idegengyűlölet egyes formái és megnyilvánulásai elleni, büntetőjogi eszközökkel történő küzdelemről szóló, 2008. november 28-i 2008/913/IB tanácsi kerethatározat előírja az uniós tagállamoknak, hogy büntessék az ilyen magatartást.

# Context: footnote in “What you can do”
media-fn-0a56f36d = 2016-ban az Európai Bizottság és több nagy online platform magatartási kódexet fogadott el az online jogellenes gyűlöletbeszéd elleni küzdelemről, amelyben a platformok vállalták, hogy a megalapozott bejelentések többségét 24 órán belül felülvizsgálják.
