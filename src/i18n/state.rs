//! What handbook knows about a language's translations beyond their text,
//! kept where no translation platform rewrites it: `translations/<lang>/state.json`,
//! maintained by `sync` and `confirm`, committed with the translations.
//!
//! A translation is stale when its message's source text changed after it
//! was written: sync carried it over to the new text's id and recorded the
//! source it was made for and a hash of the translation as it was. It stays
//! stale while the translation is unchanged; a translator who edits it (by
//! hand, in Weblate, in Pontoon) has reviewed it, and `handbook confirm`
//! confirms it without an edit. The `# STALE:` comments sync writes into the
//! `.ftl` files are for people reading them; nothing depends on them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::diag::Diagnostic;
use crate::source::MessageText;

/// The state file's name in a language's folder.
pub const STATE_FILE: &str = "state.json";

/// One language's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageState {
    /// The format of this file.
    #[serde(rename = "handbook-state")]
    pub format: u32,
    /// Translations waiting for review, by message id.
    #[serde(default)]
    pub stale: BTreeMap<String, StaleRecord>,
}

/// Why a translation needs review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaleRecord {
    /// The source text the translation was made for.
    pub previous_source: String,
    /// [`translation_hash`] of the translation when it became stale.
    pub translation: String,
}

impl LanguageState {
    pub const FORMAT: u32 = 1;

    /// Whether the translation of `id`, as it reads now, still waits for review.
    pub fn is_stale(&self, id: &str, translation: &MessageText) -> bool {
        self.stale
            .get(id)
            .is_some_and(|r| r.translation == translation_hash(translation))
    }

    /// The file's text: stable key order, one record per line group, so that
    /// a change is a small diff.
    pub fn to_json(&self) -> String {
        let state = LanguageState {
            format: Self::FORMAT,
            stale: self.stale.clone(),
        };
        let mut text = serde_json::to_string_pretty(&state).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// A layout-independent fingerprint of a translation: 64 bits of SHA-256
/// over its whitespace-collapsed text (a platform's reformatting keeps it,
/// any edit of the words changes it).
pub fn translation_hash(text: &MessageText) -> String {
    let digest = Sha256::digest(text.normalized().as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads `translations/<language>/state.json`; None when there is none (a
/// project from before state files: sync then takes the state from the
/// `# STALE:` comments once).
pub fn read(root: &std::path::Path, language: &str) -> Result<Option<LanguageState>, Diagnostic> {
    let rel = format!("translations/{language}/{STATE_FILE}");
    let path = crate::paths::confined(root, std::path::Path::new(&rel))
        .map_err(|e| Diagnostic::error(e).in_file(&rel))?;
    let text = match crate::diag::read_text(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Diagnostic::error(format!("cannot read the file: {e}")).in_file(&rel)),
    };
    serde_json::from_str::<LanguageState>(&text)
        .map(Some)
        .map_err(|e| {
            Diagnostic::error(format!("the translation state cannot be read: {e}"))
                .at(&rel, e.line().max(1), e.column().max(1))
                .with_hint("it is written by `handbook sync`; restore it from version control")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stale_translation_stays_stale_until_its_words_change() {
        let old = MessageText::from_markdown("Stara   prevod\nbesedila.");
        let mut state = LanguageState::default();
        state.stale.insert(
            "x-p-1".into(),
            StaleRecord {
                previous_source: "Old text.".into(),
                translation: translation_hash(&old),
            },
        );
        // Reformatted by a platform: the same words.
        assert!(state.is_stale(
            "x-p-1",
            &MessageText::from_markdown("Stara prevod besedila.")
        ));
        assert!(!state.is_stale("x-p-1", &MessageText::from_markdown("Nov prevod.")));
        assert!(!state.is_stale("x-p-2", &old));
        let text = state.to_json();
        assert!(text.starts_with("{\n  \"handbook-state\": 1,"), "{text}");
        assert_eq!(
            serde_json::from_str::<LanguageState>(&text).unwrap().stale,
            state.stale
        );
    }
}
