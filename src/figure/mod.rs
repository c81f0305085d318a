//! The text of SVG figures: which pieces of an SVG are translatable labels
//! ([`labels`]), how much room each has ([`fit`]), and the SVG of one
//! language with its labels replaced ([`localize`]). The source SVG is never
//! changed; a translation is text, escaped, never markup.

pub(crate) mod fit;

use std::ops::Range;

/// The elements whose text is translated.
const TEXT_ELEMENTS: &[&str] = &["text", "tspan", "title", "desc"];

/// One translatable piece of an SVG: the text of a leaf `<text>`, `<tspan>`,
/// `<title>` or `<desc>` element.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgLabel {
    /// Its text, whitespace collapsed, as the source language reads it.
    pub text: String,
    /// The element's name (`text`, `tspan`, `title`, `desc`).
    pub element: &'static str,
    /// Bytes of the raw text in the SVG, replaced by a translation.
    text_range: Range<usize>,
    /// Where attributes can be added: right after the element's name.
    attributes_at: usize,
    /// The element's own `xml:lang`, replaced rather than repeated.
    xml_lang: Option<Range<usize>>,
    /// The element's own `font-size` value, if it has one.
    font_size_value: Option<Range<usize>>,
    /// How wide the text may be drawn, for drawn text (not title or desc).
    pub room: Option<fit::Room>,
}

/// A label as one language shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The source text it translates (matched against the SVG's text).
    pub source: String,
    pub text: String,
    /// The language of `text`.
    pub language: String,
}

