//! Baselines: keyed by rule, file, resource and attribute (never lines),
//! counted, with stale entries listed. Run through the binary.

use std::path::Path;
use std::process::Command;

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_devopsflow-lint"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const MAIN: &str = r#"resource "aws_db_instance" "main" {
  engine            = "postgres"
  storage_encrypted = false
}

resource "aws_security_group" "web" {
  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("temp dir is writable");
}

/// `rule resource attribute` of each reported finding.
fn reported(json: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(json).expect("JSON report");
    value["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            format!(
                "{} {} {}",
                f["rule"].as_str().unwrap_or_default(),
                f["resource"].as_str().unwrap_or("-"),
                f["attribute"].as_str().unwrap_or("-")
            )
        })
        .collect()
}

fn baseline_section(json: &str) -> serde_json::Value {
    let value: serde_json::Value = serde_json::from_str(json).expect("JSON report");
    value["baseline"].clone()
}

#[test]
fn baseline_survives_line_shifts_reports_new_findings_and_lists_stale_entries() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    std::fs::create_dir(dir.join("infra")).expect("mkdir");
    write(&dir.join("infra"), "main.tf", MAIN);
    let (code, stdout, stderr) = run(dir, &["infra", "--write-baseline", "baseline.json"]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert!(stderr.contains("baseline entr"), "{stderr}");
    let file = std::fs::read_to_string(dir.join("baseline.json")).expect("baseline written");
    insta::assert_snapshot!("baseline_file", file);

    // Edits elsewhere shift every line: the baseline still matches.
    write(
        &dir.join("infra"),
        "main.tf",
        &format!("# a comment\n\nlocals {{\n  x = 1\n}}\n\n{MAIN}"),
    );
    let (code, stdout, _) = run(
        dir,
        &["infra", "--baseline", "baseline.json", "--format", "json"],
    );
    assert_eq!(code, 0);
    assert!(reported(&stdout).is_empty(), "{stdout}");
    assert_eq!(baseline_section(&stdout)["matched"], 5);
    assert_eq!(baseline_section(&stdout)["stale"], serde_json::json!([]));

    // A third public ingress on the same attribute exceeds the counted entry;
    // a new resource is new.
    let more = MAIN.replacen(
        "  ingress {",
        "  ingress {\n    from_port   = 9000\n    to_port     = 9000\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n  ingress {",
        1,
    );
    write(
        &dir.join("infra"),
        "main.tf",
        &format!(
            "{more}\nresource \"aws_db_instance\" \"new\" {{\n  storage_encrypted = false\n}}\n"
        ),
    );
    let (code, stdout, _) = run(
        dir,
        &["infra", "--baseline", "baseline.json", "--format", "json"],
    );
    assert_eq!(code, 1);
    insta::assert_snapshot!("new_findings", reported(&stdout).join("\n"));

    // The database is fixed: its entry is stale, in JSON and as a pretty note.
    write(
        &dir.join("infra"),
        "main.tf",
        &MAIN.replace("storage_encrypted = false", "storage_encrypted = true"),
    );
    let (code, stdout, _) = run(
        dir,
        &["infra", "--baseline", "baseline.json", "--format", "json"],
    );
    assert_eq!(code, 0);
    insta::assert_snapshot!(
        "stale_json",
        serde_json::to_string_pretty(&baseline_section(&stdout)).unwrap_or_default()
    );
    let (_, stdout, _) = run(dir, &["infra", "--baseline", "baseline.json"]);
    insta::assert_snapshot!("stale_pretty", stdout);
}

#[test]
fn baseline_paths_are_relative_to_the_baseline_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("ci")).expect("mkdir");
    std::fs::create_dir_all(dir.join("infra")).expect("mkdir");
    write(&dir.join("infra"), "main.tf", MAIN);
    let (code, _, stderr) = run(dir, &["infra", "--write-baseline", "ci/baseline.json"]);
    assert_eq!(code, 0, "{stderr}");
    let file = std::fs::read_to_string(dir.join("ci/baseline.json")).expect("written");
    assert!(file.contains("\"file\": \"../infra/main.tf\""), "{file}");
    // The same baseline works from another working directory.
    let (code, stdout, _) = run(
        &dir.join("infra"),
        &[".", "--baseline", "../ci/baseline.json", "--format", "json"],
    );
    assert_eq!(code, 0);
    assert!(reported(&stdout).is_empty(), "{stdout}");
}

#[test]
fn an_invalid_baseline_is_a_usage_error() {
    let tmp = tempfile::tempdir().expect("temp dir");
    write(tmp.path(), "main.tf", MAIN);
    write(tmp.path(), "b.json", "{\"version\": 9, \"entries\": []}");
    let (code, _, stderr) = run(tmp.path(), &["--baseline", "b.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("version 9 is not supported"), "{stderr}");
}
