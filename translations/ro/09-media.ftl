# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `ro`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Colaborarea cu presa și cu rețelele sociale
# Context: heading
media-h-2cf19668a799d0f4 = Presa locală contează
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Ziarele, posturile de radio și site-urile de știri locale modelează felul în care un oraș se vede pe sine. Locuitorii care nu au încredere în presa națională urmăresc adesea, totuși, presa locală. Când presa locală relatează despre noii veniți în mod echilibrat și cu chip uman, face mai mult pentru { -integration } decât multe campanii oficiale.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Jurnaliștii lucrează sub presiune și adesea știu puține lucruri despre azil și migrație. Cei mai mulți vor să relateze corect; ajutați-i să o facă.
# Context: heading
media-h-b0c52e0dd89cea9f = Colaborarea cu jurnaliștii
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Fiți disponibili.__ Desemnați o persoană de contact pentru întrebările despre migrație și asigurați-vă că jurnaliștii știu cine este. Un răspuns rapid și onest previne un articol construit pe zvonuri.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Fiți exacți.__ Oferiți fapte, cu sursele și datele lor. Dacă nu știți ceva, spuneți-o și promiteți că vă veți interesa.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Propuneți povești, nu doar declarații.__ Sugerați un nou venit care are o afacere, o profesoară a cărei clasă s-a schimbat, un voluntar care își amintește multe, întotdeauna cu acordul lor.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Trimiteți glosarul.__ O notă prietenoasă însoțită de [glosar](03-words.md#glossary) îi ajută pe reporteri să folosească cuvintele potrivite.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Corectați politicos.__ Dacă un articol conține erori, contactați jurnalistul sau redactorul cu faptele corecte. Cele mai multe redacții preferă o corectare discretă unei dispute publice.
# Context: paragraph in “Working with journalists”
media-p-ee59cd03b8c78b09 = Unele orașe organizează o dată sau de două ori pe an o întâlnire informală între jurnaliștii locali, personalul primăriei, ONG-uri și noi veniți, fără comunicat de presă și fără altă agendă decât aceea de a se cunoaște. Aceste contacte sunt de ajutor atunci când apar brusc vești proaste.
# Context: heading
media-h-66b70c05fee0e1a8 = Povești, fotografii și date cu caracter personal
# Context: paragraph in “Stories, photos and personal data”
media-p-febd1ccc2abcabaa = Poveștile și fotografiile reale dau viață unei campanii, dar pot și să pună oamenii în pericol. Verificați următoarele înainte de a publica numele, chipul sau povestea cuiva ori de a propune pe cineva pentru un interviu.
# Context: paragraph in “Stories, photos and personal data”
media-p-4ac040ee8a52eec6 = __Consimțământul este o conversație.__ Explicați la ce va servi materialul, unde va apărea, cât timp îl veți păstra și cine altcineva îl mai poate folosi. Oferiți variante: doar prenumele, fără chip, un loc schimbat sau deloc povestea. Apelați la un interpret atunci când este nevoie și lăsați-i persoanei timp de gândire. Consemnați răspunsul cu ajutorul [formularului de consimțământ din capitolul 10](10-resources.md#consent-form). Cereți din nou acordul pentru fiecare nouă utilizare: o persoană care a acceptat o fotografie la un festival nu a acceptat un afiș.
# Context: paragraph in “Stories, photos and personal data”
media-p-03c775c5fe8ee0f9 = __Refuzul trebuie să fie liber.__ Mulți { -newcomers } depind de primărie sau de un ONG pentru locuință, bani sau consiliere. Spuneți clar, și în scris, că refuzul nu are niciun efect asupra vreunui serviciu sau sprijin.
# Context: paragraph in “Stories, photos and personal data”
media-p-bef7b3f0cdbeea9c = __Oamenii se pot răzgândi.__ Potrivit RGPD, o persoană își poate retrage consimțământul în orice moment[^gdpr]. Trebuie atunci să opriți orice utilizare nouă și să eliminați ce se poate, de exemplu postările online. Cărțile tipărite, afișele, picturile murale și emisiunile difuzate nu mai pot fi retrase, așa că spuneți-le oamenilor acest lucru înainte să își dea acordul.
# Context: paragraph in “Stories, photos and personal data”
media-p-52b772917dd6726d = __Riscuri legate de azil.__ Cât timp procedura de azil este în curs, o poveste publică ce diferă de interviul de azil, chiar și în detalii mărunte, poate fi folosită pentru a pune la îndoială credibilitatea persoanei. Un nume sau un chip poate fi recunoscut și de cei de care persoana a fugit, punându-i rudele în pericol. Când aveți îndoieli, omiteți numele, chipul și traseul.
# Context: paragraph in “Stories, photos and personal data”
media-p-df02d5bda2541038 = __Copiii.__ Un copil are nevoie de consimțământul unui părinte sau, dacă este neînsoțit, al tutorelui desemnat de autorități. Întrebați și copilul și respectați un „nu”. Ghidurile UNICEF privind relatările despre copii recomandă schimbarea numelui și ascunderea identității copiilor refugiați sau solicitanți de azil ori de câte ori există riscul de a li se face rău.
# Context: paragraph in “Stories, photos and personal data”
media-p-6d657eceb5dd360e = __Date cu caracter personal.__ O fotografie, o înregistrare video sau o poveste despre o persoană care poate fi recunoscută reprezintă date cu caracter personal. Pentru o campanie, temeiul juridic este de obicei consimțământul (articolul 6 din RGPD). Originea etnică, religia, opiniile politice și sănătatea sunt „categorii speciale” de date, care necesită consimțământ explicit (articolul 9). Stabiliți cine păstrează materialul, cât timp și cine îl poate primi și ștergeți-l la expirarea acestui termen. Orice autoritate publică are un responsabil cu protecția datelor (articolul 37): cereți-i sfatul înainte de începerea campaniei.
# Context: heading
media-h-b904a77155606517 = Rețelele sociale
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Rețelele sociale le permit orașelor să vorbească direct cu locuitorii, repede și ieftin, dar transmit zvonurile și ostilitatea mai repede decât orice alt canal. Câteva principii vă ajută:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Postați regulat, nu doar în situații de criză.__ Un flux constant de povești din viața de zi cu zi vă construiește un public care vă cunoaște și are încredere în dumneavoastră înainte să se întâmple ceva dificil.
# Context: list item in “Social media”
media-li-4996cbe7525622a8 = __Scrieți o politică de moderare__ și publicați-o. Spuneți ce comentarii veți șterge, de exemplu insultele, amenințările și { -hate-speech(case: "def") }, și aplicați aceeași regulă pentru toți. Un model de politică găsiți în [capitolul 10](10-resources.md#moderation-policy).
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderați activ__, mai ales în primele ore după o postare. Ascundeți sau ștergeți comentariile care încalcă regulile și răspundeți la întrebările sincere cu fapte.
# Context: heading
media-h-588bc7bba18e6775 = Contracararea dezinformării
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Afirmațiile false despre migrație se răspândesc ușor pentru că se folosesc de frică. Exemple tipice sunt afirmațiile că noii veniți primesc mai multe ajutoare sociale decât locuitorii sau că o infracțiune a fost comisă de „un migrant”, când nu este așa.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Răspundeți repede__, cu informații corecte dintr-o sursă de încredere. Cu cât un zvon circulă mai mult fără răspuns, cu atât este mai greu de corectat.
# Context: list item in “Countering misinformation”
media-li-daefe32337bed2e2 = __Porniți de la adevăr.__ Prezentați mai întâi faptul. Avertizați că urmează o afirmație falsă, menționați-o o singură dată și explicați de ce este greșită. Apoi repetați faptul. Nu repetați afirmația falsă într-un titlu.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Folosiți mesageri de încredere.__ Un medic local, un director de școală sau un polițist pot fi mai convingători decât primăria sau un ONG.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Răspundeți îngrijorării, nu doar erorii.__ În spatele multor zvonuri se află o îngrijorare reală, legată de locuințe, siguranță sau echitate. Luați-o în serios.
# Context: paragraph in “Countering misinformation”
media-p-e0d4434c5c5a3e07 = Nu vă certați la nesfârșit cu câteva conturi foarte active. Publicul dumneavoastră este grupul mai mare al celor care citesc în tăcere. Dați-le o dată un răspuns clar, calm și bazat pe fapte, apoi mergeți mai departe.
# Context: heading
media-h-b46fce82289f0239 = Cum răspundem discursului instigator la ură
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Discursul instigator la ură îi atacă pe oameni din cauza a ceea ce sunt. Îi rănește pe cei vizați, îi sperie pe ceilalți și, dacă rămâne fără răspuns, face ca ostilitatea să pară normală. În țările UE, incitarea publică la violență sau la ură împotriva unui grup definit prin rasă, culoare, religie, ascendență sau origine națională ori etnică este infracțiune[^framework]. O mare parte din conținutul plin de ură rămâne sub acest prag, dar încalcă totuși regulile platformelor și pe cele ale unei dezbateri publice decente.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Ce pot face actorii locali:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Documentați__ postările pline de ură cu capturi de ecran, date și linkuri, înainte să dispară.
# Context: list item in “Responding to hate speech”
media-li-f2acff311f7febe1 = __Raportați-le__ platformei, prin formularul ei de raportare, și, atunci când pot fi ilegale, poliției sau organismului național pentru egalitate. Potrivit Regulamentului privind serviciile digitale, platformele trebuie să dea curs semnalărilor privind conținutul ilegal. Semnalările venite de la „semnalizatori de încredere” recunoscuți, adesea ONG-uri, trebuie tratate cu prioritate[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Sprijiniți__ persoanele vizate. Contactați-le în privat, întrebați-le de ce au nevoie și arătați public că întreaga comunitate este alături de ele.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Răspundeți__ printr-un mesaj public clar, venit din partea unei voci respectate: ura nu are loc în orașul nostru.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Nu amplificați.__ Evitați să citați integral cuvintele pline de ură și nu le distribuiți niciodată doar ca să le condamnați.
# Context: heading
media-h-3473df0a167dab12 = Când ceva merge prost: primele 72 de ore
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-05d0c31aa30431da = Ce spuneți în primele ore modelează povestea timp de săptămâni. Stabiliți de acum cine va vorbi, cine va verifica faptele și cine va urmări rețelele sociale. Când se întâmplă ceva, verificați mai întâi faptele. Arătați-vă compasiunea față de eventualele victime și nu învinuiți niciodată un grup pentru fapta unei singure persoane. Spuneți când va urma următoarea informare și protejați-i pe oamenii care sunt luați în vizor.
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-38397186eb8f8217 = { "[" }Lista de verificare pentru primele 72 de ore](10-resources.md#crisis-checklist) și un model de declarație inițială se află în capitolul 10.
# Context: heading
media-h-f42148c5762e904b = Ce puteți face
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Desemnați o persoană de contact pentru presă pentru întrebările despre migrație și anunțați-i pe jurnaliștii locali.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Trimiteți-le redactorilor locali glosarul și o invitație la o întâlnire.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Scrieți și publicați o politică de moderare pentru canalele dumneavoastră de pe rețelele sociale.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Faceți o listă cu cele mai răspândite trei zvonuri despre migrație din orașul dumneavoastră și pregătiți pentru fiecare un răspuns scurt, cu surse.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = Stabiliți împreună cu partenerii un plan de reacție la discursul instigator la ură, folosind pașii de mai sus.
# Context: list item in “What you can do”
media-li-813dc440a3f3bf16 = Desemnați persoanele care vor acționa în primele 72 de ore ale unei crize, folosind [lista de verificare din capitolul 10](10-resources.md#crisis-checklist).
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Folosiți listele de verificare din [capitolul 10](10-resources.md#media-checklist) înainte de fiecare interviu și de fiecare postare despre persoane identificate prin nume.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Decizia-cadru 2008/913/JAI a Consiliului din 28 noiembrie 2008 privind combaterea anumitor forme și expresii ale rasismului și xenofobiei prin intermediul dreptului penal le impune statelor membre ale UE să sancționeze astfel de fapte.
# Context: footnote in “What you can do”
media-fn-abaa73d7e8a24f57 = Regulamentul privind serviciile digitale (Regulamentul (UE) 2022/2065) se aplică integral din 17 februarie 2024. El obligă platformele online să ofere o modalitate de raportare a conținutului ilegal și să dea curs acestor semnalări. În fiecare țară, coordonatorul serviciilor digitale acordă statutul de semnalizator de încredere, iar Comisia Europeană publică o listă. În ianuarie 2025, un „Cod de conduită privind combaterea discursurilor ilegale de incitare la ură în mediul online +” revizuit, care continuă codul din 2016, a fost integrat în cadrul regulamentului.
# Context: footnote in “What you can do”
media-fn-4725cc01c4c554dd = Regulamentul (UE) 2016/679, Regulamentul general privind protecția datelor (RGPD). Articolul 7 alineatul (3) se referă la retragerea consimțământului.
