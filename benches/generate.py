#!/usr/bin/env python3
"""Synthetic multilingual handbook PROJECT for benchmarking `handbook` (and peers).

Stdlib only; deterministic for a given --seed / --scale / --languages.

Usage:
  python3 benches/generate.py OUTDIR [--scale 1|4|16] [--languages 1|2|4|8]
                              [--seed 1] [--handbook /tmp/hb/handbook] [--no-peers]

Writes, under OUTDIR, a complete project in handbook's layout:
  handbook/handbook.yaml                 manifest (pdf-standard: ua-1, paper: a4, like the real one)
  handbook/chapters/NN-name.md           10 x scale chapters of about 1,000 words each
  handbook/images/*.svg                  figures and a cover emblem
  translations/en/handbook.ftl           title, language name, terms (written by hand here)
  translations/<lang>/*.ftl              written by `handbook sync`, then every commented-out
                                         message filled with a deterministic pseudo-translation
and, per language, the SAME (translated) content as plain Markdown for peer tools:
  peers/<lang>/mdbook/{book.toml, src/SUMMARY.md, src/chapters/*.md, src/images/*.svg}
  peers/<lang>/pandoc/{metadata.yaml (lang), files.txt, src/*.md, images/*.svg}
  STATS.json                             chapters, messages, words per language

Each chapter has ## / ### headings with {#anchors}, nested bullet and numbered
lists, a GFM table, footnotes, a figure alone in a paragraph
(![alt](../images/x.svg "caption")), GFM alerts (> [!TIP], > [!NOTE]),
cross-chapter links (NN-name.md#anchor) and `{ -newcomers }` / `{ -project }`
placeables (terms defined in every language's handbook.ftl).

Pseudo-translation: every run of letters in prose is replaced by a word of the
target language's word list, chosen by a hash of the source word (so the same
English word always gives the same target word), keeping the capitalisation.
Markdown syntax, link destinations `](...)`, footnote references `[^x]`, inline
code and `{ ... }` placeables are kept byte for byte.
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys

ALL_LANGS = ["en", "sl", "bg", "el", "it", "de", "hu", "ro"]  # --languages N takes the first N
MANIFEST_ORDER = ["en", "sl", "it", "de", "hu", "bg", "ro", "el"]  # the real handbook's order

LANGUAGE_NAME = {
    "en": "English", "sl": "Slovenščina", "it": "Italiano", "de": "Deutsch",
    "hu": "Magyar", "bg": "Български", "ro": "Română", "el": "Ελληνικά",
}
TERM_NEWCOMERS = {
    "en": "newcomers", "sl": "novi prebivalci", "it": "nuovi arrivati",
    "de": "Neuankömmlinge", "hu": "újonnan érkezők", "bg": "новодошлите",
    "ro": "nou-veniții", "el": "νεοφερμένοι",
}
PROJECT = "CLARINET"
PARTNERS = 19

# ---------------------------------------------------------------- vocabulary

FUNCTION = """the the the a a of of of and and and to to in in is that for it as with on by
this be are from at or an which can must should will each when if not all may have
into only other also before after over between during without more most such these
their than then where while about through every same""".split()

CONTENT = """community communities municipality mayor council town village region country
border route journey arrival transit reception settlement neighbour neighbours family
families child children school teacher language course volunteer volunteers
organisation partner partners project campaign meeting dialogue trust fear rumour
information media journalist story image photograph exhibition festival award
training workshop trainer participant group method exercise example experience
practice approach principle policy law right rights duty service office centre
health housing work employment job market employer skill skills education
integration inclusion diversity culture tradition religion history memory place
space square library museum theatre music food sport street station railway island
coast sea mountain winter summer year years month week day time evening morning
local regional national european public private social civil clear simple open
safe fair equal new young old small large first last important useful practical
difficult common shared different careful honest quick slow long short several
listen learn explain describe support welcome invite organise prepare plan share
discuss decide change build improve protect respect include involve ask answer
write publish show meet visit help start continue""".split()

WORDS = {
    "sl": """skupnost občina begunec migracija vključevanje prostovoljec šola delo
