//! User policies end to end: in the configuration file and in the files of
//! `policy_paths`, with unknown values, suppressions, `rules`, `explain`,
//! SARIF, and malformed policies (exit 2 with a span in the policy file).

use std::path::{Path, PathBuf};
use std::process::Command;

fn project() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/policies/project")
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_devopsflow-lint"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `code resource attribute suppressed` of each finding of the project.
fn findings(dir: &Path) -> Vec<String> {
    let (code, stdout, stderr) = run(dir, &["--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {}",
                f["rule"].as_str().unwrap_or("-"),
                f["resource"].as_str().unwrap_or("-"),
                f["attribute"].as_str().unwrap_or("-"),
                f["suppressed"]
            )
        })
        .collect()
}

#[test]
fn policies_from_the_config_file_and_policy_paths() {
    let found = findings(&project());
    assert_eq!(
        found,
        [
            "ACME001 aws_sqs_queue.short visibility_timeout_seconds false",
            "ACME001 aws_sqs_queue.default - false",
            "ACME001 aws_sqs_queue.suppressed visibility_timeout_seconds true",
            "ACME002 aws_s3_bucket.open - false",
            "ACME002 aws_s3_bucket.ordered - false",
        ]
    );
    // An unknown condition (`var.timeout` has no value) reports nothing; a
    // bucket that a public access block refers to passes.
    assert!(!found.iter().any(|f| f.contains("aws_sqs_queue.unknown")));
    assert!(!found.iter().any(|f| f.contains("aws_s3_bucket.closed")));
    assert!(!found.iter().any(|f| f.contains("aws_s3_bucket.templated")));
    let tmp = tempfile::tempdir().expect("temp dir");
    let report = tmp.path().join("report.txt");
    let report_arg = report.to_str().expect("utf-8 path");
    assert_eq!(run(&project(), &["--output", report_arg]).0, 1);
    let pretty = std::fs::read_to_string(&report).expect("report written");
    insta::assert_snapshot!(pretty);
}

