//! `handbook serve`: pages are served with the live-reload script, a saved
//! `.ftl` changes the page, a broken file shows its diagnostic, and the server
//! keeps running; hostile or stalled clients neither stop it nor block the
//! others, and it serves nothing outside `dist/`. (How fast is a benchmark
//! question, not asserted here.) Loopback only.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::common::{copy_fixture, path_str};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

/// The rebuild counter that open pages poll.
fn version(port: u16) -> Option<u64> {
    let response = get(port, "/__handbook/state")?;
    let body = response.split("\r\n\r\n").nth(1)?;
    serde_json::from_str::<serde_json::Value>(body).ok()?["version"].as_u64()
}

/// Polls until `f` holds (the server rebuilds in the background).
fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what}");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `handbook serve` of `project` on `port`, once it answers.
fn start(project: &Path, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args([
            "serve",
            "--project",
            path_str(project),
            "--port",
            &port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    eventually("the server", || {
        get(port, "/sl/01-intro.html").is_some_and(|r| r.contains("200 OK"))
    });
    server
}

/// Sends `bytes` as they are and reads the answer until the server closes
/// (or 5 s pass); what arrived, or "" when nothing did.
fn raw(port: u16, bytes: &[u8]) -> String {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return String::new();
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let _ = stream.write_all(bytes);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    String::from_utf8_lossy(&response).into_owned()
}

fn status_line(response: &str) -> &str {
    response.lines().next().unwrap_or("")
}

/// The start of a response, for a failure message.
fn start_of(response: &str) -> &str {
    let end = response
        .char_indices()
        .nth(300)
        .map_or(response.len(), |(i, _)| i);
    &response[..end]
}

#[test]
fn serve_rebuilds_reloads_and_survives_broken_files() {
    let dir = copy_fixture("sample");
    let port = free_port();
    let _server = start(dir.path(), port);

    let page = get(port, "/sl/01-intro.html").unwrap();
    assert!(
        page.contains("Dobrodošli") && page.contains("/__handbook/live.js"),
        "{page}"
    );
    assert!(get(port, "/../Cargo.toml").unwrap().contains("404"));
    let state = get(port, "/__handbook/state").unwrap();
    assert!(
        state.contains("\"version\":1") && state.contains("\"problems\":\"\""),
        "{state}"
    );

    let ftl = dir.path().join("translations/sl/01-intro.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replace("Dobrodošli", "Prisrčno dobrodošli")).unwrap();
    eventually("the edit on the page", || {
        get(port, "/sl/01-intro.html").is_some_and(|p| p.contains("Prisrčno dobrodošli"))
    });
    // Pages are written before the version moves on (so that a reloading page
    // finds them): the version follows shortly after.
    eventually("a new version for open pages", || {
        version(port).is_some_and(|v| v >= 2)
    });

    std::fs::write(&ftl, format!("{text}\nbroken = {{ oops\n")).unwrap();
    eventually("the diagnostic", || {
        get(port, "/__handbook/state").is_some_and(|s| {
            s.contains("Fluent syntax error") && s.contains("translations/sl/01-intro.ftl")
        })
    });

    std::fs::write(&ftl, &text).unwrap();
    eventually("recovery", || {
        get(port, "/__handbook/state").is_some_and(|s| s.contains("\"problems\":\"\""))
    });
    assert!(
        get(port, "/sl/01-intro.html")
            .unwrap()
            .contains("Dobrodošli")
    );
}

#[test]
fn serve_refuses_request_bodies_without_reading_them_and_lives_on() {
    let dir = copy_fixture("sample");
    let port = free_port();
    let _server = start(dir.path(), port);
    let huge = "Content-Length: 999999999999\r\n";
    for (request, status) in [
        (format!("POST / HTTP/1.1\r\nHost: x\r\n{huge}\r\n"), "405"),
        (
            format!("POST /sl/ HTTP/1.1\r\nHost: x\r\n{huge}Expect: 100-continue\r\n\r\n"),
            "405",
        ),
        (format!("GET / HTTP/1.1\r\nHost: x\r\n{huge}\r\nabc"), "413"),
    ] {
        let response = raw(port, request.as_bytes());
        assert!(
            status_line(&response).starts_with(&format!("HTTP/1.1 {status} ")),
            "{request:?} got {:?}",
            start_of(&response)
        );
        let page = get(port, "/sl/01-intro.html").unwrap_or_default();
        assert!(
            page.starts_with("HTTP/1.1 200 OK"),
            "after {request:?}: {:?}",
            start_of(&page)
        );
    }
}

#[test]
fn serve_answers_others_while_clients_stall_on_a_large_file() {
    let dir = copy_fixture("sample");
    let port = free_port();
    let _server = start(dir.path(), port);
    // Larger than what the kernel buffers for a client that never reads.
    std::fs::write(dir.path().join("dist/sl/big.pdf"), vec![b'%'; 16 << 20]).unwrap();
    let stalled: Vec<TcpStream> = (0..3)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream
                .write_all(b"GET /sl/big.pdf HTTP/1.1\r\nHost: x\r\n\r\n")
                .unwrap();
            stream
        })
        .collect();
    // Let the server fill the buffers of the stalled clients.
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    for _ in 0..5 {
        let page = get(port, "/sl/01-intro.html").unwrap_or_default();
        assert!(page.starts_with("HTTP/1.1 200 OK"), "{:?}", start_of(&page));
    }
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "5 pages took {:?}",
        started.elapsed()
    );
    // The large file itself is served whole to a client that reads it.
    let head = get(port, "/sl/big.pdf").unwrap_or_default();
    assert!(
        head.contains("Content-Length: 16777216") && head.len() > 16 << 20,
        "{:?}",
        start_of(&head)
    );
    drop(stalled);
}

