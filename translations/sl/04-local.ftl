### handbook/chapters/04-local.md — Why local communities are the key
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
local-title-6a17fb33 = Zakaj so lokalne skupnosti ključne

# Context: heading
local-h-a8d9755d = Integracija se zgodi na določenem kraju

# Context: paragraph in “Integration happens somewhere”
local-p-facaad15 = Zakone o azilu in migracijah sprejemajo v nacionalnih parlamentih in v Bruslju. Toda nihče se ne integrira zaradi zakona. Integracija se zgodi v določenem vrtcu, določenem jezikovnem tečaju, določenem športnem klubu, na določenem delovnem mestu. Zgodi se, ko sosed pojasni, kako poteka odvoz odpadkov, ko učiteljica opazi, da učenec potrebuje pomoč pri branju, ko delodajalec nekomu da prvo priložnost.

# Context: paragraph in “Integration happens somewhere”
local-p-44842acb = Zato je { -clarinet } v središče svojega dela postavil { -local-communities(case: "acc") }: tam se novi in dolgoletni prebivalci dejansko srečujejo in tam se zaupanje gradi ali izgublja.

# Context: paragraph in “Integration happens somewhere”
local-p-1e476275 = Evropske institucije to ponavljajo že vrsto let. Skupna načela integracijske politike, o katerih so se dogovorile države članice EU, opisujejo { -integration(case: "acc") } kot dinamičen, dvosmeren proces vzajemnega prilagajanja novih prebivalcev in prebivalcev[^cbp], akcijski načrt Evropske komisije za integracijo in vključevanje za obdobje 2021–2027 pa lokalnim in regionalnim oblastem namenja pomembno vlogo[^action-plan].

# Context: heading
local-h-d3c8a27d = Zakaj je lokalna raven pomembna

# Context: paragraph in “Why the local level matters”
local-p-d4744613 = Štirje razlogi so, zakaj je lokalna raven ključna za integracijo in za dobro komuniciranje o njej.

# Context: list item in “Why the local level matters”
local-li-89a5b9c6 = **Bližina.** Lokalne oblasti so raven oblasti, ki je ljudem najbližja. Sporočilo župana se sliši drugače kot sporočilo oddaljenega ministrstva.

# Context: list item in “Why the local level matters”
local-li-81dbb7e9 = **Storitve.** Občine izvajajo ali usklajujejo številne storitve, ki so za nove prebivalce najpomembnejše: prijavo prebivališča, šole, socialne storitve, pomoč pri stanovanju, knjižnice in športne objekte.

# Context: list item in “Why the local level matters”
local-li-e7f1176b = **Vsakdanji stiki.** Ljudje si mnenje o migracijah oblikujejo manj na podlagi statistike kot na podlagi tega, kar vidijo okoli sebe. Pozitiven stik med enakovrednimi je eden najmočnejših načinov za zmanjševanje predsodkov in ta se zgodi lokalno.

# Context: list item in “Why the local level matters”
local-li-11697898 = **Zaupanje.** V mnogih državah je zaupanje v lokalne institucije večje od zaupanja v državne. Preudarna raba tega zaupanja je del lokalnega vodenja.

# Context: heading
local-h-a5600631 = Kaj lahko storijo lokalne oblasti

# Context: paragraph in “What local authorities can do”
local-p-6de9827e = Občina ne potrebuje velikega proračuna, da bi kaj spremenila. Veliko je odvisno od tega, kako uporablja orodja, ki jih že ima.

# Context: list item in “What local authorities can do”
local-li-a50161d0 = **Spregovorite.** Jasno in javno povejte, da so novi prebivalci del skupnosti, da kraj od vseh pričakuje spoštovanje in da ne bo dopuščal { -hate-speech(case: "gen") }. Tudi molk je sporočilo.

# Context: list item in “What local authorities can do”
local-li-ee45e053 = **Obveščajte.** Prebivalcem dajte točne in pravočasne informacije, zlasti kadar se kaj spremeni, na primer ob odprtju sprejemnega centra. Govorice se najhitreje širijo, kadar uradnih informacij ni.

# Context: list item in “What local authorities can do”
local-li-f74c87a2 = **Vključujte.** Poskrbite, da lahko novi prebivalci uporabljajo občinske storitve, da so informacije na voljo v jezikih, ki jih berejo, in da se njihov glas sliši v posvetovanjih in na lokalnih dogodkih.

