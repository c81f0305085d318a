# handbook/chapters/09-media.md — Working with media and social media
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
media-title-414cfe9da5330f48 = Συνεργασία με τα μέσα ενημέρωσης και τα μέσα κοινωνικής δικτύωσης
# Context: heading
media-h-2cf19668a799d0f4 = Τα τοπικά μέσα ενημέρωσης έχουν σημασία
# Context: paragraph in “Local media matter”
media-p-5b5987557aa06fb5 = Οι τοπικές εφημερίδες, οι ραδιοφωνικοί σταθμοί και οι ειδησεογραφικοί ιστότοποι διαμορφώνουν τον τρόπο που μια πόλη βλέπει τον εαυτό της. Κάτοικοι που δεν εμπιστεύονται τα εθνικά μέσα ενημέρωσης συχνά εξακολουθούν να παρακολουθούν τα τοπικά. Όταν τα τοπικά μέσα καλύπτουν τους νεοφερμένους με δίκαιο και ανθρώπινο τρόπο, προσφέρουν στην { -integration(case: "acc") } περισσότερα από πολλές επίσημες εκστρατείες.
# Context: paragraph in “Local media matter”
media-p-f461e9f001aadffd = Οι δημοσιογράφοι δουλεύουν υπό πίεση και συχνά γνωρίζουν λίγα για το άσυλο και τη μετανάστευση. Οι περισσότεροι θέλουν να αποδώσουν σωστά την ιστορία· βοηθήστε τους να το κάνουν.
# Context: heading
media-h-b0c52e0dd89cea9f = Συνεργασία με δημοσιογράφους
# Context: list item in “Working with journalists”
media-li-d77a0a8351d194b8 = __Να είστε διαθέσιμοι.__ Ορίστε ένα πρόσωπο επικοινωνίας για τα θέματα μετανάστευσης και φροντίστε να το γνωρίζουν οι δημοσιογράφοι. Μια γρήγορη, ειλικρινής απάντηση αποτρέπει ένα ρεπορτάζ χτισμένο σε φήμες.
# Context: list item in “Working with journalists”
media-li-36eb8132d746a54a = __Να είστε ακριβείς.__ Δίνετε τα γεγονότα με τις πηγές και τις ημερομηνίες τους. Αν δεν γνωρίζετε κάτι, πείτε το και υποσχεθείτε να το μάθετε.
# Context: list item in “Working with journalists”
media-li-28a2f91b801b3d7d = __Προτείνετε ιστορίες, όχι μόνο δηλώσεις.__ Προτείνετε έναν νεοφερμένο που έχει μια επιχείρηση, μια εκπαιδευτικό της οποίας η τάξη έχει αλλάξει, έναν εθελοντή με μακρά μνήμη, πάντα με τη συναίνεσή τους.
# Context: list item in “Working with journalists”
media-li-bbab07615e9539e3 = __Μοιραστείτε το γλωσσάριο.__ Ένα φιλικό σημείωμα με το [γλωσσάριο](03-words.md#glossary) βοηθά τους ρεπόρτερ να χρησιμοποιούν τις σωστές λέξεις.
# Context: list item in “Working with journalists”
media-li-37409ed3b204a8d3 = __Διορθώστε ευγενικά.__ Αν ένα ρεπορτάζ περιέχει λάθη, επικοινωνήστε με τον δημοσιογράφο ή τον αρχισυντάκτη και δώστε τα σωστά στοιχεία. Τα περισσότερα μέσα προτιμούν μια διακριτική διόρθωση από μια δημόσια αντιπαράθεση.
# Context: paragraph in “Working with journalists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Some towns hold an informal meeting once or twice a year between local journalists, municipal staff, NGOs and newcomers, with no press release and no agenda beyond getting to know each other. Those contacts pay off when a difficult story breaks.
media-p-ee59cd03b8c78b09 = Κάποιες πόλεις οργανώνουν μία ή δύο φορές τον χρόνο μια άτυπη συνάντηση τοπικών δημοσιογράφων, στελεχών του δήμου, ΜΚΟ και νεοφερμένων, χωρίς δελτίο Τύπου και χωρίς άλλη ατζέντα πέρα από τη γνωριμία. Οι επαφές αυτές αποδίδουν όταν προκύψει ένα δύσκολο θέμα.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent and safety
media-h-66b70c05fee0e1a8 = Συναίνεση και ασφάλεια
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Before you suggest a person for an interview or publish their name, photo or story, make sure they understand what will happen and agree freely. Offer options: first name only, no face, a changed location. For { -asylum-seekers } whose procedure is still open, and for anyone with family in danger, publicity can carry real risks. Children need the consent of their parents or guardians.
media-p-febd1ccc2abcabaa = Πριν προτείνετε κάποιον για συνέντευξη ή δημοσιεύσετε το όνομα, τη φωτογραφία ή την ιστορία του, βεβαιωθείτε ότι καταλαβαίνει τι θα συμβεί και ότι συμφωνεί ελεύθερα. Προσφέρετε επιλογές: μόνο το μικρό όνομα, χωρίς πρόσωπο, αλλαγμένη τοποθεσία. Για τους { -asylum-seekers(case: "acc") } των οποίων η διαδικασία είναι ακόμη σε εξέλιξη, και για όποιον έχει οικογένεια σε κίνδυνο, η δημοσιότητα μπορεί να ενέχει πραγματικούς κινδύνους. Για τα παιδιά χρειάζεται η συναίνεση των γονέων ή των κηδεμόνων τους.
# Context: paragraph in “Stories, photos and personal data”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Consent is not a form signed once. A person who agreed to be photographed at a festival has not agreed to appear on a poster. Ask again for each new use.
media-p-4ac040ee8a52eec6 = Η συναίνεση δεν είναι ένα έντυπο που υπογράφεται μία φορά. Όποιος δέχτηκε να φωτογραφηθεί σε ένα φεστιβάλ δεν έχει δεχτεί να εμφανιστεί σε μια αφίσα. Ρωτήστε ξανά για κάθε νέα χρήση.

# Context: paragraph in “Stories, photos and personal data”
# media-p-03c775c5fe8ee0f9 = **Saying no must be free.** Many { -newcomers } depend on the municipality or an NGO for housing, money or advice. Say clearly, and in writing, that refusing has no effect on any service or support.


# Context: paragraph in “Stories, photos and personal data”
# media-p-bef7b3f0cdbeea9c = **People can change their mind.** Under the GDPR, a person can withdraw consent at any time[^gdpr]. You must then stop new uses and remove what you can, such as online posts. Printed books, posters, murals and broadcasts cannot be taken back, so tell people this before they agree.


# Context: paragraph in “Stories, photos and personal data”
# media-p-52b772917dd6726d = **Risks linked to asylum.** While an asylum procedure is open, a public story that differs from the asylum interview, even in small details, can be used to doubt the person's credibility. A name or a face can also be recognised by the people they fled, and put relatives in danger. When in doubt, leave out the name, the face and the journey.


# Context: paragraph in “Stories, photos and personal data”
# media-p-df02d5bda2541038 = **Children.** A child needs the consent of a parent or, if the child is unaccompanied, of the guardian appointed by the authorities. Ask the child too, and respect a "no". UNICEF's guidelines for reporting on children advise changing the name and hiding the identity of refugee or asylum-seeking children wherever there is a risk of harm.


# Context: paragraph in “Stories, photos and personal data”
# media-p-6d657eceb5dd360e = **Personal data.** A photo, video or story of a person who can be recognised is personal data. For a campaign, the legal basis is usually consent (GDPR Article 6). Ethnic origin, religion, political opinions and health are "special categories" that need explicit consent (Article 9). Agree who keeps the material, for how long and who may receive it, and delete it when that time ends. Every public authority has a data protection officer (Article 37): ask yours for advice before the campaign starts.

# Context: heading
media-h-b904a77155606517 = Μέσα κοινωνικής δικτύωσης
# Context: paragraph in “Social media”
media-p-03d18904ef61916c = Τα μέσα κοινωνικής δικτύωσης επιτρέπουν στις πόλεις να μιλούν απευθείας στους κατοίκους, γρήγορα και με χαμηλό κόστος, όμως μεταφέρουν και τις φήμες και την εχθρότητα ταχύτερα από οποιοδήποτε άλλο κανάλι. Μερικές αρχές βοηθούν:
# Context: list item in “Social media”
media-li-7b0b7ff91431c388 = __Δημοσιεύετε τακτικά, όχι μόνο σε κρίσεις.__ Μια σταθερή ροή καθημερινών ιστοριών χτίζει ένα κοινό που σας γνωρίζει και σας εμπιστεύεται πριν συμβεί κάτι δύσκολο.
# Context: list item in “Social media”
media-li-a70f756202c7e0b9 = __Χρησιμοποιήστε ανθρώπους και εικόνες.__ Σύντομα βίντεο, φωτογραφίες και λόγια κατοίκων και νεοφερμένων φτάνουν πιο μακριά από τις επίσημες ανακοινώσεις.
# Context: list item in “Social media”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Write a moderation policy** and publish it. Say which comments you will remove, such as insults, threats and { -hate-speech }, and apply the rule to everyone.
media-li-4996cbe7525622a8 = __Γράψτε μια πολιτική εποπτείας σχολίων__ και δημοσιεύστε τη. Πείτε ποια σχόλια θα αφαιρείτε, όπως προσβολές, απειλές και { -hate-speech(case: "acc") }, και εφαρμόστε τον κανόνα σε όλους.
# Context: list item in “Social media”
media-li-ea0a0790fd9192bb = __Εποπτεύετε ενεργά__, ιδίως τις πρώτες ώρες μετά από μια ανάρτηση. Αποκρύψτε ή διαγράψτε τα σχόλια που παραβιάζουν τους κανόνες σας και απαντήστε με γεγονότα στις καλόπιστες ερωτήσεις.
# Context: heading
media-h-588bc7bba18e6775 = Αντιμετώπιση της παραπληροφόρησης
# Context: paragraph in “Countering misinformation”
media-p-b0728b51936f7d2d = Οι ψευδείς ισχυρισμοί για τη μετανάστευση διαδίδονται εύκολα επειδή παίζουν με τον φόβο. Χαρακτηριστικά παραδείγματα είναι οι ισχυρισμοί ότι οι νεοφερμένοι λαμβάνουν περισσότερα επιδόματα από τους κατοίκους ή ότι ένα έγκλημα διαπράχθηκε από «έναν μετανάστη» ενώ δεν ισχύει.
# Context: list item in “Countering misinformation”
media-li-4c7085347f0166b5 = __Απαντήστε γρήγορα__ με ακριβή πληροφόρηση από μια αξιόπιστη πηγή. Όσο περισσότερο κυκλοφορεί μια φήμη αναπάντητη, τόσο πιο δύσκολα διορθώνεται.
# Context: list item in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Lead with the truth.** State the facts first, mention the false claim briefly, and explain why it is wrong. Do not repeat the false claim in a headline.
media-li-daefe32337bed2e2 = __Ξεκινήστε από την αλήθεια.__ Πείτε πρώτα τα γεγονότα, αναφέρετε σύντομα τον ψευδή ισχυρισμό και εξηγήστε γιατί είναι λάθος. Μην επαναλαμβάνετε τον ψευδή ισχυρισμό σε τίτλο.
# Context: list item in “Countering misinformation”
media-li-31050b542a95c634 = __Χρησιμοποιήστε αξιόπιστους αγγελιοφόρους.__ Μια τοπική γιατρός, ένας διευθυντής σχολείου ή ένας αστυνομικός μπορεί να είναι πιο πειστικοί από τον δήμο ή από μια ΜΚΟ.
# Context: list item in “Countering misinformation”
media-li-26a25877f5ee2bca = __Απαντήστε στην ανησυχία, όχι μόνο στο λάθος.__ Πίσω από πολλές φήμες κρύβεται μια πραγματική ανησυχία, για τη στέγαση, την ασφάλεια ή τη δικαιοσύνη. Πάρτε αυτή την ανησυχία στα σοβαρά.
# Context: paragraph in “Countering misinformation”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not argue endlessly with a few loud accounts. Your audience is the larger group of people reading silently. Give them a clear, calm and factual answer once, and then move on.
media-p-e0d4434c5c5a3e07 = Μη διαφωνείτε ατελείωτα με λίγους θορυβώδεις λογαριασμούς. Το κοινό σας είναι η μεγαλύτερη ομάδα ανθρώπων που διαβάζουν σιωπηλά. Δώστε τους μία φορά μια σαφή, ήρεμη και τεκμηριωμένη απάντηση και προχωρήστε.
# Context: heading
media-h-b46fce82289f0239 = Απάντηση στη ρητορική μίσους
# Context: paragraph in “Responding to hate speech”
media-p-b4e3113cb33ddb4c = Η ρητορική μίσους επιτίθεται σε ανθρώπους εξαιτίας του ποιοι είναι. Βλάπτει όσους στοχοποιεί, φοβίζει άλλους και, αν μείνει αναπάντητη, κάνει την εχθρότητα να φαίνεται φυσιολογική. Στις χώρες της ΕΕ, η δημόσια υποκίνηση σε βία ή μίσος κατά ομάδας που ορίζεται με βάση τη φυλή, το χρώμα, τη θρησκεία, την καταγωγή ή την εθνική ή εθνοτική προέλευση αποτελεί ποινικό αδίκημα[^framework]. Μεγάλο μέρος του περιεχομένου μίσους βρίσκεται κάτω από αυτό το όριο, παραβιάζει όμως τους κανόνες των πλατφορμών και του ευπρεπούς δημόσιου διαλόγου.
# Context: paragraph in “Responding to hate speech”
media-p-c45487b46815c633 = Τι μπορούν να κάνουν οι τοπικοί φορείς:
# Context: list item in “Responding to hate speech”
media-li-828a6f69713c5acf = __Καταγράψτε__ τις αναρτήσεις μίσους με στιγμιότυπα οθόνης, ημερομηνίες και συνδέσμους πριν εξαφανιστούν.
# Context: list item in “Responding to hate speech”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: **Report** them to the platform, and, where they may be illegal, to the police or a national equality body. Large platforms have committed to review notifications of illegal hate speech quickly[^code-of-conduct].
media-li-f2acff311f7febe1 = __Αναφέρετέ__ τες στην πλατφόρμα και, όπου μπορεί να είναι παράνομες, στην αστυνομία ή σε έναν εθνικό φορέα ισότητας. Οι μεγάλες πλατφόρμες έχουν δεσμευτεί να εξετάζουν γρήγορα τις αναφορές παράνομης ρητορικής μίσους[^code-of-conduct].
# Context: list item in “Responding to hate speech”
media-li-77ae1a6a13680d5c = __Στηρίξτε__ τους ανθρώπους που στοχοποιούνται. Επικοινωνήστε μαζί τους ιδιωτικά, ρωτήστε τι χρειάζονται και δείξτε δημόσια ότι η κοινωνία στέκεται στο πλευρό τους.
# Context: list item in “Responding to hate speech”
media-li-ca6fb46f7c19ec2f = __Απαντήστε__ με ένα σαφές δημόσιο μήνυμα από μια σεβαστή φωνή: το μίσος δεν έχει θέση στην πόλη μας.
# Context: list item in “Responding to hate speech”
media-li-18ddda5f73f0f82c = __Μην τη διαδίδετε.__ Αποφεύγετε να παραθέτετε ολόκληρες τις λέξεις μίσους και μην τις κοινοποιείτε ποτέ μόνο και μόνο για να τις καταδικάσετε.

# Context: heading
# media-h-3473df0a167dab12 = When something goes wrong: the first 72 hours

# Context: paragraph in “When something goes wrong: the first 72 hours”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a response plan with your partners before anything happens: who monitors, who reports, who speaks publicly, and who supports the people targeted. In a difficult moment, a plan saves hours.
media-p-5c9d0666c6f6cac0 = Συμφωνήστε με τους εταίρους σας ένα σχέδιο αντίδρασης πριν συμβεί οτιδήποτε: ποιος παρακολουθεί, ποιος αναφέρει, ποιος μιλά δημόσια και ποιος στηρίζει τους ανθρώπους που στοχοποιούνται. Σε μια δύσκολη στιγμή, ένα σχέδιο γλιτώνει ώρες.

# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-e4f6edfe5d6ea522 = a crime in which a suspect is said to be a { -newcomer };


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-4e32014cd9b7727a = deaths at sea or at a border;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-dad780d15c6a3cd6 = the sudden arrival of many people;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-b0db4fbf486417b4 = a decision to open a reception centre;


# Context: list item in “When something goes wrong: the first 72 hours”
# media-li-99cb138032c6afa0 = a protest against { -newcomers }, or an attack on them.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-05d0c31aa30431da = What you say in the first hours shapes the story for weeks. Decide now who will speak, who will check facts and who will watch social media. When something happens, check the facts first. Show sympathy for any victims, and never blame a group for the act of one person. Say when the next update will come, and protect the people who are being targeted.


# Context: paragraph in “When something goes wrong: the first 72 hours”
# media-p-38397186eb8f8217 = The [checklist for the first 72 hours](10-resources.md#crisis-checklist) and a holding statement template are in chapter 10.

# Context: heading
media-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
media-li-03c2048a4643fbf5 = Ορίστε ένα πρόσωπο επικοινωνίας με τα μέσα ενημέρωσης για τα θέματα μετανάστευσης και ενημερώστε τους τοπικούς δημοσιογράφους.
# Context: list item in “What you can do”
media-li-069d1351f0197ad9 = Στείλτε στους τοπικούς αρχισυντάκτες το γλωσσάριο και μια πρόταση για συνάντηση.
# Context: list item in “What you can do”
media-li-686e61a19cbada62 = Γράψτε και δημοσιεύστε μια πολιτική εποπτείας σχολίων για τα κανάλια σας στα μέσα κοινωνικής δικτύωσης.
# Context: list item in “What you can do”
media-li-3d541d72c69b0fd9 = Καταγράψτε τις τρεις πιο συνηθισμένες φήμες για τη μετανάστευση στην πόλη σας και ετοιμάστε μια σύντομη απάντηση, με πηγές, για την καθεμία.
# Context: list item in “What you can do”
media-li-0d8ed414cc761cbc = Συμφωνήστε με τους εταίρους σας ένα σχέδιο αντίδρασης στη ρητορική μίσους, με βάση τα παραπάνω βήματα.

# Context: list item in “What you can do”
# media-li-813dc440a3f3bf16 = Name the people who will act in the first 72 hours of a crisis, using the [checklist in chapter 10](10-resources.md#crisis-checklist).

# Context: list item in “What you can do”
media-li-bef5d56f59a07b8b = Χρησιμοποιήστε τις λίστες ελέγχου του [κεφαλαίου 10](10-resources.md#media-checklist) πριν από κάθε συνέντευξη και κάθε ανάρτηση για πρόσωπα που κατονομάζονται.
# Context: footnote in “What you can do”
media-fn-9761b639afd420c2 = Η απόφαση-πλαίσιο 2008/913/ΔΕΥ του Συμβουλίου, της 28ης Νοεμβρίου 2008, για την καταπολέμηση ορισμένων μορφών και εκδηλώσεων ρατσισμού και ξενοφοβίας μέσω του ποινικού δικαίου υποχρεώνει τα κράτη μέλη της ΕΕ να τιμωρούν τέτοιες συμπεριφορές.
# Context: footnote in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In 2016 the European Commission and several major online platforms agreed a Code of Conduct on countering illegal hate speech online, under which the platforms undertook to review most valid notifications within 24 hours.
media-fn-abaa73d7e8a24f57 = Το 2016 η Ευρωπαϊκή Επιτροπή και αρκετές μεγάλες διαδικτυακές πλατφόρμες συμφώνησαν έναν Κώδικα δεοντολογίας για την αντιμετώπιση της παράνομης ρητορικής μίσους στο διαδίκτυο, με τον οποίο οι πλατφόρμες δεσμεύτηκαν να εξετάζουν τις περισσότερες έγκυρες αναφορές μέσα σε 24 ώρες.

# Context: footnote in “What you can do”
# media-fn-4725cc01c4c554dd = Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR). Article 7(3) covers withdrawing consent.

