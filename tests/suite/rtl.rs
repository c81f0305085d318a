//! Right-to-left editions: tests/fixtures/rtl (English, with Arabic and
//! Ukrainian) built in every format, read back as text and markup.

use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use super::common::{copy_fixture, handbook, path_str};

/// The fixture built in every format into `out`.
fn build() -> tempfile::TempDir {
    let dir = copy_fixture("rtl");
    let run = handbook(&["build", "--project", path_str(dir.path())]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("0 error(s), 0 warning(s)"),
        "{}",
        run.stderr
    );
    dir
}

fn epub_file(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Words on each page with their left and top edges (`pdftotext -bbox`):
/// (page, x, y, word).
fn words(pdf: &Path) -> Vec<(usize, f64, f64, String)> {
    let output = Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8", path_str(pdf), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    let html = String::from_utf8(output.stdout).unwrap();
    let mut out = Vec::new();
    for (page, chunk) in html.split("<page ").skip(1).enumerate() {
        for word in chunk.split("<word ").skip(1) {
            let number = |name: &str| -> f64 {
                let start = word.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                word[start..start + word[start..].find('"').unwrap()]
                    .parse()
                    .unwrap()
            };
            let text = &word[word.find('>').unwrap() + 1..word.find("</word>").unwrap()];
            out.push((page + 1, number("xMin"), number("yMin"), text.to_owned()));
        }
    }
    out
}

#[test]
fn an_arabic_edition_reads_right_to_left_in_every_format() {
    let dir = build();
    let out = dir.path().join("dist");
    // The site: the page is right to left, the English fallback paragraph
    // left to right, an address isolated, the interface in Arabic.
    let page = std::fs::read_to_string(out.join("ar/01-welcome.html")).unwrap();
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(
        page.contains(
            "<a href=\"https://example.org/handbook\" dir=\"ltr\">https://example.org/handbook</a>"
        ),
        "{page}"
    );
    // Numbers in Arabic-Indic digits: the chapter label, the note's
    // reference and the notes' list.
    assert!(
        page.contains("الفصل ١"),
        "the chapter label is Arabic: {page}"
    );
    assert!(
        page.contains("aria-label=\"الحاشية ١\">١</a></sup>"),
        "{page}"
    );
    assert!(
        page.contains("<ol style=\"list-style-type: arabic-indic\">"),
        "{page}"
    );
    let services = std::fs::read_to_string(out.join("ar/02-services.html")).unwrap();
    assert!(
        services.contains(
            "<p lang=\"en\" dir=\"ltr\">This paragraph is not translated into Arabic.</p>"
        ),
        "{services}"
    );
    assert!(
        services.contains(">الجدول ١:</span> الخدمات في المدينة"),
        "{services}"
    );
    let uk = std::fs::read_to_string(out.join("uk/01-welcome.html")).unwrap();
    assert!(uk.contains("<html lang=\"uk\" dir=\"ltr\">"));
    assert!(
        uk.contains("Розділ 1"),
        "the chapter label is Ukrainian: {uk}"
    );
    assert!(!uk.contains("list-style-type"), "{uk}");
    // The EPUB: pages turn right to left, every document is right to left.
    let epub = out.join("ar/rtl-sample-ar.epub");
    let opf = epub_file(&epub, "EPUB/package.opf");
    assert!(
        opf.contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"),
        "{opf}"
    );
    let chapter = epub_file(&epub, "EPUB/text/02-services.xhtml");
    assert!(chapter.contains("xml:lang=\"ar\" dir=\"rtl\""), "{chapter}");
    assert!(
        chapter.contains("lang=\"en\" xml:lang=\"en\" dir=\"ltr\""),
        "{chapter}"
    );
    let welcome = epub_file(&epub, "EPUB/text/01-welcome.xhtml");
    assert!(
        welcome.contains("<span class=\"fn-number\">١.</span>"),
        "{welcome}"
    );
    // An e-reader may have no Arabic font: the EPUB carries Amiri (regular
    // and bold) and its licence, after the reader's own serif.
    for item in [
        "<item id=\"font-1\" href=\"fonts/Amiri_400Regular.ttf\" media-type=\"font/ttf\"/>",
        "href=\"fonts/Amiri_700Bold.ttf\" media-type=\"font/ttf\"/>",
        "href=\"fonts/OFL-amiri.txt\" media-type=\"text/plain\"/>",
    ] {
        assert!(opf.contains(item), "{item} in {opf}");
    }
    let style = epub_file(&epub, "EPUB/style.css");
    assert!(
        style.contains("body { font-family: serif, \"Amiri\"; }"),
        "{style}"
    );
    assert!(epub_file(&epub, "EPUB/fonts/OFL-amiri.txt").contains("SIL Open Font License"));
    let uk_opf = epub_file(&out.join("uk/rtl-sample-uk.epub"), "EPUB/package.opf");
    assert!(uk_opf.contains("page-progression-direction=\"ltr\""));
    assert!(!uk_opf.contains("fonts/"), "{uk_opf}");
    // The PDF: the Arabic text in logical order, the English fallback as typed.
    let pdf = out.join("ar/rtl-sample-ar.pdf");
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8", path_str(&pdf), "-"])
        .output()
        .unwrap();
    // poppler marks the direction of runs (U+202A-U+202E) and moves a space
    // across them: compared without either, the order is the reading order.
    let text: String = String::from_utf8(text.stdout)
        .unwrap()
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}') && !c.is_whitespace())
        .collect();
    // The translator's numbers as typed; the book's own (the chapter label)
    // in Arabic-Indic digits.
    assert!(text.contains("استمرمشروعCLARINETمن2021إلى2023"), "{text}");
    assert!(text.contains("الفصل١"), "{text}");
    assert!(
        text.contains("ThisparagraphisnottranslatedintoArabic."),
        "{text}"
    );
    // Mirrored pages: a right-to-left book's odd pages are left-hand pages,
    // so folios stand at the left edge of odd pages, the right of even ones.
    let words = words(&pdf);
    let (width, height) = (595.0, 842.0);
    // The folio: the number in the page's foot.
    let folio = |page: usize| {
        words
            .iter()
            .find(|(p, _, y, w)| {
                *p == page && *y > height - 80.0 && w.chars().all(char::is_numeric)
            })
            .map(|(_, x, _, w)| {
                assert!(
                    w.chars().all(|c| ('\u{660}'..='\u{669}').contains(&c)),
                    "folio {w} in Arabic-Indic digits"
                );
                *x
            })
            .unwrap_or_else(|| panic!("page {page} has a folio"))
    };
    let opening = words
        .iter()
        .find(|(_, _, _, w)| w == "CLARINET")
        .map(|(p, _, _, _)| *p)
        .expect("chapter 1's first paragraph, on its opening page");
    assert_eq!(opening % 2, 1, "chapters open on odd pages");
    let x = folio(opening);
    assert!(
        x < width / 2.0,
        "the folio of odd page {opening} is at the left: x = {x}"
    );
    let x = folio(opening + 2);
    assert!(
        x < width / 2.0,
        "the folio of odd page {} is at the left: x = {x}",
        opening + 2
    );
}
