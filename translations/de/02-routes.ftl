### handbook/chapters/02-routes.md — Migration in South-East Europe
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# routes-title-d2d75493 = Migration in South-East Europe

# Context: heading
# routes-h-a2ed269e = A region on the move

# Context: paragraph in “A region on the move”
# routes-p-caea225a = South-East Europe has always been a crossroads. Traders, pilgrims, seasonal workers and families seeking a better life have crossed its seas and mountains for thousands of years.

# Context: paragraph in “A region on the move”
# routes-p-386c2a87 = In recent years, because of its position between the Middle East, Africa and the rest of the European Union, the region became the first European ground that many { -asylum-seekers } reached. This chapter gives a short, general picture of the three routes on which the { -clarinet } countries lie, and of what that meant for { -local-communities }. For statistics, which change quickly, use official sources[^sources].

# Context: heading
# routes-h-bb21e5ad = Three routes, one region

# Context: paragraph in “Three routes, one region”
# routes-p-5b12ae87 = The project described its eight countries as lying on three migration routes. A "route" is not a road on a map but a broad pattern of journeys, shaped by geography, by smugglers, by the policies of states and by where relatives have gone before. Routes move, split and close.

# Context: image description (alt text) in “Three routes, one region”
# routes-alt-2fbbcf30 = Schematic diagram of three migration routes. A blue arrow crosses the central Mediterranean Sea to Italy. A green column shows the Western Balkan route passing Bulgaria, Romania, Hungary, Slovenia and Austria towards central and northern Europe. Orange arrows cross the eastern Mediterranean Sea to Greece and Cyprus, with a dashed arrow from Greece onward to the Western Balkan route.

# Context: figure caption in “Three routes, one region”
# routes-cap-78ed8096 = The three migration routes and the eight CLARINET countries (schematic, not to scale)

# Context: table cell in “Three routes, one region”
# routes-cell-624b8896 = Route

# Context: table cell in “Three routes, one region”
# routes-cell-de368479 = CLARINET countries on it

# Context: table cell in “Three routes, one region”
# routes-cell-27ed78c8 = How people usually travel

# Context: table cell in “Three routes, one region”
# routes-cell-487095bc = Mediterranean route

# Context: table cell in “Three routes, one region”
# routes-cell-76bfcf09 = Italy

# Context: table cell in “Three routes, one region”
# routes-cell-26e3c4cc = By sea, across the central Mediterranean

# Context: table cell in “Three routes, one region”
# routes-cell-1f6e85f6 = Western Balkan route

# Context: table cell in “Three routes, one region”
# routes-cell-6241e758 = Slovenia, Hungary, Bulgaria, Romania, Austria

# Context: table cell in “Three routes, one region”
# routes-cell-ea86e3a1 = Overland, crossing several borders on foot, by bus, by train or by car

# Context: table cell in “Three routes, one region”
# routes-cell-16867bf8 = Eastern Balkan route (Eastern Mediterranean)

# Context: table cell in “Three routes, one region”
# routes-cell-531c3746 = Greece, Cyprus

# Context: table cell in “Three routes, one region”
# routes-cell-f5c11eb9 = By sea, across the eastern Mediterranean, and over land borders

# Context: paragraph in “Three routes, one region”
# routes-p-7c881471 = The grouping follows the project's own description. In reality the routes overlap, and a country may be a place of arrival, of transit and of settlement all at once.

# Context: heading
# routes-h-9bea7f3d = The Mediterranean route

# Context: paragraph in “The Mediterranean route”
# routes-p-aa7dfd2c = The central Mediterranean route leads by sea from the coast of North Africa to Italy, above all to its southern islands and coasts. It is one of the most dangerous migration routes in the world. Boats are often overcrowded and unseaworthy, and every year many people lose their lives at sea[^iom].

# Context: paragraph in “The Mediterranean route”
# routes-p-d7b230ca = For small island and coastal communities, this route has meant arrivals that are sudden, visible and sometimes tragic, with fishermen, doctors, volunteers and ordinary residents at the front line. The lead partner of { -clarinet }, the Municipality of Lampedusa and Linosa, is such a community.

# Context: heading
# routes-h-7f5d9b55 = The Western Balkan route

# Context: paragraph in “The Western Balkan route”
# routes-p-3e1db266 = The Western Balkan route leads overland from the south-east of Europe towards the centre and north of the continent. In 2015 and 2016 it was used by very large numbers of people, many of them fleeing the war in Syria and conflicts in Afghanistan and Iraq. Towns along the route saw crowds pass through their railway stations and border crossings.

# Context: paragraph in “The Western Balkan route”
# routes-p-1c6aac88 = After early 2016, when border controls tightened and the European Union and Turkey agreed a joint statement on migration, movement along the route fell sharply. It did not stop: people continued in smaller groups, often in more hidden and dangerous ways, and some stayed longer in the countries along the way.

# Context: heading
# routes-h-7b1f4fff = The Eastern Balkan route

