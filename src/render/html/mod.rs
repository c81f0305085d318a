//! The static website: per language a cover page and one page per chapter
//! (minijinja templates around the shared XHTML writer), an offline search
//! index and the images; for the whole site the language chooser, the
//! translation status page and the assets; for translators, each language's
//! review page ([`review`]).

mod icon;
pub mod review;
pub mod search;

pub use review::{Review, ReviewChapter, ReviewMessage, ReviewTranslation, review_page};

use minijinja::{Environment, Value, context};
use serde::Serialize;

use super::xhtml::{ChapterWriter, Flavour, image_output_path, images_of};
use super::{Assets, Download as DownloadFile};
use crate::diag::Diagnostic;
use crate::document::{Document, LanguageLink};
use crate::output::OutputFile;

/// The website's options.
#[derive(Clone, Debug, Default)]
pub struct HtmlOptions {
    /// The other formats' files of this language that every page offers for
    /// download (build renders them first, or finds them from an earlier
    /// build): the main PDF and EPUB and any further file, such as a print
    /// profile's PDF.
    pub downloads: Vec<DownloadFile>,
    /// Where the site is published, ending in `/` (the manifest's
    /// `site-url`): pages then carry absolute `og:url` and `og:image`;
    /// without it they carry neither (relative ones would be wrong).
    pub site_url: Option<String>,
}

/// The page templates, by name (minijinja's) and project path.
const TEMPLATES: [&str; 11] = [
    "head.html",
    "downloads.html",
    "layout.html",
    "funding.html",
    "imprint.html",
    "toc.html",
    "chapter.html",
    "cover.html",
    "chooser.html",
    "status.html",
    "review.html",
];

/// The built-in templates and assets, by project path.
pub(crate) const BUILTIN: &[(&str, &str)] = &[
    (
        "templates/html/head.html",
        include_str!("../../../templates/html/head.html"),
    ),
    (
        "templates/html/downloads.html",
        include_str!("../../../templates/html/downloads.html"),
    ),
    (
        "templates/html/layout.html",
        include_str!("../../../templates/html/layout.html"),
    ),
    (
        "templates/html/toc.html",
        include_str!("../../../templates/html/toc.html"),
    ),
    (
        "templates/html/funding.html",
        include_str!("../../../templates/html/funding.html"),
    ),
    (
        "templates/html/imprint.html",
        include_str!("../../../templates/html/imprint.html"),
    ),
    (
        "templates/html/chapter.html",
        include_str!("../../../templates/html/chapter.html"),
    ),
    (
        "templates/html/cover.html",
        include_str!("../../../templates/html/cover.html"),
    ),
    (
        "templates/html/chooser.html",
        include_str!("../../../templates/html/chooser.html"),
    ),
    (
        "templates/html/status.html",
        include_str!("../../../templates/html/status.html"),
    ),
    (
        "templates/html/review.html",
        include_str!("../../../templates/html/review.html"),
    ),
    (
        "templates/html/style.css",
        include_str!("../../../templates/html/style.css"),
    ),
    (
        "templates/html/site.js",
        include_str!("../../../templates/html/site.js"),
    ),
    (
        "templates/html/favicon.svg",
        include_str!("../../../templates/html/favicon.svg"),
    ),
];

/// A template or asset with the name its errors give: the project path, or
/// `(built-in) <path>`.
fn project_or_builtin(
    assets: &dyn Assets,
    name: &str,
) -> Result<(String, String), Vec<Diagnostic>> {
    let rel = format!("templates/html/{name}");
    let template = super::template(assets, &rel)?;
    let origin = if template.from_project {
        rel
    } else {
        format!("(built-in) {rel}")
    };
    Ok((template.text.into_owned(), origin))
}

fn environment(assets: &dyn Assets) -> Result<Environment<'static>, Vec<Diagnostic>> {
    let mut env = Environment::new();
    // The same escaping as the chapter writer (minijinja's default also escapes `/`).
    env.set_formatter(|out, state, value| match value.as_str() {
        Some(text) if state.auto_escape() != minijinja::AutoEscape::None && !value.is_safe() => {
            out.write_str(&super::xhtml::escape(text)).map_err(|_| {
                minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "cannot write the page")
            })
        }
        _ => minijinja::escape_formatter(out, state, value),
    });
    for name in TEMPLATES {
        let (text, origin) = project_or_builtin(assets, name)?;
        env.add_template_owned(name.to_string(), text)
            .map_err(|e| vec![template_error(&origin, &e)])?;
    }
    Ok(env)
}

