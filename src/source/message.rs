//! Message text: a block's inline Markdown with Fluent placeables kept apart,
//! and its exact conversion to and from a Fluent pattern.
//!
//! In the Markdown source only `{ -term }`, `{ $variable }` (with optional
//! arguments) and a select on a variable written on one line
//! (`{ $n -> [one] a *[other] b }`) are placeables; every other brace is text.

use fluent_syntax::ast;
use fluent_syntax::parser;
use pulldown_cmark::{Event, Parser, TagEnd};

use super::fluent_nesting::{MAX_PLACEABLE_DEPTH, nesting_error};

/// One run of a message: literal text (inline Markdown) or a Fluent placeable.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Piece {
    Text(String),
    Placeable(Placeable),
}

/// A Fluent expression, kept as its Fluent source (what stands inside `{ }`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Placeable {
    /// Fluent source of the expression, possibly over several lines (selects).
    pub fluent: String,
    /// Terms referenced, without the leading `-`.
    pub terms: Vec<String>,
    /// Variables referenced, without the leading `$`.
    pub variables: Vec<String>,
}

/// The text of one message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct MessageText {
    pub pieces: Vec<Piece>,
}

impl MessageText {
    /// How deep inline markup (emphasis, strong, strikethrough, links,
    /// images) may nest in a message. Every stage after parsing recurses once
    /// per level, and Typst's template takes show rules for each: inside 12
    /// block quotes, 12 levels still compile and 16 do not.
    pub const MAX_INLINE_NESTING: usize = 8;

    /// Where inline Markdown nests inline markup deeper than
    /// [`Self::MAX_INLINE_NESTING`] (a byte offset of `markdown`), if it does.
    pub fn inline_nesting_error(markdown: &str) -> Option<usize> {
        // Every level opens with one of these: most texts need no parse.
        let openers = markdown
            .bytes()
            .filter(|b| matches!(b, b'*' | b'_' | b'~' | b'['))
            .count();
        if openers <= Self::MAX_INLINE_NESTING {
            return None;
        }
        let mut depth = 0usize;
        let parser = Parser::new_ext(markdown, super::parse::markdown_options());
        for (event, range) in parser.into_offset_iter() {
            match event {
                Event::Start(tag) if super::parse::is_inline_start(&tag) => {
                    depth += 1;
                    if depth > Self::MAX_INLINE_NESTING {
                        return Some(range.start);
                    }
                }
                Event::End(
                    TagEnd::Emphasis
                    | TagEnd::Strong
                    | TagEnd::Strikethrough
                    | TagEnd::Superscript
                    | TagEnd::Subscript
                    | TagEnd::Link
                    | TagEnd::Image,
                ) => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        None
    }

    /// `text` with its ASCII punctuation escaped, so that Markdown reads it as
    /// plain text (braces stay: they are how placeables are written).
    pub fn escape_markdown(text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 8);
        for c in text.chars() {
            if c.is_ascii_punctuation() && c != '{' && c != '}' {
                out.push('\\');
            }
            out.push(c);
        }
        out
    }

    /// Splits inline Markdown from the source into text and placeables.
    pub fn from_markdown(markdown: &str) -> MessageText {
        let mut text = MessageText::default();
        let mut rest = markdown;
        while let Some(open) = rest.find('{') {
            let (before, from_brace) = rest.split_at(open);
            text.push_text(before);
            match placeable_at(from_brace) {
                Some((placeable, len)) => {
                    text.pieces.push(Piece::Placeable(placeable));
                    rest = &from_brace[len..];
                }
                None => {
                    text.push_text("{");
                    rest = &from_brace[1..];
                }
            }
        }
        text.push_text(rest);
        text
    }

    /// Reads a pattern parsed from a `.ftl` file.
    pub fn from_pattern(pattern: &ast::Pattern<&str>) -> MessageText {
        let mut text = MessageText::default();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => text.push_text(value),
                ast::PatternElement::Placeable { expression } => match expression {
                    ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                        text.push_text(&unescape_string_literal(value))
                    }
                    expression => text
                        .pieces
                        .push(Piece::Placeable(Placeable::from_expression(expression))),
                },
            }
        }
        // The files write a leading `**X**` as `__X__` (see i18n::layout):
        // read back, it is the text the Markdown has.
        if let Some(Piece::Text(first)) = text.pieces.first_mut()
            && let Some(starred) = swap_leading_emphasis(first, '_', '*')
        {
            *first = starred;
        }
        text
    }

    fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(Piece::Text(last)) = self.pieces.last_mut() {
            last.push_str(s);
        } else {
            self.pieces.push(Piece::Text(s.to_owned()));
        }
    }

    /// The text as written in Markdown: placeables as `{ … }` on one line.
    pub fn display(&self) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Placeable(p) => {
                    out.push_str("{ ");
                    out.push_str(&p.fluent.split_whitespace().collect::<Vec<_>>().join(" "));
                    out.push_str(" }");
                }
            }
        }
        out
    }

    /// Whitespace-collapsed display text: what message ids are hashed from.
    pub fn normalized(&self) -> String {
        self.display()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.placeables()
            .flat_map(|p| p.terms.iter().map(String::as_str))
    }

    pub fn variables(&self) -> impl Iterator<Item = &str> {
        self.placeables()
            .flat_map(|p| p.variables.iter().map(String::as_str))
    }

    pub fn placeables(&self) -> impl Iterator<Item = &Placeable> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Placeable(p) => Some(p),
            Piece::Text(_) => None,
        })
    }

    /// The Fluent pattern for this text, as it follows `id =` in a `.ftl` file.
    /// Braces in text become string literals, and so do `[`, `*` and `.` that
    /// begin a line of text (Fluent would read them as a variant or an
    /// attribute). The lines of a placeable are Fluent already: they are kept.
    /// Literals are spelled as python-fluent's serializer spells them, and a
    /// value's first character is escaped too, as translate-toolkit (Weblate)
    /// does, so that a platform's load and save leaves the file as it was.
    pub fn to_fluent(&self) -> String {
        let multi_line = self.pieces.iter().any(|piece| match piece {
            Piece::Text(t) => t.contains('\n'),
            Piece::Placeable(p) => p.fluent.contains('\n'),
        });
        let mut body = String::new();
        // On the first line (right after `id =`) Fluent would read `[` as text,
        // but Weblate escapes it there too; every other line starts after the
        // indentation written below.
        let mut line_start = true;
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => {
                    for c in t.chars() {
                        match c {
                            '{' => body.push_str("{ \"{\" }"),
                            '}' => body.push_str("{ \"}\" }"),
                            '\r' => continue,
                            '[' | '*' | '.' if line_start => {
                                body.push_str(&format!("{{ \"{c}\" }}"));
                            }
                            c => body.push(c),
                        }
                        line_start = c == '\n' || (line_start && c == ' ');
                    }
                }
                Piece::Placeable(p) => {
                    body.push_str("{ ");
                    body.push_str(&p.fluent);
                    body.push_str(if p.fluent.contains('\n') { "\n}" } else { " }" });
                    line_start = false;
                }
            }
        }
        if !multi_line {
            return format!(" {body}");
        }
        let mut out = String::new();
        for line in body.split('\n') {
            out.push_str("\n    ");
            out.push_str(line);
        }
        out
    }
}

