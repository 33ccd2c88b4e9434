//! The CI formats (`sarif`, `junit`, `checkstyle`, `github`, `compact`),
//! `--output`, and the `rules` / `explain` commands, run through the binary
//! on `examples/linter`. The SARIF is validated by the SARIF Multitool
//! (npm `@microsoft/sarif-multitool`, installed by
//! `scripts/install-validators.sh`): the official SARIF 2.1.0 JSON schema plus
//! its SARIF and GitHub-ingestion rules.

use std::path::{Path, PathBuf};
use std::process::Command;

use devopsflow_lint::registry;
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("repository root")
}

fn examples() -> PathBuf {
    repo().join("examples/linter")
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

fn project(format: &str) -> String {
    let (code, stdout, stderr) = run(&examples().join("project"), &["--format", format]);
    assert_eq!(code, 1, "{stderr}");
    stdout
}

fn broken(format: &str) -> String {
    let (code, stdout, stderr) = run(&examples(), &["--format", format, "broken"]);
    assert_eq!(code, 2, "{stderr}");
    stdout
}

/// The SARIF log without the rule catalogue (checked on its own below) and
/// with the machine-specific root URI replaced.
fn sarif_for_snapshot(text: &str) -> Value {
    let mut log: Value = serde_json::from_str(text).expect("SARIF is JSON");
    let run = &mut log["runs"][0];
    let rules = run["tool"]["driver"]["rules"]
        .as_array()
        .map_or(0, Vec::len);
    run["tool"]["driver"]["rules"] = Value::String(format!("[{rules} rules]"));
    let root = format!("file://{}/", repo().display());
    assert_eq!(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], root.as_str());
    run["originalUriBaseIds"]["%SRCROOT%"]["uri"] = Value::String("file:///[ROOT]/".to_owned());
    log
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("serialises")
}

#[test]
fn sarif_project() {
    insta::assert_snapshot!(pretty(&sarif_for_snapshot(&project("sarif"))));
}

#[test]
fn sarif_parse_errors_are_notifications() {
    insta::assert_snapshot!(pretty(&sarif_for_snapshot(&broken("sarif"))));
}

#[test]
fn sarif_rules_catalogue_is_the_registry() {
    let log: Value = serde_json::from_str(&project("sarif")).expect("SARIF is JSON");
    let driver = &log["runs"][0]["tool"]["driver"];
    assert_eq!(driver["name"], "devopsflow-lint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), registry::all().count());
    for (entry, rule) in rules.iter().zip(registry::all()) {
        assert_eq!(entry["id"], rule.code);
        assert_eq!(entry["name"], rule.name);
        for key in ["shortDescription", "fullDescription"] {
            assert!(
                entry[key]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{} {key}",
                rule.code
            );
        }
        let markdown = entry["help"]["markdown"].as_str().expect("help.markdown");
        assert!(markdown.contains(rule.docs().trim()), "{}", rule.code);
        let score: f64 = entry["properties"]["security-severity"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("numeric security-severity");
        assert!((0.0..=10.0).contains(&score), "{}", rule.code);
        let tags = entry["properties"]["tags"].as_array().expect("tags");
        assert!(tags.iter().any(|t| t == rule.category.as_str()));
    }
    // ruleIndex points at the result's rule.
    for result in log["runs"][0]["results"].as_array().expect("results") {
        let index =
            usize::try_from(result["ruleIndex"].as_u64().expect("ruleIndex")).expect("index fits");
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
}

/// URIs are relative to the git work tree even when the linter runs in a
/// subdirectory, and use forward slashes.
#[test]
fn sarif_uris_are_repository_relative() {
    let (_, stdout, _) = run(&examples(), &["--format", "sarif", "project"]);
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    let uris: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let location = &r["locations"][0]["physicalLocation"]["artifactLocation"];
            assert_eq!(location["uriBaseId"], "%SRCROOT%");
            location["uri"].as_str().expect("uri")
        })
        .collect();
    assert!(!uris.is_empty());
    for uri in uris {
        assert!(uri.starts_with("examples/linter/project/modules/"), "{uri}");
    }
}

fn fingerprints(dir: &Path) -> Vec<(String, u64)> {
    let (_, stdout, _) = run(dir, &["--format", "sarif"]);
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["ruleId"] == "DFL202" || r["ruleId"] == "DFL116")
        .map(|r| {
            (
                r["partialFingerprints"]["devopsflowFindingIdentity/v1"]
                    .as_str()
                    .expect("fingerprint")
                    .to_owned(),
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .expect("line"),
            )
        })
        .collect()
}

