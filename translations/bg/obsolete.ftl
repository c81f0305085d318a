### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 04-local.ftl.
# Previous source: When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.
local-p-39076d155f6a47c9 = Когато планирате събитие, питайте кой е в организационния екип, а не само кой е в публиката. Събитие, организирано *заедно* с новодошлите, изпраща съвсем различен сигнал от събитие, организирано *за* тях.
# From 05-campaign.ftl.
# Previous source: A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.
campaign-p-991eda74c077e725 = Кампанията е нещо повече от еднократно събитие: тя има цел, определена аудитория, последователно послание и начин да се провери дали е дала резултат.
# From 08-award.ftl.
# Previous source: **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
award-li-830caf17a6706429 = __Публикуване.__ Организаторите публикуват поканата: кой може да кандидатства, кои кампании са допустими, крайния срок и критериите.
# From 08-award.ftl.
# Previous source: **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
award-li-035379af56a66d79 = __Кандидатстване.__ Кандидатите описват своята кампания, обикновено във формуляр, и прилагат доказателства като изображения, медийни публикации и резултати.
# From 08-award.ftl.
# Previous source: **Eligibility check.** The organisers check that each entry meets the formal conditions.
award-li-6579c80e83766bbf = __Проверка на допустимостта.__ Организаторите проверяват дали всяка кандидатура отговаря на формалните условия.
# From 08-award.ftl.
# Previous source: **Assessment.** A jury assesses the eligible entries against the published criteria.
award-li-2dd88f6c6da96e56 = __Оценяване.__ Жури оценява допустимите кандидатури по публикуваните критерии.
# From 08-award.ftl.
# Previous source: **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.
award-li-f71bf0137d85b53a = __Решение и церемония.__ Победителите се обявяват, в идеалния случай на публично събитие, което им дава видимост.
# From 08-award.ftl.
# Previous source: **Sharing.** The best entries are presented to others, so that other towns can learn from them.
award-li-dbfa5c5c52487d49 = __Споделяне.__ Най-добрите кандидатури се представят пред други, за да могат и други градове да се поучат от тях.
# From 08-award.ftl.
# Previous source: What good entries share
award-h-8b7d003b40009032 = Какво е общото между добрите кандидатури
# From 08-award.ftl.
# Previous source: Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
award-p-dd55b4ceb2d45b1f = Печелившите кампании често не са най-големите или най-скъпите. Добрите кандидатури обикновено имат следните качества:
# From 08-award.ftl.
# Previous source: **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
award-li-0005beda09ead772 = __Ясна местна история.__ Кандидатурата обяснява положението в града с няколко изречения и показва защо кампанията е била нужна именно там.
# From 08-award.ftl.
# Previous source: **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
award-li-051a116eadb2a05c = __Хора, а не етикети.__ Новодошлите се появяват като съседи, работници, родители, творци и спортисти, които говорят със собствения си глас.
# From 08-award.ftl.
# Previous source: **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
award-li-003264f4a6b45211 = __Истинско партньорство.__ Общината, гражданското общество, училищата и новодошлите са имали своя роля, а в кандидатурата е посочено кой какво е направил.
# From 08-award.ftl.
# Previous source: **Honest results.** The entry reports what worked and what did not, with modest but real evidence.
award-li-ed4ffc843fedf559 = __Честни резултати.__ Кандидатурата описва какво е проработило и какво не, със скромни, но истински доказателства.
# From 08-award.ftl.
# Previous source: **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
award-li-61acb526c050579f = __Нещо, което може да се приложи другаде.__ Кандидатурата обяснява метода така, че други да могат да го използват, заедно с разходите, сроковете и поуките.
