//! The one XHTML writer shared by the website and the EPUB: blocks and inlines
//! of a [`Document`] chapter as well-formed markup that is also valid HTML5.
//! All text is escaped here; nothing from a translation reaches the output as
//! markup.

use std::collections::HashMap;
use std::fmt::Write as _;

pub use crate::document::image_media_type;
use crate::document::{
    Align, CHAPTER_TITLE_ID, DocBlock, DocChapter, Document, Inline, Target, Text,
};
use crate::page_ids;

/// Escapes text content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 forbids.
            c if is_forbidden_in_xml(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn is_forbidden_in_xml(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Which flavour of markup and links to write.
pub struct Flavour<'a> {
    /// EPUB: `epub:type` attributes, asides for notes and alerts, `xml:lang`.
    pub epub: bool,
    /// File extension of chapter documents (`html` or `xhtml`).
    pub chapter_extension: &'a str,
    /// Maps a project-relative image path to its URL from a chapter document.
    pub image_url: &'a dyn Fn(&str) -> String,
}

/// Writes one chapter's body (title, blocks, footnotes).
pub struct ChapterWriter<'a> {
    document: &'a Document,
    chapter: &'a DocChapter,
    flavour: &'a Flavour<'a>,
    out: String,
    /// How many times each footnote was referenced so far (for unique ids).
    references: HashMap<usize, usize>,
}

impl<'a> ChapterWriter<'a> {
    pub fn new(document: &'a Document, chapter: &'a DocChapter, flavour: &'a Flavour<'a>) -> Self {
        ChapterWriter {
            document,
            chapter,
            flavour,
            out: String::new(),
            references: HashMap::new(),
        }
    }

    /// The chapter as markup: `<h1>`, the blocks, then the footnotes.
    pub fn write(mut self) -> String {
        let title = &self.chapter.title;
        let lang = self.lang_attrs(title);
        let _ = write!(self.out, "<h1 id=\"{CHAPTER_TITLE_ID}\"{lang}>");
        // The chapter's number, as the PDF prints it over the title.
        let label = self.document.numbered("chapter-label", self.chapter.number);
        let _ = write!(
            self.out,
            "<span class=\"chapter-label\"{}>{}:</span> ",
            self.ui_lang(title),
            escape(&label)
        );
        self.inlines(&title.inlines);
        self.out.push_str("</h1>\n");
        let blocks = &self.chapter.blocks;
        self.blocks(blocks);
        self.footnotes();
        self.out
    }

    /// The language of `text` when it fell back to another one (with its
    /// direction when that differs from the page's).
    fn lang_attrs(&self, text: &Text) -> String {
        match &text.fallback_language {
            Some(lang) => self.language_attrs(lang, self.document.direction()),
            None => String::new(),
        }
    }

    /// The document's language on an interface string set inside `text`
    /// when `text` fell back to another language.
    fn ui_lang(&self, text: &Text) -> String {
        match &text.fallback_language {
            Some(_) => {
                self.language_attrs(&self.document.language, self.document.direction_of(text))
            }
            None => String::new(),
        }
    }

    /// ` lang` (and `xml:lang` in the EPUB) for `lang`, and its `dir` when it
    /// is written the other way from the text around it (`around`).
    fn language_attrs(&self, lang: &str, around: &str) -> String {
        let lang_dir = crate::document::language_direction(lang);
        let dir = if lang_dir == around {
            String::new()
        } else {
            format!(" dir=\"{lang_dir}\"")
        };
        let lang = escape(lang);
        if self.flavour.epub {
            format!(" lang=\"{lang}\" xml:lang=\"{lang}\"{dir}")
        } else {
            format!(" lang=\"{lang}\"{dir}")
        }
    }

