//! Exchange with CAT tools through XLIFF 1.2: `handbook export --xliff LANG`
//! writes one language's messages (source, target, state, notes) with the
//! inline Markdown and Fluent placeables protected as placeholders, and
//! `handbook import FILE` brings the targets back into that language's `.ftl`
//! files, refusing the whole file (with file:line:column) when a unit does
//! not match the current source, and then letting `sync` lay the files out.
//!
//! Placeholders keep their original text as native code, so that import
//! rebuilds the exact Markdown without a skeleton: `**`, `*`, `_`, `~~` and a
//! link's `[` and `](destination)` are `<bpt>`/`<ept>` pairs around
//! translatable text; inline code, footnote references, hard line breaks,
//! inline HTML, autolinks and Fluent placeables (`{ -term }`, `{ $var }`,
//! selects, whole) are `<ph>`. A character XML cannot carry (a C0 control)
//! is a `<ph ctype="x-char">U+0007</ph>`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::build::Loaded;
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::transaction::{self, Transaction};
use crate::i18n::{Catalog, FtlFile, Translation, parse_ftl, sync};
use crate::lock::ProjectLock;
use crate::manifest::Project;
use crate::source::fluent_nesting::nesting_error;
use crate::source::{Book, Chapter, MessageText, Piece, Placeable, markdown_options};

const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Placeholder types (XLIFF 1.2 `ctype`): pairs, then standalone codes.
const ITALIC: &str = "italic";
const BOLD: &str = "bold";
const STRIKE: &str = "x-strike";
const LINK: &str = "link";
const IMAGE: &str = "x-image";
const CODE: &str = "x-code";
const FOOTNOTE: &str = "x-footnote";
const BREAK: &str = "lb";
const HTML: &str = "x-html";
const AUTOLINK: &str = "x-autolink";
const FLUENT: &str = "x-fluent";
const CHAR: &str = "x-char";

/// Stands for a Fluent placeable while the Markdown around it is parsed.
const SENTINEL: char = '\u{FFFC}';

/// One run of a segment: text, or a placeholder with its original text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Text(String),
    /// `<bpt>`: opens a pair around translatable text.
    Open {
        id: String,
        ctype: String,
        code: String,
    },
    /// `<ept>`: closes the pair with the same id.
    Close {
        id: String,
        code: String,
    },
    /// `<ph>`: a code that stands alone.
    Ph {
        id: String,
        ctype: String,
        code: String,
    },
    /// A character XML 1.0 cannot hold, even escaped.
    Char(char),
}

/// Whether XML 1.0 can carry `c` (`\r` only as `&#13;`).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

// ---------------------------------------------------------------------------
// Message text ⇄ tokens

