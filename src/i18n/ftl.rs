//! Reading `.ftl` files with positions: entries with their line and column,
//! comments, and every syntax error (Fluent's Junk) as a diagnostic.
//! fluent-syntax parses nested placeables by recursion, so a file is scanned
//! first ([`nesting_error`]) and one nested too deep is refused whole.

use std::collections::HashMap;

use fluent_syntax::ast;

use crate::diag::{Diagnostic, LineIndex};
use crate::source::MessageText;

/// How deep placeables and call arguments may nest in Fluent text. Real
/// translations nest two or three levels; fluent-syntax recurses for each.
pub(crate) const MAX_PLACEABLE_DEPTH: usize = 50;

/// One message or term of a `.ftl` file.
#[derive(Clone, Debug, PartialEq)]
pub struct FtlEntry {
    /// The id, with a leading `-` for terms.
    pub id: String,
    pub text: MessageText,
    /// Lines of the comment attached to the entry.
    pub comment: Vec<String>,
    pub line: usize,
    pub column: usize,
    /// The entry exactly as written (for moving it without retyping).
    pub source: String,
}

/// A parsed `.ftl` file.
#[derive(Clone, Debug, Default)]
pub struct FtlFile {
    /// Project-relative path.
    pub path: String,
    pub text: String,
    pub entries: Vec<FtlEntry>,
    /// Syntax errors and duplicate ids.
    pub errors: Vec<Diagnostic>,
    /// Index into `entries` by id.
    index: HashMap<String, usize>,
}

impl FtlFile {
    /// How deep placeables may nest (see [`FtlFile::nesting_error`]).
    pub(crate) const MAX_DEPTH: usize = MAX_PLACEABLE_DEPTH;

    pub fn get(&self, id: &str) -> Option<&FtlEntry> {
        if self.index.len() == self.entries.len() {
            self.index.get(id).map(|&i| &self.entries[i])
        } else {
            self.entries.iter().find(|e| e.id == id)
        }
    }

    /// The byte offset where `text` nests placeables deeper than fluent-syntax
    /// may be asked to parse, if it does.
    pub(crate) fn nesting_error(text: &str) -> Option<NestingError> {
        nesting_error(text)
    }
}

/// Parses `text` (the contents of `path`): never fails, reports problems.
pub fn parse_ftl(path: &str, text: &str) -> FtlFile {
    let mut file = FtlFile {
        path: path.to_owned(),
        text: text.to_owned(),
        ..Default::default()
    };
    let lines = LineIndex::new(text);
    if let Some(error) = nesting_error(text) {
        let (line, column) = lines.line_col(error.offset());
        file.errors.push(
            Diagnostic::error(error.describe())
                .at(path, line, column)
                .with_hint("nothing in this file is used until this is fixed"),
        );
        return file;
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let (line, column) = lines.line_col(error.pos.start);
                file.errors.push(
                    Diagnostic::error(format!("Fluent syntax error: {}", error.kind))
                        .at(path, line, column)
                        .with_hint("the entry is not used until this is fixed; a value that starts a new line must be indented"),
                );
            }
            resource
        }
    };
    let starts = entry_starts(text);
    let mut cursor = 0;
    let mut first_lines: HashMap<String, usize> = HashMap::new();
    for entry in &resource.body {
        let (id, pattern, comment) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), m.comment.as_ref()),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                Some(&t.value),
                t.comment.as_ref(),
            ),
            _ => continue,
        };
        // Entries start at column 1 in source order: find this one's line.
        let Some(index) = starts[cursor..]
            .iter()
            .position(|(name, _)| *name == id)
            .map(|i| i + cursor)
        else {
            continue;
        };
        cursor = index + 1;
        let offset = starts[index].1;
        let end = starts.get(index + 1).map_or(text.len(), |(_, o)| *o);
        let (line, column) = lines.line_col(offset);
        if let Some(first_line) = first_lines.get(&id) {
            file.errors.push(
                Diagnostic::error(format!(
                    "`{id}` is defined twice (first at line {first_line})"
                ))
                .at(path, line, column)
                .with_hint("delete one of them; Fluent would silently use only the first"),
            );
            continue;
        }
        let comment_lines = comment
            .map(|c| c.content.iter().map(|l| (*l).to_owned()).collect())
            .unwrap_or_default();
        let text_value = pattern.map(MessageText::from_pattern).unwrap_or_default();
        first_lines.insert(id.clone(), line);
        file.index.insert(id.clone(), file.entries.len());
        file.entries.push(FtlEntry {
            id,
            text: text_value,
            comment: comment_lines,
            line,
            column,
            source: text[offset..end].trim_end().to_owned(),
        });
    }
    file
}

