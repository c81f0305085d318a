//! Typography that native readers accept, and one numbering in every
//! format: each rule checked on a small fixture in el, hu, ro and en,
//! reading the PDF's text (pdftotext) and the EPUB's and site's XHTML.

use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use super::common::{copy_fixture, handbook, path_str};

/// A fixture built in every format; its outputs' text.
struct Built {
    _dir: tempfile::TempDir,
    pdf: String,
    /// The site's chapter pages, in order.
    html: Vec<String>,
    /// The EPUB's files: (name, text).
    epub: Vec<(String, String)>,
}

fn build(language: &str) -> Built {
    let dir = copy_fixture(&format!("typography-{language}"));
    let root = dir.path();
    let out = root.join("dist");
    let run = handbook(&[
        "build",
        "--project",
        path_str(root),
        "--out",
        path_str(&out),
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let pdf = pdftotext(&out.join(format!("{language}/t-{language}.pdf")));
    let html = ["01-intro", "02-routes"]
        .iter()
        .map(|stem| std::fs::read_to_string(out.join(format!("{language}/{stem}.html"))).unwrap())
        .collect();
    let file = std::fs::File::open(out.join(format!("{language}/t-{language}.epub"))).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut epub = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut text = String::new();
        if entry.read_to_string(&mut text).is_ok() {
            epub.push((entry.name().to_owned(), text));
        }
    }
    Built {
        _dir: dir,
        pdf,
        html,
        epub,
    }
}

fn pdftotext(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .args([path_str(path), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

impl Built {
    fn epub_file(&self, ending: &str) -> &str {
        self.epub
            .iter()
            .find(|(name, _)| name.ends_with(ending))
            .map(|(_, text)| text.as_str())
            .unwrap_or_else(|| panic!("no {ending} in the EPUB"))
    }
}

#[test]
fn greek_capitals_drop_the_tonos_in_every_format() {
    let el = build("el");
    assert!(el.pdf.contains("ΚΕΦΑΛΑΙΟ"), "{}", el.pdf);
    assert!(!el.pdf.contains("ΚΕΦΆΛΑΙΟ"), "{}", el.pdf);
    // The EPUB's cover is a PNG drawn from the same `Document::capitals`
    // (src/i18n/typography.rs tests its Greek).
}

/// The PDF's lines, without the empty ones.
fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn hungarian_puts_the_ordinal_first_in_every_format() {
    let hu = build("hu");
    let pdf = lines(&hu.pdf);
    assert!(pdf.contains(&"2. FEJEZET"), "{pdf:?}");
    assert!(hu.pdf.contains("1. ábra: Az útvonalak"), "{}", hu.pdf);
    assert!(!hu.pdf.contains("FEJEZET 1") && !hu.pdf.contains("Ábra 1"));
    assert!(hu.html[1].contains(">2. fejezet:</span>"), "{}", hu.html[1]);
    assert!(
        hu.html[1].contains(">1. ábra:</span> Az útvonalak"),
        "{}",
        hu.html[1]
    );
    let chapter = hu.epub_file("02-routes.xhtml");
    assert!(chapter.contains(">2. fejezet:</span>"), "{chapter}");
    assert!(chapter.contains(">1. ábra:</span>"), "{chapter}");
    // A table's caption (written `: …` after the table, as pandoc allows).
    assert!(
        hu.pdf.contains("1. táblázat: Fogalmak és jelentésük"),
        "{}",
        hu.pdf
    );
    assert!(
        hu.html[1].contains(">1. táblázat:</span> Fogalmak"),
        "{}",
        hu.html[1]
    );
    assert!(
        chapter.contains(">1. táblázat:</span> Fogalmak"),
        "{chapter}"
    );
}

#[test]
fn numbers_agree_between_pdf_epub_and_site() {
    let en = build("en");
    // Chapters and figures.
    assert!(en.pdf.contains("CHAPTER 2"), "{}", en.pdf);
    assert!(en.pdf.contains("Figure 1: The routes"), "{}", en.pdf);
    assert!(en.html[0].contains(">Chapter 1:</span>"));
    assert!(en.html[1].contains(">Figure 1:</span> The routes"));
    assert!(
        en.epub_file("02-routes.xhtml")
            .contains(">Figure 1:</span> The routes")
    );
    // Tables: a numbered caption above the table, the same in every format.
    let caption = en
        .pdf
        .find("Table 1: Terms and their meanings")
        .expect("the table's caption");
    assert!(
        caption < en.pdf.find("refugee").unwrap(),
        "the caption is above the table"
    );
    assert!(!en.pdf.contains("Table: "), "{}", en.pdf);
    for page in [&en.html[1], en.epub_file("02-routes.xhtml")] {
        assert!(
            page.contains("<table>\n<caption><span class=\"table-label\">Table 1:</span> Terms and their meanings</caption>"),
            "{page}"
        );
    }
    // Notes restart in each chapter, in the PDF too: chapter 2's note is 1.
    let second = en.pdf.find("Second note.").expect("the second note");
    let before = en.pdf[..second].trim_end();
    assert!(
        before.ends_with('1'),
        "{}",
        &en.pdf[second - 40..second + 12]
    );
    assert!(en.html[1].contains("id=\"fn-1\""), "{}", en.html[1]);
}

#[test]
fn quotes_and_apostrophes_are_each_languages_own() {
    let en = build("en");
    assert!(
        en.pdf
            .contains("“welcome” and ‘hospitality’; it’s the people’s choice."),
        "{}",
        en.pdf
    );
    assert!(en.html[0].contains("“welcome” and ‘hospitality’; it’s the people’s"));
    assert!(
        en.epub_file("01-intro.xhtml")
            .contains("“welcome” and ‘hospitality’")
    );
    // Inline code stays as typed.
    assert!(
        en.html[0].contains("<code>say \"hi\"</code>")
            || en.html[0].contains("<code>say &quot;hi&quot;</code>")
    );
    let el = build("el");
    assert!(
        el.pdf.contains("«καλώς ήρθατε» και “φιλοξενία”"),
        "{}",
        el.pdf
    );
    assert!(el.html[0].contains("«καλώς ήρθατε»"));
    let hu = build("hu");
    assert!(
        hu.html[0].contains("„üdvözöljük” és »vendégszeretet«"),
        "{}",
        hu.html[0]
    );
    let ro = build("ro");
    assert!(ro.html[0].contains("„povești”"), "{}", ro.html[0]);
}

#[test]
fn a_link_prints_its_url_on_paper() {
    let en = build("en");
    let flat = en.pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Commission’s website (https://home-affairs.ec.europa.eu/)"),
        "{flat}"
    );
}

#[test]
fn romanian_text_layer_reads_as_typed() {
    let ro = build("ro");
    assert!(
        !ro.pdf.contains('\u{AD}') || soft_hyphens_only_at_line_ends(&ro.pdf),
        "{}",
        ro.pdf
    );
    let flat = ro.pdf.replace("\u{AD}\n", "");
    assert!(flat.contains("povești"), "{}", ro.pdf);
    assert!(flat.contains("www.clarinetproject.eu"), "{}", ro.pdf);
    assert!(flat.contains("info@clarinetproject.eu"), "{}", ro.pdf);
}

/// Every U+00AD left is where a line broke (pdftotext ends the line there).
fn soft_hyphens_only_at_line_ends(text: &str) -> bool {
    text.match_indices('\u{AD}')
        .all(|(i, _)| text[i + 2..].starts_with('\n'))
}

#[test]
fn no_one_letter_fragment_and_no_hyphen_in_addresses() {
    for language in ["el", "ro"] {
        let built = build(language);
        let lines = lines(&built.pdf);
        let mut breaks = 0;
        for pair in lines.windows(2) {
            let (line, next) = (pair[0], pair[1]);
            if let Some(start) = line.strip_suffix(['\u{AD}', '-']) {
                breaks += 1;
                let fragment = start.rsplit(' ').next().unwrap_or_default();
                let letters = fragment.chars().filter(|c| c.is_alphabetic()).count();
                assert!(letters >= 2, "{language}: `{line}` / `{next}`");
                let rest = next.split(' ').next().unwrap_or_default();
                let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
                assert!(letters >= 2, "{language}: `{line}` / `{next}`");
                assert!(
                    !fragment.contains('.') && !fragment.contains('@'),
                    "{language}: `{line}`"
                );
            }
        }
        // The fixture's long words must have been hyphenated somewhere.
        assert!(breaks > 0, "{language}: no hyphenated line in {lines:?}");
    }
}

#[test]
fn a_line_of_body_text_holds_about_80_characters() {
    let en = build("en");
    let start = en
        .pdf
        .find("Local authorities")
        .expect("the long paragraph");
    let end = en.pdf[start..].find("learned.").expect("its end") + start;
    let lines = lines(&en.pdf[start..end]);
    assert!(lines.len() >= 3, "{lines:?}");
    // Full lines (all but the last) of the justified paragraph.
    for line in &lines[..lines.len() - 1] {
        let length = line.chars().count();
        assert!((60..=88).contains(&length), "{length}: `{line}`");
    }
}
