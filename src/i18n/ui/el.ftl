### Ενσωματωμένα κείμενα διεπαφής (ελληνικά). Το translations/<lang>/handbook.ftl ενός έργου
### μπορεί να αντικαταστήσει οποιοδήποτε από αυτά.

contents = Περιεχόμενα
chapter = Κεφάλαιο
page = Σελίδα
downloads = Λήψεις
download-pdf = PDF για εκτύπωση
download-epub = Ηλεκτρονικό βιβλίο EPUB
file-size = { $size } { $unit }
search = Αναζήτηση
search-label = Αναζήτηση στο εγχειρίδιο
search-no-results = Δεν βρέθηκαν αποτελέσματα.
search-results = Αποτελέσματα
previous = Προηγούμενο
next = Επόμενο
language = Γλώσσα
other-languages = Διαβάστε σε άλλη γλώσσα
choose-language = Επιλέξτε γλώσσα
footnotes = Σημειώσεις
footnote-back = Επιστροφή στο κείμενο
footnote-ref = Σημείωση { $number }
skip-to-content = Μετάβαση στο περιεχόμενο
on-this-page = Σε αυτή τη σελίδα
menu = Περιεχόμενα
home = Αρχική
alert-note = Σημείωση
alert-tip = Συμβουλή
alert-important = Σημαντικό
alert-warning = Προειδοποίηση
alert-caution = Προσοχή
figure = Εικόνα
cover = Εξώφυλλο
cover-image-alt = Η σημαία της Ευρωπαϊκής Ένωσης: δώδεκα χρυσά αστέρια σε κύκλο σε μπλε φόντο
start-reading = Ξεκινήστε την ανάγνωση
published = Δημοσιεύθηκε
title-page = Σελίδα τίτλου
untranslated = Αυτό το απόσπασμα δεν έχει μεταφραστεί ακόμη.
translation-status = Κατάσταση μετάφρασης
status-translated = Μεταφρασμένο
status-stale = Χρειάζεται έλεγχο
status-missing = Λείπει
status-messages = Μηνύματα
status-words = Λέξεις
accessibility-summary = Η έκδοση αυτή διαθέτει δομημένη πλοήγηση, πίνακα περιεχομένων, επικεφαλίδες σε σωστή σειρά, εναλλακτικό κείμενο για κάθε εικόνα και κείμενο που μπορεί να μεγεθυνθεί και να εκφωνηθεί. Πληροί το επίπεδο AA των WCAG 2.1. Αυτό το δηλώνει ο ίδιος ο εκδότης με βάση αυτόματους ελέγχους (EPUBCheck και DAISY Ace)· δεν έχει πιστοποιηθεί από τρίτο φορέα.
table = Πίνακας
status-handbook = Τίτλος, σημειώσεις και όροι
imprint = Σχετικά με αυτή την έκδοση
imprint-edition = Έκδοση
imprint-edition-number =
    { $number ->
        [1] Πρώτη έκδοση
        [2] Δεύτερη έκδοση
        [3] Τρίτη έκδοση
       *[other] Έκδοση { $number }
    }
imprint-version = αναθεώρηση { $version }
imprint-published = Ημερομηνία δημοσίευσης
imprint-authors = Συγγραφείς
imprint-translators = Μετάφραση
imprint-partners = Εταίροι
imprint-programme = Χρηματοδότηση
imprint-grant = συμφωνία επιχορήγησης αριθ. { $grant }
imprint-license = Άδεια χρήσης
imprint-contact = Επικοινωνία
date-long = { $day } { $month } { $year }
date-months = Ιανουαρίου, Φεβρουαρίου, Μαρτίου, Απριλίου, Μαΐου, Ιουνίου, Ιουλίου, Αυγούστου, Σεπτεμβρίου, Οκτωβρίου, Νοεμβρίου, Δεκεμβρίου
back-to-top = Επιστροφή στην αρχή
all-languages = Όλες οι γλώσσες
print-book = Εκτύπωση ολόκληρου του βιβλίου (PDF)
figure-full-size = Άνοιγμα σε πλήρες μέγεθος
download-pdf-shop = PDF για τυπογραφείο (με περιθώριο κοπής και σημάδια κοπής)
download-pdf-booklet = PDF σε μορφή φυλλαδίου (A5, δύο σελίδες σε κάθε φύλλο A4)
# The language and territory for sharing on social media (Open Graph), as language_TERRITORY.
og-locale = el_GR
chapter-label = Κεφάλαιο { $number }
figure-label = Εικόνα { $number }
table-label = Πίνακας { $number }
