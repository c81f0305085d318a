//! EPUB 3: the chapters through the shared XHTML writer, navigation (nav and
//! NCX), a generated cover, accessibility metadata, packaged reproducibly
//! (mimetype first and stored, fixed timestamps, sorted entries).

use std::fmt::Write as _;
use std::io::Write as _;

mod cover;

use super::xhtml::{ChapterWriter, Flavour, escape, image_media_type, images_of};
use super::{Assets, Format};
use crate::diag::Diagnostic;
use crate::document::{CHAPTER_TITLE_ID, Document, Section};
use crate::output::OutputFile;

/// The built-in stylesheet, by project path.
pub(crate) const BUILTIN: &[(&str, &str)] = &[(
    "templates/epub/style.css",
    include_str!("../../templates/epub/style.css"),
)];

/// The EPUB's options (none yet: everything comes from the document).
#[derive(Clone, Debug, Default)]
pub struct EpubOptions {}

/// A stable UUID for the handbook in one language (RFC 9562 version 8,
/// from FNV-1a hashes of the id and language): the same on every build.
pub fn identifier(document: &Document) -> String {
    let key = format!("{}/{}", document.id, document.language);
    let a = fnv64(&key, 0xcbf2_9ce4_8422_2325);
    let b = fnv64(&key, 0x84222325cbf29ce4);
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_be_bytes());
    bytes[8..].copy_from_slice(&b.to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

fn fnv64(text: &str, seed: u64) -> u64 {
    text.bytes().fold(seed, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Path of an image inside the package, from its project path.
fn package_image(path: &str) -> String {
    format!(
        "images/{}",
        super::xhtml::image_output_path(path).trim_start_matches("images/")
    )
}

fn lang_attrs(document: &Document) -> String {
    format!(
        "lang=\"{0}\" xml:lang=\"{0}\" dir=\"{1}\"",
        escape(&document.language),
        document.direction()
    )
}

fn xhtml_document(
    document: &Document,
    title: &str,
    css: &str,
    body_attrs: &str,
    body: &str,
) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" {}>\n<head>\n<meta charset=\"UTF-8\"/>\n<title>{}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"{css}\"/>\n</head>\n<body{body_attrs}>\n{body}</body>\n</html>\n",
        lang_attrs(document),
        escape(title)
    )
}

/// A front-matter document at the package root (cover, title page, nav).
fn frontmatter_page(document: &Document, title: &str, body: &str) -> String {
    xhtml_document(
        document,
        title,
        "style.css",
        " epub:type=\"frontmatter\"",
        body,
    )
}

/// Renders one language's EPUB.
pub fn render(
    document: &Document,
    assets: &dyn Assets,
    _options: &EpubOptions,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let image_url = |path: &str| format!("../{}", package_image(path));
    let flavour = Flavour {
        epub: true,
        chapter_extension: "xhtml",
        image_url: &image_url,
    };

    for chapter in &document.chapters {
        let body = ChapterWriter::new(document, chapter, &flavour).write();
        let body = format!(
            "<section epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"{CHAPTER_TITLE_ID}\">\n{body}</section>\n"
        );
        let page = xhtml_document(
            document,
            &chapter.title.plain(),
            "../style.css",
            " epub:type=\"bodymatter\"",
            &body,
        );
        entries.push((
            format!("EPUB/text/{}.xhtml", chapter.stem),
            page.into_bytes(),
        ));
    }

    let images = images_of(document);
    for image in &images {
        entries.push((
            format!("EPUB/{}", package_image(image)),
            super::image(assets, document, image)?,
        ));
    }
    entries.push((
        "EPUB/cover.png".into(),
        cover::png(document, assets).map_err(|e| vec![e])?,
    ));
    entries.push(("EPUB/cover.xhtml".into(), cover_page(document).into_bytes()));
    entries.push((
        "EPUB/titlepage.xhtml".into(),
        title_page(document).into_bytes(),
    ));
    entries.push((
        "EPUB/imprint.xhtml".into(),
        imprint_page(document).into_bytes(),
    ));
    entries.push(("EPUB/nav.xhtml".into(), nav(document).into_bytes()));
    entries.push(("EPUB/toc.ncx".into(), ncx(document).into_bytes()));
    let mut style = super::template(assets, "templates/epub/style.css")?
        .text
        .into_owned();
    let font_set = assets.fonts();
    let text: String = entries
        .iter()
        .filter(|(name, _)| name.ends_with(".xhtml"))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes))
        .collect();
    let fonts = super::webfonts::for_document(document, &font_set, "serif", &text);
    let mut font_items = Vec::new();
    if let Some(fonts) = &fonts {
        style.push_str(&fonts.css);
        for (name, media_type, bytes) in fonts.carried() {
            font_items.push((format!("fonts/{name}"), media_type));
            entries.push((format!("EPUB/fonts/{name}"), bytes.to_vec()));
        }
    }
    entries.push(("EPUB/style.css".into(), style.into_bytes()));
    entries.push((
        "EPUB/package.opf".into(),
        package(document, &images, &font_items).into_bytes(),
    ));
    entries.push((
        "META-INF/container.xml".into(),
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n<rootfiles>\n<rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n</rootfiles>\n</container>\n".to_vec(),
    ));
    let bytes = package_zip(entries).map_err(|e| {
        vec![Diagnostic::error(format!(
            "cannot write the EPUB archive: {e}"
        ))]
    })?;
    Ok(vec![OutputFile::new(
        Format::Epub.output_path(document),
        bytes,
    )])
}

