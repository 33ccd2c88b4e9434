//! The provider functions (`provider::devopsflow::*`) under real Terraform: called by the
//! current Terraform (1.8 or later), where a renderer function returns exactly what its data
//! source reads and its resource writes, and a bad argument fails the plan naming it; and
//! Terraform 1.0.3, which reads the same binary's schema (listing the functions) and must
//! keep applying a normal configuration.

use std::collections::BTreeMap;

use devopsflow_e2e::{ProviderOverride, Terraform, Workspace, state_values};

const HEADER: &str = "terraform {\n  required_providers {\n    devopsflow = {\n      source = \"devopsflow/devopsflow\"\n    }\n  }\n}\n\nprovider \"devopsflow\" {}\n";

/// The arguments of a `devopsflow_k8s_app`, as block syntax (resource, data source) and
/// object syntax (function); the namespace comes from `k8s_name`.
const APP_BLOCK: &str = r#"
  name      = "api"
  namespace = provider::devopsflow::k8s_name("Prod_EU")
  image     = "registry.example.com/api:1.4.2"

  autoscaling {
    min_replicas = 2
    max_replicas = 6
  }
"#;

const APP_OBJECT: &str = r#"{
    name        = "api"
    namespace   = provider::devopsflow::k8s_name("Prod_EU")
    image       = "registry.example.com/api:1.4.2"
    autoscaling = { min_replicas = 2, max_replicas = 6 }
  }"#;

/// The current Terraform, which must be 1.8 or later: functions are tested there.
fn terraform_with_functions() -> Terraform {
    let terraform = Terraform::current()
        .expect("provider functions need Terraform 1.8+: run scripts/install-tools.sh");
    let version: Vec<u32> = terraform
        .version()
        .split('.')
        .map(|part| part.parse().unwrap_or(0))
        .collect();
    assert!(
        version >= vec![1, 8],
        "{terraform} has no provider functions"
    );
    terraform
}

fn output(ws: &Workspace, name: &str) -> serde_json::Value {
    let out = ws.run_ok(&["output", "-json", "-no-color", name]);
    serde_json::from_str(&out.stdout).unwrap_or_else(|err| panic!("{err}:\n{out}"))
}

fn string_map(value: &serde_json::Value) -> BTreeMap<String, String> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not a map: {value}"))
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("text").to_string()))
        .collect()
}

#[test]
fn terraform_calls_every_function() {
    let terraform = terraform_with_functions();
    let ws = Workspace::new(&terraform, &[ProviderOverride::devopsflow()]);
    ws.set_config(&format!(
        r#"{HEADER}
resource "devopsflow_k8s_app" "api" {{
  output_dir = "deploy/api"
{APP_BLOCK}}}

data "devopsflow_k8s_app" "api" {{{APP_BLOCK}}}

output "manifests" {{
  value = provider::devopsflow::k8s_app({APP_OBJECT})
}}

output "data_source_files" {{
  value = data.devopsflow_k8s_app.api.files
}}

output "rules" {{
  value = provider::devopsflow::alert_rules({{
    group   = "api"
    presets = ["pod_down"]
    rule = [{{
      alert = "QueueBacklog"
      expr  = "sum(queue_depth) > 100"
      for   = "10m"
    }}]
  }})
}}

output "valid" {{
  value = provider::devopsflow::promql_valid("sum(rate(http_requests_total{{code=~\"5..\"}}[5m])) > 1")
}}

output "invalid" {{
  value = provider::devopsflow::promql_valid("sum(rate(x[5m])")
}}

output "name" {{
  value = provider::devopsflow::k8s_name("  Team_Payments.EU  ")
}}
"#
    ));
    ws.apply();
    assert_eq!(output(&ws, "valid"), true);
    assert_eq!(output(&ws, "invalid"), false);
    assert_eq!(output(&ws, "name"), "team-payments-eu");

    let manifests = string_map(&output(&ws, "manifests"));
    assert!(manifests.len() > 1, "{manifests:?}");
    assert_eq!(
        manifests,
        string_map(&output(&ws, "data_source_files")),
        "the function and the data source render the same"
    );
    let state = ws.show_state_json();
    let written = state_values(&state, "devopsflow_k8s_app.api").expect("in state");
    assert_eq!(written["namespace"], "prod-eu");
    for (path, text) in &manifests {
        assert_eq!(
            &ws.read_file(&format!("deploy/api/{path}")),
            text,
            "the resource wrote what the function returns, at {path}"
        );
    }

    let rules = string_map(&output(&ws, "rules"));
    assert_eq!(rules.keys().collect::<Vec<_>>(), ["alert_rules"]);
    assert!(
        rules["alert_rules"].contains("alert: QueueBacklog"),
        "{rules:?}"
    );
    assert_eq!(ws.plan_exitcode(true), 0, "functions are pure: no change");
}

