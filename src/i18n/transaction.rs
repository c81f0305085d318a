//! sync's all-or-nothing write. Every new file is first written in full
//! beside its target and flushed to disk; then a journal naming them is
//! written; then each replaces its target by a rename, in the order given;
//! then the journal goes. A sync that is killed before the journal exists has
//! changed nothing (its staged files are removed by the next run); one killed
//! after it is finished from the journal by the next handbook command.
//!
//! sync orders the renames so that every prefix of them loses nothing: a
//! translation leaving a chapter file is in `obsolete.ftl` before the chapter
//! file is replaced, and one coming back from `obsolete.ftl` is in the
//! chapter file before it leaves `obsolete.ftl`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::lock::ProjectLock;

/// The journal of a sync in progress, relative to the project.
pub const JOURNAL: &str = "translations/.sync-journal";
const JOURNAL_HEADER: &str = "handbook sync journal 1";
/// Staged files end with this; nothing else in translations/ does.
const STAGED_SUFFIX: &str = ".sync-staged";

/// Files to replace together, in rename order.
#[derive(Debug, Default)]
pub struct Transaction {
    writes: Vec<(String, Vec<u8>)>,
}

impl Transaction {
    /// Adds a file (project-relative path). A path may come twice: the later
    /// content wins, and the earlier is on disk in between.
    pub fn stage(&mut self, rel: &str, bytes: impl Into<Vec<u8>>) {
        self.writes.push((rel.to_owned(), bytes.into()));
    }

    /// Writes everything or nothing. Returns the paths whose content changed.
    /// Every path must already have been checked to stay inside the project.
    pub fn commit(self, root: &Path) -> Result<Vec<String>, Diagnostic> {
        let mut last_content: std::collections::HashMap<&str, &[u8]> = Default::default();
        let mut writes = Vec::new();
        for (index, (rel, bytes)) in self.writes.iter().enumerate() {
            let target = root.join(rel);
            let unchanged = match last_content.get(rel.as_str()) {
                Some(previous) => *previous == bytes.as_slice(),
                None => std::fs::read(&target).is_ok_and(|old| old == *bytes),
            };
            last_content.insert(rel, bytes);
            if !unchanged {
                writes.push((index, rel.as_str(), bytes.as_slice()));
            }
        }
        if writes.is_empty() {
            return Ok(vec![]);
        }

        let mut staged: Vec<(PathBuf, &str)> = Vec::new();
        let staging = (|| -> Result<(), Diagnostic> {
            for &(index, rel, bytes) in &writes {
                let path = staged_path(root, rel, index);
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| cannot("create the folder of", rel, &e))?;
                }
                staged.push((path.clone(), rel));
                write_synced(&path, bytes).map_err(|e| cannot("write", rel, &e))?;
            }
            let mut journal = format!("{JOURNAL_HEADER}\n");
            for (path, rel) in &staged {
                let name = path.strip_prefix(root).unwrap_or(path);
                journal.push_str(&format!("{rel}\t{}\n", name.display()));
            }
            let temp = root.join(format!("{JOURNAL}{STAGED_SUFFIX}"));
            write_synced(&temp, journal.as_bytes()).map_err(|e| cannot("write", JOURNAL, &e))?;
            std::fs::rename(&temp, root.join(JOURNAL)).map_err(|e| cannot("write", JOURNAL, &e))?;
            sync_folder(&root.join("translations"));
            Ok(())
        })();
        if let Err(diagnostic) = staging {
            for (path, _) in &staged {
                let _ = std::fs::remove_file(path);
            }
            let _ = std::fs::remove_file(root.join(format!("{JOURNAL}{STAGED_SUFFIX}")));
            return Err(diagnostic
                .with_hint("nothing was changed: every file is as it was before this sync"));
        }
        finish(root)?;
        let mut written: Vec<String> = Vec::new();
        for (_, rel, _) in &writes {
            if !written.iter().any(|w| w == rel) {
                written.push((*rel).to_owned());
            }
        }
        Ok(written)
    }
}

