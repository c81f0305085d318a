//! The HTTP/1.1 of `serve`, on one connection: reading a request head within
//! a fixed size and time, refusing what a static preview server does not
//! take (other methods, request bodies), and writing one response, after
//! which the connection is closed. Nothing here allocates from a size that
//! the client sent.

use std::fs::File;
use std::io::{self, Read as _, Write as _};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

/// The request line and every header together, at most.
const MAX_HEAD: usize = 16 * 1024;
/// Time a client has to send its whole request head.
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// Time each [`CHUNK`] of a response has to reach a client that reads slowly.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// The unit in which responses are written (and files read).
const CHUNK: usize = 64 * 1024;
/// After an error, what is still read (and dropped) so that closing does not
/// reset the connection before the client has read the answer.
const LINGER_TIME: Duration = Duration::from_secs(1);
const LINGER_BYTES: usize = 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Head,
}

/// A request that the server answers: GET or HEAD without a body.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Request {
    pub(crate) method: Method,
    /// The path with its query, as sent (origin form: `/sl/index.html?x`).
    pub(crate) target: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    Ok,
    BadRequest,
    NotFound,
    MethodNotAllowed,
    RequestTimeout,
    ContentTooLarge,
    HeadTooLarge,
    InternalError,
    Unavailable,
    VersionNotSupported,
}

impl Status {
    fn line(self) -> &'static str {
        match self {
            Status::Ok => "200 OK",
            Status::BadRequest => "400 Bad Request",
            Status::NotFound => "404 Not Found",
            Status::MethodNotAllowed => "405 Method Not Allowed",
            Status::RequestTimeout => "408 Request Timeout",
            Status::ContentTooLarge => "413 Content Too Large",
            Status::HeadTooLarge => "431 Request Header Fields Too Large",
            Status::InternalError => "500 Internal Server Error",
            Status::Unavailable => "503 Service Unavailable",
            Status::VersionNotSupported => "505 HTTP Version Not Supported",
        }
    }
}

pub(crate) enum Body {
    Bytes(Vec<u8>),
    /// An open file and the number of bytes to send from it.
    File(File, u64),
}

pub(crate) struct Response {
    pub(crate) status: Status,
    pub(crate) content_type: &'static str,
    pub(crate) body: Body,
}

impl Response {
    pub(crate) fn bytes(content_type: &'static str, bytes: Vec<u8>) -> Response {
        Response {
            status: Status::Ok,
            content_type,
            body: Body::Bytes(bytes),
        }
    }

    /// A short plain-text answer with `status`.
    pub(crate) fn error(status: Status) -> Response {
        let text = match status {
            Status::NotFound => "not found".to_owned(),
            Status::MethodNotAllowed => "only GET and HEAD are served".to_owned(),
            Status::ContentTooLarge => "requests with a body are not served".to_owned(),
            _ => status.line().to_owned(),
        };
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            body: Body::Bytes(text.into_bytes()),
        }
    }

    fn len(&self) -> u64 {
        match &self.body {
            Body::Bytes(bytes) => bytes.len() as u64,
            Body::File(_, len) => *len,
        }
    }

    /// The status line and headers, ending with the empty line.
    fn head(&self) -> String {
        let allow = if self.status == Status::MethodNotAllowed {
            "Allow: GET, HEAD\r\n"
        } else {
            ""
        };
        format!(
            "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
             X-Content-Type-Options: nosniff\r\n{allow}Connection: close\r\n\r\n",
            self.status.line(),
            self.content_type,
            self.len()
        )
    }
}

/// How a connection's request head ended.
#[derive(Debug, PartialEq, Eq)]
enum Head {
    /// A complete head: the bytes of `buffer[..len]` (without the blank line),
    /// and whether the client sent more after it.
    Complete { len: usize, more: bool },
    /// The client closed or went silent before sending anything.
    Nothing,
    /// The client sent part of a head and then stopped (timeout or close).
    Partial,
    /// No blank line within [`MAX_HEAD`] bytes.
    TooLarge,
}

/// Answers one connection: reads the request head, calls `respond` for a
/// GET or HEAD, writes the answer and closes. `head_read` runs as soon as
/// the head is in (or the client gave up), before the response is made.
pub(crate) fn handle(
    mut stream: TcpStream,
    head_read: impl FnOnce(),
    respond: impl FnOnce(&Request) -> Response,
) {
    let _ = stream.set_nodelay(true);
    let mut buffer = [0u8; MAX_HEAD];
    let head = read_head(&mut stream, &mut buffer);
    head_read();
    let (response, method, linger) = match head {
        Head::Nothing => return,
        Head::Partial => (Response::error(Status::RequestTimeout), Method::Get, true),
        Head::TooLarge => (Response::error(Status::HeadTooLarge), Method::Get, true),
        Head::Complete { len, more } => match parse_head(&buffer[..len]) {
            Err(status) => (Response::error(status), Method::Get, true),
            Ok(request) => {
                let response =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| respond(&request)))
                        .unwrap_or_else(|_| Response::error(Status::InternalError));
                (response, request.method, more)
            }
        },
    };
    if write_response(&mut stream, response, method).is_err() {
        return;
    }
    let _ = stream.shutdown(Shutdown::Write);
    if linger {
        drain(&mut stream);
    }
}

