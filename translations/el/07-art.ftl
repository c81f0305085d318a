### handbook/chapters/07-art.md — Art as a bridge
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# art-title-a27bef2e = Art as a bridge

# Context: heading
# art-h-71958faf = Why art

# Context: paragraph in “Why art”
# art-p-4fb73adc = Some conversations are hard to start with facts. A resident who feels uneasy about newcomers may not be moved by a statistic, but may stop in front of a photograph or find themselves singing next to a stranger in a choir. Art speaks to emotion and imagination, and it creates shared experiences that do not depend on a common language.

# Context: paragraph in “Why art”
# art-p-10ee4e1b = Art can also give newcomers a voice on their own terms. A painter, a musician or a poet who arrived as a { -refugee } is first of all an artist. When their work is shown in the town's gallery or performed in its square, residents meet them as creators, not as cases.

# Context: heading
# art-h-4295e1fa = The artist residencies

# Context: paragraph in “The artist residencies”
# art-p-abda5cd6 = For these reasons, { -clarinet } included eight artist residencies among its main activities. A residency invites an artist to spend time in a place, get to know its people and create work that responds to what they find there.

# Context: paragraph in “The artist residencies”
# art-p-b6dad034 = In a project about migration and { -integration }, a residency brings an outside eye to the local story, creates occasions for residents and newcomers to meet, and produces images and stories that can feed a local campaign, as described in [chapter 5](05-campaign.md#channels).

# Context: heading
# art-h-75313851 = Forms a residency can take

# Context: paragraph in “Forms a residency can take”
# art-p-057f81d2 = There is no single model. Depending on the artist and the town, a residency might lead to:

# Context: list item in “Forms a residency can take”
# art-li-33ae8005 = a series of portraits or photographs of residents, old and new, shown in public spaces;

# Context: list item in “Forms a residency can take”
# art-li-010bfb4f = a mural painted together with young people from the neighbourhood;

# Context: list item in “Forms a residency can take”
# art-li-11c4cc91 = a theatre piece developed from interviews with people who arrived in the town, and with those who welcomed them;

# Context: list item in “Forms a residency can take”
# art-li-1b9a8ba5 = a piece of music or a choir that brings together songs from the languages spoken in the town;

# Context: list item in “Forms a residency can take”
# art-li-48ddae23 = a film or video shared online and screened at a local event.

# Context: paragraph in “Forms a residency can take”
# art-p-5bfc8c9c = The most memorable community art projects are participatory: the artist does not only portray people but works *with* them. Residents and newcomers who help make a mural or perform in a play carry the experience, and the message, into their families and workplaces.

# Context: heading
# art-h-4c6c13c5 = Planning a residency

# Context: list item in “Planning a residency”
# art-li-491ac265 = **Define the purpose.** What do you hope the residency will change or open up in your town? Link it to your campaign goal.

# Context: list item in “Planning a residency”
# art-li-08f59116 = **Choose the artist carefully.** Look for someone with experience of community work and respect for people's stories. An artist with a migration background of their own can bring particular insight, but is not a requirement.

# Context: list item in “Planning a residency”
# art-li-f1f71666 = **Prepare the ground.** Introduce the artist to schools, NGOs, cultural centres and newcomers' groups before the residency starts.

# Context: list item in “Planning a residency”
# art-li-4a7b2eab = **Agree on practicalities:**

# Context: list item in “Planning a residency”
# art-li-f605eb2d = length of stay, accommodation and working space;

# Context: list item in “Planning a residency”
# art-li-82a04b0f = fee and materials;

# Context: list item in “Planning a residency”
# art-li-4533264e = who owns the work and where it will be shown;

# Context: list item in “Planning a residency”
# art-li-22b1f9fb = how the artist, the participants and the partners will be credited.

# Context: list item in “Planning a residency”
# art-li-9a0b6080 = **Plan the public moment.** An opening, a performance or a screening gives the work an audience and gives the media a reason to report.

# Context: list item in “Planning a residency”
# art-li-47393a47 = **Keep the work alive.** Decide where the work will go afterwards: a permanent place, a travelling exhibition, an online archive.

# Context: heading
# art-h-1a29bf92 = Care and consent

# Context: paragraph in “Care and consent”
# art-p-9c4332f4 = Art about migration touches people's lives, and sometimes their wounds. Participants must know what the work is for, where it will be shown and how they will appear in it, and they must be free to say no. Take special care with children, with people whose asylum procedure is still open and with anyone who may have relatives at risk.

# Context: paragraph in “Care and consent”
# art-p-5b484bf2 = Ask participants what they would like to show about themselves. Many people who have fled their homes are tired of being seen only through their escape. They may prefer to share a skill, a favourite song or a dream for their children.

# Context: heading
# art-h-9353605e = What you can do

# Context: list item in “What you can do”
# art-li-e33db8cf = Ask your local cultural centre, library or gallery whether they would host a small community art project on living together in the town.

# Context: list item in “What you can do”
# art-li-b2f11daf = Find out which artists with a migration background already live in your area, and invite one of them to show their work.

# Context: list item in “What you can do”
# art-li-2e53660e = Plan the consent and credit questions before the first workshop, not after.
