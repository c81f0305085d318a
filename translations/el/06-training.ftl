### handbook/chapters/06-training.md — Training local communities
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# training-title-5b6cd454 = Training local communities

# Context: heading
# training-h-078c0918 = Why training

# Context: paragraph in “Why training”
# training-p-1666b679 = Most people who communicate about migration in a town never planned to. A social worker is asked to speak at a residents' meeting; a teacher finds that a new pupil's arrival has upset some parents; a volunteer sees a hateful post about "her" families online. Each of them communicates, ready or not.

# Context: paragraph in “Why training”
# training-p-afa24c58 = Training gives them confidence, shared words and practical tools. It also brings them together: often the most valuable result of a training day is that the librarian, the youth worker and the police officer now know each other.

# Context: heading
# training-h-f2999e8a = The eight training programmes

# Context: paragraph in “The eight training programmes”
# training-p-6302f850 = Training was one of the five main activities of { -clarinet }. The project planned eight training programmes for { -local-communities }, alongside its eight local awareness campaigns and eight artist residencies. The programmes addressed two questions, which also run through this handbook:

# Context: list item in “The eight training programmes”
# training-li-728713a6 = **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?

# Context: list item in “The eight training programmes”
# training-li-84038310 = **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?

# Context: paragraph in “The eight training programmes”
# training-p-6051c9de = Because the programmes took place in different countries and languages, each was shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.

# Context: heading
# training-h-71ea65eb = Who training is for

# Context: paragraph in “Who training is for”
# training-p-5cd31d27 = A local training programme works best with a mixed group. Consider inviting:

# Context: list item in “Who training is for”
# training-li-924d6e3f = municipal staff who meet residents and newcomers, and those who write for the town's channels;

# Context: list item in “Who training is for”
# training-li-faa0b619 = elected officials, even if they can only join for part of the time;

# Context: list item in “Who training is for”
# training-li-5d9ec123 = staff and volunteers of NGOs, including organisations led by { -migrants };

# Context: list item in “Who training is for”
# training-li-9e664a56 = teachers, school counsellors and youth workers;

# Context: list item in “Who training is for”
# training-li-c2b77862 = local journalists and people who run community media or online groups;

# Context: list item in “Who training is for”
# training-li-9499bbb6 = newcomers who are active in the community, as participants and, where possible, as co-trainers.

# Context: paragraph in “Who training is for”
# training-p-344d89c0 = A group of 15 to 25 people allows real discussion.

# Context: paragraph in “Who training is for”
# training-p-729e2c54 = Mixed groups learn more, but they need care. Agree on simple ground rules at the start: listen, speak from your own experience, respect confidentiality, and disagree with ideas rather than with people.

# Context: heading
# training-h-503564a9 = What a programme can cover

# Context: paragraph in “What a programme can cover”
# training-p-334ac23b = The following modules can be combined into a one-day, two-day or multi-session programme. Each module has a short input, an activity and a discussion.

# Context: list item in “What a programme can cover”
# training-li-b3edce25 = **Facts and context.** Who are the newcomers in our town, why did they come, and what is their legal situation? Use [chapter 2](02-routes.md) as background.

# Context: list item in “What a programme can cover”
# training-li-2904d722 = **Words.** Refugees, asylum seekers, migrants and the rest: what the words mean and how they sound. Work with [the glossary](03-words.md#glossary).

# Context: list item in “What a programme can cover”
# training-li-0c712dbc = **Perceptions and stereotypes.** How do opinions about migration form? What role do fear, contact and media play? Participants reflect on their own assumptions, without blame.

# Context: list item in “What a programme can cover”
# training-li-8d98ecd8 = **Stories and messages.** How to find and tell stories of contribution and everyday life, with consent and without stereotypes. Participants draft a message for their own audience.

# Context: list item in “What a programme can cover”
# training-li-87e319a6 = **Planning a campaign.** The seven steps of the campaign cycle from [chapter 5](05-campaign.md#cycle), applied to a real local idea.

# Context: list item in “What a programme can cover”
# training-li-3e6f1470 = **Media and social media.** Working with journalists, preparing for interviews, moderating comments and responding to misinformation. See [chapter 9](09-media.md).

# Context: list item in “What a programme can cover”
# training-li-21e7260a = **Responding to hostility.** What to do when a meeting turns angry or when { -hate-speech } appears: staying calm, setting limits, knowing when to report.

# Context: paragraph in “What a programme can cover”
# training-p-6c332660 = Invite newcomers to share their own experience of arriving in the town, in their own words and on their own terms. A personal account heard face to face often changes participants' views more than any slide. Prepare the speakers well, pay them for their time, and never ask them to relive traumatic events in public.

# Context: heading
# training-h-474e1b3d = Running a training programme

# Context: heading
# training-h-20641eef = Before

# Context: list item in “Before”
# training-li-588a15fa = Set the goal. What should participants be able to do afterwards? For example: write a press release using accurate language, or plan a small campaign.

# Context: list item in “Before”
# training-li-2cd16d14 = Find out what participants need: a short questionnaire will tell you what they know and what worries them.

# Context: list item in “Before”
# training-li-9e3384b5 = Choose trainers: someone with communication experience, someone who knows migration and asylum, and at least one newcomer.

# Context: list item in “Before”
# training-li-ad2ff4ce = Prepare the practical side:

# Context: list item in “Before”
# training-li-069da143 = an accessible venue, with space to work in small groups;

# Context: list item in “Before”
# training-li-6a31c872 = interpretation if some participants need it;

