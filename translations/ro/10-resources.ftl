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
resources-p-07656a676e5fab74 = Completați acest model împreună cu partenerii la începutul unei campanii. El urmează cei șapte pași ai ciclului campaniei din [capitolul 5](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Pasul
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Întrebarea la care răspundeți
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
resources-h-55d093b1096256ee = Listă de verificare: înainte de un eveniment
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Evenimentul are un scop clar, legat de obiectivul campaniei.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Printre organizatori se află noi veniți, nu doar printre invitați.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Spațiul este accesibil, gratuit sau ieftin și familiar publicului.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Informațiile sunt disponibile în principalele limbi ale publicului.
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
resources-h-e7bad87c6d9edf07 = Listă de verificare: consimțământul
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = Persoana înțelege la ce va servi povestea, fotografia sau înregistrarea video.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = Știe unde va apărea: în presa scrisă, online, pe un afiș, într-o expoziție.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = Știe că materialele online pot rămâne vizibile multă vreme.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = A ales cum va fi numită și cum va fi arătată.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Riscurile pentru ea sau pentru familia ei au fost discutate, mai ales în timpul unei proceduri de azil.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = În cazul copiilor, părinții sau tutorii și-au dat acordul, iar copilul a fost și el întrebat.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Consimțământul este cerut din nou pentru fiecare nouă utilizare.
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
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Când apare un zvon sau o postare plină de ură:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Documentați-o cu o captură de ecran, data și linkul.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Raportați-o dacă încalcă regulile platformei sau legea.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Răspundeți o singură dată, calm, cu fapte și cu o sursă de încredere.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Sprijiniți persoanele vizate.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = Păstrați cele trei liste de verificare din acest capitol într-un dosar comun, la care au acces toți partenerii, și revedeți-le împreună o dată pe an. Adăugați lecțiile pe care le învățați: cea mai bună listă de verificare este cea scrisă din propria experiență.
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
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Site-urile se schimbă. Dacă o pagină a fost mutată, căutați numele organizației și titlul documentului. Verificați întotdeauna data oricărei cifre pe care o folosiți.
# Context: heading
resources-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Tipăriți planul de campanie pe o pagină și completați-l la următoarea întâlnire cu partenerii.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Puneți listele de verificare pentru evenimente și pentru consimțământ în dosarul fiecărei persoane care organizează activități publice.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Traduceți listele de verificare în limbile cel mai des vorbite de noii veniți din orașul dumneavoastră.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Împărtășiți ce ați învățat cu un alt oraș. Schimbul de bune practici între { -local-communities } s-a aflat în centrul proiectului { -clarinet } și poate continua prin dumneavoastră.
