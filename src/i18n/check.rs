//! `handbook check`: every problem a translator or author can fix, with its
//! place: Fluent syntax, unknown placeables, translations that drop or add a
//! link, footnote, inline code or placeable, unbalanced markup, stale and
//! obsolete messages.

use std::collections::{BTreeSet, HashSet};

use super::Catalog;
use crate::diag::{Diagnostic, Diagnostics};
use crate::document::{Inline, InlineContext, Target, parse_inlines};
use crate::manifest::Project;
use crate::source::{Book, Chapter, MessageText};

const REQUIRED: [&str; 2] = ["handbook-title", "language-name"];

/// What check compares between a source message and its translation.
#[derive(Debug, Default, PartialEq)]
struct Features {
    links: Vec<String>,
    footnotes: Vec<usize>,
    code: usize,
    literal_markup: usize,
}

fn features(text: &MessageText, chapter: &Chapter) -> Features {
    let labels: Vec<String> = chapter.footnotes.iter().map(|f| f.label.clone()).collect();
    let dir = chapter.file.path.rsplit_once('/').map_or("", |(d, _)| d);
    let context = InlineContext {
        chapter_stem: &chapter.file.stem,
        chapter_dir: dir,
        footnotes: &labels,
        project_root: None,
    };
    let mut features = Features::default();
    collect(&parse_inlines(&text.display(), &context), &mut features);
    features.links.sort();
    features.footnotes.sort();
    features
}

fn collect(inlines: &[Inline], into: &mut Features) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => {
                into.literal_markup += t.matches(['*', '`']).count() + t.matches("~~").count()
            }
            Inline::Code(_) => into.code += 1,
            Inline::FootnoteRef { number } => into.footnotes.push(*number),
            Inline::Link { target, children } => {
                into.links.push(match target {
                    Target::External(url) => url.clone(),
                    Target::Internal { stem, anchor } => {
                        format!("{stem}.md#{}", anchor.as_deref().unwrap_or(""))
                    }
                });
                collect(children, into);
            }
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) => collect(c, into),
            Inline::Image { .. } | Inline::LineBreak => {}
        }
    }
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    items.collect()
}

/// Checks the source and every language. `source_diags` are the manifest and
/// Markdown problems already found while loading.
pub fn check(project: &Project, book: &Book, catalogs: &[Catalog]) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let source = project.source_language();
    let source_catalog = catalogs.iter().find(|c| c.language == source);
    let source_terms: HashSet<String> = source_catalog
        .and_then(|c| c.handbook.as_ref())
        .map(|h| {
            h.entries
                .iter()
                .filter(|e| e.id.starts_with('-'))
                .map(|e| e.id[1..].to_owned())
                .collect()
        })
        .unwrap_or_default();

    for chapter in &book.chapters {
        for message in &chapter.messages {
            let at = |d: Diagnostic| d.at(&chapter.file.path, message.line, message.column);
            for term in message.text.terms() {
                if !source_terms.contains(term) {
                    diags.push(at(Diagnostic::error(format!(
                        "unknown term `-{term}`: define it in translations/{source}/handbook.ftl"
                    ))));
                }
            }
            for variable in message.text.variables() {
                if !project.variables.contains_key(variable) {
                    diags.push(at(Diagnostic::error(format!(
                        "unknown variable `${variable}`: add it under `variables:` in the manifest"
                    ))));
                }
            }
        }
    }

    for catalog in catalogs {
        check_language(project, book, catalog, &source_terms, &mut diags);
    }
    diags.sort();
    diags
}

