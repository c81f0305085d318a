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
        // `div`: the template's back-to-top row.
        let allowed = ["root", "main", "article", "h1", "p", "nav", "a", "span", "div"];
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

/// The sample's `sl` pages as `build` renders them when the PDF (with a
/// print profile's PDF beside it) and the EPUB were written first.
fn render_sl_with_downloads(site_url: Option<&str>) -> Vec<handbook::output::OutputFile> {
    use handbook::render::html::HtmlOptions;
    use handbook::render::{Download, FormatOptions};
    let dir = copy_fixture("sample");
    let (doc, _) = document(dir.path(), "sl");
    let downloads = [
        ("sl/sample-handbook-sl.pdf", Format::Pdf, 533_000),
        ("sl/sample-handbook-sl-shop.pdf", Format::Pdf, 1_200_000),
        ("sl/sample-handbook-sl.epub", Format::Epub, 64_000),
    ]
    .into_iter()
    .map(|(path, format, bytes)| Download::of_output(&doc, format, path, bytes).unwrap())
    .collect();
    let options = FormatOptions::Html(HtmlOptions {
        downloads,
        site_url: site_url.map(str::to_owned),
    });
    handbook::render::render(
        &doc,
        &handbook::build::ProjectAssets::new(dir.path()),
        &options,
    )
    .unwrap_or_else(|e| panic!("{e:?}"))
}

/// The `<head>` of a page.
fn head_of(page: &str) -> &str {
    &page[page.find("<head>").unwrap()..page.find("</head>").unwrap()]
}

#[test]
fn every_page_offers_every_download_and_the_whole_book_to_print() {
    let files = render_sl_with_downloads(None);
    for path in ["sl/index.html", "sl/01-intro.html", "sl/02-routes.html"] {
        let html = page(&files, path);
        let list = &html[html
            .find("<section class=\"downloads\">")
            .unwrap_or_else(|| panic!("{path}: no downloads"))..];
        let list = &list[..list.find("</section>").unwrap()];
        let pdf = list.find("<a href=\"sample-handbook-sl.pdf\">PDF za tisk</a> <span class=\"size\">(PDF, 533 kB)</span>");
        let shop = list.find("<a href=\"sample-handbook-sl-shop.pdf\">PDF za tiskarno (z dodatkom za porez in oznakami za rez)</a> <span class=\"size\">(PDF, 1,2 MB)</span>");
        let epub = list.find("<a href=\"sample-handbook-sl.epub\" download>");
        assert!(
            pdf.is_some() && shop.is_some() && epub.is_some() && pdf < shop && shop < epub,
            "{path}: the main PDF (opened, not saved), the print profile's PDF, the EPUB (saved):\n{list}"
        );
    }
    let chapter = page(&files, "sl/01-intro.html");
    assert_eq!(
        chapter.matches("<section class=\"downloads\">").count(),
        2,
        "in the sidebar and in the phone's menu"
    );
    assert!(
        chapter.contains("<a class=\"print-book\" href=\"sample-handbook-sl.pdf\">Natisnite celotno knjigo (PDF)</a>"),
        "the whole book to print is the main PDF"
    );
}

#[test]
fn a_chapter_page_has_a_contents_menu_and_a_way_back_to_the_top() {
    let files = render_sl_with_downloads(None);
    let html = page(&files, "sl/01-intro.html");
    // The menu comes before the content, a <details> that opens without script.
    let menu = html
        .find("<details class=\"page-menu\">")
        .expect("a contents menu");
    let main = html.find("<main").unwrap();
    assert!(menu < main, "the menu is at the top of the page");
    let menu_html = &html[menu..html[menu..].find("</details>").unwrap() + menu];
    assert!(
        menu_html.contains("<summary>") && menu_html.contains("Kazalo</summary>"),
        "{menu_html}"
    );
    assert!(
        menu_html.contains("<a href=\"01-intro.html#reading\">"),
        "the chapter's sections are in it:\n{menu_html}"
    );
    assert!(html.contains("<header class=\"site-header\" id=\"top\">"));
    assert!(html.contains("<a class=\"back-to-top\" href=\"#top\">Na vrh strani</a>"));
    // Every page links back to the chooser, which then does not redirect.
    assert!(html.contains(
        "<li class=\"all-languages\"><a href=\"../index.html?stay\">Vsi jeziki</a></li>"
    ));
}

#[test]
fn pages_describe_themselves_for_search_engines_and_sharing() {
    let files = render_sl_with_downloads(None);
    let chapter = head_of(page(&files, "sl/01-intro.html"));
    for tag in [
        "<meta name=\"description\" content=\"Ta mali priročnik pokaže vse funkcije orodja. Govori o podpori za begunca v 3 državah.\">",
        "<meta property=\"og:title\" content=\"Dobrodošli · ",
        "<meta property=\"og:type\" content=\"article\">",
        "<meta property=\"og:locale\" content=\"sl_SI\">",
        "<link rel=\"icon\" href=\"../assets/favicon.svg\" type=\"image/svg+xml\">",
        "<link rel=\"apple-touch-icon\" href=\"../assets/apple-touch-icon.png\">",
    ] {
        assert!(chapter.contains(tag), "{tag}\nnot in\n{chapter}");
    }
    assert!(
        !chapter.contains("og:url")
            && !chapter.contains("og:image")
            && !chapter.contains("canonical"),
        "without a site URL no absolute URL is guessed:\n{chapter}"
    );
    let cover = head_of(page(&files, "sl/index.html"));
    assert!(
        cover.contains("<meta property=\"og:type\" content=\"book\">"),
        "{cover}"
    );

    let files = render_sl_with_downloads(Some("https://example.org/hb/"));
    let chapter = head_of(page(&files, "sl/02-routes.html"));
    assert!(
        chapter.contains(
            "<meta property=\"og:url\" content=\"https://example.org/hb/sl/02-routes.html\">"
        ),
        "{chapter}"
    );
    assert!(
        chapter
            .contains("<link rel=\"canonical\" href=\"https://example.org/hb/sl/02-routes.html\">")
    );
    assert!(
        !chapter.contains("og:image"),
        "an SVG figure is no preview image for the sites that show one:\n{chapter}"
    );
}

