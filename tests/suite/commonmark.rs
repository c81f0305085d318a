//! Real Markdown nobody here wrote: the 655 examples of the CommonMark spec
//! (shared/corpora) go through every renderer without an error, a panic or
//! ill-formed output. The PDF renders all of them as chapters of one book.

use std::path::PathBuf;

use handbook::build::ProjectAssets;
use handbook::document::{DocBlock, Inline};
use handbook::render::{Format, render};

use super::common::{document, format_options, single_chapter_project};

fn corpus() -> Vec<String> {
    let candidates = [
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/commonmark-spec.txt"),
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/commonmark-spec.txt"),
    ];
    let path = candidates
        .iter()
        .find(|p| p.is_file())
        .expect("the CommonMark spec corpus");
    let text = std::fs::read_to_string(path).unwrap();
    let fence = "`".repeat(32);
    let mut examples = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.starts_with(&fence) && line.trim_end().ends_with("example") {
            let mut markdown = String::new();
            for line in lines.by_ref() {
                if line == "." {
                    break;
                }
                markdown.push_str(&line.replace('→', "\t"));
                markdown.push('\n');
            }
            for line in lines.by_ref() {
                if line.starts_with(&fence) {
                    break;
                }
            }
            examples.push(markdown);
        }
    }
    examples
}

#[test]
fn every_example_renders_in_every_format() {
    let examples = corpus();
    assert_eq!(examples.len(), 655, "the spec has 655 examples");
    let book_dir = single_chapter_project("# Corpus\n");
    let mut all_chapters = Vec::new();
    for (n, markdown) in examples.iter().enumerate() {
        let dir = single_chapter_project(markdown);
        let (doc, _) = document(dir.path(), "en");
        let assets = ProjectAssets::new(dir.path());
        let epub = render(&doc, &assets, &format_options(dir.path(), Format::Epub))
            .unwrap_or_else(|e| panic!("example {}: epub: {e:?}", n + 1));
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&epub[0].bytes)).unwrap();
        let mut chapter = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("EPUB/text/01-test.xhtml").unwrap(),
            &mut chapter,
        )
        .unwrap();
        super::common::parse_xml(&chapter)
            .unwrap_or_else(|e| panic!("example {}: xhtml: {e}\n{chapter}", n + 1));
        let mut chapter = doc.chapters[0].clone();
        chapter.stem = format!("ex{}", n + 1);
        chapter.slug = chapter.stem.clone();
        all_chapters.push(chapter);
    }
    let (mut book, _) = document(book_dir.path(), "en");
    book.chapters = all_chapters;
    let out = std::env::var_os("HANDBOOK_CORPUS_OUT").map(PathBuf::from);
    let assets = ProjectAssets::new(book_dir.path());
    // The whole corpus as one book in every format; CI validates these files
    // with vnu and EPUBCheck when HANDBOOK_CORPUS_OUT names a folder.
    // Three examples use scripts no embedded font covers (Malayalam, Kannada,
    // Mende Kikakui): the PDF must refuse them by name, not print boxes.
    let refused = render(
        &book,
        &assets,
        &format_options(book_dir.path(), Format::Pdf),
    )
    .expect_err("characters without a glyph are refused");
    let message = &refused[0].message;
    for named in ["U+0D06", "U+0CAB", "U+1E2FF"] {
        assert!(message.contains(named), "{message}");
    }
    let without_glyphless =
        |text: &mut String| text.retain(|c| !matches!(c, '\u{0D06}' | '\u{0CAB}' | '\u{1E2FF}'));
    visit_texts(&mut book, &without_glyphless);
    for format in Format::ALL {
        let files = render(&book, &assets, &format_options(book_dir.path(), format))
            .unwrap_or_else(|e| panic!("{format} of the corpus: {e:?}"));
        if format == Format::Pdf {
            let bytes = &files
                .iter()
                .find(|f| f.path.ends_with(".pdf"))
                .unwrap()
                .bytes;
            let parsed = lopdf::Document::load_mem(bytes).unwrap();
            assert!(
                parsed.get_pages().len() > 300,
                "every example has its chapter page"
            );
        }
        if let Some(out) = &out {
            handbook::output::write_outputs(out, &files).unwrap();
        }
    }
}

/// Calls `f` on every string of the document's chapters that reaches an
/// output: texts, inline code, alt texts and code blocks.
fn visit_texts(document: &mut handbook::document::Document, f: &dyn Fn(&mut String)) {
    document.for_each_text_mut(&mut |text| {
        Inline::for_each_mut(&mut text.inlines, &mut |inline| match inline {
            Inline::Text(t) | Inline::Code(t) => f(t),
            Inline::Image { alt, .. } => f(alt),
            _ => {}
        });
    });
    document.for_each_block_mut(&mut |block| {
        if let DocBlock::Code { text, .. } = block {
            f(text);
        }
    });
}
