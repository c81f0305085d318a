//! Glossary links: finds the glossary's entries and turns the first use of
//! each glossary term in a chapter into a link to its entry; every other use
//! of a term stays text. Works on the term marks the resolver leaves around
//! term placeables ([`TERM_MARKS`]) and removes all of them.
//!
//! The convention (README, "Glossary links"): the glossary is the tables of
//! the section whose heading has the anchor `glossary`; a row whose first
//! cell starts with a term (`{ -migrant }`) is that term's entry, anchored
//! `term-migrant`. A term with no entry of its own uses the entry of its
//! singular, by the id: `-migrants` → `-migrant`, `-local-communities` →
//! `-local-community`. Links are never made in headings, in figures' alt
//! text, inside another link or in the glossary tables themselves.

use std::collections::{BTreeMap, HashSet};

use super::{DocBlock, DocChapter, Inline, Target, Text, for_each_block_mut};
use crate::i18n::TERM_MARKS;

/// The heading anchor of the glossary's section.
pub const GLOSSARY_ANCHOR: &str = "glossary";

const START: char = TERM_MARKS[0];
const VALUE: char = TERM_MARKS[1];
const END: char = TERM_MARKS[2];

/// Where a term's entry is: the chapter's stem and the row's anchor.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    stem: String,
    anchor: String,
}

/// Anchors the glossary entries, links the first use of each term in every
/// chapter and removes the term marks everywhere.
pub(crate) fn link_terms(chapters: &mut [DocChapter]) {
    let mut entries = BTreeMap::new();
    for chapter in chapters.iter_mut() {
        anchor_entries(chapter, &mut entries);
    }
    for chapter in chapters.iter_mut() {
        link_chapter(chapter, &entries);
    }
}

/// Tracks whether a pre-order walk of blocks is inside the glossary section.
#[derive(Default)]
struct Section {
    glossary_level: Option<u8>,
}

impl Section {
    /// Updates the state for `block`; true when `block` is a glossary table.
    fn glossary_table(&mut self, block: &DocBlock) -> bool {
        match block {
            DocBlock::Heading { level, anchor, .. } => {
                self.glossary_level = if anchor == GLOSSARY_ANCHOR {
                    Some(*level)
                } else {
                    self.glossary_level.filter(|g| level > g)
                };
                false
            }
            DocBlock::Table { .. } => self.glossary_level.is_some(),
            _ => false,
        }
    }
}

/// Gives the entries of `chapter`'s glossary tables their anchors and adds
/// them to `entries` (the first entry of a term wins).
fn anchor_entries(chapter: &mut DocChapter, entries: &mut BTreeMap<String, Entry>) {
    let mut taken: HashSet<String> = chapter.sections.iter().map(|s| s.anchor.clone()).collect();
    let mut section = Section::default();
    let stem = chapter.stem.clone();
    for_each_block_mut(&mut chapter.blocks, &mut |block| {
        if !section.glossary_table(block) {
            return;
        }
        let DocBlock::Table {
            rows, row_anchors, ..
        } = block
        else {
            return;
        };
        for (row, anchor) in rows.iter().zip(row_anchors.iter_mut()) {
            let Some(term) = row.first().and_then(leading_term) else {
                continue;
            };
            if entries.contains_key(&term) {
                continue;
            }
            let base = format!("term-{term}");
            let mut candidate = base.clone();
            let mut n = 1;
            while taken.contains(&candidate) || crate::page_ids::is_reserved(&candidate) {
                n += 1;
                candidate = format!("{base}-{n}");
            }
            taken.insert(candidate.clone());
            *anchor = Some(candidate.clone());
            entries.insert(
                term,
                Entry {
                    stem: stem.clone(),
                    anchor: candidate,
                },
            );
        }
    });
}

/// The term a cell starts with, if it starts with one.
fn leading_term(cell: &Text) -> Option<String> {
    let Some(Inline::Text(text)) = cell.inlines.first() else {
        return None;
    };
    let rest = text.trim_start().strip_prefix(START)?;
    let (name, rest) = rest.split_once(VALUE)?;
    rest.contains(END).then(|| name.to_owned())
}

/// The entry for a term: its own, or its singular's.
fn entry_for<'a>(entries: &'a BTreeMap<String, Entry>, term: &str) -> Option<&'a Entry> {
    if let Some(entry) = entries.get(term) {
        return Some(entry);
    }
    let singulars = [
        term.strip_suffix("ies").map(|s| format!("{s}y")),
        term.strip_suffix("es").map(str::to_owned),
        term.strip_suffix('s').map(str::to_owned),
    ];
    singulars
        .into_iter()
        .flatten()
        .find_map(|singular| entries.get(&singular))
}

struct Linker<'a> {
    entries: &'a BTreeMap<String, Entry>,
    /// Entries (by anchor) already linked in this chapter.
    linked: HashSet<String>,
}

fn link_chapter(chapter: &mut DocChapter, entries: &BTreeMap<String, Entry>) {
    let mut linker = Linker {
        entries,
        linked: HashSet::new(),
    };
    strip_text(&mut chapter.title);
    for section in &mut chapter.sections {
        strip_text(&mut section.title);
    }
    let mut section = Section::default();
    for_each_block_mut(&mut chapter.blocks, &mut |block| {
        let glossary_table = section.glossary_table(block);
        linker.block(block, !glossary_table);
    });
    for footnote in &mut chapter.footnotes {
        for_each_block_mut(&mut footnote.blocks, &mut |block| linker.block(block, true));
    }
}

