### handbook/chapters/07-art.md — Art as a bridge
### Language: it. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
art-title-a27bef2e = L'arte come ponte

# Context: heading
art-h-71958faf = Perché l'arte

# Context: paragraph in “Why art”
art-p-4fb73adc = Alcune conversazioni sono difficili da avviare partendo dai fatti. Un residente a disagio con i nuovi arrivati può restare indifferente davanti a una statistica, ma fermarsi davanti a una fotografia o ritrovarsi a cantare in un coro accanto a uno sconosciuto. L'arte parla alle emozioni e all'immaginazione, e crea esperienze condivise che non dipendono da una lingua comune.

# Context: paragraph in “Why art”
art-p-10ee4e1b = L'arte può anche dare voce ai nuovi arrivati alle loro condizioni. Un pittore, un musicista o un poeta arrivato come { -refugee } è prima di tutto un artista. Quando le sue opere vengono esposte nella galleria cittadina o presentate in piazza, i residenti lo incontrano come autore, non come «caso».

# Context: heading
art-h-4295e1fa = Le residenze d'artista

# Context: paragraph in “The artist residencies”
art-p-abda5cd6 = Per queste ragioni { -clarinet } ha inserito otto residenze d'artista tra le sue attività principali. Una residenza invita un artista a trascorrere un periodo in un luogo, a conoscerne gli abitanti e a creare opere che rispondano a ciò che vi trova.

# Context: paragraph in “The artist residencies”
art-p-b6dad034 = In un progetto su migrazione e { -integration }, una residenza porta uno sguardo esterno sulla storia locale, crea occasioni di incontro tra residenti e nuovi arrivati e produce immagini e storie che possono alimentare una campagna locale, come descritto nel [capitolo 5](05-campaign.md#channels).

# Context: heading
art-h-75313851 = Le forme di una residenza

# Context: paragraph in “Forms a residency can take”
art-p-057f81d2 = Non esiste un modello unico. A seconda dell'artista e della città, una residenza potrebbe dare vita a:

# Context: list item in “Forms a residency can take”
art-li-33ae8005 = una serie di ritratti o fotografie di residenti, vecchi e nuovi, esposti negli spazi pubblici;

# Context: list item in “Forms a residency can take”
art-li-010bfb4f = un murale dipinto insieme ai ragazzi del quartiere;

# Context: list item in “Forms a residency can take”
art-li-11c4cc91 = uno spettacolo teatrale nato da interviste a persone arrivate in città e a chi le ha accolte;

# Context: list item in “Forms a residency can take”
art-li-1b9a8ba5 = un brano musicale o un coro che riunisce canzoni nelle lingue parlate in città;

# Context: list item in “Forms a residency can take”
art-li-48ddae23 = un film o un video condiviso online e proiettato durante un evento locale.

# Context: paragraph in “Forms a residency can take”
art-p-5bfc8c9c = I progetti artistici di comunità che restano più impressi sono partecipativi: l'artista non si limita a ritrarre le persone, ma lavora *con* loro. Residenti e nuovi arrivati che contribuiscono a dipingere un murale o recitano in uno spettacolo portano l'esperienza, e il messaggio, nelle loro famiglie e nei loro luoghi di lavoro.

# Context: heading
art-h-4c6c13c5 = Pianificare una residenza

# Context: list item in “Planning a residency”
art-li-491ac265 = **Definite lo scopo.** Che cosa sperate che la residenza cambi o apra nella vostra città? Collegatela all'obiettivo della vostra campagna.

# Context: list item in “Planning a residency”
art-li-08f59116 = **Scegliete l'artista con cura.** Cercate una persona con esperienza di lavoro nelle comunità e rispetto per le storie altrui. Un artista con un proprio background migratorio può offrire uno sguardo particolare, ma non è un requisito.

# Context: list item in “Planning a residency”
art-li-f1f71666 = **Preparate il terreno.** Presentate l'artista a scuole, ONG, centri culturali e gruppi di nuovi arrivati prima che inizi la residenza.

# Context: list item in “Planning a residency”
art-li-4a7b2eab = **Concordate gli aspetti pratici:**

# Context: list item in “Planning a residency”
art-li-f605eb2d = durata del soggiorno, alloggio e spazio di lavoro;

# Context: list item in “Planning a residency”
art-li-82a04b0f = compenso e materiali;

# Context: list item in “Planning a residency”
art-li-4533264e = a chi appartiene l'opera e dove sarà esposta;

# Context: list item in “Planning a residency”
art-li-22b1f9fb = come saranno citati l'artista, i partecipanti e i partner.

# Context: list item in “Planning a residency”
art-li-9a0b6080 = **Pianificate il momento pubblico.** Un'inaugurazione, uno spettacolo o una proiezione danno all'opera un pubblico e ai media un motivo per parlarne.

# Context: list item in “Planning a residency”
art-li-47393a47 = **Mantenete viva l'opera.** Decidete dove andrà a finire in seguito: una collocazione permanente, una mostra itinerante, un archivio online.

# Context: heading
art-h-1a29bf92 = Attenzione e consenso

# Context: paragraph in “Care and consent”
art-p-9c4332f4 = L'arte che parla di migrazione tocca la vita delle persone, e a volte le loro ferite. I partecipanti devono sapere a che cosa serve l'opera, dove sarà esposta e come vi compariranno, e devono essere liberi di dire di no. Prestate particolare attenzione ai bambini, alle persone la cui procedura di asilo è ancora in corso e a chiunque possa avere familiari a rischio.

# Context: paragraph in “Care and consent”
art-p-5b484bf2 = Chiedete ai partecipanti che cosa vorrebbero mostrare di sé. Molte persone fuggite dalla propria casa sono stanche di essere viste solo attraverso la loro fuga. Potrebbero preferire condividere un'abilità, la loro canzone preferita o un sogno per i propri figli.

# Context: heading
art-h-9353605e = Cosa potete fare

# Context: list item in “What you can do”
art-li-e33db8cf = Chiedete al centro culturale, alla biblioteca o alla galleria della vostra città se ospiterebbero un piccolo progetto artistico di comunità sulla convivenza in città.

# Context: list item in “What you can do”
art-li-b2f11daf = Scoprite quali artisti con un background migratorio vivono già nella vostra zona e invitatene uno a presentare le proprie opere.

# Context: list item in “What you can do”
art-li-2e53660e = Affrontate le questioni del consenso e dei crediti prima del primo laboratorio, non dopo.
