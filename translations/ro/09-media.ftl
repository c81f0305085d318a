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
media-li-bbab07615e9539e3 = __Împărtășiți glosarul.__ O notă prietenoasă însoțită de [glosar](03-words.md#glossary) îi ajută pe reporteri să folosească cuvintele potrivite.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Corectați politicos.__ Dacă un articol conține erori, contactați jurnalistul sau redactorul cu faptele corecte. Cele mai multe redacții preferă o corectare discretă unei dispute publice.
# Context: paragraph in “Working with journalists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
media-p-ee59cd03b8c78b09 = Unele orașe organizează o dată sau de două ori pe an o întâlnire informală între jurnaliștii locali, personalul primăriei, ONG-uri și noi veniți, fără comunicat de presă și fără altă agendă decât aceea de a se cunoaște. Aceste contacte se dovedesc valoroase atunci când izbucnește un subiect dificil.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent and safety
media-h-66b70c05fee0e1a8 = Consimțământ și siguranță
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
media-p-febd1ccc2abcabaa = Înainte de a propune o persoană pentru un interviu sau de a-i publica numele, fotografia ori povestea, asigurați-vă că înțelege ce se va întâmpla și că își dă acordul în mod liber. Oferiți variante: doar prenumele, fără chip, un loc schimbat. Pentru { -asylum-seekers(case: "def") } a căror procedură este încă în curs și pentru oricine are familia în pericol, expunerea publică poate presupune riscuri reale. Pentru copii este nevoie de acordul părinților sau al tutorilor.
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
media-p-4ac040ee8a52eec6 = Consimțământul nu este un formular semnat o singură dată. O persoană care a acceptat să fie fotografiată la un festival nu a acceptat să apară pe un afiș. Cereți din nou acordul pentru fiecare nouă utilizare.

# Context: paragraph in “Stories, photos and personal data”
# media-p-03c775c5fe8ee0f9 = **Saying no must be free.** Many { -newcomers } depend on the municipality or an NGO for housing, money or advice. Say clearly, and in writing, that refusing has no effect on any service or support.


# Context: paragraph in “Stories, photos and personal data”
# media-p-bef7b3f0cdbeea9c = **People can change their mind.** Under the GDPR, a person can withdraw consent at any time[^gdpr]. You must then stop new uses and remove what you can, such as online posts. Printed books, posters, murals and broadcasts cannot be taken back, so tell people this before they agree.


# Context: paragraph in “Stories, photos and personal data”
# media-p-52b772917dd6726d = **Risks linked to asylum.** While an asylum procedure is open, a public story that differs from the asylum interview, even in small details, can be used to doubt the person's credibility. A name or a face can also be recognised by the people they fled, and put relatives in danger. When in doubt, leave out the name, the face and the journey.


# Context: paragraph in “Stories, photos and personal data”
# media-p-df02d5bda2541038 = **Children.** A child needs the consent of a parent or, if the child is unaccompanied, of the guardian appointed by the authorities. Ask the child too, and respect a "no". UNICEF's guidelines for reporting on children advise changing the name and hiding the identity of refugee or asylum-seeking children wherever there is a risk of harm.


# Context: paragraph in “Stories, photos and personal data”
# media-p-6d657eceb5dd360e = **Personal data.** A photo, video or story of a person who can be recognised is personal data. For a campaign, the legal basis is usually consent (GDPR Article 6). Ethnic origin, religion, political opinions and health are "special categories" that need explicit consent (Article 9). Agree who keeps the material, for how long and who may receive it, and delete it when that time ends. Every public authority has a data protection officer (Article 37): ask yours for advice before the campaign starts.

# Context: heading
media-h-b904a77155606517 = Rețelele sociale
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Rețelele sociale le permit orașelor să vorbească direct cu locuitorii, repede și ieftin, dar transmit zvonurile și ostilitatea mai repede decât orice alt canal. Câteva principii vă ajută:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Postați regulat, nu doar în situații de criză.__ Un flux constant de povești din viața de zi cu zi vă construiește un public care vă cunoaște și are încredere în dumneavoastră înainte să se întâmple ceva dificil.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Folosiți oameni și imagini.__ Videoclipurile scurte, fotografiile și citatele locuitorilor și ale noilor veniți ajung mai departe decât anunțurile oficiale.
# Context: list item in “Social media”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
media-li-4996cbe7525622a8 = __Scrieți o politică de moderare__ și publicați-o. Spuneți ce comentarii veți șterge, de exemplu insultele, amenințările și { -hate-speech(case: "def") }, și aplicați aceeași regulă pentru toți.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderați activ__, mai ales în primele ore după o postare. Ascundeți sau ștergeți comentariile care încalcă regulile și răspundeți la întrebările sincere cu fapte.
# Context: heading
media-h-588bc7bba18e6775 = Contracararea dezinformării
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Afirmațiile false despre migrație se răspândesc ușor pentru că se folosesc de frică. Exemple tipice sunt afirmațiile că noii veniți primesc mai multe ajutoare sociale decât locuitorii sau că o infracțiune a fost comisă de „un migrant”, când nu este așa.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Răspundeți repede__, cu informații corecte dintr-o sursă de încredere. Cu cât un zvon circulă mai mult fără răspuns, cu atât este mai greu de corectat.
# Context: list item in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
media-li-daefe32337bed2e2 = __Porniți de la adevăr.__ Prezentați mai întâi faptele, menționați pe scurt afirmația falsă și explicați de ce este greșită. Nu repetați afirmația falsă într-un titlu.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Folosiți mesageri de încredere.__ Un medic local, un director de școală sau un polițist pot fi mai convingători decât primăria sau un ONG.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Răspundeți îngrijorării, nu doar erorii.__ În spatele multor zvonuri se află o îngrijorare reală, legată de locuințe, siguranță sau echitate. Luați-o în serios.
# Context: paragraph in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
media-p-e0d4434c5c5a3e07 = Nu vă certați la nesfârșit cu câteva conturi gălăgioase. Publicul dumneavoastră este grupul mai mare al celor care citesc în tăcere. Dați-le o dată un răspuns clar, calm și bazat pe fapte, apoi mergeți mai departe.
# Context: heading
media-h-b46fce82289f0239 = Cum răspundem discursului instigator la ură
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Discursul instigator la ură îi atacă pe oameni din cauza a ceea ce sunt. Îi rănește pe cei vizați, îi sperie pe ceilalți și, dacă rămâne fără răspuns, face ca ostilitatea să pară normală. În țările UE, incitarea publică la violență sau la ură împotriva unui grup definit prin rasă, culoare, religie, ascendență sau origine națională ori etnică este infracțiune[^framework]. O mare parte din conținutul plin de ură rămâne sub acest prag, dar încalcă totuși regulile platformelor și pe cele ale unei dezbateri publice decente.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Ce pot face actorii locali:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Documentați__ postările pline de ură cu capturi de ecran, date și linkuri, înainte să dispară.
# Context: list item in “Responding to hate speech”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
media-li-f2acff311f7febe1 = __Raportați-le__ platformei și, atunci când pot fi ilegale, poliției sau organismului național pentru egalitate. Marile platforme s-au angajat să analizeze rapid sesizările privind discursul ilegal de incitare la ură[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Sprijiniți__ persoanele vizate. Contactați-le în privat, întrebați-le de ce au nevoie și arătați public că întreaga comunitate este alături de ele.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Răspundeți__ printr-un mesaj public clar, venit din partea unei voci respectate: ura nu are loc în orașul nostru.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Nu amplificați.__ Evitați să citați integral cuvintele pline de ură și nu le distribuiți niciodată doar ca să le condamnați.

# Context: heading
# media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours

# Context: paragraph in “When something goes wrong: the first 72 hours”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
media-p-5c9d0666c6f6cac0 = Stabiliți împreună cu partenerii un plan de reacție înainte să se întâmple ceva: cine monitorizează, cine raportează, cine vorbește public și cine le sprijină pe persoanele vizate. Într-un moment dificil, un plan vă economisește ore întregi.

# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-e4f6edfe5d6ea522 = a crime in which a suspect is said to be a { -newcomer };


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-4e32014cd9b7727a = deaths at sea or at a border;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-dad780d15c6a3cd6 = the sudden arrival of many people;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-b0db4fbf486417b4 = a decision to open a reception centre;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-99cb138032c6afa0 = a protest against { -newcomers }, or an attack on them.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-05d0c31aa30431da = What you say in the first hours shapes the story for weeks. Decide now who will speak, who will check facts and who will watch social media. When something happens, check the facts first. Show sympathy for any victims, and never blame a group for the act of one person. Say when the next update will come, and protect the people who are being targeted.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-38397186eb8f8217 = The [checklist for the first 72 hours](10-resources.md#crisis-checklist) and a holding statement template are in chapter 10.

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
# media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).

# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Folosiți listele de verificare din [capitolul 10](10-resources.md#media-checklist) înainte de fiecare interviu și de fiecare postare despre persoane identificate prin nume.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Decizia-cadru 2008/913/JAI a Consiliului din 28 noiembrie 2008 privind combaterea anumitor forme și expresii ale rasismului și xenofobiei prin intermediul dreptului penal le impune statelor membre ale UE să sancționeze astfel de fapte.
# Context: footnote in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
media-fn-abaa73d7e8a24f57 = În 2016, Comisia Europeană și mai multe mari platforme online au convenit asupra unui Cod de conduită privind combaterea discursului ilegal de incitare la ură în mediul online, prin care platformele s-au angajat să analizeze majoritatea sesizărilor valabile în termen de 24 de ore.

# Context: footnote in “What you can do”
# media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.

