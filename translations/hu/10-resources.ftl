### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: hu. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# resources-title-07d9b641 = Checklists, templates and further reading

# Context: heading
# resources-h-c497408f = How to use these tools

# Context: paragraph in “How to use these tools”
# resources-p-e6aae41b = This chapter collects the practical tools from the handbook in one place. Copy them, translate them and adapt them: a checklist that fits on one page is a checklist that gets used.

# Context: heading
# resources-h-82a85ae9 = One-page campaign plan

# Context: paragraph in “One-page campaign plan”
# resources-p-a31a7be5 = Fill in this template with your partners at the start of a campaign. It follows the seven steps of the campaign cycle in [chapter 5](05-campaign.md#cycle).

# Context: table cell in “One-page campaign plan”
# resources-cell-c68bcfea = Step

# Context: table cell in “One-page campaign plan”
# resources-cell-8ded2eae = Question to answer

# Context: table cell in “One-page campaign plan”
# resources-cell-ca7daa35 = Your notes

# Context: table cell in “One-page campaign plan”
# resources-cell-c91a47e8 = Goal

# Context: table cell in “One-page campaign plan”
# resources-cell-d15a2f52 = What should be different after the campaign, and for whom?

# Context: table cell in “One-page campaign plan”
# resources-cell-4628d5d6 = Write one sentence.

# Context: table cell in “One-page campaign plan”
# resources-cell-b92c8f1f = Audience

# Context: table cell in “One-page campaign plan”
# resources-cell-85be58a0 = Which group do we most want to reach? What do they care about? Whom do they trust?

# Context: table cell in “One-page campaign plan”
# resources-cell-2427e815 = Describe one or two groups.

# Context: table cell in “One-page campaign plan”
# resources-cell-dc7f9775 = Message

# Context: table cell in “One-page campaign plan”
# resources-cell-cfada986 = What do we want them to remember?

# Context: table cell in “One-page campaign plan”
# resources-cell-18d17ecb = One sentence, tested with the audience.

# Context: table cell in “One-page campaign plan”
# resources-cell-a2785cd0 = Channels

# Context: table cell in “One-page campaign plan”
# resources-cell-db6e34e9 = Where will they meet our message?

# Context: table cell in “One-page campaign plan”
# resources-cell-c4342208 = Two or three channels.

# Context: table cell in “One-page campaign plan”
# resources-cell-d9c6108d = Partners

# Context: table cell in “One-page campaign plan”
# resources-cell-791c1f54 = Who plans with us, who helps, who spreads the word? Are newcomers among the organisers?

# Context: table cell in “One-page campaign plan”
# resources-cell-5f91f8ad = Names and roles.

# Context: table cell in “One-page campaign plan”
# resources-cell-b415a87b = Budget

# Context: table cell in “One-page campaign plan”
# resources-cell-921bf833 = What do we need in money and in time? What can partners give in kind?

# Context: table cell in “One-page campaign plan”
# resources-cell-98f4a1c5 = Total, reserve, evaluation.

# Context: table cell in “One-page campaign plan”
# resources-cell-b88e6d9d = Evaluation

# Context: table cell in “One-page campaign plan”
# resources-cell-0e972e8a = How will we know what we reached and what changed?

# Context: table cell in “One-page campaign plan”
# resources-cell-81aaeaa4 = Measures and dates.

# Context: table cell in “One-page campaign plan”
# resources-cell-e15af7d2 = Timeline

# Context: table cell in “One-page campaign plan”
# resources-cell-4a250ef6 = When do we start, when do we launch, when do we report?

# Context: table cell in “One-page campaign plan”
# resources-cell-3d301a6b = Key dates.

# Context: heading
# resources-h-e12a85d4 = Checklist: before an event

# Context: list item in “Checklist: before an event”
# resources-li-e6788259 = The event has a clear purpose linked to the campaign goal.

# Context: list item in “Checklist: before an event”
# resources-li-9c9a8ae4 = Newcomers are among the organisers, not only among the guests.

# Context: list item in “Checklist: before an event”
# resources-li-1f690940 = The venue is accessible, free or cheap, and familiar to the audience.

# Context: list item in “Checklist: before an event”
# resources-li-62188913 = Information is available in the main languages of the audience.

# Context: list item in “Checklist: before an event”
# resources-li-2b1cb6ec = The time suits working people and families; childcare is considered.

# Context: list item in “Checklist: before an event”
# resources-li-0b7792e8 = Food and informal moments give people a chance to talk.

# Context: list item in “Checklist: before an event”
# resources-li-b9e4a046 = Photographers know who has and has not agreed to be photographed.

# Context: list item in “Checklist: before an event”
# resources-li-efc60acd = There is a plan in case of disruption or hostile behaviour.

# Context: list item in “Checklist: before an event”
# resources-li-d7c9374f = You know how you will collect feedback.

