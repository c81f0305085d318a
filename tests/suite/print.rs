//! Print: the double-sided layout of every PDF (read back as text positions
//! with poppler's `pdftotext -bbox`), the shop and booklet profiles, the EU
//! funding block and the imprint in the PDF, the EPUB and the website.

use std::path::Path;

use super::common::{handbook, path_str};

const TITLE: &str = "Printable handbook";

/// A project in en and sl with three chapters of several pages each, the
/// imprint's facts, both print profiles and Slovenian translators.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in [
        "handbook/chapters",
        "handbook/images",
        "translations/en",
        "translations/sl",
    ] {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    std::fs::write(
        root.join("handbook/handbook.yaml"),
        "id: book\nsource-language: en\nlanguages: [en, sl]\nchapters:\n  - chapters/01-first.md\n  - chapters/02-second.md\n  - chapters/03-third.md\nemblem: images/flag.svg\nprint: [shop, booklet]\nedition: 2\npublication-date: 2026-12-01\nlicense: CC-BY-4.0\ngrant: \"123456\"\ncontact: www.example.org\n",
    )
    .unwrap();
    std::fs::write(
        root.join("handbook/images/flag.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 30 20\"><rect width=\"30\" height=\"20\" fill=\"#039\"/></svg>",
    )
    .unwrap();
    let paragraph = "Local communities welcome newcomers in many ways, and this paragraph is long enough to fill several lines of the page so that every chapter runs over more than one page and the running heads can be read back from the PDF. ".repeat(3);
    for (stem, title, paragraphs) in [
        ("01-first", "Alpha chapter", 14),
        ("02-second", "Beta chapter", 9),
        ("03-third", "Gamma chapter", 3),
    ] {
        let body: String = (0..paragraphs)
            .map(|n| format!("## Part {n}\n\n{paragraph}\n\n"))
            .collect();
        std::fs::write(
            root.join(format!("handbook/chapters/{stem}.md")),
            format!("# {title}\n\n{body}"),
        )
        .unwrap();
    }
    std::fs::write(
        root.join("translations/en/handbook.ftl"),
        format!("handbook-title = {TITLE}\nlanguage-name = English\npublisher = The Example Partnership\nfunding-statement = Co-funded by the European Union\nfunding-programme = Example Fund\ndisclaimer = The authors alone are responsible for the content.\n"),
    )
    .unwrap();
    std::fs::write(
        root.join("translations/sl/handbook.ftl"),
        "handbook-title = Priročnik za tisk\nlanguage-name = Slovenščina\nfunding-statement = Sofinancira Evropska unija\ntranslators = Ana Primer, Bor Zgled\n",
    )
    .unwrap();
    let run = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

fn build(root: &Path) {
    let run = handbook(&["build", "--project", path_str(root)]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
}

/// A word on a page and its box, in points from the top left.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    x_min: f64,
    y_min: f64,
    x_max: f64,
}

/// A page: its size and its words.
#[derive(Debug)]
struct PageText {
    width: f64,
    height: f64,
    words: Vec<Word>,
}

impl PageText {
    fn has(&self, text: &str) -> bool {
        self.words.iter().any(|w| w.text == text)
    }

    /// The words above `y` (the running head) or below it.
    fn words_where(&self, keep: impl Fn(&Word) -> bool) -> Vec<&Word> {
        self.words.iter().filter(|w| keep(w)).collect()
    }

    fn line(&self, keep: impl Fn(&Word) -> bool) -> String {
        self.words_where(keep)
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end].parse().unwrap()
}

/// Every page's words with their positions (`pdftotext -bbox`).
fn pages(pdf: &Path) -> Vec<PageText> {
    let output = std::process::Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8", path_str(pdf), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    let html = String::from_utf8(output.stdout).unwrap();
    let mut pages = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let tag = &chunk[..chunk.find('>').unwrap()];
        let mut page = PageText {
            width: attribute(tag, "width"),
            height: attribute(tag, "height"),
            words: Vec::new(),
        };
        for word in chunk.split("<word ").skip(1) {
            let tag_end = word.find('>').unwrap();
            let tag = &word[..tag_end];
            let text = &word[tag_end + 1..word.find("</word>").unwrap()];
            page.words.push(Word {
                text: text.replace("&amp;", "&"),
                x_min: attribute(tag, "xMin"),
                y_min: attribute(tag, "yMin"),
                x_max: attribute(tag, "xMax"),
            });
        }
        pages.push(page);
    }
    pages
}

const CM: f64 = 72.0 / 2.54;

#[test]
fn every_pdf_is_laid_out_for_double_sided_printing() {
    let dir = project();
    let root = dir.path();
    build(root);
    let pages = pages(&root.join("dist/en/book-en.pdf"));
    // Physical page numbers are 1-based: odd ones are right-hand pages.
    let openings: Vec<usize> = ["Alpha", "Beta", "Gamma"]
        .iter()
        .map(|title| {
            1 + pages
                .iter()
                .position(|p| p.has("CHAPTER") && p.has(title))
                .unwrap_or_else(|| panic!("no opening page of {title}"))
        })
        .collect();
    for opening in &openings {
        assert!(
            opening % 2 == 1,
            "a chapter opens on page {opening}: {openings:?}"
        );
    }
    // The cover's back is not the contents.
    assert!(
        !pages[1].has("Contents"),
        "the contents are on the back of the cover"
    );
    assert!(pages[2].has("Contents"), "the contents start on page 3");
    // The text block of a right-hand page starts after the wider inner margin.
    let left_edge = |p: &PageText| {
        p.words
            .iter()
            .filter(|w| w.y_min > 2.5 * CM && w.y_min < p.height - 2.5 * CM)
            .map(|w| w.x_min)
            .fold(f64::MAX, f64::min)
    };
    let body_one = &pages[openings[0] - 1];
    assert!(
        (left_edge(body_one) - 4.0 * CM).abs() < 0.2 * CM,
        "body page 1's left margin is the inner one: {}",
        left_edge(body_one) / CM
    );
    // Its folio is `1`, at the outer (right) foot.
    let folio: Vec<&Word> = body_one.words_where(|w| w.y_min > body_one.height - 2.5 * CM);
    assert_eq!(folio.len(), 1, "{folio:?}");
    assert_eq!(folio[0].text, "1");
    assert!(folio[0].x_max > body_one.width - 3.7 * CM, "{folio:?}");

    // Running heads: the book's title on left-hand pages at the left edge,
    // the chapter's title on right-hand pages at the right edge; none on
    // chapter openings and on the blank pages before them.
    let mut checked = (0, 0);
    for (index, page) in pages.iter().enumerate().skip(openings[0]) {
        let number = index + 1;
        let head = page.words_where(|w| w.y_min < 2.2 * CM);
        let text = page.line(|w| w.y_min < 2.2 * CM);
        if openings.contains(&number) || page.words.is_empty() {
            assert!(head.is_empty(), "page {number} has the head `{text}`");
            continue;
        }
        if number % 2 == 0 {
            assert_eq!(text, TITLE, "left-hand page {number}");
            let start = head.iter().map(|w| w.x_min).fold(f64::MAX, f64::min);
            assert!(
                (start - 3.5 * CM).abs() < 0.2 * CM,
                "page {number}: head at {start}"
            );
            checked.0 += 1;
        } else {
            assert!(
                text.ends_with("chapter"),
                "right-hand page {number}: `{text}`"
            );
            assert_ne!(text, TITLE);
            let end = head.iter().map(|w| w.x_max).fold(0.0, f64::max);
            assert!(
                (page.width - end - 3.5 * CM).abs() < 0.2 * CM,
                "page {number}: head ends at {end}"
            );
            checked.1 += 1;
        }
    }
    assert!(
        checked.0 > 0 && checked.1 > 0,
        "left and right pages checked: {checked:?}"
    );
    // A blank page before a chapter has neither head nor folio.
    let blanks: Vec<usize> = (openings[0]..pages.len())
        .filter(|i| pages[*i].words.is_empty())
        .collect();
    assert!(!blanks.is_empty() || openings.iter().all(|o| (o - 1) % 2 == 0));
}

/// The boxes of a PDF page as (left, bottom, right, top).
fn page_box(document: &lopdf::Document, page: lopdf::ObjectId, name: &[u8]) -> [f32; 4] {
    let dict = document.get_dictionary(page).unwrap();
    let array = dict
        .get(name)
        .unwrap_or_else(|_| panic!("{} is missing", String::from_utf8_lossy(name)));
    let n: Vec<f32> = array
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_float().unwrap())
        .collect();
    [
        n[0].min(n[2]),
        n[1].min(n[3]),
        n[0].max(n[2]),
        n[1].max(n[3]),
    ]
}

