# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Delo z mediji in družbenimi omrežji
# Context: heading
media-h-2cf19668a799d0f4 = Lokalni mediji so pomembni
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Lokalni časopisi, radijske postaje in novičarske spletne strani oblikujejo, kako kraj vidi sam sebe. Prebivalci, ki ne zaupajo nacionalnim medijem, pogosto še vedno spremljajo lokalne. Kadar lokalni mediji o novih prebivalcih poročajo pošteno in osebno, za { -integration(case: "acc") } naredijo več kot marsikatera uradna kampanja.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Novinarji delajo pod pritiskom in o azilu in migracijah pogosto vedo malo. Večina želi zgodbo povedati pravilno; pomagajte jim pri tem.
# Context: heading
media-h-b0c52e0dd89cea9f = Delo z novinarji
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Bodite dosegljivi.__ Določite eno kontaktno osebo za vprašanja o migracijah in poskrbite, da novinarji vedo, kdo je to. Hiter in pošten odgovor prepreči zgodbo, zgrajeno na govoricah.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Bodite natančni.__ Dejstva navajajte z viri in datumi. Če česa ne veste, to povejte in obljubite, da boste preverili.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Ponudite zgodbe, ne le izjav.__ Predlagajte novega prebivalca, ki vodi podjetje, učiteljico, katere razred se je spremenil, prostovoljca z dolgim spominom, vedno z njihovo privolitvijo.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Delite glosar.__ Prijazno sporočilo z [glosarjem](03-words.md#glossary) novinarjem pomaga uporabljati prave besede.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Vljudno popravljajte.__ Če prispevek vsebuje napake, se s pravilnimi dejstvi obrnite na novinarja ali urednika. Večina medijev ima raje tih popravek kot javni spor.
# Context: paragraph in “Working with journalists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
media-p-ee59cd03b8c78b09 = Nekateri kraji enkrat ali dvakrat na leto pripravijo neformalno srečanje lokalnih novinarjev, občinskih uslužbencev, nevladnih organizacij in novih prebivalcev, brez sporočila za javnost in brez dnevnega reda, le zato, da se spoznajo. Ti stiki se obrestujejo, ko izbruhne težavna zgodba.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent and safety
media-h-66b70c05fee0e1a8 = Privolitev in varnost
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
media-p-febd1ccc2abcabaa = Preden osebo predlagate za intervju ali objavite njeno ime, fotografijo ali zgodbo, se prepričajte, da razume, kaj se bo zgodilo, in da se s tem svobodno strinja. Ponudite možnosti: samo ime, brez obraza, spremenjen kraj. Za { -asylum-seekers(case: "acc") }, katerih postopek še ni končan, in za vse, katerih družina je v nevarnosti, lahko javna izpostavljenost pomeni resnična tveganja. Za otroke je potrebna privolitev staršev ali skrbnikov.
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
media-p-4ac040ee8a52eec6 = Privolitev ni obrazec, ki se podpiše enkrat. Oseba, ki je privolila v fotografiranje na festivalu, ni privolila v to, da se pojavi na plakatu. Za vsako novo uporabo znova vprašajte.

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
media-h-b904a77155606517 = Družbena omrežja
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Družbena omrežja krajem omogočajo, da neposredno, hitro in poceni nagovarjajo prebivalce, hkrati pa prenašajo govorice in sovražnost hitreje kot kateri koli drug kanal. Pomaga nekaj načel:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Objavljajte redno, ne le v krizah.__ Stalen tok vsakdanjih zgodb gradi občinstvo, ki vas pozna in vam zaupa, še preden se zgodi kaj težavnega.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Uporabljajte ljudi in podobe.__ Kratki videi, fotografije in izjave prebivalcev in novih prebivalcev pridejo dlje kot uradna obvestila.
# Context: list item in “Social media”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
media-li-4996cbe7525622a8 = __Napišite pravila moderiranja__ in jih objavite. Povejte, katere komentarje boste odstranili, na primer žalitve, grožnje in { -hate-speech(case: "acc") }, in pravilo uporabljajte za vse.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Dejavno moderirajte__, zlasti v prvih urah po objavi. Skrijte ali izbrišite komentarje, ki kršijo vaša pravila, na iskrena vprašanja pa odgovorite z dejstvi.
# Context: heading
media-h-588bc7bba18e6775 = Boj proti dezinformacijam
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Lažne trditve o migracijah se širijo zlahka, ker igrajo na strah. Značilni primeri so trditve, da novi prebivalci dobivajo več socialnih prejemkov kot prebivalci ali da je kaznivo dejanje storil „migrant“, čeprav ga ni.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Odzovite se hitro__ s točnimi informacijami iz zaupanja vrednega vira. Dlje ko govorica kroži brez odgovora, teže jo je popraviti.
# Context: list item in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
media-li-daefe32337bed2e2 = __Začnite z resnico.__ Najprej navedite dejstva, lažno trditev omenite na kratko in pojasnite, zakaj je napačna. Lažne trditve ne ponavljajte v naslovu.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Uporabite prenašalce sporočil, ki jim ljudje zaupajo.__ Krajevni zdravnik, ravnateljica ali policist je lahko bolj prepričljiv kot občina ali nevladna organizacija.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Odzovite se na skrb, ne le na napako.__ Za mnogimi govoricami se skriva resnična skrb glede stanovanj, varnosti ali pravičnosti. To skrb vzemite resno.
# Context: paragraph in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
media-p-e0d4434c5c5a3e07 = Ne prepirajte se v nedogled z nekaj glasnimi profili. Vaše občinstvo je večja skupina ljudi, ki tiho berejo. Enkrat jim dajte jasen, miren in stvaren odgovor, nato pa pojdite naprej.
# Context: heading
media-h-b46fce82289f0239 = Odzivanje na sovražni govor
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Sovražni govor napada ljudi zaradi tega, kar so. Škodi tistim, na katere je usmerjen, straši druge in, če ostane brez odziva, daje vtis, da je sovražnost nekaj običajnega. V državah EU je javno spodbujanje k nasilju ali sovraštvu do skupine, opredeljene po rasi, barvi kože, veri, poreklu ali narodnostnem ali etničnem izvoru, kaznivo dejanje[^framework]. Veliko sovražnih vsebin ne doseže tega praga, vendar kljub temu krši pravila platform in dostojne javne razprave.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Kaj lahko storijo lokalni akterji:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentirajte__ sovražne objave z zaslonskimi posnetki, datumi in povezavami, preden izginejo.
# Context: list item in “Responding to hate speech”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
media-li-f2acff311f7febe1 = __Prijavite__ jih platformi, in kadar so morda nezakonite, policiji ali nacionalnemu organu za enakost. Velike platforme so se zavezale, da bodo prijave nezakonitega sovražnega govora hitro pregledale[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Podprite__ ljudi, na katere je napad usmerjen. Zasebno se obrnite nanje, vprašajte, kaj potrebujejo, in javno pokažite, da skupnost stoji ob njih.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Odzovite se__ z jasnim javnim sporočilom spoštovanega glasu: sovraštvu v našem kraju ni prostora.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Ne dajajte jim odmeva.__ Sovražnih besed ne navajajte v celoti in jih nikoli ne delite samo zato, da bi jih obsodili.

# Context: heading
# media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours

# Context: paragraph in “When something goes wrong: the first 72 hours”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
media-p-5c9d0666c6f6cac0 = S partnerji se o načrtu odzivanja dogovorite, še preden se kaj zgodi: kdo spremlja, kdo prijavlja, kdo javno govori in kdo podpira ljudi, na katere je napad usmerjen. V težkem trenutku načrt prihrani ure.

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
media-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Določite kontaktno osebo za medije za vprašanja o migracijah in o tem obvestite lokalne novinarje.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Lokalnim urednikom pošljite glosar in ponudbo za srečanje.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Napišite in objavite pravila moderiranja za svoje kanale na družbenih omrežjih.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Naštejte tri najpogostejše govorice o migracijah v svojem kraju in za vsako pripravite kratek odgovor z navedbo virov.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = S partnerji se po zgornjih korakih dogovorite o načrtu odzivanja na sovražni govor.

# Context: list item in “What you can do”
# media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).

# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Pred vsakim intervjujem in vsako objavo o ljudeh, ki so navedeni z imenom, uporabite kontrolne sezname iz [10. poglavja](10-resources.md#media-checklist).
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Okvirni sklep Sveta 2008/913/PNZ z dne 28. novembra 2008 o boju proti nekaterim oblikam in izrazom rasizma in ksenofobije s kazenskopravnimi sredstvi od držav članic EU zahteva, da tako ravnanje kaznujejo.
# Context: footnote in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
media-fn-abaa73d7e8a24f57 = Evropska komisija in več velikih spletnih platform so se leta 2016 dogovorili o kodeksu ravnanja za boj proti nezakonitemu sovražnemu govoru na spletu, v katerem so se platforme zavezale, da bodo večino utemeljenih prijav pregledale v 24 urah.

# Context: footnote in “What you can do”
# media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.

