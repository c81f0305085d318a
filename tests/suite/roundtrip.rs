//! Text survives the translation round trip: a paragraph with any Fluent or
//! Markdown special character goes source → .ftl → Fluent → Document and
//! comes out as the Markdown itself says, in every language.

use handbook::document::{DocBlock, Document};
use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, TagEnd};

use super::common::{document, single_chapter_project};

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zčšžáéőűșțäöüß]{1,8}",
        "[αβγδΑΒΓ€日🙂]{1,3}",
        prop::sample::select(vec![
            "{",
            "}",
            "{ -x }",
            "{ $y }",
            "[",
            "]",
            "*",
            "**",
            "_",
            ".",
            "#",
            "$",
            "-",
            "\\",
            "`",
            "<",
            ">",
            "!",
            "&",
            "&amp;",
            "\"",
            "'",
            "(",
            ")",
            "|",
            "~",
            "=",
            "+",
            ":",
            ";",
            "@",
            "/",
            "[^n]",
            "[a](https://example.org/b)",
            "<b>",
            "<script>",
            "%",
            "\u{2068}",
        ])
        .prop_map(str::to_owned),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..12).prop_map(|p| p.join(" "))
}

/// What a continuation line may start with that Fluent reads as syntax at
/// the start of a line (a variant `[key]` / `*[key]`, an attribute `.name`).
fn line_start() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "",
        "",
        "[",
        "*",
        ".",
        "*[",
        "*[a]* ",
        "*[one]* ",
        "[one] ",
        "[a](https://example.org/a) ",
        ".b ",
        "**",
    ])
}

/// Lines joined by soft or hard breaks, so that continuation lines can start
/// with `[`, `*` or `.` (and `*[` after a hard break, case 60 of the review).
fn paragraph() -> impl Strategy<Value = String> {
    (
        line(),
        prop::collection::vec((any::<bool>(), line_start(), line()), 0..3),
    )
        .prop_map(|(first, rest)| {
            let mut text = format!("Start {first}");
            for (hard, start, line) in rest {
                text.push_str(if hard { "\\\n" } else { "\n" });
                text.push_str(start);
                text.push_str(&line);
            }
            text
        })
}

fn body_text(document: &Document) -> String {
    let mut out = String::new();
    for block in document.chapters[0].body_blocks() {
        match block {
            DocBlock::Heading { text, .. } | DocBlock::Paragraph(text) => {
                out.push_str(&text.plain());
                out.push(' ');
            }
            // The alt text only: what pulldown-cmark gives as the image's text.
            DocBlock::Figure { alt, .. } => out.push_str(&alt.plain()),
            DocBlock::Code { text, .. } => out.push_str(text),
            block => block.texts().iter().for_each(|t| out.push_str(&t.plain())),
        }
    }
    normalize(&out)
}

/// Blocks with every quotation mark as a straight one.
fn straight_quotes(blocks: &[DocBlock]) -> Vec<DocBlock> {
    let mut blocks = blocks.to_vec();
    handbook::document::for_each_text_mut(&mut blocks, &mut |text| {
        handbook::document::Inline::for_each_mut(&mut text.inlines, &mut |inline| {
            if let handbook::document::Inline::Text(t) = inline {
                *t = normalize_quotes(t);
            }
        });
    });
    blocks
}

fn normalize_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' | '‚' => '\'',
            c => c,
        })
        .collect()
}

/// Whitespace collapsed, and every quotation mark as the straight one it
/// may have been typed as (the document sets each language's own marks).
fn normalize(text: &str) -> String {
    normalize_quotes(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What pulldown-cmark itself makes of the text: every text and code event.
fn markdown_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, handbook::source::markdown_options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            // Inline ends add nothing: `[a](b)\\` is `a\\`, not `a \\`.
            Event::End(
                TagEnd::Link
                | TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Image,
            ) => {}
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    normalize(&out)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_paragraph_survives_the_round_trip(text in paragraph()) {
        let dir = single_chapter_project(&format!("# T\n\n{text}\n"));
        let root = dir.path();
        // Terms and variables used by the generator exist in both languages.
        let manifest = std::fs::read_to_string(root.join("handbook/handbook.yaml")).unwrap()
            .replace("languages: [en]", "languages: [en, sl]") + "variables:\n  y: 7\n";
        std::fs::write(root.join("handbook/handbook.yaml"), manifest).unwrap();
        std::fs::write(root.join("translations/en/handbook.ftl"), "handbook-title = T\nlanguage-name = English\n-x = term\n").unwrap();
        std::fs::create_dir_all(root.join("translations/sl")).unwrap();
        std::fs::write(root.join("translations/sl/handbook.ftl"), "handbook-title = T\nlanguage-name = Slovenščina\n-x = term\n").unwrap();

        let project = handbook::manifest::Project::load(root).unwrap();
        let mut diags = handbook::diag::Diagnostics::default();
        let book = handbook::source::Book::load(&project, &mut diags);
        handbook::i18n::sync::sync(&project, &book, &mut diags);
        prop_assert!(!diags.has_errors(), "{:?}", diags.items);
        // The reference file, used as a complete "translation".
        std::fs::copy(root.join("translations/en/01-test.ftl"), root.join("translations/sl/01-test.ftl")).unwrap();

        let (source, _) = document(root, "en");
        let (translated, _) = document(root, "sl");
        prop_assert_eq!(translated.fallback_messages, 0);
        // Equal but for each language's own quotation marks.
        prop_assert_eq!(
            straight_quotes(&translated.chapters[0].blocks),
            straight_quotes(&source.chapters[0].blocks)
        );

        let expected = markdown_text(&text.replace("{ -x }", "term").replace("{ $y }", "7"));
        prop_assert_eq!(body_text(&source), expected);
    }
}
