# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = O tem priročniku in projektu CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Zakaj je nastal ta priročnik
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Vsak kraj ima svoje zgodbe o novih prebivalcih. Nekatere so povedane lepo: družina, ki je znova odprla pekarno, medicinska sestra, ki se je šolala v tujini in zdaj dela nočne izmene v krajevnem zdravstvenem domu. Mnoge niso nikoli povedane ali pa jih pripovedujejo le kot težave. Ta priročnik je namenjen ljudem, ki želijo to razmerje spremeniti tam, kjer živijo.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = Napisan je za županje in župane, občinske uslužbence, lokalne nevladne organizacije, učitelje, lokalne novinarje in dejavne državljane. Da bi ga uporabljali, vam ni treba biti strokovnjak za komuniciranje: potrebujete radovednost, nekaj zaveznikov in željo, da bi o migracijah in { -integration(case: "loc") } govorili pošteno, brez strahu in brez prikrivanja težav.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Priročnik je eden od rezultatov projekta { -clarinet }, evropskega projekta mest, regij in organizacij civilne družbe iz jugovzhodne Evrope. Njegovi primeri so splošni: pomagali naj bi vam, da si predstavljate lastne razmere, ne opisujejo pa določenega kraja.
# Context: heading
about-h-7aa2bfa8c139bf1a = Projekt CLARINET
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = { -clarinet } je bil mednarodni projekt. Njegovo polno ime je bilo „Communication of Local AuthoRities for INtegration in European Towns“ (Komuniciranje lokalnih oblasti za integracijo v evropskih mestih). Sofinanciran je bil iz Sklada Evropske unije za azil, migracije in vključevanje. Trajal je tri leta, od 2019 do 2021, in je povezoval dejavnosti na lokalni ravni, v mestih in regijah partnerjev, z dejavnostmi na evropski ravni.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = Ta druga izdaja opisuje stanje novembra 2026. Projekt se je končal leta 2021 in od takrat se je veliko spremenilo. Kaj je novega, povzema [2. poglavje](02-routes.md#since-2021).
# Context: heading
about-h-3b863b44b0d2beff = Cilj
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = Splošni cilj projekta je bil med državljani Evropske unije in v lokalnih skupnostih okrepiti zavedanje o pozitivnem prispevku, ki ga { -migrants } prinašajo evropskim družbam. Ljudje nove prebivalce raje sprejmejo, kadar na lastnih ulicah in delovnih mestih vidijo, kaj ti prinašajo.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Zato { -clarinet } ni nagovarjal „Evrope“ na splošno. Spodbujal je { -local-communities(case: "acc") }, da same pokažejo pozitivni prispevek, ki ga { -migrants } dajejo tam, kjer živijo, in da te zgodbe ponesejo naprej.
# Context: heading
about-h-d9950a14c90838fe = Kdo je sodeloval
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = Vodilni partner projekta je bila Občina Lampedusa in Linosa v Italiji. Lampedusa je najjužnejši italijanski otok in je bližje obali severne Afrike kot Siciliji. Že vrsto let je eden najbolj znanih krajev prihoda za ljudi, ki s čolni prečkajo osrednje Sredozemlje. Le malo krajev v Evropi bolje ve, kaj pomeni, ko se majhna skupnost z migracijami sreča iz oči v oči. Občina je sodelovala z 18 drugimi partnerji, skupaj je bilo torej { $partners } organizacij.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Partnerstvo je povezovalo tri vrste organizacij:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 lokalnih in regionalnih oblasti, tako občin kot regionalnih uprav;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 organizacij civilne družbe;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 mednarodni mreži.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    Lokalne oblasti in organizacije civilne družbe delujejo v { $countries ->
        [one] eni državi
        [two] dveh državah
        [few] { $countries } državah
       *[other] { $countries } državah
    } jugovzhodne Evrope.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = Teh osem držav so Italija, Slovenija, Madžarska, Bolgarija, Romunija, Avstrija, Grčija in Ciper. V letih pred projektom, od 2015 do 2019, so zaradi svoje lege vse močno občutile prihode { -asylum-seekers(case: "gen") }. Ležijo na treh različnih migracijskih poteh, ki so opisane v [2. poglavju](02-routes.md): sredozemski poti, zahodnobalkanski poti in vzhodnobalkanski poti.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Diagram partnerstva: vodilni partner, Občina Lampedusa in Linosa v Italiji, nad tremi skupinami, ki jih sestavlja 8 lokalnih oblasti, 9 organizacij civilne družbe in 2 mednarodni mreži; lokalne oblasti in organizacije so iz Italije, Slovenije, Madžarske, Bolgarije, Romunije, Avstrije, Grčije in Cipra
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = Partnerstvo CLARINET: 19 partnerjev; lokalni partnerji v 8 državah
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = Partnerji projekta CLARINET po vrsti in državi
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = Na vrhu je vodilni partner: Občina Lampedusa in Linosa v Italiji, ena od 8 lokalnih oblasti. Črta ga povezuje s tremi skupinami: z 8 lokalnimi oblastmi (občinami in regionalnimi upravami) in 9 organizacijami civilne družbe, ki so skupaj uokvirjene z 8 državami jugovzhodne Evrope, v katerih delujejo (Italija, Slovenija, Madžarska, Bolgarija, Romunija, Avstrija, Grčija in Ciper), ter z 2 mednarodnima mrežama. Spodaj: 8 + 9 + 2 = 19 partnerjev, od 2019 do 2021.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Vodilni partner
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Občina Lampedusa in Linosa
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Italija), ena od 8 lokalnih oblasti
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Lokalne oblasti
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = občine in regionalne uprave
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Organizacije civilne družbe
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 držav jugovzhodne Evrope
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Italija
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Slovenija
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Madžarska
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = Bolgarija
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = Romunija
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Avstrija
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Grčija
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Ciper
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = Mednarodne mreže
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 partnerjev
# Context: heading
about-h-1006bc421e4fcc03 = Trije specifični cilji
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = Projekt je sledil trem specifičnim ciljem. Vsak od njih je oblikoval del tega priročnika.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = Prepoznati in spodbujati dobro prakso, ki jo { -local-communities } razvijajo v javnih komunikacijskih kampanjah o migracijah in vključevanju { -migrants(case: "gen") }.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Pripraviti in izvesti uspešne javne komunikacijske kampanje, ki jih vodijo lokalne skupnosti same.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = Spodbujati izmenjavo dobre prakse na ravni Evropske unije pri komunikacijskih kampanjah o migracijah in { -integration(case: "loc") }, ki jih pripravijo lokalne skupnosti.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = Povedano preprosteje: poiščite, kaj deluje, to naredite in delite z drugimi.
# Context: heading
about-h-cbad4ffb26ab0e29 = Pet dejavnosti
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = Da bi dosegli te cilje, so partnerji izvedli pet glavnih dejavnosti:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = Razpis za „Evropsko nagrado za javne ozaveščevalne kampanje lokalnih skupnosti o migracijah in integraciji“, s katerim so lokalne skupnosti po vsej Evropi povabili, da predstavijo svoje kampanje. [8. poglavje](08-award.md) pojasnjuje, kako poteka tak razpis.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = „Priročnik na temo migracij in integracije za lokalne skupnosti“, knjiga, ki jo pravkar berete.
# Context: list item in “Five activities”
about-li-8f92a3dc8238e325 = Osem programov usposabljanja za lokalne skupnosti o tem, kako na lokalni ravni komunicirati o migracijah in { -integration(case: "loc") } in kaj sporočati. [6. poglavje](06-training.md) kaže, kako izpeljati lastno usposabljanje.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Osem umetniških rezidenc, ki so z umetnostjo odpirale pogovore, ki jih same besede pogosto ne morejo. Glejte [7. poglavje](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Osem kampanj ozaveščanja, ki so jih zasnovale in promovirale sodelujoče lokalne skupnosti. Metoda za načrtovanje take kampanje je korak za korakom predstavljena v [5. poglavju](05-campaign.md).
# Context: heading
about-h-3e84b60b2302c414 = Kako uporabljati ta priročnik
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Vsako poglavje je zaokrožena celota in se konča s kratkim razdelkom „Kaj lahko storite“. Tu je predlagana pot za različne bralce:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __Če delate na občini__, začnite s [4. poglavjem](04-local.md) o vlogi lokalnih oblasti, nato nadaljujte z načrtom kampanje v [5. poglavju](05-campaign.md).
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __Če ste novinar ali delate z mediji__, začnite z glosarjem v [3. poglavju](03-words.md#glossary), nato preberite [9. poglavje](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __Če ste učitelj ali vodite mladinsko skupino__, vam bodo najbolj koristila poglavja o besedah, usposabljanju in umetnosti (3, 6 in 7).
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Če vam primanjkuje časa__, pojdite naravnost na kontrolne sezname in predloge v [10. poglavju](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = V vsej knjigi nasveti ponujajo majhne praktične namige, okvirji z oznako „Dobra praksa“ opisujejo pristope, ki so se obnesli v mnogih krajih, opombe in svarila pa opozarjajo na stvari, pri katerih se zlahka zmotimo.
# Context: heading
about-h-021883523bafcaa3 = Besede v tem priročniku
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Besede, kot so { -refugee }, { -asylum-seeker } in { -migrant }, imajo različne pomene in če jih zamenjujemo, lahko povzročimo resnično škodo. Ta priročnik jih uporablja tako, kot so opredeljene v [glosarju](03-words.md#glossary). Kadar govorimo o ljudeh na splošno, preprosto rečemo „ljudje“ ali „prebivalci“. Za ljudi, ki so v zadnjih letih prišli iz druge države, ne glede na njihov pravni status, uporabljamo izraz { -newcomers }.
# Context: heading
about-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
about-li-760798d9813df91c = Gradiva projekta poiščite na njegovi spletni strani { -project-site }. Če stran ni več dostopna, poiščite { -clarinet } na Evropski spletni strani o integraciji (European Website on Integration).
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Sestavite kratek seznam ljudi v vašem kraju, ki se že ukvarjajo z migracijami in { -integration(case: "ins") }: na občini, v šolah, nevladnih organizacijah, verskih skupnostih in lokalnih medijih.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Ta priročnik delite vsaj z eno osebo zunaj svoje organizacije.
