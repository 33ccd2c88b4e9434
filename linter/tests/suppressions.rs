//! Governed suppressions: expiry against an injected date, foreign comments
//! mapped onto our rules, and the CLI flags.

use std::path::Path;
use std::process::Command;

use devopsflow_lint::driver::{Options, lint_with};
use devopsflow_lint::suppress::Date;
use devopsflow_lint::{Settings, Workspace, config};

/// `CODE line suppressed?` for every finding.
fn lint_at(text: &str, today: &str, config: &Settings) -> Vec<String> {
    let ws = Workspace::from_sources(&[("main.tf", text)]);
    let options = Options {
        today: Date::parse(today),
        report_unused_suppressions: false,
    };
    lint_with(&ws, &|_: &Path| config.clone(), &options)
        .iter()
        .filter(|f| !f.rule.code.starts_with("DFL4"))
        .filter(|f| f.rule.code != "DFL301" || f.suppressed)
        .map(|f| {
            let line = ws.files[f.file].line_of(f.span.start);
            let state = if f.suppressed { " suppressed" } else { "" };
            format!("{} line {line}{state}", f.rule.code)
        })
        .collect()
}

const EXPIRING: &str = r#"# devopsflow-lint:ignore[DFL102] until=2026-06-30 snapshot restore pending
resource "aws_db_instance" "legacy" {
  storage_encrypted = false
}
"#;

#[test]
fn a_suppression_holds_through_its_until_day_and_expires_the_day_after() {
    let config = Settings::default();
    assert_eq!(
        lint_at(EXPIRING, "2026-06-30", &config),
        ["DFL102 line 3 suppressed"]
    );
    assert_eq!(
        lint_at(EXPIRING, "2026-07-01", &config),
        ["DFL901 line 1", "DFL102 line 3"]
    );
}

#[test]
fn foreign_comments_suppress_the_rules_they_map_onto() {
    let text = r#"provider "aws" {}
#tfsec:ignore:aws-rds-encrypt-instance-storage-data
resource "aws_db_instance" "a" {
  storage_encrypted = false
}

resource "aws_db_instance" "b" {
  storage_encrypted = false #trivy:ignore:AVD-AWS-0080
}

resource "aws_db_instance" "c" {
  engine = "postgres"
  #checkov:skip=CKV_AWS_16:restored from a legacy snapshot
  storage_encrypted = false
}

# tflint-ignore: aws_resource_missing_tags # tagged by the account's SCP
resource "aws_db_instance" "tagged" {
  storage_encrypted = true
}

resource "aws_kms_key" "d" {
  enable_key_rotation = false # checkov:skip=CKV_AWS_999:not mapped, so ignored
}

resource "aws_security_group_rule" "ssh" {
  #checkov:skip=CKV_AWS_24:bastion behind a VPN
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
  security_group_id = "sg-1"
}
"#;
    insta::assert_snapshot!(lint_at(text, "2026-01-01", &Settings::default()).join("\n"));
}

#[test]
fn foreign_expiry_and_reason_policy_apply_to_foreign_comments() {
    let text = r#"
resource "aws_db_instance" "a" {
  storage_encrypted = false #trivy:ignore:AWS-0080:exp:2025-12-31
}
resource "aws_db_instance" "b" {
  storage_encrypted = false #checkov:skip=CKV_AWS_16
}
"#;
    let config = config::parse("suppressions { require_reason = true }", "t").expect("test setup");
    assert_eq!(
        lint_at(text, "2026-01-01", &config),
        [
            "DFL102 line 3",
            "DFL901 line 3",
            "DFL102 line 6",
            "DFL902 line 6"
        ]
    );
}