#[test]
fn baselines_accept_user_policy_findings() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let baseline = tmp.path().join("baseline.json");
    let baseline_arg = baseline.to_str().expect("utf-8 path");
    assert_eq!(run(&project(), &["--write-baseline", baseline_arg]).0, 0);
    let text = std::fs::read_to_string(&baseline).expect("baseline written");
    assert!(text.contains("\"ACME001\""), "{text}");
    assert!(text.contains("\"ACME002\""), "{text}");
    let (code, stdout, stderr) = run(&project(), &["--baseline", baseline_arg]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn rules_and_explain_list_user_policies() {
    let (code, table, _) = run(&project(), &["rules"]);
    assert_eq!(code, 0);
    let line = table
        .lines()
        .find(|l| l.starts_with("ACME001"))
        .expect("ACME001 is listed");
    let cells: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        cells,
        [
            "ACME001",
            "sqs-visibility-timeout-short",
            "reliability",
            "medium",
            "no"
        ]
    );
    assert!(table.lines().any(|l| l.starts_with("ACME002 ")), "{table}");
    assert!(table.lines().any(|l| l.starts_with("DFL601 ")), "{table}");
    let (code, page, _) = run(&project(), &["explain", "sqs-visibility-timeout-short"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!(page);
    // Without the configuration, the policy is unknown.
    let elsewhere = tempfile::tempdir().expect("temp dir");
    assert_eq!(run(elsewhere.path(), &["explain", "ACME001"]).0, 2);
}

#[test]
fn sarif_describes_user_policies() {
    let (code, stdout, _) = run(&project(), &["--format", "sarif"]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let run0 = &json["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().expect("rules");
    let index = rules
        .iter()
        .position(|r| r["id"] == "ACME001")
        .expect("ACME001 is described");
    assert_eq!(rules[index]["name"], "sqs-visibility-timeout-short");
    assert_eq!(
        rules[index]["shortDescription"]["text"],
        "Checks that SQS queues give consumers at least a minute."
    );
    let result = run0["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "ACME001")
        .expect("an ACME001 result");
    assert_eq!(result["ruleIndex"], index);
    assert_eq!(result["level"], "warning");
    let suppressed = run0["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["suppressions"].is_array())
        .expect("the suppressed ACME001 result");
    assert_eq!(suppressed["ruleId"], "ACME001");
    assert_eq!(
        suppressed["suppressions"][0]["justification"],
        "batch consumers are fast"
    );
}

/// A project whose configuration is `config`, with a policy file
/// `policies/p.hcl` when given, and `main.tf`.
fn write_project(config: &str, policy_file: Option<&str>, main_tf: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join(".devopsflow-lint.hcl"), config).expect("write config");
    if let Some(text) = policy_file {
        std::fs::create_dir(tmp.path().join("policies")).expect("mkdir");
        std::fs::write(tmp.path().join("policies/p.hcl"), text).expect("write policy");
    }
    std::fs::write(tmp.path().join("main.tf"), main_tf).expect("write main.tf");
    tmp
}

/// Runs the linter on a project with a malformed configuration.
fn malformed(config: &str, policy_file: Option<&str>) -> (i32, String) {
    let tmp = write_project(config, policy_file, "resource \"aws_sqs_queue\" \"q\" {}\n");
    let (code, stdout, stderr) = run(tmp.path(), &["--config", ".devopsflow-lint.hcl"]);
    assert!(stdout.is_empty(), "{stdout}");
    (code, stderr)
}

const GOOD: &str = r#"policy "ACME001" {
  name           = "queue-check"
  category       = "encryption"
  severity       = "medium"
  resource_types = ["aws_sqs_queue"]
  condition      = try(self.kms_master_key_id, null) != null
  message        = "no key"
}
"#;

#[test]
fn malformed_policies_exit_2_with_a_span() {
    let cases: &[(&str, String, Option<String>)] = &[
        (
            "missing_condition",
            GOOD.replace(
                "  condition      = try(self.kms_master_key_id, null) != null\n",
                "",
            ),
            None,
        ),
        (
            "bad_severity",
            GOOD.replace("\"medium\"", "\"urgent\""),
            None,
        ),
        (
            "bad_category",
            GOOD.replace("\"encryption\"", "\"Not A Name\""),
            None,
        ),
        ("unknown_function", GOOD.replace("try(", "tryy("), None),
        (
            "unknown_variable",
            GOOD.replace("self.kms", "slef.kms"),
            None,
        ),
        (
            "condition_does_not_parse",
            GOOD.replace("!= null", "!= "),
            None,
        ),
        (
            "policy_file_does_not_parse",
            "policy_paths = [\"policies\"]\n".to_owned(),
            Some(GOOD.replace("!= null", "!= ")),
        ),
        ("unknown_attribute", GOOD.replace("message", "mesage"), None),
        ("bad_code", GOOD.replace("ACME001", "acme-1"), None),
        ("builtin_code", GOOD.replace("ACME001", "DFL101"), None),
        (
            "duplicate_code_in_policy_paths",
            format!("policy_paths = [\"policies\"]\n\n{GOOD}"),
            Some(GOOD.replace("queue-check", "other-check")),
        ),
    ];
    for (name, config, file) in cases {
        let (code, stderr) = malformed(config, file.as_deref());
        assert_eq!(code, 2, "{name}: {stderr}");
        insta::assert_snapshot!(*name, stderr);
    }
}

/// The example of issue 11, verbatim.
const ISSUE_EXAMPLE: &str = r#"policy "ACME001" {
  name           = "ecr-scan-on-push-disabled"
  category       = "encryption"          # tagging, encryption, network, backend, iam, or a name of your own
  severity       = "medium"
  resource_types = ["aws_ecr_repository"]
  condition      = try(self.image_scanning_configuration[0].scan_on_push, false)
  message        = "images are not scanned on push"
  help           = "set image_scanning_configuration { scan_on_push = true }"
}
"#;

#[test]
fn the_issue_example_runs_from_policy_paths() {
    let tmp = write_project(
        "policy_paths = [\"policies\"]\n",
        Some(ISSUE_EXAMPLE),
        "resource \"aws_ecr_repository\" \"r\" {\n  name = \"r\"\n  image_scanning_configuration {\n    scan_on_push = false\n  }\n}\n",
    );
    let (code, stdout, stderr) = run(tmp.path(), &["--format", "compact"]);
    assert_eq!(code, 1, "{stderr}");
    let acme: Vec<&str> = stdout.lines().filter(|l| l.contains("ACME001")).collect();
    assert_eq!(
        acme,
        ["main.tf:4:5: medium ACME001 images are not scanned on push"],
        "{stdout}"
    );
}

#[test]
fn a_valid_policy_runs() {
    let tmp = write_project(
        GOOD,
        None,
        "resource \"aws_sqs_queue\" \"q\" {\n  sqs_managed_sse_enabled = true\n}\n",
    );
    let (code, stdout, stderr) = run(tmp.path(), &["--format", "compact"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("ACME001"), "{stdout}");
}

/// `settings`, `module_resources` and the list functions in user policies.
#[test]
fn policies_read_settings_and_module_resources() {
    let policies = r#"
policy "ACME010" {
  name           = "queue-key-by-setting"
  category       = "encryption"
  severity       = "low"
  resource_types = ["aws_sqs_queue"]
  condition      = !settings.require_kms || can(self.kms_master_key_id)
  message        = "no key while require_kms is on"
}

policy "ACME011" {
  name           = "queue-needs-a-topic"
  category       = "messaging"
  severity       = "low"
  resource_types = ["aws_sqs_queue"]
  condition      = length(lookup(module_resources, "aws_sns_topic", [])) > 0
  message        = "no topic in the module"
}

policy "ACME012" {
  name           = "tags-all-lowercase"
  category       = "tagging"
  severity       = "low"
  resource_types = ["aws_sqs_queue"]
  condition      = alltrue([for k in keys(self.tags) : lower(k) == k]) && !anytrue([for v in values(self.tags) : strcontains(v, " ")])
  message        = "tag keys must be lowercase and values without spaces"
}
"#;
    let main_tf = r#"
resource "aws_sqs_queue" "q" {
  tags = { team = "a b" }
}

resource "aws_sns_topic" "none" {
  count = 0
}
"#;
    let with = |config: &str| {
        let tmp = write_project(
            &format!("policy_paths = [\"policies\"]\n{config}"),
            Some(policies),
            main_tf,
        );
        let (_, stdout, stderr) = run(tmp.path(), &["--format", "compact"]);
        let mut codes: Vec<String> = stdout
            .lines()
            .filter(|l| l.contains(" ACME0"))
            .filter_map(|l| l.split_whitespace().nth(2).map(str::to_owned))
            .collect();
        codes.sort();
        (codes, stderr)
    };
    let (codes, stderr) = with("");
    assert_eq!(codes, ["ACME011", "ACME012"], "{stderr}");
    let (codes, stderr) = with("require_kms = true\n");
    assert_eq!(codes, ["ACME010", "ACME011", "ACME012"], "{stderr}");
}
