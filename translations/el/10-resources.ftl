### handbook/chapters/10-resources.md — Checklists, templates and further reading
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
resources-title-07d9b641 = Λίστες ελέγχου, πρότυπα και περαιτέρω ανάγνωση

# Context: heading
resources-h-c497408f = Πώς να χρησιμοποιήσετε αυτά τα εργαλεία

# Context: paragraph in “How to use these tools”
resources-p-e6aae41b = Το κεφάλαιο αυτό συγκεντρώνει σε ένα σημείο τα πρακτικά εργαλεία του εγχειριδίου. Αντιγράψτε τα, μεταφράστε τα και προσαρμόστε τα: μια λίστα ελέγχου που χωράει σε μία σελίδα είναι μια λίστα ελέγχου που χρησιμοποιείται.

# Context: heading
resources-h-82a85ae9 = Σχέδιο εκστρατείας μίας σελίδας

# Context: paragraph in “One-page campaign plan”
resources-p-a31a7be5 = Συμπληρώστε αυτό το πρότυπο μαζί με τους εταίρους σας στην αρχή μιας εκστρατείας. Ακολουθεί τα επτά βήματα του κύκλου της εκστρατείας που περιγράφεται στο [κεφάλαιο 5](05-campaign.md#cycle).

# Context: table cell in “One-page campaign plan”
resources-cell-c68bcfea = Βήμα

# Context: table cell in “One-page campaign plan”
resources-cell-8ded2eae = Ερώτημα που πρέπει να απαντηθεί

# Context: table cell in “One-page campaign plan”
resources-cell-ca7daa35 = Οι σημειώσεις σας

# Context: table cell in “One-page campaign plan”
resources-cell-c91a47e8 = Στόχος

# Context: table cell in “One-page campaign plan”
resources-cell-d15a2f52 = Τι πρέπει να είναι διαφορετικό μετά την εκστρατεία και για ποιους;

# Context: table cell in “One-page campaign plan”
resources-cell-4628d5d6 = Γράψτε μία πρόταση.

# Context: table cell in “One-page campaign plan”
resources-cell-b92c8f1f = Κοινό

# Context: table cell in “One-page campaign plan”
resources-cell-85be58a0 = Ποια ομάδα θέλουμε περισσότερο να προσεγγίσουμε; Τι την ενδιαφέρει; Ποιον εμπιστεύεται;

# Context: table cell in “One-page campaign plan”
resources-cell-2427e815 = Περιγράψτε μία ή δύο ομάδες.

# Context: table cell in “One-page campaign plan”
resources-cell-dc7f9775 = Μήνυμα

# Context: table cell in “One-page campaign plan”
resources-cell-cfada986 = Τι θέλουμε να θυμούνται;

# Context: table cell in “One-page campaign plan”
resources-cell-18d17ecb = Μία πρόταση, δοκιμασμένη με το κοινό.

# Context: table cell in “One-page campaign plan”
resources-cell-a2785cd0 = Κανάλια

# Context: table cell in “One-page campaign plan”
resources-cell-db6e34e9 = Πού θα συναντήσουν το μήνυμά μας;

# Context: table cell in “One-page campaign plan”
resources-cell-c4342208 = Δύο ή τρία κανάλια.

# Context: table cell in “One-page campaign plan”
resources-cell-d9c6108d = Εταίροι

# Context: table cell in “One-page campaign plan”
resources-cell-791c1f54 = Ποιος σχεδιάζει μαζί μας, ποιος βοηθά, ποιος διαδίδει το μήνυμα; Είναι νεοφερμένοι ανάμεσα στους διοργανωτές;

# Context: table cell in “One-page campaign plan”
resources-cell-5f91f8ad = Ονόματα και ρόλοι.

# Context: table cell in “One-page campaign plan”
resources-cell-b415a87b = Προϋπολογισμός

# Context: table cell in “One-page campaign plan”
resources-cell-921bf833 = Τι χρειαζόμαστε σε χρήματα και σε χρόνο; Τι μπορούν να προσφέρουν οι εταίροι σε είδος;

# Context: table cell in “One-page campaign plan”
resources-cell-98f4a1c5 = Σύνολο, αποθεματικό, αξιολόγηση.

# Context: table cell in “One-page campaign plan”
resources-cell-b88e6d9d = Αξιολόγηση

# Context: table cell in “One-page campaign plan”
resources-cell-0e972e8a = Πώς θα ξέρουμε ποιους προσεγγίσαμε και τι άλλαξε;

# Context: table cell in “One-page campaign plan”
resources-cell-81aaeaa4 = Δείκτες και ημερομηνίες.

# Context: table cell in “One-page campaign plan”
resources-cell-e15af7d2 = Χρονοδιάγραμμα

# Context: table cell in “One-page campaign plan”
resources-cell-4a250ef6 = Πότε ξεκινάμε, πότε κάνουμε την έναρξη, πότε υποβάλλουμε έκθεση;

# Context: table cell in “One-page campaign plan”
resources-cell-3d301a6b = Βασικές ημερομηνίες.

# Context: heading
resources-h-e12a85d4 = Λίστα ελέγχου: πριν από μια εκδήλωση

# Context: list item in “Checklist: before an event”
resources-li-e6788259 = Η εκδήλωση έχει σαφή σκοπό, συνδεδεμένο με τον στόχο της εκστρατείας.

# Context: list item in “Checklist: before an event”
resources-li-9c9a8ae4 = Ανάμεσα στους διοργανωτές υπάρχουν νεοφερμένοι, όχι μόνο ανάμεσα στους καλεσμένους.

# Context: list item in “Checklist: before an event”
resources-li-1f690940 = Ο χώρος είναι προσβάσιμος, δωρεάν ή φθηνός και οικείος στο κοινό.

# Context: list item in “Checklist: before an event”
resources-li-62188913 = Οι πληροφορίες είναι διαθέσιμες στις κύριες γλώσσες του κοινού.

# Context: list item in “Checklist: before an event”
resources-li-2b1cb6ec = Η ώρα βολεύει τους εργαζόμενους και τις οικογένειες· έχει προβλεφθεί φύλαξη παιδιών.

# Context: list item in “Checklist: before an event”
resources-li-0b7792e8 = Το φαγητό και οι άτυπες στιγμές δίνουν στους ανθρώπους την ευκαιρία να μιλήσουν.

# Context: list item in “Checklist: before an event”
resources-li-b9e4a046 = Οι φωτογράφοι γνωρίζουν ποιος έχει συμφωνήσει και ποιος όχι να φωτογραφηθεί.

# Context: list item in “Checklist: before an event”
resources-li-efc60acd = Υπάρχει σχέδιο για την περίπτωση αναστάτωσης ή εχθρικής συμπεριφοράς.

# Context: list item in “Checklist: before an event”
resources-li-d7c9374f = Ξέρετε πώς θα συγκεντρώσετε τις απόψεις των συμμετεχόντων.

# Context: heading
resources-h-f634f254 = Λίστα ελέγχου: συναίνεση

# Context: list item in “Checklist: consent”
resources-li-4960ec18 = Ο άνθρωπος καταλαβαίνει σε τι θα χρησιμεύσει η ιστορία, η φωτογραφία ή το βίντεο.

# Context: list item in “Checklist: consent”
resources-li-50220d54 = Ξέρει πού θα εμφανιστεί: σε έντυπο, στο διαδίκτυο, σε αφίσα, σε έκθεση.

# Context: list item in “Checklist: consent”
resources-li-78fe7ca1 = Ξέρει ότι το υλικό στο διαδίκτυο μπορεί να παραμείνει ορατό για πολύ καιρό.

# Context: list item in “Checklist: consent”
resources-li-277fdff4 = Έχει επιλέξει πώς θα κατονομάζεται και πώς θα εμφανίζεται.

# Context: list item in “Checklist: consent”
resources-li-1edcf769 = Έχουν συζητηθεί οι κίνδυνοι για τον ίδιο ή την οικογένειά του, ιδίως κατά τη διάρκεια μιας διαδικασίας ασύλου.

# Context: list item in “Checklist: consent”
resources-li-f4d5ee7b = Για τα παιδιά, έχουν συμφωνήσει οι γονείς ή οι κηδεμόνες και έχει ερωτηθεί και το ίδιο το παιδί.

# Context: list item in “Checklist: consent”
resources-li-a602fcdf = Η συναίνεση ζητείται ξανά για κάθε νέα χρήση.

# Context: heading
resources-h-5fc5d288 = Λίστα ελέγχου: μέσα ενημέρωσης και μέσα κοινωνικής δικτύωσης

# Context: list item in “Checklist: media and social media”
resources-li-7e4b009b = Πριν από μια συνέντευξη:

# Context: list item in “Checklist: media and social media”
resources-li-d982366b = Γνωρίζω τον δημοσιογράφο, το μέσο και το θέμα;

# Context: list item in “Checklist: media and social media”
resources-li-33c0eeac = Έχω δύο ή τρία βασικά σημεία, με γεγονότα και πηγές;

# Context: list item in “Checklist: media and social media”
resources-li-12103297 = Έχω ελέγξει τις λέξεις μου με βάση το γλωσσάριο;

# Context: list item in “Checklist: media and social media”
resources-li-37263ba8 = Αν θα μιλήσει ένας νεοφερμένος, έχει συμφωνήσει και έχει προετοιμαστεί;

# Context: list item in “Checklist: media and social media”
resources-li-524c6a82 = Πριν από μια ανάρτηση:

# Context: list item in “Checklist: media and social media”
resources-li-1e8eb699 = Μιλά η ανάρτηση για ανθρώπους, είναι τοπική και ακριβής;

# Context: list item in “Checklist: media and social media”
resources-li-37f2eacf = Έχουν δώσει οι άνθρωποι που εμφανίζονται τη συναίνεσή τους για αυτή τη χρήση;

# Context: list item in “Checklist: media and social media”
resources-li-074e3ba9 = Είναι κάποιος έτοιμος να εποπτεύει τα σχόλια τις επόμενες ώρες;

# Context: list item in “Checklist: media and social media”
resources-li-34e5596b = Όταν εμφανιστεί μια φήμη ή μια ανάρτηση μίσους:

# Context: list item in “Checklist: media and social media”
resources-li-202aed5c = Καταγράψτε τη με στιγμιότυπο οθόνης, ημερομηνία και σύνδεσμο.

# Context: list item in “Checklist: media and social media”
resources-li-f15be0b1 = Αναφέρετέ τη, αν παραβιάζει τους κανόνες της πλατφόρμας ή τον νόμο.

# Context: list item in “Checklist: media and social media”
resources-li-17f4db61 = Απαντήστε μία φορά, ήρεμα, με γεγονότα και μια αξιόπιστη πηγή.

# Context: list item in “Checklist: media and social media”
resources-li-cc1a5b52 = Στηρίξτε τους ανθρώπους που στοχοποιούνται.

# Context: paragraph in “Checklist: media and social media”
resources-p-cec720e2 = Κρατήστε τις τρεις λίστες ελέγχου αυτού του κεφαλαίου σε έναν κοινόχρηστο φάκελο στον οποίο έχουν πρόσβαση όλοι οι εταίροι σας και επανεξετάστε τις μαζί μία φορά τον χρόνο. Προσθέστε όσα μαθαίνετε: η καλύτερη λίστα ελέγχου είναι αυτή που γράφεται από τη δική σας εμπειρία.

# Context: heading
resources-h-2a37589d = Περαιτέρω ανάγνωση

# Context: paragraph in “Further reading”
resources-p-bfbf1639 = Οι πηγές αυτές είναι δημόσιες, αξιόπιστες και ενημερώνονται τακτικά.

# Context: list item in “Further reading”
resources-li-9e4603be = **Ο ιστότοπος του έργου CLARINET**, { -project-site }, με το υλικό και τα νέα του ίδιου του έργου: [www.clarinetproject.eu](https://www.clarinetproject.eu).

# Context: list item in “Further reading”
resources-li-44a62376 = **Η Ευρωπαϊκή Επιτροπή**, που δημοσιεύει την πολιτική της ΕΕ για τη μετανάστευση, το άσυλο και την ένταξη, μεταξύ άλλων και το Σχέδιο δράσης για την ένταξη και την ενσωμάτωση 2021-2027: [commission.europa.eu](https://commission.europa.eu).

# Context: list item in “Further reading”
resources-li-696e709e = **Ο Ευρωπαϊκός ιστότοπος για την ένταξη** (European Website on Integration), που λειτουργεί με ευθύνη της Ευρωπαϊκής Επιτροπής, με ειδήσεις και μια συλλογή πρακτικών ένταξης από όλη την Ευρώπη.

# Context: list item in “Further reading”
resources-li-43380a5a = **Η Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR)**, για ορισμούς, νομικά κείμενα και δεδομένα για τους { -refugees(case: "acc") } και τους { -asylum-seekers(case: "acc") } σε όλο τον κόσμο.

# Context: list item in “Further reading”
resources-li-c90c5064 = **Ο Διεθνής Οργανισμός Μετανάστευσης (ΔΟΜ)**, για το γλωσσάριο όρων μετανάστευσης και τα δεδομένα του για τις μεταναστευτικές διαδρομές.

# Context: list item in “Further reading”
resources-li-5a29f75a = **Η Eurostat** και **ο Οργανισμός της Ευρωπαϊκής Ένωσης για το Άσυλο**, για επίσημα ευρωπαϊκά στατιστικά στοιχεία για το άσυλο και τη μετανάστευση.

# Context: list item in “Further reading”
resources-li-9ebcd56e = **Η εθνική αρχή ασύλου και ο φορέας ισότητας της χώρας σας**, για στοιχεία, διαδικασίες και υποστήριξη στη χώρα και τη γλώσσα σας.

# Context: paragraph in “Further reading”
resources-p-f71cf8ed = Οι ιστότοποι αλλάζουν. Αν μια σελίδα έχει μετακινηθεί, αναζητήστε το όνομα του οργανισμού και τον τίτλο του εγγράφου. Ελέγχετε πάντα την ημερομηνία κάθε αριθμού που χρησιμοποιείτε.

# Context: heading
resources-h-9353605e = Τι μπορείτε να κάνετε

# Context: list item in “What you can do”
resources-li-ab18ea03 = Εκτυπώστε το σχέδιο εκστρατείας μίας σελίδας και συμπληρώστε το στην επόμενη συνάντηση των εταίρων σας.

# Context: list item in “What you can do”
resources-li-404b6089 = Βάλτε τις λίστες ελέγχου για τις εκδηλώσεις και τη συναίνεση στον φάκελο όλων όσοι οργανώνουν δημόσιες δραστηριότητες.

# Context: list item in “What you can do”
resources-li-22994ea2 = Μεταφράστε τις λίστες ελέγχου στις γλώσσες που μιλούν περισσότερο οι νεοφερμένοι στην πόλη σας.

# Context: list item in “What you can do”
resources-li-65f9f2e4 = Μοιραστείτε όσα μάθατε με μια άλλη πόλη. Η ανταλλαγή καλών πρακτικών ανάμεσα στις { -local-communities(case: "acc") } ήταν στην καρδιά του { -clarinet } και μπορεί να συνεχιστεί στα δικά σας χέρια.
