### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 04-local.ftl.
# Previous source: When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.
local-p-39076d155f6a47c9 = Quando organizzate un evento, chiedetevi chi fa parte del gruppo organizzatore, non solo chi siede tra il pubblico. Un evento organizzato *con* i nuovi arrivati manda un segnale molto diverso da un evento organizzato *per* loro.
# From 05-campaign.ftl.
# Previous source: A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.
campaign-p-991eda74c077e725 = Una campagna è più di un singolo evento: ha un obiettivo, un pubblico definito, un messaggio coerente e un modo per verificare se ha funzionato.
# From 08-award.ftl.
# Previous source: **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
award-li-830caf17a6706429 = __Pubblicazione.__ Gli organizzatori pubblicano il bando: chi può partecipare, quali campagne sono ammissibili, la scadenza e i criteri.
# From 08-award.ftl.
# Previous source: **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
award-li-035379af56a66d79 = __Candidature.__ I candidati descrivono la propria campagna, di solito compilando un modulo, e allegano materiali come immagini, rassegna stampa e risultati.
# From 08-award.ftl.
# Previous source: **Eligibility check.** The organisers check that each entry meets the formal conditions.
award-li-6579c80e83766bbf = __Verifica di ammissibilità.__ Gli organizzatori verificano che ogni candidatura soddisfi i requisiti formali.
# From 08-award.ftl.
# Previous source: **Assessment.** A jury assesses the eligible entries against the published criteria.
award-li-2dd88f6c6da96e56 = __Valutazione.__ Una giuria valuta le candidature ammissibili sulla base dei criteri pubblicati.
# From 08-award.ftl.
# Previous source: **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.
award-li-f71bf0137d85b53a = __Decisione e cerimonia.__ I vincitori vengono annunciati, idealmente durante un evento pubblico che dia loro visibilità.
# From 08-award.ftl.
# Previous source: **Sharing.** The best entries are presented to others, so that other towns can learn from them.
award-li-dbfa5c5c52487d49 = __Condivisione.__ Le candidature migliori vengono presentate ad altri, perché altre città possano trarne ispirazione.
# From 08-award.ftl.
# Previous source: What good entries share
award-h-8b7d003b40009032 = Che cosa hanno in comune le buone candidature
# From 08-award.ftl.
# Previous source: Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
award-p-dd55b4ceb2d45b1f = Spesso le campagne vincitrici non sono le più grandi né le più costose. Le buone candidature tendono ad avere in comune queste qualità:
# From 08-award.ftl.
# Previous source: **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
award-li-0005beda09ead772 = __Una storia locale chiara.__ La candidatura spiega in poche frasi la situazione della città e mostra perché lì la campagna era necessaria.
# From 08-award.ftl.
# Previous source: **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
award-li-051a116eadb2a05c = __Persone, non etichette.__ I nuovi arrivati compaiono come vicini di casa, lavoratori, genitori, artisti e sportivi, e parlano con la propria voce.
# From 08-award.ftl.
# Previous source: **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
award-li-003264f4a6b45211 = __Un partenariato reale.__ Il Comune, la società civile, le scuole e i nuovi arrivati hanno avuto tutti un ruolo, e la candidatura spiega chi ha fatto che cosa.
# From 08-award.ftl.
# Previous source: **Honest results.** The entry reports what worked and what did not, with modest but real evidence.
award-li-ed4ffc843fedf559 = __Risultati onesti.__ La candidatura riferisce che cosa ha funzionato e che cosa no, con prove modeste ma reali.
# From 08-award.ftl.
# Previous source: **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
award-li-61acb526c050579f = __Qualcosa da copiare.__ La candidatura spiega il metodo perché altri possano riutilizzarlo, con costi, tempi e lezioni apprese.
