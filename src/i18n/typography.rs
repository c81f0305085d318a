//! Per-language typographic rules, as data: how text set in capitals is
//! spelled (Greek drops its accents) and which quotation marks replace the
//! straight quotes typed in the text.

/// One language's rules.
struct Rules {
    language: &'static str,
    /// Outer quotes: opening, closing.
    double: (char, char),
    /// Inner quotes: opening, closing.
    single: (char, char),
    /// Capitals drop the tonos and keep (or add) the dialytika (Greek).
    capitals_without_accents: bool,
}

const RULES: &[Rules] = &[
    Rules {
        language: "en",
        double: ('“', '”'),
        single: ('‘', '’'),
        capitals_without_accents: false,
    },
    Rules {
        language: "de",
        double: ('„', '“'),
        single: ('‚', '‘'),
        capitals_without_accents: false,
    },
    Rules {
        language: "sl",
        double: ('„', '“'),
        single: ('‚', '‘'),
        capitals_without_accents: false,
    },
    Rules {
        language: "hu",
        double: ('„', '”'),
        single: ('»', '«'),
        capitals_without_accents: false,
    },
    Rules {
        language: "bg",
        double: ('„', '“'),
        single: ('‚', '‘'),
        capitals_without_accents: false,
    },
    Rules {
        language: "ro",
        double: ('„', '”'),
        single: ('«', '»'),
        capitals_without_accents: false,
    },
    // Arabic and Persian quote with guillemets, which mirror in right-to-left
    // text (« opens on the right), as their typesetting does.
    Rules {
        language: "ar",
        double: ('«', '»'),
        single: ('‹', '›'),
        capitals_without_accents: false,
    },
    Rules {
        language: "fa",
        double: ('«', '»'),
        single: ('‹', '›'),
        capitals_without_accents: false,
    },
    Rules {
        language: "el",
        double: ('«', '»'),
        single: ('“', '”'),
        capitals_without_accents: true,
    },
    Rules {
        language: "it",
        double: ('«', '»'),
        single: ('“', '”'),
        capitals_without_accents: false,
    },
];

/// The apostrophe of every language here.
const APOSTROPHE: char = '’';

fn rules(language: &str) -> &'static Rules {
    let primary = language.split('-').next().unwrap_or(language);
    RULES
        .iter()
        .find(|r| r.language == primary)
        .unwrap_or(&RULES[0])
}

/// `text` set in capitals as the language spells them: Greek capitals
/// carry no tonos ("Κεφάλαιο" → "ΚΕΦΑΛΑΙΟ"); a dialytika stays, and one is
/// added where the dropped accent kept two vowels apart ("τσάι" → "ΤΣΑΪ").
/// The disjunctive "ή" keeps its accent ("Ή").
pub fn uppercase(language: &str, text: &str) -> String {
    if !rules(language).capitals_without_accents {
        return text.to_uppercase();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut add_dialytika = false;
    for (i, &c) in chars.iter().enumerate() {
        let alone = |n: usize| {
            (n == 0 || !chars[n - 1].is_alphabetic())
                && chars.get(n + 1).is_none_or(|c| !c.is_alphabetic())
        };
        if (c == 'ή' || c == 'Ή') && alone(i) {
            out.push('Ή');
            continue;
        }
        let (base, accented) = greek_capital(c);
        let base = if add_dialytika {
            match base {
                'Ι' => 'Ϊ',
                'Υ' => 'Ϋ',
                other => other,
            }
        } else {
            base
        };
        // An accent on the first of two vowels that would otherwise read as
        // one sound (αι, ει, οι, αυ, ευ, ου) moves to a dialytika on the second.
        add_dialytika = accented
            && matches!(base, 'Α' | 'Ε' | 'Ο' | 'Υ')
            && matches!(chars.get(i + 1), Some('ι' | 'υ' | 'Ι' | 'Υ'));
        match base {
            '\0' => out.extend(c.to_uppercase()),
            base => out.push(base),
        }
    }
    out
}

/// A Greek letter's capital without tonos, and whether it had one ('\0'
/// for any other character).
fn greek_capital(c: char) -> (char, bool) {
    match c {
        'ά' | 'Ά' => ('Α', true),
        'έ' | 'Έ' => ('Ε', true),
        'ή' | 'Ή' => ('Η', true),
        'ί' | 'Ί' => ('Ι', true),
        'ό' | 'Ό' => ('Ο', true),
        'ύ' | 'Ύ' => ('Υ', true),
        'ώ' | 'Ώ' => ('Ω', true),
        'ΐ' | 'ϊ' | 'Ϊ' => ('Ϊ', false),
        'ΰ' | 'ϋ' | 'Ϋ' => ('Ϋ', false),
        'ς' => ('Σ', false),
        c if ('α'..='ω').contains(&c) => (c.to_uppercase().next().unwrap_or(c), false),
        _ => ('\0', false),
    }
}

/// Where a straight quote stands: what comes before it.
fn opens(previous: Option<char>) -> bool {
    match previous {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '\u{a0}')
                || is_opening_quote(p)
        }
    }
}