/// Fingerprints identify a finding by rule, file, resource and attribute:
/// moving the code down keeps them, and two findings never share one.
#[test]
fn sarif_fingerprints_survive_line_moves() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir .git");
    let code = "resource \"aws_security_group\" \"web\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n  ingress {\n    from_port   = 3389\n    to_port     = 3389\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n\nresource \"aws_kms_key\" \"k\" {}\n";
    std::fs::write(dir.path().join("main.tf"), code).expect("write");
    let before = fingerprints(dir.path());
    std::fs::write(
        dir.path().join("main.tf"),
        format!("# moved\n\nlocals {{\n  x = 1\n}}\n{code}"),
    )
    .expect("write");
    let after = fingerprints(dir.path());
    assert_eq!(before.len(), 3, "{before:?}");
    assert_eq!(before.len(), after.len());
    for ((fp_before, line_before), (fp_after, line_after)) in before.iter().zip(&after) {
        assert_eq!(fp_before, fp_after);
        assert_eq!(line_before + 5, *line_after);
    }
    let mut unique: Vec<&String> = before.iter().map(|(fp, _)| fp).collect();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), before.len(), "{before:?}");
}

/// The Multitool's self-contained Linux build (what the npm package's
/// `bin.js` launches, called directly because `bin.js` passes arguments
/// through a shell, which splits `Sarif;Gh`).
fn multitool() -> PathBuf {
    let bin =
        repo().join(".tools/node/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    assert!(
        bin.is_file(),
        "the SARIF Multitool is not installed ({}); run scripts/install-validators.sh",
        bin.display()
    );
    bin
}

