//! The fonts in the EPUB and on the site: the project's files of the
//! families a language is set in (the manifest's `fonts:`), in the EPUB also
//! the built-in script fonts its text needs (e-readers often lack Ethiopic
//! or Devanagari), the stylesheet that names them, and the fonts' licences
//! carried beside them.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::pdf::fonts::{FontSet, ProjectFont, SCRIPT_FONTS, ScriptFont};
use crate::document::Document;

/// What a language's EPUB or site carries for its fonts.
pub(crate) struct WebFonts<'a> {
    /// The project's font files of the chosen families.
    files: Vec<&'a ProjectFont>,
    /// The licence files of the project's `fonts/` folder.
    licences: &'a [(String, Vec<u8>)],
    /// The built-in script fonts the text needs.
    scripts: Vec<&'static ScriptFont>,
    /// `@font-face` for each file (in `fonts/` beside the stylesheet that
    /// holds these rules) and the rules setting body and headings.
    pub css: String,
}

impl WebFonts<'_> {
    /// The files the EPUB or site carries in its `fonts/` folder: (name,
    /// media type, bytes) of each font file, then of the licences, which go
    /// only with a font.
    pub fn carried(&self) -> Vec<(&str, &'static str, &[u8])> {
        let licences = self.licences.iter().filter(|_| !self.files.is_empty());
        let mut script_licences: Vec<(&str, &[u8])> =
            self.scripts.iter().map(|f| f.licence).collect();
        script_licences.dedup();
        self.files
            .iter()
            .map(|f| (f.file_name.as_str(), f.media_type, &f.bytes[..]))
            .chain(licences.map(|(name, bytes)| (name.as_str(), "text/plain", &bytes[..])))
            .chain(self.scripts.iter().map(|f| (f.file, "font/ttf", f.bytes)))
            .chain(
                script_licences
                    .into_iter()
                    .map(|(name, bytes)| (name, "text/plain", bytes)),
            )
            .collect()
    }
}

/// The fonts of `document`'s language; None when it keeps the built-in
/// design and `text` (the language's pages, for the EPUB; empty for the
/// site) needs no built-in script font. `generic` follows the chosen family
/// in each family list (`serif`, `sans-serif`), the script fonts follow it.
pub(crate) fn for_document<'a>(
    document: &Document,
    fonts: &'a FontSet,
    generic: &str,
    text: &str,
) -> Option<WebFonts<'a>> {
    let chosen: Vec<&str> = document.fonts.families().collect();
    let scripts = script_fonts_for(text);
    if chosen.is_empty() && scripts.is_empty() {
        return None;
    }
    let files = fonts.project_files(&chosen);
    let mut css = String::new();
    if !files.is_empty() {
        css.push_str("\n/* The fonts chosen for this language (handbook.yaml, `fonts:`). */\n");
    }
    for file in &files {
        css.push_str(&font_face(file));
    }
    let mut fallback = String::new();
    if !scripts.is_empty() {
        css.push_str("\n/* Scripts of the text a reading system may have no font for. */\n");
        let mut families = Vec::new();
        for script_font in &scripts {
            let (family, weight) = script_font.family_and_weight();
            let _ = writeln!(
                css,
                "@font-face {{ font-family: {}; src: url({}) format(\"truetype\"); font-weight: {weight}; font-style: normal; }}",
                css_string(&family),
                css_string(&format!("fonts/{}", script_font.file)),
            );
            if !families.contains(&family) {
                families.push(family);
            }
        }
        for family in families {
            let _ = write!(fallback, ", {}", css_string(&family));
        }
    }
    let body = document
        .fonts
        .body
        .as_deref()
        .map(|b| format!("{}, ", css_string(b)));
    if body.is_some() || !fallback.is_empty() {
        let _ = writeln!(
            css,
            "body {{ font-family: {}{generic}{fallback}; }}",
            body.unwrap_or_default()
        );
    }
    if let Some(heading) = &document.fonts.heading {
        let _ = writeln!(
            css,
            "h1, h2, h3, h4, h5, h6 {{ font-family: {}, {generic}{fallback}; }}",
            css_string(heading)
        );
    }
    Some(WebFonts {
        files,
        licences: &fonts.licences,
        scripts,
        css,
    })
}

/// The built-in script fonts for the scripts `text` is written in.
fn script_fonts_for(text: &str) -> Vec<&'static ScriptFont> {
    // Dingbats and symbols (✓, ☎) are in the fonts readers have; emoji
    // proper (U+1F000 on) are not.
    let scripts: BTreeSet<String> = text
        .chars()
        .filter(|c| !c.is_ascii())
        .filter_map(|c| super::pdf::script_of(c).filter(|s| s != "emoji" || c >= '\u{1F000}'))
        .collect();
    SCRIPT_FONTS
        .iter()
        .filter(|font| scripts.contains(font.script))
        .collect()
}

/// The `@font-face` rule of a file in `fonts/` beside the stylesheet; the
/// family and the file's name (a project's data) as CSS strings.
fn font_face(file: &ProjectFont) -> String {
    format!(
        "@font-face {{ font-family: {}; src: url({}) format(\"{}\"); font-weight: {}; font-style: {}; }}\n",
        css_string(&file.family),
        css_string(&format!("fonts/{}", file.file_name)),
        if file.media_type == "font/otf" {
            "opentype"
        } else {
            "truetype"
        },
        file.weight,
        if file.italic { "italic" } else { "normal" },
    )
}

/// A CSS string: the family's name in quotes, quotes and backslashes escaped.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_name_is_a_css_string_whatever_it_holds() {
        assert_eq!(css_string("Noto Naskh Arabic"), "\"Noto Naskh Arabic\"");
        assert_eq!(css_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\a \"");
    }

    #[test]
    fn a_font_file_name_cannot_end_the_url_of_its_rule() {
        let file = ProjectFont {
            file_name: "x\") } body { color: red } .y{\".ttf".into(),
            family: "Sans".into(),
            weight: 700,
            italic: true,
            media_type: "font/ttf",
            bytes: vec![],
        };
        assert_eq!(
            font_face(&file),
            "@font-face { font-family: \"Sans\"; src: url(\"fonts/x\\\") } body { color: red } .y{\\\".ttf\") format(\"truetype\"); font-weight: 700; font-style: italic; }\n"
        );
    }
}