fn is_opening_quote(c: char) -> bool {
    RULES.iter().any(|r| c == r.double.0 || c == r.single.0)
}

/// Replaces the straight quotes and apostrophes of a run of text with the
/// language's own marks. The run is given in pieces (the text nodes of a
/// paragraph between emphasis, links, ...); a quote's side is decided
/// across pieces. A piece marked `false` (code, a URL) is left as typed but
/// still counts as text before the next piece.
pub fn smart_quotes(language: &str, pieces: &mut [(&mut String, bool)]) {
    let rules = rules(language);
    let mut previous: Option<char> = None;
    let mut single_open = false;
    for (piece, convert) in pieces.iter_mut() {
        if !*convert {
            previous = piece.chars().last().or(previous);
            continue;
        }
        let chars: Vec<char> = piece.chars().collect();
        let mut out = String::with_capacity(piece.len() + 4);
        for (i, &c) in chars.iter().enumerate() {
            let next = chars.get(i + 1).copied();
            let replaced = match c {
                '"' => {
                    if opens(previous) {
                        rules.double.0
                    } else {
                        rules.double.1
                    }
                }
                '\'' => {
                    let after_letter = previous.is_some_and(char::is_alphanumeric);
                    let before_letter = next.is_some_and(char::is_alphanumeric);
                    if after_letter && before_letter {
                        APOSTROPHE
                    } else if opens(previous) {
                        if before_letter && next.is_some_and(char::is_numeric) {
                            // '90s
                            APOSTROPHE
                        } else {
                            single_open = true;
                            rules.single.0
                        }
                    } else if single_open {
                        single_open = false;
                        rules.single.1
                    } else {
                        APOSTROPHE
                    }
                }
                c => c,
            };
            out.push(replaced);
            previous = Some(c);
        }
        **piece = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(language: &str, text: &str) -> String {
        let mut s = text.to_owned();
        smart_quotes(language, &mut [(&mut s, true)]);
        s
    }

    #[test]
    fn greek_capitals_drop_the_tonos() {
        assert_eq!(uppercase("el", "Κεφάλαιο"), "ΚΕΦΑΛΑΙΟ");
        assert_eq!(uppercase("el", "Ελληνικά"), "ΕΛΛΗΝΙΚΑ");
        assert_eq!(uppercase("el", "τσάι"), "ΤΣΑΪ");
        assert_eq!(uppercase("el", "προϊόν"), "ΠΡΟΪΟΝ");
        assert_eq!(uppercase("el", "αυτός ή εκείνος"), "ΑΥΤΟΣ Ή ΕΚΕΙΝΟΣ");
        assert_eq!(uppercase("el", "Σχήμα 1"), "ΣΧΗΜΑ 1");
    }

    #[test]
    fn other_languages_keep_their_accents() {
        assert_eq!(uppercase("hu", "1. ábra"), "1. ÁBRA");
        assert_eq!(uppercase("ro", "Capitolul"), "CAPITOLUL");
        assert_eq!(uppercase("de", "Größe"), "GRÖSSE");
    }

    #[test]
    fn each_language_gets_its_quotes() {
        let cases = [
            ("en", "“Europe” and ‘routes’, it’s"),
            ("de", "„Europe“ and ‚routes‘, it’s"),
            ("sl", "„Europe“ and ‚routes‘, it’s"),
            ("hu", "„Europe” and »routes«, it’s"),
            ("bg", "„Europe“ and ‚routes‘, it’s"),
            ("ro", "„Europe” and «routes», it’s"),
            ("el", "«Europe» and “routes”, it’s"),
            ("it", "«Europe» and “routes”, it’s"),
        ];
        for (language, expected) in cases {
            assert_eq!(
                quoted(language, "\"Europe\" and 'routes', it's"),
                expected,
                "{language}"
            );
        }
    }

    #[test]
    fn quotes_are_decided_across_pieces_and_code_stays() {
        let mut a = "He said \"".to_owned();
        let mut code = "x = \"y\"".to_owned();
        let mut b = "\" and left.".to_owned();
        smart_quotes(
            "en",
            &mut [(&mut a, true), (&mut code, false), (&mut b, true)],
        );
        assert_eq!(a, "He said “");
        assert_eq!(code, "x = \"y\"");
        assert_eq!(b, "” and left.");
    }
}

/// The languages written right to left (by primary subtag): Arabic, Persian
/// and Dari, Urdu, Pashto, Sorani Kurdish, Hebrew, Yiddish, Dhivehi, Uyghur,
/// Sindhi.
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "fa", "prs", "ur", "ps", "ckb", "he", "yi", "dv", "ug", "sd",
];