#[test]
fn a_forbidden_rule_is_not_suppressed_at_a_module_call_site() {
    let dir = tempfile::tempdir().expect("test setup");
    std::fs::create_dir(dir.path().join("db")).expect("test setup");
    std::fs::write(
        dir.path().join("db/main.tf"),
        "resource \"aws_db_instance\" \"x\" {\n  storage_encrypted = false\n}\n",
    )
    .expect("test setup");
    std::fs::write(
        dir.path().join("main.tf"),
        "# devopsflow-lint:ignore[DFL102] vendor module\nmodule \"db\" {\n  source = \"./db\"\n}\n",
    )
    .expect("test setup");
    let ws = {
        let mut ws = Workspace::load(&[dir.path().to_path_buf()]).expect("test setup");
        devopsflow_lint::driver::load_called_modules(&mut ws).expect("test setup");
        ws
    };
    let run = |config: &Settings| {
        lint_with(&ws, &|_: &Path| config.clone(), &Options::default())
            .iter()
            .filter(|f| f.rule.code.starts_with("DFL10") || f.rule.code.starts_with("DFL9"))
            .map(|f| format!("{} {}", f.rule.code, f.suppressed))
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(run(&Settings::default()), ["DFL102 true".to_owned()].into());
    let forbid = config::parse("suppressions { forbid = [\"DFL102\"] }", "t").expect("test setup");
    assert_eq!(
        run(&forbid),
        ["DFL102 false".to_owned(), "DFL903 false".to_owned()].into()
    );
}

#[test]
fn unknown_suppression_keys_and_rules_are_configuration_errors() {
    let err = config::parse("suppressions { require = true }", "c.hcl").expect_err("must fail");
    assert_eq!(
        err.to_string(),
        "c.hcl: unknown configuration key `suppressions.require`"
    );
    let err =
        config::parse("suppressions { forbid = [\"DFL999\"] }", "c.hcl").expect_err("must fail");
    assert!(err.to_string().contains("unknown rule `DFL999`"), "{err}");
}

fn cli(dir: &Path, args: &[&str], today: &str) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_devopsflow-lint"))
        .args(args)
        .current_dir(dir)
        .env("DEVOPSFLOW_LINT_TODAY", today)
        .output()
        .expect("test setup");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn cli_reads_today_from_the_environment_and_reports_unused_on_request() {
    let dir = tempfile::tempdir().expect("test setup");
    std::fs::write(
        dir.path().join("main.tf"),
        format!(
            "{EXPIRING}\n# devopsflow-lint:ignore[DFL116] nothing here\nresource \"aws_kms_key\" \"k\" {{\n  enable_key_rotation = true\n}}\n"
        ),
    )
    .expect("test setup");
    let codes = |json: &str| {
        let value: serde_json::Value = serde_json::from_str(json).expect("test setup");
        value["findings"]
            .as_array()
            .expect("test setup")
            .iter()
            .filter(|f| {
                f["rule"] != "DFL301"
                    && !f["rule"].as_str().expect("test setup").starts_with("DFL4")
            })
            .map(|f| {
                format!(
                    "{} {}",
                    f["rule"].as_str().expect("test setup"),
                    f["suppressed"]
                )
            })
            .collect::<Vec<_>>()
    };
    let (code, out) = cli(
        dir.path(),
        &["--format", "json", "--fail-on", "medium"],
        "2026-06-30",
    );
    assert_eq!(code, 0);
    assert_eq!(codes(&out), ["DFL102 true"]);
    let (code, out) = cli(
        dir.path(),
        &["--format", "json", "--report-unused-suppressions"],
        "2026-07-01",
    );
    assert_eq!(code, 1);
    assert_eq!(
        codes(&out),
        ["DFL901 false", "DFL102 false", "DFL904 false"]
    );
    let (code, out) = cli(
        dir.path(),
        &[
            "--today",
            "2026-06-30",
            "--format",
            "json",
            "--fail-on",
            "medium",
        ],
        "bad",
    );
    assert_eq!((code, codes(&out).len()), (0, 1));
    let (code, _) = cli(dir.path(), &[], "30.06.2026");
    assert_eq!(code, 2);
}
