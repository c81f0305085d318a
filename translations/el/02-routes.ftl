# handbook/chapters/02-routes.md — Migration in South-East Europe
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
routes-title-c44c63505d0869be = Η μετανάστευση στη Νοτιοανατολική Ευρώπη
# Context: heading
routes-h-688bfc5793b4b9a4 = Μια περιοχή αφίξεων και αναχωρήσεων
# Context: paragraph in “A region of arrivals and departures”
routes-p-7343b93cc52fd406 = Η Νοτιοανατολική Ευρώπη υπήρξε πάντα σταυροδρόμι. Έμποροι, προσκυνητές, εποχικοί εργάτες και οικογένειες που αναζητούσαν μια καλύτερη ζωή διασχίζουν τις θάλασσες και τα βουνά της εδώ και χιλιάδες χρόνια.
# Context: paragraph in “A region of arrivals and departures”
routes-p-bb96ce6af494ed96 = Τα χρόνια πριν από το έργο, από το 2015 έως το 2019, πολλοί { -asylum-seekers } πάτησαν για πρώτη φορά σε ευρωπαϊκό έδαφος σε αυτή την περιοχή, που βρίσκεται ανάμεσα στη Μέση Ανατολή, την Αφρική και την υπόλοιπη Ευρωπαϊκή Ένωση. Το κεφάλαιο αυτό δίνει μια σύντομη, γενική εικόνα των τριών διαδρομών πάνω στις οποίες βρίσκονται οι χώρες του { -clarinet } και του τι σήμαιναν αυτές για τις { -local-communities(case: "acc") }. Για τα στατιστικά στοιχεία, που αλλάζουν γρήγορα, να ανατρέχετε σε επίσημες πηγές[^sources].
# Context: heading
routes-h-7a19c064d074d610 = Τρεις διαδρομές, μία περιοχή
# Context: paragraph in “Three routes, one region”
routes-p-cb71f0715c0088e6 = Το έργο περιέγραψε τις οκτώ χώρες του ως χώρες που βρίσκονται πάνω σε τρεις μεταναστευτικές διαδρομές. Η «διαδρομή» δεν είναι ένας δρόμος στον χάρτη, αλλά ένα ευρύ μοτίβο ταξιδιών, που διαμορφώνεται από τη γεωγραφία, από τους διακινητές, από τις πολιτικές των κρατών και από το πού έχουν πάει νωρίτερα οι συγγενείς. Οι διαδρομές μετακινούνται, διακλαδίζονται και κλείνουν.
# Context: image description (alt text) in “Three routes, one region”
routes-alt-00294e7b32d60e0d = Σχηματικό διάγραμμα τριών μεταναστευτικών διαδρομών. Ένα μπλε βέλος διασχίζει την Κεντρική Μεσόγειο προς την Ιταλία. Πορτοκαλί βέλη διασχίζουν την Ανατολική Μεσόγειο προς την Ελλάδα και την Κύπρο. Πράσινα βέλη δείχνουν τον διάδρομο των Δυτικών Βαλκανίων του 2015 και του 2016: από την Ελλάδα μέσω Βόρειας Μακεδονίας και Σερβίας και στη συνέχεια μέσω Ουγγαρίας ή μέσω Κροατίας και Σλοβενίας προς την Αυστρία. Διακεκομμένες διακλαδώσεις οδηγούν στη Βουλγαρία και τη Ρουμανία. Οι χώρες με γκρι χρώμα δεν συμμετείχαν στο CLARINET.
# Context: figure caption in “Three routes, one region”
routes-cap-26c01f8284d75340 = Οι τρεις μεταναστευτικές διαδρομές και οι οκτώ χώρες του CLARINET (σχηματικά, όχι υπό κλίμακα)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its title (read aloud, not drawn)
routes-svg-3019f95680b6c0a5 = Σχηματικός χάρτης: οι θαλάσσιες διελεύσεις προς την Ιταλία, την Ελλάδα και την Κύπρο και ο χερσαίος διάδρομος του 2015–2016 από την Ελλάδα προς την Αυστρία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, its description (read aloud, not drawn)
routes-svg-7fe0d03a86a5fab8 = Διαδρομή της Μεσογείου: διά θαλάσσης μέσω της Κεντρικής Μεσογείου προς την Ιταλία. Διαδρομή της Ανατολικής Μεσογείου, που το έργο ονόμαζε διαδρομή των Ανατολικών Βαλκανίων: διά θαλάσσης μέσω της Ανατολικής Μεσογείου προς την Ελλάδα και την Κύπρο. Διαδρομή των Δυτικών Βαλκανίων το 2015 και το 2016: οδικώς από την Ελλάδα μέσω Βόρειας Μακεδονίας και Σερβίας και στη συνέχεια είτε μέσω Ουγγαρίας είτε μέσω Κροατίας και Σλοβενίας προς την Αυστρία, και από εκεί προς την Κεντρική και τη Βόρεια Ευρώπη. Η Βουλγαρία και η Ρουμανία βρίσκονται σε διακεκομμένες διακλαδώσεις. Η Βόρεια Μακεδονία, η Σερβία και η Κροατία, με γκρι χρώμα, δεν ήταν χώρες του CLARINET.
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 24 characters fit
routes-svg-0c01fecfbffebdb4 = Σχηματικά, όχι υπό κλίμακα
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-f8c407f6895379e3 = προς Κεντρική και
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 16 characters fit
routes-svg-92b3509a0ec61d53 = Βόρεια Ευρώπη
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-c9cab0238debc6e5 = Αυστρία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-56059e7fb4e9ddfa = Σλοβενία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-504be3084f44d3e7 = Ουγγαρία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-7328d3f829b7b340 = Κροατία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-e8739c839576f7ac = Σερβία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 20 characters fit
routes-svg-cd84722648feda21 = Βόρεια Μακεδονία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-947ed7e5df16cb9a = Διαδρομή Δ. Βαλκανίων
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-ea23726dd0fd4e4d = Ρουμανία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-66b86bf0f0459474 = Βουλγαρία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 6 characters fit
routes-svg-361507bf5f8b0d4c = θάλασσα
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5a9cf672c8be6b5a = Ιταλία
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-efe0cb6504a70e47 = Κεντρική Μεσόγειος
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 21 characters fit
routes-svg-fd73968813d53fd0 = Διαδρομή Μεσογείου
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 13 characters fit
routes-svg-9c93ad439373b4ee = Ελλάδα
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 11 characters fit
routes-svg-5f1162c57ecf9981 = Κύπρος
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-24745d010c9e8f54 = Ανατολική Μεσόγειος
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 31 characters fit
routes-svg-8473db1698a4ecc7 = Διαδρομή Ανατ. Μεσογείου
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 23 characters fit
routes-svg-e3729dca0d774a1c = (διαδρ. Αν. Βαλκανίων)
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 12 characters fit
routes-svg-a4b3aaec665fb0ec = Διακλάδωση
# Context: text in a figure in “Three routes, one region”; figure routes.svg, a label: about 26 characters fit
routes-svg-b0e56a81986e2c6c = Εκτός CLARINET
# Context: table cell in “Three routes, one region”
routes-cell-adc74704d65d5cc9 = Διαδρομή
# Context: table cell in “Three routes, one region”
routes-cell-e2a838fc66dd85f9 = Χώρες του CLARINET στη διαδρομή ή κοντά σε αυτήν
# Context: table cell in “Three routes, one region”
routes-cell-ccc0655ef1c3088c = Πώς ταξιδεύουν συνήθως οι άνθρωποι
# Context: table cell in “Three routes, one region”
routes-cell-fd73968813d53fd0 = Διαδρομή της Μεσογείου
# Context: table cell in “Three routes, one region”
routes-cell-5a9cf672c8be6b5a = Ιταλία
# Context: table cell in “Three routes, one region”
routes-cell-466b2466706b7c82 = Διά θαλάσσης, μέσω της Κεντρικής Μεσογείου
# Context: table cell in “Three routes, one region”
routes-cell-947ed7e5df16cb9a = Διαδρομή των Δυτικών Βαλκανίων
# Context: table cell in “Three routes, one region”
routes-cell-3cf17d73e5b6c74d = Ουγγαρία, Σλοβενία και Αυστρία· Βουλγαρία και Ρουμανία σε διακλαδώσεις
# Context: table cell in “Three routes, one region”
routes-cell-fb141ec379a3859b = Από ξηράς, περνώντας αρκετά σύνορα με τα πόδια, με λεωφορείο, με τρένο ή με αυτοκίνητο
# Context: table cell in “Three routes, one region”
routes-cell-2f2bed0bf6af59e5 = Διαδρομή των Ανατολικών Βαλκανίων (Ανατολική Μεσόγειος)
# Context: table cell in “Three routes, one region”
routes-cell-54fad801f955316d = Ελλάδα, Κύπρος
# Context: table cell in “Three routes, one region”
routes-cell-e5e344f7c1e2f904 = Διά θαλάσσης, μέσω της Ανατολικής Μεσογείου, και μέσω των χερσαίων συνόρων
# Context: table caption in “Three routes, one region”
routes-tcap-24f21e9080f2191c = Οι τρεις διαδρομές και οι χώρες του CLARINET πάνω σε αυτές ή κοντά τους
# Context: paragraph in “Three routes, one region”
routes-p-8e897dd6b3626428 = Η ομαδοποίηση ακολουθεί την περιγραφή του ίδιου του έργου. Στην πραγματικότητα οι διαδρομές επικαλύπτονται και μια χώρα μπορεί να είναι ταυτόχρονα τόπος άφιξης, διέλευσης και εγκατάστασης.
# Context: paragraph in “Three routes, one region”
routes-p-a7937987106e295a = Οι στατιστικές της ΕΕ, όπως αυτές του Ευρωπαϊκού Οργανισμού Συνοριοφυλακής και Ακτοφυλακής (Frontex), ομαδοποιούν τις διαδρομές διαφορετικά. Για παράδειγμα, καταγράφουν τις αφίξεις από τα χερσαία σύνορα της Βουλγαρίας με την Τουρκία στη διαδρομή της Ανατολικής Μεσογείου.
# Context: heading
routes-h-4d048ea744aa31f8 = Η διαδρομή της Μεσογείου
# Context: paragraph in “The Mediterranean route”
routes-p-a0edcde26973f3d8 = Η διαδρομή της Κεντρικής Μεσογείου οδηγεί διά θαλάσσης από τις ακτές της Βόρειας Αφρικής στην Ιταλία, κυρίως στα νότια νησιά και τις ακτές της. Είναι μία από τις πιο επικίνδυνες μεταναστευτικές διαδρομές στον κόσμο. Οι βάρκες είναι συχνά υπερφορτωμένες και ακατάλληλες για ταξίδι στη θάλασσα, και κάθε χρόνο πολλοί άνθρωποι χάνουν τη ζωή τους στο πέλαγος[^iom].
# Context: paragraph in “The Mediterranean route”
routes-p-1c92357670ec6fb0 = Για τις μικρές νησιωτικές και παράκτιες κοινωνίες, η διαδρομή αυτή σήμαινε αφίξεις αιφνίδιες, ορατές και κάποτε τραγικές. Ψαράδες, γιατροί, εθελοντές και απλοί κάτοικοι ήταν συχνά οι πρώτοι που βοήθησαν. Ο επικεφαλής εταίρος του { -clarinet }, ο Δήμος Λαμπεντούζας και Λινόζας, είναι μια τέτοια κοινωνία.
# Context: heading
routes-h-0a7bcb22907e26cb = Η διαδρομή των Δυτικών Βαλκανίων
# Context: paragraph in “The Western Balkan route”
routes-p-aefce4adb2399491 = Η διαδρομή των Δυτικών Βαλκανίων οδηγεί από ξηράς από τη νοτιοανατολική Ευρώπη προς το κέντρο και τον βορρά της ηπείρου. Το 2015 και το 2016 τη χρησιμοποίησαν πάρα πολλοί άνθρωποι, πολλοί από τους οποίους έφευγαν από τον πόλεμο στη Συρία και από τις συγκρούσεις στο Αφγανιστάν και το Ιράκ. Οι πόλεις κατά μήκος της διαδρομής είδαν πλήθη να περνούν από τους σιδηροδρομικούς σταθμούς και τα συνοριακά τους περάσματα.
# Context: paragraph in “The Western Balkan route”
routes-p-e2a46df1063650c6 = Τα δύο αυτά χρόνια ο κύριος διάδρομος ξεκινούσε από την Ελλάδα και περνούσε από τη Βόρεια Μακεδονία και τη Σερβία. Από τη Σερβία οι άνθρωποι συνέχιζαν προς την Αυστρία είτε μέσω Ουγγαρίας είτε, από το φθινόπωρο του 2015, μέσω Κροατίας και Σλοβενίας. Η Βουλγαρία και η Ρουμανία βρίσκονταν σε διακλαδώσεις της διαδρομής. Η Βόρεια Μακεδονία, η Σερβία και η Κροατία δεν συμμετείχαν στο { -clarinet }, γι’ αυτό το σχήμα τις δείχνει με γκρι χρώμα.
# Context: paragraph in “The Western Balkan route”
routes-p-352231e06e6e96f0 = Από τις αρχές του 2016, όταν αυστηροποιήθηκαν οι συνοριακοί έλεγχοι και οι ηγέτες της ΕΕ και η Τουρκία συμφώνησαν σε μια κοινή δήλωση για τη μετανάστευση, οι μετακινήσεις στη διαδρομή μειώθηκαν απότομα. Δεν σταμάτησαν όμως: οι άνθρωποι συνέχισαν σε μικρότερες ομάδες, συχνά με πιο αθέατους και επικίνδυνους τρόπους, και κάποιοι έμειναν περισσότερο στις χώρες που συναντούσαν στον δρόμο τους.
# Context: heading
routes-h-bd1a384744b2eca2 = Η διαδρομή των Ανατολικών Βαλκανίων
# Context: paragraph in “The Eastern Balkan route”
routes-p-06d5970b59fe928e = Στις στατιστικές της ΕΕ η διαδρομή αυτή είναι γνωστή ως διαδρομή της Ανατολικής Μεσογείου· το έργο την ονόμαζε διαδρομή των Ανατολικών Βαλκανίων. Οδηγεί στην Ελλάδα και την Κύπρο, κυρίως διά θαλάσσης από τις κοντινές ακτές αλλά και μέσω των χερσαίων συνόρων. Τα ελληνικά νησιά που βρίσκονται κοντά στα τουρκικά παράλια έγιναν γνωστά σε όλο τον κόσμο το 2015, όταν βάρκες έφταναν εκεί μέρα με τη μέρα. Η Κύπρος, ένα νησί στο ανατολικότερο άκρο της Ευρωπαϊκής Ένωσης, έχει επίσης υποδεχθεί πολλούς ανθρώπους που αναζητούν προστασία.
# Context: paragraph in “The Eastern Balkan route”
routes-p-b81a4b7204617698 = Για τις χώρες αυτές, οι αφίξεις δεν ήταν μόνο ζήτημα διέλευσης: τα κέντρα υποδοχής, οι μακρές διαδικασίες ασύλου και οι άνθρωποι που περίμεναν μήνες ή χρόνια έγιναν μέρος της τοπικής καθημερινότητας.
# Context: heading
routes-h-b2fb3ae62f941028 = Μετά τη λήξη του έργου
# Context: paragraph in “Since the project ended”
routes-p-9d7c9f744ac61828 = Το { -clarinet } ολοκληρώθηκε το 2021. Από τότε, τρεις αλλαγές έχουν φτάσει ως τις { -local-communities(case: "acc") } και των οκτώ χωρών.
# Context: list item in “Since the project ended”
routes-li-a5240793ea6adc8f = __Οι άνθρωποι που φεύγουν από τον πόλεμο στην Ουκρανία.__ Από τον Μάρτιο του 2022 η ΕΕ τούς παρέχει { -temporary-protection(case: "acc") }[^temporary-protection]. Πολλές πόλεις υποδέχθηκαν μέσα σε λίγες εβδομάδες μεγάλο αριθμό ανθρώπων, κυρίως γυναίκες και παιδιά.
# Context: list item in “Since the project ended”
routes-li-2e038f4533e3e8ed = __Το Σύμφωνο για τη Μετανάστευση και το Άσυλο.__ Η ΕΕ εξέδωσε αυτή τη δέσμη νομοθετικών πράξεων τον Μάιο του 2024, και οι περισσότεροι κανόνες του εφαρμόζονται από τις 12 Ιουνίου 2026[^pact]. Αλλάζει τον τρόπο με τον οποίο εξετάζονται και κρίνονται οι αιτήσεις ασύλου, καθώς και τον τρόπο με τον οποίο οι χώρες της ΕΕ μοιράζονται την ευθύνη γι’ αυτές.
# Context: list item in “Since the project ended”
routes-li-35a45a8e0d6e5345 = __Η πράξη για τις ψηφιακές υπηρεσίες.__ Από τον Φεβρουάριο του 2024 οι επιγραμμικές πλατφόρμες έχουν νομική υποχρέωση να ενεργούν όταν τους αναφέρεται παράνομο περιεχόμενο, συμπεριλαμβανομένης της παράνομης { -hate-speech(case: "gen") }. Το [κεφάλαιο 9](09-media.md#hate-speech) εξηγεί τι σημαίνει αυτό για εσάς.
# Context: paragraph in “Since the project ended”
routes-p-125d4c25a90f2340 = Για τα τρέχοντα στοιχεία, ανατρέξτε στις επίσημες πηγές που αναφέρονται στο [κεφάλαιο 10](10-resources.md#further-reading).
# Context: heading
routes-h-057fc622e94d9233 = Τι έζησαν οι τοπικές κοινωνίες
# Context: paragraph in “What local communities experienced”
routes-p-d303f24710a17647 = Η μετανάστευση βιώνεται πάντα κάπου συγκεκριμένα: σε μια παραλία, σε έναν σταθμό λεωφορείων, σε μια σχολική τάξη. Οι πόλεις και οι περιφέρειες της Νοτιοανατολικής Ευρώπης έζησαν αρκετές διαφορετικές καταστάσεις, κάποτε τη μία μετά την άλλη.
# Context: list item in “What local communities experienced”
routes-li-be033757c7f915a6 = __Αιφνίδιες αφίξεις.__ Μια μικρή παραθαλάσσια πόλη ή ένα παραμεθόριο χωριό έπρεπε να ανταποκριθεί μέσα σε λίγες ώρες σε ανθρώπους που κρύωναν, πεινούσαν, ήταν τραυματισμένοι ή σε κατάσταση σοκ. Συχνά οι ντόπιοι βοήθησαν πρώτοι, πολύ πριν στηθεί οποιοδήποτε εθνικό σύστημα.
# Context: list item in “What local communities experienced”
routes-li-b448762ea4490430 = __Διέλευση.__ Από κάποιους τόπους πέρασαν πολλοί άνθρωποι χωρίς να μείνουν. Οι σύντομες συναντήσεις άφηναν χώρο για φήμες.
# Context: list item in “What local communities experienced”
routes-li-b66ae450775d9908 = __Υποδοχή.__ Οι πόλεις που φιλοξενούσαν κέντρα υποδοχής βρέθηκαν αντιμέτωπες με ερωτήματα για την ασφάλεια, τις υπηρεσίες και τη δικαιοσύνη, συχνά με έντονα συναισθήματα από όλες τις πλευρές.
# Context: list item in “What local communities experienced”
routes-li-8cbae9453a77aebc = __Εγκατάσταση.__ Σε πολλούς τόπους, άνθρωποι που έφτασαν ως { -asylum-seekers } έμειναν, βρήκαν δουλειά, έστειλαν τα παιδιά τους στο σχολείο και έγιναν γείτονες. Αυτό το στάδιο είναι το λιγότερο ορατό στα μέσα ενημέρωσης και το πιο σημαντικό για την { -integration(case: "acc") }.
# Context: paragraph in “What local communities experienced”
routes-p-677326231a7620ea = Ένα κοινό μοτίβο διατρέχει και τις τέσσερις καταστάσεις. Οι πρώτες αντιδράσεις είναι συχνά γενναιόδωρες· με τον καιρό, η κούραση και η έλλειψη πληροφόρησης μπορούν να μετατρέψουν τη γενναιοδωρία σε ανησυχία. Όπου οι τοπικοί ηγέτες μιλούν καθαρά και μοιράζονται ακριβείς πληροφορίες, η εμπιστοσύνη συνήθως αντέχει. Όπου σιωπούν, τη σιωπή τη γεμίζουν άλλοι.
# Context: heading
routes-h-139f4b48fdddd135 = Αποδημία και μετανάστευση μαζί
# Context: paragraph in “Emigration and immigration together”
routes-p-ceb7417be821ac6c = Πολλές κοινωνίες στη Νοτιοανατολική Ευρώπη είναι τόποι από τους οποίους οι άνθρωποι φεύγουν αλλά και στους οποίους φτάνουν. Οι νέοι φεύγουν για σπουδές και δουλειά, ενώ νεοφερμένοι καταφθάνουν από χώρες εκτός Ευρώπης. Πολλές οικογένειες ξέρουν τι σημαίνει να έχεις συγγενή στο εξωτερικό ή να σε αντιμετωπίζουν ως ξένο. Αυτές οι μνήμες μπορούν να βοηθήσουν τους κατοίκους να δουν τους νεοφερμένους ως ανθρώπους σε ένα ταξίδι όχι τόσο διαφορετικό από το δικό τους.
# Context: heading
routes-h-da1e29bc37ed314c = Πέρα από την έκτακτη ανάγκη
# Context: paragraph in “Beyond the emergency”
routes-p-4836fb515596e638 = Η δημόσια προσοχή ακολουθεί τις έκτακτες καταστάσεις και στρέφεται αλλού όταν οι εικόνες εξαφανίζονται. Όμως η πραγματική δουλειά της { -integration(case: "gen") } ξεκινά όταν τελειώνει η έκτακτη ανάγκη: η εκμάθηση της γλώσσας, η εύρεση στέγης και εργασίας, οι νέες φιλίες, η συμμετοχή σε έναν σύλλογο.
# Context: paragraph in “Beyond the emergency”
routes-p-2bc96b08e572958b = Γι’ αυτό το { -clarinet } εστίασε στη θετική συμβολή των { -migrants(case: "gen") } στην τοπική ζωή. Μια κοινωνία που ακούει για τη μετανάστευση μόνο σε στιγμές κρίσης θα τη θεωρεί κρίση. Μια κοινωνία που ακούει επίσης για τη νέα φαρμακοποιό, τον εθελοντή πυροσβέστη και το οικογενειακό εστιατόριο θα έχει μια πιο αληθινή εικόνα.
# Context: heading
routes-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
routes-li-4d2ac0c8e0b422e2 = Διαπιστώστε πού βρίσκεται η δική σας πόλη: είναι κυρίως τόπος άφιξης, διέλευσης, υποδοχής ή εγκατάστασης, ή ένας συνδυασμός τους;
# Context: list item in “What you can do”
routes-li-4a11a27eeffa45ea = Συγκεντρώστε τις μνήμες της κοινωνίας σας για τη μετανάστευση και προς τις δύο κατευθύνσεις:
# Context: list item in “What you can do”
routes-li-3dc013aa15996140 = ιστορίες κατοίκων που μετανάστευσαν οι ίδιοι ή των οποίων μετανάστευσαν οι γονείς·
# Context: list item in “What you can do”
routes-li-482bec6c043160d0 = ιστορίες νεοφερμένων που εγκαταστάθηκαν στην πόλη τα τελευταία χρόνια·
# Context: list item in “What you can do”
routes-li-b5ae23704c526e23 = ιστορίες κατοίκων που βοήθησαν σε περιόδους αφίξεων.
# Context: list item in “What you can do”
routes-li-52fbe0c81d34d8d0 = Πριν μιλήσετε ή γράψετε για αριθμούς, ελέγξτε τα τρέχοντα στοιχεία στις επίσημες πηγές και σημειώστε την ημερομηνία.
# Context: list item in “What you can do”
routes-li-f73c6589177789f7 = Διαβάστε το [κεφάλαιο 3](03-words.md) πριν ετοιμάσετε οποιοδήποτε δημόσιο υλικό, ώστε οι λέξεις που χρησιμοποιείτε να ανταποκρίνονται στα γεγονότα.
# Context: list item in “What you can do”
routes-li-da2f91508bfb1454 = Σκεφτείτε ποιο στάδιο του ταξιδιού λείπει από τη δημόσια συζήτηση στην πόλη σας και σχεδιάστε πώς θα το κάνετε ορατό. Το [κεφάλαιο 5](05-campaign.md) δείχνει πώς.
# Context: footnote in “What you can do”
routes-fn-730a2f4c9ee59885 = Αξιόπιστα στοιχεία για τις αφίξεις και τις αιτήσεις ασύλου στην Ευρωπαϊκή Ένωση δημοσιεύουν η Eurostat, ο Οργανισμός της Ευρωπαϊκής Ένωσης για το Άσυλο και η Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR). Τα εθνικά υπουργεία Εσωτερικών και οι υπηρεσίες ασύλου δημοσιεύουν στοιχεία για κάθε χώρα.
# Context: footnote in “What you can do”
routes-fn-436621247423082d = Ο Διεθνής Οργανισμός Μετανάστευσης (ΔΟΜ) καταγράφει τους θανάτους και τις εξαφανίσεις ανθρώπων στις μεταναστευτικές διαδρομές, μεταξύ άλλων και στη Μεσόγειο, στο πλαίσιο του προγράμματος Missing Migrants Project.
# Context: footnote in “What you can do”
routes-fn-5794120a4f4a3a8d = Εκτελεστική απόφαση (ΕΕ) 2022/382 του Συμβουλίου, της 4ης Μαρτίου 2022, βάσει της οδηγίας για την προσωρινή προστασία (2001/55/ΕΚ). Η προστασία έχει έκτοτε παραταθεί αρκετές φορές.
# Context: footnote in “What you can do”
routes-fn-a7560021b5710a2b = Μεταξύ άλλων πράξεων, το Σύμφωνο περιλαμβάνει τον κανονισμό (ΕΕ) 2024/1347, που αντικαθιστά την οδηγία για τις προϋποθέσεις αναγνώρισης, και την οδηγία (ΕΕ) 2024/1346 σχετικά με τις απαιτήσεις για την υποδοχή. Η εθνική υπηρεσία ασύλου μπορεί να σας εξηγήσει τι έχει αλλάξει στη χώρα σας.
