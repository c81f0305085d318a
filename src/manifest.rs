//! The manifest, `handbook/handbook.yaml`, loaded into a validated [`Project`].
//! The YAML crate is used here and nowhere else, so swapping it touches one file.

use std::collections::{BTreeMap, HashSet};
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::diag::{Diagnostic, Diagnostics};

pub const MANIFEST_PATH: &str = "handbook/handbook.yaml";

/// A validated handbook project.
#[derive(Clone, Debug)]
pub struct Project {
    /// The project folder (holding `handbook/`, `translations/`, `templates/`).
    pub root: PathBuf,
    /// Output names: `<id>-<lang>.pdf`.
    pub id: String,
    pub source_language: String,
    /// Every language, the source first.
    pub languages: Vec<String>,
    pub chapters: Vec<ChapterFile>,
    /// Values passed to Fluent as `$name`.
    pub variables: BTreeMap<String, Variable>,
    pub paper: Paper,
    pub pdf_standards: Vec<PdfStandard>,
    /// Image for the cover, project-relative.
    pub cover_image: Option<String>,
    /// Where the website is published (`https://example.org/handbook/`,
    /// always ending in `/`): absolute URLs for sharing (Open Graph).
    pub site_url: Option<String>,
    /// Per language, the languages tried before the source language.
    pub fallbacks: BTreeMap<String, Vec<String>>,
}

/// One chapter of the book, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterFile {
    /// Project-relative path of the Markdown file, e.g. `handbook/chapters/02-routes.md`.
    pub path: String,
    /// File stem, e.g. `02-routes`: names the `.ftl` and the HTML page.
    pub stem: String,
    /// Message id prefix, e.g. `routes`.
    pub slug: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Variable {
    Number(f64),
    Text(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    A5,
    Letter,
}

impl Paper {
    /// The name Typst gives the paper size.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5 => "a5",
            Paper::Letter => "us-letter",
        }
    }
}

/// PDF standards the PDF renderer can be asked to conform to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PdfStandard {
    Ua1,
    A2b,
    A3b,
    A2a,
}

