### handbook/chapters/03-words.md — Words matter
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
words-title-99393f6a = Besede so pomembne

# Context: heading
words-h-6d11659b = Zakaj so besede pomembne

# Context: paragraph in “Why words matter”
words-p-1e8fb6b5 = Besede, ki jih uporabljamo za ljudi, oblikujejo, kako jih vidijo drugi. Če nekoga imenujete „poplava“ ali „val“, si poslušalci predstavljajo nesrečo, ki jo je treba zajeziti. Če isto osebo imenujete medicinska sestra, soseda ali mati, si predstavljajo človeka. Besede imajo tudi pravni pomen: ali je nekdo { -refugee }, { -asylum-seeker } ali { -migrant }, lahko odloči o tem, ali sme ostati, delati ali k sebi pripeljati družino.

# Context: paragraph in “Why words matter”
words-p-06f92181 = Natančen jezik ni stvar vljudnosti, temveč pravilnosti. Lokalni časopis, ki vsakega novega prebivalca imenuje „ilegalec“, se za večino od njih preprosto moti. Pravilne besede so najcenejša in najhitrejša izboljšava, ki jo lahko naredi vsak, ki komunicira na lokalni ravni.

# Context: paragraph in “Why words matter”
words-p-75d04f15 = To poglavje pojasnjuje ključne izraze, ki se dosledno uporabljajo v vseh jezikovnih različicah tega priročnika.

# Context: heading
words-h-b04bf22f = Tri besede, ki jih ljudje najpogosteje zamenjujejo

# Context: heading
words-h-bc0885e6 = Begunec

# Context: paragraph in “Refugee”
words-p-a666f2f6 = { -refugee(case: "nom-cap") } je oseba, ki je morala zapustiti svojo državo zaradi utemeljenega strahu pred preganjanjem zaradi rase, vere, narodnosti, političnega prepričanja ali pripadnosti določeni družbeni skupini in ki zaradi tega strahu ne more ali noče uživati zaščite svoje države. Ta opredelitev izhaja iz Konvencije o statusu beguncev iz leta 1951[^convention]. V vsakdanjem govoru se beseda uporablja širše, tudi za ljudi, ki bežijo pred vojno in nasiljem, in mednarodno pravo tudi njim zagotavlja zaščito.

# Context: heading
words-h-b09f4651 = Prosilec za mednarodno zaščito

# Context: paragraph in “Asylum seeker”
words-p-f370bd9c = { -asylum-seeker(case: "nom-cap") } je oseba, ki je v drugi državi zaprosila za mednarodno zaščito in čaka na odločitev. Ne bo vsak prosilec na koncu priznan kot { -refugee }, vsak priznani begunec pa je bil nekoč prosilec. Zaprositi za azil je pravica, ne kaznivo dejanje.

# Context: heading
words-h-154e9718 = Migrant

# Context: paragraph in “Migrant”
words-p-9353fc8a = „Migrant“ je najširši od teh treh izrazov. Enotne pravne opredelitve zanj ni. Mednarodne organizacije ga uporabljajo kot krovni izraz za vsakogar, ki se preseli iz svojega običajnega prebivališča, znotraj države ali čez mejo, iz kakršnega koli razloga in za kakršen koli čas[^iom-def]. { -migrants(case: "nom-cap") } so lahko študenti, sezonski delavci, ljudje, ki se pridružijo družini, in ljudje, ki bežijo pred vojno. Ker je beseda tako široka, jo uporabljajte previdno: če veste, da so ljudje, o katerih govorite, { -refugees } ali { -asylum-seekers }, to tudi povejte.

# Context: paragraph in “Migrant”
words-p-4927dc2d = Kadar ste v dvomih, opišite osebo, ne kategorije. „Mlad moški iz Afganistana, ki je prišel pred dvema letoma in zdaj dela v avtomehanični delavnici,“ je natančnejši in veliko zanimivejši od katere koli oznake.

# Context: heading
words-h-940caa36 = Glosar

# Context: paragraph in “Glossary”
words-p-00e42605 = Spodnja preglednica zajema izraze, ki se v lokalnem komuniciranju pojavljajo najpogosteje. V tretjem stolpcu so izrazi, ki jih je bolje uporabljati, in izrazi, ki se jim je bolje izogniti.

# Context: table cell in “Glossary”
words-cell-3e987aec = Izraz

# Context: table cell in “Glossary”
words-cell-0de1cea6 = Kaj pomeni

# Context: table cell in “Glossary”
words-cell-e6167397 = Uporabljajte / izogibajte se

# Context: table cell in “Glossary”
words-cell-8a2d7f21 = { -migrant }

# Context: table cell in “Glossary”
words-cell-25a9704a = Krovni izraz za osebo, ki se preseli iz svojega običajnega prebivališča, iz kakršnega koli razloga in za kakršen koli čas.