/// A protected stretch of the Markdown, by byte range.
#[derive(Clone, Copy, Debug)]
struct Span {
    start: usize,
    end: usize,
    role: Role,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open(&'static str, usize),
    Close(usize),
    Ph(&'static str),
}

/// A link or image being read: where it starts and how far its text goes.
struct Frame {
    start: usize,
    open_len: usize,
    inner_end: usize,
    ctype: &'static str,
    autolink: bool,
}

/// The text's tokens, placeholders numbered 1, 2, ... in order (a pair
/// shares one number).
fn tokenize(text: &MessageText) -> Vec<Token> {
    let mut markdown = String::new();
    let mut placeables: HashMap<usize, &Placeable> = HashMap::new();
    for piece in &text.pieces {
        match piece {
            Piece::Text(t) => markdown.push_str(t),
            Piece::Placeable(p) => {
                placeables.insert(markdown.len(), p);
                markdown.push(SENTINEL);
            }
        }
    }
    let spans = protected_spans(&markdown, &placeables);
    let mut tokens = Vec::new();
    let mut next = 0usize;
    let mut pair_ids: HashMap<usize, String> = HashMap::new();
    let mut at = 0;
    let mut chars = 0usize;
    for span in spans {
        plain(
            &markdown[at..span.start],
            at,
            &placeables,
            &mut tokens,
            &mut next,
            &mut chars,
        );
        let code = markdown[span.start..span.end].to_owned();
        tokens.push(match span.role {
            Role::Open(ctype, pair) => {
                next += 1;
                pair_ids.insert(pair, next.to_string());
                Token::Open {
                    id: next.to_string(),
                    ctype: ctype.to_owned(),
                    code,
                }
            }
            Role::Close(pair) => Token::Close {
                id: pair_ids.get(&pair).cloned().unwrap_or_default(),
                code,
            },
            Role::Ph(ctype) => {
                next += 1;
                Token::Ph {
                    id: next.to_string(),
                    ctype: ctype.to_owned(),
                    code,
                }
            }
        });
        at = span.end;
    }
    plain(
        &markdown[at..],
        at,
        &placeables,
        &mut tokens,
        &mut next,
        &mut chars,
    );
    tokens
}

/// Text outside the Markdown codes: placeables and XML-less characters
/// become placeholders, the rest is text.
fn plain(
    segment: &str,
    base: usize,
    placeables: &HashMap<usize, &Placeable>,
    tokens: &mut Vec<Token>,
    next: &mut usize,
    chars: &mut usize,
) {
    let mut text = String::new();
    for (i, c) in segment.char_indices() {
        let placeable = placeables.get(&(base + i));
        if placeable.is_none() && xml_char(c) {
            text.push(c);
            continue;
        }
        if !text.is_empty() {
            tokens.push(Token::Text(std::mem::take(&mut text)));
        }
        match placeable {
            Some(p) => {
                *next += 1;
                tokens.push(Token::Ph {
                    id: next.to_string(),
                    ctype: FLUENT.to_owned(),
                    code: format!("{{ {} }}", p.fluent),
                });
            }
            None => {
                *chars += 1;
                tokens.push(Token::Char(c));
            }
        }
    }
    if !text.is_empty() {
        tokens.push(Token::Text(text));
    }
}

/// The inline Markdown codes of `markdown` (placeables stand as [`SENTINEL`]),
/// in order, never overlapping, none holding a placeable or a character XML
/// cannot carry (such a code stays text, and so does its partner).
fn protected_spans(markdown: &str, placeables: &HashMap<usize, &Placeable>) -> Vec<Span> {
    // Footnote references are read only when their definition exists.
    let mut document = markdown.to_owned();
    for label in footnote_labels(markdown) {
        let _ = write!(document, "\n\n[^{label}]: x");
    }
    let mut spans = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut pairs = 0usize;
    let mut pair = |spans: &mut Vec<Span>, open: (usize, usize), close: (usize, usize), ctype| {
        pairs += 1;
        spans.push(Span {
            start: open.0,
            end: open.1,
            role: Role::Open(ctype, pairs),
        });
        spans.push(Span {
            start: close.0,
            end: close.1,
            role: Role::Close(pairs),
        });
    };
    for (event, range) in Parser::new_ext(&document, markdown_options()).into_offset_iter() {
        if range.end > markdown.len() {
            continue;
        }
        if let Event::End(TagEnd::Link | TagEnd::Image) = event {
            let Some(frame) = frames.pop() else { continue };
            if frame.autolink {
                continue;
            }
            let close_start = frame.inner_end.max(frame.start + frame.open_len);
            if close_start < range.end && markdown[close_start..range.end].starts_with(']') {
                pair(
                    &mut spans,
                    (frame.start, frame.start + frame.open_len),
                    (close_start, range.end),
                    frame.ctype,
                );
            }
            if let Some(outer) = frames.last_mut() {
                outer.inner_end = outer.inner_end.max(range.end);
            }
            continue;
        }
        if let Some(frame) = frames.last_mut() {
            frame.inner_end = frame.inner_end.max(range.end);
        }
        let ph = |ctype| Span {
            start: range.start,
            end: range.end,
            role: Role::Ph(ctype),
        };
        match event {
            Event::Start(Tag::Emphasis) => {
                delimiters(markdown, &range, 1, ITALIC, &mut pair, &mut spans)
            }
            Event::Start(Tag::Strong) => {
                delimiters(markdown, &range, 2, BOLD, &mut pair, &mut spans)
            }
            Event::Start(Tag::Strikethrough) => {
                let len = markdown[range.start..]
                    .bytes()
                    .take_while(|b| *b == b'~')
                    .count()
                    .min(2);
                delimiters(markdown, &range, len, STRIKE, &mut pair, &mut spans)
            }
            Event::Start(Tag::Link { link_type, .. } | Tag::Image { link_type, .. }) => {
                let image = markdown[range.start..].starts_with("![");
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                if autolink {
                    spans.push(ph(AUTOLINK));
                }
                frames.push(Frame {
                    start: range.start,
                    open_len: if image { 2 } else { 1 },
                    inner_end: range.start,
                    ctype: if image { IMAGE } else { LINK },
                    autolink,
                });
            }
            Event::Code(_) => spans.push(ph(CODE)),
            Event::FootnoteReference(_) => spans.push(ph(FOOTNOTE)),
            Event::HardBreak => spans.push(ph(BREAK)),
            Event::InlineHtml(_) => spans.push(ph(HTML)),
            _ => {}
        }
    }
    // A code must be plain Markdown that XML can carry, and codes must not overlap.
    spans.sort_by_key(|s| (s.start, s.end));
    let mut dropped: HashSet<usize> = HashSet::new();
    let mut keep = vec![true; spans.len()];
    let mut last_end = 0;
    for (i, span) in spans.iter().enumerate() {
        let code = &markdown[span.start..span.end];
        let bad = span.start >= span.end
            || span.start < last_end
            || code.chars().any(|c| !xml_char(c))
            || (span.start..span.end).any(|o| placeables.contains_key(&o));
        if bad {
            keep[i] = false;
            if let Role::Open(_, p) | Role::Close(p) = span.role {
                dropped.insert(p);
            }
        } else {
            last_end = span.end;
        }
    }
    spans
        .into_iter()
        .zip(keep)
        .filter(|(span, keep)| {
            *keep && !matches!(span.role, Role::Open(_, p) | Role::Close(p) if dropped.contains(&p))
        })
        .map(|(span, _)| span)
        .collect()
}

/// Emphasis, strong and strikethrough: `len` delimiter characters at each end.
fn delimiters(
    markdown: &str,
    range: &std::ops::Range<usize>,
    len: usize,
    ctype: &'static str,
    pair: &mut impl FnMut(&mut Vec<Span>, (usize, usize), (usize, usize), &'static str),
    spans: &mut Vec<Span>,
) {
    if len == 0 || range.end < range.start + 2 * len {
        return;
    }
    let open = &markdown.as_bytes()[range.start..range.start + len];
    let close = &markdown.as_bytes()[range.end - len..range.end];
    let delimiter = open[0];
    if matches!(delimiter, b'*' | b'_' | b'~') && open.iter().chain(close).all(|b| *b == delimiter)
    {
        pair(
            spans,
            (range.start, range.start + len),
            (range.end - len, range.end),
            ctype,
        );
    }
}

/// Labels of `[^label]` in the text.
fn footnote_labels(text: &str) -> Vec<&str> {
    let mut labels: Vec<&str> = Vec::new();
    for (at, _) in text.match_indices("[^") {
        let rest = &text[at + 2..];
        if let Some(end) = rest.find(']') {
            let label = &rest[..end];
            if !label.is_empty()
                && !label.contains(|c: char| c.is_whitespace() || c == '[' || c == '^')
                && !labels.contains(&label)
            {
                labels.push(label);
            }
        }
    }
    labels
}

/// A placeholder of a segment: its id, whether it is a pair, its type and codes.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Item {
    id: String,
    pair: bool,
    ctype: String,
    codes: (String, String),
}

fn items(tokens: &[Token]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for token in tokens {
        match token {
            Token::Open { id, ctype, code } => items.push(Item {
                id: id.clone(),
                pair: true,
                ctype: ctype.clone(),
                codes: (code.clone(), String::new()),
            }),
            Token::Close { id, code } => {
                if let Some(item) = items.iter_mut().rev().find(|i| i.pair && i.id == *id) {
                    item.codes.1 = code.clone();
                }
            }
            Token::Ph { id, ctype, code } => items.push(Item {
                id: id.clone(),
                pair: false,
                ctype: ctype.clone(),
                codes: (code.clone(), String::new()),
            }),
            Token::Text(_) | Token::Char(_) => {}
        }
    }
    items
}

/// A translation's tokens with the ids of the source's placeholders: the
/// same code of the same type first, then the same type in order; a code the
/// source does not have gets a number after the source's.
fn target_tokens(translation: &MessageText, source: &[Token]) -> Vec<Token> {
    let mut tokens = tokenize(translation);
    let source_items = items(source);
    let mut used = vec![false; source_items.len()];
    let mut fresh = source_items.len();
    let mut map: HashMap<String, String> = HashMap::new();
    for item in items(&tokens) {
        let same_kind = |s: &Item| s.pair == item.pair && s.ctype == item.ctype;
        let found = (0..source_items.len())
            .find(|&i| {
                !used[i] && same_kind(&source_items[i]) && source_items[i].codes == item.codes
            })
            .or_else(|| (0..source_items.len()).find(|&i| !used[i] && same_kind(&source_items[i])));
        let id = match found {
            Some(i) => {
                used[i] = true;
                source_items[i].id.clone()
            }
            None => {
                fresh += 1;
                fresh.to_string()
            }
        };
        map.insert(item.id, id);
    }
    for token in &mut tokens {
        if let Token::Open { id, .. } | Token::Close { id, .. } | Token::Ph { id, .. } = token
            && let Some(new) = map.get(id)
        {
            *id = new.clone();
        }
    }
    tokens
}

// ---------------------------------------------------------------------------
// Export

/// The XLIFF 1.2 document of one language: one `<file>` per chapter, one
/// `<trans-unit>` per message in source order. Problems of the source or of
/// the language's files stop it (nothing half-read is exported).
pub(crate) fn export(loaded: &Loaded, language: &str) -> Result<String, Diagnostics> {
    let project = &loaded.project;
    let mut problems = Diagnostics::default();
    let errors = |d: &Diagnostics| {
        d.items
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect::<Vec<_>>()
    };
    problems.extend(errors(&loaded.source_diagnostics));
    if let Some(diags) = loaded.language_diagnostics.get(language) {
        problems.extend(errors(diags));
    }
    if let Some(d) = language_problem(project, language) {
        problems.push(d);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let empty = Catalog::default();
    let catalog = loaded.catalog(language).unwrap_or(&empty);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<xliff version=\"1.2\" xmlns=\"{XLIFF_NS}\">");
    for chapter in &loaded.book.chapters {
        let _ = writeln!(
            out,
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-markdown\">",
            attr(&chapter.file.path),
            attr(&project.source_language),
            attr(language)
        );
        out.push_str("    <body>\n");
        let contexts = crate::i18n::message_contexts(chapter);
        for (message, context) in chapter.messages.iter().zip(&contexts) {
            write_unit(
                &mut out,
                chapter,
                message,
                context,
                catalog.messages.get(&message.id),
            );
        }
        out.push_str("    </body>\n  </file>\n");
    }
    out.push_str("</xliff>\n");
    Ok(out)
}

fn write_unit(
    out: &mut String,
    chapter: &Chapter,
    message: &crate::source::Message,
    context: &str,
    translation: Option<&Translation>,
) {
    let source = tokenize(&message.text);
    let _ = writeln!(
        out,
        "      <trans-unit id=\"{}\" xml:space=\"preserve\">",
        attr(&message.id)
    );
    out.push_str("        <source>");
    write_tokens(out, &source);
    out.push_str("</source>\n");
    if let Some(translation) = translation {
        let state = if translation.stale {
            "needs-review-translation"
        } else {
            "translated"
        };
        let _ = write!(out, "        <target state=\"{state}\">");
        write_tokens(out, &target_tokens(&translation.text, &source));
        out.push_str("</target>\n");
    }
    let _ = writeln!(
        out,
        "        <context-group purpose=\"location\"><context context-type=\"sourcefile\">{}</context><context context-type=\"linenumber\">{}</context></context-group>",
        text(&chapter.file.path),
        message.line
    );
    let _ = writeln!(
        out,
        "        <note from=\"developer\">{}</note>",
        text(context)
    );
    if let Some(translation) = translation.filter(|t| t.stale) {
        let previous = translation
            .previous_source
            .as_deref()
            .unwrap_or("(not recorded)");
        let _ = writeln!(
            out,
            "        <note from=\"developer\" annotates=\"source\">Stale: the source changed since this was translated. Previous source: {}</note>",
            text(previous)
        );
    }
    out.push_str("      </trans-unit>\n");
}

fn write_tokens(out: &mut String, tokens: &[Token]) {
    let mut chars = 0;
    for token in tokens {
        match token {
            Token::Text(t) => out.push_str(&text(t)),
            Token::Open { id, ctype, code } => {
                let _ = write!(
                    out,
                    "<bpt id=\"{}\" ctype=\"{}\">{}</bpt>",
                    attr(id),
                    attr(ctype),
                    text(code)
                );
            }
            Token::Close { id, code } => {
                let _ = write!(out, "<ept id=\"{}\">{}</ept>", attr(id), text(code));
            }
            Token::Ph { id, ctype, code } => {
                let _ = write!(
                    out,
                    "<ph id=\"{}\" ctype=\"{}\">{}</ph>",
                    attr(id),
                    attr(ctype),
                    text(code)
                );
            }
            Token::Char(c) => {
                chars += 1;
                let _ = write!(
                    out,
                    "<ph id=\"c{chars}\" ctype=\"{CHAR}\">U+{:04X}</ph>",
                    u32::from(*c)
                );
            }
        }
    }
}

/// Element text: `&`, `<`, `>` (so `]]>` cannot occur) and `\r` escaped;
/// a character XML cannot carry becomes U+FFFD (in notes only: segments
/// carry them as placeholders).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if !xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Attribute values: as [`text`], and quotes and whitespace a parser would
/// normalize.
fn attr(s: &str) -> String {
    text(s)
        .replace('"', "&quot;")
        .replace('\t', "&#9;")
        .replace('\n', "&#10;")
}

fn language_problem(project: &Project, language: &str) -> Option<Diagnostic> {
    if language == project.source_language {
        Some(Diagnostic::error(format!(
            "`{language}` is the source language: there is nothing to translate"
        )))
    } else if !project.languages.iter().any(|l| l == language) {
        Some(
            Diagnostic::error(format!("`{language}` is not a language of this handbook"))
                .in_file("handbook/handbook.yaml")
                .with_hint(format!(
                    "its languages are {}",
                    project.languages.join(", ")
                )),
        )
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Import

/// What an import did.
#[derive(Debug, Default)]
pub(crate) struct ImportReport {
    pub language: String,
    /// Translations of messages that had none.
    pub added: usize,
    /// Translations whose text changed.
    pub changed: usize,
    /// Units whose target is the translation already in place.
    pub unchanged: usize,
    /// Units without a target, or whose state says it is not translated.
    pub untranslated: usize,
    /// `.ftl` files the import wrote before sync.
    pub written: Vec<String>,
    /// The sync that laid the files out afterwards.
    pub sync: sync::SyncReport,
}

/// One unit read from the file, checked against the source.
struct Unit {
    chapter: usize,
    message: usize,
    target: Option<(Vec<Token>, Location)>,
}

#[derive(Clone, Copy, Debug)]
struct Location {
    line: usize,
    column: usize,
}

/// Reads `path` (shown as `shown` in diagnostics) and writes its targets into
/// the language's `.ftl` files, all or nothing, then runs sync. Any problem
/// of the file is an error at its line and column, and nothing is written.
pub(crate) fn import(
    project: &Project,
    book: &Book,
    path: &Path,
    shown: &str,
    diags: &mut Diagnostics,
) -> Option<ImportReport> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            diags.push(Diagnostic::error(format!("cannot read the file: {err}")).in_file(shown));
            return None;
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        diags.push(Diagnostic::error("the file is not UTF-8").in_file(shown));
        return None;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let document = match roxmltree::Document::parse(text) {
        Ok(document) => document,
        Err(err) => {
            let pos = err.pos();
            diags.push(
                Diagnostic::error(format!("the file is not well-formed XML: {err}")).at(
                    shown,
                    pos.row as usize,
                    pos.col as usize,
                ),
            );
            return None;
        }
    };
    let reader = Reader {
        document: &document,
        shown,
    };
    let (language, units) = reader.units(project, book, diags)?;

    // Under the project lock: the translations as they are now, and the writes.
    let lock = match ProjectLock::exclusive(&project.root) {
        Ok(lock) => lock,
        Err(err) => {
            diags.push(Diagnostic::error(format!(
                "cannot lock the project folder: {err}"
            )));
            return None;
        }
    };
    if let Err(d) = transaction::recover(&project.root) {
        diags.push(d);
        return None;
    }
    let mut load_diags = Diagnostics::default();
    let catalog = Catalog::load(project, &language, &mut load_diags);
    let mut report = ImportReport {
        language: language.clone(),
        ..Default::default()
    };
    let mut edits: HashMap<usize, Vec<(String, MessageText)>> = HashMap::new();
    let mut failed = false;
    for unit in &units {
        let chapter = &book.chapters[unit.chapter];
        let message = &chapter.messages[unit.message];
        let Some((tokens, at)) = &unit.target else {
            report.untranslated += 1;
            continue;
        };
        let current = catalog.messages.get(&message.id);
        let source = tokenize(&message.text);
        let current_tokens = current.map(|t| target_tokens(&t.text, &source));
        let new = match reader.rebuild(&message.id, tokens, &source, current_tokens.as_deref(), *at)
        {
            Ok(Some(new)) => new,
            Ok(None) => {
                report.untranslated += 1;
                continue;
            }
            Err(d) => {
                diags.push(d);
                failed = true;
                continue;
            }
        };
        match current {
            Some(t) if t.text == new => report.unchanged += 1,
            Some(_) => report.changed += 1,
            None => report.added += 1,
        }
        if current.is_none_or(|t| t.text != new) {
            edits
                .entry(unit.chapter)
                .or_default()
                .push((message.id.clone(), new));
        }
    }
    if failed {
        return None;
    }
    let mut tx = Transaction::default();
    let mut chapters: Vec<_> = edits.into_iter().collect();
    chapters.sort_by_key(|(index, _)| *index);
    for (index, changes) in &chapters {
        let chapter = &book.chapters[*index];
        let rel = format!("translations/{language}/{}.ftl", chapter.file.stem);
        if let Err(err) = crate::paths::confined(&project.root, Path::new(&rel)) {
            diags.push(Diagnostic::error(err).in_file(&rel));
            return None;
        }
        let file = catalog.chapters.get(&chapter.file.stem);
        if let Some(file) = file
            && !file.errors.is_empty()
        {
            diags.extend(file.errors.iter().cloned());
            diags.push(
                Diagnostic::error("nothing was imported: fix this file's errors first")
                    .in_file(&rel),
            );
            return None;
        }
        let updated = apply_edits(file, chapter, changes);
        tx.stage(&rel, updated);
    }
    match tx.commit(&project.root) {
        Ok(written) => report.written = written,
        Err(d) => {
            diags.push(d);
            return None;
        }
    }
    // sync takes the lock itself: the layout is its job.
    drop(lock);
    report.sync = sync::sync(project, book, diags);
    Some(report)
}

/// The chapter file with each change in place: the entry's value replaced,
/// or the entry written where its commented-out block was (the block kept
/// above it when a translator had typed into it), or added at the end. Every
/// other byte stays.
fn apply_edits(
    file: Option<&FtlFile>,
    chapter: &Chapter,
    changes: &[(String, MessageText)],
) -> String {
    let text = file.map_or("", |f| f.text.as_str());
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut replacements: Vec<(usize, usize, String)> = Vec::new();
    let mut appended = String::new();
    for (id, value) in changes {
        let entry = format!("{id} ={}", value.to_fluent());
        if let Some(existing) = file.and_then(|f| f.get(id)) {
            let start = starts[existing.line - 1];
            let end = value_end(text, start);
            replacements.push((start, end, entry));
        } else if let Some((start, end, generated)) = commented_block(text, id, chapter) {
            let replacement = if generated {
                entry
            } else {
                format!("{}\n{entry}", &text[start..end])
            };
            replacements.push((start, end, replacement));
        } else {
            let _ = write!(appended, "\n{entry}\n");
        }
    }
    replacements.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut out = text.to_owned();
    for (start, end, replacement) in replacements {
        out.replace_range(start..end, &replacement);
    }
    if !appended.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&appended);
    }
    out
}

/// Where the entry starting at `start` ends: after its last value line
/// (continuation lines are indented, blank, or a `}`, `[` or `*` of a
/// select), before its attributes and whatever follows.
fn value_end(text: &str, start: usize) -> usize {
    let mut end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let mut at = end;
    while at < text.len() {
        let line_start = at + 1;
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let trimmed = line.trim_start_matches([' ', '\t']);
        let indented = trimmed.len() < line.len();
        let attribute = indented
            && trimmed
                .strip_prefix('.')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()));
        let continues =
            trimmed.is_empty() || (indented && !attribute) || line.starts_with(['}', '[', '*']);
        if !continues {
            break;
        }
        if !trimmed.is_empty() {
            end = line_end;
        }
        if line_end == text.len() {
            break;
        }
        at = line_end;
    }
    end
}