fn template_error(origin: &str, error: &minijinja::Error) -> Diagnostic {
    let message = format!(
        "template error: {}",
        error.detail().unwrap_or(&error.to_string())
    );
    match (origin.starts_with("templates/"), error.line()) {
        (true, Some(line)) => Diagnostic::error(message).at(origin, line, 1),
        _ => Diagnostic::error(format!("{message} (in {origin})")),
    }
}

fn render_template(env: &Environment, name: &str, ctx: Value) -> Result<String, Vec<Diagnostic>> {
    env.get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| {
            vec![template_error(
                &format!("templates/html/{}", e.name().unwrap_or(name)),
                &e,
            )]
        })
}

#[derive(Serialize)]
struct Link {
    href: String,
    title: String,
}

#[derive(Serialize)]
struct TocChapter {
    href: String,
    title: String,
    current: bool,
    sections: Vec<TocSection>,
}

#[derive(Serialize)]
struct TocSection {
    href: String,
    title: String,
    level: u8,
}

#[derive(Serialize)]
struct LanguageEntry {
    code: String,
    name: String,
    href: Option<String>,
    current: bool,
}

#[derive(Serialize)]
struct Download {
    href: String,
    label: String,
    format: String,
    size: String,
    /// Saved rather than opened: a browser cannot show the file (EPUB).
    save: bool,
}

/// What a page says about itself to search engines and to sites it is
/// shared on (meta description, Open Graph).
#[derive(Serialize)]
struct Meta {
    description: String,
    /// `og:type`: `website`, `book` or `article`.
    kind: &'static str,
    locale: String,
    site_name: String,
    /// Absolute, only with a site URL.
    url: Option<String>,
    /// Absolute, only with a site URL and a raster image (sites that show
    /// previews do not take SVG).
    image: Option<String>,
}

