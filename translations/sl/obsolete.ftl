### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 04-local.ftl.
# Previous source: When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.
local-p-39076d155f6a47c9 = Ko načrtujete dogodek, se ne vprašajte le, kdo bo v občinstvu, ampak tudi, kdo je v organizacijski ekipi. Dogodek, organiziran *z* novimi prebivalci, pošilja povsem drugačno sporočilo kot dogodek, organiziran *za* njih.
# From 05-campaign.ftl.
# Previous source: A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.
campaign-p-991eda74c077e725 = Kampanja je več kot en sam dogodek: ima cilj, opredeljeno ciljno občinstvo, dosledno sporočilo in način, kako preveriti, ali je uspela.
# From 08-award.ftl.
# Previous source: **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
award-li-830caf17a6706429 = __Objava.__ Organizatorji objavijo razpis: kdo se lahko prijavi, katere kampanje so upravičene, rok in merila.
# From 08-award.ftl.
# Previous source: **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
award-li-035379af56a66d79 = __Prijave.__ Prijavitelji opišejo svojo kampanjo, običajno na obrazcu, in priložijo dokazila, kot so slike, medijski odzivi in rezultati.
# From 08-award.ftl.
# Previous source: **Eligibility check.** The organisers check that each entry meets the formal conditions.
award-li-6579c80e83766bbf = __Preverjanje upravičenosti.__ Organizatorji preverijo, ali vsaka prijava izpolnjuje formalne pogoje.
# From 08-award.ftl.
# Previous source: **Assessment.** A jury assesses the eligible entries against the published criteria.
award-li-2dd88f6c6da96e56 = __Ocenjevanje.__ Žirija oceni upravičene prijave na podlagi objavljenih meril.
# From 08-award.ftl.
# Previous source: **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.
award-li-f71bf0137d85b53a = __Odločitev in podelitev.__ Zmagovalci so razglašeni, najbolje na javnem dogodku, ki jim zagotovi prepoznavnost.
# From 08-award.ftl.
# Previous source: **Sharing.** The best entries are presented to others, so that other towns can learn from them.
award-li-dbfa5c5c52487d49 = __Deljenje.__ Najboljše prijave se predstavijo drugim, da se lahko iz njih učijo drugi kraji.
# From 08-award.ftl.
# Previous source: What good entries share
award-h-8b7d003b40009032 = Kaj je skupno dobrim prijavam
# From 08-award.ftl.
# Previous source: Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
award-p-dd55b4ceb2d45b1f = Zmagovalne kampanje pogosto niso največje ali najdražje. Dobre prijave imajo navadno te značilnosti:
# From 08-award.ftl.
# Previous source: **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
award-li-0005beda09ead772 = __Jasna lokalna zgodba.__ Prijava v nekaj stavkih pojasni razmere v kraju in pokaže, zakaj je bila kampanja tam potrebna.
# From 08-award.ftl.
# Previous source: **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
award-li-051a116eadb2a05c = __Ljudje, ne oznake.__ Novi prebivalci nastopajo kot sosedje, delavci, starši, umetniki in športniki, ki govorijo s svojim glasom.
# From 08-award.ftl.
# Previous source: **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
award-li-003264f4a6b45211 = __Resnično partnerstvo.__ Občina, civilna družba, šole in novi prebivalci so imeli vsak svojo vlogo, prijava pa pove, kdo je kaj naredil.
# From 08-award.ftl.
# Previous source: **Honest results.** The entry reports what worked and what did not, with modest but real evidence.
award-li-ed4ffc843fedf559 = __Pošteni rezultati.__ Prijava poroča o tem, kaj je delovalo in kaj ne, s skromnimi, a resničnimi dokazi.
# From 08-award.ftl.
# Previous source: **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
award-li-61acb526c050579f = __Nekaj, kar je mogoče posnemati.__ Prijava pojasni metodo, da jo lahko drugi ponovno uporabijo, skupaj s stroški, časovnico in pridobljenimi izkušnjami.
