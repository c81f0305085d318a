### handbook/chapters/08-award.md — The European Award for local campaigns
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
award-title-6d9dce07 = Der Europäische Preis für Kampagnen vor Ort

# Context: heading
award-h-eaededca = Warum ein Preis

# Context: paragraph in “Why an award”
award-p-8d01512c = Viele gute Kampagnen bleiben außerhalb des Ortes, in dem sie stattgefunden haben, unbekannt. Ein Preis ist ein einfacher Weg, sie zu finden, den Menschen dahinter zu danken und ihre Ideen weiterzugeben.

# Context: paragraph in “Why an award”
award-p-56f46ba6 = Die erste Aktivität von { -clarinet } war eine Ausschreibung für den „Europäischen Preis für lokale Sensibilisierungskampagnen zu Migration und Integration“. Sie diente dem ersten und dem dritten Ziel des Projekts: gute Praxis von { -local-communities } in der öffentlichen Kommunikation über Migration und die Inklusion von { -migrants } zu erkennen und zu fördern und den Austausch dieser Praxis in der gesamten Europäischen Union voranzubringen.

# Context: heading
award-h-9e7328f0 = Wie eine Ausschreibung funktioniert

# Context: paragraph in “How a call works”
award-p-d2cac224 = Wie auch immer die genauen Regeln aussehen: Eine Ausschreibung für einen solchen Preis durchläuft meist dieselben Phasen.

# Context: list item in “How a call works”
award-li-10c6414b = **Veröffentlichung.** Die Veranstalter veröffentlichen die Ausschreibung: wer sich bewerben kann, welche Kampagnen zugelassen sind, die Einreichfrist und die Kriterien.

# Context: list item in “How a call works”
award-li-0fe93a82 = **Bewerbungen.** Die Bewerberinnen und Bewerber beschreiben ihre Kampagne, meist auf einem Formular, mit Belegen wie Bildern, Presseberichten und Ergebnissen.

# Context: list item in “How a call works”
award-li-8feab185 = **Prüfung der Zulässigkeit.** Die Veranstalter prüfen, ob jede Einreichung die formalen Voraussetzungen erfüllt.

# Context: list item in “How a call works”
award-li-ee883a18 = **Bewertung.** Eine Jury bewertet die zugelassenen Einreichungen anhand der veröffentlichten Kriterien.

# Context: list item in “How a call works”
award-li-24c0cef2 = **Entscheidung und Preisverleihung.** Die Gewinnerinnen und Gewinner werden bekannt gegeben, am besten bei einer öffentlichen Veranstaltung, die ihnen Sichtbarkeit verschafft.

# Context: list item in “How a call works”
award-li-c59869f9 = **Weitergeben.** Die besten Einreichungen werden anderen vorgestellt, damit andere Gemeinden von ihnen lernen können.

# Context: paragraph in “How a call works”
award-p-b9d6d022 = Lesen Sie den offiziellen Text einer Ausschreibung immer genau. Dieses Kapitel beschreibt, wie solche Ausschreibungen im Allgemeinen funktionieren und worauf Jurys üblicherweise achten; die genauen Regeln, Teilnahmebedingungen und Kriterien eines bestimmten Preises legen die jeweiligen Veranstalter fest.

# Context: heading
award-h-d32f26f8 = Kriterien

# Context: paragraph in “Criteria”
award-p-528cc0d5 = Für einen europäischen Preis für Kampagnen zu Migration und Integration vor Ort sind die folgenden Kriterien typisch. Sie können damit auch Ihre eigene Kampagne bewerten.

# Context: table cell in “Criteria”
award-cell-a6c7b3a4 = Kriterium

# Context: table cell in “Criteria”
award-cell-335ca615 = Die Frage der Jury

# Context: table cell in “Criteria”
award-cell-02d2fe76 = Relevanz

# Context: table cell in “Criteria”
award-cell-82af7a5e = Geht die Kampagne auf einen echten Bedarf oder eine echte Situation vor Ort ein?

# Context: table cell in “Criteria”
award-cell-eb986388 = Klarheit der Ziele

# Context: table cell in “Criteria”
award-cell-69c460ea = Wusste die Kampagne, was sie verändern wollte, und für wen?

# Context: table cell in “Criteria”
award-cell-7e3a2476 = Beteiligung

# Context: table cell in “Criteria”
award-cell-d878f080 = Waren Neuankömmlinge und Alteingesessene an Konzeption und Umsetzung beteiligt?

# Context: table cell in “Criteria”
award-cell-4d821f29 = Qualität der Botschaft

# Context: table cell in “Criteria”
award-cell-34cc5209 = War die Botschaft zutreffend, respektvoll, lokal und einprägsam?

# Context: table cell in “Criteria”
award-cell-134c2a8d = Kreativität

# Context: table cell in “Criteria”
award-cell-c051de15 = Hat die Kampagne einen neuen Weg gefunden, ihre Zielgruppe zu erreichen?

# Context: table cell in “Criteria”
award-cell-f19d7075 = Partnerschaft

# Context: table cell in “Criteria”
award-cell-d0946624 = Hat sie verschiedene Akteure vor Ort zusammengebracht?

# Context: table cell in “Criteria”
award-cell-424cc635 = Ergebnisse

