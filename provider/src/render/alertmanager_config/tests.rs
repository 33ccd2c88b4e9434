//! Tests of the Alertmanager configuration renderer: snapshots, amtool, validation.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use super::output::matcher;
use super::*;
use crate::render::test_files::assert_text_snapshot as snapshot;

const HEADER: &str =
    "Managed by Terraform (devopsflow_alertmanager_config.main). Edits are overwritten on apply.";

fn receiver(name: &str) -> Receiver {
    Receiver {
        name: name.to_owned(),
        ..Receiver::default()
    }
}

fn route(matchers: &[(&str, &str)], receiver: &str) -> Route {
    Route {
        matchers: matchers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        receiver: receiver.to_owned(),
        ..Route::default()
    }
}

/// The configuration of the sketch (and of `examples/alertmanager-config`).
fn example_spec() -> AlertmanagerConfigSpec {
    let mut oncall = receiver("oncall");
    oncall.pagerduty.push(Pagerduty {
        routing_key_file: "/etc/alertmanager/pagerduty_key".to_owned(),
        send_resolved: true,
    });
    let mut chat = receiver("team-chat");
    chat.slack.push(Slack {
        api_url_file: "/etc/alertmanager/slack_url".to_owned(),
        channel: Some("#alerts".to_owned()),
        send_resolved: false,
    });
    let mut email = receiver("team-email");
    email.email.push(Email {
        to: "team@example.com".to_owned(),
        send_resolved: false,
    });
    let mut hook = receiver("hook");
    hook.webhook.push(Webhook {
        url: Some("http://127.0.0.1:5001/".to_owned()),
        url_file: None,
        send_resolved: true,
    });
    AlertmanagerConfigSpec {
        default_receiver: "team-email".to_owned(),
        group_wait: "30s".to_owned(),
        group_interval: "5m".to_owned(),
        repeat_interval: "4h".to_owned(),
        smtp: Some(Smtp {
            smarthost: "smtp.example.com:587".to_owned(),
            from: "alertmanager@example.com".to_owned(),
            auth_username: Some("alertmanager".to_owned()),
            auth_password_file: Some("/etc/alertmanager/smtp_password".to_owned()),
            require_tls: true,
        }),
        receivers: vec![oncall, chat, email, hook],
        routes: vec![
            route(&[("severity", "critical")], "oncall"),
            route(&[("severity", "warning")], "team-chat"),
        ],
        header: HEADER.to_owned(),
    }
}

/// Only a webhook, a route with its own timings and `continue`, awkward matcher values.
fn webhook_only_spec() -> AlertmanagerConfigSpec {
    let mut hook = receiver("hook");
    hook.webhook.push(Webhook {
        url: Some("https://hooks.example.com/alerts?team=a&x=1".to_owned()),
        url_file: None,
        send_resolved: false,
    });
    let mut audit = receiver("audit");
    audit.webhook.push(Webhook {
        url: Some("http://127.0.0.1:9/audit".to_owned()),
        url_file: None,
        send_resolved: true,
    });
    let mut everything = route(&[], "audit");
    everything.continue_ = true;
    let mut fast = route(
        &[("team", "we\"ird\\team, {x}"), ("severity", "critical")],
        "hook",
    );
    fast.group_wait = Some("1s".to_owned());
    fast.group_interval = Some("1m".to_owned());
    fast.repeat_interval = Some("1h30m".to_owned());
    AlertmanagerConfigSpec {
        default_receiver: "hook".to_owned(),
        group_wait: "0".to_owned(),
        group_interval: "5m".to_owned(),
        repeat_interval: "4h".to_owned(),
        receivers: vec![hook, audit],
        routes: vec![everything, fast],
        header: "line one\n\nline: two # three".to_owned(),
        ..AlertmanagerConfigSpec::default()
    }
}

fn render_ok(spec: &AlertmanagerConfigSpec) -> String {
    match render(spec) {
        Ok(text) => text,
        Err(errors) => panic!("unexpected errors: {errors:#?}"),
    }
}

