//! The print PDF, through Typst embedded as a library. The document becomes a
//! Typst *data* literal (every text a string, never markup) that the layout
//! template `templates/typst/handbook.typ` renders; Typst compiles it in a
//! [`world::HandbookWorld`] that can read only the images the book uses.

mod budget;
mod hyphenate;
pub mod world;

use std::collections::HashSet;
use std::fmt::Write as _;

use typst::WorldExt as _;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use self::world::{FONTS, HandbookWorld, TEMPLATE_PATH};
use super::xhtml::images_of;
use super::{RenderContext, read_project_file};
use crate::diag::Diagnostic;
use crate::document::{DocBlock, DocChapter, Document, Inline, Target, Text};
use crate::manifest;
use crate::output::OutputFile;

pub const TEMPLATE: &str = include_str!("../../../templates/typst/handbook.typ");
pub const TEMPLATE_FILE: &str = "templates/typst/handbook.typ";

/// Output file name of a language's PDF.
pub fn file_name(document: &Document) -> String {
    format!("{}-{}.pdf", document.id, document.language)
}

/// A Typst string literal: every character of `text` as data.
pub fn typst_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Typst array literal (`()` when empty: `(,)` is not Typst).
fn typst_array(items: &[String]) -> String {
    if items.is_empty() {
        "()".to_owned()
    } else {
        format!("({},)", items.join(", "))
    }
}

/// Writes the document as one Typst dictionary literal.
struct DataWriter<'a> {
    document: &'a Document,
    out: String,
    /// Labels that exist: chapters and headings.
    labels: HashSet<String>,
    /// Footnotes already placed (later references point at the first).
    placed: HashSet<String>,
    /// Source of every line of data, for diagnostics: (first line, chapter path).
    chapter_lines: Vec<(usize, String)>,
    soft_hyphens: bool,
    /// Titles and headings get no soft hyphens: they are not hyphenated, and
    /// they become bookmarks, where the hyphens would show up.
    in_heading: bool,
    figures: usize,
}

fn chapter_key(stem: &str) -> String {
    format!("ch-{stem}")
}

fn heading_key(stem: &str, anchor: &str) -> String {
    format!("{stem}--{anchor}")
}

impl<'a> DataWriter<'a> {
    fn new(document: &'a Document) -> Self {
        let mut labels = HashSet::new();
        for chapter in &document.chapters {
            labels.insert(chapter_key(&chapter.stem));
            for section in &chapter.sections {
                labels.insert(heading_key(&chapter.stem, &section.anchor));
            }
        }
        DataWriter {
            document,
            out: String::new(),
            labels,
            placed: HashSet::new(),
            chapter_lines: Vec::new(),
            soft_hyphens: hyphenate::needs_soft_hyphens(&document.language),
            in_heading: false,
            figures: 0,
        }
    }

    fn string(&self, text: &str, language: Option<&str>) -> String {
        let hyphenate = !self.in_heading
            && match language {
                Some(lang) => hyphenate::needs_soft_hyphens(lang),
                None => self.soft_hyphens,
            };
        if hyphenate {
            typst_string(&hyphenate::soft_hyphenate(text))
        } else {
            typst_string(text)
        }
    }

    /// Cover texts: set ragged, never hyphenated.
    fn optional(text: &Option<String>) -> String {
        text.as_deref()
            .map_or_else(|| "none".to_owned(), typst_string)
    }

