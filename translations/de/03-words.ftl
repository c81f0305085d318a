### handbook/chapters/03-words.md — Words matter
### Language: de. Maintained by `handbook sync`: translate the values, keep the ids.
### A commented-out message is not translated yet: remove the `# ` before its lines and translate it.
### `STALE:` marks a translation kept after its source changed: review it, then delete that line.

# Context: chapter title
words-title-99393f6a = Worte zählen

# Context: heading
words-h-6d11659b = Warum Worte zählen

# Context: paragraph in “Why words matter”
words-p-1e8fb6b5 = Die Worte, mit denen wir über Menschen sprechen, prägen, wie andere sie sehen. Nennt man jemanden eine „Flut“ oder eine „Welle“, stellen sich die Zuhörenden eine Katastrophe vor, die aufgehalten werden muss. Nennt man dieselbe Person Krankenpflegerin, Nachbar oder Mutter, sehen sie einen Menschen vor sich. Worte haben auch eine rechtliche Bedeutung: Ob jemand ein { -refugee }, ein { -asylum-seeker } oder ein { -migrant } ist, kann darüber entscheiden, ob diese Person bleiben, arbeiten oder ihre Familie nachholen darf.

# Context: paragraph in “Why words matter”
words-p-06f92181 = Bei genauer Sprache geht es nicht um Höflichkeit, sondern darum, richtig zu liegen. Eine Lokalzeitung, die alle Neuankömmlinge „illegal“ nennt, liegt bei den meisten von ihnen schlicht falsch. Die richtigen Worte zu wählen ist die billigste und schnellste Verbesserung, die alle, die vor Ort kommunizieren, vornehmen können.

# Context: paragraph in “Why words matter”
words-p-75d04f15 = Dieses Kapitel erklärt die zentralen Begriffe, die in allen Sprachfassungen dieses Handbuchs einheitlich verwendet werden.

# Context: heading
words-h-b04bf22f = Die drei Begriffe, die am häufigsten verwechselt werden

# Context: heading
words-h-bc0885e6 = Flüchtling

# Context: paragraph in “Refugee”
words-p-a666f2f6 = Ein { -refugee } ist eine Person, die ihr Land verlassen musste, weil sie begründete Furcht vor Verfolgung wegen ihrer „Rasse“, Religion, Nationalität, politischen Überzeugung oder Zugehörigkeit zu einer bestimmten sozialen Gruppe hat, und die den Schutz ihres eigenen Landes wegen dieser Furcht nicht in Anspruch nehmen kann oder will. Diese Definition stammt aus dem Abkommen über die Rechtsstellung der Flüchtlinge von 1951, der Genfer Flüchtlingskonvention[^convention]. In der Alltagssprache wird das Wort auch weiter gefasst, für Menschen, die vor Krieg und Gewalt fliehen – und auch ihnen gewährt das Völkerrecht Schutz.

# Context: heading
words-h-b09f4651 = Asylwerber

# Context: paragraph in “Asylum seeker”
words-p-f370bd9c = Ein { -asylum-seeker } ist eine Person, die in einem anderen Land um internationalen Schutz angesucht hat und auf eine Entscheidung wartet. Nicht jede Asylwerberin und nicht jeder Asylwerber wird am Ende als { -refugee } anerkannt, aber jeder anerkannte Flüchtling hat einmal um Asyl angesucht. Um Asyl anzusuchen ist ein Recht, kein Verbrechen.

# Context: heading
words-h-154e9718 = Migrant

# Context: paragraph in “Migrant”
words-p-9353fc8a = „Migrant“ ist der weiteste der drei Begriffe. Eine einheitliche rechtliche Definition gibt es nicht. Internationale Organisationen verwenden ihn als Oberbegriff für alle, die ihren gewöhnlichen Aufenthaltsort verlassen – innerhalb eines Landes oder über eine Grenze hinweg, aus welchem Grund und für welche Dauer auch immer[^iom-def]. Studierende, Saisonarbeitskräfte, Menschen, die zu ihren Familien nachziehen, und Menschen auf der Flucht vor Krieg können alle { -migrants } sein. Weil das Wort so weit ist, verwenden Sie es mit Bedacht: Wenn Sie wissen, dass die Menschen, über die Sie sprechen, { -refugees } oder { -asylum-seekers } sind, dann sagen Sie das auch.