# Context: table cell in “Glossary”
words-cell-ffc7f288 = Uporabljajte: „migrant“ ali dejanski položaj osebe (delavec, študent, družinski član). Izogibajte se: uporabi za ljudi, za katere veste, da imajo status begunca.

# Context: table cell in “Glossary”
words-cell-80dda940 = { -refugee }

# Context: table cell in “Glossary”
words-cell-8021ad9a = Oseba, ki je pobegnila pred preganjanjem, vojno ali nasiljem in jo varuje mednarodno pravo; v ožjem pomenu oseba, ki ji je bil status priznan po Konvenciji iz leta 1951.

# Context: table cell in “Glossary”
words-cell-a17dca42 = Uporabljajte: „begunec“, kadar je status priznan ali je oseba očitno pobegnila pred nevarnostjo. Izogibajte se: „lažni begunec“, „tako imenovani begunec“.

# Context: table cell in “Glossary”
words-cell-87463fb7 = { -asylum-seeker }

# Context: table cell in “Glossary”
words-cell-098604c8 = Oseba, ki je zaprosila za mednarodno zaščito in čaka na odločitev.

# Context: table cell in “Glossary”
words-cell-fe1c4052 = Uporabljajte: „prosilec za mednarodno zaščito“ (v vsakdanjem govoru tudi „prosilec za azil“), „oseba, ki išče zaščito“. Izogibajte se: „ilegalec“, „lažni prosilec za azil“.

# Context: table cell in “Glossary”
words-cell-d4d1cfe5 = oseba z mednarodno zaščito

# Context: table cell in “Glossary”
words-cell-c36c0cd8 = Oseba, ki ji je bil v državi EU priznan status begunca ali subsidiarna zaščita.

# Context: table cell in “Glossary”
words-cell-2385d60e = Uporabljajte: ta izraz v uradnih besedilih, „begunec“ v vsakdanjem govoru.

# Context: table cell in “Glossary”
words-cell-6ef134b7 = subsidiarna zaščita

# Context: table cell in “Glossary”
words-cell-e25e040a = Zaščita za osebo, ki ne izpolnjuje pogojev za status begunca, a bi ji ob vrnitvi grozilo resnično tveganje resne škode.

# Context: table cell in “Glossary”
words-cell-9bef5378 = Uporabljajte: ob uporabi izraz na kratko pojasnite, saj ga večina bralcev ne pozna.

# Context: table cell in “Glossary”
words-cell-7ffc1436 = migrant brez urejenega statusa

# Context: table cell in “Glossary”
words-cell-57a635f1 = Oseba, ki je vstopila v državo ali v njej prebiva brez zahtevanega dovoljenja.

# Context: table cell in “Glossary”
words-cell-15eccf25 = Uporabljajte: „neregularen“ ali „brez dokumentov“. Izogibajte se: „nezakoniti migrant“, „ilegalci“: dejanja so lahko nezakonita, ljudje ne.

# Context: table cell in “Glossary”
words-cell-96efc7c7 = mladoletnik brez spremstva

# Context: table cell in “Glossary”
words-cell-33136488 = Otrok, mlajši od 18 let, ki pride brez starša ali druge odgovorne odrasle osebe.

# Context: table cell in “Glossary”
words-cell-9da4efca = Uporabljajte: „otrok brez spremstva“. Izogibajte se: javnemu dvomu o otrokovi starosti brez dokazov.

# Context: table cell in “Glossary”
words-cell-1799e586 = oseba z migrantskim ozadjem

# Context: table cell in “Glossary”
words-cell-aae8b353 = Prebivalec, ki se je priselil sam ali pa so se priselili njegovi starši. Pogosto državljan.

# Context: table cell in “Glossary”
words-cell-8acb743c = Uporabljajte: opis, ki ga oseba uporablja sama zase. Izogibajte se: „tujec“ za ljudi, ki so državljani.

# Context: table cell in “Glossary”
words-cell-86f1bddb = { -integration }

# Context: table cell in “Glossary”
words-cell-1068edef = Dvosmeren proces, v katerem se novi prebivalci in skupnost, ki jih sprejema, prilagajajo drug drugemu, s pravicami in obveznostmi na obeh straneh.

# Context: table cell in “Glossary”
words-cell-49ea3505 = Uporabljajte: „integracija“, „vključevanje“, „sodelovanje“. Izogibajte se: „asimilacija“, kadar mislite integracijo.

# Context: table cell in “Glossary”
words-cell-7a6913b7 = { -local-community }

# Context: table cell in “Glossary”
words-cell-3b8c7bd4 = Prebivalci, organizacije in ustanove kraja ali območja, vključno z novimi prebivalci.

# Context: table cell in “Glossary”
words-cell-408972b1 = Uporabljajte: besede, ki nove prebivalce vključujejo v „mi“. Izogibajte se: „domačini proti migrantom“.

# Context: table cell in “Glossary”
words-cell-0d029014 = { -hate-speech }

