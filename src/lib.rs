//! `handbook`: compiles a single-source Markdown handbook, translated message by
//! message in Fluent, into PDF, EPUB 3 and a static HTML site for every language.
//!
//! The pipeline, one module per stage:
//! [`manifest`] (handbook.yaml → [`manifest::Project`]) →
//! [`source`] (Markdown → [`source::Book`] of blocks and messages) →
//! [`i18n`] (Fluent catalogs, sync, status, check) →
//! [`document`] (Book + catalog → the language-resolved [`document::Document`]) →
//! [`render`] (Document → files in memory) → [`output`] (atomic writes).

pub mod build;
pub mod check;
pub mod cli;
pub mod diag;
pub mod document;
pub mod i18n;
pub mod lock;
pub mod manifest;
pub mod media;
pub mod output;
pub mod page_ids;
pub mod paths;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod source;