/// Byte offsets of every line that starts an entry (`id =` at column 1).
fn entry_starts(text: &str) -> Vec<(String, usize)> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let name_len = line
            .char_indices()
            .take_while(|&(i, c)| {
                c.is_ascii_alphanumeric() || c == '_' || (c == '-' && (i > 0 || line.len() > 1))
            })
            .count();
        if name_len > 0
            && line[name_len..]
                .trim_start_matches([' ', '\t'])
                .starts_with('=')
        {
            let name = &line[..name_len];
            if name
                .trim_start_matches('-')
                .starts_with(|c: char| c.is_ascii_alphabetic())
            {
                starts.push((name.to_owned(), offset));
            }
        }
        offset += line.len();
    }
    starts
}

/// One way of reading Fluent text while fluent-syntax would: the parser's
/// recursion is `{` (a placeable, in text or in an expression) and `(` (call
/// arguments, in an expression); a variant after `->` is text again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Frame {
    /// Inside `{`, reading an expression.
    Placeable,
    /// Inside `{ … ->`, reading variants (text).
    Variants,
    /// Inside `(` of a call, reading expressions.
    Call,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Lexical {
    Code,
    /// In a string literal (expressions only).
    Str,
    StrEscape,
    /// A `#` comment line at the top level.
    Comment,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Reading {
    frames: Vec<Frame>,
    lexical: Lexical,
}

impl Reading {
    const FRESH: Reading = Reading {
        frames: Vec::new(),
        lexical: Lexical::Code,
    };

    fn in_expression(&self) -> bool {
        matches!(self.frames.last(), Some(Frame::Placeable | Frame::Call))
    }

    /// Reads one byte (not at the start of a line); the depth after it.
    fn step(&mut self, byte: u8, previous: u8) -> usize {
        match self.lexical {
            Lexical::Comment => {
                if byte == b'\n' {
                    self.lexical = Lexical::Code;
                }
                return self.frames.len();
            }
            Lexical::Str => {
                self.lexical = match byte {
                    b'\\' => Lexical::StrEscape,
                    b'"' | b'\n' => Lexical::Code,
                    _ => Lexical::Str,
                };
                return self.frames.len();
            }
            Lexical::StrEscape => {
                self.lexical = if byte == b'\n' {
                    Lexical::Code
                } else {
                    Lexical::Str
                };
                return self.frames.len();
            }
            Lexical::Code => {}
        }
        if self.in_expression() {
            match byte {
                b'"' => self.lexical = Lexical::Str,
                b'{' => self.frames.push(Frame::Placeable),
                b'(' => self.frames.push(Frame::Call),
                b')' if self.frames.last() == Some(&Frame::Call) => {
                    self.frames.pop();
                }
                b'}' => while self.frames.pop() == Some(Frame::Call) {},
                b'>' if previous == b'-' && self.frames.last() == Some(&Frame::Placeable) => {
                    *self.frames.last_mut().expect("a placeable") = Frame::Variants;
                }
                _ => {}
            }
        } else {
            match byte {
                b'{' => self.frames.push(Frame::Placeable),
                b'}' => {
                    self.frames.pop();
                }
                _ => {}
            }
        }
        self.frames.len()
    }
}

/// Why fluent-syntax is not asked to parse a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NestingError {
    /// A `{` or `(` at this byte offset could be nested more than
    /// [`MAX_PLACEABLE_DEPTH`] deep.
    TooDeep(usize),
    /// From the line at this offset on, the text can be read in too many ways
    /// to be bounded (see [`nesting_error`]).
    TooAmbiguous(usize),
}

