//! `handbook serve`: a preview server on 127.0.0.1. It builds the website,
//! watches handbook/, translations/ and templates/, rebuilds the HTML of what
//! changed, and makes open pages reload; a broken file's diagnostics are
//! reported (through [`ServeEvents`]) and shown on the page while the server
//! keeps running. After the HTML, the PDFs being previewed are recompiled in
//! the background (`preview`): the saved language's, and on a change of the
//! source or a template those of the previews open in the last ten minutes
//! and of the language saved last. This module owns the pages it answers
//! (files of `dist/`, never outside it, the live-reload endpoints and the
//! preview page) and the rebuilds; `http` speaks HTTP on one connection,
//! `pool` runs the connections, `preview` compiles the PDFs.

mod http;
mod pool;
mod preview;

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use anyhow::Context as _;

use crate::build::{self, BuildOptions, Loaded, Quiet};
use crate::manifest::Project;
use crate::render::Format;

use self::http::{Body, Request, Response, Status};

/// Hears what the server has to say, to show it (the CLI prints it).
pub trait ServeEvents: Send + Sync {
    /// The server answers at `url` (the real port, also for `--port 0`),
    /// serving the files of `out`.
    fn listening(&self, url: &str, out: &Path);
    /// The HTML of `languages` (None: every language) was rebuilt without errors.
    fn rebuilt(&self, languages: Option<&[String]>, elapsed: Duration);
    /// A rebuild found errors: their diagnostics, rendered as on a terminal
    /// (open pages show the same text). Also a PDF preview that failed.
    fn problems(&self, rendered: &str);
    /// The PDF preview of `language` was compiled and written.
    fn pdf_rebuilt(&self, _language: &str, _elapsed: Duration) {}
}

/// What open pages ask for: a counter that grows on every HTML rebuild, the
/// current problems (empty when the last build was clean), and the PDF
/// previews' state.
#[derive(Default)]
struct State {
    version: u64,
    /// The problems of the last HTML rebuild.
    problems: String,
    /// Each language of the last manifest that loaded, with its PDF's URL path.
    pdf_paths: BTreeMap<String, String>,
    /// The PDF previews, by language.
    pdf: BTreeMap<String, PdfState>,
    /// The language whose PDF is compiling now.
    compiling: Option<String>,
    /// The language whose `.ftl` was saved last.
    last_saved: Option<String>,
}

/// One language's PDF preview.
#[derive(Default)]
struct PdfState {
    /// PDFs written by this server (0: none yet).
    version: u64,
    /// How long the last PDF took, from its worker taking it to the PDF
    /// written (milliseconds; for the benchmark).
    milliseconds: u128,
    /// The last compilation's problems (empty when it succeeded).
    problems: String,
    /// When a preview of it was last open (its page, its PDF or a poll from its page).
    seen: Option<Instant>,
    /// Whether a compilation was ever asked for.
    asked: bool,
}

impl State {
    /// Every problem: the HTML's, then each PDF's.
    fn all_problems(&self) -> String {
        let mut all = self.problems.clone();
        for pdf in self.pdf.values() {
            all.push_str(&pdf.problems);
        }
        all
    }
}

/// What the watcher, the PDF worker and the connections share.
struct Server {
    root: PathBuf,
    out: PathBuf,
    state: Mutex<State>,
    queue: preview::Queue,
    events: Arc<dyn ServeEvents>,
}

impl Server {
    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// A preview of `language` is open: its PDF is compiled if this server
    /// has not compiled it yet. False when it is not a language of the handbook.
    fn previewed(&self, language: &str) -> bool {
        let first = {
            let mut state = self.lock();
            if !state.pdf_paths.contains_key(language) {
                return false;
            }
            let pdf = state.pdf.entry(language.to_owned()).or_default();
            pdf.seen = Some(Instant::now());
            !std::mem::replace(&mut pdf.asked, true)
        };
        if first {
            self.queue.push(language);
        }
        true
    }

    /// Asks for the PDFs of `languages`.
    fn compile(&self, languages: &[String]) {
        for language in languages {
            self.lock().pdf.entry(language.clone()).or_default().asked = true;
            self.queue.push(language);
        }
    }

