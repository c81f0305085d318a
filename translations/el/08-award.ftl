### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
award-title-6d9dce07 = Το Ευρωπαϊκό Βραβείο για τοπικές εκστρατείες

# Context: heading
award-h-eaededca = Γιατί ένα βραβείο

# Context: paragraph in “Why an award”
award-p-8d01512c = Πολλές καλές τοπικές εκστρατείες μένουν άγνωστες έξω από την πόλη που τις υλοποίησε. Ένα βραβείο είναι ένας απλός τρόπος να τις ανακαλύψουμε, να ευχαριστήσουμε τους ανθρώπους που βρίσκονται πίσω τους και να μοιραστούμε τις ιδέες τους.

# Context: paragraph in “Why an award”
award-p-56f46ba6 = Η πρώτη δράση του { -clarinet } ήταν μια πρόσκληση για το «Ευρωπαϊκό Βραβείο τοπικών εκστρατειών ευαισθητοποίησης για τη μετανάστευση και την ένταξη». Υπηρέτησε τον πρώτο και τον τρίτο στόχο του έργου: να εντοπιστούν και να ενθαρρυνθούν καλές πρακτικές των { -local-communities(case: "gen") } στη δημόσια επικοινωνία για τη μετανάστευση και την κοινωνική ένταξη των { -migrants(case: "gen") }, και να προωθηθεί η ανταλλαγή αυτών των πρακτικών σε όλη την Ευρωπαϊκή Ένωση.

# Context: heading
award-h-9e7328f0 = Πώς λειτουργεί μια πρόσκληση

# Context: paragraph in “How a call works”
award-p-d2cac224 = Όποιοι κι αν είναι οι ακριβείς κανόνες της, μια πρόσκληση για ένα τέτοιο βραβείο ακολουθεί συνήθως τα ίδια στάδια.

# Context: list item in “How a call works”
award-li-10c6414b = **Δημοσίευση.** Οι διοργανωτές δημοσιεύουν την πρόσκληση: ποιοι μπορούν να υποβάλουν αίτηση, ποιες εκστρατείες είναι επιλέξιμες, την προθεσμία και τα κριτήρια.

# Context: list item in “How a call works”
award-li-0fe93a82 = **Αιτήσεις.** Οι αιτούντες περιγράφουν την εκστρατεία τους, συνήθως σε ένα έντυπο, με τεκμήρια όπως εικόνες, δημοσιεύματα και αποτελέσματα.

# Context: list item in “How a call works”
award-li-8feab185 = **Έλεγχος επιλεξιμότητας.** Οι διοργανωτές ελέγχουν ότι κάθε συμμετοχή πληροί τις τυπικές προϋποθέσεις.

# Context: list item in “How a call works”
award-li-ee883a18 = **Αξιολόγηση.** Μια κριτική επιτροπή αξιολογεί τις επιλέξιμες συμμετοχές με βάση τα κριτήρια που έχουν δημοσιευθεί.

# Context: list item in “How a call works”
award-li-24c0cef2 = **Απόφαση και τελετή.** Ανακοινώνονται οι νικητές, ιδανικά σε μια δημόσια εκδήλωση που τους δίνει προβολή.

# Context: list item in “How a call works”
award-li-c59869f9 = **Διάχυση.** Οι καλύτερες συμμετοχές παρουσιάζονται σε άλλους, ώστε να μπορούν να μάθουν από αυτές και άλλες πόλεις.

# Context: paragraph in “How a call works”
award-p-b9d6d022 = Διαβάζετε πάντα προσεκτικά το επίσημο κείμενο μιας πρόσκλησης. Το κεφάλαιο αυτό περιγράφει πώς λειτουργούν γενικά τέτοιες προσκλήσεις και τι αναζητούν συνήθως οι κριτικές επιτροπές· οι ακριβείς κανόνες, οι προϋποθέσεις επιλεξιμότητας και τα κριτήρια κάθε βραβείου ορίζονται από τους διοργανωτές του.

# Context: heading
award-h-d32f26f8 = Κριτήρια

# Context: paragraph in “Criteria”
award-p-528cc0d5 = Για ένα ευρωπαϊκό βραβείο τοπικών εκστρατειών για τη μετανάστευση και την ένταξη, τα παρακάτω κριτήρια είναι τα συνήθη. Μπορείτε να τα χρησιμοποιήσετε και για να αξιολογήσετε τη δική σας εκστρατεία.