impl Placeable {
    fn from_expression(expression: &ast::Expression<&str>) -> Placeable {
        let mut placeable = Placeable {
            fluent: canonical_indent(&serialize_expression(expression)),
            terms: vec![],
            variables: vec![],
        };
        collect_references(expression, &mut placeable);
        placeable
    }
}

/// One indentation for every continuation line (Fluent ignores the amount),
/// so that the same expression compares equal however it was written.
fn canonical_indent(fluent: &str) -> String {
    let mut lines = fluent.lines();
    let mut out = lines.next().unwrap_or_default().trim().to_owned();
    for line in lines {
        let line = line.trim();
        out.push('\n');
        out.push_str(if line.starts_with('*') { "   " } else { "    " });
        out.push_str(line);
    }
    out
}

fn collect_references(expression: &ast::Expression<&str>, into: &mut Placeable) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, into),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, into);
            for variant in variants {
                for element in &variant.value.elements {
                    if let ast::PatternElement::Placeable { expression } = element {
                        collect_references(expression, into);
                    }
                }
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, into: &mut Placeable) {
    match inline {
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            into.terms.push(id.name.to_owned());
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| collect_inline(a, into));
                args.named
                    .iter()
                    .for_each(|a| collect_inline(&a.value, into));
            }
        }
        ast::InlineExpression::VariableReference { id } => into.variables.push(id.name.to_owned()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| collect_inline(a, into));
            arguments
                .named
                .iter()
                .for_each(|a| collect_inline(&a.value, into));
        }
        ast::InlineExpression::Placeable { expression } => collect_references(expression, into),
        _ => {}
    }
}