    /// The PDF worker: compiles what is asked for, one language at a time.
    fn compile_pdfs(&self) -> ! {
        loop {
            let language = self.queue.pop();
            self.lock().compiling = Some(language.clone());
            let started = Instant::now();
            let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                preview::compile(&self.root, &self.out, &language)
            }))
            .unwrap_or_else(|panic| {
                preview::Compiled::Failed(format!(
                    "error: handbook failed while compiling the PDF of `{language}` \
                     (a bug in handbook): {}\n",
                    panic_text(&*panic)
                ))
            });
            let mut state = self.lock();
            state.compiling = None;
            let pdf = state.pdf.entry(language.clone()).or_default();
            match compiled {
                preview::Compiled::Written(warnings) => {
                    pdf.version += 1;
                    pdf.milliseconds = started.elapsed().as_millis();
                    pdf.problems.clone_from(&warnings);
                    drop(state);
                    self.events.pdf_rebuilt(&language, started.elapsed());
                    if !warnings.is_empty() {
                        self.events.problems(&warnings);
                    }
                }
                preview::Compiled::Skipped => pdf.problems.clear(),
                preview::Compiled::Failed(problems) => {
                    pdf.problems.clone_from(&problems);
                    drop(state);
                    self.events.problems(&problems);
                }
            }
        }
    }
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

const LIVE_SCRIPT: &str = r#"(function () {
  var seen = null;
  var frame = document.getElementById("handbook-pdf");
  var lang = frame ? frame.getAttribute("data-lang") : null;
  var shown = 0, updated = "";
  function pdf(s) {
    var v = (s.pdf && s.pdf[lang]) || 0;
    if (v && v !== shown) {
      shown = v;
      updated = new Date().toLocaleTimeString();
      frame.src = frame.getAttribute("data-src") + "?v=" + v;
    }
    var note = document.getElementById("handbook-pdf-note");
    note.textContent = "PDF preview of " + lang + ": " + (s.compiling === lang ? "compiling…" :
      v ? "version " + v + ", updated " + updated : "no PDF yet");
  }
  function show(problems) {
    var box = document.getElementById("handbook-problems");
    if (!problems) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("pre");
      box.id = "handbook-problems";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#2b0b0b;color:#ffdede;font:13px/1.4 monospace;z-index:99;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = problems;
  }
  function poll() {
    var url = "/__handbook/state" + (lang ? "?pdf=" + encodeURIComponent(lang) : "");
    fetch(url, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
      if (frame) { pdf(s); } else {
        if (seen !== null && s.version !== seen) { location.reload(); return; }
        seen = s.version;
      }
      show(s.problems);
    }).catch(function () {}).finally(function () { setTimeout(poll, 200); });
  }
  poll();
})();
"#;

/// Serves until the process is stopped; an error when it cannot start.
pub fn serve(project: Project, port: u16, events: Arc<dyn ServeEvents>) -> anyhow::Result<()> {
    let root = project.root.clone();
    let out = root.join("dist");
    check_output_folder(&root, &out)?;
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("cannot listen on 127.0.0.1:{port}"))?;
    let address = listener
        .local_addr()
        .context("cannot tell which port the server listens on")?;
    // Typst's memoized layout outlives each compilation here (see preview).
    crate::render::pdf::keep_memoized(preview::KEEP_MEMOIZED);
    let server = Arc::new(Server {
        root: root.clone(),
        out: out.clone(),
        state: Mutex::new(State::default()),
        queue: preview::Queue::default(),
        events: Arc::clone(&events),
    });
    rebuild(&server, None);
    // The build made it unless the manifest is broken; pages come once it is fixed.
    std::fs::create_dir_all(&out)
        .with_context(|| format!("cannot create the output folder {}", out.display()))?;
    check_output_folder(&root, &out)?;
    let served = out
        .canonicalize()
        .with_context(|| format!("cannot open the output folder {}", out.display()))?;
    events.listening(&format!("http://{address}/"), &out);
    {
        let server = Arc::clone(&server);
        std::thread::Builder::new()
            .name("serve-watch".to_owned())
            .spawn(move || watch(&server))
            .context("cannot start watching the project")?;
    }
    {
        let server = Arc::clone(&server);
        std::thread::Builder::new()
            .name("serve-pdf".to_owned())
            .spawn(move || server.compile_pdfs())
            .context("cannot start the PDF preview")?;
    }
    let respond: Arc<pool::Respond> =
        Arc::new(move |request: &Request| respond(&server, &served, &request.target));
    pool::run(&listener, &respond)
}

