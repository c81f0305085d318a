# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Liste de verificare, modele și lecturi suplimentare
# Context: heading
resources-h-555c87bec75af099 = Cum să folosiți aceste instrumente
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = Acest capitol adună într-un singur loc instrumentele practice din manual. Copiați-le, traduceți-le și adaptați-le: o listă de verificare care încape pe o pagină este o listă de verificare care chiar se folosește.
# Context: heading
resources-h-614c98740e77fecc = Planul de campanie pe o pagină
# Context: paragraph in “One-page campaign plan”
resources-p-270d02bec92c9dc5 = Completați acest model împreună cu partenerii la începutul unei campanii. El urmează cei șapte pași ai ciclului campaniei din [capitolul 5](05-campaign.md#cycle), la care se adaugă un calendar.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Pasul
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Întrebarea la care răspundeți
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = Ce scrieți
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Notițele dumneavoastră
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Obiectiv
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Ce ar trebui să fie diferit după campanie și pentru cine?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Scrieți o singură frază.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Public
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Ce grup vrem cel mai mult să atingem? Ce contează pentru el? În cine are încredere?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Descrieți unul sau două grupuri.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Mesaj
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Ce vrem să rețină?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = O frază, testată cu publicul.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Canale
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Unde vor întâlni mesajul nostru?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Două sau trei canale.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Parteneri
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Cine planifică împreună cu noi, cine ajută, cine răspândește vestea? Se află noi veniți printre organizatori?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Nume și roluri.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Buget
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = De ce avem nevoie, în bani și în timp? Ce pot oferi partenerii în natură?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Total, rezervă, evaluare.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Evaluare
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Cum vom ști pe cine am atins și ce s-a schimbat?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Indicatori și date.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Calendar
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Când începem, când lansăm, când raportăm?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Datele-cheie.
# Context: heading
resources-h-c7a40883f0223305 = Trusa campaniei
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Copiați aceste modele și completați-le împreună cu partenerii.
# Context: heading
resources-h-fb7298a36f8984f9 = Casa mesajului
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = Vedeți în [capitolul 5](05-campaign.md#message-framework) cum se folosește.
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Partea
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Textul dumneavoastră
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Mesajul central (acoperișul)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = Argumentul 1, cu un fapt sau o poveste locală
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = Argumentul 2, cu un fapt sau o poveste locală
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = Argumentul 3, cu un fapt sau o poveste locală
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Mesageri
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Îndemn la acțiune
# Context: heading
resources-h-1c6225ec7092ad2f = Buget
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Cost
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = În bani
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = În natură
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Cine plătește sau contribuie
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Timpul personalului
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Design și tipărire
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Spații
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Interpretare și traducere
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Onorarii pentru { -newcomers }, artiști și vorbitori
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Accesibilitate: subtitrări, versiuni ușor de citit, limbaj mimico-gestual
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Mâncare și băuturi
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Publicitate
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Rezervă pentru neprevăzute
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Total
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Unele platforme mari nu mai acceptă în UE reclame plătite pe teme sociale, iar migrația poate intra în această categorie. Verificați regulile lor înainte de a prevedea bani pentru reclame.
# Context: heading
resources-h-3cdfa37b13de1454 = Indicatori
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Alegeți cel puțin un indicator pentru fiecare nivel și măsurați valoarea de referință înainte de începerea campaniei.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Nivel
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Indicator
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Valoare de referință
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Sursa datelor
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Data
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Activități: ce am făcut
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Acoperire: pe cine am atins
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Schimbare: ce s-a schimbat
# Context: heading
resources-h-eef9a484f57a8412 = Chestionar înainte și după
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Puneți aceleași cinci întrebări, anonim, înainte și după campanie.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = Pe câți { -newcomers } din orașul nostru îi cunoașteți după nume? (pe niciunul, pe unul sau doi, pe trei sau mai mulți)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = În ultima lună, ați stat de vorbă cu un { -newcomer } mai mult de câteva minute? (da, nu)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = Sunteți de acord cu afirmația: „Oamenii care s-au mutat aici din alte țări contribuie la viața orașului nostru”? (dezacord total, dezacord, nu sunt sigur/ă, acord, acord total)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = De unde aflați cele mai multe știri despre migrație? (presa locală, presa națională, rețelele sociale, prieteni și familie, altă sursă)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = Ce i-ar ajuta pe oamenii din orașul nostru să trăiască bine împreună? (răspuns liber)
# Context: heading
resources-h-f5a1f30c9a371afd = Comunicat de presă
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = O invitație de presă, prin care jurnaliștii sunt chemați la un eveniment, trebuie să spună doar ce, când, unde, cine va vorbi și ce se poate filma. Un comunicat de presă are nevoie de mai mult:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = Ce conține
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Titlu
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = Ce este nou, în câteva cuvinte, cu oameni în prim-plan
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = Primul paragraf
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Cine, ce, când, unde și de ce
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Citat
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = O persoană numită, cu acordul ei
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Detalii
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Fapte, cu surse; cum pot participa locuitorii
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Contact
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Nume, telefon și e-mail
# Context: heading
resources-h-b8d42c5beab24b97 = Notă de stil
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = Spunem
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = Evităm
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = De ce
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = Pe cine întrebăm când avem îndoieli
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = Data următoarei revizuiri
# Context: heading
resources-h-55d093b1096256ee = Listă de verificare: înainte de un eveniment
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Evenimentul are un scop clar, legat de obiectivul campaniei.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Printre organizatori se află noi veniți, nu doar printre invitați.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Spațiul este accesibil, gratuit sau ieftin și familiar publicului.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Ora le convine celor care lucrează și familiilor; s-a avut în vedere supravegherea copiilor.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Mâncarea și momentele informale le dau oamenilor ocazia să stea de vorbă.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Fotografii știu cine a acceptat și cine nu a acceptat să fie fotografiat.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Există un plan pentru cazul în care evenimentul este perturbat sau apar comportamente ostile.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Știți cum veți colecta feedbackul.
# Context: heading
resources-h-98442a3b8f52e9d8 = Listă de verificare: materiale și evenimente accesibile
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = Textele folosesc un limbaj simplu și fraze scurte.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = Informațiile esențiale există în limbile publicului, inclusiv în cele ale { -newcomers(case: "gen") }.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = Cele mai importante texte au o versiune ușor de citit.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = Imaginile au text alternativ, iar videoclipurile au subtitrări.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = Textul are un contrast puternic și o dimensiune a literelor ușor de citit.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = Fișierele PDF sunt documente accesibile, nu imagini scanate.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = Locul are acces fără trepte.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Se pot rezerva interpreți de limbaj mimico-gestual și de alte limbi, iar invitațiile spun cum.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = Site-urile și aplicațiile primăriilor trebuie deja să respecte Directiva (UE) 2016/2102 privind accesibilitatea site-urilor web și a aplicațiilor mobile ale organismelor din sectorul public. PDF-ul acestui manual respectă standardul PDF/UA pentru documente accesibile.
# Context: heading
resources-h-c73ec4c76ee4bacd = Formular de consimțământ
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = Acest formular consemnează consimțământul așa cum este descris în [capitolul 9](09-media.md#consent). Traduceți-l în limbile vorbite de { -newcomers(case: "def") } din orașul dumneavoastră, de exemplu araba, dari, farsi, ucraineana sau franceza. Dacă este nevoie, citiți-l cu voce tare împreună cu un interpret și dați-i persoanei o copie.
# Context: heading
resources-h-0d83b9fad7993fb6 = Acord pentru folosirea poveștii, fotografiei sau înregistrării mele video
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Întrebare
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Răspuns
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Cine solicită acordul? Organizația și persoana de contact
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = Ce se va realiza? O poveste, o fotografie, o înregistrare video sau o lucrare artistică
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Unde va apărea?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = Cât timp va fi folosit și păstrat materialul?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Cine altcineva îl mai poate folosi?
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = Opțiunile mele:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = Puteți folosi numele meu complet.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = Puteți folosi doar prenumele meu.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Nu folosiți numele meu.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = Puteți arăta chipul meu.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Nu arătați chipul meu.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = Puteți spune din ce țară vin.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = Puteți menționa statutul meu juridic.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = Puteți folosi materialul în publicații tipărite. Înțeleg că ceea ce s-a tipărit nu mai poate fi retras.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = Drepturile mele:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = Pot să refuz. Refuzul nu va schimba niciun ajutor sau serviciu pe care îl primesc.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = Mă pot răzgândi în orice moment, anunțând persoana de contact. Atunci veți înceta să folosiți materialul și îl veți elimina din mediul online acolo unde este posibil.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = Materialele tipărite, picturile murale și emisiunile difuzate nu mai pot fi retrase.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = Veți păstra în siguranță acest formular și materialul și le veți șterge la expirarea perioadei convenite.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Cine
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Nume
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Semnătură
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = Persoana în cauză
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Părintele sau tutorele legal, în cazul unui copil
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Interpretul, dacă este cazul
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = Pentru organizație
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = În cazul unui copil: copilul a fost întrebat, cu cuvinte potrivite vârstei sale, și este de acord.
# Context: heading
resources-h-77f96f56a2faf03e = Listă de verificare: presa și rețelele sociale
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Înainte de un interviu:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Îl cunosc pe jurnalist, publicația și subiectul?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Am două-trei idei principale, cu fapte și surse?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Mi-am verificat cuvintele cu ajutorul glosarului?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Dacă va vorbi un nou venit, și-a dat acordul și s-a pregătit?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Înainte de o postare:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Postarea vorbește despre oameni, este locală și corectă?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Persoanele care apar și-au dat acordul pentru această utilizare?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Este cineva pregătit să modereze comentariile în următoarele ore?
# Context: heading
resources-h-772774b7a6501a2f = Model de politică de moderare
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = O autoritate publică trebuie să trateze toate opiniile în mod egal. Eliminați comentarii doar atunci când încalcă o regulă publicată, niciodată din cauza opiniei exprimate, și țineți evidența fiecărei eliminări. Adaptați modelul de mai jos și rugați serviciul juridic să îl verifice.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = Această pagină le este dedicată locuitorilor, ca să discute despre viața din orașul nostru. Întrebările, opiniile și criticile sunt binevenite, inclusiv criticile la adresa primăriei. Ascundem sau eliminăm comentariile care:
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = insultă, amenință sau hărțuiesc o persoană;
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = conțin { -hate-speech } sau îndeamnă la violență;
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = fac publice datele personale ale altor persoane;
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = sunt spam, publicitate sau sunt ilegale în alt mod.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = Aceste reguli se aplică tuturor, indiferent de opinie. Consemnăm fiecare eliminare și motivul ei și, după un avertisment, putem bloca persoanele care încalcă regulile în mod repetat. Raportăm conținutul care poate fi ilegal. Dacă considerați că v-am șters comentariul din greșeală, scrieți-ne și îl vom analiza din nou.
# Context: heading
resources-h-8cad337bcd2b57e0 = Listă de verificare: primele 72 de ore
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = Folosiți-o împreună cu secțiunea despre crize din [capitolul 9](09-media.md#crisis).
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Înainte: au fost desemnați un purtător de cuvânt, o persoană care verifică faptele, una care monitorizează rețelele sociale și o persoană de contact pentru cei afectați, fiecare cu un înlocuitor.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Înainte: o declarație inițială este pregătită și poate fi adaptată.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = Prima oră: faptele au fost verificate cu poliția sau cu alte autorități.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = Prima oră: am spus ce s-a întâmplat, ne-am arătat compasiunea față de victime și nu am învinuit niciun grup.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = Prima oră: am spus când va urma următoarea informare.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = Prima zi: jurnaliștii locali au fost informați împreună.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = Prima zi: originea sau statutul sunt menționate doar când sunt relevante și confirmate.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = Prima zi: canalele noastre sunt moderate, iar postările care instigă la ură sunt documentate.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = Prima zi: am luat legătura cu persoanele vizate și le-am întrebat de ce au nevoie.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = După: are loc o întâlnire publică, promisiunile sunt respectate, iar planul este revizuit.
# Context: heading
resources-h-8c0c387f3679ae79 = Declarație inițială
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = Publicați acest scurt prim mesaj în prima oră, după ce ați verificat fiecare fapt.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = Ce știm: doar fapte confirmate, cu ora
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = Compasiunea noastră față de victime și față de cei afectați
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = Ce facem și cu cine
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = Când și unde va apărea următoarea informare
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = Un apel la calm și respect
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Contact pentru jurnaliști
# Context: heading
resources-h-4082f515b2f4929c = Lecturi suplimentare
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Aceste surse sunt publice, de încredere și actualizate periodic.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Site-ul proiectului CLARINET__, { -project-site }, cu materialele și noutățile proiectului: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __Comisia Europeană__, care publică politicile UE privind migrația, azilul și integrarea, inclusiv Planul de acțiune privind integrarea și incluziunea pentru perioada 2021-2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Site-ul european privind integrarea__ (European Website on Integration), administrat de Comisia Europeană, cu știri și o colecție de practici de integrare din toată Europa.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __Agenția ONU pentru Refugiați (UNHCR)__, pentru definiții, texte juridice și date despre { -refugees } și { -asylum-seekers } din întreaga lume.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __Organizația Internațională pentru Migrație (OIM)__, pentru glosarul său de termeni privind migrația și pentru datele sale despre rutele de migrație.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Eurostat__ și **Agenția Uniunii Europene pentru Azil**, pentru statisticile europene oficiale privind azilul și migrația.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Autoritatea națională pentru azil și organismul național pentru egalitate__, pentru cifre, proceduri și sprijin în propria țară și în propria limbă.
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__, de Stephan Lewandowsky și alți cercetători, despre cum se corectează afirmațiile false.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __Programul Orașe interculturale al Consiliului Europei__, cu manualul și ghidurile sale pentru combaterea zvonurilor despre diversitate.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Site-urile se schimbă. Dacă o pagină a fost mutată, căutați numele organizației și titlul documentului. Verificați întotdeauna data oricărei cifre pe care o folosiți.
# Context: heading
resources-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Tipăriți planul de campanie pe o pagină și completați-l la următoarea întâlnire cu partenerii.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Puneți lista de verificare pentru evenimente și formularul de consimțământ în dosarul fiecărei persoane care organizează activități publice.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Împărtășiți ce ați învățat cu un alt oraș. Schimbul de bune practici între { -local-communities } s-a aflat în centrul proiectului { -clarinet } și poate continua prin dumneavoastră.
