# handbook/chapters/02-routes.md — Migration in South-East Europe
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
routes-title-c44c63505d0869be = Migration in South-East Europe
# Context: heading
routes-h-688bfc5793b4b9a4 = A region of arrivals and departures
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = South-East Europe has always been a crossroads. Traders, pilgrims, seasonal workers and families seeking a better life have crossed its seas and mountains for thousands of years.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = In the years before the project, from 2015 to 2019, many { -asylum-seekers } first reached European ground in this region. It lies between the Middle East, Africa and the rest of the European Union. This chapter gives a short, general picture of the three routes on which the { -clarinet } countries lie, and of what that meant for { -local-communities }. For statistics, which change quickly, use official sources[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Three routes, one region
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = The project described its eight countries as lying on three migration routes. A "route" is not a road on a map but a broad pattern of journeys, shaped by geography, by smugglers, by the policies of states and by where relatives have gone before. Routes move, split and close.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Schematic diagram of three migration routes. A blue arrow crosses the central Mediterranean Sea to Italy. Orange arrows cross the eastern Mediterranean Sea to Greece and Cyprus. Green arrows show the Western Balkan corridor of 2015 and 2016: from Greece through North Macedonia and Serbia, then through Hungary, or through Croatia and Slovenia, to Austria. Dashed side branches lead to Bulgaria and Romania. Countries shown in grey were not in CLARINET.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = The three migration routes and the eight CLARINET countries (schematic, not to scale)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Schematic map: sea crossings to Italy, Greece and Cyprus, and the 2015–2016 overland corridor from Greece to Austria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Mediterranean route: by sea across the central Mediterranean to Italy. Eastern Mediterranean route, called the Eastern Balkan route by the project: by sea across the eastern Mediterranean to Greece and Cyprus. Western Balkan route in 2015 and 2016: overland from Greece through North Macedonia and Serbia, then either through Hungary to Austria, or through Croatia and Slovenia to Austria, and on towards central and northern Europe. Bulgaria and Romania lie on dashed side branches. North Macedonia, Serbia and Croatia, shown in grey, were not CLARINET countries.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Schematic, not to scale
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = towards central and
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = northern Europe
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Austria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Slovenia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Hungary
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Croatia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Serbia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = North Macedonia
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Western Balkan route
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = Romania
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = Bulgaria
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = by sea
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Italy
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Central Mediterranean Sea
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Mediterranean route
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Greece
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Cyprus
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Eastern Mediterranean Sea
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Eastern Mediterranean route
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (Eastern Balkan route)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Side branch
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Not a CLARINET country
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Route
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = CLARINET countries on or near it
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = How people usually travel
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Mediterranean route
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Italy
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = By sea, across the central Mediterranean
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Western Balkan route
# Context: table cell in “Three routes, one region”
routes-cell-3cf17d73e5b6c74d = Hungary, Slovenia and Austria; Bulgaria and Romania on side branches
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Overland, crossing several borders on foot, by bus, by train or by car
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Eastern Balkan route (Eastern Mediterranean)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Greece, Cyprus
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = By sea, across the eastern Mediterranean, and over land borders
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = The three routes and the CLARINET countries on or near them
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = The grouping follows the project's own description. In reality the routes overlap, and a country may be a place of arrival, of transit and of settlement all at once.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = EU statistics, such as those of the European Border and Coast Guard Agency (Frontex), group the routes differently. For example, they count arrivals across Bulgaria's land border with Turkey on the Eastern Mediterranean route.
# Context: heading
routes-h-4d048ea744aa31f8 = The Mediterranean route
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = The central Mediterranean route leads by sea from the coast of North Africa to Italy, above all to its southern islands and coasts. It is one of the most dangerous migration routes in the world. Boats are often overcrowded and unseaworthy, and every year many people lose their lives at sea[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = For small island and coastal communities, this route has meant arrivals that are sudden, visible and sometimes tragic. Fishermen, doctors, volunteers and ordinary residents were often the first to help. The lead partner of { -clarinet }, the Municipality of Lampedusa and Linosa, is such a community.
# Context: heading
routes-h-0a7bcb22907e26cb = The Western Balkan route
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = The Western Balkan route leads overland from the south-east of Europe towards the centre and north of the continent. In 2015 and 2016 it was used by very large numbers of people, many of them fleeing the war in Syria and conflicts in Afghanistan and Iraq. Towns along the route saw crowds pass through their railway stations and border crossings.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = In those two years the main corridor ran from Greece through North Macedonia and Serbia. From Serbia, people went on to Austria either through Hungary or, from autumn 2015, through Croatia and Slovenia. Bulgaria and Romania lay on side branches. North Macedonia, Serbia and Croatia were not part of { -clarinet }, so the figure shows them in grey.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = After early 2016, when border controls tightened and EU leaders and Turkey agreed a joint statement on migration, movement along the route fell sharply. It did not stop: people continued in smaller groups, often in more hidden and dangerous ways, and some stayed longer in the countries along the way.
# Context: heading
routes-h-bd1a384744b2eca2 = The Eastern Balkan route
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = In EU statistics this route is known as the Eastern Mediterranean route; the project called it the Eastern Balkan route. It leads to Greece and Cyprus, mostly by sea from the nearby coasts and also across land borders. Greek islands close to the Turkish coast became known across the world in 2015, when boats arrived there day after day. Cyprus, an island at the far eastern edge of the European Union, has also received many people seeking protection.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = For these countries, arrivals were not only a matter of transit: reception centres, long asylum procedures and people waiting for months or years became part of local life.
# Context: heading
routes-h-b2fb3ae62f941028 = Since the project ended
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = { -clarinet } ended in 2021. Since then, three changes have reached { -local-communities } in all eight countries.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __People fleeing the war in Ukraine.__ Since March 2022 the EU has given them { -temporary-protection }[^temporary-protection]. Many towns welcomed large numbers of people within weeks, most of them women and children.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __The Pact on Migration and Asylum.__ The EU adopted this set of laws in May 2024, and most of its rules have applied since 12 June 2026[^pact]. It changes how asylum applications are checked and decided, and how EU countries share responsibility for them.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __The Digital Services Act.__ Since February 2024, online platforms have had legal duties to act on reports of illegal content, including illegal { -hate-speech }. [Chapter 9](09-media.md#hate-speech) explains what this means for you.
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = For current figures, use the official sources listed in [chapter 10](10-resources.md#further-reading).
# Context: heading
routes-h-057fc622e94d9233 = What local communities experienced
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = Migration is always experienced somewhere in particular: on a beach, at a bus station, in a school class. The towns and regions of South-East Europe lived through several different situations, sometimes one after another.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Sudden arrivals.__ A small coastal town or border village had to respond within hours to people who were cold, hungry, injured or in shock. Local people often helped first, long before any national system was in place.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Transit.__ Some places saw many people pass through without staying. Brief encounters left room for rumours.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Reception.__ Towns hosting reception centres faced questions about safety, services and fairness, often with strong feelings on all sides.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Settlement.__ In many places people who arrived as { -asylum-seekers } stayed, found work, sent their children to school and became neighbours. This stage is the least visible in the media and the most important for { -integration }.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = A common pattern runs through all four. First reactions are often generous; over time, fatigue and a lack of information can turn generosity into worry. Where local leaders speak clearly and share accurate information, trust tends to hold. Where they stay silent, others fill the silence.
# Context: heading
routes-h-139f4b48fdddd135 = Emigration and immigration together
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Many communities in South-East Europe are places that people leave as well as places they arrive in. Young people move away for study and work while newcomers arrive from outside Europe. Many families know what it means to have a relative abroad or to be treated as a stranger. Those memories can help residents see newcomers as people on a journey not so different from their own.
# Context: heading
routes-h-da1e29bc37ed314c = Beyond the emergency
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = Public attention follows emergencies and moves on when the images disappear. But the real work of { -integration } starts when the emergency ends: learning the language, finding housing and work, making friends, joining a club.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = This is why { -clarinet } focused on the positive contributions of { -migrants } in local life. A community that only hears about migration in moments of crisis will think of migration as a crisis. One that also hears about the new pharmacist, the volunteer firefighter and the family restaurant will have a truer picture.
# Context: heading
routes-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Find out where your own town stands: is it mainly a place of arrival, of transit, of reception or of settlement, or a mix?
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Collect your community's memories of migration in both directions:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = stories of residents who emigrated, or whose parents did;
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = stories of newcomers who settled in the town in recent years;
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = stories of residents who helped during periods of arrivals.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Check the official sources for current figures before you speak or write about numbers, and note the date.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Read [chapter 3](03-words.md) before you prepare any public material, so that the words you use fit the facts.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Think about which stage of the journey is missing from public conversation in your town, and plan to make it visible. [Chapter 5](05-campaign.md) shows how.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Reliable figures on arrivals and asylum applications in the European Union are published by Eurostat, by the European Union Agency for Asylum and by the UN Refugee Agency (UNHCR). National ministries of the interior and asylum offices publish figures for each country.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = The International Organization for Migration (IOM) records deaths and disappearances of people on migration routes, including the Mediterranean, in its Missing Migrants Project.
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = Council Implementing Decision (EU) 2022/382 of 4 March 2022, based on the Temporary Protection Directive (2001/55/EC). The protection has since been extended several times.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = Among other laws, the Pact includes Regulation (EU) 2024/1347, which replaces the Qualification Directive, and Directive (EU) 2024/1346 on reception conditions. Your national asylum authority can explain what has changed in your country.
