### handbook/chapters/05-campaign.md — Planning a public awareness campaign
### Language: el. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
campaign-title-73473cef = Σχεδιασμός μιας εκστρατείας ευαισθητοποίησης του κοινού

# Context: heading
campaign-h-f85e644a = Τι είναι μια τοπική εκστρατεία

# Context: paragraph in “What a local campaign is”
campaign-p-3621a753 = Μια εκστρατεία ευαισθητοποίησης του κοινού είναι ένα σχεδιασμένο σύνολο δράσεων που αποσκοπεί να αλλάξει, σε περιορισμένο χρονικό διάστημα, τι γνωρίζει, τι νιώθει ή τι κάνει μια ομάδα ανθρώπων για ένα θέμα. Μια τοπική εκστρατεία για τη μετανάστευση και την { -integration(case: "acc") } μπορεί να συνδυάζει πορτρέτα στην τοπική εφημερίδα, ένα φεστιβάλ, ένα σχολικό πρόγραμμα, αφίσες στις στάσεις των λεωφορείων και ένα σύντομο βίντεο στο διαδίκτυο.

# Context: paragraph in “What a local campaign is”
campaign-p-6d97c380 = Μία από τις πέντε κύριες δράσεις του { -clarinet } ήταν μια σειρά οκτώ τέτοιων εκστρατειών, που σχεδίασαν και προώθησαν οι συμμετέχουσες { -local-communities }. Το κεφάλαιο αυτό παρουσιάζει μια μέθοδο που μπορεί να χρησιμοποιήσει κάθε πόλη, ΜΚΟ ή σχολείο, όποιος κι αν είναι ο προϋπολογισμός του.

# Context: paragraph in “What a local campaign is”
campaign-p-23f88fd9 = Μια εκστρατεία είναι κάτι περισσότερο από μια μεμονωμένη εκδήλωση: έχει στόχο, καθορισμένο κοινό, συνεπές μήνυμα και τρόπο να ελέγξετε αν πέτυχε.

# Context: heading
campaign-h-2a5969f1 = Ο κύκλος της εκστρατείας

# Context: paragraph in “The campaign cycle”
campaign-p-f392d128 = Οι καλές εκστρατείες ακολουθούν έναν κύκλο επτά βημάτων, και όσα μαθαίνετε στο τέλος τροφοδοτούν την επόμενη εκστρατεία.

# Context: image description (alt text) in “The campaign cycle”
campaign-alt-11a5561e = Ένας κύκλος επτά βημάτων που συνδέονται με βέλη: 1 στόχοι, 2 κοινό, 3 μηνύματα, 4 κανάλια, 5 εταίροι, 6 προϋπολογισμός, 7 αξιολόγηση, με ένα βέλος από την αξιολόγηση πίσω στους στόχους. Στο κέντρο: σχεδιάστε, υλοποιήστε, μάθετε και ξεκινήστε ξανά.

# Context: figure caption in “The campaign cycle”
campaign-cap-2f319a9c = Ο κύκλος της εκστρατείας: επτά βήματα από τους στόχους έως την αξιολόγηση, και πάλι από την αρχή

# Context: paragraph in “The campaign cycle”
campaign-p-eb140819 = Στην πράξη τα βήματα επικαλύπτονται: μπορεί να βρείτε πρώτα έναν εταίρο και να διαμορφώσετε μαζί τον στόχο. Ο κύκλος είναι ένας οδηγός σκέψης, όχι μια άκαμπτη σειρά.

# Context: heading
campaign-h-c1073230 = Βήμα 1: Στόχοι

# Context: paragraph in “Step 1: Goals”
campaign-p-d8c777e4 = Ξεκινήστε από την αλλαγή που θέλετε να δείτε. Το «ευαισθητοποίηση» είναι πολύ αόριστο για να καθοδηγήσει αποφάσεις. Ρωτήστε καλύτερα: μετά την εκστρατεία, τι θα πρέπει να είναι διαφορετικό και για ποιους; Οι χρήσιμοι στόχοι είναι συγκεκριμένοι, ρεαλιστικοί και, όπου είναι δυνατόν, μετρήσιμοι. Για παράδειγμα:

