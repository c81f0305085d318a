# handbook/chapters/06-training.md — Training local communities
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
training-title-cef7d88e6e1e87bb = Training local communities
# Context: heading
training-h-61efe14fc2e2e932 = Why training
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = Most people who communicate about migration in a town never planned to. A social worker is asked to speak at a residents' meeting; a teacher finds that a new pupil's arrival has upset some parents; a volunteer sees a hateful post online about the families she helps. Each of them communicates, whether prepared or not.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = Training gives them confidence, shared words and practical tools. It also brings them together: often the most valuable result of a training day is that the librarian, the youth worker and the police officer now know each other.
# Context: heading
training-h-cc4e4fe821dc2ace = Who training is for
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = A local training programme works best with a mixed group. Consider inviting:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = municipal staff who meet residents and newcomers, and those who write for the town's channels;
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = elected officials, even if they can only join for part of the time;
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = staff and volunteers of NGOs, including organisations led by { -migrants };
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = teachers, school counsellors and youth workers;
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = local journalists and people who run community media or online groups;
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = newcomers who are active in the community, as participants and, where possible, as co-trainers.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = A group of 15 to 25 people allows real discussion.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = Mixed groups learn more, but they need care. Agree on simple ground rules at the start: listen, speak from your own experience, respect confidentiality, and disagree with ideas rather than with people.
# Context: heading
training-h-758d23798d0d029c = What a programme can cover
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = The following modules can be combined into a one-day, two-day or multi-session programme. Each module has a short input, an activity and a discussion.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Facts and context.__ Who are the newcomers in our town, why did they come, and what is their legal situation? Use [chapter 2](02-routes.md) as background.
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Words.__ Refugees, asylum seekers, migrants and the rest: what the words mean and how they sound. Work with [the glossary](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Perceptions and stereotypes.__ How do opinions about migration form? What role do fear, contact and media play? Participants reflect on their own assumptions, without blame.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Stories and messages.__ How to find and tell stories of contribution and everyday life, with consent and without stereotypes. Participants draft a message for their own audience.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Planning a campaign.__ The seven steps of the campaign cycle from [chapter 5](05-campaign.md#cycle), applied to a real local idea.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Media and social media.__ Working with journalists, preparing for interviews, moderating comments and responding to misinformation. See [chapter 9](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Responding to hostility.__ What to do when a meeting turns angry or when { -hate-speech } appears: staying calm, setting limits, knowing when to report.
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Invite newcomers to share their own experience of arriving in the town, in their own words and on their own terms. A personal account heard face to face often changes participants' views more than any slide. Prepare the speakers well, pay them for their time, and never ask them to relive traumatic events in public. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Running a training programme
# Context: heading
training-h-3386b5676f771586 = Before the training
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Set the goal. What should participants be able to do afterwards? For example: write a press release using accurate language, or plan a small campaign.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Find out what participants need: a short questionnaire will tell you what they know and what worries them.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Choose trainers: someone with communication experience, someone who knows migration and asylum, and at least one newcomer.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Prepare the practical side:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = an accessible venue, with space to work in small groups;
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = interpretation if some participants need it;
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = childcare, or a time that suits parents and people who work shifts.
# Context: heading
training-h-a709853027611f7a = During the training
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = Keep inputs short and let participants work on their own real situations, with a mix of short presentations, case studies, role play and conversations with newcomers.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Make room for doubts and difficult questions. Participants worried about safety, the cost of services or tensions in a school need to be able to say so. Answer with facts, and show how others have dealt with similar situations.
# Context: heading
training-h-257f554c9fad8263 = After the training
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Ask participants to leave with one concrete commitment: a text to rewrite, a partner to call, an activity to plan. Keep in touch and meet again after a few months. The best outcome is training that leads to a campaign. { -clarinet } ran both training programmes and local campaigns.
# Context: heading
training-h-86f437ebce5d900a = A sample one-day programme
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = The table below is a model that you can adapt. Times are approximate.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Time
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Session
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Method
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 09:00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Welcome, introductions, ground rules
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Round of names, a short warm-up in pairs
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 09:30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Facts and context in our town
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Short input, questions, quiz
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10:30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = Words matter
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Work with the glossary; rewriting real headlines
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11:30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Break
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Coffee and informal conversation
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11:45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Arriving here: newcomers speak
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Conversation in small groups
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13:00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Lunch
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = A shared meal
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14:00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = From story to message
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Group work on a local message
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15:00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Planning a small campaign
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Campaign cycle, one page per group
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16:00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = Handling media and hostile comments
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Role play
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16:45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Commitments and evaluation
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Each participant names one next step; short feedback form
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17:00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Close
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Thanks and goodbyes
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = A sample one-day training programme
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = A single day is a good start but rarely enough. If you can, spread the modules over several shorter sessions, so that participants can try things out in between.
# Context: heading
training-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = List ten people in your town who communicate about migration, whether they know it or not, and invite them to a first half-day session.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Find a co-trainer among the newcomers in your town and plan the session together.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Use the sample programme above and adapt it to the time and budget you have.
