//! Hyphenation Typst cannot do itself: Romanian has no patterns in Typst's
//! hypher, so Romanian text gets soft hyphens (U+00AD) from TeX's Romanian
//! patterns (the `hyphenation` crate), which Typst breaks at like any other.

use std::sync::LazyLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

const SOFT_HYPHEN: char = '\u{AD}';

static ROMANIAN: LazyLock<Option<Standard>> =
    LazyLock::new(|| Standard::from_embedded(Language::Romanian).ok());

/// Whether `language` needs soft hyphens from us.
pub fn needs_soft_hyphens(language: &str) -> bool {
    language.split('-').next() == Some("ro")
}

/// Inserts soft hyphens into every word of `text` (Romanian patterns).
pub fn soft_hyphenate(text: &str) -> String {
    let Some(dictionary) = ROMANIAN.as_ref() else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().count() >= 5 && !word.contains(SOFT_HYPHEN) {
            hyphenate_word(dictionary, word, out);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn hyphenate_word(dictionary: &Standard, word: &str, out: &mut String) {
    // Patterns are lowercase; map break offsets back through character positions.
    let lower: String = word
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect();
    let breaks: Vec<usize> = dictionary
        .hyphenate(&lower)
        .breaks
        .into_iter()
        .map(|byte| lower[..byte].chars().count())
        .collect();
    for (n, c) in word.chars().enumerate() {
        if breaks.contains(&n) {
            out.push(SOFT_HYPHEN);
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanian_words_get_soft_hyphens() {
        let text = soft_hyphenate("Comunitățile locale și integrarea migranților.");
        let shown = text.replace(SOFT_HYPHEN, "-");
        assert!(
            shown.contains("Co-mu-ni-tă-ți-le") || shown.contains("Comu-ni"),
            "{shown}"
        );
        assert!(
            shown.contains("in-te-gra-rea") || shown.contains("inte-gra"),
            "{shown}"
        );
        assert_eq!(
            text.replace(SOFT_HYPHEN, ""),
            "Comunitățile locale și integrarea migranților."
        );
    }
}
