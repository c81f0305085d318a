//! The content-addressed cache of outputs that are slow to make (the PDFs),
//! in `.handbook-cache/` of the project. It wraps any renderer that can hash
//! its inputs: an entry is the output file's name with the hash of its
//! inputs (`x-sl-<key>.pdf` for `sl/x-sl.pdf`), and a new entry replaces the
//! older entries of the same output file only, so outputs never evict each
//! other.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::output::OutputFile;

/// The project's output cache.
pub(crate) struct OutputCache {
    dir: PathBuf,
    /// Reuse entries (`--no-cache` still refreshes them).
    read: bool,
}

impl OutputCache {
    /// The cache of the project at `root`; its folder must stay inside the
    /// project, symbolic links included.
    pub(crate) fn open(root: &Path, read: bool) -> Result<OutputCache, Diagnostic> {
        let dir = crate::paths::confined(root, Path::new(".handbook-cache")).map_err(|e| {
            Diagnostic::error(format!(
                "the PDF cache folder is refused: {e}; remove it, handbook makes a new one"
            ))
        })?;
        Ok(OutputCache { dir, read })
    }

    /// The cached output file at `path` whose inputs hash to `key`, if any
    /// (none when the cache is not read).
    pub(crate) fn get(&self, path: &str, key: u128) -> Option<OutputFile> {
        if !self.read {
            return None;
        }
        let bytes = std::fs::read(self.entry(path, key)).ok()?;
        Some(OutputFile::new(path, bytes))
    }

    /// Keeps `file`, made from inputs that hash to `key`, in place of the
    /// older entries of the same output file (best effort: a cache that
    /// cannot be written only costs time).
    pub(crate) fn put(&self, key: u128, file: &OutputFile) {
        let (stem, extension) = stem_and_extension(&file.path);
        if std::fs::create_dir_all(&self.dir).is_ok() {
            // Older entries of this output file are replaced by the new one.
            if let Ok(entries) = std::fs::read_dir(&self.dir) {
                for old in entries.flatten() {
                    if is_entry_of(&old.file_name().to_string_lossy(), stem, extension) {
                        let _ = std::fs::remove_file(old.path());
                    }
                }
            }
            let _ = crate::output::write_atomic(
                &self.entry(&file.path, key),
                &file.bytes,
                crate::output::Durability::Atomic,
            );
        }
    }

    /// The entry of the output file at `path` for `key`: `<stem>-<key>.<ext>`.
    fn entry(&self, path: &str, key: u128) -> PathBuf {
        let (stem, extension) = stem_and_extension(path);
        self.dir.join(format!("{stem}-{key:032x}.{extension}"))
    }
}

/// The file name's stem and extension of an output path (`sl/x-sl.pdf`).
fn stem_and_extension(path: &str) -> (&str, &str) {
    let file_name = path.rsplit('/').next().unwrap_or(path);
    file_name.rsplit_once('.').unwrap_or((file_name, ""))
}

/// Whether `name` is an entry of the output `<stem>.<extension>`: exactly
/// `<stem>-<32 hex digits>.<extension>` (so `x-sl-booklet-<key>.pdf` is not
/// an entry of `x-sl.pdf`).
fn is_entry_of(name: &str, stem: &str, extension: &str) -> bool {
    name.strip_prefix(stem)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.strip_suffix(extension))
        .and_then(|rest| rest.strip_suffix('.'))
        .is_some_and(|key| key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_belong_to_one_output_file() {
        let key = "0123456789abcdef0123456789abcdef";
        assert!(is_entry_of(&format!("x-sl-{key}.pdf"), "x-sl", "pdf"));
        assert!(!is_entry_of(
            &format!("x-sl-booklet-{key}.pdf"),
            "x-sl",
            "pdf"
        ));
        assert!(!is_entry_of(&format!("x-sl-{key}.epub"), "x-sl", "pdf"));
        assert!(!is_entry_of("x-sl-1.pdf", "x-sl", "pdf"));
    }

    #[test]
    fn a_second_output_does_not_evict_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let cache = OutputCache::open(dir.path(), true).unwrap();
        let file = |path: &str, bytes: &[u8]| OutputFile::new(path, bytes.to_vec());
        assert!(cache.get("sl/x-sl.pdf", 1).is_none());
        cache.put(1, &file("sl/x-sl.pdf", b"screen"));
        cache.put(2, &file("sl/x-sl-booklet.pdf", b"booklet"));
        let again = cache.get("sl/x-sl.pdf", 1).unwrap();
        assert_eq!(again.bytes, b"screen");
        assert_eq!(again.path, "sl/x-sl.pdf");
        assert!(cache.get("sl/x-sl.pdf", 2).is_none(), "another key");
        // A new key replaces the old entry of the same file.
        cache.put(3, &file("sl/x-sl.pdf", b"new"));
        let names = std::fs::read_dir(dir.path().join(".handbook-cache"))
            .unwrap()
            .count();
        assert_eq!(names, 2);
        assert!(cache.get("sl/x-sl.pdf", 1).is_none(), "replaced");
        // --no-cache reads nothing but still keeps what it makes.
        let unread = OutputCache::open(dir.path(), false).unwrap();
        assert!(unread.get("sl/x-sl.pdf", 3).is_none());
    }
}
