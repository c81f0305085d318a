### handbook/chapters/04-local.md — Why local communities are the key
### Language: ro. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# local-title-6a17fb33 = Why local communities are the key

# Context: heading
# local-h-a8d9755d = Integration happens somewhere

# Context: paragraph in “Integration happens somewhere”
# local-p-facaad15 = Laws on asylum and migration are made in national parliaments and in Brussels. But nobody is integrated by a law. Integration happens in a particular kindergarten, a particular language class, a particular sports club, a particular job. It happens when a neighbour explains how the waste collection works, when a teacher notices that a pupil needs help with reading, when an employer gives someone a first chance.

# Context: paragraph in “Integration happens somewhere”
# local-p-44842acb = That is why { -clarinet } put { -local-communities } at the centre of its work: they are where newcomers and long-standing residents actually meet, and where trust is built or lost.

# Context: paragraph in “Integration happens somewhere”
# local-p-1e476275 = European institutions have said the same for many years. The common principles for integration policy agreed by EU member states describe { -integration } as a dynamic, two-way process of mutual accommodation by newcomers and residents[^cbp], and the European Commission's action plan on integration and inclusion for 2021 to 2027 gives a strong role to local and regional authorities[^action-plan].

# Context: heading
# local-h-d3c8a27d = Why the local level matters

# Context: paragraph in “Why the local level matters”
# local-p-d4744613 = Four reasons make the local level the key to integration and to good communication about it.

# Context: list item in “Why the local level matters”
# local-li-89a5b9c6 = **Proximity.** Local authorities are the level of government closest to people. A message from the mayor is heard differently from a message from a distant ministry.

# Context: list item in “Why the local level matters”
# local-li-81dbb7e9 = **Services.** Municipalities run or coordinate many of the services that matter most for newcomers: registration, schools, social services, housing support, libraries and sports facilities.

# Context: list item in “Why the local level matters”
# local-li-e7f1176b = **Everyday contact.** People form their views about migration less from statistics than from what they see around them. Positive contact among equals is one of the strongest ways to reduce prejudice, and it happens locally.

# Context: list item in “Why the local level matters”
# local-li-11697898 = **Trust.** In many countries, trust in local institutions is higher than trust in national ones. Using that trust carefully is part of local leadership.

# Context: heading
# local-h-a5600631 = What local authorities can do

# Context: paragraph in “What local authorities can do”
# local-p-6de9827e = A municipality does not need a large budget to make a difference. Much depends on how it uses the tools it already has.

# Context: list item in “What local authorities can do”
# local-li-a50161d0 = **Speak.** Say clearly and publicly that newcomers are part of the community, that the town expects respect from everyone, and that it will not tolerate { -hate-speech }. Silence is also a message.

# Context: list item in “What local authorities can do”
# local-li-ee45e053 = **Inform.** Give residents accurate, timely information, especially when something changes, such as the opening of a reception facility. Rumours spread fastest when official information is missing.

# Context: list item in “What local authorities can do”
# local-li-f74c87a2 = **Include.** Make sure that newcomers can use municipal services, that information exists in the languages they read, and that their voices are heard in consultations and local events.

# Context: list item in “What local authorities can do”
# local-li-35731966 = **Connect.** Bring together schools, NGOs, employers, faith communities, sports clubs and cultural institutions. The municipality is often the only actor that can convene all of them.

# Context: list item in “What local authorities can do”
# local-li-98b33680 = **Show.** Use the town's channels, from the website to the notice board in the square, to show the everyday contributions of { -migrants } to local life.

# Context: paragraph in “What local authorities can do”
# local-p-a92353a3 = In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.

# Context: heading
# local-h-c68bbad8 = Integration is a two-way street

# Context: paragraph in “Integration is a two-way street”
# local-p-bf7f8d39 = People often see { -integration } as something only newcomers must do: learn the language, find a job, follow the rules. Those things matter. But the receiving community is asked for something too: openness, fair rules and access to opportunities.

# Context: paragraph in “Integration is a two-way street”
# local-p-67077f85 = Communication has a role on both sides. Newcomers need clear information about rights, duties and services; long-standing residents need honest information about who the newcomers are and why they came. Both need chances to meet as people rather than as categories.

# Context: paragraph in “Integration is a two-way street”
# local-p-ad229872 = When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.

# Context: heading
# local-h-d815c6dc = Who brings what

# Context: paragraph in “Who brings what”
# local-p-cba6970c = No single actor can do all of this. The table below shows what different local actors usually bring to communication about migration and integration.

# Context: table cell in “Who brings what”
# local-cell-4c7753a4 = Local actor

# Context: table cell in “Who brings what”
# local-cell-272e00a3 = What they bring

# Context: table cell in “Who brings what”
# local-cell-d9ad6fab = How they can help communication

