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

/// The sample project with the real handbook's EU emblem as its cover image.
fn sample_with_emblem() -> tempfile::TempDir {
    let dir = copy_fixture("sample");
    let emblem =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("handbook/images/eu-emblem.svg");
    std::fs::copy(emblem, dir.path().join("handbook/images/eu-emblem.svg")).unwrap();
    let manifest = dir.path().join("handbook/handbook.yaml");
    let yaml = std::fs::read_to_string(&manifest).unwrap() + "cover-image: images/eu-emblem.svg\n";
    std::fs::write(manifest, yaml).unwrap();
    dir
}

fn entry_bytes(epub: &[u8], name: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(epub)).unwrap();
    let mut file = archive.by_name(name).unwrap_or_else(|_| panic!("{name}"));
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).unwrap();
    bytes
}

fn entry_text(epub: &[u8], name: &str) -> String {
    String::from_utf8(entry_bytes(epub, name)).unwrap()
}

#[test]
fn the_cover_is_a_reproducible_png_declared_as_the_cover_image() {
    let dir = sample_with_emblem();
    let (doc, _) = document(dir.path(), "sl");
    let first = entry_bytes(&epub_bytes(dir.path(), &doc), "EPUB/cover.png");
    let (again, _) = document(dir.path(), "sl");
    let epub = epub_bytes(dir.path(), &again);
    assert_eq!(
        first,
        entry_bytes(&epub, "EPUB/cover.png"),
        "same bytes twice"
    );

    assert_eq!(&first[..8], b"\x89PNG\r\n\x1a\n");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&first).unwrap();
    assert_eq!((pixmap.width(), pixmap.height()), (1400, 2100));
    let rgb = |x: u32, y: u32| {
        let p = pixmap.pixel(x, y).unwrap();
        (p.red(), p.green(), p.blue())
    };
    // The emblem (300 px high, centred at 700, 1450): its blue, the star at
    // twelve o'clock a third of the height above the centre, the white border.
    assert_eq!(rgb(700, 1450), (0x00, 0x33, 0x99));
    assert_eq!(rgb(700, 1350), (0xff, 0xcc, 0x00));
    assert_eq!(rgb(700, 1300 - 6), (0xff, 0xff, 0xff));
    // The title is set: white type on the blue (its first line's baseline at 520).
    let white_in_title = (430..560)
        .flat_map(|y| (100..1300).map(move |x| (x, y)))
        .filter(|&(x, y)| rgb(x, y) == (0xff, 0xff, 0xff))
        .count();
    assert!(
        white_in_title > 5_000,
        "{white_in_title} white pixels of title"
    );

    let opf = entry_text(&epub, "EPUB/package.opf");
    let opf = super::common::parse_xml(&opf).unwrap();
    let covers: Vec<_> = opf
        .descendants()
        .filter(|n| n.attribute("properties") == Some("cover-image"))
        .collect();
    assert_eq!(covers.len(), 1, "one cover image");
    assert_eq!(covers[0].attribute("href"), Some("cover.png"));
    assert_eq!(covers[0].attribute("media-type"), Some("image/png"));
    assert!(entry_text(&epub, "EPUB/cover.xhtml").contains("<img src=\"cover.png\""));
    // A different language is a different cover.
    let (it, _) = document(dir.path(), "it");
    assert_ne!(
        first,
        entry_bytes(&epub_bytes(dir.path(), &it), "EPUB/cover.png")
    );
}

