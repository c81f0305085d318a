### Title, notices, terms and interface strings of the handbook in `ro`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Migrație și integrare
handbook-subtitle = Un manual pentru comunitățile locale
description = Cum pot vorbi sincer autoritățile locale, organizațiile locale și cetățenii despre migrație și integrare: cuvinte, campanii, formare, mass-media și artă, cu exemple și modele.
language-name = Română
publisher = Parteneriatul proiectului CLARINET, coordonat de Primăria Lampedusa și Linosa
funding-notice = Acest manual a fost realizat în cadrul proiectului CLARINET, cofinanțat de Fondul pentru azil, migrație și integrare (FAMI) al Uniunii Europene.
disclaimer = Conținutul acestui manual reprezintă exclusiv opiniile autorilor și intră în responsabilitatea lor exclusivă. Comisia Europeană nu își asumă nicio responsabilitate pentru modul în care pot fi utilizate informațiile pe care le conține.
funding-statement = Cofinanțat de Uniunea Europeană
funding-programme = Fondul pentru azil, migrație și integrare (FAMI) al Uniunii Europene
partners = Primăria Lampedusa și Linosa (partener principal), Africa e Mediterraneo (secretariatul proiectului), BJCEM, Novapolis, Primăria Municipiului Constanța, Municipalitatea Črnomelj și ceilalți parteneri ai proiectului CLARINET
alert-important = Bună practică

## Names

-clarinet = CLARINET
-project-site = www.clarinetproject.eu

## Glossary terms
## Every glossary term has variants (argument `case`): indef = nearticulat (implicit), def = articulat hotărât (N-Ac),
## gen = articulat hotărât în genitiv-dativ, def-cap = articulat, cu majusculă la început de propoziție.

-migrant =
    { $case ->
       *[indef] migrant
        [def] migrantul
        [gen] migrantului
        [def-cap] Migrantul
    }
-migrants =
    { $case ->
       *[indef] migranți
        [def] migranții
        [gen] migranților
        [def-cap] Migranții
    }
-refugee =
    { $case ->
       *[indef] refugiat
        [def] refugiatul
        [gen] refugiatului
        [def-cap] Refugiatul
    }
-refugees =
    { $case ->
       *[indef] refugiați
        [def] refugiații
        [gen] refugiaților
        [def-cap] Refugiații
    }
-asylum-seeker =
    { $case ->
       *[indef] solicitant de azil
        [def] solicitantul de azil
        [gen] solicitantului de azil
        [def-cap] Solicitantul de azil
    }
-asylum-seekers =
    { $case ->
       *[indef] solicitanți de azil
        [def] solicitanții de azil
        [gen] solicitanților de azil
        [def-cap] Solicitanții de azil
    }
-integration =
    { $case ->
       *[indef] integrare
        [def] integrarea
        [gen] integrării
        [def-cap] Integrarea
    }
-local-community =
    { $case ->
       *[indef] comunitate locală
        [def] comunitatea locală
        [gen] comunității locale
        [def-cap] Comunitatea locală
    }
-local-communities =
    { $case ->
       *[indef] comunități locale
        [def] comunitățile locale
        [gen] comunităților locale
        [def-cap] Comunitățile locale
    }
-hate-speech =
    { $case ->
       *[indef] discurs instigator la ură
        [def] discursul instigator la ură
        [gen] discursului instigator la ură
        [def-cap] Discursul instigator la ură
    }
-newcomer =
    { $case ->
       *[indef] nou venit
        [def] noul venit
        [gen] noului venit
        [def-cap] Noul venit
    }
-newcomers =
    { $case ->
       *[indef] noi veniți
        [def] noii veniți
        [gen] noilor veniți
        [def-cap] Noii veniți
    }
-temporary-protection =
    { $case ->
       *[indef] protecție temporară
        [def] protecția temporară
        [gen] protecției temporare
        [def-cap] Protecția temporară
    }
