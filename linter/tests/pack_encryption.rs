//! Registry-pack modules whose inputs decide encryption at rest (s3-bucket,
//! sqs, sns, kms, efs, elasticache), called without `terraform init`: each
//! fixture under `tests/inputs/pack_encryption/<module>/` has insecure calls
//! (reported at the call site), secure ones (silent) and a call whose
//! `version` admits no described release (not judged).

use std::path::Path;
use std::process::Command;

/// Lints a fixture directory as JSON: the report's text and its findings.
fn lint(module: &str) -> (String, Vec<serde_json::Value>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/inputs/pack_encryption")
        .join(module);
    let out = Command::new(env!("CARGO_BIN_EXE_devopsflow-lint"))
        .args(["--format", "json", "."])
        .current_dir(&dir)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("the report is JSON");
    let findings = report["findings"].as_array().expect("findings").clone();
    (stdout, findings)
}

/// The `(rule, line, module)` of every finding in `main.tf`, sorted.
fn places(findings: &[serde_json::Value]) -> Vec<(String, u64, String)> {
    let mut out: Vec<(String, u64, String)> = findings
        .iter()
        .filter(|f| f["file"] == "main.tf" && f["suppressed"] == false)
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["line"].as_u64().unwrap_or_default(),
                f["module"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

fn place(rule: &str, line: u64, module: &str) -> (String, u64, String) {
    (rule.to_owned(), line, module.to_owned())
}

/// The message of the finding of `rule` at `line`.
fn message<'f>(findings: &'f [serde_json::Value], rule: &str, line: u64) -> &'f str {
    findings
        .iter()
        .find(|f| f["rule"] == rule && f["line"] == line)
        .and_then(|f| f["message"].as_str())
        .unwrap_or_default()
}

#[test]
fn s3_bucket_without_kms_is_reported_at_the_call() {
    let (stdout, findings) = lint("s3_bucket");
    assert_eq!(
        places(&findings),
        vec![
            place("DFL101", 5, "module.logs"),
            place("DFL101", 12, "module.reports"),
        ],
        "{stdout}"
    );
    assert!(
        message(&findings, "DFL101", 12).contains("`AES256`"),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn sqs_queue_without_encryption_is_reported_at_the_call() {
    let (stdout, findings) = lint("sqs");
    assert_eq!(
        places(&findings),
        vec![
            place("DFL111", 5, "module.orders"),
            place("DFL111", 14, "module.legacy"),
            place("DFL111", 31, "module.jobs"),
        ],
        "{stdout}"
    );
    // Only the release whose module sent the default as it was.
    assert!(
        message(&findings, "DFL111", 14).ends_with("(registry pack: releases 3.4.0)"),
        "{stdout}"
    );
    assert!(
        message(&findings, "DFL111", 31)
            .starts_with("module.jobs (terraform-aws-modules/sqs/aws ~> 5.0): "),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn sns_topic_without_kms_is_reported_at_the_call() {
    let (stdout, findings) = lint("sns");
    assert_eq!(
        places(&findings),
        vec![
            place("DFL110", 5, "module.alerts"),
            place("DFL110", 12, "module.legacy"),
        ],
        "{stdout}"
    );
    assert!(
        message(&findings, "DFL110", 12).ends_with("(registry pack: releases 3.0.0–3.3.0)"),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn kms_key_without_rotation_is_reported_at_the_call() {
    let (stdout, findings) = lint("kms");
    assert_eq!(
        places(&findings),
        vec![
            place("DFL116", 5, "module.app_key"),
            place("DFL116", 14, "module.old_key"),
        ],
        "{stdout}"
    );
    assert!(
        message(&findings, "DFL116", 14).ends_with("(registry pack: releases 1.0.0–1.3.1)"),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn efs_without_encryption_is_reported_at_the_call() {
    let (stdout, findings) = lint("efs");
    assert_eq!(
        places(&findings),
        vec![place("DFL107", 5, "module.shared")],
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn elasticache_without_encryption_is_reported_at_the_call() {
    let (stdout, findings) = lint("elasticache");
    assert_eq!(
        places(&findings),
        vec![
            place("DFL108", 5, "module.sessions"),
            place("DFL109", 5, "module.sessions"),
        ],
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}
