//! Acceptance tests of `devopsflow_grafana_dashboard` under real Terraform, 1.0.3 and a current
//! 1.x.
//!
//! They need the provider binary: `cargo build -p terraform-provider-devopsflow` first.
//! No Grafana server can be installed here (none is packaged in the registries this project
//! reaches), so the written JSON is checked against Grafana's dashboard model structurally;
//! `provider/src/render/grafana_dashboard/tests.rs` checks it in depth (grid, ids, PromQL).

use devopsflow_e2e::{ProviderOverride, Terraform, Workspace, state_addresses, state_values};
use serde_json::Value as Json;

const ADDR: &str = "devopsflow_grafana_dashboard.api";
const PATH: &str = "monitoring/dashboards/api.json";
const RULES: &str = "monitoring/alerts/api.rules.yml";

/// The arguments of the dashboard (and of its data source twin).
const ARGS: &str = r#"  title = "API service"
  job   = "api-service"

  metrics {
    requests_total = "api_calls_total"
    status_labels  = ["response_code"]
  }

  slo {
    objective = 99.5
  }
"#;

/// A dashboard with `args`, the alert rules of the same job and SLO, and the data source twin
/// with [`ARGS`].
fn config(args: &str) -> String {
    format!(
        r#"terraform {{
  required_providers {{
    devopsflow = {{
      source = "devopsflow/devopsflow"
    }}
  }}
}}

provider "devopsflow" {{
  root_dir = "."
}}

resource "devopsflow_alert_rules" "api" {{
  path    = "{RULES}"
  group   = "api"
  job     = "api-service"
  presets = ["high_error_rate"]

  metrics {{
    requests_total = "api_calls_total"
    status_labels  = ["response_code"]
  }}

  slo {{
    objective = 99.5
  }}
}}

resource "devopsflow_grafana_dashboard" "api" {{
  path = "{PATH}"
{args}}}

data "devopsflow_grafana_dashboard" "api" {{
{ARGS}}}
"#
    )
}

fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// Every query expression of the dashboard, with the title of its panel.
fn queries(dashboard: &Json) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for panel in dashboard["panels"].as_array().into_iter().flatten() {
        for target in panel["targets"].as_array().into_iter().flatten() {
            out.push((
                panel["title"].as_str().unwrap_or_default().to_owned(),
                target["expr"].as_str().unwrap_or_default().to_owned(),
            ));
        }
    }
    out
}

/// (1) Apply writes dashboard JSON Grafana imports, equal to the state and to the data source's
/// text, whose SLO panels read recording rules the alert rules define; a second plan is empty.
#[test]
fn apply_writes_the_dashboard_and_plans_empty() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, &config(ARGS));
        ws.apply();
        assert!(ws.exists(PATH), "{tf}: {PATH} was not written");
        let text = ws.read_file(PATH);
        let dashboard: Json = serde_json::from_str(&text)
            .unwrap_or_else(|err| panic!("{tf}: the file is not JSON: {err}\n{text}"));

        assert_eq!(dashboard["title"], "API service", "{tf}");
        assert_eq!(dashboard["schemaVersion"], 39, "{tf}");
        let uid = dashboard["uid"].as_str().unwrap_or_default();
        assert!(
            uid.starts_with("api-service-") && uid.len() <= 40,
            "{tf}: {uid}"
        );
        let variable = &dashboard["templating"]["list"][0];
        assert_eq!(
            (&variable["name"], &variable["type"], &variable["query"]),
            (
                &Json::from("datasource"),
                &Json::from("datasource"),
                &Json::from("prometheus")
            ),
            "{tf}"
        );
        let panels = dashboard["panels"].as_array().cloned().unwrap_or_default();
        assert_eq!(panels.len(), 12, "{tf}: RED, saturation and SLO panels");
        for panel in panels.iter().filter(|p| p["type"] != "row") {
            assert_eq!(panel["datasource"]["uid"], "${datasource}", "{tf}");
        }

        let rules = ws.read_file(RULES);
        let queries = queries(&dashboard);
        assert!(
            queries
                .iter()
                .any(|(_, expr)| expr.contains("api_calls_total{job=\"api-service\"")),
            "{tf}: the renamed counter is read: {queries:?}"
        );
        for (title, expr) in &queries {
            assert!(!expr.contains("http_requests_total"), "{tf}: {title}");
            for record in expr
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .filter(|word| word.starts_with("job:"))
            {
                assert!(
                    rules.contains(&format!("record: {record}\n")),
                    "{tf}: panel {title:?} reads {record}, which the alert rules do not record"
                );
            }
        }

        let state = ws.show_state_json();
        let managed = state_values(&state, ADDR).unwrap_or_else(|| panic!("{tf}: {ADDR}"));
        assert_eq!(managed["content"], text.as_str(), "{tf}");
        let data = state_values(&state, &format!("data.{ADDR}"))
            .unwrap_or_else(|| panic!("{tf}: data.{ADDR}"));
        assert_eq!(data["content"], text.as_str(), "{tf}: the data source twin");

        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}

/// (2) Bad input fails the plan with every error at once, each at its attribute, and writes
/// nothing.
#[test]
fn bad_input_fails_the_plan_at_its_paths() {
    let config = config(
        &ARGS
            .replace("title = \"API service\"", "title = \"\"")
            .replace("\"api_calls_total\"", "\"bool\""),
    );
    let line = |needle: &str| {
        config
            .lines()
            .position(|line| line.contains(needle))
            .map(|index| index + 1)
            .unwrap_or_else(|| panic!("{needle:?} not in the config"))
    };
    let expected = [
        ("title", line("title = \"\""), "missing title"),
        (
            "metrics.requests_total",
            line("requests_total = \"bool\""),
            "invalid metric name",
        ),
    ];
    for tf in Terraform::all() {
        let ws = workspace(&tf, &config);
        let stderr = ws.plan_expect_error();
        for (attribute, line, summary) in expected {
            let location = format!("on main.tf line {line}");
            let found = stderr.split("Error: ").skip(1).any(|diagnostic| {
                diagnostic
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_lowercase()
                    .contains(summary)
                    && (diagnostic.contains(&location) || diagnostic.contains(attribute))
            });
            assert!(
                found,
                "{tf}: expected {summary:?} at {attribute} ({location}); stderr:\n{stderr}"
            );
        }
        assert!(!ws.exists(PATH), "{tf}: nothing written");
        assert!(
            state_addresses(&ws.show_state_json()).is_empty(),
            "{tf}: nothing applied"
        );
    }
}

/// (3) Destroy removes the dashboard file and leaves other files alone.
#[test]
fn destroy_removes_the_dashboard() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, &config(ARGS));
        ws.apply();
        ws.write_file("monitoring/dashboards/other.json", "{}\n");
        ws.destroy();
        assert!(!ws.exists(PATH), "{tf}: destroy removes {PATH}");
        assert_eq!(
            ws.read_file("monitoring/dashboards/other.json"),
            "{}\n",
            "{tf}"
        );
        assert!(
            state_addresses(&ws.show_state_json()).is_empty(),
            "{tf}: state after destroy"
        );
    }
}
