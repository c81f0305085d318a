//! `handbook build`: loads the project once, resolves each language's document
//! and runs the renderers, languages in parallel; a failure in one language or
//! format is reported and does not stop the others.

mod cache;
mod glyphs;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::diag::{Diagnostic, Diagnostics};
use crate::document::{self, Document, LanguageLink};
use crate::i18n::{Catalog, Resolver};
use crate::manifest::{self, Project};
use crate::output::{OutputFile, write_outputs};
use crate::render::epub::EpubOptions;
use crate::render::html::{
    ChapterProgress, HtmlOptions, LanguageProgress, Review, ReviewChapter, ReviewMessage,
    ReviewTranslation,
};
use crate::render::pdf::{self, PdfOptions};
use crate::render::{self, Assets, Download, Format, FormatOptions, Template};
use crate::source::Book;

#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// None: every language of the manifest.
    pub languages: Option<Vec<String>>,
    pub formats: Vec<Format>,
    pub out: PathBuf,
    /// Fail a language that falls back to another language anywhere, and a
    /// PDF with characters no font has.
    pub strict: bool,
    pub emit_typst: bool,
    /// Reuse unchanged PDFs from the cache.
    pub cache: bool,
}

/// One step of a build: a language's edition in one format, or the
/// site-wide pages (the language chooser and the status page).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    Edition { language: String, format: Format },
    Site,
}

/// What a step made: how many files it wrote (or found unchanged), or the
/// problems that stopped it (also in the report's diagnostics).
pub type Outcome = Result<usize, Vec<Diagnostic>>;

/// Hears about each step, to show progress.
pub trait Progress: Sync {
    fn started(&self, language: &str, format: Format);
    fn finished(&self, language: &str, format: Format, outcome: &Outcome);
}

/// Progress that says nothing.
pub struct Quiet;

impl Progress for Quiet {
    fn started(&self, _: &str, _: Format) {}
    fn finished(&self, _: &str, _: Format, _: &Outcome) {}
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub diagnostics: Diagnostics,
    pub results: BTreeMap<Target, Outcome>,
}

impl BuildReport {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors() || self.results.values().any(Result::is_err)
    }
}

/// Everything loaded once for a build.
pub struct Loaded {
    pub project: Project,
    pub book: Book,
    pub catalogs: Vec<Catalog>,
    /// Every problem found while loading: the source's and each language's.
    pub diagnostics: Diagnostics,
    /// Problems of the manifest and the Markdown: they stop every language.
    pub source_diagnostics: Diagnostics,
    /// Problems of one language's `.ftl` files: they stop only that language.
    pub language_diagnostics: BTreeMap<String, Diagnostics>,
}

impl Loaded {
    /// Loads the source and every language.
    pub fn load(project: Project) -> Loaded {
        Loaded::load_for(project, None)
    }

    /// Loads the source and the given languages (with their fallback chains);
    /// of the others only handbook.ftl, for their names. None: every language.
    pub fn load_for(project: Project, languages: Option<&[String]>) -> Loaded {
        let mut source_diagnostics = Diagnostics::default();
        let (_lock, problem) = crate::i18n::transaction::lock_for_reading(&project.root);
        source_diagnostics.extend(problem);
        source_diagnostics.extend(project.unknown_language_folders());
        let book = Book::load(&project, &mut source_diagnostics);
        let needed: Option<Vec<String>> = languages.map(|list| {
            let mut needed = vec![project.source_language.clone()];
            for language in list {
                needed.push(language.clone());
                needed.extend(project.fallback_chain(language));
            }
            needed
        });
        let mut language_diagnostics = BTreeMap::new();
        let catalogs = project
            .languages
            .iter()
            .map(|language| {
                if needed.as_ref().is_some_and(|n| !n.contains(language)) {
                    return Catalog::load_handbook(&project, language);
                }
                let mut diags = Diagnostics::default();
                let catalog = Catalog::load(&project, language, &mut diags);
                language_diagnostics.insert(language.clone(), diags);
                catalog
            })
            .collect();
        let mut diagnostics = source_diagnostics.clone();
        for diags in language_diagnostics.values() {
            diagnostics.extend(diags.items.iter().cloned());
        }
        Loaded {
            project,
            book,
            catalogs,
            diagnostics,
            source_diagnostics,
            language_diagnostics,
        }
    }

