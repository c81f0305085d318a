//! SVG figures in every language: their text is extracted by sync like any
//! message, each language's build gets an SVG with its labels in PDF, EPUB
//! and HTML, hostile translations stay text, and long labels are reported.

use std::io::Read;
use std::path::Path;
use std::process::Command;

use crate::common::{handbook, path_str, single_chapter_project};

const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="560" height="200" viewBox="0 0 560 200" font-family="sans-serif">
  <title>Partners by type</title>
  <rect width="560" height="200" fill="#ffffff"/>
  <rect x="20" y="20" width="250" height="60" fill="#e6ecf8"/>
  <text x="145" y="58" text-anchor="middle" font-size="18">Lead partner</text>
  <rect x="290" y="20" width="250" height="60" fill="#e6ecf8"/>
  <text x="415" y="58" text-anchor="middle" font-size="18">Local authorities</text>
  <text x="145" y="150" text-anchor="middle" font-size="30">19</text>
  <text x="415" y="150" text-anchor="middle" font-size="18" translate="no">CLARINET</text>
</svg>
"##;

const LABELS: [&str; 3] = ["Partners by type", "Lead partner", "Local authorities"];

/// A project in en and el with one figure.
fn project() -> tempfile::TempDir {
    let dir = single_chapter_project(
        "# Partners\n\nText before.\n\n![Two boxes: the lead partner and the local authorities](../images/partners.svg \"Who took part\")\n",
    );
    let root = dir.path();
    std::fs::create_dir_all(root.join("handbook/images")).unwrap();
    std::fs::write(root.join("handbook/images/partners.svg"), SVG).unwrap();
    let manifest = root.join("handbook/handbook.yaml");
    let yaml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, yaml.replace("[en]", "[en, el]")).unwrap();
    std::fs::create_dir_all(root.join("translations/el")).unwrap();
    std::fs::write(
        root.join("translations/el/handbook.ftl"),
        "handbook-title = Δοκιμή\nlanguage-name = Ελληνικά\n",
    )
    .unwrap();
    sync(root);
    dir
}