# Context: list item in “Step 1: Goals”
campaign-li-baf0c3d2 = περισσότεροι κάτοικοι γνωρίζουν ότι οι νεοφερμένοι της πόλης εργάζονται σε τοπικές δουλειές, όπως η φροντίδα, οι κατασκευές ή η γεωργία·

# Context: list item in “Step 1: Goals”
campaign-li-c579a6e0 = οι μαθητές δύο σχολείων έχουν γνωρίσει συνομήλικους νεοφερμένους και έχουν συζητήσει μαζί τους·

# Context: list item in “Step 1: Goals”
campaign-li-bcdc9201 = η τοπική εφημερίδα δημοσιεύει δίκαιες, προσωπικές ιστορίες για νεοφερμένους και όχι μόνο ιστορίες για προβλήματα.

# Context: paragraph in “Step 1: Goals”
campaign-p-a5f4b181 = Συνδέστε τον στόχο σας με τον ευρύτερο σκοπό του { -clarinet }: να γίνει ορατή η θετική συμβολή των { -migrants(case: "gen") } στον τόπο όπου ζουν. Ένας σαφής στόχος είναι καλύτερος από πέντε αόριστους.

# Context: heading
campaign-h-7e4c09ec = Βήμα 2: Κοινό

# Context: paragraph in “Step 2: Audiences”
campaign-p-db5829b5 = Το «ευρύ κοινό» δεν είναι κοινό-στόχος· είναι όλοι. Επιλέξτε τις ομάδες που θέλετε περισσότερο να προσεγγίσετε και περιγράψτε τις με ακρίβεια.

# Context: paragraph in “Step 2: Audiences”
campaign-p-595cdb47 = Συχνά βοηθά να σκεφτείτε τρεις ομάδες: τους κατοίκους που ήδη είναι υποστηρικτικοί, τους κατοίκους που είναι σταθερά εχθρικοί, και μια μεγάλη μεσαία ομάδα ανθρώπων που είναι αβέβαιοι, απασχολημένοι ή αδιάφοροι. Οι περισσότερες επιτυχημένες εκστρατείες εστιάζουν στη μεσαία ομάδα και χρησιμοποιούν την υποστηρικτική ομάδα ως φορείς του μηνύματος.

# Context: paragraph in “Step 2: Audiences”
campaign-p-b9cd55c6 = Για κάθε ομάδα κοινού, ρωτήστε:

# Context: list item in “Step 2: Audiences”
campaign-li-6661ab13 = Τι γνωρίζουν ήδη και τι πιστεύουν για τη μετανάστευση;

# Context: list item in “Step 2: Audiences”
campaign-li-11c4a2fb = Τι τους ενδιαφέρει περισσότερο: τα σχολεία των παιδιών τους, η ασφάλεια, οι δουλειές, η γειτονιά τους, η πίστη τους, η ποδοσφαιρική τους ομάδα;

# Context: list item in “Step 2: Audiences”
campaign-li-65a006b5 = Ποιον εμπιστεύονται; Έναν γιατρό, έναν ιερέα, έναν προπονητή, μια γιαγιά, έναν influencer;

# Context: list item in “Step 2: Audiences”
campaign-li-aa7796a5 = Από πού ενημερώνονται;

# Context: paragraph in “Step 2: Audiences”
campaign-p-055be547 = Μην ξεχνάτε ότι και οι νεοφερμένοι είναι κοινό. Μια εκστρατεία που τους προσκαλεί, στις δικές τους γλώσσες, να συμμετάσχουν στη ζωή της πόλης μπορεί να είναι εξίσου πολύτιμη με μια εκστρατεία που απευθύνεται στους μόνιμους κατοίκους.

# Context: heading
campaign-h-7386c1e6 = Βήμα 3: Μηνύματα

# Context: paragraph in “Step 3: Messages”
campaign-p-aa6f432d = Το μήνυμα είναι αυτό που θέλετε να θυμάται το κοινό σας. Συνδέει τον στόχο σας με όσα ενδιαφέρουν το κοινό. Τα μηνύματα που λειτουργούν σε τοπικό επίπεδο έχουν συνήθως ορισμένα κοινά χαρακτηριστικά:

# Context: list item in “Step 3: Messages”
campaign-li-f8a6246d = **Μιλούν για ανθρώπους, όχι για κατηγορίες.** Μια νοσηλεύτρια, ένας φούρναρης ή μια φοιτήτρια με όνομα μένουν πιο εύκολα στη μνήμη από το «οι μετανάστες συμβάλλουν στην οικονομία».

# Context: list item in “Step 3: Messages”
campaign-li-520e9291 = **Τονίζουν όσα μοιράζονται οι κάτοικοι με τους νεοφερμένους.** Δουλειά, οικογένεια, παιδιά, ποδόσφαιρο, φαγητό, μουσική, πίστη, αγάπη για την πόλη.

# Context: list item in “Step 3: Messages”
campaign-li-2bc4dade = **Είναι τοπικά.** Η «πόλη μας» είναι πιο κοντά από την «Ευρώπη».

# Context: list item in “Step 3: Messages”
campaign-li-07c6c25d = **Είναι θετικά αλλά ειλικρινή.** Μην προσποιείστε ότι δεν υπάρχουν προβλήματα. Δείξτε πώς λύνονται τα προβλήματα από κοινού.

# Context: list item in “Step 3: Messages”
campaign-li-ce8a58b6 = **Καλούν σε δράση.** Ελάτε στο φεστιβάλ, γραφτείτε στη χορωδία, πείτε ένα γεια.