    pub fn catalog(&self, language: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.language == language)
    }

    /// Each language with its own name, for language switchers.
    pub fn language_links(&self) -> Vec<LanguageLink> {
        self.project
            .languages
            .iter()
            .map(|code| {
                let name = self
                    .catalog(code)
                    .and_then(|c| c.handbook.as_ref())
                    .and_then(|h| h.get("language-name"))
                    .map(|e| e.text.display())
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| code.clone());
                LanguageLink {
                    code: code.clone(),
                    name,
                }
            })
            .collect()
    }

    /// Translation progress of every language.
    pub fn statuses(&self) -> Vec<crate::i18n::status::LanguageStatus> {
        let source = self.catalog(&self.project.source_language);
        self.catalogs
            .iter()
            .map(|c| {
                // A language read only for its name is read whole here.
                let full;
                let catalog = if c.complete {
                    c
                } else {
                    full = Catalog::load(&self.project, &c.language, &mut Diagnostics::default());
                    &full
                };
                crate::i18n::status::language_status(&self.project, &self.book, catalog, source)
            })
            .collect()
    }

    /// The resolved document of one language.
    pub fn document(&self, language: &str, diags: &mut Diagnostics) -> Document {
        let mut chain: Vec<&Catalog> = Vec::new();
        for lang in
            std::iter::once(language.to_owned()).chain(self.project.fallback_chain(language))
        {
            if let Some(catalog) = self.catalog(&lang) {
                chain.push(catalog);
            }
        }
        let resolver = Resolver::new(&self.project, &self.book, &chain, language);
        document::resolve(
            &self.project,
            &self.book,
            &resolver,
            self.catalog(language),
            self.language_links(),
            diags,
        )
    }
}

/// Builds the requested languages and formats into `options.out`.
pub fn build(loaded: &Loaded, options: &BuildOptions, progress: &dyn Progress) -> BuildReport {
    let mut report = BuildReport {
        diagnostics: loaded.source_diagnostics.clone(),
        ..Default::default()
    };
    let languages: Vec<String> = match &options.languages {
        Some(list) => list.clone(),
        None => loaded.project.languages.clone(),
    };
    for language in &languages {
        if !loaded.project.languages.contains(language) {
            report.diagnostics.push(Diagnostic::error(format!(
                "`{language}` is not a language of this handbook (see `languages:` in the manifest)"
            )));
        }
    }
    if let Err(diagnostic) = check_output_folder(&loaded.project.root, &options.out) {
        report.diagnostics.push(diagnostic);
    }
    if report.diagnostics.has_errors() {
        return report;
    }
    let results = Mutex::new(BTreeMap::new());
    let diagnostics = Mutex::new(Diagnostics::default());
    // Languages run on threads of their own, not on Typst's rayon pool: a PDF
    // may wait for memory (render::pdf's budget), and a rayon worker that
    // blocks can be asked, while it waits, to run the very language it blocks.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(languages.len());
    let edition = Edition {
        loaded,
        options,
        assets: ProjectAssets::new(&loaded.project.root),
        pdf_options: pdf_options(&loaded.project, options.emit_typst),
        progress,
    };
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(language) =
                    languages.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    let (outcomes, diags) = edition.build(language);
                    results
                        .lock()
                        .expect("no panics while locked")
                        .extend(outcomes);
                    diagnostics
                        .lock()
                        .expect("no panics while locked")
                        .extend(diags);
                }
            });
        }
    });
    report
        .diagnostics
        .extend(diagnostics.into_inner().expect("no panics while locked"));
    let mut results = results.into_inner().expect("no panics while locked");
    if options.formats.contains(&Format::Html) {
        let outcome = site_files(loaded, &edition.assets, &options.out);
        if let Err(errors) = &outcome {
            report.diagnostics.extend(errors.iter().cloned());
        }
        results.insert(Target::Site, outcome);
    }
    report.diagnostics.sort();
    report.results = results;
    report
}

/// What every language's edition is built with.
struct Edition<'a> {
    loaded: &'a Loaded,
    options: &'a BuildOptions,
    assets: ProjectAssets,
    pdf_options: PdfOptions,
    progress: &'a dyn Progress,
}