# Context: paragraph in “Migrant”
words-p-4927dc2d = Im Zweifel beschreiben Sie die Person, nicht die Kategorie. „Ein junger Mann aus Afghanistan, der vor zwei Jahren angekommen ist und heute in einer Autowerkstatt arbeitet“ ist genauer – und viel interessanter – als jedes Etikett.

# Context: heading
words-h-940caa36 = Glossar

# Context: paragraph in “Glossary”
words-p-00e42605 = Die folgende Tabelle enthält die Begriffe, die in der Kommunikation vor Ort am häufigsten vorkommen. Die dritte Spalte nennt Ausdrücke, die Sie verwenden bzw. vermeiden sollten.

# Context: table cell in “Glossary”
words-cell-3e987aec = Begriff

# Context: table cell in “Glossary”
words-cell-0de1cea6 = Bedeutung

# Context: table cell in “Glossary”
words-cell-e6167397 = Besser / vermeiden

# Context: table cell in “Glossary”
words-cell-8a2d7f21 = { -migrant }, Migrantin

# Context: table cell in “Glossary”
words-cell-25a9704a = Oberbegriff für eine Person, die ihren gewöhnlichen Aufenthaltsort verlässt, aus welchem Grund und für welche Dauer auch immer.

# Context: table cell in “Glossary”
words-cell-ffc7f288 = Besser: „Migrantin“, „Migrant“ oder die tatsächliche Situation der Person (Arbeitnehmerin, Student, Familienangehörige). Vermeiden: den Begriff für Menschen zu verwenden, deren Flüchtlingsstatus Sie kennen.

# Context: table cell in “Glossary”
words-cell-80dda940 = { -refugee }

# Context: table cell in “Glossary”
words-cell-8021ad9a = Eine Person, die vor Verfolgung, Krieg oder Gewalt geflohen ist und durch das Völkerrecht geschützt wird; im engeren Sinn eine nach der Genfer Flüchtlingskonvention von 1951 anerkannte Person.

# Context: table cell in “Glossary”
words-cell-a17dca42 = Besser: „Flüchtling“, wenn der Status anerkannt ist oder die Person eindeutig vor einer Gefahr geflohen ist; auch „geflüchtete Menschen“. Vermeiden: „Scheinflüchtling“, „sogenannter Flüchtling“.

# Context: table cell in “Glossary”
words-cell-87463fb7 = { -asylum-seeker }, Asylwerberin

# Context: table cell in “Glossary”
words-cell-098604c8 = Eine Person, die um internationalen Schutz angesucht hat und auf eine Entscheidung wartet.

# Context: table cell in “Glossary”
words-cell-fe1c4052 = Besser: „Asylwerberin“, „Asylwerber“, „schutzsuchende Person“. Vermeiden: „illegal“, „Scheinasylant“, „Asylant“.

# Context: table cell in “Glossary”
words-cell-d4d1cfe5 = Person mit internationalem Schutz

# Context: table cell in “Glossary”
words-cell-c36c0cd8 = Eine Person, der in einem EU-Land der Flüchtlingsstatus (in Österreich: Asyl) oder subsidiärer Schutz zuerkannt wurde.

# Context: table cell in “Glossary”
words-cell-2385d60e = Besser: dieser Begriff in offiziellen Texten (in Österreich: „asylberechtigt“ bzw. „subsidiär schutzberechtigt“), „Flüchtling“ in der Alltagssprache.

# Context: table cell in “Glossary”
words-cell-6ef134b7 = subsidiärer Schutz

# Context: table cell in “Glossary”
words-cell-e25e040a = Schutz für eine Person, die zwar nicht als Flüchtling anerkannt wird, der bei einer Rückkehr aber tatsächlich ein ernsthafter Schaden drohen würde.

# Context: table cell in “Glossary”
words-cell-9bef5378 = Besser: den Begriff kurz erklären, wenn Sie ihn verwenden; die meisten Leserinnen und Leser kennen ihn nicht.

# Context: table cell in “Glossary”
words-cell-7ffc1436 = irreguläre Migrantin, irregulärer Migrant

# Context: table cell in “Glossary”
words-cell-57a635f1 = Eine Person, die ohne die erforderliche Erlaubnis in ein Land eingereist ist oder sich dort aufhält.

