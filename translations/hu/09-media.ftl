# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Együttműködés a médiával és a közösségi médiával
# Context: heading
media-h-2cf19668a799d0f4 = A helyi média számít
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = A helyi újságok, rádiók és hírportálok alakítják, hogyan látja magát egy település. Azok a lakosok, akik nem bíznak az országos médiában, gyakran még mindig követik a helyit. Ha a helyi média méltányosan és személyesen tudósít az újonnan érkezőkről, többet tesz az { -integration } ügyéért, mint sok hivatalos kampány.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Az újságírók nyomás alatt dolgoznak, és gyakran keveset tudnak a menekültügyről és a migrációról. A legtöbbjük pontosan szeretné megírni a történetet – segítsen nekik ebben.
# Context: heading
media-h-b0c52e0dd89cea9f = Együttműködés az újságírókkal
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Legyen elérhető.__ Jelöljön ki egy kapcsolattartót a migrációval kapcsolatos kérdésekre, és gondoskodjon róla, hogy az újságírók tudják, ki az. Egy gyors, őszinte válasz megelőzi, hogy a cikk szóbeszédre épüljön.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Legyen pontos.__ A tényeket forrással és dátummal együtt adja meg. Ha valamit nem tud, mondja meg, és ígérje meg, hogy utánanéz.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Ne csak nyilatkozatokat kínáljon, hanem történeteket is.__ Javasoljon egy vállalkozást vezető újonnan érkezőt, egy tanárt, akinek megváltozott az osztálya, egy régóta segítő önkéntest, akinek sok emléke van – mindig az érintettek hozzájárulásával.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Ossza meg a fogalomtárat.__ Egy barátságos levél a [fogalomtárral](03-words.md#glossary) segít az újságíróknak a helyes szavakat használni.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Javítson udvariasan.__ Ha egy tudósítás hibákat tartalmaz, keresse meg az újságírót vagy a szerkesztőt a helyes tényekkel. A legtöbb szerkesztőség jobban szereti a csendes helyesbítést, mint a nyilvános vitát.
# Context: paragraph in “Working with journalists”
media-p-ee59cd03b8c78b09 = Egyes települések évente egyszer-kétszer kötetlen találkozót tartanak a helyi újságírók, az önkormányzati munkatársak, a civil szervezetek és az újonnan érkezők részvételével, sajtóközlemény és napirend nélkül, csak hogy megismerjék egymást. Ezek a kapcsolatok akkor segítenek, ha váratlanul rossz hír érkezik.
# Context: heading
media-h-66b70c05fee0e1a8 = Történetek, fényképek és személyes adatok
# Context: paragraph in “Stories, photos and personal data”
media-p-febd1ccc2abcabaa = A valódi történetek és fényképek életet visznek egy kampányba, de veszélybe is sodorhatják az embereket. Mielőtt bárki nevét, arcát vagy történetét közzéteszi, vagy interjúra javasolja, ellenőrizze az alábbiakat.
# Context: paragraph in “Stories, photos and personal data”
media-p-4ac040ee8a52eec6 = __A hozzájárulás párbeszéd.__ Magyarázza el, mire szolgál az anyag, hol jelenik meg, meddig őrzi meg, és ki használhatja még. Kínáljon választási lehetőségeket: csak keresztnév, arc nélkül, megváltoztatott helyszín, vagy egyáltalán nincs történet. Szükség esetén vegyen igénybe tolmácsot, és adjon időt a gondolkodásra. A választ rögzítse a [10. fejezetben található hozzájárulási nyilatkozaton](10-resources.md#consent-form). Minden új felhasználáshoz kérje újra a hozzájárulást: aki beleegyezett, hogy egy fesztiválon lefényképezzék, még nem egyezett bele, hogy plakáton szerepeljen.
# Context: paragraph in “Stories, photos and personal data”
media-p-03c775c5fe8ee0f9 = __A nemet mondásnak szabadnak kell lennie.__ Az { -newcomers } közül sokan lakhatás, pénz vagy tanácsadás tekintetében az önkormányzattól vagy egy civil szervezettől függenek. Mondja ki világosan, írásban is, hogy az elutasítás semmilyen szolgáltatást vagy támogatást nem érint.
# Context: paragraph in “Stories, photos and personal data”
media-p-bef7b3f0cdbeea9c = __Az ember meggondolhatja magát.__ Az általános adatvédelmi rendelet (GDPR) szerint a hozzájárulás bármikor visszavonható[^gdpr]. Ekkor le kell állítania az újabb felhasználásokat, és el kell távolítania, amit lehet, például az online bejegyzéseket. A nyomtatott könyveket, plakátokat, falfestményeket és adásokat nem lehet visszavonni, ezért erről még a hozzájárulás előtt tájékoztassa az érintetteket.
# Context: paragraph in “Stories, photos and personal data”
media-p-52b772917dd6726d = __A menekültüggyel összefüggő kockázatok.__ Amíg a menekültügyi eljárás folyamatban van, egy olyan nyilvános történet, amely akár apró részletekben is eltér a menekültügyi meghallgatáson elmondottaktól, felhasználható az illető hitelességének megkérdőjelezésére. A nevet vagy az arcot azok is felismerhetik, akik elől az illető elmenekült, és ez a rokonait is veszélybe sodorhatja. Kétség esetén hagyja ki a nevet, az arcot és az út történetét.
# Context: paragraph in “Stories, photos and personal data”
media-p-df02d5bda2541038 = __Gyerekek.__ Gyermek esetében a szülő, kísérő nélküli kiskorúnál pedig a hatóságok által kirendelt gyám hozzájárulása szükséges. Magát a gyermeket is kérdezze meg, és tartsa tiszteletben, ha nemet mond. Az UNICEF gyermekekről szóló tudósításokra vonatkozó irányelvei azt tanácsolják, hogy a menekült vagy menedékkérő gyermekek nevét változtassák meg, és személyazonosságukat rejtsék el, ha fennáll az ártalom veszélye.
# Context: paragraph in “Stories, photos and personal data”
media-p-6d657eceb5dd360e = __Személyes adatok.__ Egy felismerhető személyről készült fénykép, videó vagy történet személyes adatnak minősül. Kampány esetén az adatkezelés jogalapja általában a hozzájárulás (a GDPR 6. cikke). Az etnikai származás, a vallás, a politikai vélemény és az egészségi állapot a személyes adatok „különleges kategóriáiba” tartozik, ezekhez kifejezett hozzájárulás kell (9. cikk). Állapodjanak meg arról, ki őrzi az anyagot, meddig és kinek adható át, és a határidő leteltével töröljék. Minden közigazgatási szervnek van adatvédelmi tisztviselője (37. cikk): még a kampány indulása előtt kérjen tőle tanácsot.
# Context: heading
media-h-b904a77155606517 = Közösségi média
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = A közösségi médián keresztül a települések közvetlenül, gyorsan és olcsón szólhatnak a lakosokhoz, de a szóbeszédet és az ellenségeskedést is minden más csatornánál gyorsabban terjeszti. Néhány alapelv segít:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Rendszeresen posztoljon, ne csak válsághelyzetben.__ A hétköznapi történetek folyamatos áramlása olyan közönséget épít, amely már ismeri Önt és megbízik Önben, mielőtt valami nehéz helyzet adódik.
# Context: list item in “Social media”
media-li-4996cbe7525622a8 = __Írjon moderálási szabályzatot__, és tegye közzé. Írja le, milyen hozzászólásokat távolít el – például a sértéseket, a fenyegetéseket és a { -hate-speech } minden formáját –, és alkalmazza a szabályt mindenkire. Mintaszabályzatot a [10. fejezetben](10-resources.md#moderation-policy) talál.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderáljon aktívan__, különösen a bejegyzés utáni első órákban. Rejtse el vagy törölje a szabályait sértő hozzászólásokat, az őszinte kérdésekre pedig tényekkel válaszoljon.
# Context: heading
media-h-588bc7bba18e6775 = A félretájékoztatás ellensúlyozása
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = A migrációról szóló hamis állítások könnyen terjednek, mert a félelemre apellálnak. Tipikus példák azok az állítások, hogy az újonnan érkezők több juttatást kapnak, mint a helyi lakosok, vagy hogy egy bűncselekményt „egy migráns” követett el, holott nem így volt.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Reagáljon gyorsan__, megbízható forrásból származó pontos információval. Minél tovább kering egy szóbeszéd válasz nélkül, annál nehezebb helyesbíteni.
# Context: list item in “Countering misinformation”
media-li-daefe32337bed2e2 = __Kezdje az igazsággal.__ Először a tényt közölje. Jelezze, hogy egy hamis állítás következik, említse meg egyszer, és magyarázza el, miért téves. Aztán ismételje meg a tényt. Ne ismételje meg a hamis állítást címben.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Használjon hiteles üzenetvivőket.__ Egy helyi orvos, iskolaigazgató vagy rendőr meggyőzőbb lehet, mint az önkormányzat vagy egy civil szervezet.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Az aggodalomra reagáljon, ne csak a tévedésre.__ Sok szóbeszéd mögött valódi aggodalom húzódik meg a lakhatás, a biztonság vagy a méltányosság miatt. Vegye komolyan ezt az aggodalmat.
# Context: paragraph in “Countering misinformation”
media-p-e0d4434c5c5a3e07 = Ne vitatkozzon vég nélkül néhány nagyon aktív fiókkal. Az Ön közönsége az a nagyobb csoport, amely csendben olvas. Adjon nekik egyszer világos, higgadt és tényszerű választ, aztán lépjen tovább.
# Context: heading
media-h-b46fce82289f0239 = Válasz a gyűlöletbeszédre
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = A gyűlöletbeszéd az embereket puszta identitásuk miatt támadja. Árt azoknak, akiket célba vesz, megfélemlít másokat, és ha válasz nélkül marad, normálisnak tünteti fel az ellenségeskedést. Az uniós tagállamokban bűncselekménynek minősül a faj, bőrszín, vallás, származás, nemzeti vagy etnikai hovatartozás alapján meghatározott csoport elleni erőszakra vagy gyűlöletre való nyilvános uszítás[^framework]. Sok gyűlöletkeltő tartalom ez alatt a küszöb alatt marad, de így is sérti a platformok szabályait és a tisztességes nyilvános vita normáit.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Mit tehetnek a helyi szereplők?
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentálja__ a gyűlöletkeltő bejegyzéseket képernyőképekkel, dátumokkal és linkekkel, mielőtt eltűnnének.
# Context: list item in “Responding to hate speech”
media-li-f2acff311f7febe1 = __Jelentse__ őket a platformnak a bejelentési űrlapján keresztül, és ha jogellenesek lehetnek, a rendőrségnek vagy az országos esélyegyenlőségi szervnek. A digitális szolgáltatásokról szóló rendelet értelmében a platformoknak intézkedniük kell a jogellenes tartalmakról szóló bejelentések alapján. Az elismert „megbízható bejelentők” – gyakran civil szervezetek – bejelentéseit elsőbbséggel kell kezelni[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Támogassa__ a megtámadott embereket. Keresse meg őket személyesen, kérdezze meg, mire van szükségük, és mutassa meg nyilvánosan, hogy a közösség kiáll mellettük.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Válaszoljon__ egy köztiszteletben álló személy világos nyilvános üzenetével: a gyűlöletnek nincs helye a településünkön.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Ne erősítse fel.__ Kerülje a gyűlöletkeltő szavak teljes idézését, és soha ne ossza meg őket csak azért, hogy elítélje őket.
# Context: heading
media-h-3473df0a167dab12 = Ha baj történik: az első 72 óra
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-05d0c31aa30431da = Amit az első órákban mond, az hetekre meghatározza a történetet. Döntse el már most, ki nyilatkozik, ki ellenőrzi a tényeket, és ki figyeli a közösségi médiát. Ha történik valami, először ellenőrizze a tényeket. Fejezze ki együttérzését az áldozatokkal, és soha ne hibáztasson egy egész csoportot egyetlen ember tettéért. Mondja meg, mikor ad legközelebb tájékoztatást, és védje meg azokat, akik célponttá váltak.
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-38397186eb8f8217 = Az [első 72 óra ellenőrzőlistáját](10-resources.md#crisis-checklist) és egy átmeneti közlemény sablonját a 10. fejezetben találja.
# Context: heading
media-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Jelöljön ki egy médiakapcsolattartót a migrációval kapcsolatos kérdésekre, és tájékoztassa erről a helyi újságírókat.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Küldje el a helyi szerkesztőknek a fogalomtárat, és ajánljon fel egy találkozót.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Írjon és tegyen közzé moderálási szabályzatot a közösségimédia-csatornái számára.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Írja össze a településén a migrációról keringő három leggyakoribb szóbeszédet, és készítsen mindegyikre rövid, forrásokkal alátámasztott választ.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = A fenti lépések alapján egyezzen meg a partnereivel egy, a gyűlöletbeszédre adandó válaszokat rögzítő tervben.
# Context: list item in “What you can do”
media-li-813dc440a3f3bf16 = Jelölje ki, kik cselekszenek egy válság első 72 órájában; ehhez használja a [10. fejezet ellenőrzőlistáját](10-resources.md#crisis-checklist).
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Minden interjú és minden, név szerint megnevezett emberekről szóló bejegyzés előtt használja a [10. fejezet](10-resources.md#media-checklist) ellenőrzőlistáit.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = A rasszizmus és az idegengyűlölet egyes formái és megnyilvánulásai elleni, büntetőjogi eszközökkel történő küzdelemről szóló, 2008. november 28-i 2008/913/IB tanácsi kerethatározat előírja az uniós tagállamoknak, hogy büntessék az ilyen magatartást.
# Context: footnote in “What you can do”
media-fn-abaa73d7e8a24f57 = A digitális szolgáltatásokról szóló rendeletet ((EU) 2022/2065 rendelet) 2024. február 17. óta teljes egészében alkalmazni kell. Előírja, hogy az online platformok tegyék lehetővé a jogellenes tartalmak bejelentését, és intézkedjenek az ilyen bejelentések alapján. A megbízható bejelentő státuszt minden országban a digitális szolgáltatási koordinátor adja meg, az Európai Bizottság pedig listát tesz közzé róluk. 2025 januárjában a 2016-os kódex helyébe lépő, átdolgozott „Magatartási kódex az online jogellenes gyűlöletbeszéd elleni küzdelemről +” bekerült a rendelet keretébe.
# Context: footnote in “What you can do”
media-fn-4725cc01c4c554dd = Az (EU) 2016/679 rendelet, azaz az általános adatvédelmi rendelet (GDPR). A hozzájárulás visszavonásáról a 7. cikk (3) bekezdése rendelkezik.
