# handbook/chapters/04-local.md — Why local communities are the key
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
local-title-f75e9269f654fc9d = Why local communities are the key
# Context: heading
local-h-c32097e2a9b75895 = Integration happens somewhere
# Context: paragraph in “Integration happens somewhere”
local-p-550ccedd0504dd39 = Laws on asylum and migration are made in national parliaments and at EU level. But nobody is integrated by a law. Integration happens in a particular kindergarten, a particular language class, a particular sports club, a particular job. It happens when a neighbour explains how the waste collection works, when a teacher notices that a pupil needs help with reading, when an employer gives someone a first chance.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = That is why { -clarinet } put { -local-communities } at the centre of its work: they are where newcomers and long-standing residents actually meet, and where trust is built or lost.
# Context: paragraph in “Integration happens somewhere”
local-p-2cfa6c7b5f343873 = European institutions have said the same for many years. The common principles for integration policy agreed by EU member states describe { -integration } as a dynamic, two-way process of mutual accommodation by newcomers and residents[^cbp]. The European Commission's action plan on integration and inclusion for 2021 to 2027 gives a strong role to local and regional authorities[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = Why the local level matters
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Four reasons make the local level the key to integration and to good communication about it.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Proximity.__ Local authorities are the level of government closest to people. A message from the mayor is heard differently from a message from a distant ministry.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Services.__ Municipalities run or coordinate many of the services that matter most for newcomers: registration, schools, social services, housing support, libraries and sports facilities.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Everyday contact.__ People form their views about migration less from statistics than from what they see around them. Positive contact among equals is one of the strongest ways to reduce prejudice, and it happens locally.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Trust.__ In many countries, trust in local institutions is higher than trust in national ones. Using that trust carefully is part of local leadership.
# Context: heading
local-h-36fc7059706251e5 = What local authorities can do
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = A municipality does not need a large budget to make a difference. Much depends on how it uses the tools it already has.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Speak.__ Say clearly and publicly that newcomers are part of the community, that the town expects respect from everyone, and that it will not tolerate { -hate-speech }. Silence is also a message.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Inform.__ Give residents accurate, timely information, especially when something changes, such as the opening of a reception facility. Rumours spread fastest when official information is missing.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Include.__ Make sure that newcomers can use municipal services, that information exists in the languages they read, and that their voices are heard in consultations and local events.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Connect.__ Bring together schools, NGOs, employers, faith communities, sports clubs and cultural institutions. The municipality is often the only actor that can convene all of them.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Show.__ Use the town's channels, from the website to the notice board in the square, to show the everyday contributions of { -migrants } to local life.
# Context: heading
local-h-f679bfa7eb405653 = Integration involves everyone
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = People often see { -integration } as something only newcomers must do: learn the language, find a job, follow the rules. Those things matter. But the receiving community is asked for something too: openness, fair rules and access to opportunities.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = Communication has a role on both sides. Newcomers need clear information about rights, duties and services; long-standing residents need honest information about who the newcomers are and why they came. Both need chances to meet as people rather than as categories.
# Context: heading
local-h-8f81c84427935632 = Who brings what
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = No single actor can do all of this. The table below shows what different local actors usually bring to communication about migration and integration.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Local actor
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = What they bring
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = How they can help communication
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Mayor and council
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Legitimacy, visibility, decisions
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Public statements, presence at events, clear position against hate speech
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Municipal departments
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Services, data, daily contact with residents
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Accurate information, multilingual materials, one contact person
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Schools and kindergartens
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Contact with children and parents
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Projects with pupils, parents' meetings, intercultural days
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Civil-society organisations
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Trust, direct contact with newcomers, expertise
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Stories, volunteers, practical support, critical voice
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Employers and trade unions
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Jobs, training, workplaces
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Examples of newcomers at work, mentoring
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Local media
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Reach, agenda-setting
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Fair reporting, portraits, local debates
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = Newcomers themselves
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Experience, languages, skills
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Speaking for themselves, co-creating campaigns
# Context: table caption in “Who brings what”
local-tcap-4ebf14fe866db28c = What local actors bring to communication about migration and integration
# Context: heading
local-h-43e8ccfc0bce99df = Common obstacles
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = Local work is not easy. Three difficulties come up again and again.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Fear of controversy.__ Elected officials may worry that speaking about migration will cost them votes. Experience suggests that a calm, factual and consistent position is usually respected, even by those who disagree.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Lack of resources.__ Small municipalities may have one person for all communication. Partnerships with NGOs, schools and networks help share the work.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Newcomers' own fears.__ People who have fled persecution may be wary of authorities and of publicity. Trust takes time.
# Context: paragraph in “Common obstacles”
local-p-cc51e468b459268a = Do not use newcomers as decoration in photos. A photo opportunity in which { -refugees } are shown only as grateful recipients of help reinforces the very picture you want to change. Show people as active members of the community, with their own skills and voices.
# Context: heading
local-h-128116345ec56f05 = Working with { -newcomers } as partners
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-90ba2dbdd99d9352 = This handbook keeps returning to one idea: plan with { -newcomers }, not only for them. Here is how.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-4ad98f73952ff4c2 = __Where to find people.__ Start with groups that already exist: associations led by { -migrants }, language courses, cultural mediators, faith communities, sports clubs and schools. Do not rely only on the one person the town hall already knows.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-7d67f52ee78ce2fa = __How far to share decisions.__ Participation has four levels: people can be informed, consulted, co-creating or leading. Aim at least for co-creating, where people plan and decide with you. A small advisory group of { -newcomers } can guide a campaign. Give it the final word on how its members' stories are told.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-b08c40e051024188 = __Remove barriers.__ Offer interpretation, childcare and travel costs. Hold meetings in places people can reach, at times that fit shift work and religious holidays.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-9a9f351dd8b93746 = __Avoid tokenism.__ One person cannot speak for everyone. Involve women and men, young and older people, different origins and different legal statuses.
# Context: paragraph in “Working with { -newcomers } as partners”
local-p-20eeb85dff806891 = __Close the loop.__ Show participants the results and the evaluation, and ask what should change next time.
# Context: heading
local-h-1fcb65cb32c990e7 = Fair pay within the rules
# Context: paragraph in “Fair pay within the rules”
local-p-22faa39d6e3e9010 = Pay { -newcomers } where others are paid for similar work. But a fee can harm an { -asylum-seeker } if it breaks the rules on work or on support. Before you pay, check with your legal service or a local NGO:
# Context: list item in “Fair pay within the rules”
local-li-bee877195cbd0fa1 = Is the person allowed to work yet? EU law lets member states delay access to work for several months after an asylum application[^reception].
# Context: list item in “Fair pay within the rules”
local-li-caeb7d27b3fd9191 = May the person receive this fee, and how must it be declared?
# Context: list item in “Fair pay within the rules”
local-li-8eaed91feb26ef48 = Will it reduce their reception allowance or other support?
# Context: paragraph in “Fair pay within the rules”
local-p-6c340d87ebdcc2b2 = Where a fee is not allowed, you can usually still cover travel, meals and childcare, or give a certificate or a reference letter. Check vouchers too, as they may count as income. Explain the reason openly. People under { -temporary-protection } and recognised { -refugees } may work, but the rules on tax and allowances still apply to them.
# Context: heading
local-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
local-li-04338f0eb629554c = Map your local actors using the table above, and write down one name for each row.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Organise an internal meeting of municipal departments:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = agree on the facts about newcomers in your town;
# Context: list item in “What you can do”
local-li-8bf06752029391ef = agree on the words you use, based on [the glossary](03-words.md#glossary);
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = name one contact person for questions from residents and media.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Ask the mayor or a senior official to make one clear public statement on welcome and respect this year.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Check whether key municipal information exists in the languages most spoken by newcomers in your town.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Choose one activity that brings residents and newcomers together as equals, and plan it with newcomers from the start. Use the campaign plan in [chapter 5](05-campaign.md).
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = The Common Basic Principles for Immigrant Integration Policy were adopted by the Council of the European Union in 2004. The first principle describes integration as "a dynamic, two-way process of mutual accommodation".
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = The European Commission presented its Action Plan on Integration and Inclusion 2021-2027 in November 2020. It stresses partnership with local and regional authorities and the importance of everyday contact between newcomers and host communities.
# Context: footnote in “What you can do”
local-fn-c90181702983e8ec = Under the Reception Conditions Directive (2013/33/EU), access to work must be granted no later than nine months after the application, if no first decision has been taken by then. The recast Directive (EU) 2024/1346, which applies from June 2026, shortens this to six months.
