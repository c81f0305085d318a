# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `sl`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Kontrolni seznami, predloge in dodatno branje
# Context: heading
resources-h-555c87bec75af099 = Kako uporabljati ta orodja
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = To poglavje na enem mestu zbira praktična orodja iz priročnika. Kopirajte jih, prevedite in prilagodite: kontrolni seznam, ki gre na eno stran, je kontrolni seznam, ki se dejansko uporablja.
# Context: heading
resources-h-614c98740e77fecc = Enostranski načrt kampanje
# Context: paragraph in “One-page campaign plan”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Fill in this template with your partners at the start of a campaign. It follows the seven steps of the campaign cycle in [chapter 5](05-campaign.md#cycle).
resources-p-270d02bec92c9dc5 = To predlogo izpolnite s partnerji na začetku kampanje. Sledi sedmim korakom cikla kampanje iz [5. poglavja](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Korak
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Vprašanje, na katero je treba odgovoriti

# Context: table cell in “One-page campaign plan”
# resources-cell-260c1163c7253d49 = What to write

# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Vaši zapiski
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Cilj
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Kaj naj bo po kampanji drugače in za koga?
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Napišite en stavek.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Ciljno občinstvo
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Katero skupino najbolj želimo doseči? Kaj ji je pomembno? Komu zaupa?
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Opišite eno ali dve skupini.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Sporočilo
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Kaj želimo, da si zapomnijo?
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = En stavek, preizkušen pri ciljnem občinstvu.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Kanali
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Kje bodo naleteli na naše sporočilo?
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Dva ali trije kanali.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Partnerji
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Kdo načrtuje z nami, kdo pomaga, kdo širi sporočilo? Ali so med organizatorji tudi novi prebivalci?
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Imena in vloge.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Proračun
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Koliko denarja in časa potrebujemo? Kaj lahko partnerji prispevajo v naravi?
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Skupni znesek, rezerva, vrednotenje.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Vrednotenje
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Kako bomo vedeli, koga smo dosegli in kaj se je spremenilo?
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Kazalniki in datumi.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Časovnica
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Kdaj začnemo, kdaj kampanjo predstavimo javnosti, kdaj poročamo?
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Ključni datumi.

# Context: heading
# resources-h-c7a40883f0223305 = Campaign toolkit


# Context: paragraph in “Campaign toolkit”
# resources-p-86b9d2a866cc79c4 = Copy these templates and fill them in with your partners.


# Context: heading
# resources-h-fb7298a36f8984f9 = Message house


# Context: paragraph in “Message house”
# resources-p-9261584e558c0290 = See [chapter 5](05-campaign.md#message-framework) for how to use it.


# Context: table cell in “Message house”
# resources-cell-8570a2e1669ff057 = Part


# Context: table cell in “Message house”
# resources-cell-9fc765bbc7400b84 = Your text


# Context: table cell in “Message house”
# resources-cell-f226841f16be692f = Core message (the roof)


# Context: table cell in “Message house”
# resources-cell-ad863aaed8327796 = Supporting point 1, with a local fact or story


# Context: table cell in “Message house”
# resources-cell-7fa411d2f786cef7 = Supporting point 2, with a local fact or story


# Context: table cell in “Message house”
# resources-cell-1f7d53ab8ecfeb9f = Supporting point 3, with a local fact or story


# Context: table cell in “Message house”
# resources-cell-c5d6b751645812b8 = Messengers


# Context: table cell in “Message house”
# resources-cell-c48cd231858e1cec = Call to action


# Context: heading
# resources-h-1c6225ec7092ad2f = Budget


# Context: table cell in “Budget”
# resources-cell-204a5eb2cd28bcfd = Cost


# Context: table cell in “Budget”
# resources-cell-e2da108f63008e44 = Cash


# Context: table cell in “Budget”
# resources-cell-2ad2a8961524a628 = In kind


# Context: table cell in “Budget”
# resources-cell-a1524cb294d75a0f = Who pays or gives it


# Context: table cell in “Budget”
# resources-cell-f1513de8001d3757 = Staff time


# Context: table cell in “Budget”
# resources-cell-fba53a51ce9c9a84 = Design and printing


# Context: table cell in “Budget”
# resources-cell-db98af75c9353f89 = Venues


# Context: table cell in “Budget”
# resources-cell-ddbd3158cea3508e = Interpretation and translation


# Context: table cell in “Budget”
# resources-cell-b8bdc448114cd044 = Fees for { -newcomers }, artists and speakers


# Context: table cell in “Budget”
# resources-cell-f6ec908e366bd6fb = Accessibility: captions, easy-to-read versions, sign language


# Context: table cell in “Budget”
# resources-cell-4e262a7ebd00950c = Food and drinks


# Context: table cell in “Budget”
# resources-cell-7c50f8a38a76f3e1 = Advertising


# Context: table cell in “Budget”
# resources-cell-80bae243138d45d6 = Reserve for the unexpected


# Context: table cell in “Budget”
# resources-cell-c9b3c38247f744e1 = Total


# Context: paragraph in “Budget”
# resources-p-ad60d6a3ae84fa4a = Some large platforms no longer accept paid ads on social issues in the EU, and migration can count as one. Check their rules before you budget for ads.


# Context: heading
# resources-h-3cdfa37b13de1454 = Indicators


# Context: paragraph in “Indicators”
# resources-p-219cd80cd7cc2cb4 = Choose at least one indicator for each level, and measure the baseline before the campaign starts.


# Context: table cell in “Indicators”
# resources-cell-1709305c9fa966d1 = Level


# Context: table cell in “Indicators”
# resources-cell-86dde35c59a67d2a = Indicator


# Context: table cell in “Indicators”
# resources-cell-cc9ea7f7c64e772c = Baseline


# Context: table cell in “Indicators”
# resources-cell-548c5b4d99727c76 = Data source


# Context: table cell in “Indicators”
# resources-cell-99c40ab405926cb5 = Date


# Context: table cell in “Indicators”
# resources-cell-20859ef42e90fa74 = Activities: what we did


# Context: table cell in “Indicators”
# resources-cell-e8a0cd89e92f39b3 = Reach: whom we reached


# Context: table cell in “Indicators”
# resources-cell-30c74499e27bf5e3 = Change: what changed


# Context: heading
# resources-h-eef9a484f57a8412 = Before-and-after survey


# Context: paragraph in “Before-and-after survey”
# resources-p-56f98232ec27962c = Ask the same five questions, anonymously, before and after the campaign.


# Context: list item in “Before-and-after survey”
# resources-li-8138ed2786d3896a = How many { -newcomers } in our town do you know by name? (none, one or two, three or more)


# Context: list item in “Before-and-after survey”
# resources-li-ed5dcde4244cadf8 = In the last month, have you talked with a { -newcomer } for more than a few minutes? (yes, no)


# Context: list item in “Before-and-after survey”
# resources-li-4cdd16c51fa5f4e7 = Do you agree: "People who moved here from other countries contribute to life in our town"? (strongly disagree, disagree, not sure, agree, strongly agree)


# Context: list item in “Before-and-after survey”
# resources-li-826c6bb92d43a981 = Where do you get most of your news about migration? (local media, national media, social media, friends and family, other)


# Context: list item in “Before-and-after survey”
# resources-li-f2ba89795fd8ceb6 = What would help people in our town live well together? (open answer)


# Context: heading
# resources-h-f5a1f30c9a371afd = Press release


# Context: paragraph in “Press release”
# resources-p-a87cbf1f3138031a = A media advisory, which invites journalists to an event, needs only what, when, where, who will speak and what they can film. A press release needs more:


# Context: table cell in “Press release”
# resources-cell-d857ce6edcd58ff2 = What it contains


# Context: table cell in “Press release”
# resources-cell-c5f5a4c8157584ec = Headline


# Context: table cell in “Press release”
# resources-cell-feb792b00f2ce987 = What is new, in a few words, with people in it


# Context: table cell in “Press release”
# resources-cell-4b3bab2d4d4b9280 = First paragraph


# Context: table cell in “Press release”
# resources-cell-b2bce3fbdeeb06fb = Who, what, when, where and why


# Context: table cell in “Press release”
# resources-cell-eb4cdebd82bf1194 = Quote


# Context: table cell in “Press release”
# resources-cell-de8f4218dc55cff3 = A named person, with their consent


# Context: table cell in “Press release”
# resources-cell-45989de49fb7f66d = Details


# Context: table cell in “Press release”
# resources-cell-7e574270c78bbc1d = Facts with sources; how residents can take part


# Context: table cell in “Press release”
# resources-cell-2b5c3d26721ae9c3 = Contact


# Context: table cell in “Press release”
# resources-cell-744989b5d3b707b5 = Name, phone and email


# Context: heading
# resources-h-b8d42c5beab24b97 = Style note


# Context: table cell in “Style note”
# resources-cell-d7d63cfc90519b4e = We say


# Context: table cell in “Style note”
# resources-cell-cbb5034ee9aeaf89 = We avoid


# Context: table cell in “Style note”
# resources-cell-d3ae14a50bfe463f = Why


# Context: table cell in “Style note”
# resources-cell-0db0ca907db6f73f = Who to ask when in doubt


# Context: table cell in “Style note”
# resources-cell-03c8d1f9f6796d53 = Date of next review

# Context: heading
resources-h-55d093b1096256ee = Kontrolni seznam: pred dogodkom
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Dogodek ima jasen namen, povezan s ciljem kampanje.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Novi prebivalci so med organizatorji, ne le med gosti.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Prostor je dostopen, brezplačen ali poceni in občinstvu znan.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Informacije so na voljo v glavnih jezikih občinstva.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Termin ustreza zaposlenim in družinam; pomislili smo na varstvo otrok.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Hrana in neformalni trenutki ljudem dajo priložnost za pogovor.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Fotografi vedo, kdo je privolil v fotografiranje in kdo ne.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Obstaja načrt za primer motenj ali sovražnega vedenja.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Veste, kako boste zbrali povratne informacije.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Checklist: consent
resources-h-98442a3b8f52e9d8 = Kontrolni seznam: privolitev
# Context: list item in “Checklist: accessible materials and events”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The person understands what the story, photo or video is for.
resources-li-29ba7e62296cad6a = Oseba razume, čemu je zgodba, fotografija ali video namenjen.
# Context: list item in “Checklist: accessible materials and events”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: They know where it will appear: print, online, poster, exhibition.
resources-li-69ed1010c3ca3a66 = Ve, kje bo objavljen: v tisku, na spletu, na plakatu, na razstavi.
# Context: list item in “Checklist: accessible materials and events”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: They know that online material can remain visible for a long time.
resources-li-1d0f43d6dde1f942 = Ve, da lahko gradivo na spletu ostane vidno dolgo časa.
# Context: list item in “Checklist: accessible materials and events”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: They have chosen how they will be named and shown.
resources-li-4742ec433391913d = Sama je izbrala, kako bo imenovana in prikazana.
# Context: list item in “Checklist: accessible materials and events”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Risks to them or their family have been discussed, especially during an asylum procedure.
resources-li-cc50be56d772f5e1 = Pogovorili smo se o tveganjih zanjo ali za njeno družino, zlasti med azilnim postopkom.
# Context: list item in “Checklist: accessible materials and events”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: For children, parents or guardians have agreed, and the child has been asked too.
resources-li-75ddf33ed2deefc5 = Pri otrocih so privolili starši ali skrbniki, vprašali pa smo tudi otroka.
# Context: list item in “Checklist: accessible materials and events”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is asked again for each new use.
resources-li-36e0026dc4d848c1 = Za vsako novo uporabo znova prosimo za privolitev.

# Context: list item in “Checklist: accessible materials and events”
# resources-li-d1e1fac9eee80d98 = Sign-language and other interpreters can be booked, and invitations say how.


# Context: paragraph in “Checklist: accessible materials and events”
# resources-p-6dd2ac66affcde4b = Municipal websites and apps must already meet the Web Accessibility Directive (EU) 2016/2102. The PDF of this handbook follows the PDF/UA standard for accessible documents.


# Context: heading
# resources-h-c73ec4c76ee4bacd = Consent form


# Context: paragraph in “Consent form”
# resources-p-d565422c7f5607a6 = This form records consent as described in [chapter 9](09-media.md#consent). Translate it into the languages that { -newcomers } in your town speak, for example Arabic, Dari, Farsi, Ukrainian or French. Read it aloud with an interpreter if needed, and give the person a copy.


# Context: heading
# resources-h-0d83b9fad7993fb6 = Agreement to use my story, photo or video


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-289aff12b04274cb = Question


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-b2a3aa602762a782 = Answer


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-44447e0ca93ab286 = Who is asking? Organisation and contact person


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-4164bbfe489b6bea = What will be made? A story, photo, video or artwork


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-9aca2df02203b992 = Where will it appear?


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-cf840b88a18eaee3 = How long will it be used and kept?


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-5b62d0e13b7f22dc = Who else may use it?


# Context: paragraph in “Agreement to use my story, photo or video”
# resources-p-9a1798e77299c290 = My choices:


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-f40b1cfe2fdb71ea = You may use my full name.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-3e16f1cce3ae52d8 = You may use my first name only.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-5806e0b4275eb39b = Do not use my name.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-bb0427d6a93ac42c = You may show my face.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-45fb8552a2d1aeb9 = Do not show my face.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-702ef9474b5a229c = You may say which country I come from.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-0658d6ee6e885f18 = You may mention my legal status.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-fba1fb5b0fd2cd48 = You may use it in print. I understand that print cannot be taken back.


# Context: paragraph in “Agreement to use my story, photo or video”
# resources-p-24c17d523e883549 = My rights:


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-f237c189a85c4056 = I can say no. Saying no will not change any help or service I receive.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-dcb1b44301ec0a81 = I can change my mind at any time by telling the contact person. You will then stop using the material and remove it online where you can.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-c42e0e4082b27422 = Printed material, murals and broadcasts cannot be taken back.


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-2ce50806c86cfe84 = You will keep this form and the material safely, and delete them when the agreed time ends.


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-c17b94b8c9394d40 = Who


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-dcd1d5223f73b3a9 = Name


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-f1a73e2204a11407 = Signature


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-0d25d6b71d7b3c94 = The person


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-31d77c817aad3dcd = Parent or legal guardian, for a child


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-58e351d99287c7c5 = Interpreter, if any


# Context: table cell in “Agreement to use my story, photo or video”
# resources-cell-849cc45733f9f503 = For the organisation


# Context: list item in “Agreement to use my story, photo or video”
# resources-li-6f61f135b0b61d5d = For a child: the child has been asked, in words suited to their age, and agrees.

# Context: heading
resources-h-77f96f56a2faf03e = Kontrolni seznam: mediji in družbena omrežja
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Pred intervjujem:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Ali poznam novinarja, medij in temo?
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Ali imam dve ali tri ključne točke z dejstvi in viri?
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Ali sem svoje besede preveril v glosarju?
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Če bo govoril nov prebivalec, ali je v to privolil in se pripravil?
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Pred objavo:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Ali objava govori o ljudeh, je lokalna in natančna?
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Ali so prikazani ljudje privolili v takšno uporabo?
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Ali je nekdo pripravljen v naslednjih nekaj urah moderirati komentarje?
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Ko se pojavi govorica ali sovražna objava:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Dokumentirajte jo z zaslonskim posnetkom, datumom in povezavo.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Prijavite jo, če krši pravila platforme ali zakon.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Odgovorite enkrat, mirno, z dejstvi in zaupanja vrednim virom.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Podprite ljudi, na katere je napad usmerjen.

# Context: heading
# resources-h-772774b7a6501a2f = Sample moderation policy

# Context: paragraph in “Sample moderation policy”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Keep the three checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-9982837ae8b9747f = Tri kontrolne sezname iz tega poglavja hranite v skupni mapi, do katere imajo dostop vsi partnerji, in jih enkrat na leto skupaj preglejte. Dodajte izkušnje, ki ste jih pridobili: najboljši kontrolni seznam je tisti, ki je napisan na podlagi lastnih izkušenj.

# Context: paragraph in “Sample moderation policy”
# resources-p-3928347e23ea17f7 = This page is for residents to talk about life in our town. We welcome questions, opinions and criticism, including criticism of the municipality. We hide or remove comments that:


# Context: list item in “Sample moderation policy”
# resources-li-9c7a56f2788793be = insult, threaten or harass a person;


# Context: list item in “Sample moderation policy”
# resources-li-68b7483a0644cbb8 = contain { -hate-speech } or call for violence;


# Context: list item in “Sample moderation policy”
# resources-li-9a3fac0b2f6e2e46 = share other people's personal data;


# Context: list item in “Sample moderation policy”
# resources-li-96b6d0197b160c1b = are spam, advertising or otherwise illegal.


# Context: paragraph in “Sample moderation policy”
# resources-p-c1246ef5cbb1afe6 = These rules apply to everyone, whatever their opinion. We record each removal and the reason, and we may block repeat offenders after a warning. We report content that may be illegal. If you think we removed your comment by mistake, write to us and we will look at it again.


# Context: heading
# resources-h-8cad337bcd2b57e0 = Checklist: the first 72 hours


# Context: paragraph in “Checklist: the first 72 hours”
# resources-p-813f68c7fb6b85d7 = Use it with the section on crises in [chapter 9](09-media.md#crisis).


# Context: list item in “Checklist: the first 72 hours”
# resources-li-39d407ff2d8b19a5 = Before: a spokesperson, a fact checker, a social media monitor and a contact for the people affected are named, each with a deputy.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-0fd6dce39a03c09b = Before: a holding statement is ready to adapt.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-84d03dc63b7be1a4 = First hour: the facts are checked with the police or other authorities.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-d7c26e38d99f8ca1 = First hour: we have said what happened, shown sympathy for victims and blamed no group.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-6c55df120baae08b = First hour: we have said when the next update will come.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-3122d8435879b1be = First day: local journalists have been briefed together.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-ea5db76e48ce9ccc = First day: origin or status is named only when relevant and confirmed.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-afafd3b988f3feaa = First day: our channels are moderated, and hateful posts are documented.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-29eb724b95348b7b = First day: the people targeted have been contacted and asked what they need.


# Context: list item in “Checklist: the first 72 hours”
# resources-li-6b1694b197055d3a = Afterwards: a public meeting is held, promises are kept and the plan is reviewed.


# Context: heading
# resources-h-8c0c387f3679ae79 = Holding statement


# Context: paragraph in “Holding statement”
# resources-p-d9a2dd072ecbf6ee = Publish this short first message within the first hour, and check every fact first.


# Context: table cell in “Holding statement”
# resources-cell-98019d540cba7fef = What we know: confirmed facts only, with the time


# Context: table cell in “Holding statement”
# resources-cell-b58f39e59f5c03ae = Our sympathy for victims and those affected


# Context: table cell in “Holding statement”
# resources-cell-3a2ebe700d6baa4a = What we are doing, and with whom


# Context: table cell in “Holding statement”
# resources-cell-a6f5339876335976 = When and where the next update will appear


# Context: table cell in “Holding statement”
# resources-cell-6c8c6cb060615652 = A call for calm and respect


# Context: table cell in “Holding statement”
# resources-cell-a9b1b04a7816ed1d = Contact for journalists


# Context: paragraph in “Holding statement”
# resources-p-27a8cd98632f4313 = Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.

# Context: heading
resources-h-4082f515b2f4929c = Dodatno branje
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Ti viri so javni, zanesljivi in redno posodobljeni.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Spletna stran projekta CLARINET__, { -project-site }, z gradivi in novicami projekta: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __Evropska komisija__, ki objavlja politiko EU na področju migracij, azila in integracije, vključno z akcijskim načrtom za integracijo in vključevanje za obdobje 2021–2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Evropska spletna stran o integraciji__ (European Website on Integration), ki jo upravlja Evropska komisija, z novicami in zbirko praks integracije iz vse Evrope.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __Agencija Združenih narodov za begunce (UNHCR)__, za opredelitve, pravna besedila in podatke o { -refugees(case: "loc") } in { -asylum-seekers(case: "loc") } po vsem svetu.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __Mednarodna organizacija za migracije (IOM)__, za njen glosar migracijskih izrazov in podatke o migracijskih poteh.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Eurostat__ in **Agencija Evropske unije za azil**, za uradne evropske statistične podatke o azilu in migracijah.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Vaš nacionalni organ za azil in organ za enakost__, za podatke, postopke in podporo v vaši državi in vašem jeziku.

# Context: list item in “Further reading”
# resources-li-91780dddbc87abd2 = **The Debunking Handbook 2020**, by Stephan Lewandowsky and other researchers, on how to correct false claims.


# Context: list item in “Further reading”
# resources-li-011b0ee9e0ecc6d2 = **The Council of Europe's Intercultural Cities programme**, with its handbook and guides on countering rumours about diversity.

# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Spletne strani se spreminjajo. Če se je stran preselila, poiščite ime organizacije in naslov dokumenta. Vedno preverite datum vsakega podatka, ki ga uporabite.
# Context: heading
resources-h-f42148c5762e904b = Kaj lahko storite
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Natisnite enostranski načrt kampanje in ga izpolnite na naslednjem sestanku partnerjev.
# Context: list item in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Put the event and consent checklists in the folder of everyone who organises public activities.
resources-li-702d2b355be36bfb = Kontrolna seznama za dogodke in privolitev vložite v mapo vsakogar, ki organizira javne dejavnosti.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Kontrolne sezname prevedite v jezike, ki jih novi prebivalci v vašem kraju najpogosteje govorijo.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = S kakšnim drugim krajem delite, kar ste se naučili. Izmenjava dobre prakse med { -local-communities(case: "ins") } je bila v središču projekta { -clarinet } in se lahko nadaljuje v vaših rokah.