impl NestingError {
    pub(crate) fn offset(self) -> usize {
        match self {
            NestingError::TooDeep(offset) | NestingError::TooAmbiguous(offset) => offset,
        }
    }

    pub(crate) fn describe(self) -> String {
        match self {
            NestingError::TooDeep(_) => format!(
                "placeables are nested more than {MAX_PLACEABLE_DEPTH} deep here; the file cannot be read"
            ),
            NestingError::TooAmbiguous(_) => "too many placeables go on over lines that begin like a new entry; the file cannot be read safely".to_owned(),
        }
    }
}

/// Where fluent-syntax could have to nest placeables or calls more than
/// [`MAX_PLACEABLE_DEPTH`] deep in `text`, if anywhere: an upper bound on its
/// recursion (exact for valid Fluent), found in time linear in the text.
///
/// After a syntax error fluent-syntax starts again at the next line that
/// begins with a letter, `-` or `#`, while a valid placeable may go on over
/// such a line. A line like that inside an expression is therefore read both
/// ways (a [`Reading`] each). Text inside a placeable ends at such a line in
/// every reading (as a new entry, or an error and then a new entry).
pub(crate) fn nesting_error(text: &str) -> Option<NestingError> {
    // Readings only multiply at entry-like lines inside expressions, which
    // nobody writes on purpose; a text needing more is refused.
    const MAX_READINGS: usize = 64;
    let mut readings = vec![Reading::FRESH];
    let mut previous = b'\n';
    for (offset, &byte) in text.as_bytes().iter().enumerate() {
        let entry_like = byte.is_ascii_alphabetic() || byte == b'-' || byte == b'#';
        if previous == b'\n' && entry_like {
            // The byte opens nothing; only the readings change.
            let mut next: Vec<Reading> = readings
                .drain(..)
                .filter(|r| r.in_expression() && r.lexical == Lexical::Code)
                .collect();
            next.push(Reading {
                lexical: if byte == b'#' {
                    Lexical::Comment
                } else {
                    Lexical::Code
                },
                ..Reading::FRESH
            });
            next.sort();
            next.dedup();
            if next.len() > MAX_READINGS {
                return Some(NestingError::TooAmbiguous(offset));
            }
            readings = next;
        } else {
            for reading in &mut readings {
                if reading.step(byte, previous) > MAX_PLACEABLE_DEPTH {
                    return Some(NestingError::TooDeep(offset));
                }
            }
        }
        previous = byte;
    }
    None
}

