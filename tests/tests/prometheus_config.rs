//! Acceptance tests of `devopsflow_prometheus_config` under real Terraform, 1.0.3 and a
//! current 1.x, with `promtool check config` judging the file it writes.
//!
//! They need the provider binary: `cargo build -p terraform-provider-devopsflow` first.
//! Each test runs its scenario once per Terraform in [`Terraform::all`], each time in a fresh
//! workspace whose `root_dir` is Terraform's working directory.

use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, assert_drift_recreate_and_destroy, repo_root,
    require_on_path, sha256_hex, state_addresses, state_values,
};

const ADDR: &str = "devopsflow_prometheus_config.main";
const PATH: &str = "monitoring/prometheus.yml";
const RULES: &str = "monitoring/alerts/api.rules.yml";

/// The documented example: the configuration and the alert rules it loads.
fn example() -> String {
    let path = repo_root().join("examples/prometheus-config/main.tf");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

/// The example with `from` replaced by `to`; `from` must occur exactly once.
fn example_with(from: &str, to: &str) -> String {
    let config = example();
    assert_eq!(
        config.matches(from).count(),
        1,
        "{from:?} once in the example"
    );
    config.replace(from, to)
}

/// A workspace with the provider binary and `config`.
fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// `promtool check config` on the written file, run from the workspace's parent so that
/// the rule file glob must resolve against the file's directory; returns its output.
fn assert_promtool_accepts(tf: &Terraform, ws: &Workspace) -> String {
    let file = ws.path(PATH);
    let parent = ws.dir().parent().unwrap_or(ws.dir());
    let output = Command::new(require_on_path("promtool"))
        .args(["check", "config"])
        .arg(&file)
        .current_dir(parent)
        .output()
        .expect("run promtool");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "{tf}: promtool check config {} failed:\n{text}\n----- file -----\n{}",
        file.display(),
        ws.read_file(PATH)
    );
    text
}

/// The example's pod discovery job.
const PODS_JOB: &str = "  job {
    name = \"kubernetes-pods\"
    kubernetes_pods {
      namespaces = [\"prod\"]
    }
  }
";

/// (1) Apply writes a configuration promtool accepts, loading the rules that
/// `devopsflow_alert_rules` wrote next to it; the second plan is empty; destroy removes it.
///
/// Debian's promtool is built without Kubernetes service discovery and refuses any
/// `kubernetes_sd_configs`, so this runs on the example without its pod discovery job; the
/// renderer's tests check that job's relabelling with promtool, and [`drift_is_repaired`]
/// applies the whole example.
#[test]
fn apply_promtool_empty_plan_and_destroy() {
    let config = example_with(PODS_JOB, "");
    for tf in Terraform::all() {
        let ws = workspace(&tf, &config);
        ws.apply();
        assert!(ws.exists(PATH), "{tf}: {PATH} written");
        assert!(ws.exists(RULES), "{tf}: {RULES} written");
        let checked = assert_promtool_accepts(&tf, &ws);
        assert!(
            checked.contains("1 rule files found") && checked.contains("api.rules.yml"),
            "{tf}: promtool loaded the alert rules through the relative glob:\n{checked}"
        );

        let content = ws.read_file(PATH);
        for expected in [
            "job_name: api-service",
            "api:8000",
            "alertmanager:9093",
            "alerts/*.rules.yml",
        ] {
            assert!(content.contains(expected), "{tf}: {expected}:\n{content}");
        }
        let state = ws.show_state_json();
        let values = state_values(&state, ADDR).unwrap_or_else(|| panic!("{tf}: {ADDR}"));
        assert_eq!(values["id"], PATH, "{tf}: id is the path");
        assert_eq!(values["sha256"], sha256_hex(&content), "{tf}: sha256");

        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply is empty");

        ws.destroy();
        assert!(!ws.exists(PATH), "{tf}: destroy removes {PATH}");
        assert!(
            state_addresses(&ws.show_state_json()).is_empty(),
            "{tf}: state empty after destroy"
        );
    }
}

/// (2) The whole example, pod discovery included, applies with an empty second plan; an
/// edit on disk is drift that apply repairs; a deleted file is re-created; destroy removes it.
#[test]
fn drift_is_repaired() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, &example());
        ws.apply();
        let content = ws.read_file(PATH);
        for expected in [
            "job_name: kubernetes-pods",
            "__meta_kubernetes_pod_annotation_prometheus_io_scrape",
        ] {
            assert!(content.contains(expected), "{tf}: {expected}:\n{content}");
        }
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply is empty");
        assert_drift_recreate_and_destroy(&ws, ADDR, &[PATH.to_owned()], PATH);
    }
}

/// (3) Bad arguments fail the plan, every one at its attribute's line, and nothing is
/// written.
#[test]
fn bad_arguments_fail_the_plan_at_their_paths() {
    let config = example_with("\"15s\"", "\"15 seconds\"")
        .replace("\"api:8000\"", "\"http://api:8000\"")
        .replace("\"kubernetes-pods\"", "\"api-service\"");
    let line_of = |needle: &str| {
        config
            .lines()
            .position(|line| line.contains(needle))
            .map(|index| index + 1)
            .unwrap_or_else(|| panic!("{needle:?} in the config"))
    };
    let expected = [
        ("Invalid duration", line_of("scrape_interval")),
        ("Invalid address", line_of("http://api:8000")),
        ("Duplicate job name", line_of("name = \"api-service\"")),
    ];
    for tf in Terraform::all() {
        let ws = workspace(&tf, &config);
        let stderr = ws.plan_expect_error();
        for (summary, line) in expected {
            let location = format!("on main.tf line {line}");
            let found = stderr.split("Error: ").any(|diagnostic| {
                diagnostic.starts_with(summary) && diagnostic.contains(&location)
            });
            assert!(found, "{tf}: {summary:?} {location}:\n{stderr}");
        }
        assert!(!ws.exists(PATH), "{tf}: nothing written");
    }
}
