### handbook/chapters/06-training.md — Training local communities
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
training-title-5b6cd454 = Usposabljanje lokalnih skupnosti

# Context: heading
training-h-078c0918 = Zakaj usposabljanje

# Context: paragraph in “Why training”
training-p-1666b679 = Večina ljudi, ki v kraju komunicirajo o migracijah, tega ni nikoli načrtovala. Socialno delavko prosijo, naj spregovori na zboru krajanov; učitelj ugotovi, da je prihod novega učenca vznemiril nekatere starše; prostovoljka na spletu vidi sovražno objavo o „njenih“ družinah. Vsak od njih komunicira, pa če je na to pripravljen ali ne.

# Context: paragraph in “Why training”
training-p-afa24c58 = Usposabljanje jim da samozavest, skupne besede in praktična orodja. Poleg tega jih poveže: pogosto je najdragocenejši rezultat dneva usposabljanja to, da se knjižničarka, mladinski delavec in policist zdaj poznajo.

# Context: heading
training-h-f2999e8a = Osem programov usposabljanja

# Context: paragraph in “The eight training programmes”
training-p-6302f850 = Usposabljanje je bilo ena od petih glavnih dejavnosti projekta { -clarinet }. Projekt je poleg osmih lokalnih kampanj ozaveščanja in osmih umetniških rezidenc načrtoval osem programov usposabljanja za { -local-communities(case: "acc") }. Programi so obravnavali dve vprašanji, ki se vlečeta tudi skozi ta priročnik:

# Context: list item in “The eight training programmes”
training-li-728713a6 = **Kako** lahko lokalne skupnosti v svojem kraju komunicirajo o migracijah in { -integration(case: "loc") }: po katerih kanalih, s katerimi partnerji, v kakšnem tonu?

# Context: list item in “The eight training programmes”
training-li-84038310 = **Kaj** naj sporočajo: katera dejstva, katere zgodbe, katera sporočila o prispevku, ki ga { -migrants } dajejo življenju v kraju?

# Context: paragraph in “The eight training programmes”
training-p-6051c9de = Ker so programi potekali v različnih državah in jezikih, so vsakega oblikovale lokalne potrebe. Spodnji razdelki niso določen učni načrt: združujejo teme in metode, ki jih takšna usposabljanja običajno zajemajo, da lahko zasnujete lasten program.

# Context: heading
training-h-71ea65eb = Komu je usposabljanje namenjeno

# Context: paragraph in “Who training is for”
training-p-5cd31d27 = Lokalni program usposabljanja najbolje deluje z mešano skupino. Razmislite, da bi povabili:

# Context: list item in “Who training is for”
training-li-924d6e3f = občinske uslužbence, ki se srečujejo s prebivalci in novimi prebivalci, ter tiste, ki pišejo za občinske kanale;

# Context: list item in “Who training is for”
training-li-faa0b619 = izvoljene predstavnike, četudi se lahko pridružijo le za del časa;

# Context: list item in “Who training is for”
training-li-5d9ec123 = zaposlene in prostovoljce nevladnih organizacij, tudi organizacij, ki jih vodijo { -migrants };

# Context: list item in “Who training is for”
training-li-9e664a56 = učitelje, šolske svetovalne delavce in mladinske delavce;

# Context: list item in “Who training is for”
training-li-c2b77862 = lokalne novinarje in ljudi, ki vodijo skupnostne medije ali spletne skupine;

# Context: list item in “Who training is for”
training-li-9499bbb6 = nove prebivalce, ki so dejavni v skupnosti, kot udeležence in, kjer je mogoče, kot soizvajalce usposabljanja.

# Context: paragraph in “Who training is for”
training-p-344d89c0 = Skupina s 15 do 25 ljudmi omogoča pravo razpravo.

# Context: paragraph in “Who training is for”
training-p-729e2c54 = Mešane skupine se naučijo več, potrebujejo pa skrbno vodenje. Na začetku se dogovorite o preprostih pravilih: poslušajte, govorite iz lastnih izkušenj, spoštujte zaupnost in se ne strinjajte z zamislimi, ne z ljudmi.

# Context: heading
training-h-503564a9 = Kaj lahko zajema program

# Context: paragraph in “What a programme can cover”
training-p-334ac23b = Naslednje module lahko združite v enodnevni, dvodnevni ali večdelni program. Vsak modul ima kratek uvod, dejavnost in razpravo.

# Context: list item in “What a programme can cover”
training-li-b3edce25 = **Dejstva in okoliščine.** Kdo so novi prebivalci v našem kraju, zakaj so prišli in kakšen je njihov pravni položaj? Za ozadje uporabite [2. poglavje](02-routes.md).

