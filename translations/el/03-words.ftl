# handbook/chapters/03-words.md — Words matter
# Its translations into `el`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
words-title-76d2d7610995b41d = Οι λέξεις έχουν σημασία
# Context: heading
words-h-f3b863a6af7c5b08 = Γιατί οι λέξεις έχουν σημασία
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = Οι λέξεις που χρησιμοποιούμε για τους ανθρώπους διαμορφώνουν τον τρόπο που τους βλέπουν οι άλλοι. Αν αποκαλέσετε κάποιον «πλημμύρα» ή «κύμα», οι ακροατές φαντάζονται μια καταστροφή που πρέπει να ανακοπεί. Αν αποκαλέσετε τον ίδιο άνθρωπο νοσηλευτή, γείτονα ή γονιό, φαντάζονται έναν άνθρωπο. Οι λέξεις έχουν επίσης νομικό περιεχόμενο: το αν κάποιος είναι { -refugee }, { -asylum-seeker } ή { -migrant } μπορεί να κρίνει αν θα του επιτραπεί να μείνει, να εργαστεί ή να φέρει την οικογένειά του.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = Η ακριβής γλώσσα δεν είναι ζήτημα ευγένειας. Είναι ζήτημα ακρίβειας. Μια τοπική εφημερίδα που αποκαλεί κάθε νεοφερμένο «λαθραίο» απλώς κάνει λάθος για τους περισσότερους από αυτούς. Η σωστή επιλογή λέξεων είναι η φθηνότερη και ταχύτερη βελτίωση που μπορεί να κάνει όποιος επικοινωνεί σε τοπικό επίπεδο.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = Το κεφάλαιο αυτό εξηγεί τους βασικούς όρους, οι οποίοι χρησιμοποιούνται με συνέπεια σε όλες τις γλωσσικές εκδόσεις του εγχειριδίου.
# Context: heading
words-h-e5784b859ad5a07e = Οι τρεις λέξεις που συγχέονται συχνότερα
# Context: heading
words-h-fa2239b6a4057c8a = Πρόσφυγας
# Context: paragraph in “Refugee”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A { -refugee } is a person who has had to leave their country because of a well-founded fear of persecution for reasons of race, religion, nationality, political opinion or membership of a particular social group, and who cannot or will not, because of that fear, seek the protection of their own country. This definition comes from the 1951 Convention relating to the Status of Refugees[^convention]. In everyday speech the word is also used more widely for people fleeing war and violence, and international law gives them protection too.
words-p-a55d8f2219b80fce = { -refugee(case: "nom-cap") } είναι το πρόσωπο που αναγκάστηκε να εγκαταλείψει τη χώρα του λόγω βάσιμου φόβου δίωξης εξαιτίας της φυλής, της θρησκείας, της εθνικότητας, των πολιτικών του πεποιθήσεων ή της ιδιότητάς του ως μέλους ορισμένης κοινωνικής ομάδας, και το οποίο δεν μπορεί ή, λόγω αυτού του φόβου, δεν επιθυμεί να ζητήσει την προστασία της χώρας του. Ο ορισμός αυτός προέρχεται από τη Σύμβαση του 1951 για το καθεστώς των προσφύγων[^convention]. Στον καθημερινό λόγο η λέξη χρησιμοποιείται ευρύτερα και για ανθρώπους που φεύγουν από τον πόλεμο και τη βία, και το διεθνές δίκαιο προστατεύει και αυτούς.
# Context: heading
words-h-aed25d084cc5514a = Αιτών άσυλο
# Context: paragraph in “Asylum seeker”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: An { -asylum-seeker } is a person who has asked for international protection in another country and is waiting for a decision. Not every asylum seeker will be recognised as a { -refugee } in the end, but every recognised refugee was once an asylum seeker. Asking for asylum is a right, not a crime.
words-p-322f86daac474c9b = { -asylum-seeker(case: "nom-cap") } είναι το πρόσωπο που έχει ζητήσει διεθνή προστασία σε άλλη χώρα και περιμένει απόφαση. Δεν θα αναγνωριστεί τελικά κάθε αιτών άσυλο ως { -refugee }, όμως κάθε αναγνωρισμένος πρόσφυγας υπήρξε κάποτε αιτών άσυλο. Η υποβολή αίτησης ασύλου είναι δικαίωμα, όχι έγκλημα.
# Context: heading
words-h-dfcaf659e0182747 = Μετανάστης
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = Ο «μετανάστης» είναι ο ευρύτερος από τους τρεις όρους. Δεν υπάρχει ενιαίος νομικός ορισμός. Οι διεθνείς οργανισμοί τον χρησιμοποιούν ως γενικό όρο για οποιονδήποτε απομακρύνεται από τον συνήθη τόπο διαμονής του, εντός μιας χώρας ή πέρα από τα σύνορα, για οποιονδήποτε λόγο και για οποιοδήποτε χρονικό διάστημα[^iom-def]. Φοιτητές, εποχικοί εργάτες, άνθρωποι που έρχονται να ζήσουν με την οικογένειά τους και άνθρωποι που φεύγουν από τον πόλεμο μπορούν όλοι να είναι { -migrants }. Επειδή η λέξη είναι τόσο ευρεία, χρησιμοποιήστε τη με προσοχή: αν γνωρίζετε ότι οι άνθρωποι για τους οποίους μιλάτε είναι { -refugees } ή { -asylum-seekers }, πείτε το.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = Όταν έχετε αμφιβολίες, περιγράψτε τον άνθρωπο, όχι την κατηγορία. Η φράση «ένας νεαρός από το Αφγανιστάν που ήρθε πριν από δύο χρόνια και σήμερα δουλεύει σε ένα συνεργείο» είναι πιο ακριβής, και πολύ πιο ενδιαφέρουσα, από οποιαδήποτε ετικέτα.
# Context: heading
words-h-4c4e436f9a453c77 = Γλωσσάριο
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = Ο παρακάτω πίνακας περιλαμβάνει τους όρους που εμφανίζονται συχνότερα στην τοπική επικοινωνία. Η τρίτη στήλη δίνει εκφράσεις που προτιμάμε και εκφράσεις που αποφεύγουμε.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Όρος
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = Τι σημαίνει
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = Προτιμήστε / αποφύγετε
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant }
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Γενικός όρος για πρόσωπο που απομακρύνεται από τον συνήθη τόπο διαμονής του, για οποιονδήποτε λόγο και για οποιοδήποτε χρονικό διάστημα.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = Προτιμήστε: «μετανάστης» ή την πραγματική κατάσταση του ανθρώπου (εργαζόμενος, φοιτητής, μέλος οικογένειας). Αποφύγετε: να τον χρησιμοποιείτε για ανθρώπους που γνωρίζετε ότι έχουν καθεστώς πρόσφυγα.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee }
# Context: table cell in “Glossary”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: A person who fled persecution, war or violence and is protected by international law; in the strict sense, a person recognised under the 1951 Convention.
words-cell-6858fb16bfcc8497 = Πρόσωπο που έφυγε από δίωξη, πόλεμο ή βία και προστατεύεται από το διεθνές δίκαιο· με τη στενή έννοια, πρόσωπο που έχει αναγνωριστεί βάσει της Σύμβασης του 1951.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = Προτιμήστε: «πρόσφυγας» όταν το καθεστώς έχει αναγνωριστεί ή ο άνθρωπος είναι σαφές ότι έφυγε από κίνδυνο. Αποφύγετε: «ψευδοπρόσφυγας», «δήθεν πρόσφυγας».
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker }
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = Πρόσωπο που έχει ζητήσει διεθνή προστασία και περιμένει απόφαση.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = Προτιμήστε: «αιτών άσυλο», «άνθρωπος που αναζητά προστασία». Αποφύγετε: «λαθραίος», «ψευδοαιτών άσυλο».
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = δικαιούχος διεθνούς προστασίας
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = Πρόσωπο στο οποίο έχει χορηγηθεί καθεστώς πρόσφυγα ή επικουρική προστασία σε χώρα της ΕΕ.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = Προτιμήστε: αυτόν τον όρο στα επίσημα κείμενα· «πρόσφυγας» στον καθημερινό λόγο.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = επικουρική προστασία
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Προστασία για πρόσωπο που δεν πληροί τις προϋποθέσεις για να αναγνωριστεί ως πρόσφυγας, αλλά θα αντιμετώπιζε πραγματικό κίνδυνο σοβαρής βλάβης αν επέστρεφε.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = Προτιμήστε: να τον εξηγείτε σύντομα όταν τον χρησιμοποιείτε· οι περισσότεροι αναγνώστες δεν τον γνωρίζουν.