# Context: heading
# resources-h-f634f254 = Checklist: consent

# Context: list item in “Checklist: consent”
# resources-li-4960ec18 = The person understands what the story, photo or video is for.

# Context: list item in “Checklist: consent”
# resources-li-50220d54 = They know where it will appear: print, online, poster, exhibition.

# Context: list item in “Checklist: consent”
# resources-li-78fe7ca1 = They know that online material can remain visible for a long time.

# Context: list item in “Checklist: consent”
# resources-li-277fdff4 = They have chosen how they will be named and shown.

# Context: list item in “Checklist: consent”
# resources-li-1edcf769 = Risks to them or their family have been discussed, especially during an asylum procedure.

# Context: list item in “Checklist: consent”
# resources-li-f4d5ee7b = For children, parents or guardians have agreed, and the child has been asked too.

# Context: list item in “Checklist: consent”
# resources-li-a602fcdf = Consent is asked again for each new use.

# Context: heading
# resources-h-5fc5d288 = Checklist: media and social media

# Context: list item in “Checklist: media and social media”
# resources-li-7e4b009b = Before an interview:

# Context: list item in “Checklist: media and social media”
# resources-li-d982366b = Do I know the journalist, the outlet and the topic?

# Context: list item in “Checklist: media and social media”
# resources-li-33c0eeac = Do I have two or three key points, with facts and sources?

# Context: list item in “Checklist: media and social media”
# resources-li-12103297 = Have I checked my words against the glossary?

# Context: list item in “Checklist: media and social media”
# resources-li-37263ba8 = If a newcomer will speak, have they agreed and prepared?

# Context: list item in “Checklist: media and social media”
# resources-li-524c6a82 = Before a post:

# Context: list item in “Checklist: media and social media”
# resources-li-1e8eb699 = Is the post about people, local and accurate?

# Context: list item in “Checklist: media and social media”
# resources-li-37f2eacf = Have the people shown given consent for this use?

# Context: list item in “Checklist: media and social media”
# resources-li-074e3ba9 = Is someone ready to moderate comments for the next few hours?

# Context: list item in “Checklist: media and social media”
# resources-li-34e5596b = When a rumour or hateful post appears:

# Context: list item in “Checklist: media and social media”
# resources-li-202aed5c = Document it with a screenshot, date and link.

# Context: list item in “Checklist: media and social media”
# resources-li-f15be0b1 = Report it if it breaks the platform's rules or the law.

# Context: list item in “Checklist: media and social media”
# resources-li-17f4db61 = Reply once, calmly, with facts and a trusted source.

# Context: list item in “Checklist: media and social media”
# resources-li-cc1a5b52 = Support the people targeted.

# Context: paragraph in “Checklist: media and social media”
# resources-p-cec720e2 = Keep the three checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.

# Context: heading
# resources-h-2a37589d = Further reading

# Context: paragraph in “Further reading”
# resources-p-bfbf1639 = These sources are public, reliable and regularly updated.

# Context: list item in “Further reading”
# resources-li-9e4603be = **The CLARINET project website**, { -project-site }, with the project's own materials and news: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
# resources-li-44a62376 = **The European Commission**, which publishes EU policy on migration, asylum and integration, including the Action Plan on Integration and Inclusion 2021-2027: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
# resources-li-696e709e = **The European Website on Integration**, run by the European Commission, with news and a collection of integration practices from across Europe.

# Context: list item in “Further reading”
# resources-li-43380a5a = **The UN Refugee Agency (UNHCR)**, for definitions, legal texts and data on { -refugees } and { -asylum-seekers } worldwide.

# Context: list item in “Further reading”
# resources-li-c90c5064 = **The International Organization for Migration (IOM)**, for its glossary of migration terms and its data on migration routes.

# Context: list item in “Further reading”
# resources-li-5a29f75a = **Eurostat** and **the European Union Agency for Asylum**, for official European statistics on asylum and migration.

# Context: list item in “Further reading”
# resources-li-9ebcd56e = **Your national asylum authority and equality body**, for figures, procedures and support in your own country and language.

# Context: paragraph in “Further reading”
# resources-p-f71cf8ed = Websites change. If a page has moved, search for the name of the organisation and the title of the document. Always check the date of any figure you use.

# Context: heading
# resources-h-9353605e = What you can do

# Context: list item in “What you can do”
# resources-li-ab18ea03 = Print the one-page campaign plan and fill it in at your next partners' meeting.

# Context: list item in “What you can do”
# resources-li-404b6089 = Put the event and consent checklists in the folder of everyone who organises public activities.

# Context: list item in “What you can do”
# resources-li-22994ea2 = Translate the checklists into the languages most spoken by newcomers in your town.

# Context: list item in “What you can do”
# resources-li-65f9f2e4 = Share what you have learned with another town. The exchange of good practice between { -local-communities } was at the heart of { -clarinet }, and it can continue in your hands.
