# handbook/chapters/09-media.md — Working with media and social media
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
media-title-414cfe9da5330f48 = Working with media and social media
# Context: heading
media-h-2cf19668a799d0f4 = Local media matter
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Local newspapers, radio stations and news websites shape how a town sees itself. Residents who distrust national media often still follow local ones. When local media report on newcomers fairly and personally, they do more for { -integration } than many official campaigns.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Journalists work under pressure and often know little about asylum and migration. Most want to get the story right; help them do so.
# Context: heading
media-h-b0c52e0dd89cea9f = Working with journalists
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Be available.__ Name one contact person for migration questions and make sure journalists know who it is. A quick, honest answer prevents a story built on rumours.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Be accurate.__ Give facts with their sources and dates. If you do not know, say so and promise to find out.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Offer stories, not only statements.__ Suggest a newcomer who runs a business, a teacher whose class has changed, a volunteer with a long memory, always with their consent.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Share the glossary.__ A friendly note with [the glossary](03-words.md#glossary) helps reporters use the right words.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Correct politely.__ If a report contains errors, contact the journalist or editor with the correct facts. Most media prefer a quiet correction to a public dispute.
# Context: paragraph in “Working with journalists”
media-p-fd6faba9853a564a = Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
# Context: heading
media-h-70af929e8af967be = Consent and safety
# Context: paragraph in “Consent and safety”
media-p-2c284522829e8f5a = Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
# Context: paragraph in “Consent and safety”
media-p-94f8ab9a4818d045 = Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
# Context: heading
media-h-b904a77155606517 = Social media
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Social media let towns speak directly to residents, quickly and cheaply, but they also carry rumours and hostility faster than any other channel. A few principles help:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Post regularly, not only in crises.__ A steady flow of everyday stories builds an audience that knows and trusts you before something difficult happens.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Use people and images.__ Short videos, photos and quotes from residents and newcomers travel further than official announcements.
# Context: list item in “Social media”
media-li-9f35f64de75024a5 = __Write a moderation policy__ and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderate actively__, especially in the first hours after a post. Hide or delete comments that break your rules, and reply to honest questions with facts.
# Context: heading
media-h-588bc7bba18e6775 = Countering misinformation
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = False claims about migration spread easily because they play on fear. Typical examples are claims that newcomers receive more benefits than residents, or that a crime was committed by "a migrant" when it was not.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Respond quickly__ with accurate information from a trusted source. The longer a rumour circulates unanswered, the harder it is to correct.
# Context: list item in “Countering misinformation”
media-li-3fa7160b29fece64 = __Lead with the truth.__ State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Use trusted messengers.__ A local doctor, headteacher or police officer may be more convincing than the municipality or an NGO.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Address the worry, not only the error.__ Behind many rumours lies a real concern, about housing, safety or fairness. Take that concern seriously.
# Context: paragraph in “Countering misinformation”
media-p-fbaead17fe043e7a = Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
# Context: heading
media-h-b46fce82289f0239 = Responding to hate speech
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Hate speech attacks people because of who they are. It harms those it targets, frightens others and, if left unanswered, makes hostility seem normal. In EU countries, public incitement to violence or hatred against a group defined by race, colour, religion, descent or national or ethnic origin is a criminal offence[^framework]. Much hateful content falls below that threshold but still breaks the rules of platforms and of decent public debate.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = What local actors can do:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Document__ hateful posts with screenshots, dates and links before they disappear.
# Context: list item in “Responding to hate speech”
media-li-404e3cd60b719c07 = __Report__ them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Support__ the people targeted. Contact them privately, ask what they need, and show publicly that the community stands with them.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Respond__ with a clear public message from a respected voice: hate has no place in our town.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Do not amplify.__ Avoid quoting hateful words in full, and never share them just to condemn them.
# Context: paragraph in “Responding to hate speech”
media-p-f88084a0d5f3d4b5 = Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
# Context: heading
media-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Name a media contact person for migration questions and tell local journalists.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Send local editors the glossary and an offer to meet.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Write and publish a moderation policy for your social media channels.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = List the three most common rumours about migration in your town and prepare a short, sourced answer to each.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = Agree on a hate speech response plan with your partners, using the steps above.
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Use the checklists in [chapter 10](10-resources.md#media-checklist) before every interview and every post about named people.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Council Framework Decision 2008/913/JHA of 28 November 2008 on combating certain forms and expressions of racism and xenophobia by means of criminal law requires EU member states to punish such conduct.
# Context: footnote in “What you can do”
media-fn-bed367bbdc20677b = In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
