# handbook/chapters/04-local.md — Why local communities are the key
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
local-title-f75e9269f654fc9d = Γιατί οι τοπικές κοινωνίες είναι το κλειδί
# Context: heading
local-h-c32097e2a9b75895 = Η ένταξη συμβαίνει κάπου
# Context: paragraph in “Integration happens somewhere”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Laws on asylum and migration are made in national parliaments and in Brussels. But nobody is integrated by a law. Integration happens in a particular kindergarten, a particular language class, a particular sports club, a particular job. It happens when a neighbour explains how the waste collection works, when a teacher notices that a pupil needs help with reading, when an employer gives someone a first chance.
local-p-550ccedd0504dd39 = Οι νόμοι για το άσυλο και τη μετανάστευση ψηφίζονται στα εθνικά κοινοβούλια και στις Βρυξέλλες. Κανείς όμως δεν εντάσσεται με νόμο. Η ένταξη συμβαίνει σε ένα συγκεκριμένο νηπιαγωγείο, σε ένα συγκεκριμένο τμήμα γλωσσικών μαθημάτων, σε έναν συγκεκριμένο αθλητικό σύλλογο, σε μια συγκεκριμένη δουλειά. Συμβαίνει όταν ένας γείτονας εξηγεί πώς λειτουργεί η αποκομιδή των απορριμμάτων, όταν μια εκπαιδευτικός προσέχει ότι ένας μαθητής χρειάζεται βοήθεια στην ανάγνωση, όταν ένας εργοδότης δίνει σε κάποιον μια πρώτη ευκαιρία.
# Context: paragraph in “Integration happens somewhere”
local-p-cbf0739dbcdb1911 = Γι’ αυτό το { -clarinet } έβαλε τις { -local-communities(case: "acc") } στο επίκεντρο της δουλειάς του: εκεί συναντιούνται στην πράξη οι νεοφερμένοι και οι μόνιμοι κάτοικοι, και εκεί η εμπιστοσύνη χτίζεται ή χάνεται.
# Context: paragraph in “Integration happens somewhere”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: European institutions have said the same for many years. The common principles for integration policy agreed by EU member states describe { -integration } as a dynamic, two-way process of mutual accommodation by newcomers and residents[^cbp], and the European Commission's action plan on integration and inclusion for 2021 to 2027 gives a strong role to local and regional authorities[^action-plan].
local-p-2cfa6c7b5f343873 = Το ίδιο λένε εδώ και πολλά χρόνια και οι ευρωπαϊκοί θεσμοί. Οι κοινές αρχές για την πολιτική ένταξης που συμφώνησαν τα κράτη μέλη της ΕΕ περιγράφουν την { -integration(case: "acc") } ως δυναμική, αμφίδρομη διαδικασία αμοιβαίας προσαρμογής νεοφερμένων και κατοίκων[^cbp], ενώ το σχέδιο δράσης της Ευρωπαϊκής Επιτροπής για την ένταξη και την ενσωμάτωση 2021-2027 δίνει σημαντικό ρόλο στις τοπικές και περιφερειακές αρχές[^action-plan].
# Context: heading
local-h-04a23f9d57fe9140 = Γιατί μετράει το τοπικό επίπεδο
# Context: paragraph in “Why the local level matters”
local-p-d48e20de3119723e = Τέσσερις λόγοι κάνουν το τοπικό επίπεδο το κλειδί για την ένταξη και για την καλή επικοινωνία γύρω από αυτήν.
# Context: list item in “Why the local level matters”
local-li-403b62af9e1c96f0 = __Εγγύτητα.__ Η τοπική αυτοδιοίκηση είναι το επίπεδο διοίκησης που βρίσκεται πιο κοντά στους ανθρώπους. Ένα μήνυμα από τον δήμαρχο ακούγεται διαφορετικά από ένα μήνυμα ενός μακρινού υπουργείου.
# Context: list item in “Why the local level matters”
local-li-fdcbd8726c5510d3 = __Υπηρεσίες.__ Οι δήμοι λειτουργούν ή συντονίζουν πολλές από τις υπηρεσίες που έχουν τη μεγαλύτερη σημασία για τους νεοφερμένους: δημοτολόγια, σχολεία, κοινωνικές υπηρεσίες, στήριξη στη στέγαση, βιβλιοθήκες και αθλητικές εγκαταστάσεις.
# Context: list item in “Why the local level matters”
local-li-bc7accb3eb896b23 = __Καθημερινή επαφή.__ Οι άνθρωποι διαμορφώνουν την άποψή τους για τη μετανάστευση λιγότερο από τα στατιστικά και περισσότερο από όσα βλέπουν γύρω τους. Η θετική επαφή μεταξύ ίσων είναι ένας από τους πιο αποτελεσματικούς τρόπους για να μειωθούν οι προκαταλήψεις, και συμβαίνει σε τοπικό επίπεδο.
# Context: list item in “Why the local level matters”
local-li-66804782729ede5e = __Εμπιστοσύνη.__ Σε πολλές χώρες, η εμπιστοσύνη στους τοπικούς θεσμούς είναι μεγαλύτερη από την εμπιστοσύνη στους εθνικούς. Η προσεκτική αξιοποίηση αυτής της εμπιστοσύνης είναι μέρος της τοπικής ηγεσίας.
# Context: heading
local-h-36fc7059706251e5 = Τι μπορεί να κάνει η τοπική αυτοδιοίκηση
# Context: paragraph in “What local authorities can do”
local-p-d7310080b4439eb4 = Ένας δήμος δεν χρειάζεται μεγάλο προϋπολογισμό για να κάνει τη διαφορά. Πολλά εξαρτώνται από το πώς αξιοποιεί τα εργαλεία που ήδη διαθέτει.
# Context: list item in “What local authorities can do”
local-li-86568f05f4f477d1 = __Μιλήστε.__ Πείτε καθαρά και δημόσια ότι οι νεοφερμένοι είναι μέρος της κοινωνίας, ότι η πόλη περιμένει σεβασμό από όλους και ότι δεν θα ανεχθεί τη { -hate-speech(case: "acc") }. Και η σιωπή είναι μήνυμα.
# Context: list item in “What local authorities can do”
local-li-0048ec532e7c9551 = __Ενημερώστε.__ Δώστε στους κατοίκους ακριβή και έγκαιρη πληροφόρηση, ιδίως όταν κάτι αλλάζει, όπως όταν ανοίγει μια δομή υποδοχής. Οι φήμες εξαπλώνονται ταχύτερα όταν λείπει η επίσημη ενημέρωση.
# Context: list item in “What local authorities can do”
local-li-c94ec6dfd95b9553 = __Συμπεριλάβετε.__ Φροντίστε οι νεοφερμένοι να μπορούν να χρησιμοποιούν τις δημοτικές υπηρεσίες, να υπάρχουν πληροφορίες στις γλώσσες που διαβάζουν και να ακούγεται η φωνή τους στις διαβουλεύσεις και στις τοπικές εκδηλώσεις.
# Context: list item in “What local authorities can do”
local-li-fa8b55134dcf9eb7 = __Συνδέστε.__ Φέρτε κοντά σχολεία, ΜΚΟ, εργοδότες, θρησκευτικές κοινότητες, αθλητικούς συλλόγους και πολιτιστικούς φορείς. Ο δήμος είναι συχνά ο μόνος φορέας που μπορεί να τους συγκεντρώσει όλους.
# Context: list item in “What local authorities can do”
local-li-e0ad434fd640e5f3 = __Δείξτε.__ Χρησιμοποιήστε τα κανάλια της πόλης, από τον ιστότοπο μέχρι τον πίνακα ανακοινώσεων στην πλατεία, για να δείξετε την καθημερινή συμβολή των { -migrants(case: "gen") } στην τοπική ζωή.
# Context: paragraph in “What local authorities can do”
local-p-72355127f2a817bf = Σε πολλές πόλεις το πρώτο βήμα προς την καλή επικοινωνία έγινε στο εσωτερικό του δήμου: μια σύντομη συνάντηση όλων των δημοτικών υπηρεσιών που ασχολούνται με νεοφερμένους, για να συμφωνήσουν στα γεγονότα, στις λέξεις και σε ένα πρόσωπο επικοινωνίας. Όταν το ληξιαρχείο, η υπηρεσία παιδείας και το γραφείο δημάρχου λένε το ίδιο πράγμα, οι κάτοικοι το προσέχουν.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Integration is a two-way street
local-h-f679bfa7eb405653 = Η ένταξη είναι δρόμος διπλής κατεύθυνσης
# Context: paragraph in “Integration involves everyone”
local-p-8b2d00384c27b388 = Συχνά οι άνθρωποι θεωρούν την { -integration(case: "acc") } κάτι που πρέπει να κάνουν μόνο οι νεοφερμένοι: να μάθουν τη γλώσσα, να βρουν δουλειά, να τηρούν τους κανόνες. Αυτά έχουν σημασία. Όμως και από την κοινωνία υποδοχής ζητείται κάτι: ανοιχτότητα, δίκαιοι κανόνες και πρόσβαση σε ευκαιρίες.
# Context: paragraph in “Integration involves everyone”
local-p-468bf9db24fc611b = Η επικοινωνία έχει ρόλο και στις δύο πλευρές. Οι νεοφερμένοι χρειάζονται σαφή πληροφόρηση για τα δικαιώματα, τις υποχρεώσεις και τις υπηρεσίες· οι μόνιμοι κάτοικοι χρειάζονται ειλικρινή πληροφόρηση για το ποιοι είναι οι νεοφερμένοι και γιατί ήρθαν. Και οι δύο χρειάζονται ευκαιρίες να συναντηθούν ως άνθρωποι και όχι ως κατηγορίες.
# Context: heading
local-h-8f81c84427935632 = Ποιος φέρνει τι
# Context: paragraph in “Who brings what”
local-p-6f7f652008b3ec51 = Κανένας φορέας δεν μπορεί να τα κάνει όλα αυτά μόνος του. Ο παρακάτω πίνακας δείχνει τι συνεισφέρουν συνήθως οι διάφοροι τοπικοί φορείς στην επικοινωνία για τη μετανάστευση και την ένταξη.
# Context: table cell in “Who brings what”
local-cell-8568cf59e2d8bf2e = Τοπικός φορέας
# Context: table cell in “Who brings what”
local-cell-5f599b17fb61232a = Τι συνεισφέρει
# Context: table cell in “Who brings what”
local-cell-5086902be1c5551a = Πώς μπορεί να βοηθήσει την επικοινωνία
# Context: table cell in “Who brings what”
local-cell-dcc0421f4d47d66c = Δήμαρχος και δημοτικό συμβούλιο
# Context: table cell in “Who brings what”
local-cell-858249d8f9965758 = Νομιμοποίηση, προβολή, αποφάσεις
# Context: table cell in “Who brings what”
local-cell-8dde417f842d9fdd = Δημόσιες δηλώσεις, παρουσία σε εκδηλώσεις, σαφής θέση κατά της ρητορικής μίσους
# Context: table cell in “Who brings what”
local-cell-69b8451d334bc40a = Δημοτικές υπηρεσίες
# Context: table cell in “Who brings what”
local-cell-e6d362216b59b265 = Υπηρεσίες, δεδομένα, καθημερινή επαφή με τους κατοίκους
# Context: table cell in “Who brings what”
local-cell-27cbf816da3eec0f = Ακριβής πληροφόρηση, πολύγλωσσο υλικό, ένα πρόσωπο επικοινωνίας
# Context: table cell in “Who brings what”
local-cell-28d4a372b542701d = Σχολεία και νηπιαγωγεία
# Context: table cell in “Who brings what”
local-cell-d74827eebc706ca3 = Επαφή με παιδιά και γονείς
# Context: table cell in “Who brings what”
local-cell-24c84d6324a5d15a = Σχέδια εργασίας με μαθητές, συναντήσεις γονέων, ημέρες διαπολιτισμικότητας
# Context: table cell in “Who brings what”
local-cell-13af86e509e93c7b = Οργανώσεις της κοινωνίας των πολιτών
# Context: table cell in “Who brings what”
local-cell-ee931809aeb12ccc = Εμπιστοσύνη, άμεση επαφή με νεοφερμένους, εξειδίκευση
# Context: table cell in “Who brings what”
local-cell-8b2a918b43c4cb5e = Ιστορίες, εθελοντές, πρακτική στήριξη, κριτική φωνή
# Context: table cell in “Who brings what”
local-cell-8b2027a06a14474a = Εργοδότες και συνδικάτα
# Context: table cell in “Who brings what”
local-cell-bc75f118c2523e34 = Θέσεις εργασίας, κατάρτιση, χώροι εργασίας
# Context: table cell in “Who brings what”
local-cell-d41e9be13fa4ee7c = Παραδείγματα νεοφερμένων στη δουλειά, καθοδήγηση (mentoring)
# Context: table cell in “Who brings what”
local-cell-5221e27e4659bb69 = Τοπικά μέσα ενημέρωσης
# Context: table cell in “Who brings what”
local-cell-85447f81e8386e44 = Εμβέλεια, διαμόρφωση της δημόσιας ατζέντας
# Context: table cell in “Who brings what”
local-cell-3c306044e946da70 = Δίκαιη ειδησεογραφία, πορτρέτα, τοπικοί διάλογοι
# Context: table cell in “Who brings what”
local-cell-5340965fd1fc1d8a = Οι ίδιοι οι νεοφερμένοι
# Context: table cell in “Who brings what”
local-cell-fed6320f3bb1e1ec = Εμπειρία, γλώσσες, δεξιότητες
# Context: table cell in “Who brings what”
local-cell-36a042f4d46832ca = Μιλούν οι ίδιοι για τον εαυτό τους, συνδημιουργούν εκστρατείες
# Context: heading
local-h-43e8ccfc0bce99df = Συνηθισμένα εμπόδια
# Context: paragraph in “Common obstacles”
local-p-b99accc9b066650f = Η δουλειά σε τοπικό επίπεδο δεν είναι εύκολη. Τρεις δυσκολίες εμφανίζονται ξανά και ξανά.
# Context: list item in “Common obstacles”
local-li-a13cdd343f6c3709 = __Φόβος της αντιπαράθεσης.__ Οι αιρετοί μπορεί να ανησυχούν ότι αν μιλήσουν για τη μετανάστευση θα χάσουν ψήφους. Η εμπειρία δείχνει ότι μια ήρεμη, τεκμηριωμένη και συνεπής θέση συνήθως γίνεται σεβαστή, ακόμη και από όσους διαφωνούν.
# Context: list item in “Common obstacles”
local-li-a8faea89efe3d455 = __Έλλειψη πόρων.__ Οι μικροί δήμοι μπορεί να έχουν ένα μόνο άτομο για όλη την επικοινωνία. Οι συνεργασίες με ΜΚΟ, σχολεία και δίκτυα βοηθούν στον καταμερισμό της δουλειάς.
# Context: list item in “Common obstacles”
local-li-0468ec8a647d4539 = __Οι φόβοι των ίδιων των νεοφερμένων.__ Όσοι έχουν ξεφύγει από διώξεις μπορεί να είναι επιφυλακτικοί απέναντι στις αρχές και στη δημοσιότητα. Η εμπιστοσύνη θέλει χρόνο.
# Context: paragraph in “Common obstacles”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Do not use newcomers as "props". A photo opportunity in which { -refugees } are shown only as grateful recipients of help reinforces the very picture you want to change. Show people as actors, with their own skills and voices.
local-p-cc51e468b459268a = Μη χρησιμοποιείτε τους νεοφερμένους ως «σκηνικό». Μια φωτογράφιση όπου οι { -refugees } εμφανίζονται μόνο ως ευγνώμονες αποδέκτες βοήθειας ενισχύει ακριβώς την εικόνα που θέλετε να αλλάξετε. Δείξτε τους ανθρώπους ως πρωταγωνιστές, με τις δικές τους δεξιότητες και τη δική τους φωνή.

