//! Acceptance tests of `sensitive = true` under real Terraform, 1.0.3 and a current 1.x:
//! a secret from a sensitive variable reaches the rendered text of a single-file resource
//! (`devopsflow_alert_rules`), a multi-file resource (`devopsflow_k8s_app`) and a data
//! source, and neither `terraform plan` nor `terraform show` prints it; the files are
//! written, and the next plan is empty.
//!
//! Terraform does not tell a provider which values are sensitive, so without
//! `sensitive = true` the same secret is printed in clear in the plan's file text; the
//! last test shows that, so the first one can fail.

use devopsflow_e2e::{CommandOutput, ProviderOverride, Terraform, Workspace, state_values};

const SECRET: &str = "s3cr3t-T0ken-4417";

/// The configuration, with `sensitive` set to `sensitive` on every block.
fn config(sensitive: bool) -> String {
    format!(
        r#"terraform {{
  required_providers {{
    devopsflow = {{
      source = "devopsflow/devopsflow"
    }}
  }}
}}

provider "devopsflow" {{}}

variable "token" {{
  type      = string
  sensitive = true
  default   = "{SECRET}"
}}

resource "devopsflow_alert_rules" "api" {{
  path      = "monitoring/api.rules.yml"
  group     = "api"
  job       = "api-service"
  sensitive = {sensitive}

  rule {{
    alert       = "QueueBacklog"
    expr        = "sum(queue_depth{{job=\"api-service\"}}) > 100"
    for         = "10m"
    summary     = "Queue backlog"
    runbook_url = "https://runbooks.example.com/queue?token=${{var.token}}"
  }}
}}

resource "devopsflow_k8s_app" "api" {{
  name      = "api"
  namespace = "prod"
  image     = "registry.example.com/api:1.4.2"
  env       = {{ API_TOKEN = var.token }}
  sensitive = {sensitive}
}}

data "devopsflow_k8s_app" "worker" {{
  name      = "worker"
  namespace = "prod"
  image     = "registry.example.com/worker:1.4.2"
  env       = {{ API_TOKEN = var.token }}
  sensitive = {sensitive}
}}
"#
    )
}

/// The lines of a plan or show output naming `attribute`.
fn lines_of<'a>(output: &'a str, attribute: &str) -> Vec<&'a str> {
    output
        .lines()
        .filter(|line| {
            line.trim_start()
                .trim_start_matches(['+', '~', '-', ' '])
                .starts_with(attribute)
        })
        .collect()
}

/// A workspace with [`config`] and its `terraform plan`.
fn planned(tf: &Terraform, sensitive: bool) -> (Workspace, CommandOutput) {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(&config(sensitive));
    let plan = ws.run_ok(&["plan", "-input=false", "-no-color"]);
    (ws, plan)
}

#[test]
fn sensitive_text_stays_out_of_plan_and_show() {
    for tf in Terraform::all() {
        let (ws, plan) = planned(&tf, true);
        assert!(
            !plan.stdout.contains(SECRET),
            "{tf}: secret in the plan:\n{plan}"
        );
        for attribute in ["sensitive_content", "sensitive_files"] {
            let lines = lines_of(&plan.stdout, attribute);
            assert!(
                !lines.is_empty() && lines.iter().all(|l| l.contains("(sensitive value)")),
                "{tf}: {attribute} is not shown as (sensitive value): {lines:?}\n{plan}"
            );
        }

        let applied = ws.apply();
        assert!(
            !applied.stdout.contains(SECRET),
            "{tf}: secret in apply:\n{applied}"
        );
        let rules = ws.read_file("monitoring/api.rules.yml");
        assert!(
            rules.contains(SECRET),
            "{tf}: the file holds the text:\n{rules}"
        );
        let state = ws.show_state_json();
        let app = state_values(&state, "devopsflow_k8s_app.api").expect("k8s_app in state");
        let files = app["sensitive_files"].as_object().expect("sensitive_files");
        assert!(app["files"].is_null(), "{tf}: files is null: {app}");
        let deployment = files
            .iter()
            .find(|(path, _)| path.ends_with("deployment.yaml"))
            .unwrap_or_else(|| panic!("{tf}: no deployment in {files:?}"));
        assert_eq!(
            deployment.1.as_str().expect("text"),
            ws.read_file(deployment.0),
            "{tf}: state and disk agree"
        );
        assert!(ws.read_file(deployment.0).contains(SECRET), "{tf}");
        let rules_state =
            state_values(&state, "devopsflow_alert_rules.api").expect("alert_rules in state");
        assert!(rules_state["content"].is_null(), "{tf}: {rules_state}");
        assert_eq!(rules_state["sensitive_content"], rules, "{tf}");
        let worker = state_values(&state, "data.devopsflow_k8s_app.worker").expect("data source");
        assert!(worker["files"].is_null(), "{tf}: {worker}");
        assert!(
            worker["sensitive_files"]
                .as_object()
                .is_some_and(|files| files
                    .values()
                    .any(|t| t.as_str().is_some_and(|t| t.contains(SECRET)))),
            "{tf}: the data source renders the secret into sensitive_files"
        );

        let show = ws.run_ok(&["show", "-no-color"]);
        assert!(
            !show.stdout.contains(SECRET),
            "{tf}: secret in show:\n{show}"
        );
        let shown = lines_of(&show.stdout, "sensitive_files");
        assert_eq!(
            shown.len(),
            2,
            "{tf}: the resource and the data source: {show}"
        );
        assert!(
            shown.iter().all(|l| l.contains("(sensitive value)")),
            "{tf}: {shown:?}"
        );
        let shown = lines_of(&show.stdout, "sensitive_content");
        assert!(
            !shown.is_empty() && shown.iter().all(|l| l.contains("(sensitive value)")),
            "{tf}: {show}"
        );

        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
        ws.destroy();
        assert!(!ws.exists("monitoring/api.rules.yml"), "{tf}");
    }
}

#[test]
fn without_sensitive_terraform_prints_the_secret() {
    for tf in Terraform::all() {
        let (_ws, plan) = planned(&tf, false);
        assert!(
            plan.stdout.contains(SECRET),
            "{tf}: Terraform now hides computed text derived from a sensitive value; \
             `sensitive` may no longer be needed:\n{plan}"
        );
    }
}