# Context: table cell in “Glossary”
words-cell-15eccf25 = Besser: „irregulär“ oder „ohne Papiere“. Vermeiden: „illegale Migranten“, „Illegale“: Handlungen können illegal sein, Menschen nicht.

# Context: table cell in “Glossary”
words-cell-96efc7c7 = unbegleitete Minderjährige, unbegleiteter Minderjähriger

# Context: table cell in “Glossary”
words-cell-33136488 = Ein Kind unter 18 Jahren, das ohne Eltern oder andere verantwortliche Erwachsene ankommt.

# Context: table cell in “Glossary”
words-cell-9da4efca = Besser: „unbegleitetes Kind“. Vermeiden: das Alter eines Kindes ohne Belege öffentlich anzuzweifeln.

# Context: table cell in “Glossary”
words-cell-1799e586 = Person mit Migrationshintergrund

# Context: table cell in “Glossary”
words-cell-aae8b353 = Eine Person, die selbst zugewandert ist oder deren Eltern zugewandert sind. Oft mit der Staatsbürgerschaft des Landes.

# Context: table cell in “Glossary”
words-cell-8acb743c = Besser: wie die Person sich selbst beschreibt. Vermeiden: „Ausländerin“ oder „Ausländer“ für Menschen, die Staatsbürgerinnen und Staatsbürger sind.

# Context: table cell in “Glossary”
words-cell-86f1bddb = { -integration }

# Context: table cell in “Glossary”
words-cell-1068edef = Ein wechselseitiger Prozess, in dem sich Neuankömmlinge und die aufnehmende Gesellschaft aneinander anpassen, mit Rechten und Pflichten auf beiden Seiten.

# Context: table cell in “Glossary”
words-cell-49ea3505 = Besser: „Integration“, „Inklusion“, „Teilhabe“. Vermeiden: „Assimilation“, wenn Sie Integration meinen.

# Context: table cell in “Glossary”
words-cell-7a6913b7 = { -local-community }

# Context: table cell in “Glossary”
words-cell-3b8c7bd4 = Die Bewohnerinnen und Bewohner, Organisationen und Einrichtungen einer Stadt, einer Gemeinde oder eines Gebiets, einschließlich der Neuankömmlinge.

# Context: table cell in “Glossary”
words-cell-408972b1 = Besser: Formulierungen, die Neuankömmlinge in das „Wir“ einschließen. Vermeiden: „Einheimische gegen Migranten“.

# Context: table cell in “Glossary”
words-cell-0d029014 = { -hate-speech }

# Context: table cell in “Glossary”
words-cell-275d63ab = Äußerungen, die Hass gegen Menschen wegen ihrer Identität – etwa ihrer Herkunft, Religion oder Hautfarbe – verbreiten, dazu aufstacheln, ihn fördern oder rechtfertigen.

# Context: table cell in “Glossary”
words-cell-fe96aaf2 = Besser: sie klar und ruhig beim Namen nennen. Vermeiden: hasserfüllte Wörter in Schlagzeilen zu wiederholen, auch nicht, um sie zu kritisieren.

# Context: paragraph in “Glossary”
words-p-41844af3 = Die rechtlichen Definitionen unterscheiden sich von Land zu Land leicht und ändern sich mit der Zeit. Für offizielle Texte prüfen Sie die Formulierungen Ihrer nationalen Asylbehörde (in Österreich das Bundesamt für Fremdenwesen und Asyl). Für die öffentliche Kommunikation sind die einfachen Definitionen oben genau genug.

# Context: heading
words-h-0581156d = Worte, mit denen man vorsichtig umgehen sollte

# Context: paragraph in “Words to handle with care”
words-p-1c973087 = Manche Wörter sind an sich nicht falsch, erzeugen aber ein Bild, das stärker ist als die Fakten.

# Context: list item in “Words to handle with care”
words-li-a747657f = **Wasser-Metaphern**: „Welle“, „Flut“, „Strom“, „Zustrom“. Sie machen aus Menschen eine Naturgewalt und legen nahe, dass die einzige mögliche Antwort ein Damm ist. Sprechen Sie von „Ankünften“ oder nennen Sie die tatsächliche Zahl, mit Quelle.