/// Fluent source of one expression, via fluent-syntax's serializer.
fn serialize_expression(expression: &ast::Expression<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(ast::Pattern {
                elements: vec![ast::PatternElement::Placeable {
                    expression: expression.clone(),
                }],
            }),
            attributes: vec![],
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let value = text.trim_end().strip_prefix("x =").unwrap_or(&text).trim();
    let inner = value
        .strip_prefix('{')
        .and_then(|v| v.strip_suffix('}'))
        .unwrap_or(value);
    // Re-indent select variants relative to the placeable, without trailing blanks.
    inner
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

fn unescape_string_literal(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => push_code_point(&mut out, &mut chars, 4),
            Some('U') => push_code_point(&mut out, &mut chars, 6),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn push_code_point(out: &mut String, chars: &mut std::str::Chars, len: usize) {
    let hex: String = chars.by_ref().take(len).collect();
    match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
        Some(c) => out.push(c),
        None => out.push('\u{FFFD}'),
    }
}

/// `**X**rest` → `__X__rest` (and `*X*` → `_X_`), or back with `from` and
/// `to` swapped, at the start of a text, where both forms mean the same in
/// Markdown: X neither starts nor ends with a space and holds no `*` or `_`,
/// and what follows the closing run is a space, ASCII punctuation or the end
/// (an underscore run cannot close inside a word). None when they would not.
pub(crate) fn swap_leading_emphasis(text: &str, from: char, to: char) -> Option<String> {
    let run = text.chars().take_while(|&c| c == from).count();
    if !(1..=2).contains(&run) {
        return None;
    }
    let inner_and_rest = &text[run..];
    let close = inner_and_rest.find(from)?;
    let inner = &inner_and_rest[..close];
    let closing = &inner_and_rest[close..];
    let closing_run = closing.chars().take_while(|&c| c == from).count();
    let after = &closing[closing_run..];
    let means_the_same = closing_run == run
        && !inner.is_empty()
        && !inner.starts_with(char::is_whitespace)
        && !inner.ends_with(char::is_whitespace)
        && !inner.contains(['*', '_', '\n'])
        && after
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation());
    means_the_same.then(|| {
        let marks = to.to_string().repeat(run);
        format!("{marks}{inner}{marks}{after}")
    })
}

/// Recognizes a placeable at the start of `s` (which starts with `{`) and
/// returns it with its length in bytes. Braces nested deeper than Fluent files
/// may nest them are text: the scan stops there, so that text full of braces
/// costs time in proportion to its length.
fn placeable_at(s: &str) -> Option<(Placeable, usize)> {
    let mut depth = 0usize;
    let mut end = None;
    for (i, c) in s.char_indices() {
        match c {
            '{' if depth == MAX_PLACEABLE_DEPTH => return None,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    end = Some(i + 1);
                    break;
                }
            }
            '\n' => return None,
            _ => {}
        }
    }
    let end = end?;
    let inner = s[1..end - 1].trim();
    if !(inner.starts_with('-') || inner.starts_with('$')) {
        return None;
    }
    let fluent = if inner.contains("->") {
        select_to_fluent(inner)?
    } else {
        inner.to_owned()
    };
    let source = format!(
        "x = {{ {fluent}{} }}\n",
        if fluent.contains('\n') { "\n" } else { "" }
    );
    // Calls nest without braces (`-t(-t(…))`): fluent-syntax must not recurse
    // deeper than a `.ftl` file may.
    if nesting_error(&source).is_some() {
        return None;
    }
    let resource = parser::parse(source.as_str()).ok()?;
    let [ast::Entry::Message(message)] = resource.body.as_slice() else {
        return None;
    };
    let [ast::PatternElement::Placeable { expression }] =
        message.value.as_ref()?.elements.as_slice()
    else {
        return None;
    };
    let acceptable = match expression {
        ast::Expression::Inline(ast::InlineExpression::TermReference { .. })
        | ast::Expression::Inline(ast::InlineExpression::VariableReference { .. }) => true,
        ast::Expression::Select { selector, .. } => {
            matches!(selector, ast::InlineExpression::VariableReference { .. })
        }
        _ => false,
    };
    if !acceptable {
        return None;
    }
    let mut placeable = Placeable {
        fluent: canonical_indent(&fluent),
        terms: vec![],
        variables: vec![],
    };
    collect_references(expression, &mut placeable);
    Some((placeable, end))
}

/// `$n -> [one] a *[other] b` (one line) → Fluent's multi-line select.
fn select_to_fluent(inner: &str) -> Option<String> {
    let (selector, variants) = inner.split_once("->")?;
    let mut out = format!("{} ->", selector.trim());
    let bytes = variants.as_bytes();
    let mut starts = Vec::new();
    let mut depth = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => depth -= 1,
            b'[' if depth == 0 && is_variant_key(&variants[i..]) => {
                let start = if i > 0 && bytes[i - 1] == b'*' {
                    i - 1
                } else {
                    i
                };
                if start == 0 || bytes[start - 1].is_ascii_whitespace() {
                    starts.push(start);
                }
            }
            _ => {}
        }
    }
    if starts.is_empty() || !variants[..starts[0]].trim().is_empty() {
        return None;
    }
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(variants.len());
        let variant = variants[start..end].trim();
        out.push_str(if variant.starts_with('*') {
            "\n   "
        } else {
            "\n    "
        });
        out.push_str(variant);
    }
    Some(out)
}

