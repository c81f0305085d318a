//! Hyphenation Typst cannot do itself, as soft hyphens (U+00AD) that Typst
//! breaks at like at any other: Romanian (no patterns in Typst's hypher)
//! and Greek (hypher allows one-letter fragments, "α-ναγνωριστεί", and
//! Typst cannot be told otherwise), from TeX's patterns (the `hyphenation`
//! crate) with at least two letters on each side of a break. Addresses
//! (URLs, e-mail) are never hyphenated. The soft hyphens where no line
//! broke leave the PDF's text layer again (see the text_layer module).

use std::sync::LazyLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

const SOFT_HYPHEN: char = '\u{AD}';

/// The languages handbook hyphenates, with their patterns.
const LANGUAGES: &[(&str, Language)] = &[("ro", Language::Romanian), ("el", Language::GreekMono)];

/// Letters kept together at the start and at the end of a word.
const MINIMA: (usize, usize) = (2, 2);

static DICTIONARIES: LazyLock<Vec<(&'static str, Option<Standard>)>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|(code, language)| {
            let dictionary = Standard::from_embedded(*language).ok().map(|mut d| {
                d.minima = MINIMA;
                d
            });
            (*code, dictionary)
        })
        .collect()
});

fn primary(language: &str) -> &str {
    language.split('-').next().unwrap_or(language)
}

/// Whether `language` needs soft hyphens from us (Typst's own hyphenation
/// is then off for it).
pub fn needs_soft_hyphens(language: &str) -> bool {
    LANGUAGES.iter().any(|(code, _)| *code == primary(language))
}

/// A URL, a domain or an e-mail address: never hyphenated.
pub(crate) fn is_address(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_alphanumeric());
    // A domain: at least two labels and a top-level domain of 2-6 letters.
    let domain = |t: &str| {
        let labels: Vec<&str> = t.split('.').collect();
        labels.len() >= 2
            && labels.iter().all(|l| !l.is_empty())
            && labels.last().is_some_and(|tld| {
                (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
            })
    };
    token.contains("://")
        || token.starts_with("www.")
        || token.split_once('@').is_some_and(|(_, host)| domain(host))
        || domain(token)
}

/// Inserts soft hyphens into every word of `text` (the language's
/// patterns), except in addresses.
pub fn soft_hyphenate(language: &str, text: &str) -> String {
    let Some(dictionary) = DICTIONARIES
        .iter()
        .find(|(code, _)| *code == primary(language))
        .and_then(|(_, d)| d.as_ref())
    else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (n, token) in text.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        if is_address(token) {
            out.push_str(token);
        } else {
            hyphenate_token(dictionary, token, &mut out);
        }
    }
    out
}

fn hyphenate_token(dictionary: &Standard, text: &str, out: &mut String) {
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
            flush(&mut word, out);
            out.push(c);
        }
    }
    flush(&mut word, out);
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
        let text = soft_hyphenate("ro", "Comunitățile locale și integrarea migranților.");
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

    #[test]
    fn no_fragment_of_one_letter() {
        for (language, text) in [
            ("el", "αναγνωριστεί άδεια Αποφύγετε εμείς ενισχύσουμε"),
            ("ro", "aceasta asigurare urmează"),
        ] {
            let hyphenated = soft_hyphenate(language, text);
            assert!(hyphenated.contains(SOFT_HYPHEN), "{language}: {hyphenated}");
            for word in hyphenated.split(' ') {
                for fragment in [
                    word.split(SOFT_HYPHEN).next(),
                    word.split(SOFT_HYPHEN).next_back(),
                ] {
                    let letters = fragment
                        .unwrap_or_default()
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .count();
                    assert!(letters >= 2, "{language}: {word}");
                }
            }
        }
    }

    #[test]
    fn addresses_are_never_hyphenated() {
        for text in [
            "www.clarinetproject.eu",
            "https://home-affairs.ec.europa.eu/policies",
            "info@clarinetproject.eu,",
            "(clarinetproject.eu)",
        ] {
            assert_eq!(soft_hyphenate("ro", text), text);
            assert!(is_address(text), "{text}");
        }
        assert!(!is_address("migranților."));
        assert!(!is_address("etc.)"));
    }
}