fn sync(root: &Path) -> String {
    let run = handbook(&["sync", "--project", path_str(root)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stderr
}

fn read(root: &Path, path: &str) -> String {
    std::fs::read_to_string(root.join(path)).unwrap_or_default()
}

/// The figure's messages in the reference file: (id, text).
fn figure_messages(root: &Path) -> Vec<(String, String)> {
    read(root, "translations/en/01-test.ftl")
        .lines()
        .filter(|l| l.starts_with("test-svg-"))
        .map(|l| {
            let (id, text) = l.split_once(" = ").unwrap();
            (id.to_owned(), text.to_owned())
        })
        .collect()
}

/// Translates every message of the chapter into el: `translate(source)`.
fn translate_all(root: &Path, translate: impl Fn(&str) -> String) {
    translate_some(root, |text| Some(translate(text)));
}

/// Translates the messages `translate` gives a translation for.
fn translate_some(root: &Path, translate: impl Fn(&str) -> Option<String>) {
    let mut out = String::new();
    for line in read(root, "translations/en/01-test.ftl").lines() {
        if let Some((id, text)) = line.split_once(" = ")
            && !line.starts_with('#')
            && let Some(translation) = translate(text)
        {
            out.push_str(&format!("{id} = {translation}\n"));
        }
    }
    std::fs::write(root.join("translations/el/01-test.ftl"), out).unwrap();
    sync(root);
}

fn greek(text: &str) -> String {
    match text {
        "Partners by type" => "Εταίροι ανά είδος".into(),
        "Lead partner" => "Επικεφαλής εταίρος".into(),
        "Local authorities" => "Τοπικές αρχές".into(),
        other => format!("ΕΛ {other}"),
    }
}

#[test]
fn sync_extracts_figure_text_and_follows_its_edits() {
    let dir = project();
    let root = dir.path();
    let messages = figure_messages(root);
    let texts: Vec<&str> = messages.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, LABELS, "numbers and translate=\"no\" stay out");
    let reference = read(root, "translations/en/01-test.ftl");
    assert!(
        reference.contains("figure partners.svg, a label: about 24 characters fit"),
        "{reference}"
    );
    assert!(reference.contains("its title (read aloud, not drawn)"));
    let el = read(root, "translations/el/01-test.ftl");
    assert!(
        el.contains(&format!("# {} = Lead partner", messages[1].0)),
        "missing messages wait commented out: {el}"
    );

    translate_all(root, greek);
    let status = handbook(&["status", "--project", path_str(root), "--min", "100"]);
    assert_eq!(status.code, 0, "{}", status.stdout);

    // Moving the drawing changes nothing; a bigger font changes the room
    // noted for translators, not a message.
    let svg = path_str(root).to_owned() + "/handbook/images/partners.svg";
    let moved = SVG.replace(r#"x="145" y="58""#, r#"x="145" y="61""#);
    std::fs::write(&svg, &moved).unwrap();
    let before = read(root, "translations/el/01-test.ftl");
    assert!(sync(root).contains("0 file(s) written"));
    assert_eq!(read(root, "translations/el/01-test.ftl"), before);
    let moved = moved.replace(r#"font-size="18">Lead"#, r#"font-size="21">Lead"#);
    std::fs::write(&svg, &moved).unwrap();
    assert!(sync(root).contains("0 translation(s) marked stale, 0 moved to obsolete.ftl"));
    let values = |text: String| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(
        values(read(root, "translations/el/01-test.ftl")),
        values(before)
    );
    assert!(read(root, "translations/el/01-test.ftl").contains("about 20 characters fit"));

    // New words: a new message, the translation kept and marked stale.
    std::fs::write(&svg, moved.replace(">Lead partner<", ">Leading partner<")).unwrap();
    assert!(sync(root).contains("1 translation(s) marked stale"));
    let el = read(root, "translations/el/01-test.ftl");
    assert!(el.contains("Previous source: Lead partner"), "{el}");
    assert!(el.contains("= Επικεφαλής εταίρος"), "{el}");

    // A label deleted: its translation moves to obsolete.ftl, and comes back.
    let without = moved.replace(
        r#"<text x="415" y="58" text-anchor="middle" font-size="18">Local authorities</text>"#,
        "",
    );
    std::fs::write(&svg, &without).unwrap();
    assert!(sync(root).contains("1 moved to obsolete.ftl"));
    assert!(read(root, "translations/el/obsolete.ftl").contains("Τοπικές αρχές"));
    std::fs::write(&svg, &moved).unwrap();
    assert!(sync(root).contains("1 restored from it"));
    assert!(read(root, "translations/el/01-test.ftl").contains("= Τοπικές αρχές"));
    assert_eq!(
        std::fs::read_to_string(&svg).unwrap(),
        moved,
        "the source SVG is never changed"
    );
}

fn build(root: &Path, out: &Path) {
    let run = handbook(&[
        "build",
        "--project",
        path_str(root),
        "--out",
        path_str(out),
        "--lang",
        "el",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

fn pdftotext(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn epub_entry(path: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The figure's SVG as the site and the EPUB of `el` hold it, and the PDF's text.
fn outputs(root: &Path) -> (String, String, String) {
    let out = tempfile::tempdir().unwrap();
    build(root, out.path());
    let site = std::fs::read_to_string(out.path().join("el/images/partners.svg")).unwrap();
    let epub = epub_entry(&out.path().join("el/t-el.epub"), "EPUB/images/partners.svg");
    let pdf = pdftotext(&out.path().join("el/t-el.pdf"));
    (site, epub, pdf)
}

#[test]
fn each_language_gets_its_own_figure_in_every_format() {
    let dir = project();
    let root = dir.path();
    translate_all(root, greek);
    let (site, epub, pdf) = outputs(root);
    assert_eq!(site, epub, "one SVG per language, the same in every format");
    let svg = roxmltree::Document::parse(&site).unwrap();
    let labels: Vec<(&str, &str)> = svg
        .descendants()
        .filter(|n| n.has_tag_name("text") || n.has_tag_name("title"))
        .map(|n| {
            let lang = n
                .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .unwrap_or("-");
            (n.text().unwrap_or_default(), lang)
        })
        .collect();
    assert_eq!(
        labels,
        [
            ("Εταίροι ανά είδος", "el"),
            ("Επικεφαλής εταίρος", "el"),
            ("Τοπικές αρχές", "el"),
            ("19", "-"),
            ("CLARINET", "-"),
        ]
    );
    for greek_label in ["Επικεφαλής εταίρος", "Τοπικές αρχές"] {
        assert!(pdf.contains(greek_label), "{greek_label} in the PDF: {pdf}");
    }
    for english in ["Lead partner", "Local authorities"] {
        assert!(!pdf.contains(english), "{english} left in the Greek PDF");
    }
}

#[test]
fn an_untranslated_label_is_tagged_as_the_source_language() {
    let dir = project();
    let root = dir.path();
    translate_some(root, |t| (t != "Local authorities").then(|| greek(t)));
    let (site, _, _) = outputs(root);
    assert!(
        site.contains(r#"<text xml:lang="en" x="415" y="58" text-anchor="middle" font-size="18">Local authorities</text>"#),
        "{site}"
    );
}

#[test]
fn hostile_figure_translations_stay_text_in_every_format() {
    let dir = project();
    let root = dir.path();
    let hostile = r#"</text><script>alert(1)</script><text x="0">&amp; ]]> "q" 'a'"#;
    translate_all(root, |t| {
        if t == "Lead partner" {
            hostile.to_owned()
        } else {
            greek(t)
        }
    });
    let (site, epub, pdf) = outputs(root);
    for svg in [&site, &epub] {
        let document = roxmltree::Document::parse(svg).unwrap();
        assert!(document.descendants().all(|n| !n.has_tag_name("script")));
        let texts: Vec<&str> = document
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert!(texts.contains(&hostile), "{texts:?}");
    }
    assert!(pdf.contains("<script>alert(1)</script>"), "{pdf}");
}

#[test]
fn a_label_too_long_for_its_box_is_a_check_warning_with_its_place() {
    let dir = project();
    let root = dir.path();
    translate_all(root, |t| {
        if t == "Local authorities" {
            "Τοπικές και περιφερειακές αυτοδιοικητικές αρχές της χώρας".into()
        } else {
            greek(t)
        }
    });
    let check = handbook(&["check", "--project", path_str(root)]);
    assert_eq!(check.code, 0, "a warning: {}", check.stderr);
    assert!(
        check
            .stderr
            .contains("this label of `handbook/images/partners.svg` needs about"),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains("translations/el/01-test.ftl:"),
        "{}",
        check.stderr
    );
    assert!(check.stderr.contains("about 24 characters fit"));
    // Slightly too long is drawn smaller instead, within the limit.
    translate_all(root, |t| {
        if t == "Local authorities" {
            "Τοπικές αυτοδιοικητικές αρχές".into()
        } else {
            greek(t)
        }
    });
    let check = handbook(&["check", "--project", path_str(root)]);
    assert!(!check.stderr.contains("this label of"), "{}", check.stderr);
    let (site, _, _) = outputs(root);
    let svg = roxmltree::Document::parse(&site).unwrap();
    let label = svg
        .descendants()
        .find(|n| n.text() == Some("Τοπικές αυτοδιοικητικές αρχές"))
        .unwrap();
    let size: f64 = label.attribute("font-size").unwrap().parse().unwrap();
    assert!(
        (14.4..18.0).contains(&size),
        "drawn smaller, at most to 80 %: {size}"
    );
}
