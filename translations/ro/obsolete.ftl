### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 04-local.ftl.
# Previous source: When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.
local-p-39076d155f6a47c9 = Când planificați un eveniment, întrebați-vă cine face parte din echipa de organizare, nu doar cine se află în public. Un eveniment organizat *împreună cu* noii veniți transmite un semnal foarte diferit de unul organizat *pentru* ei.
# From 05-campaign.ftl.
# Previous source: A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.
campaign-p-991eda74c077e725 = O campanie înseamnă mai mult decât un singur eveniment: are un obiectiv, un public bine definit, un mesaj coerent și o modalitate de a verifica dacă a funcționat.
# From 08-award.ftl.
# Previous source: **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
award-li-830caf17a6706429 = __Publicarea.__ Organizatorii publică apelul: cine poate candida, ce campanii sunt eligibile, termenul-limită și criteriile.
# From 08-award.ftl.
# Previous source: **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
award-li-035379af56a66d79 = __Candidaturile.__ Candidații își descriu campania, de obicei într-un formular, împreună cu dovezi precum imagini, articole de presă și rezultate.
# From 08-award.ftl.
# Previous source: **Eligibility check.** The organisers check that each entry meets the formal conditions.
award-li-6579c80e83766bbf = __Verificarea eligibilității.__ Organizatorii verifică dacă fiecare candidatură îndeplinește condițiile formale.
# From 08-award.ftl.
# Previous source: **Assessment.** A jury assesses the eligible entries against the published criteria.
award-li-2dd88f6c6da96e56 = __Evaluarea.__ Un juriu evaluează candidaturile eligibile pe baza criteriilor publicate.
# From 08-award.ftl.
# Previous source: **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.
award-li-f71bf0137d85b53a = __Decizia și ceremonia.__ Câștigătorii sunt anunțați, ideal în cadrul unui eveniment public care le oferă vizibilitate.
# From 08-award.ftl.
# Previous source: **Sharing.** The best entries are presented to others, so that other towns can learn from them.
award-li-dbfa5c5c52487d49 = __Diseminarea.__ Cele mai bune candidaturi sunt prezentate și altora, pentru ca alte orașe să poată învăța din ele.
# From 08-award.ftl.
# Previous source: What good entries share
award-h-8b7d003b40009032 = Ce au în comun candidaturile bune
# From 08-award.ftl.
# Previous source: Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
award-p-dd55b4ceb2d45b1f = Adesea, campaniile câștigătoare nu sunt nici cele mai mari, nici cele mai scumpe. Candidaturile bune au de obicei următoarele calități în comun:
# From 08-award.ftl.
# Previous source: **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
award-li-0005beda09ead772 = __O poveste locală clară.__ Candidatura explică în câteva fraze situația orașului și arată de ce era nevoie de campanie acolo.
# From 08-award.ftl.
# Previous source: **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
award-li-051a116eadb2a05c = __Oameni, nu etichete.__ Noii veniți apar ca vecini, lucrători, părinți, artiști și sportivi și vorbesc cu propria lor voce.
# From 08-award.ftl.
# Previous source: **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
award-li-003264f4a6b45211 = __Un parteneriat real.__ Primăria, societatea civilă, școlile și noii veniți au avut fiecare un rol, iar candidatura spune cine ce a făcut.
# From 08-award.ftl.
# Previous source: **Honest results.** The entry reports what worked and what did not, with modest but real evidence.
award-li-ed4ffc843fedf559 = __Rezultate oneste.__ Candidatura arată ce a funcționat și ce nu, cu dovezi modeste, dar reale.
# From 08-award.ftl.
# Previous source: **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
award-li-61acb526c050579f = __Ceva ce poate fi preluat.__ Candidatura explică metoda astfel încât alții să o poată refolosi, cu costuri, calendar și lecții învățate.
