//! Inline Markdown of a resolved message → an inline tree. Messages are parsed
//! as a lone paragraph: text that would start a block (`# `, `- `, `1. `, `>`,
//! ...) is escaped first, so a translation can never turn into other blocks.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::source::{LinkTarget, markdown_options};

/// An inline element of the language-resolved document.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Strikethrough(Vec<Inline>),
    Code(String),
    Link {
        target: Target,
        children: Vec<Inline>,
    },
    /// `src` is project-relative.
    Image {
        src: String,
        alt: String,
    },
    FootnoteRef {
        number: usize,
    },
    LineBreak,
}

/// A resolved link target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    External(String),
    /// A chapter (by file stem) and optionally a heading anchor in it.
    Internal {
        stem: String,
        anchor: Option<String>,
    },
    /// A glossary term's entry: a chapter and the anchor of the entry's
    /// table row (see [`super::glossary`]).
    Glossary {
        stem: String,
        anchor: String,
    },
}

/// What the parser needs to know about the chapter a message belongs to.
pub struct InlineContext<'a> {
    pub chapter_stem: &'a str,
    /// Project-relative folder of the chapter file (for image paths).
    pub chapter_dir: &'a str,
    /// Footnote labels, in numbering order.
    pub footnotes: &'a [String],
    /// When set, images must be files of this project that the outputs can embed.
    pub project_root: Option<&'a std::path::Path>,
}

/// Escapes what would make a line of `text` start a block other than a paragraph.
pub fn protect_block_syntax(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let line = line.trim_start_matches([' ', '\t']);
        out.push_str(&protect_line(line, n == 0));
    }
    out
}

fn protect_line(line: &str, first_line: bool) -> String {
    let bytes = line.as_bytes();
    let Some(&first) = bytes.first() else {
        return String::new();
    };
    let followed_by_space = |i: usize| bytes.get(i).is_none_or(|b| *b == b' ' || *b == b'\t');
    let escape_first = match first {
        b'#' => {
            let hashes = bytes.iter().take_while(|b| **b == b'#').count();
            hashes <= 6 && followed_by_space(hashes)
        }
        b'>' => true,
        b'-' | b'+' | b'*' | b'_' | b'=' => {
            followed_by_space(1) || {
                let rest: Vec<u8> = bytes
                    .iter()
                    .copied()
                    .filter(|b| !b.is_ascii_whitespace())
                    .collect();
                rest.len() >= 2 && rest.iter().all(|b| *b == first)
            }
        }
        b'`' | b'~' => bytes.iter().take_while(|b| **b == first).count() >= 3,
        b'<' => starts_html_block(line, first_line),
        b'[' => {
            // A link reference or footnote definition: `[label]: ...`.
            line.find("]:").is_some_and(|i| !line[1..i].contains(']'))
        }
        b'|' => true,
        _ => false,
    };
    if escape_first {
        return format!("\\{line}");
    }
    // An ordered list marker: up to nine digits, then `.` or `)` and a space.
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && followed_by_space(digits + 1)
    {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_owned()
}

/// Block-level tag names of CommonMark's HTML blocks (kind 6).
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "base",
    "basefont",
    "blockquote",
    "body",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "iframe",
    "legend",
    "li",
    "link",
    "main",
    "menu",
    "menuitem",
    "nav",
    "noframes",
    "ol",
    "optgroup",
    "option",
    "p",
    "param",
    "search",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
];

