//! Translations: per-language Fluent catalogs read from `translations/<lang>/`,
//! the resolver with its fallback chain, and the translator's commands
//! (`sync`, `status`, `check`).

mod catalog;
mod ftl;
mod layout;
mod reference;
mod resolve;
pub mod state;
pub mod status;
pub mod sync;
pub(crate) mod transaction;
pub(crate) mod typography;
pub mod ui;

pub use catalog::{Catalog, Translation, is_stale};
pub use ftl::{FtlEntry, FtlFile, parse_ftl};
pub(crate) use reference::contexts as message_contexts;
pub use reference::source_chapter_ftl;
pub use resolve::{Resolved, Resolver, TERM_MARKS};

/// File name of a language's title, notices, terms and UI overrides.
pub const HANDBOOK_FTL: &str = "handbook.ftl";
/// Where sync moves translations whose source no longer exists.
pub const OBSOLETE_FTL: &str = "obsolete.ftl";
/// The comment line that marks a carried-over translation for review.
pub const STALE_MARKER: &str = "STALE:";