// -- Snapshots -----------------------------------------------------------

#[test]
fn snapshot_of_the_example() {
    snapshot("alertmanager_config__example", &render_ok(&example_spec()));
}

#[test]
fn snapshot_of_webhooks_with_route_timings() {
    snapshot(
        "alertmanager_config__webhook_timings",
        &render_ok(&webhook_only_spec()),
    );
}

#[test]
fn no_secret_is_written_inline() {
    let text = render_ok(&example_spec());
    for inline in [
        "smtp_auth_password:",
        "routing_key:",
        "service_key:",
        "api_url:",
    ] {
        assert!(!text.contains(inline), "{inline} in:\n{text}");
    }
    for file in [
        "smtp_auth_password_file: /etc/alertmanager/smtp_password",
        "routing_key_file: /etc/alertmanager/pagerduty_key",
        "api_url_file: /etc/alertmanager/slack_url",
    ] {
        assert!(text.contains(file), "{file} in:\n{text}");
    }
}

#[test]
fn matchers_escape_quotes_backslashes_and_line_breaks() {
    assert_eq!(matcher("severity", "critical"), "severity=\"critical\"");
    assert_eq!(matcher("team", "a\"b\\c\nd"), "team=\"a\\\"b\\\\c\\nd\"");
}

// -- Validation ----------------------------------------------------------

/// The paths and summaries of the errors of `spec`.
fn errors_of(spec: &AlertmanagerConfigSpec) -> Vec<(String, String)> {
    render(spec)
        .expect_err("invalid")
        .into_iter()
        .map(|e| (e.path.to_string(), e.summary))
        .collect()
}

#[test]
fn every_problem_is_reported_at_once_at_its_path() {
    let mut spec = example_spec();
    spec.default_receiver = "nobody".to_owned();
    spec.group_wait = "30 s".to_owned();
    spec.repeat_interval = "0".to_owned();
    if let Some(smtp) = &mut spec.smtp {
        smtp.smarthost = "smtp.example.com".to_owned();
        smtp.from = "alertmanager".to_owned();
    }
    spec.receivers[1].name = "oncall".to_owned();
    spec.receivers[2].email[0].to = "team@example.com, ops".to_owned();
    spec.receivers[3].webhook[0].url = Some("ftp://example.com/".to_owned());
    spec.receivers.push(receiver("silent"));
    spec.routes[0].receiver = "team-chat".to_owned();
    spec.routes[1]
        .matchers
        .insert("sever-ity".to_owned(), "x".to_owned());
    spec.routes[1].group_interval = Some("5mins".to_owned());
    assert_eq!(
        errors_of(&spec),
        [
            ("receiver[1].name", "Duplicate receiver name"),
            ("default_receiver", "Unknown receiver"),
            ("group_wait", "Invalid duration"),
            ("repeat_interval", "Invalid duration"),
            ("smtp.smarthost", "Invalid SMTP smarthost"),
            ("smtp.from", "Invalid email address"),
            ("receiver[2].email[0].to", "Invalid email address"),
            ("receiver[3].webhook[0].url", "Invalid webhook URL"),
            ("receiver[4]", "Receiver without integration"),
            ("route[0].receiver", "Unknown receiver"),
            ("route[1].matchers[\"sever-ity\"]", "Invalid label name"),
            // receiver[1] is no longer "team-chat".
            ("route[1].receiver", "Unknown receiver"),
            ("route[1].group_interval", "Invalid duration"),
        ]
        .map(|(p, s)| (p.to_owned(), s.to_owned()))
    );
}