/// The commented-out block of `id` (`# id = ...` and its `#     ` lines):
/// its byte range, and whether it is exactly what sync generates from the
/// source (else a translator typed into it).
fn commented_block(text: &str, id: &str, chapter: &Chapter) -> Option<(usize, usize, bool)> {
    let head = format!("# {id} =");
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let bare = line.trim_end_matches('\n');
        if bare == head || bare.starts_with(&format!("{head} ")) {
            let start = offset;
            let mut end = offset + bare.len();
            let mut block = vec![bare.to_owned()];
            offset += line.len();
            while let Some(next) = lines.next_if(|l| l.starts_with("#    ")) {
                let bare = next.trim_end_matches('\n');
                block.push(bare.to_owned());
                end = offset + bare.len();
                offset += next.len();
            }
            let generated = chapter
                .messages
                .iter()
                .find(|m| m.id == id)
                .is_some_and(|m| {
                    let expected: Vec<String> = format!("{id} ={}", m.text.to_fluent())
                        .lines()
                        .map(|l| format!("# {l}"))
                        .collect();
                    expected == block
                });
            return Some((start, end, generated));
        }
        offset += line.len();
    }
    None
}

/// Reads the XLIFF document, with positions for every problem.
struct Reader<'a, 'input> {
    document: &'a roxmltree::Document<'input>,
    shown: &'a str,
}

