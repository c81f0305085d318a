### Title, notices, terms and interface strings of the handbook in `sl`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Migracije in integracija
handbook-subtitle = Priročnik za lokalne skupnosti
description = Kako lahko občine, lokalne organizacije in prebivalci iskreno govorijo o migracijah in vključevanju: besede, kampanje, usposabljanja, mediji in umetnost, s primeri in predlogami.
language-name = Slovenščina
publisher = Partnerstvo projekta CLARINET pod vodstvom Občine Lampedusa in Linosa
funding-notice = Ta priročnik je nastal v okviru projekta CLARINET, ki ga je sofinanciral Sklad Evropske unije za azil, migracije in vključevanje (AMIF).
disclaimer = Vsebina tega priročnika izraža izključno stališča avtorjev, ki so zanjo tudi izključno odgovorni. Evropska komisija ne prevzema nobene odgovornosti za morebitno uporabo informacij, ki jih vsebuje.
funding-statement = Sofinancira Evropska unija
funding-programme = Sklad za azil, migracije in vključevanje (AMIF) Evropske unije
partners = Občina Lampedusa in Linosa (vodilni partner), Africa e Mediterraneo (sekretariat projekta), BJCEM, Novapolis, Občina Constanța, Občina Črnomelj in drugi partnerji projekta CLARINET
alert-important = Dobra praksa
-clarinet = CLARINET
-project-site = www.clarinetproject.eu
-migrant =
    { $case ->
       *[nom] migrant
        [gen] migranta
        [dat] migrantu
        [acc] migranta
        [loc] migrantu
        [ins] migrantom
        [nom-cap] Migrant
    }
-migrants =
    { $case ->
       *[nom] migranti
        [gen] migrantov
        [dat] migrantom
        [acc] migrante
        [loc] migrantih
        [ins] migranti
        [nom-cap] Migranti
    }
-refugee =
    { $case ->
       *[nom] begunec
        [gen] begunca
        [dat] beguncu
        [acc] begunca
        [loc] beguncu
        [ins] beguncem
        [nom-cap] Begunec
    }
-refugees =
    { $case ->
       *[nom] begunci
        [gen] beguncev
        [dat] beguncem
        [acc] begunce
        [loc] beguncih
        [ins] begunci
        [nom-cap] Begunci
    }
-asylum-seeker =
    { $case ->
       *[nom] prosilec za mednarodno zaščito
        [gen] prosilca za mednarodno zaščito
        [dat] prosilcu za mednarodno zaščito
        [acc] prosilca za mednarodno zaščito
        [loc] prosilcu za mednarodno zaščito
        [ins] prosilcem za mednarodno zaščito
        [nom-cap] Prosilec za mednarodno zaščito
    }
-asylum-seekers =
    { $case ->
       *[nom] prosilci za mednarodno zaščito
        [gen] prosilcev za mednarodno zaščito
        [dat] prosilcem za mednarodno zaščito
        [acc] prosilce za mednarodno zaščito
        [loc] prosilcih za mednarodno zaščito
        [ins] prosilci za mednarodno zaščito
        [nom-cap] Prosilci za mednarodno zaščito
    }
-integration =
    { $case ->
       *[nom] integracija
        [gen] integracije
        [dat] integraciji
        [acc] integracijo
        [loc] integraciji
        [ins] integracijo
        [nom-cap] Integracija
    }
-local-community =
    { $case ->
       *[nom] lokalna skupnost
        [gen] lokalne skupnosti
        [dat] lokalni skupnosti
        [acc] lokalno skupnost
        [loc] lokalni skupnosti
        [ins] lokalno skupnostjo
        [nom-cap] Lokalna skupnost
    }
-local-communities =
    { $case ->
       *[nom] lokalne skupnosti
        [gen] lokalnih skupnosti
        [dat] lokalnim skupnostim
        [acc] lokalne skupnosti
        [loc] lokalnih skupnostih
        [ins] lokalnimi skupnostmi
        [nom-cap] Lokalne skupnosti
    }
-hate-speech =
    { $case ->
       *[nom] sovražni govor
        [gen] sovražnega govora
        [dat] sovražnemu govoru
        [acc] sovražni govor
        [loc] sovražnem govoru
        [ins] sovražnim govorom
        [nom-cap] Sovražni govor
    }
-newcomer =
    { $case ->
       *[nom] novi prebivalec
        [gen] novega prebivalca
        [dat] novemu prebivalcu
        [acc] novega prebivalca
        [loc] novem prebivalcu
        [ins] novim prebivalcem
        [nom-cap] Novi prebivalec
    }
-newcomers =
    { $case ->
       *[nom] novi prebivalci
        [gen] novih prebivalcev
        [dat] novim prebivalcem
        [acc] nove prebivalce
        [loc] novih prebivalcih
        [ins] novimi prebivalci
        [nom-cap] Novi prebivalci
    }
-temporary-protection =
    { $case ->
       *[nom] začasna zaščita
        [gen] začasne zaščite
        [dat] začasni zaščiti
        [acc] začasno zaščito
        [loc] začasni zaščiti
        [ins] začasno zaščito
        [nom-cap] Začasna zaščita
    }