impl PdfStandard {
    const NAMES: [(&'static str, PdfStandard); 4] = [
        ("ua-1", PdfStandard::Ua1),
        ("a-2b", PdfStandard::A2b),
        ("a-3b", PdfStandard::A3b),
        ("a-2a", PdfStandard::A2a),
    ];
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawManifest {
    id: String,
    source_language: String,
    languages: Vec<String>,
    chapters: Vec<String>,
    #[serde(default)]
    variables: BTreeMap<String, serde_yaml::Value>,
    #[serde(default)]
    paper: Option<String>,
    #[serde(default)]
    pdf_standard: Option<StringOrList>,
    #[serde(default)]
    cover_image: Option<String>,
    #[serde(default)]
    site_url: Option<String>,
    #[serde(default)]
    fallback: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum StringOrList {
    One(String),
    Many(Vec<String>),
}

impl Project {
    /// Loads and validates `<root>/handbook/handbook.yaml`. Every problem found is
    /// returned, each naming the file, line and key.
    pub fn load(root: &Path) -> Result<Project, Diagnostics> {
        let mut diags = Diagnostics::default();
        let manifest_file = root.join(MANIFEST_PATH);
        let text = match crate::diag::read_text(&manifest_file) {
            Ok(text) => text,
            Err(err) => {
                diags.push(
                    Diagnostic::error(format!("cannot read the manifest: {err}"))
                        .in_file(MANIFEST_PATH)
                        .with_hint("a handbook project has handbook/handbook.yaml; pass its folder with --project DIR"),
                );
                return Err(diags);
            }
        };
        let raw: RawManifest = match serde_yaml::from_str(&text) {
            Ok(raw) => raw,
            Err(err) => {
                let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
                let message = err.to_string();
                // serde_yaml appends " at line L column C"; the location is shown separately.
                let message = message
                    .split(" at line ")
                    .next()
                    .unwrap_or(&message)
                    .to_owned();
                diags.push(
                    Diagnostic::error(format!("invalid manifest: {message}")).at(
                        MANIFEST_PATH,
                        line,
                        column,
                    ),
                );
                return Err(diags);
            }
        };
        let project = validate(root, &text, raw, &mut diags);
        if diags.has_errors() {
            Err(diags)
        } else {
            Ok(project)
        }
    }

    pub fn source_language(&self) -> &str {
        &self.source_language
    }

    /// The languages a language falls back to, in order, ending with the source.
    pub fn fallback_chain(&self, lang: &str) -> Vec<String> {
        let mut chain: Vec<String> = self.fallbacks.get(lang).cloned().unwrap_or_default();
        if lang != self.source_language && !chain.contains(&self.source_language) {
            chain.push(self.source_language.clone());
        }
        chain
    }
}

impl Project {
    /// A warning for each folder of `translations/` that is not a language
    /// of the manifest: its files are read by nothing, which a translator
    /// who made it would not guess.
    pub fn unknown_language_folders(&self) -> Vec<Diagnostic> {
        let Ok(entries) = std::fs::read_dir(self.root.join("translations")) else {
            return vec![];
        };
        let mut folders: Vec<String> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| !name.starts_with('.') && !self.languages.contains(name))
            .collect();
        folders.sort();
        let text = crate::diag::read_text(&self.root.join(MANIFEST_PATH)).unwrap_or_default();
        let (line, column) = locate(&text, "languages", None);
        folders
            .into_iter()
            .map(|folder| {
                Diagnostic::warning(format!(
                    "translations/{folder} is not a language of this handbook: nothing reads it"
                ))
                .at(MANIFEST_PATH, line, column)
                .with_hint(format!(
                    "to build it, add `{folder}` to `languages:` here and run `handbook sync`"
                ))
            })
            .collect()
    }
}

/// Where a value first appears in the manifest text, for diagnostics on valid YAML.
fn locate(text: &str, key: &str, value: Option<&str>) -> (usize, usize) {
    let key_line = text
        .lines()
        .position(|l| l.trim_start().starts_with(&format!("{key}:")));
    if let Some(value) = value {
        let start = key_line.unwrap_or(0);
        for (n, line) in text.lines().enumerate().skip(start) {
            if let Some(col) = line.find(value) {
                return (n + 1, line[..col].chars().count() + 1);
            }
        }
    }
    key_line.map_or((1, 1), |n| {
        let line = text.lines().nth(n).unwrap_or("");
        (n + 1, line.len() - line.trim_start().len() + 1)
    })
}

fn error_at(text: &str, key: &str, value: Option<&str>, message: String) -> Diagnostic {
    let (line, col) = locate(text, key, value);
    Diagnostic::error(message).at(MANIFEST_PATH, line, col)
}

pub fn is_fluent_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_valid_language(tag: &str) -> bool {
    !tag.is_empty()
        && tag
            .parse::<unic_langid::LanguageIdentifier>()
            .is_ok_and(|id| {
                // Only the canonical spelling is accepted (`sl`, not `SL`),
                // with an ISO 639 language (two or three letters, as Typst,
                // hyphenation and fonts know them; BCP 47 also allows 5-8).
                let canonical = id.to_string();
                canonical.as_str() == tag && (2..=3).contains(&id.language.as_str().len())
            })
}

fn validate(root: &Path, text: &str, raw: RawManifest, diags: &mut Diagnostics) -> Project {
    let mut check = Validator { root, text, diags };
    check.id(&raw.id);
    let languages = check.languages(&raw.languages, &raw.source_language);
    let chapters = check.chapters(&raw.chapters);
    let variables = check.variables(raw.variables);
    let paper = check.paper(raw.paper.as_deref());
    let pdf_standards = check.pdf_standards(raw.pdf_standard);
    let cover_image = check.cover_image(raw.cover_image);
    let site_url = check.site_url(raw.site_url);
    let fallbacks = check.fallbacks(raw.fallback, &languages);
    Project {
        root: root.to_path_buf(),
        id: raw.id,
        source_language: raw.source_language,
        languages,
        chapters,
        variables,
        paper,
        pdf_standards,
        cover_image,
        site_url,
        fallbacks,
    }
}

/// One validator per manifest key; each reports at the key's line.
struct Validator<'a> {
    root: &'a Path,
    text: &'a str,
    diags: &'a mut Diagnostics,
}

impl Validator<'_> {
    fn id(&mut self, id: &str) {
        let id_ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.starts_with('-');
        if !id_ok {
            self.diags.push(error_at(
            self.text,
            "id",
            None,
            format!("`id` must be lowercase letters, digits and hyphens (it names the output files), not `{}`", id),
        ));
        }
    }

