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
media-p-fd6faba9853a564a = Nekateri kraji enkrat ali dvakrat na leto pripravijo neformalno srečanje lokalnih novinarjev, občinskih uslužbencev, nevladnih organizacij in novih prebivalcev, brez sporočila za javnost in brez dnevnega reda, le zato, da se spoznajo. Ti stiki se obrestujejo, ko izbruhne težavna zgodba.
# Context: heading
media-h-70af929e8af967be = Privolitev in varnost
# Context: paragraph in “Consent and safety”
media-p-2c284522829e8f5a = Preden osebo predlagate za intervju ali objavite njeno ime, fotografijo ali zgodbo, se prepričajte, da razume, kaj se bo zgodilo, in da se s tem svobodno strinja. Ponudite možnosti: samo ime, brez obraza, spremenjen kraj. Za { -asylum-seekers(case: "acc") }, katerih postopek še ni končan, in za vse, katerih družina je v nevarnosti, lahko javna izpostavljenost pomeni resnična tveganja. Za otroke je potrebna privolitev staršev ali skrbnikov.
# Context: paragraph in “Consent and safety”
media-p-94f8ab9a4818d045 = Privolitev ni obrazec, ki se podpiše enkrat. Oseba, ki je privolila v fotografiranje na festivalu, ni privolila v to, da se pojavi na plakatu. Za vsako novo uporabo znova vprašajte.
# Context: heading
media-h-b904a77155606517 = Družbena omrežja
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Družbena omrežja krajem omogočajo, da neposredno, hitro in poceni nagovarjajo prebivalce, hkrati pa prenašajo govorice in sovražnost hitreje kot kateri koli drug kanal. Pomaga nekaj načel:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Objavljajte redno, ne le v krizah.__ Stalen tok vsakdanjih zgodb gradi občinstvo, ki vas pozna in vam zaupa, še preden se zgodi kaj težavnega.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Uporabljajte ljudi in podobe.__ Kratki videi, fotografije in izjave prebivalcev in novih prebivalcev pridejo dlje kot uradna obvestila.
# Context: list item in “Social media”
media-li-9f35f64de75024a5 = __Napišite pravila moderiranja__ in jih objavite. Povejte, katere komentarje boste odstranili, na primer žalitve, grožnje in { -hate-speech(case: "acc") }, in pravilo uporabljajte za vse.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Dejavno moderirajte__, zlasti v prvih urah po objavi. Skrijte ali izbrišite komentarje, ki kršijo vaša pravila, na iskrena vprašanja pa odgovorite z dejstvi.
# Context: heading
media-h-588bc7bba18e6775 = Boj proti dezinformacijam
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Lažne trditve o migracijah se širijo zlahka, ker igrajo na strah. Značilni primeri so trditve, da novi prebivalci dobivajo več socialnih prejemkov kot prebivalci ali da je kaznivo dejanje storil „migrant“, čeprav ga ni.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Odzovite se hitro__ s točnimi informacijami iz zaupanja vrednega vira. Dlje ko govorica kroži brez odgovora, teže jo je popraviti.
# Context: list item in “Countering misinformation”
media-li-3fa7160b29fece64 = __Začnite z resnico.__ Najprej navedite dejstva, lažno trditev omenite na kratko in pojasnite, zakaj je napačna. Lažne trditve ne ponavljajte v naslovu.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Uporabite prenašalce sporočil, ki jim ljudje zaupajo.__ Krajevni zdravnik, ravnateljica ali policist je lahko bolj prepričljiv kot občina ali nevladna organizacija.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Odzovite se na skrb, ne le na napako.__ Za mnogimi govoricami se skriva resnična skrb glede stanovanj, varnosti ali pravičnosti. To skrb vzemite resno.
# Context: paragraph in “Countering misinformation”
media-p-fbaead17fe043e7a = Ne prepirajte se v nedogled z nekaj glasnimi profili. Vaše občinstvo je večja skupina ljudi, ki tiho berejo. Enkrat jim dajte jasen, miren in stvaren odgovor, nato pa pojdite naprej.
# Context: heading
media-h-b46fce82289f0239 = Odzivanje na sovražni govor
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Sovražni govor napada ljudi zaradi tega, kar so. Škodi tistim, na katere je usmerjen, straši druge in, če ostane brez odziva, daje vtis, da je sovražnost nekaj običajnega. V državah EU je javno spodbujanje k nasilju ali sovraštvu do skupine, opredeljene po rasi, barvi kože, veri, poreklu ali narodnostnem ali etničnem izvoru, kaznivo dejanje[^framework]. Veliko sovražnih vsebin ne doseže tega praga, vendar kljub temu krši pravila platform in dostojne javne razprave.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Kaj lahko storijo lokalni akterji:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentirajte__ sovražne objave z zaslonskimi posnetki, datumi in povezavami, preden izginejo.
# Context: list item in “Responding to hate speech”
media-li-404e3cd60b719c07 = __Prijavite__ jih platformi, in kadar so morda nezakonite, policiji ali nacionalnemu organu za enakost. Velike platforme so se zavezale, da bodo prijave nezakonitega sovražnega govora hitro pregledale[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Podprite__ ljudi, na katere je napad usmerjen. Zasebno se obrnite nanje, vprašajte, kaj potrebujejo, in javno pokažite, da skupnost stoji ob njih.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Odzovite se__ z jasnim javnim sporočilom spoštovanega glasu: sovraštvu v našem kraju ni prostora.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Ne dajajte jim odmeva.__ Sovražnih besed ne navajajte v celoti in jih nikoli ne delite samo zato, da bi jih obsodili.
# Context: paragraph in “Responding to hate speech”
media-p-f88084a0d5f3d4b5 = S partnerji se o načrtu odzivanja dogovorite, še preden se kaj zgodi: kdo spremlja, kdo prijavlja, kdo javno govori in kdo podpira ljudi, na katere je napad usmerjen. V težkem trenutku načrt prihrani ure.
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
media-li-bef5d56f59a07b8b = Pred vsakim intervjujem in vsako objavo o ljudeh, ki so navedeni z imenom, uporabite kontrolne sezname iz [10. poglavja](10-resources.md#media-checklist).
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Okvirni sklep Sveta 2008/913/PNZ z dne 28. novembra 2008 o boju proti nekaterim oblikam in izrazom rasizma in ksenofobije s kazenskopravnimi sredstvi od držav članic EU zahteva, da tako ravnanje kaznujejo.
# Context: footnote in “What you can do”
media-fn-bed367bbdc20677b = Evropska komisija in več velikih spletnih platform so se leta 2016 dogovorili o kodeksu ravnanja za boj proti nezakonitemu sovražnemu govoru na spletu, v katerem so se platforme zavezale, da bodo večino utemeljenih prijav pregledale v 24 urah.
