//! Depth-first traversal of the IR, in the manner of mdBook's `Book::iter()`:
//! every consumer that needs "all blocks", "all texts" or "all inlines" walks
//! through here, so a new block or inline variant is handled in one place.
//!
//! Order is pre-order and document order: a block comes before the blocks it
//! contains (list items, quote and alert bodies), a chapter's body before its
//! footnotes, a block's own texts in reading order (a figure's alt text before
//! its caption, a table's header before its rows).

use std::slice;

use super::{DocBlock, DocChapter, Document, Inline, Text};

/// Blocks depth-first, pre-order (see the module docs).
pub struct Blocks<'a> {
    /// Slices still to walk; the last one is walked first.
    stack: Vec<slice::Iter<'a, DocBlock>>,
}

impl<'a> Blocks<'a> {
    /// Walks the given lists of blocks one after the other.
    pub fn new(lists: impl DoubleEndedIterator<Item = &'a [DocBlock]>) -> Blocks<'a> {
        Blocks {
            stack: lists.rev().map(<[DocBlock]>::iter).collect(),
        }
    }
}

impl<'a> Iterator for Blocks<'a> {
    type Item = &'a DocBlock;

    fn next(&mut self) -> Option<&'a DocBlock> {
        loop {
            let top = self.stack.last_mut()?;
            match top.next() {
                Some(block) => {
                    let children: Vec<&'a [DocBlock]> = block.children().collect();
                    self.stack
                        .extend(children.into_iter().rev().map(<[DocBlock]>::iter));
                    return Some(block);
                }
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}

/// Inlines depth-first, pre-order: a link or emphasis before its children.
pub struct Inlines<'a> {
    stack: Vec<slice::Iter<'a, Inline>>,
}

impl<'a> Iterator for Inlines<'a> {
    type Item = &'a Inline;

