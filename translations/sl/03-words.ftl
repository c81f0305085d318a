# handbook/chapters/03-words.md — Words matter
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
words-title-76d2d7610995b41d = Besede so pomembne
# Context: heading
words-h-f3b863a6af7c5b08 = Zakaj so besede pomembne
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = Besede, ki jih uporabljamo za ljudi, oblikujejo, kako jih vidijo drugi. Če nekoga imenujete „poplava“ ali „val“, si poslušalci predstavljajo nesrečo, ki jo je treba zajeziti. Če isto osebo imenujete medicinska sestra, sosed ali starš, si predstavljajo človeka. Besede imajo tudi pravni pomen: ali je nekdo { -refugee }, { -asylum-seeker } ali { -migrant }, lahko odloči o tem, ali sme ostati, delati ali k sebi pripeljati družino.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = Natančen jezik ni stvar vljudnosti, temveč pravilnosti. Lokalni časopis, ki vsakega novega prebivalca imenuje „ilegalec“, se za večino od njih preprosto moti. Pravilne besede so najcenejša in najhitrejša izboljšava, ki jo lahko naredi vsak, ki komunicira na lokalni ravni.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = To poglavje pojasnjuje ključne izraze, ki se dosledno uporabljajo v vseh jezikovnih različicah tega priročnika.
# Context: heading
words-h-e5784b859ad5a07e = Tri besede, ki jih ljudje najpogosteje zamenjujejo
# Context: heading
words-h-fa2239b6a4057c8a = Begunec
# Context: paragraph in “Refugee”
words-p-a55d8f2219b80fce = { -refugee(case: "nom-cap") } je oseba, ki je morala zapustiti svojo državo zaradi utemeljenega strahu pred preganjanjem. Preganjanje je posledica rase, vere, narodnosti, političnega prepričanja ali pripadnosti določeni družbeni skupini. Zaradi tega strahu oseba ne more ali noče uživati zaščite svoje države. Ta opredelitev izhaja iz Konvencije o statusu beguncev iz leta 1951[^convention]. V vsakdanjem govoru se beseda uporablja širše, tudi za ljudi, ki bežijo pred vojno in nasiljem. V EU mnogi od njih prejmejo subsidiarno zaščito ali ob množičnem prihodu { -temporary-protection(case: "acc") }.
# Context: heading
words-h-aed25d084cc5514a = Prosilec za mednarodno zaščito
# Context: paragraph in “Asylum seeker”
words-p-322f86daac474c9b = { -asylum-seeker(case: "nom-cap") } je oseba, ki je v drugi državi zaprosila za mednarodno zaščito in čaka na odločitev. Ne bo vsak { -asylum-seeker } na koncu priznan kot { -refugee }. Večina priznanih { -refugees(case: "gen") } je najprej zaprosila za azil, nekateri pa ne, na primer begunci, preseljeni iz tretje države. Zaprositi za azil je pravica, ne kaznivo dejanje.
# Context: heading
words-h-dfcaf659e0182747 = Migrant
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = „Migrant“ je najširši od teh treh izrazov. Enotne pravne opredelitve zanj ni. Mednarodne organizacije ga uporabljajo kot krovni izraz za vsakogar, ki se preseli iz svojega običajnega prebivališča, znotraj države ali čez mejo, iz kakršnega koli razloga in za kakršen koli čas[^iom-def]. { -migrants(case: "nom-cap") } so lahko študenti, sezonski delavci, ljudje, ki se pridružijo družini, in ljudje, ki bežijo pred vojno. Ker je beseda tako široka, jo uporabljajte previdno: če veste, da so ljudje, o katerih govorite, { -refugees } ali { -asylum-seekers }, to tudi povejte.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = Kadar ste v dvomih, opišite osebo, ne kategorijo. „Mlad moški iz Afganistana, ki je prišel pred dvema letoma in zdaj dela v avtomehanični delavnici,“ je natančnejši in veliko zanimivejši od katere koli oznake.
# Context: heading
words-h-4c4e436f9a453c77 = Glosar
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = Spodnja preglednica zajema izraze, ki se v lokalnem komuniciranju pojavljajo najpogosteje. V tretjem stolpcu so izrazi, ki jih je bolje uporabljati, in izrazi, ki se jim je bolje izogniti.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Izraz
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = Kaj pomeni
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = Uporabljajte / izogibajte se
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant }
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Krovni izraz za osebo, ki se preseli iz svojega običajnega prebivališča, iz kakršnega koli razloga in za kakršen koli čas.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = Uporabljajte: „migrant“ ali dejanski položaj osebe (delavec, študent, družinski član). Izogibajte se: uporabi za ljudi, za katere veste, da imajo status begunca.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee }
# Context: table cell in “Glossary”
words-cell-6858fb16bfcc8497 = Oseba zunaj svoje države, ki ima utemeljen strah pred preganjanjem, kot ga opredeljuje Konvencija iz leta 1951. Priznanje države status begunca potrdi, ne ustvari ga. V vsakdanjem govoru tudi oseba, ki beži pred vojno ali nasiljem.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = Uporabljajte: „begunec“, kadar je status priznan ali je oseba očitno pobegnila pred nevarnostjo. Izogibajte se: „lažni begunec“, „tako imenovani begunec“.
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker }
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = Oseba, ki je zaprosila za mednarodno zaščito in čaka na odločitev.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = Uporabljajte: „prosilec za mednarodno zaščito“ (v vsakdanjem govoru tudi „prosilec za azil“), „oseba, ki išče zaščito“. Izogibajte se: „ilegalec“, „lažni prosilec za azil“.
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = oseba s priznano mednarodno zaščito
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = Oseba, ki ji je bil v državi EU priznan status begunca ali subsidiarna zaščita.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = Uporabljajte: ta izraz v uradnih besedilih, „begunec“ v vsakdanjem govoru.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = subsidiarna zaščita
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Zaščita za osebo, ki ne izpolnjuje pogojev za status begunca, a bi ji ob vrnitvi grozilo resnično tveganje resne škode.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = Uporabljajte: ob uporabi izraz na kratko pojasnite, saj ga večina bralcev ne pozna.
# Context: table cell in “Glossary”
words-cell-bea0ed6f76038775 = { -temporary-protection }
# Context: table cell in “Glossary”
words-cell-e60f7100dda44814 = Zaščita, ki jo EU lahko takoj zagotovi velikemu številu ljudi, ki bežijo pred vojno, brez individualnih azilnih postopkov. Od marca 2022 ščiti ljudi, ki so pobegnili iz Ukrajine.
# Context: table cell in “Glossary”
words-cell-ec001466c20e3483 = Uporabljajte: „osebe z začasno zaščito“. Izogibajte se: „prosilci za mednarodno zaščito“, razen če je oseba zaprosila za azil.
# Context: table cell in “Glossary”
words-cell-5dc811403d0d6a8a = preselitev
# Context: table cell in “Glossary”
words-cell-7eeadae01c962191 = Premestitev priznanega begunca iz države, v kateri je najprej našel varnost, v drugo državo, ki ga je pripravljena sprejeti.
# Context: table cell in “Glossary”
words-cell-fa79a53a26ec1083 = Uporabljajte: „preseljeni begunec“, s kratko razlago.
# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = migrant brez urejenega statusa
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = Oseba, ki je vstopila v državo ali v njej prebiva brez zahtevanega dovoljenja.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = Uporabljajte: „neregularen“ ali „brez dokumentov“. Izogibajte se: „nezakoniti migrant“, „ilegalci“: dejanja so lahko nezakonita, ljudje ne.
# Context: table cell in “Glossary”
words-cell-21f15b4436173353 = tihotapljenje in trgovina z ljudmi
# Context: table cell in “Glossary”
words-cell-f44ec191ac994e6f = Tihotapljenje: pomoč osebi pri neregularnem prehodu meje za plačilo. Trgovina z ljudmi: novačenje ali prevoz osebe z namenom izkoriščanja, s silo ali z zvijačo, s prehodom meje ali brez njega.
# Context: table cell in “Glossary”
words-cell-f1f264429061865a = Uporabljajte: natančno besedo. Izogibajte se: rabi obeh izrazov kot sopomenk. Oseba, ki je plačala tihotapcu, lahko pozneje postane žrtev trgovine z ljudmi.
# Context: table cell in “Glossary”
words-cell-bab07c01ec681bf7 = državljan tretje države
# Context: table cell in “Glossary”
words-cell-78318cbb21b91c20 = V pravu EU oseba, ki ni državljan države članice EU.
# Context: table cell in “Glossary”
words-cell-f96cb3f93743941d = Uporabljajte: v prijavah za financiranje in uradnih besedilih. Izogibajte se: v vsakdanjem govoru.
# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = mladoletnik brez spremstva
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = Otrok, mlajši od 18 let, ki pride brez starša ali druge odgovorne odrasle osebe.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = Uporabljajte: „otrok brez spremstva“. Izogibajte se: javnemu dvomu o otrokovi starosti brez dokazov.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = oseba z migrantskim ozadjem
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = Prebivalec, ki se je priselil sam ali pa so se priselili njegovi starši. Pogosto državljan.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = Uporabljajte: opis, ki ga oseba uporablja sama zase. Izogibajte se: „tujec“ za ljudi, ki so državljani.
# Context: table cell in “Glossary”
words-cell-bb729424aceaa908 = { -newcomer }
# Context: table cell in “Glossary”
words-cell-15d53e4d7f7f70f5 = V tem priročniku oseba, ki je v zadnjih letih prišla iz druge države živet v določen kraj, ne glede na njen pravni status.
# Context: table cell in “Glossary”
words-cell-b0b7e39db644e548 = Uporabljajte: { -newcomer } za nedavno prispele; „oseba z migrantskim ozadjem“ za ljudi, ki tu živijo že vrsto let.
# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = Dvosmeren proces, v katerem se novi prebivalci in skupnost, ki jih sprejema, prilagajajo drug drugemu, s pravicami in obveznostmi na obeh straneh.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = Uporabljajte: „integracija“, „vključevanje“, „sodelovanje“. Izogibajte se: „asimilacija“, kadar imate v mislih integracijo.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = Prebivalci, organizacije in ustanove kraja ali območja, vključno z novimi prebivalci.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = Uporabljajte: besede, ki nove prebivalce vključujejo v „mi“. Izogibajte se: „domačini proti migrantom“.
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Izražanje, ki širi, spodbuja, promovira ali opravičuje sovraštvo do ljudi zaradi tega, kar so, na primer zaradi njihovega porekla, vere ali barve kože.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = Uporabljajte: jasno in mirno poimenovanje. Izogibajte se: ponavljanju sovražnih besed v naslovih, tudi kadar jih kritizirate.
# Context: table caption in “Glossary”
words-tcap-aa486d893eb1e7e8 = Izrazi v lokalnem komuniciranju, z izrazi, ki so primernejši, in tistimi, ki se jim je bolje izogniti
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = Pravne opredelitve se med državami nekoliko razlikujejo in se sčasoma spreminjajo. Za uradna besedila preverite izrazje, ki ga uporablja vaš nacionalni organ za azil oziroma mednarodno zaščito. Za javno komuniciranje so zgornje preproste opredelitve dovolj natančne.
# Context: heading
words-h-8e1d12b0300f90ae = Besede, s katerimi je treba ravnati previdno
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Nekatere besede same po sebi niso napačne, ustvarjajo pa sliko, ki je močnejša od dejstev.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Vodne prispodobe__: „val“, „poplava“, „tok“, „naval“. Ljudi spremenijo v naravno silo in namigujejo, da je edini mogoči odziv jez. Uporabite „prihodi“ ali dejansko število z navedbo vira.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __Vojne prispodobe__: „invazija“, „obleganje“. Namigujejo, da so novi prebivalci sovražniki.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Številke brez konteksta__: „prišlo jih je na tisoče“ zveni zaskrbljujoče; „prišlo jih je na tisoče, v regijo z več milijoni prebivalcev“ morda ne. Navedite razsežnosti.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __„Kriza“__: beseda je včasih upravičena, na primer za sprejemni sistem, ki je preobremenjen. Kot opis ljudi je le redko natančna.
# Context: heading
words-h-ad6b1d4fe6291d7c = Naj se ljudje poimenujejo sami
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = Oznake nam dajejo drugi, imena si izberemo sami. Ko z novimi prebivalci delate na kampanji ali članku, jih vprašajte, kako želijo, da jih opišete. Nekateri so ponosni, da jih imenujejo { -refugees }; drugi raje, da jih poznajo po poklicu ali imenu. Nekateri sploh ne bodo želeli, da se omenja njihov status, ker bi to lahko ogrozilo njihove sorodnike.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Te odločitve spoštujte in pred objavo imena, obraza ali zgodbe osebe vedno prosite za privolitev. Več o privolitvi piše v [9. poglavju](09-media.md#consent).
# Context: heading
words-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Natisnite preglednico iz glosarja in jo postavite na mizo osebe, ki v vaši organizaciji piše sporočila za javnost in objave na družbenih omrežjih.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Preglejte zadnjih pet javnih besedil o migracijah, ki jih je objavila vaša organizacija. Podčrtajte vsako oznako in jo preverite v glosarju.
# Context: list item in “What you can do”
words-li-54e0cd427a746edf = Dogovorite se o kratkih slogovnih navodilih za svoj kraj ali organizacijo in pri tem uporabite [predlogo v 10. poglavju](10-resources.md#style-note):
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = katere izraze uporabljate;
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = katerim izrazom se izogibate;
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = koga vprašati, kadar ste v dvomih.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Povabite novega prebivalca, naj vaše naslednje besedilo prebere pred objavo in vam pove, kako zveni.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = Konvencija o statusu beguncev iz leta 1951 in njen protokol iz leta 1967 sta osrednji besedili mednarodnega begunskega prava. Vse države članice EU so njune pogodbenice.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = To je v bistvu delovna opredelitev Mednarodne organizacije za migracije (IOM), ki opozarja, da „migrant“ v mednarodnem pravu ni opredeljen.
