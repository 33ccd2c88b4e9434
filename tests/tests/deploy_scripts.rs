//! Acceptance tests of `devopsflow_deploy_scripts` under real Terraform, 1.0.3 and a
//! current 1.x.
//!
//! They need the provider binary (`cargo build -p terraform-provider-devopsflow`) and
//! shellcheck (`scripts/install-validators.sh`). The scripts' behaviour against a live
//! HTTP server is covered by the bats suite the provider's unit tests run.

use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, require_on_path, state_addresses,
    state_files,
};

const ADDR: &str = "devopsflow_deploy_scripts.api";
const FILES: [&str; 5] = [
    "scripts/deploy.sh",
    "scripts/health-check.sh",
    "scripts/rollback.sh",
    "scripts/setup.sh",
    "scripts/switch-traffic.sh",
];

/// Blue-green on Kubernetes, as shipped in `examples/deploy-scripts`.
const CONFIG: &str = include_str!("../../examples/deploy-scripts/main.tf");

fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// Runs `bash script args` in the workspace; returns (exit code, stdout).
fn bash(ws: &Workspace, script: &str, args: &[&str]) -> (i32, String) {
    let output = Command::new("bash")
        .arg(ws.path(script))
        .args(args)
        .current_dir(ws.dir())
        .env("PATH", "/usr/bin:/bin")
        .output()
        .expect("run bash");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn applies_passes_shellcheck_dry_runs_and_plans_empty() {
    let shellcheck = require_on_path("shellcheck");
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();
        assert_eq!(state_files(&ws, ADDR), FILES, "{tf}");
        let output = Command::new(&shellcheck)
            .args(FILES.map(|f| ws.path(f)))
            .output()
            .expect("run shellcheck");
        assert!(
            output.status.success(),
            "{tf}: shellcheck:\n{}",
            String::from_utf8_lossy(&output.stdout)
        );
        // The settings are in the scripts: the dry run shows the commands for them.
        let (code, stdout) = bash(
            &ws,
            "scripts/deploy.sh",
            &["--image", "registry.example.com/api:1.4.3", "--dry-run"],
        );
        assert_eq!(code, 0, "{tf}: {stdout}");
        for expected in [
            "kubectl --namespace prod set image deployment/api-green api=registry.example.com/api:1.4.3",
            "kubectl --namespace prod rollout status deployment/api-green --timeout 600s",
            "https://api.example.com/health",
        ] {
            assert!(stdout.contains(expected), "{tf}: {expected}: {stdout}");
        }
        let (code, help) = bash(&ws, "scripts/health-check.sh", &["--help"]);
        assert_eq!(code, 0, "{tf}");
        assert!(help.contains("(default: 10)"), "{tf}: {help}");
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}

#[test]
fn drift_strategy_change_and_destroy() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();
        let deploy = "scripts/deploy.sh";
        let original = ws.read_file(deploy);
        ws.write_file(deploy, "#!/usr/bin/env bash\necho hacked\n");
        assert_eq!(
            change_actions(&ws.plan_json(), ADDR),
            ["update"],
            "{tf}: an edit is an update"
        );
        ws.apply();
        assert_eq!(ws.read_file(deploy), original, "{tf}: apply restores");

        let rolling = CONFIG.replace(
            r#"strategy               = "blue_green""#,
            r#"strategy               = "rolling""#,
        );
        ws.set_config(&rolling);
        assert_eq!(change_actions(&ws.plan_json(), ADDR), ["update"], "{tf}");
        ws.apply();
        assert!(
            !ws.exists("scripts/switch-traffic.sh"),
            "{tf}: a script no longer rendered is removed"
        );
        assert!(
            ws.read_file("scripts/rollback.sh").contains("rollout undo"),
            "{tf}: rolling back a rolling update undoes the rollout"
        );

        ws.destroy();
        for file in FILES {
            assert!(!ws.exists(file), "{tf}: {file} removed on destroy");
        }
        assert!(state_addresses(&ws.show_state_json()).is_empty());
    }
}

#[test]
fn invalid_input_fails_the_plan_on_its_attributes() {
    for tf in Terraform::all() {
        let bad = CONFIG
            .replace(
                r#"target                 = "kubernetes""#,
                r#"target                 = "compose""#,
            )
            .replace(
                r#"health_url             = "https://api.example.com/health""#,
                r#"health_url             = "https://deploy:hunter2@api.example.com/health""#,
            );
        let ws = workspace(&tf, &bad);
        let stderr = ws.plan_expect_error();
        for expected in [
            "Namespace without Kubernetes",
            "Blue-green needs Kubernetes",
            "Invalid health URL",
            // Terraform shows each attribute's line, located by the diagnostic's path.
            r#"namespace              = "prod""#,
            r#"strategy               = "blue_green""#,
        ] {
            assert!(stderr.contains(expected), "{tf}: {expected}: {stderr}");
        }
        assert!(!ws.exists("scripts"), "{tf}: nothing written");
    }
}
