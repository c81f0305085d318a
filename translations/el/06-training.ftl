### handbook/chapters/06-training.md — Training local communities
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
training-title-5b6cd454 = Κατάρτιση για τις τοπικές κοινωνίες

# Context: heading
training-h-078c0918 = Γιατί κατάρτιση

# Context: paragraph in “Why training”
training-p-1666b679 = Οι περισσότεροι άνθρωποι που μιλούν δημόσια για τη μετανάστευση σε μια πόλη δεν το είχαν σχεδιάσει ποτέ. Μια κοινωνική λειτουργός καλείται να μιλήσει σε μια συνέλευση κατοίκων· ένας εκπαιδευτικός διαπιστώνει ότι η άφιξη ενός νέου μαθητή αναστάτωσε κάποιους γονείς· μια εθελόντρια βλέπει στο διαδίκτυο μια ανάρτηση γεμάτη μίσος για τις «δικές της» οικογένειες. Όλοι τους επικοινωνούν, είτε είναι έτοιμοι είτε όχι.

# Context: paragraph in “Why training”
training-p-afa24c58 = Η κατάρτιση τούς δίνει αυτοπεποίθηση, κοινό λεξιλόγιο και πρακτικά εργαλεία. Τους φέρνει επίσης κοντά: συχνά το πιο πολύτιμο αποτέλεσμα μιας ημέρας κατάρτισης είναι ότι η βιβλιοθηκονόμος, ο εργαζόμενος σε δομή νεολαίας και ο αστυνομικός πλέον γνωρίζονται μεταξύ τους.

# Context: heading
training-h-f2999e8a = Τα οκτώ προγράμματα κατάρτισης

# Context: paragraph in “The eight training programmes”
training-p-6302f850 = Η κατάρτιση ήταν μία από τις πέντε κύριες δράσεις του { -clarinet }. Το έργο σχεδίασε οκτώ προγράμματα κατάρτισης για τις { -local-communities(case: "acc") }, παράλληλα με τις οκτώ τοπικές εκστρατείες ευαισθητοποίησης και τις οκτώ καλλιτεχνικές φιλοξενίες του. Τα προγράμματα απάντησαν σε δύο ερωτήματα, που διατρέχουν και αυτό το εγχειρίδιο:

# Context: list item in “The eight training programmes”
training-li-728713a6 = **Πώς** μπορούν οι τοπικές κοινωνίες να επικοινωνούν για τη μετανάστευση και την { -integration(case: "acc") } στη δική τους πόλη: μέσα από ποια κανάλια, με ποιους εταίρους, με ποιον τόνο;

# Context: list item in “The eight training programmes”
training-li-84038310 = **Τι** πρέπει να επικοινωνούν: ποια γεγονότα, ποιες ιστορίες, ποια μηνύματα για τη συμβολή των { -migrants(case: "gen") } στην τοπική ζωή;

# Context: paragraph in “The eight training programmes”
training-p-6051c9de = Επειδή τα προγράμματα πραγματοποιήθηκαν σε διαφορετικές χώρες και γλώσσες, το καθένα διαμορφώθηκε με βάση τις τοπικές ανάγκες. Οι παρακάτω ενότητες δεν αποτελούν ένα σταθερό πρόγραμμα σπουδών: συγκεντρώνουν τα θέματα και τις μεθόδους που συνήθως καλύπτει μια τέτοια κατάρτιση, ώστε να μπορέσετε να σχεδιάσετε τη δική σας.

# Context: heading
training-h-71ea65eb = Σε ποιους απευθύνεται η κατάρτιση

# Context: paragraph in “Who training is for”
training-p-5cd31d27 = Ένα τοπικό πρόγραμμα κατάρτισης λειτουργεί καλύτερα με μια μικτή ομάδα. Σκεφτείτε να προσκαλέσετε:

# Context: list item in “Who training is for”
training-li-924d6e3f = στελέχη του δήμου που έρχονται σε επαφή με κατοίκους και νεοφερμένους, καθώς και όσους γράφουν για τα κανάλια επικοινωνίας της πόλης·

# Context: list item in “Who training is for”
training-li-faa0b619 = αιρετούς, ακόμη κι αν μπορούν να συμμετάσχουν μόνο για ένα μέρος του χρόνου·

# Context: list item in “Who training is for”
training-li-5d9ec123 = εργαζόμενους και εθελοντές ΜΚΟ, μεταξύ άλλων και οργανώσεων με επικεφαλής { -migrants(case: "acc") }·

# Context: list item in “Who training is for”
training-li-9e664a56 = εκπαιδευτικούς, σχολικούς συμβούλους και εργαζόμενους σε δομές νεολαίας·

# Context: list item in “Who training is for”
training-li-c2b77862 = τοπικούς δημοσιογράφους και ανθρώπους που διαχειρίζονται κοινοτικά μέσα ή διαδικτυακές ομάδες·