impl Reader<'_, '_> {
    fn at(&self, node: roxmltree::Node, message: impl Into<String>) -> Diagnostic {
        let pos = self.document.text_pos_at(node.range().start);
        Diagnostic::error(message).at(self.shown, pos.row as usize, pos.col as usize)
    }

    fn location(&self, node: roxmltree::Node) -> Location {
        let pos = self.document.text_pos_at(node.range().start);
        Location {
            line: pos.row as usize,
            column: pos.col as usize,
        }
    }

    /// The target language and every unit, matched to the current source;
    /// None (with the problems in `diags`) when anything does not match.
    fn units(
        &self,
        project: &Project,
        book: &Book,
        diags: &mut Diagnostics,
    ) -> Option<(String, Vec<Unit>)> {
        let root = self.document.root_element();
        let before = diags.error_count();
        if root.tag_name().name() != "xliff" || root.attribute("version") != Some("1.2") {
            diags.push(
                self.at(
                    root,
                    "this is not an XLIFF 1.2 document (`<xliff version=\"1.2\">`)",
                )
                .with_hint("handbook reads the XLIFF 1.2 that `handbook export --xliff` writes"),
            );
            return None;
        }
        let mut language: Option<String> = None;
        let mut units = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for file in root.children().filter(|n| is(n, "file")) {
            let Some(target_language) = file.attribute("target-language") else {
                diags.push(self.at(file, "this <file> has no target-language"));
                continue;
            };
            match &language {
                None => {
                    if let Some(d) = language_problem(project, target_language) {
                        diags.push(self.at(file, d.message));
                        return None;
                    }
                    language = Some(target_language.to_owned());
                }
                Some(l) if l != target_language => {
                    diags.push(self.at(
                        file,
                        format!("this <file> is in `{target_language}`, an earlier one in `{l}`: one language per file"),
                    ));
                    continue;
                }
                Some(_) => {}
            }
            if file.attribute("source-language") != Some(project.source_language.as_str()) {
                diags.push(self.at(
                    file,
                    format!(
                        "the source language must be `{}`, the handbook's",
                        project.source_language
                    ),
                ));
            }
            let original = file.attribute("original").unwrap_or_default();
            let Some(chapter_index) = book.chapters.iter().position(|c| c.file.path == original)
            else {
                diags.push(self.at(
                    file,
                    format!("`{original}` is not a chapter of this handbook"),
                ));
                continue;
            };
            let chapter = &book.chapters[chapter_index];
            let body = file.children().find(|n| is(n, "body"));
            for node in body
                .iter()
                .flat_map(|b| b.descendants())
                .filter(|n| is(n, "trans-unit"))
            {
                let id = node.attribute("id").unwrap_or_default();
                let Some(message_index) = chapter.messages.iter().position(|m| m.id == id) else {
                    diags.push(
                        self.at(node, format!("unknown id `{id}`: no message of {original} has it"))
                            .with_hint("the source changed since this file was exported: export it again, and translate the new units"),
                    );
                    continue;
                };
                if let Some(line) = seen.insert(id.to_owned(), self.location(node).line) {
                    diags.push(self.at(node, format!("`{id}` is also a unit at line {line}")));
                    continue;
                }
                let message = &chapter.messages[message_index];
                let Some(source) = node.children().find(|n| is(n, "source")) else {
                    diags.push(self.at(node, format!("the unit `{id}` has no <source>")));
                    continue;
                };
                match self.tokens(source) {
                    Ok(tokens) if tokens == tokenize(&message.text) => {}
                    Ok(_) => {
                        diags.push(
                            self.at(
                                source,
                                format!("the source of `{id}` no longer matches the English text"),
                            )
                            .with_hint("export the file again: its source text changed"),
                        );
                        continue;
                    }
                    Err(d) => {
                        diags.push(d);
                        continue;
                    }
                }
                let target = match node.children().find(|n| is(n, "target")) {
                    None => None,
                    Some(t)
                        if matches!(t.attribute("state"), Some("new" | "needs-translation")) =>
                    {
                        None
                    }
                    Some(t) => match self.tokens(t) {
                        Ok(tokens) => Some((tokens, self.location(t))),
                        Err(d) => {
                            diags.push(d);
                            continue;
                        }
                    },
                };
                units.push(Unit {
                    chapter: chapter_index,
                    message: message_index,
                    target,
                });
            }
        }
        let Some(language) = language else {
            diags.push(self.at(root, "the file has no <file> with a target-language"));
            return None;
        };
        (diags.error_count() == before).then_some((language, units))
    }

