# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = Premiul european pentru campanii locale
# Context: heading
award-h-9cc9c6c499ead4a1 = De ce un premiu
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Multe campanii locale bune rămân necunoscute în afara orașului care le-a desfășurat. Un premiu este o modalitate simplă de a le descoperi, de a le mulțumi oamenilor din spatele lor și de a le face cunoscute ideile.
# Context: paragraph in “Why an award”
award-p-93966e1807b6f998 = Prima activitate a proiectului { -clarinet } a fost un apel pentru „Premiul european pentru campanii locale de sensibilizare a publicului privind migrația și integrarea”. Apelul a servit primului și celui de-al treilea obiectiv al proiectului: identificarea și încurajarea bunelor practici ale { -local-communities(case: "gen") } în comunicarea publică despre migrație și despre incluziunea { -migrants(case: "gen") } și promovarea schimbului acestor practici în întreaga Uniune Europeană.
# Context: heading
award-h-975a8a2ec864e893 = Cum funcționează un apel
# Context: paragraph in “How a call works”
award-p-fee627b0bfa8e0a9 = Oricare ar fi regulile sale exacte, un apel pentru un astfel de premiu parcurge de obicei aceleași etape.
# Context: list item in “How a call works”
award-li-830caf17a6706429 = __Publicarea.__ Organizatorii publică apelul: cine poate candida, ce campanii sunt eligibile, termenul-limită și criteriile.
# Context: list item in “How a call works”
award-li-035379af56a66d79 = __Candidaturile.__ Candidații își descriu campania, de obicei într-un formular, împreună cu dovezi precum imagini, articole de presă și rezultate.
# Context: list item in “How a call works”
award-li-6579c80e83766bbf = __Verificarea eligibilității.__ Organizatorii verifică dacă fiecare candidatură îndeplinește condițiile formale.
# Context: list item in “How a call works”
award-li-2dd88f6c6da96e56 = __Evaluarea.__ Un juriu evaluează candidaturile eligibile pe baza criteriilor publicate.
# Context: list item in “How a call works”
award-li-f71bf0137d85b53a = __Decizia și ceremonia.__ Câștigătorii sunt anunțați, ideal în cadrul unui eveniment public care le oferă vizibilitate.
# Context: list item in “How a call works”
award-li-dbfa5c5c52487d49 = __Diseminarea.__ Cele mai bune candidaturi sunt prezentate și altora, pentru ca alte orașe să poată învăța din ele.
# Context: paragraph in “How a call works”
award-p-ab2c2ef1ec5c1bfd = Citiți întotdeauna cu atenție textul oficial al unui apel. Acest capitol descrie cum funcționează în general astfel de apeluri și ce urmăresc de obicei juriile; regulile precise, condițiile de eligibilitate și criteriile fiecărui premiu sunt stabilite de organizatorii acestuia.
# Context: heading
award-h-71708699acf8f3b3 = Criterii
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = Pentru un premiu european dedicat campaniilor locale despre migrație și integrare, criteriile de mai jos sunt cele obișnuite. Le puteți folosi și pentru a vă evalua propria campanie.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Criteriu
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = Întrebarea pe care o pune juriul
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Relevanță
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = Răspunde campania unei nevoi sau unei situații locale reale?
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = Claritatea obiectivelor
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = Știa campania ce voia să schimbe și pentru cine?
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Participare
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Au fost implicați noii veniți și locuitorii în conceperea și desfășurarea ei?
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Calitatea mesajului
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = A fost mesajul corect, respectuos, local și ușor de reținut?
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Creativitate
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = A găsit campania o cale nouă de a-și atinge publicul?
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Parteneriat
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = A reunit diferiți actori locali?
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Rezultate
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Există dovezi privind acoperirea și schimbarea, raportate cu onestitate?
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Transferabilitate
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Ar putea un alt oraș să învețe din ea și să o adapteze?
# Context: heading
award-h-8b7d003b40009032 = Ce au în comun candidaturile bune
# Context: paragraph in “What good entries share”
award-p-dd55b4ceb2d45b1f = Adesea, campaniile câștigătoare nu sunt nici cele mai mari, nici cele mai scumpe. Candidaturile bune au de obicei următoarele calități în comun:
# Context: list item in “What good entries share”
award-li-0005beda09ead772 = __O poveste locală clară.__ Candidatura explică în câteva fraze situația orașului și arată de ce era nevoie de campanie acolo.
# Context: list item in “What good entries share”
award-li-051a116eadb2a05c = __Oameni, nu etichete.__ Noii veniți apar ca vecini, lucrători, părinți, artiști și sportivi și vorbesc cu propria lor voce.
# Context: list item in “What good entries share”
award-li-003264f4a6b45211 = __Un parteneriat real.__ Primăria, societatea civilă, școlile și noii veniți au avut fiecare un rol, iar candidatura spune cine ce a făcut.
# Context: list item in “What good entries share”
award-li-ed4ffc843fedf559 = __Rezultate oneste.__ Candidatura arată ce a funcționat și ce nu, cu dovezi modeste, dar reale.
# Context: list item in “What good entries share”
award-li-61acb526c050579f = __Ceva ce poate fi preluat.__ Candidatura explică metoda astfel încât alții să o poată refolosi, cu costuri, calendar și lecții învățate.
# Context: paragraph in “What good entries share”
award-p-459365c0e3df687a = Cele mai utile candidaturi includ o scurtă secțiune intitulată „Dacă vreți să faceți asta în orașul dumneavoastră”. Două-trei fraze practice, de exemplu despre găsirea partenerilor sau obținerea consimțământului, transformă o poveste de succes într-un instrument pentru alții.
# Context: heading
award-h-89f7f6087b47355e = Pregătirea unei candidaturi
# Context: list item in “Preparing an entry”
award-li-d3acad66e878401a = Citiți apelul și criteriile sale și verificați mai întâi dacă sunteți eligibili.
# Context: list item in “Preparing an entry”
award-li-0709ac0cc1777a7a = Strângeți materiale cât timp campania este în desfășurare, nu după aceea:
# Context: list item in “Preparing an entry”
award-li-af068c55db3341d5 = fotografii și înregistrări video, cu acordul persoanelor pentru folosirea lor în candidatură;
# Context: list item in “Preparing an entry”
award-li-bf15fc48cdd769c4 = articole de presă și capturi de ecran cu reacțiile online;
# Context: list item in “Preparing an entry”
award-li-9d21dcea5a68d4c9 = cifre privind participarea și acoperirea;
# Context: list item in “Preparing an entry”
award-li-3a2b17f0eabc12ce = citate ale participanților, atât ale noilor veniți, cât și ale locuitorilor mai vechi.
# Context: list item in “Preparing an entry”
award-li-ab30ee6eb9e93a36 = Scrieți candidatura ca pe o poveste: situația, obiectivul, ce ați făcut, ce s-a schimbat, ce ați învățat.
# Context: list item in “Preparing an entry”
award-li-4f2a5b8154bab926 = Răspundeți explicit la fiecare criteriu. Juriile citesc multe candidaturi și apreciază o structură clară.
# Context: paragraph in “Preparing an entry”
award-p-8f6e118f51930df5 = Chiar dacă nu câștigați, pregătirea unei candidaturi merită efortul: vă obligă să vă evaluați campania, iar materialele pot fi refolosite în rapoarte și în cereri de finanțare.
# Context: heading
award-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Evaluați cea mai recentă campanie a dumneavoastră cu ajutorul tabelului de criterii de mai sus și notați-i punctele cele mai tari și cele mai slabe.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Începeți un „dosar de dovezi” pentru următoarea campanie încă din prima zi.
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Căutați apeluri la premii și programe de finanțare actuale privind migrația, integrarea și comunicarea locală, de exemplu pe [site-ul Comisiei Europene](https://commission.europa.eu) și prin rețelele naționale și europene de orașe.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Folosiți [modelul de plan de campanie](10-resources.md#campaign-template) pentru a vă documenta mai ușor următoarea campanie.