/// Reads until the blank line that ends a request head, within
/// [`HEAD_TIMEOUT`] in all and [`MAX_HEAD`] bytes.
fn read_head(stream: &mut TcpStream, buffer: &mut [u8; MAX_HEAD]) -> Head {
    let deadline = Instant::now() + HEAD_TIMEOUT;
    let mut filled = 0;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return if filled == 0 {
                Head::Nothing
            } else {
                Head::Partial
            };
        }
        match stream.read(&mut buffer[filled..]) {
            Ok(0) => {
                return if filled == 0 {
                    Head::Nothing
                } else {
                    Head::Partial
                };
            }
            Ok(n) => {
                // Blank lines before a request line are allowed (RFC 9112, 2.2).
                let start = buffer[..filled + n]
                    .iter()
                    .position(|b| !matches!(b, b'\r' | b'\n'))
                    .unwrap_or(filled + n);
                let from = filled.saturating_sub(3).max(start);
                filled += n;
                if let Some((end, after)) = head_end(&buffer[..filled], from) {
                    return Head::Complete {
                        len: end,
                        more: after < filled,
                    };
                }
                if filled == buffer.len() {
                    return Head::TooLarge;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => {
                return if filled == 0 {
                    Head::Nothing
                } else {
                    Head::Partial
                };
            }
        }
    }
}

/// Where the blank line ending the head is, searching from `from`: the end of
/// the head's last line and the first byte after the blank line.
fn head_end(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let rest = &bytes[i + 1..];
            if rest.starts_with(b"\n") {
                return Some((i, i + 2));
            }
            if rest.starts_with(b"\r\n") {
                return Some((i, i + 3));
            }
        }
        i += 1;
    }
    None
}

/// The request line and headers: GET or HEAD of a path, without a body.
fn parse_head(head: &[u8]) -> Result<Request, Status> {
    let mut lines = head
        .split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .skip_while(|line| line.is_empty());
    let request_line = lines.next().ok_or(Status::BadRequest)?;
    let request_line = std::str::from_utf8(request_line).map_err(|_| Status::BadRequest)?;
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Status::BadRequest);
    };
    if !version.starts_with("HTTP/") {
        return Err(Status::BadRequest);
    }
    if version != "HTTP/1.1" && version != "HTTP/1.0" {
        return Err(Status::VersionNotSupported);
    }
    if method.is_empty()
        || !method
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(Status::BadRequest);
    }
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        _ => return Err(Status::MethodNotAllowed),
    };
    let target = origin_form(target).ok_or(Status::BadRequest)?;
    let mut length: Option<u64> = None;
    for line in lines {
        if line.starts_with(b" ") || line.starts_with(b"\t") {
            // A folded header line (obsolete; RFC 9112, 5.2).
            return Err(Status::BadRequest);
        }
        let colon = line
            .iter()
            .position(|&b| b == b':')
            .ok_or(Status::BadRequest)?;
        let (name, value) = (&line[..colon], line[colon + 1..].trim_ascii());
        if name.is_empty() || name.iter().any(|b| b.is_ascii_whitespace()) {
            return Err(Status::BadRequest);
        }
        if name.eq_ignore_ascii_case(b"transfer-encoding") {
            return Err(Status::ContentTooLarge);
        }
        if name.eq_ignore_ascii_case(b"content-length") {
            let value = std::str::from_utf8(value).map_err(|_| Status::BadRequest)?;
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Status::BadRequest);
            }
            // Only zero or not zero matters: a long number is simply not zero.
            let n = u64::from(value.bytes().any(|b| b != b'0'));
            if length.is_some_and(|l| l != n) {
                return Err(Status::BadRequest);
            }
            length = Some(n);
        }
    }
    if length.unwrap_or(0) != 0 {
        return Err(Status::ContentTooLarge);
    }
    Ok(Request {
        method,
        target: target.to_owned(),
    })
}

/// The path and query of a request target: origin form as is, absolute form
/// (`http://host/path`) without its scheme and host; anything else is None.
fn origin_form(target: &str) -> Option<&str> {
    if target.starts_with('/') {
        return Some(target);
    }
    let scheme_end = target.find("://")?;
    if !target[..scheme_end].eq_ignore_ascii_case("http")
        && !target[..scheme_end].eq_ignore_ascii_case("https")
    {
        return None;
    }
    let rest = &target[scheme_end + 3..];
    Some(rest.find('/').map_or("/", |slash| &rest[slash..]))
}

