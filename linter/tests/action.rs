//! The composite GitHub Action (`action.yml` at the repository root): checked
//! against the `github-actions` schema bundled with check-jsonschema, its shell
//! steps checked by shellcheck, and its `Lint` and `Verdict` steps run here
//! with the environment a runner gives them. check-jsonschema and shellcheck
//! come from `scripts/install-validators.sh`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("repository root")
}

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
    for input in ["path", "format", "fail-on", "config", "sarif-upload"] {
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
    assert_eq!(uses, ["actions/cache", "github/codeql-action/upload-sarif"]);
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
/// environment, `HOME` holding the installed linter, `RUNNER_TEMP` and
/// `GITHUB_OUTPUT`. Returns the output, the exit code and the step outputs.
fn run_step(name: &str, cwd: &Path, env: &[(&str, &str)]) -> (Output, Vec<(String, String)>) {
    let action = action();
    let script = step(&action, name)["run"].as_str().expect("run").to_owned();
    let tmp = tempfile::tempdir().expect("temp dir");
    let bin_dir = tmp.path().join("home/.cargo/devopsflow-lint/bin");
    std::fs::create_dir_all(&bin_dir).expect("mkdir");
    std::os::unix::fs::symlink(
        env!("CARGO_BIN_EXE_devopsflow-lint"),
        bin_dir.join("devopsflow-lint"),
    )
    .expect("symlink");
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
