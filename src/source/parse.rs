//! Markdown → [`Chapter`]: walks pulldown-cmark's events once, building blocks
//! and extracting each translatable block's inline Markdown as a message.
//! Containers nest at most [`MAX_NESTING`] deep: the walk recurses once per
//! level, and so do the document and every renderer after it.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, Event, LinkType, OffsetIter, Options, Parser, Tag, TagEnd,
};

use super::id::message_id;
use super::{
    AlertKind, Align, Block, Book, Chapter, FootnoteDef, LinkTarget, Message, MessageKind,
    MessageText, Piece, SourceLink,
};
use crate::diag::{Diagnostic, Diagnostics, LineIndex};
use crate::manifest::{ChapterFile, Project};
use crate::page_ids;

/// The Markdown dialect of a handbook: CommonMark with GFM tables, footnotes,
/// strikethrough and alerts, and heading attributes (`{#id}`).
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
        | Options::ENABLE_TASKLISTS
}

type Spanned<'a> = (Event<'a>, Range<usize>);

/// How deep block quotes, alerts, lists and footnotes may nest. Deeper
/// containers are an error and their content is read as if it sat at this
/// depth: the limit keeps the recursion of every stage bounded and the
/// outputs within their readers' limits. The tightest is Typst's: each block
/// quote of the template uses several of its 64 levels of show rules, and 16
/// nested quotes do not compile; 12 leaves room for a project's own template.
/// (The EPUB's XHTML stays far below libxml2's 256 levels.)
pub(crate) const MAX_NESTING: usize = 12;

/// Where a paragraph sits decides its message kind.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    Body,
    ListItem,
    Footnote,
}

struct Walker<'a, 'p> {
    src: &'a str,
    lines: LineIndex<'a>,
    events: std::iter::Peekable<OffsetIter<'a>>,
    project: &'p Project,
    file: &'p ChapterFile,
    messages: Vec<Message>,
    by_id: HashMap<String, usize>,
    anchors: Vec<String>,
    /// The same anchors, for lookups.
    anchor_set: HashSet<String>,
    title: Option<usize>,
    footnotes: Vec<FootnoteDef>,
    footnote_labels: HashSet<String>,
    links: Vec<SourceLink>,
    diags: Vec<Diagnostic>,
    /// Containers open around the current block.
    depth: usize,
    /// Whether nesting past [`MAX_NESTING`] has been reported (once a chapter).
    too_deep: bool,
    /// The checkbox of the list item being read (`- [ ]`), kept out of its text.
    task: Option<bool>,
}

/// Parses one chapter's Markdown.
pub fn parse_chapter(
    project: &Project,
    file: &ChapterFile,
    src: &str,
    diags: &mut Diagnostics,
) -> Chapter {
    let mut walker = Walker {
        src,
        lines: LineIndex::new(src),
        events: Parser::new_ext(src, markdown_options())
            .into_offset_iter()
            .peekable(),
        project,
        file,
        messages: vec![],
        by_id: HashMap::new(),
        anchors: vec![],
        anchor_set: HashSet::new(),
        title: None,
        footnotes: vec![],
        footnote_labels: HashSet::new(),
        links: vec![],
        diags: vec![],
        depth: 0,
        too_deep: false,
        task: None,
    };
    let blocks = walker.blocks(Context::Body);
    if walker.title.is_none() {
        walker.diags.push(
            Diagnostic::warning(
                "the chapter has no level-1 heading (`# Title`) to serve as its title",
            )
            .at(&file.path, 1, 1),
        );
    }
    diags.extend(walker.diags);
    Chapter {
        file: file.clone(),
        title: walker.title,
        blocks,
        footnotes: walker.footnotes,
        messages: walker.messages,
        anchors: walker.anchors,
        links: walker.links,
    }
}

pub(super) fn is_inline_start(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// Block tags whose content is more blocks (everything the walk recurses into).
fn is_container(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Table(_)
    )
}

fn is_inline_event(event: &Event) -> bool {
    match event {
        Event::Start(tag) => is_inline_start(tag),
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::TaskListMarker(_) => true,
        _ => false,
    }
}

