//! The PDF's text layer reads as typed: the soft hyphens handbook puts into
//! words for Typst to break at (languages Typst has no patterns for) are
//! taken out of the laid-out text wherever Typst did not break a line, so
//! searching and copying find the words; a hyphen Typst drew at a line end
//! stays, as in every other language.

use typst::ecow::EcoVec;
use typst::layout::{Frame, FrameItem};
use typst::model::Document as _;
use typst::text::TextItem;
use typst_layout::{Page, PagedDocument};

const SOFT_HYPHEN: char = '\u{AD}';

/// The document with every unbroken soft hyphen gone from its text.
pub(crate) fn without_soft_hyphens(document: &PagedDocument) -> PagedDocument {
    let pages: EcoVec<Page> = document
        .pages()
        .iter()
        .cloned()
        .map(|mut page| {
            clean_frame(&mut page.frame);
            page
        })
        .collect();
    PagedDocument::new(pages, document.info().clone())
}

fn clean_frame(frame: &mut Frame) {
    if !has_soft_hyphen(frame) {
        return;
    }
    frame.retain(|item| {
        match item {
            FrameItem::Group(group) => clean_frame(&mut group.frame),
            FrameItem::Text(text) if text.text.contains(SOFT_HYPHEN) => clean_text(text),
            _ => {}
        }
        true
    });
}

fn has_soft_hyphen(frame: &Frame) -> bool {
    frame.items().any(|(_, item)| match item {
        FrameItem::Group(group) => has_soft_hyphen(&group.frame),
        FrameItem::Text(text) => text.text.contains(SOFT_HYPHEN),
        _ => false,
    })
}

/// Removes the soft hyphens of a text run that no glyph draws (a soft hyphen
/// drawn as a hyphen, at a line end, stays), and the empty glyphs they had.
fn clean_text(item: &mut TextItem) {
    let text = item.text.as_str();
    let drawn = |start: usize| {
        item.glyphs.iter().any(|g| {
            g.range().start == start
                && g.range().end == start + SOFT_HYPHEN.len_utf8()
                && g.x_advance.get() != 0.0
        })
    };
    // `shift[i]`: bytes removed before byte offset `i` of the old text.
    let mut shift = vec![0usize; text.len() + 1];
    let mut kept = String::with_capacity(text.len());
    let mut removed = 0;
    for (i, c) in text.char_indices() {
        for s in &mut shift[i..i + c.len_utf8()] {
            *s = removed;
        }
        if c == SOFT_HYPHEN && !drawn(i) {
            removed += c.len_utf8();
        } else {
            kept.push(c);
        }
    }
    shift[text.len()] = removed;
    if removed == 0 {
        return;
    }
    let map = |offset: u16| {
        let offset = usize::from(offset);
        u16::try_from(offset - shift[offset.min(shift.len() - 1)]).unwrap_or(u16::MAX)
    };
    let mut glyphs = std::mem::take(&mut item.glyphs);
    for glyph in &mut glyphs {
        glyph.range = map(glyph.range.start)..map(glyph.range.end);
    }
    // A glyph left with no text drew only a soft hyphen: nothing visible.
    glyphs.retain(|g| !g.range.is_empty() || g.x_advance.get() != 0.0);
    item.glyphs = glyphs;
    item.text = kept.into();
}