# Context: table cell in “Who brings what”
# local-cell-ad54a51d = Mayor and council

# Context: table cell in “Who brings what”
# local-cell-1679b366 = Legitimacy, visibility, decisions

# Context: table cell in “Who brings what”
# local-cell-c04ab7c0 = Public statements, presence at events, clear position against hate speech

# Context: table cell in “Who brings what”
# local-cell-b52cc990 = Municipal departments

# Context: table cell in “Who brings what”
# local-cell-bfc9f438 = Services, data, daily contact with residents

# Context: table cell in “Who brings what”
# local-cell-6e77552f = Accurate information, multilingual materials, one contact person

# Context: table cell in “Who brings what”
# local-cell-f8290725 = Schools and kindergartens

# Context: table cell in “Who brings what”
# local-cell-b107f9eb = Contact with children and parents

# Context: table cell in “Who brings what”
# local-cell-239961ad = Projects with pupils, parents' meetings, intercultural days

# Context: table cell in “Who brings what”
# local-cell-b5669586 = Civil-society organisations

# Context: table cell in “Who brings what”
# local-cell-4dff94ae = Trust, direct contact with newcomers, expertise

# Context: table cell in “Who brings what”
# local-cell-333c8b54 = Stories, volunteers, practical support, critical voice

# Context: table cell in “Who brings what”
# local-cell-dcc7c6b4 = Employers and trade unions

# Context: table cell in “Who brings what”
# local-cell-38c713dc = Jobs, training, workplaces

# Context: table cell in “Who brings what”
# local-cell-e03eabde = Examples of newcomers at work, mentoring

# Context: table cell in “Who brings what”
# local-cell-ee9cd3cf = Local media

# Context: table cell in “Who brings what”
# local-cell-88387098 = Reach, agenda-setting

# Context: table cell in “Who brings what”
# local-cell-be985d85 = Fair reporting, portraits, local debates

# Context: table cell in “Who brings what”
# local-cell-bf1dd415 = Newcomers themselves

# Context: table cell in “Who brings what”
# local-cell-d89a53c3 = Experience, languages, skills

# Context: table cell in “Who brings what”
# local-cell-43650b8d = Speaking for themselves, co-creating campaigns

# Context: heading
# local-h-cd85b6ed = Common obstacles

# Context: paragraph in “Common obstacles”
# local-p-d63eea0f = Local work is not easy. Three difficulties come up again and again.

# Context: list item in “Common obstacles”
# local-li-12eee5de = **Fear of controversy.** Elected officials may worry that speaking about migration will cost them votes. Experience suggests that a calm, factual and consistent position is usually respected, even by those who disagree.

# Context: list item in “Common obstacles”
# local-li-888d082f = **Lack of resources.** Small municipalities may have one person for all communication. Partnerships with NGOs, schools and networks help share the work.

# Context: list item in “Common obstacles”
# local-li-4d5ab5e8 = **Newcomers' own fears.** People who have fled persecution may be wary of authorities and of publicity. Trust takes time.

# Context: paragraph in “Common obstacles”
# local-p-739b5194 = Do not use newcomers as "props". A photo opportunity in which { -refugees } are shown only as grateful recipients of help reinforces the very picture you want to change. Show people as actors, with their own skills and voices.

# Context: heading
# local-h-9353605e = What you can do

# Context: list item in “What you can do”
# local-li-5bd66681 = Map your local actors using the table above, and write down one name for each row.

# Context: list item in “What you can do”
# local-li-6b02c1e1 = Organise an internal meeting of municipal departments:

# Context: list item in “What you can do”
# local-li-b3a081a2 = agree on the facts about newcomers in your town;

# Context: list item in “What you can do”
# local-li-9a214464 = agree on the words you use, based on [the glossary](03-words.md#glossary);

# Context: list item in “What you can do”
# local-li-9abd53e5 = name one contact person for questions from residents and media.

# Context: list item in “What you can do”
# local-li-d2215d7f = Ask the mayor or a senior official to make one clear public statement on welcome and respect this year.

# Context: list item in “What you can do”
# local-li-e16f1a99 = Check whether key municipal information exists in the languages most spoken by newcomers in your town.

# Context: list item in “What you can do”
# local-li-b1c4085c = Choose one activity that brings residents and newcomers together as equals, and plan it with newcomers from the start. Use the campaign plan in [chapter 5](05-campaign.md).

# Context: footnote in “What you can do”
# local-fn-2e35ef89 = The Common Basic Principles for Immigrant Integration Policy were adopted by the Council of the European Union in 2004. The first principle describes integration as "a dynamic, two-way process of mutual accommodation".

# Context: footnote in “What you can do”
# local-fn-e7433d77 = The European Commission presented its Action Plan on Integration and Inclusion 2021-2027 in November 2020. It stresses partnership with local and regional authorities and the importance of everyday contact between newcomers and host communities.
