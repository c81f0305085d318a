# handbook/chapters/10-resources.md — Checklists, templates and further reading
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
resources-title-6f70fd91168a1858 = Checklists, templates and further reading
# Context: heading
resources-h-555c87bec75af099 = How to use these tools
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = This chapter collects the practical tools from the handbook in one place. Copy them, translate them and adapt them: a checklist that fits on one page is a checklist that gets used.
# Context: heading
resources-h-614c98740e77fecc = One-page campaign plan
# Context: paragraph in “One-page campaign plan”
resources-p-270d02bec92c9dc5 = Fill in this template with your partners at the start of a campaign. It follows the seven steps of the campaign cycle in [chapter 5](05-campaign.md#cycle), plus a timeline.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Step
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Question to answer
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = What to write
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Your notes
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Goal
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = What should be different after the campaign, and for whom?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Write one sentence.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Audience
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Which group do we most want to reach? What do they care about? Whom do they trust?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Describe one or two groups.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Message
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = What do we want them to remember?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = One sentence, tested with the audience.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Channels
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Where will they meet our message?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Two or three channels.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Partners
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Who plans with us, who helps, who spreads the word? Are newcomers among the organisers?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Names and roles.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Budget
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = What do we need in money and in time? What can partners give in kind?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Total, reserve, evaluation.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Evaluation
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = How will we know what we reached and what changed?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Measures and dates.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Timeline
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = When do we start, when do we launch, when do we report?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Key dates.
# Context: heading
resources-h-c7a40883f0223305 = Campaign toolkit
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Copy these templates and fill them in with your partners.
# Context: heading
resources-h-fb7298a36f8984f9 = Message house
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = See [chapter 5](05-campaign.md#message-framework) for how to use it.
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Part
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Your text
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Core message (the roof)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = Supporting point 1, with a local fact or story
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = Supporting point 2, with a local fact or story
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = Supporting point 3, with a local fact or story
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Messengers
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Call to action
# Context: heading
resources-h-1c6225ec7092ad2f = Budget
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Cost
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = Cash
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = In kind
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Who pays or gives it
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Staff time
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Design and printing
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Venues
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Interpretation and translation
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Fees for { -newcomers }, artists and speakers
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Accessibility: captions, easy-to-read versions, sign language
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Food and drinks
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Advertising
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Reserve for the unexpected
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Total
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Some large platforms no longer accept paid ads on social issues in the EU, and migration can count as one. Check their rules before you budget for ads.
# Context: heading
resources-h-3cdfa37b13de1454 = Indicators
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Choose at least one indicator for each level, and measure the baseline before the campaign starts.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Level
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Indicator
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Baseline
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Data source
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Date
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Activities: what we did
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Reach: whom we reached
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Change: what changed
# Context: heading
resources-h-eef9a484f57a8412 = Before-and-after survey
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Ask the same five questions, anonymously, before and after the campaign.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = How many { -newcomers } in our town do you know by name? (none, one or two, three or more)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = In the last month, have you talked with a { -newcomer } for more than a few minutes? (yes, no)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = Do you agree: "People who moved here from other countries contribute to life in our town"? (strongly disagree, disagree, not sure, agree, strongly agree)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = Where do you get most of your news about migration? (local media, national media, social media, friends and family, other)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = What would help people in our town live well together? (open answer)
# Context: heading
resources-h-f5a1f30c9a371afd = Press release
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = A media advisory, which invites journalists to an event, needs only what, when, where, who will speak and what they can film. A press release needs more:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = What it contains
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Headline
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = What is new, in a few words, with people in it
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = First paragraph
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Who, what, when, where and why
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Quote
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = A named person, with their consent
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Details
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Facts with sources; how residents can take part
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Contact
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Name, phone and email
# Context: heading
resources-h-b8d42c5beab24b97 = Style note
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = We say
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = We avoid
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = Why
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = Who to ask when in doubt
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = Date of next review
# Context: heading
resources-h-55d093b1096256ee = Checklist: before an event
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = The event has a clear purpose linked to the campaign goal.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Newcomers are among the organisers, not only among the guests.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = The venue is accessible, free or cheap, and familiar to the audience.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = The time suits working people and families; childcare is considered.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Food and informal moments give people a chance to talk.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Photographers know who has and has not agreed to be photographed.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = There is a plan in case of disruption or hostile behaviour.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = You know how you will collect feedback.
# Context: heading
resources-h-98442a3b8f52e9d8 = Checklist: accessible materials and events
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = Texts use plain language and short sentences.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = Key information exists in the languages of the audience, including those of { -newcomers }.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = The most important texts have an easy-to-read version.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = Images have alt text, and videos have captions.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = Text has strong contrast and a font size that is easy to read.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = PDF files are accessible documents, not scanned images.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = The venue has step-free access.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Sign-language and other interpreters can be booked, and invitations say how.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = Municipal websites and apps must already meet the Web Accessibility Directive (EU) 2016/2102. The PDF of this handbook follows the PDF/UA standard for accessible documents.
# Context: heading
resources-h-c73ec4c76ee4bacd = Consent form
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = This form records consent as described in [chapter 9](09-media.md#consent). Translate it into the languages that { -newcomers } in your town speak, for example Arabic, Dari, Farsi, Ukrainian or French. Read it aloud with an interpreter if needed, and give the person a copy.
# Context: heading
resources-h-0d83b9fad7993fb6 = Agreement to use my story, photo or video
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Question
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Answer
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Who is asking? Organisation and contact person
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = What will be made? A story, photo, video or artwork
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Where will it appear?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = How long will it be used and kept?
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Who else may use it?
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = My choices:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = You may use my full name.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = You may use my first name only.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Do not use my name.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = You may show my face.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Do not show my face.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = You may say which country I come from.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = You may mention my legal status.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = You may use it in print. I understand that print cannot be taken back.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = My rights:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = I can say no. Saying no will not change any help or service I receive.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = I can change my mind at any time by telling the contact person. You will then stop using the material and remove it online where you can.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = Printed material, murals and broadcasts cannot be taken back.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = You will keep this form and the material safely, and delete them when the agreed time ends.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Who
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Name
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Signature
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = The person
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Parent or legal guardian, for a child
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Interpreter, if any
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = For the organisation
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = For a child: the child has been asked, in words suited to their age, and agrees.
# Context: heading
resources-h-77f96f56a2faf03e = Checklist: media and social media
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Before an interview:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Do I know the journalist, the outlet and the topic?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Do I have two or three key points, with facts and sources?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Have I checked my words against the glossary?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = If a newcomer will speak, have they agreed and prepared?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Before a post:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Is the post about people, local and accurate?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Have the people shown given consent for this use?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Is someone ready to moderate comments for the next few hours?
# Context: heading
resources-h-772774b7a6501a2f = Sample moderation policy
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = A public authority must treat all opinions equally. Remove comments only when they break a published rule, never because of the view they express, and keep a record of each removal. Adapt the sample below, and ask your legal service to check it.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = This page is for residents to talk about life in our town. We welcome questions, opinions and criticism, including criticism of the municipality. We hide or remove comments that:
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = insult, threaten or harass a person;
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = contain { -hate-speech } or call for violence;
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = share other people's personal data;
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = are spam, advertising or otherwise illegal.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = These rules apply to everyone, whatever their opinion. We record each removal and the reason, and we may block repeat offenders after a warning. We report content that may be illegal. If you think we removed your comment by mistake, write to us and we will look at it again.
# Context: heading
resources-h-8cad337bcd2b57e0 = Checklist: the first 72 hours
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = Use it with the section on crises in [chapter 9](09-media.md#crisis).
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Before: a spokesperson, a fact checker, a social media monitor and a contact for the people affected are named, each with a deputy.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Before: a holding statement is ready to adapt.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = First hour: the facts are checked with the police or other authorities.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = First hour: we have said what happened, shown sympathy for victims and blamed no group.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = First hour: we have said when the next update will come.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = First day: local journalists have been briefed together.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = First day: origin or status is named only when relevant and confirmed.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = First day: our channels are moderated, and hateful posts are documented.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = First day: the people targeted have been contacted and asked what they need.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = Afterwards: a public meeting is held, promises are kept and the plan is reviewed.
# Context: heading
resources-h-8c0c387f3679ae79 = Holding statement
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = Publish this short first message within the first hour, and check every fact first.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = What we know: confirmed facts only, with the time
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = Our sympathy for victims and those affected
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = What we are doing, and with whom
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = When and where the next update will appear
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = A call for calm and respect
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Contact for journalists
# Context: heading
resources-h-4082f515b2f4929c = Further reading
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = These sources are public, reliable and regularly updated.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __The CLARINET project website__, { -project-site }, with the project's own materials and news: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __The European Commission__, which publishes EU policy on migration, asylum and integration, including the Action Plan on Integration and Inclusion 2021-2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __The European Website on Integration__, run by the European Commission, with news and a collection of integration practices from across Europe.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __The UN Refugee Agency (UNHCR)__, for definitions, legal texts and data on { -refugees } and { -asylum-seekers } worldwide.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __The International Organization for Migration (IOM)__, for its glossary of migration terms and its data on migration routes.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Eurostat__ and **the European Union Agency for Asylum**, for official European statistics on asylum and migration.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Your national asylum authority and equality body__, for figures, procedures and support in your own country and language.
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__, by Stephan Lewandowsky and other researchers, on how to correct false claims.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __The Council of Europe's Intercultural Cities programme__, with its handbook and guides on countering rumours about diversity.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Websites change. If a page has moved, search for the name of the organisation and the title of the document. Always check the date of any figure you use.
# Context: heading
resources-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Print the one-page campaign plan and fill it in at your next partners' meeting.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Put the event checklist and the consent form in the folder of everyone who organises public activities.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Share what you have learned with another town. The exchange of good practice between { -local-communities } was at the heart of { -clarinet }, and it can continue in your hands.
