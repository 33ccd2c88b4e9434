//! Acceptance tests of `devopsflow_container` under real Terraform, 1.0.3 and a current 1.x.
//!
//! They need the provider binary (`cargo build -p terraform-provider-devopsflow`), hadolint
//! and check-jsonschema (`scripts/install-validators.sh`).

use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, repo_root, state_addresses, state_files,
};

const ADDR: &str = "devopsflow_container.api";
const DIR: &str = "app";
const FILES: [&str; 4] = [
    "app/.dockerignore",
    "app/.env.example",
    "app/Dockerfile",
    "app/compose.yaml",
];

/// A Python API with Postgres and Redis, as shipped in `examples/container`.
const CONFIG: &str = include_str!("../../examples/container/main.tf");

fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// Runs a validator from `.tools` in `dir`; fails with its output unless it exits 0.
fn run_validator(tool: &str, args: &[&str], ws: &Workspace) -> String {
    let program = repo_root().join(".tools").join(tool);
    assert!(
        program.exists(),
        "{} is not installed; run scripts/install-validators.sh",
        program.display()
    );
    let output = Command::new(&program)
        .args(args)
        .current_dir(ws.path(DIR))
        .output()
        .unwrap_or_else(|e| panic!("run {tool}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{tool}:\n{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn applies_validates_and_plans_empty() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();
        assert_eq!(state_files(&ws, ADDR), FILES, "{tf}");
        for file in FILES {
            assert!(ws.exists(file), "{tf}: {file} not written");
        }
        assert!(!ws.exists("app/.env"), "{tf}: .env is never written");
        let dockerfile = ws.read_file("app/Dockerfile");
        assert!(
            dockerfile.contains("CMD [\"gunicorn\",\"--bind\",\"0.0.0.0:8000\",\"main:app\"]"),
            "{tf}: {dockerfile}"
        );
        let hadolint = run_validator(
            "venv/bin/hadolint",
            &["--no-color", "--failure-threshold", "style", "Dockerfile"],
            &ws,
        );
        assert_eq!(hadolint.trim(), "", "{tf}: hadolint findings");
        run_validator(
            "venv/bin/check-jsonschema",
            &["--builtin-schema", "vendor.compose-spec", "compose.yaml"],
            &ws,
        );
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}

#[test]
fn changes_are_in_place_updates() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.apply();
        let more = CONFIG.replace(
            r#"services    = ["postgres", "redis"]"#,
            r#"services    = ["postgres", "redis", "rabbitmq"]"#,
        );
        ws.set_config(&more);
        assert_eq!(
            change_actions(&ws.plan_json(), ADDR),
            ["update"],
            "{tf}: a new service is an update"
        );
        ws.apply();
        let compose = ws.read_file("app/compose.yaml");
        assert!(compose.contains("  rabbitmq:\n"), "{tf}: {compose}");
        assert!(
            ws.read_file("app/.env.example")
                .contains("\nRABBITMQ_PASSWORD=\n"),
            "{tf}"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after update");
    }
}

#[test]
fn drift_delete_and_destroy() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, CONFIG);
        ws.write_file("app/.env", "POSTGRES_PASSWORD=not-ours\n");
        ws.apply();

        let dockerfile = "app/Dockerfile";
        let original = ws.read_file(dockerfile);
        ws.write_file(dockerfile, "FROM scratch\n");
        assert_eq!(
            change_actions(&ws.plan_json(), ADDR),
            ["update"],
            "{tf}: an edit is an update"
        );
        ws.apply();
        assert_eq!(ws.read_file(dockerfile), original, "{tf}: apply restores");

        for file in FILES {
            ws.remove_file(file);
        }
        assert_eq!(
            change_actions(&ws.plan_json(), ADDR),
            ["create"],
            "{tf}: all gone is a create"
        );
        ws.apply();

        ws.destroy();
        for file in FILES {
            assert!(!ws.exists(file), "{tf}: {file} removed on destroy");
        }
        assert_eq!(
            ws.read_file("app/.env"),
            "POSTGRES_PASSWORD=not-ours\n",
            "{tf}: the user's .env is left alone"
        );
        assert!(state_addresses(&ws.show_state_json()).is_empty());
    }
}

#[test]
fn invalid_input_fails_the_plan_on_its_attributes() {
    for tf in Terraform::all() {
        let bad = CONFIG
            .replace(r#"language    = "python""#, r#"language    = "cobol""#)
            .replace(
                r#"services    = ["postgres", "redis"]"#,
                r#"services    = ["postgres", "kafka"]"#,
            )
            .replace(
                r#"env         = { LOG_LEVEL = "info" }"#,
                r#"env         = { DB_PASSWORD = "hunter2" }"#,
            );
        let ws = workspace(&tf, &bad);
        let stderr = ws.plan_expect_error();
        for expected in [
            "Invalid language",
            "Unknown service",
            "Secret in the image",
            "DB_PASSWORD",
            "kafka",
            // Terraform shows the attribute's line, located by the diagnostic's path.
            r#"language    = "cobol""#,
        ] {
            assert!(stderr.contains(expected), "{tf}: {expected}: {stderr}");
        }
        assert!(!ws.exists(DIR), "{tf}: nothing written");
    }
}
