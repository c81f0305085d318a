//! `handbook serve`: a preview server on 127.0.0.1. It builds the website,
//! watches handbook/, translations/ and templates/, rebuilds the HTML of what
//! changed, and makes open pages reload; a broken file's diagnostics show in
//! the terminal and on the page while the server keeps running.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::build::{self, BuildOptions, Loaded, Quiet};
use crate::manifest::Project;
use crate::render::Format;

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

/// Serves until the process is stopped.
pub fn serve(project: Project, port: u16) -> anyhow::Result<()> {
    let out = project.root.join("dist");
    let root = project.root.clone();
    let state = Arc::new(Mutex::new(State::default()));
    rebuild(&root, &out, None, &state);
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| anyhow::anyhow!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    eprintln!(
        "serving {} on http://127.0.0.1:{port}/ (Ctrl-C stops)",
        out.display()
    );
    {
        let state = Arc::clone(&state);
        let out = out.clone();
        std::thread::spawn(move || watch(&root, &out, &state));
    }
    for request in server.incoming_requests() {
        let response = respond(&out, request.url(), &state);
        let _ = request.respond(response);
    }
    Ok(())
}

/// Rebuilds the HTML of `languages` (all when None) and records the outcome.
fn rebuild(root: &Path, out: &Path, languages: Option<Vec<String>>, state: &Mutex<State>) {
    let started = std::time::Instant::now();
    let problems = match Project::load(root) {
        Err(diags) => diags
            .items
            .iter()
            .map(|d| d.render(root))
            .collect::<String>(),
        Ok(project) => {
            let loaded = Loaded::load_for(project, languages.as_deref());
            let options = BuildOptions {
                languages: languages.clone(),
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
    };
    if problems.is_empty() {
        let which = languages.map_or_else(|| "all languages".to_owned(), |l| l.join(", "));
        eprintln!(
            "rebuilt the HTML of {which} in {} ms",
            started.elapsed().as_millis()
        );
    } else {
        eprint!("{problems}");
    }
    let mut state = state.lock().expect("no panics while locked");
    state.version += 1;
    state.problems = problems;
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
fn watch(root: &Path, out: &Path, state: &Mutex<State>) {
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
        rebuild(root, out, only, state);
        before = now;
    }
}

fn respond(out: &Path, url: &str, state: &Mutex<State>) -> tiny_http::Response<Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    if path == "/__handbook/state" {
        let state = state.lock().expect("no panics while locked");
        let body =
            serde_json::json!({ "version": state.version, "problems": state.problems }).to_string();
        return with_type(
            tiny_http::Response::from_data(body.into_bytes()),
            "application/json",
        );
    }
    if path == "/__handbook/live.js" {
        return with_type(
            tiny_http::Response::from_data(LIVE_SCRIPT.as_bytes().to_vec()),
            "text/javascript",
        );
    }
    let Some(file) = resolve(out, path) else {
        return tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404);
    };
    match std::fs::read(&file) {
        Ok(mut bytes) => {
            let kind = content_type(&file);
            if kind.starts_with("text/html") {
                let html = String::from_utf8_lossy(&bytes);
                let script = "<script src=\"/__handbook/live.js\"></script>\n</body>";
                bytes = html.replacen("</body>", script, 1).into_bytes();
            }
            with_type(tiny_http::Response::from_data(bytes), kind)
        }
        Err(_) => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
    }
}

/// A URL path as a file inside `out`, never outside it.
fn resolve(out: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path);
    let mut file = out.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part == "." || part.contains('\\') {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
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
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "epub" => "application/epub+zip",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

fn with_type(
    response: tiny_http::Response<Cursor<Vec<u8>>>,
    kind: &str,
) -> tiny_http::Response<Cursor<Vec<u8>>> {
    let header = tiny_http::Header::from_bytes(&b"Content-Type"[..], kind.as_bytes())
        .expect("a valid header");
    let no_cache = tiny_http::Header::from_bytes(&b"Cache-Control"[..], &b"no-store"[..])
        .expect("a valid header");
    response.with_header(header).with_header(no_cache)
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