#[test]
fn serve_port_0_prints_the_port_it_listens_on() {
    let dir = copy_fixture("sample");
    let mut child = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["serve", "--project", path_str(dir.path()), "--port", "0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let _server = Server(child);
    let (lines, from_server) = mpsc::channel();
    // Reads stderr to its end, so that the server never blocks on it.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    let prefix = "http://127.0.0.1:";
    let deadline = Instant::now() + Duration::from_secs(20);
    let line = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match from_server.recv_timeout(left) {
            Ok(line) if line.contains(prefix) => break line,
            Ok(_) => {}
            Err(e) => panic!("no line with the URL on stderr: {e}"),
        }
    };
    let port: u16 = line
        .split(prefix)
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    assert_ne!(port, 0, "{line}");
    let page = get(port, "/sl/01-intro.html").unwrap_or_default();
    assert!(
        page.starts_with("HTTP/1.1 200 OK") && page.contains("/__handbook/live.js"),
        "{line}: {:?}",
        start_of(&page)
    );
}

#[cfg(unix)]
#[test]
fn serve_gives_404_for_symlinks_leading_out_of_dist() {
    use std::os::unix::fs::symlink;
    let dir = copy_fixture("sample");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "top secret").unwrap();
    let port = free_port();
    let _server = start(dir.path(), port);
    let dist = dir.path().join("dist");
    symlink(
        outside.path().join("secret.txt"),
        dist.join("sl/secret.txt"),
    )
    .unwrap();
    symlink(outside.path(), dist.join("outside")).unwrap();
    symlink(dist.join("sl/01-intro.html"), dist.join("sl/alias.html")).unwrap();
    for path in ["/sl/secret.txt", "/outside/secret.txt", "/outside/"] {
        let response = get(port, path).unwrap_or_default();
        assert!(
            response.starts_with("HTTP/1.1 404") && !response.contains("top secret"),
            "{path}: {:?}",
            start_of(&response)
        );
    }
    // A link that stays inside dist/ is served.
    let alias = get(port, "/sl/alias.html").unwrap_or_default();
    assert!(
        alias.starts_with("HTTP/1.1 200 OK"),
        "{:?}",
        start_of(&alias)
    );
}

