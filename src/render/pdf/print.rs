//! The print profiles, made from laid-out pages rather than a second layout
//! where they can be: `shop` (3 mm bleed, crop marks, trim and bleed boxes,
//! pages padded to a multiple of 4) and `booklet` (half-size pages imposed
//! two-up in saddle-stitch order on landscape sheets).

use typst::ecow::EcoVec;
use typst::foundations::{Content, Smart};
use typst::layout::{Abs, Frame, FrameItem, Point, Sides, Size};
use typst::model::Document as _;
use typst::syntax::Span;
use typst::visualize::{Color, FixedStroke, Geometry};
use typst_layout::{Page, PagedDocument};

use crate::diag::Diagnostic;

/// A print PDF made beside the screen PDF.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrintProfile {
    /// For a print shop: bleed, crop marks, trim and bleed boxes, pages
    /// padded to a multiple of 4.
    Shop,
    /// A booklet for an office duplex printer: half-size pages two-up on
    /// landscape sheets in saddle-stitch order.
    Booklet,
}

impl PrintProfile {
    /// The profile's name, also the end of its file's name (`x-sl-shop.pdf`).
    pub fn name(self) -> &'static str {
        match self {
            PrintProfile::Shop => "shop",
            PrintProfile::Booklet => "booklet",
        }
    }
}

/// The bleed a print shop trims away: 3 mm on every side.
pub const BLEED_MM: f64 = 3.0;
/// How far outside the trim the crop marks start (just beyond the bleed),
/// and how long they are.
const MARK_OFFSET_MM: f64 = 4.0;
const MARK_LENGTH_MM: f64 = 7.0;
/// The paper around the trimmed page: bleed, then room for the marks.
const SLUG_MM: f64 = 13.0;

/// Pages padded with blank ones (after the last) to a multiple of 4: a
/// folded or stitched book consists of 4-page sheets.
fn padded(pages: &[Page]) -> Vec<Page> {
    let mut out = pages.to_vec();
    if let Some(last) = pages.last() {
        while !out.len().is_multiple_of(4) {
            out.push(blank_like(last));
        }
    }
    out
}

/// An empty page of the same size, with no number.
fn blank_like(page: &Page) -> Page {
    Page {
        frame: Frame::hard(page.frame.size()),
        bleed: page.bleed,
        fill: page.fill.clone(),
        numbering: None,
        supplement: Content::empty(),
        number: page.number,
    }
}

/// The shop layout: every page with 13 mm of paper around the trim (the
/// MediaBox; Typst writes the TrimBox), crop marks at each corner outside
/// the 3 mm bleed, and blank pages up to a multiple of 4. The BleedBox is set
/// afterwards in the PDF ([`set_bleed_boxes`]): Typst does not write one.
pub(crate) fn shop(document: &PagedDocument) -> PagedDocument {
    let slug = Abs::mm(SLUG_MM);
    let pages: EcoVec<Page> = padded(document.pages())
        .into_iter()
        .map(|mut page| {
            crop_marks(&mut page.frame);
            page.bleed = Sides::splat(slug);
            page
        })
        .collect();
    PagedDocument::new(pages, document.info().clone())
}

/// Eight hairlines, two at each corner of the trim, outside the bleed.
fn crop_marks(frame: &mut Frame) {
    let size = frame.size();
    let (near, far) = (
        Abs::mm(MARK_OFFSET_MM),
        Abs::mm(MARK_OFFSET_MM + MARK_LENGTH_MM),
    );
    let stroke = FixedStroke::from_pair(Color::BLACK, Abs::pt(0.25));
    for (x, y, out_x, out_y) in [
        (Abs::zero(), Abs::zero(), -1.0, -1.0),
        (size.x, Abs::zero(), 1.0, -1.0),
        (Abs::zero(), size.y, -1.0, 1.0),
        (size.x, size.y, 1.0, 1.0),
    ] {
        // A horizontal mark along the trim's edge at y, and a vertical one at x.
        let horizontal = Point::new(x + near * out_x, y);
        let vertical = Point::new(x, y + near * out_y);
        let length_x = Point::with_x((far - near) * out_x);
        let length_y = Point::with_y((far - near) * out_y);
        for (start, line) in [(horizontal, length_x), (vertical, length_y)] {
            frame.push(
                start,
                FrameItem::Shape(
                    Geometry::Line(line).stroked(stroke.clone()),
                    Span::detached(),
                ),
            );
        }
    }
}

