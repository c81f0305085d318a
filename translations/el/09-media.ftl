### handbook/chapters/09-media.md — Working with media and social media
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# media-title-fcd99ea0 = Working with media and social media

# Context: heading
# media-h-4695ba26 = Local media matter

# Context: paragraph in “Local media matter”
# media-p-ed4ba42b = Local newspapers, radio stations and news websites shape how a town sees itself. Residents who distrust national media often still follow local ones. When local media report on newcomers fairly and personally, they do more for { -integration } than many official campaigns.

# Context: paragraph in “Local media matter”
# media-p-98018864 = Journalists work under pressure and often know little about asylum and migration. Most want to get the story right; help them do so.

# Context: heading
# media-h-9f505be9 = Working with journalists

# Context: list item in “Working with journalists”
# media-li-4149d813 = **Be available.** Name one contact person for migration questions and make sure journalists know who it is. A quick, honest answer prevents a story built on rumours.

# Context: list item in “Working with journalists”
# media-li-e9a89348 = **Be accurate.** Give facts with their sources and dates. If you do not know, say so and promise to find out.

# Context: list item in “Working with journalists”
# media-li-253ba59d = **Offer stories, not only statements.** Suggest a newcomer who runs a business, a teacher whose class has changed, a volunteer with a long memory, always with their consent.

# Context: list item in “Working with journalists”
# media-li-04438ec3 = **Share the glossary.** A friendly note with [the glossary](03-words.md#glossary) helps reporters use the right words.

# Context: list item in “Working with journalists”
# media-li-89d12571 = **Correct politely.** If a report contains errors, contact the journalist or editor with the correct facts. Most media prefer a quiet correction to a public dispute.

# Context: paragraph in “Working with journalists”
# media-p-9f98ab50 = Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.

# Context: heading
# media-h-e76f4d07 = Consent and safety

# Context: paragraph in “Consent and safety”
# media-p-15391ed4 = Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.

# Context: paragraph in “Consent and safety”
# media-p-abd3c487 = Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.

# Context: heading
# media-h-187f95d6 = Social media

# Context: paragraph in “Social media”
# media-p-f5b52a23 = Social media let towns speak directly to residents, quickly and cheaply, but they also carry rumours and hostility faster than any other channel. A few principles help:

# Context: list item in “Social media”
# media-li-95081235 = **Post regularly, not only in crises.** A steady flow of everyday stories builds an audience that knows and trusts you before something difficult happens.

# Context: list item in “Social media”
# media-li-7d9d5c4e = **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.

# Context: list item in “Social media”
# media-li-f9ab12f0 = **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.

# Context: list item in “Social media”
# media-li-7d4717b6 = **Moderate actively**, especially in the first hours after a post. Hide or delete comments that break your rules, and reply to honest questions with facts.

# Context: heading
# media-h-90e85c6b = Countering misinformation

# Context: paragraph in “Countering misinformation”
# media-p-2fdf63ed = False claims about migration spread easily because they play on fear. Typical examples are claims that newcomers receive more benefits than residents, or that a crime was committed by "a migrant" when it was not.

# Context: list item in “Countering misinformation”
# media-li-bdfd4e77 = **Respond quickly** with accurate information from a trusted source. The longer a rumour circulates unanswered, the harder it is to correct.

# Context: list item in “Countering misinformation”
# media-li-c55bbe8d = **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.

# Context: list item in “Countering misinformation”
# media-li-d0544131 = **Use trusted messengers.** A local doctor, headteacher or police officer may be more convincing than the municipality or an NGO.

# Context: list item in “Countering misinformation”
# media-li-a1c75a9d = **Address the worry, not only the error.** Behind many rumours lies a real concern, about housing, safety or fairness. Take that concern seriously.

# Context: paragraph in “Countering misinformation”
# media-p-737ffce4 = Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.

# Context: heading
# media-h-72d5faae = Responding to hate speech

# Context: paragraph in “Responding to hate speech”
# media-p-866067f1 = Hate speech attacks people because of who they are. It harms those it targets, frightens others and, if left unanswered, makes hostility seem normal. In EU countries, public incitement to violence or hatred against a group defined by race, colour, religion, descent or national or ethnic origin is a criminal offence[^framework]. Much hateful content falls below that threshold but still breaks the rules of platforms and of decent public debate.

# Context: paragraph in “Responding to hate speech”
# media-p-ba11ef43 = What local actors can do:

# Context: list item in “Responding to hate speech”
# media-li-89f53a7c = **Document** hateful posts with screenshots, dates and links before they disappear.

# Context: list item in “Responding to hate speech”
# media-li-17b53766 = **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].

# Context: list item in “Responding to hate speech”
# media-li-9bc0c9c1 = **Support** the people targeted. Contact them privately, ask what they need, and show publicly that the community stands with them.

# Context: list item in “Responding to hate speech”
# media-li-a1df97f0 = **Respond** with a clear public message from a respected voice: hate has no place in our town.

# Context: list item in “Responding to hate speech”
# media-li-ed818970 = **Do not amplify.** Avoid quoting hateful words in full, and never share them just to condemn them.

# Context: paragraph in “Responding to hate speech”
# media-p-f2322ab3 = Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.

# Context: heading
# media-h-9353605e = What you can do

# Context: list item in “What you can do”
# media-li-f34faced = Name a media contact person for migration questions and tell local journalists.

# Context: list item in “What you can do”
# media-li-0ce914bb = Send local editors the glossary and an offer to meet.

# Context: list item in “What you can do”
# media-li-7d115350 = Write and publish a moderation policy for your social media channels.

# Context: list item in “What you can do”
# media-li-3cc65306 = List the three most common rumours about migration in your town and prepare a short, sourced answer to each.

# Context: list item in “What you can do”
# media-li-f2d11a94 = Agree on a hate speech response plan with your partners, using the steps above.

# Context: list item in “What you can do”
# media-li-14a59d9e = Use the checklists in [chapter 10](10-resources.md#media-checklist) before every interview and every post about named people.

# Context: footnote in “What you can do”
# media-fn-a81b8ed3 = Council Framework Decision 2008/913/JHA of 28 November 2008 on combating certain forms and expressions of racism and xenophobia by means of criminal law requires EU member states to punish such conduct.

# Context: footnote in “What you can do”
# media-fn-0a56f36d = In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