# Context: table cell in “Glossary”
# words-cell-bea0ed6f76038775 = { -temporary-protection }


# Context: table cell in “Glossary”
# words-cell-e60f7100dda44814 = Protection the EU can give at once to many people fleeing war, without individual asylum procedures. Since March 2022 it has protected people fleeing Ukraine.


# Context: table cell in “Glossary”
# words-cell-ec001466c20e3483 = Prefer: "people under temporary protection". Avoid: "asylum seekers", unless the person has applied for asylum.


# Context: table cell in “Glossary”
# words-cell-5dc811403d0d6a8a = resettlement


# Context: table cell in “Glossary”
# words-cell-7eeadae01c962191 = The transfer of a recognised refugee from the country where they first found safety to another country that has agreed to admit them.


# Context: table cell in “Glossary”
# words-cell-fa79a53a26ec1083 = Prefer: "resettled refugee", with a short explanation.

# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = παράτυπος μετανάστης
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = Πρόσωπο που εισήλθε ή διαμένει σε μια χώρα χωρίς την απαιτούμενη άδεια.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = Προτιμήστε: «παράτυπος» ή «χωρίς έγγραφα». Αποφύγετε: «λαθρομετανάστης», «λαθραίοι»: οι πράξεις μπορεί να είναι παράνομες, οι άνθρωποι όχι.

