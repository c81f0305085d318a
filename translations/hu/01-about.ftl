### handbook/chapters/01-about.md — About this handbook and the CLARINET project
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# about-title-3d06d3c0 = About this handbook and the CLARINET project

# Context: heading
# about-h-a85ffa93 = Why this handbook exists

# Context: paragraph in “Why this handbook exists”
# about-p-5a95d363 = Every town has stories about newcomers. Some are told well: a family that reopened a bakery, a nurse who trained abroad and now works nights at the local clinic. Many are never told, or are told only as problems. This handbook is for people who want to change that balance where they live.

# Context: paragraph in “Why this handbook exists”
# about-p-3e33d500 = It was written for mayors and municipal staff, local NGOs, teachers, local journalists and active citizens. You do not need to be a communication professional to use it: you need curiosity, a few allies and a wish to talk about migration and { -integration } honestly, without fear and without fairy tales.

# Context: paragraph in “Why this handbook exists”
# about-p-5ba65d4f = The handbook is one of the results of { -clarinet }, a European project of towns, regions and civil-society organisations from South-East Europe. Its examples are generic, meant to help you picture your own situation rather than to describe a particular place.

# Context: heading
# about-h-70b9b3fb = The CLARINET project

# Context: paragraph in “The CLARINET project”
# about-p-41183d7f = { -clarinet } was an international project whose long title, in its Slovenian description, speaks of raising the awareness of local communities for integration in European towns. It ran for three years, from 2019 to 2021, and combined activities at local level, in the partners' own towns and regions, with activities at European level.

# Context: paragraph in “The CLARINET project”
# about-p-041875b5 = The project's website is { -project-site }. It is the place to look for the project's own materials and news.

# Context: heading
# about-h-b40e777d = The aim

# Context: paragraph in “The aim”
# about-p-6b3e3307 = The general aim of the project was to raise awareness, among citizens of the European Union and local communities, of the positive contribution that { -migrants } make to European societies. People are more likely to welcome newcomers when they can see, in their own streets and workplaces, what those newcomers bring.

# Context: paragraph in “The aim”
# about-p-96c03c43 = For that reason { -clarinet } did not speak to "Europe" in general. It encouraged { -local-communities } themselves to highlight the positive contributions of { -migrants } where they live, and to carry those stories further.

# Context: heading
# about-h-d25726b6 = Who was involved

# Context: paragraph in “Who was involved”
# about-p-7723bf02 = The lead partner of the project was the Municipality of Lampedusa and Linosa in Italy. The island of Lampedusa, at the southern tip of Italy and closer to the coast of North Africa than to Sicily, has for many years been one of the best-known points of arrival for people crossing the central Mediterranean by boat. Few places in Europe know better what it means for a small community to meet migration face to face. The municipality worked with 18 other partners, { $partners } organisations in all.

# Context: paragraph in “Who was involved”
# about-p-9f4de01d = The partnership joined three kinds of organisation:

# Context: list item in “Who was involved”
# about-li-25fbad88 = 8 local authorities, both municipalities and regional governments;

# Context: list item in “Who was involved”
# about-li-f7d93e4c = 9 civil-society organisations;

# Context: list item in “Who was involved”
# about-li-01467e79 = 2 international networks.

# Context: paragraph in “Who was involved”
# about-p-5f7cdeb3 =
#     The partners are based in { $countries ->
#         [one] one country
#        *[other] { $countries } countries
#     } of South-East Europe.

# Context: paragraph in “Who was involved”
# about-p-e18dafa4 = These eight countries are Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus. In recent years, because of where they lie, all of them have been strongly affected by the arrival of { -asylum-seekers }. They sit on three different migration routes, which are described in [chapter 2](02-routes.md): the Mediterranean route, the Western Balkan route and the Eastern Balkan route.

# Context: image description (alt text) in “Who was involved”
# about-alt-b487a0fb = Diagram of the partnership: the lead partner, the Municipality of Lampedusa and Linosa in Italy, above three groups of 8 local authorities, 9 civil-society organisations and 2 international networks; the local authorities and organisations are based in Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus

# Context: figure caption in “Who was involved”
# about-cap-0709d5d0 = The CLARINET partnership: 19 partners from 8 countries

# Context: paragraph in “Who was involved”
# about-p-22036c2a = The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).

# Context: paragraph in “Who was involved”
# about-p-0b077729 = The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network brings reach. Good local campaigns usually need all three.

