### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 01-about.ftl.
# Previous source: The project's website is { -project-site }. It is the place to look for the project's own materials and news.
about-p-d4fbef935ab88228 = Die Website des Projekts ist { -project-site }. Dort finden Sie die Materialien und Neuigkeiten des Projekts.
# From 01-about.ftl.
# Previous source: The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).
about-p-e3bae2b1140c62de = Die gemeinsame Projektsprache war Englisch, die Arbeit vor Ort fand aber in den Sprachen der Partner statt: Italienisch, Slowenisch, Ungarisch, Bulgarisch, Rumänisch, Deutsch (in Österreich) und Griechisch (in Griechenland und Zypern).
# From 01-about.ftl.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network can spread the message to other towns. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Die Mischung der Partner ist wichtig. Eine Gemeinde oder Region bringt Legitimität und Zugang zur Bevölkerung mit, eine zivilgesellschaftliche Organisation Vertrauen und direkten Kontakt zu Neuankömmlingen, und ein Netzwerk kann die Botschaft in andere Städte und Gemeinden tragen. Gute Kampagnen vor Ort brauchen meist alle drei.
# From 01-about.ftl.
# Previous source: Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.
about-p-b79d29b00b747fec = Lesen Sie das Handbuch gemeinsam mit einer Kollegin, einem Kollegen oder einer Partnerorganisation, markieren Sie die zwei oder drei Ideen, die am besten zu Ihrem Ort passen, und vereinbaren Sie, wer sie als Erstes ausprobiert.
# From 01-about.ftl.
# Previous source: Choose the chapter that matches your role from the reading paths above and read it first.
about-li-a7571064fab41c1e = Wählen Sie anhand der Lesewege oben das Kapitel, das zu Ihrer Rolle passt, und lesen Sie es zuerst.
# From 02-routes.ftl.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and volunteers from churches, mosques and other faith groups. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = In vielen Orten waren es in den ersten Tagen Geschäftsleute, Pensionistinnen und Pensionisten, Studierende und Freiwillige aus Pfarren, Moscheen und anderen Glaubensgemeinschaften, die am meisten geholfen haben. Sie öffentlich zu würdigen und zu fragen, was sie gelernt haben, ist ein einfacher Weg, ein Gespräch über Migration vor Ort zu beginnen, das auf echter Erfahrung beruht.
# From 02-routes.ftl.
# Previous source: Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.
routes-p-7c1e779cc5cc8cb9 = Vorsicht bei Zahlen. Ankunftszahlen und Asylentscheidungen werden auf unterschiedliche Weise erhoben und ändern sich schnell. Wenn Sie öffentlich eine Zahl nennen, geben Sie Quelle und Datum an.
# From 03-words.ftl.
# Previous source: Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.
words-p-323095354248fddd = Mehrere europäische Medienhäuser und Journalistenverbände haben Leitfäden eingeführt, die „illegale Einwanderer“ vermeiden und „irregulär“ oder „ohne Papiere“ bevorzugen. Eine Gemeinde kann dasselbe tun: Ein einseitiger Sprachleitfaden für die Website, die Newsletter und die Presseaussendungen der Gemeinde macht genaue Sprache zur Routine statt zum Streitthema.
# From 04-local.ftl.
# Previous source: In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.
local-p-72355127f2a817bf = In vielen Orten war der erste Schritt zu guter Kommunikation ein interner: ein kurzes Treffen aller Abteilungen der Gemeinde, die mit Neuankömmlingen zu tun haben, um sich auf die Fakten, die Wortwahl und eine Ansprechperson zu einigen. Wenn Meldeamt, Schulabteilung und Büro der Bürgermeisterin oder des Bürgermeisters dasselbe sagen, merkt das die Bevölkerung.
# From 05-campaign.ftl.
# Previous source: Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.
campaign-p-3505940558a7d75c = Verknüpfen Sie Ihr Ziel mit dem übergeordneten Ziel von { -clarinet }: den positiven Beitrag von { -migrants } dort sichtbar zu machen, wo sie leben. Ein klares Ziel ist besser als fünf vage.
# From 05-campaign.ftl.
# Previous source: Avoid "myth-busting" formats that put a false claim in large letters and the correction in small ones. Lead with the true, positive story instead. [Chapter 9](09-media.md#misinformation) explains how to correct a false claim.
campaign-p-f77d04ef2f2d4111 = Vermeiden Sie Formate zum „Mythen-Entlarven“, die eine falsche Behauptung in großen Buchstaben bringen und die Richtigstellung in kleinen. Stellen Sie stattdessen die wahre, positive Geschichte an den Anfang. Wie Sie eine falsche Behauptung richtigstellen, erklärt [Kapitel 9](09-media.md#misinformation).
# From 05-campaign.ftl.
# Previous source: The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
campaign-p-b602462ec33b7762 = Die stärksten Kampagnen vor Ort werden gemeinsam mit Neuankömmlingen entwickelt. Beziehen Sie sie ab der ersten Planungssitzung ein, bezahlen Sie sie, wo andere für vergleichbare Arbeit bezahlt werden, und lassen Sie sie selbst entscheiden, wie ihre Geschichten erzählt werden. Bevor Sie einen { -asylum-seeker } oder eine Asylwerberin bezahlen, prüfen Sie die Regeln zu Beschäftigung und Unterstützungsleistungen in [Kapitel 4](04-local.md#fair-pay).
# From 05-campaign.ftl.
# Previous source: Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.
campaign-p-27dac4494e528ee4 = Typische Kosten sind Gestaltung und Druck, Räumlichkeiten, Honorare für Künstlerinnen und Künstler, Fotografinnen und Fotografen oder Dolmetscherinnen und Dolmetscher, Verpflegung bei Veranstaltungen, Online-Werbung und Arbeitszeit. Partner können manches davon oft als Sachleistung beisteuern: einen kostenlosen Schulsaal, gesponserten Druck, Sendezeit im Lokalradio.
# From 05-campaign.ftl.
# Previous source: Campaign checklist
campaign-h-13d136fd8a7cc22c = Checkliste für die Kampagne
# From 05-campaign.ftl.
# Previous source: We have one clear, specific goal.
campaign-li-898f53b4097163fd = Wir haben ein klares, konkretes Ziel.
# From 05-campaign.ftl.
# Previous source: We have chosen and described our main audience.
campaign-li-572e9318a2054cb5 = Wir haben unsere wichtigste Zielgruppe ausgewählt und beschrieben.
# From 05-campaign.ftl.
# Previous source: Our message is about people, is local and invites action.
campaign-li-5bf978bbb72bb81a = Unsere Botschaft handelt von Menschen, ist lokal und lädt zum Handeln ein.
# From 05-campaign.ftl.
# Previous source: We have tested the message with members of the audience, including newcomers.
campaign-li-afe5a74c15db4888 = Wir haben die Botschaft mit Menschen aus der Zielgruppe getestet, auch mit Neuankömmlingen.
# From 05-campaign.ftl.
# Previous source: Our words match the glossary.
campaign-li-1cd9e079da21eec3 = Unsere Wortwahl entspricht dem Glossar.
# From 05-campaign.ftl.
# Previous source: We have chosen two or three channels that reach our audience.
campaign-li-f55c2befa1085e92 = Wir haben zwei oder drei Kanäle gewählt, die unsere Zielgruppe erreichen.
# From 05-campaign.ftl.
# Previous source: Our partners know their roles, and newcomers are among the organisers.
campaign-li-cbbf163eb10da1f4 = Unsere Partner kennen ihre Rollen, und Neuankömmlinge gehören zum Organisationsteam.
# From 05-campaign.ftl.
# Previous source: Consent has been given for every name, face and story we use.
campaign-li-db5f826dcc7e9f6d = Für jeden Namen, jedes Gesicht und jede Geschichte, die wir verwenden, liegt eine Einwilligung vor.
# From 05-campaign.ftl.
# Previous source: We have a budget, including a reserve and money for evaluation.
campaign-li-d7f7e237f12e77bb = Wir haben ein Budget, einschließlich einer Reserve und Mitteln für die Evaluierung.
# From 05-campaign.ftl.
# Previous source: We know how we will measure reach and change.
campaign-li-e2e0eceefd65d34f = Wir wissen, wie wir Reichweite und Veränderung messen.
# From 05-campaign.ftl.
# Previous source: We have a plan for hostile comments and a contact person for media.
campaign-li-bfcdaacae2e6bd80 = Wir haben einen Plan für feindselige Kommentare und eine Ansprechperson für die Medien.
# From 06-training.ftl.
# Previous source: The eight training programmes
training-h-c51a5caadf503c0a = Die acht Schulungsprogramme
# From 06-training.ftl.
# Previous source: { -clarinet } planned eight training programmes for { -local-communities }. They addressed two questions, which also run through this handbook:
training-p-08540e018a3cb272 = { -clarinet } plante acht Schulungsprogramme für { -local-communities }. Sie gingen zwei Fragen nach, die sich auch durch dieses Handbuch ziehen:
# From 06-training.ftl.
# Previous source: **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?
training-li-fef8d03a44baae15 = __Wie__ können Gemeinschaften vor Ort in ihrem eigenen Ort über Migration und { -integration } kommunizieren: über welche Kanäle, mit welchen Partnern, in welchem Ton?
# From 06-training.ftl.
# Previous source: **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?
training-li-96188d37b0474a5e = __Was__ sollen sie kommunizieren: welche Fakten, welche Geschichten, welche Botschaften über den Beitrag von { -migrants } zum Leben vor Ort?
# From 06-training.ftl.
# Previous source: Because the programmes took place in different countries and languages, each could be shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.
training-p-af70ec987608a9f6 = Weil die Programme in verschiedenen Ländern und Sprachen stattfanden, konnte jedes nach den Bedürfnissen vor Ort gestaltet werden. Die folgenden Abschnitte sind kein fixer Lehrplan: Sie fassen die Themen und Methoden zusammen, die solche Schulungen üblicherweise abdecken, damit Sie Ihr eigenes Programm entwickeln können.
# From 06-training.ftl.
# Previous source: End every session with concrete commitments, and set a date to meet again.
training-li-44ff930e9a9af83f = Beenden Sie jeden Termin mit konkreten Zusagen und legen Sie ein Datum für das nächste Treffen fest.
# From 08-award.ftl.
# Previous source: Always read the official text of a call carefully: its organisers set the precise rules and criteria.
award-p-7d42159e72971548 = Lesen Sie den offiziellen Text einer Ausschreibung immer genau: Die genauen Regeln und Kriterien legen die jeweiligen Veranstalter fest.
# From 08-award.ftl.
# Previous source: Preparing an entry
award-h-89f7f6087b47355e = Eine Einreichung vorbereiten
# From 08-award.ftl.
# Previous source: Read the call and its criteria, and check your eligibility first.
award-li-d3acad66e878401a = Lesen Sie die Ausschreibung und ihre Kriterien und prüfen Sie zuerst, ob Sie teilnahmeberechtigt sind.
# From 08-award.ftl.
# Previous source: Collect material while your campaign is running, not afterwards:
award-li-0709ac0cc1777a7a = Sammeln Sie Material, während Ihre Kampagne läuft, nicht erst danach:
# From 08-award.ftl.
# Previous source: photos and videos, with consent for their use in the entry;
award-li-af068c55db3341d5 = Fotos und Videos, mit Einwilligung für ihre Verwendung in der Einreichung;
# From 08-award.ftl.
# Previous source: press coverage and screenshots of online reactions;
award-li-bf15fc48cdd769c4 = Presseberichte und Screenshots von Reaktionen im Netz;
# From 08-award.ftl.
# Previous source: figures on participation and reach;
award-li-9d21dcea5a68d4c9 = Zahlen zu Beteiligung und Reichweite;
# From 08-award.ftl.
# Previous source: quotes from participants, both newcomers and long-standing residents.
award-li-3a2b17f0eabc12ce = Zitate von Teilnehmenden, sowohl von Neuankömmlingen als auch von Alteingesessenen.
# From 08-award.ftl.
# Previous source: Write the entry as a story: situation, goal, what you did, what changed, what you learned.
award-li-ab30ee6eb9e93a36 = Schreiben Sie die Einreichung als Geschichte: Ausgangslage, Ziel, was Sie getan haben, was sich verändert hat, was Sie gelernt haben.
# From 08-award.ftl.
# Previous source: Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
award-li-4f2a5b8154bab926 = Gehen Sie ausdrücklich auf jedes Kriterium ein. Jurys lesen viele Einreichungen und schätzen eine klare Struktur.
# From 08-award.ftl.
# Previous source: Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
award-p-8f6e118f51930df5 = Auch wenn Sie nicht gewinnen, lohnt sich die Einreichung: Sie zwingt Sie, Ihre Kampagne zu evaluieren, und das Material lässt sich in Berichten und Förderanträgen wiederverwenden.
# From 09-media.ftl.
# Previous source: **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.
media-li-a70f756202c7e0b9 = __Menschen und Bilder zeigen.__ Kurze Videos, Fotos und Zitate von Alteingesessenen und Neuankömmlingen verbreiten sich weiter als offizielle Mitteilungen.
# From 09-media.ftl.
# Previous source: Some events can shake a town's trust in a single day:
media-p-5c9d0666c6f6cac0 = Manche Ereignisse können das Vertrauen in einer Gemeinde an einem einzigen Tag erschüttern:
# From 09-media.ftl.
# Previous source: a crime in which a suspect is said to be a { -newcomer };
media-li-e4f6edfe5d6ea522 = ein Verbrechen, bei dem es heißt, ein Verdächtiger sei ein { -newcomer };
# From 09-media.ftl.
# Previous source: deaths at sea or at a border;
media-li-4e32014cd9b7727a = Todesfälle auf dem Meer oder an einer Grenze;
# From 09-media.ftl.
# Previous source: the sudden arrival of many people;
media-li-dad780d15c6a3cd6 = die plötzliche Ankunft vieler Menschen;
# From 09-media.ftl.
# Previous source: a decision to open a reception centre;
media-li-b0db4fbf486417b4 = die Entscheidung, ein Quartier für Geflüchtete zu eröffnen;
# From 09-media.ftl.
# Previous source: a protest against { -newcomers }, or an attack on them.
media-li-99cb138032c6afa0 = ein Protest gegen { -newcomers(case: "acc") } oder ein Angriff auf sie.
# From 10-resources.ftl.
# Previous source: Information is available in the main languages of the audience.
resources-li-5e11b049bead1c5d = Es gibt Informationen in den wichtigsten Sprachen der Zielgruppe.
# From 10-resources.ftl.
# Previous source: When a rumour or hateful post appears:
resources-li-7ae0e69a4b6f18e2 = Wenn ein Gerücht oder ein hasserfülltes Posting auftaucht:
# From 10-resources.ftl.
# Previous source: Document it with a screenshot, date and link.
resources-li-09bfcd27a3f8e510 = Dokumentieren Sie es mit Screenshot, Datum und Link.
# From 10-resources.ftl.
# Previous source: Report it if it breaks the platform's rules or the law.
resources-li-5487e01304a34aa0 = Melden Sie es, wenn es gegen die Regeln der Plattform oder gegen das Gesetz verstößt.
# From 10-resources.ftl.
# Previous source: Reply once, calmly, with facts and a trusted source.
resources-li-f48c9692312d3eb5 = Antworten Sie einmal, ruhig, mit Fakten und einer vertrauenswürdigen Quelle.
# From 10-resources.ftl.
# Previous source: Support the people targeted.
resources-li-16bac6fcc99f7bf8 = Unterstützen Sie die Betroffenen.
# From 10-resources.ftl.
# Previous source: Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-27a8cd98632f4313 = Bewahren Sie die Checklisten dieses Kapitels in einem gemeinsamen Ordner auf, auf den alle Ihre Partner zugreifen können, und gehen Sie sie einmal im Jahr gemeinsam durch. Ergänzen Sie, was Sie dazulernen: Die beste Checkliste ist die, die aus Ihrer eigenen Erfahrung entsteht.
# From 10-resources.ftl.
# Previous source: Translate the checklists into the languages most spoken by newcomers in your town.
resources-li-db591e2d0ee6a046 = Übersetzen Sie die Checklisten in die Sprachen, die von den Neuankömmlingen in Ihrem Ort am häufigsten gesprochen werden.
