# handbook/chapters/03-words.md — Words matter
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
words-title-76d2d7610995b41d = Worte zählen
# Context: heading
words-h-f3b863a6af7c5b08 = Warum Worte zählen
# Context: paragraph in “Why words matter”
words-p-9ec335432ee8f188 = Die Worte, mit denen wir über Menschen sprechen, prägen, wie andere sie sehen. Nennt man jemanden eine „Flut“ oder eine „Welle“, stellen sich die Zuhörenden eine Katastrophe vor, die aufgehalten werden muss. Nennt man dieselbe Person Krankenpflegerin, Nachbar, Mutter oder Vater, sehen sie einen Menschen vor sich. Worte haben auch eine rechtliche Bedeutung: Ob jemand ein { -refugee }, ein { -asylum-seeker } oder ein { -migrant } ist, kann darüber entscheiden, ob diese Person bleiben, arbeiten oder ihre Familie nachholen darf.
# Context: paragraph in “Why words matter”
words-p-9b68b7f521cec2b9 = Bei genauer Sprache geht es nicht um Höflichkeit, sondern darum, richtig zu liegen. Eine Lokalzeitung, die alle Neuankömmlinge „illegal“ nennt, liegt bei den meisten von ihnen schlicht falsch. Die richtigen Worte zu wählen ist die billigste und schnellste Verbesserung, die alle, die vor Ort kommunizieren, vornehmen können.
# Context: paragraph in “Why words matter”
words-p-cd35e74aa844db07 = Dieses Kapitel erklärt die zentralen Begriffe, die in allen Sprachfassungen dieses Handbuchs einheitlich verwendet werden.
# Context: heading
words-h-e5784b859ad5a07e = Die drei Begriffe, die am häufigsten verwechselt werden
# Context: heading
words-h-fa2239b6a4057c8a = Flüchtling
# Context: paragraph in “Refugee”
words-p-a55d8f2219b80fce = Ein { -refugee } ist eine Person, die ihr Land verlassen musste, weil sie begründete Furcht vor Verfolgung hat – wegen ihrer „Rasse“, Religion, Nationalität, politischen Überzeugung oder Zugehörigkeit zu einer bestimmten sozialen Gruppe. Wegen dieser Furcht kann oder will sie den Schutz ihres eigenen Landes nicht in Anspruch nehmen. Diese Definition stammt aus dem Abkommen über die Rechtsstellung der Flüchtlinge von 1951, der Genfer Flüchtlingskonvention[^convention]. In der Alltagssprache wird das Wort auch weiter gefasst, für Menschen, die vor Krieg und Gewalt fliehen. In der EU erhalten viele von ihnen subsidiären Schutz oder, bei einem Massenzustrom, { -temporary-protection(case: "acc") }.
# Context: heading
words-h-aed25d084cc5514a = Asylwerber
# Context: paragraph in “Asylum seeker”
words-p-322f86daac474c9b = Ein { -asylum-seeker } ist eine Person, die in einem anderen Land um internationalen Schutz angesucht hat und auf eine Entscheidung wartet. Nicht jede Asylwerberin und nicht jeder { -asylum-seeker } wird am Ende als { -refugee } anerkannt. Die meisten anerkannten { -refugees } haben zuvor um Asyl angesucht, manche aber nicht – etwa Flüchtlinge, die im Rahmen von Resettlement aus einem Drittstaat aufgenommen wurden. Um Asyl anzusuchen ist ein Recht, kein Verbrechen.
# Context: heading
words-h-dfcaf659e0182747 = Migrant
# Context: paragraph in “Migrant”
words-p-5d789a529c525f11 = „Migrant“ ist der weiteste der drei Begriffe. Eine einheitliche rechtliche Definition gibt es nicht. Internationale Organisationen verwenden ihn als Oberbegriff für alle, die ihren gewöhnlichen Aufenthaltsort verlassen – innerhalb eines Landes oder über eine Grenze hinweg, aus welchem Grund und für welche Dauer auch immer[^iom-def]. Studierende, Saisonarbeitskräfte, Menschen, die zu ihren Familien nachziehen, und Menschen auf der Flucht vor Krieg können alle { -migrants } sein. Weil das Wort so weit ist, verwenden Sie es mit Bedacht: Wenn Sie wissen, dass die Menschen, über die Sie sprechen, { -refugees } oder { -asylum-seekers } sind, dann sagen Sie das auch.
# Context: paragraph in “Migrant”
words-p-0af7ad36078f4185 = Im Zweifel beschreiben Sie die Person, nicht die Kategorie. „Ein junger Mann aus Afghanistan, der vor zwei Jahren angekommen ist und heute in einer Autowerkstatt arbeitet“ ist genauer – und viel interessanter – als jedes Etikett.
# Context: heading
words-h-4c4e436f9a453c77 = Glossar
# Context: paragraph in “Glossary”
words-p-d46b2d21a27b109d = Die folgende Tabelle enthält die Begriffe, die in der Kommunikation vor Ort am häufigsten vorkommen. Die dritte Spalte nennt Ausdrücke, die Sie verwenden bzw. vermeiden sollten.
# Context: table cell in “Glossary”
words-cell-c6f3bfd45614178a = Begriff
# Context: table cell in “Glossary”
words-cell-eed88f3aa1edf2d6 = Bedeutung
# Context: table cell in “Glossary”
words-cell-4fa76718ef3fdeff = Besser / vermeiden
# Context: table cell in “Glossary”
words-cell-428d3487de023925 = { -migrant }, Migrantin
# Context: table cell in “Glossary”
words-cell-cd14951e827835ea = Oberbegriff für eine Person, die ihren gewöhnlichen Aufenthaltsort verlässt, aus welchem Grund und für welche Dauer auch immer.
# Context: table cell in “Glossary”
words-cell-769c4f65e6d30a0e = Besser: „Migrantin“, „Migrant“ oder die tatsächliche Situation der Person (Arbeitnehmerin, Student, Familienangehörige). Vermeiden: den Begriff für Menschen zu verwenden, deren Flüchtlingsstatus Sie kennen.
# Context: table cell in “Glossary”
words-cell-1bb2ae9424150d4e = { -refugee }
# Context: table cell in “Glossary”
words-cell-6858fb16bfcc8497 = Eine Person außerhalb ihres eigenen Landes, die begründete Furcht vor Verfolgung im Sinne der Genfer Flüchtlingskonvention von 1951 hat. Die Anerkennung durch einen Staat bestätigt den Flüchtlingsstatus, sie begründet ihn nicht. In der Alltagssprache auch eine Person, die vor Krieg oder Gewalt flieht.
# Context: table cell in “Glossary”
words-cell-025f7ecfd3d716e1 = Besser: „Flüchtling“, wenn der Status anerkannt ist oder die Person eindeutig vor einer Gefahr geflohen ist; auch „geflüchtete Menschen“. Vermeiden: „Scheinflüchtling“, „sogenannter Flüchtling“.
# Context: table cell in “Glossary”
words-cell-e75406c0d5222154 = { -asylum-seeker }, Asylwerberin
# Context: table cell in “Glossary”
words-cell-b3c3c1fe03559f3d = Eine Person, die um internationalen Schutz angesucht hat und auf eine Entscheidung wartet.
# Context: table cell in “Glossary”
words-cell-1b73c3cad9865e67 = Besser: „Asylwerberin“, „Asylwerber“, „schutzsuchende Person“. Vermeiden: „illegal“, „Scheinasylant“, „Asylant“.
# Context: table cell in “Glossary”
words-cell-b9800bd7afc272c6 = Person mit internationalem Schutz
# Context: table cell in “Glossary”
words-cell-48ffdbd5f4a9e9e0 = Eine Person, der in einem EU-Land der Flüchtlingsstatus (in Österreich: Asyl) oder subsidiärer Schutz zuerkannt wurde.
# Context: table cell in “Glossary”
words-cell-326bf96c8d9bd086 = Besser: dieser Begriff in offiziellen Texten (in Österreich: „asylberechtigt“ bzw. „subsidiär schutzberechtigt“), „Flüchtling“ in der Alltagssprache.
# Context: table cell in “Glossary”
words-cell-750a06fcae85d2cf = subsidiärer Schutz
# Context: table cell in “Glossary”
words-cell-f20d2d00934c705b = Schutz für eine Person, die zwar nicht als Flüchtling anerkannt wird, der bei einer Rückkehr aber tatsächlich ein ernsthafter Schaden drohen würde.
# Context: table cell in “Glossary”
words-cell-c31dd16fa988bc4d = Besser: den Begriff kurz erklären, wenn Sie ihn verwenden; die meisten Leserinnen und Leser kennen ihn nicht.
# Context: table cell in “Glossary”
words-cell-bea0ed6f76038775 = { -temporary-protection }
# Context: table cell in “Glossary”
words-cell-e60f7100dda44814 = Schutz, den die EU vielen Menschen, die vor einem Krieg fliehen, sofort und ohne individuelle Asylverfahren gewähren kann. Seit März 2022 schützt er Menschen, die aus der Ukraine geflohen sind.
# Context: table cell in “Glossary”
words-cell-ec001466c20e3483 = Besser: „Menschen mit vorübergehendem Schutz“ (in Österreich auch „Vertriebene“). Vermeiden: „Asylwerberinnen und Asylwerber“, außer die Person hat tatsächlich um Asyl angesucht.
# Context: table cell in “Glossary”
words-cell-5dc811403d0d6a8a = Resettlement (Neuansiedlung)
# Context: table cell in “Glossary”
words-cell-7eeadae01c962191 = Die Überstellung eines anerkannten Flüchtlings aus dem Land, in dem er zuerst Sicherheit gefunden hat, in ein anderes Land, das sich bereit erklärt hat, ihn aufzunehmen.
# Context: table cell in “Glossary”
words-cell-fa79a53a26ec1083 = Besser: „über Resettlement aufgenommener Flüchtling“, mit einer kurzen Erklärung.
# Context: table cell in “Glossary”
words-cell-6512ac26551b7735 = irreguläre Migrantin, irregulärer Migrant
# Context: table cell in “Glossary”
words-cell-04719227a2be67e2 = Eine Person, die ohne die erforderliche Erlaubnis in ein Land eingereist ist oder sich dort aufhält.
# Context: table cell in “Glossary”
words-cell-a39e2617f84fa7e5 = Besser: „irregulär“ oder „ohne Papiere“. Vermeiden: „illegale Migranten“, „Illegale“: Handlungen können illegal sein, Menschen nicht.
# Context: table cell in “Glossary”
words-cell-21f15b4436173353 = Schlepperei und Menschenhandel
# Context: table cell in “Glossary”
words-cell-f44ec191ac994e6f = Schlepperei: einer Person gegen Bezahlung helfen, irregulär eine Grenze zu überqueren. Menschenhandel: eine Person anwerben oder an einen anderen Ort bringen, um sie auszubeuten – mit Gewalt oder Täuschung, mit oder ohne Grenzübertritt.
# Context: table cell in “Glossary”
words-cell-f1f264429061865a = Besser: das genaue Wort. Vermeiden: die beiden Begriffe gleichbedeutend zu verwenden. Wer einen Schlepper bezahlt hat, kann später Opfer von Menschenhandel werden.
# Context: table cell in “Glossary”
words-cell-bab07c01ec681bf7 = Drittstaatsangehörige, Drittstaatsangehöriger
# Context: table cell in “Glossary”
words-cell-78318cbb21b91c20 = Im EU-Recht eine Person, die nicht die Staatsangehörigkeit eines EU-Mitgliedstaats besitzt.
# Context: table cell in “Glossary”
words-cell-f96cb3f93743941d = Besser: in Förderanträgen und offiziellen Texten. Vermeiden: in der Alltagssprache.
# Context: table cell in “Glossary”
words-cell-4e3e6fc020bb1e5f = unbegleitete Minderjährige, unbegleiteter Minderjähriger
# Context: table cell in “Glossary”
words-cell-837435c57150bb9a = Ein Kind unter 18 Jahren, das ohne Eltern oder andere verantwortliche Erwachsene ankommt.
# Context: table cell in “Glossary”
words-cell-1fd618a9860b0c81 = Besser: „unbegleitetes Kind“. Vermeiden: das Alter eines Kindes ohne Belege öffentlich anzuzweifeln.
# Context: table cell in “Glossary”
words-cell-f3ff11796e5b9465 = Person mit Migrationshintergrund
# Context: table cell in “Glossary”
words-cell-18597c493b378189 = Eine Person, die selbst zugewandert ist oder deren Eltern zugewandert sind. Oft mit der Staatsbürgerschaft des Landes.
# Context: table cell in “Glossary”
words-cell-3d7e0533f41d3d72 = Besser: wie die Person sich selbst beschreibt. Vermeiden: „Ausländerin“ oder „Ausländer“ für Menschen, die Staatsbürgerinnen und Staatsbürger sind.
# Context: table cell in “Glossary”
words-cell-bb729424aceaa908 = { -newcomer }
# Context: table cell in “Glossary”
words-cell-15d53e4d7f7f70f5 = In diesem Handbuch eine Person, die in den letzten Jahren aus einem anderen Land gekommen ist, um in einer Stadt oder Gemeinde zu leben – unabhängig von ihrem rechtlichen Status.
# Context: table cell in “Glossary”
words-cell-b0b7e39db644e548 = Besser: „{ -newcomer }“ für Menschen, die erst vor Kurzem angekommen sind; „Person mit Migrationshintergrund“ für Menschen, die schon seit Jahren hier leben.
# Context: table cell in “Glossary”
words-cell-3162c6e4a2023bb2 = { -integration }
# Context: table cell in “Glossary”
words-cell-fdef80a05f49848a = Ein wechselseitiger Prozess, in dem sich Neuankömmlinge und die aufnehmende Gesellschaft aneinander anpassen, mit Rechten und Pflichten auf beiden Seiten.
# Context: table cell in “Glossary”
words-cell-2b8dfa09572c1c79 = Besser: „Integration“, „Inklusion“, „Teilhabe“. Vermeiden: „Assimilation“, wenn Sie Integration meinen.
# Context: table cell in “Glossary”
words-cell-896cffda539dc343 = { -local-community }
# Context: table cell in “Glossary”
words-cell-5ae3a14bdb88e2af = Die Bewohnerinnen und Bewohner, Organisationen und Einrichtungen einer Stadt, einer Gemeinde oder eines Gebiets, einschließlich der Neuankömmlinge.
# Context: table cell in “Glossary”
words-cell-078d10a581b7f474 = Besser: Formulierungen, die Neuankömmlinge in das „Wir“ einschließen. Vermeiden: „Einheimische gegen Migranten“.
# Context: table cell in “Glossary”
words-cell-37c8fae15ca68ac9 = { -hate-speech }
# Context: table cell in “Glossary”
words-cell-aaf3f26db50d4ff5 = Äußerungen, die Hass gegen Menschen wegen ihrer Identität – etwa ihrer Herkunft, Religion oder Hautfarbe – verbreiten, dazu aufstacheln, ihn fördern oder rechtfertigen.
# Context: table cell in “Glossary”
words-cell-6199e7a9c80e94a0 = Besser: sie klar und ruhig beim Namen nennen. Vermeiden: hasserfüllte Wörter in Schlagzeilen zu wiederholen – selbst dann, wenn Sie sie kritisieren wollen.
# Context: table caption in “Glossary”
words-tcap-aa486d893eb1e7e8 = Begriffe der lokalen Kommunikation, mit empfohlenen und zu vermeidenden Ausdrücken
# Context: paragraph in “Glossary”
words-p-71c4b255122f7f84 = Die rechtlichen Definitionen unterscheiden sich von Land zu Land leicht und ändern sich mit der Zeit. Für offizielle Texte prüfen Sie die Formulierungen Ihrer nationalen Asylbehörde (in Österreich das Bundesamt für Fremdenwesen und Asyl). Für die öffentliche Kommunikation sind die einfachen Definitionen oben genau genug.
# Context: heading
words-h-8e1d12b0300f90ae = Worte, mit denen man vorsichtig umgehen sollte
# Context: paragraph in “Words to handle with care”
words-p-f4e8ed089f04d200 = Manche Wörter sind an sich nicht falsch, erzeugen aber ein Bild, das stärker ist als die Fakten.
# Context: list item in “Words to handle with care”
words-li-2e14c4f591b86821 = __Wasser-Metaphern__: „Welle“, „Flut“, „Strom“, „Zustrom“. Sie machen aus Menschen eine Naturgewalt und legen nahe, dass die einzige mögliche Antwort ein Damm ist. Sprechen Sie von „Ankünften“ oder nennen Sie die tatsächliche Zahl, mit Quelle.
# Context: list item in “Words to handle with care”
words-li-2c1d6f6fd47f98e8 = __Kriegs-Metaphern__: „Invasion“, „Belagerung“. Sie stellen Neuankömmlinge als Feinde dar.
# Context: list item in “Words to handle with care”
words-li-2b09e8c59dc20924 = __Zahlen ohne Zusammenhang__: „Tausende sind angekommen“ klingt alarmierend; „Tausende sind angekommen, in einer Region mit mehreren Millionen Einwohnerinnen und Einwohnern“ vielleicht nicht. Nennen Sie die Größenordnung.
# Context: list item in “Words to handle with care”
words-li-dcf91b6ffff872ad = __„Krise“__: Das Wort ist manchmal berechtigt, etwa für ein überlastetes Aufnahmesystem. Als Beschreibung von Menschen ist es selten zutreffend.
# Context: heading
words-h-ad6b1d4fe6291d7c = Lassen Sie Menschen selbst sagen, wie sie genannt werden wollen
# Context: paragraph in “Let people name themselves”
words-p-4815b5ad42c24d15 = Etiketten werden einem von anderen verpasst, Namen wählt man selbst. Wenn Sie mit Neuankömmlingen an einer Kampagne oder einem Artikel arbeiten, fragen Sie, wie sie beschrieben werden möchten. Manche sind stolz darauf, als { -refugees } bezeichnet zu werden; andere möchten lieber über ihren Beruf oder mit ihrem Vornamen vorgestellt werden. Manche wollen ihren Status gar nicht erwähnt haben, weil das Angehörige in Gefahr bringen könnte.
# Context: paragraph in “Let people name themselves”
words-p-d6d6e4a6a8a1766f = Respektieren Sie diese Entscheidungen und holen Sie immer eine Einwilligung ein, bevor Sie den Namen, das Gesicht oder die Geschichte einer Person veröffentlichen. Mehr zur Einwilligung steht in [Kapitel 9](09-media.md#consent).
# Context: heading
words-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
words-li-7e5ffe25ce8789b6 = Drucken Sie die Glossartabelle aus und legen Sie sie neben den Schreibtisch der Person, die in Ihrer Organisation Presseaussendungen und Social-Media-Beiträge schreibt.
# Context: list item in “What you can do”
words-li-61d6d9660f245a98 = Gehen Sie die letzten fünf öffentlichen Texte durch, die Ihre Organisation über Migration veröffentlicht hat. Unterstreichen Sie jedes Etikett und gleichen Sie es mit dem Glossar ab.
# Context: list item in “What you can do”
words-li-54e0cd427a746edf = Vereinbaren Sie einen kurzen Sprachleitfaden für Ihre Gemeinde oder Organisation und nutzen Sie dafür die [Vorlage in Kapitel 10](10-resources.md#style-note):
# Context: list item in “What you can do”
words-li-c6d0e9691a31581e = welche Begriffe Sie verwenden;
# Context: list item in “What you can do”
words-li-1505bcd2104b9625 = welche Begriffe Sie vermeiden;
# Context: list item in “What you can do”
words-li-5576b5dfab06693c = wen Sie im Zweifel fragen.
# Context: list item in “What you can do”
words-li-d1641512382faeef = Bitten Sie einen Neuankömmling, Ihren nächsten Text vor der Veröffentlichung zu lesen und Ihnen zu sagen, wie er klingt.
# Context: footnote in “What you can do”
words-fn-7a062eee67f78536 = Das Abkommen über die Rechtsstellung der Flüchtlinge von 1951 (Genfer Flüchtlingskonvention) und sein Protokoll von 1967 sind die zentralen Texte des internationalen Flüchtlingsrechts. Alle EU-Mitgliedstaaten sind Vertragsparteien.
# Context: footnote in “What you can do”
words-fn-982ce0959688747d = Dies entspricht im Wesentlichen der Arbeitsdefinition der Internationalen Organisation für Migration (IOM), die darauf hinweist, dass „Migrant“ im Völkerrecht nicht definiert ist.