    /// A `<source>` or `<target>` as tokens; `<mrk>` is looked through.
    fn tokens(&self, element: roxmltree::Node) -> Result<Vec<Token>, Diagnostic> {
        let mut tokens = Vec::new();
        self.collect(element, &mut tokens)?;
        // Adjacent text (around a `<mrk>`) is one run.
        let mut merged: Vec<Token> = Vec::new();
        for token in tokens {
            match (merged.last_mut(), token) {
                (Some(Token::Text(last)), Token::Text(t)) => last.push_str(&t),
                (_, token) => merged.push(token),
            }
        }
        Ok(merged)
    }

    fn collect(&self, element: roxmltree::Node, tokens: &mut Vec<Token>) -> Result<(), Diagnostic> {
        for node in element.children() {
            if node.is_text() {
                tokens.push(Token::Text(node.text().unwrap_or_default().to_owned()));
                continue;
            }
            if !node.is_element() {
                continue;
            }
            let name = node.tag_name().name();
            if name == "mrk" {
                self.collect(node, tokens)?;
                continue;
            }
            if !matches!(name, "bpt" | "ept" | "ph") {
                return Err(self.at(
                    node,
                    format!("malformed placeholder: `<{name}>` (handbook writes only <bpt>, <ept> and <ph>)"),
                ));
            }
            if let Some(child) = node.children().find(|n| n.is_element()) {
                return Err(self.at(
                    child,
                    format!("malformed placeholder: `<{name}>` holds an element"),
                ));
            }
            let Some(id) = node.attribute("id").filter(|id| !id.is_empty()) else {
                return Err(self.at(
                    node,
                    format!("malformed placeholder: `<{name}>` without an id"),
                ));
            };
            let code: String = node.children().filter_map(|n| n.text()).collect();
            let ctype = node.attribute("ctype").unwrap_or_default().to_owned();
            tokens.push(match name {
                "bpt" => Token::Open {
                    id: id.to_owned(),
                    ctype,
                    code,
                },
                "ept" => Token::Close {
                    id: id.to_owned(),
                    code,
                },
                _ if ctype == CHAR => {
                    let c = code
                        .strip_prefix("U+")
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            self.at(
                                node,
                                format!(
                                    "malformed placeholder: `{code}` is not a character (U+XXXX)"
                                ),
                            )
                        })?;
                    Token::Char(c)
                }
                _ => Token::Ph {
                    id: id.to_owned(),
                    ctype,
                    code,
                },
            });
        }
        Ok(())
    }

    /// A target's message text, after checking its placeholders: they must
    /// be those of the source, or those of the translation in place now (as
    /// export wrote them), each once, pairs opened before they close. None
    /// for an empty target.
    fn rebuild(
        &self,
        id: &str,
        tokens: &[Token],
        source: &[Token],
        current: Option<&[Token]>,
        at: Location,
    ) -> Result<Option<MessageText>, Diagnostic> {
        let error = |message: String| {
            Diagnostic::error(message)
                .at(self.shown, at.line, at.column)
                .with_hint("keep every placeholder of the source once, as it is (a CAT tool copies them from the source)")
        };
        let mut open: Vec<&str> = Vec::new();
        let mut closed: HashSet<&str> = HashSet::new();
        let mut found: Vec<(String, bool, String)> = Vec::new();
        let source_items = items(source);
        let current_items = current.map(items).unwrap_or_default();
        let known = |id: &str| {
            source_items
                .iter()
                .chain(&current_items)
                .find(|i| i.id == id)
        };
        for token in tokens {
            match token {
                Token::Open { id: pid, ctype, .. } | Token::Ph { id: pid, ctype, .. } => {
                    let pair = matches!(token, Token::Open { .. });
                    // Markup only the translation has (inline HTML, a hard
                    // line break) comes back as a placeholder of its own,
                    // unknown to the source: its code is the text it stands for.
                    if !pair && ctype != FLUENT && known(pid).is_none() {
                        continue;
                    }
                    let Some(item) = known(pid) else {
                        return Err(error(format!(
                            "the target of `{id}` has a placeholder `{pid}` its source does not have"
                        )));
                    };
                    if item.pair != pair || (!ctype.is_empty() && *ctype != item.ctype) {
                        return Err(error(format!(
                            "malformed placeholder `{pid}` in the target of `{id}`: the source's is a {} of type `{}`",
                            if item.pair {
                                "<bpt>/<ept> pair"
                            } else {
                                "<ph>"
                            },
                            item.ctype
                        )));
                    }
                    if found.iter().any(|(f, _, _)| f == pid) {
                        return Err(error(format!(
                            "the target of `{id}` has the placeholder `{pid}` twice"
                        )));
                    }
                    if pair {
                        open.push(pid);
                    }
                    found.push((pid.clone(), pair, item.ctype.clone()));
                }
                Token::Close { id: pid, .. } => {
                    if !open.contains(&pid.as_str()) || !closed.insert(pid) {
                        return Err(error(format!(
                            "malformed placeholder: the target of `{id}` closes `{pid}` without opening it"
                        )));
                    }
                }
                Token::Text(_) | Token::Char(_) => {}
            }
        }
        if let Some(unclosed) = open.iter().find(|o| !closed.contains(*o)) {
            return Err(error(format!(
                "malformed placeholder: the target of `{id}` opens `{unclosed}` and never closes it"
            )));
        }
        let set = |items: &[Item]| -> HashSet<(String, bool, String)> {
            items
                .iter()
                .map(|i| (i.id.clone(), i.pair, i.ctype.clone()))
                .collect()
        };
        let found_set: HashSet<_> = found.into_iter().collect();
        let matches_source = found_set == set(&source_items);
        let matches_current = current.is_some() && found_set == set(&current_items);
        if !matches_source && !matches_current {
            let missing: Vec<String> = source_items
                .iter()
                .filter(|i| !found_set.iter().any(|(f, _, _)| *f == i.id))
                .map(|i| format!("`{}` ({})", i.id, i.codes.0))
                .collect();
            let extra: Vec<String> = found_set
                .iter()
                .filter(|(f, _, _)| !source_items.iter().any(|i| i.id == *f))
                .map(|(f, _, _)| format!("`{f}`"))
                .collect();
            let mut what = Vec::new();
            if !missing.is_empty() {
                what.push(format!("lacks the placeholder(s) {}", missing.join(", ")));
            }
            if !extra.is_empty() {
                what.push(format!(
                    "has the placeholder(s) {} the source does not",
                    extra.join(", ")
                ));
            }
            return Err(error(format!(
                "the target of `{id}` {}",
                what.join(" and ")
            )));
        }

        let mut text = MessageText::default();
        let push = |text: &mut MessageText, s: &str| match text.pieces.last_mut() {
            Some(Piece::Text(last)) => last.push_str(s),
            _ if s.is_empty() => {}
            _ => text.pieces.push(Piece::Text(s.to_owned())),
        };
        for token in tokens {
            match token {
                Token::Text(t) => push(&mut text, t),
                Token::Char(c) => push(&mut text, c.encode_utf8(&mut [0; 4])),
                Token::Open { code, .. } | Token::Close { code, .. } => push(&mut text, code),
                Token::Ph { id: pid, code, .. } => {
                    let fluent = known(pid).is_some_and(|i| i.ctype == FLUENT);
                    if !fluent {
                        push(&mut text, code);
                        continue;
                    }
                    let placeable = fluent_placeable(code).ok_or_else(|| {
                        error(format!(
                            "malformed placeholder `{pid}` in the target of `{id}`: `{code}` is not one Fluent placeable"
                        ))
                    })?;
                    text.pieces.push(Piece::Placeable(placeable));
                }
            }
        }
        // What goes into the file must read back as this very text. Fluent
        // drops the whitespace at the ends of a one-line value (a multi-line
        // one can keep it): trimmed, so does import.
        if read_back(&text).as_ref() != Some(&text) {
            trim(&mut text);
        }
        if text.pieces.is_empty() {
            return Ok(None);
        }
        if read_back(&text).as_ref() != Some(&text) {
            return Err(error(format!(
                "the target of `{id}` cannot be written to Fluent exactly"
            )));
        }
        Ok(Some(text))
    }
}

