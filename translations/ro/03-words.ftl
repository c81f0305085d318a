# handbook/chapters/03-words.md — Words matter
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
words-title-76d2d7610995b41d = Cuvintele contează
# Context: heading
words-h-f3b863a6af7c5b08 = De ce contează cuvintele
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = Cuvintele pe care le folosim despre oameni modelează felul în care îi văd ceilalți. Numiți pe cineva „val” sau „potop”, iar ascultătorii își vor imagina un dezastru care trebuie oprit. Numiți aceeași persoană asistentă medicală, vecin sau părinte, iar ei își vor imagina o ființă umană. Cuvintele au și înțelesuri juridice: faptul că o persoană este { -refugee }, { -asylum-seeker } sau { -migrant } poate decide dacă are voie să rămână, să muncească sau să își aducă familia.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = Limbajul corect nu ține de politețe. Ține de exactitate. Un ziar local care îi numește pe toți noii veniți „ilegali” pur și simplu greșește în privința celor mai mulți dintre ei. Alegerea cuvintelor potrivite este cea mai ieftină și mai rapidă îmbunătățire pe care o poate face orice comunicator local.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = Acest capitol explică termenii-cheie, folosiți în mod consecvent în toate versiunile lingvistice ale acestui manual.
# Context: heading
words-h-e5784b859ad5a07e = Cele trei cuvinte confundate cel mai des
# Context: heading
words-h-fa2239b6a4057c8a = Refugiat
# Context: paragraph in “Refugee”
words-p-a55d8f2219b80fce = Un { -refugee } este o persoană care a fost nevoită să își părăsească țara din cauza unei temeri bine întemeiate de persecuție. Persecuția are loc pe motiv de rasă, religie, naționalitate, opinii politice sau apartenență la un anumit grup social. Din cauza acestei temeri, persoana nu poate sau nu dorește să solicite protecția propriei țări. Definiția provine din Convenția din 1951 privind statutul refugiaților[^convention]. În vorbirea de zi cu zi, cuvântul este folosit mai larg și pentru oamenii care fug de război și de violență. În UE, mulți dintre ei primesc protecție subsidiară sau, în cazul unui aflux masiv, { -temporary-protection }.
# Context: heading
words-h-aed25d084cc5514a = Solicitant de azil
# Context: paragraph in “Asylum seeker”
words-p-322f86daac474c9b = Un { -asylum-seeker } este o persoană care a cerut protecție internațională într-o altă țară și așteaptă o decizie. Nu orice { -asylum-seeker } va fi în cele din urmă recunoscut ca { -refugee }. Cei mai mulți { -refugees } recunoscuți au cerut mai întâi azil, dar unii nu, de exemplu refugiații reinstalați dintr-o țară terță. A cere azil este un drept, nu o infracțiune.
# Context: heading
words-h-dfcaf659e0182747 = Migrant
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = „Migrant” este cel mai larg dintre cei trei termeni. Nu există o definiție juridică unică. Organizațiile internaționale îl folosesc ca termen-umbrelă pentru orice persoană care se mută din locul său obișnuit de reședință, în interiorul unei țări sau peste o frontieră, indiferent de motiv și pentru orice perioadă de timp[^iom-def]. Studenții, lucrătorii sezonieri, persoanele care se alătură familiei și oamenii care fug de război pot fi cu toții { -migrants }. Pentru că este un cuvânt atât de larg, folosiți-l cu grijă: dacă știți că oamenii despre care vorbiți sunt { -refugees } sau { -asylum-seekers }, spuneți-o.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = Când aveți îndoieli, descrieți persoana, nu categoria. „Un tânăr din Afganistan, sosit acum doi ani, care lucrează acum într-un service auto” este mai exact, și mult mai interesant, decât orice etichetă.
# Context: heading
words-h-4c4e436f9a453c77 = Glosar
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = Tabelul de mai jos cuprinde termenii care apar cel mai des în comunicarea locală. A treia coloană indică expresiile de preferat și pe cele de evitat.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Termen
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = Ce înseamnă
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = De preferat / de evitat
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant }
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Termen-umbrelă pentru o persoană care se mută din locul său obișnuit de reședință, indiferent de motiv și pentru orice perioadă de timp.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = De preferat: „migrant” sau situația reală a persoanei (lucrător, student, membru de familie). De evitat: folosirea lui pentru persoane despre care știți că au statut de refugiat.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee }
# Context: table cell in “Glossary”
words-cell-6858fb16bfcc8497 = Persoană aflată în afara propriei țări, care are o temere bine întemeiată de persecuție, în sensul Convenției din 1951. Recunoașterea de către un stat confirmă statutul de refugiat; nu îl creează. În vorbirea de zi cu zi, și o persoană care fuge de război sau de violență.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = De preferat: „refugiat”, atunci când statutul este recunoscut sau când persoana a fugit în mod evident de un pericol. De evitat: „refugiat fals”, „așa-zis refugiat”.
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker }
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = Persoană care a solicitat protecție internațională și așteaptă o decizie.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = De preferat: „solicitant de azil”, „persoană care caută protecție”. De evitat: „ilegal”, „fals solicitant de azil”.
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = beneficiar de protecție internațională
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = Persoană căreia i s-a acordat statutul de refugiat sau protecție subsidiară într-o țară a UE.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = De preferat: acest termen în textele oficiale; „refugiat” în vorbirea de zi cu zi.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = protecție subsidiară
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Protecție acordată unei persoane care nu îndeplinește condițiile pentru a fi refugiat, dar care ar fi expusă unui risc real de a suferi vătămări grave dacă ar fi trimisă înapoi.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = De preferat: explicați-o pe scurt atunci când o folosiți; cei mai mulți cititori nu o cunosc.
# Context: table cell in “Glossary”
words-cell-bea0ed6f76038775 = { -temporary-protection }
# Context: table cell in “Glossary”
words-cell-e60f7100dda44814 = Protecție pe care UE o poate acorda imediat unui număr mare de oameni care fug de război, fără proceduri individuale de azil. Din martie 2022 îi protejează pe cei care fug din Ucraina.
# Context: table cell in “Glossary”
words-cell-ec001466c20e3483 = De preferat: „persoane care beneficiază de protecție temporară”. De evitat: „solicitanți de azil”, cu excepția cazului în care persoana a depus o cerere de azil.
# Context: table cell in “Glossary”
words-cell-5dc811403d0d6a8a = reinstalare
# Context: table cell in “Glossary”
words-cell-7eeadae01c962191 = Transferul unui refugiat recunoscut din țara în care și-a găsit inițial siguranța într-o altă țară care a acceptat să îl primească.
# Context: table cell in “Glossary”
words-cell-fa79a53a26ec1083 = De preferat: „refugiat reinstalat”, cu o scurtă explicație.
# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = migrant în situație neregulamentară
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = Persoană care a intrat sau stă într-o țară fără autorizația necesară.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = De preferat: „în situație neregulamentară” sau „fără documente”. De evitat: „migrant ilegal”, „ilegalii”: faptele pot fi ilegale, oamenii nu.
# Context: table cell in “Glossary”
words-cell-21f15b4436173353 = introducerea ilegală de migranți și traficul de persoane
# Context: table cell in “Glossary”
words-cell-f44ec191ac994e6f = Introducerea ilegală de migranți: ajutarea unei persoane să treacă ilegal o frontieră, contra cost. Traficul de persoane: recrutarea sau transportarea unei persoane în scopul exploatării ei, prin forță sau înșelăciune, cu sau fără trecerea unei frontiere.
# Context: table cell in “Glossary”
words-cell-f1f264429061865a = De preferat: termenul exact. De evitat: folosirea lor ca sinonime. O persoană care a plătit o călăuză poate deveni ulterior victimă a traficului.
# Context: table cell in “Glossary”
words-cell-bab07c01ec681bf7 = resortisant al unei țări terțe
# Context: table cell in “Glossary”
words-cell-78318cbb21b91c20 = În dreptul UE, o persoană care nu este cetățean al unui stat membru al UE.
# Context: table cell in “Glossary”
words-cell-f96cb3f93743941d = De preferat: în cererile de finanțare și în textele oficiale. De evitat: în vorbirea de zi cu zi.
# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = minor neînsoțit
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = Copil sub 18 ani care sosește fără un părinte sau fără un alt adult responsabil de el.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = De preferat: „copil neînsoțit”. De evitat: punerea la îndoială în public a vârstei unui copil, fără dovezi.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = persoană provenită din migrație (persoană de origine imigrantă)
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = Locuitor care a migrat el însuși sau ai cărui părinți au migrat. Adesea este cetățean al țării.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = De preferat: felul în care persoana se descrie singură. De evitat: „străin”, pentru oameni care sunt cetățeni.
# Context: table cell in “Glossary”
words-cell-bb729424aceaa908 = { -newcomer }
# Context: table cell in “Glossary”
words-cell-15d53e4d7f7f70f5 = În acest manual, o persoană venită din altă țară ca să locuiască într-un oraș în ultimii ani, indiferent de statutul său juridic.
# Context: table cell in “Glossary”
words-cell-b0b7e39db644e548 = De preferat: „{ -newcomer }” pentru cei sosiți recent; „persoană de origine imigrantă” pentru cei stabiliți de ani de zile.
# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = Proces bidirecțional în care noii veniți și comunitatea care îi primește se adaptează unii la alții, cu drepturi și obligații de ambele părți.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = De preferat: „integrare”, „incluziune”, „participare”. De evitat: „asimilare”, atunci când vă referiți la integrare.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = Locuitorii, organizațiile și instituțiile unui oraș sau ale unei zone, inclusiv noii veniți.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = De preferat: formulări care îi includ pe noii veniți în „noi”. De evitat: „localnici contra migranți”.
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Exprimare care răspândește, incită, promovează sau justifică ura față de oameni din cauza a ceea ce sunt, de exemplu din cauza originii, religiei sau culorii pielii.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = De preferat: numirea lui clară și calmă. De evitat: repetarea cuvintelor pline de ură în titluri, chiar și pentru a le critica.
# Context: table caption in “Glossary”
words-tcap-aa486d893eb1e7e8 = Termeni folosiți în comunicarea locală, cu expresiile de preferat și de evitat
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = Definițiile juridice diferă ușor de la o țară la alta și se schimbă în timp. Pentru textele oficiale, verificați formularea folosită de autoritatea națională pentru azil. Pentru comunicarea publică, definițiile simple de mai sus sunt suficient de exacte.
# Context: heading
words-h-8e1d12b0300f90ae = Cuvinte de folosit cu grijă
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Unele cuvinte nu sunt greșite în sine, dar creează o imagine mai puternică decât faptele.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Metaforele acvatice__: „val”, „potop”, „flux”, „aflux”. Ele îi transformă pe oameni într-o forță a naturii și sugerează că singurul răspuns posibil este un baraj. Folosiți „sosiri” sau numărul real, cu sursa.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __Metaforele războiului__: „invazie”, „asediu”. Ele sugerează că noii veniți sunt dușmani.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Cifrele fără context__: „au sosit mii de oameni” sună alarmant; „au sosit mii de oameni, într-o regiune cu câteva milioane de locuitori” poate să nu sune așa. Indicați proporțiile.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __„Criză”__: cuvântul este uneori justificat, de exemplu în cazul unui sistem de primire copleșit. Rareori este potrivit pentru a descrie oameni.
# Context: heading
words-h-ad6b1d4fe6291d7c = Lăsați oamenii să se numească singuri
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = Etichetele sunt puse de alții; numele sunt alese. Când lucrați cu noi veniți la o campanie sau la un articol, întrebați-i cum vor să fie descriși. Unii sunt mândri să fie numiți { -refugees }; alții preferă să fie cunoscuți după profesie sau după prenume. Unii nu vor dori deloc să li se menționeze statutul, pentru că asta le-ar putea pune rudele în pericol.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Respectați aceste alegeri și cereți întotdeauna acordul înainte de a publica numele, chipul sau povestea cuiva. [Capitolul 9](09-media.md#consent) spune mai multe despre consimțământ.
# Context: heading
words-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Tipăriți tabelul-glosar și puneți-l lângă biroul persoanei care scrie comunicatele de presă și postările pe rețelele sociale în organizația dumneavoastră.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Revedeți ultimele cinci texte publice despre migrație publicate de organizația dumneavoastră. Subliniați fiecare etichetă și verificați-o cu ajutorul glosarului.
# Context: list item in “What you can do”
words-li-54e0cd427a746edf = Stabiliți o scurtă notă de stil pentru orașul sau organizația dumneavoastră, pornind de la [modelul din capitolul 10](10-resources.md#style-note):
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = ce termeni folosiți;
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = ce termeni evitați;
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = pe cine întrebați când aveți îndoieli.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Invitați un nou venit să citească următorul dumneavoastră text înainte de publicare și să vă spună cum sună.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = Convenția din 1951 privind statutul refugiaților și Protocolul său din 1967 sunt textele centrale ale dreptului internațional al refugiaților. Toate statele membre ale UE sunt părți la acestea.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = Aceasta este, în esență, definiția de lucru folosită de Organizația Internațională pentru Migrație (OIM), care observă că termenul „migrant” nu este definit în dreptul internațional.
