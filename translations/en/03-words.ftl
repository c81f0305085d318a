# handbook/chapters/03-words.md — Words matter
# The source text, written by `handbook sync` from the Markdown (message id scheme 2).

# Context: chapter title
words-title-76d2d7610995b41d = Words matter
# Context: heading
words-h-f3b863a6af7c5b08 = Why words matter
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = The words we use about people shape how others see them. Call someone a "flood" or a "wave", and listeners picture a disaster to be held back. Call the same person a nurse, a neighbour or a parent, and they picture a human being. Words also carry legal meanings: whether a person is a { -refugee }, an { -asylum-seeker } or a { -migrant } can decide whether they may stay, work or bring their family.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = Accurate language is not about being polite. It is about being right. A local newspaper that calls every newcomer "illegal" is simply wrong about most of them. Getting the words right is the cheapest and quickest improvement any local communicator can make.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = This chapter explains the key terms, which are used consistently in every language version of this handbook.
# Context: heading
words-h-e5784b859ad5a07e = The three words people mix up most
# Context: heading
words-h-fa2239b6a4057c8a = Refugee
# Context: paragraph in “Refugee”
words-p-a55d8f2219b80fce = A { -refugee } is a person who has had to leave their country because of a well-founded fear of persecution. The persecution is for reasons of race, religion, nationality, political opinion or membership of a particular social group. Because of that fear, the person cannot or will not seek the protection of their own country. This definition comes from the 1951 Convention relating to the Status of Refugees[^convention]. In everyday speech the word is also used more widely for people fleeing war and violence. In the EU, many of them receive subsidiary protection or, in a mass arrival, { -temporary-protection }.
# Context: heading
words-h-aed25d084cc5514a = Asylum seeker
# Context: paragraph in “Asylum seeker”
words-p-322f86daac474c9b = An { -asylum-seeker } is a person who has asked for international protection in another country and is waiting for a decision. Not every { -asylum-seeker } will be recognised as a { -refugee } in the end. Most recognised { -refugees } applied for asylum first, but some did not, such as refugees resettled from a third country. Asking for asylum is a right, not a crime.
# Context: heading
words-h-dfcaf659e0182747 = Migrant
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = "Migrant" is the broadest of the three terms. There is no single legal definition. International organisations use it as an umbrella term for anyone who moves away from their usual place of residence, within a country or across a border, for any reason and for any length of time[^iom-def]. Students, seasonal workers, people joining their families and people fleeing war can all be { -migrants }. Because the word is so wide, use it with care: if you know that the people you are talking about are { -refugees } or { -asylum-seekers }, say so.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = When in doubt, describe the person, not the category. "A young man from Afghanistan who arrived two years ago and now works in a garage" is more accurate, and much more interesting, than any label.
# Context: heading
words-h-4c4e436f9a453c77 = Glossary
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = The table below covers the terms that come up most often in local communication. The third column gives expressions to prefer and to avoid.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Term
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = What it means
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = Prefer / avoid
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant }
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Umbrella term for a person who moves away from their usual place of residence, for any reason and for any length of time.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = Prefer: "migrant", or the person's actual situation (worker, student, family member). Avoid: using it for people whose refugee status you know.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee }
# Context: table cell in “Glossary”
words-cell-6858fb16bfcc8497 = A person outside their own country who has a well-founded fear of persecution, as defined in the 1951 Convention. A state's recognition confirms refugee status; it does not create it. In everyday speech, also a person fleeing war or violence.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = Prefer: "refugee" when the status is recognised or the person clearly fled danger. Avoid: "bogus refugee", "so-called refugee".
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker }
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = A person who has asked for international protection and is waiting for a decision.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = Prefer: "asylum seeker", "person seeking protection". Avoid: "illegal", "false asylum seeker".
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = beneficiary of international protection
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = A person who has been granted refugee status or subsidiary protection in an EU country.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = Prefer: this term in official texts; "refugee" in everyday speech.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = subsidiary protection
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Protection for a person who does not qualify as a refugee but would face a real risk of serious harm if sent back.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = Prefer: explain it briefly when you use it; most readers do not know it.
# Context: table cell in “Glossary”
words-cell-bea0ed6f76038775 = { -temporary-protection }
# Context: table cell in “Glossary”
words-cell-e60f7100dda44814 = Protection the EU can give at once to many people fleeing war, without individual asylum procedures. Since March 2022 it has protected people fleeing Ukraine.
# Context: table cell in “Glossary”
words-cell-ec001466c20e3483 = Prefer: "people under temporary protection". Avoid: "asylum seekers", unless the person has applied for asylum.
# Context: table cell in “Glossary”
words-cell-5dc811403d0d6a8a = resettlement
# Context: table cell in “Glossary”
words-cell-7eeadae01c962191 = The transfer of a recognised refugee from the country where they first found safety to another country that has agreed to admit them.
# Context: table cell in “Glossary”
words-cell-fa79a53a26ec1083 = Prefer: "resettled refugee", with a short explanation.
# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = irregular migrant
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = A person who entered or stays in a country without the required authorisation.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = Prefer: "irregular" or "undocumented". Avoid: "illegal migrant", "illegals": actions can be illegal, people cannot.
# Context: table cell in “Glossary”
words-cell-21f15b4436173353 = smuggling and trafficking
# Context: table cell in “Glossary”
words-cell-f44ec191ac994e6f = Smuggling: helping a person cross a border irregularly, for money. Trafficking: recruiting or moving a person in order to exploit them, by force or deception, with or without crossing a border.
# Context: table cell in “Glossary”
words-cell-f1f264429061865a = Prefer: the exact word. Avoid: using them as synonyms. A person who paid a smuggler can later be trafficked.
# Context: table cell in “Glossary”
words-cell-bab07c01ec681bf7 = third-country national
# Context: table cell in “Glossary”
words-cell-78318cbb21b91c20 = In EU law, a person who is not a citizen of an EU member state.
# Context: table cell in “Glossary”
words-cell-f96cb3f93743941d = Prefer: in funding applications and official texts. Avoid: in everyday speech.
# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = unaccompanied minor
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = A child under 18 who arrives without a parent or other responsible adult.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = Prefer: "unaccompanied child". Avoid: doubting a child's age in public without evidence.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = person with a migrant background
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = A resident who migrated, or whose parents did. Often a citizen.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = Prefer: the person's own description of themselves. Avoid: "foreigner" for people who are citizens.
# Context: table cell in “Glossary”
words-cell-bb729424aceaa908 = { -newcomer }
# Context: table cell in “Glossary”
words-cell-15d53e4d7f7f70f5 = In this handbook, a person who has come from another country to live in a town in recent years, whatever their legal status.
# Context: table cell in “Glossary”
words-cell-b0b7e39db644e548 = Prefer: { -newcomer } for recent arrivals; "person with a migrant background" for people settled for years.
# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = A two-way process in which newcomers and the receiving community adapt to each other, with rights and obligations on both sides.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = Prefer: "integration", "inclusion", "taking part". Avoid: "assimilation" when you mean integration.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = The residents, organisations and institutions of a town or area, including newcomers.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = Prefer: wording that includes newcomers in "us". Avoid: "locals versus migrants".
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Expression that spreads, incites, promotes or justifies hatred against people because of who they are, such as their origin, religion or skin colour.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = Prefer: naming it clearly and calmly. Avoid: repeating hateful words in headlines, even to criticise them.
# Context: table caption in “Glossary”
words-tcap-aa486d893eb1e7e8 = Terms used in local communication, with expressions to prefer and to avoid
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = Legal definitions differ slightly between countries and change over time. For official texts, check the wording used by your national asylum authority. For public communication, the simple definitions above are accurate enough.
# Context: heading
words-h-8e1d12b0300f90ae = Words to handle with care
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Some words are not wrong in themselves but create a picture that is stronger than the facts.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Water metaphors__: "wave", "flood", "flow", "influx". They turn people into a force of nature and suggest that the only possible response is a dam. Use "arrivals" or the actual number, with a source.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __War metaphors__: "invasion", "siege". They suggest that newcomers are enemies.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Numbers without context__: "thousands arrived" sounds alarming; "thousands arrived, in a region of several million people" may not. Give the scale.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __"Crisis"__: the word is sometimes justified, for example for a reception system that is overwhelmed. It is rarely accurate as a description of people.
# Context: heading
words-h-ad6b1d4fe6291d7c = Let people name themselves
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = Labels are given by others; names are chosen. When you work with newcomers on a campaign or an article, ask how they want to be described. Some are proud to be called { -refugees }; others prefer to be known by their profession or first name. Some will not want their status mentioned at all, because it could put relatives at risk.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Respect these choices, and always ask for consent before publishing a person's name, face or story. [Chapter 9](09-media.md#consent) says more about consent.
# Context: heading
words-h-f42148c5762e904b = What you can do
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Print the glossary table and put it next to the desk of whoever writes press releases and social media posts in your organisation.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Review the last five public texts your organisation published about migration. Underline every label and check it against the glossary.
# Context: list item in “What you can do”
words-li-54e0cd427a746edf = Agree on a short style note for your town or organisation, using the [template in chapter 10](10-resources.md#style-note):
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = which terms you use;
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = which terms you avoid;
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = who to ask when in doubt.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Invite a newcomer to read your next text before it is published and tell you how it sounds.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = The 1951 Convention relating to the Status of Refugees and its 1967 Protocol are the central texts of international refugee law. All EU member states are parties to them.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = This is, in substance, the working definition used by the International Organization for Migration (IOM), which notes that "migrant" is not defined in international law.
