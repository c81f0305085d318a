//! The source model: every chapter's Markdown parsed once into blocks, with
//! each translatable block a [`Message`] whose id is stable under re-wrapping.

pub(crate) mod fluent_nesting;
pub mod id;
mod message;
mod parse;

pub(crate) use message::swap_leading_emphasis;
pub use message::{MessageText, Piece, Placeable};
pub use parse::{markdown_options, parse_chapter};

use crate::diag::Diagnostics;
use crate::manifest::{ChapterFile, Project};

/// The whole handbook in the source language.
#[derive(Clone, Debug)]
pub struct Book {
    pub chapters: Vec<Chapter>,
}

impl Book {
    /// Parses every chapter of the project; problems are collected, not fatal.
    pub fn load(project: &Project, diags: &mut Diagnostics) -> Book {
        let chapters = project
            .chapters
            .iter()
            .map(|file| {
                let text = crate::paths::read_inside(&project.root, &file.path).and_then(|bytes| {
                    String::from_utf8(bytes)
                        .map(crate::diag::normalize_text)
                        .map_err(|_| "stream did not contain valid UTF-8".to_owned())
                });
                match text {
                    Ok(text) => parse_chapter(project, file, &text, diags),
                    Err(err) => {
                        diags.push(
                            crate::diag::Diagnostic::error(format!(
                                "cannot read the chapter: {err}"
                            ))
                            .in_file(&file.path),
                        );
                        Chapter::empty(file.clone())
                    }
                }
            })
            .collect();
        let book = Book { chapters };
        parse::check_links(&book, diags);
        book
    }

    pub fn chapter(&self, stem: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.file.stem == stem)
    }
}

/// One chapter: its blocks, its footnotes and its messages in source order.
#[derive(Clone, Debug)]
pub struct Chapter {
    pub file: ChapterFile,
    /// Index into `messages` of the level-1 heading, the chapter's title.
    pub title: Option<usize>,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<FootnoteDef>,
    /// Unique by id, in order of first appearance.
    pub messages: Vec<Message>,
    /// Anchors of the chapter's headings, in order.
    pub anchors: Vec<String>,
    /// Every link destination written in the chapter, for validation.
    pub links: Vec<SourceLink>,
}

/// A link as written in the source, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLink {
    pub destination: String,
    pub line: usize,
    pub column: usize,
}

/// Where a link destination points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// `https:`, `http:` or `mailto:`.
    External(String),
    /// Another chapter (by file stem), optionally a heading in it.
    Chapter {
        stem: String,
        anchor: Option<String>,
    },
    /// A heading of the same chapter.
    Anchor(String),
    /// Anything else: local files, other schemes; never followed.
    Invalid(String),
}

impl LinkTarget {
    /// Classifies a destination as written in a chapter.
    pub fn classify(destination: &str) -> LinkTarget {
        let dest = destination.trim();
        let lower = dest.to_ascii_lowercase();
        if lower.starts_with("https://")
            || lower.starts_with("http://")
            || lower.starts_with("mailto:")
        {
            return LinkTarget::External(dest.to_owned());
        }
        if let Some(anchor) = dest.strip_prefix('#') {
            return LinkTarget::Anchor(anchor.to_owned());
        }
        let (path, anchor) = match dest.split_once('#') {
            Some((p, a)) => (p, Some(a.to_owned())),
            None => (dest, None),
        };
        let path = path.strip_prefix("./").unwrap_or(path);
        if let Some(stem) = path.strip_suffix(".md")
            && !stem.is_empty()
            && !stem.contains(['/', '\\', ':'])
        {
            return LinkTarget::Chapter {
                stem: stem.to_owned(),
                anchor,
            };
        }
        let reason = if lower.contains(':') && !lower.starts_with("./") {
            format!("the link `{dest}` uses a scheme other than https, http or mailto")
        } else {
            format!(
                "the link `{dest}` points to a local file; only other chapters (`02-routes.md#anchor`) and web addresses can be linked"
            )
        };
        LinkTarget::Invalid(reason)
    }
}

