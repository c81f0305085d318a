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
resources-p-07656a676e5fab74 = Fill in this template with your partners at the start of a campaign. It follows the seven steps of the campaign cycle in [chapter 5](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Step
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Question to answer
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
resources-h-55d093b1096256ee = Checklist: before an event
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = The event has a clear purpose linked to the campaign goal.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Newcomers are among the organisers, not only among the guests.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = The venue is accessible, free or cheap, and familiar to the audience.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Information is available in the main languages of the audience.
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
resources-h-e7bad87c6d9edf07 = Checklist: consent
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = The person understands what the story, photo or video is for.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = They know where it will appear: print, online, poster, exhibition.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = They know that online material can remain visible for a long time.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = They have chosen how they will be named and shown.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Risks to them or their family have been discussed, especially during an asylum procedure.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = For children, parents or guardians have agreed, and the child has been asked too.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Consent is asked again for each new use.
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
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = When a rumour or hateful post appears:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Document it with a screenshot, date and link.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Report it if it breaks the platform's rules or the law.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Reply once, calmly, with facts and a trusted source.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Support the people targeted.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = Keep the three checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
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
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Websites change. If a page has moved, search for the name of the organisation and the title of the document. Always check the date of any figure you use.
# Context: heading
resources-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Print the one-page campaign plan and fill it in at your next partners' meeting.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Put the event and consent checklists in the folder of everyone who organises public activities.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Translate the checklists into the languages most spoken by newcomers in your town.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Share what you have learned with another town. The exchange of good practice between { -local-communities } was at the heart of { -clarinet }, and it can continue in your hands.
