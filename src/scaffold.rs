//! `handbook new DIR`: a new handbook project that builds and checks clean at
//! once (manifest, one chapter, the source language and one partner language,
//! each with the required `handbook.ftl` entries), as `mdbook init` and
//! `typst init` start theirs.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::ui::endonym;
use crate::manifest::Project;
use crate::source::Book;

/// What the new project is called and in which languages it starts.
#[derive(Clone, Debug)]
pub struct NewProject {
    pub dir: PathBuf,
    pub title: String,
    pub source_language: String,
    pub language: String,
}

const FIRST_CHAPTER: &str = "chapters/01-introduction.md";

/// Writes the project, then lets `sync` create the translation files.
/// Returns the project-relative paths written, in order.
pub fn create(new: &NewProject) -> Result<Vec<String>, Diagnostic> {
    for code in [&new.source_language, &new.language] {
        if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.contains('_') {
            return Err(Diagnostic::error(format!(
                "`{code}` is not a language tag like `en`, `sl` or `de-AT`"
            )));
        }
    }
    if new.source_language == new.language {
        return Err(Diagnostic::error(
            "the partner language must differ from the source language",
        ));
    }
    if new.title.trim().is_empty() || new.title.contains(['\n', '\r']) {
        return Err(Diagnostic::error("the title must be one line of text"));
    }
    if std::fs::read_dir(&new.dir).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(Diagnostic::error(format!(
            "`{}` exists and is not empty: choose a new folder",
            new.dir.display()
        )));
    }
    let id = project_id(&new.dir);
    let files = [
        ("handbook/handbook.yaml".to_owned(), manifest(&id, new)),
        (
            format!("handbook/{FIRST_CHAPTER}"),
            first_chapter(&new.title),
        ),
        (
            format!("translations/{}/handbook.ftl", new.source_language),
            handbook_ftl(&new.title, &new.source_language, false),
        ),
        (
            format!("translations/{}/handbook.ftl", new.language),
            handbook_ftl(&new.title, &new.language, true),
        ),
        (
            ".gitignore".to_owned(),
            "dist/\n.handbook-cache/\n".to_owned(),
        ),
    ];
    let mut written = Vec::new();
    for (rel, text) in &files {
        let path = new.dir.join(rel);
        let result = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        result.map_err(|e| Diagnostic::error(format!("cannot write `{}`: {e}", path.display())))?;
        written.push(rel.clone());
    }

    let root = new.dir.canonicalize().unwrap_or_else(|_| new.dir.clone());
    let project = Project::load(&root).map_err(first_error)?;
    let mut diags = Diagnostics::default();
    let book = Book::load(&project, &mut diags);
    let report = crate::i18n::sync::sync(&project, &book, &mut diags);
    if diags.has_errors() {
        return Err(first_error(diags));
    }
    written.extend(report.written);
    Ok(written)
}

fn first_error(diags: Diagnostics) -> Diagnostic {
    diags
        .items
        .into_iter()
        .find(Diagnostic::is_error)
        .unwrap_or_else(|| Diagnostic::error("the new project could not be set up"))
}

/// Output file names come from the id: the folder's name, made URL-safe.
fn project_id(dir: &Path) -> String {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut id = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_owned();
    if id.is_empty() {
        "handbook".to_owned()
    } else {
        id
    }
}

fn manifest(id: &str, new: &NewProject) -> String {
    format!(
        "# The handbook's manifest: see `handbook --help` and the README of handbook.\n\
         id: {id}                       # output file names: {id}-<lang>.pdf\n\
         source-language: {source}\n\
         languages: [{source}, {language}]\n\
         chapters:                      # the order of the book\n  - {FIRST_CHAPTER}\n",
        source = new.source_language,
        language = new.language,
    )
}

fn first_chapter(title: &str) -> String {
    let title = title.replace(['#', '{', '}', '[', ']', '*', '_', '`', '<', '>', '\\'], "");
    format!(
        "# {title}\n\n\
         This is the first chapter of the handbook. Write it in Markdown: one\n\
         paragraph, heading, list item or table cell becomes one message that\n\
         translators translate in `translations/<language>/`.\n\n\
         ## How to go on\n\n\
         - Add chapters to `handbook/chapters/` and list them in `handbook/handbook.yaml`.\n\
         - Run `handbook sync` after editing the Markdown, so that every language's\n  files follow it.\n\
         - Run `handbook build` for the PDF, the EPUB and the website in `dist/`.\n"
    )
}

fn handbook_ftl(title: &str, language: &str, partner: bool) -> String {
    let name = endonym(language).unwrap_or(language);
    let mut text = format!(
        "# Title, notices, terms and interface strings of the handbook in `{language}`. Written by hand.\n\n"
    );
    if partner {
        text.push_str("# Translate the title: it is still the source language's.\n");
    }
    let title = crate::source::MessageText::from_markdown(title.trim()).to_fluent();
    text.push_str(&format!(
        "handbook-title ={title}\n\nlanguage-name = {name}\n"
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_folder_name() {
        assert_eq!(
            project_id(Path::new("/x/Our Town Handbook")),
            "our-town-handbook"
        );
        assert_eq!(project_id(Path::new("/x/--")), "handbook");
        assert_eq!(project_id(Path::new("/x/mesto_2026")), "mesto-2026");
    }
}
