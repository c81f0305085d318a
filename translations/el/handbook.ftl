### Title, notices, terms and interface strings of the handbook in `el`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Μετανάστευση και ένταξη
handbook-subtitle = Εγχειρίδιο για τις τοπικές κοινωνίες
description = Πώς οι δήμοι, οι τοπικές οργανώσεις και οι πολίτες μπορούν να μιλούν με ειλικρίνεια για τη μετανάστευση και την ένταξη: λέξεις, εκστρατείες, εκπαίδευση, μέσα ενημέρωσης και τέχνη, με παραδείγματα και υποδείγματα.
language-name = Ελληνικά
publisher = Η σύμπραξη του έργου CLARINET, με επικεφαλής εταίρο τον Δήμο Λαμπεντούζας και Λινόζας
funding-notice = Το παρόν εγχειρίδιο εκπονήθηκε στο πλαίσιο του έργου CLARINET, με τη συγχρηματοδότηση της Ευρωπαϊκής Ένωσης.
disclaimer = Το περιεχόμενο του παρόντος εγχειριδίου αντιπροσωπεύει μόνο τις απόψεις των συντακτών και αποτελεί αποκλειστική ευθύνη τους. Η Ευρωπαϊκή Επιτροπή δεν αναλαμβάνει καμία ευθύνη για τη χρήση που μπορεί να γίνει των πληροφοριών που περιέχει.
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
