//! The language-resolved document: the source book with every message
//! formatted for one language (through its fallback chain), inline Markdown
//! parsed, links and footnotes resolved, glossary terms linked to their
//! entries. Every renderer consumes only this.

mod glossary;
mod inline;
pub mod walk;

use std::collections::BTreeMap;

pub use glossary::GLOSSARY_ANCHOR;
pub use inline::{
    Inline, InlineContext, Target, image_media_type, parse_inlines, plain_text,
    protect_block_syntax,
};
pub use walk::{Blocks, Inlines, for_each_block_mut, for_each_text_mut};

use crate::diag::{Diagnostic, Diagnostics};
use crate::figure::Label;
use crate::i18n::{Catalog, Resolver};
use crate::manifest::Project;
use crate::source::{self, Block, Book, Chapter};

/// The direction a language is written in (`rtl`, `ltr`).
pub use crate::i18n::typography::direction as language_direction;
/// The space between a language's lines, in em.
pub use crate::i18n::typography::leading_em as language_leading;
/// The digits a language writes numbers in.
pub use crate::i18n::typography::{Digits, digits as language_digits};
/// The font families a language is set in, as the manifest chose them.
pub use crate::manifest::FontChoice;
/// The id of a chapter's title element in the HTML and EPUB pages (reserved:
/// no heading anchor may take it; see [`crate::page_ids`]).
pub use crate::page_ids::CHAPTER_TITLE_ID;

/// The kind of a GitHub-style alert (`> [!NOTE]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

impl AlertKind {
    /// The kind's name in outputs: CSS classes, the PDF's alert colours.
    pub fn class(self) -> &'static str {
        match self {
            AlertKind::Note => "note",
            AlertKind::Tip => "tip",
            AlertKind::Important => "important",
            AlertKind::Warning => "warning",
            AlertKind::Caution => "caution",
        }
    }
}

impl From<source::AlertKind> for AlertKind {
    fn from(kind: source::AlertKind) -> AlertKind {
        match kind {
            source::AlertKind::Note => AlertKind::Note,
            source::AlertKind::Tip => AlertKind::Tip,
            source::AlertKind::Important => AlertKind::Important,
            source::AlertKind::Warning => AlertKind::Warning,
            source::AlertKind::Caution => AlertKind::Caution,
        }
    }
}

/// A table column's alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

impl From<source::Align> for Align {
    fn from(align: source::Align) -> Align {
        match align {
            source::Align::None => Align::None,
            source::Align::Left => Align::Left,
            source::Align::Center => Align::Center,
            source::Align::Right => Align::Right,
        }
    }
}

/// A run of inline content in one language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    pub inlines: Vec<Inline>,
    /// Set when the text fell back to another language than the document's.
    pub fallback_language: Option<String>,
}

impl Text {
    pub fn plain(&self) -> String {
        plain_text(&self.inlines)
    }

    pub fn plain_text(s: &str) -> Text {
        Text {
            inlines: vec![Inline::Text(s.to_owned())],
            fallback_language: None,
        }
    }
}

