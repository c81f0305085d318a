### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
resources-title-07d9b641 = Liste de verificare, modele și lecturi suplimentare

# Context: heading
resources-h-c497408f = Cum să folosiți aceste instrumente

# Context: paragraph in “How to use these tools”
resources-p-e6aae41b = Acest capitol adună într-un singur loc instrumentele practice din manual. Copiați-le, traduceți-le și adaptați-le: o listă de verificare care încape pe o pagină este o listă de verificare care chiar se folosește.

# Context: heading
resources-h-82a85ae9 = Planul de campanie pe o pagină

# Context: paragraph in “One-page campaign plan”
resources-p-a31a7be5 = Completați acest model împreună cu partenerii la începutul unei campanii. El urmează cei șapte pași ai ciclului campaniei din [capitolul 5](05-campaign.md#cycle).

# Context: table cell in “One-page campaign plan”
resources-cell-c68bcfea = Pasul

# Context: table cell in “One-page campaign plan”
resources-cell-8ded2eae = Întrebarea la care răspundeți

# Context: table cell in “One-page campaign plan”
resources-cell-ca7daa35 = Notițele dumneavoastră

# Context: table cell in “One-page campaign plan”
resources-cell-c91a47e8 = Obiectiv

# Context: table cell in “One-page campaign plan”
resources-cell-d15a2f52 = Ce ar trebui să fie diferit după campanie și pentru cine?

# Context: table cell in “One-page campaign plan”
resources-cell-4628d5d6 = Scrieți o singură frază.

# Context: table cell in “One-page campaign plan”
resources-cell-b92c8f1f = Public

# Context: table cell in “One-page campaign plan”
resources-cell-85be58a0 = Ce grup vrem cel mai mult să atingem? Ce contează pentru el? În cine are încredere?

# Context: table cell in “One-page campaign plan”
resources-cell-2427e815 = Descrieți unul sau două grupuri.

# Context: table cell in “One-page campaign plan”
resources-cell-dc7f9775 = Mesaj

# Context: table cell in “One-page campaign plan”
resources-cell-cfada986 = Ce vrem să rețină?

# Context: table cell in “One-page campaign plan”
resources-cell-18d17ecb = O frază, testată cu publicul.

# Context: table cell in “One-page campaign plan”
resources-cell-a2785cd0 = Canale

# Context: table cell in “One-page campaign plan”
resources-cell-db6e34e9 = Unde vor întâlni mesajul nostru?

# Context: table cell in “One-page campaign plan”
resources-cell-c4342208 = Două sau trei canale.

# Context: table cell in “One-page campaign plan”
resources-cell-d9c6108d = Parteneri

# Context: table cell in “One-page campaign plan”
resources-cell-791c1f54 = Cine planifică împreună cu noi, cine ajută, cine răspândește vestea? Se află noi veniți printre organizatori?

# Context: table cell in “One-page campaign plan”
resources-cell-5f91f8ad = Nume și roluri.

# Context: table cell in “One-page campaign plan”
resources-cell-b415a87b = Buget

# Context: table cell in “One-page campaign plan”
resources-cell-921bf833 = De ce avem nevoie, în bani și în timp? Ce pot oferi partenerii în natură?

# Context: table cell in “One-page campaign plan”
resources-cell-98f4a1c5 = Total, rezervă, evaluare.

# Context: table cell in “One-page campaign plan”
resources-cell-b88e6d9d = Evaluare

# Context: table cell in “One-page campaign plan”
resources-cell-0e972e8a = Cum vom ști pe cine am atins și ce s-a schimbat?

# Context: table cell in “One-page campaign plan”
resources-cell-81aaeaa4 = Indicatori și date.

# Context: table cell in “One-page campaign plan”
resources-cell-e15af7d2 = Calendar

# Context: table cell in “One-page campaign plan”
resources-cell-4a250ef6 = Când începem, când lansăm, când raportăm?

# Context: table cell in “One-page campaign plan”
resources-cell-3d301a6b = Datele-cheie.

# Context: heading
resources-h-e12a85d4 = Listă de verificare: înainte de un eveniment

# Context: list item in “Checklist: before an event”
resources-li-e6788259 = Evenimentul are un scop clar, legat de obiectivul campaniei.

# Context: list item in “Checklist: before an event”
resources-li-9c9a8ae4 = Printre organizatori se află noi veniți, nu doar printre invitați.

# Context: list item in “Checklist: before an event”
resources-li-1f690940 = Spațiul este accesibil, gratuit sau ieftin și familiar publicului.

# Context: list item in “Checklist: before an event”
resources-li-62188913 = Informațiile sunt disponibile în principalele limbi ale publicului.

# Context: list item in “Checklist: before an event”
resources-li-2b1cb6ec = Ora le convine celor care lucrează și familiilor; s-a avut în vedere supravegherea copiilor.

# Context: list item in “Checklist: before an event”
resources-li-0b7792e8 = Mâncarea și momentele informale le dau oamenilor ocazia să stea de vorbă.

# Context: list item in “Checklist: before an event”
resources-li-b9e4a046 = Fotografii știu cine a acceptat și cine nu a acceptat să fie fotografiat.

# Context: list item in “Checklist: before an event”
resources-li-efc60acd = Există un plan pentru cazul în care evenimentul este perturbat sau apar comportamente ostile.

# Context: list item in “Checklist: before an event”
resources-li-d7c9374f = Știți cum veți colecta feedbackul.

# Context: heading
resources-h-f634f254 = Listă de verificare: consimțământul

# Context: list item in “Checklist: consent”
resources-li-4960ec18 = Persoana înțelege la ce va servi povestea, fotografia sau înregistrarea video.

# Context: list item in “Checklist: consent”
resources-li-50220d54 = Știe unde va apărea: în presa scrisă, online, pe un afiș, într-o expoziție.

# Context: list item in “Checklist: consent”
resources-li-78fe7ca1 = Știe că materialele online pot rămâne vizibile multă vreme.

# Context: list item in “Checklist: consent”
resources-li-277fdff4 = A ales cum va fi numită și cum va fi arătată.

# Context: list item in “Checklist: consent”
resources-li-1edcf769 = Riscurile pentru ea sau pentru familia ei au fost discutate, mai ales în timpul unei proceduri de azil.

# Context: list item in “Checklist: consent”
resources-li-f4d5ee7b = În cazul copiilor, părinții sau tutorii și-au dat acordul, iar copilul a fost și el întrebat.

# Context: list item in “Checklist: consent”
resources-li-a602fcdf = Consimțământul este cerut din nou pentru fiecare nouă utilizare.

# Context: heading
resources-h-5fc5d288 = Listă de verificare: presa și rețelele sociale

# Context: list item in “Checklist: media and social media”
resources-li-7e4b009b = Înainte de un interviu:

# Context: list item in “Checklist: media and social media”
resources-li-d982366b = Îl cunosc pe jurnalist, publicația și subiectul?

# Context: list item in “Checklist: media and social media”
resources-li-33c0eeac = Am două-trei idei principale, cu fapte și surse?

# Context: list item in “Checklist: media and social media”
resources-li-12103297 = Mi-am verificat cuvintele cu ajutorul glosarului?

# Context: list item in “Checklist: media and social media”
resources-li-37263ba8 = Dacă va vorbi un nou venit, și-a dat acordul și s-a pregătit?

# Context: list item in “Checklist: media and social media”
resources-li-524c6a82 = Înainte de o postare:

# Context: list item in “Checklist: media and social media”
resources-li-1e8eb699 = Postarea vorbește despre oameni, este locală și corectă?

# Context: list item in “Checklist: media and social media”
resources-li-37f2eacf = Persoanele care apar și-au dat acordul pentru această utilizare?

# Context: list item in “Checklist: media and social media”
resources-li-074e3ba9 = Este cineva pregătit să modereze comentariile în următoarele ore?

# Context: list item in “Checklist: media and social media”
resources-li-34e5596b = Când apare un zvon sau o postare plină de ură:

# Context: list item in “Checklist: media and social media”
resources-li-202aed5c = Documentați-o cu o captură de ecran, data și linkul.

# Context: list item in “Checklist: media and social media”
resources-li-f15be0b1 = Raportați-o dacă încalcă regulile platformei sau legea.

# Context: list item in “Checklist: media and social media”
resources-li-17f4db61 = Răspundeți o singură dată, calm, cu fapte și cu o sursă de încredere.

# Context: list item in “Checklist: media and social media”
resources-li-cc1a5b52 = Sprijiniți persoanele vizate.

# Context: paragraph in “Checklist: media and social media”
resources-p-cec720e2 = Păstrați cele trei liste de verificare din acest capitol într-un dosar comun, la care au acces toți partenerii, și revedeți-le împreună o dată pe an. Adăugați lecțiile pe care le învățați: cea mai bună listă de verificare este cea scrisă din propria experiență.

# Context: heading
resources-h-2a37589d = Lecturi suplimentare

# Context: paragraph in “Further reading”
resources-p-bfbf1639 = Aceste surse sunt publice, de încredere și actualizate periodic.

# Context: list item in “Further reading”
resources-li-9e4603be = **Site-ul proiectului CLARINET**, { -project-site }, cu materialele și noutățile proiectului: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
resources-li-44a62376 = **Comisia Europeană**, care publică politicile UE privind migrația, azilul și integrarea, inclusiv Planul de acțiune privind integrarea și incluziunea pentru perioada 2021-2027: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
resources-li-696e709e = **Site-ul european privind integrarea** (European Website on Integration), administrat de Comisia Europeană, cu știri și o colecție de practici de integrare din toată Europa.

# Context: list item in “Further reading”
resources-li-43380a5a = **Agenția ONU pentru Refugiați (UNHCR)**, pentru definiții, texte juridice și date despre { -refugees } și { -asylum-seekers } din întreaga lume.

# Context: list item in “Further reading”
resources-li-c90c5064 = **Organizația Internațională pentru Migrație (OIM)**, pentru glosarul său de termeni privind migrația și pentru datele sale despre rutele de migrație.

# Context: list item in “Further reading”
resources-li-5a29f75a = **Eurostat** și **Agenția Uniunii Europene pentru Azil**, pentru statisticile europene oficiale privind azilul și migrația.

# Context: list item in “Further reading”
resources-li-9ebcd56e = **Autoritatea națională pentru azil și organismul național pentru egalitate**, pentru cifre, proceduri și sprijin în propria țară și în propria limbă.

# Context: paragraph in “Further reading”
resources-p-f71cf8ed = Site-urile se schimbă. Dacă o pagină a fost mutată, căutați numele organizației și titlul documentului. Verificați întotdeauna data oricărei cifre pe care o folosiți.

# Context: heading
resources-h-9353605e = Ce puteți face

# Context: list item in “What you can do”
resources-li-ab18ea03 = Tipăriți planul de campanie pe o pagină și completați-l la următoarea întâlnire cu partenerii.

# Context: list item in “What you can do”
resources-li-404b6089 = Puneți listele de verificare pentru evenimente și pentru consimțământ în dosarul fiecărei persoane care organizează activități publice.

# Context: list item in “What you can do”
resources-li-22994ea2 = Traduceți listele de verificare în limbile cel mai des vorbite de noii veniți din orașul dumneavoastră.

# Context: list item in “What you can do”
resources-li-65f9f2e4 = Împărtășiți ce ați învățat cu un alt oraș. Schimbul de bune practici între { -local-communities } s-a aflat în centrul proiectului { -clarinet } și poate continua prin dumneavoastră.