fn strictly_inside(inner: [f32; 4], outer: [f32; 4]) -> bool {
    inner[0] > outer[0] && inner[1] > outer[1] && inner[2] < outer[2] && inner[3] < outer[3]
}

/// A page rendered in grey levels (`pdftoppm -gray`), row by row.
fn gray(pdf: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    let out = tempfile::tempdir().unwrap();
    let prefix = out.path().join("p");
    let status = std::process::Command::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            &dpi.to_string(),
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils) is installed");
    assert!(status.success());
    let file = std::fs::read_dir(out.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let bytes = std::fs::read(file).unwrap();
    // Binary PGM: "P5\n<w> <h>\n255\n" then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[at + 1..].to_vec())
}

#[test]
fn the_shop_pdf_has_bleed_crop_marks_boxes_and_pages_in_fours() {
    let dir = project();
    let root = dir.path();
    build(root);
    let shop = root.join("dist/en/book-en-shop.pdf");
    let document = lopdf::Document::load(&shop).unwrap();
    let pages = document.get_pages();
    assert_eq!(pages.len() % 4, 0, "{} pages", pages.len());
    let screen = lopdf::Document::load(root.join("dist/en/book-en.pdf")).unwrap();
    let screen_pages = screen.get_pages().len();
    assert!(pages.len() >= screen_pages && pages.len() < screen_pages + 4);
    let bleed = 3.0 * 72.0 / 25.4;
    for id in pages.values() {
        let media = page_box(&document, *id, b"MediaBox");
        let bleed_box = page_box(&document, *id, b"BleedBox");
        let trim = page_box(&document, *id, b"TrimBox");
        assert!(
            strictly_inside(trim, bleed_box),
            "{trim:?} in {bleed_box:?}"
        );
        assert!(
            strictly_inside(bleed_box, media),
            "{bleed_box:?} in {media:?}"
        );
        assert!(((trim[0] - bleed_box[0]) as f64 - bleed).abs() < 0.01);
        // The trimmed page is A4.
        assert!(((trim[2] - trim[0]) - 595.28).abs() < 0.1, "{trim:?}");
        assert!(((trim[3] - trim[1]) - 841.89).abs() < 0.1, "{trim:?}");
    }
    // Crop marks: ink outside the bleed near each corner, none elsewhere in
    // the margin of paper around it.
    let dpi = 144;
    let (w, h, pixels) = gray(&shop, 1, dpi);
    let px = |mm: f64| (mm / 25.4 * f64::from(dpi)).round() as usize;
    let ink = |x0: usize, x1: usize, y0: usize, y1: usize| {
        (y0..y1).any(|y| (x0..x1).any(|x| pixels[y * w + x] < 200))
    };
    let slug = px(13.0);
    // Beside the top left corner of the trim, left of it, outside the bleed.
    assert!(
        ink(px(1.5), px(9.0), slug - 1, slug + 2),
        "no horizontal crop mark"
    );
    assert!(
        ink(slug - 1, slug + 2, px(1.5), px(9.0)),
        "no vertical crop mark"
    );
    assert!(
        ink(w - px(9.0), w - px(1.5), h - slug - 2, h - slug + 1),
        "no mark at the bottom right"
    );
    // Nothing in the paper around the middle of the page's edges.
    assert!(
        !ink(0, slug - px(3.5), h / 2 - 20, h / 2 + 20),
        "ink in the left slug"
    );
    // The OutputIntent Typst writes with PDF/A.
    let catalog = document.catalog().unwrap();
    assert!(catalog.get(b"OutputIntents").is_ok(), "an OutputIntent");
}

