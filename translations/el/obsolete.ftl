### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 01-about.ftl.
# Previous source: The project's website is { -project-site }. It is the place to look for the project's own materials and news.
about-p-d4fbef935ab88228 = Ο ιστότοπος του έργου είναι ο { -project-site }. Εκεί θα βρείτε το υλικό και τα νέα του ίδιου του έργου.
# From 01-about.ftl.
# Previous source: The project's common language was English, but its local work happened in the partners' languages: Italian, Slovenian, Hungarian, Bulgarian, Romanian, German (in Austria) and Greek (in Greece and Cyprus).
about-p-e3bae2b1140c62de = Κοινή γλώσσα του έργου ήταν τα αγγλικά, όμως η τοπική δουλειά γινόταν στις γλώσσες των εταίρων: ιταλικά, σλοβενικά, ουγγρικά, βουλγαρικά, ρουμανικά, γερμανικά (στην Αυστρία) και ελληνικά (στην Ελλάδα και την Κύπρο).
# From 01-about.ftl.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network can spread the message to other towns. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Ο συνδυασμός των εταίρων έχει σημασία. Ένας φορέας αυτοδιοίκησης προσφέρει θεσμική νομιμοποίηση και πρόσβαση στους κατοίκους· μια οργάνωση της κοινωνίας των πολιτών προσφέρει εμπιστοσύνη και άμεση επαφή με τους νεοφερμένους· ένα δίκτυο μπορεί να μεταφέρει το μήνυμα και σε άλλες πόλεις. Οι καλές τοπικές εκστρατείες συνήθως χρειάζονται και τα τρία.
# From 01-about.ftl.
# Previous source: Read the handbook with a colleague or a partner organisation, mark the two or three ideas that fit your town best, and agree on who will try them first.
about-p-b79d29b00b747fec = Διαβάστε το εγχειρίδιο μαζί με έναν συνάδελφο ή μια συνεργαζόμενη οργάνωση, σημειώστε τις δύο ή τρεις ιδέες που ταιριάζουν καλύτερα στην πόλη σας και συμφωνήστε ποιος θα τις δοκιμάσει πρώτος.
# From 01-about.ftl.
# Previous source: Choose the chapter that matches your role from the reading paths above and read it first.
about-li-a7571064fab41c1e = Διαλέξτε από τις παραπάνω διαδρομές ανάγνωσης το κεφάλαιο που ταιριάζει στον ρόλο σας και διαβάστε το πρώτο.
# From 02-routes.ftl.
# Previous source: In many towns the people who helped most in the first days were shopkeepers, pensioners, students and volunteers from churches, mosques and other faith groups. Recognising them publicly, and asking what they learned, is a simple way to start a local conversation about migration grounded in real experience.
routes-p-28d64efc3c2aab78 = Σε πολλές πόλεις, εκείνοι που βοήθησαν περισσότερο τις πρώτες μέρες ήταν καταστηματάρχες, συνταξιούχοι, φοιτητές και εθελοντές από εκκλησίες, τζαμιά και άλλες θρησκευτικές κοινότητες. Η δημόσια αναγνώρισή τους, και η ερώτηση τι έμαθαν, είναι ένας απλός τρόπος να ξεκινήσει μια τοπική συζήτηση για τη μετανάστευση, θεμελιωμένη σε πραγματικές εμπειρίες.
# From 02-routes.ftl.
# Previous source: Be careful with figures. Numbers of arrivals and asylum decisions are collected in different ways and change fast. If you use a number in public, give the source and the date.
routes-p-7c1e779cc5cc8cb9 = Προσοχή με τους αριθμούς. Τα στοιχεία για τις αφίξεις και τις αποφάσεις ασύλου συλλέγονται με διαφορετικούς τρόπους και αλλάζουν γρήγορα. Αν χρησιμοποιήσετε έναν αριθμό δημόσια, αναφέρετε την πηγή και την ημερομηνία.
# From 03-words.ftl.
# Previous source: Several European news organisations and journalists' associations have adopted style guidelines that avoid "illegal immigrant" and prefer "irregular" or "undocumented". A municipality can do the same: a one-page style note for the town's website, newsletters and press releases makes accurate language a routine rather than a debate.
words-p-323095354248fddd = Αρκετά ευρωπαϊκά ειδησεογραφικά μέσα και δημοσιογραφικές ενώσεις έχουν υιοθετήσει οδηγούς ύφους που αποφεύγουν τον όρο «λαθρομετανάστης» και προτιμούν το «παράτυπος» ή «χωρίς έγγραφα». Ένας δήμος μπορεί να κάνει το ίδιο: ένα σημείωμα ύφους μίας σελίδας για τον ιστότοπο, τα ενημερωτικά δελτία και τα δελτία Τύπου του δήμου κάνει την ακριβή γλώσσα ρουτίνα και όχι αντικείμενο αντιπαράθεσης.
# From 04-local.ftl.
# Previous source: In many towns the first step towards good communication was internal: a short meeting of all municipal departments that deal with newcomers, to agree on the facts, the words and a contact person. When the registry office, the schools department and the mayor's office say the same thing, residents notice.
local-p-72355127f2a817bf = Σε πολλές πόλεις το πρώτο βήμα προς την καλή επικοινωνία έγινε στο εσωτερικό του δήμου: μια σύντομη συνάντηση όλων των δημοτικών υπηρεσιών που ασχολούνται με νεοφερμένους, για να συμφωνήσουν στα γεγονότα, στις λέξεις και σε ένα πρόσωπο επικοινωνίας. Όταν το ληξιαρχείο, η υπηρεσία παιδείας και το γραφείο δημάρχου λένε το ίδιο πράγμα, οι κάτοικοι το προσέχουν.
# From 05-campaign.ftl.
# Previous source: Link your goal to the wider aim of { -clarinet }: making the positive contribution of { -migrants } visible where they live. One clear goal is better than five vague ones.
campaign-p-3505940558a7d75c = Συνδέστε τον στόχο σας με τον ευρύτερο σκοπό του { -clarinet }: να γίνει ορατή η θετική συμβολή των { -migrants(case: "gen") } στον τόπο όπου ζουν. Ένας σαφής στόχος είναι καλύτερος από πέντε αόριστους.
# From 05-campaign.ftl.
# Previous source: Avoid "myth-busting" formats that put a false claim in large letters and the correction in small ones. Lead with the true, positive story instead. [Chapter 9](09-media.md#misinformation) explains how to correct a false claim.
campaign-p-f77d04ef2f2d4111 = Αποφύγετε τις μορφές «καταρρίπτουμε τους μύθους» που βάζουν τον ψευδή ισχυρισμό με μεγάλα γράμματα και τη διόρθωση με μικρά. Ξεκινήστε καλύτερα από την αληθινή, θετική ιστορία. Το [κεφάλαιο 9](09-media.md#misinformation) εξηγεί πώς να διορθώσετε έναν ψευδή ισχυρισμό.
# From 05-campaign.ftl.
# Previous source: The strongest local campaigns are co-created with newcomers. Involve them from the first planning meeting, pay them where others are paid for similar work, and let them decide how their own stories are told. Before you pay an { -asylum-seeker }, check the rules on work and allowances in [chapter 4](04-local.md#fair-pay).
campaign-p-b602462ec33b7762 = Οι πιο δυνατές τοπικές εκστρατείες δημιουργούνται από κοινού με τους νεοφερμένους. Εμπλέξτε τους από την πρώτη συνάντηση σχεδιασμού, αμείψτε τους όπου άλλοι αμείβονται για παρόμοια δουλειά και αφήστε τους να αποφασίσουν πώς θα ειπωθούν οι δικές τους ιστορίες. Πριν πληρώσετε έναν { -asylum-seeker(case: "acc") }, ελέγξτε τους κανόνες για την εργασία και τα επιδόματα στο [κεφάλαιο 4](04-local.md#fair-pay).
# From 05-campaign.ftl.
# Previous source: Typical costs include design and printing, venues, fees for artists, photographers or interpreters, food for events, online advertising and staff time. Partners can often provide some of these in kind: a free school hall, sponsored printing, airtime on local radio.
campaign-p-27dac4494e528ee4 = Τα συνήθη έξοδα περιλαμβάνουν τον σχεδιασμό και την εκτύπωση, τους χώρους, τις αμοιβές καλλιτεχνών, φωτογράφων ή διερμηνέων, το φαγητό για τις εκδηλώσεις, τη διαδικτυακή διαφήμιση και τον χρόνο του προσωπικού. Οι εταίροι μπορούν συχνά να καλύψουν κάποια από αυτά σε είδος: μια αίθουσα σχολείου δωρεάν, χορηγία για τις εκτυπώσεις, ραδιοφωνικό χρόνο σε έναν τοπικό σταθμό.
# From 05-campaign.ftl.
# Previous source: Campaign checklist
campaign-h-13d136fd8a7cc22c = Λίστα ελέγχου της εκστρατείας
# From 05-campaign.ftl.
# Previous source: We have one clear, specific goal.
campaign-li-898f53b4097163fd = Έχουμε έναν σαφή, συγκεκριμένο στόχο.
# From 05-campaign.ftl.
# Previous source: We have chosen and described our main audience.
campaign-li-572e9318a2054cb5 = Έχουμε επιλέξει και περιγράψει το κύριο κοινό μας.
# From 05-campaign.ftl.
# Previous source: Our message is about people, is local and invites action.
campaign-li-5bf978bbb72bb81a = Το μήνυμά μας μιλά για ανθρώπους, είναι τοπικό και καλεί σε δράση.
# From 05-campaign.ftl.
# Previous source: We have tested the message with members of the audience, including newcomers.
campaign-li-afe5a74c15db4888 = Έχουμε δοκιμάσει το μήνυμα με ανθρώπους από το κοινό μας, μεταξύ των οποίων και νεοφερμένοι.
# From 05-campaign.ftl.
# Previous source: Our words match the glossary.
campaign-li-1cd9e079da21eec3 = Οι λέξεις μας συμφωνούν με το γλωσσάριο.
# From 05-campaign.ftl.
# Previous source: We have chosen two or three channels that reach our audience.
campaign-li-f55c2befa1085e92 = Έχουμε επιλέξει δύο ή τρία κανάλια που φτάνουν στο κοινό μας.
# From 05-campaign.ftl.
# Previous source: Our partners know their roles, and newcomers are among the organisers.
campaign-li-cbbf163eb10da1f4 = Οι εταίροι μας γνωρίζουν τον ρόλο τους και ανάμεσα στους διοργανωτές υπάρχουν νεοφερμένοι.
# From 05-campaign.ftl.
# Previous source: Consent has been given for every name, face and story we use.
campaign-li-db5f826dcc7e9f6d = Έχει δοθεί συναίνεση για κάθε όνομα, πρόσωπο και ιστορία που χρησιμοποιούμε.
# From 05-campaign.ftl.
# Previous source: We have a budget, including a reserve and money for evaluation.
campaign-li-d7f7e237f12e77bb = Έχουμε προϋπολογισμό, που περιλαμβάνει αποθεματικό και χρήματα για την αξιολόγηση.
# From 05-campaign.ftl.
# Previous source: We know how we will measure reach and change.
campaign-li-e2e0eceefd65d34f = Ξέρουμε πώς θα μετρήσουμε την εμβέλεια και την αλλαγή.
# From 05-campaign.ftl.
# Previous source: We have a plan for hostile comments and a contact person for media.
campaign-li-bfcdaacae2e6bd80 = Έχουμε σχέδιο για τα εχθρικά σχόλια και πρόσωπο επικοινωνίας για τα μέσα ενημέρωσης.
# From 06-training.ftl.
# Previous source: The eight training programmes
training-h-c51a5caadf503c0a = Τα οκτώ προγράμματα κατάρτισης
# From 06-training.ftl.
# Previous source: { -clarinet } planned eight training programmes for { -local-communities }. They addressed two questions, which also run through this handbook:
training-p-08540e018a3cb272 = Το { -clarinet } σχεδίασε οκτώ προγράμματα κατάρτισης για τις { -local-communities(case: "acc") }. Τα προγράμματα απάντησαν σε δύο ερωτήματα, που διατρέχουν και αυτό το εγχειρίδιο:
# From 06-training.ftl.
# Previous source: **How** can local communities communicate about migration and { -integration } in their own town: through which channels, with which partners, in which tone?
training-li-fef8d03a44baae15 = __Πώς__ μπορούν οι τοπικές κοινωνίες να επικοινωνούν για τη μετανάστευση και την { -integration(case: "acc") } στη δική τους πόλη: μέσα από ποια κανάλια, με ποιους εταίρους, με ποιον τόνο;
# From 06-training.ftl.
# Previous source: **What** should they communicate: which facts, which stories, which messages about the contribution of { -migrants } to local life?
training-li-96188d37b0474a5e = __Τι__ πρέπει να επικοινωνούν: ποια γεγονότα, ποιες ιστορίες, ποια μηνύματα για τη συμβολή των { -migrants(case: "gen") } στην τοπική ζωή;
# From 06-training.ftl.
# Previous source: Because the programmes took place in different countries and languages, each could be shaped by local needs. The sections below are not a fixed curriculum: they bring together the topics and methods such training usually covers, so that you can design your own.
training-p-af70ec987608a9f6 = Επειδή τα προγράμματα πραγματοποιήθηκαν σε διαφορετικές χώρες και γλώσσες, το καθένα μπορούσε να διαμορφωθεί με βάση τις τοπικές ανάγκες. Οι παρακάτω ενότητες δεν αποτελούν ένα σταθερό πρόγραμμα σπουδών: συγκεντρώνουν τα θέματα και τις μεθόδους που συνήθως καλύπτει μια τέτοια κατάρτιση, ώστε να μπορέσετε να σχεδιάσετε τη δική σας.
# From 06-training.ftl.
# Previous source: End every session with concrete commitments, and set a date to meet again.
training-li-44ff930e9a9af83f = Κλείστε κάθε συνάντηση με συγκεκριμένες δεσμεύσεις και ορίστε ημερομηνία για την επόμενη συνάντηση.
# From 08-award.ftl.
# Previous source: Always read the official text of a call carefully: its organisers set the precise rules and criteria.
award-p-7d42159e72971548 = Διαβάζετε πάντα προσεκτικά το επίσημο κείμενο μιας πρόσκλησης: οι ακριβείς κανόνες και τα κριτήρια ορίζονται από τους διοργανωτές της.
# From 08-award.ftl.
# Previous source: Preparing an entry
award-h-89f7f6087b47355e = Προετοιμασία μιας συμμετοχής
# From 08-award.ftl.
# Previous source: Read the call and its criteria, and check your eligibility first.
award-li-d3acad66e878401a = Διαβάστε την πρόσκληση και τα κριτήριά της και ελέγξτε πρώτα αν είστε επιλέξιμοι.
# From 08-award.ftl.
# Previous source: Collect material while your campaign is running, not afterwards:
award-li-0709ac0cc1777a7a = Συγκεντρώστε υλικό όσο η εκστρατεία σας βρίσκεται σε εξέλιξη, όχι μετά:
# From 08-award.ftl.
# Previous source: photos and videos, with consent for their use in the entry;
award-li-af068c55db3341d5 = φωτογραφίες και βίντεο, με συναίνεση για τη χρήση τους στη συμμετοχή·
# From 08-award.ftl.
# Previous source: press coverage and screenshots of online reactions;
award-li-bf15fc48cdd769c4 = δημοσιεύματα του Τύπου και στιγμιότυπα οθόνης από αντιδράσεις στο διαδίκτυο·
# From 08-award.ftl.
# Previous source: figures on participation and reach;
award-li-9d21dcea5a68d4c9 = αριθμούς για τη συμμετοχή και την εμβέλεια·
# From 08-award.ftl.
# Previous source: quotes from participants, both newcomers and long-standing residents.
award-li-3a2b17f0eabc12ce = δηλώσεις συμμετεχόντων, τόσο νεοφερμένων όσο και μόνιμων κατοίκων.
# From 08-award.ftl.
# Previous source: Write the entry as a story: situation, goal, what you did, what changed, what you learned.
award-li-ab30ee6eb9e93a36 = Γράψτε τη συμμετοχή σαν ιστορία: κατάσταση, στόχος, τι κάνατε, τι άλλαξε, τι μάθατε.
# From 08-award.ftl.
# Previous source: Answer every criterion explicitly. Juries read many entries and appreciate clear structure.
award-li-4f2a5b8154bab926 = Απαντήστε ρητά σε κάθε κριτήριο. Οι κριτικές επιτροπές διαβάζουν πολλές συμμετοχές και εκτιμούν τη σαφή δομή.
# From 08-award.ftl.
# Previous source: Even if you do not win, preparing an entry is worth it: it forces you to evaluate your campaign, and the material can be reused in reports and funding applications.
award-p-8f6e118f51930df5 = Ακόμη κι αν δεν κερδίσετε, η προετοιμασία μιας συμμετοχής αξίζει τον κόπο: σας αναγκάζει να αξιολογήσετε την εκστρατεία σας, και το υλικό μπορεί να αξιοποιηθεί ξανά σε εκθέσεις και αιτήσεις χρηματοδότησης.
# From 09-media.ftl.
# Previous source: **Use people and images.** Short videos, photos and quotes from residents and newcomers travel further than official announcements.
media-li-a70f756202c7e0b9 = __Χρησιμοποιήστε ανθρώπους και εικόνες.__ Σύντομα βίντεο, φωτογραφίες και λόγια κατοίκων και νεοφερμένων φτάνουν πιο μακριά από τις επίσημες ανακοινώσεις.
# From 09-media.ftl.
# Previous source: Some events can shake a town's trust in a single day:
media-p-5c9d0666c6f6cac0 = Ορισμένα γεγονότα μπορούν να κλονίσουν την εμπιστοσύνη μιας πόλης μέσα σε μία μέρα:
# From 09-media.ftl.
# Previous source: a crime in which a suspect is said to be a { -newcomer };
media-li-e4f6edfe5d6ea522 = ένα έγκλημα για το οποίο λέγεται ότι ύποπτος είναι { -newcomer }·
# From 09-media.ftl.
# Previous source: deaths at sea or at a border;
media-li-4e32014cd9b7727a = θάνατοι στη θάλασσα ή στα σύνορα·
# From 09-media.ftl.
# Previous source: the sudden arrival of many people;
media-li-dad780d15c6a3cd6 = η αιφνίδια άφιξη πολλών ανθρώπων·
# From 09-media.ftl.
# Previous source: a decision to open a reception centre;
media-li-b0db4fbf486417b4 = η απόφαση να λειτουργήσει κέντρο υποδοχής·
# From 09-media.ftl.
# Previous source: a protest against { -newcomers }, or an attack on them.
media-li-99cb138032c6afa0 = μια διαμαρτυρία κατά των { -newcomers(case: "gen") } ή μια επίθεση εναντίον τους.
# From 10-resources.ftl.
# Previous source: Information is available in the main languages of the audience.
resources-li-5e11b049bead1c5d = Οι πληροφορίες είναι διαθέσιμες στις κύριες γλώσσες του κοινού.
# From 10-resources.ftl.
# Previous source: When a rumour or hateful post appears:
resources-li-7ae0e69a4b6f18e2 = Όταν εμφανιστεί μια φήμη ή μια ανάρτηση μίσους:
# From 10-resources.ftl.
# Previous source: Document it with a screenshot, date and link.
resources-li-09bfcd27a3f8e510 = Καταγράψτε τη με στιγμιότυπο οθόνης, ημερομηνία και σύνδεσμο.
# From 10-resources.ftl.
# Previous source: Report it if it breaks the platform's rules or the law.
resources-li-5487e01304a34aa0 = Αναφέρετέ τη, αν παραβιάζει τους κανόνες της πλατφόρμας ή τον νόμο.
# From 10-resources.ftl.
# Previous source: Reply once, calmly, with facts and a trusted source.
resources-li-f48c9692312d3eb5 = Απαντήστε μία φορά, ήρεμα, με γεγονότα και μια αξιόπιστη πηγή.
# From 10-resources.ftl.
# Previous source: Support the people targeted.
resources-li-16bac6fcc99f7bf8 = Στηρίξτε τους ανθρώπους που στοχοποιούνται.
# From 10-resources.ftl.
# Previous source: Keep the checklists in this chapter in a shared folder that all your partners can reach, and review them together once a year. Add the lessons you learn: the best checklist is the one written from your own experience.
resources-p-27a8cd98632f4313 = Κρατήστε τις λίστες ελέγχου αυτού του κεφαλαίου σε έναν κοινόχρηστο φάκελο στον οποίο έχουν πρόσβαση όλοι οι εταίροι σας και επανεξετάστε τις μαζί μία φορά τον χρόνο. Προσθέστε όσα μαθαίνετε: η καλύτερη λίστα ελέγχου είναι αυτή που γράφεται από τη δική σας εμπειρία.
# From 10-resources.ftl.
# Previous source: Translate the checklists into the languages most spoken by newcomers in your town.
resources-li-db591e2d0ee6a046 = Μεταφράστε τις λίστες ελέγχου στις γλώσσες που μιλούν περισσότερο οι νεοφερμένοι στην πόλη σας.
