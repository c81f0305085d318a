# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Planning a public awareness campaign
# Context: heading
campaign-h-b58fcb4fc7d606c5 = What a local campaign is
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = A public awareness campaign is a planned set of activities that aims to change what a group of people knows, feels or does about a subject, over a limited time. A local campaign on migration and { -integration } might combine portraits in the town newspaper, a festival, a school project, posters at bus stops and a short video shared online.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = The { -local-communities } in { -clarinet } designed eight such campaigns. This chapter sets out a method that any town, NGO or school can use, whatever its budget.
# Context: heading
campaign-h-3041721e644d4666 = The campaign cycle
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = Good campaigns follow a cycle of seven steps, and what you learn at the end feeds into the next campaign.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Seven numbered steps, one under the other, each with a guiding question and joined by arrows: 1 goals, 2 audiences, 3 messages, 4 channels, 5 partners, 6 budget, 7 evaluation, with an arrow from evaluation back up to goals. Below: plan, run, learn, then start again.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = The campaign cycle: seven steps from goals to evaluation, and back again
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = Seven steps of a campaign, in a loop
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Seven numbered steps, one under the other, each with a question, joined by arrows: 1 goals (what should change?), 2 audiences (who do we want to reach?), 3 messages (what do we say?), 4 channels (where do we say it?), 5 partners (who works with us?), 6 budget (what can we afford?), 7 evaluation (what worked?). An arrow runs from evaluation back up to goals for the next campaign. Below: plan, run, learn, then start again.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Goals
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = What should change?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Audiences
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = Who do we want to reach?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Messages
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = What do we say?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Channels
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Where do we say it?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Partners
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Who works with us?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Budget
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = What can we afford?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Evaluation
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = What worked?
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = Plan, run, learn, then start again
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = In practice the steps overlap: you may find a partner first and shape the goal together. The cycle is a checklist for thinking, not a rigid order.
# Context: heading
campaign-h-32aa40a5d4b58434 = Step 1: Goals
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Start with the change you want to see. "Raise awareness" is too vague to guide decisions. Ask instead: after the campaign, what should be different, and for whom? Useful goals are specific, realistic and, where possible, measurable. For example:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = more residents know that newcomers in the town work in local jobs such as care, construction or agriculture;
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = pupils in two schools have met and talked with newcomers of their own age;
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = the local newspaper publishes fair, personal stories about newcomers rather than only stories about problems.
# Context: heading
campaign-h-6195a34f20b4c26c = Step 2: Audiences
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = "The general public" is not an audience; it is everyone. Choose the groups you most want to reach and describe them precisely.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = It often helps to think of three groups: residents who are already supportive, residents who are firmly hostile, and a large middle group who are uncertain, busy or uninterested. Most successful campaigns focus on the middle group and use the supportive group as messengers.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = For each audience, ask:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = What do they already know and believe about migration?
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = What do they care about most: their children's schools, safety, jobs, their neighbourhood, their faith, their football club?
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = Whom do they trust? A doctor, a religious leader, a coach, a grandmother, an influencer?
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = Where do they get their information?
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Do not forget newcomers as an audience. A campaign that invites them, in their own languages, to take part in town life can be as valuable as one aimed at long-standing residents.
# Context: heading
campaign-h-64f58707fcd5243e = Step 3: Messages
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = The message is what you want your audience to remember. It connects your goal with what the audience cares about. Messages that work locally tend to share some features:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __They are about people, not categories.__ A named nurse, baker or student is more memorable than "migrants contribute to the economy".
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __They stress what residents and newcomers share.__ Work, family, children, football, food, music, faith, a love of the town.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __They are local.__ "Our town" is closer than "Europe".
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __They are positive but honest.__ Do not pretend that there are no problems. Show how problems are being solved together.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __They invite action.__ Come to the festival, join the choir, say hello.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Test your message with a few people from your audience, including newcomers, before you launch it, and check the words against [the glossary](03-words.md#glossary).
# Context: heading
campaign-h-d4e795bddd135955 = A simple message framework
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = A "message house" helps partners agree on what to say. A blank one is in [chapter 10](10-resources.md#message-house). The roof is your core message, in one sentence that anyone could repeat. Three pillars hold it up: supporting points, each backed by a local fact or story. The foundation is your messengers and the action you ask for.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Build each message in four steps:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = a value your audience shares, such as fairness, safety or family;
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = a local story or fact that shows this value;
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = what is being done, and by whom;
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = an invitation to act.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = When residents are worried, do not dismiss them. Acknowledge the concern, give the fact, and show the solution.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = Instead of
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Try
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = "Wave of migrants hits town"
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = "30 people arrived this week; the town and volunteers have arranged housing"
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = "Illegals found in lorry"
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = "Police found people hidden in a lorry; they are safe and receiving medical care"
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = "Migrant arrested for theft"
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = "Man arrested for theft" (name origin or status only when it is relevant and confirmed)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = "Refugees take our jobs"
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = "Local farms and care homes need staff; some of them now employ { -newcomers }"
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = "Poor refugees need our help"
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = "A trained nurse from Syria is learning the language so that she can work at our clinic"
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = "Crisis as reception centre opens"
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = "A reception centre for 50 people opens on Monday: here is what changes and whom to ask"
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Headlines rewritten: what to write instead
# Context: heading
campaign-h-fb6d29fad2bf4c85 = Step 4: Channels
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = Choose channels according to where your audience actually is, not according to what is fashionable.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Channel
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Good for
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Watch out for
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Face-to-face events (festivals, open days, shared meals)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Real contact between residents and newcomers; building trust
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Reaching only people who are already interested
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Schools and youth groups
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Long-term change; reaching parents through children
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Needs time and teachers' commitment
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Local press, radio and television
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Credibility; reaching older residents
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Limited control over the final story
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Social media
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Speed, sharing, young audiences
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Hostile comments; needs moderation
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Posters, banners, public spaces
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Visibility in everyday life
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Vandalism; a message must be understood in seconds
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Municipal channels (website, newsletter, notice boards)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Official weight; low cost
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Can feel bureaucratic; keep the tone human
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Art and culture (exhibitions, theatre, music)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Emotion; new audiences
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Needs good partners; see [chapter 7](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Communication channels: what each is good for and what to watch out for
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = Most campaigns use two or three channels that reinforce each other. [Chapter 9](09-media.md) gives advice on working with journalists and on social media.
# Context: heading
campaign-h-9378785c2e274f26 = Step 5: Partners
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = Partners multiply what you can do. Think of them in three circles:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Core partners__, who plan and run the campaign with you:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = a municipal department or the mayor's office;
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = one or two NGOs working with newcomers;
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = newcomers themselves, as organisers and not only as subjects.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Supporting partners__, who help with specific tasks:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = schools, libraries, cultural centres and sports clubs;
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = local media;
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = artists and designers.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Supporters__, who spread your message:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = respected local figures;
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = employers and business associations;
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = faith communities and networks of towns.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Agree early on who decides what, who speaks to the media, and how partners are credited.
# Context: heading
campaign-h-fa58d30bdbfeb07d = Step 6: Budget
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = A campaign need not be expensive, but it needs a realistic budget, even if most of it is time rather than money.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Keep a reserve for the unexpected, and plan money for evaluation from the start.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = The [budget template](10-resources.md#budget-template) in chapter 10 lists the usual costs, with columns for cash, contributions in kind and who pays.
# Context: heading
campaign-h-76bd0f182803cc9a = Step 7: Evaluation
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = Evaluation tells you whether the campaign reached its goal and what to do better next time. Plan it when you set your goal, not at the end. Measure at three levels:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Activities__: what you did. Number of events, posters, articles, posts.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Reach__: whom you reached. Participants, readers, views, shares, schools involved.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Change__: what changed. Surveys before and after, comments from participants, the tone of local media coverage.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = Change is the hardest to measure, and a small campaign cannot prove that it changed a whole town's opinions. Honest small signs, such as a before-and-after survey in two schools, are more useful than impressive but empty numbers.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = Chapter 10 has an [indicator table](10-resources.md#indicator-template) and a [short survey](10-resources.md#survey) to use before and after the campaign.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Write a short report, share it with partners and participants, thank everyone, and go back to step 1.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = A one-page campaign plan template is in [chapter 10](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Gather three or four people from different organisations and spend two hours on steps 1 to 3 of the cycle.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Write your goal, audience and message on a single page.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Ask two newcomers and two long-standing residents to react to your draft message.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Choose one small first activity you can run within three months, and evaluate it before you plan the next.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = When the campaign is over, consider entering it for an award or sharing it with other towns. [Chapter 8](08-award.md) explains what good entries have in common.