impl<'a> Walker<'a, '_> {
    fn at(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(offset)
    }

    fn diag(&mut self, diagnostic: Diagnostic, offset: usize) {
        let (line, column) = self.at(offset);
        self.diags
            .push(diagnostic.at(&self.file.path, line, column));
    }

    /// The blocks of a container one level deeper than the current one.
    fn nested(&mut self, context: Context) -> Vec<Block> {
        self.depth += 1;
        let blocks = self.blocks(context);
        self.depth -= 1;
        blocks
    }

    /// Blocks up to the end of the enclosing container (its End is consumed).
    /// Containers that would nest deeper than [`MAX_NESTING`] are not entered:
    /// their content joins this level, without recursion.
    fn blocks(&mut self, context: Context) -> Vec<Block> {
        let mut out = Vec::new();
        // Containers opened here past the limit whose End is still to come.
        let mut flattened = 0usize;
        while let Some((event, _)) = self.events.peek() {
            if is_inline_event(event) {
                // A tight list item holds its text without a paragraph.
                let run = self.inline_run();
                if let Some(block) = self.paragraph(run, context) {
                    out.push(block);
                }
                continue;
            }
            let Some((event, range)) = self.events.next() else {
                break;
            };
            match event {
                Event::End(_) if flattened > 0 => flattened -= 1,
                Event::End(_) => return out,
                Event::Start(tag) if is_container(&tag) && self.depth >= MAX_NESTING => {
                    flattened += 1;
                    if !self.too_deep {
                        self.too_deep = true;
                        self.diag(
                            Diagnostic::error(format!(
                                "block quotes, alerts and lists are nested more than {MAX_NESTING} deep here; what is deeper is read as if it were {MAX_NESTING} deep"
                            ))
                            .with_hint(format!("nest them at most {MAX_NESTING} deep")),
                            range.start,
                        );
                    }
                }
                Event::Start(Tag::Paragraph)
                    if matches!(out.last(), Some(Block::Table { caption: None, .. })) =>
                {
                    let run = self.inline_run();
                    self.events.next(); // End(Paragraph)
                    match self.table_caption(&run) {
                        Some(message) => {
                            if let Some(Block::Table { caption, .. }) = out.last_mut() {
                                *caption = Some(message);
                            }
                        }
                        None => out.extend(self.paragraph(run, context)),
                    }
                }
                Event::Start(tag) => {
                    if let Some(block) = self.block(tag, range, context) {
                        out.push(block);
                    }
                }
                Event::Rule => out.push(Block::Rule),
                Event::Html(_) => self.diag(
                    Diagnostic::warning("raw HTML is not published; this block is dropped")
                        .with_hint("write it in Markdown instead"),
                    range.start,
                ),
                _ => {}
            }
        }
        out
    }

    /// Skips events up to and including the End matching an already-consumed Start.
    fn skip_container(&mut self) -> String {
        let mut depth = 0usize;
        let mut text = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => break,
                Event::End(_) => depth -= 1,
                Event::Text(t) | Event::Html(t) | Event::Code(t) => text.push_str(&t),
                _ => {}
            }
        }
        text
    }

    fn block(&mut self, tag: Tag<'a>, range: Range<usize>, context: Context) -> Option<Block> {
        match tag {
            Tag::Paragraph => {
                let run = self.inline_run();
                self.events.next(); // End(Paragraph)
                self.paragraph(run, context)
            }
            Tag::Heading { level, id, .. } => {
                let run = self.inline_run();
                self.events.next();
                let level = level as u8;
                let is_title = level == 1 && self.title.is_none();
                let kind = if is_title {
                    MessageKind::Title
                } else {
                    MessageKind::Heading
                };
                let plain = plain_text(&run);
                let message = self.message(kind, &run, range.start)?;
                if is_title {
                    self.title = Some(message);
                    if id.is_some() {
                        self.diag(Diagnostic::warning("the chapter title's `{#id}` is not used: a chapter is linked by its file name"), range.start);
                    }
                    return None;
                }
                let anchor = match id {
                    Some(id) => {
                        let id = id.to_string();
                        if !is_valid_anchor(&id) {
                            self.diag(
                                Diagnostic::error(format!("the heading anchor `{id}` may hold only ASCII letters, digits, `-` and `_`")),
                                range.start,
                            );
                        }
                        id
                    }
                    None => slugify(&plain),
                };
                let anchor = self.unique_anchor(anchor, range.start);
                Some(Block::Heading {
                    level,
                    anchor,
                    message,
                })
            }
            Tag::BlockQuote(kind) => {
                let blocks = self.nested(context);
                Some(match kind {
                    None => Block::Quote { blocks },
                    Some(kind) => Block::Alert {
                        kind: match kind {
                            BlockQuoteKind::Note => AlertKind::Note,
                            BlockQuoteKind::Tip => AlertKind::Tip,
                            BlockQuoteKind::Important => AlertKind::Important,
                            BlockQuoteKind::Warning => AlertKind::Warning,
                            BlockQuoteKind::Caution => AlertKind::Caution,
                        },
                        blocks,
                    },
                })
            }
            Tag::CodeBlock(kind) => {
                let text = self.skip_container();
                let language = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split_whitespace()
                        .next()
                        .filter(|l| !l.is_empty())
                        .map(str::to_owned),
                    CodeBlockKind::Indented => None,
                };
                Some(Block::Code { language, text })
            }
            Tag::HtmlBlock => {
                self.skip_container();
                self.diag(
                    Diagnostic::warning("raw HTML is not published; this block is dropped")
                        .with_hint("write it in Markdown instead"),
                    range.start,
                );
                None
            }
            Tag::List(start) => {
                let mut items = Vec::new();
                let mut tasks = Vec::new();
                while let Some((event, _)) = self.events.next() {
                    match event {
                        Event::Start(Tag::Item) => {
                            let outer = self.task.take();
                            items.push(self.nested(Context::ListItem));
                            tasks.push(std::mem::replace(&mut self.task, outer));
                        }
                        Event::End(_) => break,
                        _ => {}
                    }
                }
                if tasks.iter().all(Option::is_none) {
                    tasks.clear();
                }
                Some(Block::List {
                    start,
                    items,
                    tasks,
                })
            }
            Tag::FootnoteDefinition(label) => {
                let blocks = self.nested(Context::Footnote);
                let label = label.to_string();
                if !self.footnote_labels.insert(label.clone()) {
                    self.diag(
                        Diagnostic::error(format!("the footnote `[^{label}]` is defined twice")),
                        range.start,
                    );
                } else {
                    self.footnotes.push(FootnoteDef { label, blocks });
                }
                None
            }
            Tag::Table(aligns) => Some(self.table(aligns)),
            // Not enabled in the dialect; kept as their content if they ever appear.
            _ => {
                let blocks = self.nested(context);
                Some(Block::Quote { blocks })
            }
        }
    }

    fn table(&mut self, aligns: Vec<pulldown_cmark::Alignment>) -> Block {
        let aligns = aligns
            .into_iter()
            .map(|a| match a {
                pulldown_cmark::Alignment::None => Align::None,
                pulldown_cmark::Alignment::Left => Align::Left,
                pulldown_cmark::Alignment::Center => Align::Center,
                pulldown_cmark::Alignment::Right => Align::Right,
            })
            .collect();
        let mut header = Vec::new();
        let mut rows: Vec<Vec<Option<usize>>> = Vec::new();
        let mut in_head = false;
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => in_head = false,
                Event::Start(Tag::TableRow) => rows.push(Vec::new()),
                Event::Start(Tag::TableCell) => {
                    let run = self.inline_run();
                    self.events.next();
                    let message = self.message(MessageKind::TableCell, &run, range.start);
                    if in_head {
                        header.push(message)
                    } else if let Some(row) = rows.last_mut() {
                        row.push(message)
                    }
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        Block::Table {
            aligns,
            header,
            rows,
            caption: None,
        }
    }

    /// A paragraph right after a table that begins with `Table:` or `:` is
    /// the table's caption, as in pandoc and Quarto; the prefix is not part
    /// of the message.
    fn table_caption(&mut self, run: &[Spanned<'a>]) -> Option<usize> {
        let (Event::Text(first), range) = run.first()? else {
            return None;
        };
        let rest = ["Table:", ": "]
            .iter()
            .find_map(|prefix| first.strip_prefix(prefix))?;
        let rest_trimmed = rest.trim_start();
        let skipped = first.len() - rest_trimmed.len();
        let mut caption = run.to_vec();
        caption[0] = (
            Event::Text(rest_trimmed.to_owned().into()),
            range.start + skipped..range.end,
        );
        if rest_trimmed.is_empty() {
            caption.remove(0);
        }
        self.message(MessageKind::TableCaption, &caption, range.start)
    }

    /// Inline events up to the end of the current container or the next block.
    fn inline_run(&mut self) -> Vec<Spanned<'a>> {
        let mut run = Vec::new();
        let mut depth = 0usize;
        while let Some((event, _)) = self.events.peek() {
            let stop = depth == 0 && (matches!(event, Event::End(_)) || !is_inline_event(event));
            if stop {
                break;
            }
            let (event, range) = self.events.next().expect("peeked");
            match &event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                Event::TaskListMarker(done) => {
                    // The box is the list item's, not part of its text.
                    self.task = Some(*done);
                    continue;
                }
                _ => {}
            }
            run.push((event, range));
        }
        run
    }

    fn paragraph(&mut self, run: Vec<Spanned<'a>>, context: Context) -> Option<Block> {
        if let Some(figure) = self.figure(&run) {
            return Some(figure);
        }
        let kind = match context {
            Context::Body => MessageKind::Paragraph,
            Context::ListItem => MessageKind::ListItem,
            Context::Footnote => MessageKind::Footnote,
        };
        let start = run.first()?.1.start;
        let message = self.message(kind, &run, start)?;
        Some(Block::Paragraph { message })
    }

    /// A paragraph holding a single image is a figure: alt text and title
    /// (the caption) become messages of their own.
    fn figure(&mut self, run: &[Spanned<'a>]) -> Option<Block> {
        let significant: Vec<&Spanned> = run
            .iter()
            .filter(|(e, _)| !matches!(e, Event::Text(t) if t.trim().is_empty()))
            .collect();
        let (
            Event::Start(Tag::Image {
                dest_url, title, ..
            }),
            range,
        ) = significant.first()?
        else {
            return None;
        };
        if !matches!(significant.last()?.0, Event::End(TagEnd::Image)) {
            return None;
        }
        let nested_images = significant
            .iter()
            .filter(|(e, _)| matches!(e, Event::Start(Tag::Image { .. })))
            .count();
        let inner_start = significant
            .iter()
            .position(|(e, _)| matches!(e, Event::End(TagEnd::Image)))?;
        if nested_images != 1 || inner_start != significant.len() - 1 {
            return None;
        }
        let image = self.image_path(dest_url, range.start)?;
        let alt_run: Vec<Spanned<'a>> = run
            .iter()
            .skip_while(|(e, _)| !matches!(e, Event::Start(Tag::Image { .. })))
            .skip(1)
            .take_while(|(e, _)| !matches!(e, Event::End(TagEnd::Image)))
            .cloned()
            .collect();
        let alt = match self.message(MessageKind::AltText, &alt_run, range.start) {
            Some(alt) => alt,
            None => {
                self.diag(
                    Diagnostic::error("a figure needs alt text describing the image: `![what it shows](path \"caption\")`"),
                    range.start,
                );
                return None;
            }
        };
        let caption = if title.trim().is_empty() {
            None
        } else {
            let title = match MessageText::inline_nesting_error(title.trim()) {
                Some(_) => {
                    self.inline_too_deep(range.start);
                    MessageText::escape_markdown(title.trim())
                }
                None => title.trim().to_owned(),
            };
            let text = MessageText::from_markdown(&title);
            Some(self.add_message(MessageKind::Caption, text, range.start))
        };
        let labels = self.figure_labels(&image, range.start);
        Some(Block::Figure {
            image,
            alt,
            caption,
            labels,
        })
    }

    /// The text of an SVG figure, one message per label, each noting the
    /// figure and how many characters fit where the label is drawn.
    fn figure_labels(&mut self, image: &str, offset: usize) -> Vec<usize> {
        if crate::media::image_media_type(image) != Some("image/svg+xml") {
            return vec![];
        }
        // The image was read and checked a moment ago; a file that changed
        // since then only loses its labels, and the next run sees it again.
        let Some(svg) = crate::paths::read_inside(&self.project.root, image)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
        else {
            return vec![];
        };
        let labels = match crate::figure::labels(&svg) {
            Ok(labels) => labels,
            Err(problem) => {
                self.diag(
                    Diagnostic::error(format!("the image `{image}`: {problem}")),
                    offset,
                );
                return vec![];
            }
        };
        let file = image.rsplit('/').next().unwrap_or(image);
        labels
            .into_iter()
            .map(|label| {
                let note = match &label.room {
                    Some(room) => format!(
                        "figure {file}, a label: about {} characters fit",
                        room.characters()
                    ),
                    None => format!(
                        "figure {file}, its {} (read aloud, not drawn)",
                        if label.element == "desc" {
                            "description"
                        } else {
                            label.element
                        }
                    ),
                };
                let text = MessageText {
                    pieces: vec![Piece::Text(label.text)],
                };
                let index = self.add_message(MessageKind::FigureText, text, offset);
                self.messages[index].note.get_or_insert(note);
                index
            })
            .collect()
    }

    /// Resolves an image path (relative to the chapter file) inside the project.
    fn image_path(&mut self, dest: &str, offset: usize) -> Option<String> {
        let lower = dest.to_ascii_lowercase();
        if lower.contains("://") || lower.starts_with("data:") || lower.starts_with("file:") {
            self.diag(
                Diagnostic::error(format!("the image `{dest}` is not a file of the project; images must be local so the outputs work offline")),
                offset,
            );
            return None;
        }
        let chapter_dir = Path::new(&self.file.path).parent().unwrap_or(Path::new(""));
        match normalize_inside(chapter_dir, dest) {
            Some(path) => {
                let rel = path.to_string_lossy().replace('\\', "/");
                if self.project.root.join(&path).is_file() {
                    let checked = crate::paths::read_inside(&self.project.root, &rel)
                        .and_then(|bytes| crate::media::check_image(&rel, &bytes));
                    match checked {
                        Ok(()) => Some(rel),
                        Err(problem) => {
                            self.diag(
                                Diagnostic::error(format!("the image `{dest}`: {problem}")),
                                offset,
                            );
                            None
                        }
                    }
                } else {
                    self.diag(
                        Diagnostic::error(format!(
                            "the image `{dest}` does not exist (looked for `{rel}`)"
                        )),
                        offset,
                    );
                    None
                }
            }
            None => {
                self.diag(
                    Diagnostic::error(format!("the image `{dest}` is outside the project")),
                    offset,
                );
                None
            }
        }
    }

    /// Turns an inline run into a message (None when it holds no text).
    fn message(
        &mut self,
        kind: MessageKind,
        run: &[Spanned<'a>],
        fallback_offset: usize,
    ) -> Option<usize> {
        let markdown = match inline_nesting_error(run) {
            // Only its text is kept: nothing after parsing nests that deep.
            Some(at) => {
                self.inline_too_deep(at);
                MessageText::escape_markdown(&plain_text(run))
            }
            None => self.inline_markdown(run),
        };
        if markdown.trim().is_empty() {
            return None;
        }
        let offset = run.first().map_or(fallback_offset, |(_, r)| r.start);
        Some(self.add_message(kind, MessageText::from_markdown(markdown.trim()), offset))
    }

    fn inline_too_deep(&mut self, offset: usize) {
        const MAX_INLINE_NESTING: usize = MessageText::MAX_INLINE_NESTING;
        self.diag(
            Diagnostic::error(format!(
                "emphasis, strikethrough and links are nested more than {MAX_INLINE_NESTING} deep here; only the text of this block is kept"
            ))
            .with_hint(format!("nest them at most {MAX_INLINE_NESTING} deep")),
            offset,
        );
    }

    fn add_message(&mut self, kind: MessageKind, text: MessageText, offset: usize) -> usize {
        let normalized = text.normalized();
        let mut id = message_id(&self.file.slug, kind, &normalized);
        let (line, column) = self.at(offset);
        // Identical text shares one message.
        if let Some(&existing) = self.by_id.get(&id) {
            if self.messages[existing].text.normalized() == normalized {
                return existing;
            }
            // Two texts with one 64-bit hash: never give either a suffix that
            // could move to the other when one is deleted.
            let other_line = self.messages[existing].line;
            self.diag(
                Diagnostic::error(format!(
                    "this {} has the same message id `{id}` as the text at line {other_line} (a hash collision): reword one of them slightly",
                    kind.describe()
                )),
                offset,
            );
            let mut n = 2;
            while self.by_id.contains_key(&format!("{id}-collision-{n}")) {
                n += 1;
            }
            id = format!("{id}-collision-{n}");
        }
        self.messages.push(Message {
            id: id.clone(),
            kind,
            text,
            line,
            column,
            note: None,
        });
        self.by_id.insert(id, self.messages.len() - 1);
        self.messages.len() - 1
    }

    fn unique_anchor(&mut self, anchor: String, offset: usize) -> String {
        let base = if anchor.is_empty() {
            "section".to_owned()
        } else {
            anchor
        };
        // Footnotes own the ids `fn-…` and `fnref-…` in the outputs. A heading
        // whose anchor is (or, numbered, would become) one of them gets a
        // `section-` prefix; then no numbered candidate below looks like one.
        let footnote_like = is_footnote_like(&base);
        let base = if footnote_like {
            format!("section-{base}")
        } else {
            base
        };
        // Every round tries a name not tried before, and only the chapter's
        // anchors and the reserved page ids (crate::page_ids) are taken: the loop ends.
        let mut candidate = base.clone();
        let mut n = 1;
        while self.anchor_set.contains(&candidate) || is_reserved_anchor(&candidate) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        if footnote_like {
            let original = &base["section-".len()..];
            self.diag(
                Diagnostic::warning(format!("the anchor `{original}` looks like a footnote's (footnotes use `fn-…` and `fnref-…`); this heading gets `{candidate}`")),
                offset,
            );
        } else if candidate != base {
            self.diag(
                Diagnostic::warning(format!("the anchor `{base}` is already taken in this chapter; this heading gets `{candidate}`")),
                offset,
            );
        }
        self.anchor_set.insert(candidate.clone());
        self.anchors.push(candidate.clone());
        candidate
    }

    /// The run's inline Markdown, copied from the source so escapes and markup
    /// stay as written, with line breaks (and container prefixes on continuation
    /// lines) normalised and reference links expanded to inline links.
    fn inline_markdown(&mut self, run: &[Spanned<'a>]) -> String {
        let src = self.src;
        let mut out = String::new();
        let Some(first) = run.first() else { return out };
        let mut cursor = first.1.start;
        let mut skip_to_next = false;
        // Reference links being rewritten: (destination, title, end of the whole link).
        let mut rewritten: Vec<Option<(String, String, usize)>> = Vec::new();
        let mut last_end = cursor;
        for (event, range) in run {
            if skip_to_next {
                cursor = range.start.max(cursor);
                skip_to_next = false;
            }
            match event {
                Event::SoftBreak | Event::HardBreak => {
                    out.push_str(src[cursor..range.start.max(cursor)].trim_end());
                    out.push_str(if matches!(event, Event::HardBreak) {
                        "\\\n"
                    } else {
                        " "
                    });
                    cursor = range.end;
                    skip_to_next = true;
                }
                Event::Start(
                    Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        ..
                    }
                    | Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        ..
                    },
                ) => {
                    self.links_check(event, dest_url, range.start);
                    let is_reference = matches!(
                        link_type,
                        LinkType::Reference
                            | LinkType::ReferenceUnknown
                            | LinkType::Collapsed
                            | LinkType::CollapsedUnknown
                            | LinkType::Shortcut
                            | LinkType::ShortcutUnknown
                    );
                    if is_reference {
                        out.push_str(&src[cursor..range.start.max(cursor)]);
                        out.push_str(if matches!(event, Event::Start(Tag::Image { .. })) {
                            "!["
                        } else {
                            "["
                        });
                        cursor = range.end;
                        skip_to_next = true;
                        rewritten.push(Some((dest_url.to_string(), title.to_string(), range.end)));
                    } else {
                        rewritten.push(None);
                    }
                }
                Event::End(TagEnd::Link | TagEnd::Image) => {
                    if let Some(Some((dest, title, end))) = rewritten.pop() {
                        out.push_str(&src[cursor..last_end.max(cursor)]);
                        out.push_str("](");
                        out.push_str(&format_destination(&dest));
                        if !title.is_empty() {
                            out.push_str(&format!(
                                " \"{}\"",
                                title.replace('\\', "\\\\").replace('"', "\\\"")
                            ));
                        }
                        out.push(')');
                        cursor = end;
                        skip_to_next = false;
                    }
                }
                _ => {}
            }
            // A Start's range covers its whole element: count it at its End.
            if !matches!(event, Event::Start(_)) {
                last_end = last_end.max(range.end);
            }
        }
        if !skip_to_next {
            out.push_str(&src[cursor..last_end.max(cursor)]);
        }
        out
    }

    fn links_check(&mut self, event: &Event, dest: &str, offset: usize) {
        if matches!(event, Event::Start(Tag::Link { .. })) {
            let (line, column) = self.at(offset);
            self.links.push(SourceLink {
                destination: dest.to_owned(),
                line,
                column,
            });
        } else if !matches!(LinkTarget::classify(dest), LinkTarget::External(_)) {
            // Inline images are validated like figures.
            self.image_path(dest, offset);
        } else {
            self.diag(
                Diagnostic::error(format!("the image `{dest}` is not a file of the project; images must be local so the outputs work offline")),
                offset,
            );
        }
    }
}

