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
    /// The funder's emblem (the EU flag), set beside the funding statement
    /// on the cover and in the site's footer; project-relative.
    pub emblem: Option<String>,
    /// Where the website is published (`https://example.org/handbook/`,
    /// always ending in `/`): absolute URLs for sharing (Open Graph).
    pub site_url: Option<String>,
    /// Per language, the languages tried before the source language.
    pub fallbacks: BTreeMap<String, Vec<String>>,
    /// The print PDFs built beside the screen PDF.
    pub print_profiles: Vec<PrintProfile>,
    /// What the imprint says about this edition (all optional).
    pub imprint: Imprint,
    /// The font families chosen per language (`fonts:`), by language or
    /// `default`.
    pub fonts: BTreeMap<String, FontChoice>,
}

/// The font families a language is set in; None keeps the built-in design.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FontChoice {
    pub body: Option<String>,
    pub heading: Option<String>,
}

impl FontChoice {
    /// The families named, body first.
    pub fn families(&self) -> impl Iterator<Item = &str> {
        self.body.iter().chain(&self.heading).map(String::as_str)
    }
}

/// A print PDF built beside the screen PDF (`print:` in the manifest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrintProfile {
    /// For a print shop: bleed, crop marks, trim and bleed boxes, pages
    /// padded to a multiple of 4.
    Shop,
    /// Half-size pages imposed two-up in saddle-stitch order, for an office
    /// duplex printer.
    Booklet,
}

impl PrintProfile {
    const NAMES: [(&'static str, PrintProfile); 2] = [
        ("shop", PrintProfile::Shop),
        ("booklet", PrintProfile::Booklet),
    ];
}

/// The language-independent facts of the imprint, from the manifest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imprint {
    /// The edition's number (1 for the first edition).
    pub edition: Option<u32>,
    /// A version of the text within the edition (`2.1`).
    pub version: Option<String>,
    /// The publication date (year, month, day): not the build date.
    pub publication_date: Option<(i32, u8, u8)>,
    pub license: Option<License>,
    /// The grant agreement's number.
    pub grant: Option<String>,
    /// An address or site readers can write to.
    pub contact: Option<String>,
}

/// A licence by its SPDX id, with the URL of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct License {
    pub spdx: String,
    pub url: String,
}