/// The booklet: the pages (laid out at half the sheet's size) padded to a
/// multiple of 4, two to a side of each sheet in saddle-stitch order, so
/// that the sheets printed on both sides (flipped on the short edge),
/// stacked and folded make the book: sheet 1 front `n | 1`, back `2 | n-1`,
/// sheet 2 front `n-2 | 3`, back `4 | n-3`, ...
pub(crate) fn booklet(document: &PagedDocument, sheet: Size) -> PagedDocument {
    let pages = padded(document.pages());
    let sides = saddle_stitch_order(pages.len());
    let center = sheet.x / 2.0;
    let sheets: EcoVec<Page> = sides
        .iter()
        .map(|&(left, right)| {
            let mut frame = Frame::hard(sheet);
            for (index, x) in [(left, center - pages[left].frame.width()), (right, center)] {
                let page = &pages[index];
                let y = (sheet.y - page.frame.height()) / 2.0;
                frame.push_frame(Point::new(x, y), page.frame.clone());
            }
            Page {
                frame,
                bleed: Sides::splat(Abs::zero()),
                fill: Smart::Auto,
                numbering: None,
                supplement: Content::empty(),
                number: 0,
            }
        })
        .collect();
    PagedDocument::new(sheets, document.info().clone())
}

/// Which pages (0-based) go on each side of each sheet, left and right, for
/// `pages` pages (a multiple of 4): front of sheet 1, back of sheet 1, ...
pub(crate) fn saddle_stitch_order(pages: usize) -> Vec<(usize, usize)> {
    let mut sides = Vec::with_capacity(pages / 2);
    for sheet in 0..pages / 4 {
        let (first, last) = (2 * sheet, pages - 1 - 2 * sheet);
        sides.push((last, first));
        sides.push((first + 1, last - 1));
    }
    sides
}

/// Adds a BleedBox to every page, the TrimBox grown by the bleed, as an
/// incremental update of the PDF (Typst's bytes stay as they are): a print
/// shop's preflight expects TrimBox < BleedBox < MediaBox.
pub(crate) fn set_bleed_boxes(pdf: Vec<u8>) -> Result<Vec<u8>, Diagnostic> {
    let failed =
        |e: lopdf::Error| Diagnostic::error(format!("cannot set the shop PDF's bleed boxes: {e}"));
    let previous = lopdf::Document::load_mem(&pdf).map_err(failed)?;
    let pages: Vec<lopdf::ObjectId> = previous.get_pages().into_values().collect();
    let bleed = (BLEED_MM * 72.0 / 25.4) as f32;
    let mut boxes = Vec::with_capacity(pages.len());
    for id in &pages {
        let page = previous.get_dictionary(*id).map_err(failed)?;
        let trim = page
            .get(b"TrimBox")
            .and_then(lopdf::Object::as_array)
            .map_err(failed)?;
        let numbers: Vec<f32> = trim
            .iter()
            .map(|n| n.as_float())
            .collect::<Result<_, _>>()
            .map_err(failed)?;
        let [x0, y0, x1, y1] = numbers[..] else {
            return Err(Diagnostic::error(
                "cannot set the shop PDF's bleed boxes: a TrimBox is not four numbers",
            ));
        };
        let (left, right) = (x0.min(x1), x0.max(x1));
        let (bottom, top) = (y0.min(y1), y0.max(y1));
        boxes.push([left - bleed, bottom - bleed, right + bleed, top + bleed]);
    }
    let mut update = lopdf::IncrementalDocument::create_from(pdf, previous);
    for (id, bleed_box) in pages.iter().zip(boxes) {
        update
            .opt_clone_object_to_new_document(*id)
            .map_err(failed)?;
        let page = update
            .new_document
            .get_object_mut(*id)
            .and_then(lopdf::Object::as_dict_mut)
            .map_err(failed)?;
        page.set(
            "BleedBox",
            bleed_box
                .iter()
                .map(|n| lopdf::Object::Real(*n))
                .collect::<Vec<_>>(),
        );
    }
    let mut bytes = Vec::new();
    update
        .save_to(&mut bytes)
        .map_err(|e| Diagnostic::error(format!("cannot write the shop PDF's bleed boxes: {e}")))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saddle_stitch_puts_the_last_page_beside_the_first() {
        // 8 pages: two sheets; (left, right) of each side, 1-based.
        let sides: Vec<(usize, usize)> = saddle_stitch_order(8)
            .into_iter()
            .map(|(l, r)| (l + 1, r + 1))
            .collect();
        assert_eq!(sides, [(8, 1), (2, 7), (6, 3), (4, 5)]);
        assert!(saddle_stitch_order(0).is_empty());
    }

    #[test]
    fn every_page_is_placed_once() {
        let mut seen: Vec<usize> = saddle_stitch_order(40)
            .into_iter()
            .flat_map(|(l, r)| [l, r])
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..40).collect::<Vec<_>>());
    }
}