fn format_destination(dest: &str) -> String {
    if dest.is_empty() || dest.contains([' ', '(', ')', '<', '>']) {
        format!("<{}>", dest.replace('<', "%3C").replace('>', "%3E"))
    } else {
        dest.to_owned()
    }
}

/// The offset of the first inline element of `run` nested deeper than
/// [`MessageText::MAX_INLINE_NESTING`], if any.
fn inline_nesting_error(run: &[Spanned]) -> Option<usize> {
    let mut depth = 0usize;
    for (event, range) in run {
        match event {
            Event::Start(tag) if is_inline_start(tag) => {
                depth += 1;
                if depth > MessageText::MAX_INLINE_NESTING {
                    return Some(range.start);
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn plain_text(run: &[Spanned]) -> String {
    let mut out = String::new();
    for (event, _) in run {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// A heading anchor from its text: lowercase ASCII words joined by hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// An anchor with a footnote's prefix, or one that a number would give one
/// (`fn` → `fn-2`).
fn is_footnote_like(id: &str) -> bool {
    page_ids::has_footnote_prefix(id) || id == "fn" || id == "fnref"
}

fn is_reserved_anchor(id: &str) -> bool {
    page_ids::is_reserved(id)
}

fn is_valid_anchor(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `base/dest` with `.` and `..` resolved, or None if it leaves the project.
fn normalize_inside(base: &Path, dest: &str) -> Option<PathBuf> {
    let dest = dest.split(['#', '?']).next().unwrap_or(dest);
    if dest.starts_with('/') || dest.starts_with('\\') || Path::new(dest).is_absolute() {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    for component in base.join(dest).components() {
        match component {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(parts.iter().collect())
}

/// Checks every link in the book: other chapters and their anchors must exist;
/// local files and unknown schemes are errors.
pub fn check_links(book: &Book, diags: &mut Diagnostics) {
    for chapter in &book.chapters {
        for link in &chapter.links {
            if let Some(problem) = link_problem(book, chapter, &link.destination) {
                diags.push(Diagnostic::error(problem).at(
                    &chapter.file.path,
                    link.line,
                    link.column,
                ));
            }
        }
    }
}

/// Why a link destination cannot be resolved in `chapter`, if it cannot.
pub fn link_problem(book: &Book, chapter: &Chapter, destination: &str) -> Option<String> {
    match LinkTarget::classify(destination) {
        LinkTarget::External(_) => None,
        LinkTarget::Invalid(reason) => Some(reason),
        LinkTarget::Anchor(anchor) => (!chapter.anchors.contains(&anchor))
            .then(|| format!("the link `{destination}` points to `#{anchor}`, which no heading of this chapter has")),
        LinkTarget::Chapter { stem, anchor } => match book.chapter(&stem) {
            None => Some(format!("the link `{destination}` points to a chapter `{stem}.md` that is not in the manifest")),
            Some(target) => match anchor {
                Some(anchor) if !target.anchors.contains(&anchor) => {
                    Some(format!("the link `{destination}` points to `#{anchor}`, which no heading of `{stem}.md` has"))
                }
                _ => None,
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(markdown: &str) -> (Chapter, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("handbook/chapters")).unwrap();
        std::fs::write(
            root.join("handbook/handbook.yaml"),
            "id: t\nsource-language: en\nlanguages: [en]\nchapters:\n  - chapters/01-t.md\n",
        )
        .unwrap();
        std::fs::write(root.join("handbook/chapters/01-t.md"), markdown).unwrap();
        let project = Project::load(root).unwrap();
        let mut diags = Diagnostics::default();
        let chapter = parse_chapter(&project, &project.chapters[0], markdown, &mut diags);
        (chapter, diags)
    }

    fn depth(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|block| match block {
                Block::Quote { blocks } | Block::Alert { blocks, .. } => 1 + depth(blocks),
                Block::List { items, .. } => 1 + items.iter().map(|i| depth(i)).max().unwrap_or(0),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn a_table_paragraph_after_a_table_is_its_caption_and_nowhere_else() {
        let markdown = "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTable: The *numbers*\n\nTable: a paragraph\n\n| c |\n|---|\n| 3 |\n\n: Letters\n";
        let (chapter, diags) = parse(markdown);
        assert!(diags.items.is_empty(), "{:?}", diags.items);
        let captions: Vec<(MessageKind, String, usize)> = chapter
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Table {
                    caption: Some(c), ..
                } => Some(*c),
                _ => None,
            })
            .map(|c| {
                let m = &chapter.messages[c];
                (m.kind, m.text.display(), m.line)
            })
            .collect();
        assert_eq!(
            captions,
            [
                (MessageKind::TableCaption, "The *numbers*".to_owned(), 7),
                (MessageKind::TableCaption, "Letters".to_owned(), 15),
            ]
        );
        // A second `Table:` paragraph is a paragraph, prefix and all.
        assert!(
            chapter
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Paragraph { message }
            if chapter.messages[*message].text.display() == "Table: a paragraph"))
        );
    }

    #[test]
    fn containers_past_the_limit_are_flattened_and_keep_their_text() {
        let markdown = format!(
            "# T\n\n{}deep\n\n{}listed\n",
            "> ".repeat(40),
            "- ".repeat(40)
        );
        let (chapter, diags) = parse(&markdown);
        assert_eq!(depth(&chapter.blocks), MAX_NESTING);
        let texts: Vec<String> = chapter.messages.iter().map(|m| m.text.display()).collect();
        assert!(
            texts.contains(&"deep".to_owned()) && texts.contains(&"listed".to_owned()),
            "{texts:?}"
        );
        assert_eq!(diags.error_count(), 1, "reported once: {:?}", diags.items);
        assert_eq!(
            (diags.items[0].line, diags.items[0].column),
            (3, 2 * MAX_NESTING + 1)
        );
    }

    #[test]
    fn every_heading_gets_a_free_anchor_that_is_not_a_footnote_id() {
        let markdown = "# T\n\n## Fn\n\n## Fn\n\n## Fn 2\n\n## Content\n\n## Content\n\n## X {#fn-1}\n\n## Section fn 1\n\n## Y {#fnref}\n";
        let (chapter, diags) = parse(markdown);
        assert_eq!(
            chapter.anchors,
            [
                "section-fn",
                "section-fn-2",
                "section-fn-2-2",
                "content-2",
                "content-3",
                "section-fn-1",
                "section-fn-1-2",
                "section-fnref"
            ]
        );
        assert_eq!(diags.warning_count(), 8, "{:?}", diags.items);
    }
}
