//! A real Alertmanager and a webhook receiver on loopback ports, for the live tests
//! (`tests/tests/alertmanager_live.rs`, `tests/tests/prometheus_live.rs`). Both are
//! stopped when dropped, also when a test fails.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::require_on_path;

/// How long Alertmanager may take to become ready.
const PATIENCE: Duration = Duration::from_secs(30);

/// A loopback HTTP server recording the body of every request it receives.
pub struct Webhook {
    /// The loopback port it listens on.
    pub port: u16,
    bodies: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Webhook {
    /// Starts the server on a free loopback port.
    pub fn start() -> Webhook {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the webhook server");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let port = listener.local_addr().expect("local address").port();
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (bodies, stop) = (Arc::clone(&bodies), Arc::clone(&stop));
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            if let Some(body) = serve_one(stream) {
                                bodies.lock().expect("bodies lock").push(body);
                            }
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(20)),
                    }
                }
            })
        };
        Webhook {
            port,
            bodies,
            stop,
            thread: Some(thread),
        }
    }

    /// The webhook payloads received so far, parsed.
    pub fn payloads(&self) -> Vec<Value> {
        self.bodies
            .lock()
            .expect("bodies lock")
            .iter()
            .map(|body| {
                serde_json::from_str(body)
                    .unwrap_or_else(|err| panic!("webhook body is not JSON ({err}): {body}"))
            })
            .collect()
    }
}

impl Drop for Webhook {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one HTTP request from `stream`, answers `200 OK`, and returns its body.
fn serve_one(stream: TcpStream) -> Option<String> {
    stream.set_nonblocking(false).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    let mut stream = reader.into_inner();
    stream
        .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        .ok()?;
    Some(String::from_utf8_lossy(&body).into_owned())
}

/// A running `prometheus-alertmanager`, killed when dropped (also when the test fails).
pub struct Alertmanager {
    child: Child,
    /// The loopback port its API listens on.
    pub port: u16,
    _storage: tempfile::TempDir,
    log: std::path::PathBuf,
}

impl Alertmanager {
    /// Starts `prometheus-alertmanager` with `config` on a free loopback port, clustering
    /// off, its storage in a temporary directory, and waits until it is ready.
    pub fn start(config: &Path) -> Alertmanager {
        Alertmanager::start_on(config, free_port())
    }

    /// [`Alertmanager::start`] on `port`.
    pub fn start_on(config: &Path, port: u16) -> Alertmanager {
        let storage = tempfile::tempdir().expect("storage directory");
        let log = storage.path().join("alertmanager.log");
        let child = Command::new(require_on_path("prometheus-alertmanager"))
            .arg(format!("--config.file={}", config.display()))
            .arg(format!(
                "--storage.path={}",
                storage.path().join("data").display()
            ))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .arg("--cluster.listen-address=")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("start prometheus-alertmanager");
        let alertmanager = Alertmanager {
            child,
            port,
            _storage: storage,
            log,
        };
        alertmanager.wait_until_ready();
        alertmanager
    }

    /// What it has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn wait_until_ready(&self) {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if http(self.port, "GET", "/-/ready", "").is_some_and(|(status, _)| status == 200) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "Alertmanager was not ready on 127.0.0.1:{} within {PATIENCE:?}; its log:\n{}",
            self.port,
            self.log()
        );
    }

    /// `GET /api/v2/alerts`: every alert Alertmanager holds, with its status.
    pub fn alerts(&self) -> Vec<Value> {
        let (status, body) = http(self.port, "GET", "/api/v2/alerts", "")
            .unwrap_or_else(|| panic!("GET /api/v2/alerts failed; log:\n{}", self.log()));
        assert_eq!(status, 200, "GET /api/v2/alerts: {body}");
        serde_json::from_str::<Vec<Value>>(&body).expect("alerts JSON")
    }
}

impl Drop for Alertmanager {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port nothing listens on (now).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

/// One HTTP/1.0 request to `127.0.0.1:port` (so the answer is not chunked): the status and
/// the body, or `None` when the connection fails.
pub fn http(port: u16, method: &str, path: &str, body: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let request = format!(
        "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, body.to_owned()))
}
