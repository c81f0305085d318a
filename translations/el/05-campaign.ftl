# handbook/chapters/05-campaign.md — Planning a public awareness campaign
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
campaign-title-6a7f025378a3c0e3 = Σχεδιασμός μιας εκστρατείας ευαισθητοποίησης του κοινού
# Context: heading
campaign-h-b58fcb4fc7d606c5 = Τι είναι μια τοπική εκστρατεία
# Context: paragraph in “What a local campaign is”
campaign-p-b3c3860489be1946 = Μια εκστρατεία ευαισθητοποίησης του κοινού είναι ένα σχεδιασμένο σύνολο δράσεων που αποσκοπεί να αλλάξει, σε περιορισμένο χρονικό διάστημα, τι γνωρίζει, τι νιώθει ή τι κάνει μια ομάδα ανθρώπων για ένα θέμα. Μια τοπική εκστρατεία για τη μετανάστευση και την { -integration(case: "acc") } μπορεί να συνδυάζει πορτρέτα στην τοπική εφημερίδα, ένα φεστιβάλ, ένα σχολικό πρόγραμμα, αφίσες στις στάσεις των λεωφορείων και ένα σύντομο βίντεο στο διαδίκτυο.
# Context: paragraph in “What a local campaign is”
campaign-p-3605fa64533fc9af = Οι { -local-communities } του { -clarinet } σχεδίασαν οκτώ τέτοιες εκστρατείες. Το κεφάλαιο αυτό παρουσιάζει μια μέθοδο που μπορεί να χρησιμοποιήσει κάθε πόλη, ΜΚΟ ή σχολείο, όποιος κι αν είναι ο προϋπολογισμός του.
# Context: heading
campaign-h-3041721e644d4666 = Ο κύκλος της εκστρατείας
# Context: paragraph in “The campaign cycle”
campaign-p-d2e1f74a497c4bbc = Οι καλές εκστρατείες ακολουθούν έναν κύκλο επτά βημάτων, και όσα μαθαίνετε στο τέλος τροφοδοτούν την επόμενη εκστρατεία.
# Context: image description (alt text) in “The campaign cycle”
campaign-alt-cf8be181cf2eb532 = Επτά αριθμημένα βήματα, το ένα κάτω από το άλλο, το καθένα με μια καθοδηγητική ερώτηση, που συνδέονται με βέλη: 1 στόχοι, 2 κοινό, 3 μηνύματα, 4 κανάλια, 5 εταίροι, 6 προϋπολογισμός, 7 αξιολόγηση, με ένα βέλος από την αξιολόγηση πίσω επάνω στους στόχους. Από κάτω: σχεδιάστε, υλοποιήστε, μάθετε και ξεκινήστε ξανά.
# Context: figure caption in “The campaign cycle”
campaign-cap-7bc78f0ab77707ca = Ο κύκλος της εκστρατείας: επτά βήματα από τους στόχους έως την αξιολόγηση, και πάλι από την αρχή
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its title (read aloud, not drawn)
campaign-svg-a34cbf7b5d7022ba = Τα επτά βήματα μιας εκστρατείας, σε κύκλο
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, its description (read aloud, not drawn)
campaign-svg-1201e3a1a69b83fe = Επτά αριθμημένα βήματα, το ένα κάτω από το άλλο, το καθένα με μια ερώτηση, που συνδέονται με βέλη: 1 στόχοι (τι πρέπει να αλλάξει;), 2 κοινό (ποιους θέλουμε να προσεγγίσουμε;), 3 μηνύματα (τι λέμε;), 4 κανάλια (πού το λέμε;), 5 εταίροι (ποιος συνεργάζεται μαζί μας;), 6 προϋπολογισμός (τι μπορούμε να διαθέσουμε;), 7 αξιολόγηση (τι λειτούργησε;). Ένα βέλος οδηγεί από την αξιολόγηση πίσω επάνω στους στόχους για την επόμενη εκστρατεία. Από κάτω: σχεδιάστε, υλοποιήστε, μάθετε και ξεκινήστε ξανά.
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-116cd3982a9bc435 = Στόχοι
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-e6cbf7faa1b80e25 = Τι πρέπει να αλλάξει;
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-9e3922b99a8c8f28 = Κοινό
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-70d0c1f8386d4b8d = Ποιους θέλουμε να προσεγγίσουμε;
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-04d7b48339271ea6 = Μηνύματα
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-bafadbdb8e5f54eb = Τι λέμε;
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-4c8906cf76f5740a = Κανάλια
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-0fb0040f96732bfc = Πού το λέμε;
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-5dab502bfba3c3df = Εταίροι
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-5213176c0e704684 = Ποιος συνεργάζεται μαζί μας;
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-1c6225ec7092ad2f = Προϋπολογισμός
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-ca0671b171145296 = Τι μπορούμε να διαθέσουμε;
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 39 characters fit
campaign-svg-163e44b102626149 = Αξιολόγηση
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 46 characters fit
campaign-svg-d9418c73cd08bacc = Τι λειτούργησε;
# Context: text in a figure in “The campaign cycle”; figure campaign-cycle.svg, a label: about 35 characters fit
campaign-svg-9ae2688733b71e7b = Σχεδιάστε, υλοποιήστε, μάθετε, ξανά
# Context: paragraph in “The campaign cycle”
campaign-p-dd8f0d3560280655 = Στην πράξη τα βήματα επικαλύπτονται: μπορεί να βρείτε πρώτα έναν εταίρο και να διαμορφώσετε μαζί τον στόχο. Ο κύκλος είναι ένας οδηγός σκέψης, όχι μια άκαμπτη σειρά.
# Context: heading
campaign-h-32aa40a5d4b58434 = Βήμα 1: Στόχοι
# Context: paragraph in “Step 1: Goals”
campaign-p-e9cdaacc04450655 = Ξεκινήστε από την αλλαγή που θέλετε να δείτε. Το «ευαισθητοποίηση» είναι πολύ αόριστο για να καθοδηγήσει αποφάσεις. Ρωτήστε καλύτερα: μετά την εκστρατεία, τι θα πρέπει να είναι διαφορετικό και για ποιους; Οι χρήσιμοι στόχοι είναι συγκεκριμένοι, ρεαλιστικοί και, όπου είναι δυνατόν, μετρήσιμοι. Για παράδειγμα:
# Context: list item in “Step 1: Goals”
campaign-li-5c02328a51a92ae8 = περισσότεροι κάτοικοι γνωρίζουν ότι οι νεοφερμένοι της πόλης εργάζονται σε τοπικές δουλειές, όπως η φροντίδα, οι κατασκευές ή η γεωργία·
# Context: list item in “Step 1: Goals”
campaign-li-b22aa54aa1d55783 = οι μαθητές δύο σχολείων έχουν γνωρίσει συνομήλικους νεοφερμένους και έχουν συζητήσει μαζί τους·
# Context: list item in “Step 1: Goals”
campaign-li-98f93bfb0bdb9c00 = η τοπική εφημερίδα δημοσιεύει δίκαιες, προσωπικές ιστορίες για νεοφερμένους και όχι μόνο ιστορίες για προβλήματα.
# Context: heading
campaign-h-6195a34f20b4c26c = Βήμα 2: Κοινό
# Context: paragraph in “Step 2: Audiences”
campaign-p-fcdf89a6e4e246dd = Το «ευρύ κοινό» δεν είναι κοινό-στόχος· είναι όλοι. Επιλέξτε τις ομάδες που θέλετε περισσότερο να προσεγγίσετε και περιγράψτε τις με ακρίβεια.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5e86e1ce2def22e3 = Συχνά βοηθά να σκεφτείτε τρεις ομάδες: τους κατοίκους που ήδη είναι υποστηρικτικοί, τους κατοίκους που είναι σταθερά εχθρικοί, και μια μεγάλη μεσαία ομάδα ανθρώπων που είναι αβέβαιοι, απασχολημένοι ή αδιάφοροι. Οι περισσότερες επιτυχημένες εκστρατείες εστιάζουν στη μεσαία ομάδα και χρησιμοποιούν την υποστηρικτική ομάδα ως φορείς του μηνύματος.
# Context: paragraph in “Step 2: Audiences”
campaign-p-5d86ea72b840dcf7 = Για κάθε ομάδα κοινού, ρωτήστε:
# Context: list item in “Step 2: Audiences”
campaign-li-819fe3dc28c33723 = Τι γνωρίζουν ήδη και τι πιστεύουν για τη μετανάστευση;
# Context: list item in “Step 2: Audiences”
campaign-li-5dc96b982a444b5a = Τι τους ενδιαφέρει περισσότερο: τα σχολεία των παιδιών τους, η ασφάλεια, οι δουλειές, η γειτονιά τους, η πίστη τους, η ποδοσφαιρική τους ομάδα;
# Context: list item in “Step 2: Audiences”
campaign-li-8310ae2687ea0d62 = Ποιον εμπιστεύονται; Έναν γιατρό, έναν θρησκευτικό λειτουργό, έναν προπονητή, μια γιαγιά, έναν influencer;
# Context: list item in “Step 2: Audiences”
campaign-li-acc290ab29c30b2f = Από πού ενημερώνονται;
# Context: paragraph in “Step 2: Audiences”
campaign-p-1cb6579f6eb330ca = Μην ξεχνάτε ότι και οι νεοφερμένοι είναι κοινό. Μια εκστρατεία που τους προσκαλεί, στις δικές τους γλώσσες, να συμμετάσχουν στη ζωή της πόλης μπορεί να είναι εξίσου πολύτιμη με μια εκστρατεία που απευθύνεται στους μόνιμους κατοίκους.
# Context: heading
campaign-h-64f58707fcd5243e = Βήμα 3: Μηνύματα
# Context: paragraph in “Step 3: Messages”
campaign-p-389587fbcd723cbb = Το μήνυμα είναι αυτό που θέλετε να θυμάται το κοινό σας. Συνδέει τον στόχο σας με όσα ενδιαφέρουν το κοινό. Τα μηνύματα που λειτουργούν σε τοπικό επίπεδο έχουν συνήθως ορισμένα κοινά χαρακτηριστικά:
# Context: list item in “Step 3: Messages”
campaign-li-764aa910dfe42689 = __Μιλούν για ανθρώπους, όχι για κατηγορίες.__ Μια νοσηλεύτρια, ένας φούρναρης ή μια φοιτήτρια με όνομα μένουν πιο εύκολα στη μνήμη από το «οι μετανάστες συμβάλλουν στην οικονομία».
# Context: list item in “Step 3: Messages”
campaign-li-5c1328b9279975dc = __Τονίζουν όσα μοιράζονται οι κάτοικοι με τους νεοφερμένους.__ Δουλειά, οικογένεια, παιδιά, ποδόσφαιρο, φαγητό, μουσική, πίστη, αγάπη για την πόλη.
# Context: list item in “Step 3: Messages”
campaign-li-423f011109ed7949 = __Είναι τοπικά.__ Η «πόλη μας» είναι πιο κοντά από την «Ευρώπη».
# Context: list item in “Step 3: Messages”
campaign-li-14abe253d64a94d9 = __Είναι θετικά αλλά ειλικρινή.__ Μην προσποιείστε ότι δεν υπάρχουν προβλήματα. Δείξτε πώς λύνονται τα προβλήματα από κοινού.
# Context: list item in “Step 3: Messages”
campaign-li-429c95e2ecc80666 = __Καλούν σε δράση.__ Ελάτε στο φεστιβάλ, γραφτείτε στη χορωδία, πείτε ένα γεια.
# Context: paragraph in “Step 3: Messages”
campaign-p-1b7669b424f245a8 = Δοκιμάστε το μήνυμά σας με λίγους ανθρώπους από το κοινό σας, μεταξύ των οποίων και νεοφερμένοι, πριν το δημοσιοποιήσετε, και ελέγξτε τις λέξεις με βάση το [γλωσσάριο](03-words.md#glossary).
# Context: heading
campaign-h-d4e795bddd135955 = Ένα απλό πλαίσιο για τα μηνύματα
# Context: paragraph in “A simple message framework”
campaign-p-7bf04ee78327d131 = Ένα «σπίτι του μηνύματος» βοηθά τους εταίρους να συμφωνήσουν στο τι θα πουν. Ένα κενό πρότυπο θα βρείτε στο [κεφάλαιο 10](10-resources.md#message-house). Η στέγη είναι το κεντρικό σας μήνυμα, σε μία πρόταση που θα μπορούσε να επαναλάβει οποιοσδήποτε. Τρεις κολόνες τη στηρίζουν: τα επιχειρήματα που το τεκμηριώνουν, το καθένα με ένα τοπικό στοιχείο ή μια τοπική ιστορία. Τα θεμέλια είναι όσοι μεταφέρουν το μήνυμα και η δράση που ζητάτε.
# Context: paragraph in “A simple message framework”
campaign-p-fbaa78f4e2049bd0 = Χτίστε κάθε μήνυμα σε τέσσερα βήματα:
# Context: list item in “A simple message framework”
campaign-li-2f2bd3531e126186 = μια αξία που μοιράζεται το κοινό σας, όπως η δικαιοσύνη, η ασφάλεια ή η οικογένεια·
# Context: list item in “A simple message framework”
campaign-li-06616d8ac9d0c20c = μια τοπική ιστορία ή ένα τοπικό στοιχείο που δείχνει αυτή την αξία·
# Context: list item in “A simple message framework”
campaign-li-0cd2a52cb3d1be51 = τι γίνεται και από ποιον·
# Context: list item in “A simple message framework”
campaign-li-50a5ddb92ba29470 = μια πρόσκληση για δράση.
# Context: paragraph in “A simple message framework”
campaign-p-c460f704d80a67b4 = Όταν οι κάτοικοι ανησυχούν, μην τους προσπερνάτε. Αναγνωρίστε την ανησυχία, δώστε το πραγματικό στοιχείο και δείξτε τη λύση.
# Context: table cell in “A simple message framework”
campaign-cell-dc909f7091643961 = Αντί για
# Context: table cell in “A simple message framework”
campaign-cell-85d6c0718cfecca1 = Δοκιμάστε
# Context: table cell in “A simple message framework”
campaign-cell-2781d01af2b164f2 = «Κύμα μεταναστών πλήττει την πόλη»
# Context: table cell in “A simple message framework”
campaign-cell-837ff7d5b583bad0 = «30 άνθρωποι έφτασαν αυτή την εβδομάδα· ο δήμος και οι εθελοντές έχουν εξασφαλίσει στέγη»
# Context: table cell in “A simple message framework”
campaign-cell-f0b5c3724d700b5f = «Λαθρομετανάστες εντοπίστηκαν σε φορτηγό»
# Context: table cell in “A simple message framework”
campaign-cell-0426737c324dcaa2 = «Η αστυνομία εντόπισε ανθρώπους κρυμμένους σε φορτηγό· είναι ασφαλείς και λαμβάνουν ιατρική φροντίδα»
# Context: table cell in “A simple message framework”
campaign-cell-a7f097c2ed2609ad = «Μετανάστης συνελήφθη για κλοπή»
# Context: table cell in “A simple message framework”
campaign-cell-7e9978c37a2d4bcc = «Άνδρας συνελήφθη για κλοπή» (αναφέρετε την καταγωγή ή το καθεστώς μόνο όταν είναι σχετικά και επιβεβαιωμένα)
# Context: table cell in “A simple message framework”
campaign-cell-9756eaef2911b82d = «Οι πρόσφυγες μάς παίρνουν τις δουλειές»
# Context: table cell in “A simple message framework”
campaign-cell-02f8bfdd10f674f7 = «Οι αγροτικές επιχειρήσεις και οι μονάδες φροντίδας της περιοχής χρειάζονται προσωπικό· κάποιες απασχολούν πλέον { -newcomers(case: "acc") }»
# Context: table cell in “A simple message framework”
campaign-cell-ae0bd3b87430ff27 = «Οι καημένοι οι πρόσφυγες χρειάζονται τη βοήθειά μας»
# Context: table cell in “A simple message framework”
campaign-cell-6f947ca1f40d797a = «Μια καταρτισμένη νοσηλεύτρια από τη Συρία μαθαίνει τη γλώσσα για να μπορέσει να εργαστεί στο κέντρο υγείας μας»
# Context: table cell in “A simple message framework”
campaign-cell-251ceb68d498550e = «Κρίση με το άνοιγμα κέντρου υποδοχής»
# Context: table cell in “A simple message framework”
campaign-cell-9df26d2c1fc2e04f = «Κέντρο υποδοχής για 50 άτομα ανοίγει τη Δευτέρα: τι αλλάζει και σε ποιον μπορείτε να απευθυνθείτε»
# Context: table caption in “A simple message framework”
campaign-tcap-0a7a5b7a6f4cbd8f = Τίτλοι γραμμένοι αλλιώς: τι να γράψουμε στη θέση τους
# Context: heading
campaign-h-fb6d29fad2bf4c85 = Βήμα 4: Κανάλια
# Context: paragraph in “Step 4: Channels”
campaign-p-a6d4dac9f13d007c = Επιλέξτε κανάλια ανάλογα με το πού βρίσκεται πραγματικά το κοινό σας, όχι ανάλογα με το τι είναι της μόδας.
# Context: table cell in “Step 4: Channels”
campaign-cell-ce4683e7013a18cd = Κανάλι
# Context: table cell in “Step 4: Channels”
campaign-cell-1b9727dcd2f45b3f = Κατάλληλο για
# Context: table cell in “Step 4: Channels”
campaign-cell-b43559f5c64a697f = Προσοχή σε
# Context: table cell in “Step 4: Channels”
campaign-cell-21d9acb8de729418 = Εκδηλώσεις με φυσική παρουσία (φεστιβάλ, ημέρες ανοιχτών θυρών, κοινά γεύματα)
# Context: table cell in “Step 4: Channels”
campaign-cell-82da9392783decc6 = Πραγματική επαφή ανάμεσα σε κατοίκους και νεοφερμένους· οικοδόμηση εμπιστοσύνης
# Context: table cell in “Step 4: Channels”
campaign-cell-03e7e2deee1343d9 = Προσέγγιση μόνο όσων ήδη ενδιαφέρονται
# Context: table cell in “Step 4: Channels”
campaign-cell-3c7c7413945b0e2c = Σχολεία και ομάδες νέων
# Context: table cell in “Step 4: Channels”
campaign-cell-d24a54685b70485f = Μακροπρόθεσμη αλλαγή· προσέγγιση των γονέων μέσω των παιδιών
# Context: table cell in “Step 4: Channels”
campaign-cell-c2ccb4eae08cace2 = Χρειάζεται χρόνο και δέσμευση των εκπαιδευτικών
# Context: table cell in “Step 4: Channels”
campaign-cell-0c441e7ee1f30d27 = Τοπικός Τύπος, ραδιόφωνο και τηλεόραση
# Context: table cell in “Step 4: Channels”
campaign-cell-e69ad6974f6464ee = Αξιοπιστία· προσέγγιση των μεγαλύτερων σε ηλικία κατοίκων
# Context: table cell in “Step 4: Channels”
campaign-cell-6fd654eaa0e3bdaa = Περιορισμένος έλεγχος στην τελική μορφή του ρεπορτάζ
# Context: table cell in “Step 4: Channels”
campaign-cell-b904a77155606517 = Μέσα κοινωνικής δικτύωσης
# Context: table cell in “Step 4: Channels”
campaign-cell-a58da299ce475420 = Ταχύτητα, κοινοποιήσεις, νεανικό κοινό
# Context: table cell in “Step 4: Channels”
campaign-cell-c3d521bdfdbafa91 = Εχθρικά σχόλια· χρειάζεται διαχείριση σχολίων
# Context: table cell in “Step 4: Channels”
campaign-cell-df379cfef08323fd = Αφίσες, πανό, δημόσιοι χώροι
# Context: table cell in “Step 4: Channels”
campaign-cell-40427766efd6e375 = Ορατότητα στην καθημερινή ζωή
# Context: table cell in “Step 4: Channels”
campaign-cell-44caf7911c9ddb5b = Βανδαλισμοί· το μήνυμα πρέπει να γίνεται κατανοητό σε δευτερόλεπτα
# Context: table cell in “Step 4: Channels”
campaign-cell-462bdaf8f65bf74f = Δημοτικά κανάλια (ιστότοπος, ενημερωτικό δελτίο, πίνακες ανακοινώσεων)
# Context: table cell in “Step 4: Channels”
campaign-cell-556d233de8d5a83d = Θεσμικό κύρος· χαμηλό κόστος
# Context: table cell in “Step 4: Channels”
campaign-cell-cb20b2d1c407ee68 = Μπορεί να φαίνονται γραφειοκρατικά· κρατήστε ανθρώπινο τόνο
# Context: table cell in “Step 4: Channels”
campaign-cell-273684e3aa447777 = Τέχνη και πολιτισμός (εκθέσεις, θέατρο, μουσική)
# Context: table cell in “Step 4: Channels”
campaign-cell-26a91ccf1cc2267c = Συναίσθημα· νέο κοινό
# Context: table cell in “Step 4: Channels”
campaign-cell-dbc94a6a3a18e130 = Χρειάζεται καλούς εταίρους· δείτε το [κεφάλαιο 7](07-art.md)
# Context: table caption in “Step 4: Channels”
campaign-tcap-1e5c0b06c69abc92 = Κανάλια επικοινωνίας: σε τι είναι χρήσιμο το καθένα και τι πρέπει να προσέχουμε
# Context: paragraph in “Step 4: Channels”
campaign-p-87c89a257ec59674 = Οι περισσότερες εκστρατείες χρησιμοποιούν δύο ή τρία κανάλια που αλληλοενισχύονται. Το [κεφάλαιο 9](09-media.md) δίνει συμβουλές για τη συνεργασία με δημοσιογράφους και για τα μέσα κοινωνικής δικτύωσης.
# Context: heading
campaign-h-9378785c2e274f26 = Βήμα 5: Εταίροι
# Context: paragraph in “Step 5: Partners”
campaign-p-5fd40990c82af956 = Οι εταίροι πολλαπλασιάζουν όσα μπορείτε να κάνετε. Σκεφτείτε τους σε τρεις κύκλους:
# Context: list item in “Step 5: Partners”
campaign-li-23542df58d503d9b = __Βασικοί εταίροι__, που σχεδιάζουν και υλοποιούν την εκστρατεία μαζί σας:
# Context: list item in “Step 5: Partners”
campaign-li-0e5fcce3cd6714ce = μια δημοτική υπηρεσία ή το γραφείο δημάρχου·
# Context: list item in “Step 5: Partners”
campaign-li-a04e9229eb1e1647 = μία ή δύο ΜΚΟ που εργάζονται με νεοφερμένους·
# Context: list item in “Step 5: Partners”
campaign-li-1223f68a1c4b5d07 = οι ίδιοι οι νεοφερμένοι, ως διοργανωτές και όχι μόνο ως πρωταγωνιστές των ιστοριών.
# Context: list item in “Step 5: Partners”
campaign-li-066f2c8b18952073 = __Υποστηρικτικοί εταίροι__, που βοηθούν σε συγκεκριμένες εργασίες:
# Context: list item in “Step 5: Partners”
campaign-li-81e5ef8fac8e2d42 = σχολεία, βιβλιοθήκες, πολιτιστικά κέντρα και αθλητικοί σύλλογοι·
# Context: list item in “Step 5: Partners”
campaign-li-4db17830e514f714 = τοπικά μέσα ενημέρωσης·
# Context: list item in “Step 5: Partners”
campaign-li-84f6f5fa2ab2e3ae = καλλιτέχνες και σχεδιαστές.
# Context: list item in “Step 5: Partners”
campaign-li-a0bfd19eeeeb809e = __Υποστηρικτές__, που διαδίδουν το μήνυμά σας:
# Context: list item in “Step 5: Partners”
campaign-li-403edc8f00c74e84 = σεβαστά πρόσωπα της τοπικής κοινωνίας·
# Context: list item in “Step 5: Partners”
campaign-li-657955bdaccc472e = εργοδότες και επιχειρηματικοί σύλλογοι·
# Context: list item in “Step 5: Partners”
campaign-li-f306924d561a5a68 = θρησκευτικές κοινότητες και δίκτυα πόλεων.
# Context: paragraph in “Step 5: Partners”
campaign-p-741022bc22b5402e = Συμφωνήστε από νωρίς ποιος αποφασίζει τι, ποιος μιλά στα μέσα ενημέρωσης και πώς αναφέρονται οι εταίροι.
# Context: heading
campaign-h-fa58d30bdbfeb07d = Βήμα 6: Προϋπολογισμός
# Context: paragraph in “Step 6: Budget”
campaign-p-7449ffb09e212d23 = Μια εκστρατεία δεν χρειάζεται να είναι ακριβή, χρειάζεται όμως ρεαλιστικό προϋπολογισμό, ακόμη κι αν αυτός αφορά κυρίως χρόνο και όχι χρήματα.
# Context: paragraph in “Step 6: Budget”
campaign-p-26a0b56928cbf930 = Κρατήστε ένα αποθεματικό για τα απρόβλεπτα και προβλέψτε από την αρχή χρήματα για την αξιολόγηση.
# Context: paragraph in “Step 6: Budget”
campaign-p-a352e9a24753baef = Το [πρότυπο προϋπολογισμού](10-resources.md#budget-template) στο κεφάλαιο 10 απαριθμεί τα συνήθη έξοδα, με στήλες για τα χρήματα, τις συνεισφορές σε είδος και για το ποιος πληρώνει.
# Context: heading
campaign-h-76bd0f182803cc9a = Βήμα 7: Αξιολόγηση
# Context: paragraph in “Step 7: Evaluation”
campaign-p-c8d3ae04ab0cabbb = Η αξιολόγηση σας λέει αν η εκστρατεία πέτυχε τον στόχο της και τι να κάνετε καλύτερα την επόμενη φορά. Σχεδιάστε την όταν θέτετε τον στόχο σας, όχι στο τέλος. Μετρήστε σε τρία επίπεδα:
# Context: list item in “Step 7: Evaluation”
campaign-li-de77dad29213f780 = __Δράσεις__: τι κάνατε. Αριθμός εκδηλώσεων, αφισών, άρθρων, αναρτήσεων.
# Context: list item in “Step 7: Evaluation”
campaign-li-039ce10c59be6adf = __Εμβέλεια__: ποιους προσεγγίσατε. Συμμετέχοντες, αναγνώστες, προβολές, κοινοποιήσεις, σχολεία που συμμετείχαν.
# Context: list item in “Step 7: Evaluation”
campaign-li-366cde9f874cdf5b = __Αλλαγή__: τι άλλαξε. Έρευνες πριν και μετά, σχόλια των συμμετεχόντων, ο τόνος της κάλυψης από τα τοπικά μέσα ενημέρωσης.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3a0cc339f1489cd8 = Η αλλαγή είναι το πιο δύσκολο να μετρηθεί, και μια μικρή εκστρατεία δεν μπορεί να αποδείξει ότι άλλαξε τις απόψεις μιας ολόκληρης πόλης. Μικρές αλλά ειλικρινείς ενδείξεις, όπως μια έρευνα πριν και μετά σε δύο σχολεία, είναι πιο χρήσιμες από εντυπωσιακούς αλλά κενούς αριθμούς.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-3cf38d762b4cb2bb = Στο κεφάλαιο 10 θα βρείτε έναν [πίνακα δεικτών](10-resources.md#indicator-template) και μια [σύντομη έρευνα](10-resources.md#survey) για χρήση πριν και μετά την εκστρατεία.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-43dda50089324573 = Γράψτε μια σύντομη έκθεση, μοιραστείτε τη με τους εταίρους και τους συμμετέχοντες, ευχαριστήστε όλους και επιστρέψτε στο βήμα 1.
# Context: paragraph in “Step 7: Evaluation”
campaign-p-416297a6a37b94f7 = Ένα πρότυπο σχεδίου εκστρατείας μίας σελίδας θα βρείτε στο [κεφάλαιο 10](10-resources.md#campaign-template).
# Context: heading
campaign-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
campaign-li-f9b7472968d40046 = Συγκεντρώστε τρία ή τέσσερα άτομα από διαφορετικές οργανώσεις και αφιερώστε δύο ώρες στα βήματα 1 έως 3 του κύκλου.
# Context: list item in “What you can do”
campaign-li-e682abd02682b01f = Γράψτε τον στόχο, το κοινό και το μήνυμά σας σε μία σελίδα.
# Context: list item in “What you can do”
campaign-li-3d96d9f497a494bf = Ζητήστε από δύο νεοφερμένους και δύο μόνιμους κατοίκους να σχολιάσουν το προσχέδιο του μηνύματός σας.
# Context: list item in “What you can do”
campaign-li-b59ad3d71a3ed4d0 = Επιλέξτε μια μικρή πρώτη δράση που μπορείτε να υλοποιήσετε μέσα σε τρεις μήνες και αξιολογήστε τη πριν σχεδιάσετε την επόμενη.
# Context: list item in “What you can do”
campaign-li-15d5eb74107d8da4 = Όταν ολοκληρωθεί η εκστρατεία, σκεφτείτε να την υποβάλετε για κάποιο βραβείο ή να τη μοιραστείτε με άλλες πόλεις. Το [κεφάλαιο 8](08-award.md) εξηγεί τι κοινό έχουν οι καλές συμμετοχές.