/// Whether a text is worth translating: it has a letter (only numbers,
/// signs and punctuation stay as they are).
fn is_translatable(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// Collapses runs of whitespace to one space and trims.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The translatable labels of an SVG in document order. Text marked
/// `translate="no"` (on the element or an ancestor), text without a letter,
/// and elements holding markup rather than plain text are left out.
pub fn labels(svg: &str) -> Result<Vec<SvgLabel>, String> {
    let document = roxmltree::Document::parse(svg)
        .map_err(|e| format!("the SVG is not well-formed XML: {e}"))?;
    let geometry = fit::Geometry::of(&document);
    let mut out = Vec::new();
    for node in document.descendants().filter(|n| n.is_element()) {
        let Some(element) = TEXT_ELEMENTS
            .iter()
            .find(|name| **name == node.tag_name().name())
        else {
            continue;
        };
        if node.children().any(|c| c.is_element()) {
            continue;
        }
        let mut texts = node.children().filter(|c| c.is_text());
        let (Some(text_node), None) = (texts.next(), texts.next()) else {
            continue;
        };
        let range = text_node.range();
        if svg[range.clone()].contains('<') {
            continue; // CDATA: not plain text
        }
        let text = collapse_whitespace(text_node.text().unwrap_or_default());
        if !is_translatable(&text) || says_do_not_translate(node) {
            continue;
        }
        let attribute = |name: &str, namespace: Option<&str>| {
            node.attributes()
                .find(|a| a.name() == name && a.namespace() == namespace)
                .map(|a| a.range_value())
        };
        let name_len = svg[node.range().start + 1..]
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .unwrap_or(0);
        let drawn = matches!(*element, "text" | "tspan");
        out.push(SvgLabel {
            room: drawn.then(|| geometry.room(node, &text)).flatten(),
            text,
            element,
            text_range: range,
            attributes_at: node.range().start + 1 + name_len,
            xml_lang: attribute("lang", Some(XML_NAMESPACE)),
            font_size_value: attribute("font-size", None),
        });
    }
    Ok(out)
}

const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";

fn says_do_not_translate(node: roxmltree::Node) -> bool {
    node.ancestors()
        .filter_map(|n| n.attribute("translate"))
        .next()
        .is_some_and(|value| value.trim().eq_ignore_ascii_case("no"))
}

/// What changed in one language's SVG.
#[derive(Debug, Default, PartialEq)]
pub struct Localized {
    pub svg: String,
    /// Labels drawn smaller to fit, and those that still do not fit at the
    /// smallest allowed size (by source text).
    pub shrunk: Vec<String>,
    pub overflowing: Vec<String>,
}

/// The SVG with every label that `translations` translates replaced, tagged
/// with its language (`xml:lang`), and drawn smaller (down to
/// [`fit::Room::min_font_size`]) where the translation is wider than its room.
/// Labels without a translation keep their text and get `source_language`.
pub fn localize(
    svg: &str,
    translations: &[Label],
    source_language: &str,
) -> Result<Localized, String> {
    let found = labels(svg)?;
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut result = Localized::default();
    for label in &found {
        let translation = translations.iter().find(|t| t.source == label.text);
        let (text, language) = match translation {
            Some(t) => (t.text.as_str(), t.language.as_str()),
            None => (label.text.as_str(), source_language),
        };
        let lang = escape_xml(language);
        match &label.xml_lang {
            Some(range) => edits.push((range.clone(), lang)),
            None => edits.push((
                label.attributes_at..label.attributes_at,
                format!(" xml:lang=\"{lang}\""),
            )),
        }
        if translation.is_some() {
            edits.push((label.text_range.clone(), escape_xml(text)));
        }
        if let Some(room) = &label.room {
            let scale = room.scale_for(text);
            if scale < 1.0 {
                let size = fit::format_size(room.font_size * scale);
                match &label.font_size_value {
                    Some(range) => edits.push((range.clone(), size)),
                    None => edits.push((
                        label.attributes_at..label.attributes_at,
                        format!(" font-size=\"{size}\""),
                    )),
                }
                if room.fits_at_min_scale(text) {
                    result.shrunk.push(label.text.clone());
                } else {
                    result.overflowing.push(label.text.clone());
                }
            }
        }
    }
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut out = String::with_capacity(svg.len() + svg.len() / 4);
    let mut at = 0;
    for (range, replacement) in edits {
        out.push_str(&svg[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&svg[at..]);
    roxmltree::Document::parse(&out)
        .map_err(|e| format!("the translated SVG is not well-formed ({e}); this is a bug"))?;
    result.svg = out;
    Ok(result)
}

/// Text as XML character data or an attribute value: markup characters
/// escaped, characters XML 1.0 cannot hold at all left out.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" font-family="sans-serif">
  <title id="t">Partners by type</title>
  <desc>Three boxes.</desc>
  <rect x="0" y="0" width="400" height="200" fill="#fff"/>
  <rect x="20" y="20" width="160" height="60"/>
  <text x="100" y="55" text-anchor="middle" font-size="16">Lead partner</text>
  <text x="100" y="120" font-size="20">19</text>
  <text x="300" y="120" translate="no">CLARINET</text>
  <g font-size="12"><text x="250" y="150">Italy &amp; Greece</text></g>
  <text x="10" y="190"><tspan>one</tspan> <tspan x="60">two</tspan></text>
</svg>"##;

    fn texts(svg: &str) -> Vec<String> {
        labels(svg).unwrap().into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn labels_are_leaf_text_with_letters_not_marked_no() {
        assert_eq!(
            texts(SVG),
            [
                "Partners by type",
                "Three boxes.",
                "Lead partner",
                "Italy & Greece",
                "one",
                "two"
            ]
        );
    }

    #[test]
    fn localizing_replaces_text_and_tags_languages() {
        let translations = [
            Label {
                source: "Lead partner".into(),
                text: "Capofila".into(),
                language: "it".into(),
            },
            Label {
                source: "Italy & Greece".into(),
                text: "Italia <e> Grecia".into(),
                language: "it".into(),
            },
        ];
        let out = localize(SVG, &translations, "en").unwrap();
        assert!(out.svg.contains(
            r#"<text xml:lang="it" x="100" y="55" text-anchor="middle" font-size="16">Capofila</text>"#
        ));
        assert!(out.svg.contains(">Italia &lt;e&gt; Grecia</text>"));
        assert!(
            out.svg
                .contains(r#"<title xml:lang="en" id="t">Partners by type</title>"#)
        );
        assert!(out.svg.contains(r#"font-size="20">19</text>"#));
        assert_eq!(texts(&out.svg)[2], "Capofila");
    }

    #[test]
    fn an_existing_xml_lang_is_replaced_not_repeated() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg"><text xml:lang="en" x="1" y="1">Hello</text></svg>"#;
        let t = [Label {
            source: "Hello".into(),
            text: "Γεια".into(),
            language: "el".into(),
        }];
        let out = localize(svg, &t, "en").unwrap().svg;
        assert_eq!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><text xml:lang="el" x="1" y="1">Γεια</text></svg>"#
        );
    }

    #[test]
    fn a_translation_too_wide_for_its_box_is_drawn_smaller_within_the_limit() {
        let t = |text: &str| {
            [Label {
                source: "Lead partner".into(),
                text: text.into(),
                language: "de".into(),
            }]
        };
        let slightly = localize(SVG, &t("Federführender Partner"), "en").unwrap();
        assert_eq!(slightly.shrunk, ["Lead partner"]);
        assert!(slightly.overflowing.is_empty());
        assert!(!slightly.svg.contains(r#"font-size="16">Federf"#));
        let far = localize(
            SVG,
            &t("Federführender Projektpartner der Partnerschaft"),
            "en",
        )
        .unwrap();
        assert_eq!(far.overflowing, ["Lead partner"]);
    }

    proptest::proptest! {
        #[test]
        fn hostile_translations_stay_text(text in "\\PC{0,40}|[<>&\"'\\]\\[!-]{0,20}") {
            let t = [Label { source: "Lead partner".into(), text: text.clone(), language: "xx\"><script".into() }];
            let out = localize(SVG, &t, "en").unwrap().svg;
            let document = roxmltree::Document::parse(&out).unwrap();
            let label = document.descendants().find(|n| n.attribute("y") == Some("55")).unwrap();
            proptest::prop_assert_eq!(label.children().count(), usize::from(!escape_xml(&text).is_empty()));
            proptest::prop_assert!(document.descendants().all(|n| n.tag_name().name() != "script"));
            let expected: String = text.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r')).map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }).collect();
            proptest::prop_assert_eq!(label.text().unwrap_or_default(), expected);
        }
    }
}