/// The zip container: `mimetype` first and stored, the rest deflated in a
/// fixed order with fixed timestamps, so equal input gives equal bytes.
fn package_zip(mut entries: Vec<(String, Vec<u8>)>) -> zip::result::ZipResult<Vec<u8>> {
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let fixed = zip::write::SimpleFileOptions::default()
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    writer.start_file(
        "mimetype",
        fixed.compression_method(zip::CompressionMethod::Stored),
    )?;
    writer.write_all(b"application/epub+zip")?;
    for (name, bytes) in entries {
        writer.start_file(
            name,
            fixed
                .compression_method(zip::CompressionMethod::Deflated)
                .compression_level(Some(6)),
        )?;
        writer.write_all(&bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// The package document; `fonts` are the embedded fonts and their licences
/// (path in the package, media type).
fn package(document: &Document, images: &[String], fonts: &[(String, &str)]) -> String {
    let mut manifest = String::new();
    let mut spine = String::new();
    let mut item = |id: &str, href: &str, media: &str, properties: &str| {
        let props = if properties.is_empty() {
            String::new()
        } else {
            format!(" properties=\"{properties}\"")
        };
        let _ = writeln!(
            manifest,
            "<item id=\"{id}\" href=\"{}\" media-type=\"{media}\"{props}/>",
            escape(href)
        );
    };
    item("nav", "nav.xhtml", "application/xhtml+xml", "nav");
    item("ncx", "toc.ncx", "application/x-dtbncx+xml", "");
    item("style", "style.css", "text/css", "");
    item("cover", "cover.xhtml", "application/xhtml+xml", "");
    item("cover-image", "cover.png", "image/png", "cover-image");
    item("titlepage", "titlepage.xhtml", "application/xhtml+xml", "");
    item("imprint", "imprint.xhtml", "application/xhtml+xml", "");
    for chapter in &document.chapters {
        item(
            &format!("chapter-{}", chapter.stem),
            &format!("text/{}.xhtml", chapter.stem),
            "application/xhtml+xml",
            "",
        );
    }
    for (n, image) in images.iter().enumerate() {
        item(
            &format!("image-{}", n + 1),
            &package_image(image),
            image_media_type(image).unwrap_or("application/octet-stream"),
            "",
        );
    }
    for (n, (href, media_type)) in fonts.iter().enumerate() {
        item(&format!("font-{}", n + 1), href, media_type, "");
    }
    spine.push_str("<itemref idref=\"cover\" linear=\"no\"/>\n<itemref idref=\"titlepage\"/>\n<itemref idref=\"imprint\"/>\n<itemref idref=\"nav\"/>\n");
    for chapter in &document.chapters {
        let _ = writeln!(spine, "<itemref idref=\"chapter-{}\"/>", chapter.stem);
    }
    let creator = document.publisher.as_deref().unwrap_or(&document.title);
    let mut metadata = format!(
        "<dc:identifier id=\"book-id\">{}</dc:identifier>\n<dc:title>{}</dc:title>\n<dc:language>{}</dc:language>\n<dc:creator>{}</dc:creator>\n",
        identifier(document),
        escape(&document.title),
        escape(&document.language),
        escape(creator)
    );
    if let Some(publisher) = &document.publisher {
        let _ = writeln!(
            metadata,
            "<dc:publisher>{}</dc:publisher>",
            escape(publisher)
        );
    }
    if let Some(subtitle) = &document.subtitle {
        let _ = writeln!(
            metadata,
            "<dc:description>{}</dc:description>",
            escape(subtitle)
        );
    }
    if let Some(license) = &document.imprint.license {
        let _ = writeln!(
            metadata,
            "<dc:rights>{} ({})</dc:rights>",
            escape(&license.spdx),
            escape(&license.url)
        );
    }
    // The publication date is the edition's; the build date only marks
    // the file as modified.
    let published = document.imprint.publication_date.unwrap_or(document.date);
    let _ = writeln!(metadata, "<dc:date>{}</dc:date>", published.iso());
    let _ = writeln!(
        metadata,
        "<meta property=\"dcterms:modified\">{}T00:00:00Z</meta>",
        document.date.iso()
    );
    for mode in ["textual", "visual"] {
        let _ = writeln!(
            metadata,
            "<meta property=\"schema:accessMode\">{mode}</meta>"
        );
    }
    metadata.push_str("<meta property=\"schema:accessModeSufficient\">textual</meta>\n");
    for feature in [
        "structuralNavigation",
        "tableOfContents",
        "alternativeText",
        "readingOrder",
        "displayTransformability",
    ] {
        let _ = writeln!(
            metadata,
            "<meta property=\"schema:accessibilityFeature\">{feature}</meta>"
        );
    }
    metadata.push_str("<meta property=\"schema:accessibilityHazard\">none</meta>\n");
    let _ = writeln!(
        metadata,
        "<meta property=\"schema:accessibilitySummary\">{}</meta>",
        escape(document.ui("accessibility-summary"))
    );
    // The conformance is the publisher's own claim, from EPUBCheck and DAISY
    // Ace run on every build (.ci/run) and the summary says so: no
    // `a11y:certifiedBy`, which would name an evaluator that never looked.
    metadata.push_str(
        "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>\n",
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\" xml:lang=\"{lang}\" dir=\"{dir}\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n{metadata}</metadata>\n<manifest>\n{manifest}</manifest>\n<spine toc=\"ncx\" page-progression-direction=\"{dir}\">\n{spine}</spine>\n</package>\n",
        lang = escape(&document.language),
        dir = document.direction()
    )
}

/// Sections as a nested list by heading level (levels 2 and 3).
fn section_list(stem: &str, sections: &[Section], out: &mut String) {
    let sections: Vec<&Section> = sections.iter().filter(|s| s.level <= 3).collect();
    if sections.is_empty() {
        return;
    }
    out.push_str("<ol>\n");
    let mut open_sub = false;
    for (n, section) in sections.iter().enumerate() {
        let link = format!(
            "<a href=\"text/{stem}.xhtml#{}\">{}</a>",
            escape(&section.anchor),
            escape(&section.title.plain())
        );
        if section.level == 2 || n == 0 {
            if open_sub {
                out.push_str("</ol>\n");
                open_sub = false;
            }
            if n > 0 {
                out.push_str("</li>\n");
            }
            let _ = write!(out, "<li>{link}");
        } else {
            if !open_sub {
                out.push_str("\n<ol>\n");
                open_sub = true;
            }
            let _ = writeln!(out, "<li>{link}</li>");
        }
    }
    if open_sub {
        out.push_str("</ol>\n");
    }
    out.push_str("</li>\n</ol>\n");
}

fn nav(document: &Document) -> String {
    let contents = escape(document.ui("contents"));
    let mut body = format!(
        "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n<h1 id=\"toc-title\">{contents}</h1>\n<ol>\n"
    );
    // In spine order: the imprint stands behind the title page, before the chapters.
    let _ = writeln!(
        body,
        "<li><a href=\"imprint.xhtml\">{}</a></li>",
        escape(document.ui("imprint"))
    );
    for chapter in &document.chapters {
        let _ = writeln!(
            body,
            "<li><a href=\"text/{}.xhtml\">{}</a>",
            chapter.stem,
            escape(&chapter.title.plain())
        );
        section_list(&chapter.stem, &chapter.sections, &mut body);
        body.push_str("</li>\n");
    }
    body.push_str("</ol>\n</nav>\n");
    let first = document
        .chapters
        .first()
        .map(|c| format!("text/{}.xhtml", c.stem))
        .unwrap_or_else(|| "nav.xhtml".into());
    let _ = write!(
        body,
        "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>{}</h2>\n<ol>\n<li><a epub:type=\"cover\" href=\"cover.xhtml\">{}</a></li>\n<li><a epub:type=\"titlepage\" href=\"titlepage.xhtml\">{}</a></li>\n<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">{contents}</a></li>\n<li><a epub:type=\"bodymatter\" href=\"{first}\">{}</a></li>\n</ol>\n</nav>\n",
        escape(document.ui("contents")),
        escape(document.ui("cover")),
        escape(document.ui("title-page")),
        escape(document.ui("start-reading")),
    );
    frontmatter_page(document, document.ui("contents"), &body)
}

fn ncx(document: &Document) -> String {
    let mut points = String::new();
    let mut order = 0;
    for chapter in &document.chapters {
        order += 1;
        let _ = writeln!(
            points,
            "<navPoint id=\"nav-{order}\" playOrder=\"{order}\"><navLabel><text>{}</text></navLabel><content src=\"text/{}.xhtml\"/>",
            escape(&chapter.title.plain()),
            chapter.stem
        );
        for section in chapter.sections.iter().filter(|s| s.level == 2) {
            order += 1;
            let _ = writeln!(
                points,
                "<navPoint id=\"nav-{order}\" playOrder=\"{order}\"><navLabel><text>{}</text></navLabel><content src=\"text/{}.xhtml#{}\"/></navPoint>",
                escape(&section.title.plain()),
                chapter.stem,
                escape(&section.anchor)
            );
        }
        points.push_str("</navPoint>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"{}\">\n<head>\n<meta name=\"dtb:uid\" content=\"{}\"/>\n<meta name=\"dtb:depth\" content=\"2\"/>\n<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n<docTitle><text>{}</text></docTitle>\n<navMap>\n{points}</navMap>\n</ncx>\n",
        escape(&document.language),
        identifier(document),
        escape(&document.title)
    )
}

fn cover_page(document: &Document) -> String {
    let body = format!(
        "<section class=\"cover\" epub:type=\"cover\" role=\"region\" aria-label=\"{}\">\n<img src=\"cover.png\" alt=\"{}\"/>\n</section>\n",
        escape(document.ui("cover")),
        escape(&document.title)
    );
    frontmatter_page(document, &document.title, &body)
}

fn title_page(document: &Document) -> String {
    let mut body = String::from(
        "<section class=\"titlepage\" epub:type=\"titlepage\" aria-labelledby=\"book-title\">\n",
    );
    if let Some(cover) = &document.cover_image {
        let _ = writeln!(
            body,
            "<p><img class=\"emblem\" src=\"{}\" alt=\"{}\"/></p>",
            escape(&package_image(cover)),
            escape(document.ui("cover-image-alt"))
        );
    }
    let _ = writeln!(
        body,
        "<h1 id=\"book-title\">{}</h1>",
        escape(&document.title)
    );
    if let Some(subtitle) = &document.subtitle {
        let _ = writeln!(body, "<p class=\"subtitle\">{}</p>", escape(subtitle));
    }
    if let Some(publisher) = &document.publisher {
        let _ = writeln!(body, "<p class=\"publisher\">{}</p>", escape(publisher));
    }
    let edition: Vec<String> = [
        &document.imprint.edition,
        &document.imprint.publication_date_text,
    ]
    .into_iter()
    .flatten()
    .map(|t| escape(t))
    .collect();
    if !edition.is_empty() {
        let _ = writeln!(body, "<p class=\"edition\">{}</p>", edition.join(" · "));
    }
    funding_block(document, &mut body);
    for notice in [&document.funding_notice, &document.disclaimer]
        .into_iter()
        .flatten()
    {
        let _ = writeln!(body, "<p class=\"notice\">{}</p>", escape(notice));
    }
    body.push_str("</section>\n");
    frontmatter_page(document, &document.title, &body)
}

/// The funder's emblem and the funding statement side by side.
fn funding_block(document: &Document, body: &mut String) {
    if document.emblem.is_none() && document.funding_statement.is_none() {
        return;
    }
    body.push_str("<p class=\"funding\">");
    if let Some(emblem) = &document.emblem {
        let _ = write!(
            body,
            "<img class=\"funding-emblem\" src=\"{}\" alt=\"{}\"/>",
            escape(&package_image(emblem)),
            escape(document.ui("cover-image-alt"))
        );
    }
    if let Some(statement) = &document.funding_statement {
        let _ = write!(
            body,
            " <span class=\"funding-statement\">{}</span>",
            escape(statement)
        );
    }
    body.push_str("</p>\n");
}

/// "About this edition": the imprint's lines as a definition list.
fn imprint_page(document: &Document) -> String {
    let title = document.ui("imprint");
    let mut body = format!(
        "<section class=\"imprint\" epub:type=\"colophon\" role=\"doc-colophon\" aria-labelledby=\"imprint-title\">\n<h1 id=\"imprint-title\">{}</h1>\n<p><cite>{}</cite>",
        escape(title),
        escape(&document.title)
    );
    if let Some(subtitle) = &document.subtitle {
        let _ = write!(body, ": {}", escape(subtitle));
    }
    body.push_str("</p>\n");
    let lines = document.imprint.lines(|id| document.ui(id).to_owned());
    if !lines.is_empty() {
        body.push_str("<dl>\n");
        for line in lines {
            let value = match &line.url {
                Some(url) => format!(
                    "<a href=\"{0}\">{1}</a> ({0})",
                    escape(url),
                    escape(&line.value)
                ),
                None => escape(&line.value),
            };
            let _ = writeln!(body, "<dt>{}</dt>\n<dd>{value}</dd>", escape(&line.label));
        }
        body.push_str("</dl>\n");
    }
    if let Some(publisher) = &document.publisher {
        let _ = writeln!(body, "<p class=\"publisher\">{}</p>", escape(publisher));
    }
    body.push_str("</section>\n");
    frontmatter_page(document, title, &body)
}
