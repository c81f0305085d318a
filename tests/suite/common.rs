//! Shared helpers: fixture copies, running the binary, loading documents.

use std::path::{Path, PathBuf};
use std::process::Command;

use handbook::build::{Loaded, ProjectAssets};
use handbook::diag::Diagnostics;
use handbook::document::{Date, Document};
use handbook::manifest::Project;
use handbook::render::{Format, FormatOptions};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A copy of a fixture project in a fresh temporary folder.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&fixture(name), dir.path());
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the `handbook` binary with `args` (no terminal: plain output).
pub fn handbook(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1638316800")
        .output()
        .expect("runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Loads a project and resolves one language, with a fixed date.
pub fn document(root: &Path, language: &str) -> (Document, Diagnostics) {
    let project = Project::load(root).unwrap_or_else(|d| panic!("{:?}", d.items));
    let loaded = Loaded::load(project);
    let mut diags = loaded.diagnostics.clone();
    let mut document = loaded.document(language, &mut diags);
    document.date = Date {
        year: 2021,
        month: 12,
        day: 1,
    };
    (document, diags)
}

/// A one-chapter project holding `markdown`, in a temporary folder.
pub fn single_chapter_project(markdown: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("handbook/chapters")).unwrap();
    std::fs::create_dir_all(root.join("translations/en")).unwrap();
    std::fs::write(
        root.join("handbook/handbook.yaml"),
        "id: t\nsource-language: en\nlanguages: [en]\nchapters:\n  - chapters/01-test.md\n",
    )
    .unwrap();
    std::fs::write(root.join("handbook/chapters/01-test.md"), markdown).unwrap();
    std::fs::write(
        root.join("translations/en/handbook.ftl"),
        "handbook-title = Test\nlanguage-name = English\n",
    )
    .unwrap();
    dir
}

/// Parses XML or XHTML (with its `<!DOCTYPE html>`).
pub fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, roxmltree::Error> {
    roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
}

/// The options `build` would give `format` for the project at `root` (no
/// downloads for the website, no `--emit-typst`).
pub fn format_options(root: &Path, format: Format) -> FormatOptions {
    let project = Project::load(root).unwrap_or_else(|d| panic!("{:?}", d.items));
    match format {
        Format::Pdf => FormatOptions::Pdf(handbook::build::pdf_options(&project, false)),
        Format::Epub => FormatOptions::Epub(Default::default()),
        Format::Html => FormatOptions::Html(Default::default()),
    }
}

/// Renders a document with the assets of the project at `root` (uncached).
pub fn render_format(
    root: &Path,
    document: &Document,
    format: Format,
) -> Result<Vec<handbook::output::OutputFile>, Vec<handbook::diag::Diagnostic>> {
    handbook::render::render(
        document,
        &ProjectAssets::new(root),
        &format_options(root, format),
    )
}