/// Finishes a sync that was stopped, if its journal is there, and removes
/// staged files no journal names. Returns how many files it replaced, or
/// None when no sync was stopped.
pub fn recover(root: &Path) -> Result<Option<usize>, Diagnostic> {
    let journal_path = root.join(JOURNAL);
    let replaced = match std::fs::read_to_string(&journal_path) {
        Ok(_) => Some(finish(root)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(cannot("read", JOURNAL, &e)),
    };
    remove_stray_staged(root);
    Ok(replaced)
}

/// Whether a stopped sync waits to be finished.
pub fn pending(root: &Path) -> bool {
    root.join(JOURNAL).exists()
}

/// The lock for commands that read translations, after finishing a stopped
/// sync if there is one (a reader never sees half of a sync). A problem is
/// reported, not fatal: every state a stopped sync leaves loses nothing.
pub fn lock_for_reading(root: &Path) -> (Option<ProjectLock>, Option<Diagnostic>) {
    let mut problem = None;
    if pending(root) {
        match ProjectLock::exclusive(root) {
            Ok(lock) => {
                if let Err(mut diagnostic) = recover(root) {
                    diagnostic.severity = crate::diag::Severity::Warning;
                    problem = Some(diagnostic);
                }
                drop(lock);
            }
            Err(err) => {
                problem = Some(Diagnostic::warning(format!(
                    "cannot lock the project folder: {err}"
                )));
            }
        }
    }
    match ProjectLock::shared(root) {
        Ok(lock) => (Some(lock), problem),
        Err(err) => (
            None,
            problem.or_else(|| {
                Some(Diagnostic::warning(format!(
                    "cannot lock the project folder: {err}"
                )))
            }),
        ),
    }
}

/// Carries out the journal's renames (those still to do), then removes it.
fn finish(root: &Path) -> Result<usize, Diagnostic> {
    let text =
        std::fs::read_to_string(root.join(JOURNAL)).map_err(|e| cannot("read", JOURNAL, &e))?;
    let mut lines = text.lines();
    if lines.next() != Some(JOURNAL_HEADER) {
        return Err(Diagnostic::error(
            "this is not a journal handbook can read: an interrupted sync cannot be finished",
        )
        .in_file(JOURNAL)
        .with_hint("its staged files (`*.sync-staged` in translations/) hold the new text; compare them by hand, then delete the journal"));
    }
    let mut replaced = 0;
    stop_here_when_testing(replaced);
    let mut folders = Vec::new();
    for line in lines {
        let Some((rel, staged_rel)) = line.split_once('\t') else {
            continue;
        };
        // The journal is read back from the project: it names only places in translations/.
        let (Ok(target), Ok(staged)) = (
            crate::paths::confined(root, Path::new(rel)),
            crate::paths::confined(root, Path::new(staged_rel)),
        ) else {
            return Err(Diagnostic::error(format!(
                "the journal names `{rel}` outside the project"
            ))
            .in_file(JOURNAL));
        };
        if !rel.starts_with("translations/") || !staged_rel.ends_with(STAGED_SUFFIX) {
            return Err(Diagnostic::error(format!(
                "the journal names `{rel}`, which sync never writes"
            ))
            .in_file(JOURNAL));
        }
        if !staged.exists() {
            continue; // replaced before the stop
        }
        std::fs::rename(&staged, &target).map_err(|e| {
            cannot("replace", rel, &e).with_hint(
                "the sync is kept in translations/.sync-journal with its new files; fix the cause and run `handbook sync` again: it finishes the sync, and nothing is lost meanwhile",
            )
        })?;
        replaced += 1;
        stop_here_when_testing(replaced);
        if let Some(folder) = target.parent()
            && !folders.contains(&folder.to_path_buf())
        {
            folders.push(folder.to_path_buf());
        }
    }
    for folder in &folders {
        sync_folder(folder);
    }
    std::fs::remove_file(root.join(JOURNAL)).map_err(|e| cannot("remove", JOURNAL, &e))?;
    sync_folder(&root.join("translations"));
    Ok(replaced)
}

/// A fault-injection point for the tests: with `HANDBOOK_FAULT_AFTER_RENAMES=N`
/// the process stops dead after the N-th rename, as `kill -9` would, so that
/// every moment of the rename phase can be tried (random kills hit a phase
/// this short too rarely).
fn stop_here_when_testing(renamed: usize) {
    if std::env::var("HANDBOOK_FAULT_AFTER_RENAMES")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        == Some(renamed)
    {
        std::process::abort();
    }
}

fn staged_path(root: &Path, rel: &str, index: usize) -> PathBuf {
    let target = root.join(rel);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.{index}{STAGED_SUFFIX}"))
}

/// Staged files of a sync killed before its journal was written.
fn remove_stray_staged(root: &Path) {
    let translations = root.join("translations");
    let mut folders = vec![translations.clone()];
    if let Ok(entries) = std::fs::read_dir(&translations) {
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(entry.path());
            }
        }
    }
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.')
                && name.ends_with(STAGED_SUFFIX)
                && entry.file_type().is_ok_and(|t| t.is_file())
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes renames in a folder durable; best effort (not every file system can).
fn sync_folder(folder: &Path) {
    if let Ok(handle) = std::fs::File::open(folder) {
        let _ = handle.sync_all();
    }
}

