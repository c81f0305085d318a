//! Renderers: pure functions from a language-resolved
//! [`Document`](crate::document::Document), an [`Assets`] read interface and
//! the format's own options to files in memory; [`crate::output`] writes them.
//!
//! No renderer reads the disk, looks into the output folder or keeps a cache:
//! [`crate::build`] fills the [`Assets`] from the project, maps the manifest
//! onto the options, passes the other formats' [`Download`]s to the website
//! and owns the PDF cache.

use std::borrow::Cow;
use std::fmt;

pub mod epub;
pub mod html;
pub mod pdf;
mod webfonts;
pub mod xhtml;

use crate::diag::Diagnostic;
use crate::document::Document;
use crate::output::OutputFile;

/// An output format of `handbook build`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Pdf,
    Epub,
    Html,
}

impl Format {
    /// Every format, in the order `build` renders them: the ones the website
    /// links to come before the website.
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

    /// The names of every format, for help and error texts: `pdf, epub, html`
    /// (for src/cli.rs, which still spells the list out).
    pub fn names() -> String {
        Format::ALL.map(Format::name).join(", ")
    }

    /// The extension of the format's files.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Epub => "epub",
            Format::Html => "html",
        }
    }

    /// The media type of the format's files.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Epub => "application/epub+zip",
            Format::Html => "text/html; charset=utf-8",
        }
    }

    /// The media type of a file by its extension, if a format writes such
    /// files (serve answers with it).
    pub fn media_type_of_extension(extension: &str) -> Option<&'static str> {
        Format::ALL
            .into_iter()
            .find(|f| f.extension() == extension)
            .map(Format::media_type)
    }

    /// The interface string id of the format's download link on the
    /// website; None for a format that is not one file to download (the
    /// website itself).
    pub fn download_label_id(self) -> Option<&'static str> {
        match self {
            Format::Pdf => Some("download-pdf"),
            Format::Epub => Some("download-epub"),
            Format::Html => None,
        }
    }

    /// The name of a language's single-file output: `<id>-<lang>.pdf`.
    pub fn file_name(self, id: &str, language: &str) -> String {
        format!("{id}-{language}.{}", self.extension())
    }

    /// The path of a document's single-file output in the output folder:
    /// `<lang>/<id>-<lang>.pdf`.
    pub fn output_path(self, document: &Document) -> String {
        format!(
            "{}/{}",
            document.language,
            self.file_name(&document.id, &document.language)
        )
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A template or stylesheet as a renderer receives it.
#[derive(Clone, Debug)]
pub struct Template<'a> {
    pub text: Cow<'a, str>,
    /// The project's own (under `templates/`), not the built-in one: errors
    /// in it are the user's and point into it.
    pub from_project: bool,
}

/// Everything a renderer may read besides the document: templates and
/// stylesheets by their project path (`templates/html/layout.html`) and the
/// bytes of the images the document names. `build` implements it over the
/// project; tests may implement it over maps.
pub trait Assets: Sync {
    /// The project's template at `path` if it has one, else the built-in one
    /// ([`builtin_template`]); None only for a path no renderer uses.
    fn template(&self, path: &str) -> Option<Template<'_>>;

    /// The bytes of a project file (an image) by its project-relative path.
    fn file(&self, project_path: &str) -> Result<Vec<u8>, Diagnostic>;

    /// The fonts of the PDF: the embedded ones and the system's script
    /// fonts (a project folder adds its `fonts/`).
    fn fonts(&self) -> std::sync::Arc<pdf::fonts::FontSet> {
        pdf::fonts::builtin()
    }
}

/// The built-in template or stylesheet at a project path, if there is one.
pub(crate) fn builtin_template(path: &str) -> Option<&'static str> {
    html::BUILTIN
        .iter()
        .chain(epub::BUILTIN)
        .chain(pdf::BUILTIN)
        .find(|(p, _)| *p == path)
        .map(|(_, text)| *text)
}

/// The template at `path` (the project's or the built-in one).
fn template<'a>(assets: &'a dyn Assets, path: &str) -> Result<Template<'a>, Vec<Diagnostic>> {
    assets
        .template(path)
        .ok_or_else(|| vec![Diagnostic::error(format!("no template `{path}`"))])
}

/// A project file through the assets (one diagnostic as a list).
fn file(assets: &dyn Assets, project_path: &str) -> Result<Vec<u8>, Vec<Diagnostic>> {
    assets.file(project_path).map_err(|e| vec![e])
}