/// A block of a chapter. Walk nested blocks with [`DocBlock::walk`] or
/// [`DocChapter::blocks`] rather than by hand (see [`walk`]).
#[derive(Clone, Debug, PartialEq)]
pub enum DocBlock {
    Heading {
        level: u8,
        anchor: String,
        text: Text,
    },
    Paragraph(Text),
    /// `image` is project-relative.
    Figure {
        image: String,
        alt: Text,
        caption: Option<Text>,
        /// The figure's number (through the book, the same in every format),
        /// when it has a caption to show it in.
        number: Option<usize>,
        /// The text of an SVG figure's labels in this language.
        labels: Vec<Label>,
    },
    List {
        start: Option<u64>,
        items: Vec<Vec<DocBlock>>,
        /// Checkboxes of a task list, one per item; empty for other lists.
        tasks: Vec<Option<bool>>,
    },
    Quote(Vec<DocBlock>),
    Alert {
        kind: AlertKind,
        label: String,
        blocks: Vec<DocBlock>,
    },
    Code {
        language: Option<String>,
        text: String,
    },
    Table {
        aligns: Vec<Align>,
        header: Vec<Text>,
        rows: Vec<Vec<Text>>,
        /// One per row: the anchor of a glossary entry's row, else None.
        row_anchors: Vec<Option<String>>,
        caption: Option<Text>,
        /// The table's number (through the book, the same in every format),
        /// when it has a caption to show it in.
        number: Option<usize>,
    },
    Rule,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Footnote {
    pub number: usize,
    pub blocks: Vec<DocBlock>,
}

/// An entry of a chapter's table of contents.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub level: u8,
    pub anchor: String,
    pub title: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DocChapter {
    /// The chapter's number (1 for the first), the same in every format.
    pub number: usize,
    /// File stem: names the HTML page and the EPUB document.
    pub stem: String,
    /// Message-id prefix, also the chapter's anchor in the PDF.
    pub slug: String,
    /// Project-relative Markdown path (for diagnostics).
    pub source_path: String,
    pub title: Text,
    pub blocks: Vec<DocBlock>,
    pub footnotes: Vec<Footnote>,
    pub sections: Vec<Section>,
}

/// Another language of the same handbook, for language switchers.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageLink {
    pub code: String,
    /// The language's own name for itself.
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// From `SOURCE_DATE_EPOCH` when set, else today (UTC): a build is
    /// reproducible within a day, and exactly with `SOURCE_DATE_EPOCH`.
    pub fn for_build() -> Result<Date, String> {
        match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(value) => Date::from_epoch_text(&value),
            Err(_) => {
                let seconds = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64);
                Ok(Date::from_unix_days(seconds.div_euclid(86_400)))
            }
        }
    }

    /// A `SOURCE_DATE_EPOCH` value: whole seconds from 1970-01-01 to the end
    /// of 9999 (the dates PDF, EPUB and HTML metadata can hold).
    pub fn from_epoch_text(value: &str) -> Result<Date, String> {
        const LAST: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
        match value.trim().parse::<i64>() {
            Ok(seconds) if (0..=LAST).contains(&seconds) => {
                Ok(Date::from_unix_days(seconds.div_euclid(86_400)))
            }
            _ => Err(format!(
                "SOURCE_DATE_EPOCH is `{}`: it must be whole seconds since 1970-01-01, from 0 to {LAST} (the end of 9999)",
                value.escape_debug()
            )),
        }
    }

    /// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The handbook in one language.
#[derive(Clone, Debug)]
pub struct Document {
    pub language: String,
    pub source_language: String,
    /// The project id (output names).
    pub id: String,
    pub title: String,
    pub subtitle: Option<String>,
    /// One line saying what the book is (`description`): the website's
    /// summaries for search engines and sharing.
    pub description: Option<String>,
    pub language_name: String,
    pub publisher: Option<String>,
    pub funding_notice: Option<String>,
    pub disclaimer: Option<String>,
    /// Project-relative path of the cover image.
    pub cover_image: Option<String>,
    /// Project-relative path of the funder's emblem, set beside
    /// [`Document::funding_statement`].
    pub emblem: Option<String>,
    pub chapters: Vec<DocChapter>,
    /// Interface strings, resolved for this language.
    pub ui: BTreeMap<String, String>,
    pub languages: Vec<LanguageLink>,
    /// The build date (`SOURCE_DATE_EPOCH`, else today): file timestamps only.
    pub date: Date,
    /// The EU's funding statement set beside the emblem ("Co-funded by the
    /// European Union").
    pub funding_statement: Option<String>,
    /// The imprint ("About this edition").
    pub imprint: Imprint,
    /// Messages shown in a fallback language.
    pub fallback_messages: usize,
    /// The font families this language is set in (the manifest's `fonts:`).
    pub fonts: FontChoice,
}

/// The imprint of one language's edition: the manifest's facts and the
/// language's own texts, every item optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imprint {
    /// "Second edition", in the document's language.
    pub edition: Option<String>,
    pub version: Option<String>,
    /// The publication date (from the manifest, never the build date).
    pub publication_date: Option<Date>,
    /// The same in the language's long form ("1 December 2026").
    pub publication_date_text: Option<String>,
    pub license: Option<License>,
    /// The funding programme's name ("Asylum, Migration and Integration Fund (AMIF)").
    pub programme: Option<String>,
    pub grant: Option<String>,
    pub partners: Option<String>,
    pub authors: Option<String>,
    /// This language's translators (never another language's).
    pub translators: Option<String>,
    pub contact: Option<String>,
}

/// A licence by SPDX id with the URL of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct License {
    pub spdx: String,
    pub url: String,
}