/// `[key]` followed by whitespace, where key is a Fluent identifier or number.
/// (Only the key's characters are looked at, so many `[` cost linear time.)
fn is_variant_key(s: &str) -> bool {
    let key_len = s[1..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(s.len() - 1);
    let close = key_len + 1;
    if !s[close..].starts_with(']') {
        return false;
    }
    let key = &s[1..close];
    let key_ok = !key.is_empty()
        && (crate::manifest::is_fluent_identifier(key)
            || key.chars().all(|c| c.is_ascii_digit() || c == '.'));
    key_ok && s[close + 1..].starts_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(markdown: &str) -> MessageText {
        let text = MessageText::from_markdown(markdown);
        let ftl = format!("m ={}\n", text.to_fluent());
        let resource = parser::parse(ftl.as_str()).unwrap_or_else(|(_, e)| panic!("{ftl}: {e:?}"));
        let ast::Entry::Message(m) = &resource.body[0] else {
            panic!("{ftl}")
        };
        let back = MessageText::from_pattern(m.value.as_ref().unwrap());
        assert_eq!(back, text, "{ftl}");
        back
    }

    #[test]
    fn terms_and_variables_are_placeables_other_braces_text() {
        let t = roundtrip("A { -refugee } and { $partners } but {not this} or { }");
        assert_eq!(t.terms().collect::<Vec<_>>(), ["refugee"]);
        assert_eq!(t.variables().collect::<Vec<_>>(), ["partners"]);
        assert_eq!(
            t.display(),
            "A { -refugee } and { $partners } but {not this} or { }"
        );
    }

    #[test]
    fn one_line_select_becomes_fluent_select() {
        let t = roundtrip(
            "in { $countries -> [one] one country *[other] { $countries } countries } of Europe.",
        );
        let select = t.placeables().next().unwrap();
        assert!(select.fluent.contains("\n"), "{}", select.fluent);
        assert_eq!(
            t.variables().collect::<Vec<_>>(),
            ["countries", "countries"]
        );
    }

    #[test]
    fn line_initial_specials_survive() {
        roundtrip("first\\\n[second line\\\n*third\\\n.fourth");
        roundtrip("[link](x.md) *emph* .dot");
    }

    #[test]
    fn a_value_that_begins_with_a_link_is_written_as_weblate_writes_it() {
        let text = roundtrip("[Budget template](10-resources.md) in chapter 10");
        assert_eq!(
            text.to_fluent(),
            " { \"[\" }Budget template](10-resources.md) in chapter 10"
        );
    }

    #[test]
    fn a_text_line_that_looks_like_a_variant_survives() {
        let text = roundtrip("First line\\\n*[emphasised]* text\\\n[one] x\\\n.y");
        assert_eq!(
            text.to_fluent(),
            "\n    First line\\\n    { \"*\" }[emphasised]* text\\\n    { \"[\" }one] x\\\n    { \".\" }y"
        );
        // A select's own variant lines stay syntax.
        roundtrip("a\\\n*[b]* { $n -> [one] one *[other] many } c");
        // Indented, such a line is still valid (Fluent drops the indentation).
        let indented = MessageText {
            pieces: vec![Piece::Text("a\n  *[b]* c".into())],
        };
        let ftl = format!("m ={}\n", indented.to_fluent());
        assert!(parser::parse(ftl.as_str()).is_ok(), "{ftl}");
    }

    #[test]
    fn braces_nested_deeper_than_fluent_allows_are_text() {
        let deep = format!("{}-t{}", "{ ".repeat(10_000), " }".repeat(10_000));
        let text = MessageText::from_markdown(&deep);
        // Only the innermost `{ -t }` is a placeable; the braces around it are text.
        assert_eq!(text.terms().collect::<Vec<_>>(), ["t"]);
        assert_eq!(text.display(), deep);
        let calls = format!("{{ -t({}$x{}) }}", "-t(".repeat(100), ")".repeat(100));
        assert_eq!(MessageText::from_markdown(&calls).placeables().count(), 0);
    }

    #[test]
    fn inline_nesting_is_measured() {
        let ok = format!("{}x{}", "~~a ".repeat(8), " b~~".repeat(8));
        assert_eq!(MessageText::inline_nesting_error(&ok), None);
        let deep = format!("{}x{}", "~~a ".repeat(9), " b~~".repeat(9));
        assert_eq!(MessageText::inline_nesting_error(&deep), Some(32));
        let flat = "*a* ".repeat(100);
        assert_eq!(MessageText::inline_nesting_error(&flat), None);
    }
}
