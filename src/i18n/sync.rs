//! `handbook sync`: regenerates the source language's chapter `.ftl` files
//! from the Markdown and updates every other language without losing a word:
//! changed messages carry their translation over as stale, missing ones appear
//! commented out, and vanished ones move to `obsolete.ftl`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::catalog::{PREVIOUS_PREFIX, is_stale, recorded_previous};
use super::ftl::{FtlEntry, FtlFile, parse_ftl, read_ftl};
use super::reference::{CONTEXT_PREFIX, contexts, header, source_chapter_ftl};
use super::transaction::{self, Transaction};
use super::{HANDBOOK_FTL, OBSOLETE_FTL, STALE_MARKER};
use crate::diag::{Diagnostic, Diagnostics};
use crate::lock::ProjectLock;
use crate::manifest::Project;
use crate::source::id::{kind_code_of, legacy_v1_id, message_id_for_code, parse_id};
use crate::source::{Book, Chapter};

/// What a sync changed.
#[derive(Debug, Default)]
pub struct SyncReport {
    /// Project-relative paths of the files written.
    pub written: Vec<String>,
    /// Per language: messages newly marked stale, moved to obsolete.ftl, restored from it.
    pub stale: usize,
    pub obsoleted: usize,
    pub restored: usize,
    /// Translations whose ids were rewritten to the current id scheme.
    pub rekeyed: usize,
    /// A stopped sync that this one finished first: how many files it replaced.
    pub recovered: Option<usize>,
}

/// Runs sync over every language as one transaction (see
/// [`transaction`]): either every file is updated or none is. Files with
/// syntax errors, and languages whose folder leads out of the project, are
/// left untouched.
pub fn sync(project: &Project, book: &Book, diags: &mut Diagnostics) -> SyncReport {
    let mut report = SyncReport::default();
    let _lock = match ProjectLock::exclusive(&project.root) {
        Ok(lock) => lock,
        Err(err) => {
            diags.push(Diagnostic::error(format!(
                "cannot lock the project folder: {err}"
            )));
            return report;
        }
    };
    match transaction::recover(&project.root) {
        Ok(recovered) => report.recovered = recovered,
        Err(diagnostic) => {
            diags.push(diagnostic);
            return report;
        }
    }
    let source = project.source_language();
    if let Err(diagnostic) = language_folder(project, source) {
        diags.push(diagnostic);
        return report;
    }
    let mut old_sources: HashMap<String, OldSource> = HashMap::new();
    for chapter in &book.chapters {
        let rel = format!("translations/{source}/{}.ftl", chapter.file.stem);
        if let Ok(Some(file)) = read_ftl(&project.root, &rel) {
            let rekey = rekey_map(&file);
            let file = rename_ids(&file, &rekey).0;
            old_sources.insert(chapter.file.stem.clone(), OldSource { file, rekey });
        }
    }
    let source_handbook = match read_ftl(
        &project.root,
        &format!("translations/{source}/{HANDBOOK_FTL}"),
    ) {
        Ok(file) => file,
        Err(d) => {
            diags.push(d);
            None
        }
    };

    let mut plans = Vec::new();
    for language in project.languages.iter().filter(|l| *l != source) {
        if let Err(diagnostic) = language_folder(project, language) {
            diags.push(diagnostic);
            continue;
        }
        if let Some(plan) = plan_language(
            project,
            book,
            language,
            &old_sources,
            source_handbook.as_ref(),
            diags,
        ) {
            plans.push(plan);
        }
    }

    // Rename order: nothing a translator wrote is ever only in a file that
    // is about to be replaced (see the transaction module).
    let mut tx = Transaction::default();
    for plan in &plans {
        if let Some(text) = &plan.obsolete_with_moved {
            tx.stage(&plan.obsolete_rel, text.as_bytes());
        }
    }
    for plan in &plans {
        for (rel, text) in &plan.chapters {
            tx.stage(rel, text.as_bytes());
        }
    }
    for plan in &plans {
        if let Some(text) = &plan.obsolete_final {
            tx.stage(&plan.obsolete_rel, text.as_bytes());
        }
        if let Some((rel, text)) = &plan.handbook {
            tx.stage(rel, text.as_bytes());
        }
    }
    for chapter in &book.chapters {
        let rel = format!("translations/{source}/{}.ftl", chapter.file.stem);
        tx.stage(&rel, source_chapter_ftl(chapter, source));
    }
    if source_handbook.is_none() {
        let title = book
            .chapters
            .first()
            .and_then(|c| c.title.map(|t| c.message(t).text.display()));
        let starter = format!(
            "### Title, notices, terms and interface strings of the handbook in `{source}`. Written by hand.\n\nhandbook-title = {}\nlanguage-name = {source}\n",
            title.unwrap_or_else(|| project.id.clone())
        );
        tx.stage(&format!("translations/{source}/{HANDBOOK_FTL}"), starter);
    }
    match tx.commit(&project.root) {
        Ok(written) => {
            report.written = written;
            for plan in &plans {
                report.stale += plan.stale;
                report.obsoleted += plan.obsoleted;
                report.restored += plan.restored;
                report.rekeyed += plan.rekeyed;
            }
        }
        Err(diagnostic) => diags.push(diagnostic),
    }
    report
}