#[test]
fn a_raster_figure_is_the_preview_image_with_a_site_url() {
    let dir = single_chapter_project("# Title\n\nText.\n\n![A photo](../images/photo.png)\n");
    std::fs::create_dir_all(dir.path().join("handbook/images")).unwrap();
    std::fs::write(
        dir.path().join("handbook/images/photo.png"),
        b"\x89PNG\r\n\x1a\n",
    )
    .unwrap();
    let (doc, _) = document(dir.path(), "en");
    let options = handbook::render::FormatOptions::Html(handbook::render::html::HtmlOptions {
        downloads: vec![],
        site_url: Some("https://example.org/".into()),
    });
    let files = handbook::render::render(
        &doc,
        &handbook::build::ProjectAssets::new(dir.path()),
        &options,
    )
    .unwrap();
    let html = page(&files, "en/01-test.html");
    assert!(
        head_of(html).contains(
            "<meta property=\"og:image\" content=\"https://example.org/en/images/photo.png\">"
        ),
        "{}",
        head_of(html)
    );
    // The figure opens full size: a plain link to the image file.
    assert!(
        html.contains("<a class=\"figure-link\" href=\"images/photo.png\"><img src=\"images/photo.png\" alt=\"A photo\"> <span class=\"full-size\">Open full size</span></a>"),
        "{}",
        main_of(html)
    );
}

#[test]
fn a_wide_table_reflows_with_its_headers_as_labels() {
    let dir = single_chapter_project(
        "# Title\n\n| Route | Countries | How |\n|---|---|---|\n| Sea | Italy | By boat |\n\n| Term | Meaning |\n|---|---|\n| a | b |\n",
    );
    let files = render_html(dir.path(), "en");
    let html = main_of(page(&files, "en/01-test.html"));
    assert!(
        html.contains(
            "<div class=\"table-wrap reflow\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">"
        ),
        "{html}"
    );
    assert!(
        html.contains("<tr><td data-label=\"Route\">Sea</td><td data-label=\"Countries\">Italy</td><td data-label=\"How\">By boat</td></tr>"),
        "{html}"
    );
    assert_eq!(
        html.matches("reflow").count(),
        1,
        "a table of two columns keeps its columns (and scrolls with a cue):\n{html}"
    );
    assert!(html.contains("<tr><td>a</td><td>b</td></tr>"), "{html}");
}

#[test]
fn the_chooser_greets_in_every_language_with_the_emblem_and_the_funding_statement() {
    let dir = copy_fixture("sample");
    std::fs::copy(
        super::common::fixture("../../handbook/images/eu-emblem.svg"),
        dir.path().join("handbook/images/eu-emblem.svg"),
    )
    .unwrap();
    let manifest = dir.path().join("handbook/handbook.yaml");
    let yaml = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        format!("{yaml}cover-image: images/eu-emblem.svg\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("translations/en/handbook.ftl"),
        std::fs::read_to_string(dir.path().join("translations/en/handbook.ftl")).unwrap()
            + "funding-notice = Co-funded by the European Union.\ndescription = A small book that tests every feature.\n",
    )
    .unwrap();
    let editions: Vec<_> = ["en", "sl", "it"]
        .iter()
        .map(|l| document(dir.path(), l).0)
        .collect();
    let files = handbook::render::html::site_files(
        &editions[0],
        &editions,
        &[],
        &handbook::build::ProjectAssets::new(dir.path()),
        None,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let chooser = page(&files, "index.html");
    for greeting in [
        "<span lang=\"en\">Choose your language</span>",
        "<span lang=\"sl\">Izberite jezik</span>",
        "<span lang=\"it\">Scegli la lingua</span>",
    ] {
        assert!(chooser.contains(greeting), "{greeting}\nnot in\n{chooser}");
    }
    assert!(
        chooser.contains("<img class=\"emblem\" src=\"assets/eu-emblem.svg\""),
        "{chooser}"
    );
    let emblem = chooser.find("class=\"emblem\"").unwrap();
    let statement = chooser
        .find("<p>Co-funded by the European Union.</p>")
        .expect("the funding statement");
    assert!(
        statement > emblem && statement - emblem < 400,
        "the statement is beside the emblem"
    );
    assert!(chooser.contains("<p class=\"lede\">A small book that tests every feature.</p>"));
    assert!(chooser.contains(
        "<li lang=\"sl\"><a href=\"sl/index.html\" hreflang=\"sl\" data-language=\"sl\">"
    ));
    assert!(head_of(chooser).contains(
        "<meta name=\"description\" content=\"A small book that tests every feature.\">"
    ));
    assert!(head_of(chooser).contains("<link rel=\"icon\" href=\"assets/favicon.svg\""));
    for asset in ["assets/eu-emblem.svg", "assets/favicon.svg"] {
        assert!(files.iter().any(|f| f.path == asset), "{asset} is written");
    }
    let icon = files
        .iter()
        .find(|f| f.path == "assets/apple-touch-icon.png")
        .expect("a home-screen icon");
    assert!(icon.bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    // The status page links back to the chooser without being sent away from it.
    assert!(page(&files, "status.html").contains("<a href=\"index.html?stay\">"));
}