# Context: table cell in “Glossary”
# words-cell-21f15b4436173353 = smuggling and trafficking


# Context: table cell in “Glossary”
# words-cell-f44ec191ac994e6f = Smuggling: helping a person cross a border irregularly, for money. Trafficking: recruiting or moving a person in order to exploit them, by force or deception, with or without crossing a border.


# Context: table cell in “Glossary”
# words-cell-f1f264429061865a = Prefer: the exact word. Avoid: using them as synonyms. A person who paid a smuggler can later be trafficked.


# Context: table cell in “Glossary”
# words-cell-bab07c01ec681bf7 = third-country national


# Context: table cell in “Glossary”
# words-cell-78318cbb21b91c20 = In EU law, a person who is not a citizen of an EU member state.


# Context: table cell in “Glossary”
# words-cell-f96cb3f93743941d = Prefer: in funding applications and official texts. Avoid: in everyday speech.

# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = ασυνόδευτος ανήλικος
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = Παιδί κάτω των 18 ετών που φτάνει χωρίς γονέα ή άλλον υπεύθυνο ενήλικα.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = Προτιμήστε: «ασυνόδευτο παιδί». Αποφύγετε: να αμφισβητείτε δημόσια την ηλικία ενός παιδιού χωρίς αποδείξεις.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = άτομο με μεταναστευτικό υπόβαθρο
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = Κάτοικος που μετανάστευσε ο ίδιος ή του οποίου μετανάστευσαν οι γονείς. Συχνά είναι πολίτης της χώρας.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = Προτιμήστε: τον τρόπο με τον οποίο περιγράφει ο ίδιος ο άνθρωπος τον εαυτό του. Αποφύγετε: «αλλοδαπός» για ανθρώπους που είναι πολίτες της χώρας.

# Context: table cell in “Glossary”
# words-cell-bb729424aceaa908 = { -newcomer }


# Context: table cell in “Glossary”
# words-cell-15d53e4d7f7f70f5 = In this handbook, a person who has come from another country to live in a town in recent years, whatever their legal status.


# Context: table cell in “Glossary”
# words-cell-b0b7e39db644e548 = Prefer: { -newcomer } for recent arrivals; "person with a migrant background" for people settled for years.

# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = Αμφίδρομη διαδικασία στην οποία οι νεοφερμένοι και η κοινωνία υποδοχής προσαρμόζονται ο ένας στον άλλον, με δικαιώματα και υποχρεώσεις και για τις δύο πλευρές.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = Προτιμήστε: «ένταξη», «συμπερίληψη», «συμμετοχή». Αποφύγετε: «αφομοίωση» όταν εννοείτε την ένταξη.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = Οι κάτοικοι, οι οργανώσεις και οι θεσμοί μιας πόλης ή περιοχής, μαζί με τους νεοφερμένους.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = Προτιμήστε: διατυπώσεις που εντάσσουν τους νεοφερμένους στο «εμείς». Αποφύγετε: «ντόπιοι εναντίον μεταναστών».
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Έκφραση που διαδίδει, υποκινεί, προωθεί ή δικαιολογεί το μίσος κατά ανθρώπων εξαιτίας του ποιοι είναι, για παράδειγμα λόγω της καταγωγής, της θρησκείας ή του χρώματος του δέρματός τους.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = Προτιμήστε: να την κατονομάζετε καθαρά και ήρεμα. Αποφύγετε: να επαναλαμβάνετε λέξεις μίσους σε τίτλους, ακόμη και για να τις επικρίνετε.
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = Οι νομικοί ορισμοί διαφέρουν ελαφρώς από χώρα σε χώρα και αλλάζουν με τον χρόνο. Για επίσημα κείμενα, ελέγξτε τη διατύπωση που χρησιμοποιεί η εθνική αρχή ασύλου της χώρας σας. Για τη δημόσια επικοινωνία, οι απλοί ορισμοί που δίνονται παραπάνω είναι αρκετά ακριβείς.
# Context: heading
words-h-8e1d12b0300f90ae = Λέξεις που θέλουν προσοχή
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Κάποιες λέξεις δεν είναι λάθος αυτές καθαυτές, αλλά δημιουργούν μια εικόνα ισχυρότερη από τα γεγονότα.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Μεταφορές με νερό__: «κύμα», «πλημμύρα», «ροή», «εισροή». Μετατρέπουν τους ανθρώπους σε φυσικό φαινόμενο και υπονοούν ότι η μόνη δυνατή απάντηση είναι ένα φράγμα. Χρησιμοποιήστε τη λέξη «αφίξεις» ή τον πραγματικό αριθμό, με πηγή.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __Πολεμικές μεταφορές__: «εισβολή», «πολιορκία». Υπονοούν ότι οι νεοφερμένοι είναι εχθροί.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Αριθμοί χωρίς πλαίσιο__: το «έφτασαν χιλιάδες» ακούγεται ανησυχητικό· το «έφτασαν χιλιάδες, σε μια περιφέρεια με αρκετά εκατομμύρια κατοίκους» ίσως όχι. Δώστε την κλίμακα.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __«Κρίση»__: η λέξη μερικές φορές δικαιολογείται, για παράδειγμα για ένα σύστημα υποδοχής που δεν μπορεί να ανταπεξέλθει. Σπάνια όμως είναι ακριβής ως περιγραφή ανθρώπων.
# Context: paragraph in “Words to handle with care”
words-p-323095354248fddd = Αρκετά ευρωπαϊκά ειδησεογραφικά μέσα και δημοσιογραφικές ενώσεις έχουν υιοθετήσει οδηγούς ύφους που αποφεύγουν τον όρο «λαθρομετανάστης» και προτιμούν το «παράτυπος» ή «χωρίς έγγραφα». Ένας δήμος μπορεί να κάνει το ίδιο: ένα σημείωμα ύφους μίας σελίδας για τον ιστότοπο, τα ενημερωτικά δελτία και τα δελτία Τύπου του δήμου κάνει την ακριβή γλώσσα ρουτίνα και όχι αντικείμενο αντιπαράθεσης.
# Context: heading
words-h-ad6b1d4fe6291d7c = Αφήστε τους ανθρώπους να ονομάσουν οι ίδιοι τον εαυτό τους
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = Τις ετικέτες τις δίνουν οι άλλοι· τα ονόματα τα επιλέγουμε εμείς. Όταν συνεργάζεστε με νεοφερμένους σε μια εκστρατεία ή ένα άρθρο, ρωτήστε τους πώς θέλουν να περιγράφονται. Κάποιοι είναι περήφανοι που τους αποκαλούν { -refugees }· άλλοι προτιμούν να τους γνωρίζουν με το επάγγελμα ή το μικρό τους όνομα. Κάποιοι δεν θα θέλουν να αναφερθεί καθόλου το καθεστώς τους, επειδή αυτό θα μπορούσε να θέσει σε κίνδυνο συγγενείς τους.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Σεβαστείτε αυτές τις επιλογές και ζητάτε πάντα συναίνεση πριν δημοσιεύσετε το όνομα, το πρόσωπο ή την ιστορία κάποιου. Το [κεφάλαιο 9](09-media.md#consent) λέει περισσότερα για τη συναίνεση.
# Context: heading
words-h-f42148c5762e904b = Τι μπορείτε να κάνετε
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Εκτυπώστε τον πίνακα του γλωσσαρίου και τοποθετήστε τον δίπλα στο γραφείο του ατόμου που γράφει τα δελτία Τύπου και τις αναρτήσεις στα μέσα κοινωνικής δικτύωσης της οργάνωσής σας.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Ξαναδιαβάστε τα πέντε τελευταία δημόσια κείμενα που δημοσίευσε η οργάνωσή σας για τη μετανάστευση. Υπογραμμίστε κάθε ετικέτα και ελέγξτε την με βάση το γλωσσάριο.
# Context: list item in “What you can do”
# STALE: the source text changed: review this translation, then edit it or run `handbook confirm`.
# Previous source: Agree on a short style note for your town or organisation:
words-li-54e0cd427a746edf = Συμφωνήστε σε ένα σύντομο σημείωμα ύφους για την πόλη ή την οργάνωσή σας:
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = ποιους όρους χρησιμοποιείτε·
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = ποιους όρους αποφεύγετε·
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = ποιον ρωτάτε όταν έχετε αμφιβολίες.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Καλέστε έναν νεοφερμένο να διαβάσει το επόμενο κείμενό σας πριν δημοσιευτεί και να σας πει πώς ακούγεται.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = Η Σύμβαση του 1951 για το καθεστώς των προσφύγων και το Πρωτόκολλο του 1967 είναι τα κεντρικά κείμενα του διεθνούς προσφυγικού δικαίου. Όλα τα κράτη μέλη της ΕΕ είναι συμβαλλόμενα μέρη.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = Αυτός είναι, επί της ουσίας, ο ορισμός εργασίας του Διεθνούς Οργανισμού Μετανάστευσης (ΔΟΜ), ο οποίος σημειώνει ότι ο όρος «μετανάστης» δεν ορίζεται στο διεθνές δίκαιο.