    fn next(&mut self) -> Option<&'a Inline> {
        loop {
            let top = self.stack.last_mut()?;
            match top.next() {
                Some(inline) => {
                    if let Some(children) = inline.children() {
                        self.stack.push(children.iter());
                    }
                    return Some(inline);
                }
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}

impl DocBlock {
    /// The lists of blocks directly inside this one: each list item, or the
    /// body of a quote or alert.
    pub fn children(&self) -> impl Iterator<Item = &[DocBlock]> {
        let (items, body): (&[Vec<DocBlock>], Option<&[DocBlock]>) = match self {
            DocBlock::List { items, .. } => (items, None),
            DocBlock::Quote(blocks) | DocBlock::Alert { blocks, .. } => (&[], Some(blocks)),
            DocBlock::Heading { .. }
            | DocBlock::Paragraph(_)
            | DocBlock::Figure { .. }
            | DocBlock::Code { .. }
            | DocBlock::Table { .. }
            | DocBlock::Rule => (&[], None),
        };
        items.iter().map(Vec::as_slice).chain(body)
    }

    /// This block and every block inside it, pre-order.
    pub fn walk(&self) -> Blocks<'_> {
        Blocks::new(std::iter::once(slice::from_ref(self)))
    }

    /// The texts of this block itself (not of the blocks inside it), in
    /// reading order: a heading's or paragraph's text, a figure's alt text
    /// and caption, a table's caption, header cells and then its rows' cells.
    pub fn texts(&self) -> Vec<&Text> {
        match self {
            DocBlock::Heading { text, .. } | DocBlock::Paragraph(text) => vec![text],
            DocBlock::Figure { alt, caption, .. } => std::iter::once(alt).chain(caption).collect(),
            DocBlock::Table {
                header,
                rows,
                caption,
                ..
            } => caption
                .iter()
                .chain(header)
                .chain(rows.iter().flatten())
                .collect(),
            DocBlock::List { .. }
            | DocBlock::Quote(_)
            | DocBlock::Alert { .. }
            | DocBlock::Code { .. }
            | DocBlock::Rule => Vec::new(),
        }
    }

    /// The texts of this block itself, to change them (same order as [`DocBlock::texts`]).
    pub fn texts_mut(&mut self) -> Vec<&mut Text> {
        match self {
            DocBlock::Heading { text, .. } | DocBlock::Paragraph(text) => vec![text],
            DocBlock::Figure { alt, caption, .. } => std::iter::once(alt).chain(caption).collect(),
            DocBlock::Table {
                header,
                rows,
                caption,
                ..
            } => caption
                .iter_mut()
                .chain(header.iter_mut())
                .chain(rows.iter_mut().flatten())
                .collect(),
            DocBlock::List { .. }
            | DocBlock::Quote(_)
            | DocBlock::Alert { .. }
            | DocBlock::Code { .. }
            | DocBlock::Rule => Vec::new(),
        }
    }

    /// The lists of blocks directly inside this one, to change them.
    fn children_mut(&mut self) -> Vec<&mut Vec<DocBlock>> {
        match self {
            DocBlock::List { items, .. } => items.iter_mut().collect(),
            DocBlock::Quote(blocks) | DocBlock::Alert { blocks, .. } => vec![blocks],
            DocBlock::Heading { .. }
            | DocBlock::Paragraph(_)
            | DocBlock::Figure { .. }
            | DocBlock::Code { .. }
            | DocBlock::Table { .. }
            | DocBlock::Rule => Vec::new(),
        }
    }
}

/// Calls `f` on every block of `blocks` and the blocks inside them, pre-order
/// (the mutable counterpart of [`Blocks`], like mdBook's `for_each_mut`).
pub fn for_each_block_mut(blocks: &mut [DocBlock], f: &mut impl FnMut(&mut DocBlock)) {
    for block in blocks {
        f(block);
        for list in block.children_mut() {
            for_each_block_mut(list, f);
        }
    }
}

/// Calls `f` on every text of `blocks` and the blocks inside them, pre-order.
pub fn for_each_text_mut(blocks: &mut [DocBlock], f: &mut impl FnMut(&mut Text)) {
    for_each_block_mut(blocks, &mut |block| {
        for text in block.texts_mut() {
            f(text);
        }
    });
}

impl Inline {
    /// The inlines directly inside this one (emphasis, strong, strikethrough, link).
    pub fn children(&self) -> Option<&[Inline]> {
        match self {
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Strikethrough(c)
            | Inline::Link { children: c, .. } => Some(c),
            Inline::Text(_)
            | Inline::Code(_)
            | Inline::Image { .. }
            | Inline::FootnoteRef { .. }
            | Inline::LineBreak => None,
        }
    }

    fn children_mut(&mut self) -> Option<&mut Vec<Inline>> {
        match self {
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Strikethrough(c)
            | Inline::Link { children: c, .. } => Some(c),
            Inline::Text(_)
            | Inline::Code(_)
            | Inline::Image { .. }
            | Inline::FootnoteRef { .. }
            | Inline::LineBreak => None,
        }
    }

    /// Every inline of `list` and the inlines inside them, pre-order.
    pub fn walk(list: &[Inline]) -> Inlines<'_> {
        Inlines {
            stack: vec![list.iter()],
        }
    }

    /// Calls `f` on every inline of `list` and then on the inlines inside it
    /// (after `f` has run, so `f` may replace an inline).
    pub fn for_each_mut(list: &mut [Inline], f: &mut impl FnMut(&mut Inline)) {
        for inline in list {
            f(inline);
            if let Some(children) = inline.children_mut() {
                Inline::for_each_mut(children, f);
            }
        }
    }
}

impl Text {
    /// Every inline of this text, pre-order.
    pub fn walk(&self) -> Inlines<'_> {
        Inline::walk(&self.inlines)
    }
}

impl DocChapter {
    /// Every block of the chapter body, then of its footnotes, pre-order.
    pub fn blocks(&self) -> Blocks<'_> {
        Blocks::new(
            std::iter::once(self.blocks.as_slice())
                .chain(self.footnotes.iter().map(|f| f.blocks.as_slice()))
                .collect::<Vec<_>>()
                .into_iter(),
        )
    }