/// At most `max` characters of `text` on one line, cut at a word with `…`.
fn summary(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max - 1).collect();
    }
    format!("{}…", out.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// The book in one line: its description, else its subtitle, else its title.
fn book_summary(document: &Document) -> String {
    let line = document
        .description
        .as_deref()
        .or(document.subtitle.as_deref())
        .unwrap_or(&document.title);
    summary(line, 300)
}

/// A chapter in one line: its first paragraph, else the book's summary.
fn chapter_summary(document: &Document, chapter: &crate::document::DocChapter) -> String {
    chapter
        .blocks
        .iter()
        .find_map(|b| match b {
            crate::document::DocBlock::Paragraph(text) => {
                Some(text.plain()).filter(|t| !t.trim().is_empty())
            }
            _ => None,
        })
        .map_or_else(|| book_summary(document), |t| summary(&t, 160))
}

/// The language's Open Graph locale (`el_GR`): the `og-locale` interface
/// string when it is one of this language, else the language tag itself.
fn og_locale(document: &Document) -> String {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let locale = document.ui("og-locale");
    if primary(locale) == primary(&document.language) {
        locale.to_owned()
    } else {
        document.language.replace('-', "_")
    }
}

/// A file that sites showing link previews accept as an image.
fn is_raster(path: &str) -> bool {
    let extension = path.rsplit('.').next().unwrap_or_default();
    ["png", "jpg", "jpeg", "gif", "webp"]
        .iter()
        .any(|e| extension.eq_ignore_ascii_case(e))
}

/// The page's meta data; `page` and `image` are relative to the site's root.
fn meta(
    document: &Document,
    site_url: Option<&str>,
    kind: &'static str,
    page: &str,
    description: String,
    image: Option<String>,
) -> Meta {
    Meta {
        description,
        kind,
        locale: og_locale(document),
        site_name: document.title.clone(),
        url: site_url.map(|base| format!("{base}{page}")),
        image: site_url.and_then(|base| Some(format!("{base}{}", image?))),
    }
}

/// The project-relative path of the first raster figure of a chapter.
fn first_raster_figure(chapter: &crate::document::DocChapter) -> Option<String> {
    chapter.blocks.iter().find_map(|b| match b {
        crate::document::DocBlock::Figure { image, .. } if is_raster(image) => Some(image.clone()),
        _ => None,
    })
}

/// The downloads of one language as the pages list them.
fn downloads(document: &Document, files: &[DownloadFile]) -> Vec<Download> {
    files
        .iter()
        .filter_map(|d| {
            let main_label = d.format.download_label_id()?;
            let label = match &d.variant {
                None => document.ui(main_label).to_owned(),
                Some(variant) => match document.ui.get(&format!("{main_label}-{variant}")) {
                    Some(label) => label.clone(),
                    None => format!("{} ({variant})", document.ui(main_label)),
                },
            };
            Some(Download {
                href: d.file_name.clone(),
                label,
                format: d.format.name().to_ascii_uppercase(),
                size: file_size(document, d.bytes),
                save: d.format != super::Format::Pdf,
            })
        })
        .collect()
}

fn languages(document: &Document, page: &str) -> Vec<LanguageEntry> {
    document
        .languages
        .iter()
        .map(|LanguageLink { code, name }| LanguageEntry {
            code: code.clone(),
            name: name.clone(),
            href: (*code != document.language).then(|| format!("../{code}/{page}")),
            current: *code == document.language,
        })
        .collect()
}

fn toc(document: &Document, current: Option<&str>) -> Vec<TocChapter> {
    document
        .chapters
        .iter()
        .map(|c| TocChapter {
            href: format!("{}.html", c.stem),
            title: c.title.plain(),
            current: current == Some(c.stem.as_str()),
            sections: c
                .sections
                .iter()
                .filter(|s| s.level <= 3)
                .map(|s| TocSection {
                    href: format!("{}.html#{}", c.stem, s.anchor),
                    title: s.title.plain(),
                    level: s.level,
                })
                .collect(),
        })
        .collect()
}

/// The edition and publication date, as the cover shows them.
fn edition_line(document: &Document) -> Option<String> {
    let imprint = &document.imprint;
    let parts: Vec<&str> = [&imprint.edition, &imprint.publication_date_text]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Human file size in the document's language.
fn file_size(document: &Document, bytes: u64) -> String {
    let (size, unit) = if bytes >= 1_000_000 {
        (format!("{:.1}", bytes as f64 / 1_000_000.0), "MB")
    } else {
        (format!("{}", bytes.div_ceil(1000)), "kB")
    };
    let size = if matches!(document.language.as_str(), "en") {
        size
    } else {
        size.replace('.', ",")
    };
    document
        .ui("file-size")
        .replace("{size}", &size)
        .replace("{unit}", unit)
}

/// The pages, search index and images of one language.
pub fn render(
    document: &Document,
    assets: &dyn Assets,
    options: &HtmlOptions,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let env = environment(assets)?;
    let lang = &document.language;
    let mut files = Vec::new();
    let image_url = |path: &str| image_output_path(path);
    let flavour = Flavour {
        epub: false,
        chapter_extension: "html",
        image_url: &image_url,
    };
    let ui: std::collections::BTreeMap<&str, &str> = document
        .ui
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let site_url = options.site_url.as_deref();
    let downloads = downloads(document, &options.downloads);
    // The whole book to print: the main PDF.
    let print_book = options
        .downloads
        .iter()
        .find(|d| d.format == super::Format::Pdf && d.variant.is_none())
        .map(|d| d.file_name.clone());
    let cover_raster = document
        .cover_image
        .as_deref()
        .filter(|i| is_raster(i))
        .map(|i| format!("{lang}/{}", image_output_path(i)));
    // The fonts chosen for the language: `fonts.css` and `fonts/` beside its pages.
    let font_set = assets.fonts();
    // The site leaves scripts to the reader's system (phones and desktops
    // have them); the EPUB carries what e-readers may lack.
    let fonts = super::webfonts::for_document(document, &font_set, "sans-serif", "");
    if let Some(fonts) = &fonts {
        files.push(OutputFile::new(
            format!("{lang}/fonts.css"),
            fonts.css.clone(),
        ));
        for (name, _, bytes) in fonts.carried() {
            files.push(OutputFile::new(
                format!("{lang}/fonts/{name}"),
                bytes.to_vec(),
            ));
        }
    }
    let base = context! {
        lang => lang,
        dir => document.direction(),
        font_css => fonts.is_some(),
        title => &document.title,
        language_name => &document.language_name,
        ui => ui,
        root => "../",
        search_index => "search-index.js",
        funding_notice => &document.funding_notice,
        funding_statement => &document.funding_statement,
        emblem => document.emblem.as_deref().map(image_output_path),
        disclaimer => &document.disclaimer,
        license => document.imprint.license.as_ref().map(|l| context! { spdx => &l.spdx, url => &l.url }),
        downloads => downloads,
        print_book => print_book,
    };

    for (n, chapter) in document.chapters.iter().enumerate() {
        let content = ChapterWriter::new(document, chapter, &flavour).write();
        let neighbour = |c: &crate::document::DocChapter| Link {
            href: format!("{}.html", c.stem),
            title: c.title.plain(),
        };
        let page = format!("{}.html", chapter.stem);
        let image = first_raster_figure(chapter)
            .map(|i| format!("{lang}/{}", image_output_path(&i)))
            .or_else(|| cover_raster.clone());
        let ctx = context! {
            page_title => format!("{} · {}", chapter.title.plain(), document.title),
            meta => meta(document, site_url, "article", &format!("{lang}/{page}"), chapter_summary(document, chapter), image),
            content => Value::from_safe_string(content),
            toc => toc(document, Some(&chapter.stem)),
            prev => n.checked_sub(1).map(|p| neighbour(&document.chapters[p])),
            next => document.chapters.get(n + 1).map(neighbour),
            languages => languages(document, &page),
            ..base.clone()
        };
        files.push(OutputFile::new(
            format!("{lang}/{page}"),
            render_template(&env, "chapter.html", ctx)?,
        ));
    }

    let ctx = context! {
        page_title => &document.title,
        meta => meta(document, site_url, "book", &format!("{lang}/index.html"), book_summary(document), cover_raster.clone()),
        subtitle => &document.subtitle,
        publisher => &document.publisher,
        cover_image => document.cover_image.as_deref().map(image_output_path),
        edition_line => edition_line(document),
        toc => toc(document, None),
        languages => languages(document, "index.html"),
        ..base.clone()
    };
    files.push(OutputFile::new(
        format!("{lang}/index.html"),
        render_template(&env, "cover.html", ctx)?,
    ));
    let lines: Vec<Value> = document
        .imprint
        .lines(|id| document.ui(id).to_owned())
        .into_iter()
        .map(|l| context! { label => l.label, value => l.value, url => l.url })
        .collect();
    let ctx = context! {
        page_title => format!("{} · {}", document.ui("imprint"), document.title),
        meta => meta(document, site_url, "website", &format!("{lang}/imprint.html"), format!("{}: {}", document.ui("imprint"), document.title), None),
        subtitle => &document.subtitle,
        publisher => &document.publisher,
        lines => lines,
        toc => toc(document, None),
        languages => languages(document, "imprint.html"),
        ..base.clone()
    };
    files.push(OutputFile::new(
        format!("{lang}/imprint.html"),
        render_template(&env, "imprint.html", ctx)?,
    ));
    files.push(OutputFile::new(
        format!("{lang}/search-index.js"),
        search::SearchIndex::build(document).to_script(),
    ));

    for image in images_of(document) {
        let bytes = super::image(assets, document, &image)?;
        files.push(OutputFile::new(
            format!("{lang}/{}", image_output_path(&image)),
            bytes,
        ));
    }
    Ok(files)
}

#[derive(Serialize)]
struct StatusRow {
    name: String,
    messages: usize,
    translated: usize,
    stale: usize,
    missing: usize,
    words: usize,
    translated_pct: String,
    stale_pct: String,
    missing_pct: String,
}

#[derive(Serialize)]
struct StatusLanguage {
    language: String,
    name: String,
    percent: f64,
    rows: Vec<StatusRow>,
}

fn pct(part: usize, whole: usize) -> String {
    if whole == 0 {
        "0".into()
    } else {
        format!("{:.1}", part as f64 * 100.0 / whole as f64)
    }
}

/// Translation progress of one language, for the status page.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageProgress {
    pub language: String,
    /// Confirmed translations per 100 messages.
    pub percent: f64,
    pub chapters: Vec<ChapterProgress>,
}

/// Translation progress of one chapter (or of `handbook`, the book's own
/// messages: title, publisher, ...), in messages and source words.
#[derive(Clone, Debug, PartialEq)]
pub struct ChapterProgress {
    /// The chapter's stem, or `handbook`.
    pub chapter: String,
    pub messages: usize,
    pub translated: usize,
    pub stale: usize,
    pub missing: usize,
    pub source_words: usize,
}

/// One language as the chooser offers it, in that language.
#[derive(Serialize)]
struct ChooserLanguage {
    code: String,
    name: String,
    title: String,
    summary: String,
    choose: String,
}

/// The site-wide files: language chooser, status page, stylesheet, script
/// and icons. `editions` holds every language's document (the chooser
/// greets in each); `site_url` is the manifest's.
pub fn site_files(
    source: &Document,
    editions: &[Document],
    progress: &[LanguageProgress],
    assets: &dyn Assets,
    site_url: Option<&str>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let env = environment(assets)?;
    let ui: std::collections::BTreeMap<&str, &str> = source
        .ui
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let codes: Vec<&str> = source.languages.iter().map(|l| l.code.as_str()).collect();
    let chooser_languages: Vec<ChooserLanguage> = source
        .languages
        .iter()
        .map(|l| {
            let edition = editions.iter().find(|e| e.language == l.code);
            ChooserLanguage {
                code: l.code.clone(),
                name: l.name.clone(),
                title: edition.map_or_else(|| source.title.clone(), |e| e.title.clone()),
                summary: edition.map_or_else(|| book_summary(source), book_summary),
                choose: edition.unwrap_or(source).ui("choose-language").to_owned(),
            }
        })
        .collect();
    // The emblem (the cover image) beside the funding statement, as on the cover.
    let emblem = match source.cover_image.as_deref() {
        Some(image) => {
            let name = image.rsplit('/').next().unwrap_or(image);
            Some((format!("assets/{name}"), super::file(assets, image)?))
        }
        None => None,
    };
    let chooser = render_template(
        &env,
        "chooser.html",
        context! {
            lang => &source.language,
            dir => source.direction(),
            root => "",
            page_title => &source.title,
            meta => meta(source, site_url, "website", "index.html", book_summary(source), None),
            title => &source.title,
            summary => book_summary(source),
            funding_notice => &source.funding_notice,
            emblem => emblem.as_ref().map(|(path, _)| path),
            ui => ui.clone(),
            languages => chooser_languages,
            codes => codes.join(" "),
        },
    )?;
    let chapter_titles: std::collections::HashMap<&str, String> = source
        .chapters
        .iter()
        .map(|c| (c.stem.as_str(), c.title.plain()))
        .collect();
    let status_languages: Vec<StatusLanguage> = progress
        .iter()
        .map(|s| StatusLanguage {
            language: s.language.clone(),
            name: source
                .languages
                .iter()
                .find(|l| l.code == s.language)
                .map_or(s.language.clone(), |l| l.name.clone()),
            percent: s.percent,
            rows: s
                .chapters
                .iter()
                .map(|c| {
                    let m = c.messages;
                    StatusRow {
                        name: match chapter_titles.get(c.chapter.as_str()) {
                            Some(title) => title.clone(),
                            None if c.chapter == "handbook" => {
                                source.ui("status-handbook").to_owned()
                            }
                            None => c.chapter.clone(),
                        },
                        messages: m,
                        translated: c.translated,
                        stale: c.stale,
                        missing: c.missing,
                        words: c.source_words,
                        translated_pct: pct(c.translated, m),
                        stale_pct: pct(c.stale, m),
                        missing_pct: pct(c.missing, m),
                    }
                })
                .collect(),
        })
        .collect();
    let heading = source.ui("translation-status");
    let status = render_template(
        &env,
        "status.html",
        context! {
            lang => &source.language,
            dir => source.direction(),
            root => "",
            page_title => format!("{heading} · {}", source.title),
            meta => meta(source, site_url, "website", "status.html", format!("{heading}: {}", source.title), None),
            source_language => &source.language,
            title => &source.title,
            heading => heading,
            ui => ui,
            statuses => status_languages,
        },
    )?;
    let (style, _) = project_or_builtin(assets, "style.css")?;
    let (script, _) = project_or_builtin(assets, "site.js")?;
    let (favicon, origin) = project_or_builtin(assets, "favicon.svg")?;
    let touch_icon = icon::png(&favicon, icon::TOUCH_ICON_SIZE)
        .map_err(|e| vec![Diagnostic::error(format!("{origin}: {e}"))])?;
    let mut files = vec![
        OutputFile::new("index.html", chooser),
        OutputFile::new("status.html", status),
        OutputFile::new("assets/style.css", style),
        OutputFile::new("assets/site.js", script),
        OutputFile::new("assets/favicon.svg", favicon),
        OutputFile::new("assets/apple-touch-icon.png", touch_icon),
    ];
    if let Some((path, bytes)) = emblem {
        files.push(OutputFile::new(path, bytes));
    }
    Ok(files)
}