# Context: list item in “What a programme can cover”
training-li-2904d722 = **Besede.** Begunci, prosilci za mednarodno zaščito, migranti in drugi: kaj besede pomenijo in kako zvenijo. Delajte z [glosarjem](03-words.md#glossary).

# Context: list item in “What a programme can cover”
training-li-0c712dbc = **Dojemanja in stereotipi.** Kako se oblikujejo mnenja o migracijah? Kakšno vlogo imajo strah, stik in mediji? Udeleženci brez obtoževanja razmišljajo o lastnih predpostavkah.

# Context: list item in “What a programme can cover”
training-li-8d98ecd8 = **Zgodbe in sporočila.** Kako najti in povedati zgodbe o prispevku in vsakdanjem življenju, s privolitvijo in brez stereotipov. Udeleženci pripravijo osnutek sporočila za svoje občinstvo.

# Context: list item in “What a programme can cover”
training-li-87e319a6 = **Načrtovanje kampanje.** Sedem korakov cikla kampanje iz [5. poglavja](05-campaign.md#cycle), uporabljenih na resnični lokalni zamisli.

# Context: list item in “What a programme can cover”
training-li-3e6f1470 = **Mediji in družbena omrežja.** Delo z novinarji, priprava na intervjuje, moderiranje komentarjev in odzivanje na dezinformacije. Glejte [9. poglavje](09-media.md).

# Context: list item in “What a programme can cover”
training-li-21e7260a = **Odzivanje na sovražnost.** Kaj storiti, ko se sestanek razvname ali ko se pojavi { -hate-speech }: ostati miren, postaviti meje, vedeti, kdaj dogodek prijaviti.

# Context: paragraph in “What a programme can cover”
training-p-6c332660 = Povabite nove prebivalce, naj z lastnimi besedami in pod svojimi pogoji povedo, kako so prišli v kraj. Osebna zgodba, slišana iz oči v oči, pogosto bolj spremeni poglede udeležencev kot katera koli prosojnica. Govorce dobro pripravite, plačajte jim za njihov čas in jih nikoli ne prosite, naj v javnosti podoživljajo travmatične dogodke.

# Context: heading
training-h-474e1b3d = Izvedba programa usposabljanja

# Context: heading
training-h-20641eef = Pred usposabljanjem

# Context: list item in “Before”
training-li-588a15fa = Določite cilj. Kaj naj bi udeleženci po usposabljanju znali narediti? Na primer: napisati sporočilo za javnost v natančnem jeziku ali načrtovati majhno kampanjo.

# Context: list item in “Before”
training-li-2cd16d14 = Ugotovite, kaj udeleženci potrebujejo: kratek vprašalnik vam bo povedal, kaj vedo in kaj jih skrbi.

# Context: list item in “Before”
training-li-9e3384b5 = Izberite izvajalce: nekoga z izkušnjami v komuniciranju, nekoga, ki pozna migracije in azil, ter vsaj enega novega prebivalca.

# Context: list item in “Before”
training-li-ad2ff4ce = Pripravite praktične stvari:

# Context: list item in “Before”
training-li-069da143 = dostopen prostor, v katerem je mogoče delati v majhnih skupinah;

# Context: list item in “Before”
training-li-6a31c872 = tolmačenje, če ga nekateri udeleženci potrebujejo;

# Context: list item in “Before”
training-li-9c48e891 = varstvo otrok ali termin, ki ustreza staršem in ljudem, ki delajo v izmenah.

# Context: heading
training-h-86c03894 = Med usposabljanjem

# Context: paragraph in “During”
training-p-4682b529 = Uvodne predstavitve naj bodo kratke, udeleženci pa naj delajo na lastnih, resničnih položajih, s kombinacijo kratkih predstavitev, študij primerov, igre vlog in pogovorov z novimi prebivalci.

# Context: paragraph in “During”
training-p-5e1981e1 = Naredite prostor za dvome in težka vprašanja. Udeleženci, ki jih skrbijo varnost, stroški storitev ali napetosti v šoli, morajo to lahko povedati. Odgovorite z dejstvi in pokažite, kako so se s podobnimi položaji spopadli drugi.

# Context: heading
training-h-1754c553 = Po usposabljanju

# Context: paragraph in “After”
training-p-eff85e07 = Prosite udeležence, naj odidejo z eno konkretno zavezo: besedilo, ki ga bodo prepisali, partner, ki ga bodo poklicali, dejavnost, ki jo bodo načrtovali. Ostanite v stiku in se čez nekaj mesecev spet srečajte. Najboljši izid je usposabljanje, ki vodi v kampanjo: zato je { -clarinet } usposabljanje povezal s kampanjami, ki so jih zasnovale sodelujoče skupnosti.

# Context: heading
training-h-7036f44e = Primer enodnevnega programa

# Context: paragraph in “A sample one-day programme”
training-p-1ab9d3d4 = Spodnja preglednica je vzorec, ki ga lahko prilagodite. Časi so približni.

# Context: table cell in “A sample one-day programme”
training-cell-78efd29f = Čas

# Context: table cell in “A sample one-day programme”
training-cell-44b56f66 = Sklop

# Context: table cell in “A sample one-day programme”
training-cell-8cb93664 = Metoda

# Context: table cell in “A sample one-day programme”
training-cell-9027f0a8 = 9.00

# Context: table cell in “A sample one-day programme”
training-cell-f941f369 = Dobrodošlica, predstavitve, pravila

# Context: table cell in “A sample one-day programme”
training-cell-4736681d = Krog imen, kratko ogrevanje v parih

# Context: table cell in “A sample one-day programme”
training-cell-901b7d63 = 9.30

# Context: table cell in “A sample one-day programme”
training-cell-4d30ad90 = Dejstva in okoliščine v našem kraju

# Context: table cell in “A sample one-day programme”
training-cell-40960c4e = Kratek uvod, vprašanja, kviz

# Context: table cell in “A sample one-day programme”
training-cell-53aa9c37 = 10.30

# Context: table cell in “A sample one-day programme”
training-cell-99393f6a = Besede so pomembne

# Context: table cell in “A sample one-day programme”
training-cell-e93a1cd8 = Delo z glosarjem; preoblikovanje resničnih naslovov

# Context: table cell in “A sample one-day programme”
training-cell-0198394b = 11.30

# Context: table cell in “A sample one-day programme”
training-cell-0ae8041c = Odmor

# Context: table cell in “A sample one-day programme”
training-cell-01e57b1d = Kava in neformalni pogovor

# Context: table cell in “A sample one-day programme”
training-cell-019b89bb = 11.45

# Context: table cell in “A sample one-day programme”
training-cell-18685ed7 = Prihod sem: govorijo novi prebivalci

# Context: table cell in “A sample one-day programme”
training-cell-432b1836 = Pogovor v majhnih skupinah

# Context: table cell in “A sample one-day programme”
training-cell-b84d37e3 = 13.00

# Context: table cell in “A sample one-day programme”
training-cell-3a996e21 = Kosilo

# Context: table cell in “A sample one-day programme”
training-cell-0183acba = Skupni obrok

# Context: table cell in “A sample one-day programme”
training-cell-64e00163 = 14.00

# Context: table cell in “A sample one-day programme”
training-cell-559ca8c4 = Od zgodbe do sporočila

# Context: table cell in “A sample one-day programme”
training-cell-2c5f965e = Skupinsko delo na lokalnem sporočilu

# Context: table cell in “A sample one-day programme”
training-cell-16d1d7e5 = 15.00

# Context: table cell in “A sample one-day programme”
training-cell-a0af79a3 = Načrtovanje majhne kampanje

# Context: table cell in “A sample one-day programme”
training-cell-049c37b7 = Cikel kampanje, ena stran na skupino

# Context: table cell in “A sample one-day programme”
training-cell-380725a8 = 16.00

# Context: table cell in “A sample one-day programme”
training-cell-0ddfe142 = Delo z mediji in sovražni komentarji

# Context: table cell in “A sample one-day programme”
training-cell-11fdb446 = Igra vlog

# Context: table cell in “A sample one-day programme”
training-cell-380f7563 = 16.45

# Context: table cell in “A sample one-day programme”
training-cell-48c1c711 = Zaveze in vrednotenje

# Context: table cell in “A sample one-day programme”
training-cell-160d1d98 = Vsak udeleženec navede en naslednji korak; kratek vprašalnik za povratne informacije

# Context: table cell in “A sample one-day programme”
training-cell-b3fab034 = 17.00

# Context: table cell in “A sample one-day programme”
training-cell-db541cd8 = Zaključek

# Context: table cell in “A sample one-day programme”
training-cell-d5c887f7 = Zahvala in slovo

# Context: paragraph in “A sample one-day programme”
training-p-031f2f2d = En sam dan je dober začetek, a le redko zadošča. Če lahko, module razporedite na več krajših srečanj, da lahko udeleženci vmes stvari preizkusijo.

# Context: heading
training-h-9353605e = Kaj lahko storite

# Context: list item in “What you can do”
training-li-58283c7c = Naštejte deset ljudi v svojem kraju, ki komunicirajo o migracijah, pa če se tega zavedajo ali ne, in jih povabite na prvo poldnevno srečanje.

# Context: list item in “What you can do”
training-li-bbfe3487 = Med novimi prebivalci v svojem kraju poiščite soizvajalca usposabljanja in srečanje načrtujte skupaj.

# Context: list item in “What you can do”
training-li-2ed79858 = Uporabite zgornji vzorčni program in ga prilagodite času in proračunu, ki ju imate.

# Context: list item in “What you can do”
training-li-2194955d = Vsako srečanje sklenite s konkretnimi zavezami in določite datum naslednjega srečanja.
