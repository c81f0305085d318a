# handbook/chapters/07-art.md — Art as a bridge
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
art-title-45039b411d0caa01 = Art as a bridge
# Context: heading
art-h-bf689b76e15a14e5 = Why art
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Some conversations are hard to start with facts. A resident who feels uneasy about newcomers may not be moved by a statistic, but may stop in front of a photograph or find themselves singing next to a stranger in a choir. Art speaks to emotion and imagination, and it creates shared experiences that do not depend on a common language.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = Art can also give newcomers a voice on their own terms. A painter, a musician or a poet who arrived as a { -refugee } is first of all an artist. When their work is shown in the town's gallery or performed in its square, residents meet them as creators, not as cases.
# Context: heading
art-h-c48b4dd9328ee3dd = The artist residencies
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = For these reasons, { -clarinet } included eight artist residencies among its main activities. A residency invites an artist to spend time in a place, get to know its people and create work that responds to what they find there.
# Context: paragraph in “The artist residencies”
art-p-df1afe87446b083c = In a project about migration and { -integration }, a residency brings an outside eye to the local story. It creates occasions for residents and newcomers to meet. It also produces images and stories that can feed a local campaign, as described in [chapter 5](05-campaign.md#channels).
# Context: heading
art-h-accc89a69dade98c = Forms a residency can take
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = There is no single model. Depending on the artist and the town, a residency might lead to:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = a series of portraits or photographs of residents, old and new, shown in public spaces;
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = a mural painted together with young people from the neighbourhood;
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = a theatre piece developed from interviews with people who arrived in the town, and with those who welcomed them;
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = a piece of music or a choir that brings together songs from the languages spoken in the town;
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = a film or video shared online and screened at a local event.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = The most memorable community art projects are participatory: the artist does not only portray people but works *with* them. Residents and newcomers who help make a mural or perform in a play carry the experience, and the message, into their families and workplaces.
# Context: heading
art-h-9424f6ae4ab34752 = Planning a residency
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Define the purpose.__ What do you hope the residency will change or open up in your town? Link it to your campaign goal.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Choose the artist carefully.__ Look for someone with experience of community work and respect for people's stories. An artist with a migration background of their own can bring particular insight, but is not a requirement.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Prepare the ground.__ Introduce the artist to schools, NGOs, cultural centres and newcomers' groups before the residency starts.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Agree on practicalities:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = length of stay, accommodation and working space;
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = fee and materials;
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = who owns the work and where it will be shown;
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = how the artist, the participants and the partners will be credited.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Plan the public moment.__ An opening, a performance or a screening gives the work an audience and gives the media a reason to report.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Keep the work alive.__ Decide where the work will go afterwards: a permanent place, a travelling exhibition, an online archive.
# Context: heading
art-h-2abddb21c6f312dc = Care and consent
# Context: paragraph in “Care and consent”
art-p-d63839e7a7821d9c = Art about migration touches people's lives, and sometimes their wounds. Follow the steps in [chapter 9](09-media.md#consent), and tell participants before they agree that a mural or a printed work cannot be taken back later.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Ask participants what they would like to show about themselves. Many people who have fled their homes are tired of being seen only through their escape. They may prefer to share a skill, a favourite song or a dream for their children.
# Context: heading
art-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Ask your local cultural centre, library or gallery whether they would host a small community art project on living together in the town.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Find out which artists with a migration background already live in your area, and invite one of them to show their work.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = Plan the consent and credit questions before the first workshop, not after.