/// Whether a line starting with `<` would open an HTML block. Only kinds 1-6
/// can interrupt a paragraph; on the first line a lone tag (kind 7) can too.
fn starts_html_block(line: &str, first_line: bool) -> bool {
    let lower = line.to_ascii_lowercase();
    if ["<!--", "<?", "<![cdata["]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if lower.starts_with("<!") && lower[2..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return true;
    }
    let name_start = if lower.starts_with("</") { 2 } else { 1 };
    let name: String = lower[name_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let after = &lower[name_start + name.len()..];
    let ends_name =
        after.is_empty() || after.starts_with([' ', '\t', '>']) || after.starts_with("/>");
    if ["script", "pre", "style", "textarea"].contains(&name.as_str())
        && name_start == 1
        && ends_name
    {
        return true;
    }
    if BLOCK_TAGS.contains(&name.as_str()) && ends_name {
        return true;
    }
    // Kind 7: a lone complete tag on the line (only a first line can start it).
    let trimmed = lower.trim_end();
    first_line && !name.is_empty() && trimmed.ends_with('>') && trimmed.matches('>').count() == 1
}

/// Footnote labels referenced as `[^label]` in `text`.
fn footnote_labels(text: &str) -> Vec<&str> {
    let mut labels = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[^") {
        let after = &rest[start + 2..];
        match after.find(']') {
            Some(end) if end > 0 && !after[..end].contains(char::is_whitespace) => {
                labels.push(&after[..end]);
                rest = &after[end..];
            }
            _ => rest = after,
        }
    }
    labels
}

/// Parses a message's inline Markdown.
pub fn parse_inlines(text: &str, context: &InlineContext) -> Vec<Inline> {
    let mut markdown = protect_block_syntax(text);
    // References need definitions to be recognized; these produce no inlines.
    let labels = footnote_labels(&markdown)
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    for label in &labels {
        markdown.push_str(&format!("\n\n[^{label}]: x"));
    }
    let mut stack: Vec<(Option<Tag>, Vec<Inline>)> = vec![(None, Vec::new())];
    let mut in_definition = 0usize;
    let mut blocks_seen = 0usize;
    for event in Parser::new_ext(&markdown, markdown_options()) {
        if in_definition > 0 {
            match event {
                Event::Start(_) => in_definition += 1,
                Event::End(_) => in_definition -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::FootnoteDefinition(_)) => in_definition = 1,
            Event::Start(
                tag @ (Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. }),
            ) => {
                stack.push((Some(tag), Vec::new()));
            }
            Event::Start(Tag::Superscript | Tag::Subscript) => stack.push((None, Vec::new())),
            Event::Start(_) => {
                // A block: only a paragraph is expected; separate any others by a space.
                blocks_seen += 1;
                if blocks_seen > 1 {
                    push(&mut stack, Inline::Text(" ".into()));
                }
            }
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::Superscript
                | TagEnd::Subscript,
            ) => {
                let (tag, children) = stack.pop().expect("balanced events");
                let inline = match tag {
                    Some(Tag::Emphasis) => Inline::Emphasis(children),
                    Some(Tag::Strong) => Inline::Strong(children),
                    Some(Tag::Strikethrough) => Inline::Strikethrough(children),
                    Some(Tag::Link { dest_url, .. }) => match resolve_target(&dest_url, context) {
                        Some(target) => Inline::Link { target, children },
                        None => {
                            children.into_iter().for_each(|c| push(&mut stack, c));
                            continue;
                        }
                    },
                    Some(Tag::Image { dest_url, .. }) => {
                        let alt = plain_text(&children);
                        match resolve_image(&dest_url, context) {
                            Some(src) => Inline::Image { src, alt },
                            None => Inline::Text(alt),
                        }
                    }
                    _ => {
                        children.into_iter().for_each(|c| push(&mut stack, c));
                        continue;
                    }
                };
                push(&mut stack, inline);
            }
            Event::End(_) => {}
            Event::Text(t) => push(&mut stack, Inline::Text(t.into_string())),
            Event::Code(t) => push(&mut stack, Inline::Code(t.into_string())),
            Event::SoftBreak => push(&mut stack, Inline::Text(" ".into())),
            Event::HardBreak => push(&mut stack, Inline::LineBreak),
            Event::FootnoteReference(label) => {
                let inline = match context.footnotes.iter().position(|l| **l == *label) {
                    Some(index) => Inline::FootnoteRef { number: index + 1 },
                    None => Inline::Text(format!("[^{label}]")),
                };
                push(&mut stack, inline);
            }
            Event::InlineHtml(html) | Event::Html(html) => {
                let tag = html.trim().to_ascii_lowercase();
                if matches!(tag.as_str(), "<br>" | "<br/>" | "<br />") {
                    push(&mut stack, Inline::LineBreak);
                }
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                push(&mut stack, Inline::Text(t.into_string()))
            }
            Event::TaskListMarker(done) => push(
                &mut stack,
                Inline::Text(if done { "[x] " } else { "[ ] " }.into()),
            ),
            Event::Rule => {}
        }
    }
    while stack.len() > 1 {
        let (_, children) = stack.pop().expect("non-empty");
        children.into_iter().for_each(|c| push(&mut stack, c));
    }
    let mut inlines = stack.pop().map(|(_, c)| c).unwrap_or_default();
    trim_edges(&mut inlines);
    inlines
}

