### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
award-title-6d9dce07 = Premiul european pentru campanii locale

# Context: heading
award-h-eaededca = De ce un premiu

# Context: paragraph in “Why an award”
award-p-8d01512c = Multe campanii locale bune rămân necunoscute în afara orașului care le-a desfășurat. Un premiu este o modalitate simplă de a le descoperi, de a le mulțumi oamenilor din spatele lor și de a le face cunoscute ideile.

# Context: paragraph in “Why an award”
award-p-56f46ba6 = Prima activitate a proiectului { -clarinet } a fost un apel pentru „Premiul european pentru campanii locale de sensibilizare a publicului privind migrația și integrarea”. Apelul a servit primului și celui de-al treilea obiectiv al proiectului: identificarea și încurajarea bunelor practici ale { -local-communities(case: "gen") } în comunicarea publică despre migrație și despre incluziunea { -migrants(case: "gen") } și promovarea schimbului acestor practici în întreaga Uniune Europeană.

# Context: heading
award-h-9e7328f0 = Cum funcționează un apel

# Context: paragraph in “How a call works”
award-p-d2cac224 = Oricare ar fi regulile sale exacte, un apel pentru un astfel de premiu parcurge de obicei aceleași etape.

# Context: list item in “How a call works”
award-li-10c6414b = **Publicarea.** Organizatorii publică apelul: cine poate candida, ce campanii sunt eligibile, termenul-limită și criteriile.

# Context: list item in “How a call works”
award-li-0fe93a82 = **Candidaturile.** Candidații își descriu campania, de obicei într-un formular, împreună cu dovezi precum imagini, articole de presă și rezultate.

# Context: list item in “How a call works”
award-li-8feab185 = **Verificarea eligibilității.** Organizatorii verifică dacă fiecare candidatură îndeplinește condițiile formale.

# Context: list item in “How a call works”
award-li-ee883a18 = **Evaluarea.** Un juriu evaluează candidaturile eligibile pe baza criteriilor publicate.

# Context: list item in “How a call works”
award-li-24c0cef2 = **Decizia și ceremonia.** Câștigătorii sunt anunțați, ideal în cadrul unui eveniment public care le oferă vizibilitate.

# Context: list item in “How a call works”
award-li-c59869f9 = **Diseminarea.** Cele mai bune candidaturi sunt prezentate și altora, pentru ca alte orașe să poată învăța din ele.

# Context: paragraph in “How a call works”
award-p-b9d6d022 = Citiți întotdeauna cu atenție textul oficial al unui apel. Acest capitol descrie cum funcționează în general astfel de apeluri și ce urmăresc de obicei juriile; regulile precise, condițiile de eligibilitate și criteriile fiecărui premiu sunt stabilite de organizatorii acestuia.

# Context: heading
award-h-d32f26f8 = Criterii

# Context: paragraph in “Criteria”
award-p-528cc0d5 = Pentru un premiu european dedicat campaniilor locale despre migrație și integrare, criteriile de mai jos sunt cele obișnuite. Le puteți folosi și pentru a vă evalua propria campanie.

# Context: table cell in “Criteria”
award-cell-a6c7b3a4 = Criteriu

# Context: table cell in “Criteria”
award-cell-335ca615 = Întrebarea pe care o pune juriul

# Context: table cell in “Criteria”
award-cell-02d2fe76 = Relevanță

# Context: table cell in “Criteria”
award-cell-82af7a5e = Răspunde campania unei nevoi sau unei situații locale reale?

# Context: table cell in “Criteria”
award-cell-eb986388 = Claritatea obiectivelor

# Context: table cell in “Criteria”
award-cell-69c460ea = Știa campania ce voia să schimbe și pentru cine?

# Context: table cell in “Criteria”
award-cell-7e3a2476 = Participare

# Context: table cell in “Criteria”
award-cell-d878f080 = Au fost implicați noii veniți și locuitorii în conceperea și desfășurarea ei?

# Context: table cell in “Criteria”
award-cell-4d821f29 = Calitatea mesajului

# Context: table cell in “Criteria”
award-cell-34cc5209 = A fost mesajul corect, respectuos, local și ușor de reținut?

# Context: table cell in “Criteria”
award-cell-134c2a8d = Creativitate

# Context: table cell in “Criteria”
award-cell-c051de15 = A găsit campania o cale nouă de a-și atinge publicul?

# Context: table cell in “Criteria”
award-cell-f19d7075 = Parteneriat

# Context: table cell in “Criteria”
award-cell-d0946624 = A reunit diferiți actori locali?

# Context: table cell in “Criteria”
award-cell-424cc635 = Rezultate