stanovanje zdravje jezik sosed kultura pomoč informacija usposabljanje projekt partner
država mesto vas družina otrok učitelj svetovalec srečanje pogovor zaupanje izkušnja
priložnost težava rešitev načrt cilj dejavnost ukrep podpora storitev urad pravica
dolžnost zakon postopek prošnja odločitev čas leto teden dan novo lokalno javno skupno
pomembno dobro hitro varno odprto in ali da ki je so bo bi se na v z za od do pri po
pod med brez čez kot tudi še že le samo vsak njihov naš ta tisti ker če ko ampak vendar
zato življenje žena mož učenje poročilo središče""".split(),
    "it": """comunità comune rifugiato migrazione integrazione volontario scuola lavoro
casa salute lingua vicino cultura aiuto informazione formazione progetto partner paese
città villaggio famiglia bambino insegnante consulente incontro dialogo fiducia
esperienza opportunità problema soluzione piano obiettivo attività misura sostegno
servizio ufficio diritto dovere legge procedura domanda decisione tempo anno settimana
giorno nuovo locale pubblico importante buono rapido sicuro aperto e o che il la lo gli
le di da in con su per tra senza come anche già solo ogni loro nostro questo quello
perché se quando però quindi più è sono università società libertà""".split(),
    "de": """Gemeinschaft Gemeinde Flüchtling Migration Integration Ehrenamtliche Schule
Arbeit Wohnung Gesundheit Sprache Nachbar Kultur Hilfe Information Schulung Projekt
Partner Land Stadt Dorf Familie Kind Lehrerin Beraterin Treffen Gespräch Vertrauen
Erfahrung Gelegenheit Problem Lösung Plan Ziel Tätigkeit Maßnahme Unterstützung Dienst
Behörde Recht Pflicht Gesetz Verfahren Antrag Entscheidung Zeit Jahr Woche Tag neu
örtlich öffentlich gemeinsam wichtig gut schnell sicher offen und oder dass der die
das den dem des von zu in mit auf für zwischen ohne wie auch schon nur jede ihre
unsere diese jene weil wenn als aber deshalb mehr ist sind wird können müssen
Bürgermeisterin Straße Größe über Übersetzung Ämter""".split(),
    "hu": """közösség önkormányzat menekült migráció beilleszkedés önkéntes iskola munka
lakás egészség nyelv szomszéd kultúra segítség információ képzés projekt partner
ország város falu család gyermek tanár tanácsadó találkozó beszélgetés bizalom
tapasztalat lehetőség probléma megoldás terv cél tevékenység intézkedés támogatás
szolgáltatás hivatal jog kötelesség törvény eljárás kérelem döntés idő év hét nap új
helyi nyilvános közös fontos jó gyors biztonságos nyitott és vagy hogy a az egy nem is
már csak minden saját ez azért mert ha amikor de ezért több van vannak lesz lehet kell
között nélkül után előtt szerint első második ügyfél együttműködés""".split(),
    "ro": """comunitate primărie refugiat migrație integrare voluntar școală muncă
locuință sănătate limbă vecin cultură ajutor informație instruire proiect partener
țară oraș sat familie copil profesor consilier întâlnire dialog încredere experiență
oportunitate problemă soluție plan obiectiv activitate măsură sprijin serviciu birou
drept obligație lege procedură cerere decizie timp an săptămână zi nou local public
comun important bun rapid sigur deschis și sau că care este sunt va fi de la în cu pe
pentru între fără ca deja doar fiecare lor nostru acest acel dacă când dar deci mai
multe însă țări învățare""".split(),
    "bg": """общност община бежанец миграция интеграция доброволец училище работа
жилище здраве език съсед култура помощ информация обучение проект партньор страна
град село семейство дете учител консултант среща разговор доверие опит възможност
проблем решение план цел дейност мярка подкрепа услуга служба право задължение закон
процедура молба време година седмица ден нов местен обществен общ важен добър бърз
сигурен отворен и или че който е са ще бъде на в с за от до при по под между без като
също вече само всеки техен наш този онзи защото ако когато но затова повече""".split(),
    "el": """κοινότητα δήμος πρόσφυγας μετανάστευση ένταξη εθελοντής σχολείο εργασία