# Context: table cell in “Criteria”
award-cell-a6c7b3a4 = Κριτήριο

# Context: table cell in “Criteria”
award-cell-335ca615 = Το ερώτημα που θέτει η κριτική επιτροπή

# Context: table cell in “Criteria”
award-cell-02d2fe76 = Συνάφεια

# Context: table cell in “Criteria”
award-cell-82af7a5e = Ανταποκρίνεται η εκστρατεία σε μια πραγματική τοπική ανάγκη ή κατάσταση;

# Context: table cell in “Criteria”
award-cell-eb986388 = Σαφήνεια στόχων

# Context: table cell in “Criteria”
award-cell-69c460ea = Ήξερε η εκστρατεία τι ήθελε να αλλάξει και για ποιους;

# Context: table cell in “Criteria”
award-cell-7e3a2476 = Συμμετοχή

# Context: table cell in “Criteria”
award-cell-d878f080 = Συμμετείχαν νεοφερμένοι και κάτοικοι στον σχεδιασμό και την υλοποίησή της;

# Context: table cell in “Criteria”
award-cell-4d821f29 = Ποιότητα του μηνύματος

# Context: table cell in “Criteria”
award-cell-34cc5209 = Ήταν το μήνυμα ακριβές, σεβαστικό, τοπικό και αξιομνημόνευτο;

# Context: table cell in “Criteria”
award-cell-134c2a8d = Δημιουργικότητα

# Context: table cell in “Criteria”
award-cell-c051de15 = Βρήκε η εκστρατεία έναν φρέσκο τρόπο να φτάσει στο κοινό της;

# Context: table cell in “Criteria”
award-cell-f19d7075 = Σύμπραξη

# Context: table cell in “Criteria”
award-cell-d0946624 = Έφερε κοντά διαφορετικούς τοπικούς φορείς;

# Context: table cell in “Criteria”
award-cell-424cc635 = Αποτελέσματα

# Context: table cell in “Criteria”
award-cell-c03c1a74 = Υπάρχουν τεκμήρια εμβέλειας και αλλαγής, που παρουσιάζονται με ειλικρίνεια;

# Context: table cell in “Criteria”
award-cell-22c552ef = Δυνατότητα μεταφοράς

# Context: table cell in “Criteria”
award-cell-bdc3355e = Θα μπορούσε μια άλλη πόλη να μάθει από αυτήν και να την προσαρμόσει;

# Context: heading
award-h-6dfa441f = Τι κοινό έχουν οι καλές συμμετοχές

# Context: paragraph in “What good entries share”
award-p-a5e0e337 = Οι εκστρατείες που βραβεύονται συχνά δεν είναι οι μεγαλύτερες ή οι πιο δαπανηρές. Οι καλές συμμετοχές έχουν συνήθως τα εξής κοινά χαρακτηριστικά:

# Context: list item in “What good entries share”
award-li-8db72d19 = **Μια σαφής τοπική ιστορία.** Η συμμετοχή εξηγεί σε λίγες προτάσεις την κατάσταση στην πόλη και δείχνει γιατί χρειαζόταν εκεί η εκστρατεία.

# Context: list item in “What good entries share”
award-li-8296c137 = **Άνθρωποι, όχι ετικέτες.** Οι νεοφερμένοι εμφανίζονται ως γείτονες, εργαζόμενοι, γονείς, καλλιτέχνες και αθλητές, που μιλούν με τη δική τους φωνή.

# Context: list item in “What good entries share”
award-li-85bf4438 = **Πραγματική σύμπραξη.** Ο δήμος, η κοινωνία των πολιτών, τα σχολεία και οι νεοφερμένοι έπαιξαν όλοι κάποιον ρόλο, και η συμμετοχή αναφέρει ποιος έκανε τι.

# Context: list item in “What good entries share”
award-li-4bf2d60b = **Ειλικρινή αποτελέσματα.** Η συμμετοχή αναφέρει τι λειτούργησε και τι όχι, με μετριοπαθή αλλά πραγματικά τεκμήρια.

