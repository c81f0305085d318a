//! The fonts a PDF is set in: those embedded in the binary (Latin, Greek,
//! Cyrillic, Hebrew from Typst; Arabic, Ethiopic, Devanagari and emoji
//! fetched by build.rs, `script-fonts.lock`) and the project's own `fonts/`
//! folder. One set per project folder, loaded once and shared by every
//! language.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use typst::foundations::Bytes;
use typst::text::Font;
use typst_kit::fonts::FontStore;

use crate::diag::Diagnostic;

/// The project folder of fonts a book brings.
pub const PROJECT_FONTS: &str = "fonts";

/// A script font built into the binary (`script-fonts.lock`).
pub(crate) struct ScriptFont {
    /// Its file name, as the package has it.
    pub file: &'static str,
    /// The script it is for: a Unicode script's name, or `emoji`.
    pub script: &'static str,
    pub bytes: &'static [u8],
    /// Its licence file: name and text (the OFL with the font's copyright).
    pub licence: (&'static str, &'static [u8]),
}

impl ScriptFont {
    /// Its family and weight (100-900), as CSS names them.
    pub(crate) fn family_and_weight(&self) -> (String, u16) {
        faces(self.bytes).first().map_or_else(
            || (self.file.to_owned(), 400),
            |face| {
                let info = face.info();
                (info.family.clone(), info.variant.weight.to_number())
            },
        )
    }
}

// `SCRIPT_FONTS`, the font files built in (README, "Scripts and fonts"):
// regular and bold of each script Typst's own fonts lack (Libertinus Serif
// has Hebrew). Amiri, a Naskh, for the Arabic script
// (Arabic, Persian, Pashto, Urdu, Sorani): Noto Naskh and Noto Sans Arabic
// draw a letter's dots as glyphs of their own, and a PDF's text then repeats
// the letter (بكم came out of pdftotext as ببكم). Noto for the others, serif
// designs where Noto has them, to sit beside Libertinus Serif; Noto Emoji,
// monochrome, for emoji.
include!(concat!(env!("OUT_DIR"), "/script_fonts.rs"));

/// A TrueType or OpenType file of the project's `fonts/` folder: the EPUB
/// embeds it and the site serves it when a language is set in its family.
pub struct ProjectFont {
    /// Its name in the EPUB's and the site's `fonts/` folder.
    pub file_name: String,
    pub family: String,
    /// 100-900, as CSS's `font-weight`.
    pub weight: u16,
    pub italic: bool,
    /// `font/ttf` or `font/otf`.
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
}

/// The fonts of one project's PDFs.
pub struct FontSet {
    pub(crate) store: FontStore,
    /// The project's own font files (not collections: web and EPUB take one
    /// face a file).
    pub project: Vec<ProjectFont>,
    /// The licence files beside them (`OFL.txt`, `LICENSE`…), by name.
    pub licences: Vec<(String, Vec<u8>)>,
    /// Problems reading the project's `fonts/` folder (a file that is no
    /// font), as warnings.
    pub(crate) problems: Vec<Diagnostic>,
}

/// Every font file under `folder` and its subfolders, sorted.
fn font_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![folder.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(
                    e.to_ascii_lowercase().as_str(),
                    "ttf" | "otf" | "ttc" | "otc"
                )
            }) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A file of a fonts folder that is a font's licence (`OFL.txt`, `LICENSE.md`,
/// `COPYING`): its name starts so, whatever its extension.
fn is_licence(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["ofl", "license", "licence", "copying"]
        .iter()
        .any(|start| name.starts_with(start))
}

/// The faces of one font file (a collection has several).
fn faces(bytes: impl AsRef<[u8]> + Send + Sync + 'static) -> Vec<Font> {
    Font::iter(Bytes::new(bytes)).collect()
}

