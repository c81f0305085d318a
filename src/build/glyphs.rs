//! Characters no font of the book has: where each comes from (the first
//! place in the language's `.ftl` files, the chapters, the fallback
//! languages' files or the manifest), as a warning at that file:line:column,
//! or an error with `--strict`.

use crate::diag::{Diagnostic, LineIndex, read_text};
use crate::manifest::{MANIFEST_PATH, Project};
use crate::render::pdf::{FONT_HINT, NO_GLYPH, describe_char};

/// The project files a language's text is made of, in the order they are
/// searched: its own translations first, then the source, then the
/// languages it falls back to, then the manifest (variables, names).
fn text_files(project: &Project, language: &str) -> Vec<String> {
    let folder = |lang: &str| -> Vec<String> {
        let mut files: Vec<String> =
            std::fs::read_dir(project.root.join("translations").join(lang))
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|name| name.ends_with(".ftl") && name != "obsolete.ftl")
                .map(|name| format!("translations/{lang}/{name}"))
                .collect();
        files.sort();
        files
    };
    let mut files = folder(language);
    files.extend(project.chapters.iter().map(|c| c.path.clone()));
    for lang in project.fallback_chain(language) {
        files.extend(folder(&lang));
    }
    files.push(MANIFEST_PATH.to_owned());
    files
}

/// The first place of `c` in `text`: as itself, or (in Markdown) as a
/// numeric character reference (`&#xD06;`, `&#3334;`).
fn find(text: &str, c: char) -> Option<usize> {
    let literal = text.find(c);
    let code = c as u32;
    let references = [format!("&#x{code:x};"), format!("&#{code};")];
    let lower = text.to_ascii_lowercase();
    references
        .iter()
        .filter_map(|r| lower.find(r.as_str()))
        .chain(literal)
        .min()
}

/// One diagnostic per character: a warning (the PDF is written, the
/// character drawn as U+FFFD), or an error when `strict` (no PDF).
pub(crate) fn diagnostics(
    project: &Project,
    language: &str,
    missing: &[char],
    strict: bool,
) -> Vec<Diagnostic> {
    let files: Vec<(String, String)> = text_files(project, language)
        .into_iter()
        .filter_map(|path| read_text(&project.root.join(&path)).ok().map(|t| (path, t)))
        .collect();
    missing
        .iter()
        .map(|&c| {
            let consequence = if strict {
                "no PDF written (--strict)".to_owned()
            } else {
                format!("drawn as `{NO_GLYPH}` in the PDF")
            };
            let message = format!(
                "no font of the book has {} used in the `{language}` edition: {consequence}",
                describe_char(c)
            );
            let diagnostic = if strict {
                Diagnostic::error(message)
            } else {
                Diagnostic::warning(message)
            };
            let place = files
                .iter()
                .find_map(|(path, text)| find(text, c).map(|offset| (path, text, offset)));
            match place {
                Some((path, text, offset)) => {
                    let (line, column) = LineIndex::new(text).line_col(offset);
                    diagnostic.at(path, line, column).with_hint(FONT_HINT)
                }
                None => diagnostic.with_hint(format!(
                    "{FONT_HINT}; it is in none of the language's files (a built-in interface string?)"
                )),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn finds_a_character_as_itself_or_as_a_reference() {
        assert_eq!(find("ab ആ", 'ആ'), Some(3));
        assert_eq!(find("x &#xD06; ആ", 'ആ'), Some(2));
        assert_eq!(find("x &#XD06;", 'ആ'), Some(2));
        assert_eq!(find("&#3334;", 'ആ'), Some(0));
        assert_eq!(find("nothing", 'ആ'), None);
    }

    #[test]
    fn the_manifest_is_searched_last() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample");
        let project = crate::manifest::Project::load(&root).expect("the sample loads");
        let files = text_files(&project, "sl");
        assert!(files[0].starts_with("translations/sl/"), "{files:?}");
        assert_eq!(files.last().map(String::as_str), Some(MANIFEST_PATH));
        assert!(files.iter().all(|f| root.join(f).is_file()), "{files:?}");
        let en = files.iter().position(|f| f.starts_with("translations/en/"));
        let md = files.iter().position(|f| f.ends_with(".md"));
        assert!(md < en, "the chapters come before the fallback: {files:?}");
    }
}
