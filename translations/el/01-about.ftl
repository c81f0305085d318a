# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = Σχετικά με το εγχειρίδιο και το έργο CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Γιατί γράφτηκε αυτό το εγχειρίδιο
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Κάθε πόλη έχει τις ιστορίες της για τους νεοφερμένους. Κάποιες λέγονται όμορφα: μια οικογένεια που ξανάνοιξε έναν φούρνο, μια νοσηλεύτρια που σπούδασε στο εξωτερικό και σήμερα κάνει νυχτερινές βάρδιες στο τοπικό κέντρο υγείας. Πολλές όμως δεν λέγονται ποτέ ή λέγονται μόνο ως προβλήματα. Το εγχειρίδιο αυτό απευθύνεται σε όσους θέλουν να αλλάξουν αυτή την ισορροπία στον τόπο όπου ζουν.
# Context: paragraph in “Why this handbook exists”
about-p-a0fb3844bb15882f = Γράφτηκε για δημάρχους και στελέχη δήμων, τοπικές ΜΚΟ, εκπαιδευτικούς, τοπικούς δημοσιογράφους και ενεργούς πολίτες. Δεν χρειάζεται να είστε επαγγελματίας της επικοινωνίας για να το χρησιμοποιήσετε: χρειάζεστε περιέργεια, μερικούς συμμάχους και τη διάθεση να μιλήσετε για τη μετανάστευση και την { -integration(case: "acc") } με ειλικρίνεια, χωρίς φόβο και χωρίς να κρύβετε τα προβλήματα.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Το εγχειρίδιο είναι ένα από τα αποτελέσματα του { -clarinet }, ενός ευρωπαϊκού έργου πόλεων, περιφερειών και οργανώσεων της κοινωνίας των πολιτών από τη Νοτιοανατολική Ευρώπη. Τα παραδείγματά του είναι γενικά: σκοπός τους είναι να σας βοηθήσουν να φανταστείτε τη δική σας κατάσταση και όχι να περιγράψουν έναν συγκεκριμένο τόπο.
# Context: heading
about-h-7aa2bfa8c139bf1a = Το έργο CLARINET
# Context: paragraph in “The CLARINET project”
about-p-f5ea8018090d20eb = Το { -clarinet } ήταν ένα διεθνές έργο. Η πλήρης ονομασία του ήταν «Communication of Local AuthoRities for INtegration in European Towns» (Επικοινωνία των τοπικών αρχών για την ένταξη στις ευρωπαϊκές πόλεις). Συγχρηματοδοτήθηκε από το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης της Ευρωπαϊκής Ένωσης. Διήρκεσε τρία χρόνια, από το 2019 έως το 2021, και συνδύασε δράσεις σε τοπικό επίπεδο, στις πόλεις και τις περιφέρειες των ίδιων των εταίρων, με δράσεις σε ευρωπαϊκό επίπεδο.
# Context: paragraph in “The CLARINET project”
about-p-a0bccba0244cd553 = Η δεύτερη αυτή έκδοση περιγράφει την κατάσταση τον Νοέμβριο του 2026. Το έργο ολοκληρώθηκε το 2021 και από τότε έχουν αλλάξει πολλά. Το [κεφάλαιο 2](02-routes.md#since-2021) συνοψίζει τι είναι καινούργιο.
# Context: heading
about-h-3b863b44b0d2beff = Ο σκοπός
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = Γενικός σκοπός του έργου ήταν να ευαισθητοποιήσει τους πολίτες της Ευρωπαϊκής Ένωσης και τις τοπικές κοινωνίες σχετικά με τη θετική συμβολή των { -migrants(case: "gen") } στις ευρωπαϊκές κοινωνίες. Οι άνθρωποι καλωσορίζουν πιο εύκολα τους νεοφερμένους όταν βλέπουν, στους δικούς τους δρόμους και χώρους εργασίας, τι φέρνουν μαζί τους.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Γι’ αυτό το { -clarinet } δεν απευθύνθηκε στην «Ευρώπη» γενικά. Ενθάρρυνε τις ίδιες τις { -local-communities(case: "acc") } να αναδείξουν τη θετική συμβολή των { -migrants(case: "gen") } στον τόπο τους και να διαδώσουν αυτές τις ιστορίες ακόμη πιο μακριά.
# Context: heading
about-h-d9950a14c90838fe = Ποιοι συμμετείχαν
# Context: paragraph in “Who was involved”
about-p-e39536ba02f24a9b = Επικεφαλής εταίρος του έργου ήταν ο Δήμος Λαμπεντούζας και Λινόζας στην Ιταλία. Η Λαμπεντούζα είναι το νοτιότερο νησί της Ιταλίας, πιο κοντά στις ακτές της Βόρειας Αφρικής απ’ ό,τι στη Σικελία. Εδώ και πολλά χρόνια είναι ένα από τα πιο γνωστά σημεία άφιξης για όσους διασχίζουν με βάρκα την Κεντρική Μεσόγειο. Λίγοι τόποι στην Ευρώπη γνωρίζουν καλύτερα τι σημαίνει για μια μικρή κοινωνία να έρχεται πρόσωπο με πρόσωπο με τη μετανάστευση. Ο δήμος συνεργάστηκε με άλλους 18 εταίρους, συνολικά { $partners } φορείς.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Η σύμπραξη ένωσε τρία είδη φορέων:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 φορείς τοπικής και περιφερειακής αυτοδιοίκησης (δήμοι και περιφέρειες)·
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 οργανώσεις της κοινωνίας των πολιτών·
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 διεθνή δίκτυα.
# Context: paragraph in “Who was involved”
about-p-466f757b1dda6dcd =
    Οι φορείς τοπικής αυτοδιοίκησης και οι οργανώσεις της κοινωνίας των πολιτών έχουν την έδρα τους σε { $countries ->
        [one] { $countries } χώρα
       *[other] { $countries } χώρες
    } της Νοτιοανατολικής Ευρώπης.
# Context: paragraph in “Who was involved”
about-p-d83a247a9f55fb0b = Οι οκτώ αυτές χώρες είναι η Ιταλία, η Σλοβενία, η Ουγγαρία, η Βουλγαρία, η Ρουμανία, η Αυστρία, η Ελλάδα και η Κύπρος. Τα χρόνια πριν από το έργο, από το 2015 έως το 2019, όλες επηρεάστηκαν έντονα από την άφιξη { -asylum-seekers(case: "gen") }, λόγω της γεωγραφικής τους θέσης. Βρίσκονται πάνω σε τρεις διαφορετικές μεταναστευτικές διαδρομές, που περιγράφονται στο [κεφάλαιο 2](02-routes.md): τη διαδρομή της Μεσογείου, τη διαδρομή των Δυτικών Βαλκανίων και τη διαδρομή των Ανατολικών Βαλκανίων.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Διάγραμμα της σύμπραξης: ο επικεφαλής εταίρος, ο Δήμος Λαμπεντούζας και Λινόζας στην Ιταλία, πάνω από τρεις ομάδες: 8 φορείς τοπικής αυτοδιοίκησης, 9 οργανώσεις της κοινωνίας των πολιτών και 2 διεθνή δίκτυα· οι φορείς αυτοδιοίκησης και οι οργανώσεις βρίσκονται στην Ιταλία, τη Σλοβενία, την Ουγγαρία, τη Βουλγαρία, τη Ρουμανία, την Αυστρία, την Ελλάδα και την Κύπρο
# Context: figure caption in “Who was involved”
about-cap-e37a9a7c956c8d2e = Η σύμπραξη CLARINET: 19 εταίροι· τοπικοί εταίροι σε 8 χώρες
# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
about-svg-78be90a8fc81e56d = Οι εταίροι του CLARINET ανά είδος φορέα και χώρα
# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
about-svg-4d7896e2cc4c63c8 = Στην κορυφή, ο επικεφαλής εταίρος: ο Δήμος Λαμπεντούζας και Λινόζας στην Ιταλία, ένας από τους 8 φορείς τοπικής αυτοδιοίκησης. Μια γραμμή τον συνδέει με τρεις ομάδες: τους 8 φορείς τοπικής αυτοδιοίκησης (δήμους και περιφέρειες) και τις 9 οργανώσεις της κοινωνίας των πολιτών, που πλαισιώνονται μαζί με τις 8 χώρες της Νοτιοανατολικής Ευρώπης όπου έχουν την έδρα τους (Ιταλία, Σλοβενία, Ουγγαρία, Βουλγαρία, Ρουμανία, Αυστρία, Ελλάδα και Κύπρος), και τα 2 διεθνή δίκτυα. Στο κάτω μέρος: 8 + 9 + 2 = 19 εταίροι, από το 2019 έως το 2021.
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
about-svg-ee7b905ad9a554d6 = Επικεφαλής εταίρος
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
about-svg-3c11c0b16d27e588 = Δήμος Λαμπεντούζας και Λινόζας
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
about-svg-abb2b55b38d69292 = (Ιταλία), ένας από τους 8 φορείς αυτοδιοίκησης
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-911158f1abec4753 = Φορείς τοπικής αυτοδιοίκησης
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
about-svg-860f01ffb17d6beb = δήμοι και περιφέρειες
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-13af86e509e93c7b = Οργανώσεις της κοινωνίας των πολιτών
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
about-svg-fa9ccc9a878d7063 = 8 χώρες της Νοτιοανατολικής Ευρώπης
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5a9cf672c8be6b5a = Ιταλία
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-56059e7fb4e9ddfa = Σλοβενία
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-504be3084f44d3e7 = Ουγγαρία
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-66b86bf0f0459474 = Βουλγαρία
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-ea23726dd0fd4e4d = Ρουμανία
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-c9cab0238debc6e5 = Αυστρία
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-9c93ad439373b4ee = Ελλάδα
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
about-svg-5f1162c57ecf9981 = Κύπρος
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
about-svg-f8c8264ea2304a10 = Διεθνή δίκτυα
# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 εταίροι
# Context: heading
about-h-1006bc421e4fcc03 = Τρεις ειδικοί στόχοι
# Context: paragraph in “Three specific objectives”
about-p-29841a6c6e23a0e9 = Το έργο επιδίωξε τρεις ειδικούς στόχους. Ο καθένας τους διαμόρφωσε ένα μέρος αυτού του εγχειριδίου.
# Context: list item in “Three specific objectives”
about-li-fa8b1b58ff51e192 = Να εντοπίσει και να ενθαρρύνει καλές πρακτικές των { -local-communities(case: "gen") } σε εκστρατείες δημόσιας επικοινωνίας για τη μετανάστευση και την κοινωνική ένταξη των { -migrants(case: "gen") }.
# Context: list item in “Three specific objectives”
about-li-3da615d9eda251fd = Να προετοιμάσει και να υλοποιήσει επιτυχημένες εκστρατείες δημόσιας επικοινωνίας από τις ίδιες τις τοπικές κοινωνίες.
# Context: list item in “Three specific objectives”
about-li-0c0dca7ec754d2e5 = Να προωθήσει την ανταλλαγή, σε επίπεδο Ευρωπαϊκής Ένωσης, καλών πρακτικών σε εκστρατείες επικοινωνίας για τη μετανάστευση και την { -integration(case: "acc") } που προετοιμάζουν οι τοπικές κοινωνίες.
# Context: paragraph in “Three specific objectives”
about-p-9b28debecc388cb9 = Πιο απλά: βρείτε τι λειτουργεί, εφαρμόστε το και μοιραστείτε το.
# Context: heading
about-h-cbad4ffb26ab0e29 = Πέντε δράσεις
# Context: paragraph in “Five activities”
about-p-949018e4979ecb3b = Για να επιτύχουν αυτούς τους στόχους, οι εταίροι υλοποίησαν πέντε κύριες δράσεις:
# Context: list item in “Five activities”
about-li-14e71873a77dec0a = Μια πρόσκληση για το «Ευρωπαϊκό Βραβείο τοπικών εκστρατειών ευαισθητοποίησης για τη μετανάστευση και την ένταξη», που κάλεσε τοπικές κοινωνίες από όλη την Ευρώπη να παρουσιάσουν τις εκστρατείες τους. Το [κεφάλαιο 8](08-award.md) εξηγεί πώς λειτουργεί μια τέτοια πρόσκληση.
# Context: list item in “Five activities”
about-li-f37faa1ba4c7f8d2 = Το «Εγχειρίδιο μετανάστευσης και ένταξης για τις τοπικές κοινωνίες», δηλαδή το βιβλίο που διαβάζετε.
# Context: list item in “Five activities”
about-li-8f92a3dc8238e325 = Οκτώ προγράμματα κατάρτισης για τοπικές κοινωνίες σχετικά με το πώς να επικοινωνούν σε τοπικό επίπεδο για τη μετανάστευση και την { -integration(case: "acc") } και τι να επικοινωνούν. Το [κεφάλαιο 6](06-training.md) δείχνει πώς να οργανώσετε το δικό σας.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Οκτώ προγράμματα φιλοξενίας καλλιτεχνών, που χρησιμοποίησαν την τέχνη για να ανοίξουν συζητήσεις που συχνά δεν μπορούν να ανοίξουν μόνο οι λέξεις. Δείτε το [κεφάλαιο 7](07-art.md).
# Context: list item in “Five activities”
about-li-6942fc6b61d4a30a = Οκτώ εκστρατείες ευαισθητοποίησης, που σχεδίασαν και προώθησαν οι συμμετέχουσες τοπικές κοινωνίες. Η μέθοδος για τον σχεδιασμό μιας τέτοιας εκστρατείας παρουσιάζεται βήμα προς βήμα στο [κεφάλαιο 5](05-campaign.md).
# Context: heading
about-h-3e84b60b2302c414 = Πώς να χρησιμοποιήσετε το εγχειρίδιο
# Context: paragraph in “How to use this handbook”
about-p-688fce558f9c2466 = Κάθε κεφάλαιο στέκεται αυτόνομα και κλείνει με μια σύντομη ενότητα με τίτλο «Τι μπορείτε να κάνετε». Ακολουθεί μια προτεινόμενη διαδρομή ανάγνωσης για διαφορετικούς αναγνώστες:
# Context: list item in “How to use this handbook”
about-li-e2e1e57312f441c7 = __Αν εργάζεστε σε δημαρχείο__, ξεκινήστε από το [κεφάλαιο 4](04-local.md) για τον ρόλο της τοπικής αυτοδιοίκησης και συνεχίστε με το σχέδιο εκστρατείας στο [κεφάλαιο 5](05-campaign.md).
# Context: list item in “How to use this handbook”
about-li-57ce7c33e63cfbf5 = __Αν είστε δημοσιογράφος ή εργάζεστε με τα μέσα ενημέρωσης__, ξεκινήστε από το γλωσσάριο στο [κεφάλαιο 3](03-words.md#glossary) και έπειτα διαβάστε το [κεφάλαιο 9](09-media.md).
# Context: list item in “How to use this handbook”
about-li-d3257608c51f2b0d = __Αν είστε εκπαιδευτικός ή έχετε μια ομάδα νέων__, τα κεφάλαια για τις λέξεις, την κατάρτιση και την τέχνη (3, 6 και 7) θα σας φανούν τα πιο χρήσιμα.
# Context: list item in “How to use this handbook”
about-li-1a09bd40bdb94ef7 = __Αν δεν έχετε πολύ χρόνο__, πηγαίνετε κατευθείαν στις λίστες ελέγχου και τα πρότυπα του [κεφαλαίου 10](10-resources.md).
# Context: paragraph in “How to use this handbook”
about-p-b7fb9dc983ca5a71 = Σε όλο το βιβλίο, οι συμβουλές δίνουν μικρές πρακτικές υποδείξεις, τα πλαίσια με την ένδειξη «Καλή πρακτική» περιγράφουν προσεγγίσεις που έχουν αποδώσει σε πολλούς τόπους, ενώ οι σημειώσεις και οι προειδοποιήσεις επισημαίνουν σημεία όπου το λάθος γίνεται εύκολα.
# Context: heading
about-h-021883523bafcaa3 = Οι λέξεις που χρησιμοποιούμε σε αυτό το βιβλίο
# Context: paragraph in “The words used in this book”
about-p-3ef675e342a37dd5 = Λέξεις όπως { -refugee }, { -asylum-seeker } και { -migrant } έχουν διαφορετική σημασία, και η σύγχυσή τους μπορεί να προκαλέσει πραγματική βλάβη. Στο εγχειρίδιο τις χρησιμοποιούμε όπως ορίζονται στο [γλωσσάριο](03-words.md#glossary). Όταν μιλάμε γενικά για ανθρώπους, λέμε απλώς «άνθρωποι» ή «κάτοικοι». Για όσους ήρθαν από άλλη χώρα τα τελευταία χρόνια, όποιο κι αν είναι το νομικό τους καθεστώς, λέμε «{ -newcomers }».
# Context: heading
about-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
about-li-760798d9813df91c = Αναζητήστε το υλικό του ίδιου του έργου στον ιστότοπό του, { -project-site }. Αν ο ιστότοπος δεν λειτουργεί πλέον, αναζητήστε το { -clarinet } στον Ευρωπαϊκό Ιστότοπο για την Ένταξη (European Website on Integration).
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Φτιάξτε μια σύντομη λίστα με τους ανθρώπους της πόλης σας που ήδη ασχολούνται με τη μετανάστευση και την { -integration(case: "acc") }: στο δημαρχείο, στα σχολεία, στις ΜΚΟ, στις θρησκευτικές κοινότητες και στα τοπικά μέσα ενημέρωσης.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Μοιραστείτε αυτό το εγχειρίδιο με τουλάχιστον ένα άτομο εκτός της δικής σας οργάνωσης.