/// Reads a project file if it exists; `None` when it does not.
pub fn read_ftl(root: &std::path::Path, rel: &str) -> Result<Option<FtlFile>, Diagnostic> {
    let path = crate::paths::confined(root, std::path::Path::new(rel))
        .map_err(|e| Diagnostic::error(e).in_file(rel))?;
    match crate::diag::read_text(&path) {
        Ok(text) => Ok(Some(parse_ftl(rel, &text))),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(Diagnostic::error(format!("cannot read the file: {err}")).in_file(rel)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_and_duplicates_are_errors_with_positions() {
        let file = parse_ftl("t.ftl", "a = one\nb = {\nc = three\na = again\n");
        let messages: Vec<_> = file
            .errors
            .iter()
            .map(|d| (d.line, d.message.clone()))
            .collect();
        // The open placeable swallows the next line; the error points where it fails.
        assert!(
            messages
                .iter()
                .any(|(l, m)| (2..=3).contains(l) && m.contains("syntax")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|(l, m)| *l == 4 && m.contains("twice")),
            "{messages:?}"
        );
        assert!(
            file.get("c").is_none(),
            "the broken entry is reported, not guessed"
        );
    }

    fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
        format!("m = {}{inner}{}\n", open.repeat(depth), close.repeat(depth))
    }

    #[test]
    fn nesting_up_to_the_limit_parses_and_one_more_is_refused() {
        let fine = nested("{ ", "\"x\"", " }", MAX_PLACEABLE_DEPTH);
        assert_eq!(nesting_error(&fine), None);
        assert!(fluent_syntax::parser::parse(fine.as_str()).is_ok());
        let deep = nested("{ ", "\"x\"", " }", MAX_PLACEABLE_DEPTH + 1);
        let at = 4 + 2 * MAX_PLACEABLE_DEPTH;
        assert_eq!(nesting_error(&deep), Some(NestingError::TooDeep(at)));
        let file = parse_ftl("t.ftl", &deep);
        assert!(file.entries.is_empty());
        assert_eq!((file.errors[0].line, file.errors[0].column), (1, at + 1));
        // Calls nest without braces.
        let calls = format!("m = {{ {}$x{} }}\n", "F(".repeat(60), ")".repeat(60));
        assert!(matches!(
            nesting_error(&calls),
            Some(NestingError::TooDeep(_))
        ));
    }

    #[test]
    fn braces_in_strings_comments_and_variant_text_do_not_count() {
        let escaped = format!("m = {}\n", "{\"{\"}".repeat(1000));
        assert_eq!(nesting_error(&escaped), None);
        let comment = format!("# {}\nm = x\n", "{".repeat(1000));
        assert_eq!(nesting_error(&comment), None);
        let variants = format!(
            "m = {{ $n ->\n    [one] {} one\n   *[other] other\n}}\n",
            "(".repeat(1000)
        );
        assert_eq!(nesting_error(&variants), None);
        assert!(fluent_syntax::parser::parse(variants.as_str()).is_ok());
        let select = "m = { $n ->\n    [one] { $n ->\n        [one] { -t(a: \"{(\") }\n       *[other] b\n    }\n   *[other] c\n}\n";
        assert_eq!(nesting_error(select), None);
        assert!(fluent_syntax::parser::parse(select).is_ok());
    }

    #[test]
    fn a_restart_after_a_syntax_error_is_read_both_ways() {
        // fluent-syntax gives up on `a` at `foo` and starts again at `b`,
        // where the string is text and every brace opens a placeable.
        let restart = format!("a = {{ $x foo\nb = \"{}\n", "{ ".repeat(60));
        assert!(matches!(
            nesting_error(&restart),
            Some(NestingError::TooDeep(_))
        ));
        // A valid placeable may go on over a line that looks like an entry.
        let continued = format!("a = {{ -t(\n{}", "-t(\n".repeat(60));
        assert!(matches!(
            nesting_error(&continued),
            Some(NestingError::TooDeep(_))
        ));
        let unterminated = format!("a = {{ \"\nb = {}x\n", "{ ".repeat(60));
        assert!(matches!(
            nesting_error(&unterminated),
            Some(NestingError::TooDeep(_))
        ));
    }

    #[test]
    fn duplicates_are_found_by_id_in_large_files() {
        let mut text: String = (0..5000).map(|i| format!("m{i} = v\n")).collect();
        text.push_str("m17 = again\n");
        let file = parse_ftl("t.ftl", &text);
        assert_eq!(file.entries.len(), 5000);
        assert_eq!(file.errors.len(), 1);
        assert_eq!(file.errors[0].line, 5001);
        assert!(file.errors[0].message.contains("first at line 18"));
        assert_eq!(file.get("m4999").unwrap().line, 5000);
    }

    #[test]
    fn comments_and_terms_are_read() {
        let file = parse_ftl("t.ftl", "# note\n# STALE: x\nm = v\n\n-term = T\n");
        assert_eq!(file.get("m").unwrap().comment, ["note", "STALE: x"]);
        assert_eq!(file.get("-term").unwrap().text.display(), "T");
    }
}
