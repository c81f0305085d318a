//! Diagnostics: the one spanned problem type every stage reports, collected
//! rather than thrown, and printed like rustc (file:line:column, the line, a caret).
//! Also the one way project text is read ([`read_text`]: no BOM, `\n` line
//! endings) and byte offsets become lines and columns ([`LineIndex`]), so that
//! every stage and the printed source line agree on positions.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A problem in the handbook, located in a project file when it has a place.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Project-relative path, with `/` separators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, counted in characters.
    pub column: usize,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Self::new(Severity::Error, message)
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, message)
    }

    fn new(severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            file: None,
            line: 0,
            column: 0,
            message: message.into(),
            hint: None,
        }
    }

    /// Places the diagnostic in `file` (project-relative) at a 1-based line and column.
    pub fn at(mut self, file: impl Into<String>, line: usize, column: usize) -> Self {
        self.file = Some(file.into());
        self.line = line;
        self.column = column;
        self
    }

    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// rustc-style text: the message, the location, the source line and a caret.
    /// Control characters (and bidirectional overrides) in any of them are
    /// shown as escapes such as `\u{1b}`, so that a file's text can never
    /// drive the terminal; the caret stays under the column it names.
    pub fn render(&self, project_root: &Path) -> String {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = format!("{label}: {}\n", escape_controls(&self.message));
        if let Some(file) = &self.file {
            let file_shown = escape_controls(file);
            if self.line == 0 {
                let _ = writeln!(out, "  --> {file_shown}");
            } else {
                let _ = writeln!(out, "  --> {file_shown}:{}:{}", self.line, self.column);
                if let Some(source) = cached_source(&project_root.join(file))
                    && let Some((source_line, ascii)) = source.line(self.line)
                {
                    let (shown, before_caret) = window(source_line, ascii, self.column);
                    let number = self.line.to_string();
                    let gutter = " ".repeat(number.len());
                    let mut caret_pad = String::new();
                    for c in before_caret.chars() {
                        match c {
                            '\t' => caret_pad.push('\t'),
                            c if needs_escape(c) => {
                                let width = escape_char(c).len();
                                caret_pad.extend(std::iter::repeat_n(' ', width));
                            }
                            _ => caret_pad.push(' '),
                        }
                    }
                    let _ = writeln!(out, "{gutter} |");
                    let _ = writeln!(out, "{number} | {}", escape_controls(&shown));
                    let _ = writeln!(out, "{gutter} | {caret_pad}^");
                }
            }
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "  = hint: {}", escape_controls(hint));
        }
        out
    }
}

/// Characters that must not reach a terminal as they are: C0 and C1 controls
/// (except tab), DEL, the line and paragraph separators and the bidirectional
/// embeddings, overrides and isolates.
fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_char(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// `text` with every character of [`needs_escape`] written as `\u{…}`.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&escape_char(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// At most this many characters of a source line are shown, around the column.
const LINE_WINDOW: usize = 160;

/// The part of `line` to show for a caret at `column` (1-based characters),
/// with `…` where it is cut, and the part of that before the caret.
fn window(line: &str, ascii: bool, column: usize) -> (Cow<'_, str>, Cow<'_, str>) {
    let length = if ascii {
        line.len()
    } else {
        line.chars().count()
    };
    let caret = column.saturating_sub(1).min(length);
    let byte = |chars: usize| -> usize {
        if ascii {
            chars
        } else {
            line.char_indices()
                .nth(chars)
                .map_or(line.len(), |(i, _)| i)
        }
    };
    if length <= LINE_WINDOW {
        return (Cow::Borrowed(line), Cow::Borrowed(&line[..byte(caret)]));
    }
    let start = caret
        .saturating_sub(LINE_WINDOW / 2)
        .min(length - LINE_WINDOW);
    let end = start + LINE_WINDOW;
    let (from, to, at) = (byte(start), byte(end), byte(caret));
    let open = if start > 0 { "…" } else { "" };
    let close = if end < length { "…" } else { "" };
    (
        Cow::Owned(format!("{open}{}{close}", &line[from..to])),
        Cow::Owned(format!("{open}{}", &line[from..at])),
    )
}

/// A file's text as diagnostics show it, with its line starts.
struct SourceText {
    text: String,
    /// Byte offset of the start of every line.
    starts: Vec<usize>,
}

impl SourceText {
    /// Line `line` (1-based) without its line ending, and whether it is ASCII.
    fn line(&self, line: usize) -> Option<(&str, bool)> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(self.text.len(), |&s| s - 1);
        let text = &self.text[start..end.max(start)];
        Some((text, text.is_ascii()))
    }
}

type CachedSource = (PathBuf, u64, Option<SystemTime>, Arc<SourceText>);

/// The last file a diagnostic was shown from: diagnostics come sorted by file,
/// so thousands of them in one file read it once, not once each.
static LAST_SOURCE: Mutex<Option<CachedSource>> = Mutex::new(None);

