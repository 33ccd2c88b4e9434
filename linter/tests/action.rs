//! The composite GitHub Action (`action.yml` at the repository root): checked
//! against the `github-actions` schema bundled with check-jsonschema, its shell
//! steps checked by shellcheck, and its `Lint` and `Verdict` steps run here
//! with the environment a runner gives them. check-jsonschema and shellcheck
//! come from `scripts/install-validators.sh`. Its `Install devopsflow-lint`
//! step installs a release (made by `scripts/release.sh` from this run's
//! binary) from a loopback server, and its `Job summary` step is checked
//! against the linter's JSON report.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use support::{LintRelease, VERSION, repo};

fn tool(rel: &str) -> PathBuf {
    let bin = repo().join(rel);
    assert!(
        bin.is_file(),
        "{} is not installed; run scripts/install-validators.sh",
        bin.display()
    );
    bin
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `action.yml` as JSON (parsed by the ruamel.yaml that check-jsonschema
/// brings along in the same virtualenv).
fn action() -> Value {
    let python = tool(".tools/venv/bin/python");
    let out = Command::new(python)
        .arg("-c")
        .arg("import json, sys\nfrom ruamel.yaml import YAML\nprint(json.dumps(YAML(typ='safe').load(open(sys.argv[1]))))")
        .arg(repo().join("action.yml"))
        .output()
        .expect("python runs");
    assert!(out.status.success(), "{}", text(&out));
    serde_json::from_slice(&out.stdout).expect("action.yml as JSON")
}

fn step<'a>(action: &'a Value, name: &str) -> &'a Value {
    action["runs"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no step {name}"))
}

#[test]
fn action_matches_the_github_actions_schema() {
    let out = Command::new(tool(".tools/venv/bin/check-jsonschema"))
        .args(["--builtin-schema", "vendor.github-actions"])
        .arg(repo().join("action.yml"))
        .output()
        .expect("check-jsonschema runs");
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn action_inputs_and_pinned_actions() {
    let action = action();
    assert_eq!(action["runs"]["using"], "composite");
    for input in [
        "path",
        "format",
        "fail-on",
        "config",
        "sarif-upload",
        "version",
        "release-url",
    ] {
        assert!(action["inputs"][input].is_object(), "input {input}");
    }
    assert_eq!(action["inputs"]["sarif-upload"]["default"], "true");
    let mut uses = Vec::new();
    for step in action["runs"]["steps"].as_array().expect("steps") {
        if let Some(reference) = step["uses"].as_str() {
            let (_, sha) = reference.split_once('@').expect("pinned");
            assert!(
                sha.len() == 40 && sha.chars().all(|c| c.is_ascii_hexdigit()),
                "{reference} is not pinned to a full commit SHA"
            );
            uses.push(
                reference
                    .split_once('@')
                    .map(|(name, _)| name)
                    .unwrap_or_default(),
            );
        }
        if let Some(script) = step["run"].as_str() {
            // Inputs reach scripts through the environment only.
            assert!(!script.contains("${{"), "expression in a script: {script}");
        }
    }
    // Nothing is compiled, so nothing is cached.
    assert_eq!(uses, ["github/codeql-action/upload-sarif"]);
}

#[test]
fn action_scripts_pass_shellcheck() {
    let shellcheck = which("shellcheck")
        .expect("shellcheck is not installed; run scripts/install-validators.sh");
    let action = action();
    for step in action["runs"]["steps"].as_array().expect("steps") {
        let Some(script) = step["run"].as_str() else {
            continue;
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("step.sh");
        std::fs::write(&file, format!("#!/usr/bin/env bash\n{script}")).expect("write");
        let out = Command::new(&shellcheck)
            .arg(&file)
            .output()
            .expect("shellcheck runs");
        assert!(out.status.success(), "{}: {}", step["name"], text(&out));
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Runs a step's script as the runner would: `bash -e` with the inputs in the
/// environment, `LINT_BIN` naming this run's linter (what the install step
/// outputs), `GITHUB_ACTION_PATH`, `RUNNER_TEMP` and `GITHUB_OUTPUT`. Returns
/// the output, the exit code and the step outputs.
fn run_step(name: &str, cwd: &Path, env: &[(&str, &str)]) -> (Output, Vec<(String, String)>) {
    let action = action();
    let script = step(&action, name)["run"].as_str().expect("run").to_owned();
    let tmp = tempfile::tempdir().expect("temp dir");
    let outputs = tmp.path().join("github_output");
    std::fs::write(&outputs, "").expect("write");
    let out = Command::new("bash")
        .args([
            "--noprofile",
            "--norc",
            "-e",
            "-o",
            "pipefail",
            "-c",
            &script,
        ])
        .current_dir(cwd)
        .env("HOME", tmp.path().join("home"))
        .env("LINT_BIN", env!("CARGO_BIN_EXE_devopsflow-lint"))
        .env("GITHUB_ACTION_PATH", repo())
        .env("RUNNER_TEMP", tmp.path())
        .env("GITHUB_OUTPUT", &outputs)
        .envs(env.iter().copied())
        .output()
        .expect("bash runs");
    let pairs = std::fs::read_to_string(&outputs)
        .expect("outputs")
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect::<Vec<_>>();
    // A SARIF output must point at a SARIF log that exists now.
    for (key, value) in &pairs {
        if key == "sarif" {
            let log: Value =
                serde_json::from_str(&std::fs::read_to_string(value).expect("SARIF written"))
                    .expect("SARIF is JSON");
            assert_eq!(log["version"], "2.1.0");
        }
    }
    (out, pairs)
}

fn lint_env<'a>(path: &'a str, fail_on: &'a str, config: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("INPUT_PATH", path),
        ("INPUT_FORMAT", "github"),
        ("INPUT_FAIL_ON", fail_on),
        ("INPUT_CONFIG", config),
    ]
}

#[test]
fn lint_step_writes_sarif_annotates_and_reports_the_exit_code() {
    let examples = repo().join("examples/linter");
    let (out, outputs) = run_step("Lint", &examples, &lint_env("project", "low", ""));
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("::error file=examples/linter/project/modules/db/main.tf,line=25"),
        "{stdout}"
    );
    assert!(
        outputs.contains(&("exit-code".to_owned(), "1".to_owned())),
        "{outputs:?}"
    );
    assert!(outputs.iter().any(|(k, _)| k == "sarif"), "{outputs:?}");

    let (_, outputs) = run_step("Lint", &examples, &lint_env("project", "never", ""));
    assert!(
        outputs.contains(&("exit-code".to_owned(), "0".to_owned())),
        "{outputs:?}"
    );

    // Several paths, separated by spaces; a parse error is exit code 2.
    let (_, outputs) = run_step("Lint", &examples, &lint_env("project broken", "never", ""));
    assert!(
        outputs.contains(&("exit-code".to_owned(), "2".to_owned())),
        "{outputs:?}"
    );

    // A missing configuration file: exit code 2 and no SARIF to upload.
    let (_, outputs) = run_step("Lint", &examples, &lint_env("project", "low", "nope.hcl"));
    assert!(
        outputs.contains(&("exit-code".to_owned(), "2".to_owned())),
        "{outputs:?}"
    );
    assert!(!outputs.iter().any(|(k, _)| k == "sarif"), "{outputs:?}");
}

#[test]
fn verdict_step_fails_per_exit_code() {
    let dir = repo();
    for (code, expected) in [("0", 0), ("1", 1), ("2", 2)] {
        let (out, _) = run_step(
            "Verdict",
            &dir,
            &[("CODE", code), ("INPUT_FAIL_ON", "high")],
        );
        assert_eq!(out.status.code(), Some(expected), "{}", text(&out));
    }
}

#[test]
fn install_step_installs_the_release_binary_with_its_checksum_checked() {
    let release = LintRelease::serve();
    let base_url = release.base_url();
    // No `version` input: the release of the action's own revision.
    let (out, outputs) = run_step(
        "Install devopsflow-lint",
        &repo(),
        &[("INPUT_VERSION", ""), ("INPUT_RELEASE_URL", &base_url)],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("installed ") && text(&out).contains(VERSION),
        "{}",
        text(&out)
    );
    assert_eq!(release.archive_downloads(), 1);
    let bin = outputs
        .iter()
        .find(|(key, _)| key == "bin")
        .map(|(_, value)| value.clone())
        .expect("a bin output");
    assert!(
        bin.ends_with("/devopsflow-lint/bin/devopsflow-lint"),
        "{bin}"
    );

    // An explicit version that has no release fails the step, naming the URL.
    let (out, outputs) = run_step(
        "Install devopsflow-lint",
        &repo(),
        &[
            ("INPUT_VERSION", "99.0.0"),
            ("INPUT_RELEASE_URL", &base_url),
        ],
    );
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("v99.0.0"), "{}", text(&out));
    assert!(outputs.is_empty(), "{outputs:?}");
}

#[test]
fn job_summary_lists_findings_by_severity() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let report = tmp.path().join("report.json");
    let out = Command::new(env!("CARGO_BIN_EXE_devopsflow-lint"))
        .args(["--fail-on", "never", "--format", "json", "--output"])
        .arg(&report)
        .arg("project")
        .current_dir(repo().join("examples/linter"))
        .output()
        .expect("the linter runs");
    assert!(out.status.success(), "{}", text(&out));
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("JSON");
    let findings: Vec<&Value> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["suppressed"] == false)
        .collect();
    assert!(!findings.is_empty(), "the example has findings");

    let summary = tmp.path().join("summary.md");
    let (out, _) = run_step(
        "Job summary",
        &repo(),
        &[
            ("REPORT", &report.to_string_lossy()),
            ("GITHUB_STEP_SUMMARY", &summary.to_string_lossy()),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let summary = std::fs::read_to_string(&summary).expect("summary written");
    for severity in ["critical", "high", "medium", "low", "info"] {
        let count = findings
            .iter()
            .filter(|f| f["severity"] == severity)
            .count();
        assert!(
            summary.contains(&format!("| {severity} | {count} |")),
            "{severity}: {count} expected in\n{summary}"
        );
    }
    // One row per finding, most severe first.
    let rows: Vec<&str> = summary
        .lines()
        .filter(|line| line.starts_with("| ") && line.contains(" | `"))
        .collect();
    assert_eq!(rows.len(), findings.len().min(100), "{summary}");
    let rank = |row: &str| {
        ["critical", "high", "medium", "low", "info"]
            .iter()
            .position(|s| row.starts_with(&format!("| {s} |")))
            .unwrap_or(5)
    };
    assert!(
        rows.windows(2).all(|pair| rank(pair[0]) <= rank(pair[1])),
        "{summary}"
    );
}