# Context: list item in “Who training is for”
training-li-9499bbb6 = νεοφερμένους που είναι ενεργοί στην κοινωνία, ως συμμετέχοντες και, όπου είναι δυνατόν, ως συνεκπαιδευτές.

# Context: paragraph in “Who training is for”
training-p-344d89c0 = Μια ομάδα 15 έως 25 ατόμων επιτρέπει πραγματική συζήτηση.

# Context: paragraph in “Who training is for”
training-p-729e2c54 = Οι μικτές ομάδες μαθαίνουν περισσότερα, αλλά θέλουν φροντίδα. Συμφωνήστε από την αρχή σε απλούς βασικούς κανόνες: ακούμε, μιλάμε από τη δική μας εμπειρία, σεβόμαστε την εμπιστευτικότητα και διαφωνούμε με ιδέες, όχι με ανθρώπους.

# Context: heading
training-h-503564a9 = Τι μπορεί να καλύπτει ένα πρόγραμμα

# Context: paragraph in “What a programme can cover”
training-p-334ac23b = Οι παρακάτω θεματικές ενότητες μπορούν να συνδυαστούν σε πρόγραμμα μίας ημέρας, δύο ημερών ή πολλών συναντήσεων. Κάθε ενότητα περιλαμβάνει μια σύντομη εισήγηση, μια δραστηριότητα και μια συζήτηση.

# Context: list item in “What a programme can cover”
training-li-b3edce25 = **Γεγονότα και πλαίσιο.** Ποιοι είναι οι νεοφερμένοι στην πόλη μας, γιατί ήρθαν και ποιο είναι το νομικό τους καθεστώς; Χρησιμοποιήστε το [κεφάλαιο 2](02-routes.md) ως υπόβαθρο.

