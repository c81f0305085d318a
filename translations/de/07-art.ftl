# handbook/chapters/07-art.md — Art as a bridge
# Its translations into `de`, kept in step with the Markdown by `handbook sync`.

# Context: chapter title
art-title-45039b411d0caa01 = Kunst als Brücke
# Context: heading
art-h-bf689b76e15a14e5 = Warum Kunst
# Context: paragraph in “Why art”
art-p-9edf494c0a3f0d80 = Manche Gespräche lassen sich mit Fakten nur schwer beginnen. Wer sich bei Neuankömmlingen unwohl fühlt, lässt sich von einer Statistik vielleicht nicht bewegen – bleibt aber womöglich vor einem Foto stehen oder singt plötzlich im Chor neben einem fremden Menschen. Kunst spricht Gefühl und Vorstellungskraft an und schafft gemeinsame Erlebnisse, die keine gemeinsame Sprache voraussetzen.
# Context: paragraph in “Why art”
art-p-f64a86ffa471d6f3 = Kunst kann Neuankömmlingen auch eine Stimme geben, zu ihren eigenen Bedingungen. Wer als { -refugee } gekommen ist und malt, musiziert oder dichtet, ist zuallererst Künstlerin oder Künstler. Wenn solche Werke in der Galerie des Ortes gezeigt oder auf dem Hauptplatz aufgeführt werden, begegnen die Menschen im Ort den Kunstschaffenden als Schöpferinnen und Schöpfern und nicht als „Fällen“.
# Context: heading
art-h-c48b4dd9328ee3dd = Die Künstlerresidenzen
# Context: paragraph in “The artist residencies”
art-p-8e6c0892c84205f9 = Aus diesen Gründen gehörten acht Künstlerresidenzen zu den Hauptaktivitäten von { -clarinet }. Bei einer Residenz wird eine Künstlerin oder ein Künstler eingeladen, eine Zeit lang an einem Ort zu verbringen, seine Menschen kennenzulernen und Werke zu schaffen, die auf das antworten, was sie oder er dort vorfindet.
# Context: paragraph in “The artist residencies”
art-p-df1afe87446b083c = In einem Projekt über Migration und { -integration } bringt eine Residenz einen Blick von außen auf die Geschichte des Ortes. Sie schafft Gelegenheiten, bei denen Alteingesessene und Neuankömmlinge einander begegnen. Außerdem bringt sie Bilder und Geschichten hervor, die in eine Kampagne vor Ort einfließen können, wie in [Kapitel 5](05-campaign.md#channels) beschrieben.
# Context: heading
art-h-accc89a69dade98c = Welche Formen eine Residenz annehmen kann
# Context: paragraph in “Forms a residency can take”
art-p-c807a4859e866329 = Es gibt nicht das eine Modell. Je nach Künstlerin oder Künstler und je nach Ort kann aus einer Residenz zum Beispiel Folgendes entstehen:
# Context: list item in “Forms a residency can take”
art-li-8c69cdeb95af9671 = eine Serie von Porträts oder Fotografien von alten und neuen Bewohnerinnen und Bewohnern, die im öffentlichen Raum gezeigt wird;
# Context: list item in “Forms a residency can take”
art-li-74ac307c4a65135d = ein Wandbild, das gemeinsam mit Jugendlichen aus dem Viertel gemalt wird;
# Context: list item in “Forms a residency can take”
art-li-b7f0a2c193aa8c61 = ein Theaterstück, das aus Interviews mit Menschen entsteht, die in den Ort gekommen sind, und mit jenen, die sie aufgenommen haben;
# Context: list item in “Forms a residency can take”
art-li-1eeeb7037ae4eb61 = ein Musikstück oder ein Chor, der Lieder in den Sprachen zusammenbringt, die im Ort gesprochen werden;
# Context: list item in “Forms a residency can take”
art-li-93a5ef34aa59c5cc = ein Film oder Video, das online geteilt und bei einer Veranstaltung vor Ort gezeigt wird.
# Context: paragraph in “Forms a residency can take”
art-p-e9444ecd3e43a418 = Die eindrucksvollsten Kunstprojekte in Gemeinschaften sind partizipativ: Die Künstlerin oder der Künstler stellt Menschen nicht nur dar, sondern arbeitet *mit* ihnen. Alteingesessene und Neuankömmlinge, die an einem Wandbild mitmalen oder in einem Stück mitspielen, tragen die Erfahrung – und die Botschaft – in ihre Familien und an ihre Arbeitsplätze.
# Context: heading
art-h-9424f6ae4ab34752 = Eine Residenz planen
# Context: list item in “Planning a residency”
art-li-e0bdfd68690b17d8 = __Den Zweck festlegen.__ Was soll die Residenz in Ihrem Ort verändern oder öffnen? Verknüpfen Sie sie mit dem Ziel Ihrer Kampagne.
# Context: list item in “Planning a residency”
art-li-bbf29cc57ebceb7f = __Die Künstlerin oder den Künstler sorgfältig auswählen.__ Suchen Sie jemanden mit Erfahrung in der Arbeit mit Gemeinschaften und mit Respekt vor den Geschichten der Menschen. Eine Künstlerin oder ein Künstler mit eigener Migrationsgeschichte kann besondere Einsichten mitbringen, das ist aber keine Voraussetzung.
# Context: list item in “Planning a residency”
art-li-322baaecc786eff3 = __Den Boden bereiten.__ Stellen Sie die Künstlerin oder den Künstler noch vor Beginn der Residenz Schulen, NGOs, Kulturzentren und Gruppen von Neuankömmlingen vor.
# Context: list item in “Planning a residency”
art-li-dddd671e119c1cd7 = __Das Praktische vereinbaren:__
# Context: list item in “Planning a residency”
art-li-7e408861523c1536 = Dauer des Aufenthalts, Unterkunft und Arbeitsraum;
# Context: list item in “Planning a residency”
art-li-0988cd4fab52fe0c = Honorar und Material;
# Context: list item in “Planning a residency”
art-li-7ac3ebb3bed0aa1d = wem das Werk gehört und wo es gezeigt wird;
# Context: list item in “Planning a residency”
art-li-afd13b456f86e79c = wie die Künstlerin oder der Künstler, die Teilnehmenden und die Partner genannt werden.
# Context: list item in “Planning a residency”
art-li-6c2991b9ce2354e1 = __Den öffentlichen Moment planen.__ Eine Eröffnung, eine Aufführung oder eine Vorführung verschafft dem Werk ein Publikum und gibt den Medien einen Anlass zu berichten.
# Context: list item in “Planning a residency”
art-li-1df747551da2f668 = __Das Werk lebendig halten.__ Entscheiden Sie, was danach mit dem Werk geschieht: ein fixer Platz, eine Wanderausstellung, ein Online-Archiv.
# Context: heading
art-h-2abddb21c6f312dc = Sorgfalt und Einwilligung
# Context: paragraph in “Care and consent”
art-p-d63839e7a7821d9c = Kunst über Migration berührt das Leben von Menschen und manchmal auch ihre Wunden. Gehen Sie nach den Schritten in [Kapitel 9](09-media.md#consent) vor und sagen Sie den Teilnehmenden, bevor sie zustimmen, dass ein Wandbild oder ein gedrucktes Werk später nicht mehr zurückgenommen werden kann.
# Context: paragraph in “Care and consent”
art-p-8a4c09ef118d3257 = Fragen Sie die Teilnehmenden, was sie von sich zeigen möchten. Viele Menschen, die aus ihrer Heimat geflohen sind, sind es leid, nur über ihre Flucht wahrgenommen zu werden. Vielleicht zeigen sie lieber eine Fähigkeit, ein Lieblingslied oder einen Traum für ihre Kinder.
# Context: heading
art-h-f42148c5762e904b = Was Sie tun können
# Context: list item in “What you can do”
art-li-7637342a887d77a6 = Fragen Sie Ihr örtliches Kulturzentrum, Ihre Bücherei oder Galerie, ob sie ein kleines Kunstprojekt zum Zusammenleben im Ort beherbergen würden.
# Context: list item in “What you can do”
art-li-8771027f6accd09e = Finden Sie heraus, welche Künstlerinnen und Künstler mit Migrationsgeschichte bereits in Ihrer Gegend leben, und laden Sie eine oder einen von ihnen ein, ihre oder seine Werke zu zeigen.
# Context: list item in “What you can do”
art-li-7befd3f22f7a7cfa = Klären Sie die Fragen der Einwilligung und der Namensnennung vor dem ersten Workshop, nicht danach.