impl Imprint {
    /// The imprint's lines, label and value, in the order every format
    /// prints them (the title and the notices are the renderers' own).
    pub fn lines(&self, ui: impl Fn(&str) -> String) -> Vec<ImprintLine> {
        let mut edition: Vec<&str> = Vec::new();
        edition.extend(self.edition.as_deref());
        let version = self
            .version
            .as_ref()
            .map(|v| ui("imprint-version").replace("{version}", v));
        edition.extend(version.as_deref());
        let programme = match (&self.programme, &self.grant) {
            (Some(p), Some(g)) => Some(format!(
                "{p}, {}",
                ui("imprint-grant").replace("{grant}", g)
            )),
            (Some(p), None) => Some(p.clone()),
            (None, Some(g)) => Some(ui("imprint-grant").replace("{grant}", g)),
            (None, None) => None,
        };
        let license = self.license.as_ref().map(|l| l.spdx.clone());
        [
            (
                "imprint-edition",
                (!edition.is_empty()).then(|| edition.join(", ")),
            ),
            ("imprint-published", self.publication_date_text.clone()),
            ("imprint-authors", self.authors.clone()),
            ("imprint-translators", self.translators.clone()),
            ("imprint-partners", self.partners.clone()),
            ("imprint-programme", programme),
            ("imprint-license", license),
            ("imprint-contact", self.contact.clone()),
        ]
        .into_iter()
        .filter_map(|(label, value)| {
            value.map(|value| ImprintLine {
                label: ui(label),
                value,
                url: (label == "imprint-license")
                    .then(|| self.license.as_ref().map(|l| l.url.clone()))
                    .flatten(),
            })
        })
        .collect()
    }
}

/// One line of the imprint: its label, its text and, for the licence, the
/// URL of the licence's text.
#[derive(Clone, Debug, PartialEq)]
pub struct ImprintLine {
    pub label: String,
    pub value: String,
    pub url: Option<String>,
}

impl Document {
    /// An interface string (its id if unknown).
    pub fn ui<'a>(&'a self, id: &'a str) -> &'a str {
        self.ui.get(id).map_or(id, String::as_str)
    }

    /// The labels of the SVG figure `image` in this language (from its
    /// first use: one file per image and language); None for other images.
    pub fn figure_labels(&self, image: &str) -> Option<&[Label]> {
        self.blocks().find_map(|block| match block {
            DocBlock::Figure {
                image: i, labels, ..
            } if i == image && !labels.is_empty() => Some(labels.as_slice()),
            _ => None,
        })
    }

    /// A numbered label in this language ("Chapter 3", "3. fejezet"): the
    /// interface string `id` (`chapter-label`, `figure-label`) with its
    /// `{ $number }`; the order of words is the translators'.
    pub fn numbered(&self, id: &str, number: usize) -> String {
        self.ui(id).replace("{number}", &self.number(number))
    }

    /// `number` in this language's digits (١٢ in Arabic).
    pub fn number(&self, number: usize) -> String {
        self.digits().write(&number.to_string())
    }

    /// The digits this language writes numbers in.
    pub fn digits(&self) -> Digits {
        language_digits(&self.language)
    }

    /// `text` set in capitals as this language spells them (Greek drops
    /// the tonos): for labels a layout sets in capitals.
    pub fn capitals(&self, text: &str) -> String {
        crate::i18n::typography::uppercase(&self.language, text)
    }

    /// The direction this language is written in (`rtl`, `ltr`).
    pub fn direction(&self) -> &'static str {
        language_direction(&self.language)
    }

    /// The direction of `text`: its fallback language's, else this one's.
    pub fn direction_of(&self, text: &Text) -> &'static str {
        text.fallback_language
            .as_deref()
            .map_or_else(|| self.direction(), language_direction)
    }

    pub fn chapter(&self, stem: &str) -> Option<&DocChapter> {
        self.chapters.iter().find(|c| c.stem == stem)
    }
}

/// Every interface string id a renderer may ask for.
pub fn ui_ids() -> Vec<String> {
    let defaults = crate::i18n::ui::defaults("en").unwrap_or_default();
    crate::i18n::parse_ftl("ui", defaults)
        .entries
        .into_iter()
        .map(|e| e.id)
        .collect()
}

struct Resolving<'a> {
    project_root: std::path::PathBuf,
    source_language: String,
    resolver: &'a Resolver,
    catalog: Option<&'a Catalog>,
    language: &'a str,
    diags: &'a mut Diagnostics,
    fallbacks: usize,
    /// Chapters, captioned figures and captioned tables numbered so far.
    chapters: usize,
    figures: usize,
    tables: usize,
}

