# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Kontrolni seznami, predloge in dodatno branje
# Context: heading
resources-h-555c87bec75af099 = Kako uporabljati ta orodja
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = To poglavje na enem mestu zbira praktična orodja iz priročnika. Kopirajte jih, prevedite in prilagodite: kontrolni seznam, ki gre na eno stran, je kontrolni seznam, ki se dejansko uporablja.
# Context: heading
resources-h-614c98740e77fecc = Enostranski načrt kampanje
# Context: paragraph in “One-page campaign plan”
resources-p-270d02bec92c9dc5 = To predlogo izpolnite s partnerji na začetku kampanje. Sledi sedmim korakom cikla kampanje iz [5. poglavja](05-campaign.md#cycle), dodan pa je še časovni načrt.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Korak
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Vprašanje, na katero je treba odgovoriti
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = Kaj zapisati
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Vaši zapiski
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Cilj
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Kaj naj bo po kampanji drugače in za koga?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Napišite en stavek.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Ciljno občinstvo
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Katero skupino najbolj želimo doseči? Kaj ji je pomembno? Komu zaupa?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Opišite eno ali dve skupini.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Sporočilo
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Kaj želimo, da si zapomnijo?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = En stavek, preizkušen pri ciljnem občinstvu.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Kanali
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Kje bodo naleteli na naše sporočilo?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Dva ali trije kanali.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Partnerji
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Kdo načrtuje z nami, kdo pomaga, kdo širi sporočilo? Ali so med organizatorji tudi novi prebivalci?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Imena in vloge.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Proračun
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Koliko denarja in časa potrebujemo? Kaj lahko partnerji prispevajo v naravi?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Skupni znesek, rezerva, vrednotenje.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Vrednotenje
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Kako bomo vedeli, koga smo dosegli in kaj se je spremenilo?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Kazalniki in datumi.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Časovnica
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Kdaj začnemo, kdaj kampanjo predstavimo javnosti, kdaj poročamo?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Ključni datumi.
# Context: heading
resources-h-c7a40883f0223305 = Orodja za kampanjo
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Kopirajte te predloge in jih izpolnite skupaj s partnerji.
# Context: heading
resources-h-fb7298a36f8984f9 = Hiša sporočil
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = Kako jo uporabiti, preberite v [5. poglavju](05-campaign.md#message-framework).
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Del
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Vaše besedilo
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Osrednje sporočilo (streha)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = Podporna trditev 1, z lokalnim dejstvom ali zgodbo
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = Podporna trditev 2, z lokalnim dejstvom ali zgodbo
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = Podporna trditev 3, z lokalnim dejstvom ali zgodbo
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Glasniki
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Poziv k dejanju
# Context: heading
resources-h-1c6225ec7092ad2f = Proračun
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Strošek
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = Denarna sredstva
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = V naravi
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Kdo plača ali prispeva
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Delovni čas zaposlenih
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Oblikovanje in tisk
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Prostori
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Tolmačenje in prevajanje
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Honorarji za { -newcomers(case: "acc") }, umetnike in govorce
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Dostopnost: podnapisi, lahko berljive različice, znakovni jezik
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Hrana in pijača
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Oglaševanje
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Rezerva za nepredvidene stroške
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Skupaj
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Nekatere velike platforme v EU ne sprejemajo več plačanih oglasov o družbenih vprašanjih, med katera lahko spadajo tudi migracije. Preden v proračun vključite oglase, preverite njihova pravila.
# Context: heading
resources-h-3cdfa37b13de1454 = Kazalniki
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Za vsako raven izberite vsaj en kazalnik in izhodiščno vrednost izmerite, preden se kampanja začne.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Raven
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Kazalnik
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Izhodiščna vrednost
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Vir podatkov
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Datum
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Dejavnosti: kaj smo naredili
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Doseg: koga smo dosegli
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Sprememba: kaj se je spremenilo
# Context: heading
resources-h-eef9a484f57a8412 = Anketa pred kampanjo in po njej
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Pred kampanjo in po njej anonimno zastavite istih pet vprašanj.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = Koliko { -newcomers(case: "gen") } v našem kraju poznate po imenu? (nobenega, enega ali dva, tri ali več)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = Ali ste se v zadnjem mesecu več kot nekaj minut pogovarjali z { -newcomer(case: "ins") }? (da, ne)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = Ali se strinjate s trditvijo „Ljudje, ki so se sem priselili iz drugih držav, prispevajo k življenju v našem kraju“? (sploh se ne strinjam, ne strinjam se, ne vem, strinjam se, popolnoma se strinjam)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = Od kod dobite večino novic o migracijah? (lokalni mediji, nacionalni mediji, družbena omrežja, prijatelji in družina, drugo)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = Kaj bi ljudem v našem kraju pomagalo, da bi dobro živeli skupaj? (odprt odgovor)
# Context: heading
resources-h-f5a1f30c9a371afd = Sporočilo za javnost
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = Vabilo medijem, s katerim novinarje povabite na dogodek, potrebuje le podatke o tem, kaj, kdaj in kje, kdo bo govoril in kaj lahko snemajo. Sporočilo za javnost potrebuje več:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = Kaj vsebuje
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Naslov
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = Kaj je novega, v nekaj besedah in z ljudmi
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = Prvi odstavek
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Kdo, kaj, kdaj, kje in zakaj
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Izjava
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = Poimenovana oseba, z njeno privolitvijo
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Podrobnosti
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Dejstva z viri; kako lahko sodelujejo prebivalci
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Kontakt
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Ime, telefon in e-pošta
# Context: heading
resources-h-b8d42c5beab24b97 = Slogovna navodila
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = Rečemo
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = Izogibamo se
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = Zakaj
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = Koga vprašati, kadar smo v dvomih
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = Datum naslednjega pregleda
# Context: heading
resources-h-55d093b1096256ee = Kontrolni seznam: pred dogodkom
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Dogodek ima jasen namen, povezan s ciljem kampanje.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Novi prebivalci so med organizatorji, ne le med gosti.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Prostor je dostopen, brezplačen ali poceni in občinstvu znan.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Termin ustreza zaposlenim in družinam; pomislili smo na varstvo otrok.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Hrana in neformalni trenutki ljudem dajo priložnost za pogovor.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Fotografi vedo, kdo je privolil v fotografiranje in kdo ne.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Obstaja načrt za primer motenj ali sovražnega vedenja.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Veste, kako boste zbrali povratne informacije.
# Context: heading
resources-h-98442a3b8f52e9d8 = Kontrolni seznam: dostopna gradiva in dogodki
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = Besedila so napisana v preprostem jeziku in s kratkimi stavki.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = Ključne informacije so na voljo v jezikih občinstva, tudi v jezikih { -newcomers(case: "gen") }.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = Najpomembnejša besedila imajo lahko berljivo različico.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = Slike imajo nadomestno besedilo, videoposnetki pa podnapise.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = Besedilo ima močan kontrast in velikost pisave, ki jo je lahko brati.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = Datoteke PDF so dostopni dokumenti, ne skenirane slike.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = Prizorišče je dostopno brez stopnic.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Tolmače za znakovni jezik in druge tolmače je mogoče naročiti, vabila pa povedo, kako.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = Občinske spletne strani in aplikacije morajo že zdaj izpolnjevati zahteve Direktive (EU) 2016/2102 o dostopnosti spletišč in mobilnih aplikacij subjektov javnega sektorja. PDF tega priročnika sledi standardu PDF/UA za dostopne dokumente.
# Context: heading
resources-h-c73ec4c76ee4bacd = Obrazec za privolitev
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = S tem obrazcem zabeležite privolitev, kot je opisano v [9. poglavju](09-media.md#consent). Prevedite ga v jezike, ki jih govorijo { -newcomers } v vašem kraju, na primer v arabščino, dari, farsi, ukrajinščino ali francoščino. Po potrebi ga s pomočjo tolmača preberite na glas in osebi dajte izvod.
# Context: heading
resources-h-0d83b9fad7993fb6 = Privolitev v uporabo moje zgodbe, fotografije ali videoposnetka
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Vprašanje
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Odgovor
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Kdo sprašuje? Organizacija in kontaktna oseba
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = Kaj bo nastalo? Zgodba, fotografija, videoposnetek ali umetniško delo
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Kje bo objavljeno?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = Kako dolgo se bo uporabljalo in hranilo?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Kdo ga lahko še uporablja?
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = Moje odločitve:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = Uporabite lahko moje polno ime.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = Uporabite lahko samo moje ime brez priimka.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Ne uporabite mojega imena.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = Pokažete lahko moj obraz.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Ne pokažite mojega obraza.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = Navedete lahko, iz katere države prihajam.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = Omenite lahko moj pravni status.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = Uporabite ga lahko v tiskani obliki. Razumem, da natisnjenega ni mogoče umakniti.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = Moje pravice:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = Lahko odklonim. Zavrnitev ne bo vplivala na nobeno pomoč ali storitev, ki jo prejemam.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = Kadar koli si lahko premislim, tako da to povem kontaktni osebi. Takrat boste gradivo prenehali uporabljati in ga odstranili s spleta, kjer je to mogoče.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = Tiskanega gradiva, poslikav in oddaj ni mogoče umakniti.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = Ta obrazec in gradivo boste varno hranili in ju izbrisali, ko dogovorjeni rok poteče.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Kdo
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Ime in priimek
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Podpis
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = Oseba
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Starš ali zakoniti zastopnik (za otroka)
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Tolmač (če je sodeloval)
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = Za organizacijo
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = Za otroka: otroka smo vprašali z besedami, primernimi njegovi starosti, in se strinja.
# Context: heading
resources-h-77f96f56a2faf03e = Kontrolni seznam: mediji in družbena omrežja
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Pred intervjujem:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Ali poznam novinarja, medij in temo?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Ali imam dve ali tri ključne točke z dejstvi in viri?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Ali sem svoje besede preveril v glosarju?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Če bo govoril nov prebivalec, ali je v to privolil in se pripravil?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Pred objavo:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Ali objava govori o ljudeh, je lokalna in natančna?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Ali so prikazani ljudje privolili v takšno uporabo?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Ali je nekdo pripravljen v naslednjih nekaj urah moderirati komentarje?
# Context: heading
resources-h-772774b7a6501a2f = Vzorčna pravila moderiranja
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = Javni organ mora vsa mnenja obravnavati enako. Komentarje odstranite le, kadar kršijo objavljeno pravilo, nikoli zaradi stališča, ki ga izražajo, in vsako odstranitev zabeležite. Spodnji vzorec prilagodite in ga dajte v pregled svoji pravni službi.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = Ta stran je namenjena pogovoru prebivalcev o življenju v našem kraju. Dobrodošla so vprašanja, mnenja in kritike, tudi kritike občine. Skrijemo ali odstranimo komentarje, ki:
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = žalijo, ogrožajo ali nadlegujejo osebo;
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = vsebujejo { -hate-speech(case: "acc") } ali pozivajo k nasilju;
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = razkrivajo osebne podatke drugih ljudi;
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = so neželena pošta, oglasi ali kako drugače nezakoniti.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = Ta pravila veljajo za vse, ne glede na njihovo mnenje. Vsako odstranitev in njen razlog zabeležimo, ponavljajoče se kršitelje pa lahko po opozorilu blokiramo. Vsebine, ki so morda nezakonite, prijavimo. Če menite, da smo vaš komentar odstranili pomotoma, nam pišite in ga bomo ponovno pregledali.
# Context: heading
resources-h-8cad337bcd2b57e0 = Kontrolni seznam: prvih 72 ur
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = Uporabite ga skupaj z razdelkom o krizah v [9. poglavju](09-media.md#crisis).
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Vnaprej: določeni so govorec, oseba za preverjanje dejstev, oseba za spremljanje družbenih omrežij in kontaktna oseba za prizadete, vsak z namestnikom.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Vnaprej: pripravljena je prva izjava, ki jo je mogoče prilagoditi.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = Prva ura: dejstva so preverjena pri policiji ali drugih organih.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = Prva ura: povedali smo, kaj se je zgodilo, izrazili sočutje z žrtvami in nismo krivili nobene skupine.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = Prva ura: povedali smo, kdaj bo sledila naslednja informacija.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = Prvi dan: lokalne novinarje smo obvestili skupaj.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = Prvi dan: poreklo ali status navajamo le, kadar je to pomembno in potrjeno.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = Prvi dan: naše kanale moderiramo, sovražne objave pa dokumentiramo.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = Prvi dan: stopili smo v stik z ljudmi, ki so tarča napadov, in jih vprašali, kaj potrebujejo.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = Pozneje: pripravimo javno srečanje, obljube izpolnimo, načrt pa pregledamo.
# Context: heading
resources-h-8c0c387f3679ae79 = Prva izjava
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = To kratko prvo sporočilo objavite v prvi uri, pred tem pa preverite vsako dejstvo.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = Kaj vemo: samo potrjena dejstva, z navedbo ure
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = Naše sočutje z žrtvami in prizadetimi
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = Kaj delamo in s kom
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = Kdaj in kje bo objavljena naslednja informacija
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = Poziv k mirnosti in spoštovanju
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Kontakt za novinarje
# Context: heading
resources-h-4082f515b2f4929c = Dodatno branje
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Ti viri so javni, zanesljivi in redno posodobljeni.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Spletna stran projekta CLARINET__, { -project-site }, z gradivi in novicami projekta: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __Evropska komisija__, ki objavlja politiko EU na področju migracij, azila in integracije, vključno z akcijskim načrtom za integracijo in vključevanje za obdobje 2021–2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Evropska spletna stran o integraciji__ (European Website on Integration), ki jo upravlja Evropska komisija, z novicami in zbirko praks integracije iz vse Evrope.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __Agencija Združenih narodov za begunce (UNHCR)__, za opredelitve, pravna besedila in podatke o { -refugees(case: "loc") } in { -asylum-seekers(case: "loc") } po vsem svetu.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __Mednarodna organizacija za migracije (IOM)__, za njen glosar migracijskih izrazov in podatke o migracijskih poteh.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Eurostat__ in **Agencija Evropske unije za azil**, za uradne evropske statistične podatke o azilu in migracijah.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Vaš nacionalni organ za azil in organ za enakost__, za podatke, postopke in podporo v vaši državi in vašem jeziku.
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__ (Priročnik za razkrinkavanje 2020) Stephana Lewandowskyja in drugih raziskovalcev o tem, kako popraviti lažne trditve.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __Program Sveta Evrope Medkulturna mesta (Intercultural Cities)__ z njegovim priročnikom in vodniki za boj proti govoricam o raznolikosti.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Spletne strani se spreminjajo. Če se je stran preselila, poiščite ime organizacije in naslov dokumenta. Vedno preverite datum vsakega podatka, ki ga uporabite.
# Context: heading
resources-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Natisnite enostranski načrt kampanje in ga izpolnite na naslednjem sestanku partnerjev.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Kontrolni seznam za dogodke in obrazec za privolitev vložite v mapo vsakogar, ki organizira javne dejavnosti.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = S kakšnim drugim krajem delite, kar ste se naučili. Izmenjava dobre prakse med { -local-communities(case: "ins") } je bila v središču projekta { -clarinet } in se lahko nadaljuje v vaših rokah.
