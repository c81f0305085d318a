//! `handbook serve`: pages are served with the live-reload script, a saved
//! `.ftl` changes the page, a broken file shows its diagnostic, and the server
//! keeps running. (How fast is a benchmark question, not asserted here.)

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
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

#[test]
fn serve_rebuilds_reloads_and_survives_broken_files() {
    let dir = copy_fixture("sample");
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args([
            "serve",
            "--project",
            path_str(dir.path()),
            "--port",
            &port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _server = Server(child);
    eventually("the server", || {
        get(port, "/sl/01-intro.html").is_some_and(|r| r.contains("200 OK"))
    });

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
