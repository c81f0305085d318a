//! The project lock: `sync` rewrites translations only while no other
//! handbook process of the same project (`build`, `check`, `status`, `serve`,
//! another `sync`) reads or writes them. It is an advisory lock (`flock`) on
//! the project folder itself, so it leaves no file behind and is released
//! when the process ends, however it ends.

use std::fs::File;
use std::path::Path;

/// Held while it lives; dropped, the lock is released.
#[derive(Debug)]
pub struct ProjectLock {
    _folder: File,
}

impl ProjectLock {
    /// For writers (`sync`): waits until no other process holds the lock.
    pub fn exclusive(root: &Path) -> std::io::Result<ProjectLock> {
        let folder = File::open(root)?;
        folder.lock()?;
        Ok(ProjectLock { _folder: folder })
    }

    /// For readers: many at once, none while a writer holds it.
    pub fn shared(root: &Path) -> std::io::Result<ProjectLock> {
        let folder = File::open(root)?;
        folder.lock_shared()?;
        Ok(ProjectLock { _folder: folder })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writer_excludes_readers_and_readers_share() {
        let dir = tempfile::tempdir().unwrap();
        let writer = ProjectLock::exclusive(dir.path()).unwrap();
        let probe = File::open(dir.path()).unwrap();
        assert!(
            probe.try_lock_shared().is_err(),
            "a reader got in beside a writer"
        );
        drop(writer);
        let _a = ProjectLock::shared(dir.path()).unwrap();
        let _b = ProjectLock::shared(dir.path()).unwrap();
        assert!(probe.try_lock().is_err(), "a writer got in beside readers");
    }
}