# Context: list item in “What local authorities can do”
local-li-35731966 = **Povezujte.** Povežite šole, nevladne organizacije, delodajalce, verske skupnosti, športne klube in kulturne ustanove. Občina je pogosto edini akter, ki jih lahko zbere vse.

# Context: list item in “What local authorities can do”
local-li-98b33680 = **Pokažite.** Po občinskih kanalih, od spletne strani do oglasne deske na trgu, pokažite vsakdanji prispevek, ki ga { -migrants } dajejo življenju v kraju.

# Context: paragraph in “What local authorities can do”
local-p-a92353a3 = V mnogih krajih je bil prvi korak k dobremu komuniciranju notranji: kratek sestanek vseh občinskih služb, ki se ukvarjajo z novimi prebivalci, da se dogovorijo o dejstvih, besedah in kontaktni osebi. Ko upravna enota, oddelek za šolstvo in županov urad govorijo isto, prebivalci to opazijo.

# Context: heading
local-h-c68bbad8 = Integracija je dvosmerna cesta

# Context: paragraph in “Integration is a two-way street”
local-p-bf7f8d39 = Ljudje { -integration(case: "acc") } pogosto vidijo kot nekaj, kar morajo storiti le novi prebivalci: se naučiti jezika, najti delo, upoštevati pravila. To je pomembno. Toda tudi od skupnosti, ki jih sprejema, se nekaj pričakuje: odprtost, poštena pravila in dostop do priložnosti.

# Context: paragraph in “Integration is a two-way street”
local-p-67077f85 = Komuniciranje ima vlogo na obeh straneh. Novi prebivalci potrebujejo jasne informacije o pravicah, dolžnostih in storitvah; dolgoletni prebivalci potrebujejo poštene informacije o tem, kdo so novi prebivalci in zakaj so prišli. Oboji potrebujejo priložnosti, da se srečajo kot ljudje in ne kot kategorije.

# Context: paragraph in “Integration is a two-way street”
local-p-ad229872 = Ko načrtujete dogodek, se ne vprašajte le, kdo bo v občinstvu, ampak tudi, kdo je v organizacijski ekipi. Dogodek, organiziran *z* novimi prebivalci, pošilja povsem drugačno sporočilo kot dogodek, organiziran *za* njih.

# Context: heading
local-h-d815c6dc = Kdo prinaša kaj

# Context: paragraph in “Who brings what”
local-p-cba6970c = Noben akter tega ne zmore sam. Spodnja preglednica prikazuje, kaj različni lokalni akterji običajno prispevajo h komuniciranju o migracijah in integraciji.

# Context: table cell in “Who brings what”
local-cell-4c7753a4 = Lokalni akter

# Context: table cell in “Who brings what”
local-cell-272e00a3 = Kaj prinaša

# Context: table cell in “Who brings what”
local-cell-d9ad6fab = Kako lahko pomaga pri komuniciranju

# Context: table cell in “Who brings what”
local-cell-ad54a51d = Župan in občinski svet

# Context: table cell in “Who brings what”
local-cell-1679b366 = Legitimnost, prepoznavnost, odločitve

# Context: table cell in “Who brings what”
local-cell-c04ab7c0 = Javne izjave, prisotnost na dogodkih, jasno stališče proti sovražnemu govoru

# Context: table cell in “Who brings what”
local-cell-b52cc990 = Občinske službe

# Context: table cell in “Who brings what”
local-cell-bfc9f438 = Storitve, podatki, vsakodnevni stik s prebivalci

# Context: table cell in “Who brings what”
local-cell-6e77552f = Točne informacije, večjezična gradiva, ena kontaktna oseba

# Context: table cell in “Who brings what”
local-cell-f8290725 = Šole in vrtci

# Context: table cell in “Who brings what”
local-cell-b107f9eb = Stik z otroki in starši

# Context: table cell in “Who brings what”
local-cell-239961ad = Projekti z učenci, roditeljski sestanki, medkulturni dnevi

# Context: table cell in “Who brings what”
local-cell-b5669586 = Organizacije civilne družbe

# Context: table cell in “Who brings what”
local-cell-4dff94ae = Zaupanje, neposreden stik z novimi prebivalci, strokovno znanje

# Context: table cell in “Who brings what”
local-cell-333c8b54 = Zgodbe, prostovoljci, praktična podpora, kritičen glas

# Context: table cell in “Who brings what”
local-cell-dcc7c6b4 = Delodajalci in sindikati

# Context: table cell in “Who brings what”
local-cell-38c713dc = Delovna mesta, usposabljanje, delovna okolja