κατοικία υγεία γλώσσα γείτονας πολιτισμός βοήθεια πληροφορία εκπαίδευση έργο εταίρος
χώρα πόλη χωριό οικογένεια παιδί δάσκαλος σύμβουλος συνάντηση διάλογος εμπιστοσύνη
εμπειρία ευκαιρία πρόβλημα λύση σχέδιο στόχος δραστηριότητα μέτρο στήριξη υπηρεσία
γραφείο δικαίωμα υποχρέωση νόμος διαδικασία αίτηση απόφαση χρόνος έτος εβδομάδα
ημέρα νέος τοπικός δημόσιος κοινός σημαντικός καλός γρήγορος ασφαλής ανοιχτός και ή
ότι που είναι θα να με σε για από έως μεταξύ χωρίς όπως επίσης ήδη μόνο κάθε τους μας
αυτός εκείνος επειδή αν όταν αλλά περισσότεροι""".split(),
}

TOPICS = ["about", "routes", "words", "local", "campaign", "training", "art",
          "award", "media", "resources"]
IMAGES = ["routes", "cycle", "partnership", "timeline"]

# ---------------------------------------------------------------- pseudo-translation

# Kept byte for byte: link destinations, footnote refs/defs, inline code, placeables
# and heading attributes ({...}), alert markers, URLs.
PROTECT = re.compile(r"\]\([^)]*\)|\[\^[^\]]*\]|`[^`]*`|\{[^}]*\}|\[![A-Z]+\]|https?://\S+")
WORD = re.compile(r"[^\W\d_]+")


def target_word(word, lang):
    lst = WORDS[lang]
    h = int.from_bytes(hashlib.sha1((lang + ":" + word.lower()).encode("utf-8")).digest()[:8], "big")
    t = lst[h % len(lst)]
    if word[0].isupper():
        t = t[0].upper() + t[1:]
    return t


def translate(text, lang):
    if lang == "en":
        return text
    out, pos = [], 0
    for m in PROTECT.finditer(text):
        out.append(WORD.sub(lambda w: target_word(w.group(0), lang), text[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(WORD.sub(lambda w: target_word(w.group(0), lang), text[pos:]))
    return "".join(out)


# ---------------------------------------------------------------- English source


class Chapter:
    def __init__(self, rnd, index, n, names):
        self.r = rnd
        self.i = index          # 1-based
        self.n = n
        self.names = names      # file stems of all chapters
        self.notes = []
        self.words = 0

    def word(self):
        return self.r.choice(FUNCTION) if self.r.random() < 0.42 else self.r.choice(CONTENT)

    def sentence(self, lo=8, hi=22, markup=True):
        n = self.r.randint(lo, hi)
        ws = [self.word() for _ in range(n)]
        if markup:
            for _ in range(self.r.choice((0, 0, 0, 1, 1, 2))):
                k = self.r.randrange(n)
                x = self.r.random()
                if x < 0.45:
                    ws[k] = "*" + ws[k] + "*"
                elif x < 0.85:
                    ws[k] = "**" + ws[k] + "**"
                else:
                    ws[k] = "`" + ws[k] + "`"
            if self.r.random() < 0.12:
                k = self.r.randrange(1, n)  # never first: the sentence is capitalised
                ws[k] = self.r.choice(("{ -newcomers }", "{ -project }"))
        if n > 12 and self.r.random() < 0.5:
            ws[self.r.randrange(3, n - 3)] += ","
        s = " ".join(ws)
        k = next(j for j, c in enumerate(s) if c.isalpha())
        return s[:k] + s[k].upper() + s[k + 1:] + self.r.choice(".......?")

    def link(self):
        text = " ".join(self.r.choice(CONTENT) for _ in range(self.r.randint(1, 3)))
        if self.r.random() < 0.25:
            return "[%s](https://example.org/%s)" % (text, self.r.choice(CONTENT))
        other = self.r.randrange(self.n)
        return "[%s](%s.md#c%d-s1)" % (text, self.names[other], other + 1)

    def paragraph(self, target):
        out, count = [], 0
        while count < target:
            s = self.sentence()
            count += len(s.split())
            out.append(s)
        if self.r.random() < 0.45:
            out.insert(self.r.randrange(len(out) + 1), "See " + self.link() + ".")
        if self.r.random() < 0.35:
            label = "c%dn%d" % (self.i, len(self.notes) + 1)
            self.notes.append((label, self.sentence(8, 24)))
            out[-1] = out[-1] + "[^%s]" % label
        return " ".join(out)

    def bullets(self):
        lines = []
        for _ in range(self.r.randint(3, 6)):
            lines.append("- " + self.sentence(4, 14))
            if self.r.random() < 0.35:
                for _ in range(self.r.randint(2, 3)):
                    lines.append("  - " + self.sentence(3, 9))
        return "\n".join(lines)

    def numbered(self):
        lines = []
        for i in range(self.r.randint(3, 6)):
            lines.append("%d. %s" % (i + 1, self.sentence(5, 15)))
            if self.r.random() < 0.3:
                for j in range(self.r.randint(2, 3)):
                    lines.append("   %d. %s" % (j + 1, self.sentence(3, 9)))
        return "\n".join(lines)

    def table(self):
        head = "| Partner | Activity | Participants | Result |"
        sep = "|---|---|---:|---|"
        rows = []
        for _ in range(self.r.randint(4, 7)):
            rows.append("| %s | %s | %d | %s |" % (
                " ".join(self.r.choice(CONTENT) for _ in range(self.r.randint(1, 3))).capitalize(),
                " ".join(self.word() for _ in range(self.r.randint(2, 5))).capitalize(),
                self.r.randrange(5, 400),
                " ".join(self.word() for _ in range(self.r.randint(2, 6))).capitalize()))
        return "\n".join([head, sep] + rows)

    def figure(self):
        img = IMAGES[self.i % len(IMAGES)]
        alt = "Diagram: " + self.sentence(10, 18, markup=False)
        cap = self.sentence(4, 9, markup=False).rstrip(".")
        return '![%s](../images/%s.svg "%s")' % (alt, img, cap)

    def alert(self, kind):
        return "> [!%s]\n> %s" % (kind, " ".join(self.sentence() for _ in range(self.r.randint(1, 3))))

    def heading(self, lo, hi):
        return " ".join(self.r.choice(CONTENT) for _ in range(self.r.randint(lo, hi))).capitalize()

    def build(self, target_words=1000):
        parts = ["# " + self.heading(2, 5)]
        intro = self.paragraph(70)
        if self.i == 1:
            intro = "The { -project } partnership of { $partners } partners wrote this handbook. " + intro
        parts.append(intro)
        sec = 0
        while True:
            sec += 1
            sid = "c%d-s%d" % (self.i, sec)
            parts.append("## %s {#%s}" % (self.heading(2, 4), sid))
            parts.append(self.paragraph(self.r.randint(60, 100)))
            if sec == 1:
                parts.append(self.table())
            if sec == 2:
                parts.append(self.figure())
            for sub in range(1, 3):
                parts.append("### %s {#%s-%d}" % (self.heading(2, 5), sid, sub))
                parts.append(self.paragraph(self.r.randint(50, 90)))
                x = self.r.random()
                if x < 0.4:
                    parts.append(self.bullets())
                elif x < 0.7:
                    parts.append(self.numbered())
                elif x < 0.85:
                    parts.append(self.alert(self.r.choice(("TIP", "NOTE"))))
            if sec == 1:
                parts.append(self.alert("TIP"))
            if sec == 2:
                parts.append(self.alert("NOTE"))
            text = "\n\n".join(parts)
            if len(text.split()) >= target_words - 120 and sec >= 2:
                break
        parts.append(self.paragraph(50))
        if self.notes:
            parts.append("\n".join("[^%s]: %s" % (lab, txt) for lab, txt in self.notes))
        return "\n\n".join(parts) + "\n"


def svg(name, seed):
    r = random.Random(seed)
    boxes = []
    for k in range(4):
        x, y = 40 + k * 220, 80 + r.randrange(0, 160)
        col = "#%02x%02x%02x" % (r.randrange(60, 220), r.randrange(60, 220), r.randrange(60, 220))
        boxes.append('  <rect x="%d" y="%d" width="180" height="100" rx="12" fill="%s"/>\n'
                     '  <text x="%d" y="%d" font-size="22" text-anchor="middle">%s %d</text>'
                     % (x, y, col, x + 90, y + 58, name.capitalize(), k + 1))
        if k:
            boxes.append('  <path d="M%d,%d L%d,%d" stroke="#333" stroke-width="4"/>'
                         % (x - 40, y + 50, x, y + 50))
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="960" height="420" viewBox="0 0 960 420" '
            'role="img" aria-labelledby="t"><title id="t">%s diagram</title>\n'
            '  <rect width="960" height="420" fill="#f4f6f8"/>\n%s\n</svg>\n'
            % (name.capitalize(), "\n".join(boxes)))


EMBLEM = ('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200" '
          'role="img" aria-labelledby="t"><title id="t">Emblem</title>'
          '<rect width="300" height="200" fill="#039"/>'
          '<circle cx="150" cy="100" r="60" fill="none" stroke="#fc0" stroke-width="10"/></svg>\n')


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- .ftl filling

MSG = re.compile(r"^# (-?[a-zA-Z][a-zA-Z0-9_-]*) =(.*)$")
CONT = re.compile(r"^#(\s{2,}.*)$")


def ftl_value(ident, value, lang):
    """Translation of one message/term value (single line)."""
    if ident == "language-name":
        return LANGUAGE_NAME[lang]
    if ident == "-newcomers":
        return TERM_NEWCOMERS[lang]
    if ident == "-project":
        return PROJECT
    return translate(value, lang)


def fill_ftl(path, lang):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, filled, ident = [], 0, None
    for line in lines:
        m = MSG.match(line)
        if m:
            ident = m.group(1)
            v = m.group(2)
            lead = v[: len(v) - len(v.lstrip(" "))]
            out.append("%s =%s%s" % (ident, lead, ftl_value(ident, v.lstrip(" "), lang) if v.strip() else ""))
            filled += 1
            continue
        c = CONT.match(line) if ident else None
        if c:
            body = c.group(1)
            ind = body[: len(body) - len(body.lstrip())]
            out.append(ind + translate(body.lstrip(), lang))
            continue
        ident = None
        out.append(line)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    return filled


# ---------------------------------------------------------------- peers


FIG = re.compile(r'^!\[([^\]]*)\]\(([^ )]+) "([^"]*)"\)$')
TERMS = re.compile(r"\{ *(-newcomers|-project|\$partners) *\}")


def md_for_lang(md, lang):
    """The chapter Markdown as a reader of `lang` sees it: translated, placeables resolved."""
    out = []
    for line in md.split("\n"):
        m = FIG.match(line)
        if m:
            line = '![%s](%s "%s")' % (translate(m.group(1), lang), m.group(2), translate(m.group(3), lang))
        else:
            line = translate(line, lang)
        out.append(line)
    text = "\n".join(out)
    return TERMS.sub(lambda m: {"-newcomers": TERM_NEWCOMERS[lang], "-project": PROJECT,
                                "$partners": str(PARTNERS)}[m.group(1)], text)


def write_peers(root, lang, chapters, title):
    """chapters: list of (stem, english markdown)."""
    base = os.path.join(root, "peers", lang)
    shutil.rmtree(base, ignore_errors=True)
    img_src = os.path.join(root, "handbook", "images")
    # mdBook: src/chapters/*.md, src/images/*.svg (same relative image paths and links)
    mb = os.path.join(base, "mdbook")
    write(os.path.join(mb, "book.toml"),
          '[book]\ntitle = "%s"\nauthors = ["Generator"]\nlanguage = "%s"\nsrc = "src"\n\n[output.html]\n'
          % (title.replace('"', ""), lang))
    summary = ["# Summary", ""]
    texts = []
    for stem, md in chapters:
        t = md_for_lang(md, lang)
        texts.append((stem, t))
        write(os.path.join(mb, "src", "chapters", stem + ".md"), t)
        summary.append("- [%s](chapters/%s.md)" % (t.split("\n", 1)[0][2:].strip(), stem))
    write(os.path.join(mb, "src", "SUMMARY.md"), "\n".join(summary) + "\n")
    shutil.copytree(img_src, os.path.join(mb, "src", "images"))
    # pandoc: one document; chapter links become document anchors, images beside the .typ
    pd = os.path.join(base, "pandoc")
    for stem, t in texts:
        t = re.sub(r"\]\([0-9]+-[a-z0-9-]+\.md#", "](#", t)
        t = t.replace("](../images/", "](images/")
        write(os.path.join(pd, "src", stem + ".md"), t)
    shutil.copytree(img_src, os.path.join(pd, "images"))
    write(os.path.join(pd, "files.txt"), "".join("src/%s.md\n" % s for s, _ in texts))
    write(os.path.join(pd, "metadata.yaml"),
          '---\ntitle: "%s"\nauthor: "Generator"\nlang: %s\n'
          'identifier: "urn:uuid:00000000-0000-4000-8000-0000000000%02d"\n...\n'
          % (title.replace('"', ""), lang, ALL_LANGS.index(lang)))


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--scale", type=int, default=1, help="10 x SCALE chapters (1, 4, 16)")
    ap.add_argument("--languages", type=int, default=8, choices=range(1, 9))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--handbook", default="/tmp/hb/handbook")
    ap.add_argument("--no-peers", action="store_true")
    a = ap.parse_args()

    root = os.path.abspath(a.outdir)
    if os.path.exists(root):
        shutil.rmtree(root)
    langs = [l for l in MANIFEST_ORDER if l in ALL_LANGS[: a.languages]]
    n = 10 * a.scale
    width = 2 if n < 100 else 3
    stems = ["%0*d-%s" % (width, i + 1, TOPICS[i % 10] + ("" if i < 10 else "-%d" % (i // 10 + 1)))
             for i in range(n)]

    chapters = []
    for i, stem in enumerate(stems):
        rnd = random.Random("%d/%d" % (a.seed, i))
        md = Chapter(rnd, i + 1, n, stems).build()
        chapters.append((stem, md))
        write(os.path.join(root, "handbook", "chapters", stem + ".md"), md)
    for k, name in enumerate(IMAGES):
        write(os.path.join(root, "handbook", "images", name + ".svg"), svg(name, a.seed * 31 + k))
    write(os.path.join(root, "handbook", "images", "emblem.svg"), EMBLEM)
    write(os.path.join(root, "handbook", "handbook.yaml"),
          "id: bench\nsource-language: en\nlanguages: [%s]\npaper: a4\npdf-standard: ua-1\n"
          "cover-image: images/emblem.svg\nvariables:\n  partners: %d\nchapters:\n%s"
          % (", ".join(langs), PARTNERS, "".join("  - chapters/%s.md\n" % s for s in stems)))
    title = "Migration and integration (synthetic, scale %d)" % a.scale
    write(os.path.join(root, "translations", "en", "handbook.ftl"),
          "# Handbook-level strings of the synthetic benchmark handbook.\n\n"
          "handbook-title = %s\nhandbook-subtitle = A handbook for local communities\n"
          "language-name = English\n\n-project = %s\n-newcomers = %s\n"
          % (title, PROJECT, TERM_NEWCOMERS["en"]))

    r = subprocess.run([a.handbook, "sync", "--project", root], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("handbook sync failed:\n" + r.stdout + r.stderr)
    filled = 0
    for lang in langs:
        if lang == "en":
            continue
        d = os.path.join(root, "translations", lang)
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".ftl"):
                filled += fill_ftl(os.path.join(d, fn), lang)

    r = subprocess.run([a.handbook, "status", "--project", root, "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("handbook status failed:\n" + r.stdout + r.stderr)
    status = json.loads(r.stdout)
    bad = [(l["language"], l["percent"]) for l in status["languages"] if l["percent"] < 100.0]
    if bad:
        sys.exit("incomplete translations: %s" % bad)

    stats = {"seed": a.seed, "scale": a.scale, "chapters": n, "languages": langs,
             "messages": status["languages"][0]["messages"], "filled_messages": filled,
             "status_percent": {l["language"]: l["percent"] for l in status["languages"]},
             "words": {}}
    for lang in langs:
        words = sum(len(WORD.findall(re.sub(r"\{#[^}]*\}|\]\([^)]*\)|\[\^[^\]]*\]|\[![A-Z]+\]", " ",
                                            md_for_lang(md, lang)))) for _, md in chapters)
        stats["words"][lang] = words
        if not a.no_peers:
            write_peers(root, lang, chapters, translate(title, lang))
    write(os.path.join(root, "STATS.json"), json.dumps(stats, indent=1, ensure_ascii=False) + "\n")
    print("wrote %s: %d chapters, %d messages, languages %s, words/lang %s; status 100%% in all"
          % (root, n, stats["messages"], ",".join(langs),
             "/".join(str(stats["words"][l]) for l in langs)))


if __name__ == "__main__":
    main()