    fn write(mut self, main_prefix_lines: usize) -> (String, Vec<(usize, String)>) {
        let d = self.document;
        let mut ui = String::from("(");
        for (key, value) in &d.ui {
            let _ = write!(ui, "{}: {}, ", typst_string(key), typst_string(value));
        }
        ui.push(')');
        let paper = d.paper.typst_name();
        let cover = d
            .cover_image
            .as_ref()
            .map_or_else(|| "none".to_owned(), |c| typst_string(&format!("/{c}")));
        let _ = writeln!(
            self.out,
            "(\n  lang: {},\n  title: {},\n  subtitle: {},\n  language-name: {},\n  publisher: {},\n  funding: {},\n  disclaimer: {},\n  cover: {cover},\n  paper: {},\n  date: ({}, {}, {}),\n  date-text: {},\n  ui: {ui},\n  chapters: (",
            typst_lang(&d.language),
            typst_string(&d.title),
            Self::optional(&d.subtitle),
            typst_string(&d.language_name),
            Self::optional(&d.publisher),
            Self::optional(&d.funding_notice),
            Self::optional(&d.disclaimer),
            typst_string(paper),
            d.date.year,
            d.date.month,
            d.date.day,
            typst_string(&format_date(d)),
        );
        for chapter in &d.chapters {
            let line = main_prefix_lines + self.out.matches('\n').count() + 1;
            self.chapter_lines.push((line, chapter.source_path.clone()));
            self.chapter(chapter);
        }
        self.out.push_str("  ),\n)");
        (self.out, self.chapter_lines)
    }

    fn chapter(&mut self, chapter: &DocChapter) {
        self.in_heading = true;
        let title = self.inlines(
            &chapter.title.inlines,
            chapter,
            chapter.title.fallback_language.as_deref(),
        );
        self.in_heading = false;
        let lang = lang_field(&chapter.title);
        let mut blocks = String::new();
        for block in &chapter.blocks {
            blocks.push_str(&self.block(block, chapter));
            blocks.push_str(",\n");
        }
        let _ = writeln!(
            self.out,
            "    (key: {}, title: {title}{lang}, blocks: (\n{blocks}    )),",
            typst_string(&chapter_key(&chapter.stem))
        );
    }

    fn text_field(&mut self, text: &Text, chapter: &DocChapter) -> String {
        format!(
            "c: {}{}",
            self.inlines(&text.inlines, chapter, text.fallback_language.as_deref()),
            lang_field(text)
        )
    }