/// Refuses an output folder that is not a folder, or that is a symbolic
/// link leading out of the project: building would write there, and the
/// server would serve what is there.
fn check_output_folder(root: &Path, out: &Path) -> anyhow::Result<()> {
    let meta = match std::fs::symlink_metadata(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => anyhow::bail!("cannot read the output folder {}: {e}", out.display()),
        Ok(meta) => meta,
    };
    if meta.file_type().is_symlink() {
        let root = root
            .canonicalize()
            .with_context(|| format!("cannot open the project {}", root.display()))?;
        match out.canonicalize() {
            Ok(target) if target.starts_with(&root) => {}
            Ok(target) => anyhow::bail!(
                "the output folder {} is a symbolic link to {}, outside the project; \
                 serve neither builds into it nor serves it (remove the link)",
                out.display(),
                target.display()
            ),
            Err(e) => anyhow::bail!(
                "the output folder {} is a symbolic link that cannot be followed: {e}",
                out.display()
            ),
        }
    }
    if !out.is_dir() {
        anyhow::bail!("the output folder {} is not a folder", out.display());
    }
    Ok(())
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Rebuilds the HTML of `languages` (all when None), records the outcome for
/// open pages and reports it.
fn rebuild(server: &Server, languages: Option<Vec<String>>) {
    let started = Instant::now();
    let mut pdf_paths = None;
    let problems = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        build_html(
            &server.root,
            &server.out,
            languages.as_deref(),
            &mut pdf_paths,
        )
    }))
    .unwrap_or_else(|panic| {
        format!(
            "error: handbook failed while rebuilding (a bug in handbook): {}\n",
            panic_text(&*panic)
        )
    });
    if problems.is_empty() {
        server
            .events
            .rebuilt(languages.as_deref(), started.elapsed());
    } else {
        server.events.problems(&problems);
    }
    let mut state = server.lock();
    state.version += 1;
    state.problems = problems;
    if let Some(paths) = pdf_paths {
        state.pdf_paths = paths;
    }
}

/// Builds the HTML of `languages` (all when None) into `out`; the errors
/// found, rendered (empty when there were none). Nothing is built when `out`
/// has become a link out of the project since the server started. When the
/// manifest loads, `pdf_paths` gets each language's PDF URL path.
fn build_html(
    root: &Path,
    out: &Path,
    languages: Option<&[String]>,
    pdf_paths: &mut Option<BTreeMap<String, String>>,
) -> String {
    if let Err(e) = check_output_folder(root, out) {
        return format!("error: {e:#}\n");
    }
    match Project::load(root) {
        Err(diags) => diags.items.iter().map(|d| d.render(root)).collect(),
        Ok(project) => {
            *pdf_paths = Some(
                project
                    .languages
                    .iter()
                    .map(|l| {
                        let file = Format::Pdf.file_name(&project.id, l);
                        (l.clone(), format!("/{l}/{file}"))
                    })
                    .collect(),
            );
            let loaded = Loaded::load_for(project, languages);
            let options = BuildOptions {
                languages: languages.map(<[String]>::to_vec),
                formats: vec![Format::Html],
                out: out.to_path_buf(),
                strict: false,
                emit_typst: false,
                cache: true,
            };
            let report = build::build(&loaded, &options, &Quiet);
            report
                .diagnostics
                .items
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.render(root))
                .collect()
        }
    }
}

/// Modification times of every file under the watched folders.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, SystemTime> {
    let mut files = BTreeMap::new();
    for folder in ["handbook", "translations", "templates"] {
        collect(&root.join(folder), &mut files);
    }
    files
}

fn collect(dir: &Path, files: &mut BTreeMap<PathBuf, SystemTime>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        match entry.metadata() {
            Ok(meta) if meta.is_dir() => collect(&path, files),
            Ok(meta) => {
                files.insert(path, meta.modified().unwrap_or(SystemTime::UNIX_EPOCH));
            }
            Err(_) => {}
        }
    }
}

/// Polls the watched folders; a change under translations/<lang>/ rebuilds
/// that language, any other change rebuilds every language. Then the PDFs:
/// of the languages saved, and after any other change (the source language's
/// `.ftl` included) also of the previews open recently and of the language
/// saved last.
fn watch(server: &Server) -> ! {
    let root = &server.root;
    let mut before = snapshot(root);
    loop {
        std::thread::sleep(Duration::from_millis(100));
        let now = snapshot(root);
        if now == before {
            continue;
        }
        let changed: Vec<&PathBuf> = now
            .iter()
            .filter(|(path, time)| before.get(*path) != Some(time))
            .map(|(path, _)| path)
            .chain(before.keys().filter(|path| !now.contains_key(*path)))
            .collect();
        let mut languages: Vec<String> = Vec::new();
        let mut everything = false;
        for path in &changed {
            match path
                .strip_prefix(root.join("translations"))
                .ok()
                .and_then(|rest| rest.components().next())
            {
                Some(Component::Normal(lang)) => {
                    languages.push(lang.to_string_lossy().into_owned())
                }
                _ => everything = true,
            }
        }
        languages.sort();
        languages.dedup();
        let source_changed =
            Project::load(root).is_ok_and(|p| languages.contains(&p.source_language));
        let only = (!everything && !source_changed).then(|| languages.clone());
        rebuild(server, only.clone());
        let pdfs: Vec<String> = {
            let mut state = server.lock();
            let saved: Vec<String> = languages
                .iter()
                .filter(|l| state.pdf_paths.contains_key(*l))
                .cloned()
                .collect();
            let mut pdfs = saved.clone();
            if only.is_none() {
                pdfs.extend(state.last_saved.iter().cloned());
                pdfs.extend(
                    state
                        .pdf
                        .iter()
                        .filter(|(_, pdf)| preview::recent(pdf.seen))
                        .map(|(language, _)| language.clone()),
                );
            }
            if let Some(last) = saved.last() {
                state.last_saved = Some(last.clone());
            }
            pdfs.sort();
            pdfs.dedup();
            pdfs.retain(|l| state.pdf_paths.contains_key(l));
            pdfs
        };
        server.compile(&pdfs);
        before = now;
    }
}

