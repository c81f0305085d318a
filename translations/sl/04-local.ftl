# handbook/chapters/04-local.md — Why local communities are the key
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
local-title-f75e9269f654fc9d = Zakaj so lokalne skupnosti ključne
# Context: heading
local-h-c32097e2a9b75895 = Integracija se zgodi na določenem kraju
# Context: paragraph in “Integration happens somewhere”
local-p-550ccedd0504dd39 = Zakone o azilu in migracijah sprejemajo v nacionalnih parlamentih in na ravni EU. Toda nihče se ne integrira zaradi zakona. Integracija se zgodi v določenem vrtcu, določenem jezikovnem tečaju, določenem športnem klubu, na določenem delovnem mestu. Zgodi se, ko sosed pojasni, kako poteka odvoz odpadkov, ko učiteljica opazi, da učenec potrebuje pomoč pri branju, ko delodajalec nekomu da prvo priložnost.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = Zato je { -clarinet } v središče svojega dela postavil { -local-communities(case: "acc") }: tam se novi in dolgoletni prebivalci dejansko srečujejo in tam se zaupanje gradi ali izgublja.
# Context: paragraph in “Integration happens somewhere”
local-p-2cfa6c7b5f343873 = Evropske institucije to ponavljajo že vrsto let. Skupna načela integracijske politike, o katerih so se dogovorile države članice EU, opisujejo { -integration(case: "acc") } kot dinamičen, dvosmeren proces vzajemnega prilagajanja novih prebivalcev in prebivalcev[^cbp]. Akcijski načrt Evropske komisije za integracijo in vključevanje za obdobje 2021–2027 lokalnim in regionalnim oblastem namenja pomembno vlogo[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = Zakaj je lokalna raven pomembna
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Štirje razlogi so, zakaj je lokalna raven ključna za integracijo in za dobro komuniciranje o njej.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Bližina.__ Lokalne oblasti so raven oblasti, ki je ljudem najbližja. Sporočilo župana se sliši drugače kot sporočilo oddaljenega ministrstva.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Storitve.__ Občine izvajajo ali usklajujejo številne storitve, ki so za nove prebivalce najpomembnejše: prijavo prebivališča, šole, socialne storitve, pomoč pri stanovanju, knjižnice in športne objekte.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Vsakdanji stiki.__ Ljudje si mnenje o migracijah oblikujejo manj na podlagi statistike kot na podlagi tega, kar vidijo okoli sebe. Pozitiven stik med enakovrednimi je eden najmočnejših načinov za zmanjševanje predsodkov in ta se zgodi lokalno.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Zaupanje.__ V mnogih državah je zaupanje v lokalne institucije večje od zaupanja v državne. Preudarna raba tega zaupanja je del lokalnega vodenja.
# Context: heading
local-h-36fc7059706251e5 = Kaj lahko storijo lokalne oblasti
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = Občina ne potrebuje velikega proračuna, da bi kaj spremenila. Veliko je odvisno od tega, kako uporablja orodja, ki jih že ima.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Spregovorite.__ Jasno in javno povejte, da so novi prebivalci del skupnosti, da kraj od vseh pričakuje spoštovanje in da ne bo dopuščal { -hate-speech(case: "gen") }. Tudi molk je sporočilo.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Obveščajte.__ Prebivalcem dajte točne in pravočasne informacije, zlasti kadar se kaj spremeni, na primer ob odprtju sprejemnega centra. Govorice se najhitreje širijo, kadar uradnih informacij ni.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Vključujte.__ Poskrbite, da lahko novi prebivalci uporabljajo občinske storitve, da so informacije na voljo v jezikih, ki jih berejo, in da se njihov glas sliši v posvetovanjih in na lokalnih dogodkih.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Povezujte.__ Povežite šole, nevladne organizacije, delodajalce, verske skupnosti, športne klube in kulturne ustanove. Občina je pogosto edini akter, ki jih lahko zbere vse.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Pokažite.__ Po občinskih kanalih, od spletne strani do oglasne deske na trgu, pokažite vsakdanji prispevek, ki ga { -migrants } dajejo življenju v kraju.
# Context: heading
local-h-f679bfa7eb405653 = Integracija zadeva vse
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = Ljudje { -integration(case: "acc") } pogosto vidijo kot nekaj, kar morajo storiti le novi prebivalci: se naučiti jezika, najti delo, upoštevati pravila. To je pomembno. Toda tudi od skupnosti, ki jih sprejema, se nekaj pričakuje: odprtost, poštena pravila in dostop do priložnosti.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = Komuniciranje ima vlogo na obeh straneh. Novi prebivalci potrebujejo jasne informacije o pravicah, dolžnostih in storitvah; dolgoletni prebivalci potrebujejo poštene informacije o tem, kdo so novi prebivalci in zakaj so prišli. Oboji potrebujejo priložnosti, da se srečajo kot ljudje in ne kot kategorije.
# Context: heading
local-h-8f81c84427935632 = Kdo prinaša kaj
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = Noben akter tega ne zmore sam. Spodnja preglednica prikazuje, kaj različni lokalni akterji običajno prispevajo h komuniciranju o migracijah in integraciji.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Lokalni akter
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = Kaj prinaša
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = Kako lahko pomaga pri komuniciranju
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Župan in občinski svet
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Legitimnost, prepoznavnost, odločitve
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Javne izjave, prisotnost na dogodkih, jasno stališče proti sovražnemu govoru
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Občinske službe
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Storitve, podatki, vsakodnevni stik s prebivalci
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Točne informacije, večjezična gradiva, ena kontaktna oseba
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Šole in vrtci
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Stik z otroki in starši
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Projekti z učenci, roditeljski sestanki, medkulturni dnevi
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Organizacije civilne družbe
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Zaupanje, neposreden stik z novimi prebivalci, strokovno znanje
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Zgodbe, prostovoljci, praktična podpora, kritičen glas
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Delodajalci in sindikati
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Delovna mesta, usposabljanje, delovna okolja
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Primeri novih prebivalcev pri delu, mentorstvo
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Lokalni mediji
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Doseg, oblikovanje javne agende
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Pošteno poročanje, portreti, lokalne razprave
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = Novi prebivalci sami
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Izkušnje, jeziki, znanja
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Govorijo sami zase, soustvarjajo kampanje
# Context: table caption in “Who brings what”
local-tcap-4ebf14fe866db28c = Kaj lokalni akterji prinašajo v komuniciranje o migracijah in integraciji
# Context: heading
local-h-43e8ccfc0bce99df = Pogoste ovire
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = Lokalno delo ni lahko. Tri težave se pojavljajo vedno znova.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Strah pred spori.__ Izvoljeni predstavniki se lahko bojijo, da jih bo govorjenje o migracijah stalo glasov. Izkušnje kažejo, da ljudje mirno, stvarno in dosledno stališče navadno spoštujejo, tudi tisti, ki se z njim ne strinjajo.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Pomanjkanje virov.__ Majhne občine imajo lahko za vse komuniciranje eno samo osebo. Partnerstva z nevladnimi organizacijami, šolami in mrežami pomagajo porazdeliti delo.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Strahovi novih prebivalcev.__ Ljudje, ki so pobegnili pred preganjanjem, so lahko nezaupljivi do oblasti in javne izpostavljenosti. Zaupanje potrebuje čas.
# Context: paragraph in “Common obstacles”
local-p-cc51e468b459268a = Novih prebivalcev ne uporabljajte kot okrasja na fotografijah. Priložnost za fotografiranje, na kateri so { -refugees } prikazani le kot hvaležni prejemniki pomoči, utrjuje prav tisto sliko, ki jo želite spremeniti. Ljudi prikažite kot dejavne člane skupnosti, z lastnimi znanji in glasovi.
# Context: heading
local-h-128116345ec56f05 = { -newcomers(case: "nom-cap") } kot partnerji
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-90ba2dbdd99d9352 = Ta priročnik se vedno znova vrača k eni zamisli: načrtujte skupaj z { -newcomers(case: "ins") }, ne le zanje. Takole.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-4ad98f73952ff4c2 = __Kje najti ljudi.__ Začnite s skupinami, ki že obstajajo: z društvi, ki jih vodijo { -migrants }, jezikovnimi tečaji, kulturnimi mediatorji, verskimi skupnostmi, športnimi klubi in šolami. Ne zanašajte se le na tisto eno osebo, ki jo občina že pozna.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-7d67f52ee78ce2fa = __Koliko odločanja deliti.__ Sodelovanje ima štiri ravni: ljudi lahko obveščate, se z njimi posvetujete, z njimi soustvarjate ali jim prepustite vodenje. Ciljajte vsaj na soustvarjanje, pri katerem ljudje z vami načrtujejo in odločajo. Kampanjo lahko usmerja majhna svetovalna skupina { -newcomers(case: "gen") }. Prepustite ji zadnjo besedo o tem, kako bodo povedane zgodbe njenih članov.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-b08c40e051024188 = __Odstranite ovire.__ Zagotovite tolmačenje, varstvo otrok in povračilo potnih stroškov. Sestanke pripravite na krajih, ki so ljudem dosegljivi, in ob urah, ki ustrezajo izmenskemu delu in verskim praznikom.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-9a9f351dd8b93746 = __Izogibajte se simbolnemu vključevanju.__ Ena oseba ne more govoriti v imenu vseh. Vključite ženske in moške, mlajše in starejše, ljudi različnega porekla in z različnim pravnim statusom.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-20eeb85dff806891 = __Sklenite krog.__ Udeležencem pokažite rezultate in vrednotenje ter jih vprašajte, kaj naj se naslednjič spremeni.
# Context: heading
local-h-1fcb65cb32c990e7 = Pošteno plačilo v skladu s pravili
# Context: paragraph in “Fair pay within the rules”
local-p-22faa39d6e3e9010 = { -newcomers(case: "dat") } plačajte, kadar so za podobno delo plačani tudi drugi. Toda honorar lahko { -asylum-seeker(case: "dat") } škoduje, če krši pravila o delu ali o podpori. Preden plačate, preverite pri svoji pravni službi ali lokalni nevladni organizaciji:
# Context: list item in “Fair pay within the rules”
local-li-bee877195cbd0fa1 = Ali oseba že sme delati? Pravo EU državam članicam dovoljuje, da dostop do trga dela odložijo za več mesecev po vložitvi prošnje za mednarodno zaščito[^reception].
# Context: list item in “Fair pay within the rules”
local-li-caeb7d27b3fd9191 = Ali oseba sme prejeti ta honorar in kako ga mora prijaviti?
# Context: list item in “Fair pay within the rules”
local-li-8eaed91feb26ef48 = Ali se ji bo zaradi njega zmanjšala žepnina ali druga podpora?
# Context: paragraph in “Fair pay within the rules”
local-p-6c340d87ebdcc2b2 = Kadar honorar ni dovoljen, lahko navadno vseeno krijete potne stroške, obroke in varstvo otrok ali izdate potrdilo ali priporočilo. Preverite tudi bone, saj lahko štejejo kot dohodek. Razlog odkrito pojasnite. Osebe z { -temporary-protection(case: "ins") } in priznani { -refugees } smejo delati, vendar zanje še vedno veljajo pravila o davkih in socialnih prejemkih.
# Context: heading
local-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
local-li-04338f0eb629554c = S pomočjo zgornje preglednice pripravite zemljevid lokalnih akterjev in za vsako vrstico zapišite eno ime.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Organizirajte notranji sestanek občinskih služb:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = dogovorite se o dejstvih o novih prebivalcih v vašem kraju;
# Context: list item in “What you can do”
local-li-8bf06752029391ef = dogovorite se o besedah, ki jih uporabljate, na podlagi [glosarja](03-words.md#glossary);
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = določite eno kontaktno osebo za vprašanja prebivalcev in medijev.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Prosite župana ali visokega uradnika, naj letos poda eno jasno javno izjavo o dobrodošlici in spoštovanju.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Preverite, ali so ključne občinske informacije na voljo v jezikih, ki jih novi prebivalci v vašem kraju najpogosteje govorijo.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Izberite eno dejavnost, ki prebivalce in nove prebivalce poveže kot enakovredne, in jo z novimi prebivalci načrtujte od začetka. Uporabite načrt kampanje iz [5. poglavja](05-campaign.md).
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = Skupna temeljna načela politike vključevanja priseljencev je Svet Evropske unije sprejel leta 2004. Prvo načelo opisuje integracijo kot „dinamičen, dvosmeren proces vzajemnega prilagajanja“.
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = Evropska komisija je akcijski načrt za integracijo in vključevanje za obdobje 2021–2027 predstavila novembra 2020. Poudarja partnerstvo z lokalnimi in regionalnimi oblastmi ter pomen vsakdanjih stikov med novimi prebivalci in skupnostmi, ki jih sprejemajo.
# Context: footnote in “What you can do”
local-fn-c90181702983e8ec = Po direktivi o pogojih za sprejem (2013/33/EU) je treba dostop do trga dela omogočiti najpozneje devet mesecev po vložitvi prošnje, če do takrat ni bila sprejeta odločitev na prvi stopnji. Prenovljena Direktiva (EU) 2024/1346, ki se uporablja od junija 2026, ta rok skrajša na šest mesecev.
