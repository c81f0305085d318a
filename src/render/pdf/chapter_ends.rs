//! Chapter ends: finds the chapters whose last page holds only a line or two
//! of text (a page a reader turns to for nothing) in a layout, for a second
//! layout that gives those chapters more lines on each page, or fewer.

use typst::foundations::{Label, Selector};
use typst::introspection::Introspector as _;
use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// A chapter's last page holding this many lines of text or fewer is short.
pub(super) const SHORT_LINES: usize = 2;

/// Text set smaller than this (in points) is a running head or a folio, not
/// the page's text.
const SMALLEST_TEXT_PT: f64 = 9.2;

/// How a chapter is set, as the template's `fit` reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fit {
    Normal,
    /// The bottom margin lowered: lines more on every page.
    MoreLines,
    /// The bottom margin raised: lines fewer on every page.
    FewerLines,
}

impl Fit {
    pub(super) fn typst(self) -> i8 {
        match self {
            Fit::Normal => 0,
            Fit::MoreLines => -1,
            Fit::FewerLines => 1,
        }
    }
}

/// The chapters (indices in the book's order) that open on one page and end
/// on a later page holding at most [`SHORT_LINES`] lines of text.
pub(super) fn short_chapter_ends(paged: &PagedDocument) -> Vec<usize> {
    let starts = marker_positions(paged, "hb-chapter-start");
    let ends = marker_positions(paged, "hb-chapter-end");
    starts
        .iter()
        .zip(&ends)
        .enumerate()
        .filter(|(_, ((start_page, _), (end_page, end)))| {
            end_page > start_page
                && lines_above(&paged.pages()[*end_page].frame, end.y) <= SHORT_LINES
        })
        .map(|(chapter, _)| chapter)
        .collect()
}

/// Where the template's metadata `label` stands, in document order: the page
/// (from 0) and the point on it.
fn marker_positions(paged: &PagedDocument, label: &str) -> Vec<(usize, Point)> {
    let Some(label) = Label::new(PicoStr::intern(label)) else {
        return Vec::new();
    };
    let introspector = paged.introspector();
    introspector
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|marker| introspector.position(marker.location()?))
        .map(|position| (position.page.get() - 1, position.point))
        .collect()
}

/// The lines of text (distinct baselines of body-sized text) on a page down
/// to `bottom`.
fn lines_above(frame: &Frame, bottom: Abs) -> usize {
    let mut baselines = Vec::new();
    collect_baselines(frame, Transform::identity(), &mut baselines);
    let mut lines: Vec<Abs> = baselines
        .into_iter()
        .filter(|y| *y <= bottom + Abs::pt(1.0))
        .collect();
    lines.sort_by(|a, b| a.to_raw().total_cmp(&b.to_raw()));
    lines.dedup_by(|a, b| (*a - *b).abs() < Abs::pt(1.0));
    lines.len()
}

fn collect_baselines(frame: &Frame, transform: Transform, into: &mut Vec<Abs>) {
    for (point, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let inner = transform
                    .pre_concat(Transform::translate(point.x, point.y))
                    .pre_concat(group.transform);
                collect_baselines(&group.frame, inner, into);
            }
            FrameItem::Text(text) if text.size.to_pt() >= SMALLEST_TEXT_PT => {
                into.push(point.transform(transform).y);
            }
            _ => {}
        }
    }
}