    /// The languages, the source language first.
    fn languages(&mut self, listed: &[String], source: &str) -> Vec<String> {
        let mut languages = Vec::new();
        let mut seen = HashSet::new();
        for lang in listed {
            if !is_valid_language(lang) {
                self.diags.push(error_at(
                self.text,
                "languages",
                Some(lang),
                format!("`languages`: `{lang}` is not a BCP 47 language tag with a two- or three-letter language (e.g. `sl`, `de-AT`, `sr-Latn`)"),
            ));
            } else if !seen.insert(lang.clone()) {
                self.diags.push(error_at(
                    self.text,
                    "languages",
                    Some(lang),
                    format!("`languages`: `{lang}` is listed twice"),
                ));
            } else {
                languages.push(lang.clone());
            }
        }
        if !is_valid_language(source) {
            self.diags.push(error_at(
                self.text,
                "source-language",
                None,
                format!(
                    "`source-language`: `{}` is not a BCP 47 language tag",
                    source
                ),
            ));
        } else if !languages.iter().any(|l| l == source) {
            self.diags.push(error_at(
                self.text,
                "source-language",
                None,
                format!("`source-language` `{}` is not in `languages`", source),
            ));
        } else {
            languages.retain(|l| l != source);
            languages.insert(0, source.to_owned());
        }
        languages
    }

