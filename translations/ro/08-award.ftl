# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = Premiul european pentru campanii locale
# Context: heading
award-h-9cc9c6c499ead4a1 = De ce un premiu
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Multe campanii locale bune rămân necunoscute în afara orașului care le-a desfășurat. Un premiu este o modalitate simplă de a le descoperi, de a le mulțumi oamenilor din spatele lor și de a le face cunoscute ideile.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = Prima activitate a proiectului { -clarinet } a fost un apel pentru „Premiul european pentru campanii locale de sensibilizare a publicului privind migrația și integrarea”. Apelul a fost legat de primul și de al treilea obiectiv al proiectului: identificarea bunelor practici locale și diseminarea lor în întreaga Uniune Europeană.
# Context: heading
award-h-975a8a2ec864e893 = Cum funcționează un apel
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = Un apel pentru un astfel de premiu are de obicei aceleași etape. Organizatorii publică apelul și criteriile, iar candidații își trimit înscrierile. Organizatorii verifică dacă fiecare înscriere îndeplinește condițiile formale, iar un juriu le evaluează pe cele eligibile. Câștigătorii sunt anunțați public, iar cele mai bune înscrieri sunt făcute cunoscute, pentru ca și alte orașe să poată învăța din ele.
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
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Criterii obișnuite pentru un premiu european pentru campanii locale
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = Cele mai utile candidaturi includ o scurtă secțiune intitulată „Dacă vreți să faceți asta în orașul dumneavoastră”. Două-trei fraze practice, de exemplu despre găsirea partenerilor sau obținerea consimțământului, transformă o poveste de succes într-un instrument pentru alții.
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
