//! How much room a drawn label has in its SVG, and how wide a text will be
//! drawn there, estimated from character classes (no font is loaded: the
//! estimate is the same on every machine and in `check`).

/// The smallest a label may be drawn to fit, as a share of its size.
pub const MIN_SCALE: f64 = 0.8;

/// Nor smaller than this share of the figure's width: figures are printed
/// as wide as the text, and on A5 (295 pt of text width) this is 7.5 pt.
pub const MIN_SIZE_PER_WIDTH: f64 = 7.5 / 295.0;

/// Free-standing text (not inside a box) may grow this much wider than the
/// source text before it risks running into its neighbours.
const FREE_GROWTH: f64 = 1.3;

/// A label's room: its font size and the width it may take.
#[derive(Clone, Debug, PartialEq)]
pub struct Room {
    pub font_size: f64,
    /// The smallest size it may be drawn at to fit.
    pub min_font_size: f64,
    /// In user units.
    pub width: f64,
    bold: bool,
}

impl Room {
    /// How wide `text` is drawn at the label's own size (user units).
    pub fn text_width(&self, text: &str) -> f64 {
        em_width(text) * self.font_size * if self.bold { 1.07 } else { 1.0 }
    }

    fn min_scale(&self) -> f64 {
        self.min_font_size / self.font_size
    }

    /// The scale (≤ 1) that makes `text` fit, not below the smallest size.
    pub fn scale_for(&self, text: &str) -> f64 {
        let wanted = self.text_width(text);
        if wanted <= self.width {
            1.0
        } else {
            (self.width / wanted).max(self.min_scale())
        }
    }

    /// Whether `text` fits drawn at the smallest size allowed.
    pub fn fits_at_min_scale(&self, text: &str) -> bool {
        self.text_width(text) * self.min_scale() <= self.width
    }

    /// About how many average characters fit.
    pub fn characters(&self) -> usize {
        (self.width / (AVERAGE_EM * self.font_size)).floor() as usize
    }
}

/// The average advance of a character of running text, in em.
const AVERAGE_EM: f64 = 0.55;

/// The estimated advance of a text in em of a sans-serif font.
pub fn em_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 0.28,
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|'
            | '(' | ')' | 'ί' | 'ι' => 0.3,
            'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'ω' | 'Ω' => {
                0.85
            }
            c if c.is_numeric() => 0.56,
            c if c.is_uppercase() => 0.68,
            c if ('\u{0300}'..='\u{036f}').contains(&c) => 0.0,
            c if c as u32 >= 0x2e80 => 1.0,
            _ => 0.52,
        })
        .sum()
}