/// Writes the response (its head only for HEAD), [`CHUNK`] bytes at a time,
/// each within [`WRITE_TIMEOUT`].
fn write_response(stream: &mut TcpStream, response: Response, method: Method) -> io::Result<()> {
    let mut head = response.head().into_bytes();
    match response.body {
        _ if method == Method::Head => write_chunks(stream, &head),
        Body::Bytes(bytes) => {
            head.extend_from_slice(&bytes);
            write_chunks(stream, &head)
        }
        Body::File(mut file, len) => {
            write_chunks(stream, &head)?;
            let mut buffer = vec![0u8; CHUNK];
            let mut left = len;
            while left > 0 {
                let want = buffer
                    .len()
                    .min(usize::try_from(left).unwrap_or(usize::MAX));
                let n = match file.read(&mut buffer[..want]) {
                    // The file became shorter: the client sees a short answer.
                    Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                write_chunks(stream, &buffer[..n])?;
                left -= n as u64;
            }
            Ok(())
        }
    }
}

/// Writes `bytes`, giving each [`CHUNK`] of them [`WRITE_TIMEOUT`] to leave:
/// the socket's own timeout bounds one write call only, and a client that
/// reads a few bytes now and then would keep each call, and the thread,
/// going for as long as it likes.
fn write_chunks(stream: &mut TcpStream, bytes: &[u8]) -> io::Result<()> {
    for chunk in bytes.chunks(CHUNK) {
        let deadline = Instant::now() + WRITE_TIMEOUT;
        let mut rest = chunk;
        while !rest.is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::ErrorKind::TimedOut.into());
            }
            stream.set_write_timeout(Some(left))?;
            match stream.write(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

/// Answers `status` right away without waiting on the client (used when
/// no thread is free): one write that fits any fresh socket's buffer.
pub(crate) fn refuse(stream: TcpStream, status: Status) {
    if stream.set_nonblocking(true).is_ok() {
        let mut stream = stream;
        let response = Response::error(status);
        let mut bytes = response.head().into_bytes();
        if let Body::Bytes(body) = &response.body {
            bytes.extend_from_slice(body);
        }
        let _ = stream.write(&bytes);
        let _ = stream.shutdown(Shutdown::Write);
    }
}

/// Reads and drops what the client still sends, for a bounded time and size.
fn drain(stream: &mut TcpStream) {
    let deadline = Instant::now() + LINGER_TIME;
    let mut buffer = [0u8; 8192];
    let mut total = 0;
    while total < LINGER_BYTES {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut buffer) {
            Ok(0) => return,
            Ok(n) => total += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Request, Status> {
        parse_head(text.as_bytes())
    }

    fn get(target: &str) -> Result<Request, Status> {
        Ok(Request {
            method: Method::Get,
            target: target.to_owned(),
        })
    }

    #[test]
    fn heads_end_at_the_first_blank_line() {
        assert_eq!(
            head_end(b"GET / HTTP/1.1\r\nA: b\r\n\r\nrest", 0),
            Some((21, 24))
        );
        assert_eq!(head_end(b"GET / HTTP/1.1\n\n", 0), Some((14, 16)));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nA: b\r\n", 0), None);
    }

    #[test]
    fn get_and_head_of_a_path_are_requests() {
        assert_eq!(parse("GET /sl/ HTTP/1.1\r\nHost: x"), get("/sl/"));
        assert_eq!(
            parse("\r\nHEAD /a?b HTTP/1.0"),
            Ok(Request {
                method: Method::Head,
                target: "/a?b".to_owned()
            })
        );
        assert_eq!(parse("GET http://127.0.0.1:8000/sl/ HTTP/1.1"), get("/sl/"));
        assert_eq!(parse("GET http://127.0.0.1:8000 HTTP/1.1"), get("/"));
        assert_eq!(parse("GET / HTTP/1.1\r\nContent-Length: 000"), get("/"));
    }

    #[test]
    fn bodies_other_methods_and_garbage_are_refused() {
        let huge = "GET / HTTP/1.1\r\nContent-Length: 999999999999999999999999999999";
        assert_eq!(parse(huge), Err(Status::ContentTooLarge));
        assert_eq!(
            parse("POST / HTTP/1.1\r\nContent-Length: 999999999999"),
            Err(Status::MethodNotAllowed)
        );
        assert_eq!(
            parse("GET / HTTP/1.1\r\nTransfer-Encoding: chunked"),
            Err(Status::ContentTooLarge)
        );
        assert_eq!(
            parse("GET / HTTP/1.1\r\nContent-Length: -1"),
            Err(Status::BadRequest)
        );
        assert_eq!(
            parse("GET / HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 5"),
            Err(Status::BadRequest)
        );
        assert_eq!(parse("DELETE / HTTP/1.1"), Err(Status::MethodNotAllowed));
        assert_eq!(parse("GET /"), Err(Status::BadRequest));
        assert_eq!(parse("GET / HTTP/2.0"), Err(Status::VersionNotSupported));
        assert_eq!(parse("GET sl/ HTTP/1.1"), Err(Status::BadRequest));
        assert_eq!(parse("GET file:///etc HTTP/1.1"), Err(Status::BadRequest));
        assert_eq!(parse("GET / HTTP/1.1\r\n folded"), Err(Status::BadRequest));
        assert_eq!(parse("GET / HTTP/1.1\r\nno colon"), Err(Status::BadRequest));
        assert_eq!(parse("G\u{e9}T / HTTP/1.1"), Err(Status::BadRequest));
        assert_eq!(parse_head(b"GET /\xff HTTP/1.1"), Err(Status::BadRequest));
    }
}
