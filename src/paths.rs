//! Paths that must stay inside a folder: every file handbook reads, writes or
//! deletes in a project (or in the chosen output folder) is resolved here,
//! symbolic links included, and refused when it leads out.

use std::path::{Path, PathBuf};

/// `base/rel` with every existing part's symbolic links resolved, if it stays
/// inside `base` (itself resolved). The path need not exist yet: the deepest
/// part that exists is resolved and the rest appended, so a folder that is a
/// link leading out is caught before anything is created in it.
pub fn confined(base: &Path, rel: &Path) -> Result<PathBuf, String> {
    let base = base
        .canonicalize()
        .map_err(|e| format!("cannot open `{}`: {e}", base.display()))?;
    let mut lexical = base.clone();
    for component in rel.components() {
        match component {
            std::path::Component::Normal(part) => lexical.push(part),
            std::path::Component::CurDir => {}
            _ => {
                return Err(format!(
                    "`{}` is outside `{}`",
                    rel.display(),
                    base.display()
                ));
            }
        }
    }
    let mut existing = lexical.as_path();
    let mut rest = Vec::new();
    let resolved = loop {
        match existing.canonicalize() {
            Ok(path) => break path,
            Err(_) => {
                let Some(parent) = existing.parent() else {
                    break existing.to_path_buf();
                };
                rest.push(existing.file_name().unwrap_or_default().to_owned());
                existing = parent;
            }
        }
    };
    // A dangling link is not followed by canonicalize: refuse it too.
    if let Ok(meta) = std::fs::symlink_metadata(&lexical)
        && meta.file_type().is_symlink()
        && lexical.canonicalize().is_err()
    {
        return Err(format!("`{}` is a symbolic link to nothing", rel.display()));
    }
    let mut full = resolved;
    full.extend(rest.into_iter().rev());
    if full.starts_with(&base) {
        Ok(full)
    } else {
        Err(format!(
            "`{}` leads outside `{}` (a symbolic link?): handbook reads and writes only inside it",
            rel.display(),
            base.display()
        ))
    }
}

/// Reads a project file, refusing anything that resolves outside the project.
pub fn read_inside(root: &Path, rel: &str) -> Result<Vec<u8>, String> {
    let path = confined(root, Path::new(rel))?;
    std::fs::read(&path).map_err(|e| format!("cannot read `{rel}`: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_leading_out_are_refused_and_links_inside_are_followed() {
        let outside = tempfile::tempdir().unwrap();
        let project = tempfile::tempdir().unwrap();
        let root = project.path();
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::write(root.join("a/real.md"), "x").unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("out")).unwrap();
        std::os::unix::fs::symlink(root.join("a/real.md"), root.join("a/inside.md")).unwrap();
        std::os::unix::fs::symlink("/nonexistent/x", root.join("dangling")).unwrap();

        assert!(confined(root, Path::new("out")).is_err());
        assert!(confined(root, Path::new("out/new/deeper.txt")).is_err());
        assert!(confined(root, Path::new("../x")).is_err());
        assert!(confined(root, Path::new("dangling")).is_err());
        assert_eq!(read_inside(root, "a/inside.md").unwrap(), b"x");
        let fresh = confined(root, Path::new("a/not/yet/here.ftl")).unwrap();
        assert!(fresh.ends_with("a/not/yet/here.ftl"));
    }
}
