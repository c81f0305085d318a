//! The render stage as `build` drives it: the order of formats does not
//! change the website, headings nested in quotes and lists keep their
//! anchors in every format, and the Typst template refuses data it does not
//! know instead of dropping it.

use handbook::build::ProjectAssets;
use handbook::render::{Format, FormatOptions, render};

use super::common::{document, format_options, handbook, path_str, single_chapter_project};

/// The cover page of `en` after `build --format <formats>` into a new folder.
fn cover_after_build(formats: &str) -> String {
    let dir = single_chapter_project("# Test\n\nSome text.\n");
    let out = dir.path().join("fresh-out");
    let run = handbook(&[
        "build",
        "--project",
        path_str(dir.path()),
        "--format",
        formats,
        "--out",
        path_str(&out),
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let pdf = std::fs::metadata(out.join("en/t-en.pdf")).expect("the PDF is built");
    let cover = std::fs::read_to_string(out.join("en/index.html")).unwrap();
    assert!(
        cover.contains("href=\"t-en.pdf\""),
        "`--format {formats}`: the cover links the PDF:\n{cover}"
    );
    let size = format!("{} kB", pdf.len().div_ceil(1000));
    assert!(
        cover.contains(&size),
        "`--format {formats}`: the link gives the size {size}:\n{cover}"
    );
    cover
}

#[test]
fn the_site_links_the_pdf_whatever_the_order_of_formats() {
    let html_first = cover_after_build("html,pdf");
    let pdf_first = cover_after_build("pdf,html");
    assert_eq!(html_first, pdf_first);
}

const NESTED: &str = "# Test\n\nSee [the quoted part](#quoted-part) and [the listed part](#listed-part).\n\n> ## Quoted part\n>\n> Text.\n\n- ## Listed part\n\n  Text.\n";

#[test]
fn headings_in_quotes_and_lists_keep_their_anchors_in_html() {
    let dir = single_chapter_project(NESTED);
    let (doc, diags) = document(dir.path(), "en");
    assert!(!diags.has_errors(), "{:?}", diags.items);
    let anchors: Vec<&str> = doc.chapters[0]
        .sections
        .iter()
        .map(|s| s.anchor.as_str())
        .collect();
    assert_eq!(anchors, ["quoted-part", "listed-part"]);
    let files = render(
        &doc,
        &ProjectAssets::new(dir.path()),
        &format_options(dir.path(), Format::Html),
    )
    .unwrap();
    let page = files.iter().find(|f| f.path == "en/01-test.html").unwrap();
    let page = std::str::from_utf8(&page.bytes).unwrap();
    for anchor in anchors {
        assert!(
            page.contains(&format!("<a href=\"#{anchor}\">")),
            "the link to #{anchor} keeps its anchor:\n{page}"
        );
    }
}

#[test]
fn headings_in_quotes_and_lists_keep_their_labels_in_the_pdf() {
    let dir = single_chapter_project(NESTED);
    let (doc, _) = document(dir.path(), "en");
    let FormatOptions::Pdf(options) = format_options(dir.path(), Format::Pdf) else {
        unreachable!()
    };
    let main = handbook::render::pdf::generate(&doc, &ProjectAssets::new(dir.path()), &options)
        .unwrap()
        .main;
    for anchor in ["quoted-part", "listed-part"] {
        assert!(
            main.contains(&format!("(t: \"ref\", to: \"01-test--{anchor}\"")),
            "the link to #{anchor} is a reference to the heading's label:\n{main}"
        );
    }
    // And the labels exist: the PDF compiles.
    render(
        &doc,
        &ProjectAssets::new(dir.path()),
        &FormatOptions::Pdf(options),
    )
    .unwrap();
}

#[test]
fn the_typst_template_refuses_a_node_it_does_not_know() {
    let dir = single_chapter_project("# Test\n\nMARKER\n");
    let (doc, _) = document(dir.path(), "en");
    let FormatOptions::Pdf(options) = format_options(dir.path(), Format::Pdf) else {
        unreachable!()
    };
    let assets = ProjectAssets::new(dir.path());
    let generated = handbook::render::pdf::generate(&doc, &assets, &options).unwrap();
    // A block node of a kind the template has no branch for (as a new
    // DocBlock variant would make before the template learns it), and an
    // inline one.
    for (unknown, name) in [
        ("(t: \"dl\", items: ())", "dl"),
        ("(t: \"p\", c: ((t: \"kbd\", v: \"x\"),))", "kbd"),
    ] {
        let main = generated
            .main
            .replace("(t: \"p\", c: (\"MARKER\",))", unknown);
        assert_ne!(main, generated.main, "the marker paragraph is in the data");
        let mut changed = handbook::render::pdf::generate(&doc, &assets, &options).unwrap();
        changed.main = main;
        let errors = handbook::render::pdf::compile_generated(&doc, changed, &assets, &options)
            .expect_err("an unknown node is an error, not a silent gap");
        let message = format!("{errors:?}");
        assert!(
            message.contains(&format!("unknown node `{name}`")),
            "{message}"
        );
    }
    // The known nodes still compile.
    assert!(handbook::render::pdf::compile_generated(&doc, generated, &assets, &options).is_ok());
}
