//! The translators' review page of one language, `<lang>/review.html`: per
//! chapter the stale translations first (source now, translation, and a word
//! diff from the source they were made for to the source now), then the
//! missing messages, then the confirmed ones, folded. Build fills a
//! [`Review`] with plain text; this module only lays it out.

use minijinja::context;
use serde::Serialize;

use super::{environment, render_template};
use crate::diag::Diagnostic;
use crate::document::Document;
use crate::output::OutputFile;
use crate::render::Assets;

/// What a translator reviews in one language: every chapter's messages in
/// source order, each with its translation if there is one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Review {
    /// The language's code (`sl`).
    pub language: String,
    /// The language's own name for itself.
    pub language_name: String,
    pub chapters: Vec<ReviewChapter>,
}

/// One chapter's messages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewChapter {
    /// The chapter's file stem (`01-intro`).
    pub stem: String,
    /// The project path of the language's `.ftl` file for the chapter, where
    /// a missing message is to be translated.
    pub file: String,
    pub messages: Vec<ReviewMessage>,
}

/// One message of the source and its translation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewMessage {
    pub id: String,
    /// What kind of block it is (`paragraph`, `table cell`, ...).
    pub kind: String,
    /// The source text now, as written (inline Markdown, placeables as `{ … }`).
    pub source: String,
    /// None: not translated.
    pub translation: Option<ReviewTranslation>,
}

/// A translation as a translator wrote it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewTranslation {
    pub text: String,
    /// Made for an older source text: used, but needs review.
    pub stale: bool,
    /// For a stale translation, the source text it was made for (when known).
    pub previous_source: Option<String>,
    /// Where it is: project path and line.
    pub file: String,
    pub line: usize,
}

/// One run of a word diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DiffRun {
    pub change: Change,
    /// The run's words, joined by single spaces.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Same,
    Removed,
    Added,
}

/// Above this many cells (old words × new words, after the common start and
/// end are set aside) the middle is shown as removed and added whole.
const MAX_DIFF_CELLS: usize = 4_000_000;

/// A word diff from `old` to `new`: words are split on whitespace (so
/// punctuation stays with its word), the longest common subsequence of words
/// stays, the rest is removed or added. In each changed stretch the removed
/// words come before the added ones.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffRun> {
    let old: Vec<&str> = old.split_whitespace().collect();
    let new: Vec<&str> = new.split_whitespace().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (a, b) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut steps: Vec<(Change, &str)> = old[..prefix].iter().map(|w| (Change::Same, *w)).collect();
    if a.len().saturating_mul(b.len()) > MAX_DIFF_CELLS {
        steps.extend(a.iter().map(|w| (Change::Removed, *w)));
        steps.extend(b.iter().map(|w| (Change::Added, *w)));
    } else {
        steps.extend(lcs_steps(a, b));
    }
    steps.extend(old[old.len() - suffix..].iter().map(|w| (Change::Same, *w)));
    let mut runs: Vec<DiffRun> = Vec::new();
    for (change, word) in steps {
        match runs.last_mut() {
            Some(run) if run.change == change => {
                run.text.push(' ');
                run.text.push_str(word);
            }
            _ => runs.push(DiffRun {
                change,
                text: word.to_owned(),
            }),
        }
    }
    runs
}

/// The edit steps from `a` to `b` along a longest common subsequence.
fn lcs_steps<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(Change, &'a str)> {
    let width = b.len() + 1;
    // lengths[i * width + j]: the LCS length of a[i..] and b[j..].
    let mut lengths = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i * width + j] = if a[i] == b[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let mut steps = Vec::with_capacity(a.len() + b.len());
    let mut added = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            steps.append(&mut added);
            steps.push((Change::Same, a[i]));
            i += 1;
            j += 1;
        } else if i < a.len()
            && (j == b.len() || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])
        {
            // Removals go straight out: they come before the additions
            // of the same stretch, which wait in `added`.
            steps.push((Change::Removed, a[i]));
            i += 1;
        } else {
            added.push((Change::Added, b[j]));
            j += 1;
        }
    }
    steps.append(&mut added);
    steps
}

#[derive(Serialize)]
struct Row {
    id: String,
    kind: String,
    source: String,
    translation: Option<String>,
    /// `file:line` of the translation, or the file a missing one goes in.
    location: String,
    /// For a stale translation: previous source → source now; None when the
    /// previous source is not recorded.
    diff: Option<Vec<DiffRun>>,
}

#[derive(Serialize)]
struct ChapterRows {
    stem: String,
    title: String,
    stale: Vec<Row>,
    missing: Vec<Row>,
    confirmed: Vec<Row>,
}

