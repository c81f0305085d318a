### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
award-title-6d9dce07 = Evropska nagrada za lokalne kampanje

# Context: heading
award-h-eaededca = Zakaj nagrada

# Context: paragraph in “Why an award”
award-p-8d01512c = Veliko dobrih lokalnih kampanj ostane neznanih zunaj kraja, v katerem so potekale. Nagrada je preprost način, da jih odkrijemo, se zahvalimo ljudem, ki stojijo za njimi, in delimo njihove zamisli.

# Context: paragraph in “Why an award”
award-p-56f46ba6 = Prva dejavnost projekta { -clarinet } je bil razpis za „Evropsko nagrado za lokalne javne kampanje ozaveščanja o migracijah in integraciji“. Služil je prvemu in tretjemu cilju projekta: prepoznati in spodbujati dobro prakso, ki jo { -local-communities } razvijajo v javnem komuniciranju o migracijah in vključevanju { -migrants(case: "gen") }, ter spodbujati izmenjavo te prakse po vsej Evropski uniji.

# Context: heading
award-h-9e7328f0 = Kako poteka razpis

# Context: paragraph in “How a call works”
award-p-d2cac224 = Ne glede na natančna pravila razpis za tovrstno nagrado običajno poteka v enakih fazah.

# Context: list item in “How a call works”
award-li-10c6414b = **Objava.** Organizatorji objavijo razpis: kdo se lahko prijavi, katere kampanje so upravičene, rok in merila.

# Context: list item in “How a call works”
award-li-0fe93a82 = **Prijave.** Prijavitelji opišejo svojo kampanjo, običajno na obrazcu, in priložijo dokazila, kot so slike, medijski odzivi in rezultati.

# Context: list item in “How a call works”
award-li-8feab185 = **Preverjanje upravičenosti.** Organizatorji preverijo, ali vsaka prijava izpolnjuje formalne pogoje.

# Context: list item in “How a call works”
award-li-ee883a18 = **Ocenjevanje.** Žirija oceni upravičene prijave na podlagi objavljenih meril.

# Context: list item in “How a call works”
award-li-24c0cef2 = **Odločitev in podelitev.** Zmagovalci so razglašeni, najbolje na javnem dogodku, ki jim zagotovi prepoznavnost.

# Context: list item in “How a call works”
award-li-c59869f9 = **Deljenje.** Najboljše prijave se predstavijo drugim, da se lahko iz njih učijo drugi kraji.

# Context: paragraph in “How a call works”
award-p-b9d6d022 = Uradno besedilo razpisa vedno natančno preberite. To poglavje opisuje, kako taki razpisi na splošno potekajo in kaj žirije običajno iščejo; natančna pravila, pogoje upravičenosti in merila posamezne nagrade pa določijo njeni organizatorji.

# Context: heading
award-h-d32f26f8 = Merila

# Context: paragraph in “Criteria”
award-p-528cc0d5 = Za evropsko nagrado za lokalne kampanje o migracijah in integraciji so značilna naslednja merila. Z njimi lahko ocenite tudi svojo kampanjo.

# Context: table cell in “Criteria”
award-cell-a6c7b3a4 = Merilo

# Context: table cell in “Criteria”
award-cell-335ca615 = Vprašanje, ki si ga zastavi žirija

# Context: table cell in “Criteria”
award-cell-02d2fe76 = Ustreznost

# Context: table cell in “Criteria”
award-cell-82af7a5e = Ali se kampanja odziva na resnično lokalno potrebo ali razmere?

# Context: table cell in “Criteria”
award-cell-eb986388 = Jasnost ciljev

# Context: table cell in “Criteria”
award-cell-69c460ea = Ali je kampanja vedela, kaj želi spremeniti in za koga?

# Context: table cell in “Criteria”
award-cell-7e3a2476 = Sodelovanje

# Context: table cell in “Criteria”
award-cell-d878f080 = Ali so bili novi prebivalci in prebivalci vključeni v njeno zasnovo in izvedbo?

# Context: table cell in “Criteria”
award-cell-4d821f29 = Kakovost sporočila

# Context: table cell in “Criteria”
award-cell-34cc5209 = Ali je bilo sporočilo natančno, spoštljivo, lokalno in takšno, da si ga zapomnimo?

# Context: table cell in “Criteria”
award-cell-134c2a8d = Ustvarjalnost

# Context: table cell in “Criteria”
award-cell-c051de15 = Ali je kampanja našla svež način, kako doseči svoje občinstvo?

# Context: table cell in “Criteria”
award-cell-f19d7075 = Partnerstvo

# Context: table cell in “Criteria”
award-cell-d0946624 = Ali je povezala različne lokalne akterje?

