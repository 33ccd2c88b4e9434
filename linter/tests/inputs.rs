//! The inputs beyond native `.tf` files, run through the binary on the
//! fixtures under `tests/inputs/`: Terraform's JSON syntax (`.tf.json`),
//! plan JSON (`--plan`) and templates in modules linted without a caller.

use std::path::{Path, PathBuf};
use std::process::Command;

fn inputs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/inputs")
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

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("the report is JSON")
}

/// `(rule, file, line)` of every unsuppressed finding.
fn places(report: &serde_json::Value) -> Vec<(String, String, u64)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["suppressed"] == false)
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["file"].as_str().unwrap_or_default().to_owned(),
                f["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn tf_json_findings_point_into_the_json_file() {
    let dir = inputs().join("tf_json");
    let (code, stdout, stderr) = run(&dir, &["--format", "json", "mixed"]);
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    let found = places(&report);
    let at = |rule: &str, line: u64| {
        found
            .iter()
            .any(|(r, f, l)| r == rule && f == "mixed/main.tf.json" && *l == line)
    };
    // The unencrypted volume, at its `"encrypted": false` line.
    assert!(at("DFL104", 17), "{found:?}");
    // `root_block_device.encrypted` from a `.tf` variable, and the second
    // `ebs_block_device` of the array.
    assert!(at("DFL105", 32), "{found:?}");
    assert!(at("DFL105", 35), "{found:?}");
    // A dynamic block expanded from a variable of the `.tf` file.
    assert!(at("DFL202", 43), "{found:?}");
    assert!(
        !at("DFL104", 23),
        "the encrypted volume is silent: {found:?}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn tf_json_pretty_output_shows_the_json() {
    let dir = inputs().join("tf_json");
    let (code, stdout, stderr) = run(&dir, &["--output", "/dev/stdout", "mixed"]);
    assert_eq!(code, 1, "{stderr}");
    insta::assert_snapshot!(stdout);
}

#[test]
fn tf_json_comments_suppress_the_block_that_holds_them() {
    let dir = inputs().join("tf_json/suppressed");
    let (code, stdout, stderr) = run(&dir, &["--format", "json", "--today", "2026-11-30", "."]);
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    let state = |rule: &str, line: u64| -> Vec<bool> {
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["rule"] == rule && f["line"] == line)
            .map(|f| f["suppressed"] == true)
            .collect()
    };
    // Our own comment, in the block's object.
    assert_eq!(state("DFL104", 18), [true], "{stdout}");
    // One string of an array of comments; it has expired.
    assert_eq!(state("DFL104", 24), [false], "{stdout}");
    assert_eq!(state("DFL901", 21), [false], "{stdout}");
    // An ordinary comment, and one of the file rather than a block.
    assert_eq!(state("DFL104", 30), [false], "{stdout}");
    // A Checkov comment, mapped onto DFL202.
    assert_eq!(state("DFL202", 34), [true], "{stdout}");
    // At a module call: for everything the call produces.
    assert_eq!(state("DFL111", 46), [true], "{stdout}");
    assert_eq!(state("DFL111", 53), [false], "{stdout}");
    insta::assert_snapshot!(stdout);
}

#[test]
fn malformed_tf_json_is_a_parse_error_at_its_offset() {
    let dir = inputs().join("tf_json");
    let (code, stdout, stderr) = run(&dir, &["--format", "json", "broken"]);
    assert_eq!(code, 2, "{stderr}");
    let report = json(&stdout);
    let errors = serde_json::to_string_pretty(&report["errors"]).expect("serialises");
    insta::assert_snapshot!(errors);
}