fn check_language(
    project: &Project,
    book: &Book,
    catalog: &Catalog,
    source_terms: &HashSet<String>,
    diags: &mut Diagnostics,
) {
    let language = &catalog.language;
    let handbook_rel = format!("translations/{language}/{}", super::HANDBOOK_FTL);
    for id in REQUIRED {
        if catalog.handbook.as_ref().and_then(|h| h.get(id)).is_none() {
            diags.push(
                Diagnostic::error(format!(
                    "`{id}` is required in the handbook.ftl of `{language}`"
                ))
                .in_file(&handbook_rel),
            );
        }
    }
    if super::ui::defaults(language).is_none() {
        diags.push(
            Diagnostic::warning(format!("`handbook` has no built-in interface strings for `{language}`; they fall back to `{}`", project.source_language))
                .in_file(&handbook_rel)
                .with_hint("define contents, page, alert-note, ... in this handbook.ftl"),
        );
    }
    let own_terms: HashSet<String> = catalog
        .resources()
        .flat_map(|f| f.entries.iter())
        .filter(|e| e.id.starts_with('-'))
        .map(|e| e.id[1..].to_owned())
        .collect();
    if language == &project.source_language {
        return;
    }
    for file in catalog.resources() {
        for entry in &file.entries {
            let at = |d: Diagnostic| d.at(&file.path, entry.line, entry.column);
            for term in entry.text.terms() {
                if !own_terms.contains(term) {
                    if source_terms.contains(term) {
                        diags.push(at(Diagnostic::warning(format!("the term `-{term}` is not defined for `{language}`: the {} word is used", project.source_language))
                            .with_hint(format!("add `-{term} = ...` to {handbook_rel}"))));
                    } else {
                        diags.push(at(Diagnostic::error(format!("unknown term `-{term}`"))));
                    }
                }
            }
            // Inside a term's definition, variables are the term's own arguments.
            if entry.id.starts_with('-') {
                continue;
            }
            for variable in entry.text.variables() {
                if !project.variables.contains_key(variable) {
                    diags.push(at(Diagnostic::error(format!(
                        "unknown variable `${variable}`"
                    ))));
                }
            }
        }
    }

    for chapter in &book.chapters {
        let Some(file) = catalog.chapters.get(&chapter.file.stem) else {
            continue;
        };
        for entry in &file.entries {
            if entry.id.starts_with('-') {
                continue;
            }
            let at = |d: Diagnostic| d.at(&file.path, entry.line, entry.column);
            let Some(message) = chapter.messages.iter().find(|m| m.id == entry.id) else {
                diags.push(at(Diagnostic::warning(format!(
                    "`{}` is obsolete: its source text no longer exists",
                    entry.id
                ))
                .with_hint(
                    "run `handbook sync` to carry it over or move it to obsolete.ftl",
                )));
                continue;
            };
            if super::catalog::is_stale(&entry.comment) {
                diags.push(at(Diagnostic::warning(format!(
                    "`{}` is stale: its source changed since it was translated",
                    entry.id
                ))
                .with_hint(
                    "review it against the source, then delete the STALE comment line",
                )));
            }
            if entry.text.pieces.is_empty() {
                diags.push(at(Diagnostic::error(format!(
                    "`{}` has an empty translation",
                    entry.id
                ))));
                continue;
            }
            let source_placeables = (names(message.text.terms()), names(message.text.variables()));
            let placeables = (names(entry.text.terms()), names(entry.text.variables()));
            if source_placeables.1 != placeables.1 {
                diags.push(at(Diagnostic::error(format!(
                    "the translation uses the variables {:?}, the source {:?}",
                    placeables.1, source_placeables.1
                ))));
            }
            let dropped_terms: Vec<_> = source_placeables.0.difference(&placeables.0).collect();
            if !dropped_terms.is_empty() {
                diags.push(at(Diagnostic::warning(format!(
                    "the translation drops the terms {dropped_terms:?} of its source"
                ))
                .with_hint("use the term so that the glossary word stays consistent")));
            }
            let expected = features(&message.text, chapter);
            let found = features(&entry.text, chapter);
            if expected.links != found.links {
                diags.push(at(Diagnostic::error(format!(
                    "the links differ from the source: source {:?}, translation {:?}",
                    expected.links, found.links
                ))));
            }
            if expected.footnotes != found.footnotes {
                diags.push(at(Diagnostic::error(
                    "the footnote references differ from the source".to_owned(),
                )
                .with_hint("keep every `[^label]` of the source, with the same label")));
            }
            if expected.code != found.code {
                diags.push(at(Diagnostic::warning(format!(
                    "the source has {} inline code span(s), the translation {}",
                    expected.code, found.code
                ))));
            }
            if found.literal_markup > expected.literal_markup {
                diags.push(at(Diagnostic::warning(
                    "unbalanced inline Markdown: a `*`, `` ` `` or `~~` is shown literally",
                )
                .with_hint(
                    "close every *emphasis*, **strong** and `code` that you open",
                )));
            }
        }
    }
    if let Some(obsolete) = &catalog.obsolete
        && !obsolete.entries.is_empty()
    {
        diags.push(
            Diagnostic::warning(format!(
                "{} obsolete translation(s) are kept here",
                obsolete.entries.len()
            ))
            .in_file(&obsolete.path)
            .with_hint("reuse what helps, then delete them"),
        );
    }
}