/// A language tag's first subtag (`fa` of `fa-AF` or `fa_AF`), which the
/// per-language tables below are keyed by.
fn primary_subtag(language: &str) -> &str {
    language.split(['-', '_']).next().unwrap_or(language)
}

/// The direction a language is written in: `rtl` or `ltr`, as HTML's `dir`.
pub fn direction(language: &str) -> &'static str {
    if RIGHT_TO_LEFT.contains(&primary_subtag(language)) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The digits a language writes its numbers in (page, chapter, figure and
/// note numbers, dates): data, like its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789
    Western,
    /// ٠١٢٣٤٥٦٧٨٩: Arabic as the Mashriq writes it, Sorani Kurdish.
    ArabicIndic,
    /// ۰۱۲۳۴۵۶۷۸۹: Persian, Dari, Pashto, Urdu.
    Persian,
}

/// Languages (primary subtags) that write Arabic-Indic digits.
const ARABIC_INDIC_DIGITS: &[&str] = &["ar", "ckb"];
/// Languages that write the Persian (extended Arabic-Indic) digits.
const PERSIAN_DIGITS: &[&str] = &["fa", "prs", "ps", "ur"];
/// Regions whose Arabic is written with Western digits: the Maghreb.
const WESTERN_DIGIT_REGIONS: &[&str] = &["MA", "DZ", "TN", "LY", "EH", "MR"];

/// The digits `language` (a BCP 47 tag) writes numbers in: `ar` and
/// `ar-SY` Arabic-Indic, `ar-MA` Western, `fa` Persian, `en` Western.
pub fn digits(language: &str) -> Digits {
    let primary = primary_subtag(language);
    let maghreb = language.split(['-', '_']).skip(1).any(|s| {
        WESTERN_DIGIT_REGIONS
            .iter()
            .any(|r| r.eq_ignore_ascii_case(s))
    });
    if ARABIC_INDIC_DIGITS.contains(&primary) && !maghreb {
        Digits::ArabicIndic
    } else if PERSIAN_DIGITS.contains(&primary) {
        Digits::Persian
    } else {
        Digits::Western
    }
}