/// `translations/<language>` must not lead out of the project.
fn language_folder(project: &Project, language: &str) -> Result<(), Diagnostic> {
    let rel = format!("translations/{language}");
    crate::paths::confined(&project.root, std::path::Path::new(&rel))
        .map(|_| ())
        .map_err(|e| Diagnostic::error(format!("`{language}` was not synced: {e}")).in_file(rel))
}

/// A chapter's source `.ftl` as the previous sync wrote it, with its ids in
/// the current scheme, and the map from its ids as written to those.
struct OldSource {
    file: FtlFile,
    rekey: HashMap<String, String>,
}

/// What sync will write for one language.
struct LanguagePlan {
    obsolete_rel: String,
    /// obsolete.ftl with the translations leaving chapter files added and
    /// those coming back still in it: written before the chapter files.
    obsolete_with_moved: Option<String>,
    chapters: Vec<(String, String)>,
    /// obsolete.ftl as it ends: written after the chapter files.
    obsolete_final: Option<String>,
    handbook: Option<(String, String)>,
    stale: usize,
    obsoleted: usize,
    restored: usize,
    rekeyed: usize,
}

/// A translation moved out of a chapter file.
#[derive(Clone)]
struct ObsoleteEntry {
    comment: Vec<String>,
    source: String,
    id: String,
}

/// The entries of a language's obsolete.ftl, found by id in constant time.
#[derive(Default)]
struct Obsolete {
    entries: Vec<Option<ObsoleteEntry>>,
    by_id: HashMap<String, usize>,
    restored: Vec<ObsoleteEntry>,
}

impl Obsolete {
    fn push(&mut self, entry: ObsoleteEntry) {
        self.by_id.insert(entry.id.clone(), self.entries.len());
        self.entries.push(Some(entry));
    }

    /// Takes an entry out to restore it to a chapter file.
    fn take(&mut self, id: &str) -> Option<ObsoleteEntry> {
        let index = self.by_id.remove(id)?;
        let entry = self.entries[index].take()?;
        self.restored.push(entry.clone());
        Some(entry)
    }

    /// Adds a translation that left `stem`.ftl; the same id with other text
    /// gets a `-v2`, `-v3`... so both are kept.
    fn add(&mut self, mut entry: ObsoleteEntry, stem: &str) {
        if let Some(same) = self
            .by_id
            .get(&entry.id)
            .and_then(|&i| self.entries[i].as_ref())
        {
            if same.source == entry.source {
                return;
            }
            let mut n = 2;
            while self.by_id.contains_key(&format!("{}-v{n}", entry.id)) {
                n += 1;
            }
            let new_id = format!("{}-v{n}", entry.id);
            entry.source = format!("{new_id}{}", &entry.source[entry.id.len()..]);
            entry.id = new_id;
        }
        entry.comment.insert(0, format!("From {stem}.ftl."));
        self.push(entry);
    }