#[test]
fn a_bad_argument_fails_the_plan_naming_it() {
    let terraform = terraform_with_functions();
    for (call, parameter, message) in [
        (
            r#"provider::devopsflow::k8s_name("__")"#,
            "text",
            "has no ASCII letter or digit",
        ),
        (
            r#"provider::devopsflow::alert_rules({ group = "api", rule = [{ alert = "A", expr = "sum(", for = "5m" }] })"#,
            "config",
            "config.rule[0].expr: ",
        ),
    ] {
        let ws = Workspace::new(&terraform, &[ProviderOverride::devopsflow()]);
        ws.set_config(&format!(
            "{HEADER}\noutput \"x\" {{\n  value = {call}\n}}\n"
        ));
        let stderr = ws.plan_expect_error();
        assert!(
            stderr.contains("Error: Invalid function argument"),
            "{call}:\n{stderr}"
        );
        assert!(
            stderr.contains(&format!("Invalid value for \"{parameter}\" parameter: ")),
            "Terraform names the parameter of {call}:\n{stderr}"
        );
        assert!(stderr.contains(message), "{call}:\n{stderr}");
    }
}

#[test]
fn terraform_1_0_3_ignores_the_functions() {
    let terraform = Terraform::floor();
    assert!(terraform.version().starts_with("1.0."), "{terraform}");
    let ws = Workspace::new(&terraform, &[ProviderOverride::devopsflow()]);
    let block = APP_BLOCK.replace(r#"provider::devopsflow::k8s_name("Prod_EU")"#, r#""prod""#);
    ws.set_config(&format!(
        "{HEADER}\nresource \"devopsflow_k8s_app\" \"api\" {{\n  output_dir = \"deploy/api\"\n{block}}}\n\n\
         data \"devopsflow_k8s_app\" \"api\" {{{block}}}\n\n\
         output \"files\" {{\n  value = data.devopsflow_k8s_app.api.files\n}}\n"
    ));
    ws.apply();
    let files = string_map(&output(&ws, "files"));
    assert!(files.len() > 1, "{files:?}");
    for (path, text) in &files {
        assert_eq!(&ws.read_file(&format!("deploy/api/{path}")), text, "{path}");
    }
    assert_eq!(
        ws.plan_exitcode(true),
        0,
        "{terraform}: no change after apply"
    );
    ws.destroy();
    for path in files.keys() {
        assert!(
            !ws.exists(&format!("deploy/api/{path}")),
            "{terraform}: {path}"
        );
    }
}

/// The ```terraform block of each function page in `docs/functions/`.
fn doc_examples() -> Vec<(String, String)> {
    let dir = devopsflow_e2e::repo_root().join("docs/functions");
    let mut examples: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("entry").path())
        .map(|page| {
            let text = std::fs::read_to_string(&page).expect("page");
            let example = text
                .split_once("```terraform\n")
                .and_then(|(_, rest)| rest.split_once("```"))
                .map(|(example, _)| example.to_string())
                .unwrap_or_else(|| panic!("{} has no example", page.display()));
            (page.display().to_string(), example)
        })
        .collect();
    examples.sort();
    examples
}

#[test]
fn every_function_page_example_applies() {
    let terraform = terraform_with_functions();
    let examples = doc_examples();
    assert_eq!(examples.len(), 11, "one page per function: {examples:?}");
    for (page, example) in examples {
        let function = std::path::Path::new(&page)
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default();
        assert!(
            example.contains(&format!("provider::devopsflow::{function}(")),
            "{page}: the example does not call {function}:\n{example}"
        );
        let ws = Workspace::new(&terraform, &[ProviderOverride::devopsflow()]);
        ws.set_config(&format!("{HEADER}\n{example}"));
        ws.apply();
        // An output documented with its value (`value = ... # "expected"`) has that value.
        for line in example.lines().filter(|line| line.contains("value =")) {
            let Some((_, expected)) = line.split_once(" # ") else {
                continue;
            };
            let outputs = ws.run_ok(&["output", "-json", "-no-color"]);
            let outputs: serde_json::Value =
                serde_json::from_str(&outputs.stdout).expect("outputs");
            let expected: serde_json::Value = serde_json::from_str(expected).expect("json");
            assert!(
                outputs
                    .as_object()
                    .expect("outputs")
                    .values()
                    .any(|output| output["value"] == expected),
                "{page}: no output is {expected}: {outputs:#}"
            );
        }
        assert_eq!(ws.plan_exitcode(true), 0, "{page}: no change after apply");
    }
}
