//! The element ids the outputs give their own page furniture: the contract
//! between the source parser, which keeps heading anchors clear of them, and
//! the renderers and templates, which use them.

/// The chapter title's heading.
pub const CHAPTER_TITLE_ID: &str = "chapter-title";

/// Ids of the page furniture (templates/html/layout.html, the chapter's
/// footnote and contents headings).
const FURNITURE: [&str; 6] = [
    "content",
    "search-input",
    "search-status",
    CHAPTER_TITLE_ID,
    "footnotes-title",
    "toc-title",
];

/// A footnote is `fn-N`, its reference `fnref-N` (`fnref-N-K` when cited again).
const FOOTNOTE_PREFIXES: [&str; 2] = ["fn-", "fnref-"];

/// The id of footnote `number`.
pub fn footnote_id(number: usize) -> String {
    format!("{}{number}", FOOTNOTE_PREFIXES[0])
}

/// The id of the `count`-th reference to footnote `number` (count 1: the first).
pub fn footnote_ref_id(number: usize, count: usize) -> String {
    match count {
        0 | 1 => format!("{}{number}", FOOTNOTE_PREFIXES[1]),
        _ => format!("{}{number}-{count}", FOOTNOTE_PREFIXES[1]),
    }
}

/// Whether a heading anchor would take an id the outputs use themselves.
pub fn is_reserved(id: &str) -> bool {
    FURNITURE.contains(&id) || has_footnote_prefix(id)
}

/// Whether an id starts like a footnote's or a footnote reference's.
pub fn has_footnote_prefix(id: &str) -> bool {
    FOOTNOTE_PREFIXES.iter().any(|p| id.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnote_ids_are_reserved() {
        assert!(is_reserved(&footnote_id(3)));
        assert!(is_reserved(&footnote_ref_id(3, 2)));
        assert!(is_reserved(CHAPTER_TITLE_ID));
        assert!(!is_reserved("routes"));
        assert_eq!(footnote_ref_id(2, 1), "fnref-2");
        assert_eq!(footnote_ref_id(2, 3), "fnref-2-3");
    }
}