    fn block(&mut self, block: &DocBlock, chapter: &DocChapter) -> String {
        match block {
            DocBlock::Heading {
                level,
                anchor,
                text,
            } => {
                self.in_heading = true;
                let text = self.text_field(text, chapter);
                self.in_heading = false;
                format!(
                    "(t: \"h\", level: {}, key: {}, {text})",
                    (*level).clamp(2, 6),
                    typst_string(&heading_key(&chapter.stem, anchor)),
                )
            }
            DocBlock::Paragraph(text) => format!("(t: \"p\", {})", self.text_field(text, chapter)),
            DocBlock::Figure {
                image,
                alt,
                caption,
            } => {
                self.figures += 1;
                let cap = match caption {
                    Some(c) => self.inlines(&c.inlines, chapter, c.fallback_language.as_deref()),
                    None => "none".into(),
                };
                format!(
                    "(t: \"fig\", src: {}, alt: {}, cap: {cap}, key: {}{})",
                    typst_string(&format!("/{image}")),
                    typst_string(&alt.plain()),
                    typst_string(&format!("{}--figure-{}", chapter.stem, self.figures)),
                    caption.as_ref().map_or(String::new(), lang_field)
                )
            }
            DocBlock::List { start, items } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| {
                        let blocks: Vec<String> =
                            item.iter().map(|b| self.block(b, chapter)).collect();
                        typst_array(&blocks)
                    })
                    .collect();
                let start = start.map_or_else(|| "none".to_owned(), |s| s.to_string());
                format!(
                    "(t: \"list\", start: {start}, items: {})",
                    typst_array(&items)
                )
            }
            DocBlock::Quote(blocks) => {
                format!("(t: \"quote\", b: {})", self.blocks(blocks, chapter))
            }
            DocBlock::Alert {
                kind,
                label,
                blocks,
            } => format!(
                "(t: \"alert\", kind: {}, label: {}, b: {})",
                typst_string(kind.class()),
                typst_string(label),
                self.blocks(blocks, chapter)
            ),
            DocBlock::Code { language, text } => format!(
                "(t: \"code\", syntax: {}, v: {})",
                language
                    .as_deref()
                    .map_or_else(|| "none".to_owned(), typst_string),
                typst_string(text)
            ),
            DocBlock::Table {
                aligns,
                header,
                rows,
            } => {
                let columns = header
                    .len()
                    .max(rows.iter().map(Vec::len).max().unwrap_or(0))
                    .max(1);
                let aligns: Vec<String> = (0..columns)
                    .map(|i| {
                        typst_string(match aligns.get(i) {
                            Some(crate::source::Align::Left) => "left",
                            Some(crate::source::Align::Center) => "center",
                            Some(crate::source::Align::Right) => "right",
                            _ => "none",
                        })
                    })
                    .collect();
                let empty = Text {
                    inlines: vec![],
                    fallback_language: None,
                };
                let mut cells = |row: &[Text]| -> String {
                    let cells: Vec<String> = (0..columns)
                        .map(|i| {
                            format!(
                                "({})",
                                self.text_field(row.get(i).unwrap_or(&empty), chapter)
                            )
                        })
                        .collect();
                    typst_array(&cells)
                };
                let head = cells(header);
                let rows: Vec<String> = rows.iter().map(|r| cells(r)).collect();
                format!(
                    "(t: \"table\", aligns: {}, head: {head}, rows: {})",
                    typst_array(&aligns),
                    typst_array(&rows)
                )
            }
            DocBlock::Rule => "(t: \"hr\")".into(),
        }
    }

    fn blocks(&mut self, blocks: &[DocBlock], chapter: &DocChapter) -> String {
        let list: Vec<String> = blocks.iter().map(|b| self.block(b, chapter)).collect();
        typst_array(&list)
    }

    fn inlines(
        &mut self,
        inlines: &[Inline],
        chapter: &DocChapter,
        language: Option<&str>,
    ) -> String {
        let list: Vec<String> = inlines
            .iter()
            .map(|i| self.inline(i, chapter, language))
            .collect();
        typst_array(&list)
    }

    fn inline(&mut self, inline: &Inline, chapter: &DocChapter, language: Option<&str>) -> String {
        match inline {
            Inline::Text(t) => self.string(t, language),
            Inline::Emphasis(c) => {
                format!("(t: \"em\", c: {})", self.inlines(c, chapter, language))
            }
            Inline::Strong(c) => {
                format!("(t: \"strong\", c: {})", self.inlines(c, chapter, language))
            }
            Inline::Strikethrough(c) => {
                format!("(t: \"del\", c: {})", self.inlines(c, chapter, language))
            }
            Inline::Code(v) => format!("(t: \"code\", v: {})", typst_string(v)),
            Inline::Link { target, children } => {
                let children = self.inlines(children, chapter, language);
                match target {
                    Target::External(url) => {
                        format!("(t: \"url\", url: {}, c: {children})", typst_string(url))
                    }
                    Target::Internal { stem, anchor } => {
                        let key = anchor
                            .as_ref()
                            .map(|a| heading_key(stem, a))
                            .filter(|k| self.labels.contains(k));
                        match key
                            .or_else(|| Some(chapter_key(stem)).filter(|k| self.labels.contains(k)))
                        {
                            Some(key) => {
                                format!("(t: \"ref\", to: {}, c: {children})", typst_string(&key))
                            }
                            None => format!("(t: \"em\", c: {children})"),
                        }
                    }
                }
            }
            Inline::Image { src, alt } => format!(
                "(t: \"img\", src: {}, alt: {})",
                typst_string(&format!("/{src}")),
                typst_string(alt)
            ),
            Inline::FootnoteRef { number } => {
                let key = format!("fn-{}-{number}", chapter.stem);
                let first = self.placed.insert(key.clone());
                let body = match chapter.footnotes.iter().find(|f| f.number == *number) {
                    Some(f) if first => {
                        // A reference inside a footnote would nest notes; keep it as a number.
                        let blocks = strip_footnote_refs(&f.blocks);
                        self.blocks(&blocks, chapter)
                    }
                    _ => "()".into(),
                };
                format!(
                    "(t: \"fn\", key: {}, first: {first}, body: {body})",
                    typst_string(&key)
                )
            }
            Inline::LineBreak => "(t: \"br\")".into(),
        }
    }
}