# Context: paragraph in “The Eastern Balkan route”
# routes-p-ff3aa2ac = The Eastern Balkan route, often called the Eastern Mediterranean route, leads to Greece and Cyprus, mostly by sea from the nearby coasts and also across land borders. Greek islands close to the Turkish coast became known across the world in 2015, when boats arrived there day after day. Cyprus, an island at the far eastern edge of the European Union, has also received many people seeking protection.

# Context: paragraph in “The Eastern Balkan route”
# routes-p-5e358a67 = For these countries, arrivals were not only a matter of transit: reception centres, long asylum procedures and people waiting for months or years became part of local life.

# Context: heading
# routes-h-0c0c3835 = What local communities experienced

# Context: paragraph in “What local communities experienced”
# routes-p-1f69dd7f = Migration is always experienced somewhere in particular: on a beach, at a bus station, in a school class. The towns and regions of South-East Europe lived through several different situations, sometimes one after another.

# Context: list item in “What local communities experienced”
# routes-li-daad826d = **Sudden arrivals.** A small coastal town or border village had to respond within hours to people who were cold, hungry, injured or in shock. Local people often helped first, long before any national system was in place.

# Context: list item in “What local communities experienced”
# routes-li-b04f11ef = **Transit.** Some places saw many people pass through without staying. Brief encounters left room for rumours.

# Context: list item in “What local communities experienced”
# routes-li-72e1c1ec = **Reception.** Towns hosting reception centres faced questions about safety, services and fairness, often with strong feelings on all sides.

# Context: list item in “What local communities experienced”
# routes-li-ba1a55ca = **Settlement.** In many places people who arrived as { -asylum-seekers } stayed, found work, sent their children to school and became neighbours. This stage is the least visible in the media and the most important for { -integration }.

# Context: paragraph in “What local communities experienced”
# routes-p-1382bd98 = A common pattern runs through all four. First reactions are often generous; over time, fatigue and a lack of information can turn generosity into worry. Where local leaders speak clearly and share accurate information, trust tends to hold. Where they stay silent, others fill the silence.

# Context: paragraph in “What local communities experienced”
# routes-p-c3a91349 = In many towns the people who helped most in the first days were shopkeepers, pensioners, students and parish volunteers. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.

# Context: heading
# routes-h-2df126f9 = Emigration and immigration together

# Context: paragraph in “Emigration and immigration together”
# routes-p-ad39a28c = Many communities in South-East Europe are places that people leave as well as places they arrive in. Young people move away for study and work while newcomers arrive from outside Europe. Most families know what it means to have a relative abroad or to be treated as a stranger, and those memories can help residents see newcomers as people on a journey not so different from their own.

# Context: heading
# routes-h-a9139351 = Beyond the emergency

# Context: paragraph in “Beyond the emergency”
# routes-p-19764963 = Public attention follows emergencies and moves on when the images disappear. But the real work of { -integration } starts when the emergency ends: learning the language, finding housing and work, making friends, joining a club.

# Context: paragraph in “Beyond the emergency”
# routes-p-06eefa1c = This is why { -clarinet } focused on the positive contributions of { -migrants } in local life. A community that only hears about migration in moments of crisis will think of migration as a crisis. One that also hears about the new pharmacist, the volunteer firefighter and the family restaurant will have a truer picture.

# Context: paragraph in “Beyond the emergency”
# routes-p-47039470 = Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.

# Context: heading
# routes-h-9353605e = What you can do

# Context: list item in “What you can do”
# routes-li-65fcd89c = Find out where your own town stands: is it mainly a place of arrival, of transit, of reception or of settlement, or a mix?

# Context: list item in “What you can do”
# routes-li-e6039999 = Collect your community's memories of migration in both directions:

# Context: list item in “What you can do”
# routes-li-d8ccb901 = stories of residents who emigrated, or whose parents did;

# Context: list item in “What you can do”
# routes-li-5d84dbcd = stories of newcomers who settled in the town in recent years;

# Context: list item in “What you can do”
# routes-li-0e8bc65a = stories of residents who helped during periods of arrivals.

# Context: list item in “What you can do”
# routes-li-1419818b = Check the official sources for current figures before you speak or write about numbers, and note the date.

# Context: list item in “What you can do”
# routes-li-37b9ab9e = Read [chapter 3](03-words.md) before you prepare any public material, so that the words you use fit the facts.

# Context: list item in “What you can do”
# routes-li-1bb79c5d = Think about which stage of the journey is missing from public conversation in your town, and plan to make it visible. [Chapter 5](05-campaign.md) shows how.

# Context: footnote in “What you can do”
# routes-fn-d4918d96 = Reliable figures on arrivals and asylum applications in the European Union are published by Eurostat, by the European Union Agency for Asylum and by the UN Refugee Agency (UNHCR). National ministries of the interior and asylum offices publish figures for each country.

# Context: footnote in “What you can do”
# routes-fn-6f2cc878 = The International Organization for Migration (IOM) records deaths and disappearances of people on migration routes, including the Mediterranean, in its Missing Migrants Project.