impl Linker<'_> {
    fn block(&mut self, block: &mut DocBlock, may_link: bool) {
        match block {
            DocBlock::Heading { text, .. } => strip_text(text),
            DocBlock::Figure { alt, caption, .. } => {
                strip_text(alt);
                if let Some(caption) = caption {
                    self.text(caption, may_link);
                }
            }
            _ => {
                for text in block.texts_mut() {
                    self.text(text, may_link);
                }
            }
        }
    }

    fn text(&mut self, text: &mut Text, may_link: bool) {
        let inlines = std::mem::take(&mut text.inlines);
        text.inlines = self.inlines(inlines, may_link);
    }

    fn inlines(&mut self, inlines: Vec<Inline>, may_link: bool) -> Vec<Inline> {
        let mut out = Vec::with_capacity(inlines.len());
        for inline in inlines {
            match inline {
                Inline::Text(text) => self.split(&text, may_link, &mut out),
                Inline::Emphasis(c) => out.push(Inline::Emphasis(self.inlines(c, may_link))),
                Inline::Strong(c) => out.push(Inline::Strong(self.inlines(c, may_link))),
                Inline::Strikethrough(c) => {
                    out.push(Inline::Strikethrough(self.inlines(c, may_link)))
                }
                Inline::Link { target, children } => out.push(Inline::Link {
                    target,
                    children: self.inlines(children, false),
                }),
                Inline::Code(code) => out.push(Inline::Code(strip(&code))),
                Inline::Image { src, alt } => out.push(Inline::Image {
                    src,
                    alt: strip(&alt),
                }),
                other @ (Inline::FootnoteRef { .. } | Inline::LineBreak) => out.push(other),
            }
        }
        out
    }

    /// `text` with its marked terms: the first use of an entry's term a
    /// link, the rest text; marks that do not form a whole term are dropped.
    fn split(&mut self, text: &str, may_link: bool, out: &mut Vec<Inline>) {
        let mut rest = text;
        while let Some(start) = rest.find(START) {
            push_text(out, &strip(&rest[..start]));
            let after = &rest[start + START.len_utf8()..];
            let term = after.split_once(VALUE).and_then(|(name, tail)| {
                let (value, tail) = tail.split_once(END)?;
                (!name.contains(TERM_MARKS) && !value.contains(TERM_MARKS))
                    .then_some((name, value, tail))
            });
            let Some((name, value, tail)) = term else {
                rest = after;
                continue;
            };
            let entry = entry_for(self.entries, name).filter(|_| may_link);
            match entry {
                Some(entry) if self.linked.insert(entry.anchor.clone()) => {
                    out.push(Inline::Link {
                        target: Target::Glossary {
                            stem: entry.stem.clone(),
                            anchor: entry.anchor.clone(),
                        },
                        children: vec![Inline::Text(value.to_owned())],
                    });
                }
                _ => push_text(out, value),
            }
            rest = tail;
        }
        push_text(out, &strip(rest));
    }
}

/// Appends text, merged with a text just before it.
fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Inline::Text(last)) => last.push_str(text),
        _ => out.push(Inline::Text(text.to_owned())),
    }
}

/// `text` without term marks: a marked term becomes its value.
fn strip(text: &str) -> String {
    if !text.contains(TERM_MARKS) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut in_name = false;
    for c in text.chars() {
        match c {
            START => in_name = true,
            VALUE => in_name = false,
            END => {}
            c if !in_name => out.push(c),
            _ => {}
        }
    }
    out
}

/// Removes the term marks of a text where nothing links (headings, alt text).
fn strip_text(text: &mut Text) {
    Inline::for_each_mut(&mut text.inlines, &mut |inline| match inline {
        Inline::Text(t) | Inline::Code(t) | Inline::Image { alt: t, .. } => *t = strip(t),
        _ => {}
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(name: &str, value: &str) -> String {
        format!("{START}{name}{VALUE}{value}{END}")
    }

    #[test]
    fn plurals_use_the_singular_entry() {
        let entry = |anchor: &str| Entry {
            stem: "03".into(),
            anchor: anchor.into(),
        };
        let entries: BTreeMap<String, Entry> = [
            ("migrant".to_owned(), entry("term-migrant")),
            ("local-community".to_owned(), entry("term-local-community")),
            ("process".to_owned(), entry("term-process")),
        ]
        .into();
        let anchor = |term| entry_for(&entries, term).map(|e| e.anchor.as_str());
        assert_eq!(anchor("migrants"), Some("term-migrant"));
        assert_eq!(anchor("local-communities"), Some("term-local-community"));
        assert_eq!(anchor("processes"), Some("term-process"));
        assert_eq!(anchor("migrant-background"), None);
        assert_eq!(anchor("refugees"), None);
    }

    #[test]
    fn stripping_keeps_the_value_and_drops_stray_marks() {
        assert_eq!(strip(&format!("a {} b", marked("x-y", "word"))), "a word b");
        assert_eq!(strip(&format!("a {START}b{END}")), "a ");
        assert_eq!(strip("plain"), "plain");
    }

    #[test]
    fn only_the_first_use_links_and_broken_marks_are_text() {
        let entries: BTreeMap<String, Entry> = [(
            "migrant".to_owned(),
            Entry {
                stem: "03".into(),
                anchor: "term-migrant".into(),
            },
        )]
        .into();
        let mut linker = Linker {
            entries: &entries,
            linked: HashSet::new(),
        };
        let text = format!(
            "{} and {} and {START}migrant{VALUE}half",
            marked("migrant", "one"),
            marked("migrants", "two")
        );
        let inlines = linker.inlines(vec![Inline::Text(text)], true);
        assert_eq!(
            inlines,
            vec![
                Inline::Link {
                    target: Target::Glossary {
                        stem: "03".into(),
                        anchor: "term-migrant".into()
                    },
                    children: vec![Inline::Text("one".into())]
                },
                Inline::Text(" and two and migranthalf".into())
            ]
        );
    }
}