    fn render<'a>(entries: impl Iterator<Item = &'a ObsoleteEntry>) -> String {
        let mut text = String::from(
            "### Translations whose source text no longer exists, kept by `handbook sync` so that nothing is lost.\n### They are not used in the build. Reuse what helps, then delete them.\n",
        );
        for entry in entries {
            text.push('\n');
            for line in &entry.comment {
                let _ = writeln!(text, "# {line}");
            }
            let _ = writeln!(text, "{}", entry.source);
        }
        text
    }

    fn current(&self) -> impl Iterator<Item = &ObsoleteEntry> {
        self.entries.iter().flatten()
    }
}

fn plan_language(
    project: &Project,
    book: &Book,
    language: &str,
    old_sources: &HashMap<String, OldSource>,
    source_handbook: Option<&FtlFile>,
    diags: &mut Diagnostics,
) -> Option<LanguagePlan> {
    let dir = format!("translations/{language}");
    let obsolete_rel = format!("{dir}/{OBSOLETE_FTL}");
    let mut rekeyed = 0;
    let mut obsolete_rekeyed = false;
    let mut obsolete = Obsolete::default();
    match read_ftl(&project.root, &obsolete_rel) {
        Ok(Some(file)) if !file.errors.is_empty() => {
            diags.extend(file.errors);
            diags.push(
                Diagnostic::error(format!(
                    "`{language}` was not synced: fix {obsolete_rel} first"
                ))
                .in_file(&obsolete_rel),
            );
            return None;
        }
        Ok(Some(file)) => {
            let map: HashMap<String, String> = file
                .entries
                .iter()
                .filter_map(|e| {
                    let previous = recorded_previous(&e.comment)?;
                    let normalized = previous.split_whitespace().collect::<Vec<_>>().join(" ");
                    Some((e.id.clone(), upgraded_id(&e.id, &normalized)?))
                })
                .collect();
            let (file, renamed) = rename_ids(&file, &map);
            rekeyed += renamed;
            obsolete_rekeyed = renamed > 0;
            for e in &file.entries {
                obsolete.push(ObsoleteEntry {
                    comment: e.comment.clone(),
                    source: entry_source(e),
                    id: e.id.clone(),
                });
            }
        }
        Ok(None) => {}
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let before = Obsolete::render(obsolete.current());

    let mut plan = LanguagePlan {
        obsolete_rel,
        obsolete_with_moved: None,
        chapters: vec![],
        obsolete_final: None,
        handbook: None,
        stale: 0,
        obsoleted: 0,
        restored: 0,
        rekeyed: 0,
    };
    let mut moved_any = false;
    for chapter in &book.chapters {
        let rel = format!("{dir}/{}.ftl", chapter.file.stem);
        let existing = match read_ftl(&project.root, &rel) {
            Ok(Some(file)) if !file.errors.is_empty() => {
                diags.extend(file.errors);
                diags.push(
                    Diagnostic::error(
                        "this file was not synced: fix its errors first, so that no text is lost",
                    )
                    .in_file(&rel),
                );
                continue;
            }
            Ok(file) => file,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let old = old_sources.get(&chapter.file.stem);
        let old_source = old.map(|o| &o.file);
        let existing = match (existing, old) {
            (Some(file), Some(old)) if !old.rekey.is_empty() => {
                let (file, renamed) = rename_ids(&file, &old.rekey);
                rekeyed += renamed;
                Some(file)
            }
            (existing, _) => existing,
        };
        let outcome = chapter_for_language(
            chapter,
            language,
            existing.as_ref(),
            old_source,
            &mut obsolete,
        );
        plan.stale += outcome.stale;
        plan.restored += outcome.restored;
        for entry in outcome.moved {
            plan.obsoleted += 1;
            obsolete.add(entry, &chapter.file.stem);
            moved_any = true;
        }
        plan.chapters.push((rel, outcome.text));
    }

    let after = Obsolete::render(obsolete.current());
    if moved_any && !obsolete.restored.is_empty() {
        plan.obsolete_with_moved = Some(Obsolete::render(
            obsolete.current().chain(obsolete.restored.iter()),
        ));
    } else if moved_any {
        plan.obsolete_with_moved = Some(after.clone());
    }
    if after != before || obsolete_rekeyed {
        plan.obsolete_final = Some(after);
    }
    if let Some(source_handbook) = source_handbook {
        plan.handbook = handbook_ftl(project, language, source_handbook, diags);
    }
    plan.rekeyed = rekeyed;
    Some(plan)
}

/// Scheme-1 ids of a source file mapped to their current ids, each checked
/// against the text it was made from (an id whose text does not hash to it
/// keeps its name; sync then treats it as a changed message).
fn rekey_map(old_source: &FtlFile) -> HashMap<String, String> {
    old_source
        .entries
        .iter()
        .filter_map(|e| Some((e.id.clone(), upgraded_id(&e.id, &e.text.normalized())?)))
        .collect()
}

/// The current id of a scheme-1 `id` made from `normalized` text.
fn upgraded_id(id: &str, normalized: &str) -> Option<String> {
    let parsed = parse_id(id)?;
    if parsed.hash.len() != 8 {
        return None;
    }
    let base = format!("{}-{}-{}", parsed.slug, parsed.kind_code, parsed.hash);
    (legacy_v1_id(parsed.slug, parsed.kind_code, normalized) == base)
        .then(|| message_id_for_code(parsed.slug, parsed.kind_code, normalized))
}

/// Renames ids in a file's text, in entries and in commented-out messages.
/// Returns the re-read file and how many entries were renamed.
fn rename_ids(file: &FtlFile, map: &HashMap<String, String>) -> (FtlFile, usize) {
    if map.is_empty() {
        return (file.clone(), 0);
    }
    let mut out = String::with_capacity(file.text.len() + map.len() * 8);
    let mut renamed = 0;
    for line in file.text.split_inclusive('\n') {
        let (prefix, rest) = match line.strip_prefix("# ") {
            Some(rest) => ("# ", rest),
            None => ("", line),
        };
        let id_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        let new = map.get(&rest[..id_len]).filter(|_| {
            rest[id_len..]
                .trim_start_matches([' ', '\t'])
                .starts_with('=')
        });
        match new {
            Some(new) => {
                renamed += usize::from(prefix.is_empty());
                out.push_str(prefix);
                out.push_str(new);
                out.push_str(&rest[id_len..]);
            }
            None => out.push_str(line),
        }
    }
    (parse_ftl(&file.path, &out), renamed)
}

/// An entry's own lines: the `id =` line and its indented continuation.
fn entry_source(entry: &FtlEntry) -> String {
    let mut lines = Vec::new();
    for (n, line) in entry.source.lines().enumerate() {
        if n > 0 && !(line.trim().is_empty() || line.starts_with([' ', '\t'])) {
            break;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Splits an entry's comment into the lines sync writes (stale marker and
/// previous source; the context line is dropped, it is rewritten anyway) and
/// the lines a translator wrote themselves.
fn split_comment(comment: &[String]) -> (Vec<String>, Vec<String>) {
    let mut generated = Vec::new();
    let mut notes = Vec::new();
    let mut in_previous = false;
    for line in comment {
        if line.starts_with(CONTEXT_PREFIX) {
            in_previous = false;
        } else if line.trim_start().starts_with(STALE_MARKER) {
            in_previous = false;
            generated.push(line.clone());
        } else if line.starts_with(PREVIOUS_PREFIX) || (in_previous && line.starts_with("  ")) {
            in_previous = true;
            generated.push(line.clone());
        } else {
            in_previous = false;
            notes.push(line.clone());
        }
    }
    (generated, notes)
}

/// Comment lines a translator wrote themselves (not generated by sync).
fn translator_notes(comment: &[String]) -> Vec<String> {
    split_comment(comment).1
}

/// One language's chapter file as sync leaves it.
struct ChapterOutcome {
    text: String,
    /// Translations that leave the file for obsolete.ftl.
    moved: Vec<ObsoleteEntry>,
    /// How many came back from obsolete.ftl, and how many became stale.
    restored: usize,
    stale: usize,
}

const STALE_LINE: &str = "the source text changed. Review this translation, then delete this line.";

/// Writes comment lines (`# line`, or `#` for an empty one).
fn write_comment<'a>(out: &mut String, lines: impl IntoIterator<Item = &'a String>) {
    for line in lines {
        let _ = writeln!(out, "#{}{line}", if line.is_empty() { "" } else { " " });
    }
}

/// Builds one language's chapter file: each message of the chapter is, in
/// this order of preference, its own translation, a translation carried over
/// from the text it replaced (stale), one restored from obsolete.ftl, or
/// missing (commented out); what is left of the old file moves to obsolete.ftl.
fn chapter_for_language(
    chapter: &Chapter,
    language: &str,
    existing: Option<&FtlFile>,
    old_source: Option<&FtlFile>,
    obsolete: &mut Obsolete,
) -> ChapterOutcome {
    let new_ids: Vec<&str> = chapter.messages.iter().map(|m| m.id.as_str()).collect();
    let new_set: HashSet<&str> = new_ids.iter().copied().collect();
    let pairs: HashMap<String, String> = match old_source {
        Some(old) => {
            let old_ids: Vec<&str> = old.entries.iter().map(|e| e.id.as_str()).collect();
            pair_changed(&old_ids, &new_ids)
                .into_iter()
                .map(|(o, n)| (n.to_owned(), o.to_owned()))
                .collect()
        }
        None => HashMap::new(),
    };
    let mut used: HashSet<String> = HashSet::new();
    let mut outcome = ChapterOutcome {
        text: header(chapter, language, false),
        moved: vec![],
        restored: 0,
        stale: 0,
    };
    let contexts = contexts(chapter);
    let commented_out = existing
        .map(|f| commented_blocks(&f.text))
        .unwrap_or_default();
    let mut notes = existing
        .map(|f| standalone_notes(&f.text, &outcome.text, &chapter.file.path))
        .unwrap_or_default();

    for (index, message) in chapter.messages.iter().enumerate() {
        let out = &mut outcome.text;
        out.push('\n');
        for block in notes.remove(message.id.as_str()).unwrap_or_default() {
            let _ = writeln!(out, "{block}\n");
        }
        let _ = writeln!(out, "# {}", contexts[index]);
        let carried = || {
            let old_id = pairs.get(&message.id)?;
            (!new_set.contains(old_id.as_str())).then(|| existing?.get(old_id))?
        };
        if let Some(entry) = existing.and_then(|f| f.get(&message.id)) {
            used.insert(entry.id.clone());
            write_own(out, entry);
        } else if let Some(entry) = carried() {
            used.insert(entry.id.clone());
            outcome.stale += usize::from(!is_stale(&entry.comment));
            write_carried(out, entry, &message.id, old_source);
        } else if let Some(entry) = obsolete.take(&message.id) {
            outcome.restored += 1;
            write_restored(out, &entry);
        } else {
            let generated: Vec<String> = format!("{} ={}", message.id, message.text.to_fluent())
                .lines()
                .map(|l| format!("# {l}"))
                .collect();
            // Text typed into the commented-out block without uncommenting it
            // is still a translator's work: keep that block as it is.
            let lines = commented_out
                .get(message.id.as_str())
                .filter(|old| {
                    old_source.is_some_and(|o| o.get(&message.id).is_some()) && **old != generated
                })
                .unwrap_or(&generated);
            for line in lines {
                let _ = writeln!(out, "{line}");
            }
        }
    }

    if let Some(existing) = existing {
        for entry in existing.entries.iter().filter(|e| !used.contains(&e.id)) {
            if entry.id.starts_with('-') {
                // Terms a translator put in a chapter file stay where they are.
                let _ = writeln!(outcome.text, "\n{}", entry_source(entry));
            } else {
                outcome.moved.push(leaving(entry, old_source));
            }
        }
    }
    // Notes of a translator whose message is gone stay at the end.
    let mut orphans: Vec<_> = notes.into_iter().collect();
    orphans.sort();
    for block in orphans.into_iter().flat_map(|(_, blocks)| blocks) {
        let _ = write!(outcome.text, "\n{block}\n");
    }
    outcome
}

/// A translation of this very text: kept as written. A confirmed one (its
/// stale marker removed) sheds the previous source too.
fn write_own(out: &mut String, entry: &FtlEntry) {
    let (generated, notes) = split_comment(&entry.comment);
    if is_stale(&entry.comment) {
        write_comment(out, &generated);
    }
    write_comment(out, &notes);
    let _ = writeln!(out, "{}", entry_source(entry));
}

/// The translation of the text this message replaced, under the new id,
/// marked stale with the text it translated.
fn write_carried(out: &mut String, entry: &FtlEntry, new_id: &str, old_source: Option<&FtlFile>) {
    let previous = old_source
        .and_then(|o| o.get(&entry.id))
        .map(|e| e.text.display())
        .or_else(|| recorded_previous(&entry.comment))
        .unwrap_or_default();
    let _ = writeln!(out, "# {STALE_MARKER} {STALE_LINE}");
    let mut previous_lines = previous.lines();
    let _ = writeln!(
        out,
        "# {PREVIOUS_PREFIX} {}",
        previous_lines.next().unwrap_or("")
    );
    for line in previous_lines {
        let _ = writeln!(out, "#   {line}");
    }
    write_comment(out, &translator_notes(&entry.comment));
    let source = entry_source(entry);
    let _ = writeln!(out, "{new_id}{}", &source[entry.id.len()..]);
}

/// A translation back from obsolete.ftl: its source is back as it was, so the
/// previous-source note written when it left goes; a stale mark stays.
fn write_restored(out: &mut String, entry: &ObsoleteEntry) {
    let comment: Vec<String> = entry
        .comment
        .iter()
        .skip_while(|l| l.starts_with("From "))
        .cloned()
        .collect();
    if is_stale(&comment) {
        let _ = writeln!(out, "# {STALE_MARKER} {STALE_LINE}");
    }
    write_comment(out, &translator_notes(&comment));
    let _ = writeln!(out, "{}", entry.source);
}

/// A translation whose source is gone, as it goes to obsolete.ftl: with the
/// translator's notes, its stale mark, and the source text it translated.
fn leaving(entry: &FtlEntry, old_source: Option<&FtlFile>) -> ObsoleteEntry {
    let mut comment = translator_notes(&entry.comment);
    if is_stale(&entry.comment) {
        comment.insert(
            0,
            format!("{STALE_MARKER} not reviewed since its source changed."),
        );
    }
    if let Some(old) = old_source.and_then(|o| o.get(&entry.id)) {
        let text = old.text.display();
        let mut lines = text.lines();
        comment.push(format!(
            "{PREVIOUS_PREFIX} {}",
            lines.next().unwrap_or_default()
        ));
        comment.extend(lines.map(|l| format!("  {l}")));
    }
    ObsoleteEntry {
        comment,
        source: entry_source(entry),
        id: entry.id.clone(),
    }
}

/// Every commented-out message block of a file's text (`# id = ...` and its
/// `#     ` continuation lines), by id.
fn commented_blocks(text: &str) -> HashMap<&str, Vec<String>> {
    let mut blocks = HashMap::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(id) = commented_message_id(line) else {
            continue;
        };
        let mut block = vec![line.to_owned()];
        while let Some(next) = lines.next_if(|l| l.starts_with("#     ") || l.starts_with("#    "))
        {
            block.push(next.to_owned());
        }
        blocks.entry(id).or_insert(block);
    }
    blocks
}

/// The id of a commented-out message's first line (`# about-p-1a2b = ...`).
fn commented_message_id(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("# ")?;
    let (id, after) = rest.split_once(" =")?;
    (parse_id(id).is_some() && (after.is_empty() || after.starts_with(' '))).then_some(id)
}

/// Comments a translator wrote on their own (a `##` group comment, or `#`
/// lines followed by a blank line), by the id of the message they stand
/// before; what sync writes itself (headers, context lines, commented-out
/// messages) is not among them.
fn standalone_notes(text: &str, header: &str, path: &str) -> HashMap<String, Vec<String>> {
    let header: HashSet<&str> = header.lines().collect();
    let title_line = format!("### {path} — ");
    let lines: Vec<&str> = text.lines().collect();
    let mut notes: HashMap<String, Vec<String>> = HashMap::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with('#') {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && lines[i].starts_with('#') {
            i += 1;
        }
        let block = &lines[start..i];
        let attached = i < lines.len() && !lines[i].trim().is_empty();
        let group = block.iter().all(|l| l.starts_with("## ") || *l == "##");
        let generated = block.iter().any(|l| {
            header.contains(l)
                || l.starts_with(&title_line)
                || l.starts_with(&format!("# {CONTEXT_PREFIX}"))
                || commented_message_id(l).is_some()
        });
        if generated || (attached && !group) {
            continue;
        }
        let next_id = lines[i..]
            .iter()
            .find_map(|l| commented_message_id(l).or_else(|| entry_id(l)))
            .unwrap_or("");
        notes
            .entry(next_id.to_owned())
            .or_default()
            .push(block.join("\n"));
    }
    notes
}

/// The id of an entry's first line (`about-p-1a2b = ...`).
fn entry_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    parse_id(id).is_some().then_some(id)
}

/// Pairs removed old ids with added new ids that sit in the same gap between
/// unchanged messages (longest common subsequence), same kind first, in order.
/// Ids are unique within a chapter, so the common subsequence is the longest
/// increasing run of new positions: O(n log n), for chapters of any size.
pub fn pair_changed<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let new_position: HashMap<&str, usize> =
        new.iter().enumerate().map(|(j, id)| (*id, j)).collect();
    let kept = common_in_order(old, |id| new_position.get(id).copied());
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (old_index, new_index) in kept
        .into_iter()
        .chain(std::iter::once((old.len(), new.len())))
    {
        let mut removed: Vec<&str> = old[i..old_index].to_vec();
        for &new_id in &new[j..new_index] {
            let kind = kind_code_of(new_id);
            if let Some(pos) = removed.iter().position(|o| kind_code_of(o) == kind) {
                pairs.push((removed.remove(pos), new_id));
            }
        }
        i = old_index + 1;
        j = new_index + 1;
    }
    pairs
}

/// The longest run of `old` positions whose new positions increase, as
/// (old index, new index) pairs (patience sorting).
fn common_in_order(
    old: &[&str],
    new_position: impl Fn(&str) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let candidates: Vec<(usize, usize)> = old
        .iter()
        .enumerate()
        .filter_map(|(i, id)| new_position(id).map(|j| (i, j)))
        .collect();
    // tails[k]: index into candidates of the smallest tail of a run of length k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; candidates.len()];
    for (c, &(_, j)) in candidates.iter().enumerate() {
        let k = tails.partition_point(|&t| candidates[t].1 < j);
        previous[c] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(c);
        } else {
            tails[k] = c;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(c) = at {
        run.push(candidates[c]);
        at = previous[c];
    }
    run.reverse();
    run
}
/// A language's handbook.ftl with every source entry it lacks added,
/// commented out, at the end; what the translator wrote is untouched.
/// None when nothing needs adding.
fn handbook_ftl(
    project: &Project,
    language: &str,
    source: &FtlFile,
    diags: &mut Diagnostics,
) -> Option<(String, String)> {
    let rel = format!("translations/{language}/{HANDBOOK_FTL}");
    let existing = match read_ftl(&project.root, &rel) {
        Ok(file) => file,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let mut text = match &existing {
        Some(file) if !file.errors.is_empty() => {
            diags.extend(file.errors.iter().cloned());
            return None;
        }
        Some(file) => file.text.clone(),
        None => format!(
            "### Title, notices, terms and interface strings of the handbook in `{language}`.\n### Commented-out entries are not translated yet: remove the `# ` and translate.\n"
        ),
    };
    let commented: HashSet<String> = text
        .lines()
        .filter_map(|l| {
            l.strip_prefix("# ")?
                .split_once(" =")
                .map(|(id, _)| id.to_owned())
        })
        .collect();
    let mut added = false;
    for entry in &source.entries {
        let present = existing
            .as_ref()
            .is_some_and(|f| f.get(&entry.id).is_some());
        if present || commented.contains(&entry.id) {
            continue;
        }
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push('\n');
        for line in entry_source(entry).lines() {
            let _ = writeln!(text, "# {line}");
        }
        added = true;
    }
    (added || existing.is_none()).then_some((rel, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edited_block_pairs_with_the_one_it_replaced() {
        let old = [
            "c-h-00000001",
            "c-p-0000000a",
            "c-p-0000000b",
            "c-p-0000000c",
        ];
        let new = [
            "c-h-00000001",
            "c-p-0000000a",
            "c-p-000000ff",
            "c-p-0000000c",
            "c-p-000000ee",
        ];
        assert_eq!(
            pair_changed(&old, &new),
            vec![("c-p-0000000b", "c-p-000000ff")]
        );
    }

    #[test]
    fn pairs_prefer_the_same_kind() {
        let old = [
            "c-h-00000001",
            "c-li-0000000a",
            "c-p-0000000b",
            "c-h-00000002",
        ];
        let new = ["c-h-00000001", "c-p-000000ff", "c-h-00000002"];
        assert_eq!(
            pair_changed(&old, &new),
            vec![("c-p-0000000b", "c-p-000000ff")]
        );
    }

    #[test]
    fn a_suffixed_id_pairs_by_its_kind() {
        // Scheme 1's collision suffix hid the kind: its translation went to obsolete.ftl.
        let old = ["c-h-00000001", "c-p-0000000b-2", "c-h-00000002"];
        let new = ["c-h-00000001", "c-p-00000000000000ff", "c-h-00000002"];
        assert_eq!(
            pair_changed(&old, &new),
            vec![("c-p-0000000b-2", "c-p-00000000000000ff")]
        );
    }

    #[test]
    fn moved_blocks_pair_only_inside_their_gap() {
        let old = [
            "c-h-00000001",
            "c-p-0000000a",
            "c-h-00000002",
            "c-p-0000000b",
        ];
        let new = [
            "c-h-00000002",
            "c-p-000000ff",
            "c-h-00000001",
            "c-p-000000ee",
        ];
        // The longest common run is one heading; after it, the edited
        // paragraph pairs with the new one; the moved heading pairs with nothing.
        assert_eq!(
            pair_changed(&old, &new),
            vec![("c-p-0000000b", "c-p-000000ff")]
        );
    }
}
