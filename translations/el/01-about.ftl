# handbook/chapters/01-about.md — About this handbook and the CLARINET project
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
about-title-16796ad754f11ba4 = Σχετικά με το εγχειρίδιο και το έργο CLARINET
# Context: heading
about-h-00a88d9df1983bd1 = Γιατί γράφτηκε αυτό το εγχειρίδιο
# Context: paragraph in “Why this handbook exists”
about-p-6bc87aacc74a6816 = Κάθε πόλη έχει τις ιστορίες της για τους νεοφερμένους. Κάποιες λέγονται όμορφα: μια οικογένεια που ξανάνοιξε έναν φούρνο, μια νοσηλεύτρια που σπούδασε στο εξωτερικό και σήμερα κάνει νυχτερινές βάρδιες στο τοπικό κέντρο υγείας. Πολλές όμως δεν λέγονται ποτέ ή λέγονται μόνο ως προβλήματα. Το εγχειρίδιο αυτό απευθύνεται σε όσους θέλουν να αλλάξουν αυτή την ισορροπία στον τόπο όπου ζουν.
# Context: paragraph in “Why this handbook exists”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: It was written for mayors and municipal staff, local NGOs, teachers, local journalists and active citizens. You do not need to be a communication professional to use it: you need curiosity, a few allies and a wish to talk about migration and { -integration } honestly, without fear and without fairy tales.
about-p-a0fb3844bb15882f = Γράφτηκε για δημάρχους και στελέχη δήμων, τοπικές ΜΚΟ, εκπαιδευτικούς, τοπικούς δημοσιογράφους και ενεργούς πολίτες. Δεν χρειάζεται να είστε επαγγελματίας της επικοινωνίας για να το χρησιμοποιήσετε: χρειάζεστε περιέργεια, μερικούς συμμάχους και τη διάθεση να μιλήσετε για τη μετανάστευση και την { -integration(case: "acc") } με ειλικρίνεια, χωρίς φόβο και χωρίς παραμύθια.
# Context: paragraph in “Why this handbook exists”
about-p-92d836a548fabc82 = Το εγχειρίδιο είναι ένα από τα αποτελέσματα του { -clarinet }, ενός ευρωπαϊκού έργου πόλεων, περιφερειών και οργανώσεων της κοινωνίας των πολιτών από τη Νοτιοανατολική Ευρώπη. Τα παραδείγματά του είναι γενικά: σκοπός τους είναι να σας βοηθήσουν να φανταστείτε τη δική σας κατάσταση και όχι να περιγράψουν έναν συγκεκριμένο τόπο.
# Context: heading
about-h-7aa2bfa8c139bf1a = Το έργο CLARINET
# Context: paragraph in “The CLARINET project”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: { -clarinet } was an international project whose long title, in its Slovenian description, speaks of raising the awareness of local communities for integration in European towns. It ran for three years, from 2019 to 2021, and combined activities at local level, in the partners' own towns and regions, with activities at European level.
about-p-f5ea8018090d20eb = Το { -clarinet } ήταν ένα διεθνές έργο του οποίου ο πλήρης τίτλος, όπως διατυπώνεται στη σλοβενική περιγραφή του, μιλά για την ευαισθητοποίηση των τοπικών κοινωνιών σχετικά με την ένταξη στις ευρωπαϊκές πόλεις. Διήρκεσε τρία χρόνια, από το 2019 έως το 2021, και συνδύασε δράσεις σε τοπικό επίπεδο, στις πόλεις και τις περιφέρειες των ίδιων των εταίρων, με δράσεις σε ευρωπαϊκό επίπεδο.
# Context: paragraph in “The CLARINET project”
about-p-d4fbef935ab88228 = Ο ιστότοπος του έργου είναι ο { -project-site }. Εκεί θα βρείτε το υλικό και τα νέα του ίδιου του έργου.

# Context: paragraph in “The CLARINET project”
# about-p-a0bccba0244cd553 = This second edition describes the situation in November 2026. The project ended in 2021, and much has changed since then. [Chapter 2](02-routes.md#since-2021) sums up what is new.