impl Digits {
    /// `text` with its ASCII digits written in these digits.
    pub fn write(self, text: &str) -> String {
        let zero = match self {
            Digits::Western => return text.to_owned(),
            Digits::ArabicIndic => 0x660,
            Digits::Persian => 0x6F0,
        };
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(zero + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// Typst's numbering pattern for these digits.
    pub fn typst_numbering(self) -> &'static str {
        match self {
            Digits::Western => "1",
            Digits::ArabicIndic => "\u{661}",
            Digits::Persian => "\u{6F1}",
        }
    }

    /// CSS's `list-style-type` for these digits, None for the default.
    pub fn css_list_style(self) -> Option<&'static str> {
        match self {
            Digits::Western => None,
            Digits::ArabicIndic => Some("arabic-indic"),
            Digits::Persian => Some("persian"),
        }
    }
}

#[cfg(test)]
mod digits_tests {
    use super::{Digits, digits};

    #[test]
    fn each_language_writes_its_own_digits() {
        for (language, expected) in [
            ("ar", Digits::ArabicIndic),
            ("ar-SY", Digits::ArabicIndic),
            ("ar-MA", Digits::Western),
            ("ar_dz", Digits::Western),
            ("ckb", Digits::ArabicIndic),
            ("fa", Digits::Persian),
            ("fa-AF", Digits::Persian),
            ("prs", Digits::Persian),
            ("ps", Digits::Persian),
            ("ur", Digits::Persian),
            ("he", Digits::Western),
            ("en", Digits::Western),
            ("uk", Digits::Western),
            ("hi", Digits::Western),
        ] {
            assert_eq!(digits(language), expected, "{language}");
        }
    }

    #[test]
    fn only_ascii_digits_are_written_anew() {
        assert_eq!(Digits::ArabicIndic.write("الفصل 12"), "الفصل ١٢");
        assert_eq!(Digits::Persian.write("فصل 30, 2026"), "فصل ۳۰, ۲۰۲۶");
        assert_eq!(Digits::Western.write("Chapter 7"), "Chapter 7");
        // Digits of other scripts stay as they are.
        assert_eq!(Digits::Persian.write("١ and ४"), "١ and ४");
    }
}

/// Languages written in the Arabic script (by primary subtag), whose
/// letters reach higher and lower than Latin ones, with marks above and below.
const ARABIC_SCRIPT: &[&str] = &["ar", "fa", "prs", "ur", "ps", "ckb", "sd", "ug"];

/// The space between a paragraph's lines, in em of the text's size, from
/// the bottom of one line to the top of the next: Latin, Greek, Cyrillic
/// take 0.62 em; the Arabic script 0.95 em, so that a mark below one line
/// does not meet a letter of the next.
pub fn leading_em(language: &str) -> f32 {
    if ARABIC_SCRIPT.contains(&primary_subtag(language)) {
        0.95
    } else {
        0.62
    }
}

#[cfg(test)]
mod leading_tests {
    use super::leading_em;

    #[test]
    fn the_arabic_script_is_set_with_more_space_between_lines() {
        for arabic in ["ar", "fa-AF", "ur", "ps", "ckb"] {
            assert_eq!(leading_em(arabic), 0.95, "{arabic}");
        }
        for other in ["en", "he", "el", "uk", "hi"] {
            assert_eq!(leading_em(other), 0.62, "{other}");
        }
    }
}

#[cfg(test)]
mod direction_tests {
    use super::direction;

    #[test]
    fn arabic_script_and_hebrew_languages_are_right_to_left() {
        for rtl in ["ar", "fa", "fa-AF", "ur", "ps", "ckb", "he"] {
            assert_eq!(direction(rtl), "rtl", "{rtl}");
        }
        for ltr in ["en", "uk", "el", "bg", "tr", "ku", "so", "ti", "am"] {
            assert_eq!(direction(ltr), "ltr", "{ltr}");
        }
    }
}
