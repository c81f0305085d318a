### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
resources-title-07d9b641 = Kontrolni seznami, predloge in dodatno branje

# Context: heading
resources-h-c497408f = Kako uporabljati ta orodja

# Context: paragraph in “How to use these tools”
resources-p-e6aae41b = To poglavje na enem mestu zbira praktična orodja iz priročnika. Kopirajte jih, prevedite in prilagodite: kontrolni seznam, ki gre na eno stran, je kontrolni seznam, ki se dejansko uporablja.

# Context: heading
resources-h-82a85ae9 = Enostranski načrt kampanje

# Context: paragraph in “One-page campaign plan”
resources-p-a31a7be5 = To predlogo izpolnite s partnerji na začetku kampanje. Sledi sedmim korakom cikla kampanje iz [5. poglavja](05-campaign.md#cycle).

# Context: table cell in “One-page campaign plan”
resources-cell-c68bcfea = Korak

# Context: table cell in “One-page campaign plan”
resources-cell-8ded2eae = Vprašanje, na katero je treba odgovoriti

# Context: table cell in “One-page campaign plan”
resources-cell-ca7daa35 = Vaši zapiski

# Context: table cell in “One-page campaign plan”
resources-cell-c91a47e8 = Cilj

# Context: table cell in “One-page campaign plan”
resources-cell-d15a2f52 = Kaj naj bo po kampanji drugače in za koga?

# Context: table cell in “One-page campaign plan”
resources-cell-4628d5d6 = Napišite en stavek.

# Context: table cell in “One-page campaign plan”
resources-cell-b92c8f1f = Ciljno občinstvo

# Context: table cell in “One-page campaign plan”
resources-cell-85be58a0 = Katero skupino najbolj želimo doseči? Kaj ji je pomembno? Komu zaupa?

# Context: table cell in “One-page campaign plan”
resources-cell-2427e815 = Opišite eno ali dve skupini.

# Context: table cell in “One-page campaign plan”
resources-cell-dc7f9775 = Sporočilo

# Context: table cell in “One-page campaign plan”
resources-cell-cfada986 = Kaj želimo, da si zapomnijo?

# Context: table cell in “One-page campaign plan”
resources-cell-18d17ecb = En stavek, preizkušen pri ciljnem občinstvu.

# Context: table cell in “One-page campaign plan”
resources-cell-a2785cd0 = Kanali

# Context: table cell in “One-page campaign plan”
resources-cell-db6e34e9 = Kje bodo naleteli na naše sporočilo?

# Context: table cell in “One-page campaign plan”
resources-cell-c4342208 = Dva ali trije kanali.

# Context: table cell in “One-page campaign plan”
resources-cell-d9c6108d = Partnerji

# Context: table cell in “One-page campaign plan”
resources-cell-791c1f54 = Kdo načrtuje z nami, kdo pomaga, kdo širi sporočilo? Ali so med organizatorji tudi novi prebivalci?

# Context: table cell in “One-page campaign plan”
resources-cell-5f91f8ad = Imena in vloge.

# Context: table cell in “One-page campaign plan”
resources-cell-b415a87b = Proračun

# Context: table cell in “One-page campaign plan”
resources-cell-921bf833 = Koliko denarja in časa potrebujemo? Kaj lahko partnerji prispevajo v naravi?

# Context: table cell in “One-page campaign plan”
resources-cell-98f4a1c5 = Skupni znesek, rezerva, vrednotenje.

# Context: table cell in “One-page campaign plan”
resources-cell-b88e6d9d = Vrednotenje

# Context: table cell in “One-page campaign plan”
resources-cell-0e972e8a = Kako bomo vedeli, koga smo dosegli in kaj se je spremenilo?

# Context: table cell in “One-page campaign plan”
resources-cell-81aaeaa4 = Kazalniki in datumi.

# Context: table cell in “One-page campaign plan”
resources-cell-e15af7d2 = Časovnica

# Context: table cell in “One-page campaign plan”
resources-cell-4a250ef6 = Kdaj začnemo, kdaj kampanjo predstavimo javnosti, kdaj poročamo?

# Context: table cell in “One-page campaign plan”
resources-cell-3d301a6b = Ključni datumi.

# Context: heading
resources-h-e12a85d4 = Kontrolni seznam: pred dogodkom

# Context: list item in “Checklist: before an event”
resources-li-e6788259 = Dogodek ima jasen namen, povezan s ciljem kampanje.

# Context: list item in “Checklist: before an event”
resources-li-9c9a8ae4 = Novi prebivalci so med organizatorji, ne le med gosti.

# Context: list item in “Checklist: before an event”
resources-li-1f690940 = Prostor je dostopen, brezplačen ali poceni in občinstvu znan.

# Context: list item in “Checklist: before an event”
resources-li-62188913 = Informacije so na voljo v glavnih jezikih občinstva.

# Context: list item in “Checklist: before an event”
resources-li-2b1cb6ec = Termin ustreza zaposlenim in družinam; pomislili smo na varstvo otrok.

# Context: list item in “Checklist: before an event”
resources-li-0b7792e8 = Hrana in neformalni trenutki ljudem dajo priložnost za pogovor.

# Context: list item in “Checklist: before an event”
resources-li-b9e4a046 = Fotografi vedo, kdo je privolil v fotografiranje in kdo ne.

# Context: list item in “Checklist: before an event”
resources-li-efc60acd = Obstaja načrt za primer motenj ali sovražnega vedenja.

# Context: list item in “Checklist: before an event”
resources-li-d7c9374f = Veste, kako boste zbrali povratne informacije.

# Context: heading
resources-h-f634f254 = Kontrolni seznam: privolitev

# Context: list item in “Checklist: consent”
resources-li-4960ec18 = Oseba razume, čemu je zgodba, fotografija ali video namenjen.

# Context: list item in “Checklist: consent”
resources-li-50220d54 = Ve, kje bo objavljen: v tisku, na spletu, na plakatu, na razstavi.

# Context: list item in “Checklist: consent”
resources-li-78fe7ca1 = Ve, da lahko gradivo na spletu ostane vidno dolgo časa.

# Context: list item in “Checklist: consent”
resources-li-277fdff4 = Sama je izbrala, kako bo imenovana in prikazana.

# Context: list item in “Checklist: consent”
resources-li-1edcf769 = Pogovorili smo se o tveganjih zanjo ali za njeno družino, zlasti med azilnim postopkom.

# Context: list item in “Checklist: consent”
resources-li-f4d5ee7b = Pri otrocih so privolili starši ali skrbniki, vprašali pa smo tudi otroka.

# Context: list item in “Checklist: consent”
resources-li-a602fcdf = Za vsako novo uporabo znova prosimo za privolitev.

# Context: heading
resources-h-5fc5d288 = Kontrolni seznam: mediji in družbena omrežja

# Context: list item in “Checklist: media and social media”
resources-li-7e4b009b = Pred intervjujem:

# Context: list item in “Checklist: media and social media”
resources-li-d982366b = Ali poznam novinarja, medij in temo?

# Context: list item in “Checklist: media and social media”
resources-li-33c0eeac = Ali imam dve ali tri ključne točke z dejstvi in viri?

# Context: list item in “Checklist: media and social media”
resources-li-12103297 = Ali sem svoje besede preveril v glosarju?

# Context: list item in “Checklist: media and social media”
resources-li-37263ba8 = Če bo govoril nov prebivalec, ali je v to privolil in se pripravil?

# Context: list item in “Checklist: media and social media”
resources-li-524c6a82 = Pred objavo:

# Context: list item in “Checklist: media and social media”
resources-li-1e8eb699 = Ali objava govori o ljudeh, je lokalna in natančna?

# Context: list item in “Checklist: media and social media”
resources-li-37f2eacf = Ali so prikazani ljudje privolili v takšno uporabo?

# Context: list item in “Checklist: media and social media”
resources-li-074e3ba9 = Ali je nekdo pripravljen v naslednjih nekaj urah moderirati komentarje?

# Context: list item in “Checklist: media and social media”
resources-li-34e5596b = Ko se pojavi govorica ali sovražna objava:

# Context: list item in “Checklist: media and social media”
resources-li-202aed5c = Dokumentirajte jo z zaslonskim posnetkom, datumom in povezavo.

# Context: list item in “Checklist: media and social media”
resources-li-f15be0b1 = Prijavite jo, če krši pravila platforme ali zakon.

# Context: list item in “Checklist: media and social media”
resources-li-17f4db61 = Odgovorite enkrat, mirno, z dejstvi in zaupanja vrednim virom.

# Context: list item in “Checklist: media and social media”
resources-li-cc1a5b52 = Podprite ljudi, na katere je napad usmerjen.

# Context: paragraph in “Checklist: media and social media”
resources-p-cec720e2 = Tri kontrolne sezname iz tega poglavja hranite v skupni mapi, do katere imajo dostop vsi partnerji, in jih enkrat na leto skupaj preglejte. Dodajte izkušnje, ki ste jih pridobili: najboljši kontrolni seznam je tisti, ki je napisan na podlagi lastnih izkušenj.

# Context: heading
resources-h-2a37589d = Dodatno branje

# Context: paragraph in “Further reading”
resources-p-bfbf1639 = Ti viri so javni, zanesljivi in redno posodobljeni.

# Context: list item in “Further reading”
resources-li-9e4603be = **Spletna stran projekta CLARINET**, { -project-site }, z gradivi in novicami projekta: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
resources-li-44a62376 = **Evropska komisija**, ki objavlja politiko EU na področju migracij, azila in integracije, vključno z akcijskim načrtom za integracijo in vključevanje za obdobje 2021–2027: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
resources-li-696e709e = **Evropska spletna stran o integraciji** (European Website on Integration), ki jo upravlja Evropska komisija, z novicami in zbirko praks integracije iz vse Evrope.

# Context: list item in “Further reading”
resources-li-43380a5a = **Agencija Združenih narodov za begunce (UNHCR)**, za opredelitve, pravna besedila in podatke o { -refugees(case: "loc") } in { -asylum-seekers(case: "loc") } po vsem svetu.

# Context: list item in “Further reading”
resources-li-c90c5064 = **Mednarodna organizacija za migracije (IOM)**, za njen glosar migracijskih izrazov in podatke o migracijskih poteh.

# Context: list item in “Further reading”
resources-li-5a29f75a = **Eurostat** in **Agencija Evropske unije za azil**, za uradne evropske statistične podatke o azilu in migracijah.

# Context: list item in “Further reading”
resources-li-9ebcd56e = **Vaš nacionalni organ za azil in organ za enakost**, za podatke, postopke in podporo v vaši državi in vašem jeziku.

# Context: paragraph in “Further reading”
resources-p-f71cf8ed = Spletne strani se spreminjajo. Če se je stran preselila, poiščite ime organizacije in naslov dokumenta. Vedno preverite datum vsakega podatka, ki ga uporabite.

# Context: heading
resources-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
resources-li-ab18ea03 = Natisnite enostranski načrt kampanje in ga izpolnite na naslednjem sestanku partnerjev.

# Context: list item in “What you can do”
resources-li-404b6089 = Kontrolna seznama za dogodke in privolitev vložite v mapo vsakogar, ki organizira javne dejavnosti.

# Context: list item in “What you can do”
resources-li-22994ea2 = Kontrolne sezname prevedite v jezike, ki jih novi prebivalci v vašem kraju najpogosteje govorijo.

# Context: list item in “What you can do”
resources-li-65f9f2e4 = S kakšnim drugim krajem delite, kar ste se naučili. Izmenjava dobre prakse med { -local-communities(case: "ins") } je bila v središču projekta { -clarinet } in se lahko nadaljuje v vaših rokah.
