### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# campaign-title-73473cef = Planning a public awareness campaign

# Context: heading
# campaign-h-f85e644a = What a local campaign is

# Context: paragraph in “What a local campaign is”
# campaign-p-3621a753 = A public awareness campaign is a planned set of activities that aims to change what a group of people knows, feels or does about a subject, over a limited time. A local campaign on migration and { -integration } might combine portraits in the town newspaper, a festival, a school project, posters at bus stops and a short video shared online.

# Context: paragraph in “What a local campaign is”
# campaign-p-6d97c380 = One of the five main activities of { -clarinet } was a set of eight such campaigns, designed and promoted by the participating { -local-communities }. This chapter sets out a method that any town, NGO or school can use, whatever its budget.

# Context: paragraph in “What a local campaign is”
# campaign-p-23f88fd9 = A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.

# Context: heading
# campaign-h-2a5969f1 = The campaign cycle

# Context: paragraph in “The campaign cycle”
# campaign-p-f392d128 = Good campaigns follow a cycle of seven steps, and what you learn at the end feeds into the next campaign.

# Context: image description (alt text) in “The campaign cycle”
# campaign-alt-11a5561e = A circle of seven steps joined by arrows: 1 goals, 2 audiences, 3 messages, 4 channels, 5 partners, 6 budget, 7 evaluation, with an arrow from evaluation back to goals. In the centre: plan, run, learn, then start again.

# Context: figure caption in “The campaign cycle”
# campaign-cap-2f319a9c = The campaign cycle: seven steps from goals to evaluation, and back again

# Context: paragraph in “The campaign cycle”
# campaign-p-eb140819 = In practice the steps overlap: you may find a partner first and shape the goal together. The cycle is a checklist for thinking, not a rigid order.

# Context: heading
# campaign-h-c1073230 = Step 1: Goals

# Context: paragraph in “Step 1: Goals”
# campaign-p-d8c777e4 = Start with the change you want to see. "Raise awareness" is too vague to guide decisions. Ask instead: after the campaign, what should be different, and for whom? Useful goals are specific, realistic and, where possible, measurable. For example:

# Context: list item in “Step 1: Goals”
# campaign-li-baf0c3d2 = more residents know that newcomers in the town work in local jobs such as care, construction or agriculture;

# Context: list item in “Step 1: Goals”
# campaign-li-c579a6e0 = pupils in two schools have met and talked with newcomers of their own age;

# Context: list item in “Step 1: Goals”
# campaign-li-bcdc9201 = the local newspaper publishes fair, personal stories about newcomers rather than only stories about problems.

# Context: paragraph in “Step 1: Goals”
# campaign-p-a5f4b181 = Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.

# Context: heading
# campaign-h-7e4c09ec = Step 2: Audiences

# Context: paragraph in “Step 2: Audiences”
# campaign-p-db5829b5 = "The general public" is not an audience; it is everyone. Choose the groups you most want to reach and describe them precisely.

# Context: paragraph in “Step 2: Audiences”
# campaign-p-595cdb47 = It often helps to think of three groups: residents who are already supportive, residents who are firmly hostile, and a large middle group who are uncertain, busy or uninterested. Most successful campaigns focus on the middle group and use the supportive group as messengers.

# Context: paragraph in “Step 2: Audiences”
# campaign-p-b9cd55c6 = For each audience, ask:

# Context: list item in “Step 2: Audiences”
# campaign-li-6661ab13 = What do they already know and believe about migration?

# Context: list item in “Step 2: Audiences”
# campaign-li-11c4a2fb = What do they care about most: their children's schools, safety, jobs, their neighbourhood, their faith, their football club?

# Context: list item in “Step 2: Audiences”
# campaign-li-65a006b5 = Whom do they trust? A doctor, a priest, a coach, a grandmother, an influencer?

# Context: list item in “Step 2: Audiences”
# campaign-li-aa7796a5 = Where do they get their information?

# Context: paragraph in “Step 2: Audiences”
# campaign-p-055be547 = Do not forget newcomers as an audience. A campaign that invites them, in their own languages, to take part in town life can be as valuable as one aimed at long-standing residents.

# Context: heading
# campaign-h-7386c1e6 = Step 3: Messages

# Context: paragraph in “Step 3: Messages”
# campaign-p-aa6f432d = The message is what you want your audience to remember. It connects your goal with what the audience cares about. Messages that work locally tend to share some features:

# Context: list item in “Step 3: Messages”
# campaign-li-f8a6246d = **They are about people, not categories.** A named nurse, baker or student is more memorable than "migrants contribute to the economy".

# Context: list item in “Step 3: Messages”
# campaign-li-520e9291 = **They stress what residents and newcomers share.** Work, family, children, football, food, music, faith, a love of the town.

# Context: list item in “Step 3: Messages”
# campaign-li-2bc4dade = **They are local.** "Our town" is closer than "Europe".