fn cached_source(path: &Path) -> Option<Arc<SourceText>> {
    let metadata = std::fs::metadata(path).ok()?;
    let (len, modified) = (metadata.len(), metadata.modified().ok());
    let mut last = LAST_SOURCE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((p, l, m, source)) = last.as_ref()
        && p == path
        && *l == len
        && *m == modified
    {
        return Some(Arc::clone(source));
    }
    let text = read_text(path).ok()?;
    let starts = line_starts(&text);
    let source = Arc::new(SourceText { text, starts });
    *last = Some((path.to_path_buf(), len, modified, Arc::clone(&source)));
    Some(source)
}

/// Reads a project text file (Markdown, Fluent, the manifest) the way every
/// stage sees it: UTF-8, a leading byte order mark dropped, and `\r\n` and a
/// lone `\r` (old Mac files) turned into `\n`.
pub fn read_text(path: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(path).map(normalize_text)
}

/// [`read_text`]'s clean-up of text already read.
pub fn normalize_text(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// Byte offsets → 1-based lines and character columns for one text, by a
/// binary search over its line starts: linear in the text to build, then
/// logarithmic per lookup. Lookups that move forward along one line (as a
/// parser's do) count only the characters since the previous one.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The previous lookup: (byte offset, its column).
    last: Cell<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        LineIndex {
            text,
            starts: line_starts(text),
            last: Cell::new((0, 1)),
        }
    }

    /// 1-based line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let line_start = self.starts[line - 1];
        let (last_offset, last_column) = self.last.get();
        let column = if last_offset >= line_start && last_offset <= offset {
            last_column + self.text[last_offset..offset].chars().count()
        } else {
            self.text[line_start..offset].chars().count() + 1
        };
        self.last.set((offset, column));
        (line, column)
    }
}

/// 1-based line and character column of a byte offset (clamped to the text).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

/// Diagnostics gathered by a stage; stages keep going after a problem.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Stable order for output: by file, line, column, then message.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
        });
        self.items.dedup();
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\nčšž x";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), (2, 5));
    }

    #[test]
    fn line_index_agrees_with_line_col_in_any_order() {
        let text = "ab\nčšž x\n\n\tlast line ü\nend";
        let index = LineIndex::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        for &offset in offsets.iter().chain(offsets.iter().rev()).step_by(3) {
            assert_eq!(index.line_col(offset), line_col(text, offset), "{offset}");
        }
    }

    #[test]
    fn read_text_drops_the_bom_and_normalises_line_endings() {
        assert_eq!(
            normalize_text("\u{feff}# T\r\n\r\nA\rB\n".into()),
            "# T\n\nA\nB\n"
        );
        assert_eq!(normalize_text("a\u{feff}b".into()), "a\u{feff}b");
    }

    #[test]
    fn controls_are_escaped_and_the_caret_stays_aligned() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("t.ftl"),
            "x = \u{1b}]0;PWNED\u{7}\u{202e} { $bad }\n",
        )
        .unwrap();
        let column = "x = \u{1b}]0;PWNED\u{7}\u{202e} ".chars().count() + 1;
        let shown = Diagnostic::error("bad \u{1b}[2J")
            .at("t.ftl", 1, column)
            .with_hint("\u{9b}31m")
            .render(dir.path());
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[0], "error: bad \\u{1b}[2J");
        assert_eq!(lines[1], "  --> t.ftl:1:17");
        assert_eq!(lines[3], "1 | x = \\u{1b}]0;PWNED\\u{7}\\u{202e} { $bad }");
        assert_eq!(lines[4].trim_end(), format!("  | {}^", " ".repeat(32)));
        assert_eq!(lines[5], "  = hint: \\u{9b}31m");
        assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}']));
        assert_eq!(lines[3].find("{ $bad"), lines[4].find('^'));
    }

    #[test]
    fn a_long_line_is_shown_around_the_column() {
        let dir = tempfile::tempdir().unwrap();
        let line = format!("{}č<HERE>{}", "ab".repeat(5000), "z".repeat(5000));
        std::fs::write(dir.path().join("t.md"), format!("first\n{line}\n")).unwrap();
        let column = 10_001;
        let shown = Diagnostic::error("x")
            .at("t.md", 2, column)
            .render(dir.path());
        let lines: Vec<&str> = shown.lines().collect();
        assert!(
            lines[3].starts_with("2 | …") && lines[3].ends_with('…'),
            "{}",
            lines[3]
        );
        assert_eq!(lines[3].chars().count(), "2 | ".len() + LINE_WINDOW + 2);
        let caret = lines[4].chars().position(|c| c == '^').unwrap();
        let here = lines[3].chars().position(|c| c == 'č').unwrap();
        assert_eq!(caret, here);
    }
}
