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
resources-p-270d02bec92c9dc5 = Συμπληρώστε αυτό το πρότυπο μαζί με τους εταίρους σας στην αρχή μιας εκστρατείας. Ακολουθεί τα επτά βήματα του κύκλου της εκστρατείας που περιγράφεται στο [κεφάλαιο 5](05-campaign.md#cycle) και προσθέτει ένα χρονοδιάγραμμα.
# Context: table cell in “One-page campaign plan”
resources-cell-8e6a6cca7aae1d1e = Βήμα
# Context: table cell in “One-page campaign plan”
resources-cell-bd51aa7d3ccd7a0f = Ερώτημα που πρέπει να απαντηθεί
# Context: table cell in “One-page campaign plan”
resources-cell-260c1163c7253d49 = Τι να γράψετε
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
resources-cell-b5d0fb3e50a9202e = Πότε ξεκινάμε, πότε ξεκινά δημόσια η εκστρατεία, πότε υποβάλλουμε έκθεση;
# Context: table cell in “One-page campaign plan”
resources-cell-8f51979c518256b2 = Βασικές ημερομηνίες.
# Context: heading
resources-h-c7a40883f0223305 = Εργαλειοθήκη εκστρατείας
# Context: paragraph in “Campaign toolkit”
resources-p-86b9d2a866cc79c4 = Αντιγράψτε αυτά τα πρότυπα και συμπληρώστε τα μαζί με τους εταίρους σας.
# Context: heading
resources-h-fb7298a36f8984f9 = Σπίτι του μηνύματος
# Context: paragraph in “Message house”
resources-p-9261584e558c0290 = Δείτε στο [κεφάλαιο 5](05-campaign.md#message-framework) πώς να το χρησιμοποιήσετε.
# Context: table cell in “Message house”
resources-cell-8570a2e1669ff057 = Μέρος
# Context: table cell in “Message house”
resources-cell-9fc765bbc7400b84 = Το κείμενό σας
# Context: table cell in “Message house”
resources-cell-f226841f16be692f = Κεντρικό μήνυμα (η στέγη)
# Context: table cell in “Message house”
resources-cell-ad863aaed8327796 = Επιχείρημα 1, με ένα τοπικό στοιχείο ή μια τοπική ιστορία
# Context: table cell in “Message house”
resources-cell-7fa411d2f786cef7 = Επιχείρημα 2, με ένα τοπικό στοιχείο ή μια τοπική ιστορία
# Context: table cell in “Message house”
resources-cell-1f7d53ab8ecfeb9f = Επιχείρημα 3, με ένα τοπικό στοιχείο ή μια τοπική ιστορία
# Context: table cell in “Message house”
resources-cell-c5d6b751645812b8 = Ποιοι μεταφέρουν το μήνυμα
# Context: table cell in “Message house”
resources-cell-c48cd231858e1cec = Πρόσκληση για δράση
# Context: heading
resources-h-1c6225ec7092ad2f = Προϋπολογισμός
# Context: table cell in “Budget”
resources-cell-204a5eb2cd28bcfd = Δαπάνη
# Context: table cell in “Budget”
resources-cell-e2da108f63008e44 = Σε χρήμα
# Context: table cell in “Budget”
resources-cell-2ad2a8961524a628 = Σε είδος
# Context: table cell in “Budget”
resources-cell-a1524cb294d75a0f = Ποιος πληρώνει ή τη διαθέτει
# Context: table cell in “Budget”
resources-cell-f1513de8001d3757 = Χρόνος προσωπικού
# Context: table cell in “Budget”
resources-cell-fba53a51ce9c9a84 = Σχεδιασμός και εκτύπωση
# Context: table cell in “Budget”
resources-cell-db98af75c9353f89 = Χώροι
# Context: table cell in “Budget”
resources-cell-ddbd3158cea3508e = Διερμηνεία και μετάφραση
# Context: table cell in “Budget”
resources-cell-b8bdc448114cd044 = Αμοιβές για { -newcomers(case: "acc") }, καλλιτέχνες και ομιλητές
# Context: table cell in “Budget”
resources-cell-f6ec908e366bd6fb = Προσβασιμότητα: υπότιτλοι, εκδοχές εύκολες στην ανάγνωση, νοηματική γλώσσα
# Context: table cell in “Budget”
resources-cell-4e262a7ebd00950c = Φαγητό και ποτά
# Context: table cell in “Budget”
resources-cell-7c50f8a38a76f3e1 = Διαφήμιση
# Context: table cell in “Budget”
resources-cell-80bae243138d45d6 = Αποθεματικό για απρόβλεπτα
# Context: table cell in “Budget”
resources-cell-c9b3c38247f744e1 = Σύνολο
# Context: paragraph in “Budget”
resources-p-ad60d6a3ae84fa4a = Ορισμένες μεγάλες πλατφόρμες δεν δέχονται πλέον πληρωμένες διαφημίσεις για κοινωνικά ζητήματα στην ΕΕ, και η μετανάστευση μπορεί να θεωρηθεί τέτοιο ζήτημα. Ελέγξτε τους κανόνες τους πριν προβλέψετε κονδύλι για διαφημίσεις.
# Context: heading
resources-h-3cdfa37b13de1454 = Δείκτες
# Context: paragraph in “Indicators”
resources-p-219cd80cd7cc2cb4 = Επιλέξτε τουλάχιστον έναν δείκτη για κάθε επίπεδο και μετρήστε την αρχική τιμή πριν ξεκινήσει η εκστρατεία.
# Context: table cell in “Indicators”
resources-cell-1709305c9fa966d1 = Επίπεδο
# Context: table cell in “Indicators”
resources-cell-86dde35c59a67d2a = Δείκτης
# Context: table cell in “Indicators”
resources-cell-cc9ea7f7c64e772c = Αρχική τιμή
# Context: table cell in “Indicators”
resources-cell-548c5b4d99727c76 = Πηγή δεδομένων
# Context: table cell in “Indicators”
resources-cell-99c40ab405926cb5 = Ημερομηνία
# Context: table cell in “Indicators”
resources-cell-20859ef42e90fa74 = Δραστηριότητες: τι κάναμε
# Context: table cell in “Indicators”
resources-cell-e8a0cd89e92f39b3 = Απήχηση: ποιους φτάσαμε
# Context: table cell in “Indicators”
resources-cell-30c74499e27bf5e3 = Αλλαγή: τι άλλαξε
# Context: heading
resources-h-eef9a484f57a8412 = Έρευνα πριν και μετά
# Context: paragraph in “Before-and-after survey”
resources-p-56f98232ec27962c = Κάντε τις ίδιες πέντε ερωτήσεις, ανώνυμα, πριν και μετά την εκστρατεία.
# Context: list item in “Before-and-after survey”
resources-li-8138ed2786d3896a = Πόσους { -newcomers(case: "acc") } στην πόλη μας γνωρίζετε με το όνομά τους; (κανέναν, έναν ή δύο, τρεις ή περισσότερους)
# Context: list item in “Before-and-after survey”
resources-li-ed5dcde4244cadf8 = Τον τελευταίο μήνα, έχετε μιλήσει με κάποιον { -newcomer(case: "acc") } για περισσότερα από λίγα λεπτά; (ναι, όχι)
# Context: list item in “Before-and-after survey”
resources-li-4cdd16c51fa5f4e7 = Συμφωνείτε με τη φράση «Οι άνθρωποι που ήρθαν να ζήσουν εδώ από άλλες χώρες συμβάλλουν στη ζωή της πόλης μας»; (διαφωνώ απόλυτα, διαφωνώ, δεν είμαι σίγουρος/-η, συμφωνώ, συμφωνώ απόλυτα)
# Context: list item in “Before-and-after survey”
resources-li-826c6bb92d43a981 = Από πού παίρνετε τις περισσότερες ειδήσεις σας για τη μετανάστευση; (τοπικά μέσα ενημέρωσης, εθνικά μέσα ενημέρωσης, μέσα κοινωνικής δικτύωσης, φίλοι και οικογένεια, άλλο)
# Context: list item in “Before-and-after survey”
resources-li-f2ba89795fd8ceb6 = Τι θα βοηθούσε τους ανθρώπους στην πόλη μας να ζουν καλά μαζί; (ανοιχτή απάντηση)
# Context: heading
resources-h-f5a1f30c9a371afd = Δελτίο Τύπου
# Context: paragraph in “Press release”
resources-p-a87cbf1f3138031a = Μια πρόσκληση προς τα μέσα ενημέρωσης, που καλεί δημοσιογράφους σε μια εκδήλωση, χρειάζεται μόνο τι, πότε, πού, ποιος θα μιλήσει και τι μπορούν να βιντεοσκοπήσουν. Ένα δελτίο Τύπου χρειάζεται περισσότερα:
# Context: table cell in “Press release”
resources-cell-d857ce6edcd58ff2 = Τι περιέχει
# Context: table cell in “Press release”
resources-cell-c5f5a4c8157584ec = Τίτλος
# Context: table cell in “Press release”
resources-cell-feb792b00f2ce987 = Τι είναι καινούργιο, σε λίγες λέξεις, με ανθρώπους μέσα
# Context: table cell in “Press release”
resources-cell-4b3bab2d4d4b9280 = Πρώτη παράγραφος
# Context: table cell in “Press release”
resources-cell-b2bce3fbdeeb06fb = Ποιος, τι, πότε, πού και γιατί
# Context: table cell in “Press release”
resources-cell-eb4cdebd82bf1194 = Δήλωση
# Context: table cell in “Press release”
resources-cell-de8f4218dc55cff3 = Ενός προσώπου με το όνομά του, με τη συναίνεσή του
# Context: table cell in “Press release”
resources-cell-45989de49fb7f66d = Λεπτομέρειες
# Context: table cell in “Press release”
resources-cell-7e574270c78bbc1d = Στοιχεία με πηγές· πώς μπορούν να συμμετάσχουν οι κάτοικοι
# Context: table cell in “Press release”
resources-cell-2b5c3d26721ae9c3 = Επικοινωνία
# Context: table cell in “Press release”
resources-cell-744989b5d3b707b5 = Όνομα, τηλέφωνο και email
# Context: heading
resources-h-b8d42c5beab24b97 = Σημείωμα ύφους
# Context: table cell in “Style note”
resources-cell-d7d63cfc90519b4e = Λέμε
# Context: table cell in “Style note”
resources-cell-cbb5034ee9aeaf89 = Αποφεύγουμε
# Context: table cell in “Style note”
resources-cell-d3ae14a50bfe463f = Γιατί
# Context: table cell in “Style note”
resources-cell-0db0ca907db6f73f = Ποιον ρωτάμε όταν έχουμε αμφιβολίες
# Context: table cell in “Style note”
resources-cell-03c8d1f9f6796d53 = Ημερομηνία επόμενης αναθεώρησης
# Context: heading
resources-h-55d093b1096256ee = Λίστα ελέγχου: πριν από μια εκδήλωση
# Context: list item in “Checklist: before an event”
resources-li-7b2952aae30c943f = Η εκδήλωση έχει σαφή σκοπό, συνδεδεμένο με τον στόχο της εκστρατείας.
# Context: list item in “Checklist: before an event”
resources-li-351c13e40ed45c90 = Ανάμεσα στους διοργανωτές υπάρχουν νεοφερμένοι, όχι μόνο ανάμεσα στους καλεσμένους.
# Context: list item in “Checklist: before an event”
resources-li-67c62f32beb15685 = Ο χώρος είναι προσβάσιμος, δωρεάν ή φθηνός και οικείος στο κοινό.
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
resources-h-98442a3b8f52e9d8 = Λίστα ελέγχου: προσβάσιμο υλικό και εκδηλώσεις
# Context: list item in “Checklist: accessible materials and events”
resources-li-29ba7e62296cad6a = Τα κείμενα είναι γραμμένα σε απλή γλώσσα, με σύντομες προτάσεις.
# Context: list item in “Checklist: accessible materials and events”
resources-li-69ed1010c3ca3a66 = Οι βασικές πληροφορίες υπάρχουν στις γλώσσες του κοινού, και σε αυτές των { -newcomers(case: "gen") }.
# Context: list item in “Checklist: accessible materials and events”
resources-li-1d0f43d6dde1f942 = Τα σημαντικότερα κείμενα έχουν εκδοχή εύκολη στην ανάγνωση.
# Context: list item in “Checklist: accessible materials and events”
resources-li-4742ec433391913d = Οι εικόνες έχουν εναλλακτικό κείμενο και τα βίντεο υπότιτλους.
# Context: list item in “Checklist: accessible materials and events”
resources-li-cc50be56d772f5e1 = Το κείμενο έχει έντονη αντίθεση και μέγεθος γραμματοσειράς που διαβάζεται εύκολα.
# Context: list item in “Checklist: accessible materials and events”
resources-li-75ddf33ed2deefc5 = Τα αρχεία PDF είναι προσβάσιμα έγγραφα, όχι σαρωμένες εικόνες.
# Context: list item in “Checklist: accessible materials and events”
resources-li-36e0026dc4d848c1 = Ο χώρος είναι προσβάσιμος χωρίς σκαλοπάτια.
# Context: list item in “Checklist: accessible materials and events”
resources-li-d1e1fac9eee80d98 = Μπορούν να κλειστούν διερμηνείς νοηματικής και άλλων γλωσσών, και οι προσκλήσεις αναφέρουν πώς.
# Context: paragraph in “Checklist: accessible materials and events”
resources-p-6dd2ac66affcde4b = Οι ιστότοποι και οι εφαρμογές των δήμων πρέπει ήδη να πληρούν τις απαιτήσεις της οδηγίας (ΕΕ) 2016/2102 για την προσβασιμότητα των ιστότοπων και των εφαρμογών για φορητές συσκευές των οργανισμών του δημόσιου τομέα. Το PDF αυτού του εγχειριδίου ακολουθεί το πρότυπο PDF/UA για προσβάσιμα έγγραφα.
# Context: heading
resources-h-c73ec4c76ee4bacd = Έντυπο συναίνεσης
# Context: paragraph in “Consent form”
resources-p-d565422c7f5607a6 = Το έντυπο αυτό καταγράφει τη συναίνεση όπως περιγράφεται στο [κεφάλαιο 9](09-media.md#consent). Μεταφράστε το στις γλώσσες που μιλούν οι { -newcomers } στην πόλη σας, για παράδειγμα αραβικά, νταρί, φαρσί, ουκρανικά ή γαλλικά. Αν χρειάζεται, διαβάστε το φωναχτά με τη βοήθεια διερμηνέα και δώστε ένα αντίγραφο στον ενδιαφερόμενο.
# Context: heading
resources-h-0d83b9fad7993fb6 = Συναίνεση για τη χρήση της ιστορίας, της φωτογραφίας ή του βίντεό μου
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-289aff12b04274cb = Ερώτηση
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-b2a3aa602762a782 = Απάντηση
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-44447e0ca93ab286 = Ποιος ζητά τη συναίνεση; Φορέας και υπεύθυνος επικοινωνίας
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-4164bbfe489b6bea = Τι θα δημιουργηθεί; Ιστορία, φωτογραφία, βίντεο ή έργο τέχνης
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-9aca2df02203b992 = Πού θα εμφανιστεί;
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-cf840b88a18eaee3 = Για πόσο καιρό θα χρησιμοποιείται και θα φυλάσσεται;
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-5b62d0e13b7f22dc = Ποιος άλλος μπορεί να το χρησιμοποιήσει;
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-9a1798e77299c290 = Οι επιλογές μου:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f40b1cfe2fdb71ea = Μπορείτε να χρησιμοποιήσετε το ονοματεπώνυμό μου.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-3e16f1cce3ae52d8 = Μπορείτε να χρησιμοποιήσετε μόνο το μικρό μου όνομα.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-5806e0b4275eb39b = Μη χρησιμοποιείτε το όνομά μου.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-bb0427d6a93ac42c = Μπορείτε να δείξετε το πρόσωπό μου.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-45fb8552a2d1aeb9 = Μη δείχνετε το πρόσωπό μου.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-702ef9474b5a229c = Μπορείτε να αναφέρετε από ποια χώρα κατάγομαι.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-0658d6ee6e885f18 = Μπορείτε να αναφέρετε το νομικό μου καθεστώς.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-fba1fb5b0fd2cd48 = Μπορείτε να το χρησιμοποιήσετε σε έντυπη μορφή. Καταλαβαίνω ότι ένα έντυπο δεν μπορεί να ανακληθεί.
# Context: paragraph in “Agreement to use my story, photo or video”
resources-p-24c17d523e883549 = Τα δικαιώματά μου:
# Context: list item in “Agreement to use my story, photo or video”
resources-li-f237c189a85c4056 = Μπορώ να πω όχι. Η άρνησή μου δεν θα αλλάξει καμία βοήθεια ή υπηρεσία που λαμβάνω.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-dcb1b44301ec0a81 = Μπορώ να αλλάξω γνώμη οποιαδήποτε στιγμή, ενημερώνοντας τον υπεύθυνο επικοινωνίας. Τότε θα σταματήσετε να χρησιμοποιείτε το υλικό και θα το αφαιρέσετε από το διαδίκτυο όπου αυτό είναι δυνατό.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-c42e0e4082b27422 = Τα έντυπα, οι τοιχογραφίες και οι εκπομπές δεν μπορούν να ανακληθούν.
# Context: list item in “Agreement to use my story, photo or video”
resources-li-2ce50806c86cfe84 = Θα φυλάξετε με ασφάλεια αυτό το έντυπο και το υλικό και θα τα διαγράψετε όταν λήξει το διάστημα που συμφωνήσαμε.
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-c17b94b8c9394d40 = Ποιος
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-dcd1d5223f73b3a9 = Ονοματεπώνυμο
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-f1a73e2204a11407 = Υπογραφή
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-0d25d6b71d7b3c94 = Ο ίδιος ο ενδιαφερόμενος
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-31d77c817aad3dcd = Γονέας ή νόμιμος κηδεμόνας, για παιδί
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-58e351d99287c7c5 = Διερμηνέας, εφόσον υπάρχει
# Context: table cell in “Agreement to use my story, photo or video”
resources-cell-849cc45733f9f503 = Για τον φορέα
# Context: list item in “Agreement to use my story, photo or video”
resources-li-6f61f135b0b61d5d = Για παιδί: το παιδί ρωτήθηκε, με λόγια κατάλληλα για την ηλικία του, και συμφωνεί.
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
resources-li-c2822a2647dbf945 = Είναι κάποιος έτοιμος να διαχειρίζεται τα σχόλια τις επόμενες ώρες;
# Context: heading
resources-h-772774b7a6501a2f = Υπόδειγμα πολιτικής διαχείρισης σχολίων
# Context: paragraph in “Sample moderation policy”
resources-p-9982837ae8b9747f = Μια δημόσια αρχή πρέπει να αντιμετωπίζει όλες τις απόψεις ισότιμα. Αφαιρείτε σχόλια μόνο όταν παραβιάζουν έναν δημοσιευμένο κανόνα, ποτέ εξαιτίας της άποψης που εκφράζουν, και καταγράφετε κάθε αφαίρεση. Προσαρμόστε το παρακάτω υπόδειγμα και ζητήστε από τη νομική υπηρεσία σας να το ελέγξει.
# Context: paragraph in “Sample moderation policy”
resources-p-3928347e23ea17f7 = Η σελίδα αυτή είναι για να συζητούν οι κάτοικοι για τη ζωή στην πόλη μας. Είναι ευπρόσδεκτες οι ερωτήσεις, οι απόψεις και η κριτική, και η κριτική προς τον δήμο. Αποκρύπτουμε ή αφαιρούμε σχόλια που:
# Context: list item in “Sample moderation policy”
resources-li-9c7a56f2788793be = προσβάλλουν, απειλούν ή παρενοχλούν ένα πρόσωπο·
# Context: list item in “Sample moderation policy”
resources-li-68b7483a0644cbb8 = περιέχουν { -hate-speech(case: "acc") } ή καλούν σε βία·
# Context: list item in “Sample moderation policy”
resources-li-9a3fac0b2f6e2e46 = κοινοποιούν προσωπικά δεδομένα άλλων·
# Context: list item in “Sample moderation policy”
resources-li-96b6d0197b160c1b = είναι ανεπιθύμητα μηνύματα (spam), διαφημίσεις ή κατ’ άλλον τρόπο παράνομα.
# Context: paragraph in “Sample moderation policy”
resources-p-c1246ef5cbb1afe6 = Οι κανόνες αυτοί ισχύουν για όλους, όποια κι αν είναι η άποψή τους. Καταγράφουμε κάθε αφαίρεση και τον λόγο της, και μπορούμε να αποκλείσουμε, μετά από προειδοποίηση, όσους παραβιάζουν επανειλημμένα τους κανόνες. Αναφέρουμε περιεχόμενο που μπορεί να είναι παράνομο. Αν πιστεύετε ότι αφαιρέσαμε το σχόλιό σας κατά λάθος, γράψτε μας και θα το εξετάσουμε ξανά.
# Context: heading
resources-h-8cad337bcd2b57e0 = Λίστα ελέγχου: οι πρώτες 72 ώρες
# Context: paragraph in “Checklist: the first 72 hours”
resources-p-813f68c7fb6b85d7 = Χρησιμοποιήστε τη μαζί με την ενότητα για τις κρίσεις στο [κεφάλαιο 9](09-media.md#crisis).
# Context: list item in “Checklist: the first 72 hours”
resources-li-39d407ff2d8b19a5 = Πριν: έχουν οριστεί εκπρόσωπος Τύπου, υπεύθυνος ελέγχου γεγονότων, υπεύθυνος παρακολούθησης των μέσων κοινωνικής δικτύωσης και σύνδεσμος με τους ανθρώπους που επηρεάζονται, ο καθένας με αναπληρωτή.
# Context: list item in “Checklist: the first 72 hours”
resources-li-0fd6dce39a03c09b = Πριν: υπάρχει έτοιμη μια πρώτη δήλωση για προσαρμογή.
# Context: list item in “Checklist: the first 72 hours”
resources-li-84d03dc63b7be1a4 = Πρώτη ώρα: τα γεγονότα έχουν διασταυρωθεί με την αστυνομία ή άλλες αρχές.
# Context: list item in “Checklist: the first 72 hours”
resources-li-d7c26e38d99f8ca1 = Πρώτη ώρα: έχουμε πει τι συνέβη, έχουμε εκφράσει συμπαράσταση στα θύματα και δεν έχουμε κατηγορήσει καμία ομάδα.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6c55df120baae08b = Πρώτη ώρα: έχουμε πει πότε θα υπάρξει η επόμενη ενημέρωση.
# Context: list item in “Checklist: the first 72 hours”
resources-li-3122d8435879b1be = Πρώτη μέρα: οι τοπικοί δημοσιογράφοι έχουν ενημερωθεί όλοι μαζί.
# Context: list item in “Checklist: the first 72 hours”
resources-li-ea5db76e48ce9ccc = Πρώτη μέρα: η καταγωγή ή το καθεστώς αναφέρονται μόνο όταν είναι σχετικά και επιβεβαιωμένα.
# Context: list item in “Checklist: the first 72 hours”
resources-li-afafd3b988f3feaa = Πρώτη μέρα: γίνεται διαχείριση σχολίων στα κανάλια μας και οι αναρτήσεις μίσους καταγράφονται.
# Context: list item in “Checklist: the first 72 hours”
resources-li-29eb724b95348b7b = Πρώτη μέρα: έχουμε επικοινωνήσει με τους ανθρώπους που στοχοποιήθηκαν και τους έχουμε ρωτήσει τι χρειάζονται.
# Context: list item in “Checklist: the first 72 hours”
resources-li-6b1694b197055d3a = Μετά: γίνεται δημόσια συνάντηση, οι υποσχέσεις τηρούνται και το σχέδιο επανεξετάζεται.
# Context: heading
resources-h-8c0c387f3679ae79 = Πρώτη δήλωση
# Context: paragraph in “Holding statement”
resources-p-d9a2dd072ecbf6ee = Δημοσιεύστε αυτό το σύντομο πρώτο μήνυμα μέσα στην πρώτη ώρα, αφού ελέγξετε πρώτα κάθε στοιχείο.
# Context: table cell in “Holding statement”
resources-cell-98019d540cba7fef = Τι γνωρίζουμε: μόνο επιβεβαιωμένα γεγονότα, με την ώρα
# Context: table cell in “Holding statement”
resources-cell-b58f39e59f5c03ae = Η συμπαράστασή μας στα θύματα και σε όσους επηρεάζονται
# Context: table cell in “Holding statement”
resources-cell-3a2ebe700d6baa4a = Τι κάνουμε και με ποιους
# Context: table cell in “Holding statement”
resources-cell-a6f5339876335976 = Πότε και πού θα δημοσιευθεί η επόμενη ενημέρωση
# Context: table cell in “Holding statement”
resources-cell-6c8c6cb060615652 = Έκκληση για ηρεμία και σεβασμό
# Context: table cell in “Holding statement”
resources-cell-a9b1b04a7816ed1d = Επικοινωνία για δημοσιογράφους
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
# Context: list item in “Further reading”
resources-li-91780dddbc87abd2 = __The Debunking Handbook 2020__, των Stephan Lewandowsky και άλλων ερευνητών, για το πώς να διορθώνετε ψευδείς ισχυρισμούς.
# Context: list item in “Further reading”
resources-li-011b0ee9e0ecc6d2 = __Το πρόγραμμα «Διαπολιτισμικές Πόλεις» του Συμβουλίου της Ευρώπης__, με το εγχειρίδιο και τους οδηγούς του για την αντιμετώπιση των φημών σχετικά με την πολυμορφία.
# Context: paragraph in “Further reading”
resources-p-23611f499ae19efa = Οι ιστότοποι αλλάζουν. Αν μια σελίδα έχει μετακινηθεί, αναζητήστε το όνομα του οργανισμού και τον τίτλο του εγγράφου. Ελέγχετε πάντα την ημερομηνία κάθε αριθμού που χρησιμοποιείτε.
# Context: heading
resources-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
resources-li-243eeb20dc667bd0 = Εκτυπώστε το σχέδιο εκστρατείας μίας σελίδας και συμπληρώστε το στην επόμενη συνάντηση των εταίρων σας.
# Context: list item in “What you can do”
resources-li-702d2b355be36bfb = Βάλτε τη λίστα ελέγχου για τις εκδηλώσεις και το έντυπο συναίνεσης στον φάκελο όλων όσοι οργανώνουν δημόσιες δραστηριότητες.
# Context: list item in “What you can do”
resources-li-e3c7a4a2440f4162 = Μοιραστείτε όσα μάθατε με μια άλλη πόλη. Η ανταλλαγή καλών πρακτικών ανάμεσα στις { -local-communities(case: "acc") } ήταν στην καρδιά του { -clarinet } και μπορεί να συνεχιστεί στα δικά σας χέρια.