# Context: list item in “Step 3: Messages”
# campaign-li-07c6c25d = **They are positive but honest.** Do not pretend that there are no problems. Show how problems are being solved together.

# Context: list item in “Step 3: Messages”
# campaign-li-ce8a58b6 = **They invite action.** Come to the festival, join the choir, say hello.

# Context: paragraph in “Step 3: Messages”
# campaign-p-c364b870 = Test your message with a few people from your audience, including newcomers, before you launch it, and check the words against [the glossary](03-words.md#glossary).

# Context: paragraph in “Step 3: Messages”
# campaign-p-56469e89 = Avoid "myth-busting" formats that repeat a false claim in large letters and correct it in small ones. People often remember the myth and forget the correction. Lead with the true, positive story instead.

# Context: heading
# campaign-h-c0b3df87 = Step 4: Channels

# Context: paragraph in “Step 4: Channels”
# campaign-p-d6dec4c3 = Choose channels according to where your audience actually is, not according to what is fashionable.

# Context: table cell in “Step 4: Channels”
# campaign-cell-a072ab55 = Channel

# Context: table cell in “Step 4: Channels”
# campaign-cell-7a0586c0 = Good for

# Context: table cell in “Step 4: Channels”
# campaign-cell-2eceac35 = Watch out for

# Context: table cell in “Step 4: Channels”
# campaign-cell-6eec0a8e = Face-to-face events (festivals, open days, shared meals)

# Context: table cell in “Step 4: Channels”
# campaign-cell-751940e8 = Real contact between residents and newcomers; building trust

# Context: table cell in “Step 4: Channels”
# campaign-cell-713ad0d2 = Reaching only people who are already interested

# Context: table cell in “Step 4: Channels”
# campaign-cell-feb021e8 = Schools and youth groups

# Context: table cell in “Step 4: Channels”
# campaign-cell-f9706902 = Long-term change; reaching parents through children

# Context: table cell in “Step 4: Channels”
# campaign-cell-e8d23a26 = Needs time and teachers' commitment

# Context: table cell in “Step 4: Channels”
# campaign-cell-08579026 = Local press, radio and television

# Context: table cell in “Step 4: Channels”
# campaign-cell-160da6a8 = Credibility; reaching older residents

# Context: table cell in “Step 4: Channels”
# campaign-cell-304d565a = Limited control over the final story

# Context: table cell in “Step 4: Channels”
# campaign-cell-187f95d6 = Social media

# Context: table cell in “Step 4: Channels”
# campaign-cell-ff173ff1 = Speed, sharing, young audiences

# Context: table cell in “Step 4: Channels”
# campaign-cell-0ab55fc2 = Hostile comments; needs moderation

# Context: table cell in “Step 4: Channels”
# campaign-cell-f2505771 = Posters, banners, public spaces

# Context: table cell in “Step 4: Channels”
# campaign-cell-4dc6d01a = Visibility in everyday life

# Context: table cell in “Step 4: Channels”
# campaign-cell-5d029d8c = Vandalism; a message must be understood in seconds

# Context: table cell in “Step 4: Channels”
# campaign-cell-7bdfdf84 = Municipal channels (website, newsletter, notice boards)

# Context: table cell in “Step 4: Channels”
# campaign-cell-6e80bcfd = Official weight; low cost

# Context: table cell in “Step 4: Channels”
# campaign-cell-7b7cc954 = Can feel bureaucratic; keep the tone human

# Context: table cell in “Step 4: Channels”
# campaign-cell-c49562f3 = Art and culture (exhibitions, theatre, music)

# Context: table cell in “Step 4: Channels”
# campaign-cell-39f34a9b = Emotion; new audiences

# Context: table cell in “Step 4: Channels”
# campaign-cell-4dc81c8b = Needs good partners; see [chapter 7](07-art.md)

# Context: paragraph in “Step 4: Channels”
# campaign-p-faca15d8 = Most campaigns use two or three channels that reinforce each other. [Chapter 9](09-media.md) gives advice on working with journalists and on social media.

# Context: heading
# campaign-h-591cac1d = Step 5: Partners

# Context: paragraph in “Step 5: Partners”
# campaign-p-c1432ffb = Partners multiply what you can do. Think of them in three circles:

# Context: list item in “Step 5: Partners”
# campaign-li-e51a85c6 = **Core partners**, who plan and run the campaign with you:

# Context: list item in “Step 5: Partners”
# campaign-li-54c4c776 = a municipal department or the mayor's office;

# Context: list item in “Step 5: Partners”
# campaign-li-c734ce3e = one or two NGOs working with newcomers;

# Context: list item in “Step 5: Partners”
# campaign-li-9012d802 = newcomers themselves, as organisers and not only as subjects.

# Context: list item in “Step 5: Partners”
# campaign-li-51f88e55 = **Supporting partners**, who help with specific tasks:

# Context: list item in “Step 5: Partners”
# campaign-li-bd6c3642 = schools, libraries, cultural centres and sports clubs;

