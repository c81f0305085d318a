//! Renderers: each takes a [`Document`](crate::document::Document) and returns
//! files in memory; [`crate::output`] writes them.

use std::fmt;

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
        Format::ALL.into_iter().find(|f| f.name() == name.trim().to_ascii_lowercase())
    }

    /// Whether this binary can produce the format yet.
    pub fn available(self) -> bool {
        false
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
}

/// Renders one document to one format.
pub fn render(format: Format, _document: &Document, _context: &RenderContext) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    Err(vec![Diagnostic::error(format!("the {format} renderer is not available in this version of handbook"))])
}
