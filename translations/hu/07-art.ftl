### handbook/chapters/07-art.md — Art as a bridge
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
art-title-a27bef2e = A művészet mint híd

# Context: heading
art-h-71958faf = Miért a művészet?

# Context: paragraph in “Why art”
art-p-4fb73adc = Vannak beszélgetések, amelyeket nehéz tényekkel elkezdeni. Azt a lakost, aki nyugtalan az újonnan érkezők miatt, talán nem hatja meg egy statisztika, de megállhat egy fénykép előtt, vagy azon kaphatja magát, hogy egy kórusban egy idegen mellett énekel. A művészet az érzelmekhez és a képzelethez szól, és olyan közös élményeket teremt, amelyekhez nincs szükség közös nyelvre.

# Context: paragraph in “Why art”
art-p-10ee4e1b = A művészet abban is segíthet, hogy az újonnan érkezők a saját feltételeik szerint hallassák a hangjukat. Az a festő, zenész vagy költő, aki érkezésekor { -refugee } volt, mindenekelőtt művész. Amikor a munkáit a település galériájában állítják ki, vagy a főterén adják elő, a lakosok alkotóként találkoznak vele, nem pedig esetként.

# Context: heading
art-h-4295e1fa = Az alkotói rezidenciák

# Context: paragraph in “The artist residencies”
art-p-abda5cd6 = Ezért a { -clarinet } fő tevékenységei között nyolc alkotói rezidencia is szerepelt. A rezidencia során egy művész egy ideig egy adott helyen él, megismeri az ottaniakat, és olyan műveket hoz létre, amelyek arra reagálnak, amit ott talál.

# Context: paragraph in “The artist residencies”
art-p-b6dad034 = Egy, a migrációról és az { -integration } kérdéseiről szóló projektben a rezidencia külső szemmel nézi a helyi történetet, alkalmat teremt a lakosok és az újonnan érkezők találkozására, és olyan képeket és történeteket hoz létre, amelyek egy helyi kampányt is táplálhatnak, ahogyan azt az [5. fejezet](05-campaign.md#channels) leírja.

# Context: heading
art-h-75313851 = Milyen formát ölthet egy rezidencia?

# Context: paragraph in “Forms a residency can take”
art-p-057f81d2 = Nincs egyetlen modell. A művésztől és a településtől függően egy rezidenciából születhet:

# Context: list item in “Forms a residency can take”
art-li-33ae8005 = portré- vagy fotósorozat a régi és új lakosokról, közterületen kiállítva;

# Context: list item in “Forms a residency can take”
art-li-010bfb4f = a környékbeli fiatalokkal közösen festett falfestmény;

# Context: list item in “Forms a residency can take”
art-li-11c4cc91 = színdarab, amely a településre érkezett emberekkel és az őket befogadókkal készült interjúkból születik;

# Context: list item in “Forms a residency can take”
art-li-1b9a8ba5 = zenemű vagy kórus, amely a településen beszélt nyelvek dalait hozza össze;

# Context: list item in “Forms a residency can take”
art-li-48ddae23 = film vagy videó, amelyet az interneten megosztanak, és egy helyi rendezvényen levetítenek.

# Context: paragraph in “Forms a residency can take”
art-p-5bfc8c9c = A legemlékezetesebb közösségi művészeti projektek részvételen alapulnak: a művész nemcsak ábrázolja az embereket, hanem *velük együtt* dolgozik. Azok a lakosok és újonnan érkezők, akik segítenek megfesteni egy falképet vagy fellépnek egy darabban, továbbviszik az élményt – és az üzenetet – a családjukba és a munkahelyükre.

# Context: heading
art-h-4c6c13c5 = Egy rezidencia megtervezése

# Context: list item in “Planning a residency”
art-li-491ac265 = **Határozza meg a célt.** Mit remél, mit változtat meg vagy mit nyit meg a rezidencia a településén? Kapcsolja a kampánya céljához.

# Context: list item in “Planning a residency”
art-li-08f59116 = **Válassza ki gondosan a művészt.** Olyasvalakit keressen, akinek van tapasztalata a közösségi munkában, és tiszteli az emberek történeteit. Egy maga is migrációs hátterű művész különleges rálátást hozhat, de ez nem feltétel.

# Context: list item in “Planning a residency”
art-li-f1f71666 = **Készítse elő a terepet.** Még a rezidencia kezdete előtt mutassa be a művészt az iskoláknak, a civil szervezeteknek, a művelődési házaknak és az újonnan érkezők csoportjainak.

# Context: list item in “Planning a residency”
art-li-4a7b2eab = **Egyezzenek meg a gyakorlati kérdésekben:**

# Context: list item in “Planning a residency”
art-li-f605eb2d = a tartózkodás időtartama, a szállás és a munkahely;

# Context: list item in “Planning a residency”
art-li-82a04b0f = a díjazás és az anyagok;

# Context: list item in “Planning a residency”
art-li-4533264e = kié lesz a mű, és hol mutatják be;

# Context: list item in “Planning a residency”
art-li-22b1f9fb = hogyan tüntetik fel a művész, a résztvevők és a partnerek közreműködését.

# Context: list item in “Planning a residency”
art-li-9a0b6080 = **Tervezze meg a nyilvános pillanatot.** Egy megnyitó, egy előadás vagy egy vetítés közönséget ad a műnek, és okot ad a médiának a tudósításra.

# Context: list item in “Planning a residency”
art-li-47393a47 = **Tartsa életben a művet.** Döntse el, hová kerül utána a mű: állandó helyre, vándorkiállításra vagy online archívumba.

# Context: heading
art-h-1a29bf92 = Gondoskodás és hozzájárulás

# Context: paragraph in “Care and consent”
art-p-9c4332f4 = A migrációról szóló művészet az emberek életét, olykor a sebeiket érinti. A résztvevőknek tudniuk kell, mire szolgál a mű, hol mutatják be, és hogyan jelennek meg benne, és szabadon nemet kell tudniuk mondani. Különösen figyeljen a gyerekekre, azokra, akiknek a menekültügyi eljárása még folyamatban van, és mindenkire, akinek a rokonai veszélyben lehetnek.

# Context: paragraph in “Care and consent”
art-p-5b484bf2 = Kérdezze meg a résztvevőket, mit szeretnének megmutatni magukról. Sokan, akik elmenekültek otthonukból, belefáradtak abba, hogy csak a menekülésükön keresztül látják őket. Lehet, hogy szívesebben osztanak meg egy tudást, egy kedvenc dalt vagy egy álmot, amelyet a gyerekeiknek szánnak.

# Context: heading
art-h-9353605e = Mit tehet Ön?

# Context: list item in “What you can do”
art-li-e33db8cf = Kérdezze meg a helyi művelődési házat, könyvtárat vagy galériát, vállalnának-e egy kis közösségi művészeti projektet a településen való együttélésről.

# Context: list item in “What you can do”
art-li-b2f11daf = Derítse ki, mely migrációs hátterű művészek élnek már a környékén, és hívja meg egyiküket, hogy mutassa be a munkáit.

# Context: list item in “What you can do”
art-li-2e53660e = A hozzájárulás és a közreműködők feltüntetésének kérdéseit az első műhelyfoglalkozás előtt tervezze meg, ne utána.