#[test]
fn plan_findings_point_at_the_source_blocks() {
    let dir = inputs().join("plan");
    let (code, stdout, stderr) = run(&dir, &["--format", "json", "--plan", "plan.json", "config"]);
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    let found = places(&report);
    let has = |rule: &str, file: &str, line: u64| {
        found
            .iter()
            .any(|(r, f, l)| r == rule && f == file && *l == line)
    };
    // Unknown in the source, known in the plan: the bucket name and tags.
    assert!(has("ACME001", "config/main.tf", 11), "{found:?}");
    assert!(has("DFL301", "config/main.tf", 12), "{found:?}");
    // A variable set at plan time, and one instance of a child module.
    assert!(has("DFL104", "config/main.tf", 18), "{found:?}");
    assert!(
        has("DFL111", "config/modules/queue/main.tf", 8),
        "{found:?}"
    );
    // The provider's default tags (in `tags_all`) count; a deleted bucket
    // and unknown values report nothing.
    assert!(
        !found.iter().any(|(r, _, l)| r == "DFL301" && *l == 24),
        "{found:?}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn plan_findings_without_the_configuration_point_at_the_address() {
    let dir = inputs().join("plan");
    let (code, stdout, stderr) = run(
        &dir,
        &["--format", "json", "--plan", "plan.json", "noconfig"],
    );
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    let findings = report["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    for finding in findings {
        assert_eq!(finding["file"], "plan.json", "{finding}");
        let resource = finding["resource"].as_str().expect("an address");
        let line = usize::try_from(finding["line"].as_u64().expect("line")).expect("fits");
        let text = std::fs::read_to_string(dir.join("plan.json")).expect("plan");
        let at = text.lines().nth(line - 1).expect("the line exists");
        assert!(
            at.contains(&format!(
                "\"address\": {}",
                serde_json::Value::from(resource)
            )),
            "{resource} at {at}"
        );
    }
    let b = findings
        .iter()
        .find(|f| f["rule"] == "DFL111")
        .expect("the unencrypted queue");
    assert_eq!(b["resource"], r#"module.queue.aws_sqs_queue.this["b"]"#);
    insta::assert_snapshot!(stdout);
}

#[test]
fn a_file_that_is_not_a_plan_is_an_error() {
    let dir = inputs().join("plan");
    let (code, _, stderr) = run(&dir, &["--plan", "config/main.tf", "config"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("config/main.tf:1:1"), "{stderr}");
    let (code, _, stderr) = run(&dir, &["--plan", "missing.json", "config"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing.json"), "{stderr}");
}

#[test]
fn a_module_linted_alone_checks_its_templates_once() {
    let dir = inputs().join("templates");
    let (code, stdout, stderr) = run(&dir, &["--format", "json", "replicas"]);
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    let findings = report["findings"].as_array().expect("findings");
    let of = |rule: &str, resource: &str| -> Vec<&serde_json::Value> {
        findings
            .iter()
            .filter(|f| f["rule"] == rule && f["resource"] == resource)
            .collect()
    };
    let replica = of("DFL109", "aws_elasticache_replication_group.replica");
    assert_eq!(replica.len(), 1, "{stdout}");
    let message = replica[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("for each instance"), "{message}");
    let listener = of("DFL117", "aws_lb_listener.http");
    assert_eq!(listener.len(), 1, "{stdout}");
    // Expanded instances keep their own messages; literal empties stay empty.
    let scratch = of("DFL104", "aws_ebs_volume.scratch");
    assert!(!scratch.is_empty(), "{stdout}");
    assert!(
        scratch.iter().all(|f| !f["message"]
            .as_str()
            .unwrap_or_default()
            .contains("for each")),
        "{stdout}"
    );
    assert!(of("DFL109", "aws_elasticache_replication_group.never").is_empty());
    insta::assert_snapshot!(stdout);
}

#[test]
fn a_called_module_is_not_a_template() {
    // The same module called with no replicas has nothing to check.
    let dir = tempfile::tempdir().expect("temp dir");
    let module = dir.path().join("modules/replicas");
    std::fs::create_dir_all(&module).expect("mkdir");
    std::fs::copy(
        inputs().join("templates/replicas/main.tf"),
        module.join("main.tf"),
    )
    .expect("copy");
    std::fs::write(
        dir.path().join("main.tf"),
        "module \"r\" {\n  source = \"./modules/replicas\"\n}\n",
    )
    .expect("write");
    let (_, stdout, stderr) = run(dir.path(), &["--format", "json", "."]);
    let report = json(&stdout);
    let findings = report["findings"].as_array().expect("findings");
    assert!(
        findings
            .iter()
            .all(|f| f["rule"] != "DFL109" && f["rule"] != "DFL117"),
        "{stdout}{stderr}"
    );
}

#[test]
fn downloaded_modules_are_followed_and_reported_at_the_call() {
    let dir = inputs().join("downloaded");
    let (code, stdout, stderr) = run(&dir, &["--format", "json", "."]);
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    let findings = report["findings"].as_array().expect("findings");
    let find = |rule: &str, line: u64| {
        findings
            .iter()
            .find(|f| f["rule"] == rule && f["file"] == "main.tf" && f["line"] == line)
            .unwrap_or_else(|| panic!("no {rule} at main.tf:{line}: {stdout}"))
    };
    // A registry module: an open SSH port from a named rule, two calls deep.
    let ssh = find("DFL202", 3);
    assert_eq!(ssh["module"], "module.ssh.module.rule");
    assert_eq!(
        ssh["resource"],
        "module.ssh.module.rule.aws_security_group_rule.ingress"
    );
    assert_eq!(ssh["suppressed"], false);
    let message = ssh["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("module.ssh.module.rule (registry.terraform.io/terraform-aws-modules/security-group/aws 4.17.2): ")
            && message.ends_with("(in .terraform/modules/ssh/modules/rule/main.tf:13)"),
        "{message}"
    );
    // Suppressed at the call site.
    assert_eq!(find("DFL202", 14)["suppressed"], true);
    // A git module: unencrypted storage passed as an input.
    assert_eq!(find("DFL102", 34)["module"], "module.db");
    // The module's own version constraints are not the caller's to fix.
    assert!(
        findings
            .iter()
            .all(|f| f["module"].is_null() || !f["resource"].is_null()),
        "{stdout}"
    );
    insta::assert_snapshot!(stdout);
}

#[test]
fn without_terraform_init_only_the_registry_pack_judges_calls() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        inputs().join("downloaded/main.tf"),
        dir.path().join("main.tf"),
    )
    .expect("copy");
    let (_, stdout, stderr) = run(dir.path(), &["--format", "json", "."]);
    let report = json(&stdout);
    let findings = report["findings"].as_array().expect("findings");
    // The git module is not followed; the registry module is judged by the
    // pack (the stand-in's location is not mentioned).
    assert!(
        findings.iter().all(|f| f["module"] != "module.db"),
        "{stdout}{stderr}"
    );
    let ssh = findings
        .iter()
        .find(|f| f["rule"] == "DFL202" && f["line"] == 3)
        .unwrap_or_else(|| panic!("the pack judges module.ssh: {stdout}"));
    let message = ssh["message"].as_str().unwrap_or_default();
    assert!(message.contains("registry pack"), "{message}");
    assert!(!message.contains(".terraform"), "{message}");
}

#[test]
fn a_malformed_module_manifest_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join(".terraform/modules")).expect("mkdir");
    std::fs::write(
        dir.path().join("main.tf"),
        "module \"x\" {\n  source = \"acme/x/aws\"\n}\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join(".terraform/modules/modules.json"),
        "{\"Modules\": 1}",
    )
    .expect("write");
    let (code, _, stderr) = run(dir.path(), &["."]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a module manifest"), "{stderr}");
}

#[test]
fn registry_modules_without_init_are_judged_by_the_pack() {
    let dir = inputs().join("registry");
    let (code, stdout, stderr) = run(&dir, &["--format", "json", "."]);
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    let findings = report["findings"].as_array().expect("findings");
    let at = |rule: &str, line: u64| -> Vec<&serde_json::Value> {
        findings
            .iter()
            .filter(|f| f["rule"] == rule && f["file"] == "main.tf" && f["line"] == line)
            .collect()
    };
    // A named rule (`ssh-tcp`) from the module's own rules table, once for
    // every admitted release range.
    let ssh = at("DFL202", 3);
    assert_eq!(ssh.len(), 1, "{stdout}");
    assert_eq!(ssh[0]["module"], "module.bastion_sg");
    let message = ssh[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("admin port 22"), "{message}");
    assert!(
        message.ends_with("(registry pack: releases 4.0.0–4.17.2)"),
        "{message}"
    );
    assert_eq!(at("DFL202", 13).len(), 1, "{stdout}");
    // The default that changed between majors: only the admitted 3.x releases.
    let db = at("DFL102", 30);
    assert_eq!(db.len(), 1, "{stdout}");
    let message = db[0]["message"].as_str().unwrap_or_default();
    assert!(
        message.ends_with("(registry pack: releases 3.0.0–3.5.0)"),
        "{message}"
    );
    assert!(
        at("DFL102", 38).is_empty(),
        "6.x encrypts by default: {stdout}"
    );
    assert!(
        at("DFL102", 47).is_empty(),
        "~> 99.0 admits no release: {stdout}"
    );
    insta::assert_snapshot!(stdout);
}