# Context: paragraph in “Step 3: Messages”
campaign-p-c364b870 = Δοκιμάστε το μήνυμά σας με λίγους ανθρώπους από το κοινό σας, μεταξύ των οποίων και νεοφερμένοι, πριν το δημοσιοποιήσετε, και ελέγξτε τις λέξεις με βάση το [γλωσσάριο](03-words.md#glossary).

# Context: paragraph in “Step 3: Messages”
campaign-p-56469e89 = Αποφύγετε τις μορφές «καταρρίπτουμε τους μύθους» που επαναλαμβάνουν έναν ψευδή ισχυρισμό με μεγάλα γράμματα και τον διορθώνουν με μικρά. Οι άνθρωποι συχνά θυμούνται τον μύθο και ξεχνούν τη διόρθωση. Ξεκινήστε καλύτερα από την αληθινή, θετική ιστορία.

# Context: heading
campaign-h-c0b3df87 = Βήμα 4: Κανάλια

# Context: paragraph in “Step 4: Channels”
campaign-p-d6dec4c3 = Επιλέξτε κανάλια ανάλογα με το πού βρίσκεται πραγματικά το κοινό σας, όχι ανάλογα με το τι είναι της μόδας.

# Context: table cell in “Step 4: Channels”
campaign-cell-a072ab55 = Κανάλι

# Context: table cell in “Step 4: Channels”
campaign-cell-7a0586c0 = Κατάλληλο για

# Context: table cell in “Step 4: Channels”
campaign-cell-2eceac35 = Προσοχή σε

# Context: table cell in “Step 4: Channels”
campaign-cell-6eec0a8e = Εκδηλώσεις με φυσική παρουσία (φεστιβάλ, ημέρες ανοιχτών θυρών, κοινά γεύματα)

# Context: table cell in “Step 4: Channels”
campaign-cell-751940e8 = Πραγματική επαφή ανάμεσα σε κατοίκους και νεοφερμένους· οικοδόμηση εμπιστοσύνης

# Context: table cell in “Step 4: Channels”
campaign-cell-713ad0d2 = Προσέγγιση μόνο όσων ήδη ενδιαφέρονται

# Context: table cell in “Step 4: Channels”
campaign-cell-feb021e8 = Σχολεία και ομάδες νέων

# Context: table cell in “Step 4: Channels”
campaign-cell-f9706902 = Μακροπρόθεσμη αλλαγή· προσέγγιση των γονέων μέσω των παιδιών

# Context: table cell in “Step 4: Channels”
campaign-cell-e8d23a26 = Χρειάζεται χρόνο και δέσμευση των εκπαιδευτικών

# Context: table cell in “Step 4: Channels”
campaign-cell-08579026 = Τοπικός Τύπος, ραδιόφωνο και τηλεόραση

# Context: table cell in “Step 4: Channels”
campaign-cell-160da6a8 = Αξιοπιστία· προσέγγιση των μεγαλύτερων σε ηλικία κατοίκων

# Context: table cell in “Step 4: Channels”
campaign-cell-304d565a = Περιορισμένος έλεγχος στην τελική μορφή του ρεπορτάζ

# Context: table cell in “Step 4: Channels”
campaign-cell-187f95d6 = Μέσα κοινωνικής δικτύωσης

# Context: table cell in “Step 4: Channels”
campaign-cell-ff173ff1 = Ταχύτητα, κοινοποιήσεις, νεανικό κοινό

# Context: table cell in “Step 4: Channels”
campaign-cell-0ab55fc2 = Εχθρικά σχόλια· χρειάζεται εποπτεία

# Context: table cell in “Step 4: Channels”
campaign-cell-f2505771 = Αφίσες, πανό, δημόσιοι χώροι

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc6d01a = Ορατότητα στην καθημερινή ζωή

# Context: table cell in “Step 4: Channels”
campaign-cell-5d029d8c = Βανδαλισμοί· το μήνυμα πρέπει να γίνεται κατανοητό σε δευτερόλεπτα

# Context: table cell in “Step 4: Channels”
campaign-cell-7bdfdf84 = Δημοτικά κανάλια (ιστότοπος, ενημερωτικό δελτίο, πίνακες ανακοινώσεων)

# Context: table cell in “Step 4: Channels”
campaign-cell-6e80bcfd = Θεσμικό κύρος· χαμηλό κόστος

# Context: table cell in “Step 4: Channels”
campaign-cell-7b7cc954 = Μπορεί να φαίνονται γραφειοκρατικά· κρατήστε ανθρώπινο τόνο

# Context: table cell in “Step 4: Channels”
campaign-cell-c49562f3 = Τέχνη και πολιτισμός (εκθέσεις, θέατρο, μουσική)

# Context: table cell in “Step 4: Channels”
campaign-cell-39f34a9b = Συναίσθημα· νέο κοινό

# Context: table cell in “Step 4: Channels”
campaign-cell-4dc81c8b = Χρειάζεται καλούς εταίρους· δείτε το [κεφάλαιο 7](07-art.md)

# Context: paragraph in “Step 4: Channels”
campaign-p-faca15d8 = Οι περισσότερες εκστρατείες χρησιμοποιούν δύο ή τρία κανάλια που αλληλοενισχύονται. Το [κεφάλαιο 9](09-media.md) δίνει συμβουλές για τη συνεργασία με δημοσιογράφους και για τα μέσα κοινωνικής δικτύωσης.

# Context: heading
campaign-h-591cac1d = Βήμα 5: Εταίροι

# Context: paragraph in “Step 5: Partners”
campaign-p-c1432ffb = Οι εταίροι πολλαπλασιάζουν όσα μπορείτε να κάνετε. Σκεφτείτε τους σε τρεις κύκλους:

# Context: list item in “Step 5: Partners”
campaign-li-e51a85c6 = **Βασικοί εταίροι**, που σχεδιάζουν και υλοποιούν την εκστρατεία μαζί σας:

# Context: list item in “Step 5: Partners”
campaign-li-54c4c776 = μια δημοτική υπηρεσία ή το γραφείο δημάρχου·

# Context: list item in “Step 5: Partners”
campaign-li-c734ce3e = μία ή δύο ΜΚΟ που εργάζονται με νεοφερμένους·

# Context: list item in “Step 5: Partners”
campaign-li-9012d802 = οι ίδιοι οι νεοφερμένοι, ως διοργανωτές και όχι μόνο ως πρωταγωνιστές των ιστοριών.

# Context: list item in “Step 5: Partners”
campaign-li-51f88e55 = **Υποστηρικτικοί εταίροι**, που βοηθούν σε συγκεκριμένες εργασίες:

# Context: list item in “Step 5: Partners”
campaign-li-bd6c3642 = σχολεία, βιβλιοθήκες, πολιτιστικά κέντρα και αθλητικοί σύλλογοι·

# Context: list item in “Step 5: Partners”
campaign-li-58965cdb = τοπικά μέσα ενημέρωσης·

# Context: list item in “Step 5: Partners”
campaign-li-843c2bcc = καλλιτέχνες και σχεδιαστές.

# Context: list item in “Step 5: Partners”
campaign-li-c12e886a = **Πολλαπλασιαστές**, που διαδίδουν το μήνυμά σας:

# Context: list item in “Step 5: Partners”
campaign-li-4f73eaa2 = σεβαστά πρόσωπα της τοπικής κοινωνίας·

# Context: list item in “Step 5: Partners”
campaign-li-e3b224b3 = εργοδότες και επιχειρηματικοί σύλλογοι·

# Context: list item in “Step 5: Partners”
campaign-li-b395b40e = θρησκευτικές κοινότητες και δίκτυα πόλεων.

# Context: paragraph in “Step 5: Partners”
campaign-p-efedbe16 = Συμφωνήστε από νωρίς ποιος αποφασίζει τι, ποιος μιλά στα μέσα ενημέρωσης και πώς αναφέρονται οι εταίροι.

# Context: paragraph in “Step 5: Partners”
campaign-p-83668d74 = Οι πιο δυνατές τοπικές εκστρατείες δημιουργούνται από κοινού με τους νεοφερμένους. Εμπλέξτε τους από την πρώτη συνάντηση σχεδιασμού, αμείψτε τους όπου άλλοι αμείβονται για παρόμοια δουλειά και αφήστε τους να αποφασίσουν πώς θα ειπωθούν οι δικές τους ιστορίες.

# Context: heading
campaign-h-2247c270 = Βήμα 6: Προϋπολογισμός

# Context: paragraph in “Step 6: Budget”
campaign-p-c9bece93 = Μια εκστρατεία δεν χρειάζεται να είναι ακριβή, χρειάζεται όμως ρεαλιστικό προϋπολογισμό, ακόμη κι αν αυτός αφορά κυρίως χρόνο και όχι χρήματα.

# Context: paragraph in “Step 6: Budget”
campaign-p-0e900ef3 = Τα συνήθη έξοδα περιλαμβάνουν τον σχεδιασμό και την εκτύπωση, τους χώρους, τις αμοιβές καλλιτεχνών, φωτογράφων ή διερμηνέων, το φαγητό για τις εκδηλώσεις, τη διαδικτυακή διαφήμιση και τον χρόνο του προσωπικού. Οι εταίροι μπορούν συχνά να καλύψουν κάποια από αυτά σε είδος: μια αίθουσα σχολείου δωρεάν, χορηγία για τις εκτυπώσεις, ραδιοφωνικό χρόνο σε έναν τοπικό σταθμό.

# Context: paragraph in “Step 6: Budget”
campaign-p-2fd57fba = Κρατήστε ένα αποθεματικό για τα απρόβλεπτα και προβλέψτε από την αρχή χρήματα για την αξιολόγηση.

# Context: heading
campaign-h-152a0432 = Βήμα 7: Αξιολόγηση

# Context: paragraph in “Step 7: Evaluation”
campaign-p-068549cb = Η αξιολόγηση σας λέει αν η εκστρατεία πέτυχε τον στόχο της και τι να κάνετε καλύτερα την επόμενη φορά. Σχεδιάστε την όταν θέτετε τον στόχο σας, όχι στο τέλος. Μετρήστε σε τρία επίπεδα:

# Context: list item in “Step 7: Evaluation”
campaign-li-aaa3f8a2 = **Δράσεις**: τι κάνατε. Αριθμός εκδηλώσεων, αφισών, άρθρων, αναρτήσεων.

# Context: list item in “Step 7: Evaluation”
campaign-li-574f2023 = **Εμβέλεια**: ποιους προσεγγίσατε. Συμμετέχοντες, αναγνώστες, προβολές, κοινοποιήσεις, σχολεία που συμμετείχαν.

# Context: list item in “Step 7: Evaluation”
campaign-li-37376fe8 = **Αλλαγή**: τι άλλαξε. Έρευνες πριν και μετά, σχόλια των συμμετεχόντων, ο τόνος της κάλυψης από τα τοπικά μέσα ενημέρωσης.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-b932bc41 = Η αλλαγή είναι το πιο δύσκολο να μετρηθεί, και μια μικρή εκστρατεία δεν μπορεί να αποδείξει ότι άλλαξε τις απόψεις μιας ολόκληρης πόλης. Μικρές αλλά ειλικρινείς ενδείξεις, όπως μια έρευνα πριν και μετά σε δύο σχολεία, είναι πιο χρήσιμες από εντυπωσιακούς αλλά κενούς αριθμούς.

# Context: paragraph in “Step 7: Evaluation”
campaign-p-fc2b3b8d = Γράψτε μια σύντομη έκθεση, μοιραστείτε τη με τους εταίρους και τους συμμετέχοντες, ευχαριστήστε όλους και επιστρέψτε στο βήμα 1.

# Context: heading
campaign-h-dfa6d533 = Λίστα ελέγχου της εκστρατείας

# Context: list item in “Campaign checklist”
campaign-li-583c99fe = Έχουμε έναν σαφή, συγκεκριμένο στόχο.

# Context: list item in “Campaign checklist”
campaign-li-f535b650 = Έχουμε επιλέξει και περιγράψει το κύριο κοινό μας.

# Context: list item in “Campaign checklist”
campaign-li-8d7656a9 = Το μήνυμά μας μιλά για ανθρώπους, είναι τοπικό και καλεί σε δράση.

# Context: list item in “Campaign checklist”
campaign-li-7162a4f6 = Έχουμε δοκιμάσει το μήνυμα με ανθρώπους από το κοινό μας, μεταξύ των οποίων και νεοφερμένοι.

# Context: list item in “Campaign checklist”
campaign-li-1d5fc0d6 = Οι λέξεις μας συμφωνούν με το γλωσσάριο.

# Context: list item in “Campaign checklist”
campaign-li-c6f7e698 = Έχουμε επιλέξει δύο ή τρία κανάλια που φτάνουν στο κοινό μας.

# Context: list item in “Campaign checklist”
campaign-li-8491fa7c = Οι εταίροι μας γνωρίζουν τον ρόλο τους και ανάμεσα στους διοργανωτές υπάρχουν νεοφερμένοι.

# Context: list item in “Campaign checklist”
campaign-li-e11c7306 = Έχει δοθεί συναίνεση για κάθε όνομα, πρόσωπο και ιστορία που χρησιμοποιούμε.

# Context: list item in “Campaign checklist”
campaign-li-d144751f = Έχουμε προϋπολογισμό, που περιλαμβάνει αποθεματικό και χρήματα για την αξιολόγηση.

# Context: list item in “Campaign checklist”
campaign-li-a06ce5be = Ξέρουμε πώς θα μετρήσουμε την εμβέλεια και την αλλαγή.

# Context: list item in “Campaign checklist”
campaign-li-b7a6429c = Έχουμε σχέδιο για τα εχθρικά σχόλια και πρόσωπο επικοινωνίας για τα μέσα ενημέρωσης.

# Context: paragraph in “Campaign checklist”
campaign-p-157cb1ac = Ένα πρότυπο σχεδίου εκστρατείας μίας σελίδας θα βρείτε στο [κεφάλαιο 10](10-resources.md#campaign-template).

# Context: heading
campaign-h-9353605e = Τι μπορείτε να κάνετε

# Context: list item in “What you can do”
campaign-li-e0151837 = Συγκεντρώστε τρία ή τέσσερα άτομα από διαφορετικές οργανώσεις και αφιερώστε δύο ώρες στα βήματα 1 έως 3 του κύκλου.

# Context: list item in “What you can do”
campaign-li-d24ab3e5 = Γράψτε τον στόχο, το κοινό και το μήνυμά σας σε μία σελίδα.

# Context: list item in “What you can do”
campaign-li-9f00a0b5 = Ζητήστε από δύο νεοφερμένους και δύο μόνιμους κατοίκους να σχολιάσουν το προσχέδιο του μηνύματός σας.

# Context: list item in “What you can do”
campaign-li-a39090c1 = Επιλέξτε μια μικρή πρώτη δράση που μπορείτε να υλοποιήσετε μέσα σε τρεις μήνες και αξιολογήστε τη πριν σχεδιάσετε την επόμενη.

# Context: list item in “What you can do”
campaign-li-d13eb93a = Όταν ολοκληρωθεί η εκστρατεία, σκεφτείτε να την υποβάλετε για κάποιο βραβείο ή να τη μοιραστείτε με άλλες πόλεις. Το [κεφάλαιο 8](08-award.md) εξηγεί τι κοινό έχουν οι καλές συμμετοχές.
