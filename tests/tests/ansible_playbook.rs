//! Acceptance tests of `devopsflow_ansible_playbook` under real Terraform, 1.0.3 and a
//! current 1.x.
//!
//! They need the provider binary (`cargo build -p terraform-provider-devopsflow`) and
//! ansible-lint with ansible-core (`scripts/install-validators.sh`).

use std::path::Path;
use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, assert_drift_recreate_and_destroy, change_actions,
    repo_root, state_files,
};

const ADDR: &str = "devopsflow_ansible_playbook.api";
const DIR: &str = "ansible";

/// Every role, the API as a container, an admin user: as shipped in
/// `examples/ansible-playbook`.
const CONFIG: &str = include_str!("../../examples/ansible-playbook/main.tf");

fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// Runs an Ansible tool of `.tools/ansible` in `dir`, offline; panics with its output
/// when it fails.
fn run_ansible(dir: &Path, program: &str, args: &[&str]) -> String {
    let bin = repo_root().join(".tools/ansible/bin");
    assert!(
        bin.join(program).exists(),
        "{program} is not installed; run scripts/install-validators.sh"
    );
    let scratch = tempfile::tempdir().expect("tempdir");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new(bin.join(program))
        .args(args)
        .current_dir(dir)
        .env("PATH", path)
        .env("HOME", scratch.path())
        .env("ANSIBLE_LOCAL_TEMP", scratch.path().join("tmp"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap_or_else(|e| panic!("run {program}: {e}"));
    let report = format!(
        "{program} exited with {}\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{report}");
    report
}

/// The playbook written under `dir` passes the syntax check with its example inventory
/// and ansible-lint's production profile.
fn assert_valid_playbook(ws: &Workspace) {
    let dir = ws.path(DIR);
    let report = run_ansible(
        &dir,
        "ansible-playbook",
        &["--syntax-check", "-i", "inventory.example.ini", "site.yml"],
    );
    assert!(report.contains("playbook: site.yml"), "{report}");
    let report = run_ansible(
        &dir,
        "ansible-lint",
        &["--offline", "--profile", "production", "--nocolor"],
    );
    assert!(
        report.contains("Passed: 0 failure(s), 0 warning(s)"),
        "{report}"
    );
}

#[test]
fn applies_validates_and_round_trips() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();
        let files = state_files(&ws, ADDR);
        for role in ["common", "hardening", "docker", "app", "node_exporter"] {
            for part in ["tasks", "handlers", "defaults"] {
                let path = format!("{DIR}/roles/{role}/{part}/main.yml");
                assert!(files.contains(&path), "{tf}: {path} not in {files:?}");
                assert!(ws.exists(&path), "{tf}: {path} not written");
            }
        }
        for top in [
            "site.yml",
            "inventory.example.ini",
            "ansible.cfg",
            "roles/common/files/alice.pub",
        ] {
            let path = format!("{DIR}/{top}");
            assert!(files.contains(&path), "{tf}: {path} not in {files:?}");
        }
        assert_eq!(files.len(), 3 + 5 * 3 + 1, "{tf}: {files:?}");
        let ports = ws.read_file(&format!("{DIR}/roles/hardening/defaults/main.yml"));
        assert!(
            ports.contains("hardening_allowed_ports:\n  - 22\n  - 443\n  - 8000\n"),
            "{tf}: {ports}"
        );
        assert_valid_playbook(&ws);
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}

#[test]
fn changing_roles_is_a_readable_in_place_update() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();

        let service = CONFIG
            .replace(
                r#"roles         = ["common", "hardening", "docker", "app", "node_exporter"]"#,
                r#"roles         = ["app", "common", "hardening"]"#,
            )
            .replace(
                r#"image         = "registry.example.com/api:1.4.2""#,
                r#"command       = "/opt/api/bin/api --port 8000""#,
            );
        assert_ne!(service, CONFIG);
        ws.set_config(&service);
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["update"], "{tf}: {plan:#}");
        ws.apply();
        for gone in ["docker", "node_exporter"] {
            let path = format!("{DIR}/roles/{gone}/tasks/main.yml");
            assert!(
                !ws.exists(&path),
                "{tf}: {path} no longer rendered is removed"
            );
        }
        let unit = ws.read_file(&format!("{DIR}/roles/app/tasks/main.yml"));
        assert!(unit.contains("ExecStart={{ app_command }}"), "{tf}: {unit}");
        let site = ws.read_file(&format!("{DIR}/site.yml"));
        assert!(
            site.contains("    - role: common\n    - role: hardening\n    - role: app\n"),
            "{tf}: {site}"
        );
        assert_valid_playbook(&ws);
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after the update");
    }
}

#[test]
fn drift_delete_and_destroy() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.write_file("ansible/inventory.ini", "[app_servers]\nweb-1\n");
        ws.apply();
        let files = state_files(&ws, ADDR);
        assert_drift_recreate_and_destroy(&ws, ADDR, &files, &format!("{DIR}/site.yml"));
        assert_eq!(
            ws.read_file("ansible/inventory.ini"),
            "[app_servers]\nweb-1\n",
            "{tf}: the user's inventory is left alone"
        );
    }
}

#[test]
fn invalid_input_fails_the_plan_on_its_attributes() {
    for tf in Terraform::all() {
        let bad = CONFIG
            .replace(
                "allowed_ports = [22, 443, 8000]",
                "allowed_ports = [443, 8000]",
            )
            .replace("app_port      = 8000", "app_port      = 70000")
            .replace(r#""node_exporter"]"#, r#""node_exporter", "nginx"]"#);
        assert_ne!(bad, CONFIG);
        let ws = workspace(&tf, &bad);
        let stderr = ws.plan_expect_error();
        for expected in [
            "Firewall would block SSH",
            "allowed_ports",
            "Invalid port",
            "app_port",
            "Unknown role",
            "roles",
        ] {
            assert!(stderr.contains(expected), "{tf}: {expected}: {stderr}");
        }
        assert!(!ws.exists(DIR), "{tf}: nothing written");
    }
}
