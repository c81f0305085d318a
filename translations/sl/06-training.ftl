# handbook/chapters/06-training.md — Training local communities
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
training-title-cef7d88e6e1e87bb = Usposabljanje lokalnih skupnosti
# Context: heading
training-h-61efe14fc2e2e932 = Zakaj usposabljanje
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = Večina ljudi, ki v kraju komunicirajo o migracijah, tega ni nikoli načrtovala. Socialno delavko prosijo, naj spregovori na zboru krajanov; učitelj ugotovi, da je prihod novega učenca vznemiril nekatere starše; prostovoljka na spletu vidi sovražno objavo o družinah, ki jim pomaga. Vsak od njih komunicira, pa če je na to pripravljen ali ne.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = Usposabljanje jim da samozavest, skupne besede in praktična orodja. Poleg tega jih poveže: pogosto je najdragocenejši rezultat dneva usposabljanja to, da se knjižničarka, mladinski delavec in policist zdaj poznajo.
# Context: heading
training-h-cc4e4fe821dc2ace = Komu je usposabljanje namenjeno
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = Lokalni program usposabljanja najbolje deluje z mešano skupino. Razmislite, da bi povabili:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = občinske uslužbence, ki se srečujejo s prebivalci in novimi prebivalci, ter tiste, ki pišejo za občinske kanale;
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = izvoljene predstavnike, četudi se lahko pridružijo le za del časa;
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = zaposlene in prostovoljce nevladnih organizacij, tudi organizacij, ki jih vodijo { -migrants };
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = učitelje, šolske svetovalne delavce in mladinske delavce;
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = lokalne novinarje in ljudi, ki vodijo skupnostne medije ali spletne skupine;
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = nove prebivalce, ki so dejavni v skupnosti, kot udeležence in, kjer je mogoče, kot soizvajalce usposabljanja.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = Skupina s 15 do 25 ljudmi omogoča pravo razpravo.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = Mešane skupine se naučijo več, potrebujejo pa skrbno vodenje. Na začetku se dogovorite o preprostih pravilih: poslušajte, govorite iz lastnih izkušenj, spoštujte zaupnost in se ne strinjajte z zamislimi, ne z ljudmi.
# Context: heading
training-h-758d23798d0d029c = Kaj lahko zajema program
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = Naslednje module lahko združite v enodnevni, dvodnevni ali večdelni program. Vsak modul ima kratek uvod, dejavnost in razpravo.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Dejstva in okoliščine.__ Kdo so novi prebivalci v našem kraju, zakaj so prišli in kakšen je njihov pravni položaj? Za ozadje uporabite [2. poglavje](02-routes.md).
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Besede.__ Begunci, prosilci za mednarodno zaščito, migranti in drugi: kaj besede pomenijo in kako zvenijo. Delajte z [glosarjem](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Dojemanja in stereotipi.__ Kako se oblikujejo mnenja o migracijah? Kakšno vlogo imajo strah, stik in mediji? Udeleženci brez obtoževanja razmišljajo o lastnih predpostavkah.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Zgodbe in sporočila.__ Kako najti in povedati zgodbe o prispevku in vsakdanjem življenju, s privolitvijo in brez stereotipov. Udeleženci pripravijo osnutek sporočila za svoje občinstvo.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Načrtovanje kampanje.__ Sedem korakov cikla kampanje iz [5. poglavja](05-campaign.md#cycle), uporabljenih na resnični lokalni zamisli.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Mediji in družbena omrežja.__ Delo z novinarji, priprava na intervjuje, moderiranje komentarjev in odzivanje na dezinformacije. Glejte [9. poglavje](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Odzivanje na sovražnost.__ Kaj storiti, ko se sestanek razvname ali ko se pojavi { -hate-speech }: ostati miren, postaviti meje, vedeti, kdaj dogodek prijaviti.
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Povabite nove prebivalce, naj z lastnimi besedami in pod svojimi pogoji povedo, kako so prišli v kraj. Osebna zgodba, slišana iz oči v oči, pogosto bolj spremeni poglede udeležencev kot katera koli prosojnica. Govorce dobro pripravite, plačajte jim za njihov čas in jih nikoli ne prosite, naj v javnosti podoživljajo travmatične dogodke. Preden plačate { -asylum-seeker(case: "dat") }, preverite pravila o delu in prejemkih v [4. poglavju](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Izvedba programa usposabljanja
# Context: heading
training-h-3386b5676f771586 = Pred usposabljanjem
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Določite cilj. Kaj naj bi udeleženci po usposabljanju znali narediti? Na primer: napisati sporočilo za javnost v natančnem jeziku ali načrtovati majhno kampanjo.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Ugotovite, kaj udeleženci potrebujejo: kratek vprašalnik vam bo povedal, kaj vedo in kaj jih skrbi.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Izberite izvajalce: nekoga z izkušnjami v komuniciranju, nekoga, ki pozna migracije in azil, ter vsaj enega novega prebivalca.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Pripravite praktične stvari:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = dostopen prostor, v katerem je mogoče delati v majhnih skupinah;
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = tolmačenje, če ga nekateri udeleženci potrebujejo;
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = varstvo otrok ali termin, ki ustreza staršem in ljudem, ki delajo v izmenah.
# Context: heading
training-h-a709853027611f7a = Med usposabljanjem
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = Uvodne predstavitve naj bodo kratke, udeleženci pa naj delajo na lastnih, resničnih položajih, s kombinacijo kratkih predstavitev, študij primerov, igre vlog in pogovorov z novimi prebivalci.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Naredite prostor za dvome in težka vprašanja. Udeleženci, ki jih skrbijo varnost, stroški storitev ali napetosti v šoli, morajo to lahko povedati. Odgovorite z dejstvi in pokažite, kako so se s podobnimi položaji spopadli drugi.
# Context: heading
training-h-257f554c9fad8263 = Po usposabljanju
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Prosite udeležence, naj odidejo z eno konkretno zavezo: besedilo, ki ga bodo prepisali, partner, ki ga bodo poklicali, dejavnost, ki jo bodo načrtovali. Ostanite v stiku in se čez nekaj mesecev spet srečajte. Najboljši izid je usposabljanje, ki vodi v kampanjo. { -clarinet } je izvajal tako programe usposabljanja kot lokalne kampanje.
# Context: heading
training-h-86f437ebce5d900a = Primer enodnevnega programa
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = Spodnja preglednica je vzorec, ki ga lahko prilagodite. Časi so približni.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Čas
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Sklop
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Metoda
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 9.00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Dobrodošlica, predstavitve, pravila
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Krog imen, kratko ogrevanje v parih
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 9.30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Dejstva in okoliščine v našem kraju
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Kratek uvod, vprašanja, kviz
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10.30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = Besede so pomembne
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Delo z glosarjem; preoblikovanje resničnih naslovov
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11.30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Odmor
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Kava in neformalni pogovor
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11.45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Prihod sem: govorijo novi prebivalci
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Pogovor v majhnih skupinah
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13.00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Kosilo
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = Skupni obrok
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14.00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = Od zgodbe do sporočila
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Skupinsko delo na lokalnem sporočilu
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15.00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Načrtovanje majhne kampanje
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Cikel kampanje, ena stran na skupino
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16.00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = Delo z mediji in sovražni komentarji
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Igra vlog
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16.45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Zaveze in vrednotenje
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Vsak udeleženec navede en naslednji korak; kratek vprašalnik za povratne informacije
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17.00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Zaključek
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Zahvala in slovo
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = Primer enodnevnega programa usposabljanja
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = En sam dan je dober začetek, a le redko zadošča. Če lahko, module razporedite na več krajših srečanj, da lahko udeleženci vmes stvari preizkusijo.
# Context: heading
training-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = Naštejte deset ljudi v svojem kraju, ki komunicirajo o migracijah, pa če se tega zavedajo ali ne, in jih povabite na prvo poldnevno srečanje.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Med novimi prebivalci v svojem kraju poiščite soizvajalca usposabljanja in srečanje načrtujte skupaj.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Uporabite zgornji vzorčni program in ga prilagodite času in proračunu, ki ju imate.
