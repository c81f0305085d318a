//! The accept loop of `serve`: each connection on its own thread, at most
//! [`MAX_CONNECTIONS`] at once. When all are busy, a connection that has
//! sent no complete request head for a while is closed to make room (so
//! idle or trickling clients cannot hold the server), and when none can be
//! closed a new connection waits briefly, then gets 503.

use std::collections::BTreeMap;
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use super::http::{self, Request, Response, Status};

/// Connections handled at once.
const MAX_CONNECTIONS: usize = 64;
/// How long a new connection waits for a free thread before it gets 503.
const WAIT_FOR_ROOM: Duration = Duration::from_secs(2);
/// A connection still without a complete request head after this long may
/// be closed when every thread is busy (clients send the head at once).
const IDLE_BEFORE_CLOSING: Duration = Duration::from_millis(250);

/// What a connection's thread calls to answer a request.
pub(crate) type Respond = dyn Fn(&Request) -> Response + Send + Sync;

/// Accepts connections on `listener` forever.
pub(crate) fn run(listener: &TcpListener, respond: &Arc<Respond>) -> ! {
    let pool = Arc::new(Pool::default());
    loop {
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection reset before it was
            // accepted: wait a little for connections to end, then go on.
            Err(_) => {
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
        };
        let Some(slot) = pool.acquire(&stream) else {
            http::refuse(stream, Status::Unavailable);
            continue;
        };
        let respond = Arc::clone(respond);
        let spawned = std::thread::Builder::new()
            .name("serve-connection".to_owned())
            .spawn(move || {
                http::handle(stream, || slot.head_read(), |request| respond(request));
                drop(slot);
            });
        if spawned.is_err() {
            // The stream moved into the closure that was dropped with the
            // error, and closed; so did the slot.
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[derive(Default)]
struct Pool {
    slots: Mutex<Slots>,
    freed: Condvar,
}

#[derive(Default)]
struct Slots {
    busy: usize,
    next_id: u64,
    /// Connections still reading their request head, by id (oldest first):
    /// when they were accepted and a handle to close them.
    reading: BTreeMap<u64, (Instant, TcpStream)>,
}

/// One connection's place in the pool, given back when dropped (also when
/// its thread panics).
struct Slot {
    pool: Arc<Pool>,
    id: u64,
}

impl Pool {
    fn lock(&self) -> MutexGuard<'_, Slots> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A place for `stream`, closing an idle connection to make one if
    /// needed; None when none came free in [`WAIT_FOR_ROOM`].
    fn acquire(self: &Arc<Self>, stream: &TcpStream) -> Option<Slot> {
        let deadline = Instant::now() + WAIT_FOR_ROOM;
        let mut slots = self.lock();
        let mut closed_one = false;
        loop {
            if slots.busy < MAX_CONNECTIONS {
                slots.busy += 1;
                let id = slots.next_id;
                slots.next_id += 1;
                if let Ok(handle) = stream.try_clone() {
                    slots.reading.insert(id, (Instant::now(), handle));
                }
                return Some(Slot {
                    pool: Arc::clone(self),
                    id,
                });
            }
            // Close one idle connection (its thread's read ends at once, and
            // the thread with it), then wait for its place.
            let oldest = slots
                .reading
                .first_key_value()
                .filter(|(_, (since, _))| since.elapsed() >= IDLE_BEFORE_CLOSING)
                .map(|(id, _)| *id);
            if !closed_one
                && let Some((_, handle)) = oldest.and_then(|id| slots.reading.remove(&id))
            {
                let _ = handle.shutdown(Shutdown::Both);
                closed_one = true;
            }
            let now = Instant::now();
            if now >= deadline {
                return None;
            }
            let step = (deadline - now).min(Duration::from_millis(50));
            slots = self
                .freed
                .wait_timeout(slots, step)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }
}

impl Slot {
    /// The connection has its request head (or gave up): it is no longer
    /// closed to make room.
    fn head_read(&self) {
        self.pool.lock().reading.remove(&self.id);
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut slots = self.pool.lock();
        slots.busy -= 1;
        slots.reading.remove(&self.id);
        drop(slots);
        self.pool.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read as _, Write as _};

    use super::*;
    use crate::serve::http::Method;

    /// A pool on a free port whose handler panics for `/panic` and answers
    /// `ok` otherwise; its port.
    fn start() -> u16 {
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let respond: Arc<Respond> = Arc::new(|request: &Request| {
            assert!(request.target != "/panic", "the handler failed");
            assert_eq!(request.method, Method::Get);
            Response::bytes("text/plain", b"ok".to_vec())
        });
        std::thread::spawn(move || run(&listener, &respond));
        port
    }

    fn get(port: u16, path: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut response = String::new();
        let _ = stream.read_to_string(&mut response);
        response
    }

    #[test]
    fn a_panicking_handler_gives_500_and_the_server_goes_on() {
        let port = start();
        for _ in 0..3 {
            assert!(get(port, "/panic").starts_with("HTTP/1.1 500 "));
            assert!(get(port, "/").starts_with("HTTP/1.1 200 OK"));
        }
    }

    #[test]
    fn idle_connections_make_room_for_requests() {
        let port = start();
        // More half-sent requests than threads, each holding its connection.
        let idle: Vec<TcpStream> = (0..MAX_CONNECTIONS + 36)
            .map(|_| {
                let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                stream.write_all(b"GET / HTTP/1.1\r\nHost:").unwrap();
                stream
            })
            .collect();
        let started = Instant::now();
        for _ in 0..3 {
            assert!(get(port, "/").starts_with("HTTP/1.1 200 OK"));
        }
        assert!(
            started.elapsed() < WAIT_FOR_ROOM * 3,
            "{:?}",
            started.elapsed()
        );
        drop(idle);
    }
}