/// The answer to a GET (or HEAD) of `target`: a file of `out` (which must
/// be canonical), with the live-reload script (and in a language's pages the
/// link to its PDF preview) in HTML pages, one of the live-reload endpoints,
/// or a PDF preview page.
fn respond(server: &Server, out: &Path, target: &str) -> Response {
    let target = target.split('#').next().unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path == "/__handbook/state" {
        // A preview page polls with `?pdf=<lang>`: it is open.
        if let Some(language) = query.split('&').find_map(|q| q.strip_prefix("pdf=")) {
            server.previewed(&percent_decode(language));
        }
        let state = server.lock();
        let pdf: BTreeMap<&str, u64> = state
            .pdf
            .iter()
            .map(|(language, pdf)| (language.as_str(), pdf.version))
            .collect();
        let milliseconds: BTreeMap<&str, u128> = state
            .pdf
            .iter()
            .map(|(language, pdf)| (language.as_str(), pdf.milliseconds))
            .collect();
        let body = serde_json::json!({
            "version": state.version,
            "problems": state.all_problems(),
            "pdf": pdf,
            "pdf_ms": milliseconds,
            "compiling": state.compiling,
        })
        .to_string();
        return Response::bytes("application/json", body.into_bytes());
    }
    if path == "/__handbook/live.js" {
        return Response::bytes("text/javascript", LIVE_SCRIPT.as_bytes().to_vec());
    }
    if let Some(language) = path.strip_prefix("/__handbook/pdf/") {
        let language = percent_decode(language);
        if !server.previewed(&language) {
            return Response::error(Status::NotFound);
        }
        let pdf = server.lock().pdf_paths.get(&language).cloned();
        return match pdf {
            Some(pdf) => Response::bytes(
                "text/html; charset=utf-8",
                preview::page(&language, &pdf).into_bytes(),
            ),
            None => Response::error(Status::NotFound),
        };
    }
    // The language whose pages (or PDF) these are, when they are a language's.
    let language = path
        .split('/')
        .nth(1)
        .map(percent_decode)
        .filter(|l| server.lock().pdf_paths.contains_key(l));
    if let Some(language) = &language
        && server.lock().pdf_paths.get(language).map(String::as_str) == Some(path)
    {
        server.previewed(language);
    }
    let Some(file) = resolve(out, path) else {
        return Response::error(Status::NotFound);
    };
    let kind = content_type(&file);
    if kind.starts_with("text/html") {
        let Ok(bytes) = std::fs::read(&file) else {
            return Response::error(Status::NotFound);
        };
        let html = String::from_utf8_lossy(&bytes);
        let link = language.as_deref().map(preview::link).unwrap_or_default();
        let script = format!("{link}<script src=\"/__handbook/live.js\"></script>\n</body>");
        return Response::bytes(kind, html.replacen("</body>", &script, 1).into_bytes());
    }
    // Other files are streamed: a large PDF is not held in memory per client.
    match std::fs::File::open(&file).and_then(|f| Ok((f.metadata()?.len(), f))) {
        Ok((len, file)) => Response {
            status: Status::Ok,
            content_type: kind,
            body: Body::File(file, len),
        },
        Err(_) => Response::error(Status::NotFound),
    }
}

/// A URL path as a file inside `out` (canonical), never outside it: `..`
/// is refused, and the file, with every symbolic link resolved, must be in
/// `out`. The file's canonical path.
fn resolve(out: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path);
    let mut file = out.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part == "." || part.contains(['\\', '\0']) {
            return None;
        }
        file.push(part);
    }
    let mut file = file.canonicalize().ok()?;
    if file.is_dir() {
        file = file.join("index.html").canonicalize().ok()?;
    }
    (file.starts_with(out) && file.is_file()).then_some(file)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = text
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(path: &Path) -> &'static str {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if let Some(media_type) = crate::render::Format::media_type_of_extension(extension) {
        return media_type;
    }
    match extension {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_stay_inside_the_output_folder() {
        let dir = std::env::temp_dir().join(format!("handbook-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sl")).unwrap();
        std::fs::write(dir.join("sl/index.html"), "x").unwrap();
        assert_eq!(resolve(&dir, "/sl/"), Some(dir.join("sl/index.html")));
        assert_eq!(resolve(&dir, "/sl/../../etc/passwd"), None);
        assert_eq!(resolve(&dir, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(&dir, "/missing.html"), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
