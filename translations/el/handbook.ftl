### Title, notices, terms and interface strings of the handbook in `el`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Μετανάστευση και ένταξη
handbook-subtitle = Εγχειρίδιο για τις τοπικές κοινωνίες
language-name = Ελληνικά
publisher = Η σύμπραξη του έργου CLARINET, με επικεφαλής εταίρο τον Δήμο Λαμπεντούζας και Λινόζας
funding-notice = Το παρόν εγχειρίδιο εκπονήθηκε στο πλαίσιο του έργου CLARINET, με τη συγχρηματοδότηση του Ταμείου Ασύλου, Μετανάστευσης και Ένταξης (ΤΑΜΕ) της Ευρωπαϊκής Ένωσης.
disclaimer = Το περιεχόμενο του παρόντος εγχειριδίου αντιπροσωπεύει μόνο τις απόψεις των συντακτών και αποτελεί αποκλειστική ευθύνη τους. Η Ευρωπαϊκή Επιτροπή δεν αναλαμβάνει καμία ευθύνη για τη χρήση που μπορεί να γίνει των πληροφοριών που περιέχει.
funding-statement = Συγχρηματοδοτείται από την Ευρωπαϊκή Ένωση
funding-programme = Ταμείο Ασύλου, Μετανάστευσης και Ένταξης (ΤΑΜΕ) της Ευρωπαϊκής Ένωσης
partners = Δήμος Λαμπεντούζας και Λινόζας (επικεφαλής εταίρος), Africa e Mediterraneo (γραμματεία του έργου), BJCEM, Novapolis, Δήμος Κωνστάντζας, Δήμος Τσρνόμελ και οι υπόλοιποι εταίροι του έργου CLARINET
alert-important = Καλή πρακτική
-clarinet = CLARINET
-project-site = www.clarinetproject.eu
-migrant =
    { $case ->
       *[nom] μετανάστης
        [gen] μετανάστη
        [acc] μετανάστη
        [nom-cap] Μετανάστης
    }
-migrants =
    { $case ->
       *[nom] μετανάστες
        [gen] μεταναστών
        [acc] μετανάστες
        [nom-cap] Μετανάστες
    }
-refugee =
    { $case ->
       *[nom] πρόσφυγας
        [gen] πρόσφυγα
        [acc] πρόσφυγα
        [nom-cap] Πρόσφυγας
    }
-refugees =
    { $case ->
       *[nom] πρόσφυγες
        [gen] προσφύγων
        [acc] πρόσφυγες
        [nom-cap] Πρόσφυγες
    }
-asylum-seeker =
    { $case ->
       *[nom] αιτών άσυλο
        [gen] αιτούντος άσυλο
        [acc] αιτούντα άσυλο
        [nom-cap] Αιτών άσυλο
    }
-asylum-seekers =
    { $case ->
       *[nom] αιτούντες άσυλο
        [gen] αιτούντων άσυλο
        [acc] αιτούντες άσυλο
        [nom-cap] Αιτούντες άσυλο
    }
-integration =
    { $case ->
       *[nom] ένταξη
        [gen] ένταξης
        [acc] ένταξη
        [nom-cap] Ένταξη
    }
-local-community =
    { $case ->
       *[nom] τοπική κοινωνία
        [gen] τοπικής κοινωνίας
        [acc] τοπική κοινωνία
        [nom-cap] Τοπική κοινωνία
    }
-local-communities =
    { $case ->
       *[nom] τοπικές κοινωνίες
        [gen] τοπικών κοινωνιών
        [acc] τοπικές κοινωνίες
        [nom-cap] Τοπικές κοινωνίες
    }
-hate-speech =
    { $case ->
       *[nom] ρητορική μίσους
        [gen] ρητορικής μίσους
        [acc] ρητορική μίσους
        [nom-cap] Ρητορική μίσους
    }
-newcomer =
    { $case ->
       *[nom] νεοφερμένος
        [gen] νεοφερμένου
        [acc] νεοφερμένο
        [nom-cap] Νεοφερμένος
    }
-newcomers =
    { $case ->
       *[nom] νεοφερμένοι
        [gen] νεοφερμένων
        [acc] νεοφερμένους
        [nom-cap] Νεοφερμένοι
    }
-temporary-protection =
    { $case ->
       *[nom] προσωρινή προστασία
        [gen] προσωρινής προστασίας
        [acc] προσωρινή προστασία
        [nom-cap] Προσωρινή προστασία
    }