# Context: table cell in “Criteria”
award-cell-c03c1a74 = Există dovezi privind acoperirea și schimbarea, raportate cu onestitate?

# Context: table cell in “Criteria”
award-cell-22c552ef = Transferabilitate

# Context: table cell in “Criteria”
award-cell-bdc3355e = Ar putea un alt oraș să învețe din ea și să o adapteze?

# Context: heading
award-h-6dfa441f = Ce au în comun candidaturile bune

# Context: paragraph in “What good entries share”
award-p-a5e0e337 = Adesea, campaniile câștigătoare nu sunt nici cele mai mari, nici cele mai scumpe. Candidaturile bune au de obicei următoarele calități în comun:

# Context: list item in “What good entries share”
award-li-8db72d19 = **O poveste locală clară.** Candidatura explică în câteva fraze situația orașului și arată de ce era nevoie de campanie acolo.

# Context: list item in “What good entries share”
award-li-8296c137 = **Oameni, nu etichete.** Noii veniți apar ca vecini, lucrători, părinți, artiști și sportivi și vorbesc cu propria lor voce.

# Context: list item in “What good entries share”
award-li-85bf4438 = **Un parteneriat real.** Primăria, societatea civilă, școlile și noii veniți au avut fiecare un rol, iar candidatura spune cine ce a făcut.

# Context: list item in “What good entries share”
award-li-4bf2d60b = **Rezultate oneste.** Candidatura arată ce a funcționat și ce nu, cu dovezi modeste, dar reale.

# Context: list item in “What good entries share”
award-li-d4a7ab9b = **Ceva ce poate fi preluat.** Candidatura explică metoda astfel încât alții să o poată refolosi, cu costuri, calendar și lecții învățate.

# Context: paragraph in “What good entries share”
award-p-23da42cd = Cele mai utile candidaturi includ o scurtă secțiune intitulată „Dacă vreți să faceți asta în orașul dumneavoastră”. Două-trei fraze practice, de exemplu despre găsirea partenerilor sau obținerea consimțământului, transformă o poveste de succes într-un instrument pentru alții.

# Context: heading
award-h-bf454da0 = Pregătirea unei candidaturi

# Context: list item in “Preparing an entry”
award-li-033cacd5 = Citiți apelul și criteriile sale și verificați mai întâi dacă sunteți eligibili.

# Context: list item in “Preparing an entry”
award-li-75ddd7aa = Strângeți materiale cât timp campania este în desfășurare, nu după aceea:

# Context: list item in “Preparing an entry”
award-li-c75ca877 = fotografii și înregistrări video, cu acordul persoanelor pentru folosirea lor în candidatură;

# Context: list item in “Preparing an entry”
award-li-4e71e35b = articole de presă și capturi de ecran cu reacțiile online;

# Context: list item in “Preparing an entry”
award-li-28d2f9c3 = cifre privind participarea și acoperirea;

# Context: list item in “Preparing an entry”
award-li-90dc5e16 = citate ale participanților, atât ale noilor veniți, cât și ale locuitorilor mai vechi.

# Context: list item in “Preparing an entry”
award-li-ab30f243 = Scrieți candidatura ca pe o poveste: situația, obiectivul, ce ați făcut, ce s-a schimbat, ce ați învățat.

# Context: list item in “Preparing an entry”
award-li-29c97291 = Răspundeți explicit la fiecare criteriu. Juriile citesc multe candidaturi și apreciază o structură clară.

# Context: paragraph in “Preparing an entry”
award-p-8538e4f5 = Chiar dacă nu câștigați, pregătirea unei candidaturi merită efortul: vă obligă să vă evaluați campania, iar materialele pot fi refolosite în rapoarte și în cereri de finanțare.

# Context: heading
award-h-9353605e = Ce puteți face

# Context: list item in “What you can do”
award-li-a9eeb92f = Evaluați cea mai recentă campanie a dumneavoastră cu ajutorul tabelului de criterii de mai sus și notați-i punctele cele mai tari și cele mai slabe.

# Context: list item in “What you can do”
award-li-ec2813b3 = Începeți un „dosar de dovezi” pentru următoarea campanie încă din prima zi.

# Context: list item in “What you can do”
award-li-03cd530b = Căutați apeluri la premii și programe de finanțare actuale privind migrația, integrarea și comunicarea locală, de exemplu pe [site-ul Comisiei Europene](https://commission.europa.eu) și prin rețelele naționale și europene de orașe.

# Context: list item in “What you can do”
award-li-f4de1ffe = Folosiți [modelul de plan de campanie](10-resources.md#campaign-template) pentru a vă documenta mai ușor următoarea campanie.
