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
media-p-ee59cd03b8c78b09 = Nekateri kraji enkrat ali dvakrat na leto pripravijo neformalno srečanje lokalnih novinarjev, občinskih uslužbencev, nevladnih organizacij in novih prebivalcev, brez sporočila za javnost in brez dnevnega reda, le zato, da se spoznajo. Ti stiki pomagajo, ko nenadoma pride slaba novica.
# Context: heading
media-h-66b70c05fee0e1a8 = Zgodbe, fotografije in osebni podatki
# Context: paragraph in “Stories, photos and personal data”
media-p-febd1ccc2abcabaa = Resnične zgodbe in fotografije kampanjo oživijo, lahko pa ljudi tudi ogrozijo. Preden objavite ime, obraz ali zgodbo kogar koli ali ga predlagate za intervju, preverite naslednje.
# Context: paragraph in “Stories, photos and personal data”
media-p-4ac040ee8a52eec6 = __Privolitev je pogovor.__ Pojasnite, čemu je gradivo namenjeno, kje bo objavljeno, kako dolgo ga boste hranili in kdo ga lahko še uporablja. Ponudite možnosti: samo ime, brez obraza, spremenjen kraj ali sploh brez zgodbe. Po potrebi zagotovite tolmača in osebi dajte čas za razmislek. Odgovor zabeležite z [obrazcem za privolitev iz 10. poglavja](10-resources.md#consent-form). Za vsako novo uporabo znova vprašajte: oseba, ki je privolila v fotografijo na festivalu, ni privolila v plakat.
# Context: paragraph in “Stories, photos and personal data”
media-p-03c775c5fe8ee0f9 = __Zavrnitev mora biti svobodna.__ Mnogi { -newcomers } so glede nastanitve, denarja ali svetovanja odvisni od občine ali nevladne organizacije. Jasno in pisno povejte, da zavrnitev ne vpliva na nobeno storitev ali podporo.
# Context: paragraph in “Stories, photos and personal data”
media-p-bef7b3f0cdbeea9c = __Ljudje si lahko premislijo.__ Po Splošni uredbi o varstvu podatkov lahko oseba privolitev kadar koli prekliče[^gdpr]. Takrat morate prenehati z novimi uporabami in odstraniti, kar lahko, na primer objave na spletu. Natisnjenih knjig, plakatov, poslikav in oddaj ni mogoče umakniti, zato ljudem to povejte, preden privolijo.
# Context: paragraph in “Stories, photos and personal data”
media-p-52b772917dd6726d = __Tveganja, povezana z azilom.__ Dokler azilni postopek teče, se lahko javna zgodba, ki se od povedanega na osebnem razgovoru razlikuje, čeprav le v malenkostih, uporabi za dvom v verodostojnost osebe. Ime ali obraz lahko prepoznajo tudi tisti, pred katerimi je oseba pobegnila, in tako ogrozijo njene sorodnike. Če ste v dvomih, izpustite ime, obraz in pot.
# Context: paragraph in “Stories, photos and personal data”
media-p-df02d5bda2541038 = __Otroci.__ Za otroka je potrebna privolitev starša ali, če je otrok brez spremstva, zakonitega zastopnika, ki ga določijo pristojni organi. Vprašajte tudi otroka in spoštujte njegov „ne“. UNICEF-ove smernice za poročanje o otrocih svetujejo, da se otrokom beguncem in otrokom prosilcem za azil spremeni ime in prikrije identiteta, kadar koli obstaja nevarnost, da bi jim to škodovalo.
# Context: paragraph in “Stories, photos and personal data”
media-p-6d657eceb5dd360e = __Osebni podatki.__ Fotografija, videoposnetek ali zgodba osebe, ki jo je mogoče prepoznati, so osebni podatki. Pri kampanji je pravna podlaga navadno privolitev (člen 6 Splošne uredbe o varstvu podatkov). Etnično poreklo, vera, politično prepričanje in zdravje so „posebne vrste“ podatkov, za katere je potrebna izrecna privolitev (člen 9). Dogovorite se, kdo hrani gradivo, kako dolgo in kdo ga lahko prejme, ter ga izbrišite, ko ta rok poteče. Vsak javni organ ima pooblaščeno osebo za varstvo podatkov (člen 37): preden se kampanja začne, jo prosite za nasvet.
# Context: heading
media-h-b904a77155606517 = Družbena omrežja
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Družbena omrežja krajem omogočajo, da neposredno, hitro in poceni nagovarjajo prebivalce, hkrati pa prenašajo govorice in sovražnost hitreje kot kateri koli drug kanal. Pomaga nekaj načel:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Objavljajte redno, ne le v krizah.__ Stalen tok vsakdanjih zgodb gradi občinstvo, ki vas pozna in vam zaupa, še preden se zgodi kaj težavnega.
# Context: list item in “Social media”
media-li-4996cbe7525622a8 = __Napišite pravila moderiranja__ in jih objavite. Povejte, katere komentarje boste odstranili, na primer žalitve, grožnje in { -hate-speech(case: "acc") }, in pravilo uporabljajte za vse. Vzorčna pravila so v [10. poglavju](10-resources.md#moderation-policy).
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Dejavno moderirajte__, zlasti v prvih urah po objavi. Skrijte ali izbrišite komentarje, ki kršijo vaša pravila, na iskrena vprašanja pa odgovorite z dejstvi.
# Context: heading
media-h-588bc7bba18e6775 = Boj proti dezinformacijam
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Lažne trditve o migracijah se širijo zlahka, ker igrajo na strah. Značilni primeri so trditve, da novi prebivalci dobivajo več socialnih prejemkov kot prebivalci ali da je kaznivo dejanje storil „migrant“, čeprav ga ni.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Odzovite se hitro__ s točnimi informacijami iz zaupanja vrednega vira. Dlje ko govorica kroži brez odgovora, teže jo je popraviti.
# Context: list item in “Countering misinformation”
media-li-daefe32337bed2e2 = __Začnite z resnico.__ Najprej navedite dejstvo. Opozorite, da sledi lažna trditev, omenite jo enkrat in pojasnite, zakaj je napačna. Nato dejstvo ponovite. Lažne trditve ne ponavljajte v naslovu.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Uporabite prenašalce sporočil, ki jim ljudje zaupajo.__ Krajevni zdravnik, ravnateljica ali policist je lahko bolj prepričljiv kot občina ali nevladna organizacija.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Odzovite se na skrb, ne le na napako.__ Za mnogimi govoricami se skriva resnična skrb glede stanovanj, varnosti ali pravičnosti. To skrb vzemite resno.
# Context: paragraph in “Countering misinformation”
media-p-e0d4434c5c5a3e07 = Ne prepirajte se v nedogled z nekaj zelo dejavnimi profili. Vaše občinstvo je večja skupina ljudi, ki tiho berejo. Enkrat jim dajte jasen, miren in stvaren odgovor, nato pa pojdite naprej.
# Context: heading
media-h-b46fce82289f0239 = Odzivanje na sovražni govor
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Sovražni govor napada ljudi zaradi tega, kar so. Škodi tistim, na katere je usmerjen, straši druge in, če ostane brez odziva, daje vtis, da je sovražnost nekaj običajnega. V državah EU je javno spodbujanje k nasilju ali sovraštvu do skupine, opredeljene po rasi, barvi kože, veri, poreklu ali narodnostnem ali etničnem izvoru, kaznivo dejanje[^framework]. Veliko sovražnih vsebin ne doseže tega praga, vendar kljub temu krši pravila platform in dostojne javne razprave.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Kaj lahko storijo lokalni akterji:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Dokumentirajte__ sovražne objave z zaslonskimi posnetki, datumi in povezavami, preden izginejo.
# Context: list item in “Responding to hate speech”
media-li-f2acff311f7febe1 = __Prijavite__ jih platformi prek njenega obrazca za prijavo, kadar so morda nezakonite, pa tudi policiji ali nacionalnemu organu za enakost (v Sloveniji Zagovorniku načela enakosti). Po Aktu o digitalnih storitvah morajo platforme ukrepati na podlagi prijav nezakonitih vsebin. Prijave priznanih „zaupanja vrednih prijaviteljev“, pogosto nevladnih organizacij, morajo obravnavati prednostno[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Podprite__ ljudi, na katere je napad usmerjen. Zasebno se obrnite nanje, vprašajte, kaj potrebujejo, in javno pokažite, da skupnost stoji ob njih.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Odzovite se__ z jasnim javnim sporočilom spoštovanega glasu: sovraštvu v našem kraju ni prostora.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Ne dajajte jim odmeva.__ Sovražnih besed ne navajajte v celoti in jih nikoli ne delite samo zato, da bi jih obsodili.
# Context: heading
media-h-3473df0a167dab12 = Ko gre kaj narobe: prvih 72 ur
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-05d0c31aa30431da = Kar poveste v prvih urah, za več tednov oblikuje zgodbo. Že zdaj se odločite, kdo bo govoril, kdo bo preverjal dejstva in kdo bo spremljal družbena omrežja. Ko se kaj zgodi, najprej preverite dejstva. Izrazite sočutje z žrtvami in nikoli ne krivite skupine za dejanje posameznika. Povejte, kdaj bo sledila naslednja informacija, in zaščitite ljudi, ki so tarča napadov.
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-38397186eb8f8217 = { "[" }Kontrolni seznam za prvih 72 ur](10-resources.md#crisis-checklist) in predloga prve izjave sta v 10. poglavju.
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
media-li-813dc440a3f3bf16 = Določite ljudi, ki bodo ukrepali v prvih 72 urah krize, in pri tem uporabite [kontrolni seznam v 10. poglavju](10-resources.md#crisis-checklist).
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Pred vsakim intervjujem in vsako objavo o ljudeh, ki so navedeni z imenom, uporabite kontrolne sezname iz [10. poglavja](10-resources.md#media-checklist).
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Okvirni sklep Sveta 2008/913/PNZ z dne 28. novembra 2008 o boju proti nekaterim oblikam in izrazom rasizma in ksenofobije s kazenskopravnimi sredstvi od držav članic EU zahteva, da tako ravnanje kaznujejo.
# Context: footnote in “What you can do”
media-fn-abaa73d7e8a24f57 = Akt o digitalnih storitvah (Uredba (EU) 2022/2065) se v celoti uporablja od 17. februarja 2024. Spletne platforme zavezuje, da omogočijo prijavo nezakonitih vsebin in na podlagi prijav ukrepajo. V vsaki državi status zaupanja vrednega prijavitelja podeli koordinator za digitalne storitve, Evropska komisija pa objavlja seznam. Januarja 2025 je bil prenovljeni „Kodeks ravnanja za boj proti nezakonitemu sovražnemu govoru na spletu +“, ki nadaljuje kodeks iz leta 2016, vključen v okvir akta.
# Context: footnote in “What you can do”
media-fn-4725cc01c4c554dd = Uredba (EU) 2016/679, Splošna uredba o varstvu podatkov (GDPR). Preklic privolitve ureja člen 7(3).
