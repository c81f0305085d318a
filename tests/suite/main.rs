//! The end-to-end suite: one test binary (typst makes each link slow), one
//! module per area. Fixtures live in tests/fixtures/; each test works on its
//! own copy in a temporary folder.

mod architecture;
mod cli;
mod common;
mod commonmark;
mod faults;
mod figures;
mod glossary;
mod glyphs;
mod hostile;
mod print;
mod render_epub;
mod render_html;
mod render_pdf;
mod render_pipeline;
mod review;
mod roundtrip;
mod rtl;
mod serve;
mod sync;
mod typography;
mod xliff;