# Context: table cell in “Glossary”
words-cell-275d63ab = Izražanje, ki širi, spodbuja, promovira ali opravičuje sovraštvo do ljudi zaradi tega, kar so, na primer zaradi njihovega porekla, vere ali barve kože.

# Context: table cell in “Glossary”
words-cell-fe96aaf2 = Uporabljajte: jasno in mirno poimenovanje. Izogibajte se: ponavljanju sovražnih besed v naslovih, tudi kadar jih kritizirate.

# Context: paragraph in “Glossary”
words-p-41844af3 = Pravne opredelitve se med državami nekoliko razlikujejo in se sčasoma spreminjajo. Za uradna besedila preverite izrazje, ki ga uporablja vaš nacionalni organ za azil oziroma mednarodno zaščito. Za javno komuniciranje so zgornje preproste opredelitve dovolj natančne.

# Context: heading
words-h-0581156d = Besede, s katerimi je treba ravnati previdno

# Context: paragraph in “Words to handle with care”
words-p-1c973087 = Nekatere besede same po sebi niso napačne, ustvarjajo pa sliko, ki je močnejša od dejstev.

# Context: list item in “Words to handle with care”
words-li-a747657f = **Vodne prispodobe**: „val“, „poplava“, „tok“, „naval“. Ljudi spremenijo v naravno silo in namigujejo, da je edini mogoči odziv jez. Uporabite „prihodi“ ali dejansko število z navedbo vira.

# Context: list item in “Words to handle with care”
words-li-8e528b03 = **Vojne prispodobe**: „invazija“, „obleganje“. Namigujejo, da so novi prebivalci sovražniki.

# Context: list item in “Words to handle with care”
words-li-aa1e5a92 = **Številke brez konteksta**: „prišlo jih je na tisoče“ zveni zaskrbljujoče; „prišlo jih je na tisoče, v regijo z več milijoni prebivalcev“ morda ne. Navedite razsežnosti.

# Context: list item in “Words to handle with care”
words-li-3e19d820 = **„Kriza“**: beseda je včasih upravičena, na primer za sprejemni sistem, ki je preobremenjen. Kot opis ljudi je le redko natančna.

# Context: paragraph in “Words to handle with care”
words-p-42d9d57f = Več evropskih medijskih hiš in novinarskih združenj je sprejelo slogovne smernice, ki se izogibajo izrazu „ilegalni priseljenec“ in dajejo prednost izrazoma „neregularen“ ali „brez dokumentov“. Občina lahko stori enako: enostranska slogovna navodila za občinsko spletno stran, glasila in sporočila za javnost naredijo natančen jezik za rutino namesto za predmet razprave.

# Context: heading
words-h-8d81b72b = Naj se ljudje poimenujejo sami

# Context: paragraph in “Let people name themselves”
words-p-b6b448bf = Oznake nam dajejo drugi, imena si izberemo sami. Ko z novimi prebivalci delate na kampanji ali članku, jih vprašajte, kako želijo, da jih opišete. Nekateri so ponosni, da jih imenujejo { -refugees }; drugi raje, da jih poznajo po poklicu ali imenu. Nekateri sploh ne bodo želeli, da se omenja njihov status, ker bi to lahko ogrozilo njihove sorodnike.

# Context: paragraph in “Let people name themselves”
words-p-95f9335e = Te odločitve spoštujte in pred objavo imena, obraza ali zgodbe osebe vedno prosite za privolitev. Več o privolitvi piše v [9. poglavju](09-media.md#consent).

# Context: heading
words-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
words-li-1781802d = Natisnite preglednico iz glosarja in jo postavite na mizo osebe, ki v vaši organizaciji piše sporočila za javnost in objave na družbenih omrežjih.

# Context: list item in “What you can do”
words-li-afe6ca48 = Preglejte zadnjih pet javnih besedil o migracijah, ki jih je objavila vaša organizacija. Podčrtajte vsako oznako in jo preverite v glosarju.

# Context: list item in “What you can do”
words-li-9fde9556 = Dogovorite se o kratkih slogovnih navodilih za svoj kraj ali organizacijo:

# Context: list item in “What you can do”
words-li-7088d2c3 = katere izraze uporabljate;

# Context: list item in “What you can do”
words-li-0c7cd679 = katerim izrazom se izogibate;

# Context: list item in “What you can do”
words-li-523b9b21 = koga vprašati, kadar ste v dvomih.

# Context: list item in “What you can do”
words-li-b1535273 = Povabite novega prebivalca, naj vaše naslednje besedilo prebere pred objavo in vam pove, kako zveni.

# Context: footnote in “What you can do”
words-fn-272d3bb4 = Konvencija o statusu beguncev iz leta 1951 in njen protokol iz leta 1967 sta osrednji besedili mednarodnega begunskega prava. Vse države članice EU so njuni pogodbenice.

# Context: footnote in “What you can do”
words-fn-6a8c922e = To je v bistvu delovna opredelitev Mednarodne organizacije za migracije (IOM), ki opozarja, da „migrant“ v mednarodnem pravu ni opredeljen.
