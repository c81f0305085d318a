# handbook/chapters/07-art.md — Art as a bridge
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
art-title-45039b411d0caa01 = L’arte come ponte
# Context: heading
art-h-bf689b76e15a14e5 = Perché l’arte
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Alcune conversazioni sono difficili da avviare partendo dai fatti. Un residente a disagio con i nuovi arrivati può restare indifferente davanti a una statistica, ma fermarsi davanti a una fotografia o ritrovarsi a cantare in un coro accanto a uno sconosciuto. L’arte parla alle emozioni e all’immaginazione, e crea esperienze condivise che non dipendono da una lingua comune.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = L’arte può anche dare voce ai nuovi arrivati alle loro condizioni. Un pittore, un musicista o un poeta arrivato come { -refugee } è prima di tutto un artista. Quando le sue opere vengono esposte nella galleria cittadina o presentate in piazza, i residenti lo incontrano come autore, non come «caso».
# Context: heading
art-h-c48b4dd9328ee3dd = Le residenze d’artista
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = Per queste ragioni { -clarinet } ha inserito otto residenze d’artista tra le sue attività principali. Una residenza invita un artista a trascorrere un periodo in un luogo, a conoscerne gli abitanti e a creare opere che rispondano a ciò che vi trova.
# Context: paragraph in “The artist residencies”
art-p-df1afe87446b083c = In un progetto su migrazione e { -integration }, una residenza porta uno sguardo esterno sulla storia locale. Crea occasioni di incontro tra residenti e nuovi arrivati. Produce inoltre immagini e storie che possono alimentare una campagna locale, come descritto nel [capitolo 5](05-campaign.md#channels).
# Context: heading
art-h-accc89a69dade98c = Le forme di una residenza
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = Non esiste un modello unico. A seconda dell’artista e della città, una residenza potrebbe dare vita a:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = una serie di ritratti o fotografie di residenti, vecchi e nuovi, esposti negli spazi pubblici;
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = un murale dipinto insieme ai ragazzi del quartiere;
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = uno spettacolo teatrale nato da interviste a persone arrivate in città e a chi le ha accolte;
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = un brano musicale o un coro che riunisce canzoni nelle lingue parlate in città;
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = un film o un video condiviso online e proiettato durante un evento locale.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = I progetti artistici di comunità che restano più impressi sono partecipativi: l’artista non si limita a ritrarre le persone, ma lavora *con* loro. Residenti e nuovi arrivati che contribuiscono a dipingere un murale o recitano in uno spettacolo portano l’esperienza, e il messaggio, nelle loro famiglie e nei loro luoghi di lavoro.
# Context: heading
art-h-9424f6ae4ab34752 = Pianificare una residenza
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Definite lo scopo.__ Che cosa sperate che la residenza cambi o apra nella vostra città? Collegatela all’obiettivo della vostra campagna.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Scegliete l’artista con cura.__ Cercate una persona con esperienza di lavoro nelle comunità e rispetto per le storie altrui. Un artista con un proprio background migratorio può offrire uno sguardo particolare, ma non è un requisito.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Preparate il terreno.__ Presentate l’artista a scuole, ONG, centri culturali e gruppi di nuovi arrivati prima che inizi la residenza.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Concordate gli aspetti pratici:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = durata del soggiorno, alloggio e spazio di lavoro;
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = compenso e materiali;
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = a chi appartiene l’opera e dove sarà esposta;
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = come saranno citati l’artista, i partecipanti e i partner.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Pianificate il momento pubblico.__ Un’inaugurazione, uno spettacolo o una proiezione danno all’opera un pubblico e ai media un motivo per parlarne.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Mantenete viva l’opera.__ Decidete dove andrà a finire in seguito: una collocazione permanente, una mostra itinerante, un archivio online.
# Context: heading
art-h-2abddb21c6f312dc = Attenzione e consenso
# Context: paragraph in “Care and consent”
art-p-d63839e7a7821d9c = L’arte che parla di migrazione tocca la vita delle persone, e a volte le loro ferite. Seguite i passi indicati nel [capitolo 9](09-media.md#consent) e, prima che diano il loro consenso, dite ai partecipanti che un murale o un’opera stampata non si possono ritirare in seguito.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Chiedete ai partecipanti che cosa vorrebbero mostrare di sé. Molte persone fuggite dalla propria casa sono stanche di essere viste solo attraverso la loro fuga. Potrebbero preferire condividere un’abilità, la loro canzone preferita o un sogno per i propri figli.
# Context: heading
art-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Chiedete al centro culturale, alla biblioteca o alla galleria della vostra città se ospiterebbero un piccolo progetto artistico di comunità sulla convivenza in città.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Scoprite quali artisti con un background migratorio vivono già nella vostra zona e invitatene uno a presentare le proprie opere.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = Affrontate le questioni del consenso e dei crediti prima del primo laboratorio, non dopo.
