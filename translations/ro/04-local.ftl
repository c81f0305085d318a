### handbook/chapters/04-local.md — Why local communities are the key
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
local-title-6a17fb33 = De ce comunitățile locale sunt esențiale

# Context: heading
local-h-a8d9755d = Integrarea se întâmplă undeva anume

# Context: paragraph in “Integration happens somewhere”
local-p-facaad15 = Legile privind azilul și migrația se fac în parlamentele naționale și la Bruxelles. Dar nimeni nu este integrat printr-o lege. Integrarea are loc într-o anumită grădiniță, la un anumit curs de limbă, într-un anumit club sportiv, la un anumit loc de muncă. Are loc atunci când un vecin explică cum funcționează colectarea gunoiului, când un profesor observă că un elev are nevoie de ajutor la citit, când un angajator îi dă cuiva o primă șansă.

# Context: paragraph in “Integration happens somewhere”
local-p-44842acb = De aceea, { -clarinet } a pus { -local-communities(case: "def") } în centrul activității sale: acolo se întâlnesc cu adevărat noii veniți și locuitorii mai vechi și acolo se câștigă sau se pierde încrederea.

# Context: paragraph in “Integration happens somewhere”
local-p-1e476275 = Instituțiile europene spun același lucru de mulți ani. Principiile de bază comune ale politicii de integrare, convenite de statele membre ale UE, descriu { -integration(case: "def") } ca pe un proces dinamic, bidirecțional, de adaptare reciprocă a noilor veniți și a locuitorilor[^cbp], iar Planul de acțiune privind integrarea și incluziunea pentru perioada 2021-2027 al Comisiei Europene acordă un rol important autorităților locale și regionale[^action-plan].

# Context: heading
local-h-d3c8a27d = De ce contează nivelul local

# Context: paragraph in “Why the local level matters”
local-p-d4744613 = Patru motive fac din nivelul local cheia integrării și a unei bune comunicări despre ea.

# Context: list item in “Why the local level matters”
local-li-89a5b9c6 = **Apropierea.** Autoritățile locale sunt nivelul de guvernare cel mai apropiat de oameni. Un mesaj al primarului este primit altfel decât un mesaj venit de la un minister îndepărtat.

# Context: list item in “Why the local level matters”
local-li-81dbb7e9 = **Serviciile.** Primăriile gestionează sau coordonează multe dintre serviciile cele mai importante pentru noii veniți: înregistrarea, școlile, serviciile sociale, sprijinul pentru locuință, bibliotecile și bazele sportive.

# Context: list item in “Why the local level matters”
local-li-e7f1176b = **Contactul de zi cu zi.** Oamenii își formează părerile despre migrație mai puțin din statistici și mai mult din ceea ce văd în jurul lor. Contactul pozitiv, de la egal la egal, este una dintre cele mai puternice căi de reducere a prejudecăților, și el are loc la nivel local.

# Context: list item in “Why the local level matters”
local-li-11697898 = **Încrederea.** În multe țări, încrederea în instituțiile locale este mai mare decât încrederea în cele naționale. Folosirea cu grijă a acestei încrederi face parte din rolul unui lider local.

# Context: heading
local-h-a5600631 = Ce pot face autoritățile locale

# Context: paragraph in “What local authorities can do”
local-p-6de9827e = O primărie nu are nevoie de un buget mare ca să facă diferența. Multe depind de felul în care folosește instrumentele pe care le are deja.

# Context: list item in “What local authorities can do”
local-li-a50161d0 = **Să vorbească.** Să spună clar și public că noii veniți fac parte din comunitate, că orașul așteaptă respect din partea tuturor și că nu va tolera { -hate-speech(case: "def") }. Și tăcerea este un mesaj.

# Context: list item in “What local authorities can do”
local-li-ee45e053 = **Să informeze.** Să le ofere locuitorilor informații corecte și la timp, mai ales atunci când se schimbă ceva, de exemplu la deschiderea unui centru de primire. Zvonurile se răspândesc cel mai repede atunci când lipsesc informațiile oficiale.

# Context: list item in “What local authorities can do”
local-li-f74c87a2 = **Să includă.** Să se asigure că noii veniți pot folosi serviciile primăriei, că informațiile există în limbile pe care ei le citesc și că vocea lor este auzită în consultări și la evenimentele locale.