# Context: list item in “Step 5: Partners”
# campaign-li-58965cdb = local media;

# Context: list item in “Step 5: Partners”
# campaign-li-843c2bcc = artists and designers.

# Context: list item in “Step 5: Partners”
# campaign-li-c12e886a = **Amplifiers**, who share your message:

# Context: list item in “Step 5: Partners”
# campaign-li-4f73eaa2 = respected local figures;

# Context: list item in “Step 5: Partners”
# campaign-li-e3b224b3 = employers and business associations;

# Context: list item in “Step 5: Partners”
# campaign-li-b395b40e = faith communities and networks of towns.

# Context: paragraph in “Step 5: Partners”
# campaign-p-efedbe16 = Agree early on who decides what, who speaks to the media, and how partners are credited.

# Context: paragraph in “Step 5: Partners”
# campaign-p-83668d74 = The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told.

# Context: heading
# campaign-h-2247c270 = Step 6: Budget

# Context: paragraph in “Step 6: Budget”
# campaign-p-c9bece93 = A campaign need not be expensive, but it needs a realistic budget, even if most of it is time rather than money.

# Context: paragraph in “Step 6: Budget”
# campaign-p-0e900ef3 = Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.

# Context: paragraph in “Step 6: Budget”
# campaign-p-2fd57fba = Keep a reserve for the unexpected, and plan money for evaluation from the start.

# Context: heading
# campaign-h-152a0432 = Step 7: Evaluation

# Context: paragraph in “Step 7: Evaluation”
# campaign-p-068549cb = Evaluation tells you whether the campaign reached its goal and what to do better next time. Plan it when you set your goal, not at the end. Measure at three levels:

# Context: list item in “Step 7: Evaluation”
# campaign-li-aaa3f8a2 = **Activities**: what you did. Number of events, posters, articles, posts.

# Context: list item in “Step 7: Evaluation”
# campaign-li-574f2023 = **Reach**: whom you reached. Participants, readers, views, shares, schools involved.

# Context: list item in “Step 7: Evaluation”
# campaign-li-37376fe8 = **Change**: what changed. Surveys before and after, comments from participants, the tone of local media coverage.

# Context: paragraph in “Step 7: Evaluation”
# campaign-p-b932bc41 = Change is the hardest to measure, and a small campaign cannot prove that it changed a whole town's opinions. Honest small signs, such as a before-and-after survey in two schools, are more useful than impressive but empty numbers.

# Context: paragraph in “Step 7: Evaluation”
# campaign-p-fc2b3b8d = Write a short report, share it with partners and participants, thank everyone, and go back to step 1.

# Context: heading
# campaign-h-dfa6d533 = Campaign checklist

# Context: list item in “Campaign checklist”
# campaign-li-583c99fe = We have one clear, specific goal.

# Context: list item in “Campaign checklist”
# campaign-li-f535b650 = We have chosen and described our main audience.

# Context: list item in “Campaign checklist”
# campaign-li-8d7656a9 = Our message is about people, is local and invites action.

# Context: list item in “Campaign checklist”
# campaign-li-7162a4f6 = We have tested the message with members of the audience, including newcomers.

# Context: list item in “Campaign checklist”
# campaign-li-1d5fc0d6 = Our words match the glossary.

# Context: list item in “Campaign checklist”
# campaign-li-c6f7e698 = We have chosen two or three channels that reach our audience.

# Context: list item in “Campaign checklist”
# campaign-li-8491fa7c = Our partners know their roles, and newcomers are among the organisers.

# Context: list item in “Campaign checklist”
# campaign-li-e11c7306 = Consent has been given for every name, face and story we use.

# Context: list item in “Campaign checklist”
# campaign-li-d144751f = We have a budget, including a reserve and money for evaluation.

# Context: list item in “Campaign checklist”
# campaign-li-a06ce5be = We know how we will measure reach and change.

# Context: list item in “Campaign checklist”
# campaign-li-b7a6429c = We have a plan for hostile comments and a contact person for media.

# Context: paragraph in “Campaign checklist”
# campaign-p-157cb1ac = A one-page campaign plan template is in [chapter 10](10-resources.md#campaign-template).

# Context: heading
# campaign-h-9353605e = What you can do

# Context: list item in “What you can do”
# campaign-li-e0151837 = Gather three or four people from different organisations and spend two hours on steps 1 to 3 of the cycle.

# Context: list item in “What you can do”
# campaign-li-d24ab3e5 = Write your goal, audience and message on a single page.

# Context: list item in “What you can do”
# campaign-li-9f00a0b5 = Ask two newcomers and two long-standing residents to react to your draft message.

# Context: list item in “What you can do”
# campaign-li-a39090c1 = Choose one small first activity you can run within three months, and evaluate it before you plan the next.

# Context: list item in “What you can do”
# campaign-li-d13eb93a = When the campaign is over, consider entering it for an award or sharing it with other towns. [Chapter 8](08-award.md) explains what good entries have in common.