# Context: heading
about-h-3b863b44b0d2beff = Ο σκοπός
# Context: paragraph in “The aim”
about-p-ad64d4a35c443972 = Γενικός σκοπός του έργου ήταν να ευαισθητοποιήσει τους πολίτες της Ευρωπαϊκής Ένωσης και τις τοπικές κοινωνίες σχετικά με τη θετική συμβολή των { -migrants(case: "gen") } στις ευρωπαϊκές κοινωνίες. Οι άνθρωποι καλωσορίζουν πιο εύκολα τους νεοφερμένους όταν βλέπουν, στους δικούς τους δρόμους και χώρους εργασίας, τι φέρνουν μαζί τους.
# Context: paragraph in “The aim”
about-p-44f8dc4ddf15c285 = Γι’ αυτό το { -clarinet } δεν απευθύνθηκε στην «Ευρώπη» γενικά. Ενθάρρυνε τις ίδιες τις { -local-communities(case: "acc") } να αναδείξουν τη θετική συμβολή των { -migrants(case: "gen") } στον τόπο τους και να διαδώσουν αυτές τις ιστορίες ακόμη πιο μακριά.
# Context: heading
about-h-d9950a14c90838fe = Ποιοι συμμετείχαν
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The lead partner of the project was the Municipality of Lampedusa and Linosa in Italy. The island of Lampedusa, at the southern tip of Italy and closer to the coast of North Africa than to Sicily, has for many years been one of the best-known points of arrival for people crossing the central Mediterranean by boat. Few places in Europe know better what it means for a small community to meet migration face to face. The municipality worked with 18 other partners, { $partners } organisations in all.
about-p-e39536ba02f24a9b = Επικεφαλής εταίρος του έργου ήταν ο Δήμος Λαμπεντούζας και Λινόζας στην Ιταλία. Το νησί της Λαμπεντούζας, στο νοτιότερο άκρο της Ιταλίας και πιο κοντά στις ακτές της Βόρειας Αφρικής απ’ ό,τι στη Σικελία, είναι εδώ και πολλά χρόνια ένα από τα πιο γνωστά σημεία άφιξης για όσους διασχίζουν με βάρκα την Κεντρική Μεσόγειο. Λίγοι τόποι στην Ευρώπη γνωρίζουν καλύτερα τι σημαίνει για μια μικρή κοινωνία να έρχεται πρόσωπο με πρόσωπο με τη μετανάστευση. Ο δήμος συνεργάστηκε με άλλους 18 εταίρους, συνολικά { $partners } φορείς.
# Context: paragraph in “Who was involved”
about-p-4cd40685f69436c2 = Η σύμπραξη ένωσε τρία είδη φορέων:
# Context: list item in “Who was involved”
about-li-490e5c4ef4f964b9 = 8 φορείς τοπικής και περιφερειακής αυτοδιοίκησης (δήμοι και περιφέρειες)·
# Context: list item in “Who was involved”
about-li-caaa6a67745ff36e = 9 οργανώσεις της κοινωνίας των πολιτών·
# Context: list item in “Who was involved”
about-li-6bd9d0c835bb69ff = 2 διεθνή δίκτυα.
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The partners are based in { $countries -> [one] one country *[other] { $countries } countries } of South-East Europe.
about-p-466f757b1dda6dcd =
    Οι εταίροι προέρχονται από { $countries ->
        [one] { $countries } χώρα
       *[other] { $countries } χώρες
    } της Νοτιοανατολικής Ευρώπης.
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: These eight countries are Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus. In recent years, because of where they lie, all of them have been strongly affected by the arrival of { -asylum-seekers }. They sit on three different migration routes, which are described in [chapter 2](02-routes.md): the Mediterranean route, the Western Balkan route and the Eastern Balkan route.
about-p-d83a247a9f55fb0b = Οι οκτώ αυτές χώρες είναι η Ιταλία, η Σλοβενία, η Ουγγαρία, η Βουλγαρία, η Ρουμανία, η Αυστρία, η Ελλάδα και η Κύπρος. Τα τελευταία χρόνια, λόγω της γεωγραφικής τους θέσης, όλες έχουν επηρεαστεί έντονα από την άφιξη { -asylum-seekers(case: "gen") }. Βρίσκονται πάνω σε τρεις διαφορετικές μεταναστευτικές διαδρομές, που περιγράφονται στο [κεφάλαιο 2](02-routes.md): τη διαδρομή της Μεσογείου, τη διαδρομή των Δυτικών Βαλκανίων και τη διαδρομή των Ανατολικών Βαλκανίων.
# Context: image description (alt text) in “Who was involved”
about-alt-0e50de549307a843 = Διάγραμμα της σύμπραξης: ο επικεφαλής εταίρος, ο Δήμος Λαμπεντούζας και Λινόζας στην Ιταλία, πάνω από τρεις ομάδες: 8 φορείς τοπικής αυτοδιοίκησης, 9 οργανώσεις της κοινωνίας των πολιτών και 2 διεθνή δίκτυα· οι φορείς αυτοδιοίκησης και οι οργανώσεις βρίσκονται στην Ιταλία, τη Σλοβενία, την Ουγγαρία, τη Βουλγαρία, τη Ρουμανία, την Αυστρία, την Ελλάδα και την Κύπρο
# Context: figure caption in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The CLARINET partnership: 19 partners from 8 countries
about-cap-e37a9a7c956c8d2e = Η σύμπραξη CLARINET: 19 εταίροι από 8 χώρες

