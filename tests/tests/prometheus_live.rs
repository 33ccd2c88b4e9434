//! The real Prometheus server judges what the provider writes: Terraform applies a
//! `devopsflow_prometheus_config` and the `devopsflow_alert_rules` it loads, Prometheus
//! (Debian's `prometheus`, `/usr/bin/prometheus`) starts on a free loopback port with that
//! configuration and scrapes a small local exporter whose requests mostly fail
//! (`tests/support/failing_exporter.py`). Through the HTTP API the test checks that every
//! rule group is loaded and evaluates healthily, and that `HighErrorRate` fires; then that
//! the real Alertmanager (`prometheus-alertmanager`), started with the
//! `devopsflow_alertmanager_config` of the same apply, delivers that alert to the webhook
//! receiver the test runs on another loopback port.
//!
//! Scrapes and evaluations run every second and `HighErrorRate` has `for: 2s`, so the test
//! takes seconds. Every wait is bounded and says what it waited for when it gives up, with
//! the server's log. The exporter and Prometheus are killed when the test ends, failed or
//! not ([`Process`]), and everything lives in temporary directories.
//!
//! It needs the provider binary: `cargo build -p terraform-provider-devopsflow` first.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use devopsflow_e2e::alertmanager::{Alertmanager, Webhook, free_port};
use devopsflow_e2e::{ProviderOverride, Terraform, Workspace, repo_root, require_on_path};
use serde_json::Value;

/// The scrape job, and the `job` label the alert rules select.
const JOB: &str = "api-service";

/// A child process killed and reaped when dropped, so that a failing test leaves none behind.
struct Process {
    child: Child,
    name: &'static str,
}

impl Process {
    /// Panics, with `log`, when the process has already exited.
    fn assert_running(&mut self, log: &str) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!("{} exited early ({status}):\n{log}", self.name);
        }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        if let Err(err) = self.child.kill() {
            eprintln!("prometheus_live: cannot kill {}: {err}", self.name);
        }
        let _ = self.child.wait();
    }
}

/// Starts the exporter and returns it with the port it listens on (the first line it prints).
fn start_exporter() -> (Process, u16) {
    let script = repo_root().join("tests/support/failing_exporter.py");
    let child = Command::new(require_on_path("python3"))
        .arg(&script)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {}: {err}", script.display()));
    let mut process = Process {
        child,
        name: "the exporter",
    };
    let stdout = process.child.stdout.take().expect("piped stdout");
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = sender.send(line);
    });
    let line = receiver
        .recv_timeout(Duration::from_secs(30))
        .unwrap_or_else(|_| panic!("{} printed no port within 30 s", script.display()));
    let port = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("the exporter printed {line:?}, not a port"));
    (process, port)
}

/// The configuration Terraform applies: Prometheus scraping the exporter every second and
/// loading the alert rules of the same job, evaluated every second.
fn terraform_config(exporter_port: u16, alertmanager_port: u16, webhook_port: u16) -> String {
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

resource "devopsflow_prometheus_config" "main" {{
  path                = "monitoring/prometheus.yml"
  scrape_interval     = "1s"
  evaluation_interval = "1s"
  rule_files          = ["alerts/*.rules.yml"]
  alertmanagers       = ["127.0.0.1:{alertmanager_port}"]

  job {{
    name    = "{JOB}"
    targets = ["127.0.0.1:{exporter_port}"]
  }}
}}

resource "devopsflow_alert_rules" "api" {{
  path     = "monitoring/alerts/api.rules.yml"
  group    = "api"
  interval = "1s"
  job      = "{JOB}"
  presets  = ["high_error_rate", "pod_down"]

  thresholds {{
    error_rate_for = "2s"
  }}
}}

resource "devopsflow_alertmanager_config" "main" {{
  path             = "monitoring/alertmanager.yml"
  default_receiver = "hook"
  group_wait       = "1s"

  receiver {{
    name = "hook"
    webhook {{
      url = "http://127.0.0.1:{webhook_port}/alerts"
    }}
  }}
}}
"#
    )
}