fn lang_field(text: &Text) -> String {
    text.fallback_language
        .as_ref()
        .map_or(String::new(), |l| format!(", lang: {}", typst_lang(l)))
}

/// A language tag as Typst's `text` takes it: the ISO 639 language as
/// `lang`, followed (when the tag has one) by its two-letter region as
/// `region: "AT"`. Typst has no script (`sr-Latn` is set as `sr`) and no
/// numeric region (`es-419` as `es`).
fn typst_lang(tag: &str) -> String {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or_default();
    let region = subtags
        .take_while(|s| s.len() != 1)
        .find(|s| s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()));
    match region {
        Some(region) => format!(
            "{}, region: {}",
            typst_string(language),
            typst_string(region)
        ),
        None => typst_string(language),
    }
}

fn strip_footnote_refs(blocks: &[DocBlock]) -> Vec<DocBlock> {
    fn inlines(list: &[Inline]) -> Vec<Inline> {
        list.iter()
            .map(|i| match i {
                Inline::FootnoteRef { number } => Inline::Text(format!("[{number}]")),
                Inline::Emphasis(c) => Inline::Emphasis(inlines(c)),
                Inline::Strong(c) => Inline::Strong(inlines(c)),
                Inline::Strikethrough(c) => Inline::Strikethrough(inlines(c)),
                Inline::Link { target, children } => Inline::Link {
                    target: target.clone(),
                    children: inlines(children),
                },
                other => other.clone(),
            })
            .collect()
    }
    blocks
        .iter()
        .map(|b| match b {
            DocBlock::Paragraph(t) => DocBlock::Paragraph(Text {
                inlines: inlines(&t.inlines),
                fallback_language: t.fallback_language.clone(),
            }),
            other => other.clone(),
        })
        .collect()
}

/// The date as the document's language writes it.
pub fn format_date(document: &Document) -> String {
    let d = document.date;
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match document.language.split('-').next().unwrap_or("") {
        "en" => format!(
            "{} {} {}",
            d.day,
            EN_MONTHS[usize::from(d.month.clamp(1, 12)) - 1],
            d.year
        ),
        "sl" => format!("{}. {}. {}", d.day, d.month, d.year),
        "hu" => format!("{}. {:02}. {:02}.", d.year, d.month, d.day),
        "bg" => format!("{:02}.{:02}.{} г.", d.day, d.month, d.year),
        "it" | "el" => format!("{}/{}/{}", d.day, d.month, d.year),
        _ => format!("{:02}.{:02}.{}", d.day, d.month, d.year),
    }
}

/// The generated main source and where each chapter's data starts in it.
pub struct Generated {
    pub main: String,
    pub template: String,
    pub template_origin: String,
    pub chapter_lines: Vec<(usize, String)>,
}

/// Generates the main source for a document (the template is imported).
pub fn generate(document: &Document, context: &RenderContext) -> Generated {
    let (template, template_origin) =
        match std::fs::read_to_string(context.project.root.join(TEMPLATE_FILE)) {
            Ok(text) => (text, TEMPLATE_FILE.to_owned()),
            Err(_) => (TEMPLATE.to_owned(), format!("(built-in) {TEMPLATE_FILE}")),
        };
    let prefix = format!(
        "// Generated by handbook from the {} edition. Data only: every text is a string.\n#import \"{TEMPLATE_PATH}\": handbook\n#let doc = ",
        document.language
    );
    let prefix_lines = prefix.matches('\n').count();
    let (data, chapter_lines) = DataWriter::new(document).write(prefix_lines);
    let main = format!("{prefix}{data}\n#handbook(doc)\n");
    Generated {
        main,
        template,
        template_origin,
        chapter_lines,
    }
}