#[test]
fn email_needs_smtp_and_webhooks_need_exactly_one_url() {
    let mut spec = example_spec();
    spec.smtp = None;
    spec.receivers[3].webhook[0].url_file = Some("/etc/alertmanager/hook_url".to_owned());
    spec.receivers[3].webhook.push(Webhook::default());
    spec.receivers[0].pagerduty[0].routing_key_file = " ".to_owned();
    assert_eq!(
        errors_of(&spec),
        [
            (
                "receiver[0].pagerduty[0].routing_key_file",
                "Invalid file path"
            ),
            ("receiver[2].email[0]", "Email without SMTP"),
            ("receiver[3].webhook[0].url_file", "Conflicting webhook URL"),
            ("receiver[3].webhook[1]", "Missing webhook URL"),
        ]
        .map(|(p, s)| (p.to_owned(), s.to_owned()))
    );
}

#[test]
fn unknown_receiver_lists_the_known_ones() {
    let mut spec = example_spec();
    spec.routes[0].receiver = "on-call".to_owned();
    let errors = render(&spec).expect_err("invalid");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .detail
            .contains("\"on-call\". The receivers are: hook, oncall, team-chat, team-email."),
        "{}",
        errors[0].detail
    );
}

// -- amtool --------------------------------------------------------------

/// Fails (never skips) when amtool is missing.
fn amtool() -> Command {
    let found = Command::new("amtool").arg("--version").output();
    match found {
        Ok(output) if output.status.success() => Command::new("amtool"),
        _ => panic!(
            "amtool is not on PATH; install it: apt-get install prometheus-alertmanager \
             (or run scripts/install-tools.sh)"
        ),
    }
}

/// Runs amtool; panics with its output unless it succeeds; returns stdout.
fn run_amtool(args: &[&str], dir: &Path) -> String {
    let output = amtool().args(args).current_dir(dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "amtool {args:?} failed:\n{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// A fresh scratch directory for one test.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "devopsflow-alertmanager-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The receivers `amtool config routes test` picks for alerts with `labels`.
fn routed(dir: &Path, file: &str, labels: &[&str]) -> Vec<String> {
    let config = format!("--config.file={file}");
    let mut args = vec!["config", "routes", "test", config.as_str()];
    args.extend(labels);
    run_amtool(&args, dir)
        .trim()
        .split(',')
        .map(str::to_owned)
        .collect()
}

#[test]
fn amtool_accepts_the_rendered_configs_and_routes_as_configured() {
    let dir = scratch_dir("check");
    std::fs::write(dir.join("example.yml"), render_ok(&example_spec())).unwrap();
    std::fs::write(dir.join("webhook.yml"), render_ok(&webhook_only_spec())).unwrap();
    let output = run_amtool(&["check-config", "example.yml", "webhook.yml"], &dir);
    assert_eq!(output.matches("SUCCESS").count(), 2, "{output}");
    assert!(output.contains("1 inhibit rules"), "{output}");

    assert_eq!(
        routed(&dir, "example.yml", &["severity=critical"]),
        ["oncall"]
    );
    assert_eq!(
        routed(&dir, "example.yml", &["severity=warning", "alertname=X"]),
        ["team-chat"]
    );
    assert_eq!(
        routed(&dir, "example.yml", &["severity=info"]),
        ["team-email"]
    );
    // `continue` on the catch-all route, then the escaped matcher values match.
    let team = matcher("team", "we\"ird\\team, {x}");
    assert_eq!(
        routed(&dir, "webhook.yml", &["severity=critical", team.as_str()]),
        ["audit", "hook"]
    );
    assert_eq!(
        routed(&dir, "webhook.yml", &["severity=critical", "team=weird"]),
        ["audit"]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_inhibit_rule_pairs_critical_and_warning_of_the_same_alert_and_job() {
    let text = render_ok(&example_spec());
    let expected = "inhibit_rules:\n  - source_matchers:\n      - severity=\"critical\"\n    \
                    target_matchers:\n      - severity=\"warning\"\n    equal:\n      \
                    - alertname\n      - job\n";
    assert!(text.contains(expected), "{text}");
    assert!(
        text.contains("  group_by:\n    - alertname\n    - job\n"),
        "{text}"
    );
}