    /// ` dir="ltr"` in a right-to-left document, for code and addresses that
    /// are read left to right (isolated from the text around them).
    fn isolated_ltr(&self) -> &'static str {
        if self.document.direction() == "rtl" {
            " dir=\"ltr\""
        } else {
            ""
        }
    }

    fn blocks(&mut self, blocks: &[DocBlock]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn text_element(&mut self, tag: &str, attrs: &str, text: &Text) {
        let lang = self.lang_attrs(text);
        let _ = write!(self.out, "<{tag}{attrs}{lang}>");
        self.inlines(&text.inlines);
        let _ = writeln!(self.out, "</{tag}>");
    }

    fn block(&mut self, block: &DocBlock) {
        match block {
            DocBlock::Heading {
                level,
                anchor,
                text,
            } => {
                let level = (*level).clamp(2, 6);
                self.text_element(
                    &format!("h{level}"),
                    &format!(" id=\"{}\"", escape(anchor)),
                    text,
                );
            }
            DocBlock::Paragraph(text) => self.text_element("p", "", text),
            DocBlock::Figure {
                image,
                alt,
                caption,
                number,
                ..
            } => {
                let src = (self.flavour.image_url)(image);
                let alt_lang = self.lang_attrs(alt);
                if self.flavour.epub {
                    let _ = write!(
                        self.out,
                        "<figure>\n<img src=\"{}\" alt=\"{}\"{alt_lang}{}\n",
                        escape(&src),
                        escape(&alt.plain()),
                        self.void_end()
                    );
                } else {
                    // On the web the figure opens full size: a plain link to the image.
                    let _ = writeln!(
                        self.out,
                        "<figure>\n<a class=\"figure-link\" href=\"{src}\"><img src=\"{src}\" alt=\"{}\"{alt_lang}{} <span class=\"full-size\">{}</span></a>",
                        escape(&alt.plain()),
                        self.void_end(),
                        escape(self.document.ui("figure-full-size")),
                        src = escape(&src),
                    );
                }
                if let Some(caption) = caption {
                    self.caption("figcaption", "figure", caption, *number);
                }
                self.out.push_str("</figure>\n");
            }
            DocBlock::List {
                start,
                items,
                tasks,
            } => {
                let tag = if start.is_some() { "ol" } else { "ul" };
                let class = if tasks.is_empty() {
                    ""
                } else {
                    " class=\"tasks\""
                };
                let digits = if start.is_some() {
                    self.list_digits()
                } else {
                    String::new()
                };
                match start {
                    Some(n) if *n != 1 => {
                        let _ = writeln!(self.out, "<ol{class}{digits} start=\"{n}\">");
                    }
                    _ => {
                        let _ = writeln!(self.out, "<{tag}{class}{digits}>");
                    }
                }
                for (n, item) in items.iter().enumerate() {
                    self.out.push_str(match tasks.get(n) {
                        Some(Some(true)) => "<li class=\"task done\">",
                        Some(Some(false)) => "<li class=\"task\">",
                        _ => "<li>",
                    });
                    // A tight item's single paragraph is written without <p>.
                    match item.as_slice() {
                        [DocBlock::Paragraph(text)] => {
                            let lang = self.lang_attrs(text);
                            if lang.is_empty() {
                                self.inlines(&text.inlines);
                            } else {
                                let _ = write!(self.out, "<span{lang}>");
                                self.inlines(&text.inlines);
                                self.out.push_str("</span>");
                            }
                        }
                        blocks => {
                            self.out.push('\n');
                            self.blocks(blocks);
                        }
                    }
                    self.out.push_str("</li>\n");
                }
                let _ = writeln!(self.out, "</{tag}>");
            }
            DocBlock::Quote(blocks) => {
                self.out.push_str("<blockquote>\n");
                self.blocks(blocks);
                self.out.push_str("</blockquote>\n");
            }
            DocBlock::Alert {
                kind,
                label,
                blocks,
            } => {
                let class = kind.class();
                if self.flavour.epub {
                    let _ = writeln!(
                        self.out,
                        "<aside class=\"alert alert-{class}\" role=\"note\" aria-label=\"{}\">",
                        escape(label)
                    );
                } else {
                    let _ = writeln!(
                        self.out,
                        "<div class=\"alert alert-{class}\" role=\"note\" aria-label=\"{}\">",
                        escape(label)
                    );
                }
                let _ = writeln!(self.out, "<p class=\"alert-label\">{}</p>", escape(label));
                self.blocks(blocks);
                self.out.push_str(if self.flavour.epub {
                    "</aside>\n"
                } else {
                    "</div>\n"
                });
            }
            DocBlock::Code { language, text } => {
                match language {
                    Some(language) => {
                        let _ = write!(
                            self.out,
                            "<pre><code class=\"language-{}\">",
                            escape(&language.replace(char::is_whitespace, "-"))
                        );
                    }
                    None => self.out.push_str("<pre><code>"),
                }
                self.out.push_str(&escape(text));
                self.out.push_str("</code></pre>\n");
            }
            DocBlock::Table {
                aligns,
                header,
                rows,
                row_anchors,
                caption,
                number,
            } => {
                // On the web a table of three or more columns with a header
                // reflows on a phone: each row a card, each cell labelled
                // with its column's header.
                let reflow = !self.flavour.epub && header.len() >= 3;
                if self.flavour.epub {
                    self.out.push_str("<div class=\"table-wrap\">\n<table>\n");
                } else {
                    // Focusable and named, so a table that scrolls sideways on a phone can be reached.
                    let name = match (caption, number) {
                        (Some(caption), Some(number)) => format!(
                            "{}: {}",
                            self.document.numbered("table-label", *number),
                            caption.plain()
                        ),
                        _ => self.document.ui("table").to_owned(),
                    };
                    let _ = writeln!(
                        self.out,
                        "<div class=\"table-wrap{}\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">\n<table>",
                        if reflow { " reflow" } else { "" },
                        escape(&name)
                    );
                }
                if let Some(caption) = caption {
                    self.caption("caption", "table", caption, *number);
                }
                if !header.is_empty() {
                    self.out.push_str("<thead>\n<tr>");
                    for (n, cell) in header.iter().enumerate() {
                        let attrs = format!(" scope=\"col\"{}", align_class(aligns.get(n)));
                        self.cell("th", &attrs, cell);
                    }
                    self.out.push_str("</tr>\n</thead>\n");
                }
                self.out.push_str("<tbody>\n");
                for (row, anchor) in rows.iter().zip(row_anchors) {
                    match anchor {
                        Some(anchor) => {
                            let _ = write!(self.out, "<tr id=\"{}\">", escape(anchor));
                        }
                        None => self.out.push_str("<tr>"),
                    }
                    for (n, cell) in row.iter().enumerate() {
                        let mut attrs = align_class(aligns.get(n));
                        if let Some(label) = header.get(n).filter(|_| reflow) {
                            let _ = write!(attrs, " data-label=\"{}\"", escape(&label.plain()));
                        }
                        self.cell("td", &attrs, cell);
                    }
                    self.out.push_str("</tr>\n");
                }
                self.out.push_str("</tbody>\n</table>\n</div>\n");
            }
            DocBlock::Rule => {
                let _ = writeln!(self.out, "<hr{}", self.void_end());
            }
        }
    }

    /// A figure's or table's caption (`kind` names its label: `figure-label`),
    /// led by its number when it has one ("Figure 2:", "2. táblázat:").
    fn caption(&mut self, tag: &str, kind: &str, caption: &Text, number: Option<usize>) {
        let lang = self.lang_attrs(caption);
        let _ = write!(self.out, "<{tag}{lang}>");
        if let Some(number) = number {
            let label = self.document.numbered(&format!("{kind}-label"), number);
            let _ = write!(
                self.out,
                "<span class=\"{kind}-label\"{}>{}:</span> ",
                self.ui_lang(caption),
                escape(&label)
            );
        }
        self.inlines(&caption.inlines);
        let _ = writeln!(self.out, "</{tag}>");
    }

    fn cell(&mut self, tag: &str, attrs: &str, text: &Text) {
        let lang = self.lang_attrs(text);
        let _ = write!(self.out, "<{tag}{attrs}{lang}>");
        self.inlines(&text.inlines);
        let _ = write!(self.out, "</{tag}>");
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text(t) => self.out.push_str(&escape(t)),
                Inline::Emphasis(c) => self.wrap("em", c),
                Inline::Strong(c) => self.wrap("strong", c),
                Inline::Strikethrough(c) => self.wrap("del", c),
                Inline::Code(t) => {
                    let _ = write!(
                        self.out,
                        "<code{}>{}</code>",
                        self.isolated_ltr(),
                        escape(t)
                    );
                }
                Inline::Link { target, children } => match self.href(target) {
                    Some(href) => {
                        // A glossary term's link (DPUB-ARIA and EPUB's glossref).
                        let kind = match (target, self.flavour.epub) {
                            (Target::Glossary { .. }, true) => {
                                " epub:type=\"glossref\" role=\"doc-glossref\""
                            }
                            (Target::Glossary { .. }, false) => " role=\"doc-glossref\"",
                            _ => "",
                        };
                        // An address shown as the link's text reads left to right in any text.
                        let text = crate::document::plain_text(children);
                        let dir = if text.contains("://")
                            || text.starts_with("www.")
                            || text.contains('@')
                        {
                            self.isolated_ltr()
                        } else {
                            ""
                        };
                        let _ = write!(self.out, "<a href=\"{}\"{kind}{dir}>", escape(&href));
                        self.inlines(children);
                        self.out.push_str("</a>");
                    }
                    None => self.inlines(children),
                },
                Inline::Image { src, alt } => {
                    let url = (self.flavour.image_url)(src);
                    let _ = write!(
                        self.out,
                        "<img src=\"{}\" alt=\"{}\"{}",
                        escape(&url),
                        escape(alt),
                        self.void_end()
                    );
                }
                Inline::FootnoteRef { number } => {
                    let count = self.references.entry(*number).or_insert(0);
                    *count += 1;
                    let id = page_ids::footnote_ref_id(*number, *count);
                    let shown = self.document.number(*number);
                    let label = self.document.ui("footnote-ref").replace("{number}", &shown);
                    let epub = if self.flavour.epub {
                        " epub:type=\"noteref\""
                    } else {
                        ""
                    };
                    let _ = write!(
                        self.out,
                        "<sup><a href=\"#{}\" id=\"{id}\" role=\"doc-noteref\"{epub} aria-label=\"{}\">{shown}</a></sup>",
                        page_ids::footnote_id(*number),
                        escape(&label)
                    );
                }
                Inline::LineBreak => {
                    let end = self.void_end();
                    let _ = write!(self.out, "<br{end}");
                }
            }
        }
    }

    /// ` style="list-style-type: …"` for a numbered list in a language that
    /// writes other digits than 0–9 (Arabic, Persian), else nothing.
    fn list_digits(&self) -> String {
        self.document
            .digits()
            .css_list_style()
            .map(|style| format!(" style=\"list-style-type: {style}\""))
            .unwrap_or_default()
    }

    /// How a void element ends: XML needs `/>`, HTML prefers `>`.
    fn void_end(&self) -> &'static str {
        if self.flavour.epub { "/>" } else { ">" }
    }

    fn wrap(&mut self, tag: &str, children: &[Inline]) {
        let _ = write!(self.out, "<{tag}>");
        self.inlines(children);
        let _ = write!(self.out, "</{tag}>");
    }

    /// The link's URL, or None when it points to no chapter of this book
    /// (the source check reports those; the text stays, unlinked).
    fn href(&self, target: &Target) -> Option<String> {
        Some(match target {
            Target::External(url) => encode_url(url),
            Target::Glossary { stem, anchor } => {
                self.document.chapter(stem)?;
                format!("{}#{}", self.page(stem), encode_fragment(anchor))
            }
            Target::Internal { stem, anchor } => {
                let chapter = self.document.chapter(stem)?;
                let anchor = anchor
                    .clone()
                    .filter(|a| chapter.sections.iter().any(|s| s.anchor == *a));
                let page = self.page(stem);
                match anchor {
                    Some(a) => format!("{page}#{}", encode_fragment(&a)),
                    None if page.is_empty() => format!("#{CHAPTER_TITLE_ID}"),
                    None => page,
                }
            }
        })
    }

    /// The URL of a chapter's page from this one (empty for this one).
    fn page(&self, stem: &str) -> String {
        if stem == self.chapter.stem {
            String::new()
        } else {
            format!("{stem}.{}", self.flavour.chapter_extension)
        }
    }

    fn footnotes(&mut self) {
        let footnotes = &self.chapter.footnotes;
        if footnotes.is_empty() {
            return;
        }
        let heading = escape(self.document.ui("footnotes"));
        let back = escape(self.document.ui("footnote-back"));
        if self.flavour.epub {
            let _ = writeln!(
                self.out,
                "<section class=\"footnotes\" epub:type=\"footnotes\" aria-labelledby=\"footnotes-title\">\n<h2 id=\"footnotes-title\">{heading}</h2>"
            );
        } else {
            let _ = writeln!(
                self.out,
                "<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"footnotes-title\">\n<h2 id=\"footnotes-title\">{heading}</h2>\n<ol{}>",
                self.list_digits()
            );
        }
        for footnote in footnotes {
            let number = footnote.number;
            let referenced = self.references.contains_key(&number);
            if self.flavour.epub {
                let _ = writeln!(
                    self.out,
                    "<aside id=\"{}\" epub:type=\"footnote\" role=\"doc-footnote\">",
                    page_ids::footnote_id(number)
                );
            } else {
                let _ = writeln!(self.out, "<li id=\"{}\">", page_ids::footnote_id(number));
            }
            let mut blocks = footnote.blocks.clone();
            // The number (EPUB) and the back link go inside the note's first paragraph.
            if let Some(DocBlock::Paragraph(text)) = blocks.first_mut() {
                let inlines = std::mem::take(&mut text.inlines);
                let lang = self.lang_attrs(text);
                let _ = write!(self.out, "<p{lang}>");
                if self.flavour.epub {
                    let shown = self.document.number(number);
                    let _ = write!(self.out, "<span class=\"fn-number\">{shown}.</span> ");
                }
                self.inlines(&inlines);
                if referenced {
                    let _ = write!(
                        self.out,
                        " <a href=\"#{}\" role=\"doc-backlink\" aria-label=\"{back}\">↩</a>",
                        page_ids::footnote_ref_id(number, 1)
                    );
                }
                self.out.push_str("</p>\n");
                blocks.remove(0);
            }
            self.blocks(&blocks);
            self.out.push_str(if self.flavour.epub {
                "</aside>\n"
            } else {
                "</li>\n"
            });
        }
        self.out.push_str(if self.flavour.epub {
            "</section>\n"
        } else {
            "</ol>\n</section>\n"
        });
    }
}