# Context: list item in “What a programme can cover”
training-li-2904d722 = **Λέξεις.** Πρόσφυγες, αιτούντες άσυλο, μετανάστες και τα υπόλοιπα: τι σημαίνουν οι λέξεις και πώς ακούγονται. Δουλέψτε με το [γλωσσάριο](03-words.md#glossary).

# Context: list item in “What a programme can cover”
training-li-0c712dbc = **Αντιλήψεις και στερεότυπα.** Πώς διαμορφώνονται οι απόψεις για τη μετανάστευση; Τι ρόλο παίζουν ο φόβος, η επαφή και τα μέσα ενημέρωσης; Οι συμμετέχοντες αναστοχάζονται τις δικές τους παραδοχές, χωρίς να αποδίδονται ευθύνες.

# Context: list item in “What a programme can cover”
training-li-8d98ecd8 = **Ιστορίες και μηνύματα.** Πώς βρίσκουμε και αφηγούμαστε ιστορίες συμβολής και καθημερινής ζωής, με συναίνεση και χωρίς στερεότυπα. Οι συμμετέχοντες συντάσσουν ένα μήνυμα για το δικό τους κοινό.

# Context: list item in “What a programme can cover”
training-li-87e319a6 = **Σχεδιασμός εκστρατείας.** Τα επτά βήματα του κύκλου της εκστρατείας από το [κεφάλαιο 5](05-campaign.md#cycle), εφαρμοσμένα σε μια πραγματική τοπική ιδέα.

# Context: list item in “What a programme can cover”
training-li-3e6f1470 = **Μέσα ενημέρωσης και μέσα κοινωνικής δικτύωσης.** Συνεργασία με δημοσιογράφους, προετοιμασία για συνεντεύξεις, εποπτεία σχολίων και απάντηση στην παραπληροφόρηση. Δείτε το [κεφάλαιο 9](09-media.md).

# Context: list item in “What a programme can cover”
training-li-21e7260a = **Απάντηση στην εχθρότητα.** Τι κάνουμε όταν μια συνάντηση γίνεται οργισμένη ή όταν εμφανίζεται { -hate-speech }: διατηρούμε την ψυχραιμία μας, θέτουμε όρια, ξέρουμε πότε να κάνουμε καταγγελία.

# Context: paragraph in “What a programme can cover”
training-p-6c332660 = Προσκαλέστε νεοφερμένους να μοιραστούν τη δική τους εμπειρία από την άφιξή τους στην πόλη, με δικά τους λόγια και με δικούς τους όρους. Μια προσωπική αφήγηση που ακούγεται πρόσωπο με πρόσωπο συχνά αλλάζει τις απόψεις των συμμετεχόντων περισσότερο από οποιαδήποτε διαφάνεια. Προετοιμάστε καλά τους ομιλητές, αμείψτε τους για τον χρόνο τους και μην τους ζητάτε ποτέ να ξαναζήσουν δημόσια τραυματικά γεγονότα.

# Context: heading
training-h-474e1b3d = Πώς οργανώνεται ένα πρόγραμμα κατάρτισης

# Context: heading
training-h-20641eef = Πριν

# Context: list item in “Before”
training-li-588a15fa = Ορίστε τον στόχο. Τι πρέπει να μπορούν να κάνουν οι συμμετέχοντες μετά; Για παράδειγμα: να γράψουν ένα δελτίο Τύπου με ακριβή γλώσσα ή να σχεδιάσουν μια μικρή εκστρατεία.

# Context: list item in “Before”
training-li-2cd16d14 = Μάθετε τι χρειάζονται οι συμμετέχοντες: ένα σύντομο ερωτηματολόγιο θα σας δείξει τι γνωρίζουν και τι τους ανησυχεί.

# Context: list item in “Before”
training-li-9e3384b5 = Επιλέξτε εκπαιδευτές: κάποιον με εμπειρία στην επικοινωνία, κάποιον που γνωρίζει τα θέματα μετανάστευσης και ασύλου και τουλάχιστον έναν νεοφερμένο.

# Context: list item in “Before”
training-li-ad2ff4ce = Προετοιμάστε τα πρακτικά ζητήματα:

# Context: list item in “Before”
training-li-069da143 = έναν προσβάσιμο χώρο, με δυνατότητα εργασίας σε μικρές ομάδες·

# Context: list item in “Before”
training-li-6a31c872 = διερμηνεία, αν τη χρειάζονται κάποιοι συμμετέχοντες·

# Context: list item in “Before”
training-li-9c48e891 = φύλαξη παιδιών ή ένα ωράριο που βολεύει τους γονείς και όσους δουλεύουν με βάρδιες.

# Context: heading
training-h-86c03894 = Κατά τη διάρκεια

# Context: paragraph in “During”
training-p-4682b529 = Κρατήστε τις εισηγήσεις σύντομες και αφήστε τους συμμετέχοντες να δουλέψουν πάνω στις δικές τους πραγματικές καταστάσεις, με έναν συνδυασμό σύντομων παρουσιάσεων, μελετών περίπτωσης, παιχνιδιών ρόλων και συζητήσεων με νεοφερμένους.

# Context: paragraph in “During”
training-p-5e1981e1 = Αφήστε χώρο για αμφιβολίες και δύσκολες ερωτήσεις. Οι συμμετέχοντες που ανησυχούν για την ασφάλεια, το κόστος των υπηρεσιών ή τις εντάσεις σε ένα σχολείο πρέπει να μπορούν να το πουν. Απαντήστε με γεγονότα και δείξτε πώς άλλοι αντιμετώπισαν παρόμοιες καταστάσεις.

# Context: heading
training-h-1754c553 = Μετά

# Context: paragraph in “After”
training-p-eff85e07 = Ζητήστε από τους συμμετέχοντες να φύγουν με μία συγκεκριμένη δέσμευση: ένα κείμενο να ξαναγράψουν, έναν εταίρο να τηλεφωνήσουν, μια δραστηριότητα να σχεδιάσουν. Μείνετε σε επαφή και συναντηθείτε ξανά μετά από μερικούς μήνες. Το καλύτερο αποτέλεσμα είναι μια κατάρτιση που οδηγεί σε εκστρατεία: γι’ αυτό το { -clarinet } συνδύασε την κατάρτιση με εκστρατείες που σχεδίασαν οι ίδιες οι συμμετέχουσες κοινωνίες.

# Context: heading
training-h-7036f44e = Ενδεικτικό πρόγραμμα μίας ημέρας

# Context: paragraph in “A sample one-day programme”
training-p-1ab9d3d4 = Ο παρακάτω πίνακας είναι ένα πρότυπο που μπορείτε να προσαρμόσετε. Οι ώρες είναι κατά προσέγγιση.

# Context: table cell in “A sample one-day programme”
training-cell-78efd29f = Ώρα

# Context: table cell in “A sample one-day programme”
training-cell-44b56f66 = Ενότητα

# Context: table cell in “A sample one-day programme”
training-cell-8cb93664 = Μέθοδος

# Context: table cell in “A sample one-day programme”
training-cell-9027f0a8 = 09:00

# Context: table cell in “A sample one-day programme”
training-cell-f941f369 = Καλωσόρισμα, γνωριμία, βασικοί κανόνες

# Context: table cell in “A sample one-day programme”
training-cell-4736681d = Γύρος ονομάτων, σύντομη δραστηριότητα γνωριμίας σε ζευγάρια

# Context: table cell in “A sample one-day programme”
training-cell-901b7d63 = 09:30

# Context: table cell in “A sample one-day programme”
training-cell-4d30ad90 = Γεγονότα και πλαίσιο στην πόλη μας

# Context: table cell in “A sample one-day programme”
training-cell-40960c4e = Σύντομη εισήγηση, ερωτήσεις, κουίζ

# Context: table cell in “A sample one-day programme”
training-cell-53aa9c37 = 10:30

# Context: table cell in “A sample one-day programme”
training-cell-99393f6a = Οι λέξεις έχουν σημασία

# Context: table cell in “A sample one-day programme”
training-cell-e93a1cd8 = Εργασία με το γλωσσάριο· αναδιατύπωση πραγματικών τίτλων ειδήσεων

# Context: table cell in “A sample one-day programme”
training-cell-0198394b = 11:30

# Context: table cell in “A sample one-day programme”
training-cell-0ae8041c = Διάλειμμα

# Context: table cell in “A sample one-day programme”
training-cell-01e57b1d = Καφές και άτυπη κουβέντα

# Context: table cell in “A sample one-day programme”
training-cell-019b89bb = 11:45

# Context: table cell in “A sample one-day programme”
training-cell-18685ed7 = Φτάνοντας εδώ: μιλούν οι νεοφερμένοι

# Context: table cell in “A sample one-day programme”
training-cell-432b1836 = Συζήτηση σε μικρές ομάδες

# Context: table cell in “A sample one-day programme”
training-cell-b84d37e3 = 13:00

# Context: table cell in “A sample one-day programme”
training-cell-3a996e21 = Μεσημεριανό

# Context: table cell in “A sample one-day programme”
training-cell-0183acba = Κοινό γεύμα

# Context: table cell in “A sample one-day programme”
training-cell-64e00163 = 14:00

# Context: table cell in “A sample one-day programme”
training-cell-559ca8c4 = Από την ιστορία στο μήνυμα

# Context: table cell in “A sample one-day programme”
training-cell-2c5f965e = Ομαδική εργασία πάνω σε ένα τοπικό μήνυμα

# Context: table cell in “A sample one-day programme”
training-cell-16d1d7e5 = 15:00

# Context: table cell in “A sample one-day programme”
training-cell-a0af79a3 = Σχεδιασμός μιας μικρής εκστρατείας

# Context: table cell in “A sample one-day programme”
training-cell-049c37b7 = Κύκλος της εκστρατείας, μία σελίδα ανά ομάδα

# Context: table cell in “A sample one-day programme”
training-cell-380725a8 = 16:00

# Context: table cell in “A sample one-day programme”
training-cell-0ddfe142 = Διαχείριση των μέσων ενημέρωσης και των εχθρικών σχολίων

# Context: table cell in “A sample one-day programme”
training-cell-11fdb446 = Παιχνίδι ρόλων

# Context: table cell in “A sample one-day programme”
training-cell-380f7563 = 16:45

# Context: table cell in “A sample one-day programme”
training-cell-48c1c711 = Δεσμεύσεις και αξιολόγηση

# Context: table cell in “A sample one-day programme”
training-cell-160d1d98 = Κάθε συμμετέχων ορίζει ένα επόμενο βήμα· σύντομο έντυπο αξιολόγησης

# Context: table cell in “A sample one-day programme”
training-cell-b3fab034 = 17:00

# Context: table cell in “A sample one-day programme”
training-cell-db541cd8 = Κλείσιμο

# Context: table cell in “A sample one-day programme”
training-cell-d5c887f7 = Ευχαριστίες και αποχαιρετισμός

# Context: paragraph in “A sample one-day programme”
training-p-031f2f2d = Μία μόνο ημέρα είναι ένα καλό ξεκίνημα, αλλά σπάνια αρκεί. Αν μπορείτε, μοιράστε τις ενότητες σε περισσότερες και συντομότερες συναντήσεις, ώστε οι συμμετέχοντες να μπορούν να δοκιμάζουν πράγματα στο ενδιάμεσο.

# Context: heading
training-h-9353605e = Τι μπορείτε να κάνετε

# Context: list item in “What you can do”
training-li-58283c7c = Καταγράψτε δέκα ανθρώπους στην πόλη σας που επικοινωνούν για τη μετανάστευση, είτε το ξέρουν είτε όχι, και προσκαλέστε τους σε μια πρώτη συνάντηση μισής ημέρας.

# Context: list item in “What you can do”
training-li-bbfe3487 = Βρείτε έναν συνεκπαιδευτή ανάμεσα στους νεοφερμένους της πόλης σας και σχεδιάστε τη συνάντηση μαζί.

# Context: list item in “What you can do”
training-li-2ed79858 = Χρησιμοποιήστε το παραπάνω ενδεικτικό πρόγραμμα και προσαρμόστε το στον χρόνο και τον προϋπολογισμό που διαθέτετε.

# Context: list item in “What you can do”
training-li-2194955d = Κλείστε κάθε συνάντηση με συγκεκριμένες δεσμεύσεις και ορίστε ημερομηνία για την επόμενη συνάντηση.