    /// Every block of the chapter body only (no footnotes), pre-order.
    pub fn body_blocks(&self) -> Blocks<'_> {
        Blocks::new(std::iter::once(self.blocks.as_slice()))
    }

    /// Every text of the chapter: its title, then the texts of
    /// [`DocChapter::blocks`] (headings, paragraphs, alt texts, captions, cells).
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        std::iter::once(&self.title).chain(self.blocks().flat_map(DocBlock::texts))
    }

    /// Calls `f` on every block of the body and the footnotes, pre-order.
    pub fn for_each_block_mut(&mut self, f: &mut impl FnMut(&mut DocBlock)) {
        for_each_block_mut(&mut self.blocks, f);
        for footnote in &mut self.footnotes {
            for_each_block_mut(&mut footnote.blocks, f);
        }
    }

    /// Calls `f` on the title and every text of the body and the footnotes.
    pub fn for_each_text_mut(&mut self, f: &mut impl FnMut(&mut Text)) {
        f(&mut self.title);
        self.for_each_block_mut(&mut |block| {
            for text in block.texts_mut() {
                f(text);
            }
        });
    }
}

impl Document {
    /// Every block of every chapter (body, then footnotes), pre-order.
    pub fn blocks(&self) -> impl Iterator<Item = &DocBlock> {
        self.chapters.iter().flat_map(DocChapter::blocks)
    }

    /// Every text of every chapter (see [`DocChapter::texts`]).
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.chapters.iter().flat_map(DocChapter::texts)
    }

    /// Calls `f` on every text of every chapter (see [`DocChapter::for_each_text_mut`]).
    pub fn for_each_text_mut(&mut self, f: &mut impl FnMut(&mut Text)) {
        for chapter in &mut self.chapters {
            chapter.for_each_text_mut(f);
        }
    }

    /// Calls `f` on every block of every chapter (see [`DocChapter::for_each_block_mut`]).
    pub fn for_each_block_mut(&mut self, f: &mut impl FnMut(&mut DocBlock)) {
        for chapter in &mut self.chapters {
            chapter.for_each_block_mut(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Footnote;

    fn para(s: &str) -> DocBlock {
        DocBlock::Paragraph(Text::plain_text(s))
    }

    fn chapter() -> DocChapter {
        DocChapter {
            number: 1,
            stem: "c".into(),
            slug: "c".into(),
            source_path: "c.md".into(),
            title: Text::plain_text("title"),
            blocks: vec![
                para("a"),
                DocBlock::List {
                    start: None,
                    tasks: vec![],
                    items: vec![
                        vec![para("b"), DocBlock::Quote(vec![para("c")])],
                        vec![para("d")],
                    ],
                },
                DocBlock::Figure {
                    image: "i.png".into(),
                    alt: Text::plain_text("alt"),
                    caption: Some(Text::plain_text("cap")),
                    number: Some(1),
                    labels: vec![],
                },
            ],
            footnotes: vec![Footnote {
                number: 1,
                blocks: vec![para("note")],
            }],
            sections: vec![],
        }
    }

    #[test]
    fn texts_come_depth_first_in_reading_order_with_footnotes_last() {
        let chapter = chapter();
        let texts: Vec<String> = chapter.texts().map(Text::plain).collect();
        assert_eq!(texts, ["title", "a", "b", "c", "d", "alt", "cap", "note"]);
        assert_eq!(chapter.blocks().count(), 8);
        assert_eq!(chapter.body_blocks().count(), 7);
    }

    #[test]
    fn mutable_walks_visit_the_same_texts() {
        let mut chapter = chapter();
        let mut seen = Vec::new();
        chapter.for_each_text_mut(&mut |t| {
            seen.push(t.plain());
            t.inlines = vec![Inline::Emphasis(vec![Inline::Text("x".into())])];
        });
        let expected: Vec<String> = chapter.texts().map(|_| String::new()).collect();
        assert_eq!(seen.len(), expected.len());
        let inlines: Vec<&Inline> = chapter.texts().flat_map(Text::walk).collect();
        assert_eq!(inlines.len(), 2 * seen.len(), "emphasis and its text");
    }
}