/// Resolves the book for the resolver's language.
pub fn resolve(
    project: &Project,
    book: &Book,
    resolver: &Resolver,
    catalog: Option<&Catalog>,
    languages: Vec<LanguageLink>,
    diags: &mut Diagnostics,
) -> Document {
    let language = resolver.language.as_str();
    let mut state = Resolving {
        project_root: project.root.clone(),
        source_language: project.source_language.clone(),
        resolver,
        catalog,
        language,
        diags,
        fallbacks: 0,
        chapters: 0,
        figures: 0,
        tables: 0,
    };
    let mut chapters: Vec<DocChapter> = book.chapters.iter().map(|c| state.chapter(c)).collect();
    glossary::link_terms(&mut chapters);
    let optional = |id: &str| {
        resolver
            .message(id)
            .map(|r| r.text)
            .filter(|t| !t.trim().is_empty())
    };
    let title = optional("handbook-title").unwrap_or_else(|| project.id.clone());
    let language_name = optional("language-name").unwrap_or_else(|| language.to_owned());
    let mut ui = BTreeMap::new();
    // Placeholders stand for values that renderers fill in (`{number}`, ...).
    let placeholders: Vec<(&str, fluent_bundle::FluentValue<'static>)> =
        ["number", "size", "unit", "language", "version", "grant"]
            .into_iter()
            .map(|name| {
                (
                    name,
                    fluent_bundle::FluentValue::from(format!("{{{name}}}")),
                )
            })
            .collect();
    for id in ui_ids() {
        ui.insert(id.clone(), resolver.ui_with(&id, &placeholders));
    }
    let fallback_messages = state.fallbacks;
    let imprint = imprint(project, resolver, language, &optional);
    Document {
        language: language.to_owned(),
        source_language: project.source_language.clone(),
        id: project.id.clone(),
        title,
        subtitle: optional("handbook-subtitle"),
        description: optional("description"),
        language_name,
        publisher: optional("publisher"),
        funding_notice: optional("funding-notice"),
        funding_statement: optional("funding-statement"),
        imprint,
        disclaimer: optional("disclaimer"),
        cover_image: project.cover_image.clone(),
        emblem: project.emblem.clone(),
        chapters,
        ui,
        languages,
        date: Date::for_build().unwrap_or_else(|e| {
            diags.push(Diagnostic::error(e));
            Date::from_unix_days(0)
        }),
        fallback_messages,
        fonts: project.fonts_of(language),
    }
}

/// The imprint of one language: the manifest's facts, the language's texts
/// (translators only from the language itself, never a fallback).
fn imprint(
    project: &Project,
    resolver: &Resolver,
    language: &str,
    optional: &dyn Fn(&str) -> Option<String>,
) -> Imprint {
    let facts = &project.imprint;
    let publication_date =
        facts
            .publication_date
            .map(|(year, month, day)| Date { year, month, day });
    let text = |value: String| fluent_bundle::FluentValue::from(value);
    // Day and year as numbers, which the language's bundle writes in its
    // digits.
    let publication_date_text = publication_date.map(|d| {
        let months = resolver.ui("date-months");
        let month = months
            .split(',')
            .nth(usize::from(d.month) - 1)
            .map_or_else(|| d.month.to_string(), |m| m.trim().to_owned());
        resolver.ui_with(
            "date-long",
            &[
                ("day", fluent_bundle::FluentValue::from(d.day)),
                ("month", text(month)),
                ("year", fluent_bundle::FluentValue::from(d.year)),
            ],
        )
    });
    let edition = facts.edition.map(|n| {
        resolver.ui_with(
            "imprint-edition-number",
            &[("number", fluent_bundle::FluentValue::from(n))],
        )
    });
    let translators = resolver
        .message("translators")
        .filter(|r| r.language == language && !r.text.trim().is_empty())
        .map(|r| r.text);
    Imprint {
        edition,
        version: facts.version.clone(),
        publication_date,
        publication_date_text,
        license: facts.license.as_ref().map(|l| License {
            spdx: l.spdx.clone(),
            url: l.url.clone(),
        }),
        programme: optional("funding-programme"),
        grant: facts.grant.clone(),
        partners: optional("partners"),
        authors: optional("authors"),
        translators,
        contact: facts.contact.clone(),
    }
}

impl Resolving<'_> {
    fn chapter(&mut self, chapter: &Chapter) -> DocChapter {
        let footnote_labels: Vec<String> =
            chapter.footnotes.iter().map(|f| f.label.clone()).collect();
        let chapter_dir = chapter
            .file
            .path
            .rsplit_once('/')
            .map_or("", |(d, _)| d)
            .to_owned();
        let project_root = self.project_root.clone();
        let context = InlineContext {
            chapter_stem: &chapter.file.stem,
            chapter_dir: &chapter_dir,
            footnotes: &footnote_labels,
            project_root: Some(&project_root),
        };
        let title = match chapter.title {
            Some(index) => self.text(chapter, index, &context),
            None => Text::plain_text(&chapter.file.stem),
        };
        // A title with no text (only an image, say) still needs words for
        // navigation and the page title.
        let title = if title.plain().trim().is_empty() {
            Text::plain_text(&chapter.file.stem)
        } else {
            title
        };
        let mut blocks = self.blocks(chapter, &chapter.blocks, &context);
        normalize_headings(&mut blocks);
        let footnotes = chapter
            .footnotes
            .iter()
            .enumerate()
            .map(|(n, f)| Footnote {
                number: n + 1,
                blocks: self.blocks(chapter, &f.blocks, &context),
            })
            .collect();
        let sections = collect_sections(&blocks);
        self.chapters += 1;
        DocChapter {
            number: self.chapters,
            stem: chapter.file.stem.clone(),
            slug: chapter.file.slug.clone(),
            source_path: chapter.file.path.clone(),
            title,
            blocks,
            footnotes,
            sections,
        }
    }

    fn text(&mut self, chapter: &Chapter, index: usize, context: &InlineContext) -> Text {
        let (text, fallback_language) = self.resolve(chapter, index);
        let mut inlines = parse_inlines(&text, context);
        let language = fallback_language.as_deref().unwrap_or(self.language);
        typographic_quotes(language, &mut inlines);
        Text {
            inlines,
            fallback_language,
        }
    }

    /// A table cell's text; an empty cell stays empty.
    fn cell(&mut self, chapter: &Chapter, message: Option<usize>, context: &InlineContext) -> Text {
        message.map_or_else(Text::default, |m| self.text(chapter, m, context))
    }

    /// A figure's label: plain text, never Markdown.
    fn label(&mut self, chapter: &Chapter, index: usize) -> Label {
        let (text, fallback_language) = self.resolve(chapter, index);
        Label {
            source: chapter.message(index).text.display(),
            text,
            language: fallback_language.unwrap_or_else(|| self.language.to_owned()),
        }
    }

    /// A message's text in this language, or the language it fell back to.
    fn resolve(&mut self, chapter: &Chapter, index: usize) -> (String, Option<String>) {
        let message = chapter.message(index);
        let resolved = self.resolver.message_marking_terms(&message.id);
        let (text, language) = match resolved {
            Some(resolved) => {
                if !resolved.errors.is_empty() {
                    let place = self.catalog.and_then(|c| c.messages.get(&message.id));
                    for error in &resolved.errors {
                        let diagnostic = Diagnostic::warning(format!(
                            "in `{}` ({}): {error}",
                            message.id, resolved.language
                        ));
                        self.diags.push(match place {
                            Some(t) if resolved.language == self.language => {
                                diagnostic.at(&t.file, t.line, t.column)
                            }
                            _ => diagnostic.at(&chapter.file.path, message.line, message.column),
                        });
                    }
                }
                (resolved.text, resolved.language)
            }
            // The source layer has every message; this is only a safety net.
            None => (message.text.display(), self.source_language.clone()),
        };
        let fallback_language = (language != self.language).then_some(language);
        if fallback_language.is_some() {
            self.fallbacks += 1;
        }
        (text, fallback_language)
    }

    fn blocks(
        &mut self,
        chapter: &Chapter,
        blocks: &[Block],
        context: &InlineContext,
    ) -> Vec<DocBlock> {
        blocks
            .iter()
            .map(|block| match block {
                Block::Heading {
                    level,
                    anchor,
                    message,
                } => DocBlock::Heading {
                    level: *level,
                    anchor: anchor.clone(),
                    text: self.text(chapter, *message, context),
                },
                Block::Paragraph { message } => {
                    DocBlock::Paragraph(self.text(chapter, *message, context))
                }
                Block::Figure {
                    image,
                    alt,
                    caption,
                    labels,
                } => DocBlock::Figure {
                    image: image.clone(),
                    alt: self.text(chapter, *alt, context),
                    caption: caption.map(|c| self.text(chapter, c, context)),
                    number: caption.map(|_| {
                        self.figures += 1;
                        self.figures
                    }),
                    labels: labels.iter().map(|&m| self.label(chapter, m)).collect(),
                },
                Block::List {
                    start,
                    items,
                    tasks,
                } => DocBlock::List {
                    start: *start,
                    tasks: tasks.clone(),
                    items: items
                        .iter()
                        .map(|item| self.blocks(chapter, item, context))
                        .collect(),
                },
                Block::Quote { blocks } => DocBlock::Quote(self.blocks(chapter, blocks, context)),
                Block::Alert { kind, blocks } => DocBlock::Alert {
                    kind: (*kind).into(),
                    label: self.resolver.ui(kind.label_id()),
                    blocks: self.blocks(chapter, blocks, context),
                },
                Block::Code { language, text } => DocBlock::Code {
                    language: language.clone(),
                    text: text.clone(),
                },
                Block::Table {
                    aligns,
                    header,
                    rows,
                    caption,
                } => DocBlock::Table {
                    caption: caption.map(|c| self.text(chapter, c, context)),
                    number: caption.map(|_| {
                        self.tables += 1;
                        self.tables
                    }),
                    aligns: aligns.iter().map(|a| (*a).into()).collect(),
                    header: header
                        .iter()
                        .map(|m| self.cell(chapter, *m, context))
                        .collect(),
                    rows: rows
                        .iter()
                        .map(|row| {
                            row.iter()
                                .map(|m| self.cell(chapter, *m, context))
                                .collect()
                        })
                        .collect(),
                    row_anchors: vec![None; rows.len()],
                },
                Block::Rule => DocBlock::Rule,
            })
            .collect()
    }
}

