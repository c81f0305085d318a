### handbook/chapters/03-words.md — Words matter
### Language: sl. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
# words-title-99393f6a = Words matter

# Context: heading
# words-h-6d11659b = Why words matter

# Context: paragraph in “Why words matter”
# words-p-1e8fb6b5 = The words we use about people shape how others see them. Call someone a "flood" or a "wave", and listeners picture a disaster to be held back. Call the same person a nurse, a neighbour or a parent, and they picture a human being. Words also carry legal meanings: whether a person is a { -refugee }, an { -asylum-seeker } or a { -migrant } can decide whether they may stay, work or bring their family.

# Context: paragraph in “Why words matter”
# words-p-06f92181 = Accurate language is not about being polite. It is about being right. A local newspaper that calls every newcomer "illegal" is simply wrong about most of them. Getting the words right is the cheapest and quickest improvement any local communicator can make.

# Context: paragraph in “Why words matter”
# words-p-75d04f15 = This chapter explains the key terms, which are used consistently in every language version of this handbook.

# Context: heading
# words-h-b04bf22f = The three words people mix up most

# Context: heading
# words-h-bc0885e6 = Refugee

# Context: paragraph in “Refugee”
# words-p-a666f2f6 = A { -refugee } is a person who has had to leave their country because of a well-founded fear of persecution for reasons of race, religion, nationality, political opinion or membership of a particular social group, and who cannot or will not, because of that fear, seek the protection of their own country. This definition comes from the 1951 Convention relating to the Status of Refugees[^convention]. In everyday speech the word is also used more widely for people fleeing war and violence, and international law gives them protection too.

# Context: heading
# words-h-b09f4651 = Asylum seeker

# Context: paragraph in “Asylum seeker”
# words-p-f370bd9c = An { -asylum-seeker } is a person who has asked for international protection in another country and is waiting for a decision. Not every asylum seeker will be recognised as a { -refugee } in the end, but every recognised refugee was once an asylum seeker. Asking for asylum is a right, not a crime.

# Context: heading
# words-h-154e9718 = Migrant

# Context: paragraph in “Migrant”
# words-p-9353fc8a = "Migrant" is the broadest of the three terms. There is no single legal definition. International organisations use it as an umbrella term for anyone who moves away from their usual place of residence, within a country or across a border, for any reason and for any length of time[^iom-def]. Students, seasonal workers, people joining their families and people fleeing war can all be { -migrants }. Because the word is so wide, use it with care: if you know that the people you are talking about are { -refugees } or { -asylum-seekers }, say so.

# Context: paragraph in “Migrant”
# words-p-4927dc2d = When in doubt, describe the person, not the category. "A young man from Afghanistan who arrived two years ago and now works in a garage" is more accurate, and much more interesting, than any label.

# Context: heading
# words-h-940caa36 = Glossary

# Context: paragraph in “Glossary”
# words-p-00e42605 = The table below covers the terms that come up most often in local communication. The third column gives expressions to prefer and to avoid.

# Context: table cell in “Glossary”
# words-cell-3e987aec = Term

# Context: table cell in “Glossary”
# words-cell-0de1cea6 = What it means

# Context: table cell in “Glossary”
# words-cell-e6167397 = Prefer / avoid

# Context: table cell in “Glossary”
# words-cell-8a2d7f21 = { -migrant }

# Context: table cell in “Glossary”
# words-cell-25a9704a = Umbrella term for a person who moves away from their usual place of residence, for any reason and for any length of time.

# Context: table cell in “Glossary”
# words-cell-ffc7f288 = Prefer: "migrant", or the person's actual situation (worker, student, family member). Avoid: using it for people whose refugee status you know.

# Context: table cell in “Glossary”
# words-cell-80dda940 = { -refugee }

# Context: table cell in “Glossary”
# words-cell-8021ad9a = A person who fled persecution, war or violence and is protected by international law; in the strict sense, a person recognised under the 1951 Convention.

# Context: table cell in “Glossary”
# words-cell-a17dca42 = Prefer: "refugee" when the status is recognised or the person clearly fled danger. Avoid: "bogus refugee", "so-called refugee".

# Context: table cell in “Glossary”
# words-cell-87463fb7 = { -asylum-seeker }

# Context: table cell in “Glossary”
# words-cell-098604c8 = A person who has asked for international protection and is waiting for a decision.

# Context: table cell in “Glossary”
# words-cell-fe1c4052 = Prefer: "asylum seeker", "person seeking protection". Avoid: "illegal", "false asylum seeker".

# Context: table cell in “Glossary”
# words-cell-d4d1cfe5 = beneficiary of international protection

# Context: table cell in “Glossary”
# words-cell-c36c0cd8 = A person who has been granted refugee status or subsidiary protection in an EU country.

# Context: table cell in “Glossary”
# words-cell-2385d60e = Prefer: this term in official texts; "refugee" in everyday speech.

# Context: table cell in “Glossary”
# words-cell-6ef134b7 = subsidiary protection

# Context: table cell in “Glossary”
# words-cell-e25e040a = Protection for a person who does not qualify as a refugee but would face a real risk of serious harm if sent back.

# Context: table cell in “Glossary”
# words-cell-9bef5378 = Prefer: explain it briefly when you use it; most readers do not know it.

# Context: table cell in “Glossary”
# words-cell-7ffc1436 = irregular migrant

