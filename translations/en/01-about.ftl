# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
about-title-16796ad754f11ba4 = About this handbook and the CLARINET project
# Context: heading
about-h-00a88d9df1983bd1 = Why this handbook exists
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Every town has stories about newcomers. Some are told well: a family that reopened a bakery, a nurse who trained abroad and now works nights at the local clinic. Many are never told, or are told only as problems. This handbook is for people who want to change that balance where they live.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = It was written for mayors and municipal staff, local NGOs, teachers, local journalists and active citizens. You do not need to be a communication professional to use it: you need curiosity, a few allies and a wish to talk about migration and { -integration } honestly, without fear and without hiding the problems.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = The handbook is one of the results of { -clarinet }, a European project of towns, regions and civil-society organisations from South-East Europe. Its examples are generic, meant to help you picture your own situation rather than to describe a particular place.
# Context: heading
about-h-7aa2bfa8c139bf1a = The CLARINET project
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = { -clarinet } was an international project. Its full name was "Communication of Local AuthoRities for INtegration in European Towns". It was co-funded by the European Union's Asylum, Migration and Integration Fund. It ran for three years, from 2019 to 2021, and combined activities at local level, in the partners' own towns and regions, with activities at European level.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = This second edition describes the situation in November 2026. The project ended in 2021, and much has changed since then. [Chapter 2](02-routes.md#since-2021) sums up what is new.
# Context: heading
about-h-3b863b44b0d2beff = The aim
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = The general aim of the project was to raise awareness, among citizens of the European Union and local communities, of the positive contribution that { -migrants } make to European societies. People are more likely to welcome newcomers when they can see, in their own streets and workplaces, what those newcomers bring.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = For that reason { -clarinet } did not speak to "Europe" in general. It encouraged { -local-communities } themselves to highlight the positive contributions of { -migrants } where they live, and to carry those stories further.
# Context: heading
about-h-d9950a14c90838fe = Who was involved
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = The lead partner of the project was the Municipality of Lampedusa and Linosa in Italy. Lampedusa is Italy's southernmost island, closer to the coast of North Africa than to Sicily. For many years it has been one of the best-known points of arrival for people crossing the central Mediterranean by boat. Few places in Europe know better what it means for a small community to meet migration face to face. The municipality worked with 18 other partners, { $partners } organisations in all.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = The partnership joined three kinds of organisation:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 local authorities, both municipalities and regional governments;
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 civil-society organisations;
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 international networks.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    The local authorities and civil-society organisations are based in { $countries ->
        [one] one country
       *[other] { $countries } countries
    } of South-East Europe.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = These eight countries are Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus. In the years before the project, from 2015 to 2019, all of them were strongly affected by the arrival of { -asylum-seekers }, because of where they lie. They sit on three different migration routes, which are described in [chapter 2](02-routes.md): the Mediterranean route, the Western Balkan route and the Eastern Balkan route.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Diagram of the partnership: the lead partner, the Municipality of Lampedusa and Linosa in Italy, above three groups of 8 local authorities, 9 civil-society organisations and 2 international networks; the local authorities and organisations are based in Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = The CLARINET partnership: 19 partners; local partners in 8 countries
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = Partners of CLARINET by type and country
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = At the top, the lead partner: the Municipality of Lampedusa and Linosa in Italy, one of the 8 local authorities. A line links it to three groups: 8 local authorities (municipalities and regional governments) and 9 civil-society organisations, framed together with the 8 countries of South-East Europe they are based in (Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus), and 2 international networks. At the bottom: 8 + 9 + 2 = 19 partners, 2019 to 2021.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Lead partner
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Municipality of Lampedusa and Linosa
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Italy), one of the 8 local authorities
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Local authorities
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = municipalities and regional governments
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Civil-society organisations
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 countries in South-East Europe
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Italy
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Slovenia
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Hungary
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = Bulgaria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = Romania
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Austria
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Greece
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Cyprus
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = International networks
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 partners
# Context: heading
about-h-1006bc421e4fcc03 = Three specific objectives
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = The project worked towards three specific objectives. Each one shaped part of this handbook.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = To identify and encourage good practice by { -local-communities } in public communication campaigns on migration and on the inclusion of { -migrants }.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = To prepare and run successful public communication campaigns by local communities themselves.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = To promote the exchange, at the level of the European Union, of good practice in communication campaigns on migration and { -integration } prepared by local communities.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = Put more simply: find what works, do it, and share it.
# Context: heading
about-h-cbad4ffb26ab0e29 = Five activities
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = To reach these objectives, the partners carried out five main activities:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = A call for the "European Award for local public awareness campaigns on migration and integration", which invited local communities across Europe to present their campaigns. [Chapter 8](08-award.md) explains how a call of this kind works.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = The "Handbook on migration and integration for local communities", the book you are reading.
# Context: list item in “Five activities”
about-li-8f92a3dc8238e325 = Eight training programmes for local communities on how to communicate about migration and { -integration } locally, and what to communicate. [Chapter 6](06-training.md) shows how to run your own.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Eight artist residencies, which used art to open conversations that words alone often cannot. See [chapter 7](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Eight awareness campaigns designed and promoted by the participating local communities. The method for planning such a campaign is set out step by step in [chapter 5](05-campaign.md).
# Context: heading
about-h-3e84b60b2302c414 = How to use this handbook
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Each chapter stands on its own and ends with a short section called "What you can do". Here is a suggested path for different readers:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __If you work in a town hall__, start with [chapter 4](04-local.md) on the role of local authorities, then go to the campaign plan in [chapter 5](05-campaign.md).
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __If you are a journalist or work with media__, start with the glossary in [chapter 3](03-words.md#glossary) and then read [chapter 9](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __If you are a teacher or run a youth group__, the chapters on words, training and art (3, 6 and 7) will be the most useful.
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __If you are short of time__, go straight to the checklists and templates in [chapter 10](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = Throughout the book, tips give small practical hints, boxes marked "Good practice" describe approaches that have worked in many places, and notes and warnings point to things that are easy to get wrong.
# Context: heading
about-h-021883523bafcaa3 = The words used in this book
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Words such as { -refugee }, { -asylum-seeker } and { -migrant } have different meanings, and mixing them up can cause real harm. This handbook uses them as defined in [the glossary](03-words.md#glossary). When we speak of people in general, we simply say "people" or "residents". For people who have come from another country in recent years, whatever their legal status, we say { -newcomers }.
# Context: heading
about-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
about-li-760798d9813df91c = Look for the project's own materials on its website, { -project-site }. If the site is no longer online, search for { -clarinet } on the European Website on Integration.
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Make a short list of the people in your town who already work on migration and { -integration }: in the town hall, in schools, in NGOs, in faith communities and in local media.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Share this handbook with at least one person outside your own organisation.
