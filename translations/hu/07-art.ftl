# handbook/chapters/07-art.md — Art as a bridge
# Its translations into `hu`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
art-title-45039b411d0caa01 = A művészet mint híd
# Context: heading
art-h-bf689b76e15a14e5 = Miért a művészet?
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Vannak beszélgetések, amelyeket nehéz tényekkel elkezdeni. Azt a lakost, aki nyugtalan az újonnan érkezők miatt, talán nem hatja meg egy statisztika, de megállhat egy fénykép előtt, vagy azon kaphatja magát, hogy egy kórusban egy idegen mellett énekel. A művészet az érzelmekhez és a képzelethez szól, és olyan közös élményeket teremt, amelyekhez nincs szükség közös nyelvre.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = A művészet abban is segíthet, hogy az újonnan érkezők a saját feltételeik szerint hallassák a hangjukat. Az a festő, zenész vagy költő, aki érkezésekor { -refugee } volt, mindenekelőtt művész. Amikor a munkáit a település galériájában állítják ki, vagy a főterén adják elő, a lakosok alkotóként találkoznak vele, nem pedig esetként.
# Context: heading
art-h-c48b4dd9328ee3dd = Az alkotói rezidenciák
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = Ezért a { -clarinet } fő tevékenységei között nyolc alkotói rezidencia is szerepelt. A rezidencia során egy művész egy ideig egy adott helyen él, megismeri az ottaniakat, és olyan műveket hoz létre, amelyek arra reagálnak, amit ott talál.
# Context: paragraph in “The artist residencies”
art-p-df1afe87446b083c = Egy, a migrációról és az { -integration } kérdéseiről szóló projektben a rezidencia külső szemmel nézi a helyi történetet. Alkalmat teremt a lakosok és az újonnan érkezők találkozására. Olyan képeket és történeteket is létrehoz, amelyek egy helyi kampányt is táplálhatnak, ahogyan azt az [5. fejezet](05-campaign.md#channels) leírja.
# Context: heading
art-h-accc89a69dade98c = Milyen formát ölthet egy rezidencia?
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = Nincs egyetlen modell. A művésztől és a településtől függően egy rezidenciából születhet:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = portré- vagy fotósorozat a régi és új lakosokról, közterületen kiállítva;
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = a környékbeli fiatalokkal közösen festett falfestmény;
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = színdarab, amely a településre érkezett emberekkel és az őket befogadókkal készült interjúkból születik;
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = zenemű vagy kórus, amely a településen beszélt nyelvek dalait hozza össze;
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = film vagy videó, amelyet az interneten megosztanak, és egy helyi rendezvényen levetítenek.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = A legemlékezetesebb közösségi művészeti projektek részvételen alapulnak: a művész nemcsak ábrázolja az embereket, hanem *velük együtt* dolgozik. Azok a lakosok és újonnan érkezők, akik segítenek megfesteni egy falképet vagy fellépnek egy darabban, továbbviszik az élményt – és az üzenetet – a családjukba és a munkahelyükre.
# Context: heading
art-h-9424f6ae4ab34752 = Egy rezidencia megtervezése
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Határozza meg a célt.__ Mit remél, mit változtat meg vagy mit nyit meg a rezidencia a településén? Kapcsolja a kampánya céljához.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Válassza ki gondosan a művészt.__ Olyasvalakit keressen, akinek van tapasztalata a közösségi munkában, és tiszteli az emberek történeteit. Egy maga is migrációs hátterű művész különleges rálátást hozhat, de ez nem feltétel.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Készítse elő a terepet.__ Még a rezidencia kezdete előtt mutassa be a művészt az iskoláknak, a civil szervezeteknek, a művelődési házaknak és az újonnan érkezők csoportjainak.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Egyezzenek meg a gyakorlati kérdésekben:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = a tartózkodás időtartama, a szállás és a munkahely;
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = a díjazás és az anyagok;
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = kié lesz a mű, és hol mutatják be;
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = hogyan tüntetik fel a művész, a résztvevők és a partnerek közreműködését.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Tervezze meg a nyilvános pillanatot.__ Egy megnyitó, egy előadás vagy egy vetítés közönséget ad a műnek, és okot ad a médiának a tudósításra.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Tartsa életben a művet.__ Döntse el, hová kerül utána a mű: állandó helyre, vándorkiállításra vagy online archívumba.
# Context: heading
art-h-2abddb21c6f312dc = Gondoskodás és hozzájárulás
# Context: paragraph in “Care and consent”
art-p-d63839e7a7821d9c = A migrációról szóló művészet az emberek életét, olykor a sebeiket érinti. Kövesse a [9. fejezetben](09-media.md#consent) leírt lépéseket, és még a hozzájárulásuk előtt mondja el a résztvevőknek, hogy egy falfestményt vagy nyomtatott művet később nem lehet visszavonni.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Kérdezze meg a résztvevőket, mit szeretnének megmutatni magukról. Sokan, akik elmenekültek otthonukból, belefáradtak abba, hogy csak a menekülésükön keresztül látják őket. Lehet, hogy szívesebben osztanak meg egy tudást, egy kedvenc dalt vagy egy álmot, amelyet a gyerekeiknek szánnak.
# Context: heading
art-h-f42148c5762e904b = Mit tehet Ön?
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Kérdezze meg a helyi művelődési házat, könyvtárat vagy galériát, vállalnának-e egy kis közösségi művészeti projektet a településen való együttélésről.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Derítse ki, mely migrációs hátterű művészek élnek már a környékén, és hívja meg egyiküket, hogy mutassa be a munkáit.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = A hozzájárulás és a közreműködők feltüntetésének kérdéseit az első műhelyfoglalkozás előtt tervezze meg, ne utána.