# Context: list item in “What local authorities can do”
local-li-35731966 = **Să conecteze.** Să reunească școlile, ONG-urile, angajatorii, comunitățile religioase, cluburile sportive și instituțiile culturale. Primăria este adesea singurul actor care îi poate aduce pe toți la aceeași masă.

# Context: list item in “What local authorities can do”
local-li-98b33680 = **Să arate.** Să folosească canalele orașului, de la site până la avizierul din piață, pentru a arăta contribuția de zi cu zi a { -migrants(case: "gen") } la viața locală.

# Context: paragraph in “What local authorities can do”
local-p-a92353a3 = În multe orașe, primul pas spre o comunicare bună a fost unul intern: o scurtă întâlnire a tuturor compartimentelor primăriei care lucrează cu noii veniți, pentru a cădea de acord asupra faptelor, a cuvintelor și a unei persoane de contact. Când starea civilă, serviciul pentru învățământ și cabinetul primarului spun același lucru, locuitorii observă.

# Context: heading
local-h-c68bbad8 = Integrarea este un drum cu două sensuri

# Context: paragraph in “Integration is a two-way street”
local-p-bf7f8d39 = Oamenii văd adesea { -integration(case: "def") } ca pe ceva ce trebuie să facă doar noii veniți: să învețe limba, să își găsească un loc de muncă, să respecte regulile. Aceste lucruri contează. Dar și comunității care îi primește i se cere ceva: deschidere, reguli corecte și acces la oportunități.

# Context: paragraph in “Integration is a two-way street”
local-p-67077f85 = Comunicarea are un rol de ambele părți. Noii veniți au nevoie de informații clare despre drepturi, obligații și servicii; locuitorii mai vechi au nevoie de informații oneste despre cine sunt noii veniți și de ce au venit. Și unii, și alții au nevoie de ocazii de a se întâlni ca oameni, nu ca membri ai unor categorii.

# Context: paragraph in “Integration is a two-way street”
local-p-ad229872 = Când planificați un eveniment, întrebați-vă cine face parte din echipa de organizare, nu doar cine se află în public. Un eveniment organizat *împreună cu* noii veniți transmite un semnal foarte diferit de unul organizat *pentru* ei.

# Context: heading
local-h-d815c6dc = Cine ce aduce

# Context: paragraph in “Who brings what”
local-p-cba6970c = Niciun actor nu poate face singur toate acestea. Tabelul de mai jos arată ce aduc de obicei diferiții actori locali în comunicarea despre migrație și integrare.

# Context: table cell in “Who brings what”
local-cell-4c7753a4 = Actorul local

# Context: table cell in “Who brings what”
local-cell-272e00a3 = Ce aduce

# Context: table cell in “Who brings what”
local-cell-d9ad6fab = Cum poate sprijini comunicarea

# Context: table cell in “Who brings what”
local-cell-ad54a51d = Primarul și consiliul local

# Context: table cell in “Who brings what”
local-cell-1679b366 = Legitimitate, vizibilitate, decizii

# Context: table cell in “Who brings what”
local-cell-c04ab7c0 = Declarații publice, prezență la evenimente, poziție clară împotriva discursului instigator la ură

# Context: table cell in “Who brings what”
local-cell-b52cc990 = Compartimentele primăriei

# Context: table cell in “Who brings what”
local-cell-bfc9f438 = Servicii, date, contact zilnic cu locuitorii

# Context: table cell in “Who brings what”
local-cell-6e77552f = Informații corecte, materiale în mai multe limbi, o singură persoană de contact

# Context: table cell in “Who brings what”
local-cell-f8290725 = Școlile și grădinițele

# Context: table cell in “Who brings what”
local-cell-b107f9eb = Contact cu copiii și părinții

# Context: table cell in “Who brings what”
local-cell-239961ad = Proiecte cu elevii, ședințe cu părinții, zile interculturale

# Context: table cell in “Who brings what”
local-cell-b5669586 = Organizațiile societății civile

# Context: table cell in “Who brings what”
local-cell-4dff94ae = Încredere, contact direct cu noii veniți, expertiză

# Context: table cell in “Who brings what”
local-cell-333c8b54 = Povești, voluntari, sprijin practic, voce critică

# Context: table cell in “Who brings what”
local-cell-dcc7c6b4 = Angajatorii și sindicatele

# Context: table cell in “Who brings what”
local-cell-38c713dc = Locuri de muncă, formare profesională, medii de lucru

