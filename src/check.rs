//! `handbook check`: every problem a translator or author can fix, with its
//! place: Fluent syntax, unknown placeables, translations that drop or add a
//! link, footnote, inline code or placeable, unbalanced markup, stale and
//! obsolete messages, and references that Fluent cannot format (cycles, and
//! expansions past its limit of 100 placeables).

use std::collections::{BTreeSet, HashMap, HashSet};

use fluent_syntax::ast;

use crate::diag::{Diagnostic, Diagnostics};
use crate::document::{Inline, InlineContext, Target, parse_inlines};
use crate::i18n::{Catalog, FtlFile, HANDBOOK_FTL, source_chapter_ftl, ui};
use crate::manifest::Project;
use crate::source::{Book, Chapter, LinkTarget, MessageText};

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
                    // Made by the document from terms, never parsed from a text.
                    Target::Glossary { stem, anchor } => format!("{stem}.md#{anchor}"),
                });
                collect(children, into);
            }
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) => collect(c, into),
            Inline::Image { .. } | Inline::LineBreak => {}
        }
    }
}

/// The link and image destinations of a text, as written.
fn destinations(markdown: &str) -> Vec<(&'static str, String)> {
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new_ext(markdown, crate::source::markdown_options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(("link", dest_url.into_string())),
            Event::Start(Tag::Image { dest_url, .. }) => Some(("image", dest_url.into_string())),
            _ => None,
        })
        .collect()
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

    check_imprint(project, catalogs, &mut diags);
    for catalog in catalogs {
        check_language(project, book, catalog, &source_terms, &mut diags);
        check_references(project, book, catalog, source_catalog, &mut diags);
    }
    diags.sort();
    diags
}

/// The room of every drawn figure label of a chapter, by message id (from
/// the first figure that shows it).
fn label_rooms<'a>(
    project: &Project,
    chapter: &'a Chapter,
) -> HashMap<&'a str, (&'a str, crate::figure::fit::Room)> {
    let mut rooms = HashMap::new();
    for (image, labels) in chapter.figures() {
        let Some(svg) = crate::paths::read_inside(&project.root, image)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
        else {
            continue;
        };
        let Ok(found) = crate::figure::labels(&svg) else {
            continue;
        };
        for (label, &message) in found.into_iter().zip(labels) {
            if let Some(room) = label.room {
                rooms
                    .entry(chapter.message(message).id.as_str())
                    .or_insert((image, room));
            }
        }
    }
    rooms
}

/// The imprint's required items, once the manifest has any of its keys: a
/// warning for each one missing (the outputs leave it out), never an error.
fn check_imprint(project: &Project, catalogs: &[Catalog], diags: &mut Diagnostics) {
    let manifest = crate::manifest::MANIFEST_PATH;
    let imprint = &project.imprint;
    // A project without any imprint key has chosen to print none.
    if *imprint == crate::manifest::Imprint::default() {
        return;
    }
    for (missing, key, example) in [
        (imprint.edition.is_none(), "edition", "edition: 1"),
        (
            imprint.publication_date.is_none(),
            "publication-date",
            "publication-date: 2026-12-01",
        ),
        (imprint.license.is_none(), "license", "license: CC-BY-4.0"),
    ] {
        if missing {
            diags.push(
                Diagnostic::warning(format!(
                    "the imprint has no {}: the outputs leave it out",
                    key.replace('-', " ")
                ))
                .at(manifest, 1, 1)
                .with_hint(format!("add `{example}` to the manifest")),
            );
        }
    }
    for catalog in catalogs {
        if catalog.language == project.source_language {
            continue;
        }
        let has = |id: &str| catalog.handbook.as_ref().and_then(|h| h.get(id)).is_some();
        if !has("translators") {
            diags.push(
                Diagnostic::warning(format!(
                    "the imprint of `{}` does not credit its translators",
                    catalog.language
                ))
                .in_file(format!("translations/{}/{HANDBOOK_FTL}", catalog.language))
                .with_hint("add `translators = Name Surname, Name Surname` to this handbook.ftl"),
            );
        }
    }
}