#[test]
fn the_booklet_is_imposed_in_saddle_stitch_order_on_a4_landscape() {
    let dir = project();
    let root = dir.path();
    build(root);
    let booklet = root.join("dist/en/book-en-booklet.pdf");
    let document = lopdf::Document::load(&booklet).unwrap();
    for (_, id) in document.get_pages() {
        let media = page_box(&document, id, b"MediaBox");
        assert!(((media[2] - media[0]) - 841.89).abs() < 0.5, "{media:?}");
        assert!(((media[3] - media[1]) - 595.28).abs() < 0.5, "{media:?}");
    }
    let sides = pages(&booklet);
    let n = sides.len() * 2;
    assert_eq!(n % 4, 0, "{} sides", sides.len());
    // The book's physical page on each half of each side, in the order of
    // sheet 1 front `n | 1`, back `2 | n-1`, sheet 2 front `n-2 | 3`, ...
    let expected: Vec<(usize, usize)> = (0..n / 4)
        .flat_map(|s| [(n - 2 * s, 2 * s + 1), (2 * s + 2, n - 2 * s - 1)])
        .collect();
    // Page 1 is the cover (the title); page 2 the imprint.
    let half = |side: &PageText, right: bool| -> Vec<Word> {
        side.words
            .iter()
            .filter(|w| (w.x_min > side.width / 2.0) == right)
            .cloned()
            .collect()
    };
    assert!(
        half(&sides[0], true).iter().any(|w| w.text == "Printable"),
        "the cover on the right of sheet 1's front"
    );
    assert!(
        half(&sides[1], false).iter().any(|w| w.text == "Licence"),
        "the imprint on the left of sheet 1's back"
    );
    // Arabic folios at the foot: physical page minus folio is one constant
    // (the pages before body page 1), on every half that has one.
    let mut offsets = Vec::new();
    for (side, (left, right)) in sides.iter().zip(&expected) {
        for (physical, right_half) in [(*left, false), (*right, true)] {
            let foot: Vec<Word> = half(side, right_half)
                .into_iter()
                .filter(|w| w.y_min > side.height - 1.6 * CM)
                .collect();
            if let [word] = &foot[..]
                && let Ok(folio) = word.text.parse::<usize>()
            {
                offsets.push((physical, physical - folio));
            }
        }
    }
    assert!(offsets.len() >= 4, "folios read: {offsets:?}");
    let first = offsets[0].1;
    assert!(
        offsets.iter().all(|(_, o)| *o == first),
        "pages out of order: {offsets:?}"
    );
    assert_eq!(
        first % 2,
        0,
        "body page 1 is an odd physical page: {offsets:?}"
    );
}

