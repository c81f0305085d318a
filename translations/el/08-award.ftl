# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = Το Ευρωπαϊκό Βραβείο για τοπικές εκστρατείες
# Context: heading
award-h-9cc9c6c499ead4a1 = Γιατί ένα βραβείο
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Πολλές καλές τοπικές εκστρατείες μένουν άγνωστες έξω από την πόλη που τις υλοποίησε. Ένα βραβείο είναι ένας απλός τρόπος να τις ανακαλύψουμε, να ευχαριστήσουμε τους ανθρώπους που βρίσκονται πίσω τους και να μοιραστούμε τις ιδέες τους.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = Η πρώτη δράση του { -clarinet } ήταν μια πρόσκληση για το «Ευρωπαϊκό Βραβείο τοπικών εκστρατειών ευαισθητοποίησης για τη μετανάστευση και την ένταξη». Συνδεόταν με τον πρώτο και τον τρίτο στόχο του έργου: τον εντοπισμό καλών τοπικών πρακτικών και τη διάδοσή τους σε όλη την Ευρωπαϊκή Ένωση.
# Context: heading
award-h-975a8a2ec864e893 = Πώς λειτουργεί μια πρόσκληση
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = Μια πρόσκληση για ένα τέτοιο βραβείο έχει συνήθως τα ίδια στάδια. Οι διοργανωτές δημοσιεύουν την πρόσκληση και τα κριτήριά της, και οι ενδιαφερόμενοι υποβάλλουν τις συμμετοχές τους. Οι διοργανωτές ελέγχουν ότι κάθε συμμετοχή πληροί τις τυπικές προϋποθέσεις, και μια κριτική επιτροπή αξιολογεί τις επιλέξιμες. Οι νικητές ανακοινώνονται δημόσια και οι καλύτερες συμμετοχές διαδίδονται, ώστε να μπορούν να μάθουν από αυτές και άλλες πόλεις.
# Context: heading
award-h-71708699acf8f3b3 = Κριτήρια
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = Για ένα ευρωπαϊκό βραβείο τοπικών εκστρατειών για τη μετανάστευση και την ένταξη, τα παρακάτω κριτήρια είναι τα συνήθη. Μπορείτε να τα χρησιμοποιήσετε και για να αξιολογήσετε τη δική σας εκστρατεία.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Κριτήριο
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = Το ερώτημα που θέτει η κριτική επιτροπή
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Συνάφεια
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = Ανταποκρίνεται η εκστρατεία σε μια πραγματική τοπική ανάγκη ή κατάσταση;
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = Σαφήνεια στόχων
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = Ήξερε η εκστρατεία τι ήθελε να αλλάξει και για ποιους;
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Συμμετοχή
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Συμμετείχαν νεοφερμένοι και κάτοικοι στον σχεδιασμό και την υλοποίησή της;
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Ποιότητα του μηνύματος
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = Ήταν το μήνυμα ακριβές, σεβαστικό, τοπικό και αξιομνημόνευτο;
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Δημιουργικότητα
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = Βρήκε η εκστρατεία έναν φρέσκο τρόπο να φτάσει στο κοινό της;
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Σύμπραξη
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = Έφερε κοντά διαφορετικούς τοπικούς φορείς;
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Αποτελέσματα
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Υπάρχουν τεκμήρια εμβέλειας και αλλαγής, που παρουσιάζονται με ειλικρίνεια;
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Δυνατότητα μεταφοράς
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Θα μπορούσε μια άλλη πόλη να μάθει από αυτήν και να την προσαρμόσει;
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Συνήθη κριτήρια για ένα ευρωπαϊκό βραβείο τοπικών εκστρατειών
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = Οι πιο χρήσιμες συμμετοχές περιλαμβάνουν μια σύντομη ενότητα με τίτλο «Αν θέλετε να το κάνετε στην πόλη σας». Δύο ή τρεις πρακτικές προτάσεις, για παράδειγμα για την εύρεση εταίρων ή την εξασφάλιση συναίνεσης, μετατρέπουν μια ιστορία επιτυχίας σε εργαλείο για άλλους.
# Context: heading
award-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Αξιολογήστε την πιο πρόσφατη εκστρατεία σας με τον παραπάνω πίνακα κριτηρίων και σημειώστε τα ισχυρότερα και τα πιο αδύναμα σημεία της.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Ανοίξτε έναν «φάκελο τεκμηρίων» για την επόμενη εκστρατεία σας από την πρώτη μέρα.
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Αναζητήστε τρέχουσες προσκλήσεις για βραβεία και προγράμματα χρηματοδότησης για τη μετανάστευση, την ένταξη και την τοπική επικοινωνία, για παράδειγμα μέσω του [ιστότοπου της Ευρωπαϊκής Επιτροπής](https://commission.europa.eu) και μέσω εθνικών και ευρωπαϊκών δικτύων πόλεων.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Χρησιμοποιήστε το [πρότυπο σχεδίου εκστρατείας](10-resources.md#campaign-template) για να τεκμηριώσετε πιο εύκολα την επόμενη εκστρατεία σας.