# Context: table cell in “Glossary”
# words-cell-57a635f1 = A person who entered or stays in a country without the required authorisation.

# Context: table cell in “Glossary”
# words-cell-15eccf25 = Prefer: "irregular" or "undocumented". Avoid: "illegal migrant", "illegals": actions can be illegal, people cannot.

# Context: table cell in “Glossary”
# words-cell-96efc7c7 = unaccompanied minor

# Context: table cell in “Glossary”
# words-cell-33136488 = A child under 18 who arrives without a parent or other responsible adult.

# Context: table cell in “Glossary”
# words-cell-9da4efca = Prefer: "unaccompanied child". Avoid: doubting a child's age in public without evidence.

# Context: table cell in “Glossary”
# words-cell-1799e586 = person with a migrant background

# Context: table cell in “Glossary”
# words-cell-aae8b353 = A resident who migrated, or whose parents did. Often a citizen.

# Context: table cell in “Glossary”
# words-cell-8acb743c = Prefer: the person's own description of themselves. Avoid: "foreigner" for people who are citizens.

# Context: table cell in “Glossary”
# words-cell-86f1bddb = { -integration }

# Context: table cell in “Glossary”
# words-cell-1068edef = A two-way process in which newcomers and the receiving community adapt to each other, with rights and obligations on both sides.

# Context: table cell in “Glossary”
# words-cell-49ea3505 = Prefer: "integration", "inclusion", "taking part". Avoid: "assimilation" when you mean integration.

# Context: table cell in “Glossary”
# words-cell-7a6913b7 = { -local-community }

# Context: table cell in “Glossary”
# words-cell-3b8c7bd4 = The residents, organisations and institutions of a town or area, including newcomers.

# Context: table cell in “Glossary”
# words-cell-408972b1 = Prefer: wording that includes newcomers in "us". Avoid: "locals versus migrants".

# Context: table cell in “Glossary”
# words-cell-0d029014 = { -hate-speech }

# Context: table cell in “Glossary”
# words-cell-275d63ab = Expression that spreads, incites, promotes or justifies hatred against people because of who they are, such as their origin, religion or skin colour.

# Context: table cell in “Glossary”
# words-cell-fe96aaf2 = Prefer: naming it clearly and calmly. Avoid: repeating hateful words in headlines, even to criticise them.

# Context: paragraph in “Glossary”
# words-p-41844af3 = Legal definitions differ slightly between countries and change over time. For official texts, check the wording used by your national asylum authority. For public communication, the simple definitions above are accurate enough.

# Context: heading
# words-h-0581156d = Words to handle with care

# Context: paragraph in “Words to handle with care”
# words-p-1c973087 = Some words are not wrong in themselves but create a picture that is stronger than the facts.

# Context: list item in “Words to handle with care”
# words-li-a747657f = **Water metaphors**: "wave", "flood", "flow", "influx". They turn people into a force of nature and suggest that the only possible response is a dam. Use "arrivals" or the actual number, with a source.

# Context: list item in “Words to handle with care”
# words-li-8e528b03 = **War metaphors**: "invasion", "siege". They suggest that newcomers are enemies.

# Context: list item in “Words to handle with care”
# words-li-aa1e5a92 = **Numbers without context**: "thousands arrived" sounds alarming; "thousands arrived, in a region of several million people" may not. Give the scale.

# Context: list item in “Words to handle with care”
# words-li-3e19d820 = **"Crisis"**: the word is sometimes justified, for example for a reception system that is overwhelmed. It is rarely accurate as a description of people.

# Context: paragraph in “Words to handle with care”
# words-p-42d9d57f = Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.

# Context: heading
# words-h-8d81b72b = Let people name themselves

# Context: paragraph in “Let people name themselves”
# words-p-b6b448bf = Labels are given by others; names are chosen. When you work with newcomers on a campaign or an article, ask how they want to be described. Some are proud to be called { -refugees }; others prefer to be known by their profession or first name. Some will not want their status mentioned at all, because it could put relatives at risk.

# Context: paragraph in “Let people name themselves”
# words-p-95f9335e = Respect these choices, and always ask for consent before publishing a person's name, face or story. [Chapter 9](09-media.md#consent) says more about consent.

# Context: heading
# words-h-9353605e = What you can do

# Context: list item in “What you can do”
# words-li-1781802d = Print the glossary table and put it next to the desk of whoever writes press releases and social media posts in your organisation.

# Context: list item in “What you can do”
# words-li-afe6ca48 = Review the last five public texts your organisation published about migration. Underline every label and check it against the glossary.

# Context: list item in “What you can do”
# words-li-9fde9556 = Agree on a short style note for your town or organisation:

# Context: list item in “What you can do”
# words-li-7088d2c3 = which terms you use;

# Context: list item in “What you can do”
# words-li-0c7cd679 = which terms you avoid;

# Context: list item in “What you can do”
# words-li-523b9b21 = who to ask when in doubt.

# Context: list item in “What you can do”
# words-li-b1535273 = Invite a newcomer to read your next text before it is published and tell you how it sounds.

# Context: footnote in “What you can do”
# words-fn-272d3bb4 = The 1951 Convention relating to the Status of Refugees and its 1967 Protocol are the central texts of international refugee law. All EU member states are parties to them.

# Context: footnote in “What you can do”
# words-fn-6a8c922e = This is, in substance, the working definition used by the International Organization for Migration (IOM), which notes that "migrant" is not defined in international law.
