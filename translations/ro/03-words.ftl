### handbook/chapters/03-words.md — Words matter
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
words-title-99393f6a = Cuvintele contează

# Context: heading
words-h-6d11659b = De ce contează cuvintele

# Context: paragraph in “Why words matter”
words-p-1e8fb6b5 = Cuvintele pe care le folosim despre oameni modelează felul în care îi văd ceilalți. Numiți pe cineva „val” sau „potop”, iar ascultătorii își vor imagina un dezastru care trebuie oprit. Numiți aceeași persoană asistentă medicală, vecin sau părinte, iar ei își vor imagina o ființă umană. Cuvintele au și înțelesuri juridice: faptul că o persoană este { -refugee }, { -asylum-seeker } sau { -migrant } poate decide dacă are voie să rămână, să muncească sau să își aducă familia.

# Context: paragraph in “Why words matter”
words-p-06f92181 = Limbajul corect nu ține de politețe. Ține de exactitate. Un ziar local care îi numește pe toți noii veniți „ilegali” pur și simplu greșește în privința celor mai mulți dintre ei. Alegerea cuvintelor potrivite este cea mai ieftină și mai rapidă îmbunătățire pe care o poate face orice comunicator local.

# Context: paragraph in “Why words matter”
words-p-75d04f15 = Acest capitol explică termenii-cheie, folosiți în mod consecvent în toate versiunile lingvistice ale acestui manual.

# Context: heading
words-h-b04bf22f = Cele trei cuvinte confundate cel mai des

# Context: heading
words-h-bc0885e6 = Refugiat

# Context: paragraph in “Refugee”
words-p-a666f2f6 = Un { -refugee } este o persoană care a fost nevoită să își părăsească țara din cauza unei temeri bine întemeiate de a fi persecutată pe motiv de rasă, religie, naționalitate, opinii politice sau apartenență la un anumit grup social și care nu poate sau, din cauza acestei temeri, nu dorește să solicite protecția propriei țări. Definiția provine din Convenția din 1951 privind statutul refugiaților[^convention]. În vorbirea de zi cu zi, cuvântul este folosit mai larg și pentru oamenii care fug de război și de violență, iar dreptul internațional le oferă protecție și acestora.

# Context: heading
words-h-b09f4651 = Solicitant de azil

# Context: paragraph in “Asylum seeker”
words-p-f370bd9c = Un { -asylum-seeker } este o persoană care a cerut protecție internațională într-o altă țară și așteaptă o decizie. Nu orice solicitant de azil va fi în cele din urmă recunoscut ca { -refugee }, dar orice refugiat recunoscut a fost cândva solicitant de azil. A cere azil este un drept, nu o infracțiune.

# Context: heading
words-h-154e9718 = Migrant

# Context: paragraph in “Migrant”
words-p-9353fc8a = „Migrant” este cel mai larg dintre cei trei termeni. Nu există o definiție juridică unică. Organizațiile internaționale îl folosesc ca termen-umbrelă pentru orice persoană care se mută din locul său obișnuit de reședință, în interiorul unei țări sau peste o frontieră, indiferent de motiv și pentru orice perioadă de timp[^iom-def]. Studenții, lucrătorii sezonieri, persoanele care se alătură familiei și oamenii care fug de război pot fi cu toții { -migrants }. Pentru că este un cuvânt atât de larg, folosiți-l cu grijă: dacă știți că oamenii despre care vorbiți sunt { -refugees } sau { -asylum-seekers }, spuneți-o.

# Context: paragraph in “Migrant”
words-p-4927dc2d = Când aveți îndoieli, descrieți persoana, nu categoria. „Un tânăr din Afganistan, sosit acum doi ani, care lucrează acum într-un service auto” este mai exact, și mult mai interesant, decât orice etichetă.

# Context: heading
words-h-940caa36 = Glosar

# Context: paragraph in “Glossary”
words-p-00e42605 = Tabelul de mai jos cuprinde termenii care apar cel mai des în comunicarea locală. A treia coloană indică expresiile de preferat și pe cele de evitat.

# Context: table cell in “Glossary”
words-cell-3e987aec = Termen

# Context: table cell in “Glossary”
words-cell-0de1cea6 = Ce înseamnă

# Context: table cell in “Glossary”
words-cell-e6167397 = De preferat / de evitat

# Context: table cell in “Glossary”
words-cell-8a2d7f21 = { -migrant }

# Context: table cell in “Glossary”
words-cell-25a9704a = Termen-umbrelă pentru o persoană care se mută din locul său obișnuit de reședință, indiferent de motiv și pentru orice perioadă de timp.

# Context: table cell in “Glossary”
words-cell-ffc7f288 = De preferat: „migrant” sau situația reală a persoanei (lucrător, student, membru de familie). De evitat: folosirea lui pentru persoane despre care știți că au statut de refugiat.

