# handbook/chapters/04-local.md — Why local communities are the key
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
local-title-f75e9269f654fc9d = De ce comunitățile locale sunt esențiale
# Context: heading
local-h-c32097e2a9b75895 = Integrarea se întâmplă undeva anume
# Context: paragraph in “Integration happens somewhere”
local-p-550ccedd0504dd39 = Legile privind azilul și migrația se fac în parlamentele naționale și la nivelul UE. Dar nimeni nu este integrat printr-o lege. Integrarea are loc într-o anumită grădiniță, la un anumit curs de limbă, într-un anumit club sportiv, la un anumit loc de muncă. Are loc atunci când un vecin explică cum funcționează colectarea gunoiului, când un profesor observă că un elev are nevoie de ajutor la citit, când un angajator îi dă cuiva o primă șansă.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = De aceea, { -clarinet } a pus { -local-communities(case: "def") } în centrul activității sale: acolo se întâlnesc cu adevărat noii veniți și locuitorii mai vechi și acolo se câștigă sau se pierde încrederea.
# Context: paragraph in “Integration happens somewhere”
local-p-2cfa6c7b5f343873 = Instituțiile europene spun același lucru de mulți ani. Principiile de bază comune ale politicii de integrare, convenite de statele membre ale UE, descriu { -integration(case: "def") } ca pe un proces dinamic, bidirecțional, de adaptare reciprocă a noilor veniți și a locuitorilor[^cbp]. Planul de acțiune privind integrarea și incluziunea pentru perioada 2021-2027 al Comisiei Europene acordă un rol important autorităților locale și regionale[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = De ce contează nivelul local
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Patru motive fac din nivelul local cheia integrării și a unei bune comunicări despre ea.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Apropierea.__ Autoritățile locale sunt nivelul de guvernare cel mai apropiat de oameni. Un mesaj al primarului este primit altfel decât un mesaj venit de la un minister îndepărtat.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Serviciile.__ Primăriile gestionează sau coordonează multe dintre serviciile cele mai importante pentru noii veniți: înregistrarea, școlile, serviciile sociale, sprijinul pentru locuință, bibliotecile și bazele sportive.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Contactul de zi cu zi.__ Oamenii își formează părerile despre migrație mai puțin din statistici și mai mult din ceea ce văd în jurul lor. Contactul pozitiv, de la egal la egal, este una dintre cele mai puternice căi de reducere a prejudecăților, și el are loc la nivel local.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Încrederea.__ În multe țări, încrederea în instituțiile locale este mai mare decât încrederea în cele naționale. Folosirea cu grijă a acestei încrederi face parte din rolul unui lider local.
# Context: heading
local-h-36fc7059706251e5 = Ce pot face autoritățile locale
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = O primărie nu are nevoie de un buget mare ca să facă diferența. Multe depind de felul în care folosește instrumentele pe care le are deja.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Să vorbească.__ Să spună clar și public că noii veniți fac parte din comunitate, că orașul așteaptă respect din partea tuturor și că nu va tolera { -hate-speech(case: "def") }. Și tăcerea este un mesaj.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Să informeze.__ Să le ofere locuitorilor informații corecte și la timp, mai ales atunci când se schimbă ceva, de exemplu la deschiderea unui centru de primire. Zvonurile se răspândesc cel mai repede atunci când lipsesc informațiile oficiale.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Să includă.__ Să se asigure că noii veniți pot folosi serviciile primăriei, că informațiile există în limbile pe care ei le citesc și că vocea lor este auzită în consultări și la evenimentele locale.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Să conecteze.__ Să reunească școlile, ONG-urile, angajatorii, comunitățile religioase, cluburile sportive și instituțiile culturale. Primăria este adesea singurul actor care îi poate aduce pe toți la aceeași masă.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Să arate.__ Să folosească canalele orașului, de la site până la avizierul din piață, pentru a arăta contribuția de zi cu zi a { -migrants(case: "gen") } la viața locală.
# Context: heading
local-h-f679bfa7eb405653 = Integrarea îi privește pe toți
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = Oamenii văd adesea { -integration(case: "def") } ca pe ceva ce trebuie să facă doar noii veniți: să învețe limba, să își găsească un loc de muncă, să respecte regulile. Aceste lucruri contează. Dar și comunității care îi primește i se cere ceva: deschidere, reguli corecte și acces la oportunități.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = Comunicarea are un rol de ambele părți. Noii veniți au nevoie de informații clare despre drepturi, obligații și servicii; locuitorii mai vechi au nevoie de informații oneste despre cine sunt noii veniți și de ce au venit. Și unii, și alții au nevoie de ocazii de a se întâlni ca oameni, nu ca membri ai unor categorii.
# Context: heading
local-h-8f81c84427935632 = Cine ce aduce
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = Niciun actor nu poate face singur toate acestea. Tabelul de mai jos arată ce aduc de obicei diferiții actori locali în comunicarea despre migrație și integrare.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Actorul local
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = Ce aduce
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = Cum poate sprijini comunicarea
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Primarul și consiliul local
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Legitimitate, vizibilitate, decizii
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Declarații publice, prezență la evenimente, poziție clară împotriva discursului instigator la ură
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Compartimentele primăriei
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Servicii, date, contact zilnic cu locuitorii
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Informații corecte, materiale în mai multe limbi, o singură persoană de contact
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Școlile și grădinițele
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Contact cu copiii și părinții
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Proiecte cu elevii, ședințe cu părinții, zile interculturale
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Organizațiile societății civile
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Încredere, contact direct cu noii veniți, expertiză
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Povești, voluntari, sprijin practic, voce critică
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Angajatorii și sindicatele
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Locuri de muncă, formare profesională, medii de lucru
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Exemple de noi veniți la locul de muncă, mentorat
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Presa locală
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Audiență, stabilirea temelor dezbaterii publice
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Relatări echilibrate, portrete, dezbateri locale
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = Noii veniți înșiși
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Experiență, limbi, competențe
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Vorbesc în nume propriu, creează campanii împreună cu ceilalți
# Context: table caption in “Who brings what”
local-tcap-4ebf14fe866db28c = Ce aduc actorii locali comunicării despre migrație și integrare
# Context: heading
local-h-43e8ccfc0bce99df = Obstacole frecvente
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = Munca la nivel local nu este ușoară. Trei dificultăți apar iar și iar.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Teama de controverse.__ Aleșii locali se pot teme că, dacă vorbesc despre migrație, vor pierde voturi. Experiența arată că o poziție calmă, bazată pe fapte și consecventă este de regulă respectată, chiar și de cei care nu sunt de acord.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Lipsa resurselor.__ Primăriile mici pot avea o singură persoană pentru toată comunicarea. Parteneriatele cu ONG-uri, școli și rețele ajută la împărțirea sarcinilor.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Temerile noilor veniți.__ Oamenii care au fugit de persecuție pot fi neîncrezători față de autorități și de expunerea publică. Încrederea se câștigă în timp.
# Context: paragraph in “Common obstacles”
local-p-cc51e468b459268a = Nu îi folosiți pe noii veniți ca decor în fotografii. O ședință foto în care { -refugees(case: "def") } apar doar ca beneficiari recunoscători ai ajutorului întărește tocmai imaginea pe care vreți să o schimbați. Arătați-i pe oameni ca membri activi ai comunității, cu propriile competențe și propria voce.
# Context: heading
local-h-128116345ec56f05 = Colaborarea cu { -newcomers(case: "def") } ca parteneri
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-90ba2dbdd99d9352 = Acest manual revine mereu la o idee: planificați împreună cu { -newcomers(case: "def") }, nu doar pentru ei. Iată cum.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-4ad98f73952ff4c2 = __Unde găsiți oameni.__ Porniți de la grupurile care există deja: asociații conduse de { -migrants }, cursuri de limbă, mediatori culturali, comunități religioase, cluburi sportive și școli. Nu vă bazați doar pe singura persoană pe care primăria o cunoaște deja.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-7d67f52ee78ce2fa = __Cât de mult împărțiți deciziile.__ Participarea are patru niveluri: oamenii pot fi informați, consultați, pot cocrea sau pot conduce. Țintiți cel puțin spre cocreare, în care oamenii planifică și decid împreună cu dumneavoastră. Un mic grup consultativ de { -newcomers } poate ghida o campanie. Dați-i ultimul cuvânt asupra felului în care sunt spuse poveștile membrilor săi.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-b08c40e051024188 = __Înlăturați barierele.__ Oferiți interpretare, supraveghere pentru copii și decontarea transportului. Organizați întâlnirile în locuri ușor accesibile, la ore potrivite pentru cei care lucrează în ture și care țin seama de sărbătorile religioase.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-9a9f351dd8b93746 = __Evitați participarea de fațadă.__ O singură persoană nu poate vorbi în numele tuturor. Implicați femei și bărbați, tineri și vârstnici, oameni de origini diferite și cu statut juridic diferit.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-20eeb85dff806891 = __Închideți cercul.__ Arătați-le participanților rezultatele și evaluarea și întrebați-i ce ar trebui schimbat data viitoare.
# Context: heading
local-h-1fcb65cb32c990e7 = Plată corectă, cu respectarea regulilor
# Context: paragraph in “Fair pay within the rules”
local-p-22faa39d6e3e9010 = Plătiți-i pe { -newcomers(case: "def") } acolo unde și alții sunt plătiți pentru o muncă similară. Dar un onorariu îi poate face rău unui { -asylum-seeker } dacă încalcă regulile privind munca sau sprijinul primit. Înainte de a plăti, verificați împreună cu serviciul juridic sau cu un ONG local:
# Context: list item in “Fair pay within the rules”
local-li-bee877195cbd0fa1 = Are persoana deja dreptul să muncească? Dreptul UE permite statelor membre să amâne accesul la piața muncii timp de câteva luni de la depunerea cererii de azil[^reception].
# Context: list item in “Fair pay within the rules”
local-li-caeb7d27b3fd9191 = Poate persoana să primească acest onorariu și cum trebuie declarat?
# Context: list item in “Fair pay within the rules”
local-li-8eaed91feb26ef48 = Îi va reduce alocația de primire sau alt sprijin?
# Context: paragraph in “Fair pay within the rules”
local-p-6c340d87ebdcc2b2 = Acolo unde un onorariu nu este permis, puteți de obicei să acoperiți totuși transportul, mesele și supravegherea copiilor sau să oferiți o adeverință ori o scrisoare de recomandare. Verificați și tichetele și voucherele, deoarece pot fi considerate venit. Explicați deschis motivul. Persoanele care beneficiază de { -temporary-protection } și { -refugees } recunoscuți au dreptul să muncească, dar regulile privind impozitele și alocațiile li se aplică în continuare.
# Context: heading
local-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
local-li-04338f0eb629554c = Faceți o hartă a actorilor locali pe baza tabelului de mai sus și notați câte un nume pentru fiecare rând.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Organizați o întâlnire internă a compartimentelor primăriei:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = cădeți de acord asupra faptelor privind noii veniți din orașul dumneavoastră;
# Context: list item in “What you can do”
local-li-8bf06752029391ef = cădeți de acord asupra cuvintelor pe care le folosiți, pe baza [glosarului](03-words.md#glossary);
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = desemnați o persoană de contact pentru întrebările locuitorilor și ale presei.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Rugați-l pe primar sau pe un înalt funcționar să facă anul acesta o declarație publică clară despre primirea noilor veniți și respect.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Verificați dacă informațiile esențiale ale primăriei există în limbile cel mai des vorbite de noii veniți din orașul dumneavoastră.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Alegeți o activitate care să-i aducă împreună, de la egal la egal, pe locuitori și pe noii veniți și planificați-o împreună cu noii veniți încă de la început. Folosiți planul de campanie din [capitolul 5](05-campaign.md).
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = Principiile de bază comune pentru politica de integrare a imigranților au fost adoptate de Consiliul Uniunii Europene în 2004. Primul principiu descrie integrarea drept „un proces dinamic, bidirecțional, de adaptare reciprocă”.
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = Comisia Europeană și-a prezentat Planul de acțiune privind integrarea și incluziunea pentru perioada 2021-2027 în noiembrie 2020. Planul subliniază parteneriatul cu autoritățile locale și regionale și importanța contactului de zi cu zi dintre noii veniți și comunitățile gazdă.
# Context: footnote in “What you can do”
local-fn-c90181702983e8ec = Potrivit Directivei privind condițiile de primire (2013/33/UE), accesul la piața muncii trebuie acordat cel târziu la nouă luni de la depunerea cererii, dacă până atunci nu s-a luat o decizie în primă instanță. Directiva reformată (UE) 2024/1346, care se aplică din iunie 2026, reduce acest termen la șase luni.