# Context: table cell in “Criteria”
award-cell-c03c1a74 = Gibt es Belege für Reichweite und Veränderung, ehrlich dargestellt?

# Context: table cell in “Criteria”
award-cell-22c552ef = Übertragbarkeit

# Context: table cell in “Criteria”
award-cell-bdc3355e = Könnte eine andere Gemeinde daraus lernen und sie übernehmen?

# Context: heading
award-h-6dfa441f = Was gute Einreichungen gemeinsam haben

# Context: paragraph in “What good entries share”
award-p-a5e0e337 = Die Gewinnerkampagnen sind oft nicht die größten oder teuersten. Gute Einreichungen haben meist diese Eigenschaften gemeinsam:

# Context: list item in “What good entries share”
award-li-8db72d19 = **Eine klare Geschichte aus dem Ort.** Die Einreichung erklärt die Situation im Ort in wenigen Sätzen und zeigt, warum die Kampagne gerade dort nötig war.

# Context: list item in “What good entries share”
award-li-8296c137 = **Menschen statt Etiketten.** Neuankömmlinge erscheinen als Nachbarinnen und Nachbarn, Arbeitskräfte, Eltern, Kunstschaffende und Sportlerinnen und Sportler und sprechen mit ihrer eigenen Stimme.

# Context: list item in “What good entries share”
award-li-85bf4438 = **Echte Partnerschaft.** Gemeinde, Zivilgesellschaft, Schulen und Neuankömmlinge haben alle mitgewirkt, und die Einreichung sagt, wer was getan hat.

# Context: list item in “What good entries share”
award-li-4bf2d60b = **Ehrliche Ergebnisse.** Die Einreichung berichtet, was funktioniert hat und was nicht, mit bescheidenen, aber echten Belegen.

# Context: list item in “What good entries share”
award-li-d4a7ab9b = **Etwas zum Nachmachen.** Die Einreichung erklärt die Methode so, dass andere sie übernehmen können – mit Kosten, Zeitplan und gewonnenen Erkenntnissen.

# Context: paragraph in “What good entries share”
award-p-23da42cd = Die nützlichsten Einreichungen enthalten einen kurzen Abschnitt „Wenn Sie das in Ihrem Ort machen wollen“. Zwei oder drei praktische Sätze, etwa dazu, wie man Partner findet oder Einwilligungen einholt, machen aus einer Erfolgsgeschichte ein Werkzeug für andere.

# Context: heading
award-h-bf454da0 = Eine Einreichung vorbereiten

# Context: list item in “Preparing an entry”
award-li-033cacd5 = Lesen Sie die Ausschreibung und ihre Kriterien und prüfen Sie zuerst, ob Sie teilnahmeberechtigt sind.

# Context: list item in “Preparing an entry”
award-li-75ddd7aa = Sammeln Sie Material, während Ihre Kampagne läuft, nicht erst danach:

# Context: list item in “Preparing an entry”
award-li-c75ca877 = Fotos und Videos, mit Einwilligung für ihre Verwendung in der Einreichung;

# Context: list item in “Preparing an entry”
award-li-4e71e35b = Presseberichte und Screenshots von Reaktionen im Netz;

# Context: list item in “Preparing an entry”
award-li-28d2f9c3 = Zahlen zu Beteiligung und Reichweite;

# Context: list item in “Preparing an entry”
award-li-90dc5e16 = Zitate von Teilnehmenden, sowohl von Neuankömmlingen als auch von Alteingesessenen.

# Context: list item in “Preparing an entry”
award-li-ab30f243 = Schreiben Sie die Einreichung als Geschichte: Ausgangslage, Ziel, was Sie getan haben, was sich verändert hat, was Sie gelernt haben.

# Context: list item in “Preparing an entry”
award-li-29c97291 = Gehen Sie ausdrücklich auf jedes Kriterium ein. Jurys lesen viele Einreichungen und schätzen eine klare Struktur.

# Context: paragraph in “Preparing an entry”
award-p-8538e4f5 = Auch wenn Sie nicht gewinnen, lohnt sich die Einreichung: Sie zwingt Sie, Ihre Kampagne zu evaluieren, und das Material lässt sich in Berichten und Förderanträgen wiederverwenden.

# Context: heading
award-h-9353605e = Was Sie tun können

# Context: list item in “What you can do”
award-li-a9eeb92f = Bewerten Sie Ihre letzte Kampagne mit der Kriterientabelle oben und notieren Sie ihre größten Stärken und Schwächen.

# Context: list item in “What you can do”
award-li-ec2813b3 = Legen Sie für Ihre nächste Kampagne vom ersten Tag an eine „Belegmappe“ an.

# Context: list item in “What you can do”
award-li-03cd530b = Suchen Sie nach aktuellen Preisausschreibungen und Förderprogrammen zu Migration, Integration und lokaler Kommunikation, zum Beispiel über die [Website der Europäischen Kommission](https://commission.europa.eu) und über nationale und europäische Städte- und Gemeindenetzwerke.

# Context: list item in “What you can do”
award-li-f4de1ffe = Nutzen Sie die [Vorlage für den Kampagnenplan](10-resources.md#campaign-template), damit sich Ihre nächste Kampagne leichter dokumentieren lässt.
