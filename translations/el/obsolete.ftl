### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.
### They are not used in the build. Reuse what helps, then delete them.

# From 04-local.ftl.
# Previous source: When you plan an event, ask who is on the organising team, not only who is in the audience. An event organised *with* newcomers sends a very different signal from an event organised *for* them.
local-p-39076d155f6a47c9 = Όταν σχεδιάζετε μια εκδήλωση, αναρωτηθείτε ποιοι είναι στην οργανωτική ομάδα, όχι μόνο ποιοι είναι στο κοινό. Μια εκδήλωση που οργανώνεται *μαζί με* τους νεοφερμένους στέλνει πολύ διαφορετικό μήνυμα από μια εκδήλωση που οργανώνεται *για* αυτούς.
# From 05-campaign.ftl.
# Previous source: A campaign is more than a single event: it has a goal, a defined audience, a consistent message and a way of checking whether it worked.
campaign-p-991eda74c077e725 = Μια εκστρατεία είναι κάτι περισσότερο από μια μεμονωμένη εκδήλωση: έχει στόχο, καθορισμένο κοινό, συνεπές μήνυμα και τρόπο να ελέγξετε αν πέτυχε.
# From 08-award.ftl.
# Previous source: **Publication.** The organisers publish the call: who may apply, which campaigns are eligible, the deadline and the criteria.
award-li-830caf17a6706429 = __Δημοσίευση.__ Οι διοργανωτές δημοσιεύουν την πρόσκληση: ποιοι μπορούν να υποβάλουν αίτηση, ποιες εκστρατείες είναι επιλέξιμες, την προθεσμία και τα κριτήρια.
# From 08-award.ftl.
# Previous source: **Applications.** Applicants describe their campaign, usually on a form, with evidence such as images, press coverage and results.
award-li-035379af56a66d79 = __Αιτήσεις.__ Οι αιτούντες περιγράφουν την εκστρατεία τους, συνήθως σε ένα έντυπο, με τεκμήρια όπως εικόνες, δημοσιεύματα και αποτελέσματα.
# From 08-award.ftl.
# Previous source: **Eligibility check.** The organisers check that each entry meets the formal conditions.
award-li-6579c80e83766bbf = __Έλεγχος επιλεξιμότητας.__ Οι διοργανωτές ελέγχουν ότι κάθε συμμετοχή πληροί τις τυπικές προϋποθέσεις.
# From 08-award.ftl.
# Previous source: **Assessment.** A jury assesses the eligible entries against the published criteria.
award-li-2dd88f6c6da96e56 = __Αξιολόγηση.__ Μια κριτική επιτροπή αξιολογεί τις επιλέξιμες συμμετοχές με βάση τα κριτήρια που έχουν δημοσιευθεί.
# From 08-award.ftl.
# Previous source: **Decision and ceremony.** The winners are announced, ideally at a public event that gives them visibility.
award-li-f71bf0137d85b53a = __Απόφαση και τελετή.__ Ανακοινώνονται οι νικητές, ιδανικά σε μια δημόσια εκδήλωση που τους δίνει προβολή.
# From 08-award.ftl.
# Previous source: **Sharing.** The best entries are presented to others, so that other towns can learn from them.
award-li-dbfa5c5c52487d49 = __Διάχυση.__ Οι καλύτερες συμμετοχές παρουσιάζονται σε άλλους, ώστε να μπορούν να μάθουν από αυτές και άλλες πόλεις.
# From 08-award.ftl.
# Previous source: What good entries share
award-h-8b7d003b40009032 = Τι κοινό έχουν οι καλές συμμετοχές
# From 08-award.ftl.
# Previous source: Winning campaigns are often not the biggest or most expensive. Good entries tend to share these qualities:
award-p-dd55b4ceb2d45b1f = Οι εκστρατείες που βραβεύονται συχνά δεν είναι οι μεγαλύτερες ή οι πιο δαπανηρές. Οι καλές συμμετοχές έχουν συνήθως τα εξής κοινά χαρακτηριστικά:
# From 08-award.ftl.
# Previous source: **A clear local story.** The entry explains the town's situation in a few sentences and shows why the campaign was needed there.
award-li-0005beda09ead772 = __Μια σαφής τοπική ιστορία.__ Η συμμετοχή εξηγεί σε λίγες προτάσεις την κατάσταση στην πόλη και δείχνει γιατί χρειαζόταν εκεί η εκστρατεία.
# From 08-award.ftl.
# Previous source: **People, not labels.** Newcomers appear as neighbours, workers, parents, artists and athletes, speaking in their own voice.
award-li-051a116eadb2a05c = __Άνθρωποι, όχι ετικέτες.__ Οι νεοφερμένοι εμφανίζονται ως γείτονες, εργαζόμενοι, γονείς, καλλιτέχνες και αθλητές, που μιλούν με τη δική τους φωνή.
# From 08-award.ftl.
# Previous source: **Real partnership.** The municipality, civil society, schools and newcomers all played a part, and the entry says who did what.
award-li-003264f4a6b45211 = __Πραγματική σύμπραξη.__ Ο δήμος, η κοινωνία των πολιτών, τα σχολεία και οι νεοφερμένοι έπαιξαν όλοι κάποιον ρόλο, και η συμμετοχή αναφέρει ποιος έκανε τι.
# From 08-award.ftl.
# Previous source: **Honest results.** The entry reports what worked and what did not, with modest but real evidence.
award-li-ed4ffc843fedf559 = __Ειλικρινή αποτελέσματα.__ Η συμμετοχή αναφέρει τι λειτούργησε και τι όχι, με μετριοπαθή αλλά πραγματικά τεκμήρια.
# From 08-award.ftl.
# Previous source: **Something to copy.** The entry explains the method so that others can reuse it, with costs, timing and lessons learned.
award-li-61acb526c050579f = __Κάτι που μπορεί να αντιγραφεί.__ Η συμμετοχή εξηγεί τη μέθοδο ώστε να μπορούν να την αξιοποιήσουν και άλλοι, με κόστη, χρονοδιάγραμμα και διδάγματα.
