//! `handbook serve`: a preview server on 127.0.0.1. It builds the website,
//! watches handbook/, translations/ and templates/, rebuilds the HTML of what
//! changed, and makes open pages reload; a broken file's diagnostics are
//! reported (through [`ServeEvents`]) and shown on the page while the server
//! keeps running. This module owns the pages it answers (files of `dist/`,
//! never outside it, and the live-reload endpoints) and the rebuilds;
//! `http` speaks HTTP on one connection, `pool` runs the connections.

mod http;
mod pool;

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
    /// (open pages show the same text).
    fn problems(&self, rendered: &str);
}

/// What open pages ask for: a counter that grows on every rebuild, and the
/// current problems (empty when the last build was clean).
#[derive(Default)]
struct State {
    version: u64,
    problems: String,
}

const LIVE_SCRIPT: &str = r#"(function () {
  var seen = null;
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
    fetch("/__handbook/state", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.version !== seen) { location.reload(); return; }
      seen = s.version;
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
    let state = Arc::new(Mutex::new(State::default()));
    rebuild(&root, &out, None, &state, &*events);
    // The build made it unless the manifest is broken; pages come once it is fixed.
    std::fs::create_dir_all(&out)
        .with_context(|| format!("cannot create the output folder {}", out.display()))?;
    check_output_folder(&root, &out)?;
    let served = out
        .canonicalize()
        .with_context(|| format!("cannot open the output folder {}", out.display()))?;
    events.listening(&format!("http://{address}/"), &out);
    {
        let state = Arc::clone(&state);
        let out = out.clone();
        let events = Arc::clone(&events);
        std::thread::Builder::new()
            .name("serve-watch".to_owned())
            .spawn(move || watch(&root, &out, &state, &*events))
            .context("cannot start watching the project")?;
    }
    let respond: Arc<pool::Respond> =
        Arc::new(move |request: &Request| respond(&served, &request.target, &state));
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
fn rebuild(
    root: &Path,
    out: &Path,
    languages: Option<Vec<String>>,
    state: &Mutex<State>,
    events: &dyn ServeEvents,
) {
    let started = Instant::now();
    let problems = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        build_html(root, out, languages.as_deref())
    }))
    .unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("error: handbook failed while rebuilding (a bug in handbook): {what}\n")
    });
    if problems.is_empty() {
        events.rebuilt(languages.as_deref(), started.elapsed());
    } else {
        events.problems(&problems);
    }
    let mut state = lock(state);
    state.version += 1;
    state.problems = problems;
}

/// Builds the HTML of `languages` (all when None) into `out`; the errors
/// found, rendered (empty when there were none). Nothing is built when `out`
/// has become a link out of the project since the server started.
fn build_html(root: &Path, out: &Path, languages: Option<&[String]>) -> String {
    if let Err(e) = check_output_folder(root, out) {
        return format!("error: {e:#}\n");
    }
    match Project::load(root) {
        Err(diags) => diags.items.iter().map(|d| d.render(root)).collect(),
        Ok(project) => {
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
/// that language, any other change rebuilds every language.
fn watch(root: &Path, out: &Path, state: &Mutex<State>, events: &dyn ServeEvents) {
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
        let only = (!everything && !source_changed).then_some(languages);
        rebuild(root, out, only, state, events);
        before = now;
    }
}

/// The answer to a GET (or HEAD) of `target`: a file of `out` (which must
/// be canonical), with the live-reload script in HTML pages, or one of the
/// live-reload endpoints.
fn respond(out: &Path, target: &str, state: &Mutex<State>) -> Response {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == "/__handbook/state" {
        let state = lock(state);
        let body =
            serde_json::json!({ "version": state.version, "problems": state.problems }).to_string();
        return Response::bytes("application/json", body.into_bytes());
    }
    if path == "/__handbook/live.js" {
        return Response::bytes("text/javascript", LIVE_SCRIPT.as_bytes().to_vec());
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
        let script = "<script src=\"/__handbook/live.js\"></script>\n</body>";
        return Response::bytes(kind, html.replacen("</body>", script, 1).into_bytes());
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