impl Edition<'_> {
    /// One language in every format asked for: its outcomes and problems.
    fn build(&self, language: &str) -> (Vec<(Target, Outcome)>, Diagnostics) {
        let mut diags = self
            .loaded
            .language_diagnostics
            .get(language)
            .cloned()
            .unwrap_or_default();
        let document = self.loaded.document(language, &mut diags);
        let fonts = self.assets.fonts();
        for family in document.fonts.families() {
            if !fonts.has_family(family) {
                diags.push(
                    manifest::error_in_manifest(
                        &self.loaded.project.root,
                        "fonts",
                        family,
                        format!("`fonts`: no font of the book has the family `{family}` (for `{language}`)"),
                    )
                    .with_hint(format!(
                        "add its files to the project's `fonts/` folder, or choose one of: {}",
                        fonts.families().join(", ")
                    )),
                );
            }
        }
        if self.options.strict && document.fallback_messages > 0 {
            diags.push(Diagnostic::error(format!(
                "`{language}`: {} message(s) are not translated and fall back to another language (--strict)",
                document.fallback_messages
            )));
        }
        let document_errors: Vec<Diagnostic> = diags
            .items
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        // The downloads (PDF, EPUB) come first, whatever the order asked
        // for: the website links them with their sizes.
        let mut formats: Vec<Format> = Format::ALL
            .into_iter()
            .filter(|f| self.options.formats.contains(f))
            .collect();
        formats.sort_by_key(|f| f.download_label_id().is_none());
        let mut downloads: BTreeMap<Format, Vec<Download>> = BTreeMap::new();
        let mut outcomes = Vec::new();
        for format in formats {
            self.progress.started(language, format);
            let outcome = if document_errors.is_empty() {
                self.render(&document, format, &mut downloads, &mut diags)
            } else {
                Err(document_errors.clone())
            };
            if let Err(errors) = &outcome
                && document_errors.is_empty()
            {
                diags.extend(errors.iter().cloned());
            }
            self.progress.finished(language, format, &outcome);
            let target = Target::Edition {
                language: language.to_owned(),
                format,
            };
            outcomes.push((target, outcome));
        }
        (outcomes, diags)
    }

    /// Renders and writes one format; the downloads among its files (the
    /// main file and any further one, such as a print profile's PDF) are
    /// noted with their sizes once written.
    fn render(
        &self,
        document: &Document,
        format: Format,
        downloads: &mut BTreeMap<Format, Vec<Download>>,
        warnings: &mut Diagnostics,
    ) -> Outcome {
        let out = &self.options.out;
        let files = match format {
            Format::Pdf => render_pdf(
                &self.loaded.project,
                document,
                &self.assets,
                &self.pdf_options,
                PdfRun {
                    read_cache: self.options.cache,
                    strict: self.options.strict,
                },
            )
            .map(|(files, found)| {
                warnings.extend(found);
                files
            }),
            Format::Epub => render::render(
                document,
                &self.assets,
                &FormatOptions::Epub(EpubOptions::default()),
            ),
            Format::Html => render::render(
                document,
                &self.assets,
                &FormatOptions::Html(HtmlOptions {
                    downloads: site_downloads(document, downloads, out),
                    site_url: self.loaded.project.site_url.clone(),
                }),
            ),
        }?;
        write_outputs(out, &files).map_err(|e| {
            vec![Diagnostic::error(format!(
                "cannot write the {format} of `{}` into {}: {e}",
                document.language,
                out.display()
            ))]
        })?;
        let written: Vec<Download> = files
            .iter()
            .filter_map(|f| Download::of_output(document, format, &f.path, f.bytes.len() as u64))
            .collect();
        if !written.is_empty() {
            downloads.insert(format, written);
        }
        Ok(files.len())
    }
}

/// An output folder inside the project must stay inside it, symbolic links
/// included (a `dist` that links elsewhere is refused); one given outside the
/// project with `--out` is the user's choice.
fn check_output_folder(root: &std::path::Path, out: &std::path::Path) -> Result<(), Diagnostic> {
    let Ok(inside) = out.strip_prefix(root) else {
        return Ok(());
    };
    crate::paths::confined(root, inside)
        .map(|_| ())
        .map_err(|e| Diagnostic::error(format!("not building into the output folder: {e}")))
}