# Context: list item in “What good entries share”
award-li-d4a7ab9b = **Κάτι που μπορεί να αντιγραφεί.** Η συμμετοχή εξηγεί τη μέθοδο ώστε να μπορούν να την αξιοποιήσουν και άλλοι, με κόστη, χρονοδιάγραμμα και διδάγματα.

# Context: paragraph in “What good entries share”
award-p-23da42cd = Οι πιο χρήσιμες συμμετοχές περιλαμβάνουν μια σύντομη ενότητα με τίτλο «Αν θέλετε να το κάνετε στην πόλη σας». Δύο ή τρεις πρακτικές προτάσεις, για παράδειγμα για την εύρεση εταίρων ή την εξασφάλιση συναίνεσης, μετατρέπουν μια ιστορία επιτυχίας σε εργαλείο για άλλους.

# Context: heading
award-h-bf454da0 = Προετοιμασία μιας συμμετοχής

# Context: list item in “Preparing an entry”
award-li-033cacd5 = Διαβάστε την πρόσκληση και τα κριτήριά της και ελέγξτε πρώτα αν είστε επιλέξιμοι.

# Context: list item in “Preparing an entry”
award-li-75ddd7aa = Συγκεντρώστε υλικό όσο η εκστρατεία σας βρίσκεται σε εξέλιξη, όχι μετά:

# Context: list item in “Preparing an entry”
award-li-c75ca877 = φωτογραφίες και βίντεο, με συναίνεση για τη χρήση τους στη συμμετοχή·

# Context: list item in “Preparing an entry”
award-li-4e71e35b = δημοσιεύματα του Τύπου και στιγμιότυπα οθόνης από αντιδράσεις στο διαδίκτυο·

# Context: list item in “Preparing an entry”
award-li-28d2f9c3 = αριθμούς για τη συμμετοχή και την εμβέλεια·

# Context: list item in “Preparing an entry”
award-li-90dc5e16 = δηλώσεις συμμετεχόντων, τόσο νεοφερμένων όσο και μόνιμων κατοίκων.

# Context: list item in “Preparing an entry”
award-li-ab30f243 = Γράψτε τη συμμετοχή σαν ιστορία: κατάσταση, στόχος, τι κάνατε, τι άλλαξε, τι μάθατε.

# Context: list item in “Preparing an entry”
award-li-29c97291 = Απαντήστε ρητά σε κάθε κριτήριο. Οι κριτικές επιτροπές διαβάζουν πολλές συμμετοχές και εκτιμούν τη σαφή δομή.

# Context: paragraph in “Preparing an entry”
award-p-8538e4f5 = Ακόμη κι αν δεν κερδίσετε, η προετοιμασία μιας συμμετοχής αξίζει τον κόπο: σας αναγκάζει να αξιολογήσετε την εκστρατεία σας, και το υλικό μπορεί να αξιοποιηθεί ξανά σε εκθέσεις και αιτήσεις χρηματοδότησης.

# Context: heading
award-h-9353605e = Τι μπορείτε να κάνετε

# Context: list item in “What you can do”
award-li-a9eeb92f = Αξιολογήστε την πιο πρόσφατη εκστρατεία σας με τον παραπάνω πίνακα κριτηρίων και σημειώστε τα ισχυρότερα και τα πιο αδύναμα σημεία της.

# Context: list item in “What you can do”
award-li-ec2813b3 = Ανοίξτε έναν «φάκελο τεκμηρίων» για την επόμενη εκστρατεία σας από την πρώτη μέρα.

# Context: list item in “What you can do”
award-li-03cd530b = Αναζητήστε τρέχουσες προσκλήσεις για βραβεία και προγράμματα χρηματοδότησης για τη μετανάστευση, την ένταξη και την τοπική επικοινωνία, για παράδειγμα μέσω του [ιστότοπου της Ευρωπαϊκής Επιτροπής](https://commission.europa.eu) και μέσω εθνικών και ευρωπαϊκών δικτύων πόλεων.

# Context: list item in “What you can do”
award-li-f4de1ffe = Χρησιμοποιήστε το [πρότυπο σχεδίου εκστρατείας](10-resources.md#campaign-template) για να τεκμηριώσετε πιο εύκολα την επόμενη εκστρατεία σας.