fn align_class(align: Option<&Align>) -> String {
    match align {
        Some(Align::Left) => " class=\"align-left\"".into(),
        Some(Align::Center) => " class=\"align-center\"".into(),
        Some(Align::Right) => " class=\"align-right\"".into(),
        _ => String::new(),
    }
}

/// Percent-encodes the ASCII characters a URL may not hold as they are
/// (spaces, quotes, brackets outside the host, ...); the rest stays readable.
pub fn encode_url(url: &str) -> String {
    let host_end = url.find("://").map_or(0, |i| {
        let rest = &url[i + 3..];
        i + 3 + rest.find(['/', '?', '#']).unwrap_or(rest.len())
    });
    let mut out = String::with_capacity(url.len());
    for (i, c) in url.char_indices() {
        let bracket_in_host = i < host_end && matches!(c, '[' | ']');
        let not_allowed = matches!(
            c,
            ' ' | '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' | '[' | ']'
        ) && !bracket_in_host;
        if not_allowed || c.is_ascii_control() {
            let _ = write!(out, "%{:02X}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Percent-encodes what may not stand in a URL fragment.
pub fn encode_fragment(fragment: &str) -> String {
    let mut out = String::new();
    for byte in fragment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// The output path of a project image, relative to a language's folder.
pub fn image_output_path(project_path: &str) -> String {
    match project_path.strip_prefix("handbook/") {
        Some(rest) => rest.to_owned(),
        None => format!("files/{project_path}"),
    }
}

/// Every image a document uses, project-relative, sorted and unique.
pub fn images_of(document: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for block in document.blocks() {
        // A figure's alt text is written as plain text: images in it are not shown.
        let skip = match block {
            DocBlock::Figure { image, .. } => {
                out.push(image.clone());
                1
            }
            _ => 0,
        };
        for text in block.texts().into_iter().skip(skip) {
            for inline in text.walk() {
                if let Inline::Image { src, .. } = inline {
                    out.push(src.clone());
                }
            }
        }
    }
    out.extend(document.cover_image.iter().cloned());
    out.extend(document.emblem.iter().cloned());
    out.sort();
    out.dedup();
    out.retain(|p| image_media_type(p).is_some());
    out
}