fn cannot(what: &str, rel: &str, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot {what} the file: {err}")).in_file(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("translations/sl")).unwrap();
        dir
    }

    #[test]
    fn a_failed_rename_keeps_the_journal_and_the_next_run_finishes_it() {
        let dir = project();
        let root = dir.path();
        std::fs::write(root.join("translations/sl/a.ftl"), "old a").unwrap();
        // A folder where a file should go: staging works, the rename cannot.
        std::fs::create_dir_all(root.join("translations/sl/b.ftl")).unwrap();
        let mut tx = Transaction::default();
        tx.stage("translations/sl/a.ftl", "new a");
        tx.stage("translations/sl/b.ftl", "new b");
        let err = tx.commit(root).unwrap_err();
        assert!(err.message.contains("cannot replace"), "{}", err.message);
        assert_eq!(
            std::fs::read_to_string(root.join("translations/sl/a.ftl")).unwrap(),
            "new a"
        );
        assert!(pending(root));
        std::fs::remove_dir(root.join("translations/sl/b.ftl")).unwrap();
        assert_eq!(recover(root).unwrap(), Some(1));
        assert_eq!(
            std::fs::read_to_string(root.join("translations/sl/b.ftl")).unwrap(),
            "new b"
        );
        assert!(!pending(root));
        let left: Vec<_> = std::fs::read_dir(root.join("translations/sl"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 2, "{left:?}");
    }

    #[test]
    fn a_file_staged_twice_ends_with_its_last_content_and_unchanged_files_are_not_written() {
        let dir = project();
        let root = dir.path();
        std::fs::write(root.join("translations/sl/same.ftl"), "same").unwrap();
        let mut tx = Transaction::default();
        tx.stage("translations/sl/obsolete.ftl", "union");
        tx.stage("translations/sl/same.ftl", "same");
        tx.stage("translations/sl/obsolete.ftl", "final");
        let written = tx.commit(root).unwrap();
        assert_eq!(written, ["translations/sl/obsolete.ftl"]);
        assert_eq!(
            std::fs::read_to_string(root.join("translations/sl/obsolete.ftl")).unwrap(),
            "final"
        );
    }

    #[test]
    fn staged_files_without_a_journal_are_removed() {
        let dir = project();
        let root = dir.path();
        std::fs::write(root.join("translations/sl/.a.ftl.0.sync-staged"), "half").unwrap();
        std::fs::write(root.join("translations/sl/keep.ftl"), "keep").unwrap();
        assert_eq!(recover(root).unwrap(), None);
        assert!(!root.join("translations/sl/.a.ftl.0.sync-staged").exists());
        assert!(root.join("translations/sl/keep.ftl").exists());
    }
}
