# handbook/chapters/06-training.md — Training local communities
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
training-title-cef7d88e6e1e87bb = Κατάρτιση για τις τοπικές κοινωνίες
# Context: heading
training-h-61efe14fc2e2e932 = Γιατί κατάρτιση
# Context: paragraph in “Why training”
training-p-9210fcf5e532ca5b = Οι περισσότεροι άνθρωποι που μιλούν δημόσια για τη μετανάστευση σε μια πόλη δεν το είχαν σχεδιάσει ποτέ. Μια κοινωνική λειτουργός καλείται να μιλήσει σε μια συνέλευση κατοίκων· ένας εκπαιδευτικός διαπιστώνει ότι η άφιξη ενός νέου μαθητή αναστάτωσε κάποιους γονείς· μια εθελόντρια βλέπει στο διαδίκτυο μια ανάρτηση γεμάτη μίσος για τις οικογένειες που βοηθά. Όλοι τους επικοινωνούν, είτε είναι προετοιμασμένοι είτε όχι.
# Context: paragraph in “Why training”
training-p-1257b19439e3c5d5 = Η κατάρτιση τούς δίνει αυτοπεποίθηση, κοινό λεξιλόγιο και πρακτικά εργαλεία. Τους φέρνει επίσης κοντά: συχνά το πιο πολύτιμο αποτέλεσμα μιας ημέρας κατάρτισης είναι ότι η βιβλιοθηκονόμος, ο εργαζόμενος σε δομή νεολαίας και ο αστυνομικός πλέον γνωρίζονται μεταξύ τους.
# Context: heading
training-h-cc4e4fe821dc2ace = Σε ποιους απευθύνεται η κατάρτιση
# Context: paragraph in “Who training is for”
training-p-cd66b9d0a55eddce = Ένα τοπικό πρόγραμμα κατάρτισης λειτουργεί καλύτερα με μια μικτή ομάδα. Σκεφτείτε να προσκαλέσετε:
# Context: list item in “Who training is for”
training-li-020b3bde856be1b1 = στελέχη του δήμου που έρχονται σε επαφή με κατοίκους και νεοφερμένους, καθώς και όσους γράφουν για τα κανάλια επικοινωνίας της πόλης·
# Context: list item in “Who training is for”
training-li-551b6d1e67e858ad = αιρετούς, ακόμη κι αν μπορούν να συμμετάσχουν μόνο για ένα μέρος του χρόνου·
# Context: list item in “Who training is for”
training-li-3f8077ee8873f4c3 = εργαζόμενους και εθελοντές ΜΚΟ, μεταξύ άλλων και οργανώσεων με επικεφαλής { -migrants(case: "acc") }·
# Context: list item in “Who training is for”
training-li-1105b0fd333f9769 = εκπαιδευτικούς, σχολικούς συμβούλους και εργαζόμενους σε δομές νεολαίας·
# Context: list item in “Who training is for”
training-li-47fd9ac651d4f19d = τοπικούς δημοσιογράφους και ανθρώπους που διαχειρίζονται κοινοτικά μέσα ή διαδικτυακές ομάδες·
# Context: list item in “Who training is for”
training-li-b43eaf2769c25042 = νεοφερμένους που είναι ενεργοί στην κοινωνία, ως συμμετέχοντες και, όπου είναι δυνατόν, ως συνεκπαιδευτές.
# Context: paragraph in “Who training is for”
training-p-b326703bcf9bfee7 = Μια ομάδα 15 έως 25 ατόμων επιτρέπει πραγματική συζήτηση.
# Context: paragraph in “Who training is for”
training-p-37a5d26f99ab00f8 = Οι μικτές ομάδες μαθαίνουν περισσότερα, αλλά θέλουν φροντίδα. Συμφωνήστε από την αρχή σε απλούς βασικούς κανόνες: ακούμε, μιλάμε από τη δική μας εμπειρία, σεβόμαστε την εμπιστευτικότητα και διαφωνούμε με ιδέες, όχι με ανθρώπους.
# Context: heading
training-h-758d23798d0d029c = Τι μπορεί να καλύπτει ένα πρόγραμμα
# Context: paragraph in “What a programme can cover”
training-p-4fa1c8160451645c = Οι παρακάτω θεματικές ενότητες μπορούν να συνδυαστούν σε πρόγραμμα μίας ημέρας, δύο ημερών ή πολλών συναντήσεων. Κάθε ενότητα περιλαμβάνει μια σύντομη εισήγηση, μια δραστηριότητα και μια συζήτηση.
# Context: list item in “What a programme can cover”
training-li-e2d246bacab9364e = __Γεγονότα και πλαίσιο.__ Ποιοι είναι οι νεοφερμένοι στην πόλη μας, γιατί ήρθαν και ποιο είναι το νομικό τους καθεστώς; Χρησιμοποιήστε το [κεφάλαιο 2](02-routes.md) ως υπόβαθρο.
# Context: list item in “What a programme can cover”
training-li-6432c63258ab9bd9 = __Λέξεις.__ Πρόσφυγες, αιτούντες άσυλο, μετανάστες και τα υπόλοιπα: τι σημαίνουν οι λέξεις και πώς ακούγονται. Δουλέψτε με το [γλωσσάριο](03-words.md#glossary).
# Context: list item in “What a programme can cover”
training-li-90e5ff762debc64e = __Αντιλήψεις και στερεότυπα.__ Πώς διαμορφώνονται οι απόψεις για τη μετανάστευση; Τι ρόλο παίζουν ο φόβος, η επαφή και τα μέσα ενημέρωσης; Οι συμμετέχοντες αναστοχάζονται τις δικές τους παραδοχές, χωρίς να αποδίδονται ευθύνες.
# Context: list item in “What a programme can cover”
training-li-e4c82fd4c6557d2e = __Ιστορίες και μηνύματα.__ Πώς βρίσκουμε και αφηγούμαστε ιστορίες συμβολής και καθημερινής ζωής, με συναίνεση και χωρίς στερεότυπα. Οι συμμετέχοντες συντάσσουν ένα μήνυμα για το δικό τους κοινό.
# Context: list item in “What a programme can cover”
training-li-df154b9a5a6a05b2 = __Σχεδιασμός εκστρατείας.__ Τα επτά βήματα του κύκλου της εκστρατείας από το [κεφάλαιο 5](05-campaign.md#cycle), εφαρμοσμένα σε μια πραγματική τοπική ιδέα.
# Context: list item in “What a programme can cover”
training-li-677923d86c552875 = __Μέσα ενημέρωσης και μέσα κοινωνικής δικτύωσης.__ Συνεργασία με δημοσιογράφους, προετοιμασία για συνεντεύξεις, διαχείριση σχολίων και απάντηση στην παραπληροφόρηση. Δείτε το [κεφάλαιο 9](09-media.md).
# Context: list item in “What a programme can cover”
training-li-a238c440c175cd06 = __Απάντηση στην εχθρότητα.__ Τι κάνουμε όταν μια συνάντηση γίνεται οργισμένη ή όταν εμφανίζεται { -hate-speech }: διατηρούμε την ψυχραιμία μας, θέτουμε όρια, ξέρουμε πότε να κάνουμε καταγγελία.
# Context: paragraph in “What a programme can cover”
training-p-65317ee9f4f612e9 = Προσκαλέστε νεοφερμένους να μοιραστούν τη δική τους εμπειρία από την άφιξή τους στην πόλη, με δικά τους λόγια και με δικούς τους όρους. Μια προσωπική αφήγηση που ακούγεται πρόσωπο με πρόσωπο συχνά αλλάζει τις απόψεις των συμμετεχόντων περισσότερο από οποιαδήποτε διαφάνεια. Προετοιμάστε καλά τους ομιλητές, αμείψτε τους για τον χρόνο τους και μην τους ζητάτε ποτέ να ξαναζήσουν δημόσια τραυματικά γεγονότα. Πριν πληρώσετε έναν { -asylum-seeker(case: "acc") }, ελέγξτε τους κανόνες για την εργασία και τα επιδόματα στο [κεφάλαιο 4](04-local.md#fair-pay).
# Context: heading
training-h-dda3ebeb87525769 = Πώς οργανώνεται ένα πρόγραμμα κατάρτισης
# Context: heading
training-h-3386b5676f771586 = Πριν από την κατάρτιση
# Context: list item in “Before the training”
training-li-78cfc48e0ded390b = Ορίστε τον στόχο. Τι πρέπει να μπορούν να κάνουν οι συμμετέχοντες μετά; Για παράδειγμα: να γράψουν ένα δελτίο Τύπου με ακριβή γλώσσα ή να σχεδιάσουν μια μικρή εκστρατεία.
# Context: list item in “Before the training”
training-li-03c214c8d2c74095 = Μάθετε τι χρειάζονται οι συμμετέχοντες: ένα σύντομο ερωτηματολόγιο θα σας δείξει τι γνωρίζουν και τι τους ανησυχεί.
# Context: list item in “Before the training”
training-li-af8cc13bbbacbd7b = Επιλέξτε εκπαιδευτές: κάποιον με εμπειρία στην επικοινωνία, κάποιον που γνωρίζει τα θέματα μετανάστευσης και ασύλου και τουλάχιστον έναν νεοφερμένο.
# Context: list item in “Before the training”
training-li-c9eb56b5dd85d96c = Προετοιμάστε τα πρακτικά ζητήματα:
# Context: list item in “Before the training”
training-li-7ac8c5857d35dd20 = έναν προσβάσιμο χώρο, με δυνατότητα εργασίας σε μικρές ομάδες·
# Context: list item in “Before the training”
training-li-0953ebd91babbf44 = διερμηνεία, αν τη χρειάζονται κάποιοι συμμετέχοντες·
# Context: list item in “Before the training”
training-li-25030dd10a9f2d10 = φύλαξη παιδιών ή ένα ωράριο που βολεύει τους γονείς και όσους δουλεύουν με βάρδιες.
# Context: heading
training-h-a709853027611f7a = Κατά τη διάρκεια της κατάρτισης
# Context: paragraph in “During the training”
training-p-bca5a9156c508a0e = Κρατήστε τις εισηγήσεις σύντομες και αφήστε τους συμμετέχοντες να δουλέψουν πάνω στις δικές τους πραγματικές καταστάσεις, με έναν συνδυασμό σύντομων παρουσιάσεων, μελετών περίπτωσης, παιχνιδιών ρόλων και συζητήσεων με νεοφερμένους.
# Context: paragraph in “During the training”
training-p-1261c82c68db1ded = Αφήστε χώρο για αμφιβολίες και δύσκολες ερωτήσεις. Οι συμμετέχοντες που ανησυχούν για την ασφάλεια, το κόστος των υπηρεσιών ή τις εντάσεις σε ένα σχολείο πρέπει να μπορούν να το πουν. Απαντήστε με γεγονότα και δείξτε πώς άλλοι αντιμετώπισαν παρόμοιες καταστάσεις.
# Context: heading
training-h-257f554c9fad8263 = Μετά την κατάρτιση
# Context: paragraph in “After the training”
training-p-34b843ce7c1553b5 = Ζητήστε από τους συμμετέχοντες να φύγουν με μία συγκεκριμένη δέσμευση: ένα κείμενο να ξαναγράψουν, έναν εταίρο να τηλεφωνήσουν, μια δραστηριότητα να σχεδιάσουν. Μείνετε σε επαφή και συναντηθείτε ξανά μετά από μερικούς μήνες. Το καλύτερο αποτέλεσμα είναι μια κατάρτιση που οδηγεί σε εκστρατεία. Το { -clarinet } υλοποίησε τόσο προγράμματα κατάρτισης όσο και τοπικές εκστρατείες.
# Context: heading
training-h-86f437ebce5d900a = Ενδεικτικό πρόγραμμα μίας ημέρας
# Context: paragraph in “A sample one-day programme”
training-p-b32b7ad3f0ef0cbf = Ο παρακάτω πίνακας είναι ένα πρότυπο που μπορείτε να προσαρμόσετε. Οι ώρες είναι κατά προσέγγιση.
# Context: table cell in “A sample one-day programme”
training-cell-33b93476cf597a33 = Ώρα
# Context: table cell in “A sample one-day programme”
training-cell-6959b4159575d8dd = Ενότητα
# Context: table cell in “A sample one-day programme”
training-cell-52a0f9b65b278850 = Μέθοδος
# Context: table cell in “A sample one-day programme”
training-cell-25aeadb0f215fe7b = 09:00
# Context: table cell in “A sample one-day programme”
training-cell-9fca366f32c5fe88 = Καλωσόρισμα, γνωριμία, βασικοί κανόνες
# Context: table cell in “A sample one-day programme”
training-cell-3feb56940e42ba2d = Γύρος ονομάτων, σύντομη δραστηριότητα γνωριμίας σε ζευγάρια
# Context: table cell in “A sample one-day programme”
training-cell-6c85f2b7fb5fb527 = 09:30
# Context: table cell in “A sample one-day programme”
training-cell-d6e62a491843594b = Γεγονότα και πλαίσιο στην πόλη μας
# Context: table cell in “A sample one-day programme”
training-cell-9acc0cb5a0a9bedd = Σύντομη εισήγηση, ερωτήσεις, κουίζ
# Context: table cell in “A sample one-day programme”
training-cell-b90e3a3de552ac60 = 10:30
# Context: table cell in “A sample one-day programme”
training-cell-76d2d7610995b41d = Οι λέξεις έχουν σημασία
# Context: table cell in “A sample one-day programme”
training-cell-784c26a7e47e4934 = Εργασία με το γλωσσάριο· αναδιατύπωση πραγματικών τίτλων ειδήσεων
# Context: table cell in “A sample one-day programme”
training-cell-092ddb31314c3ecf = 11:30
# Context: table cell in “A sample one-day programme”
training-cell-f71081fb0af48ae6 = Διάλειμμα
# Context: table cell in “A sample one-day programme”
training-cell-8b57147d0e4734bc = Καφές και άτυπη κουβέντα
# Context: table cell in “A sample one-day programme”
training-cell-cde40a2a2d89dc10 = 11:45
# Context: table cell in “A sample one-day programme”
training-cell-fd32059121f966f9 = Φτάνοντας εδώ: μιλούν οι νεοφερμένοι
# Context: table cell in “A sample one-day programme”
training-cell-b6c1dcdda96e0b78 = Συζήτηση σε μικρές ομάδες
# Context: table cell in “A sample one-day programme”
training-cell-8b6e37514c871d06 = 13:00
# Context: table cell in “A sample one-day programme”
training-cell-74b7de10d8791d7b = Μεσημεριανό
# Context: table cell in “A sample one-day programme”
training-cell-860cc92c70fdcbf4 = Κοινό γεύμα
# Context: table cell in “A sample one-day programme”
training-cell-fb4506210213175c = 14:00
# Context: table cell in “A sample one-day programme”
training-cell-486419b2e13d3c1e = Από την ιστορία στο μήνυμα
# Context: table cell in “A sample one-day programme”
training-cell-d2d3c2b325cae67f = Ομαδική εργασία πάνω σε ένα τοπικό μήνυμα
# Context: table cell in “A sample one-day programme”
training-cell-5f66259ec3c7deb3 = 15:00
# Context: table cell in “A sample one-day programme”
training-cell-aeea16d03b59fae7 = Σχεδιασμός μιας μικρής εκστρατείας
# Context: table cell in “A sample one-day programme”
training-cell-67492e41dc93f344 = Κύκλος της εκστρατείας, μία σελίδα ανά ομάδα
# Context: table cell in “A sample one-day programme”
training-cell-5d2b616b828ac533 = 16:00
# Context: table cell in “A sample one-day programme”
training-cell-fa087ee7a5c6dd14 = Διαχείριση των μέσων ενημέρωσης και των εχθρικών σχολίων
# Context: table cell in “A sample one-day programme”
training-cell-4e0770587e55ab13 = Παιχνίδι ρόλων
# Context: table cell in “A sample one-day programme”
training-cell-f77732ae62006af6 = 16:45
# Context: table cell in “A sample one-day programme”
training-cell-4f6e595e5f6db047 = Δεσμεύσεις και αξιολόγηση
# Context: table cell in “A sample one-day programme”
training-cell-2a86946a1008753b = Κάθε συμμετέχων ορίζει ένα επόμενο βήμα· σύντομο έντυπο αξιολόγησης
# Context: table cell in “A sample one-day programme”
training-cell-5fb7a8a9f0eec531 = 17:00
# Context: table cell in “A sample one-day programme”
training-cell-7d9eb7acb13e2462 = Κλείσιμο
# Context: table cell in “A sample one-day programme”
training-cell-8d0898dbd134b91d = Ευχαριστίες και αποχαιρετισμός
# Context: table caption in “A sample one-day programme”
training-tcap-f2caf4d1f52ecec5 = Ενδεικτικό πρόγραμμα εκπαίδευσης μίας ημέρας
# Context: paragraph in “A sample one-day programme”
training-p-c62e87513f65d0ce = Μία μόνο ημέρα είναι ένα καλό ξεκίνημα, αλλά σπάνια αρκεί. Αν μπορείτε, μοιράστε τις ενότητες σε περισσότερες και συντομότερες συναντήσεις, ώστε οι συμμετέχοντες να μπορούν να δοκιμάζουν πράγματα στο ενδιάμεσο.
# Context: heading
training-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
training-li-3a0fe116f515c48d = Καταγράψτε δέκα ανθρώπους στην πόλη σας που επικοινωνούν για τη μετανάστευση, είτε το ξέρουν είτε όχι, και προσκαλέστε τους σε μια πρώτη συνάντηση μισής ημέρας.
# Context: list item in “What you can do”
training-li-58e6313835054bd8 = Βρείτε έναν συνεκπαιδευτή ανάμεσα στους νεοφερμένους της πόλης σας και σχεδιάστε τη συνάντηση μαζί.
# Context: list item in “What you can do”
training-li-e4c8b8b14325123d = Χρησιμοποιήστε το παραπάνω ενδεικτικό πρόγραμμα και προσαρμόστε το στον χρόνο και τον προϋπολογισμό που διαθέτετε.
