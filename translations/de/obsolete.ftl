### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 04-local.ftl.
# Previous source: When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.
local-p-39076d155f6a47c9 = Wenn Sie eine Veranstaltung planen, fragen Sie nicht nur, wer im Publikum sitzt, sondern auch, wer im Organisationsteam ist. Eine Veranstaltung, die *mit* Neuankömmlingen organisiert wird, sendet ein ganz anderes Signal als eine, die *für* sie organisiert wird.
# From 05-campaign.ftl.
# Previous source: A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.
campaign-p-991eda74c077e725 = Eine Kampagne ist mehr als eine einzelne Veranstaltung: Sie hat ein Ziel, eine klar umrissene Zielgruppe, eine durchgängige Botschaft und eine Möglichkeit zu überprüfen, ob sie gewirkt hat.
# From 08-award.ftl.
# Previous source: **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
award-li-830caf17a6706429 = __Veröffentlichung.__ Die Veranstalter veröffentlichen die Ausschreibung: wer sich bewerben kann, welche Kampagnen zugelassen sind, die Einreichfrist und die Kriterien.
# From 08-award.ftl.
# Previous source: **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
award-li-035379af56a66d79 = __Bewerbungen.__ Die Bewerberinnen und Bewerber beschreiben ihre Kampagne, meist auf einem Formular, mit Belegen wie Bildern, Presseberichten und Ergebnissen.
# From 08-award.ftl.
# Previous source: **Eligibility check.** The organisers check that each entry meets the formal conditions.
award-li-6579c80e83766bbf = __Prüfung der Zulässigkeit.__ Die Veranstalter prüfen, ob jede Einreichung die formalen Voraussetzungen erfüllt.
# From 08-award.ftl.
# Previous source: **Assessment.** A jury assesses the eligible entries against the published criteria.
award-li-2dd88f6c6da96e56 = __Bewertung.__ Eine Jury bewertet die zugelassenen Einreichungen anhand der veröffentlichten Kriterien.
# From 08-award.ftl.
# Previous source: **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.
award-li-f71bf0137d85b53a = __Entscheidung und Preisverleihung.__ Die Gewinnerinnen und Gewinner werden bekannt gegeben, am besten bei einer öffentlichen Veranstaltung, die ihnen Sichtbarkeit verschafft.
# From 08-award.ftl.
# Previous source: **Sharing.** The best entries are presented to others, so that other towns can learn from them.
award-li-dbfa5c5c52487d49 = __Weitergeben.__ Die besten Einreichungen werden anderen vorgestellt, damit andere Gemeinden von ihnen lernen können.
# From 08-award.ftl.
# Previous source: What good entries share
award-h-8b7d003b40009032 = Was gute Einreichungen gemeinsam haben
# From 08-award.ftl.
# Previous source: Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
award-p-dd55b4ceb2d45b1f = Die Gewinnerkampagnen sind oft nicht die größten oder teuersten. Gute Einreichungen haben meist diese Eigenschaften gemeinsam:
# From 08-award.ftl.
# Previous source: **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
award-li-0005beda09ead772 = __Eine klare Geschichte aus dem Ort.__ Die Einreichung erklärt die Situation im Ort in wenigen Sätzen und zeigt, warum die Kampagne gerade dort nötig war.
# From 08-award.ftl.
# Previous source: **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
award-li-051a116eadb2a05c = __Menschen statt Etiketten.__ Neuankömmlinge erscheinen als Nachbarinnen und Nachbarn, Arbeitskräfte, Eltern, Kunstschaffende und Sportlerinnen und Sportler und sprechen mit ihrer eigenen Stimme.
# From 08-award.ftl.
# Previous source: **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
award-li-003264f4a6b45211 = __Echte Partnerschaft.__ Gemeinde, Zivilgesellschaft, Schulen und Neuankömmlinge haben alle mitgewirkt, und die Einreichung sagt, wer was getan hat.
# From 08-award.ftl.
# Previous source: **Honest results.** The entry reports what worked and what did not, with modest but real evidence.
award-li-ed4ffc843fedf559 = __Ehrliche Ergebnisse.__ Die Einreichung berichtet, was funktioniert hat und was nicht, mit bescheidenen, aber echten Belegen.
# From 08-award.ftl.
# Previous source: **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
award-li-61acb526c050579f = __Etwas zum Nachmachen.__ Die Einreichung erklärt die Methode so, dass andere sie übernehmen können – mit Kosten, Zeitplan und gewonnenen Erkenntnissen.