# Context: list item in “Words to handle with care”
words-li-8e528b03 = **Kriegs-Metaphern**: „Invasion“, „Belagerung“. Sie stellen Neuankömmlinge als Feinde dar.

# Context: list item in “Words to handle with care”
words-li-aa1e5a92 = **Zahlen ohne Zusammenhang**: „Tausende sind angekommen“ klingt alarmierend; „Tausende sind angekommen, in einer Region mit mehreren Millionen Einwohnerinnen und Einwohnern“ vielleicht nicht. Nennen Sie die Größenordnung.

# Context: list item in “Words to handle with care”
words-li-3e19d820 = **„Krise“**: Das Wort ist manchmal berechtigt, etwa für ein überlastetes Aufnahmesystem. Als Beschreibung von Menschen ist es selten zutreffend.

# Context: paragraph in “Words to handle with care”
words-p-42d9d57f = Mehrere europäische Medienhäuser und Journalistenverbände haben Leitfäden eingeführt, die „illegale Einwanderer“ vermeiden und „irregulär“ oder „ohne Papiere“ bevorzugen. Eine Gemeinde kann dasselbe tun: Ein einseitiger Sprachleitfaden für die Website, die Newsletter und die Presseaussendungen der Gemeinde macht genaue Sprache zur Routine statt zum Streitthema.

# Context: heading
words-h-8d81b72b = Lassen Sie Menschen selbst sagen, wie sie genannt werden wollen

# Context: paragraph in “Let people name themselves”
words-p-b6b448bf = Etiketten werden einem von anderen verpasst, Namen wählt man selbst. Wenn Sie mit Neuankömmlingen an einer Kampagne oder einem Artikel arbeiten, fragen Sie, wie sie beschrieben werden möchten. Manche sind stolz darauf, als { -refugees } bezeichnet zu werden; andere möchten lieber über ihren Beruf oder mit ihrem Vornamen vorgestellt werden. Manche wollen ihren Status gar nicht erwähnt haben, weil das Angehörige in Gefahr bringen könnte.

# Context: paragraph in “Let people name themselves”
words-p-95f9335e = Respektieren Sie diese Entscheidungen und holen Sie immer eine Einwilligung ein, bevor Sie den Namen, das Gesicht oder die Geschichte einer Person veröffentlichen. Mehr zur Einwilligung steht in [Kapitel 9](09-media.md#consent).

# Context: heading
words-h-9353605e = Was Sie tun können

# Context: list item in “What you can do”
words-li-1781802d = Drucken Sie die Glossartabelle aus und legen Sie sie neben den Schreibtisch der Person, die in Ihrer Organisation Presseaussendungen und Social-Media-Beiträge schreibt.

# Context: list item in “What you can do”
words-li-afe6ca48 = Gehen Sie die letzten fünf öffentlichen Texte durch, die Ihre Organisation über Migration veröffentlicht hat. Unterstreichen Sie jedes Etikett und gleichen Sie es mit dem Glossar ab.

# Context: list item in “What you can do”
words-li-9fde9556 = Vereinbaren Sie einen kurzen Sprachleitfaden für Ihre Gemeinde oder Organisation:

# Context: list item in “What you can do”
words-li-7088d2c3 = welche Begriffe Sie verwenden;

# Context: list item in “What you can do”
words-li-0c7cd679 = welche Begriffe Sie vermeiden;

# Context: list item in “What you can do”
words-li-523b9b21 = wen Sie im Zweifel fragen.

# Context: list item in “What you can do”
words-li-b1535273 = Bitten Sie einen Neuankömmling, Ihren nächsten Text vor der Veröffentlichung zu lesen und Ihnen zu sagen, wie er klingt.

# Context: footnote in “What you can do”
words-fn-272d3bb4 = Das Abkommen über die Rechtsstellung der Flüchtlinge von 1951 (Genfer Flüchtlingskonvention) und sein Protokoll von 1967 sind die zentralen Texte des internationalen Flüchtlingsrechts. Alle EU-Mitgliedstaaten sind Vertragsparteien.

# Context: footnote in “What you can do”
words-fn-6a8c922e = Dies entspricht im Wesentlichen der Arbeitsdefinition der Internationalen Organisation für Migration (IOM), die darauf hinweist, dass „Migrant“ im Völkerrecht nicht definiert ist.
