#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use super::*;
use crate::render::installed_tool;

/// The spec the bats tests expect: app `api`, 2 retries 1 s apart.
fn spec(target: &str, strategy: &str) -> DeployScriptsSpec {
    DeployScriptsSpec {
        name: "api".to_owned(),
        target: target.to_owned(),
        output_dir: DEFAULT_OUTPUT_DIR.to_owned(),
        health_url: "https://api.example.com/health".to_owned(),
        namespace: (target == "kubernetes").then(|| "prod".to_owned()),
        compose_file: None,
        strategy: strategy.to_owned(),
        retries: 2,
        retry_interval_seconds: 1,
        timeout_seconds: DEFAULT_TIMEOUT,
        header: "Managed by Terraform (devopsflow_deploy_scripts, app \"api\").".to_owned(),
    }
}

/// The three flavours: `(name the bats file knows, spec)`.
fn flavours() -> [(&'static str, DeployScriptsSpec); 3] {
    [
        ("kubernetes", spec("kubernetes", "rolling")),
        ("blue_green", spec("kubernetes", "blue_green")),
        ("compose", spec("compose", "rolling")),
    ]
}

fn render_ok(spec: &DeployScriptsSpec) -> Vec<(String, String)> {
    render(spec).unwrap_or_else(|errors| {
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("render failed:\n{}", text.join("\n"))
    })
}

fn names(files: &[(String, String)]) -> Vec<&str> {
    files.iter().map(|(n, _)| n.as_str()).collect()
}

#[test]
fn snapshots() {
    for (flavour, spec) in flavours() {
        let text = render_ok(&spec)
            .iter()
            .map(|(name, text)| format!("### {name}\n{text}"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut settings = insta::Settings::clone_current();
        settings.set_prepend_module_to_snapshot(false);
        settings.set_snapshot_path("../snapshots");
        settings.bind(|| insta::assert_snapshot!(format!("deploy_scripts__{flavour}"), text));
    }
}

#[test]
fn file_sets() {
    let common = ["deploy.sh", "health-check.sh", "rollback.sh", "setup.sh"];
    for (flavour, spec) in flavours() {
        let files = render_ok(&spec);
        if flavour == "blue_green" {
            let mut expected = common.to_vec();
            expected.push("switch-traffic.sh");
            assert_eq!(names(&files), expected);
        } else {
            assert_eq!(names(&files), common, "{flavour}");
        }
    }
}

#[test]
fn every_script_is_strict_bash_with_its_settings() {
    for (flavour, spec) in flavours() {
        for (name, text) in render_ok(&spec) {
            assert!(text.starts_with("#!/usr/bin/env bash\n# Managed by Terraform"));
            assert!(text.contains("\nset -euo pipefail\n"), "{flavour} {name}");
            assert!(text.contains("\nAPP='api'\n"), "{flavour} {name}");
        }
        let health = &render_ok(&spec)[1].1;
        assert!(health.contains("\nHEALTH_URL='https://api.example.com/health'\n"));
        assert!(health.contains("\nRETRIES=2\nRETRY_INTERVAL=1\nREQUEST_TIMEOUT=5\n"));
    }
    let deploy = &render_ok(&spec("kubernetes", "rolling"))[0].1;
    assert!(deploy.contains("\nNAMESPACE='prod'\n"));
    assert!(deploy.contains("\nTIMEOUT=300\n"));
    let deploy = &render_ok(&spec("compose", "rolling"))[0].1;
    assert!(deploy.contains("\nCOMPOSE_FILE='compose.yaml'\n"));
    assert!(!deploy.contains("NAMESPACE="));
}

#[test]
fn settings_are_quoted_for_the_shell() {
    assert_eq!(quote("it's"), r"'it'\''s'");
    let files = render_ok(&DeployScriptsSpec {
        compose_file: Some("deploy/my app's compose.yaml".to_owned()),
        ..spec("compose", "rolling")
    });
    assert!(
        files[0]
            .1
            .contains(r"COMPOSE_FILE='deploy/my app'\''s compose.yaml'")
    );
}

#[test]
fn every_problem_is_reported_at_once_on_its_attribute() {
    let bad = DeployScriptsSpec {
        name: "1api".to_owned(),
        target: "nomad".to_owned(),
        health_url: "ftp://api".to_owned(),
        namespace: Some("Prod".to_owned()),
        strategy: "canary".to_owned(),
        retries: 0,
        retry_interval_seconds: -1,
        timeout_seconds: 0,
        ..spec("kubernetes", "rolling")
    };
    let paths = |spec: &DeployScriptsSpec| -> Vec<(String, String)> {
        render(spec)
            .expect_err("invalid")
            .iter()
            .map(|e| (e.path.to_string(), e.summary.clone()))
            .collect()
    };
    assert_eq!(
        paths(&bad),
        [
            ("name", "Invalid name"),
            ("target", "Invalid target"),
            ("health_url", "Invalid health URL"),
            ("namespace", "Invalid namespace"),
            ("strategy", "Invalid strategy"),
            ("retries", "Out of range"),
            ("retry_interval_seconds", "Out of range"),
            ("timeout_seconds", "Out of range"),
        ]
        .map(|(p, s)| (p.to_owned(), s.to_owned()))
    );
    let mixed = DeployScriptsSpec {
        namespace: Some("prod".to_owned()),
        health_url: "https://user:hunter2@api.example.com/health".to_owned(),
        ..spec("compose", "blue_green")
    };
    assert_eq!(
        paths(&mixed),
        [
            ("health_url", "Invalid health URL"),
            ("namespace", "Namespace without Kubernetes"),
            ("strategy", "Blue-green needs Kubernetes"),
        ]
        .map(|(p, s)| (p.to_owned(), s.to_owned()))
    );
    let compose_file = DeployScriptsSpec {
        compose_file: Some("compose.yaml".to_owned()),
        name: "a".repeat(60),
        ..spec("kubernetes", "blue_green")
    };
    assert_eq!(
        paths(&compose_file),
        [
            ("name", "Name too long"),
            ("compose_file", "Compose file without Compose"),
        ]
        .map(|(p, s)| (p.to_owned(), s.to_owned()))
    );
    for url in [
        "https://api.example.com/health?x='1'",
        "http://:8080/health",
        "https://api.example.com/$(reboot)",
    ] {
        let spec = DeployScriptsSpec {
            health_url: url.to_owned(),
            ..spec("compose", "rolling")
        };
        assert_eq!(
            paths(&spec),
            [("health_url".to_owned(), "Invalid health URL".to_owned())],
            "{url}"
        );
    }
}

// --- the scripts' own checkers ---

fn write_scripts(dir: &Path, files: &[(String, String)]) -> Vec<PathBuf> {
    files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// shellcheck (every optional check off, default severity) finds nothing in any script.
#[test]
fn scripts_pass_shellcheck() {
    let mut specs: Vec<DeployScriptsSpec> = flavours().into_iter().map(|(_, s)| s).collect();
    specs.push(DeployScriptsSpec {
        compose_file: Some("deploy/compose.prod.yaml".to_owned()),
        ..spec("compose", "rolling")
    });
    for spec in specs {
        let dir = tempfile::tempdir().unwrap();
        let paths = write_scripts(dir.path(), &render_ok(&spec));
        let output = Command::new("shellcheck")
            .args(["--shell=bash", "--external-sources"])
            .args(&paths)
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run shellcheck ({e}); run scripts/install-validators.sh")
            });
        assert!(
            output.status.success() && output.stdout.is_empty(),
            "{} {}: shellcheck:\n{}{}",
            spec.target,
            spec.strategy,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// The bats suite (`bats/deploy_scripts.bats`) runs every flavour's scripts against a
/// local HTTP server with kubectl and docker stubbed on PATH: healthy, failing then
/// healthy, never healthy, unreachable, hanging, dry-run, deploy, rollback on a failed
/// deploy, failed rollback, --help and usage errors.
#[test]
fn scripts_pass_the_bats_suite() {
    let bats = installed_tool("node/node_modules/bats/bin/bats");
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render/deploy_scripts/bats");
    for (flavour, spec) in flavours() {
        let dir = tempfile::tempdir().unwrap();
        write_scripts(dir.path(), &render_ok(&spec));
        let output = Command::new(&bats)
            .arg("--tap")
            .arg(suite.join("deploy_scripts.bats"))
            .env("SCRIPTS", dir.path())
            .env("FLAVOUR", flavour)
            .output()
            .unwrap_or_else(|e| panic!("cannot run bats: {e}"));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{flavour}: bats failed:\n{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let passed = stdout.lines().filter(|l| l.starts_with("ok ")).count();
        assert_eq!(
            passed, 14,
            "{flavour}: every test ran and passed:\n{stdout}"
        );
    }
}
