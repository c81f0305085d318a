//! Glossary links: the first use of a glossary term in a chapter links to
//! the term's entry, in the website and the EPUB, in every language; the
//! second use does not, nor a use in a heading, a link or the glossary.

use std::io::Read as _;

use handbook::build::Loaded;
use handbook::manifest::Project;
use handbook::render::Format;

use super::common::{document, parse_xml, render_format};

const INTRO: &str = "# { -migrants } and us

{ -migrants } arrive. Later, { -migrant } again.

See [the { -refugee } words](02-words.md) and a { -refugee } here.
";

const WORDS: &str = "# Words

A { -refugee } is defined below.

## Glossary {#glossary}

| Term | Meaning |
|---|---|
| { -migrant } | A { -refugee } or not. |
| { -refugee } | Someone who fled. |
| exile | Not a term. |

## After {#after}

One more { -migrant }.
";

/// Slovenian for each English source text of the two chapters.
const SL: &[(&str, &str)] = &[
    ("{ -migrants } and us", "{ -migrants } in mi"),
    (
        "{ -migrants } arrive. Later, { -migrant } again.",
        "{ -migrants } prihajajo. Pozneje spet { -migrant }.",
    ),
    (
        "See [the { -refugee } words](02-words.md) and a { -refugee } here.",
        "Glej [besede { -refugee }](02-words.md) in { -refugee } tukaj.",
    ),
    ("Words", "Besede"),
    (
        "A { -refugee } is defined below.",
        "{ -refugee } je opredeljen spodaj.",
    ),
    ("Glossary", "Slovar"),
    ("Term", "Izraz"),
    ("Meaning", "Pomen"),
    ("{ -migrant }", "{ -migrant }"),
    ("A { -refugee } or not.", "{ -refugee } ali ne."),
    ("{ -refugee }", "{ -refugee }"),
    ("Someone who fled.", "Nekdo, ki je zbežal."),
    ("exile", "izgnanec"),
    ("Not a term.", "Ni izraz."),
    ("After", "Potem"),
    ("One more { -migrant }.", "Še en { -migrant }."),
];

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in ["handbook/chapters", "translations/en", "translations/sl"] {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    std::fs::write(
        root.join("handbook/handbook.yaml"),
        "id: g\nsource-language: en\nlanguages: [en, sl]\nchapters:\n  - chapters/01-intro.md\n  - chapters/02-words.md\n",
    )
    .unwrap();
    std::fs::write(root.join("handbook/chapters/01-intro.md"), INTRO).unwrap();
    std::fs::write(root.join("handbook/chapters/02-words.md"), WORDS).unwrap();
    std::fs::write(
        root.join("translations/en/handbook.ftl"),
        "handbook-title = Terms\nlanguage-name = English\n-migrant = migrant\n-migrants = migrants\n-refugee = refugee\n",
    )
    .unwrap();
    std::fs::write(
        root.join("translations/sl/handbook.ftl"),
        "handbook-title = Izrazi\nlanguage-name = Slovenščina\n-migrant = migrant\n-migrants = migranti\n-refugee = begunec\n",
    )
    .unwrap();
    // Every message translated, by its id.
    let loaded = Loaded::load(Project::load(root).unwrap_or_else(|d| panic!("{:?}", d.items)));
    for chapter in &loaded.book.chapters {
        let mut ftl = String::new();
        for message in &chapter.messages {
            let source = message.text.display();
            let (_, translation) = SL
                .iter()
                .find(|(en, _)| *en == source)
                .unwrap_or_else(|| panic!("no Slovenian for {source:?}"));
            ftl.push_str(&format!("{} = {translation}\n", message.id));
        }
        std::fs::write(
            root.join(format!("translations/sl/{}.ftl", chapter.file.stem)),
            ftl,
        )
        .unwrap();
    }
    dir
}

/// The text of a chapter page's links to the glossary: (href, text), and
/// the ids of the glossary table's rows.
struct Page {
    glossary_links: Vec<(String, String)>,
    row_ids: Vec<String>,
    /// Every `<a>` inside a heading or another link holds no glossary link.
    nested: usize,
}

fn page(xhtml: &str) -> Page {
    let doc = parse_xml(xhtml).unwrap_or_else(|e| panic!("{e}\n{xhtml}"));
    let is_glossary =
        |n: &roxmltree::Node| n.has_tag_name("a") && n.attribute("role") == Some("doc-glossref");
    let glossary_links = doc
        .descendants()
        .filter(is_glossary)
        .map(|n| {
            let text: String = n
                .descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect();
            (n.attribute("href").unwrap().to_owned(), text)
        })
        .collect();
    let row_ids = doc
        .descendants()
        .filter(|n| n.has_tag_name("tr"))
        .filter_map(|n| n.attribute("id").map(str::to_owned))
        .collect();
    let nested = doc
        .descendants()
        .filter(is_glossary)
        .filter(|n| {
            n.ancestors().skip(1).any(|a| {
                a.has_tag_name("a")
                    || ["h1", "h2", "h3", "th", "td"]
                        .iter()
                        .any(|h| a.has_tag_name(*h))
            })
        })
        .count();
    Page {
        glossary_links,
        row_ids,
        nested,
    }
}

