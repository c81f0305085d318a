//! `handbook status`: translation progress per language and chapter, in
//! messages and in words of the source text.

use serde::Serialize;

use super::Catalog;
use crate::manifest::Project;
use crate::source::{Book, MessageText, Piece};

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Words {
    pub source: usize,
    pub translated: usize,
    pub stale: usize,
    pub missing: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    pub messages: usize,
    /// Confirmed translations only.
    pub translated: usize,
    pub stale: usize,
    pub missing: usize,
    pub obsolete: usize,
    /// translated / messages, in percent, one decimal.
    pub percent: f64,
    pub words: Words,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.messages += other.messages;
        self.translated += other.translated;
        self.stale += other.stale;
        self.missing += other.missing;
        self.obsolete += other.obsolete;
        self.words.source += other.words.source;
        self.words.translated += other.words.translated;
        self.words.stale += other.words.stale;
        self.words.missing += other.words.missing;
    }

    fn finish(&mut self) {
        self.percent = if self.messages == 0 {
            100.0
        } else {
            (self.translated as f64 * 1000.0 / self.messages as f64).floor() / 10.0
        };
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChapterStatus {
    /// Chapter file stem, or `handbook` for handbook.ftl.
    pub chapter: String,
    #[serde(flatten)]
    pub counts: Counts,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LanguageStatus {
    pub language: String,
    #[serde(flatten)]
    pub counts: Counts,
    pub chapters: Vec<ChapterStatus>,
}

/// Words of a message as a reader counts them: link targets and markup aside.
pub fn word_count(text: &MessageText) -> usize {
    text.pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(t) => strip_link_destinations(t)
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count(),
            Piece::Placeable(_) => 1,
        })
        .sum()
}

fn strip_link_destinations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..i]);
        match rest[i..].find(')') {
            Some(end) => rest = &rest[i + end + 1..],
            None => {
                rest = &rest[i..];
                break;
            }
        }
        out.push(' ');
    }
    out.push_str(rest);
    out
}

/// Progress of one language.
pub fn language_status(
    project: &Project,
    book: &Book,
    catalog: &Catalog,
    source_catalog: Option<&Catalog>,
) -> LanguageStatus {
    let is_source = catalog.language == project.source_language;
    let mut total = Counts::default();
    let mut chapters = Vec::new();
    for chapter in &book.chapters {
        let mut counts = Counts::default();
        for message in &chapter.messages {
            let words = word_count(&message.text);
            counts.messages += 1;
            counts.words.source += words;
            match catalog.messages.get(&message.id) {
                _ if is_source => {
                    counts.translated += 1;
                    counts.words.translated += words;
                }
                Some(t) if t.stale => {
                    counts.stale += 1;
                    counts.words.stale += words;
                }
                Some(_) => {
                    counts.translated += 1;
                    counts.words.translated += words;
                }
                None => {
                    counts.missing += 1;
                    counts.words.missing += words;
                }
            }
        }
        if let Some(file) = catalog
            .chapters
            .get(&chapter.file.stem)
            .filter(|_| !is_source)
        {
            counts.obsolete = file
                .entries
                .iter()
                .filter(|e| {
                    !e.id.starts_with('-') && !chapter.messages.iter().any(|m| m.id == e.id)
                })
                .count();
        }
        counts.finish();
        total.add(&counts);
        chapters.push(ChapterStatus {
            chapter: chapter.file.stem.clone(),
            counts,
        });
    }
    // handbook.ftl: every entry of the source's is a message to translate.
    if let Some(source_handbook) = source_catalog.and_then(|c| c.handbook.as_ref()) {
        let mut counts = Counts::default();
        for entry in &source_handbook.entries {
            let words = word_count(&entry.text);
            counts.messages += 1;
            counts.words.source += words;
            let present = is_source
                || catalog
                    .handbook
                    .as_ref()
                    .is_some_and(|h| h.get(&entry.id).is_some());
            if present {
                counts.translated += 1;
                counts.words.translated += words;
            } else {
                counts.missing += 1;
                counts.words.missing += words;
            }
        }
        counts.finish();
        total.add(&counts);
        chapters.push(ChapterStatus {
            chapter: "handbook".into(),
            counts,
        });
    }
    total.obsolete += catalog.obsolete.as_ref().map_or(0, |o| o.entries.len());
    total.finish();
    LanguageStatus {
        language: catalog.language.clone(),
        counts: total,
        chapters,
    }
}

/// The status table as printed by `handbook status`.
pub fn format_table(statuses: &[LanguageStatus], per_chapter: bool) -> String {
    let mut out = String::new();
    let header = format!(
        "{:<12} {:>8} {:>10} {:>6} {:>8} {:>9} {:>8} {:>12} {:>8}\n",
        "language",
        "messages",
        "translated",
        "stale",
        "missing",
        "obsolete",
        "percent",
        "words",
        "missing"
    );
    for status in statuses {
        if per_chapter || out.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&header);
        }
        out.push_str(&row(&status.language, &status.counts));
        if per_chapter {
            for chapter in &status.chapters {
                out.push_str(&row(&format!("  {}", chapter.chapter), &chapter.counts));
            }
        }
    }
    out
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "{:<12} {:>8} {:>10} {:>6} {:>8} {:>9} {:>7.1}% {:>12} {:>8}\n",
        name,
        c.messages,
        c.translated,
        c.stale,
        c.missing,
        c.obsolete,
        c.percent,
        c.words.source,
        c.words.missing
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_skip_link_targets_and_markup() {
        let text =
            MessageText::from_markdown("See [the *routes*](02-routes.md#west) — { -refugee } now.");
        assert_eq!(word_count(&text), 5);
    }
}
