//! A language's translations as read from `translations/<lang>/`: one `.ftl`
//! per chapter, `handbook.ftl`, and `obsolete.ftl`, with their problems.

use std::collections::HashMap;

use super::ftl::{FtlFile, read_ftl};
use super::{HANDBOOK_FTL, OBSOLETE_FTL, STALE_MARKER};
use crate::diag::Diagnostics;
use crate::manifest::Project;
use crate::source::MessageText;

/// One translated message.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    pub text: MessageText,
    /// Carried over from an older source text: used, but needs review.
    pub stale: bool,
    /// For a stale translation, the source text it was made for (when known).
    pub previous_source: Option<String>,
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// Everything one language's folder holds.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub language: String,
    /// `translations/<lang>/handbook.ftl`, if present.
    pub handbook: Option<FtlFile>,
    /// Chapter files by chapter stem (only those that exist).
    pub chapters: HashMap<String, FtlFile>,
    pub obsolete: Option<FtlFile>,
    /// Chapter messages by id, from every chapter file.
    pub messages: HashMap<String, Translation>,
    /// False when only handbook.ftl was read (a language not being built).
    pub complete: bool,
}

impl Catalog {
    /// Reads a language's folder. Syntax errors and duplicate ids go to `diags`;
    /// the entries that parsed are kept.
    pub fn load(project: &Project, language: &str, diags: &mut Diagnostics) -> Catalog {
        let dir = format!("translations/{language}");
        let mut catalog = Catalog {
            language: language.to_owned(),
            complete: true,
            ..Default::default()
        };
        // obsolete.ftl and the source language's generated chapter files are
        // never published: their problems do not stop the build.
        let is_source = language == project.source_language;
        let read = |rel: String, diags: &mut Diagnostics| match read_ftl(&project.root, &rel) {
            Ok(Some(file)) => {
                let unused =
                    rel.ends_with(OBSOLETE_FTL) || (is_source && !rel.ends_with(HANDBOOK_FTL));
                diags.extend(file.errors.iter().cloned().map(|mut d| {
                    if unused {
                        d.severity = crate::diag::Severity::Warning;
                        d.hint = Some(if rel.ends_with(OBSOLETE_FTL) {
                            "this file is not published, but `handbook sync` leaves this language alone until it is fixed".to_owned()
                        } else {
                            "this file is generated from the Markdown and not published: `handbook sync` writes it anew".to_owned()
                        });
                    }
                    d
                }));
                Some(file)
            }
            Ok(None) => None,
            Err(d) => {
                diags.push(d);
                None
            }
        };
        // The state file says what is stale; a project from before it has
        // only the `# STALE:` comments, which then count.
        let state = match super::state::read(&project.root, language) {
            Ok(state) => state,
            Err(mut d) => {
                d.severity = crate::diag::Severity::Warning;
                diags.push(d.with_hint(
                    "stale translations are taken from the `# STALE:` comments until it is fixed",
                ));
                None
            }
        };
        catalog.handbook = read(format!("{dir}/{HANDBOOK_FTL}"), diags);
        catalog.obsolete = read(format!("{dir}/{OBSOLETE_FTL}"), diags);
        let mut seen: HashMap<String, (String, usize)> = HashMap::new();
        if let Some(handbook) = &catalog.handbook {
            for entry in &handbook.entries {
                seen.insert(entry.id.clone(), (handbook.path.clone(), entry.line));
            }
        }
        for chapter in &project.chapters {
            let Some(file) = read(format!("{dir}/{}.ftl", chapter.stem), diags) else {
                continue;
            };
            for entry in &file.entries {
                if let Some((other, line)) = seen.get(&entry.id) {
                    diags.push(
                        crate::diag::Diagnostic::error(format!(
                            "`{}` is also defined in {other}:{line}",
                            entry.id
                        ))
                        .at(&file.path, entry.line, entry.column)
                        .with_hint("an id may appear once per language"),
                    );
                    continue;
                }
                seen.insert(entry.id.clone(), (file.path.clone(), entry.line));
                if entry.id.starts_with('-') {
                    continue;
                }
                catalog.messages.insert(
                    entry.id.clone(),
                    Translation {
                        text: entry.text.clone(),
                        stale: match &state {
                            Some(state) => state.is_stale(&entry.id, &entry.text),
                            None => is_stale(&entry.comment),
                        },
                        previous_source: state
                            .as_ref()
                            .and_then(|s| s.stale.get(&entry.id))
                            .map(|r| r.previous_source.clone())
                            .filter(|p| !p.is_empty())
                            .or_else(|| recorded_previous(&entry.comment)),
                        file: file.path.clone(),
                        line: entry.line,
                        column: entry.column,
                    },
                );
            }
            catalog.chapters.insert(chapter.stem.clone(), file);
        }
        catalog
    }

    /// Reads only a language's handbook.ftl: enough for its name in language
    /// switchers when it is not being built.
    pub fn load_handbook(project: &Project, language: &str) -> Catalog {
        let rel = format!("translations/{language}/{HANDBOOK_FTL}");
        Catalog {
            language: language.to_owned(),
            handbook: read_ftl(&project.root, &rel).ok().flatten(),
            ..Default::default()
        }
    }

    /// The `.ftl` texts to load into this language's Fluent bundle.
    pub fn resources(&self) -> impl Iterator<Item = &FtlFile> {
        self.handbook.iter().chain(self.chapters.values())
    }
}

/// The comment line that records the source text a stale translation was
/// made for (continued on lines indented by two spaces).
pub(crate) const PREVIOUS_PREFIX: &str = "Previous source:";

/// The previous source recorded in a stale entry's comment, if any.
pub(crate) fn recorded_previous(comment: &[String]) -> Option<String> {
    let start = comment
        .iter()
        .position(|l| l.starts_with(PREVIOUS_PREFIX))?;
    let mut text = comment[start][PREVIOUS_PREFIX.len()..].trim().to_owned();
    for line in comment[start + 1..]
        .iter()
        .take_while(|l| l.starts_with("  "))
    {
        text.push('\n');
        text.push_str(line.trim());
    }
    Some(text)
}

pub fn is_stale(comment: &[String]) -> bool {
    comment
        .iter()
        .any(|l| l.trim_start().starts_with(STALE_MARKER))
}