fn typst_standards(standards: &[manifest::PdfStandard]) -> Vec<PdfStandard> {
    standards
        .iter()
        .map(|s| match s {
            manifest::PdfStandard::Ua1 => PdfStandard::Ua_1,
            manifest::PdfStandard::A2b => PdfStandard::A_2b,
            manifest::PdfStandard::A3b => PdfStandard::A_3b,
            manifest::PdfStandard::A2a => PdfStandard::A_2a,
        })
        .collect()
}

/// Characters no embedded font can draw, for an error instead of a silent box.
fn missing_glyphs(document: &Document, main: &str) -> Vec<char> {
    let mut seen = HashSet::new();
    let mut missing = Vec::new();
    let book = FONTS.book();
    let infos: Vec<_> = (0..).map_while(|i| book.info(i)).collect();
    let _ = document;
    for c in main.chars() {
        if c.is_whitespace()
            || c.is_control()
            || c == '\u{AD}'
            || (c as u32) < 0x80
            || !seen.insert(c)
        {
            continue;
        }
        if !infos.iter().any(|info| info.coverage.contains(c as u32)) {
            missing.push(c);
        }
    }
    missing
}

/// Renders the PDF of one language.
pub fn render(
    document: &Document,
    context: &RenderContext,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let generated = generate(document, context);
    let missing = missing_glyphs(document, &generated.main);
    if !missing.is_empty() {
        let list: Vec<String> = missing
            .iter()
            .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
            .collect();
        return Err(vec![Diagnostic::error(format!(
            "the {} edition uses characters that no embedded font has: {}",
            document.language,
            list.join(", ")
        ))]);
    }
    let lang = &document.language;
    let mut outputs = Vec::new();
    if context.emit_typst {
        outputs.extend(emit_typst(document, context, &generated)?);
    }

    let mut files = Vec::new();
    for image in images_of(document) {
        files.push((
            image.clone(),
            read_project_file(&context.project.root, &image)?,
        ));
    }
    let key = cache_key(&generated, &files, document);
    let cache_dir = context.project.root.join(".handbook-cache");
    let cached = cache_dir.join(format!("{}-{lang}-{key:032x}.pdf", document.id));
    if let Some(bytes) = context.cache.then(|| std::fs::read(&cached).ok()).flatten() {
        outputs.push(OutputFile::new(
            format!("{lang}/{}", file_name(document)),
            bytes,
        ));
        return Ok(outputs);
    }

    let d = document.date;
    let today = Datetime::from_ymd(d.year, d.month, d.day).expect("a valid date");
    let world = HandbookWorld::new(
        generated.main.clone(),
        generated.template.clone(),
        files,
        today,
    );
    let permit = budget::acquire(budget::estimate_mib(generated.main.len()));
    let compiled = typst::compile::<PagedDocument>(&world);
    let paged = compiled
        .output
        .map_err(|errors| map_diagnostics(&world, &generated, &errors))?;
    let standards = PdfStandards::new(&typst_standards(&document.pdf_standards))
        .map_err(|e| vec![Diagnostic::error(format!("PDF standards: {}", e.message()))])?;
    let timestamp = Datetime::from_ymd_hms(d.year, d.month, d.day, 0, 0, 0).map(Timestamp::new_utc);
    let options = PdfOptions {
        ident: Smart::Custom(format!("{}-{lang}", document.id)),
        timestamp,
        standards,
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&paged, &options)
        .map_err(|errors| map_diagnostics(&world, &generated, &errors))?;
    drop(paged);
    drop(permit);
    if std::fs::create_dir_all(&cache_dir).is_ok() {
        // Old entries of this language are replaced by the new one.
        if let Ok(entries) = std::fs::read_dir(&cache_dir) {
            let prefix = format!("{}-{lang}-", document.id);
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(&prefix) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        let _ = crate::output::write_atomic(&cached, &bytes, crate::output::Durability::Atomic);
    }
    outputs.push(OutputFile::new(
        format!("{lang}/{}", file_name(document)),
        bytes,
    ));
    Ok(outputs)
}

/// Everything the PDF depends on: the sources, the images, the options and
/// this binary's version (which fixes the Typst version and the fonts).
fn cache_key(generated: &Generated, files: &[(String, Vec<u8>)], document: &Document) -> u128 {
    typst::utils::hash128(&(
        env!("CARGO_PKG_VERSION"),
        &generated.main,
        &generated.template,
        files,
        typst_standards(&document.pdf_standards).len(),
        format!("{:?}", document.pdf_standards),
    ))
}

/// The self-contained `.typ` of `--emit-typst`: template inlined, images beside it.
fn emit_typst(
    document: &Document,
    context: &RenderContext,
    generated: &Generated,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let lang = &document.language;
    let main = generated.main.replace(
        &format!("#import \"{TEMPLATE_PATH}\": handbook\n"),
        &format!(
            "// ---- template ({}) ----\n{}\n// ---- document ----\n",
            generated.template_origin, generated.template
        ),
    );
    let mut files = vec![OutputFile::new(
        format!("{lang}/{}-{lang}.typ", document.id),
        main,
    )];
    for image in images_of(document) {
        files.push(OutputFile::new(
            format!("{lang}/{image}"),
            read_project_file(&context.project.root, &image)?,
        ));
    }
    Ok(files)
}

/// Typst diagnostics as ours: the template's point at the template file;
/// the data's at the chapter it came from (such an error is a handbook bug).
fn map_diagnostics(
    world: &HandbookWorld,
    generated: &Generated,
    errors: &[SourceDiagnostic],
) -> Vec<Diagnostic> {
    errors
        .iter()
        .filter(|e| e.severity == Severity::Error)
        .map(|error| {
            let message = format!("Typst: {}", error.message);
            let hints: Vec<String> = error.hints.iter().map(|h| h.v.to_string()).collect();
            let mut diagnostic = Diagnostic::error(message);
            if !hints.is_empty() {
                diagnostic = diagnostic.with_hint(hints.join("; "));
            }
            let Some(id) = error.span.id() else {
                return diagnostic;
            };
            let range = world.range(error.span);
            let source = if id == world.main_source().id() {
                world.main_source()
            } else if id == world.template_source().id() {
                world.template_source()
            } else {
                return diagnostic.with_hint(format!("in {}", id.vpath().get_with_slash()));
            };
            let line = range
                .clone()
                .and_then(|r| source.lines().byte_to_line(r.start))
                .map_or(0, |l| l + 1);
            let column = range
                .and_then(|r| source.lines().byte_to_column(r.start))
                .map_or(0, |c| c + 1);
            if id == world.template_source().id() {
                if generated.template_origin.starts_with("templates/") {
                    diagnostic.at(&generated.template_origin, line, column)
                } else {
                    diagnostic.with_hint(format!("in the built-in template, line {line}"))
                }
            } else {
                let chapter = generated
                    .chapter_lines
                    .iter()
                    .rev()
                    .find(|(start, _)| *start <= line)
                    .map(|(_, p)| p.clone());
                let note = "this is a bug in handbook: generated Typst data failed to compile";
                match chapter {
                    Some(path) => diagnostic
                        .in_file(path)
                        .with_hint(format!("{note} (generated line {line})")),
                    None => diagnostic.with_hint(format!("{note} (generated line {line})")),
                }
            }
        })
        .collect()
}
