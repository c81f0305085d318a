//! The PDF: the generated Typst markup as a snapshot, a compile per language,
//! metadata read back with a PDF parser, and text that stays text.

use handbook::build::ProjectAssets;
use handbook::document::{DocBlock, Inline, Text};
use handbook::render::pdf::generate;
use handbook::render::{Format, FormatOptions};
use proptest::prelude::*;

use super::common::{
    copy_fixture, document, format_options, render_format, single_chapter_project,
};

fn generated_main(root: &std::path::Path, doc: &handbook::document::Document) -> String {
    let FormatOptions::Pdf(options) = format_options(root, Format::Pdf) else {
        unreachable!()
    };
    generate(doc, &ProjectAssets::new(root), &options)
        .unwrap()
        .main
}

fn pdf(root: &std::path::Path, doc: &handbook::document::Document) -> Vec<u8> {
    let files = render_format(root, doc, Format::Pdf).unwrap_or_else(|e| panic!("{e:?}"));
    files
        .into_iter()
        .find(|f| f.path.ends_with(".pdf"))
        .unwrap()
        .bytes
}

#[test]
fn generated_typst_snapshot() {
    let dir = copy_fixture("sample");
    let (doc, _) = document(dir.path(), "sl");
    insta::assert_snapshot!("sl_main_typ", generated_main(dir.path(), &doc));
}

fn info_string(document: &lopdf::Document, key: &[u8]) -> String {
    let info = document
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .unwrap();
    let dict = document.get_dictionary(info).unwrap();
    let bytes = dict.get(key).unwrap().as_str().unwrap();
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).unwrap()
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[test]
fn every_language_compiles_with_title_and_language_in_the_metadata() {
    let dir = copy_fixture("sample");
    for (language, title) in [
        ("en", "Sample handbook"),
        ("sl", "Vzorčni priročnik"),
        ("it", "Manuale di esempio"),
    ] {
        let (doc, _) = document(dir.path(), language);
        let bytes = pdf(dir.path(), &doc);
        let parsed = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(info_string(&parsed, b"Title"), title);
        let catalog = parsed.catalog().unwrap();
        assert_eq!(
            catalog.get(b"Lang").unwrap().as_str().unwrap(),
            language.as_bytes()
        );
        assert!(catalog.get(b"Outlines").is_ok(), "bookmarks");
        assert!(catalog.get(b"StructTreeRoot").is_ok(), "tagged");
    }
}

#[test]
fn fallback_text_is_tagged_in_the_source_language() {
    let dir = copy_fixture("sample");
    let (doc, _) = document(dir.path(), "it");
    let main = generated_main(dir.path(), &doc);
    assert!(main.contains("lang: \"it\""));
    assert!(
        main.contains("lang: \"en\""),
        "untranslated blocks are set as English"
    );
}

fn pdftotext(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Typst syntax in a translation is printed, never run: the text compiles
    /// and comes back out of the PDF as it went in.
    #[test]
    fn any_text_is_printed_verbatim(
        text in prop::collection::vec(prop_oneof![
            "[a-zA-Zčšžșțőűß]{1,8}",
            "[αβγδεζΑΒΓБЖЦЩЮЯбжщ]{1,6}",
            prop::sample::select(vec!["#", "$", "*", "_", "@", "<", ">", "[", "]", "\\", "`", "=", "-", "+", "/", "~", "\"", "'", "#read(\"/etc/passwd\")", "#panic()", "$x^2$", "<label>", "@ref", "//", "/*", "\\u{41}", "{", "}", "#{", "]["]).prop_map(str::to_owned),
        ], 1..10).prop_map(|p| p.join(" ")),
    ) {
        let dir = single_chapter_project("# Title\n\nPlaceholder.\n");
        let (mut doc, _) = document(dir.path(), "en");
        let marked = format!("BEGIN {text} END");
        doc.chapters[0].blocks = vec![DocBlock::Paragraph(Text { inlines: vec![Inline::Text(marked.clone())], fallback_language: None })];
        let extracted = pdftotext(&pdf(dir.path(), &doc));
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        prop_assert!(squash(&extracted).contains(&squash(&marked)), "{:?} not found in {:?}", marked, extracted);
        prop_assert!(!extracted.contains("root:"), "a file was read");
    }
}

#[test]
fn romanian_is_hyphenated_with_soft_hyphens() {
    let dir = single_chapter_project("# T\n\nComunitățile locale și integrarea migranților.\n");
    let (mut doc, _) = document(dir.path(), "en");
    doc.language = "ro".into();
    let main = generated_main(dir.path(), &doc);
    assert!(
        main.contains("Co\u{ad}mu\u{ad}ni"),
        "soft hyphens in Romanian text: {main}"
    );
}
