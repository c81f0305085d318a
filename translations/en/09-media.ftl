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
media-p-ee59cd03b8c78b09 = Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts help when there is sudden bad news.
# Context: heading
media-h-66b70c05fee0e1a8 = Stories, photos and personal data
# Context: paragraph in “Stories, photos and personal data”
media-p-febd1ccc2abcabaa = Real stories and photos bring a campaign to life, but they can also put people at risk. Check the following before you publish anyone's name, face or story, or suggest them for an interview.
# Context: paragraph in “Stories, photos and personal data”
media-p-4ac040ee8a52eec6 = __Consent is a conversation.__ Explain what the material is for, where it will appear, how long you will keep it and who else may use it. Offer choices: first name only, no face, a changed location, or no story at all. Use an interpreter where needed, and give the person time to think. Record the answer with the [consent form in chapter 10](10-resources.md#consent-form). Ask again for each new use: a person who agreed to a photo at a festival has not agreed to a poster.
# Context: paragraph in “Stories, photos and personal data”
media-p-03c775c5fe8ee0f9 = __Saying no must be free.__ Many { -newcomers } depend on the municipality or an NGO for housing, money or advice. Say clearly, and in writing, that refusing has no effect on any service or support.
# Context: paragraph in “Stories, photos and personal data”
media-p-bef7b3f0cdbeea9c = __People can change their mind.__ Under the GDPR, a person can withdraw consent at any time[^gdpr]. You must then stop new uses and remove what you can, such as online posts. Printed books, posters, murals and broadcasts cannot be taken back, so tell people this before they agree.
# Context: paragraph in “Stories, photos and personal data”
media-p-52b772917dd6726d = __Risks linked to asylum.__ While an asylum procedure is open, a public story that differs from the asylum interview, even in small details, can be used to doubt the person's credibility. A name or a face can also be recognised by the people they fled, and put relatives in danger. When in doubt, leave out the name, the face and the journey.
# Context: paragraph in “Stories, photos and personal data”
media-p-df02d5bda2541038 = __Children.__ A child needs the consent of a parent or, if the child is unaccompanied, of the guardian appointed by the authorities. Ask the child too, and respect a "no". UNICEF's guidelines for reporting on children advise changing the name and hiding the identity of refugee or asylum-seeking children wherever there is a risk of harm.
# Context: paragraph in “Stories, photos and personal data”
media-p-6d657eceb5dd360e = __Personal data.__ A photo, video or story of a person who can be recognised is personal data. For a campaign, the legal basis is usually consent (GDPR Article 6). Ethnic origin, religion, political opinions and health are "special categories" that need explicit consent (Article 9). Agree who keeps the material, for how long and who may receive it, and delete it when that time ends. Every public authority has a data protection officer (Article 37): ask yours for advice before the campaign starts.
# Context: heading
media-h-b904a77155606517 = Social media
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Social media let towns speak directly to residents, quickly and cheaply, but they also carry rumours and hostility faster than any other channel. A few principles help:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Post regularly, not only in crises.__ A steady flow of everyday stories builds an audience that knows and trusts you before something difficult happens.
# Context: list item in “Social media”
media-li-4996cbe7525622a8 = __Write a moderation policy__ and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone. A sample policy is in [chapter 10](10-resources.md#moderation-policy).
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Moderate actively__, especially in the first hours after a post. Hide or delete comments that break your rules, and reply to honest questions with facts.
# Context: heading
media-h-588bc7bba18e6775 = Countering misinformation
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = False claims about migration spread easily because they play on fear. Typical examples are claims that newcomers receive more benefits than residents, or that a crime was committed by "a migrant" when it was not.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Respond quickly__ with accurate information from a trusted source. The longer a rumour circulates unanswered, the harder it is to correct.
# Context: list item in “Countering misinformation”
media-li-daefe32337bed2e2 = __Lead with the truth.__ State the fact first. Warn that a false claim follows, mention it once, and explain why it is wrong. Then repeat the fact. Do not repeat the false claim in a headline.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Use trusted messengers.__ A local doctor, headteacher or police officer may be more convincing than the municipality or an NGO.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Address the worry, not only the error.__ Behind many rumours lies a real concern, about housing, safety or fairness. Take that concern seriously.
# Context: paragraph in “Countering misinformation”
media-p-e0d4434c5c5a3e07 = Do not argue endlessly with a few very active accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
# Context: heading
media-h-b46fce82289f0239 = Responding to hate speech
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Hate speech attacks people because of who they are. It harms those it targets, frightens others and, if left unanswered, makes hostility seem normal. In EU countries, public incitement to violence or hatred against a group defined by race, colour, religion, descent or national or ethnic origin is a criminal offence[^framework]. Much hateful content falls below that threshold but still breaks the rules of platforms and of decent public debate.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = What local actors can do:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Document__ hateful posts with screenshots, dates and links before they disappear.
# Context: list item in “Responding to hate speech”
media-li-f2acff311f7febe1 = __Report__ them to the platform through its reporting form, and, where they may be illegal, to the police or a national equality body. Under the Digital Services Act, platforms must act on reports of illegal content. Reports from recognised "trusted flaggers", often NGOs, must be handled with priority[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Support__ the people targeted. Contact them privately, ask what they need, and show publicly that the community stands with them.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Respond__ with a clear public message from a respected voice: hate has no place in our town.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Do not amplify.__ Avoid quoting hateful words in full, and never share them just to condemn them.
# Context: heading
media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-05d0c31aa30431da = What you say in the first hours shapes the story for weeks. Decide now who will speak, who will check facts and who will watch social media. When something happens, check the facts first. Show sympathy for any victims, and never blame a group for the act of one person. Say when the next update will come, and protect the people who are being targeted.
# Context: paragraph in “When something goes wrong: the first 72 hours”
media-p-38397186eb8f8217 = The [checklist for the first 72 hours](10-resources.md#crisis-checklist) and a holding statement template are in chapter 10.
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
media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).
# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Use the checklists in [chapter 10](10-resources.md#media-checklist) before every interview and every post about named people.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Council Framework Decision 2008/913/JHA of 28 November 2008 on combating certain forms and expressions of racism and xenophobia by means of criminal law requires EU member states to punish such conduct.
# Context: footnote in “What you can do”
media-fn-abaa73d7e8a24f57 = The Digital Services Act (Regulation (EU) 2022/2065) has applied in full since 17 February 2024. It requires online platforms to offer a way to report illegal content and to act on such reports. In each country, the Digital Services Coordinator awards the status of trusted flagger, and the European Commission publishes a list. In January 2025 a revised "Code of conduct on countering illegal hate speech online +", which follows the 2016 code, was integrated into the framework of the Act.
# Context: footnote in “What you can do”
media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.