impl FontSet {
    /// The project's fonts, then the embedded ones.
    fn load(root: Option<&Path>) -> FontSet {
        let mut store = FontStore::new();
        let mut problems = Vec::new();
        let mut project_fonts = Vec::new();
        let mut licences = Vec::new();
        if let Some(root) = root {
            let folder = root.join(PROJECT_FONTS);
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&folder)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect();
            entries.sort();
            for path in entries {
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if !(path.is_file() && is_licence(name)) {
                    continue;
                }
                match crate::paths::read_inside(root, &format!("{PROJECT_FONTS}/{name}")) {
                    Ok(bytes) => licences.push((name.to_owned(), bytes)),
                    Err(problem) => problems.push(
                        Diagnostic::warning(format!("{problem}: not published"))
                            .in_file(format!("{PROJECT_FONTS}/{name}")),
                    ),
                }
            }
        }
        // The project's first: its families win a tie with the built-in ones.
        let project = root.map(|r| font_files(&r.join(PROJECT_FONTS)));
        for path in project.into_iter().flatten() {
            let root = root.unwrap_or(Path::new(""));
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            // The files are published (EPUB, site): one that leads out of the
            // project through a symbolic link is not read at all.
            let bytes = match crate::paths::read_inside(root, &shown) {
                Ok(bytes) => bytes,
                Err(problem) => {
                    problems.push(
                        Diagnostic::warning(format!("{problem}: not used")).in_file(shown.clone()),
                    );
                    continue;
                }
            };
            let fonts = faces(bytes.clone());
            let media_type = match path.extension().and_then(|e| e.to_str()) {
                Some(e) if e.eq_ignore_ascii_case("ttf") => Some("font/ttf"),
                Some(e) if e.eq_ignore_ascii_case("otf") => Some("font/otf"),
                _ => None,
            };
            if let (Some(media_type), [font]) = (media_type, fonts.as_slice()) {
                let info = font.info();
                project_fonts.push(ProjectFont {
                    file_name: shown
                        .trim_start_matches(&format!("{PROJECT_FONTS}/"))
                        .replace('/', "-"),
                    family: info.family.clone(),
                    weight: info.variant.weight.to_number(),
                    italic: info.variant.style != typst::text::FontStyle::Normal,
                    media_type,
                    bytes,
                });
            }
            if fonts.is_empty() {
                problems.push(
                    Diagnostic::warning(format!(
                        "`{shown}` is not a font Typst can read: not used"
                    ))
                    .in_file(shown)
                    .with_hint("the PDF takes TrueType and OpenType fonts (.ttf, .otf, .ttc)"),
                );
            }
            store.extend(fonts.into_iter().map(|f| {
                let info = f.info().clone();
                (f, info)
            }));
        }
        store.extend(typst_kit::fonts::embedded());
        for script_font in SCRIPT_FONTS {
            store.extend(faces(script_font.bytes).into_iter().map(|f| {
                let info = f.info().clone();
                (f, info)
            }));
        }
        FontSet {
            store,
            project: project_fonts,
            licences,
            problems,
        }
    }

    /// Whether a font of the set has the family `family` (any case).
    pub fn has_family(&self, family: &str) -> bool {
        self.store.book().contains_family(&family.to_lowercase())
    }

    /// Every family of the set, sorted (for a hint naming them).
    pub fn families(&self) -> Vec<String> {
        let mut families: Vec<String> = self
            .store
            .book()
            .families()
            .map(|(family, _)| family.to_owned())
            .collect();
        families.sort();
        families.dedup();
        families
    }

    /// The project's font files of the families a language is set in.
    pub fn project_files<'a>(&'a self, families: &[&str]) -> Vec<&'a ProjectFont> {
        self.project
            .iter()
            .filter(|f| families.iter().any(|w| w.eq_ignore_ascii_case(&f.family)))
            .collect()
    }
}

/// The built-in script fonts a layout draws with: what
/// a `.typ` written for the `typst` command line needs beside it.
pub(crate) fn script_fonts_used(pages: &[typst_layout::Page]) -> Vec<&'static ScriptFont> {
    fn walk(frame: &typst::layout::Frame, used: &mut HashSet<usize>) {
        for (_, item) in frame.items() {
            match item {
                typst::layout::FrameItem::Group(group) => walk(&group.frame, used),
                typst::layout::FrameItem::Text(text) => {
                    used.insert(text.font.data().as_ptr() as usize);
                }
                _ => {}
            }
        }
    }
    let mut used = HashSet::new();
    for page in pages {
        walk(&page.frame, &mut used);
    }
    // The store holds the static bytes themselves (Bytes::new over them).
    SCRIPT_FONTS
        .iter()
        .filter(|font| used.contains(&(font.bytes.as_ptr() as usize)))
        .collect()
}

/// The font sets loaded so far, by project folder, with the state of its
/// `fonts/` folder they were loaded from.
type Loaded = HashMap<PathBuf, (Vec<(PathBuf, Option<std::time::SystemTime>)>, Arc<FontSet>)>;

static SETS: LazyLock<Mutex<Loaded>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// The embedded fonts alone, for documents without a project folder.
pub fn builtin() -> Arc<FontSet> {
    static BUILTIN: LazyLock<Arc<FontSet>> = LazyLock::new(|| Arc::new(FontSet::load(None)));
    BUILTIN.clone()
}

/// The font set of the project at `root`, loaded again when its `fonts/`
/// folder changed (for `serve`).
pub fn for_project(root: &Path) -> Arc<FontSet> {
    let stamp: Vec<(PathBuf, Option<std::time::SystemTime>)> =
        font_files(&root.join(PROJECT_FONTS))
            .into_iter()
            .map(|p| {
                let modified = std::fs::metadata(&p).and_then(|m| m.modified()).ok();
                (p, modified)
            })
            .collect();
    let mut sets = SETS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((seen, set)) = sets.get(root)
        && *seen == stamp
    {
        return set.clone();
    }
    let set = Arc::new(FontSet::load(Some(root)));
    sets.insert(root.to_owned(), (stamp, set.clone()));
    set
}
