//! The real Alertmanager judges a generated configuration: Terraform applies a
//! `devopsflow_alertmanager_config` whose webhook receiver points at a loopback HTTP server
//! run by this test, `prometheus-alertmanager` is started on loopback ports with that file,
//! and alerts posted through its v2 API must reach the webhook, except the warning that the
//! generated inhibit rule silences.
//!
//! Needs the provider binary (`cargo build -p terraform-provider-devopsflow`) and
//! `prometheus-alertmanager` (`scripts/install-tools.sh`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use devopsflow_e2e::{ProviderOverride, Terraform, Workspace, require_on_path};
use serde_json::{Value, json};

/// How long any wait of this test may last.
const PATIENCE: Duration = Duration::from_secs(30);
/// How long a delivery that should not happen is waited for, after the deliveries that
/// should (the routes' `group_wait` is 1s).
const QUIET: Duration = Duration::from_secs(4);

/// A loopback HTTP server recording the body of every request it receives.
struct Webhook {
    port: u16,
    bodies: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Webhook {
    fn start() -> Webhook {
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
    fn payloads(&self) -> Vec<Value> {
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
struct Alertmanager {
    child: Child,
    port: u16,
    _storage: tempfile::TempDir,
    log: std::path::PathBuf,
}

impl Alertmanager {
    fn start(config: &Path) -> Alertmanager {
        let storage = tempfile::tempdir().expect("storage directory");
        let log = storage.path().join("alertmanager.log");
        let port = free_port();
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

    fn log(&self) -> String {
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
    fn alerts(&self) -> Vec<Value> {
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
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

/// One HTTP/1.0 request to `127.0.0.1:port` (so the answer is not chunked): the status and
/// the body, or `None` when the connection fails.
fn http(port: u16, method: &str, path: &str, body: &str) -> Option<(u16, String)> {
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

/// The configuration under test: every alert goes to the webhook after 1s.
fn config(webhook_port: u16) -> String {
    format!(
        r#"terraform {{
  required_providers {{
    devopsflow = {{
      source = "devopsflow/devopsflow"
    }}
  }}
}}

provider "devopsflow" {{
  root_dir = "."
}}

resource "devopsflow_alertmanager_config" "live" {{
  path             = "alertmanager.yml"
  default_receiver = "hook"
  group_wait       = "1s"

  receiver {{
    name = "hook"
    webhook {{
      url = "http://127.0.0.1:{webhook_port}/alerts"
    }}
  }}

  route {{
    matchers   = {{ severity = "critical" }}
    receiver   = "hook"
    group_wait = "1s"
  }}

  route {{
    matchers   = {{ severity = "warning" }}
    receiver   = "hook"
    group_wait = "1s"
  }}
}}
"#
    )
}

/// An alert as the v2 API takes it.
fn alert(severity: &str, job: &str) -> Value {
    json!({
        "labels": { "alertname": "HighErrorRate", "job": job, "severity": severity },
        "annotations": { "summary": format!("{severity} for {job}") },
    })
}

/// The `(severity, job)` of every alert in the webhook payloads received.
fn delivered(webhook: &Webhook) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = webhook
        .payloads()
        .iter()
        .flat_map(|payload| payload["alerts"].as_array().cloned().unwrap_or_default())
        .map(|alert| {
            let label = |name: &str| alert["labels"][name].as_str().unwrap_or("").to_owned();
            (label("severity"), label("job"))
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn alertmanager_delivers_the_critical_alert_and_inhibits_the_warning() {
    let webhook = Webhook::start();
    let ws = Workspace::new(&Terraform::floor(), &[ProviderOverride::devopsflow()]);
    ws.set_config(&config(webhook.port));
    ws.apply();
    let alertmanager = Alertmanager::start(&ws.path("alertmanager.yml"));

    // The warning of job "batch" has no critical twin: it is the control that warnings do
    // reach the webhook when nothing inhibits them.
    let alerts = json!([
        alert("critical", "api"),
        alert("warning", "api"),
        alert("warning", "batch"),
    ]);
    let posted = http(
        alertmanager.port,
        "POST",
        "/api/v2/alerts",
        &alerts.to_string(),
    );
    assert!(
        posted.as_ref().is_some_and(|(status, _)| *status == 200),
        "POST /api/v2/alerts answered {posted:?}; log:\n{}",
        alertmanager.log()
    );

    let expected = [
        ("critical".to_owned(), "api".to_owned()),
        ("warning".to_owned(), "batch".to_owned()),
    ];
    let deadline = Instant::now() + PATIENCE;
    while !expected.iter().all(|e| delivered(&webhook).contains(e)) {
        assert!(
            Instant::now() < deadline,
            "the webhook did not receive {expected:?} within {PATIENCE:?}; received {:?}; \
             Alertmanager log:\n{}",
            webhook.payloads(),
            alertmanager.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(QUIET);
    assert_eq!(
        delivered(&webhook),
        expected,
        "the warning of job \"api\" must be inhibited by its critical twin; payloads: {:#?}",
        webhook.payloads()
    );

    let suppressed: Vec<Value> = alertmanager
        .alerts()
        .into_iter()
        .filter(|a| a["status"]["state"] == "suppressed")
        .collect();
    assert_eq!(suppressed.len(), 1, "{suppressed:#?}");
    assert_eq!(suppressed[0]["labels"]["severity"], "warning");
    assert_eq!(suppressed[0]["labels"]["job"], "api");
    assert_eq!(
        suppressed[0]["status"]["inhibitedBy"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "{suppressed:#?}"
    );
}
