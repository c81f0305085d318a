# handbook/chapters/10-resources.md — Checklists, templates and further reading
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
resources-title-6f70fd91168a1858 = Λίστες ελέγχου, πρότυπα και περαιτέρω ανάγνωση
# Context: heading
resources-h-555c87bec75af099 = Πώς να χρησιμοποιήσετε αυτά τα εργαλεία
# Context: paragraph in “How to use these tools”
resources-p-a545b2fc48e03faf = Το κεφάλαιο αυτό συγκεντρώνει σε ένα σημείο τα πρακτικά εργαλεία του εγχειριδίου. Αντιγράψτε τα, μεταφράστε τα και προσαρμόστε τα: μια λίστα ελέγχου που χωράει σε μία σελίδα είναι μια λίστα ελέγχου που χρησιμοποιείται.
# Context: heading
resources-h-614c98740e77fecc = Σχέδιο εκστρατείας μίας σελίδας
# Context: paragraph in “One-page campaign plan”
resources-p-07656a676e5fab74 = Συμπληρώστε αυτό το πρότυπο μαζί με τους εταίρους σας στην αρχή μιας εκστρατείας. Ακολουθεί τα επτά βήματα του κύκλου της εκστρατείας που περιγράφεται στο [κεφάλαιο 5](05-campaign.md#cycle).
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Βήμα
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Ερώτημα που πρέπει να απαντηθεί
# Context: table cell in “One-page campaign plan”
resources-cell-55576676783c7f79 = Οι σημειώσεις σας
# Context: table cell in “One-page campaign plan”
resources-cell-cdbf6975e8a35b0d = Στόχος
# Context: table cell in “One-page campaign plan”
resources-cell-77a730b324622394 = Τι πρέπει να είναι διαφορετικό μετά την εκστρατεία και για ποιους;
# Context: table cell in “One-page campaign plan”
resources-cell-e9672cca06851819 = Γράψτε μία πρόταση.
# Context: table cell in “One-page campaign plan”
resources-cell-545c02357695a6ff = Κοινό
# Context: table cell in “One-page campaign plan”
resources-cell-d12a283886a0bdb9 = Ποια ομάδα θέλουμε περισσότερο να προσεγγίσουμε; Τι την ενδιαφέρει; Ποιον εμπιστεύεται;
# Context: table cell in “One-page campaign plan”
resources-cell-fd032586dcbea398 = Περιγράψτε μία ή δύο ομάδες.
# Context: table cell in “One-page campaign plan”
resources-cell-2f77668a9dfbf8d5 = Μήνυμα
# Context: table cell in “One-page campaign plan”
resources-cell-f0d207426f5b858c = Τι θέλουμε να θυμούνται;
# Context: table cell in “One-page campaign plan”
resources-cell-97fa0e84c8d2d72e = Μία πρόταση, δοκιμασμένη με το κοινό.
# Context: table cell in “One-page campaign plan”
resources-cell-4c8906cf76f5740a = Κανάλια
# Context: table cell in “One-page campaign plan”
resources-cell-5160b16b0cae5e35 = Πού θα συναντήσουν το μήνυμά μας;
# Context: table cell in “One-page campaign plan”
resources-cell-83789fbc37cb292a = Δύο ή τρία κανάλια.
# Context: table cell in “One-page campaign plan”
resources-cell-5dab502bfba3c3df = Εταίροι
# Context: table cell in “One-page campaign plan”
resources-cell-d5caa78e2289d4cf = Ποιος σχεδιάζει μαζί μας, ποιος βοηθά, ποιος διαδίδει το μήνυμα; Είναι νεοφερμένοι ανάμεσα στους διοργανωτές;
# Context: table cell in “One-page campaign plan”
resources-cell-714bfe85c11559a0 = Ονόματα και ρόλοι.
# Context: table cell in “One-page campaign plan”
resources-cell-1c6225ec7092ad2f = Προϋπολογισμός
# Context: table cell in “One-page campaign plan”
resources-cell-5f212ab95028e44e = Τι χρειαζόμαστε σε χρήματα και σε χρόνο; Τι μπορούν να προσφέρουν οι εταίροι σε είδος;
# Context: table cell in “One-page campaign plan”
resources-cell-a896e6e9517c8aa3 = Σύνολο, αποθεματικό, αξιολόγηση.
# Context: table cell in “One-page campaign plan”
resources-cell-163e44b102626149 = Αξιολόγηση
# Context: table cell in “One-page campaign plan”
resources-cell-a45dce435a2fa85e = Πώς θα ξέρουμε ποιους προσεγγίσαμε και τι άλλαξε;
# Context: table cell in “One-page campaign plan”
resources-cell-a86a898c1a98a602 = Δείκτες και ημερομηνίες.
# Context: table cell in “One-page campaign plan”
resources-cell-9dcff98e275f0cb9 = Χρονοδιάγραμμα
# Context: table cell in “One-page campaign plan”
resources-cell-b5d0fb3e50a9202e = Πότε ξεκινάμε, πότε κάνουμε την έναρξη, πότε υποβάλλουμε έκθεση;
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Βασικές ημερομηνίες.
# Context: heading
resources-h-55d093b1096256ee = Λίστα ελέγχου: πριν από μια εκδήλωση
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Η εκδήλωση έχει σαφή σκοπό, συνδεδεμένο με τον στόχο της εκστρατείας.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Ανάμεσα στους διοργανωτές υπάρχουν νεοφερμένοι, όχι μόνο ανάμεσα στους καλεσμένους.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Ο χώρος είναι προσβάσιμος, δωρεάν ή φθηνός και οικείος στο κοινό.
# Context: list item in “Checklist: before an event”
resources-li-5e11b049bead1c5d = Οι πληροφορίες είναι διαθέσιμες στις κύριες γλώσσες του κοινού.
# Context: list item in “Checklist: before an event”
resources-li-d48265c24fb2b974 = Η ώρα βολεύει τους εργαζόμενους και τις οικογένειες· έχει προβλεφθεί φύλαξη παιδιών.
# Context: list item in “Checklist: before an event”
resources-li-965291bcf0e1186f = Το φαγητό και οι άτυπες στιγμές δίνουν στους ανθρώπους την ευκαιρία να μιλήσουν.
# Context: list item in “Checklist: before an event”
resources-li-ef1aa4dc5ffc31cf = Οι φωτογράφοι γνωρίζουν ποιος έχει συμφωνήσει και ποιος όχι να φωτογραφηθεί.
# Context: list item in “Checklist: before an event”
resources-li-b44d922729560b5f = Υπάρχει σχέδιο για την περίπτωση αναστάτωσης ή εχθρικής συμπεριφοράς.
# Context: list item in “Checklist: before an event”
resources-li-f78dae256703b1c0 = Ξέρετε πώς θα συγκεντρώσετε τις απόψεις των συμμετεχόντων.
# Context: heading
resources-h-e7bad87c6d9edf07 = Λίστα ελέγχου: συναίνεση
# Context: list item in “Checklist: consent”
resources-li-bc74ca44338adfa3 = Ο άνθρωπος καταλαβαίνει σε τι θα χρησιμεύσει η ιστορία, η φωτογραφία ή το βίντεο.
# Context: list item in “Checklist: consent”
resources-li-4f751cbe8bd52aea = Ξέρει πού θα εμφανιστεί: σε έντυπο, στο διαδίκτυο, σε αφίσα, σε έκθεση.
# Context: list item in “Checklist: consent”
resources-li-664a29712e81172d = Ξέρει ότι το υλικό στο διαδίκτυο μπορεί να παραμείνει ορατό για πολύ καιρό.
# Context: list item in “Checklist: consent”
resources-li-d0892715d27db064 = Έχει επιλέξει πώς θα κατονομάζεται και πώς θα εμφανίζεται.
# Context: list item in “Checklist: consent”
resources-li-f2a1c6a69a57061f = Έχουν συζητηθεί οι κίνδυνοι για τον ίδιο ή την οικογένειά του, ιδίως κατά τη διάρκεια μιας διαδικασίας ασύλου.
# Context: list item in “Checklist: consent”
resources-li-7f7cca9922a6db92 = Για τα παιδιά, έχουν συμφωνήσει οι γονείς ή οι κηδεμόνες και έχει ερωτηθεί και το ίδιο το παιδί.
# Context: list item in “Checklist: consent”
resources-li-d83ea5feefec6eb6 = Η συναίνεση ζητείται ξανά για κάθε νέα χρήση.
# Context: heading
resources-h-77f96f56a2faf03e = Λίστα ελέγχου: μέσα ενημέρωσης και μέσα κοινωνικής δικτύωσης
# Context: list item in “Checklist: media and social media”
resources-li-b989bd2b52065313 = Πριν από μια συνέντευξη:
# Context: list item in “Checklist: media and social media”
resources-li-af0a33bc75631712 = Γνωρίζω τον δημοσιογράφο, το μέσο και το θέμα;
# Context: list item in “Checklist: media and social media”
resources-li-5237d30c4342d686 = Έχω δύο ή τρία βασικά σημεία, με γεγονότα και πηγές;
# Context: list item in “Checklist: media and social media”
resources-li-6cc6f495e41c8ffd = Έχω ελέγξει τις λέξεις μου με βάση το γλωσσάριο;
# Context: list item in “Checklist: media and social media”
resources-li-0794eb64ca54ed91 = Αν θα μιλήσει ένας νεοφερμένος, έχει συμφωνήσει και έχει προετοιμαστεί;
# Context: list item in “Checklist: media and social media”
resources-li-66812cd67c09cb20 = Πριν από μια ανάρτηση:
# Context: list item in “Checklist: media and social media”
resources-li-c383b66d3a91e020 = Μιλά η ανάρτηση για ανθρώπους, είναι τοπική και ακριβής;
# Context: list item in “Checklist: media and social media”
resources-li-a30dc47a4ea44c4b = Έχουν δώσει οι άνθρωποι που εμφανίζονται τη συναίνεσή τους για αυτή τη χρήση;
# Context: list item in “Checklist: media and social media”
resources-li-c2822a2647dbf945 = Είναι κάποιος έτοιμος να εποπτεύει τα σχόλια τις επόμενες ώρες;
# Context: list item in “Checklist: media and social media”
resources-li-7ae0e69a4b6f18e2 = Όταν εμφανιστεί μια φήμη ή μια ανάρτηση μίσους:
# Context: list item in “Checklist: media and social media”
resources-li-09bfcd27a3f8e510 = Καταγράψτε τη με στιγμιότυπο οθόνης, ημερομηνία και σύνδεσμο.
# Context: list item in “Checklist: media and social media”
resources-li-5487e01304a34aa0 = Αναφέρετέ τη, αν παραβιάζει τους κανόνες της πλατφόρμας ή τον νόμο.
# Context: list item in “Checklist: media and social media”
resources-li-f48c9692312d3eb5 = Απαντήστε μία φορά, ήρεμα, με γεγονότα και μια αξιόπιστη πηγή.
# Context: list item in “Checklist: media and social media”
resources-li-16bac6fcc99f7bf8 = Στηρίξτε τους ανθρώπους που στοχοποιούνται.
# Context: paragraph in “Checklist: media and social media”
resources-p-2c984d6048dd357c = Κρατήστε τις τρεις λίστες ελέγχου αυτού του κεφαλαίου σε έναν κοινόχρηστο φάκελο στον οποίο έχουν πρόσβαση όλοι οι εταίροι σας και επανεξετάστε τις μαζί μία φορά τον χρόνο. Προσθέστε όσα μαθαίνετε: η καλύτερη λίστα ελέγχου είναι αυτή που γράφεται από τη δική σας εμπειρία.
# Context: heading
resources-h-4082f515b2f4929c = Περαιτέρω ανάγνωση
# Context: paragraph in “Further reading”
resources-p-73abe1c6b3c1cf9d = Οι πηγές αυτές είναι δημόσιες, αξιόπιστες και ενημερώνονται τακτικά.
# Context: list item in “Further reading”
resources-li-ac0f1d2f4882baa6 = __Ο ιστότοπος του έργου CLARINET__, { -project-site }, με το υλικό και τα νέα του ίδιου του έργου: [www.clarinetproject.eu](https://www.clarinetproject.eu).
# Context: list item in “Further reading”
resources-li-f22144c1056b0149 = __Η Ευρωπαϊκή Επιτροπή__, που δημοσιεύει την πολιτική της ΕΕ για τη μετανάστευση, το άσυλο και την ένταξη, μεταξύ άλλων και το Σχέδιο δράσης για την ένταξη και την ενσωμάτωση 2021-2027: [commission.europa.eu](https://commission.europa.eu).
# Context: list item in “Further reading”
resources-li-ebbcb942f34bcbb8 = __Ο Ευρωπαϊκός ιστότοπος για την ένταξη__ (European Website on Integration), που λειτουργεί με ευθύνη της Ευρωπαϊκής Επιτροπής, με ειδήσεις και μια συλλογή πρακτικών ένταξης από όλη την Ευρώπη.
# Context: list item in “Further reading”
resources-li-8fea6f5af20fea63 = __Η Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR)__, για ορισμούς, νομικά κείμενα και δεδομένα για τους { -refugees(case: "acc") } και τους { -asylum-seekers(case: "acc") } σε όλο τον κόσμο.
# Context: list item in “Further reading”
resources-li-ed67a1914e033751 = __Ο Διεθνής Οργανισμός Μετανάστευσης (ΔΟΜ)__, για το γλωσσάριο όρων μετανάστευσης και τα δεδομένα του για τις μεταναστευτικές διαδρομές.
# Context: list item in “Further reading”
resources-li-8600eb6c1d104c7a = __Η Eurostat__ και **ο Οργανισμός της Ευρωπαϊκής Ένωσης για το Άσυλο**, για επίσημα ευρωπαϊκά στατιστικά στοιχεία για το άσυλο και τη μετανάστευση.
# Context: list item in “Further reading”
resources-li-d4ebbd766e393fff = __Η εθνική αρχή ασύλου και ο φορέας ισότητας της χώρας σας__, για στοιχεία, διαδικασίες και υποστήριξη στη χώρα και τη γλώσσα σας.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Οι ιστότοποι αλλάζουν. Αν μια σελίδα έχει μετακινηθεί, αναζητήστε το όνομα του οργανισμού και τον τίτλο του εγγράφου. Ελέγχετε πάντα την ημερομηνία κάθε αριθμού που χρησιμοποιείτε.
# Context: heading
resources-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Εκτυπώστε το σχέδιο εκστρατείας μίας σελίδας και συμπληρώστε το στην επόμενη συνάντηση των εταίρων σας.
# Context: list item in “What you can do”
resources-li-cddb53db9655fa00 = Βάλτε τις λίστες ελέγχου για τις εκδηλώσεις και τη συναίνεση στον φάκελο όλων όσοι οργανώνουν δημόσιες δραστηριότητες.
# Context: list item in “What you can do”
resources-li-db591e2d0ee6a046 = Μεταφράστε τις λίστες ελέγχου στις γλώσσες που μιλούν περισσότερο οι νεοφερμένοι στην πόλη σας.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Μοιραστείτε όσα μάθατε με μια άλλη πόλη. Η ανταλλαγή καλών πρακτικών ανάμεσα στις { -local-communities(case: "acc") } ήταν στην καρδιά του { -clarinet } και μπορεί να συνεχιστεί στα δικά σας χέρια.
