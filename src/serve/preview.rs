//! `serve`'s PDF preview: one background worker compiles the PDFs asked for,
//! one language at a time, coalescing (a language asked for again while it
//! compiles is compiled once more afterwards, never queued twice). Typst's
//! memoized results outlive each compilation here (the build drops them), so
//! a compilation after a one-message change re-lays out only what changed.
//! A compilation that fails leaves the previous PDF in `dist/`; its problems
//! are shown on the pages like the HTML's. Also the preview page, which
//! holds the PDF in a frame and reloads it when a new one is written.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::build::{self, Loaded, ProjectAssets};
use crate::manifest::Project;
use crate::output::write_outputs;

/// How many compilations a memoized result survives unused: enough for a
/// few languages previewed in turn, little enough to bound the memory.
pub(super) const KEEP_MEMOIZED: usize = 4;

/// A preview that was open this recently still gets its PDF recompiled when
/// the source or a template changes.
pub(super) const RECENT: Duration = Duration::from_secs(10 * 60);

/// The languages waiting for a compilation.
#[derive(Default)]
pub(super) struct Queue {
    pending: Mutex<BTreeSet<String>>,
    wake: Condvar,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, BTreeSet<String>> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Asks for a compilation of `language` (once, however often it is asked
    /// before the worker takes it).
    pub(super) fn push(&self, language: &str) {
        if self.lock().insert(language.to_owned()) {
            self.wake.notify_one();
        }
    }

    /// The next language to compile, waiting for one.
    pub(super) fn pop(&self) -> String {
        let mut pending = self.lock();
        loop {
            if let Some(language) = pending.pop_first() {
                return language;
            }
            pending = self
                .wake
                .wait(pending)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// How a compilation of one language's PDF ended.
pub(super) enum Compiled {
    /// The new PDF is in the output folder, with its warnings rendered
    /// (characters no font has), empty when there are none.
    Written(String),
    /// Not compiled: the manifest, the source or the language's files have
    /// errors, which the HTML rebuild already shows. The previous PDF stays.
    Skipped,
    /// The compilation failed (rendered diagnostics). The previous PDF stays.
    Failed(String),
}

/// Compiles the PDF of `language` into `out` (through the project's output
/// cache, so an edit undone costs nothing).
pub(super) fn compile(root: &Path, out: &Path, language: &str) -> Compiled {
    if let Err(e) = super::check_output_folder(root, out) {
        return Compiled::Failed(format!("error: {e:#}\n"));
    }
    let Ok(project) = Project::load(root) else {
        return Compiled::Skipped;
    };
    if !project.languages.iter().any(|l| l == language) {
        return Compiled::Skipped;
    }
    let languages = [language.to_owned()];
    let loaded = Loaded::load_for(project, Some(&languages));
    if loaded.source_diagnostics.has_errors() {
        return Compiled::Skipped;
    }
    let mut diags = loaded
        .language_diagnostics
        .get(language)
        .cloned()
        .unwrap_or_default();
    let document = loaded.document(language, &mut diags);
    if diags.has_errors() {
        return Compiled::Skipped;
    }
    let render = |errors: Vec<crate::diag::Diagnostic>| -> String {
        errors.iter().map(|d| d.render(root)).collect()
    };
    // The preview shows the screen PDF; the print profiles wait for `build`.
    let options = crate::render::pdf::PdfOptions {
        profiles: Vec::new(),
        ..build::pdf_options(&loaded.project, false)
    };
    let run = build::PdfRun {
        read_cache: true,
        strict: false,
    };
    let assets = ProjectAssets::new(root);
    match build::render_pdf(&loaded.project, &document, &assets, &options, run) {
        Err(errors) => Compiled::Failed(render(errors)),
        Ok((files, warnings)) => match write_outputs(out, &files) {
            Ok(_) => Compiled::Written(render(warnings)),
            Err(e) => Compiled::Failed(format!(
                "error: cannot write the PDF of `{language}` into {}: {e}\n",
                out.display()
            )),
        },
    }
}

/// Whether a preview last seen at `seen` still counts as open.
pub(super) fn recent(seen: Option<Instant>) -> bool {
    seen.is_some_and(|t| t.elapsed() < RECENT)
}

/// The link to the preview that served pages of `language` carry.
pub(super) fn link(language: &str) -> String {
    format!(
        "<a id=\"handbook-pdf-preview\" href=\"/__handbook/pdf/{}\" target=\"_blank\" \
         style=\"position:fixed;right:1em;bottom:1em;z-index:98;padding:.4em .8em;\
         background:#1d3557;color:#fff;border-radius:.3em;font:14px/1.4 sans-serif;\
         text-decoration:none;box-shadow:0 2px 8px rgb(0 0 0/.3)\">PDF preview</a>\n",
        crate::render::xhtml::escape(language)
    )
}

/// The preview page of `language`, whose PDF is at the URL path `pdf`: the
/// PDF in a frame that the live script reloads when the PDF's version moves on.
pub(super) fn page(language: &str, pdf: &str) -> String {
    let language = crate::render::xhtml::escape(language);
    let pdf = crate::render::xhtml::escape(pdf);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>PDF preview: {language}</title>\n<style>html,body{{height:100%;margin:0}}\
         body{{display:flex;flex-direction:column;font:14px/1.4 sans-serif}}\
         #handbook-pdf-note{{margin:0;padding:.3em 1em;background:#1d3557;color:#fff}}\
         iframe{{flex:1;border:0;width:100%}}</style>\n</head>\n<body>\n\
         <p id=\"handbook-pdf-note\" role=\"status\">PDF preview of {language}: compiling…</p>\n\
         <iframe id=\"handbook-pdf\" title=\"PDF preview: {language}\" data-lang=\"{language}\" \
         data-src=\"{pdf}\"></iframe>\n<script src=\"/__handbook/live.js\"></script>\n</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_asked_for_twice_is_compiled_once() {
        let queue = Queue::default();
        queue.push("sl");
        queue.push("it");
        queue.push("sl");
        assert_eq!(queue.pop(), "it");
        assert_eq!(queue.pop(), "sl");
        assert!(queue.lock().is_empty());
    }

    #[test]
    fn the_page_and_link_escape_what_they_quote() {
        assert!(link("sl").contains("href=\"/__handbook/pdf/sl\""));
        let page = page("x\"<", "/a&b.pdf");
        assert!(page.contains("data-lang=\"x&quot;&lt;\"") && page.contains("/a&amp;b.pdf"));
    }
}
