# handbook/chapters/08-award.md — The European Award for local campaigns
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
award-title-27b65b25927c3d86 = Der Europäische Preis für Kampagnen vor Ort
# Context: heading
award-h-9cc9c6c499ead4a1 = Warum ein Preis
# Context: paragraph in “Why an award”
award-p-f62d07c67691e864 = Viele gute Kampagnen bleiben außerhalb des Ortes, in dem sie stattgefunden haben, unbekannt. Ein Preis ist ein einfacher Weg, sie zu finden, den Menschen dahinter zu danken und ihre Ideen weiterzugeben.
# Context: paragraph in “Why an award”
award-p-4eab64f1164b8a1d = Die erste Aktivität von { -clarinet } war eine Ausschreibung für den „Europäischen Preis für lokale Sensibilisierungskampagnen zu Migration und Integration“. Sie war mit dem ersten und dem dritten Ziel des Projekts verbunden: gute Praxis vor Ort zu finden und sie in der gesamten Europäischen Union weiterzugeben.
# Context: heading
award-h-975a8a2ec864e893 = Wie eine Ausschreibung funktioniert
# Context: paragraph in “How a call works”
award-p-35ae0477f8eb89d0 = Eine Ausschreibung für einen solchen Preis durchläuft meist dieselben Phasen. Die Veranstalter veröffentlichen die Ausschreibung und ihre Kriterien, und die Bewerberinnen und Bewerber reichen ihre Beiträge ein. Die Veranstalter prüfen, ob jede Einreichung die formalen Voraussetzungen erfüllt, und eine Jury bewertet die zugelassenen Einreichungen. Die Gewinnerinnen und Gewinner werden öffentlich bekannt gegeben, und die besten Einreichungen werden weitergegeben, damit andere Gemeinden von ihnen lernen können.
# Context: heading
award-h-71708699acf8f3b3 = Kriterien
# Context: paragraph in “Criteria”
award-p-4a14b5688051d2eb = Für einen europäischen Preis für Kampagnen zu Migration und Integration vor Ort sind die folgenden Kriterien typisch. Sie können damit auch Ihre eigene Kampagne bewerten.
# Context: table cell in “Criteria”
award-cell-3162a17a51df9fb7 = Kriterium
# Context: table cell in “Criteria”
award-cell-691c43472e1cf4a6 = Die Frage der Jury
# Context: table cell in “Criteria”
award-cell-e273617420c1c32c = Relevanz
# Context: table cell in “Criteria”
award-cell-a9f32727640b4590 = Geht die Kampagne auf einen echten Bedarf oder eine echte Situation vor Ort ein?
# Context: table cell in “Criteria”
award-cell-e0f0ae26c2fe332d = Klarheit der Ziele
# Context: table cell in “Criteria”
award-cell-6d85f60273f0f777 = Wusste die Kampagne, was sie verändern wollte, und für wen?
# Context: table cell in “Criteria”
award-cell-73e0212c50860396 = Beteiligung
# Context: table cell in “Criteria”
award-cell-8a0078634bfabe99 = Waren Neuankömmlinge und Alteingesessene an Konzeption und Umsetzung beteiligt?
# Context: table cell in “Criteria”
award-cell-1b6dc3e15b4c2f01 = Qualität der Botschaft
# Context: table cell in “Criteria”
award-cell-04dee409685ab9a0 = War die Botschaft zutreffend, respektvoll, lokal und einprägsam?
# Context: table cell in “Criteria”
award-cell-1c9fe98ba9e0d297 = Kreativität
# Context: table cell in “Criteria”
award-cell-dd8e426c891a9ad3 = Hat die Kampagne einen neuen Weg gefunden, ihre Zielgruppe zu erreichen?
# Context: table cell in “Criteria”
award-cell-b61dd8f40159a9b8 = Partnerschaft
# Context: table cell in “Criteria”
award-cell-ae1f708578f9510c = Hat sie verschiedene Akteure vor Ort zusammengebracht?
# Context: table cell in “Criteria”
award-cell-219c4a6c86a716e9 = Ergebnisse
# Context: table cell in “Criteria”
award-cell-5b7537ec2cbdfcd8 = Gibt es Belege für Reichweite und Veränderung, ehrlich dargestellt?
# Context: table cell in “Criteria”
award-cell-7a4e8b1db35b2367 = Übertragbarkeit
# Context: table cell in “Criteria”
award-cell-85374c0634f92a74 = Könnte eine andere Gemeinde daraus lernen und sie übernehmen?
# Context: table caption in “Criteria”
award-tcap-c997e16524bcbb67 = Typische Kriterien für einen europäischen Preis für lokale Kampagnen
# Context: paragraph in “Criteria”
award-p-459365c0e3df687a = Die nützlichsten Einreichungen enthalten einen kurzen Abschnitt „Wenn Sie das in Ihrem Ort machen wollen“. Zwei oder drei praktische Sätze, etwa dazu, wie man Partner findet oder Einwilligungen einholt, machen aus einer Erfolgsgeschichte ein Werkzeug für andere.
# Context: heading
award-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
award-li-f2f685f4dd6e7de3 = Bewerten Sie Ihre letzte Kampagne mit der Kriterientabelle oben und notieren Sie ihre größten Stärken und Schwächen.
# Context: list item in “What you can do”
award-li-3eeffe64f7f5dcf9 = Legen Sie für Ihre nächste Kampagne vom ersten Tag an eine „Belegmappe“ an.
# Context: list item in “What you can do”
award-li-ee6ef6aff2e8427e = Suchen Sie nach aktuellen Preisausschreibungen und Förderprogrammen zu Migration, Integration und lokaler Kommunikation, zum Beispiel über die [Website der Europäischen Kommission](https://commission.europa.eu) und über nationale und europäische Städte- und Gemeindenetzwerke.
# Context: list item in “What you can do”
award-li-bfca8467b6b40a34 = Nutzen Sie die [Vorlage für den Kampagnenplan](10-resources.md#campaign-template), damit sich Ihre nächste Kampagne leichter dokumentieren lässt.