# Context: text in a figure in “Who was involved”; figure partnership.svg, its title (read aloud, not drawn)
# about-svg-78be90a8fc81e56d = Partners of CLARINET by type and country


# Context: text in a figure in “Who was involved”; figure partnership.svg, its description (read aloud, not drawn)
# about-svg-4d7896e2cc4c63c8 = At the top, the lead partner: the Municipality of Lampedusa and Linosa in Italy, one of the 8 local authorities. A line links it to three groups: 8 local authorities (municipalities and regional governments) and 9 civil-society organisations, framed together with the 8 countries of South-East Europe they are based in (Italy, Slovenia, Hungary, Bulgaria, Romania, Austria, Greece and Cyprus), and 2 international networks. At the bottom: 8 + 9 + 2 = 19 partners, 2019 to 2021.


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 53 characters fit
# about-svg-ee7b905ad9a554d6 = Lead partner


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 59 characters fit
# about-svg-3c11c0b16d27e588 = Municipality of Lampedusa and Linosa


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 63 characters fit
# about-svg-abb2b55b38d69292 = (Italy), one of the 8 local authorities


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-911158f1abec4753 = Local authorities


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 52 characters fit
# about-svg-860f01ffb17d6beb = municipalities and regional governments


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-13af86e509e93c7b = Civil-society organisations


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 56 characters fit
# about-svg-fa9ccc9a878d7063 = 8 countries in South-East Europe


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-5a9cf672c8be6b5a = Italy


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-56059e7fb4e9ddfa = Slovenia


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-504be3084f44d3e7 = Hungary


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-66b86bf0f0459474 = Bulgaria


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-ea23726dd0fd4e4d = Romania


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-c9cab0238debc6e5 = Austria


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-9c93ad439373b4ee = Greece


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 13 characters fit
# about-svg-5f1162c57ecf9981 = Cyprus


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 43 characters fit
# about-svg-f8c8264ea2304a10 = International networks


# Context: text in a figure in “Who was involved”; figure partnership.svg, a label: about 24 characters fit
# about-svg-63d0dd3d3be36514 = 8 + 9 + 2 = 19 partners

