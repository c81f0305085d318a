//! `handbook`: compiles a single-source Markdown handbook, translated message by
//! message in Fluent, into PDF, EPUB 3 and a static HTML site for every language.
//!
//! The pipeline, one module per stage:
//! [`manifest`] (handbook.yaml → [`manifest::Project`]) →
//! [`source`] (Markdown → [`source::Book`] of blocks and messages) →
//! [`i18n`] (Fluent catalogs, the resolver, sync, status) →
//! [`document`] (Book + catalog → the language-resolved [`document::Document`]) →
//! [`render`] (Document + assets + options → files in memory) →
//! [`output`] (atomic writes). [`build`] runs the pipeline for every language
//! and format; `check` reports problems of the source and translations;
//! [`cli`] is the only module that touches the terminal. Leaf modules shared
//! by the stages: [`diag`], `paths` (nothing leaves the project), `media`
//! (images), [`figure`] (the translatable text of SVG figures), `page_ids` (ids the outputs reserve), `lock` (the project lock).
//! The layering is tested: tests/suite/architecture.rs.

pub mod build;
pub(crate) mod check;
pub mod cli;
pub mod diag;
pub mod document;
pub mod figure;
pub mod i18n;
pub(crate) mod lock;
pub mod manifest;
pub(crate) mod media;
pub mod output;
pub(crate) mod page_ids;
pub(crate) mod paths;
pub mod render;
pub(crate) mod scaffold;
pub(crate) mod serve;
pub mod source;
pub(crate) mod xliff;