#[test]
fn the_imprint_credits_the_languages_translators_in_every_format() {
    let dir = project();
    let root = dir.path();
    build(root);
    // PDF: the back of the cover.
    let pdf = pages(&root.join("dist/sl/book-sl.pdf"));
    let imprint = pdf[1].line(|_| true);
    for expected in [
        "Ana Primer, Bor Zgled",
        "CC-BY-4.0",
        "1. decembra 2026",
        "Druga izdaja",
        "123456",
    ] {
        assert!(
            imprint.contains(expected),
            "`{expected}` not in the PDF imprint: {imprint}"
        );
    }
    let cover = pdf[0].line(|_| true);
    assert!(cover.contains("Sofinancira Evropska unija"), "{cover}");
    assert!(
        cover.contains("1. decembra 2026") && !cover.contains("2021"),
        "{cover}"
    );
    // The English edition credits no translators (they are Slovenian).
    let en = pages(&root.join("dist/en/book-en.pdf"));
    assert!(!en[1].line(|_| true).contains("Ana Primer"));
    assert!(en[1].line(|_| true).contains("1 December 2026"));

    // EPUB: the imprint page, dc:rights and the publication date.
    let epub = std::fs::File::open(root.join("dist/sl/book-sl.epub")).unwrap();
    let mut zip = zip::ZipArchive::new(epub).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let page = read("EPUB/imprint.xhtml");
    for expected in [
        "Ana Primer, Bor Zgled",
        "CC-BY-4.0",
        "https://creativecommons.org/licenses/by/4.0/",
        "1. decembra 2026",
    ] {
        assert!(
            page.contains(expected),
            "`{expected}` not in the EPUB imprint: {page}"
        );
    }
    let opf = read("EPUB/package.opf");
    assert!(
        opf.contains(
            "<dc:rights>CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/)</dc:rights>"
        ),
        "{opf}"
    );
    assert!(opf.contains("<dc:date>2026-12-01</dc:date>"), "{opf}");
    assert!(opf.contains("idref=\"imprint\""), "in the spine");
    assert!(read("EPUB/nav.xhtml").contains("href=\"imprint.xhtml\""));

    // Website: the page, linked from every page's footer with the licence.
    let site = std::fs::read_to_string(root.join("dist/sl/imprint.html")).unwrap();
    for expected in [
        "Ana Primer, Bor Zgled",
        "rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\"",
        "1. decembra 2026",
    ] {
        assert!(
            site.contains(expected),
            "`{expected}` not in the site's imprint"
        );
    }
    let cover = std::fs::read_to_string(root.join("dist/sl/index.html")).unwrap();
    let chapter = std::fs::read_to_string(root.join("dist/sl/01-first.html")).unwrap();
    for page in [&cover, &chapter] {
        assert!(page.contains("<a href=\"imprint.html\">O tej izdaji</a>"));
        assert!(page.contains("rel=\"license\""));
        // The emblem and the statement side by side in the footer.
        let footer = &page[page.find("<footer").unwrap()..];
        assert!(
            footer.contains(
                "<p class=\"funding\"><img class=\"funding-emblem\" src=\"images/flag.svg\""
            ),
            "{footer}"
        );
        assert!(
            footer.contains("<span class=\"funding-statement\">Sofinancira Evropska unija</span>")
        );
    }
    let main = &cover[cover.find("<main").unwrap()..cover.find("</main>").unwrap()];
    assert!(
        main.contains("class=\"funding-statement\""),
        "the funding block on the cover page"
    );
    assert!(main.contains("1. decembra 2026"));
}