# Context: paragraph in “Who was involved”
about-p-e3bae2b1140c62de = Κοινή γλώσσα του έργου ήταν τα αγγλικά, όμως η τοπική δουλειά γινόταν στις γλώσσες των εταίρων: ιταλικά, σλοβενικά, ουγγρικά, βουλγαρικά, ρουμανικά, γερμανικά (στην Αυστρία) και ελληνικά (στην Ελλάδα και την Κύπρο).
# Context: paragraph in “Who was involved”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: The mix of partners matters. A local authority brings legitimacy and access to residents; a civil-society organisation brings trust and direct contact with newcomers; a network brings reach. Good local campaigns usually need all three.
about-p-3ab08daea40c008a = Ο συνδυασμός των εταίρων έχει σημασία. Ένας φορέας αυτοδιοίκησης προσφέρει θεσμική νομιμοποίηση και πρόσβαση στους κατοίκους· μια οργάνωση της κοινωνίας των πολιτών προσφέρει εμπιστοσύνη και άμεση επαφή με τους νεοφερμένους· ένα δίκτυο προσφέρει εμβέλεια. Οι καλές τοπικές εκστρατείες συνήθως χρειάζονται και τα τρία.
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
about-li-f37faa1ba4c7f8d2 = Το «Εγχειρίδιο για τη μετανάστευση και την ένταξη για τις τοπικές κοινωνίες», δηλαδή το βιβλίο που διαβάζετε.
# Context: list item in “Five activities”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Eight training programmes for local communities on how to communicate about migration and { -integration } locally, and what to communicate. [Chapter 6](06-training.md) describes them and shows how to run your own.
about-li-8f92a3dc8238e325 = Οκτώ προγράμματα κατάρτισης για τοπικές κοινωνίες σχετικά με το πώς να επικοινωνούν σε τοπικό επίπεδο για τη μετανάστευση και την { -integration(case: "acc") } και τι να επικοινωνούν. Το [κεφάλαιο 6](06-training.md) τα περιγράφει και δείχνει πώς να οργανώσετε το δικό σας.
# Context: list item in “Five activities”
about-li-5e06528ecda04fe9 = Οκτώ καλλιτεχνικές φιλοξενίες (residencies), που χρησιμοποίησαν την τέχνη για να ανοίξουν συζητήσεις που συχνά δεν μπορούν να ανοίξουν μόνο οι λέξεις. Δείτε το [κεφάλαιο 7](07-art.md).
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
# Context: paragraph in “How to use this handbook”
about-p-b79d29b00b747fec = Διαβάστε το εγχειρίδιο μαζί με έναν συνάδελφο ή μια συνεργαζόμενη οργάνωση, σημειώστε τις δύο ή τρεις ιδέες που ταιριάζουν καλύτερα στην πόλη σας και συμφωνήστε ποιος θα τις δοκιμάσει πρώτος.
# Context: heading
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A word about words
about-h-021883523bafcaa3 = Λίγα λόγια για τις λέξεις
# Context: paragraph in “The words used in this book”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Words such as { -refugee }, { -asylum-seeker } and { -migrant } have different meanings, and mixing them up can cause real harm. This handbook uses them as defined in [the glossary](03-words.md#glossary); when we speak of people in general, we simply say "people", "newcomers" or "residents".
about-p-3ef675e342a37dd5 = Λέξεις όπως { -refugee }, { -asylum-seeker } και { -migrant } έχουν διαφορετική σημασία, και η σύγχυσή τους μπορεί να προκαλέσει πραγματική βλάβη. Στο εγχειρίδιο τις χρησιμοποιούμε όπως ορίζονται στο [γλωσσάριο](03-words.md#glossary)· όταν μιλάμε γενικά για ανθρώπους, λέμε απλώς «άνθρωποι», «νεοφερμένοι» ή «κάτοικοι».
# Context: heading
about-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Visit the project website, { -project-site }, to see the project's materials in your language.
about-li-760798d9813df91c = Επισκεφθείτε τον ιστότοπο του έργου, { -project-site }, για να δείτε το υλικό του έργου στη γλώσσα σας.
# Context: list item in “What you can do”
about-li-53de59c40d2262b2 = Φτιάξτε μια σύντομη λίστα με τους ανθρώπους της πόλης σας που ήδη ασχολούνται με τη μετανάστευση και την { -integration(case: "acc") }: στο δημαρχείο, στα σχολεία, στις ΜΚΟ, στις θρησκευτικές κοινότητες και στα τοπικά μέσα ενημέρωσης.
# Context: list item in “What you can do”
about-li-a7571064fab41c1e = Διαλέξτε από τις παραπάνω διαδρομές ανάγνωσης το κεφάλαιο που ταιριάζει στον ρόλο σας και διαβάστε το πρώτο.
# Context: list item in “What you can do”
about-li-8299f119376e2de4 = Μοιραστείτε αυτό το εγχειρίδιο με τουλάχιστον ένα άτομο εκτός της δικής σας οργάνωσης.