#[cfg(unix)]
#[test]
fn serve_refuses_to_start_when_dist_links_out_of_the_project() {
    let dir = copy_fixture("sample");
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("dist")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["serve", "--project", path_str(dir.path()), "--port", "0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("serve kept running with dist/ leading out of the project");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("dist") && stderr.contains("outside the project"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn serve_answers_an_oversized_request_head_with_an_error_and_lives_on() {
    let dir = copy_fixture("sample");
    let port = free_port();
    let _server = start(dir.path(), port);
    let request = format!(
        "GET /sl/01-intro.html HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    let response = raw(port, request.as_bytes());
    assert!(
        status_line(&response).starts_with("HTTP/1.1 431 "),
        "{:?}",
        start_of(&response)
    );
    let page = get(port, "/sl/01-intro.html").unwrap_or_default();
    assert!(page.starts_with("HTTP/1.1 200 OK"), "{:?}", start_of(&page));
}

/// The body of a GET of `path`, as bytes (None unless the answer is 200).
fn get_bytes(port: u16, path: &str) -> Option<Vec<u8>> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let end = response.windows(4).position(|w| w == b"\r\n\r\n")?;
    response
        .starts_with(b"HTTP/1.1 200 ")
        .then(|| response[end + 4..].to_vec())
}

/// The state that open pages poll, parsed.
fn state(port: u16) -> serde_json::Value {
    get(port, "/__handbook/state")
        .and_then(|r| serde_json::from_str(r.split("\r\n\r\n").nth(1)?).ok())
        .unwrap_or_default()
}

fn pdf_version(port: u16) -> u64 {
    state(port)["pdf"]["sl"].as_u64().unwrap_or(0)
}

#[test]
fn serve_previews_the_pdf_of_the_language_being_edited() {
    let dir = copy_fixture("sample");
    let port = free_port();
    let _server = start(dir.path(), port);

    // Served pages of a language carry the link to its preview.
    let page = get(port, "/sl/01-intro.html").unwrap();
    assert!(page.contains("href=\"/__handbook/pdf/sl\""), "{page}");
    assert!(page.contains(">PDF preview</a>"), "{page}");
    assert!(get(port, "/__handbook/pdf/xx").unwrap().contains("404"));
    // Opening the preview compiles the PDF; its page names where it is.
    let preview = get(port, "/__handbook/pdf/sl").unwrap();
    let pdf = preview
        .split("data-src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("{preview}"))
        .to_owned();
    assert!(pdf.starts_with("/sl/") && pdf.ends_with("-sl.pdf"), "{pdf}");
    eventually("the first PDF", || pdf_version(port) >= 1);
    let first = get_bytes(port, &pdf).unwrap();
    assert!(first.starts_with(b"%PDF-"));

    // A saved translation: the HTML and then the PDF change.
    let ftl = dir.path().join("translations/sl/01-intro.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replace("Dobrodošli", "Prisrčno dobrodošli")).unwrap();
    eventually("the second PDF", || pdf_version(port) >= 2);
    let second = get_bytes(port, &pdf).unwrap();
    assert!(second.starts_with(b"%PDF-") && second != first);

    // A broken translation: its problem is shown, no PDF is compiled, the
    // last good one stays.
    std::fs::write(&ftl, format!("{text}\nbroken = {{ oops\n")).unwrap();
    eventually("the diagnostic", || {
        state(port)["problems"]
            .as_str()
            .is_some_and(|p| p.contains("Fluent syntax error"))
    });
    std::fs::write(&ftl, &text).unwrap();
    eventually("recovery", || {
        state(port)["problems"].as_str() == Some("") && pdf_version(port) >= 3
    });
    let third = get_bytes(port, &pdf).unwrap();

    // A broken layout template: the PDF's compile fails and says so on the
    // pages, and the previous PDF stays in place.
    let template = dir.path().join("templates/typst/handbook.typ");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    let builtin = concat!(env!("CARGO_MANIFEST_DIR"), "/templates/typst/handbook.typ");
    let good = std::fs::read_to_string(builtin).unwrap();
    std::fs::write(&template, format!("{good}\n#let broken = (\n")).unwrap();
    eventually("the template's problem", || {
        state(port)["problems"]
            .as_str()
            .is_some_and(|p| p.contains("Typst") && p.contains("templates/typst/handbook.typ"))
    });
    assert_eq!(pdf_version(port), 3);
    assert_eq!(get_bytes(port, &pdf).unwrap(), third);
    std::fs::remove_file(&template).unwrap();
    eventually("recovery from the template", || {
        state(port)["problems"].as_str() == Some("") && pdf_version(port) >= 4
    });
}

#[test]
fn built_pages_have_no_preview_link() {
    let dir = copy_fixture("sample");
    let run = super::common::handbook(&[
        "build",
        "--project",
        path_str(dir.path()),
        "--format",
        "html",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = std::fs::read_to_string(dir.path().join("dist/sl/01-intro.html")).unwrap();
    assert!(page.contains("</body>"));
    assert!(!page.contains("__handbook") && !page.contains("PDF preview"));
}