fn check_language(
    project: &Project,
    book: &Book,
    catalog: &Catalog,
    source_terms: &HashSet<String>,
    diags: &mut Diagnostics,
) {
    let language = &catalog.language;
    let handbook_rel = format!("translations/{language}/{}", HANDBOOK_FTL);
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
    if ui::defaults(language).is_none() {
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
        let by_id: HashMap<&str, &crate::source::Message> = chapter
            .messages
            .iter()
            .map(|m| (m.id.as_str(), m))
            .collect();
        let label_rooms = label_rooms(project, chapter);
        for entry in &file.entries {
            if entry.id.starts_with('-') {
                continue;
            }
            let at = |d: Diagnostic| d.at(&file.path, entry.line, entry.column);
            let Some(&message) = by_id.get(entry.id.as_str()) else {
                diags.push(at(Diagnostic::warning(format!(
                    "`{}` is obsolete: its source text no longer exists",
                    entry.id
                ))
                .with_hint(
                    "run `handbook sync` to carry it over or move it to obsolete.ftl",
                )));
                continue;
            };
            if catalog.messages.get(&entry.id).is_some_and(|t| t.stale) {
                diags.push(at(Diagnostic::warning(format!(
                    "`{}` is stale: its source changed since it was translated",
                    entry.id
                ))
                .with_hint(format!(
                    "review it against the source, then edit it or run `handbook confirm {} {}`",
                    catalog.language, entry.id
                ))));
            }
            if entry.text.pieces.is_empty() {
                diags.push(at(Diagnostic::error(format!(
                    "`{}` has an empty translation",
                    entry.id
                ))));
                continue;
            }
            if let Some((image, room)) = label_rooms.get(entry.id.as_str()) {
                let text = entry.text.display();
                if !room.fits_at_min_scale(&text) {
                    let share = room.text_width(&text) / room.width * 100.0;
                    diags.push(at(Diagnostic::warning(format!(
                        "this label of `{image}` needs about {share:.0} % of the room the figure gives it; drawn at the smallest size allowed ({:.0} %), it still does not fit",
                        room.min_font_size / room.font_size * 100.0
                    ))
                    .with_hint(format!(
                        "shorten it: about {} characters fit",
                        room.characters()
                    ))));
                }
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
            if MessageText::inline_nesting_error(&entry.text.display()).is_some() {
                diags.push(at(Diagnostic::error(format!(
                    "the translation nests emphasis, strikethrough and links more than {} deep; the source text is shown instead",
                    MessageText::MAX_INLINE_NESTING
                ))));
                continue;
            }
            let expected = features(&message.text, chapter);
            let found = features(&entry.text, chapter);
            if expected.links != found.links {
                diags.push(at(Diagnostic::error(format!(
                    "the links differ from the source: source {:?}, translation {:?}",
                    expected.links, found.links
                ))));
            }
            let source_destinations = destinations(&message.text.display());
            for (kind, destination) in destinations(&entry.text.display()) {
                let refused = kind == "link"
                    && matches!(LinkTarget::classify(&destination), LinkTarget::Invalid(_));
                let added_image =
                    kind == "image" && !source_destinations.contains(&(kind, destination.clone()));
                if refused || added_image {
                    diags.push(at(Diagnostic::error(format!(
                        "the translation's {kind} `{destination}` is not published: {}",
                        if refused {
                            "links may go to other chapters and to https, http or mailto addresses"
                        } else {
                            "images come from the source text, not from translations"
                        }
                    ))));
                }
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

/// Fluent counts every placeable it writes while formatting one message and
/// stops past this many (fluent-bundle's guard against exponential expansion).
const FLUENT_MAX_PLACEABLES: u64 = 100;

/// Cycles reported per language at most (each costs the length of its path).
const MAX_CYCLES_REPORTED: usize = 20;

/// Where the Fluent text of one language's bundle comes from.
enum Origin<'a> {
    /// One of the language's own files.
    File(&'a FtlFile),
    /// A source chapter, as the resolver generates its `.ftl`.
    Chapter(&'a Chapter),
    /// The source language's terms, used where the language has none.
    SourceTerms,
}

/// A pattern of the bundle: a message's or term's value, or an attribute.
struct Node<'t> {
    /// `id`, `-term`, `id.attribute`.
    key: String,
    /// The entry's id (`id`, `-term`), for its place.
    entry: String,
    origin: usize,
    pattern: &'t ast::Pattern<&'t str>,
}

#[derive(Clone, Copy, PartialEq)]
enum Visit {
    New,
    Open,
    Done,
}

/// Cycles of references, and messages or terms that Fluent refuses to format
/// because one placeable expands past its limit, in the bundle a language is
/// built with (its own files; for the source language the chapters; the
/// source language's terms where it has none). Reported at the entry, once.
fn check_references(
    project: &Project,
    book: &Book,
    catalog: &Catalog,
    source_catalog: Option<&Catalog>,
    diags: &mut Diagnostics,
) {
    let is_source = catalog.language == project.source_language;
    let generated: Vec<(String, &Chapter)> = if is_source {
        book.chapters
            .iter()
            .map(|c| (source_chapter_ftl(c, &catalog.language), c))
            .collect()
    } else {
        vec![]
    };
    let mut texts: Vec<(&str, Origin)> = Vec::new();
    if let Some(handbook) = &catalog.handbook {
        texts.push((&handbook.text, Origin::File(handbook)));
    }
    if !is_source {
        for chapter in &project.chapters {
            if let Some(file) = catalog.chapters.get(&chapter.stem) {
                texts.push((&file.text, Origin::File(file)));
            }
        }
        if let Some(handbook) = source_catalog.and_then(|c| c.handbook.as_ref()) {
            texts.push((&handbook.text, Origin::SourceTerms));
        }
    }
    for (text, chapter) in &generated {
        texts.push((text, Origin::Chapter(chapter)));
    }
    // Files nested too deep are errors already and are not parsed.
    let resources: Vec<(usize, ast::Resource<&str>)> = texts
        .iter()
        .enumerate()
        .filter(|(_, (text, _))| crate::source::fluent_nesting::nesting_error(text).is_none())
        .map(|(i, (text, _))| {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            (i, resource)
        })
        .collect();

    // The first definition of an id wins, as in the bundle.
    let mut defined: HashSet<String> = HashSet::new();
    let mut nodes: Vec<Node> = Vec::new();
    for (origin, resource) in &resources {
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let source_term = matches!(texts[*origin].1, Origin::SourceTerms);
            if (source_term && !id.starts_with('-')) || !defined.insert(id.clone()) {
                continue;
            }
            if let Some(pattern) = value {
                nodes.push(Node {
                    key: id.clone(),
                    entry: id.clone(),
                    origin: *origin,
                    pattern,
                });
            }
            for attribute in attributes {
                nodes.push(Node {
                    key: format!("{id}.{}", attribute.id.name),
                    entry: id.clone(),
                    origin: *origin,
                    pattern: &attribute.value,
                });
            }
        }
    }
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.key.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|node| {
            let mut keys = Vec::new();
            pattern_references(node.pattern, &mut keys);
            keys.iter()
                .filter_map(|k| index.get(k.as_str()).copied())
                .collect()
        })
        .collect();
    let own = |i: usize| !matches!(texts[nodes[i].origin].1, Origin::SourceTerms);
    let consequence = if is_source {
        "every message that uses it is shown without it".to_owned()
    } else {
        format!(
            "every message that uses it is shown in `{}` instead",
            project.source_language
        )
    };
    let place = |i: usize, d: Diagnostic| -> Diagnostic {
        let node = &nodes[i];
        match &texts[node.origin].1 {
            Origin::File(file) => match file.get(&node.entry) {
                Some(entry) => d.at(&file.path, entry.line, entry.column),
                None => d.in_file(&file.path),
            },
            Origin::Chapter(chapter) => {
                match chapter.messages.iter().find(|m| m.id == node.entry) {
                    Some(message) => d.at(&chapter.file.path, message.line, message.column),
                    None => d.in_file(&chapter.file.path),
                }
            }
            Origin::SourceTerms => d,
        }
    };

    // Depth-first, without recursion: a reference to a pattern still open is
    // a cycle; a pattern's cost (placeables written when it is formatted) is
    // known once every pattern it refers to is done.
    let count = nodes.len();
    let mut visit = vec![Visit::New; count];
    let mut position = vec![0usize; count];
    let mut cost = vec![0u64; count];
    let mut widest = vec![0u64; count];
    let mut in_cycle = vec![false; count];
    let mut cycles: Vec<Vec<usize>> = Vec::new();
    for root in 0..count {
        if visit[root] != Visit::New {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        visit[root] = Visit::Open;
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            if let Some(&target) = edges[node].get(next) {
                top.1 += 1;
                match visit[target] {
                    Visit::New => {
                        visit[target] = Visit::Open;
                        position[target] = stack.len();
                        stack.push((target, 0));
                    }
                    Visit::Open if !in_cycle[target] && cycles.len() < MAX_CYCLES_REPORTED => {
                        let members: Vec<usize> =
                            stack[position[target]..].iter().map(|&(n, _)| n).collect();
                        for &m in &members {
                            in_cycle[m] = true;
                        }
                        cycles.push(members);
                    }
                    _ => {}
                }
            } else {
                let resolved = |key: &str| {
                    index
                        .get(key)
                        .filter(|&&i| visit[i] == Visit::Done)
                        .map_or(0, |&i| cost[i])
                };
                let (total, element) = pattern_cost(nodes[node].pattern, &resolved);
                cost[node] = total;
                widest[node] = element;
                visit[node] = Visit::Done;
                stack.pop();
            }
        }
    }

    for members in cycles {
        // Named from the first of its patterns that this language defines.
        let Some(start) = members.iter().copied().filter(|&i| own(i)).min() else {
            continue;
        };
        let at = members.iter().position(|&i| i == start).unwrap_or(0);
        let mut names: Vec<&str> = members[at..]
            .iter()
            .chain(&members[..at])
            .map(|&i| nodes[i].key.as_str())
            .collect();
        names.push(nodes[start].key.as_str());
        diags.push(place(
            start,
            Diagnostic::error(format!(
                "`{}` refers to itself: {}",
                nodes[start].key,
                names.join(" -> ")
            ))
            .with_hint(format!("Fluent cannot format a cycle: {consequence}")),
        ));
    }
    for i in 0..count {
        let too_wide = |j: usize| widest[j] > FLUENT_MAX_PLACEABLES;
        if own(i) && !in_cycle[i] && too_wide(i) && !edges[i].iter().any(|&j| too_wide(j)) {
            diags.push(place(
                i,
                Diagnostic::error(format!(
                    "`{}` expands to more than {FLUENT_MAX_PLACEABLES} placeables in one place; Fluent refuses to format it",
                    nodes[i].key
                ))
                .with_hint(format!("{consequence}; write the text out instead")),
            ));
        }
    }
}

/// Keys of the patterns a pattern refers to (`id`, `id.attr`, `-term`, `-term.attr`).
fn pattern_references(pattern: &ast::Pattern<&str>, into: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_references(expression, into);
        }
    }
}

fn expression_references(expression: &ast::Expression<&str>, into: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_references(inline, into),
        ast::Expression::Select { selector, variants } => {
            inline_references(selector, into);
            for variant in variants {
                pattern_references(&variant.value, into);
            }
        }
    }
}

