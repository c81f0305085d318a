# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `it`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = Il Premio europeo per le campagne locali
# Context: heading
award-h-9cc9c6c499ead4a1 = Perché un premio
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Molte buone campagne locali restano sconosciute fuori dalla città che le ha realizzate. Un premio è un modo semplice per scoprirle, per ringraziare chi le ha ideate e per condividerne le idee.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = La prima attività di { -clarinet } è stata un bando per il «Premio europeo per le campagne locali di sensibilizzazione pubblica su migrazione e integrazione». Il bando era legato al primo e al terzo obiettivo del progetto: individuare buone pratiche locali e condividerle in tutta l’Unione europea.
# Context: heading
award-h-975a8a2ec864e893 = Come funziona un bando
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = Un bando per un premio di questo tipo prevede di solito le stesse fasi. Gli organizzatori pubblicano il bando e i suoi criteri, e i candidati inviano le loro candidature. Gli organizzatori verificano che ogni candidatura soddisfi i requisiti formali, e una giuria valuta quelle ammissibili. I vincitori vengono annunciati pubblicamente e le candidature migliori vengono condivise, perché altre città possano trarne ispirazione.
# Context: heading
award-h-71708699acf8f3b3 = Criteri
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = Per un premio europeo dedicato alle campagne locali su migrazione e integrazione, i criteri tipici sono i seguenti. Potete usarli anche per valutare la vostra campagna.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Criterio
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = La domanda che si pone la giuria
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Pertinenza
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = La campagna risponde a un bisogno o a una situazione locale reale?
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = Chiarezza degli obiettivi
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = La campagna sapeva che cosa voleva cambiare, e per chi?
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Partecipazione
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Nuovi arrivati e residenti sono stati coinvolti nella sua ideazione e realizzazione?
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Qualità del messaggio
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = Il messaggio era accurato, rispettoso, locale e facile da ricordare?
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Creatività
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = La campagna ha trovato un modo nuovo per raggiungere il suo pubblico?
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Partenariato
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = Ha riunito attori locali diversi?
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Risultati
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Ci sono prove della diffusione e del cambiamento, riportate con onestà?
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Trasferibilità
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Un’altra città potrebbe trarne insegnamento e adattarla?
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Criteri tipici di un premio europeo per le campagne locali
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = Le candidature più utili contengono una breve sezione intitolata «Se volete farlo nella vostra città». Due o tre frasi pratiche, per esempio su come trovare partner o ottenere il consenso, trasformano una storia di successo in uno strumento per altri.
# Context: heading
award-h-f42148c5762e904b = Cosa potete fare
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Valutate la vostra ultima campagna con la tabella dei criteri qui sopra e annotatene i punti di forza e di debolezza.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Fin dal primo giorno della vostra prossima campagna, aprite una «cartella delle prove».
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Cercate bandi di premi e programmi di finanziamento aperti su migrazione, integrazione e comunicazione locale, per esempio sul [sito web della Commissione europea](https://commission.europa.eu) e attraverso le reti nazionali ed europee di città.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Usate il [modello di piano di campagna](10-resources.md#campaign-template) per documentare più facilmente la vostra prossima campagna.