/// The EU emblem of the EU's graphic specifications: a 3:2 Reflex Blue
/// rectangle with twelve Yellow five-pointed stars, upright, on a circle of
/// radius a third of the height, each star's outer radius an eighteenth.
#[test]
fn the_eu_emblem_is_drawn_to_the_eu_specification() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("handbook/images/eu-emblem.svg");
    let text = std::fs::read_to_string(path).unwrap();
    let svg = super::common::parse_xml(&text).unwrap();
    let root = svg.root_element();
    let view: Vec<f64> = root
        .attribute("viewBox")
        .unwrap()
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect();
    let (w, h) = (view[2], view[3]);
    assert_eq!((view[0], view[1]), (0.0, 0.0));
    assert!((w / h - 1.5).abs() < 1e-9, "3:2, not {w}x{h}");
    let title = root
        .children()
        .find(|n| n.has_tag_name("title"))
        .expect("a <title>");
    assert!(title.text().unwrap().contains("European Union"));
    let background = root.children().find(|n| n.has_tag_name("rect")).unwrap();
    assert_eq!(
        background
            .attribute("fill")
            .map(str::to_uppercase)
            .as_deref(),
        Some("#003399")
    );
    assert_eq!(
        background
            .attribute("width")
            .unwrap()
            .parse::<f64>()
            .unwrap(),
        w
    );
    assert_eq!(
        background
            .attribute("height")
            .unwrap()
            .parse::<f64>()
            .unwrap(),
        h
    );

    let stars: Vec<Vec<(f64, f64)>> = root
        .descendants()
        .filter(|n| n.has_tag_name("polygon"))
        .map(|n| {
            assert_eq!(
                n.attribute("fill").map(str::to_uppercase).as_deref(),
                Some("#FFCC00")
            );
            n.attribute("points")
                .unwrap()
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect();
    assert_eq!(stars.len(), 12, "twelve stars");
    let tolerance = h / 500.0;
    let mut angles = Vec::new();
    for star in &stars {
        assert_eq!(star.len(), 10, "five points and five notches");
        let cx = star.iter().map(|p| p.0).sum::<f64>() / 10.0;
        let cy = star.iter().map(|p| p.1).sum::<f64>() / 10.0;
        let distance = |p: &(f64, f64)| ((p.0 - cx).powi(2) + (p.1 - cy).powi(2)).sqrt();
        // A regular star: points at an eighteenth of the height, notches at
        // sin 18° / sin 54° of that.
        let inner = h / 18.0 * (18f64.to_radians().sin() / 54f64.to_radians().sin());
        for (n, p) in star.iter().enumerate() {
            let expected = if n % 2 == 0 { h / 18.0 } else { inner };
            assert!(
                (distance(p) - expected).abs() < tolerance,
                "star point {n} at {p:?}"
            );
        }
        // Upright: the first point straight above the centre.
        assert!(
            (star[0].0 - cx).abs() < tolerance && star[0].1 < cy,
            "upright star at {cx}, {cy}"
        );
        let ring = ((cx - w / 2.0).powi(2) + (cy - h / 2.0).powi(2)).sqrt();
        assert!((ring - h / 3.0).abs() < tolerance, "on the circle: {ring}");
        angles.push(((cx - w / 2.0).atan2(h / 2.0 - cy).to_degrees() + 360.0) % 360.0);
    }
    angles.sort_by(f64::total_cmp);
    for (n, angle) in angles.iter().enumerate() {
        assert!(
            (angle - 30.0 * n as f64).abs() < 0.5,
            "like the hours of a clock: {angles:?}"
        );
    }
}

/// The colour values of a stylesheet's declarations: (property, value).
fn declarations(css: &str) -> Vec<(String, String)> {
    let mut text = css.to_owned();
    while let Some(start) = text.find("/*") {
        let end = text[start..]
            .find("*/")
            .map_or(text.len(), |e| start + e + 2);
        text.replace_range(start..end, "");
    }
    text.split(['{', '}'])
        .flat_map(|block| block.split(';'))
        .filter_map(|d| d.split_once(':'))
        .map(|(p, v)| (p.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase()))
        .filter(|(p, _)| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect()
}

fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    let hex: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_owned(),
        _ => return None,
    };
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).ok()?) / 255.0;
        Some(if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// What makes a stylesheet unreadable in a reading system's night mode: a
/// text or background colour of its own (the reader's theme sets those), or
/// a line colour that vanishes on white or on black.
fn night_mode_problems(css: &str) -> Vec<String> {
    const NAMED: &[&str] = &[
        "black", "white", "gray", "grey", "silver", "navy", "blue", "red", "green", "maroon",
        "purple", "yellow", "orange", "teal", "olive", "aqua", "fuchsia", "lime",
    ];
    let mut problems = Vec::new();
    for (property, value) in declarations(css) {
        let words: Vec<&str> = value
            .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
            .filter(|w| !w.is_empty())
            .collect();
        let functional = ["rgb(", "rgba(", "hsl(", "hsla(", "color(", "lab(", "oklch("]
            .iter()
            .any(|f| value.contains(f));
        let hexes: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| w.starts_with('#'))
            .collect();
        let named = words.iter().any(|w| NAMED.contains(w));
        let text_or_background = property == "color" || property.starts_with("background");
        if text_or_background && (functional || named || !hexes.is_empty()) {
            problems.push(format!(
                "{property}: {value} (the reading system sets text and background)"
            ));
            continue;
        }
        if functional || named {
            problems.push(format!(
                "{property}: {value} (write line colours as #rrggbb)"
            ));
        }
        for hex in hexes {
            match luminance(hex) {
                Some(l) => {
                    let on_white = 1.05 / (l + 0.05);
                    let on_black = (l + 0.05) / 0.05;
                    if on_white < 3.0 || on_black < 3.0 {
                        problems.push(format!(
                            "{property}: {value} ({hex} has {on_white:.2}:1 on white, {on_black:.2}:1 on black; 3:1 needed)"
                        ));
                    }
                }
                None => problems.push(format!("{property}: {value} (not a colour)")),
            }
        }
    }
    problems
}

#[test]
fn the_stylesheet_leaves_text_and_background_colours_to_the_reading_system() {
    let dir = copy_fixture("sample");
    let (doc, _) = document(dir.path(), "en");
    let css = entry_text(&epub_bytes(dir.path(), &doc), "EPUB/style.css");
    assert_eq!(night_mode_problems(&css), Vec::<String>::new());
    // The check fails on what night mode cannot survive.
    for planted in [
        "h1 { color: #003399; }",
        "thead th { background: #eef1f5; }",
        ".alert { background-color: rgb(241, 244, 249) }",
        "p { color: black }",
        ".alert { border-left: 0.3em solid #0b57a4; }",
    ] {
        assert_eq!(night_mode_problems(planted).len(), 1, "{planted}");
    }
    assert!(
        night_mode_problems(
            "a { color: inherit; background: transparent; border-color: currentColor }"
        )
        .is_empty()
    );
}

#[test]
fn accessibility_metadata_claims_conformance_without_a_certifier() {
    let dir = copy_fixture("sample");
    let (doc, _) = document(dir.path(), "en");
    let opf = entry_text(&epub_bytes(dir.path(), &doc), "EPUB/package.opf");
    let parsed = super::common::parse_xml(&opf).unwrap();
    let meta = |property: &str| -> Vec<String> {
        parsed
            .descendants()
            .filter(|n| n.attribute("property") == Some(property))
            .map(|n| n.text().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(
        meta("dcterms:conformsTo"),
        ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]
    );
    assert!(meta("a11y:certifiedBy").is_empty() && !opf.contains("certifiedBy"));
    let summary = meta("schema:accessibilitySummary").concat();
    assert!(
        summary.contains("the publisher states this") && summary.contains("no third party"),
        "{summary}"
    );
    assert_eq!(meta("schema:accessModeSufficient"), ["textual"]);
    assert_eq!(meta("schema:accessibilityHazard"), ["none"]);
    assert!(meta("schema:accessibilityFeature").contains(&"alternativeText".to_owned()));
}