# Context: heading
# about-h-9d184e63 = Three specific objectives

# Context: paragraph in “Three specific objectives”
# about-p-27914bcd = The project worked towards three specific objectives. Each one shaped part of this handbook.

# Context: list item in “Three specific objectives”
# about-li-cbd4f434 = To identify and encourage good practice by { -local-communities } in public communication campaigns on migration and on the inclusion of { -migrants }.

# Context: list item in “Three specific objectives”
# about-li-e3554cd5 = To prepare and run successful public communication campaigns by local communities themselves.

# Context: list item in “Three specific objectives”
# about-li-8df0473e = To promote the exchange, at the level of the European Union, of good practice in communication campaigns on migration and { -integration } prepared by local communities.

# Context: paragraph in “Three specific objectives”
# about-p-5cf02284 = Put more simply: find what works, do it, and share it.

# Context: heading
# about-h-3a896f25 = Five activities

# Context: paragraph in “Five activities”
# about-p-128eb6d6 = To reach these objectives, the partners carried out five main activities:

# Context: list item in “Five activities”
# about-li-70863f59 = A call for the "European Award for local public awareness campaigns on migration and integration", which invited local communities across Europe to present their campaigns. [Chapter 8](08-award.md) explains how a call of this kind works.

# Context: list item in “Five activities”
# about-li-dca4a2dc = The "Handbook on migration and integration for local communities", the book you are reading.

# Context: list item in “Five activities”
# about-li-591fe742 = Eight training programmes for local communities on how to communicate about migration and { -integration } locally, and what to communicate. [Chapter 6](06-training.md) describes them and shows how to run your own.

# Context: list item in “Five activities”
# about-li-5e4d4497 = Eight artist residencies, which used art to open conversations that words alone often cannot. See [chapter 7](07-art.md).

# Context: list item in “Five activities”
# about-li-8cd6a59b = Eight awareness campaigns designed and promoted by the participating local communities. The method for planning such a campaign is set out step by step in [chapter 5](05-campaign.md).

# Context: heading
# about-h-46c3d935 = How to use this handbook

# Context: paragraph in “How to use this handbook”
# about-p-d46b8cff = Each chapter stands on its own and ends with a short section called "What you can do". Here is a suggested path for different readers:

# Context: list item in “How to use this handbook”
# about-li-7a2dac56 = **If you work in a town hall**, start with [chapter 4](04-local.md) on the role of local authorities, then go to the campaign plan in [chapter 5](05-campaign.md).

# Context: list item in “How to use this handbook”
# about-li-145b2a17 = **If you are a journalist or work with media**, start with the glossary in [chapter 3](03-words.md#glossary) and then read [chapter 9](09-media.md).

# Context: list item in “How to use this handbook”
# about-li-4bc754f7 = **If you are a teacher or run a youth group**, the chapters on words, training and art (3, 6 and 7) will be the most useful.

# Context: list item in “How to use this handbook”
# about-li-d6588afb = **If you are short of time**, go straight to the checklists and templates in [chapter 10](10-resources.md).

# Context: paragraph in “How to use this handbook”
# about-p-b48b3f1d = Throughout the book, tips give small practical hints, boxes marked "Good practice" describe approaches that have worked in many places, and notes and warnings point to things that are easy to get wrong.

# Context: paragraph in “How to use this handbook”
# about-p-8c9cc743 = Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.

# Context: heading
# about-h-3ab6b343 = A word about words

# Context: paragraph in “A word about words”
# about-p-ed9dfc3e = Words such as { -refugee }, { -asylum-seeker } and { -migrant } have different meanings, and mixing them up can cause real harm. This handbook uses them as defined in [the glossary](03-words.md#glossary); when we speak of people in general, we simply say "people", "newcomers" or "residents".

# Context: heading
# about-h-9353605e = What you can do

# Context: list item in “What you can do”
# about-li-c19aee01 = Visit the project website, { -project-site }, to see the project's materials in your language.

# Context: list item in “What you can do”
# about-li-dd98cdf0 = Make a short list of the people in your town who already work on migration and { -integration }: in the town hall, in schools, in NGOs, in faith communities and in local media.

# Context: list item in “What you can do”
# about-li-d5b9735b = Choose the chapter that matches your role from the reading paths above and read it first.

# Context: list item in “What you can do”
# about-li-7c737a90 = Share this handbook with at least one person outside your own organisation.