    fn chapters(&mut self, entries: &[String]) -> Vec<ChapterFile> {
        let mut chapters: Vec<ChapterFile> = Vec::new();
        if entries.is_empty() {
            self.diags.push(error_at(
                self.text,
                "chapters",
                None,
                "`chapters` lists no chapter".into(),
            ));
        }
        for entry in entries {
            let error = |message: String| error_at(self.text, "chapters", Some(entry), message);
            let rel = Path::new(entry);
            if rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
                self.diags.push(error(format!(
                    "`chapters`: `{entry}` must be a path inside handbook/ without `..`"
                )));
                continue;
            }
            if rel.extension().and_then(|e| e.to_str()) != Some("md") {
                self.diags.push(error(format!(
                    "`chapters`: `{entry}` is not a Markdown (.md) file"
                )));
                continue;
            }
            let full = self.root.join("handbook").join(rel);
            if !full.is_file() {
                self.diags.push(error(format!(
                    "`chapters`: the chapter file `handbook/{entry}` does not exist"
                )));
                continue;
            }
            if let Err(e) = crate::paths::confined(self.root, &Path::new("handbook").join(rel)) {
                self.diags.push(error(format!("`chapters`: {e}")));
                continue;
            }
            let stem = rel
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            let slug = slug_of_stem(&stem);
            if chapters.iter().any(|c| c.stem == stem) {
                self.diags.push(error(format!(
                "`chapters`: two chapters have the file name `{stem}`; file names must be unique"
            )));
                continue;
            }
            if let Some(taken) = RESERVED_STEMS
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(&stem))
            {
                self.diags.push(error(format!(
                    "`chapters`: a chapter cannot be named `{stem}.md`: {}; rename the file",
                    taken.1
                )));
                continue;
            }
            if chapters.iter().any(|c| c.slug == slug) {
                self.diags.push(error(format!("`chapters`: `{entry}` gives the message prefix `{slug}`, which another chapter already has; rename one file")));
                continue;
            }
            if !stem
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                self.diags.push(error(format!("`chapters`: `{entry}`: file names may hold only ASCII letters, digits, `-` and `_` (they become URLs)")));
                continue;
            }
            chapters.push(ChapterFile {
                path: format!("handbook/{entry}"),
                stem,
                slug,
            });
        }
        chapters
    }

    fn variables(
        &mut self,
        raw: BTreeMap<String, serde_yaml::Value>,
    ) -> BTreeMap<String, Variable> {
        let mut variables = BTreeMap::new();
        for (name, value) in raw {
            if !is_fluent_identifier(&name) {
                self.diags.push(error_at(
                    self.text,
                    "variables",
                    Some(&name),
                    format!("`variables`: `{name}` is not a valid Fluent variable name"),
                ));
                continue;
            }
            let value = match value {
                serde_yaml::Value::Number(n) => match n.as_f64() {
                    Some(value) if value.is_finite() => Variable::Number(value),
                    _ => {
                        self.diags.push(error_at(
                        self.text,
                        "variables",
                        Some(&name),
                        format!("`variables`: `{name}` is `{n}`; a variable must be a finite number or a string"),
                    ));
                        continue;
                    }
                },
                serde_yaml::Value::String(s) => Variable::Text(s),
                serde_yaml::Value::Bool(b) => Variable::Text(b.to_string()),
                _ => {
                    self.diags.push(error_at(
                        self.text,
                        "variables",
                        Some(&name),
                        format!("`variables`: `{name}` must be a number or a string"),
                    ));
                    continue;
                }
            };
            variables.insert(name, value);
        }
        variables
    }

    fn paper(&mut self, name: Option<&str>) -> Paper {
        match name.map(str::to_ascii_lowercase).as_deref() {
            None | Some("a4") => Paper::A4,
            Some("a5") => Paper::A5,
            Some("letter") | Some("us-letter") => Paper::Letter,
            Some(other) => {
                self.diags.push(error_at(
                    self.text,
                    "paper",
                    None,
                    format!("`paper`: `{other}` is not one of a4, a5, letter"),
                ));
                Paper::A4
            }
        }
    }

    fn pdf_standards(&mut self, names: Option<StringOrList>) -> Vec<PdfStandard> {
        let standard_names = match names {
            None => vec![],
            Some(StringOrList::One(s)) => vec![s],
            Some(StringOrList::Many(v)) => v,
        };
        let mut pdf_standards = Vec::new();
        for name in &standard_names {
            match PdfStandard::NAMES
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some((_, standard)) => pdf_standards.push(*standard),
                None => self.diags.push(error_at(
                    self.text,
                    "pdf-standard",
                    None,
                    format!("`pdf-standard`: `{name}` is not one of ua-1, a-2b, a-3b, a-2a"),
                )),
            }
        }
        pdf_standards
    }

    fn cover_image(&mut self, image: Option<String>) -> Option<String> {
        image.and_then(|img| {
            let rel = Path::new(&img);
            if rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
                self.diags.push(error_at(
                    self.text,
                    "cover-image",
                    None,
                    format!("`cover-image`: `{img}` must be a path inside handbook/ without `..`"),
                ));
                return None;
            }
            if !self.root.join("handbook").join(rel).is_file() {
                self.diags.push(error_at(
                    self.text,
                    "cover-image",
                    None,
                    format!("`cover-image`: `handbook/{img}` does not exist"),
                ));
                return None;
            }
            if let Err(e) = crate::paths::confined(self.root, &Path::new("handbook").join(rel)) {
                self.diags.push(error_at(
                    self.text,
                    "cover-image",
                    None,
                    format!("`cover-image`: {e}"),
                ));
                return None;
            }
            Some(format!("handbook/{img}"))
        })
    }

    /// An absolute http(s) URL with a host and no query or fragment; a
    /// missing final `/` is added (pages are addressed below it).
    fn site_url(&mut self, url: Option<String>) -> Option<String> {
        let url = url?;
        let host = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .and_then(|rest| rest.split('/').next())
            .unwrap_or("");
        let plain = url.chars().all(|c| c.is_ascii_graphic())
            && !url.contains(['?', '#', '"', '<', '>', '\\']);
        if host.is_empty() || !plain {
            self.diags.push(error_at(
                self.text,
                "site-url",
                None,
                format!("`site-url`: `{url}` is not an absolute http:// or https:// URL without a query or fragment, such as https://example.org/handbook/"),
            ));
            return None;
        }
        Some(if url.ends_with('/') {
            url
        } else {
            format!("{url}/")
        })
    }

    fn fallbacks(
        &mut self,
        raw: BTreeMap<String, Vec<String>>,
        languages: &[String],
    ) -> BTreeMap<String, Vec<String>> {
        let mut fallbacks = BTreeMap::new();
        for (lang, chain) in raw {
            for l in chain.iter().chain(std::iter::once(&lang)) {
                if !languages.contains(l) {
                    self.diags.push(error_at(
                        self.text,
                        "fallback",
                        Some(l),
                        format!("`fallback`: `{l}` is not one of `languages`"),
                    ));
                }
            }
            fallbacks.insert(lang, chain);
        }
        fallbacks
    }
}

