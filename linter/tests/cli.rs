//! End-to-end runs of the binary on `examples/linter`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/linter")
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

#[test]
fn project_follows_modules_and_tfvars() {
    let (code, stdout, _) = run(&examples().join("project"), &["--format", "json"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(stdout);
}

#[test]
fn fail_on_threshold() {
    let dir = examples().join("project");
    // The suppressed finding and the disabled rule never count; DFL202 is critical.
    assert_eq!(run(&dir, &["--fail-on", "critical"]).0, 1);
    assert_eq!(run(&dir, &["--fail-on", "never"]).0, 0);
}

#[test]
fn parse_error_exits_2_and_lints_the_rest() {
    let (code, stdout, _) = run(&examples(), &["--format", "json", "broken"]);
    assert_eq!(code, 2);
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(json["errors"][0]["file"], "broken/bad.tf");
    assert!(
        json["findings"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f["file"] == "broken/good.tf"))
    );
}

#[test]
fn pretty_output_renders_parse_errors() {
    let (code, stdout, _) = run(&examples(), &["broken"]);
    assert_eq!(code, 2);
    assert!(stdout.contains("cannot parse"), "{stdout}");
    assert!(stdout.contains("DFL116"), "{stdout}");
}

#[test]
fn unknown_config_key_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join(".devopsflow-lint.hcl"),
        "required_tagz = [\"Owner\"]\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"aws_sqs_queue\" \"q\" {}\n",
    )
    .expect("write");
    let (code, _, stderr) = run(dir.path(), &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("required_tagz"), "{stderr}");
}

#[test]
fn explicit_config_and_rule_overrides() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("policy.hcl");
    std::fs::write(
        &config,
        "rule \"DFL116\" {\n  enabled = false\n}\nrule \"required-version-missing\" {\n  enabled = false\n}\nrule \"DFL407\" {\n  severity = \"info\"\n}\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"aws_kms_key\" \"k\" {}\n",
    )
    .expect("write");
    let config = config.to_string_lossy().into_owned();
    let (code, stdout, _) = run(dir.path(), &["--config", &config, "--format", "json"]);
    // The only finding is `info`, below the default `--fail-on low`.
    assert_eq!(code, 0, "{stdout}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let findings = json["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{stdout}");
    assert_eq!(findings[0]["rule"], "DFL407");
    assert_eq!(findings[0]["severity"], "info");
    assert_eq!(
        run(dir.path(), &["--config", &config, "--fail-on", "info"]).0,
        1
    );
}

#[test]
fn usage_error_exits_2() {
    let (code, _, _) = run(&examples(), &["--format", "yaml"]);
    assert_eq!(code, 2);
    let (code, _, stderr) = run(&examples(), &["does-not-exist"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn suppression_at_a_module_call_site_covers_the_module() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = "provider \"aws\" {}\n\n\
                # devopsflow-lint:ignore[kms-key-rotation-disabled] vendor module, tracked in OPS-12\n\
                module \"vendor\" {\n  source = \"./vendor\"\n}\n\n\
                module \"own\" {\n  source = \"./own\"\n}\n";
    let child = "resource \"aws_kms_key\" \"k\" {}\n";
    std::fs::write(dir.path().join("main.tf"), root).expect("write");
    for name in ["vendor", "own"] {
        std::fs::create_dir(dir.path().join(name)).expect("mkdir");
        std::fs::write(dir.path().join(name).join("main.tf"), child).expect("write");
    }
    let (_, stdout, _) = run(dir.path(), &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let rotation: Vec<(String, bool)> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "DFL116")
        .map(|f| {
            (
                f["file"].as_str().unwrap_or_default().to_owned(),
                f["suppressed"] == true,
            )
        })
        .collect();
    assert_eq!(
        rotation,
        vec![
            ("own/main.tf".to_owned(), false),
            ("vendor/main.tf".to_owned(), true)
        ],
        "{stdout}"
    );
}

#[test]
fn module_call_cycles_with_fan_out_terminate() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keys = (0..32)
        .map(|i| format!("\"k{i}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let call = |target: &str| {
        format!(
            "module \"m\" {{\n  for_each = toset([{keys}])\n  source   = \"../{target}\"\n}}\nresource \"aws_kms_key\" \"k\" {{}}\n"
        )
    };
    for (name, target) in [("x", "y"), ("y", "x")] {
        std::fs::create_dir(dir.path().join(name)).expect("mkdir");
        std::fs::write(dir.path().join(name).join("main.tf"), call(target)).expect("write");
    }
    std::fs::create_dir(dir.path().join("root")).expect("mkdir");
    std::fs::write(
        dir.path().join("root/main.tf"),
        "module \"x\" {\n  source = \"../x\"\n}\n",
    )
    .expect("write");
    let started = std::time::Instant::now();
    let (code, stdout, _) = run(dir.path(), &["--format", "json"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn json_variable_files_are_read_in_terraform_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let main = "provider \"aws\" {}\n\nvariable \"encrypted\" {\n  default = true\n}\n\n\
                resource \"aws_db_instance\" \"a\" {\n  storage_encrypted = var.encrypted\n}\n";
    std::fs::write(dir.path().join("main.tf"), main).expect("write");
    std::fs::write(
        dir.path().join("terraform.tfvars.json"),
        "{\"encrypted\": false}",
    )
    .expect("write");
    let rds = |dir: &Path| {
        let (_, stdout, _) = run(dir, &["--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
        json["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["rule"] == "DFL102")
            .count()
    };
    assert_eq!(rds(dir.path()), 1);
    // An auto file loads later and wins.
    std::fs::write(
        dir.path().join("z.auto.tfvars.json"),
        "{\"encrypted\": true}",
    )
    .expect("write");
    assert_eq!(rds(dir.path()), 0);
    std::fs::write(
        dir.path().join("broken.auto.tfvars.json"),
        "{\"encrypted\": ",
    )
    .expect("write");
    assert_eq!(run(dir.path(), &[]).0, 2);
}

/// `--output /dev/stdout` (a device, not a file) writes the report to standard output
/// and leaves the device in place; an atomic write would have replaced it.
#[cfg(target_os = "linux")]
#[test]
fn output_to_a_device_writes_through_it() {
    let (code, stdout, stderr) = run(
        &examples().join("project"),
        &["--format", "json", "--output", "/dev/stdout"],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("\"findings\""), "{stdout}");
    let meta = std::fs::symlink_metadata("/dev/stdout").expect("/dev/stdout exists");
    assert!(meta.file_type().is_symlink(), "/dev/stdout is still a link");
}
