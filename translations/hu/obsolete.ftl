### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 04-local.ftl.
# Previous source: When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.
local-p-39076d155f6a47c9 = Amikor rendezvényt tervez, ne csak azt kérdezze meg, ki ül a közönségben, hanem azt is, ki van a szervezőcsapatban. Egy újonnan érkezőkkel *együtt* szervezett rendezvény egészen más jelzést küld, mint egy *nekik* szervezett.
# From 05-campaign.ftl.
# Previous source: A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.
campaign-p-991eda74c077e725 = A kampány több egyetlen rendezvénynél: van célja, meghatározott célközönsége, következetes üzenete, és van módja annak ellenőrzésére, hogy működött-e.
# From 08-award.ftl.
# Previous source: **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
award-li-830caf17a6706429 = __Közzététel.__ A szervezők közzéteszik a felhívást: ki pályázhat, milyen kampányokkal lehet indulni, mi a határidő, és mik a szempontok.
# From 08-award.ftl.
# Previous source: **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
award-li-035379af56a66d79 = __Pályázatok.__ A pályázók – általában egy űrlapon – bemutatják a kampányukat, és alátámasztó anyagokat csatolnak, például képeket, sajtómegjelenéseket és eredményeket.
# From 08-award.ftl.
# Previous source: **Eligibility check.** The organisers check that each entry meets the formal conditions.
award-li-6579c80e83766bbf = __Jogosultsági ellenőrzés.__ A szervezők ellenőrzik, hogy minden pályázat megfelel-e a formai feltételeknek.
# From 08-award.ftl.
# Previous source: **Assessment.** A jury assesses the eligible entries against the published criteria.
award-li-2dd88f6c6da96e56 = __Értékelés.__ Egy zsűri a közzétett szempontok alapján értékeli a jogosult pályázatokat.
# From 08-award.ftl.
# Previous source: **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.
award-li-f71bf0137d85b53a = __Döntés és díjátadó.__ Kihirdetik a nyerteseket, ideális esetben egy nyilvános rendezvényen, amely láthatóságot ad nekik.
# From 08-award.ftl.
# Previous source: **Sharing.** The best entries are presented to others, so that other towns can learn from them.
award-li-dbfa5c5c52487d49 = __Megosztás.__ A legjobb pályázatokat bemutatják másoknak is, hogy más települések tanulhassanak belőlük.
# From 08-award.ftl.
# Previous source: What good entries share
award-h-8b7d003b40009032 = Mi a közös a jó pályázatokban?
# From 08-award.ftl.
# Previous source: Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
award-p-dd55b4ceb2d45b1f = A nyertes kampányok gyakran nem a legnagyobbak vagy a legdrágábbak. A jó pályázatokban általában ezek a tulajdonságok közösek:
# From 08-award.ftl.
# Previous source: **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
award-li-0005beda09ead772 = __Világos helyi történet.__ A pályázat néhány mondatban elmagyarázza a település helyzetét, és megmutatja, miért volt ott szükség a kampányra.
# From 08-award.ftl.
# Previous source: **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
award-li-051a116eadb2a05c = __Emberek, nem címkék.__ Az újonnan érkezők szomszédként, munkavállalóként, szülőként, művészként és sportolóként jelennek meg, és a saját hangjukon szólalnak meg.
# From 08-award.ftl.
# Previous source: **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
award-li-003264f4a6b45211 = __Valódi partnerség.__ Az önkormányzat, a civil társadalom, az iskolák és az újonnan érkezők mind kivették a részüket, és a pályázat leírja, ki mit csinált.
# From 08-award.ftl.
# Previous source: **Honest results.** The entry reports what worked and what did not, with modest but real evidence.
award-li-ed4ffc843fedf559 = __Őszinte eredmények.__ A pályázat beszámol arról, mi működött és mi nem, szerény, de valós bizonyítékokkal.
# From 08-award.ftl.
# Previous source: **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
award-li-61acb526c050579f = __Valami, amit át lehet venni.__ A pályázat úgy mutatja be a módszert – a költségekkel, az ütemezéssel és a tanulságokkal együtt –, hogy mások is alkalmazhassák.
