//! Message ids: the one place that formats, hashes and parses them.
//!
//! An id is `<chapter slug>-<kind code>-<hash>`, a valid Fluent identifier.
//! The hash is the first 64 bits of SHA-256 over the message's normalised
//! source text (16 hex digits): re-wrapping keeps it, any text edit changes
//! it, and no two texts of one book share it by accident (a collision needs
//! about 2^32 crafted texts, and is then an error, never a silent suffix).
//!
//! Scheme 1 (the first releases) used FNV-1a folded to 32 bits and gave a
//! colliding text a `-2` suffix; [`legacy_v1_id`] still computes it so that
//! `sync` can re-key translations written under it.

use sha2::{Digest as _, Sha256};

use super::MessageKind;

/// The id scheme written into the generated source-language `.ftl` files.
pub const ID_SCHEME: u32 = 2;

/// The comment line of a generated source `.ftl` that records its scheme.
pub const ID_SCHEME_LINE_PREFIX: &str = "message id scheme ";

/// The id of a message of `kind` in the chapter `slug` with this normalised text.
pub fn message_id(slug: &str, kind: MessageKind, normalized: &str) -> String {
    message_id_for_code(slug, kind.code(), normalized)
}

/// [`message_id`] for a kind given by its code, as found in an id.
pub fn message_id_for_code(slug: &str, kind_code: &str, normalized: &str) -> String {
    let digest = Sha256::digest(normalized.as_bytes());
    let mut id = format!("{slug}-{kind_code}-");
    for byte in &digest[..8] {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

/// The scheme-1 id of the same text, before any collision suffix.
pub fn legacy_v1_id(slug: &str, kind_code: &str, normalized: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in normalized.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{slug}-{kind_code}-{:08x}", (hash ^ (hash >> 32)) as u32)
}

/// The parts of a message id, of either scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParsedId<'a> {
    pub slug: &'a str,
    pub kind_code: &'a str,
    pub hash: &'a str,
    /// Scheme 1's collision suffix (`-2`, `-3`, ...), if any.
    pub suffix: Option<&'a str>,
}

/// Splits an id into slug, kind code, hash and suffix; None for names that
/// are not message ids (terms, `handbook-title`, ...).
pub fn parse_id(id: &str) -> Option<ParsedId<'_>> {
    let is_hash = |s: &str| {
        matches!(s.len(), 8 | 16)
            && s.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    };
    let parts: Vec<&str> = id.rsplitn(4, '-').collect();
    let (slug_and_kind, hash, suffix) = match parts.as_slice() {
        [last, hash, ..] if is_hash(hash) && last.bytes().all(|b| b.is_ascii_digit()) => {
            let head = &id[..id.len() - last.len() - hash.len() - 2];
            (head, *hash, Some(*last))
        }
        [hash, ..] if is_hash(hash) => (&id[..id.len() - hash.len() - 1], *hash, None),
        _ => return None,
    };
    let (slug, kind_code) = slug_and_kind.rsplit_once('-')?;
    if slug.is_empty() || kind_code.is_empty() {
        return None;
    }
    Some(ParsedId {
        slug,
        kind_code,
        hash,
        suffix,
    })
}

/// The kind code inside a message id (`routes-p-3f2a9c1b…` → `p`).
pub fn kind_code_of(id: &str) -> Option<&str> {
    parse_id(id).map(|p| p.kind_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sixteen_hex_digits_of_sha256() {
        let id = message_id("routes", MessageKind::Paragraph, "Hello world.");
        assert_eq!(id.len(), "routes-p-".len() + 16);
        // sha256("Hello world.") starts aa3ec16e6acc809d.
        assert_eq!(id, "routes-p-aa3ec16e6acc809d");
    }

    #[test]
    fn legacy_ids_match_the_first_scheme() {
        // From a translations file written by scheme 1.
        assert_eq!(
            legacy_v1_id("x", "p", "Collision test sentence number yflsmylx."),
            "x-p-ab7d4f5e"
        );
        assert_eq!(
            legacy_v1_id("x", "p", "Collision test sentence number qahyzbdt."),
            "x-p-ab7d4f5e"
        );
    }

    #[test]
    fn parsing_finds_kind_and_suffix_of_both_schemes() {
        let p = parse_id("routes-p-3f2a9c1b-2").unwrap();
        assert_eq!(
            (p.slug, p.kind_code, p.hash, p.suffix),
            ("routes", "p", "3f2a9c1b", Some("2"))
        );
        let p = parse_id("my-routes-cell-aa3ec16e6acc809d").unwrap();
        assert_eq!((p.slug, p.kind_code, p.suffix), ("my-routes", "cell", None));
        assert_eq!(kind_code_of("routes-li-3f2a9c1b"), Some("li"));
        assert_eq!(parse_id("handbook-title"), None);
        assert_eq!(parse_id("-clarinet"), None);
    }
}