/// Starts Prometheus on `port` with `config`, keeping its data and log under `dir`.
fn start_prometheus(config: &Path, dir: &Path, port: u16) -> (Process, PathBuf) {
    let log = dir.join("prometheus.log");
    let log_file = std::fs::File::create(&log).expect("create the log file");
    let child = Command::new(require_on_path("prometheus"))
        .arg(format!("--config.file={}", config.display()))
        .arg(format!(
            "--storage.tsdb.path={}",
            dir.join("data").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().expect("clone the log file"))
        .stderr(log_file)
        .spawn()
        .expect("start prometheus");
    (
        Process {
            child,
            name: "prometheus",
        },
        log,
    )
}

/// Prometheus started on a free port with `config` (data and log under `dir`) and ready:
/// the process, its log and its port.
fn ready_prometheus(config: &Path, dir: &Path) -> (Process, PathBuf, u16) {
    let port = free_port();
    let (mut prometheus, log) = start_prometheus(config, dir, port);
    wait_for(
        "Prometheus to be ready",
        Duration::from_secs(30),
        &mut prometheus,
        &log,
        || match http_get(port, "/-/ready")? {
            (200, _) => Ok(()),
            (status, body) => Err(format!("HTTP {status}: {body}")),
        },
    );
    (prometheus, log, port)
}

/// `GET path` on 127.0.0.1:`port`: the status code and the body, or why it failed.
fn http_get(port: u16, path: &str) -> Result<(u16, String), String> {
    let mut stream =
        TcpStream::connect(("127.0.0.1", port)).map_err(|err| format!("connect: {err}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|err| err.to_string())?;
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .map_err(|err| format!("send: {err}"))?;
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .map_err(|err| format!("read: {err}"))?;
    let (head, body) = response
        .split_once("\r\n\r\n")
        .ok_or_else(|| format!("no end of headers in {response:?}"))?;
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| format!("no status in {head:?}"))?;
    Ok((status, body.to_owned()))
}

/// The `data` of a successful Prometheus API answer to `GET path`.
fn api_data(port: u16, path: &str) -> Result<Value, String> {
    let (status, body) = http_get(port, path)?;
    let json: Value =
        serde_json::from_str(&body).map_err(|err| format!("{path}: {err}: {body}"))?;
    if status != 200 || json["status"] != "success" {
        return Err(format!("{path}: HTTP {status}: {body}"));
    }
    Ok(json["data"].clone())
}

/// Calls `check` every 250 ms until it gives `Ok`, for at most `limit`; panics with the last
/// error, what was awaited, and Prometheus' log.
fn wait_for<T>(
    what: &str,
    limit: Duration,
    prometheus: &mut Process,
    log: &Path,
    mut check: impl FnMut() -> Result<T, String>,
) -> T {
    let started = Instant::now();
    loop {
        let read_log = || std::fs::read_to_string(log).unwrap_or_default();
        prometheus.assert_running(&read_log());
        let last = match check() {
            Ok(value) => return value,
            Err(err) => err,
        };
        assert!(
            started.elapsed() < limit,
            "gave up after {limit:?} waiting for {what}; last: {last}\n----- prometheus log \
             -----\n{}",
            read_log()
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Every rule group of `/api/v1/rules` when each is loaded, evaluated and healthy.
fn healthy_groups(data: &Value) -> Result<Vec<String>, String> {
    let groups = data["groups"].as_array().ok_or("no groups list")?;
    if groups.is_empty() {
        return Err("no rule group loaded".to_owned());
    }
    let mut names = Vec::new();
    for group in groups {
        let name = group["name"].as_str().unwrap_or_default().to_owned();
        let rules = group["rules"].as_array().ok_or("a group without rules")?;
        if rules.is_empty() {
            return Err(format!("group {name:?} has no rules"));
        }
        for rule in rules {
            if rule["health"] != "ok" {
                return Err(format!("group {name:?}: rule not healthy: {rule}"));
            }
        }
        if group["lastEvaluation"]
            .as_str()
            .is_none_or(|at| at.starts_with("0001-"))
        {
            return Err(format!("group {name:?} not evaluated yet"));
        }
        names.push(name);
    }
    Ok(names)
}

#[test]
fn prometheus_loads_the_rules_scrapes_the_job_and_fires_high_error_rate() {
    require_on_path("prometheus");
    let (_exporter, exporter_port) = start_exporter();
    let alertmanager_port = free_port();
    let webhook = Webhook::start();

    let ws = Workspace::new(&Terraform::floor(), &[ProviderOverride::devopsflow()]);
    ws.set_config(&terraform_config(
        exporter_port,
        alertmanager_port,
        webhook.port,
    ));
    ws.apply();
    let alertmanager =
        Alertmanager::start_on(&ws.path("monitoring/alertmanager.yml"), alertmanager_port);

    let scratch = tempfile::tempdir().expect("a temporary directory");
    let (mut prometheus, log, port) =
        ready_prometheus(&ws.path("monitoring/prometheus.yml"), scratch.path());

    let groups = wait_for(
        "every rule group to be loaded, evaluated and healthy",
        Duration::from_secs(30),
        &mut prometheus,
        &log,
        || healthy_groups(&api_data(port, "/api/v1/rules")?),
    );
    assert_eq!(groups, ["api"], "the one group of devopsflow_alert_rules");

    wait_for(
        "the exporter's target to be up",
        Duration::from_secs(30),
        &mut prometheus,
        &log,
        || {
            let data = api_data(port, "/api/v1/targets")?;
            let targets = data["activeTargets"].as_array().ok_or("no activeTargets")?;
            let ours = targets
                .iter()
                .find(|t| t["labels"]["job"] == JOB)
                .ok_or_else(|| format!("no target of job {JOB}: {data}"))?;
            if ours["health"] == "up" {
                Ok(())
            } else {
                Err(format!("target not up: {ours}"))
            }
        },
    );

    let alert = wait_for(
        "HighErrorRate to fire",
        Duration::from_secs(45),
        &mut prometheus,
        &log,
        || {
            let data = api_data(port, "/api/v1/alerts")?;
            let alerts = data["alerts"].as_array().ok_or("no alerts list")?;
            alerts
                .iter()
                .find(|a| a["labels"]["alertname"] == "HighErrorRate" && a["state"] == "firing")
                .cloned()
                .ok_or_else(|| format!("not firing yet: {data}"))
        },
    );
    assert_eq!(alert["labels"]["job"], JOB, "{alert}");
    assert_eq!(alert["labels"]["severity"], "critical", "{alert}");
    let ratio: f64 = alert["value"]
        .as_str()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no value in {alert}"));
    assert!(
        (0.3..0.5).contains(&ratio),
        "the exporter fails 40% of its requests; the alert's value is {ratio}"
    );

    // Prometheus sends the firing alert to the Alertmanager its configuration names, and
    // the generated routing delivers it to the webhook.
    let delivered = wait_for(
        "Alertmanager to deliver HighErrorRate to the webhook",
        Duration::from_secs(45),
        &mut prometheus,
        &log,
        || {
            webhook
                .payloads()
                .into_iter()
                .flat_map(|payload| payload["alerts"].as_array().cloned().unwrap_or_default())
                .find(|a| a["labels"]["alertname"] == "HighErrorRate" && a["status"] == "firing")
                .ok_or_else(|| {
                    format!(
                        "nothing delivered yet; Alertmanager holds {:?}; its log:\n{}",
                        alertmanager.alerts(),
                        alertmanager.log()
                    )
                })
        },
    );
    assert_eq!(delivered["labels"]["job"], JOB, "{delivered}");
    assert_eq!(delivered["labels"]["severity"], "critical", "{delivered}");
}

/// The discovery block the provider writes for `kubernetes_pods { namespaces = ["prod"] }`.
const KUBERNETES_SD: &str = "    kubernetes_sd_configs:
      - role: pod
        namespaces:
          names:
            - prod
";

/// File discovery reading the fake pods of [`fake_pods`] in its place.
const FILE_SD: &str = "    file_sd_configs:
      - files:
          - pods.json
";

/// One fake pod: name, phase, pod IP and `prometheus.io/*` annotations.
type FakePod<'a> = (&'a str, &'a str, &'a str, Vec<(&'a str, &'a str)>);

/// Discovered pods labelled as Kubernetes discovery labels them, for file discovery. The
/// address is what Kubernetes discovery gives a pod with a declared container port (its IP
/// and that port); the relabelling must replace it.
fn fake_pods(exporter_port: u16) -> String {
    let port = exporter_port.to_string();
    let scraped = vec![("scrape", "true"), ("port", port.as_str())];
    let pods: [FakePod<'_>; 5] = [
        ("annotated", "Running", "127.0.0.1", scraped.clone()),
        (
            "not-annotated",
            "Running",
            "127.0.0.1",
            vec![("port", &port)],
        ),
        ("finished", "Succeeded", "127.0.0.1", scraped.clone()),
        (
            "custom-path",
            "Running",
            "127.0.0.1",
            [scraped.as_slice(), &[("path", "/custom")]].concat(),
        ),
        ("ipv6", "Running", "::1", scraped.clone()),
    ];
    let groups: Vec<Value> = pods
        .iter()
        .map(|(name, phase, ip, annotations)| {
            let mut labels = serde_json::json!({
                "__meta_kubernetes_namespace": "prod",
                "__meta_kubernetes_pod_name": name,
                "__meta_kubernetes_pod_phase": phase,
                "__meta_kubernetes_pod_ip": ip,
            });
            for (key, value) in annotations {
                labels[format!("__meta_kubernetes_pod_annotation_prometheus_io_{key}")] =
                    Value::from(*value);
            }
            serde_json::json!({ "targets": ["10.9.9.9:8080"], "labels": labels })
        })
        .collect();
    Value::from(groups).to_string()
}

/// The Kubernetes pod discovery relabelling, run by the real server on pods fed through file
/// discovery (Debian's Prometheus has no Kubernetes discovery): annotated running pods are
/// scraped on the annotated port of their IP (IPv6 in brackets) and path, and labelled with
/// their namespace and pod; pods without the annotation or not running are dropped.
#[test]
fn pod_discovery_relabelling_keeps_annotated_running_pods() {
    require_on_path("prometheus");
    let (_exporter, exporter_port) = start_exporter();
    let ws = Workspace::new(&Terraform::floor(), &[ProviderOverride::devopsflow()]);
    ws.set_config(
        r#"terraform {
  required_providers {
    devopsflow = {
      source = "devopsflow/devopsflow"
    }
  }
}

provider "devopsflow" {
  root_dir = "."
}

resource "devopsflow_prometheus_config" "pods" {
  path            = "prometheus.yml"
  scrape_interval = "1s"

  job {
    name = "pods"
    kubernetes_pods {
      namespaces = ["prod"]
    }
  }
}
"#,
    );
    ws.apply();
    let written = ws.read_file("prometheus.yml");
    assert_eq!(
        written.matches(KUBERNETES_SD).count(),
        1,
        "the discovery block as expected in:\n{written}"
    );
    let scratch = tempfile::tempdir().expect("a temporary directory");
    let config = scratch.path().join("prometheus.yml");
    std::fs::write(&config, written.replace(KUBERNETES_SD, FILE_SD)).expect("write config");
    std::fs::write(scratch.path().join("pods.json"), fake_pods(exporter_port))
        .expect("write pods.json");

    let (mut prometheus, log, port) = ready_prometheus(&config, scratch.path());
    let (active, dropped) = wait_for(
        "the annotated pod to be scraped",
        Duration::from_secs(30),
        &mut prometheus,
        &log,
        || {
            let data = api_data(port, "/api/v1/targets?state=any")?;
            let active = data["activeTargets"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let dropped = data["droppedTargets"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let up = active
                .iter()
                .any(|t| t["labels"]["pod"] == "annotated" && t["health"] == "up");
            if up && active.len() + dropped.len() == 5 {
                Ok((active, dropped))
            } else {
                Err(format!("not yet: {data}"))
            }
        },
    );

    let url_and_namespace = |pod: &str| {
        active
            .iter()
            .find(|t| t["labels"]["pod"] == pod)
            .map(|t| (t["scrapeUrl"].clone(), t["labels"]["namespace"].clone()))
    };
    for (pod, url) in [
        (
            "annotated",
            format!("http://127.0.0.1:{exporter_port}/metrics"),
        ),
        (
            "custom-path",
            format!("http://127.0.0.1:{exporter_port}/custom"),
        ),
        ("ipv6", format!("http://[::1]:{exporter_port}/metrics")),
    ] {
        assert_eq!(
            url_and_namespace(pod),
            Some((Value::from(url), Value::from("prod"))),
            "{pod}: {active:#?}"
        );
    }
    assert_eq!(active.len(), 3, "{active:#?}");
    let mut dropped_pods: Vec<&str> = dropped
        .iter()
        .filter_map(|t| t["discoveredLabels"]["__meta_kubernetes_pod_name"].as_str())
        .collect();
    dropped_pods.sort_unstable();
    assert_eq!(dropped_pods, ["finished", "not-annotated"]);
}