/// Size as written in an attribute: at most two decimals, no trailing zeros.
pub fn format_size(size: f64) -> String {
    let text = format!("{size:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The boxes of an SVG that labels can sit in.
pub(crate) struct Geometry {
    boxes: Vec<Rect>,
    /// The width of the figure (its viewBox), if it says.
    width: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rect {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

impl Rect {
    fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.width && y >= self.y && y <= self.y + self.height
    }
}

fn number(node: roxmltree::Node, name: &str) -> Option<f64> {
    let value = node.attribute(name)?.trim();
    let value = value.strip_suffix("px").unwrap_or(value);
    value.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Whether the element or an ancestor moves it (then its coordinates are
/// not the canvas's, and no box is matched).
fn is_transformed(node: roxmltree::Node) -> bool {
    node.ancestors().any(|n| n.attribute("transform").is_some())
}

/// The nearest value of an inherited presentation attribute.
fn inherited<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<&'a str> {
    node.ancestors().find_map(|n| n.attribute(name))
}

impl Geometry {
    pub(crate) fn of(document: &roxmltree::Document) -> Geometry {
        let root = document.root_element();
        let canvas = root
            .attribute("viewBox")
            .and_then(|v| {
                let n: Vec<f64> = v
                    .split([' ', ','])
                    .filter(|s| !s.is_empty())
                    .filter_map(|s| s.parse().ok())
                    .collect();
                (n.len() == 4).then(|| Rect {
                    x: n[0],
                    y: n[1],
                    width: n[2],
                    height: n[3],
                })
            })
            .or_else(|| {
                Some(Rect {
                    x: 0.0,
                    y: 0.0,
                    width: number(root, "width")?,
                    height: number(root, "height")?,
                })
            });
        let boxes = document
            .descendants()
            .filter(|n| n.has_tag_name("rect") && !is_transformed(*n))
            .filter_map(|n| {
                Some(Rect {
                    x: number(n, "x").unwrap_or(0.0),
                    y: number(n, "y").unwrap_or(0.0),
                    width: number(n, "width")?,
                    height: number(n, "height")?,
                })
            })
            // A background covering the canvas is not a box.
            .filter(|r| canvas.is_none_or(|c| r.width * r.height < 0.9 * c.width * c.height))
            .collect();
        Geometry {
            boxes,
            width: canvas.map(|c| c.width),
        }
    }

    /// The room of the drawn label `node` whose source text is `text`.
    pub(crate) fn room(&self, node: roxmltree::Node, text: &str) -> Option<Room> {
        let font_size = inherited(node, "font-size")
            .and_then(|v| v.trim().trim_end_matches("px").parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v > 0.0)
            .unwrap_or(16.0);
        let bold = inherited(node, "font-weight")
            .is_some_and(|w| w == "bold" || w.parse::<u32>().is_ok_and(|n| n >= 600));
        let anchor = inherited(node, "text-anchor").unwrap_or("start");
        let source_width = em_width(text) * font_size * if bold { 1.07 } else { 1.0 };
        let floor = self.width.map_or(0.0, |w| w * MIN_SIZE_PER_WIDTH);
        let min_font_size = (font_size * MIN_SCALE).max(floor).min(font_size);
        let free = Room {
            font_size,
            min_font_size,
            width: source_width * FREE_GROWTH,
            bold,
        };
        let (Some(x), Some(y)) = (
            number(node, "x").or_else(|| node.parent().and_then(|p| number(p, "x"))),
            number(node, "y").or_else(|| node.parent().and_then(|p| number(p, "y"))),
        ) else {
            return Some(free);
        };
        if is_transformed(node) {
            return Some(free);
        }
        let middle = y - 0.35 * font_size;
        let container = self
            .boxes
            .iter()
            .filter(|r| r.contains(x, middle))
            .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)));
        let (rect, padding) = match container {
            Some(rect) => (rect, 0.3 * font_size),
            None => return Some(free),
        };
        let left = x - rect.x - padding;
        let right = rect.x + rect.width - x - padding;
        let width = match anchor {
            "middle" => 2.0 * left.min(right),
            "end" => left,
            _ => right,
        };
        // A box drawn tighter than the source text: the source's width is the room.
        Some(Room {
            font_size,
            min_font_size,
            width: width.max(source_width),
            bold,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_letters_take_more_room_than_narrow_ones() {
        assert!(em_width("WWW") > em_width("iii") * 2.0);
        assert!((em_width("e\u{301}") - em_width("e")).abs() < 1e-9);
        assert_eq!(format_size(12.8), "12.8");
        assert_eq!(format_size(16.0), "16");
    }

    #[test]
    fn the_room_is_the_box_around_the_anchor() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400">
            <rect width="600" height="400"/>
            <rect x="100" y="100" width="200" height="50"/>
            <text x="200" y="130" text-anchor="middle" font-size="10">Box</text>
            <text x="110" y="130" font-size="10">Start</text>
            <text x="500" y="300" font-size="10">Free</text>
        </svg>"#;
        let document = roxmltree::Document::parse(svg).unwrap();
        let geometry = Geometry::of(&document);
        let texts: Vec<_> = document
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .collect();
        let room = |i: usize| geometry.room(texts[i], texts[i].text().unwrap()).unwrap();
        assert_eq!(room(0).width, 194.0);
        assert_eq!(room(1).width, 187.0);
        assert!((room(2).width - em_width("Free") * 10.0 * FREE_GROWTH).abs() < 1e-9);
        assert_eq!(room(0).characters(), 35);
    }
}