# Context: heading
# local-h-128116345ec56f05 = Working with { -newcomers } as partners


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-90ba2dbdd99d9352 = This handbook keeps returning to one idea: plan with { -newcomers }, not only for them. Here is how.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-4ad98f73952ff4c2 = **Where to find people.** Start with groups that already exist: associations led by { -migrants }, language courses, cultural mediators, faith communities, sports clubs and schools. Do not rely only on the one person the town hall already knows.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-7d67f52ee78ce2fa = **How far to share decisions.** Participation has four levels: people can be informed, consulted, co-creating or leading. Aim at least for co-creating, where people plan and decide with you. A small advisory group of { -newcomers } can guide a campaign. Give it the final word on how its members' stories are told.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-b08c40e051024188 = **Remove barriers.** Offer interpretation, childcare and travel costs. Hold meetings in places people can reach, at times that fit shift work and religious holidays.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-9a9f351dd8b93746 = **Avoid tokenism.** One person cannot speak for everyone. Involve women and men, young and older people, different origins and different legal statuses.


# Context: paragraph in “Working with { -newcomers } as partners”
# local-p-20eeb85dff806891 = **Close the loop.** Show participants the results and the evaluation, and ask what should change next time.


# Context: heading
# local-h-1fcb65cb32c990e7 = Fair pay within the rules


