//! How deep Fluent text nests: fluent-syntax's parser recurses once per
//! placeable and call, so text nested thousands deep would overflow the
//! stack. Every text handed to it (a `.ftl` file, a placeable of the Markdown
//! source) is first measured here, in time linear in its length.

/// How deep placeables and call arguments may nest in Fluent text. Real
/// translations nest two or three levels; fluent-syntax recurses for each.
pub(crate) const MAX_PLACEABLE_DEPTH: usize = 50;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