# Context: list item in “Before”
# training-li-9c48e891 = childcare, or a time that suits parents and people who work shifts.

# Context: heading
# training-h-86c03894 = During

# Context: paragraph in “During”
# training-p-4682b529 = Keep inputs short and let participants work on their own real situations, with a mix of short presentations, case studies, role play and conversations with newcomers.

# Context: paragraph in “During”
# training-p-5e1981e1 = Make room for doubts and difficult questions. Participants worried about safety, the cost of services or tensions in a school need to be able to say so. Answer with facts, and show how others have dealt with similar situations.

# Context: heading
# training-h-1754c553 = After

# Context: paragraph in “After”
# training-p-eff85e07 = Ask participants to leave with one concrete commitment: a text to rewrite, a partner to call, an activity to plan. Keep in touch and meet again after a few months. The best outcome is training that leads to a campaign: that is why { -clarinet } combined training with campaigns designed by the participating communities.

# Context: heading
# training-h-7036f44e = A sample one-day programme

# Context: paragraph in “A sample one-day programme”
# training-p-1ab9d3d4 = The table below is a model that you can adapt. Times are approximate.

# Context: table cell in “A sample one-day programme”
# training-cell-78efd29f = Time

# Context: table cell in “A sample one-day programme”
# training-cell-44b56f66 = Session

# Context: table cell in “A sample one-day programme”
# training-cell-8cb93664 = Method

# Context: table cell in “A sample one-day programme”
# training-cell-9027f0a8 = 09:00

# Context: table cell in “A sample one-day programme”
# training-cell-f941f369 = Welcome, introductions, ground rules

# Context: table cell in “A sample one-day programme”
# training-cell-4736681d = Round of names, a short warm-up in pairs

# Context: table cell in “A sample one-day programme”
# training-cell-901b7d63 = 09:30

# Context: table cell in “A sample one-day programme”
# training-cell-4d30ad90 = Facts and context in our town

# Context: table cell in “A sample one-day programme”
# training-cell-40960c4e = Short input, questions, quiz

# Context: table cell in “A sample one-day programme”
# training-cell-53aa9c37 = 10:30

# Context: table cell in “A sample one-day programme”
# training-cell-99393f6a = Words matter

# Context: table cell in “A sample one-day programme”
# training-cell-e93a1cd8 = Work with the glossary; rewriting real headlines

# Context: table cell in “A sample one-day programme”
# training-cell-0198394b = 11:30

# Context: table cell in “A sample one-day programme”
# training-cell-0ae8041c = Break

# Context: table cell in “A sample one-day programme”
# training-cell-01e57b1d = Coffee and informal conversation

# Context: table cell in “A sample one-day programme”
# training-cell-019b89bb = 11:45

# Context: table cell in “A sample one-day programme”
# training-cell-18685ed7 = Arriving here: newcomers speak

# Context: table cell in “A sample one-day programme”
# training-cell-432b1836 = Conversation in small groups

# Context: table cell in “A sample one-day programme”
# training-cell-b84d37e3 = 13:00

# Context: table cell in “A sample one-day programme”
# training-cell-3a996e21 = Lunch

# Context: table cell in “A sample one-day programme”
# training-cell-0183acba = A shared meal

# Context: table cell in “A sample one-day programme”
# training-cell-64e00163 = 14:00

# Context: table cell in “A sample one-day programme”
# training-cell-559ca8c4 = From story to message

# Context: table cell in “A sample one-day programme”
# training-cell-2c5f965e = Group work on a local message

# Context: table cell in “A sample one-day programme”
# training-cell-16d1d7e5 = 15:00

# Context: table cell in “A sample one-day programme”
# training-cell-a0af79a3 = Planning a small campaign

# Context: table cell in “A sample one-day programme”
# training-cell-049c37b7 = Campaign cycle, one page per group

# Context: table cell in “A sample one-day programme”
# training-cell-380725a8 = 16:00

# Context: table cell in “A sample one-day programme”
# training-cell-0ddfe142 = Handling media and hostile comments

# Context: table cell in “A sample one-day programme”
# training-cell-11fdb446 = Role play

# Context: table cell in “A sample one-day programme”
# training-cell-380f7563 = 16:45

# Context: table cell in “A sample one-day programme”
# training-cell-48c1c711 = Commitments and evaluation

# Context: table cell in “A sample one-day programme”
# training-cell-160d1d98 = Each participant names one next step; short feedback form

# Context: table cell in “A sample one-day programme”
# training-cell-b3fab034 = 17:00

# Context: table cell in “A sample one-day programme”
# training-cell-db541cd8 = Close

# Context: table cell in “A sample one-day programme”
# training-cell-d5c887f7 = Thanks and goodbyes

# Context: paragraph in “A sample one-day programme”
# training-p-031f2f2d = A single day is a good start but rarely enough. If you can, spread the modules over several shorter sessions, so that participants can try things out in between.

# Context: heading
# training-h-9353605e = What you can do

# Context: list item in “What you can do”
# training-li-58283c7c = List ten people in your town who communicate about migration, whether they know it or not, and invite them to a first half-day session.

# Context: list item in “What you can do”
# training-li-bbfe3487 = Find a co-trainer among the newcomers in your town and plan the session together.

# Context: list item in “What you can do”
# training-li-2ed79858 = Use the sample programme above and adapt it to the time and budget you have.

# Context: list item in “What you can do”
# training-li-2194955d = End every session with concrete commitments, and set a date to meet again.