/// A project image as the document's language shows it: an SVG figure gets
/// its labels in that language; other images are the project's bytes.
fn image(
    assets: &dyn Assets,
    document: &Document,
    project_path: &str,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let bytes = file(assets, project_path)?;
    let Some(labels) = document.figure_labels(project_path) else {
        return Ok(bytes);
    };
    let localized = String::from_utf8(bytes)
        .map_err(|_| "the SVG is not UTF-8 text".to_owned())
        .and_then(|svg| crate::figure::localize(&svg, labels, &document.source_language));
    match localized {
        Ok(localized) => Ok(localized.svg.into_bytes()),
        Err(problem) => Err(vec![Diagnostic::error(format!(
            "the image `{project_path}`: {problem}"
        ))]),
    }
}

/// A file of another format that the website offers for download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    pub format: Format,
    /// The file's name, in the language's folder beside the pages.
    pub file_name: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// What sets it apart from the format's main file (`shop` for
    /// `<id>-<lang>-shop.pdf`, a print profile); None for the main file.
    pub variant: Option<String>,
}

impl Download {
    /// The download that an output file of `format` is, if it is one: a file
    /// in the language's folder named `<id>-<lang>.<ext>` or
    /// `<id>-<lang>-<variant>.<ext>`.
    pub fn of_output(
        document: &Document,
        format: Format,
        path: &str,
        bytes: u64,
    ) -> Option<Download> {
        format.download_label_id()?;
        let file_name = path.strip_prefix(&format!("{}/", document.language))?;
        let stem = file_name.strip_suffix(&format!(".{}", format.extension()))?;
        let main = format!("{}-{}", document.id, document.language);
        let variant = match stem.strip_prefix(&main)? {
            "" => None,
            rest => {
                let variant = rest.strip_prefix('-')?;
                let plain = !variant.is_empty()
                    && variant
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if !plain {
                    return None;
                }
                Some(variant.to_owned())
            }
        };
        Some(Download {
            format,
            file_name: file_name.to_owned(),
            bytes,
            variant,
        })
    }
}

/// Each format's own options.
#[derive(Clone, Debug)]
pub enum FormatOptions {
    Pdf(pdf::PdfOptions),
    Epub(epub::EpubOptions),
    Html(html::HtmlOptions),
}

impl FormatOptions {
    pub fn format(&self) -> Format {
        match self {
            FormatOptions::Pdf(_) => Format::Pdf,
            FormatOptions::Epub(_) => Format::Epub,
            FormatOptions::Html(_) => Format::Html,
        }
    }
}

/// Renders one document to one format.
pub fn render(
    document: &Document,
    assets: &dyn Assets,
    options: &FormatOptions,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    match options {
        FormatOptions::Html(options) => html::render(document, assets, options),
        FormatOptions::Epub(options) => epub::render(document, assets, options),
        FormatOptions::Pdf(options) => pdf::render(document, assets, options),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Document {
        Document {
            language: "sl".into(),
            source_language: "en".into(),
            id: "hb".into(),
            title: "T".into(),
            subtitle: None,
            description: None,
            language_name: "Slovenščina".into(),
            publisher: None,
            funding_notice: None,
            disclaimer: None,
            cover_image: None,
            emblem: None,
            funding_statement: None,
            imprint: Default::default(),
            chapters: vec![],
            ui: Default::default(),
            languages: vec![],
            date: crate::document::Date::from_unix_days(0),
            fallback_messages: 0,
            fonts: Default::default(),
        }
    }

    #[test]
    fn a_download_is_a_main_file_or_a_variant_of_it() {
        let doc = document();
        let main = Download::of_output(&doc, Format::Pdf, "sl/hb-sl.pdf", 10).unwrap();
        assert_eq!((main.file_name.as_str(), main.variant), ("hb-sl.pdf", None));
        let shop = Download::of_output(&doc, Format::Pdf, "sl/hb-sl-shop.pdf", 20).unwrap();
        assert_eq!(
            (shop.file_name.as_str(), shop.variant.as_deref(), shop.bytes),
            ("hb-sl-shop.pdf", Some("shop"), 20)
        );
        let epub = Download::of_output(&doc, Format::Epub, "sl/hb-sl.epub", 5).unwrap();
        assert_eq!(epub.format, Format::Epub);
        for other in [
            "sl/hb-sl.typ",
            "sl/hb-sl.epub",
            "sl/images/hb-sl.pdf",
            "it/hb-sl.pdf",
            "sl/hb-slx.pdf",
            "sl/hb-sl-.pdf",
            "sl/hb-sl-a b.pdf",
            "sl/other-sl.pdf",
        ] {
            assert_eq!(
                Download::of_output(&doc, Format::Pdf, other, 1),
                None,
                "{other}"
            );
        }
        assert_eq!(
            Download::of_output(&doc, Format::Html, "sl/index.html", 1),
            None,
            "the website is not a download"
        );
    }
}
