//! The EPUB's cover: one design (a blue field with the language's name, the
//! title, the subtitle, the project's cover image and the publisher), drawn
//! as SVG and rasterised here into the PNG that the package declares as its
//! `cover-image`, for the stores and reading systems that show no SVG cover.
//! The text is set in the embedded Libertinus Serif and nothing is read from
//! the system, so the same document gives the same bytes on every machine.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::{Arc, LazyLock};

use resvg::tiny_skia;
use resvg::usvg;

use crate::diag::Diagnostic;
use crate::document::Document;
use crate::render::Assets;
use crate::render::xhtml::{escape, image_media_type};

/// The cover's size in pixels (2:3, the shape of most e-reader screens).
pub(crate) const WIDTH: u32 = 1400;
pub(crate) const HEIGHT: u32 = 2100;

/// The font the cover's text is set in: embedded in the binary, with Greek
/// and Cyrillic.
const FONT_FAMILY: &str = "Libertinus Serif";

/// Reflex Blue and Yellow of the EU's graphic specifications; the cover
/// shares them with the emblem it carries.
const BLUE: &str = "#003399";
const YELLOW: &str = "#FFCC00";

/// The cover image's box: a 3:2 rectangle centred below the title.
const EMBLEM_HEIGHT: u32 = 300;
const EMBLEM_CENTRE_Y: u32 = 1450;

/// The embedded fonts of [`FONT_FAMILY`], parsed once.
static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut db = usvg::fontdb::Database::new();
    for (font, info) in typst_kit::fonts::embedded() {
        if info.family == FONT_FAMILY {
            db.load_font_data(font.data().to_vec());
        }
    }
    db.set_serif_family(FONT_FAMILY);
    Arc::new(db)
});

/// The cover as SVG. `image_href` is how the SVG names the project's cover
/// image (its project path when rasterised here).
pub(crate) fn svg(document: &Document, image_href: Option<&str>) -> String {
    let mut lines = String::new();
    let title_font = "font-size=\"110\" font-weight=\"bold\"";
    let y = text_lines(
        &mut lines,
        &document.title,
        18,
        520,
        130,
        title_font,
        "#ffffff",
    );
    if let Some(subtitle) = &document.subtitle {
        text_lines(
            &mut lines,
            subtitle,
            30,
            y + 40,
            80,
            "font-size=\"64\"",
            YELLOW,
        );
    }
    if let Some(publisher) = &document.publisher {
        text_lines(
            &mut lines,
            publisher,
            44,
            1900,
            56,
            "font-size=\"44\"",
            "#ffffff",
        );
    }
    // On a coloured field the emblem stands on a white border one
    // twenty-fifth of its height wide (EU graphic specifications).
    // The EU's visibility rules want the funding statement with the emblem.
    if image_href.is_some()
        && let Some(statement) = &document.funding_statement
    {
        text_lines(
            &mut lines,
            statement,
            52,
            EMBLEM_CENTRE_Y + EMBLEM_HEIGHT / 2 + 90,
            56,
            "font-size=\"46\"",
            "#ffffff",
        );
    }
    let emblem = image_href.map_or_else(String::new, |href| {
        let (w, h) = (EMBLEM_HEIGHT * 3 / 2, EMBLEM_HEIGHT);
        let (x, y) = ((WIDTH - w) / 2, EMBLEM_CENTRE_Y - h / 2);
        let border = h / 25;
        format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n<image x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" preserveAspectRatio=\"xMidYMid meet\" href=\"{}\"/>\n",
            x - border,
            y - border,
            w + 2 * border,
            h + 2 * border,
            escape(href)
        )
    });
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" xml:lang=\"{}\" font-family=\"{FONT_FAMILY}, serif\">\n<title>{}</title>\n<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BLUE}\"/>\n<rect x=\"80\" y=\"300\" width=\"1240\" height=\"8\" fill=\"{YELLOW}\"/>\n{lines}{emblem}<text x=\"700\" y=\"260\" font-size=\"48\" text-anchor=\"middle\" fill=\"#ffffff\" letter-spacing=\"6\">{}</text>\n</svg>\n",
        escape(&document.language),
        escape(&document.title),
        escape(&document.capitals(&document.language_name))
    )
}