# Context: paragraph in “Fair pay within the rules”
# local-p-22faa39d6e3e9010 = Pay { -newcomers } where others are paid for similar work. But a fee can harm an { -asylum-seeker } if it breaks the rules on work or on support. Before you pay, check with your legal service or a local NGO:


# Context: list item in “Fair pay within the rules”
# local-li-bee877195cbd0fa1 = Is the person allowed to work yet? EU law lets member states delay access to work for several months after an asylum application[^reception].


# Context: list item in “Fair pay within the rules”
# local-li-caeb7d27b3fd9191 = May the person receive this fee, and how must it be declared?


# Context: list item in “Fair pay within the rules”
# local-li-8eaed91feb26ef48 = Will it reduce their reception allowance or other support?


# Context: paragraph in “Fair pay within the rules”
# local-p-6c340d87ebdcc2b2 = Where a fee is not allowed, you can usually still cover travel, meals and childcare, or give a certificate or a reference letter. Check vouchers too, as they may count as income. Explain the reason openly. People under { -temporary-protection } and recognised { -refugees } may work, but the rules on tax and allowances still apply to them.

# Context: heading
local-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
local-li-04338f0eb629554c = Καταγράψτε τους τοπικούς φορείς σας με βάση τον παραπάνω πίνακα και σημειώστε ένα όνομα για κάθε γραμμή.
# Context: list item in “What you can do”
local-li-3cdaf556b5c3e9e9 = Οργανώστε μια εσωτερική συνάντηση των δημοτικών υπηρεσιών:
# Context: list item in “What you can do”
local-li-7af02fbdfb396ad4 = συμφωνήστε στα γεγονότα για τους νεοφερμένους στην πόλη σας·
# Context: list item in “What you can do”
local-li-8bf06752029391ef = συμφωνήστε στις λέξεις που χρησιμοποιείτε, με βάση το [γλωσσάριο](03-words.md#glossary)·
# Context: list item in “What you can do”
local-li-17e8c4d97405d52b = ορίστε ένα πρόσωπο επικοινωνίας για τις ερωτήσεις των κατοίκων και των μέσων ενημέρωσης.
# Context: list item in “What you can do”
local-li-16c340cc2e8b8b8a = Ζητήστε από τον δήμαρχο ή από ένα ανώτερο στέλεχος να κάνει φέτος μία σαφή δημόσια δήλωση για την υποδοχή και τον σεβασμό.
# Context: list item in “What you can do”
local-li-f8e3e3835337c479 = Ελέγξτε αν οι βασικές πληροφορίες του δήμου υπάρχουν στις γλώσσες που μιλούν περισσότερο οι νεοφερμένοι στην πόλη σας.
# Context: list item in “What you can do”
local-li-a166d41254232d98 = Επιλέξτε μια δραστηριότητα που φέρνει κοντά κατοίκους και νεοφερμένους ως ίσους και σχεδιάστε τη μαζί με νεοφερμένους από την αρχή. Χρησιμοποιήστε το σχέδιο εκστρατείας του [κεφαλαίου 5](05-campaign.md).
# Context: footnote in “What you can do”
local-fn-2ab73036df9d63cf = Οι Κοινές Βασικές Αρχές για την πολιτική ένταξης των μεταναστών εγκρίθηκαν από το Συμβούλιο της Ευρωπαϊκής Ένωσης το 2004. Η πρώτη αρχή περιγράφει την ένταξη ως «δυναμική, αμφίδρομη διαδικασία αμοιβαίας προσαρμογής».
# Context: footnote in “What you can do”
local-fn-f5501b7576b47305 = Η Ευρωπαϊκή Επιτροπή παρουσίασε το Σχέδιο δράσης για την ένταξη και την ενσωμάτωση 2021-2027 τον Νοέμβριο του 2020. Το σχέδιο τονίζει τη σύμπραξη με τις τοπικές και περιφερειακές αρχές και τη σημασία της καθημερινής επαφής ανάμεσα στους νεοφερμένους και τις κοινωνίες υποδοχής.

# Context: footnote in “What you can do”
# local-fn-c90181702983e8ec = Under the Reception Conditions Directive (2013/33/EU), access to work must be granted no later than nine months after the application, if no first decision has been taken by then. The recast Directive (EU) 2024/1346, which applies from June 2026, shortens this to six months.