# Context: table cell in “Who brings what”
local-cell-e03eabde = Primeri novih prebivalcev pri delu, mentorstvo

# Context: table cell in “Who brings what”
local-cell-ee9cd3cf = Lokalni mediji

# Context: table cell in “Who brings what”
local-cell-88387098 = Doseg, oblikovanje javne agende

# Context: table cell in “Who brings what”
local-cell-be985d85 = Pošteno poročanje, portreti, lokalne razprave

# Context: table cell in “Who brings what”
local-cell-bf1dd415 = Novi prebivalci sami

# Context: table cell in “Who brings what”
local-cell-d89a53c3 = Izkušnje, jeziki, znanja

# Context: table cell in “Who brings what”
local-cell-43650b8d = Govorijo sami zase, soustvarjajo kampanje

# Context: heading
local-h-cd85b6ed = Pogoste ovire

# Context: paragraph in “Common obstacles”
local-p-d63eea0f = Lokalno delo ni lahko. Tri težave se pojavljajo vedno znova.

# Context: list item in “Common obstacles”
local-li-12eee5de = **Strah pred spori.** Izvoljeni predstavniki se lahko bojijo, da jih bo govorjenje o migracijah stalo glasov. Izkušnje kažejo, da ljudje mirno, stvarno in dosledno stališče navadno spoštujejo, tudi tisti, ki se z njim ne strinjajo.

# Context: list item in “Common obstacles”
local-li-888d082f = **Pomanjkanje virov.** Majhne občine imajo lahko za vse komuniciranje eno samo osebo. Partnerstva z nevladnimi organizacijami, šolami in mrežami pomagajo porazdeliti delo.

# Context: list item in “Common obstacles”
local-li-4d5ab5e8 = **Strahovi novih prebivalcev.** Ljudje, ki so pobegnili pred preganjanjem, so lahko nezaupljivi do oblasti in javne izpostavljenosti. Zaupanje potrebuje čas.

# Context: paragraph in “Common obstacles”
local-p-739b5194 = Novih prebivalcev ne uporabljajte kot „kulise“. Priložnost za fotografiranje, na kateri so { -refugees } prikazani le kot hvaležni prejemniki pomoči, utrjuje prav tisto sliko, ki jo želite spremeniti. Ljudi prikažite kot dejavne, z lastnimi znanji in glasovi.

# Context: heading
local-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
local-li-5bd66681 = S pomočjo zgornje preglednice pripravite zemljevid lokalnih akterjev in za vsako vrstico zapišite eno ime.

# Context: list item in “What you can do”
local-li-6b02c1e1 = Organizirajte notranji sestanek občinskih služb:

# Context: list item in “What you can do”
local-li-b3a081a2 = dogovorite se o dejstvih o novih prebivalcih v vašem kraju;

# Context: list item in “What you can do”
local-li-9a214464 = dogovorite se o besedah, ki jih uporabljate, na podlagi [glosarja](03-words.md#glossary);

# Context: list item in “What you can do”
local-li-9abd53e5 = določite eno kontaktno osebo za vprašanja prebivalcev in medijev.

# Context: list item in “What you can do”
local-li-d2215d7f = Prosite župana ali visokega uradnika, naj letos poda eno jasno javno izjavo o dobrodošlici in spoštovanju.

# Context: list item in “What you can do”
local-li-e16f1a99 = Preverite, ali so ključne občinske informacije na voljo v jezikih, ki jih novi prebivalci v vašem kraju najpogosteje govorijo.

# Context: list item in “What you can do”
local-li-b1c4085c = Izberite eno dejavnost, ki prebivalce in nove prebivalce poveže kot enakovredne, in jo z novimi prebivalci načrtujte od začetka. Uporabite načrt kampanje iz [5. poglavja](05-campaign.md).

# Context: footnote in “What you can do”
local-fn-2e35ef89 = Skupna temeljna načela politike vključevanja priseljencev je Svet Evropske unije sprejel leta 2004. Prvo načelo opisuje integracijo kot „dinamičen, dvosmeren proces vzajemnega prilagajanja“.

# Context: footnote in “What you can do”
local-fn-e7433d77 = Evropska komisija je akcijski načrt za integracijo in vključevanje za obdobje 2021–2027 predstavila novembra 2020. Poudarja partnerstvo z lokalnimi in regionalnimi oblastmi ter pomen vsakdanjih stikov med novimi prebivalci in skupnostmi, ki jih sprejemajo.