fn inline_references(inline: &ast::InlineExpression<&str>, into: &mut Vec<String>) {
    let key = |prefix: &str, id: &str, attribute: &Option<ast::Identifier<&str>>| match attribute {
        Some(a) => format!("{prefix}{id}.{}", a.name),
        None => format!("{prefix}{id}"),
    };
    match inline {
        ast::InlineExpression::MessageReference { id, attribute } => {
            into.push(key("", id.name, attribute));
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            into.push(key("-", id.name, attribute));
            if let Some(arguments) = arguments {
                arguments_references(arguments, into);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments_references(arguments, into);
        }
        ast::InlineExpression::Placeable { expression } => expression_references(expression, into),
        _ => {}
    }
}

fn arguments_references(arguments: &ast::CallArguments<&str>, into: &mut Vec<String>) {
    for argument in &arguments.positional {
        inline_references(argument, into);
    }
    for argument in &arguments.named {
        inline_references(&argument.value, into);
    }
}

/// Placeables Fluent writes formatting `pattern` (a select counts its widest
/// variant), capped just past the limit; and the most for one placeable of it.
/// `resolved` gives the cost of a referenced pattern (0 if unknown or in a cycle).
fn pattern_cost(pattern: &ast::Pattern<&str>, resolved: &dyn Fn(&str) -> u64) -> (u64, u64) {
    let cap = FLUENT_MAX_PLACEABLES + 1;
    let mut total = 0u64;
    let mut widest = 0u64;
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            let one = (1 + expression_cost(expression, resolved)).min(cap);
            widest = widest.max(one);
            total = (total + one).min(cap);
        }
    }
    (total, widest)
}