/// The cover as a PNG of [`WIDTH`] × [`HEIGHT`] pixels, with the project's
/// cover image (SVG, PNG or JPEG) from `assets`.
pub(crate) fn png(document: &Document, assets: &dyn Assets) -> Result<Vec<u8>, Diagnostic> {
    // The project's cover image, else the funder's emblem.
    let image = match document.cover_image.as_ref().or(document.emblem.as_ref()) {
        Some(path) if image_media_type(path).is_some() => {
            Some((path.clone(), Arc::new(assets.file(path)?)))
        }
        _ => None,
    };
    let svg = svg(document, image.as_ref().map(|(path, _)| path.as_str()));
    let fail = |what: String| Diagnostic::error(format!("cannot draw the EPUB's cover: {what}"));
    let mut options = usvg::Options {
        fontdb: Arc::clone(&FONTS),
        font_family: FONT_FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    // Only the cover image may be read: no file, no data URL, nothing else.
    let nested = usvg::Options {
        fontdb: Arc::clone(&FONTS),
        font_family: FONT_FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    options.image_href_resolver = usvg::ImageHrefResolver {
        resolve_data: Box::new(|_, _, _| None),
        resolve_string: Box::new(move |href, _| {
            let (path, bytes) = image.as_ref().filter(|(path, _)| path == href)?;
            match image_media_type(path)? {
                "image/svg+xml" => usvg::Tree::from_data(bytes, &nested)
                    .ok()
                    .map(usvg::ImageKind::SVG),
                "image/png" => Some(usvg::ImageKind::PNG(Arc::clone(bytes))),
                "image/jpeg" => Some(usvg::ImageKind::JPEG(Arc::clone(bytes))),
                _ => None,
            }
        }),
    };
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| fail(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT)
        .ok_or_else(|| fail("no memory for the image".into()))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    encode(&pixmap).map_err(|e| fail(e.to_string()))
}

/// The pixels as a PNG: indexed when they have at most 256 colours (the
/// cover's flat colours and their anti-aliased edges have about 60, which
/// makes the file less than half the size of RGB), else RGB. The cover is
/// opaque (its blue field covers it), so alpha is dropped. Deterministic:
/// the palette is sorted.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let rgb: Vec<[u8; 3]> = pixmap
        .pixels()
        .iter()
        .map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue()]
        })
        .collect();
    let colours: BTreeSet<[u8; 3]> = rgb.iter().copied().collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let data: Vec<u8> = if colours.len() <= 256 {
        let index: BTreeMap<[u8; 3], u8> = colours
            .iter()
            .enumerate()
            .map(|(n, c)| (*c, n as u8))
            .collect();
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_palette(colours.iter().flatten().copied().collect::<Vec<u8>>());
        // Filters do not help indices (the PNG specification's advice).
        encoder.set_filter(png::Filter::NoFilter);
        rgb.iter().map(|c| index[c]).collect()
    } else {
        encoder.set_color(png::ColorType::Rgb);
        rgb.into_iter().flatten().collect()
    };
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}

/// Writes `text` wrapped to `width` characters as centred SVG lines from
/// `y` down, `step` apart; returns the `y` after the last line.
fn text_lines(
    out: &mut String,
    text: &str,
    width: usize,
    mut y: u32,
    step: u32,
    font: &str,
    fill: &str,
) -> u32 {
    for line in wrap(text, width) {
        let _ = writeln!(
            out,
            "<text x=\"700\" y=\"{y}\" {font} text-anchor=\"middle\" fill=\"{fill}\">{}</text>",
            escape(&line)
        );
        y += step;
    }
    y
}

/// Greedy word wrap by character count (cover lines).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_words() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("unbreakable", 3), ["unbreakable"]);
    }
}