/// The licences the manifest knows: SPDX id, URL of the legal text.
const LICENSES: [(&str, &str); 8] = [
    ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    (
        "CC-BY-SA-4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "CC-BY-NC-4.0",
        "https://creativecommons.org/licenses/by-nc/4.0/",
    ),
    (
        "CC-BY-NC-SA-4.0",
        "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    ),
    (
        "CC-BY-ND-4.0",
        "https://creativecommons.org/licenses/by-nd/4.0/",
    ),
    (
        "CC-BY-NC-ND-4.0",
        "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    ),
    (
        "CC0-1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    ("MIT", "https://opensource.org/license/mit"),
];

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
    #[serde(default)]
    emblem: Option<String>,
    #[serde(default)]
    print: Option<StringOrList>,
    #[serde(default)]
    edition: Option<serde_yaml::Value>,
    #[serde(default)]
    version: Option<serde_yaml::Value>,
    #[serde(default)]
    publication_date: Option<serde_yaml::Value>,
    #[serde(default)]
    license: Option<String>,
    #[serde(default)]
    grant: Option<serde_yaml::Value>,
    #[serde(default)]
    contact: Option<String>,
    #[serde(default)]
    fonts: BTreeMap<String, FontChoice>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum StringOrList {
    One(String),
    Many(Vec<String>),
}

impl Project {
    /// The font families `language` is set in: its own `fonts:` entry, each
    /// family it leaves out from `default`.
    pub fn fonts_of(&self, language: &str) -> FontChoice {
        let default = self.fonts.get("default").cloned().unwrap_or_default();
        let own = self.fonts.get(language).cloned().unwrap_or_default();
        FontChoice {
            body: own.body.or(default.body),
            heading: own.heading.or(default.heading),
        }
    }

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

/// An error at `value` under the manifest key `key`, for problems found
/// after loading (a font family no font has).
pub(crate) fn error_in_manifest(
    root: &Path,
    key: &str,
    value: &str,
    message: String,
) -> Diagnostic {
    let text = std::fs::read_to_string(root.join(MANIFEST_PATH)).unwrap_or_default();
    error_at(&text, key, Some(value), message)
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
    let cover_image = check.image("cover-image", raw.cover_image);
    let emblem = check.image("emblem", raw.emblem);
    let site_url = check.site_url(raw.site_url);
    let fallbacks = check.fallbacks(raw.fallback, &languages);
    let print_profiles = check.print_profiles(raw.print);
    let fonts = check.fonts(raw.fonts, &languages);
    let imprint = Imprint {
        edition: check.edition(raw.edition),
        version: check.scalar("version", raw.version),
        publication_date: check.publication_date(raw.publication_date),
        license: check.license(raw.license),
        grant: check.scalar("grant", raw.grant),
        contact: check.scalar("contact", raw.contact.map(serde_yaml::Value::String)),
    };
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
        emblem,
        site_url,
        fallbacks,
        print_profiles,
        imprint,
        fonts,
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

    /// An image key (`cover-image`, `emblem`): a file inside handbook/.
    fn image(&mut self, key: &str, image: Option<String>) -> Option<String> {
        image.and_then(|img| {
            let rel = Path::new(&img);
            let problem = if rel.is_absolute()
                || rel.components().any(|c| !matches!(c, Component::Normal(_)))
            {
                Some(format!(
                    "`{key}`: `{img}` must be a path inside handbook/ without `..`"
                ))
            } else if !self.root.join("handbook").join(rel).is_file() {
                Some(format!("`{key}`: `handbook/{img}` does not exist"))
            } else {
                crate::paths::confined(self.root, &Path::new("handbook").join(rel))
                    .err()
                    .map(|e| format!("`{key}`: {e}"))
            };
            match problem {
                Some(message) => {
                    self.diags.push(error_at(self.text, key, None, message));
                    None
                }
                None => Some(format!("handbook/{img}")),
            }
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

impl Validator<'_> {
    /// `fonts:` keys are `default` or a language of the book; a family is a
    /// name (whether a font has it is known when the fonts are loaded).
    fn fonts(
        &mut self,
        fonts: BTreeMap<String, FontChoice>,
        languages: &[String],
    ) -> BTreeMap<String, FontChoice> {
        let mut kept = BTreeMap::new();
        for (key, choice) in fonts {
            if key != "default" && !languages.contains(&key) {
                self.diags.push(error_at(
                    self.text,
                    "fonts",
                    Some(&key),
                    format!("`fonts`: `{key}` is neither `default` nor a language of the book"),
                ));
                continue;
            }
            if choice.families().any(|f| f.trim().is_empty()) {
                self.diags.push(error_at(
                    self.text,
                    "fonts",
                    Some(&key),
                    format!("`fonts`: `{key}` names an empty font family"),
                ));
                continue;
            }
            kept.insert(key, choice);
        }
        kept
    }

    fn print_profiles(&mut self, names: Option<StringOrList>) -> Vec<PrintProfile> {
        let names = match names {
            None => vec![],
            Some(StringOrList::One(s)) => vec![s],
            Some(StringOrList::Many(v)) => v,
        };
        let mut profiles = Vec::new();
        for name in &names {
            match PrintProfile::NAMES
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
            {
                Some((_, profile)) if profiles.contains(profile) => self.diags.push(error_at(
                    self.text,
                    "print",
                    Some(name),
                    format!("`print`: `{name}` is listed twice"),
                )),
                Some((_, profile)) => profiles.push(*profile),
                None => self.diags.push(error_at(
                    self.text,
                    "print",
                    Some(name),
                    format!("`print`: `{name}` is not one of shop, booklet"),
                )),
            }
        }
        profiles.sort();
        profiles
    }

    fn edition(&mut self, value: Option<serde_yaml::Value>) -> Option<u32> {
        let value = value?;
        match value.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) if n >= 1 => Some(n),
            _ => {
                self.diags.push(error_at(
                    self.text,
                    "edition",
                    None,
                    "`edition`: the edition's number, 1 or more (`edition: 2` for the second edition)".into(),
                ));
                None
            }
        }
    }

    /// A key whose value is printed as it is written (a string or a number).
    fn scalar(&mut self, key: &str, value: Option<serde_yaml::Value>) -> Option<String> {
        let text = match value? {
            serde_yaml::Value::String(s) => s,
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => {
                self.diags.push(error_at(
                    self.text,
                    key,
                    None,
                    format!("`{key}` must be a string or a number"),
                ));
                return None;
            }
        };
        let text = text.trim().to_owned();
        if text.is_empty() || text.chars().any(char::is_control) {
            self.diags.push(error_at(
                self.text,
                key,
                None,
                format!("`{key}` must be one line of text"),
            ));
            return None;
        }
        Some(text)
    }

    fn publication_date(&mut self, value: Option<serde_yaml::Value>) -> Option<(i32, u8, u8)> {
        let value = value?;
        let text = value.as_str().unwrap_or_default();
        let parsed = parse_iso_date(text);
        if parsed.is_none() {
            self.diags.push(error_at(
                self.text,
                "publication-date",
                None,
                "`publication-date`: a date written YYYY-MM-DD (`publication-date: 2026-12-01`)"
                    .into(),
            ));
        }
        parsed
    }

    fn license(&mut self, id: Option<String>) -> Option<License> {
        let id = id?;
        match LICENSES
            .iter()
            .find(|(spdx, _)| spdx.eq_ignore_ascii_case(id.trim()))
        {
            Some((spdx, url)) => Some(License {
                spdx: (*spdx).to_owned(),
                url: (*url).to_owned(),
            }),
            None => {
                let known: Vec<&str> = LICENSES.iter().map(|(spdx, _)| *spdx).collect();
                self.diags.push(error_at(
                    self.text,
                    "license",
                    None,
                    format!(
                        "`license`: `{id}` is not an SPDX licence id handbook knows the text of: {}",
                        known.join(", ")
                    ),
                ));
                None
            }
        }
    }
}

/// A calendar date written `YYYY-MM-DD` (years 1 to 9999), checked day by day.
fn parse_iso_date(text: &str) -> Option<(i32, u8, u8)> {
    let mut parts = text.trim().split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let year: i32 = year.parse().ok().filter(|y| *y >= 1)?;
    let month: u8 = month.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day: u8 = day.parse().ok()?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// File stems a chapter cannot have, because its `.ftl` or its page would
/// be the same file as one handbook writes for another purpose.
const RESERVED_STEMS: [(&str, &str); 4] = [
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
    (
        "imprint",
        "`<lang>/imprint.html` is the website's \"About this edition\" page",
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
    fn publication_dates_are_calendar_dates() {
        assert_eq!(parse_iso_date("2026-12-01"), Some((2026, 12, 1)));
        assert_eq!(parse_iso_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso_date("2026-02-29"), None);
        assert_eq!(parse_iso_date("2026-13-01"), None);
        assert_eq!(parse_iso_date("1/12/2026"), None);
        assert_eq!(parse_iso_date("2026-12-01-01"), None);
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