fn expression_cost(expression: &ast::Expression<&str>, resolved: &dyn Fn(&str) -> u64) -> u64 {
    let cap = FLUENT_MAX_PLACEABLES + 1;
    match expression {
        ast::Expression::Inline(inline) => inline_cost(inline, resolved),
        ast::Expression::Select { selector, variants } => {
            let widest = variants
                .iter()
                .map(|v| pattern_cost(&v.value, resolved).0)
                .max()
                .unwrap_or(0);
            (inline_cost(selector, resolved) + widest).min(cap)
        }
    }
}

fn inline_cost(inline: &ast::InlineExpression<&str>, resolved: &dyn Fn(&str) -> u64) -> u64 {
    let cap = FLUENT_MAX_PLACEABLES + 1;
    let arguments_cost = |arguments: &ast::CallArguments<&str>| {
        arguments
            .positional
            .iter()
            .chain(arguments.named.iter().map(|a| &a.value))
            .fold(0, |sum, a| (sum + inline_cost(a, resolved)).min(cap))
    };
    let mut keys = Vec::new();
    match inline {
        ast::InlineExpression::MessageReference { .. } => {
            inline_references(inline, &mut keys);
            keys.first().map_or(0, |k| resolved(k))
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let key = match attribute {
                Some(a) => format!("-{}.{}", id.name, a.name),
                None => format!("-{}", id.name),
            };
            let own = resolved(&key);
            (own + arguments.as_ref().map_or(0, arguments_cost)).min(cap)
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments_cost(arguments),
        // A nested placeable is written directly, not as a pattern.
        ast::InlineExpression::Placeable { expression } => expression_cost(expression, resolved),
        _ => 0,
    }
}
