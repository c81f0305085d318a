# handbook/chapters/07-art.md — Art as a bridge
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
art-title-45039b411d0caa01 = Η τέχνη ως γέφυρα
# Context: heading
art-h-bf689b76e15a14e5 = Γιατί η τέχνη
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Κάποιες συζητήσεις είναι δύσκολο να ξεκινήσουν με γεγονότα. Έναν κάτοικο που νιώθει αμήχανα με τους νεοφερμένους μπορεί να μην τον συγκινήσει ένα στατιστικό στοιχείο, μπορεί όμως να σταθεί μπροστά σε μια φωτογραφία ή να βρεθεί να τραγουδά δίπλα σε έναν άγνωστο σε μια χορωδία. Η τέχνη μιλά στο συναίσθημα και στη φαντασία και δημιουργεί κοινές εμπειρίες που δεν εξαρτώνται από μια κοινή γλώσσα.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = Η τέχνη μπορεί επίσης να δώσει φωνή στους νεοφερμένους με τους δικούς τους όρους. Ένας ζωγράφος, μια μουσικός ή ένας ποιητής που ήρθε ως { -refugee } είναι πρώτα απ’ όλα καλλιτέχνης. Όταν το έργο τους εκτίθεται στην πινακοθήκη της πόλης ή παρουσιάζεται στην πλατεία της, οι κάτοικοι τους γνωρίζουν ως δημιουργούς και όχι ως «περιπτώσεις».
# Context: heading
art-h-c48b4dd9328ee3dd = Οι καλλιτεχνικές φιλοξενίες
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = Για αυτούς τους λόγους, το { -clarinet } συμπεριέλαβε στις κύριες δράσεις του οκτώ καλλιτεχνικές φιλοξενίες (artist residencies). Μια καλλιτεχνική φιλοξενία προσκαλεί έναν καλλιτέχνη να περάσει χρόνο σε έναν τόπο, να γνωρίσει τους ανθρώπους του και να δημιουργήσει έργο που ανταποκρίνεται σε όσα βρίσκει εκεί.
# Context: paragraph in “The artist residencies”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: In a project about migration and { -integration }, a residency brings an outside eye to the local story, creates occasions for residents and newcomers to meet, and produces images and stories that can feed a local campaign, as described in [chapter 5](05-campaign.md#channels).
art-p-df1afe87446b083c = Σε ένα έργο για τη μετανάστευση και την { -integration(case: "acc") }, η καλλιτεχνική φιλοξενία φέρνει ένα εξωτερικό βλέμμα στην τοπική ιστορία, δημιουργεί ευκαιρίες συνάντησης για κατοίκους και νεοφερμένους και παράγει εικόνες και ιστορίες που μπορούν να τροφοδοτήσουν μια τοπική εκστρατεία, όπως περιγράφεται στο [κεφάλαιο 5](05-campaign.md#channels).
# Context: heading
art-h-accc89a69dade98c = Μορφές που μπορεί να πάρει μια φιλοξενία
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = Δεν υπάρχει ένα μοναδικό μοντέλο. Ανάλογα με τον καλλιτέχνη και την πόλη, μια φιλοξενία μπορεί να καταλήξει σε:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = μια σειρά από πορτρέτα ή φωτογραφίες κατοίκων, παλιών και νέων, που εκτίθενται σε δημόσιους χώρους·
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = μια τοιχογραφία που ζωγραφίζεται μαζί με νέους της γειτονιάς·
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = μια θεατρική παράσταση που βασίζεται σε συνεντεύξεις με ανθρώπους που ήρθαν στην πόλη και με εκείνους που τους υποδέχθηκαν·
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = ένα μουσικό κομμάτι ή μια χορωδία που φέρνει κοντά τραγούδια από τις γλώσσες που μιλιούνται στην πόλη·
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = μια ταινία ή ένα βίντεο που μοιράζεται στο διαδίκτυο και προβάλλεται σε μια τοπική εκδήλωση.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = Τα πιο αξιομνημόνευτα έργα κοινοτικής τέχνης είναι συμμετοχικά: ο καλλιτέχνης δεν απεικονίζει απλώς τους ανθρώπους, αλλά δουλεύει *μαζί* τους. Κάτοικοι και νεοφερμένοι που βοηθούν να ζωγραφιστεί μια τοιχογραφία ή παίζουν σε μια παράσταση μεταφέρουν την εμπειρία, και το μήνυμα, στις οικογένειες και στους χώρους εργασίας τους.
# Context: heading
art-h-9424f6ae4ab34752 = Σχεδιασμός μιας φιλοξενίας
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Ορίστε τον σκοπό.__ Τι ελπίζετε ότι θα αλλάξει ή θα ανοίξει η φιλοξενία στην πόλη σας; Συνδέστε τη με τον στόχο της εκστρατείας σας.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Επιλέξτε προσεκτικά τον καλλιτέχνη.__ Αναζητήστε κάποιον με εμπειρία σε κοινοτική δουλειά και σεβασμό για τις ιστορίες των ανθρώπων. Ένας καλλιτέχνης με δικό του μεταναστευτικό υπόβαθρο μπορεί να προσφέρει ιδιαίτερη οπτική, αλλά αυτό δεν είναι προϋπόθεση.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Προετοιμάστε το έδαφος.__ Συστήστε τον καλλιτέχνη σε σχολεία, ΜΚΟ, πολιτιστικά κέντρα και ομάδες νεοφερμένων πριν ξεκινήσει η φιλοξενία.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Συμφωνήστε στα πρακτικά ζητήματα:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = διάρκεια παραμονής, διαμονή και χώρος εργασίας·
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = αμοιβή και υλικά·
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = σε ποιον ανήκει το έργο και πού θα παρουσιαστεί·
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = πώς θα αναφέρονται ο καλλιτέχνης, οι συμμετέχοντες και οι εταίροι.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Σχεδιάστε τη δημόσια στιγμή.__ Ένα άνοιγμα έκθεσης, μια παράσταση ή μια προβολή δίνει στο έργο κοινό και στα μέσα ενημέρωσης λόγο να το καλύψουν.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Κρατήστε το έργο ζωντανό.__ Αποφασίστε πού θα πάει το έργο μετά: σε μια μόνιμη θέση, σε μια περιοδεύουσα έκθεση, σε ένα διαδικτυακό αρχείο.
# Context: heading
art-h-2abddb21c6f312dc = Φροντίδα και συναίνεση
# Context: paragraph in “Care and consent”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Art about migration touches people's lives, and sometimes their wounds. Participants must know what the work is for, where it will be shown and how they will appear in it, and they must be free to say no. Take special care with children, with people whose asylum procedure is still open and with anyone who may have relatives at risk.
art-p-d63839e7a7821d9c = Η τέχνη για τη μετανάστευση αγγίζει τις ζωές των ανθρώπων και κάποτε τις πληγές τους. Οι συμμετέχοντες πρέπει να γνωρίζουν σε τι χρησιμεύει το έργο, πού θα παρουσιαστεί και πώς θα εμφανίζονται σε αυτό, και πρέπει να είναι ελεύθεροι να πουν όχι. Δώστε ιδιαίτερη προσοχή στα παιδιά, στους ανθρώπους των οποίων η διαδικασία ασύλου είναι ακόμη σε εξέλιξη και σε όποιον μπορεί να έχει συγγενείς σε κίνδυνο.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Ρωτήστε τους συμμετέχοντες τι θα ήθελαν να δείξουν για τον εαυτό τους. Πολλοί άνθρωποι που έχουν εγκαταλείψει τα σπίτια τους έχουν κουραστεί να τους βλέπουν μόνο μέσα από τη φυγή τους. Μπορεί να προτιμούν να μοιραστούν μια δεξιότητα, ένα αγαπημένο τραγούδι ή ένα όνειρο για τα παιδιά τους.
# Context: heading
art-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Ρωτήστε το τοπικό πολιτιστικό κέντρο, τη βιβλιοθήκη ή την γκαλερί αν θα φιλοξενούσαν ένα μικρό έργο κοινοτικής τέχνης για τη συμβίωση στην πόλη.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Μάθετε ποιοι καλλιτέχνες με μεταναστευτικό υπόβαθρο ζουν ήδη στην περιοχή σας και προσκαλέστε κάποιον από αυτούς να παρουσιάσει τη δουλειά του.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = Σχεδιάστε τα ζητήματα συναίνεσης και αναφοράς των συντελεστών πριν από το πρώτο εργαστήριο, όχι μετά.
