//! The EPUB: snapshots of the package document, navigation and a chapter;
//! well-formed XHTML whatever the text; the same bytes on every build.

use std::io::Read as _;

use handbook::document::{DocBlock, Inline, Text};
use handbook::render::Format;
use proptest::prelude::*;

use super::common::{copy_fixture, document, render_format, single_chapter_project};

fn epub_bytes(root: &std::path::Path, doc: &handbook::document::Document) -> Vec<u8> {
    let files = render_format(root, doc, Format::Epub).unwrap_or_else(|e| panic!("{e:?}"));
    files.into_iter().next().unwrap().bytes
}

fn entries(bytes: &[u8]) -> Vec<(String, String, zip::CompressionMethod)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            (file.name().to_owned(), text, file.compression())
        })
        .collect()
}

#[test]
fn package_nav_and_chapter_snapshots() {
    let dir = copy_fixture("sample");
    let (doc, _) = document(dir.path(), "sl");
    let files = entries(&epub_bytes(dir.path(), &doc));
    assert_eq!(files[0].0, "mimetype", "mimetype comes first");
    assert_eq!(files[0].1, "application/epub+zip");
    assert_eq!(files[0].2, zip::CompressionMethod::Stored);
    let get = |name: &str| {
        files
            .iter()
            .find(|f| f.0 == name)
            .unwrap_or_else(|| panic!("{name}"))
            .1
            .clone()
    };
    insta::assert_snapshot!("sl_package_opf", get("EPUB/package.opf"));
    insta::assert_snapshot!("sl_nav", get("EPUB/nav.xhtml"));
    insta::assert_snapshot!("sl_chapter_01", get("EPUB/text/01-intro.xhtml"));
    for (name, text, _) in &files {
        if name.ends_with(".xhtml")
            || name.ends_with(".opf")
            || name.ends_with(".ncx")
            || name.ends_with(".xml")
        {
            super::common::parse_xml(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let dir = copy_fixture("sample");
    let (first_doc, _) = document(dir.path(), "it");
    let (second_doc, _) = document(dir.path(), "it");
    let first = epub_bytes(dir.path(), &first_doc);
    let second = epub_bytes(dir.path(), &second_doc);
    assert_eq!(first, second);
    let (sl, _) = document(dir.path(), "sl");
    let opf = |bytes: &[u8]| {
        entries(bytes)
            .into_iter()
            .find(|e| e.0 == "EPUB/package.opf")
            .unwrap()
            .1
    };
    let identifier = |opf: String| {
        opf.split("<dc:identifier id=\"book-id\">")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_owned()
    };
    assert_ne!(
        identifier(opf(&first)),
        identifier(opf(&epub_bytes(dir.path(), &sl))),
        "each language has its own identifier"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_well_formed_xhtml(text in "\\PC{0,80}", fallback in any::<bool>()) {
        let dir = single_chapter_project("# Title\n\nPlaceholder.\n");
        let (mut doc, _) = document(dir.path(), "en");
        let fallback_language = fallback.then(|| "sl".to_owned());
        doc.chapters[0].blocks = vec![
            DocBlock::Paragraph(Text { inlines: vec![Inline::Text(text.clone()), Inline::Emphasis(vec![Inline::Text(text.clone())])], fallback_language: fallback_language.clone() }),
            DocBlock::Heading { level: 2, anchor: "a".into(), text: Text { inlines: vec![Inline::Text(text.clone())], fallback_language } },
        ];
        doc.title = text.clone();
        let bytes = epub_bytes(dir.path(), &doc);
        for (name, xhtml, _) in entries(&bytes) {
            if name.ends_with(".xhtml") || name.ends_with(".opf") {
                let parsed = super::common::parse_xml(&xhtml);
                prop_assert!(parsed.is_ok(), "{}: {:?}", name, parsed.err());
                if name == "EPUB/text/01-test.xhtml" {
                    let parsed = parsed.unwrap();
                    let para = parsed.descendants().find(|n| n.has_tag_name("p")).unwrap();
                    let shown: String = para.descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap()).collect();
                    prop_assert_eq!(shown, format!("{text}{text}"));
                }
            }
        }
    }
}