# Context: table cell in “Glossary”
words-cell-80dda940 = { -refugee }

# Context: table cell in “Glossary”
words-cell-8021ad9a = Persoană care a fugit de persecuție, război sau violență și este protejată de dreptul internațional; în sens strict, persoană recunoscută ca refugiat în temeiul Convenției din 1951.

# Context: table cell in “Glossary”
words-cell-a17dca42 = De preferat: „refugiat”, atunci când statutul este recunoscut sau când persoana a fugit în mod evident de un pericol. De evitat: „refugiat fals”, „așa-zis refugiat”.

# Context: table cell in “Glossary”
words-cell-87463fb7 = { -asylum-seeker }

# Context: table cell in “Glossary”
words-cell-098604c8 = Persoană care a solicitat protecție internațională și așteaptă o decizie.

# Context: table cell in “Glossary”
words-cell-fe1c4052 = De preferat: „solicitant de azil”, „persoană care caută protecție”. De evitat: „ilegal”, „fals solicitant de azil”.

# Context: table cell in “Glossary”
words-cell-d4d1cfe5 = beneficiar de protecție internațională

# Context: table cell in “Glossary”
words-cell-c36c0cd8 = Persoană căreia i s-a acordat statutul de refugiat sau protecție subsidiară într-o țară a UE.

# Context: table cell in “Glossary”
words-cell-2385d60e = De preferat: acest termen în textele oficiale; „refugiat” în vorbirea de zi cu zi.

# Context: table cell in “Glossary”
words-cell-6ef134b7 = protecție subsidiară

# Context: table cell in “Glossary”
words-cell-e25e040a = Protecție acordată unei persoane care nu îndeplinește condițiile pentru a fi refugiat, dar care ar fi expusă unui risc real de a suferi vătămări grave dacă ar fi trimisă înapoi.

# Context: table cell in “Glossary”
words-cell-9bef5378 = De preferat: explicați-o pe scurt atunci când o folosiți; cei mai mulți cititori nu o cunosc.

# Context: table cell in “Glossary”
words-cell-7ffc1436 = migrant în situație neregulamentară

# Context: table cell in “Glossary”
words-cell-57a635f1 = Persoană care a intrat sau stă într-o țară fără autorizația necesară.

# Context: table cell in “Glossary”
words-cell-15eccf25 = De preferat: „în situație neregulamentară” sau „fără documente”. De evitat: „migrant ilegal”, „ilegalii”: faptele pot fi ilegale, oamenii nu.

# Context: table cell in “Glossary”
words-cell-96efc7c7 = minor neînsoțit

# Context: table cell in “Glossary”
words-cell-33136488 = Copil sub 18 ani care sosește fără un părinte sau fără un alt adult responsabil de el.

# Context: table cell in “Glossary”
words-cell-9da4efca = De preferat: „copil neînsoțit”. De evitat: punerea la îndoială în public a vârstei unui copil, fără dovezi.

# Context: table cell in “Glossary”
words-cell-1799e586 = persoană provenită din migrație

# Context: table cell in “Glossary”
words-cell-aae8b353 = Locuitor care a migrat el însuși sau ai cărui părinți au migrat. Adesea este cetățean al țării.

# Context: table cell in “Glossary”
words-cell-8acb743c = De preferat: felul în care persoana se descrie singură. De evitat: „străin”, pentru oameni care sunt cetățeni.

# Context: table cell in “Glossary”
words-cell-86f1bddb = { -integration }

# Context: table cell in “Glossary”
words-cell-1068edef = Proces bidirecțional în care noii veniți și comunitatea care îi primește se adaptează unii la alții, cu drepturi și obligații de ambele părți.

# Context: table cell in “Glossary”
words-cell-49ea3505 = De preferat: „integrare”, „incluziune”, „participare”. De evitat: „asimilare”, atunci când vă referiți la integrare.

# Context: table cell in “Glossary”
words-cell-7a6913b7 = { -local-community }

# Context: table cell in “Glossary”
words-cell-3b8c7bd4 = Locuitorii, organizațiile și instituțiile unui oraș sau ale unei zone, inclusiv noii veniți.

# Context: table cell in “Glossary”
words-cell-408972b1 = De preferat: formulări care îi includ pe noii veniți în „noi”. De evitat: „localnici contra migranți”.

# Context: table cell in “Glossary”
words-cell-0d029014 = { -hate-speech }

# Context: table cell in “Glossary”
words-cell-275d63ab = Exprimare care răspândește, incită, promovează sau justifică ura față de oameni din cauza a ceea ce sunt, de exemplu din cauza originii, religiei sau culorii pielii.