/// Straight quotes and apostrophes typed in the text become the language's
/// own marks ([`crate::i18n::typography`]), in every format; inline code
/// and a link that shows its own URL or address stay as typed.
fn typographic_quotes(language: &str, inlines: &mut [Inline]) {
    fn collect<'a>(inlines: &'a mut [Inline], pieces: &mut Vec<(&'a mut String, bool)>) {
        for inline in inlines {
            match inline {
                Inline::Text(t) => pieces.push((t, true)),
                Inline::Code(c) => pieces.push((c, false)),
                Inline::Link { target, children } => {
                    let shown = plain_text(children);
                    let literal = matches!(target, Target::External(url)
                        if shown.trim() == url.trim_start_matches("mailto:") || shown.contains("://"));
                    if literal {
                        for child in children.iter_mut() {
                            if let Inline::Text(t) = child {
                                pieces.push((t, false));
                            }
                        }
                    } else {
                        collect(children, pieces);
                    }
                }
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) => {
                    collect(c, pieces)
                }
                Inline::Image { .. } | Inline::FootnoteRef { .. } | Inline::LineBreak => {}
            }
        }
    }
    let mut pieces = Vec::new();
    collect(inlines, &mut pieces);
    crate::i18n::typography::smart_quotes(language, &mut pieces);
}

/// Heading levels go down one step at a time (a `#####` right after the title
/// becomes a level 2), so every output has an outline without gaps; a heading
/// with no text gets its anchor as text. Headings inside quotes, alerts and
/// lists count too.
fn normalize_headings(blocks: &mut [DocBlock]) {
    let mut previous = 1;
    for_each_block_mut(blocks, &mut |block| {
        if let DocBlock::Heading {
            level,
            anchor,
            text,
        } = block
        {
            *level = (*level).clamp(2, 6).min(previous + 1);
            previous = *level;
            if text.plain().trim().is_empty() {
                *text = Text::plain_text(anchor);
            }
        }
    });
}

/// Every heading of the body, nested ones included (a heading inside a quote
/// or a list has an anchor that links may name).
fn collect_sections(blocks: &[DocBlock]) -> Vec<Section> {
    Blocks::new(std::iter::once(blocks))
        .filter_map(|b| match b {
            DocBlock::Heading {
                level,
                anchor,
                text,
            } => Some(Section {
                level: *level,
                anchor: anchor.clone(),
                title: text.clone(),
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(Date::from_unix_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_unix_days(19_723).iso(), "2024-01-01");
        assert_eq!(Date::from_unix_days(11_016).iso(), "2000-02-29");
    }
}
