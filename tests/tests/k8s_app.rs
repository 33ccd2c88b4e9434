//! Acceptance tests of `devopsflow_k8s_app` under real Terraform, 1.0.3 and a current 1.x.
//!
//! They need the provider binary (`cargo build -p terraform-provider-devopsflow`) and
//! kubernetes-validate (`scripts/install-validators.sh`).

use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, repo_root, state_addresses, state_files,
};

const ADDR: &str = "devopsflow_k8s_app.api";
const DIR: &str = "k8s/api";

/// The issue's contract example (canary, autoscaling 10-20, TLS ingress), as shipped
/// in `examples/k8s-app`.
const CONFIG: &str = include_str!("../../examples/k8s-app/main.tf");

fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// Every manifest written passes `kubernetes-validate --strict`.
fn assert_valid_manifests(ws: &Workspace, files: &[String]) {
    let local = repo_root().join(".tools/venv/bin/kubernetes-validate");
    assert!(
        local.exists(),
        "kubernetes-validate is not installed; run scripts/install-validators.sh"
    );
    let manifests: Vec<_> = files
        .iter()
        .filter(|f| !f.ends_with("kustomization.yaml"))
        .map(|f| ws.path(f))
        .collect();
    let output = Command::new(local)
        .args(["--strict", "--kubernetes-version", "1.37.0"])
        .args(&manifests)
        .output()
        .expect("run kubernetes-validate");
    assert!(
        output.status.success(),
        "kubernetes-validate:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn canary_applies_validates_and_round_trips() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();
        let files = state_files(&ws, ADDR);
        for expected in [
            "deployment-stable.yaml",
            "deployment-canary.yaml",
            "service.yaml",
            "hpa-stable.yaml",
            "hpa-canary.yaml",
            "pdb.yaml",
            "ingress.yaml",
            "networkpolicy.yaml",
            "serviceaccount.yaml",
            "kustomization.yaml",
        ] {
            let path = format!("{DIR}/{expected}");
            assert!(files.contains(&path), "{tf}: {path} not in {files:?}");
            assert!(ws.exists(&path), "{tf}: {path} not written");
        }
        let hpa = ws.read_file(&format!("{DIR}/hpa-canary.yaml"));
        assert!(
            hpa.contains("  minReplicas: 1\n  maxReplicas: 2\n"),
            "{tf}: 10% of 10-20 is 1-2:\n{hpa}"
        );
        let canary = ws.read_file(&format!("{DIR}/deployment-canary.yaml"));
        assert!(
            canary.contains("secretKeyRef:\n                  name: api-secrets\n                  key: database-url\n"),
            "{tf}: DATABASE_URL is a reference to the Secret:\n{canary}"
        );
        assert_valid_manifests(&ws, &files);
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}

#[test]
fn switching_strategy_and_colour_are_readable_in_place_updates() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();

        let blue_green = CONFIG
            .replace(
                r#"strategy       = "canary""#,
                r#"strategy       = "blue_green""#,
            )
            .replace("  canary_weight  = 10\n", "");
        ws.set_config(&blue_green);
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["update"], "{tf}: {plan:#}");
        ws.apply();
        let files = state_files(&ws, ADDR);
        assert!(
            files.contains(&format!("{DIR}/deployment-blue.yaml")),
            "{tf}: {files:?}"
        );
        assert!(
            files.contains(&format!("{DIR}/service-preview.yaml")),
            "{tf}: {files:?}"
        );
        assert!(
            !ws.exists(&format!("{DIR}/deployment-canary.yaml")),
            "{tf}: files no longer rendered are removed"
        );
        assert_valid_manifests(&ws, &files);
        assert!(
            ws.read_file(&format!("{DIR}/service.yaml"))
                .contains("version: blue")
        );

        let green = blue_green.replace(r#"active_color   = "blue""#, r#"active_color   = "green""#);
        ws.set_config(&green);
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["update"], "{tf}: {plan:#}");
        ws.apply();
        assert!(
            ws.read_file(&format!("{DIR}/service.yaml"))
                .contains("version: green")
        );
        assert!(
            ws.read_file(&format!("{DIR}/service-preview.yaml"))
                .contains("version: blue")
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after switching");
    }
}

#[test]
fn drift_delete_and_destroy() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.write_file("k8s/api/notes.md", "not ours\n");
        ws.apply();
        let files = state_files(&ws, ADDR);

        let service = format!("{DIR}/service.yaml");
        let original = ws.read_file(&service);
        ws.write_file(&service, "# edited\n");
        assert_eq!(
            change_actions(&ws.plan_json(), ADDR),
            ["update"],
            "{tf}: an edit is an update"
        );
        ws.apply();
        assert_eq!(ws.read_file(&service), original, "{tf}: apply restores");

        for file in &files {
            ws.remove_file(file);
        }
        assert_eq!(
            change_actions(&ws.plan_json(), ADDR),
            ["create"],
            "{tf}: all gone is a create"
        );
        ws.apply();

        ws.destroy();
        for file in &files {
            assert!(!ws.exists(file), "{tf}: {file} removed on destroy");
        }
        assert!(
            ws.exists("k8s/api/notes.md"),
            "{tf}: other files are left alone"
        );
        assert!(state_addresses(&ws.show_state_json()).is_empty());
    }
}

#[test]
fn invalid_input_fails_the_plan_on_its_attribute() {
    for tf in Terraform::all() {
        let bad = CONFIG
            .replace("canary_weight  = 10", "canary_weight  = 150")
            .replace(r#"cpu_limit      = "500m""#, r#"cpu_limit      = "lots""#);
        let ws = workspace(&tf, &bad);
        let stderr = ws.plan_expect_error();
        assert!(stderr.contains("canary_weight"), "{tf}: {stderr}");
        assert!(stderr.contains("Invalid canary weight"), "{tf}: {stderr}");
        assert!(stderr.contains("Invalid CPU quantity"), "{tf}: {stderr}");
        assert!(!ws.exists(DIR), "{tf}: nothing written");
    }
}

/// `canary_weight` that the pod counts cannot honour (autoscaling 3-20 kept the canary
/// at 1 pod) or set with another strategy (silently ignored before) fails the plan on
/// `canary_weight`.
#[test]
fn unhonoured_canary_weight_fails_the_plan() {
    for tf in Terraform::all() {
        let low_min = CONFIG.replace("min_replicas       = 10", "min_replicas       = 3");
        let ws = workspace(&tf, &low_min);
        let stderr = ws.plan_expect_error();
        assert!(
            stderr.contains("Canary weight not honoured"),
            "{tf}: {stderr}"
        );
        assert!(
            stderr.contains("autoscaling.min_replicas = 3"),
            "{tf}: {stderr}"
        );
        let rolling = CONFIG.replace(
            r#"strategy       = "canary""#,
            r#"strategy       = "rolling""#,
        );
        let ws = workspace(&tf, &rolling);
        let stderr = ws.plan_expect_error();
        assert!(
            stderr.contains("Canary weight without a canary"),
            "{tf}: {stderr}"
        );
        assert!(!ws.exists(DIR), "{tf}: nothing written");
    }
}