fn is(node: &roxmltree::Node, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && node.tag_name().namespace().is_none_or(|ns| ns == XLIFF_NS)
}

/// A Fluent placeable's source (`{ … }`), read as the
/// catalog reads it from a file. None unless it is exactly one placeable.
fn fluent_placeable(code: &str) -> Option<Placeable> {
    let inner = code.trim().strip_prefix('{')?.strip_suffix('}')?.trim();
    let text = MessageText {
        pieces: vec![Piece::Placeable(Placeable {
            fluent: inner.to_owned(),
            terms: vec![],
            variables: vec![],
        })],
    };
    match read_back(&text)?.pieces.as_slice() {
        [Piece::Placeable(p)] => Some(p.clone()),
        _ => None,
    }
}

/// The text as a `.ftl` entry would hold it after being written and read.
fn read_back(text: &MessageText) -> Option<MessageText> {
    let entry = format!("m ={}\n", text.to_fluent());
    if nesting_error(&entry).is_some() {
        return None;
    }
    let file = parse_ftl("xliff", &entry);
    if !file.errors.is_empty() || file.entries.len() != 1 {
        return None;
    }
    Some(file.entries[0].text.clone())
}

/// The text without whitespace at its ends.
fn trim(text: &mut MessageText) {
    if let Some(Piece::Text(first)) = text.pieces.first_mut() {
        *first = first.trim_start().to_owned();
    }
    if let Some(Piece::Text(last)) = text.pieces.last_mut() {
        *last = last.trim_end().to_owned();
    }
    text.pieces
        .retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(s: &str) -> MessageText {
        MessageText::from_markdown(s)
    }

    fn shape(tokens: &[Token]) -> String {
        let mut out = String::new();
        for t in tokens {
            match t {
                Token::Text(s) => out.push_str(s),
                Token::Open { id, code, .. } => {
                    let _ = write!(out, "<{id}:{code}>");
                }
                Token::Close { id, code } => {
                    let _ = write!(out, "</{id}:{code}>");
                }
                Token::Ph { id, code, .. } => {
                    let _ = write!(out, "[{id}:{code}]");
                }
                Token::Char(c) => {
                    let _ = write!(out, "[char {:x}]", u32::from(*c));
                }
            }
        }
        out
    }

    #[test]
    fn markdown_and_placeables_become_placeholders() {
        let tokens = tokenize(&md(
            "Read [the *routes*](02-routes.md#routes) and **this** `code`[^why] { -refugee } ~~old~~ <https://x.org>",
        ));
        assert_eq!(
            shape(&tokens),
            "Read <1:[>the <2:*>routes</2:*></1:](02-routes.md#routes)> and <3:**>this</3:**> [4:`code`][5:[^why]] [6:{ -refugee }] <7:~~>old</7:~~> [8:<https://x.org>]"
        );
    }

    #[test]
    fn a_code_holding_a_placeable_stays_text() {
        let tokens = tokenize(&md("see `{ $n }` and \u{7}"));
        assert_eq!(shape(&tokens), "see `[1:{ $n }]` and [char 7]");
    }

    #[test]
    fn target_ids_follow_the_source() {
        let source = tokenize(&md("a **b** { -t } [c](x.md)"));
        let target = target_tokens(&md("[C](x.md) { -t } **B** *new*"), &source);
        assert_eq!(
            shape(&target),
            "<3:[>C</3:](x.md)> [2:{ -t }] <1:**>B</1:**> <4:*>new</4:*>"
        );
    }

    #[test]
    fn escaping_keeps_xml_well_formed() {
        assert_eq!(text("a<b&c]]>\r"), "a&lt;b&amp;c]]&gt;&#13;");
        assert_eq!(attr("\"\n"), "&quot;&#10;");
    }

    #[test]
    fn an_entry_value_is_replaced_and_nothing_else() {
        let text = "# c\na =\n    one\n    two\n    .attr = x\n\n# Context\nb = B\n";
        let start = 4;
        let end = value_end(text, start);
        assert_eq!(&text[start..end], "a =\n    one\n    two");
        let end = value_end(text, text.find("b =").unwrap());
        assert_eq!(end, text.len() - 1);
    }
}
