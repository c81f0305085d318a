//! The print PDF, through Typst embedded as a library. The document becomes a
//! Typst *data* literal (every text a string, never markup) that the layout
//! template `templates/typst/handbook.typ` renders; Typst compiles it in a
//! [`world::HandbookWorld`] that can read only the images the book uses.

mod budget;
mod chapter_ends;
pub mod fonts;
mod hyphenate;
mod print;
mod text_layer;
pub mod world;

pub use print::PrintProfile;

use std::collections::HashSet;
use std::fmt::Write as _;

use typst::WorldExt as _;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst::layout::{Abs, Size};
use typst_layout::PagedDocument;
use typst_pdf::{PdfStandard, PdfStandards, Timestamp};

use self::fonts::FontSet;
use self::world::{HandbookWorld, TEMPLATE_PATH};
use super::xhtml::images_of;
use super::{Assets, Format};
use crate::diag::Diagnostic;
use crate::document::{Align, DocBlock, DocChapter, Document, Inline, Target, Text, plain_text};
use crate::output::OutputFile;
use std::sync::Arc;

/// Keeps Typst's memoized results of the last `compilations` compilations
/// between compilations (for `serve`; see the budget module).
pub(crate) fn keep_memoized(compilations: usize) {
    budget::keep_memoized(compilations);
}

pub const TEMPLATE_FILE: &str = "templates/typst/handbook.typ";

/// The built-in layout template, by project path.
pub(crate) const BUILTIN: &[(&str, &str)] = &[(
    TEMPLATE_FILE,
    include_str!("../../../templates/typst/handbook.typ"),
)];

/// A PDF standard the output conforms to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standard {
    /// PDF/UA-1 (accessible, tagged).
    Ua1,
    A2b,
    A3b,
    A2a,
}

/// The PDF's options (build maps the manifest onto them).
#[derive(Clone, Debug)]
pub struct PdfOptions {
    /// The paper size, as Typst names it (`a4`, `us-letter`).
    pub paper: String,
    pub standards: Vec<Standard>,
    /// Also write the generated Typst source beside the PDF, self-contained.
    pub emit_typst: bool,
    /// The print PDFs made beside the screen PDF.
    pub profiles: Vec<PrintProfile>,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            paper: "a4".to_owned(),
            standards: Vec::new(),
            emit_typst: false,
            profiles: Vec::new(),
        }
    }
}

/// One of the PDF files of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PdfOutput {
    /// The screen PDF: single pages, links, tagged (`<id>-<lang>.pdf`).
    Screen,
    /// A print profile's PDF beside it (`<id>-<lang>-shop.pdf`).
    Print(PrintProfile),
}

impl PdfOutput {
    /// Every PDF the options ask for, the screen PDF first.
    pub fn all(options: &PdfOptions) -> Vec<PdfOutput> {
        std::iter::once(PdfOutput::Screen)
            .chain(options.profiles.iter().map(|p| PdfOutput::Print(*p)))
            .collect()
    }

    /// The file's path in the output folder.
    pub fn path(self, document: &Document) -> String {
        match self {
            PdfOutput::Screen => Format::Pdf.output_path(document),
            PdfOutput::Print(profile) => format!(
                "{lang}/{}-{lang}-{}.pdf",
                document.id,
                profile.name(),
                lang = document.language
            ),
        }
    }
}

