//! The website: a chapter's `<main>` as a snapshot, no markup from text, and
//! the search index in Greek and Bulgarian.

use handbook::document::{DocBlock, Inline, Text};
use handbook::render::Format;
use handbook::render::html::search::SearchIndex;
use proptest::prelude::*;

use super::common::{copy_fixture, document, render_format, single_chapter_project};

fn main_of(page: &str) -> &str {
    let start = page.find("<main").expect("a main element");
    let end = page.find("</main>").expect("main closes") + "</main>".len();
    &page[start..end]
}

fn render_html(root: &std::path::Path, language: &str) -> Vec<handbook::output::OutputFile> {
    let (doc, _) = document(root, language);
    render_format(root, &doc, Format::Html).unwrap_or_else(|e| panic!("{e:?}"))
}

fn page<'a>(files: &'a [handbook::output::OutputFile], path: &str) -> &'a str {
    let file = files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} not rendered"));
    std::str::from_utf8(&file.bytes).unwrap()
}

#[test]
fn chapter_main_snapshot() {
    let dir = copy_fixture("sample");
    let files = render_html(dir.path(), "sl");
    insta::assert_snapshot!(
        "sl_01_intro_main",
        main_of(page(&files, "sl/01-intro.html"))
    );
    let it = render_html(dir.path(), "it");
    let italian = page(&it, "it/01-intro.html");
    assert!(italian.contains("<html lang=\"it\""));
    assert!(
        italian.contains("lang=\"en\""),
        "fallback blocks keep the source language"
    );
    assert!(
        italian.contains("hreflang=\"sl\" href=\"../sl/01-intro.html\""),
        "alternates link the same chapter"
    );
}

/// Element names of a page, in order (a small HTML tokenizer is enough: the
/// writer emits well-formed markup).
fn element_names(html: &str) -> Vec<String> {
    let wrapped = format!("<root>{}</root>", main_of(html));
    let doc = roxmltree::Document::parse(&wrapped).expect("well-formed main");
    doc.descendants()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name().to_owned())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever a translator types, the page has no element the template and
    /// the writer did not put there.
    #[test]
    fn text_never_becomes_markup(text in "\\PC{0,60}") {
        let dir = single_chapter_project("# Title\n\nPlaceholder paragraph.\n");
        let (mut doc, _) = document(dir.path(), "en");
        doc.chapters[0].blocks = vec![
            DocBlock::Paragraph(Text { inlines: vec![Inline::Text(text.clone())], fallback_language: None }),
            DocBlock::Paragraph(Text { inlines: vec![Inline::Text(String::new())], fallback_language: None }),
        ];
        doc.title = text.clone();
        let files = render_format(dir.path(), &doc, Format::Html).unwrap();
        let html = page(&files, "en/01-test.html");
        let names = element_names(html);
        let allowed = ["root", "main", "article", "h1", "p", "nav", "a", "span"];
        for name in &names {
            prop_assert!(allowed.contains(&name.as_str()), "unexpected <{}> from {:?}", name, text);
        }
        prop_assert_eq!(names.iter().filter(|n| *n == "p").count(), 2);
    }
}

#[test]
fn raw_html_in_markdown_is_not_passed_through() {
    let dir = single_chapter_project(
        "# T\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <b>bold</b> and a<br>break.\n",
    );
    let files = render_html(dir.path(), "en");
    let html = main_of(page(&files, "en/01-test.html"));
    assert!(
        !html.contains("<script") && !html.contains("onerror") && !html.contains("<b>"),
        "{html}"
    );
    assert!(
        html.contains("a<br>break"),
        "the allowed <br> stays: {html}"
    );
}

fn greek_and_bulgarian_index() -> SearchIndex {
    let dir = single_chapter_project(
        "# Τίτλος\n\n## Πρόσφυγες {#refugees}\n\nΟι μετανάστες και οι ΠΡΌΣΦΥΓΕΣ ζουν στην πόλη.\n\n## Бежанци {#bg}\n\nБежанците и мигрантите в общността.\n",
    );
    let (doc, _) = document(dir.path(), "en");
    SearchIndex::build(&doc)
}

#[test]
fn search_finds_greek_without_accents_or_case() {
    let index = greek_and_bulgarian_index();
    for query in [
        "μεταναστες",
        "ΜΕΤΑΝΆΣΤΕΣ",
        "μετανάστες",
        "προσφυγες",
        "προσφυγ",
    ] {
        let hits = index.search(query);
        assert!(
            hits.iter().any(|d| d.h == "01-test.html#refugees"),
            "{query}: {hits:?}"
        );
    }
    assert!(
        index.search("μετανάστης").is_empty(),
        "no English stemming is pretended"
    );
}

#[test]
fn search_finds_bulgarian_words_and_prefixes() {
    let index = greek_and_bulgarian_index();
    for query in ["бежанците", "БЕЖАНЦИТЕ", "бежан", "мигранти общността"]
    {
        let hits = index.search(query);
        assert!(
            hits.iter().any(|d| d.h == "01-test.html#bg"),
            "{query}: {hits:?}"
        );
    }
    assert!(
        index.search("бежанците μετανάστες").is_empty(),
        "all words must match one section"
    );
}
