//! Reading `.ftl` files with positions: entries with their line and column,
//! comments, and every syntax error (Fluent's Junk) as a diagnostic.
//! fluent-syntax parses nested placeables by recursion, so a file is scanned
//! first ([`crate::source::fluent_nesting`]) and one nested too deep is refused whole.

use std::collections::HashMap;

use fluent_syntax::ast;

use crate::diag::{Diagnostic, LineIndex};
use crate::source::MessageText;
use crate::source::fluent_nesting::nesting_error;

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
    pub fn get(&self, id: &str) -> Option<&FtlEntry> {
        if self.index.len() == self.entries.len() {
            self.index.get(id).map(|&i| &self.entries[i])
        } else {
            self.entries.iter().find(|e| e.id == id)
        }
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

    #[test]
    fn a_file_nested_too_deep_is_refused_whole_at_the_place() {
        let depth = crate::source::fluent_nesting::MAX_PLACEABLE_DEPTH + 1;
        let deep = format!("m = {}\"x\"{}\n", "{ ".repeat(depth), " }".repeat(depth));
        let file = parse_ftl("t.ftl", &deep);
        assert!(file.entries.is_empty());
        let at = 4 + 2 * (depth - 1);
        assert_eq!((file.errors[0].line, file.errors[0].column), (1, at + 1));
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