# Context: table cell in “Who brings what”
local-cell-e03eabde = Exemple de noi veniți la locul de muncă, mentorat

# Context: table cell in “Who brings what”
local-cell-ee9cd3cf = Presa locală

# Context: table cell in “Who brings what”
local-cell-88387098 = Audiență, stabilirea temelor dezbaterii publice

# Context: table cell in “Who brings what”
local-cell-be985d85 = Relatări echilibrate, portrete, dezbateri locale

# Context: table cell in “Who brings what”
local-cell-bf1dd415 = Noii veniți înșiși

# Context: table cell in “Who brings what”
local-cell-d89a53c3 = Experiență, limbi, competențe

# Context: table cell in “Who brings what”
local-cell-43650b8d = Vorbesc în nume propriu, creează campanii împreună cu ceilalți

# Context: heading
local-h-cd85b6ed = Obstacole frecvente

# Context: paragraph in “Common obstacles”
local-p-d63eea0f = Munca la nivel local nu este ușoară. Trei dificultăți apar iar și iar.

# Context: list item in “Common obstacles”
local-li-12eee5de = **Teama de controverse.** Aleșii locali se pot teme că, dacă vorbesc despre migrație, vor pierde voturi. Experiența arată că o poziție calmă, bazată pe fapte și consecventă este de regulă respectată, chiar și de cei care nu sunt de acord.

# Context: list item in “Common obstacles”
local-li-888d082f = **Lipsa resurselor.** Primăriile mici pot avea o singură persoană pentru toată comunicarea. Parteneriatele cu ONG-uri, școli și rețele ajută la împărțirea sarcinilor.

# Context: list item in “Common obstacles”
local-li-4d5ab5e8 = **Temerile noilor veniți.** Oamenii care au fugit de persecuție pot fi neîncrezători față de autorități și de expunerea publică. Încrederea se câștigă în timp.

# Context: paragraph in “Common obstacles”
local-p-739b5194 = Nu îi folosiți pe noii veniți ca „decor”. O ședință foto în care { -refugees(case: "def") } apar doar ca beneficiari recunoscători ai ajutorului întărește tocmai imaginea pe care vreți să o schimbați. Arătați-i pe oameni ca actori, cu propriile competențe și propria voce.

# Context: heading
local-h-9353605e = Ce puteți face

# Context: list item in “What you can do”
local-li-5bd66681 = Faceți o hartă a actorilor locali pe baza tabelului de mai sus și notați câte un nume pentru fiecare rând.

# Context: list item in “What you can do”
local-li-6b02c1e1 = Organizați o întâlnire internă a compartimentelor primăriei:

# Context: list item in “What you can do”
local-li-b3a081a2 = cădeți de acord asupra faptelor privind noii veniți din orașul dumneavoastră;

# Context: list item in “What you can do”
local-li-9a214464 = cădeți de acord asupra cuvintelor pe care le folosiți, pe baza [glosarului](03-words.md#glossary);

# Context: list item in “What you can do”
local-li-9abd53e5 = desemnați o persoană de contact pentru întrebările locuitorilor și ale presei.

# Context: list item in “What you can do”
local-li-d2215d7f = Rugați-l pe primar sau pe un înalt funcționar să facă anul acesta o declarație publică clară despre primirea noilor veniți și respect.

# Context: list item in “What you can do”
local-li-e16f1a99 = Verificați dacă informațiile esențiale ale primăriei există în limbile cel mai des vorbite de noii veniți din orașul dumneavoastră.

# Context: list item in “What you can do”
local-li-b1c4085c = Alegeți o activitate care să-i aducă împreună, de la egal la egal, pe locuitori și pe noii veniți și planificați-o împreună cu noii veniți încă de la început. Folosiți planul de campanie din [capitolul 5](05-campaign.md).

# Context: footnote in “What you can do”
local-fn-2e35ef89 = Principiile de bază comune pentru politica de integrare a imigranților au fost adoptate de Consiliul Uniunii Europene în 2004. Primul principiu descrie integrarea drept „un proces dinamic, bidirecțional, de adaptare reciprocă”.

# Context: footnote in “What you can do”
local-fn-e7433d77 = Comisia Europeană și-a prezentat Planul de acțiune privind integrarea și incluziunea pentru perioada 2021-2027 în noiembrie 2020. Planul subliniază parteneriatul cu autoritățile locale și regionale și importanța contactului de zi cu zi dintre noii veniți și comunitățile gazdă.