/// File stems a chapter cannot have, because its `.ftl` or its page would
/// be the same file as one handbook writes for another purpose.
const RESERVED_STEMS: [(&str, &str); 3] = [
    (
        "handbook",
        "`translations/<lang>/handbook.ftl` holds the title, notices and terms",
    ),
    (
        "obsolete",
        "`translations/<lang>/obsolete.ftl` keeps translations whose source is gone",
    ),
    (
        "index",
        "`<lang>/index.html` is the cover page of the website",
    ),
];

/// The message-id prefix of a chapter: its file stem without a leading number,
/// made a valid Fluent identifier (`02-routes` → `routes`).
pub fn slug_of_stem(stem: &str) -> String {
    let trimmed = stem
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['-', '_']);
    let mut slug: String = trimmed
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if !slug.starts_with(|c: char| c.is_ascii_alphabetic()) {
        slug = format!("ch{slug}");
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_the_number_prefix() {
        assert_eq!(slug_of_stem("02-routes"), "routes");
        assert_eq!(slug_of_stem("intro"), "intro");
        assert_eq!(slug_of_stem("10_Further_Reading"), "further-reading");
        assert_eq!(slug_of_stem("42"), "ch");
    }

    #[test]
    fn language_tags_are_checked() {
        assert!(is_valid_language("sl"));
        assert!(is_valid_language("de-AT"));
        assert!(is_valid_language("sr-Latn"));
        assert!(is_valid_language("zh-Hant-TW"));
        assert!(is_valid_language("es-419"));
        assert!(!is_valid_language("not a tag"));
        assert!(!is_valid_language(""));
        assert!(!is_valid_language("abcde"), "a 5-8 letter language subtag");
    }

    fn site_url(value: &str) -> (Option<String>, Vec<String>) {
        let mut diags = Diagnostics::default();
        let text = format!("site-url: {value}\n");
        let mut check = Validator {
            root: Path::new("."),
            text: &text,
            diags: &mut diags,
        };
        let url = check.site_url(Some(value.to_owned()));
        (url, diags.items.iter().map(|d| d.message.clone()).collect())
    }

    #[test]
    fn the_site_url_is_absolute_and_ends_in_a_slash() {
        assert_eq!(
            site_url("https://example.org/handbook").0.as_deref(),
            Some("https://example.org/handbook/")
        );
        assert_eq!(
            site_url("http://example.org/").0.as_deref(),
            Some("http://example.org/")
        );
        for wrong in [
            "example.org/handbook",
            "/handbook/",
            "https://",
            "https://example.org/?lang=en",
            "https://example.org/#top",
            "https://example.org/a b",
            "ftp://example.org/",
        ] {
            let (url, errors) = site_url(wrong);
            assert_eq!(url, None, "{wrong}");
            assert!(
                errors.len() == 1 && errors[0].contains("`site-url`"),
                "{wrong}: {errors:?}"
            );
        }
    }
}