#[test]
fn check_warns_about_missing_imprint_items_and_translators() {
    let dir = project();
    let root = dir.path();
    let manifest = root.join("handbook/handbook.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("license: CC-BY-4.0\n", "")).unwrap();
    let ftl = root.join("translations/sl/handbook.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        text.replace("translators = Ana Primer, Bor Zgled\n", ""),
    )
    .unwrap();
    let run = handbook(&["check", "--project", path_str(root)]);
    assert_eq!(run.code, 0, "warnings only: {}", run.stderr);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(all.contains("the imprint has no license"), "{all}");
    assert!(
        all.contains("the imprint of `sl` does not credit its translators"),
        "{all}"
    );
    assert!(!all.contains("the imprint of `en`"), "{all}");
    // A bad value is an error at its line.
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("2026-12-01", "2026-02-30")).unwrap();
    let run = handbook(&["check", "--project", path_str(root)]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("handbook/handbook.yaml:11:"),
        "{}",
        run.stderr
    );
}

/// The distinct lines of text on a page (words grouped by their top), the
/// folio at the foot left out.
fn body_lines(page: &PageText) -> usize {
    let mut tops: Vec<f64> = page
        .words
        .iter()
        .filter(|w| w.y_min < page.height - 2.0 * CM)
        .map(|w| w.y_min)
        .collect();
    tops.sort_by(f64::total_cmp);
    tops.dedup_by(|a, b| (*a - *b).abs() < 2.0);
    tops.len()
}

