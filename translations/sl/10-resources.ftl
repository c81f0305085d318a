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
resources-p-07656a676e5fab74 = To predlogo izpolnite s partnerji na začetku kampanje. Sledi sedmim korakom cikla kampanje iz [5. poglavja](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Korak
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Vprašanje, na katero je treba odgovoriti
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
resources-h-55d093b1096256ee = Kontrolni seznam: pred dogodkom
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Dogodek ima jasen namen, povezan s ciljem kampanje.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Novi prebivalci so med organizatorji, ne le med gosti.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Prostor je dostopen, brezplačen ali poceni in občinstvu znan.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Informacije so na voljo v glavnih jezikih občinstva.
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
resources-h-e7bad87c6d9edf07 = Kontrolni seznam: privolitev
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = Oseba razume, čemu je zgodba, fotografija ali video namenjen.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = Ve, kje bo objavljen: v tisku, na spletu, na plakatu, na razstavi.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = Ve, da lahko gradivo na spletu ostane vidno dolgo časa.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = Sama je izbrala, kako bo imenovana in prikazana.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Pogovorili smo se o tveganjih zanjo ali za njeno družino, zlasti med azilnim postopkom.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = Pri otrocih so privolili starši ali skrbniki, vprašali pa smo tudi otroka.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Za vsako novo uporabo znova prosimo za privolitev.
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
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Ko se pojavi govorica ali sovražna objava:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Dokumentirajte jo z zaslonskim posnetkom, datumom in povezavo.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Prijavite jo, če krši pravila platforme ali zakon.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Odgovorite enkrat, mirno, z dejstvi in zaupanja vrednim virom.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Podprite ljudi, na katere je napad usmerjen.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = Tri kontrolne sezname iz tega poglavja hranite v skupni mapi, do katere imajo dostop vsi partnerji, in jih enkrat na leto skupaj preglejte. Dodajte izkušnje, ki ste jih pridobili: najboljši kontrolni seznam je tisti, ki je napisan na podlagi lastnih izkušenj.
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
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Spletne strani se spreminjajo. Če se je stran preselila, poiščite ime organizacije in naslov dokumenta. Vedno preverite datum vsakega podatka, ki ga uporabite.
# Context: heading
resources-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Natisnite enostranski načrt kampanje in ga izpolnite na naslednjem sestanku partnerjev.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Kontrolna seznama za dogodke in privolitev vložite v mapo vsakogar, ki organizira javne dejavnosti.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Kontrolne sezname prevedite v jezike, ki jih novi prebivalci v vašem kraju najpogosteje govorijo.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = S kakšnim drugim krajem delite, kar ste se naučili. Izmenjava dobre prakse med { -local-communities(case: "ins") } je bila v središču projekta { -clarinet } in se lahko nadaljuje v vaših rokah.