fn epub_pages(root: &std::path::Path, language: &str) -> (Page, Page) {
    let (doc, diags) = document(root, language);
    assert!(!diags.has_errors(), "{:?}", diags.items);
    let bytes = render_format(root, &doc, Format::Epub)
        .unwrap()
        .remove(0)
        .bytes;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    (
        page(&read("EPUB/text/01-intro.xhtml")),
        page(&read("EPUB/text/02-words.xhtml")),
    )
}

fn html_pages(root: &std::path::Path, language: &str) -> (Page, Page) {
    let (doc, _) = document(root, language);
    let files = render_format(root, &doc, Format::Html).unwrap();
    let get = |name: &str| {
        let file = files
            .iter()
            .find(|f| f.path == format!("{language}/{name}"))
            .unwrap_or_else(|| panic!("{name}"));
        let html = String::from_utf8(file.bytes.clone()).unwrap();
        // The page's <main> is XHTML-compatible (the shared writer).
        let start = html.find("<main").unwrap();
        let end = html.find("</main>").unwrap() + "</main>".len();
        html[start..end]
            .replace("<br>", "<br/>")
            .replace("<hr>", "<hr/>")
    };
    (page(&get("01-intro.html")), page(&get("02-words.html")))
}

#[test]
fn the_first_use_of_a_term_in_a_chapter_links_to_its_glossary_entry() {
    let dir = project();
    for (language, migrants, refugee) in
        [("en", "migrants", "refugee"), ("sl", "migranti", "begunec")]
    {
        for (format, (intro, words)) in [
            ("epub", epub_pages(dir.path(), language)),
            ("html", html_pages(dir.path(), language)),
        ] {
            let ext = if format == "epub" { "xhtml" } else { "html" };
            let at = format!("{language} {format}");
            // Chapter 1: the title's term is not linked; the plural links to
            // the singular's entry and then the singular is not linked again;
            // the term inside a link is not linked, the next use is.
            assert_eq!(
                intro.glossary_links,
                [
                    (format!("02-words.{ext}#term-migrant"), migrants.to_owned()),
                    (format!("02-words.{ext}#term-refugee"), refugee.to_owned()),
                ],
                "{at}"
            );
            assert_eq!(intro.nested, 0, "{at}");
            // Chapter 2: the first use links within the page; nothing in the
            // glossary table; after it, a term not used before links.
            assert_eq!(
                words.glossary_links,
                [
                    ("#term-refugee".to_owned(), refugee.to_owned()),
                    ("#term-migrant".to_owned(), "migrant".to_owned()),
                ],
                "{at}"
            );
            assert_eq!(words.nested, 0, "{at}");
            assert_eq!(words.row_ids, ["term-migrant", "term-refugee"], "{at}");
        }
    }
}

#[test]
fn no_term_mark_reaches_any_output() {
    let dir = project();
    for language in ["en", "sl"] {
        let (doc, _) = document(dir.path(), language);
        for format in [Format::Html, Format::Epub] {
            for file in render_format(dir.path(), &doc, format).unwrap() {
                let texts: Vec<String> = if file.path.ends_with(".epub") {
                    let mut archive =
                        zip::ZipArchive::new(std::io::Cursor::new(&file.bytes)).unwrap();
                    (0..archive.len())
                        .map(|i| {
                            let mut text = String::new();
                            let _ = archive.by_index(i).unwrap().read_to_string(&mut text);
                            text
                        })
                        .collect()
                } else {
                    vec![String::from_utf8_lossy(&file.bytes).into_owned()]
                };
                for text in texts {
                    assert!(!text.contains(handbook::i18n::TERM_MARKS), "{}", file.path);
                }
            }
        }
        // The PDF keeps glossary terms as text, also without marks.
        let project = Project::load(dir.path()).unwrap_or_else(|d| panic!("{:?}", d.items));
        let options = handbook::build::pdf_options(&project, false);
        let assets = handbook::build::ProjectAssets::new(dir.path());
        let main = handbook::render::pdf::generate(&doc, &assets, &options)
            .unwrap()
            .main;
        assert!(!main.contains(handbook::i18n::TERM_MARKS), "{language} PDF");
        assert!(
            main.contains("\"migrant\"") || main.contains(" migrant"),
            "{language} PDF"
        );
    }
}
