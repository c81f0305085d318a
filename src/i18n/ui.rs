//! Built-in interface strings (Contents, Page, Note, ...) for English, every
//! partner language, and Arabic, Persian and Ukrainian (languages of people
//! the handbook is about); a project's handbook.ftl overrides any of them.

const DEFAULTS: &[(&str, &str)] = &[
    ("en", include_str!("ui/en.ftl")),
    ("ar", include_str!("ui/ar.ftl")),
    ("bg", include_str!("ui/bg.ftl")),
    ("de", include_str!("ui/de.ftl")),
    ("el", include_str!("ui/el.ftl")),
    ("fa", include_str!("ui/fa.ftl")),
    ("hu", include_str!("ui/hu.ftl")),
    ("it", include_str!("ui/it.ftl")),
    ("ro", include_str!("ui/ro.ftl")),
    ("sl", include_str!("ui/sl.ftl")),
    ("uk", include_str!("ui/uk.ftl")),
];

/// The built-in strings of a language, if the binary has them.
pub fn defaults(language: &str) -> Option<&'static str> {
    let primary = language.split('-').next().unwrap_or(language);
    DEFAULTS
        .iter()
        .find(|(l, _)| *l == language || *l == primary)
        .map(|(_, text)| *text)
}

/// A language's name in itself, for the languages handbook knows; the
/// language switcher shows a project's `language-name`, this is its default
/// in new projects.
pub fn endonym(language: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str)] = &[
        ("ar", "العربية"),
        ("bg", "Български"),
        ("de", "Deutsch"),
        ("el", "Ελληνικά"),
        ("en", "English"),
        ("es", "Español"),
        ("fa", "فارسی"),
        ("fr", "Français"),
        ("hr", "Hrvatski"),
        ("hu", "Magyar"),
        ("it", "Italiano"),
        ("pl", "Polski"),
        ("ro", "Română"),
        ("sl", "Slovenščina"),
        ("sr", "Српски"),
        ("tr", "Türkçe"),
        ("uk", "Українська"),
    ];
    let primary = language.split('-').next().unwrap_or(language);
    NAMES
        .iter()
        .find(|(code, _)| *code == primary)
        .map(|(_, name)| *name)
}
