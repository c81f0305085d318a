# Handbook-level strings for the English (source) edition.
# Terms (ids starting with -) are used in the chapters as placeables.

handbook-title = Migration and integration
handbook-subtitle = A handbook for local communities
description = How towns, local organisations and citizens can talk about migration and integration honestly: words, campaigns, training, media and art, with examples and templates.
language-name = English
publisher = The CLARINET project partnership, led by the Municipality of Lampedusa and Linosa
funding-notice = This handbook was produced by the CLARINET project, co-funded by the European Union's Asylum, Migration and Integration Fund (AMIF).
disclaimer = The content of this handbook represents the views of the authors only and is their sole responsibility. The European Commission does not accept any responsibility for use that may be made of the information it contains.
funding-statement = Co-funded by the European Union
funding-programme = Asylum, Migration and Integration Fund (AMIF) of the European Union
partners = Municipality of Lampedusa and Linosa (lead partner), Africa e Mediterraneo (project secretariat), BJCEM, Novapolis, Municipality of Constanța, Municipality of Črnomelj and the other partners of the CLARINET project
alert-important = Good practice

## Names

-clarinet = CLARINET
-project-site = www.clarinetproject.eu

## Glossary terms

-migrant = migrant
-migrants = migrants
-refugee = refugee
-refugees = refugees
-asylum-seeker = asylum seeker
-asylum-seekers = asylum seekers
-integration = integration
-local-community = local community
-local-communities = local communities
-hate-speech = hate speech
-newcomer = newcomer
-newcomers = newcomers
-temporary-protection = temporary protection