# Context: table cell in “Criteria”
award-cell-424cc635 = Rezultati

# Context: table cell in “Criteria”
award-cell-c03c1a74 = Ali obstajajo dokazi o dosegu in spremembi, o katerih je pošteno poročano?

# Context: table cell in “Criteria”
award-cell-22c552ef = Prenosljivost

# Context: table cell in “Criteria”
award-cell-bdc3355e = Ali bi se drug kraj lahko iz nje učil in jo prilagodil?

# Context: heading
award-h-6dfa441f = Kaj je skupno dobrim prijavam

# Context: paragraph in “What good entries share”
award-p-a5e0e337 = Zmagovalne kampanje pogosto niso največje ali najdražje. Dobre prijave imajo navadno te značilnosti:

# Context: list item in “What good entries share”
award-li-8db72d19 = **Jasna lokalna zgodba.** Prijava v nekaj stavkih pojasni razmere v kraju in pokaže, zakaj je bila kampanja tam potrebna.

# Context: list item in “What good entries share”
award-li-8296c137 = **Ljudje, ne oznake.** Novi prebivalci nastopajo kot sosedje, delavci, starši, umetniki in športniki, ki govorijo s svojim glasom.

# Context: list item in “What good entries share”
award-li-85bf4438 = **Resnično partnerstvo.** Občina, civilna družba, šole in novi prebivalci so imeli vsak svojo vlogo, prijava pa pove, kdo je kaj naredil.

# Context: list item in “What good entries share”
award-li-4bf2d60b = **Pošteni rezultati.** Prijava poroča o tem, kaj je delovalo in kaj ne, s skromnimi, a resničnimi dokazi.

# Context: list item in “What good entries share”
award-li-d4a7ab9b = **Nekaj, kar je mogoče posnemati.** Prijava pojasni metodo, da jo lahko drugi ponovno uporabijo, skupaj s stroški, časovnico in pridobljenimi izkušnjami.

# Context: paragraph in “What good entries share”
award-p-23da42cd = Najbolj uporabne prijave vsebujejo kratek razdelek z naslovom „Če želite to izvesti v svojem kraju“. Dva ali trije praktični stavki, na primer o iskanju partnerjev ali pridobivanju privolitve, spremenijo zgodbo o uspehu v orodje za druge.

# Context: heading
award-h-bf454da0 = Priprava prijave

# Context: list item in “Preparing an entry”
award-li-033cacd5 = Preberite razpis in njegova merila ter najprej preverite, ali ste upravičeni do prijave.

# Context: list item in “Preparing an entry”
award-li-75ddd7aa = Gradivo zbirajte med potekom kampanje, ne pozneje:

# Context: list item in “Preparing an entry”
award-li-c75ca877 = fotografije in videe, s privolitvijo za njihovo uporabo v prijavi;

# Context: list item in “Preparing an entry”
award-li-4e71e35b = medijske objave in zaslonske posnetke odzivov na spletu;

# Context: list item in “Preparing an entry”
award-li-28d2f9c3 = podatke o udeležbi in dosegu;

# Context: list item in “Preparing an entry”
award-li-90dc5e16 = izjave udeležencev, tako novih kot dolgoletnih prebivalcev.

# Context: list item in “Preparing an entry”
award-li-ab30f243 = Prijavo napišite kot zgodbo: razmere, cilj, kaj ste naredili, kaj se je spremenilo, kaj ste se naučili.

# Context: list item in “Preparing an entry”
award-li-29c97291 = Na vsako merilo odgovorite izrecno. Žirije preberejo veliko prijav in cenijo jasno strukturo.

# Context: paragraph in “Preparing an entry”
award-p-8538e4f5 = Tudi če ne zmagate, se priprava prijave splača: prisili vas, da ovrednotite svojo kampanjo, gradivo pa lahko ponovno uporabite v poročilih in prijavah za financiranje.

# Context: heading
award-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
award-li-a9eeb92f = Svojo zadnjo kampanjo ocenite z zgornjo preglednico meril in si zapišite njene najmočnejše in najšibkejše točke.

# Context: list item in “What you can do”
award-li-ec2813b3 = Za svojo naslednjo kampanjo že prvi dan odprite „mapo z dokazili“.

# Context: list item in “What you can do”
award-li-03cd530b = Poiščite aktualne razpise za nagrade in programe financiranja na področju migracij, integracije in lokalnega komuniciranja, na primer na [spletni strani Evropske komisije](https://commission.europa.eu) ter prek nacionalnih in evropskih mrež mest.

# Context: list item in “What you can do”
award-li-f4de1ffe = Uporabite [predlogo načrta kampanje](10-resources.md#campaign-template), da boste naslednjo kampanjo laže dokumentirali.