/// Whitespace collapsed: Markdown's line breaks inside a block mean nothing.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<lang>/review.html` of one language. `source` is the source language's
/// document: the handbook's title and the chapters' titles come from it.
pub fn review_page(
    source: &Document,
    review: &Review,
    assets: &dyn Assets,
) -> Result<OutputFile, Vec<Diagnostic>> {
    let env = environment(assets)?;
    let chapters: Vec<ChapterRows> = review
        .chapters
        .iter()
        .map(|chapter| {
            let mut rows = ChapterRows {
                stem: chapter.stem.clone(),
                title: source
                    .chapter(&chapter.stem)
                    .map_or_else(|| chapter.stem.clone(), |c| c.title.plain()),
                stale: vec![],
                missing: vec![],
                confirmed: vec![],
            };
            for message in &chapter.messages {
                let mut row = Row {
                    id: message.id.clone(),
                    kind: message.kind.clone(),
                    source: one_line(&message.source),
                    translation: None,
                    location: chapter.file.clone(),
                    diff: None,
                };
                match &message.translation {
                    None => rows.missing.push(row),
                    Some(t) => {
                        row.translation = Some(one_line(&t.text));
                        row.location = format!("{}:{}", t.file, t.line);
                        if t.stale {
                            row.diff = t
                                .previous_source
                                .as_deref()
                                .map(|previous| word_diff(previous, &message.source));
                            rows.stale.push(row);
                        } else {
                            rows.confirmed.push(row);
                        }
                    }
                }
            }
            rows
        })
        .collect();
    let count = |f: fn(&ChapterRows) -> usize| chapters.iter().map(f).sum::<usize>();
    let html = render_template(
        &env,
        "review.html",
        context! {
            title => &source.title,
            source_language => &source.language,
            language => &review.language,
            language_name => &review.language_name,
            stale => count(|c| c.stale.len()),
            missing => count(|c| c.missing.len()),
            confirmed => count(|c| c.confirmed.len()),
            chapters => chapters,
        },
    )?;
    Ok(OutputFile::new(
        format!("{}/review.html", review.language),
        html,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The diff written as `same [-removed-] {+added+}`.
    fn show(old: &str, new: &str) -> String {
        word_diff(old, new)
            .into_iter()
            .map(|r| match r.change {
                Change::Same => r.text,
                Change::Removed => format!("[-{}-]", r.text),
                Change::Added => format!("{{+{}+}}", r.text),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn identical() {
        assert_eq!(show("a b  c", "a b\nc"), "a b c");
        assert_eq!(word_diff("same", "same").len(), 1);
    }

    #[test]
    fn insert() {
        assert_eq!(
            show("Read the chapter.", "Read the routes chapter."),
            "Read the {+routes+} chapter."
        );
        assert_eq!(show("b c", "a b c d"), "{+a+} b c {+d+}");
    }

    #[test]
    fn delete() {
        assert_eq!(
            show(
                "Keep this small handbook close.",
                "Keep this handbook close."
            ),
            "Keep this [-small-] handbook close."
        );
    }

    #[test]
    fn replace() {
        assert_eq!(
            show("one two three four", "one deux trois four"),
            "one [-two three-] {+deux trois+} four"
        );
        // Punctuation belongs to its word: a changed comma changes the word.
        assert_eq!(
            show("first, then", "first then"),
            "[-first,-] {+first+} then"
        );
        // Changes between common words each keep removals before additions.
        assert_eq!(
            show("a x b y c", "a p b q c"),
            "a [-x-] {+p+} b [-y-] {+q+} c"
        );
    }

    #[test]
    fn empty_sides() {
        assert_eq!(show("", "new words"), "{+new words+}");
        assert_eq!(show("old words", ""), "[-old words-]");
        assert!(word_diff("", " \n").is_empty());
    }

    #[test]
    fn longest_common_subsequence() {
        // The common words are found out of a reordering.
        assert_eq!(show("a b c d", "b c a d"), "[-a-] b c {+a+} d");
        assert_eq!(show("x a y", "a"), "[-x-] a [-y-]");
    }

    #[test]
    fn huge_texts_fall_back_to_a_whole_replacement() {
        let old = "w ".repeat(3000) + "end";
        let new = "v ".repeat(3000) + "end";
        let runs = word_diff(&old, &new);
        assert_eq!(
            runs.iter().map(|r| r.change).collect::<Vec<_>>(),
            [Change::Removed, Change::Added, Change::Same]
        );
    }
}