fn push(stack: &mut [(Option<Tag>, Vec<Inline>)], inline: Inline) {
    let children = &mut stack.last_mut().expect("root").1;
    if let (Inline::Text(new), Some(Inline::Text(last))) = (&inline, children.last_mut()) {
        last.push_str(new);
        return;
    }
    children.push(inline);
}

fn trim_edges(inlines: &mut Vec<Inline>) {
    if let Some(Inline::Text(t)) = inlines.first_mut() {
        *t = t.trim_start().to_owned();
    }
    if let Some(Inline::Text(t)) = inlines.last_mut() {
        *t = t.trim_end().to_owned();
    }
    inlines.retain(|i| !matches!(i, Inline::Text(t) if t.is_empty()));
}

fn resolve_target(dest: &str, context: &InlineContext) -> Option<Target> {
    match LinkTarget::classify(dest) {
        LinkTarget::External(url) => Some(Target::External(url)),
        LinkTarget::Chapter { stem, anchor } => Some(Target::Internal { stem, anchor }),
        LinkTarget::Anchor(anchor) => Some(Target::Internal {
            stem: context.chapter_stem.to_owned(),
            anchor: Some(anchor),
        }),
        LinkTarget::Invalid(_) => None,
    }
}

fn resolve_image(dest: &str, context: &InlineContext) -> Option<String> {
    if dest.contains(':') || dest.starts_with('/') || dest.starts_with('\\') {
        return None;
    }
    let mut parts: Vec<&str> = context
        .chapter_dir
        .split('/')
        .filter(|p| !p.is_empty())
        .collect();
    for part in dest.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    let path = parts.join("/");
    if let Some(root) = context.project_root {
        let embeddable = image_media_type(&path).is_some();
        if !embeddable || !root.join(&path).is_file() {
            return None;
        }
    }
    Some(path)
}

pub use crate::media::image_media_type;

/// The text of inlines without markup (alt text, outlines, search).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    collect_plain(inlines, &mut out);
    out
}

fn collect_plain(inlines: &[Inline], out: &mut String) {
    for inline in Inline::walk(inlines) {
        match inline {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Image { alt, .. } => out.push_str(alt),
            Inline::LineBreak => out.push(' '),
            // Containers: their children come next in the walk.
            Inline::Emphasis(_)
            | Inline::Strong(_)
            | Inline::Strikethrough(_)
            | Inline::Link { .. }
            | Inline::FootnoteRef { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Inline> {
        let footnotes = vec!["a".to_owned()];
        parse_inlines(
            text,
            &InlineContext {
                chapter_stem: "01-x",
                chapter_dir: "handbook/chapters",
                footnotes: &footnotes,
                project_root: None,
            },
        )
    }

    #[test]
    fn block_syntax_stays_text() {
        for text in [
            "# not a heading",
            "- not a list",
            "1. not a list",
            "> not a quote",
            "---",
            "[x]: /not-a-def",
            "<div>",
            "    indented",
            "```",
            "| a |",
        ] {
            let inlines = parse(text);
            assert_eq!(
                plain_text(&inlines),
                text.trim_start(),
                "{text:?} gave {inlines:?}"
            );
        }
    }

    #[test]
    fn links_footnotes_and_emphasis() {
        let inlines = parse(
            "See *this* [chapter](02-routes.md#west) and [^a] and [^zz] <br> <script>x</script>",
        );
        assert!(inlines.contains(&Inline::Emphasis(vec![Inline::Text("this".into())])));
        assert!(inlines.iter().any(|i| matches!(i, Inline::Link { target: Target::Internal { stem, anchor: Some(a) }, .. } if stem == "02-routes" && a == "west")));
        assert!(inlines.contains(&Inline::FootnoteRef { number: 1 }));
        assert!(plain_text(&inlines).contains("[^zz]"));
        assert!(inlines.contains(&Inline::LineBreak));
        assert!(!plain_text(&inlines).contains("script>"));
    }

    #[test]
    fn images_resolve_inside_the_project() {
        let inlines = parse("![map](../images/m.svg) ![bad](../../../etc/passwd)");
        assert!(inlines.contains(&Inline::Image {
            src: "handbook/images/m.svg".into(),
            alt: "map".into()
        }));
        assert!(plain_text(&inlines).contains("bad"));
    }
}
