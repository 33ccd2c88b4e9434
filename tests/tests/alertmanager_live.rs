//! The real Alertmanager judges a generated configuration: Terraform applies a
//! `devopsflow_alertmanager_config` whose webhook receiver points at a loopback HTTP server
//! run by this test, `prometheus-alertmanager` is started on loopback ports with that file,
//! and alerts posted through its v2 API must reach the webhook, except the warning that the
//! generated inhibit rule silences.
//!
//! Needs the provider binary (`cargo build -p terraform-provider-devopsflow`) and
//! `prometheus-alertmanager` (`scripts/install-tools.sh`).

use std::time::{Duration, Instant};

use devopsflow_e2e::alertmanager::{Alertmanager, Webhook, http};
use devopsflow_e2e::{ProviderOverride, Terraform, Workspace};
use serde_json::{Value, json};

/// How long any wait of this test may last.
const PATIENCE: Duration = Duration::from_secs(30);
/// How long a delivery that should not happen is waited for, after the deliveries that
/// should (the routes' `group_wait` is 1s).
const QUIET: Duration = Duration::from_secs(4);

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