# Context: table cell in “Glossary”
words-cell-fe96aaf2 = De preferat: numirea lui clară și calmă. De evitat: repetarea cuvintelor pline de ură în titluri, chiar și pentru a le critica.

# Context: paragraph in “Glossary”
words-p-41844af3 = Definițiile juridice diferă ușor de la o țară la alta și se schimbă în timp. Pentru textele oficiale, verificați formularea folosită de autoritatea națională pentru azil. Pentru comunicarea publică, definițiile simple de mai sus sunt suficient de exacte.

# Context: heading
words-h-0581156d = Cuvinte de folosit cu grijă

# Context: paragraph in “Words to handle with care”
words-p-1c973087 = Unele cuvinte nu sunt greșite în sine, dar creează o imagine mai puternică decât faptele.

# Context: list item in “Words to handle with care”
words-li-a747657f = **Metaforele acvatice**: „val”, „potop”, „flux”, „aflux”. Ele îi transformă pe oameni într-o forță a naturii și sugerează că singurul răspuns posibil este un baraj. Folosiți „sosiri” sau numărul real, cu sursa.

# Context: list item in “Words to handle with care”
words-li-8e528b03 = **Metaforele războiului**: „invazie”, „asediu”. Ele sugerează că noii veniți sunt dușmani.

# Context: list item in “Words to handle with care”
words-li-aa1e5a92 = **Cifrele fără context**: „au sosit mii de oameni” sună alarmant; „au sosit mii de oameni, într-o regiune cu câteva milioane de locuitori” poate să nu sune așa. Indicați proporțiile.

# Context: list item in “Words to handle with care”
words-li-3e19d820 = **„Criză”**: cuvântul este uneori justificat, de exemplu în cazul unui sistem de primire copleșit. Rareori este potrivit pentru a descrie oameni.

# Context: paragraph in “Words to handle with care”
words-p-42d9d57f = Mai multe instituții media și asociații ale jurnaliștilor din Europa au adoptat ghiduri de stil care evită expresia „imigrant ilegal” și preferă „în situație neregulamentară” sau „fără documente”. O primărie poate face același lucru: o notă de stil de o pagină pentru site-ul orașului, buletinele informative și comunicatele de presă face din limbajul corect o rutină, nu un subiect de dezbatere.

# Context: heading
words-h-8d81b72b = Lăsați oamenii să se numească singuri

# Context: paragraph in “Let people name themselves”
words-p-b6b448bf = Etichetele sunt puse de alții; numele sunt alese. Când lucrați cu noi veniți la o campanie sau la un articol, întrebați-i cum vor să fie descriși. Unii sunt mândri să fie numiți { -refugees }; alții preferă să fie cunoscuți după profesie sau după prenume. Unii nu vor dori deloc să li se menționeze statutul, pentru că asta le-ar putea pune rudele în pericol.

# Context: paragraph in “Let people name themselves”
words-p-95f9335e = Respectați aceste alegeri și cereți întotdeauna acordul înainte de a publica numele, chipul sau povestea cuiva. [Capitolul 9](09-media.md#consent) spune mai multe despre consimțământ.

# Context: heading
words-h-9353605e = Ce puteți face

# Context: list item in “What you can do”
words-li-1781802d = Tipăriți tabelul-glosar și puneți-l lângă biroul persoanei care scrie comunicatele de presă și postările pe rețelele sociale în organizația dumneavoastră.

# Context: list item in “What you can do”
words-li-afe6ca48 = Revedeți ultimele cinci texte publice despre migrație publicate de organizația dumneavoastră. Subliniați fiecare etichetă și verificați-o cu ajutorul glosarului.

# Context: list item in “What you can do”
words-li-9fde9556 = Stabiliți o scurtă notă de stil pentru orașul sau organizația dumneavoastră:

# Context: list item in “What you can do”
words-li-7088d2c3 = ce termeni folosiți;

# Context: list item in “What you can do”
words-li-0c7cd679 = ce termeni evitați;

# Context: list item in “What you can do”
words-li-523b9b21 = pe cine întrebați când aveți îndoieli.

# Context: list item in “What you can do”
words-li-b1535273 = Invitați un nou venit să citească următorul dumneavoastră text înainte de publicare și să vă spună cum sună.

# Context: footnote in “What you can do”
words-fn-272d3bb4 = Convenția din 1951 privind statutul refugiaților și Protocolul său din 1967 sunt textele centrale ale dreptului internațional al refugiaților. Toate statele membre ale UE sunt părți la acestea.

# Context: footnote in “What you can do”
words-fn-6a8c922e = Aceasta este, în esență, definiția de lucru folosită de Organizația Internațională pentru Migrație (OIM), care observă că termenul „migrant” nu este definit în dreptul internațional.
