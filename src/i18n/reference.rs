//! The reference files: a chapter's messages written as the source
//! language's `.ftl`, with a context comment per message. `sync` writes them
//! for translators and platforms; the resolver loads the same text as the
//! source language's Fluent layer.

use std::fmt::Write as _;

use crate::source::id::{ID_SCHEME, ID_SCHEME_LINE_PREFIX};
use crate::source::{Chapter, MessageKind};

/// Starts the context comment of every message.
pub(crate) const CONTEXT_PREFIX: &str = "Context:";

/// The reference `.ftl` of a chapter in the source language.
pub fn source_chapter_ftl(chapter: &Chapter, language: &str) -> String {
    let mut out = header(chapter, language, true);
    let contexts = contexts(chapter);
    for (index, message) in chapter.messages.iter().enumerate() {
        let _ = writeln!(out, "\n# {}", contexts[index]);
        let _ = writeln!(out, "{} ={}", message.id, message.text.to_fluent());
    }
    out
}

/// A chapter file's first lines: a standalone comment (not a resource
/// comment, which translation platforms would repeat in every message's note).
pub(crate) fn header(chapter: &Chapter, language: &str, source: bool) -> String {
    let title = chapter
        .title
        .map(|t| chapter.message(t).text.display())
        .unwrap_or_default();
    let mut out = format!("# {} — {}\n", chapter.file.path, title.replace('\n', " "));
    if source {
        let _ = writeln!(
            out,
            "# The source text, written by `handbook sync` from the Markdown ({ID_SCHEME_LINE_PREFIX}{ID_SCHEME})."
        );
    } else {
        let _ = writeln!(
            out,
            "# Its translations into `{language}`, kept in step with the Markdown by `handbook sync`."
        );
    }
    out
}

/// The context comment of every message: its kind and the section it is in.
pub(crate) fn contexts(chapter: &Chapter) -> Vec<String> {
    let mut headings: Vec<(usize, String)> = chapter
        .messages
        .iter()
        .filter(|m| matches!(m.kind, MessageKind::Heading | MessageKind::Title))
        .map(|m| (m.line, m.text.display()))
        .collect();
    headings.sort_by_key(|(line, _)| *line);
    chapter
        .messages
        .iter()
        .map(|m| {
            let section = headings
                .iter()
                .rev()
                .find(|(line, _)| *line < m.line)
                .map(|(_, t)| t.as_str());
            let context = match (m.kind, section) {
                (MessageKind::Title | MessageKind::Heading, _) | (_, None) => {
                    format!("{CONTEXT_PREFIX} {}", m.kind.describe())
                }
                (_, Some(section)) => format!(
                    "{CONTEXT_PREFIX} {} in “{}”",
                    m.kind.describe(),
                    section.replace('\n', " ")
                ),
            };
            match &m.note {
                Some(note) => format!("{context}; {note}"),
                None => context,
            }
        })
        .collect()
}