#[test]
fn a_figure_too_tall_for_the_chapter_opening_floats_and_text_fills_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in ["handbook/chapters", "handbook/images", "translations/en"] {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    std::fs::write(
        root.join("handbook/handbook.yaml"),
        "id: book\nsource-language: en\nlanguages: [en]\nchapters:\n  - chapters/01-first.md\n",
    )
    .unwrap();
    // Portrait: at the text's full width it is taller than what is left of
    // the opening page under the chapter title.
    std::fs::write(
        root.join("handbook/images/tall.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 150\"><rect width=\"100\" height=\"150\" fill=\"#bcd\"/></svg>",
    )
    .unwrap();
    let paragraph = "Local communities welcome newcomers in many ways, and this paragraph is long enough to fill several lines of the page. ".repeat(4);
    let body: String = (0..12).map(|_| format!("{paragraph}\n\n")).collect();
    std::fs::write(
        root.join("handbook/chapters/01-first.md"),
        format!("# Opening\n\nA short first paragraph.\n\n![A tall box](../images/tall.svg \"Tallbox caption\")\n\n{body}"),
    )
    .unwrap();
    std::fs::write(
        root.join("translations/en/handbook.ftl"),
        "handbook-title = Floats\nlanguage-name = English\n",
    )
    .unwrap();
    build(root);
    let pages = pages(&root.join("dist/en/book-en.pdf"));
    let opening = pages
        .iter()
        .position(|p| p.has("CHAPTER"))
        .expect("the chapter's opening page");
    let lines = body_lines(&pages[opening]);
    assert!(
        lines >= 20,
        "the opening page holds {lines} lines: the figure left it half empty"
    );
    let caption = pages
        .iter()
        .position(|p| p.has("Tallbox"))
        .expect("the figure's caption");
    assert_eq!(caption, opening + 1, "the figure floats to the next page");
}

#[test]
fn no_chapter_ends_on_a_page_holding_only_one_or_two_lines() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in ["handbook/chapters", "translations/en"] {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    // Chapters one line longer each: set as they are, some would end with a
    // line or two on a page of their own.
    let stems: Vec<String> = (0..16u8)
        .map(|n| format!("{:02}-part{}", n + 1, char::from(b'a' + n)))
        .collect();
    let chapters: String = stems
        .iter()
        .map(|stem| format!("  - chapters/{stem}.md\n"))
        .collect();
    std::fs::write(
        root.join("handbook/handbook.yaml"),
        format!("id: book\nsource-language: en\nlanguages: [en]\nchapters:\n{chapters}"),
    )
    .unwrap();
    for (n, stem) in stems.iter().enumerate() {
        let body: String = (0..30 + n)
            .map(|line| format!("Line {line} of chapter {n} fits on one line of the page.\n\n"))
            .collect();
        std::fs::write(
            root.join(format!("handbook/chapters/{stem}.md")),
            format!("# Chapter number {n}\n\n{body}"),
        )
        .unwrap();
    }
    std::fs::write(
        root.join("translations/en/handbook.ftl"),
        "handbook-title = Chapter ends\nlanguage-name = English\n",
    )
    .unwrap();
    build(root);
    let pages = pages(&root.join("dist/en/book-en.pdf"));
    let pages_before = pages.len();
    let openings: Vec<usize> = (0..pages.len())
        .filter(|&p| pages[p].has("CHAPTER"))
        .collect();
    assert_eq!(openings.len(), stems.len());
    let mut checked = 0;
    for (chapter, &opening) in openings.iter().enumerate() {
        let next = openings.get(chapter + 1).copied().unwrap_or(pages.len());
        // The chapter's last page with text (a blank left-hand page may follow).
        let last = (opening..next)
            .rev()
            .find(|&p| body_lines(&pages[p]) > 0)
            .unwrap();
        if last == opening {
            continue;
        }
        // The running head is not a line of the chapter's text.
        let lines = body_lines(&pages[last]) - 1;
        assert!(
            lines > 2,
            "chapter {chapter} ends on page {} holding {lines} line(s)",
            last + 1
        );
        checked += 1;
    }
    assert!(checked >= 8, "{checked} chapters ran over a page");
    // `--emit-typst` writes the source of that layout: the refitted
    // chapters are in its call to the template, the PDF from the cache is
    // the same.
    let run = handbook(&["build", "--project", path_str(root), "--emit-typst"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let typ = std::fs::read_to_string(root.join("dist/en/book-en.typ")).unwrap();
    let call = typ.lines().last().unwrap();
    assert!(
        call.starts_with("#handbook(doc, fit: (\"") && call.contains(": -1"),
        "{call}"
    );
    assert_eq!(
        self::pages(&root.join("dist/en/book-en.pdf")).len(),
        pages_before
    );
}
