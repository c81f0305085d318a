### Title, notices, terms and interface strings of the handbook in `hu`.
### Commented-out entries are not translated yet: remove the `# ` and translate.

handbook-title = Migráció és integráció
handbook-subtitle = Kézikönyv helyi közösségek számára
description = Hogyan beszélhetnek az önkormányzatok, a helyi szervezetek és a lakosok őszintén a migrációról és a beilleszkedésről: szavak, kampányok, képzések, média és művészet, példákkal és sablonokkal.
language-name = Magyar
publisher = A CLARINET-projekt partnersége, Lampedusa és Linosa önkormányzatának vezetésével
funding-notice = Ez a kézikönyv a CLARINET-projekt keretében készült, amelyet az Európai Unió Menekültügyi, Migrációs és Integrációs Alapja (MMIA) társfinanszírozott.
disclaimer = A kézikönyv tartalma kizárólag a szerzők nézeteit tükrözi, és kizárólag az ő felelősségük. Az Európai Bizottság nem vállal felelősséget a benne foglalt információk bármilyen felhasználásáért.
funding-statement = Az Európai Unió társfinanszírozásával
funding-programme = Az Európai Unió Menekültügyi, Migrációs és Integrációs Alapja (MMIA)
partners = Lampedusa és Linosa önkormányzata (vezető partner), Africa e Mediterraneo (projekttitkárság), BJCEM, Novapolis, Constanța önkormányzata, Črnomelj önkormányzata és a CLARINET-projekt többi partnere
alert-important = Jó gyakorlat

## Nevek

-clarinet = CLARINET
-project-site = www.clarinetproject.eu

## Fogalomtár

-migrant = migráns
-migrants = migránsok
-refugee = menekült
-refugees = menekültek
-asylum-seeker = menedékkérő
-asylum-seekers = menedékkérők
-integration = integráció
-local-community = helyi közösség
-local-communities = helyi közösségek
-hate-speech = gyűlöletbeszéd
-newcomer = újonnan érkező
-newcomers = újonnan érkezők
-temporary-protection = átmeneti védelem