impl Chapter {
    fn empty(file: ChapterFile) -> Chapter {
        Chapter {
            file,
            title: None,
            blocks: vec![],
            footnotes: vec![],
            messages: vec![],
            anchors: vec![],
            links: vec![],
        }
    }

    pub fn message(&self, index: usize) -> &Message {
        &self.messages[index]
    }

    /// Every figure of the chapter (nested ones and footnotes' too): its image
    /// and the messages of its labels.
    pub fn figures(&self) -> Vec<(&str, &[usize])> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<(&'a str, &'a [usize])>) {
            for block in blocks {
                match block {
                    Block::Figure { image, labels, .. } => out.push((image, labels)),
                    Block::List { items, .. } => items.iter().for_each(|item| walk(item, out)),
                    Block::Quote { blocks } | Block::Alert { blocks, .. } => walk(blocks, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        self.footnotes
            .iter()
            .for_each(|f| walk(&f.blocks, &mut out));
        out
    }
}

/// What kind of block a message comes from; its code is part of the id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MessageKind {
    Title,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    Footnote,
    AltText,
    Caption,
    /// A table's caption: a `Table: …` paragraph right after the table.
    TableCaption,
    /// The text of a label in an SVG figure (plain text, not Markdown).
    FigureText,
}

impl MessageKind {
    pub fn code(self) -> &'static str {
        match self {
            MessageKind::Title => "title",
            MessageKind::Heading => "h",
            MessageKind::Paragraph => "p",
            MessageKind::ListItem => "li",
            MessageKind::TableCell => "cell",
            MessageKind::Footnote => "fn",
            MessageKind::AltText => "alt",
            MessageKind::Caption => "cap",
            MessageKind::TableCaption => "tcap",
            MessageKind::FigureText => "svg",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            MessageKind::Title => "chapter title",
            MessageKind::Heading => "heading",
            MessageKind::Paragraph => "paragraph",
            MessageKind::ListItem => "list item",
            MessageKind::TableCell => "table cell",
            MessageKind::Footnote => "footnote",
            MessageKind::AltText => "image description (alt text)",
            MessageKind::Caption => "figure caption",
            MessageKind::TableCaption => "table caption",
            MessageKind::FigureText => "text in a figure",
        }
    }
}

/// One translatable unit of the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub kind: MessageKind,
    pub text: MessageText,
    /// Where the block's text starts in the chapter file (1-based).
    pub line: usize,
    pub column: usize,
    /// More context for translators (a figure's file and the room its text has).
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

impl AlertKind {
    /// The UI string id of the alert's label (`alert-note`, ...).
    pub fn label_id(self) -> &'static str {
        match self {
            AlertKind::Note => "alert-note",
            AlertKind::Tip => "alert-tip",
            AlertKind::Important => "alert-important",
            AlertKind::Warning => "alert-warning",
            AlertKind::Caution => "alert-caution",
        }
    }

    pub fn class(self) -> &'static str {
        &self.label_id()[6..]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

/// A block of the source; message fields index `Chapter::messages`.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        anchor: String,
        message: usize,
    },
    Paragraph {
        message: usize,
    },
    Figure {
        image: String,
        alt: usize,
        caption: Option<usize>,
        /// The messages of an SVG's labels ([`crate::figure::labels`]), in order.
        labels: Vec<usize>,
    },
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
        /// A task list's boxes, one per item (checked or not; None for an
        /// item without one); empty for a list without boxes.
        tasks: Vec<Option<bool>>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    Alert {
        kind: AlertKind,
        blocks: Vec<Block>,
    },
    Code {
        language: Option<String>,
        text: String,
    },
    Table {
        aligns: Vec<Align>,
        /// A cell's message; None for an empty cell (room to write in a template).
        header: Vec<Option<usize>>,
        rows: Vec<Vec<Option<usize>>>,
        /// The caption's message, from a `Table: …` paragraph after the table.
        caption: Option<usize>,
    },
    Rule,
}

/// A footnote's definition, in the order of the source.
#[derive(Clone, Debug, PartialEq)]
pub struct FootnoteDef {
    pub label: String,
    pub blocks: Vec<Block>,
}