/// The site-wide pages: the language chooser, the status page and the
/// translators' review pages it links.
fn site_files(loaded: &Loaded, assets: &dyn Assets, out: &Path) -> Result<usize, Vec<Diagnostic>> {
    let mut ignored = Diagnostics::default();
    let source = loaded.document(&loaded.project.source_language, &mut ignored);
    let progress: Vec<LanguageProgress> = loaded
        .statuses()
        .into_iter()
        .map(|s| LanguageProgress {
            language: s.language,
            percent: s.counts.percent,
            chapters: s
                .chapters
                .into_iter()
                .map(|c| ChapterProgress {
                    chapter: c.chapter,
                    messages: c.counts.messages,
                    translated: c.counts.translated,
                    stale: c.counts.stale,
                    missing: c.counts.missing,
                    source_words: c.counts.words.source,
                })
                .collect(),
        })
        .collect();
    // Every language greets on the chooser, built this time or not.
    let editions: Vec<Document> = loaded
        .project
        .languages
        .iter()
        .map(|language| loaded.document(language, &mut Diagnostics::default()))
        .collect();
    let mut files = render::html::site_files(
        &source,
        &editions,
        &progress,
        assets,
        loaded.project.site_url.as_deref(),
    )?;
    for review in reviews(loaded) {
        files.push(render::html::review_page(&source, &review, assets)?);
    }
    write_outputs(out, &files)
        .map_err(|e| vec![Diagnostic::error(format!("cannot write the site: {e}"))])?;
    Ok(files.len())
}

/// The review page data of every language but the source, the whole
/// project's (like the status page that links them): each chapter's
/// messages with their translations as written.
fn reviews(loaded: &Loaded) -> Vec<Review> {
    let names = loaded.language_links();
    loaded
        .catalogs
        .iter()
        .filter(|c| c.language != loaded.project.source_language)
        .map(|c| {
            // A language read only for its name is read whole here.
            let full;
            let catalog = if c.complete {
                c
            } else {
                full = Catalog::load(&loaded.project, &c.language, &mut Diagnostics::default());
                &full
            };
            let chapters = loaded.book.chapters.iter().map(|chapter| ReviewChapter {
                stem: chapter.file.stem.clone(),
                file: format!("translations/{}/{}.ftl", c.language, chapter.file.stem),
                messages: chapter
                    .messages
                    .iter()
                    .map(|m| ReviewMessage {
                        id: m.id.clone(),
                        kind: m.kind.describe().to_owned(),
                        source: m.text.display(),
                        translation: catalog.messages.get(&m.id).map(|t| ReviewTranslation {
                            text: t.text.display(),
                            stale: t.stale,
                            previous_source: t.previous_source.clone(),
                            file: t.file.clone(),
                            line: t.line,
                        }),
                    })
                    .collect(),
            });
            Review {
                language: c.language.clone(),
                language_name: names
                    .iter()
                    .find(|l| l.code == c.language)
                    .map_or_else(|| c.language.clone(), |l| l.name.clone()),
                chapters: chapters.collect(),
            }
        })
        .collect()
}

/// The files the website of one language offers for download: of each
/// download format, the files rendered in this run (with the sizes they have
/// now), else those an earlier build left in the output folder; the main
/// file first, then the others (print profiles) by name.
fn site_downloads(
    document: &Document,
    rendered: &BTreeMap<Format, Vec<Download>>,
    out: &Path,
) -> Vec<Download> {
    let folder = out.join(&document.language);
    Format::ALL
        .into_iter()
        .filter(|f| f.download_label_id().is_some())
        .flat_map(|format| {
            let mut found = match rendered.get(&format) {
                Some(files) => files.clone(),
                None => std::fs::read_dir(&folder)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .filter_map(|entry| {
                        let name = entry.file_name().into_string().ok()?;
                        let bytes = entry.metadata().ok().filter(|m| m.is_file())?.len();
                        let path = format!("{}/{name}", document.language);
                        Download::of_output(document, format, &path, bytes)
                    })
                    .collect(),
            };
            found.sort_by(|a, b| (&a.variant, &a.file_name).cmp(&(&b.variant, &b.file_name)));
            found
        })
        .collect()
}