/// Runs `sarif-multitool validate` with the SARIF and GitHub rules and
/// returns the errors and warnings it reports.
fn validate(sarif: &Path) -> Vec<String> {
    let bin = multitool();
    let dir = tempfile::tempdir().expect("temp dir");
    let out_log = dir.path().join("validation.sarif");
    let out = Command::new(&bin)
        .args([
            "validate",
            "--rule-kind",
            "Sarif;Gh",
            "--level",
            "Error;Warning",
        ])
        .arg("--output")
        .arg(&out_log)
        .arg(sarif)
        .output()
        .expect("the SARIF Multitool runs (scripts/install-validators.sh installs it)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "sarif-multitool failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&out_log)
        .unwrap_or_else(|e| panic!("no validation log ({e}): {stdout}"));
    let log: Value = serde_json::from_str(&text).expect("validation log is JSON");
    log["runs"][0]["results"]
        .as_array()
        .map(|results| {
            results
                .iter()
                .filter(|r| {
                    r["level"] == "error" || r["level"] == "warning" || r["level"].is_null()
                })
                .map(|r| {
                    format!(
                        "{} {}: {}",
                        r["level"],
                        r["ruleId"],
                        r["message"]["text"]
                            .as_str()
                            .map_or_else(|| r["message"].to_string(), str::to_owned)
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn sarif_is_valid_sarif_2_1_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A module with a suppression, an odd file name and a parse error.
    let module = dir.path().join("odd dir");
    std::fs::create_dir(&module).expect("mkdir");
    std::fs::write(
        module.join("main 100%.tf"),
        "resource \"aws_kms_key\" \"a\" {}\n\n# devopsflow-lint:ignore[DFL116] reason, with: \"quotes\"\nresource \"aws_kms_key\" \"b\" {}\n",
    )
    .expect("write");
    std::fs::write(module.join("bad.tf"), "resource \"x\" {\n").expect("write");
    let cases = [
        (examples().join("project"), vec!["--format", "sarif"]),
        (examples(), vec!["--format", "sarif", "broken"]),
        (dir.path().to_path_buf(), vec!["--format", "sarif"]),
    ];
    for (i, (cwd, args)) in cases.iter().enumerate() {
        let (_, stdout, stderr) = run(cwd, args);
        assert!(stdout.starts_with('{'), "{stderr}");
        let file = dir.path().join(format!("case{i}.sarif"));
        std::fs::write(&file, &stdout).expect("write");
        let problems = validate(&file);
        assert!(problems.is_empty(), "case {i}: {problems:#?}\n{stdout}");
    }
}

/// The validator is not vacuous: it rejects a log that breaks the schema.
#[test]
fn sarif_validator_rejects_invalid_logs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bad.sarif");
    std::fs::write(
        &file,
        r#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":5}]}},"results":[{"message":{}}]}]}"#,
    )
    .expect("write");
    let problems = validate(&file);
    assert!(
        problems.iter().any(|p| p.contains("JSON1001")),
        "{problems:#?}"
    );
}

#[test]
fn junit() {
    let text = project("junit");
    // Every registered rule is a suite; only the ones with findings are
    // snapshotted, so adding a rule does not churn the snapshot.
    assert_eq!(text.matches("<testsuite ").count(), registry::all().count());
    let mut kept = String::new();
    let mut suite: Option<String> = None;
    for line in text.lines() {
        if line.trim_start().starts_with("<testsuite ") {
            suite = Some(String::new());
        }
        match &mut suite {
            Some(buffer) => {
                buffer.push_str(line);
                buffer.push('\n');
                if line.trim() == "</testsuite>" {
                    if !buffer.contains("name=\"no findings\"") {
                        kept.push_str(buffer);
                    }
                    suite = None;
                }
            }
            None => {
                kept.push_str(line);
                kept.push('\n');
            }
        }
    }
    // Three rules have one finding each; every other rule passes once.
    let total = format!("tests=\"{}\"", registry::all().count());
    assert!(text.contains(&total), "{text}");
    insta::assert_snapshot!(kept.replace(&total, "tests=\"[RULES]\""));
}

#[test]
fn junit_parse_errors() {
    let text = broken("junit");
    assert!(text.contains("<testsuite name=\"parse\""), "{text}");
    assert!(text.contains("<error message=\"cannot parse:"), "{text}");
}

#[test]
fn checkstyle() {
    insta::assert_snapshot!(project("checkstyle"));
}

#[test]
fn checkstyle_parse_errors() {
    insta::assert_snapshot!(broken("checkstyle"));
}

#[test]
fn github() {
    insta::assert_snapshot!(project("github"));
}

#[test]
fn github_parse_errors() {
    insta::assert_snapshot!(broken("github"));
}

#[test]
fn compact() {
    insta::assert_snapshot!(project("compact"));
}

#[test]
fn compact_parse_errors() {
    insta::assert_snapshot!(broken("compact"));
}

#[test]
fn xml_formats_are_well_formed() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"aws_sqs_queue\" \"q\" {\n  name = \"<&>\"\n}\nresource \"aws_kms_key\" \"k\" {}\n",
    )
    .expect("write");
    for format in ["junit", "checkstyle"] {
        let (_, stdout, _) = run(dir.path(), &["--format", format]);
        let file = dir.path().join(format!("{format}.xml"));
        std::fs::write(&file, &stdout).expect("write");
        let out = Command::new("python3")
            .arg("-c")
            .arg("import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])")
            .arg(&file)
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "{format}: {}\n{stdout}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `--output` writes the report to the file, nothing to stdout, a summary
/// to stderr, and keeps the exit code.
#[test]
fn output_file_and_terminal_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("report.sarif");
    let file_arg = file.to_string_lossy().into_owned();
    let (code, stdout, stderr) = run(
        &examples().join("project"),
        &["--format", "sarif", "--output", &file_arg],
    );
    assert_eq!(code, 1);
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(
        stderr,
        format!(
            "devopsflow-lint: 2 finding(s) (worst: critical), 1 suppressed, 0 parse error(s) in 5 file(s); report written to {file_arg}\n"
        )
    );
    let written = std::fs::read_to_string(&file).expect("report written");
    assert_eq!(written, project("sarif"));
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    // Pretty output to a file has no colour codes.
    let (code, _, _) = run(
        &examples().join("project"),
        &["--output", &file_arg, "--fail-on", "never"],
    );
    assert_eq!(code, 0);
    let pretty = std::fs::read_to_string(&file).expect("report written");
    assert!(
        pretty.contains("DFL102") && !pretty.contains('\u{1b}'),
        "{pretty}"
    );
}

#[test]
fn rules_lists_every_rule() {
    let (code, stdout, _) = run(&examples(), &["rules"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), registry::all().count() + 1, "{stdout}");
    assert!(lines[0].starts_with("CODE"), "{stdout}");
    for (line, rule) in lines[1..].iter().zip(registry::all()) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells.len(), 5, "{line}");
        assert_eq!(cells[0], rule.code);
        assert_eq!(cells[1], rule.name);
        assert_eq!(cells[2], rule.category.as_str());
        assert_eq!(cells[3], rule.severity.as_str());
        assert_eq!(
            cells[4],
            rule.fixable.map_or("no", |a| a.as_str()),
            "{line}"
        );
    }
}

/// `explain` prints the same page as `docs/rules/CODE.md` (minus the
/// generated-file comment), by code or by name.
#[test]
fn explain_matches_the_docs_pages() {
    let docs = repo().join("docs/rules");
    for rule in registry::all() {
        let page = std::fs::read_to_string(docs.join(format!("{}.md", rule.code)))
            .unwrap_or_else(|e| panic!("docs/rules/{}.md: {e}", rule.code));
        let body = page.split_once('\n').map_or("", |(_, rest)| rest);
        for key in [rule.code, rule.name] {
            let (code, stdout, stderr) = run(&examples(), &["explain", key]);
            assert_eq!(code, 0, "{stderr}");
            assert_eq!(stdout, body, "explain {key}");
        }
    }
}

#[test]
fn explain_unknown_rule_suggests_and_exits_2() {
    let (code, stdout, stderr) = run(&examples(), &["explain", "rds-storage-not-encryptd"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("did you mean `DFL102` (rds-storage-not-encrypted)"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&examples(), &["explain", "qqqqqqqqqqqqqqqqqqqq"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("devopsflow-lint rules"), "{stderr}");
}
