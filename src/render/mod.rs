//! Renderers: each takes a [`Document`](crate::document::Document) and returns
//! files in memory; [`crate::output`] writes them.

use std::fmt;
use std::path::{Path, PathBuf};

pub mod epub;
pub mod html;
pub mod pdf;
pub mod xhtml;

use crate::diag::Diagnostic;
use crate::document::Document;
use crate::manifest::Project;
use crate::output::OutputFile;

/// An output format of `handbook build`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Pdf,
    Epub,
    Html,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Pdf, Format::Epub, Format::Html];

    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Epub => "epub",
            Format::Html => "html",
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == name.trim().to_ascii_lowercase())
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a renderer gets besides the document.
pub struct RenderContext<'a> {
    pub project: &'a Project,
    /// Also write the generated Typst source beside the PDF.
    pub emit_typst: bool,
    /// The output folder (the website links the PDF and EPUB found there).
    pub out: PathBuf,
    /// Reuse a PDF from the content-addressed cache when nothing changed.
    pub cache: bool,
}

/// Renders one document to one format.
pub fn render(
    format: Format,
    document: &Document,
    context: &RenderContext,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    match format {
        Format::Html => html::render(document, context),
        Format::Epub => epub::render(document, context),
        Format::Pdf => pdf::render(document, context),
    }
}

/// Reads a project file named by the handbook (an image), refusing anything
/// that resolves outside the project folder, symbolic links included.
pub fn read_project_file(root: &Path, rel: &str) -> Result<Vec<u8>, Vec<Diagnostic>> {
    crate::paths::read_inside(root, rel).map_err(|e| vec![Diagnostic::error(e)])
}
