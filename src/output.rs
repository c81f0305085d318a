//! Writing files: every output and every `.ftl` is written atomically
//! (a temporary file beside it, then a rename), and only when it changed.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// A file produced in memory by a renderer, relative to the output folder.
#[derive(Clone, Debug)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutputFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// How much a write must survive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durability {
    /// Atomic: readers see the old file or the new one, never a mix. Enough
    /// for outputs, which a build can always make again.
    Atomic,
    /// Atomic and flushed to disk before the rename: a translator's `.ftl`
    /// survives a power cut.
    Synced,
}

/// Writes `bytes` to `path` atomically. Returns whether the file changed.
pub fn write_atomic(path: &Path, bytes: &[u8], durability: Durability) -> std::io::Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let unique = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temp: PathBuf = dir.join(format!(".{name}.{}-{unique}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        if durability == Durability::Synced {
            file.sync_all()?;
        }
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map(|()| true)
}

/// Writes renderer outputs under `out`; refuses paths that would leave it,
/// through `..` or through a symbolic link inside it.
pub fn write_outputs(out: &Path, files: &[OutputFile]) -> std::io::Result<usize> {
    std::fs::create_dir_all(out)?;
    let mut written = 0;
    for file in files {
        let rel = Path::new(&file.path);
        if rel.is_absolute()
            || rel
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!(
                    "refusing to write `{}` outside the output folder",
                    file.path
                ),
            ));
        }
        let target = crate::paths::confined(out, rel)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        if write_atomic(&target, &file.bytes, Durability::Atomic)? {
            written += 1;
        }
    }
    Ok(written)
}