/// The booklet's pages and sheets for the book's paper: A5 pages on A4
/// landscape sheets (from A4 or A5), US statement pages on US letter.
fn booklet_paper(paper: &str) -> (&'static str, Size) {
    if paper == "us-letter" {
        (
            "us-statement",
            Size::new(Abs::inches(11.0), Abs::inches(8.5)),
        )
    } else {
        ("a5", Size::new(Abs::mm(297.0), Abs::mm(210.0)))
    }
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

/// The families the book is set in, as the template's `fonts`: the chosen
/// one (the manifest's `fonts:`) before the built-in design.
fn font_families(fonts: &crate::document::FontChoice) -> String {
    let stack = |chosen: &Option<String>| {
        let families: Vec<String> = chosen
            .iter()
            .map(|f| typst_string(f))
            .chain(std::iter::once(typst_string(BUILT_IN_FAMILY)))
            .collect();
        typst_array(&families)
    };
    format!(
        "(body: {}, heading: {})",
        stack(&fonts.body),
        stack(&fonts.heading)
    )
}

/// The book's design without a `fonts:` choice.
const BUILT_IN_FAMILY: &str = "Libertinus Serif";

/// A Typst array literal (`()` when empty: `(,)` is not Typst).
/// A table's column widths in Typst. Columns size to their content
/// (`auto`), unless the table is a template with columns left empty to be
/// filled in: then every column gets a share of the width, the empty ones
/// room to write and the others by the length of their longest text.
fn column_widths(header: &[Text], rows: &[Vec<Text>], columns: usize) -> Vec<String> {
    let is_blank = |row: &[Text], i: usize| row.get(i).is_none_or(|t| t.plain().trim().is_empty());
    let to_fill: Vec<bool> = (0..columns)
        .map(|i| rows.iter().any(|row| is_blank(row, i)))
        .collect();
    if !to_fill.contains(&true) {
        return vec!["auto".to_owned(); columns];
    }
    (0..columns)
        .map(|i| {
            let texts: Vec<String> = std::iter::once(header)
                .chain(rows.iter().map(Vec::as_slice))
                .filter_map(|row| row.get(i))
                .map(Text::plain)
                .collect();
            let longest = texts.iter().map(|t| t.chars().count()).max().unwrap_or(0);
            // A word is never split: the longest needs its width and a margin.
            let longest_word = texts
                .iter()
                .flat_map(|t| t.split_whitespace())
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            let share = if to_fill[i] {
                30
            } else {
                longest.clamp(8, 40).max(longest_word * 8 / 5)
            };
            format!("{share}fr")
        })
        .collect()
}

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
    paper: &'a str,
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
    fn new(document: &'a Document, paper: &'a str) -> Self {
        let mut labels = HashSet::new();
        for chapter in &document.chapters {
            labels.insert(chapter_key(&chapter.stem));
            for section in &chapter.sections {
                labels.insert(heading_key(&chapter.stem, &section.anchor));
            }
        }
        DataWriter {
            document,
            paper,
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
            typst_string(&hyphenate::soft_hyphenate(
                language.unwrap_or(&self.document.language),
                text,
            ))
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
        let paper = self.paper;
        let image = |path: &Option<String>| {
            path.as_ref()
                .map_or_else(|| "none".to_owned(), |c| typst_string(&format!("/{c}")))
        };
        let imprint: Vec<String> = d
            .imprint
            .lines(|id| d.ui(id).to_owned())
            .iter()
            .map(|line| {
                format!(
                    "(label: {}, value: {}, url: {})",
                    typst_string(&line.label),
                    typst_string(&line.value),
                    Self::optional(&line.url)
                )
            })
            .collect();
        let _ = writeln!(
            self.out,
            "(\n  lang: {},\n  dir: {},\n  numbering: {},\n  leading: {}em,\n  hyphenate: {},\n  title: {},\n  subtitle: {},\n  language-name: {},\n  publisher: {},\n  funding: {},\n  funding-statement: {},\n  disclaimer: {},\n  cover: {},\n  emblem: {},\n  paper: {},\n  date: ({}, {}, {}),\n  edition: {},\n  date-text: {},\n  imprint: {},\n  fonts: {},\n  ui: {ui},\n  chapters: (",
            typst_lang(&d.language),
            typst_string(d.direction()),
            typst_string(d.digits().typst_numbering()),
            crate::document::language_leading(&d.language),
            !hyphenate::needs_soft_hyphens(&d.language),
            typst_string(&d.title),
            Self::optional(&d.subtitle),
            typst_string(&d.language_name),
            Self::optional(&d.publisher),
            Self::optional(&d.funding_notice),
            Self::optional(&d.funding_statement),
            Self::optional(&d.disclaimer),
            image(&d.cover_image),
            image(&d.emblem),
            typst_string(paper),
            d.date.year,
            d.date.month,
            d.date.day,
            Self::optional(&d.imprint.edition),
            Self::optional(&d.imprint.publication_date_text),
            typst_array(&imprint),
            font_families(&d.fonts),
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
        // The label over the title, in capitals as the language sets them.
        let label = self
            .document
            .capitals(&self.document.numbered("chapter-label", chapter.number));
        let _ = writeln!(
            self.out,
            "    (key: {}, label: {}, title: {title}{lang}, blocks: (\n{blocks}    )),",
            typst_string(&chapter_key(&chapter.stem)),
            typst_string(&label)
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
                number,
                ..
            } => {
                self.figures += 1;
                let cap = match caption {
                    Some(c) => self.inlines(&c.inlines, chapter, c.fallback_language.as_deref()),
                    None => "none".into(),
                };
                let label = number.map_or_else(
                    || "none".to_owned(),
                    |n| typst_string(&self.document.numbered("figure-label", n)),
                );
                format!(
                    "(t: \"fig\", src: {}, alt: {}, cap: {cap}, label: {label}, key: {}{})",
                    typst_string(&format!("/{image}")),
                    typst_string(&alt.plain()),
                    typst_string(&format!("{}--figure-{}", chapter.stem, self.figures)),
                    caption.as_ref().map_or(String::new(), lang_field)
                )
            }
            DocBlock::List {
                start,
                items,
                tasks,
            } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| {
                        let blocks: Vec<String> =
                            item.iter().map(|b| self.block(b, chapter)).collect();
                        typst_array(&blocks)
                    })
                    .collect();
                let start = start.map_or_else(|| "none".to_owned(), |s| s.to_string());
                let tasks: Vec<String> = tasks
                    .iter()
                    .map(|t| t.map_or_else(|| "none".to_owned(), |done| done.to_string()))
                    .collect();
                format!(
                    "(t: \"list\", start: {start}, items: {}, tasks: {})",
                    typst_array(&items),
                    typst_array(&tasks)
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
                caption,
                number,
                ..
            } => {
                let columns = header
                    .len()
                    .max(rows.iter().map(Vec::len).max().unwrap_or(0))
                    .max(1);
                let aligns: Vec<String> = (0..columns)
                    .map(|i| {
                        typst_string(match aligns.get(i) {
                            Some(Align::Left) => "left",
                            Some(Align::Center) => "center",
                            Some(Align::Right) => "right",
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
                let widths = column_widths(header, rows, columns);
                let head = cells(header);
                let rows: Vec<String> = rows.iter().map(|r| cells(r)).collect();
                let cap = match caption {
                    Some(c) => format!(
                        "(c: {}{})",
                        self.inlines(&c.inlines, chapter, c.fallback_language.as_deref()),
                        lang_field(c)
                    ),
                    None => "none".into(),
                };
                let label = number.map_or_else(
                    || "none".to_owned(),
                    |n| typst_string(&self.document.numbered("table-label", n)),
                );
                format!(
                    "(t: \"table\", aligns: {}, widths: {}, head: {head}, rows: {}, cap: {cap}, label: {label})",
                    typst_array(&aligns),
                    typst_array(&widths),
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
            // Addresses in running text are set unhyphenated.
            Inline::Text(t) if t.split(' ').any(hyphenate::is_address) => {
                let mut parts = Vec::new();
                let mut plain = String::new();
                for (n, token) in t.split(' ').enumerate() {
                    if n > 0 {
                        plain.push(' ');
                    }
                    if hyphenate::is_address(token) {
                        if !plain.is_empty() {
                            parts.push(self.string(&std::mem::take(&mut plain), language));
                        }
                        parts.push(format!("(t: \"addr\", v: {})", typst_string(token)));
                    } else {
                        plain.push_str(token);
                    }
                }
                if !plain.is_empty() {
                    parts.push(self.string(&plain, language));
                }
                format!("(t: \"seq\", c: {})", typst_array(&parts))
            }
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
            Inline::Link { target, children } => match target {
                // Print keeps a glossary term as text: a reader of paper
                // cannot follow the link, and the glossary is a chapter away.
                Target::Glossary { .. } => self.string(&plain_text(children), language),
                // On paper a link's URL must be readable: printed after a
                // text that is not the URL itself.
                Target::External(url) => {
                    let shown = plain_text(children);
                    let children = self.inlines(children, chapter, language);
                    let address = url.strip_prefix("mailto:").unwrap_or(url);
                    let bare = |u: &str| {
                        u.trim_start_matches("https://")
                            .trim_start_matches("http://")
                            .trim_end_matches('/')
                            .to_owned()
                    };
                    let print = if bare(shown.trim()) == bare(address) {
                        "none".to_owned()
                    } else {
                        typst_string(address)
                    };
                    format!(
                        "(t: \"url\", url: {}, print: {print}, c: {children})",
                        typst_string(url)
                    )
                }
                Target::Internal { stem, anchor } => {
                    let children = self.inlines(children, chapter, language);
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
            },
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
                        let blocks = strip_footnote_refs(&f.blocks, self.document);
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
    text.fallback_language.as_ref().map_or(String::new(), |l| {
        format!(
            ", lang: {}, dir: {}",
            typst_lang(l),
            typst_string(crate::document::language_direction(l))
        )
    })
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

/// A footnote's blocks with every footnote reference in them as `[n]` text.
fn strip_footnote_refs(blocks: &[DocBlock], document: &Document) -> Vec<DocBlock> {
    let mut blocks = blocks.to_vec();
    crate::document::for_each_text_mut(&mut blocks, &mut |text| {
        Inline::for_each_mut(&mut text.inlines, &mut |inline| {
            if let Inline::FootnoteRef { number } = inline {
                *inline = Inline::Text(format!("[{}]", document.number(*number)));
            }
        });
    });
    blocks
}

/// The generated main source and where each chapter's data starts in it.
#[derive(Clone)]
pub struct Generated {
    pub main: String,
    pub template: String,
    pub template_origin: String,
    pub chapter_lines: Vec<(usize, String)>,
}

/// The main source's last line: the template's function called on the data.
const HANDBOOK_CALL: &str = "#handbook(doc)\n";

/// Generates the main source for a document (the template is imported).
pub fn generate(
    document: &Document,
    assets: &dyn Assets,
    options: &PdfOptions,
) -> Result<Generated, Vec<Diagnostic>> {
    let template = super::template(assets, TEMPLATE_FILE)?;
    let template_origin = if template.from_project {
        TEMPLATE_FILE.to_owned()
    } else {
        format!("(built-in) {TEMPLATE_FILE}")
    };
    let prefix = format!(
        "// Generated by handbook from the {} edition. Data only: every text is a string.\n#import \"{TEMPLATE_PATH}\": handbook\n#let doc = ",
        document.language
    );
    let prefix_lines = prefix.matches('\n').count();
    let (data, chapter_lines) = DataWriter::new(document, &options.paper).write(prefix_lines);
    let main = format!("{prefix}{data}\n{HANDBOOK_CALL}");
    Ok(Generated {
        main,
        template: template.text.into_owned(),
        template_origin,
        chapter_lines,
    })
}

fn typst_standards(standards: &[Standard]) -> Vec<PdfStandard> {
    standards
        .iter()
        .map(|s| match s {
            Standard::Ua1 => PdfStandard::Ua_1,
            Standard::A2b => PdfStandard::A_2b,
            Standard::A3b => PdfStandard::A_3b,
            Standard::A2a => PdfStandard::A_2a,
        })
        .collect()
}

/// What a character without a glyph is drawn as: U+FFFD, which the embedded
/// fonts have. Typst's own fallback, the `.notdef` box, is refused by PDF/UA-1
/// and PDF/A, so a PDF with it could not be written at all.
pub const NO_GLYPH: char = '\u{FFFD}';

/// Characters that are never drawn (Unicode's Default_Ignorable_Code_Point,
/// and controls): shaping hides them, so they need no glyph.
fn is_ignorable(c: char) -> bool {
    c.is_control()
        || matches!(c as u32,
            0xAD | 0x34F | 0x61C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
            | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
            | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF)
}

/// A character that only modifies the one before it (an emoji's skin tone):
/// drawn with it, so one box stands for both.
fn is_modifier(c: char) -> bool {
    matches!(c as u32, 0x1F3FB..=0x1F3FF)
}

/// The characters of `text` that no font of the book can draw, each once,
/// in order of first use.
pub fn missing_glyphs(text: &str, fonts: &FontSet) -> Vec<char> {
    let mut seen = HashSet::new();
    let mut missing = Vec::new();
    let book = fonts.store.book();
    let infos: Vec<_> = (0..).map_while(|i| book.info(i)).collect();
    for c in text.chars() {
        if c.is_whitespace() || (c as u32) < 0x80 || is_ignorable(c) || !seen.insert(c) {
            continue;
        }
        if !infos.iter().any(|info| info.coverage.contains(c as u32)) {
            missing.push(c);
        }
    }
    missing
}

/// `text` with every character of `missing` drawn as [`NO_GLYPH`]: one for
/// each cluster (an emoji with its skin tone, joiners and selectors is one).
fn substitute_missing(text: &str, missing: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_cluster = false;
    let mut after_joiner = false;
    for c in text.chars() {
        if in_cluster && (is_ignorable(c) && !c.is_control() || is_modifier(c)) {
            after_joiner = c == '\u{200D}';
            continue;
        }
        if missing.contains(&c) {
            if !after_joiner {
                out.push(NO_GLYPH);
            }
            in_cluster = true;
            after_joiner = false;
            continue;
        }
        in_cluster = false;
        after_joiner = false;
        out.push(c);
    }
    out
}

/// A PDF ready to compile: every input it depends on, gathered and checked.
pub(crate) struct Prepared {
    generated: Generated,
    /// The source laid out at half the sheet's size, for the booklet (None
    /// when there is no booklet, or the book's pages are that size already).
    half: Option<Generated>,
    /// The images the document uses: project path and bytes.
    images: Vec<(String, Vec<u8>)>,
    /// Characters no font has, drawn as [`NO_GLYPH`]: whoever writes the PDF
    /// reports them (build warns, or refuses with `--strict`).
    missing: Vec<char>,
    fonts: Arc<FontSet>,
}

impl Prepared {
    /// The characters no font of the book has, in order of first use.
    pub(crate) fn missing_glyphs(&self) -> &[char] {
        &self.missing
    }

    /// The fonts it is set in.
    pub(crate) fn fonts(&self) -> &FontSet {
        &self.fonts
    }

    /// A hash of everything the PDF depends on: the generated source, the
    /// template, the images, the options and this binary's version (which
    /// fixes the Typst version and the fonts), and which of the PDFs it is.
    /// Equal keys, equal PDFs.
    pub(crate) fn cache_key(&self, options: &PdfOptions, output: PdfOutput) -> u128 {
        let source = match (output, &self.half) {
            (PdfOutput::Print(PrintProfile::Booklet), Some(half)) => &half.main,
            _ => &self.generated.main,
        };
        typst::utils::hash128(&(
            env!("CARGO_PKG_VERSION"),
            self.fonts.store.book(),
            source,
            &self.generated.template,
            &self.images,
            typst_standards(&options.standards).len(),
            format!("{:?} {output:?}", options.standards),
        ))
    }
}

/// Gathers and checks the inputs of one language's PDF (the quick part:
/// build looks its cache up with [`Prepared::cache_key`] before [`compile`]).
pub(crate) fn prepare(
    document: &Document,
    assets: &dyn Assets,
    options: &PdfOptions,
) -> Result<Prepared, Vec<Diagnostic>> {
    let generated = generate(document, assets, options)?;
    let mut prepared = prepare_generated(document, generated, assets)?;
    let (half_paper, _) = booklet_paper(&options.paper);
    if options.profiles.contains(&PrintProfile::Booklet) && options.paper != half_paper {
        let half = PdfOptions {
            paper: half_paper.to_owned(),
            ..options.clone()
        };
        let mut half = generate(document, assets, &half)?;
        half.main = substitute_missing(&half.main, &prepared.missing);
        prepared.half = Some(half);
    }
    Ok(prepared)
}

/// [`prepare`] for a generated source already at hand.
fn prepare_generated(
    document: &Document,
    generated: Generated,
    assets: &dyn Assets,
) -> Result<Prepared, Vec<Diagnostic>> {
    let mut generated = generated;
    let fonts = assets.fonts();
    let missing = missing_glyphs(&generated.main, &fonts);
    if !missing.is_empty() {
        generated.main = substitute_missing(&generated.main, &missing);
    }
    let mut images = Vec::new();
    for image in images_of(document) {
        let bytes = super::image(assets, document, &image)?;
        images.push((image, bytes));
    }
    Ok(Prepared {
        generated,
        half: None,
        images,
        missing,
        fonts,
    })
}

/// The library's renderers have no place for warnings, so they refuse a
/// book with characters no font has (`handbook build` warns with their
/// places and writes the PDF, or refuses with `--strict`).
fn refuse_missing_glyphs(document: &Document, prepared: &Prepared) -> Result<(), Vec<Diagnostic>> {
    if prepared.missing.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = prepared.missing.iter().map(|c| describe_char(*c)).collect();
    Err(vec![
        Diagnostic::error(format!(
            "the {} edition uses characters that no font of the book has: {}",
            document.language,
            list.join(", ")
        ))
        .with_hint(FONT_HINT),
    ])
}

/// What to do about a character no font has.
pub const FONT_HINT: &str =
    "add a font that has it (TTF, OTF or TTC) to the project's `fonts/` folder";

/// The script of a character (`Malayalam`), `emoji` for an emoji or
/// pictograph, None for other common characters.
pub(crate) fn script_of(c: char) -> Option<String> {
    use unicode_script::{Script, UnicodeScript as _};
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => {
            matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF).then(|| "emoji".to_owned())
        }
        script => Some(script.full_name().replace('_', " ")),
    }
}

/// A character for a message: `ആ` U+0D06 (Malayalam script).
pub fn describe_char(c: char) -> String {
    let what = match script_of(c).as_deref() {
        Some("emoji") => " (emoji or symbol)".to_owned(),
        Some(script) => format!(" ({script} script)"),
        None => String::new(),
    };
    format!("`{c}` U+{:04X}{what}", c as u32)
}

/// One layout of a generated source, with the world it was compiled in (for
/// diagnostics); it holds its share of the memory budget until dropped.
struct Layout {
    world: HandbookWorld,
    paged: PagedDocument,
    _permit: budget::Permit,
}

/// Lays a generated source out in pages.
fn lay_out(
    document: &Document,
    generated: &Generated,
    images: &[(String, Vec<u8>)],
    fonts: &Arc<FontSet>,
) -> Result<Layout, Vec<Diagnostic>> {
    let d = document.date;
    let today = Datetime::from_ymd(d.year, d.month, d.day).ok_or_else(|| {
        vec![Diagnostic::error(format!(
            "the date {}-{:02}-{:02} cannot be written into a PDF",
            d.year, d.month, d.day
        ))]
    })?;
    let world = HandbookWorld::new(
        generated.main.clone(),
        generated.template.clone(),
        images.to_vec(),
        today,
        fonts.clone(),
    );
    let permit = budget::acquire(budget::estimate_mib(generated.main.len()));
    let compiled = typst::compile::<PagedDocument>(&world);
    let mut paged = compiled
        .output
        .map_err(|errors| map_diagnostics(&world, generated, &errors))?;
    if generated.main.contains('\u{AD}') {
        paged = text_layer::without_soft_hyphens(&paged);
    }
    Ok(Layout {
        world,
        paged,
        _permit: permit,
    })
}

/// Writes pages as a PDF: the screen PDF with the options' standards,
/// tagged; a print PDF untagged (its pages are not the reading order),
/// the shop's as PDF/A-2b, whose OutputIntent (sRGB) is the one Typst can
/// write.
fn export(
    document: &Document,
    layout: &Layout,
    generated: &Generated,
    paged: &PagedDocument,
    output: PdfOutput,
    options: &PdfOptions,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let standards = match output {
        PdfOutput::Screen => typst_standards(&options.standards),
        PdfOutput::Print(PrintProfile::Shop) => vec![PdfStandard::A_2b],
        PdfOutput::Print(PrintProfile::Booklet) => vec![],
    };
    let standards = PdfStandards::new(&standards)
        .map_err(|e| vec![Diagnostic::error(format!("PDF standards: {}", e.message()))])?;
    let d = document.date;
    let timestamp = Datetime::from_ymd_hms(d.year, d.month, d.day, 0, 0, 0).map(Timestamp::new_utc);
    let ident = match output {
        PdfOutput::Screen => format!("{}-{}", document.id, document.language),
        PdfOutput::Print(profile) => {
            format!("{}-{}-{}", document.id, document.language, profile.name())
        }
    };
    let typst_options = typst_pdf::PdfOptions {
        ident: Smart::Custom(ident),
        timestamp,
        standards,
        tagged: output == PdfOutput::Screen,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(paged, &typst_options)
        .map_err(|errors| map_diagnostics(&layout.world, generated, &errors))
}

/// Compiles a prepared PDF: the screen PDF alone.
pub(crate) fn compile(
    document: &Document,
    prepared: &Prepared,
    options: &PdfOptions,
) -> Result<OutputFile, Vec<Diagnostic>> {
    let options = PdfOptions {
        emit_typst: false,
        ..options.clone()
    };
    let compiled = compile_outputs(document, prepared, &options, &[PdfOutput::Screen])?;
    compiled
        .pdfs
        .into_iter()
        .next()
        .ok_or_else(|| vec![Diagnostic::error("the PDF was not made")])
}

/// What one compile makes: the PDFs asked for and, with `--emit-typst`, the
/// `.typ` their full-size layout was made from (refitted chapters included),
/// with its images and fonts.
pub(crate) struct Compiled {
    pub pdfs: Vec<OutputFile>,
    pub emitted: Vec<OutputFile>,
}

/// Compiles the PDFs asked for from one prepared source: the screen PDF and
/// the shop's from one layout, the booklet from a layout at half size (one
/// layout at a time, for the memory budget).
pub(crate) fn compile_outputs(
    document: &Document,
    prepared: &Prepared,
    options: &PdfOptions,
    outputs: &[PdfOutput],
) -> Result<Compiled, Vec<Diagnostic>> {
    let generated = &prepared.generated;
    let booklet = outputs.contains(&PdfOutput::Print(PrintProfile::Booklet));
    let mut files = Vec::new();
    let mut emitted = Vec::new();
    let full_size_outputs: Vec<PdfOutput> = outputs
        .iter()
        .copied()
        .filter(|o| *o != PdfOutput::Print(PrintProfile::Booklet) || prepared.half.is_none())
        .collect();
    if !full_size_outputs.is_empty() {
        let (layout, generated) = lay_out_fitted(document, generated, prepared)?;
        for output in full_size_outputs {
            files.push(make(document, &layout, &generated, output, options)?);
        }
        if options.emit_typst {
            let script_fonts = fonts::script_fonts_used(layout.paged.pages());
            emitted = emit_typst(document, &generated, prepared, &script_fonts);
        }
    }
    if let (true, Some(half)) = (booklet, &prepared.half) {
        let (layout, half) = lay_out_fitted(document, half, prepared)?;
        let output = PdfOutput::Print(PrintProfile::Booklet);
        files.push(make(document, &layout, &half, output, options)?);
    }
    Ok(Compiled {
        pdfs: files,
        emitted,
    })
}

/// Lays a generated source out so that no chapter ends on a page holding
/// only a line or two: chapters that do are laid out again with more lines on
/// each page (the template's `fit`), and those still short then with fewer
/// (each chapter opens on a right-hand page, so refitting one moves no other
/// chapter's lines).
fn lay_out_fitted(
    document: &Document,
    generated: &Generated,
    prepared: &Prepared,
) -> Result<(Layout, Generated), Vec<Diagnostic>> {
    use chapter_ends::Fit;
    let mut fits = vec![Fit::Normal; document.chapters.len()];
    let mut current = generated.clone();
    loop {
        let layout = match lay_out(document, &current, &prepared.images, &prepared.fonts) {
            Ok(layout) => layout,
            // A project's own template that takes no `fit` is laid out as it is.
            Err(_) if fits.contains(&Fit::MoreLines) => {
                let layout = lay_out(document, generated, &prepared.images, &prepared.fonts)?;
                return Ok((layout, generated.clone()));
            }
            Err(errors) => return Err(errors),
        };
        let short = chapter_ends::short_chapter_ends(&layout.paged);
        let mut refit = false;
        for chapter in short {
            let next = match fits.get(chapter) {
                Some(Fit::Normal) => Fit::MoreLines,
                Some(Fit::MoreLines) => Fit::FewerLines,
                _ => continue,
            };
            fits[chapter] = next;
            refit = true;
        }
        if !refit {
            return Ok((layout, current));
        }
        drop(layout);
        current = with_fits(generated, document, &fits);
    }
}

/// The generated source, its chapters set as `fits` says (the template's `fit`).
fn with_fits(generated: &Generated, document: &Document, fits: &[chapter_ends::Fit]) -> Generated {
    let entries: Vec<String> = document
        .chapters
        .iter()
        .zip(fits)
        .filter(|(_, fit)| **fit != chapter_ends::Fit::Normal)
        .map(|(chapter, fit)| {
            format!(
                "{}: {}",
                typst_string(&chapter_key(&chapter.stem)),
                fit.typst()
            )
        })
        .collect();
    let call = format!("#handbook(doc, fit: ({},))\n", entries.join(", "));
    let mut fitted = generated.clone();
    if let Some(stripped) = fitted.main.strip_suffix(HANDBOOK_CALL) {
        fitted.main = format!("{stripped}{call}");
    }
    fitted
}

/// One PDF from a layout.
fn make(
    document: &Document,
    layout: &Layout,
    generated: &Generated,
    output: PdfOutput,
    options: &PdfOptions,
) -> Result<OutputFile, Vec<Diagnostic>> {
    let bytes = match output {
        PdfOutput::Screen => export(document, layout, generated, &layout.paged, output, options)?,
        PdfOutput::Print(PrintProfile::Shop) => {
            let pages = print::shop(&layout.paged);
            let bytes = export(document, layout, generated, &pages, output, options)?;
            print::set_bleed_boxes(bytes).map_err(|e| vec![e])?
        }
        PdfOutput::Print(PrintProfile::Booklet) => {
            let (_, sheet) = booklet_paper(&options.paper);
            let sheets = print::booklet(&layout.paged, sheet);
            export(document, layout, generated, &sheets, output, options)?
        }
    };
    Ok(OutputFile::new(output.path(document), bytes))
}

/// Compiles a generated source (as [`generate`] made it, or changed: tests
/// feed the template data it must refuse) into the PDF.
pub fn compile_generated(
    document: &Document,
    generated: Generated,
    assets: &dyn Assets,
    options: &PdfOptions,
) -> Result<OutputFile, Vec<Diagnostic>> {
    let prepared = prepare_generated(document, generated, assets)?;
    refuse_missing_glyphs(document, &prepared)?;
    compile(document, &prepared, options)
}

/// Renders the PDFs of one language (the screen PDF, the print profiles'
/// and the `--emit-typst` files), uncached.
pub fn render(
    document: &Document,
    assets: &dyn Assets,
    options: &PdfOptions,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let prepared = prepare(document, assets, options)?;
    refuse_missing_glyphs(document, &prepared)?;
    let compiled = compile_outputs(document, &prepared, options, &PdfOutput::all(options))?;
    let mut files = compiled.emitted;
    files.extend(compiled.pdfs);
    Ok(files)
}

/// The self-contained `.typ` of `--emit-typst`: template inlined, images
/// and fonts beside it (the project's, and the built-in script fonts its
/// layout drew with, which the `typst` command line does not have).
fn emit_typst(
    document: &Document,
    generated: &Generated,
    prepared: &Prepared,
    script_fonts: &[&fonts::ScriptFont],
) -> Vec<OutputFile> {
    let lang = &document.language;
    let (images, fonts) = (&prepared.images, &prepared.fonts);
    let font_note = if fonts.project.is_empty() && script_fonts.is_empty() {
        String::new()
    } else {
        "// The book's fonts are in fonts/ beside this file: typst compile --font-path fonts\n"
            .to_owned()
    };
    let main = font_note
        + &generated.main.replace(
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
    for (image, bytes) in images {
        files.push(OutputFile::new(format!("{lang}/{image}"), bytes.clone()));
    }
    for font in &fonts.project {
        files.push(OutputFile::new(
            format!("{lang}/fonts/{}", font.file_name),
            font.bytes.clone(),
        ));
    }
    for font in script_fonts {
        files.push(OutputFile::new(
            format!("{lang}/fonts/{}", font.file),
            font.bytes.to_vec(),
        ));
        let (name, text) = font.licence;
        files.push(OutputFile::new(
            format!("{lang}/fonts/{name}"),
            text.to_vec(),
        ));
    }
    files
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