/// How [`render_pdf`] runs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PdfRun {
    /// Reuse unchanged PDFs from the cache.
    pub read_cache: bool,
    /// A character no font has is an error (no PDF), not a warning.
    pub strict: bool,
}

/// The PDFs (the screen PDF and the print profiles') through the project's
/// output cache: compiled only when their inputs changed (also `serve`'s
/// PDF preview, which asks for the screen PDF alone). With them, the
/// warnings: a character no font has, drawn as U+FFFD, named with its place.
pub(crate) fn render_pdf(
    project: &Project,
    document: &Document,
    assets: &ProjectAssets,
    options: &PdfOptions,
    run: PdfRun,
) -> Result<(Vec<OutputFile>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let prepared = pdf::prepare(document, assets, options)?;
    let mut found = glyphs::diagnostics(
        project,
        &document.language,
        prepared.missing_glyphs(),
        run.strict,
    );
    if run.strict && !found.is_empty() {
        return Err(found);
    }
    found.extend(prepared.fonts().problems.iter().cloned());
    let read_cache = run.read_cache;
    let cache = cache::OutputCache::open(&assets.root, read_cache).map_err(|e| vec![e])?;
    let mut files = Vec::new();
    let mut missing = Vec::new();
    for output in pdf::PdfOutput::all(options) {
        let key = prepared.cache_key(options, output);
        // `--emit-typst` writes the source of a layout (with its refitted
        // chapters), so the screen PDF is laid out again.
        let cached = (!(options.emit_typst && output == pdf::PdfOutput::Screen))
            .then(|| cache.get(&output.path(document), key))
            .flatten();
        match cached {
            Some(file) => files.push(file),
            None => missing.push(output),
        }
    }
    if !missing.is_empty() {
        let compiled = pdf::compile_outputs(document, &prepared, options, &missing)?;
        files.extend(compiled.emitted);
        for file in compiled.pdfs {
            let output = missing
                .iter()
                .find(|o| o.path(document) == file.path)
                .copied()
                .unwrap_or(pdf::PdfOutput::Screen);
            cache.put(prepared.cache_key(options, output), &file);
            files.push(file);
        }
    }
    Ok((files, found))
}

/// The PDF options of a project: its paper and standards.
pub fn pdf_options(project: &Project, emit_typst: bool) -> PdfOptions {
    PdfOptions {
        paper: project.paper.typst_name().to_owned(),
        standards: project
            .pdf_standards
            .iter()
            .map(|s| match s {
                manifest::PdfStandard::Ua1 => pdf::Standard::Ua1,
                manifest::PdfStandard::A2b => pdf::Standard::A2b,
                manifest::PdfStandard::A3b => pdf::Standard::A3b,
                manifest::PdfStandard::A2a => pdf::Standard::A2a,
            })
            .collect(),
        emit_typst,
        profiles: project
            .print_profiles
            .iter()
            .map(|p| match p {
                manifest::PrintProfile::Shop => pdf::PrintProfile::Shop,
                manifest::PrintProfile::Booklet => pdf::PrintProfile::Booklet,
            })
            .collect(),
    }
}

/// The renderers' [`Assets`] read from a project folder: its own templates
/// under `templates/` (else the built-in ones) and its images, read only
/// inside the project.
pub struct ProjectAssets {
    root: PathBuf,
}

impl ProjectAssets {
    pub fn new(root: &Path) -> ProjectAssets {
        ProjectAssets {
            root: root.to_owned(),
        }
    }
}

impl Assets for ProjectAssets {
    fn template(&self, path: &str) -> Option<Template<'_>> {
        match std::fs::read_to_string(self.root.join(path)) {
            Ok(text) => Some(Template {
                text: Cow::Owned(text),
                from_project: true,
            }),
            Err(_) => render::builtin_template(path).map(|text| Template {
                text: Cow::Borrowed(text),
                from_project: false,
            }),
        }
    }

    fn file(&self, project_path: &str) -> Result<Vec<u8>, Diagnostic> {
        crate::paths::read_inside(&self.root, project_path).map_err(Diagnostic::error)
    }

    fn fonts(&self) -> std::sync::Arc<pdf::fonts::FontSet> {
        pdf::fonts::for_project(&self.root)
    }
}
