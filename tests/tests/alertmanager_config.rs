//! Acceptance tests of `devopsflow_alertmanager_config` under real Terraform, 1.0.3 and a
//! current 1.x, judged by Alertmanager's own `amtool`.
//!
//! They need the provider binary: `cargo build -p terraform-provider-devopsflow` first.

use std::path::Path;
use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, repo_root, require_on_path, state_addresses,
    state_values,
};

const ADDR: &str = "devopsflow_alertmanager_config.main";
const PATH: &str = "monitoring/alertmanager.yml";

/// The documented example, `examples/alertmanager-config/main.tf`, as it is.
fn example() -> String {
    let path = repo_root().join("examples/alertmanager-config/main.tf");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// Runs amtool in `dir`; panics with its output unless it succeeds; returns stdout.
fn amtool(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(require_on_path("amtool"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run amtool");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "amtool {args:?} failed:\n{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// The receiver `amtool config routes test` picks for an alert with `labels`.
fn route_of(ws: &Workspace, labels: &[&str]) -> String {
    let config = format!("--config.file={PATH}");
    let mut args = vec!["config", "routes", "test", config.as_str()];
    args.extend(labels);
    amtool(ws.dir(), &args).trim().to_owned()
}

/// Apply writes an amtool-clean file that routes as configured; the second plan is empty;
/// destroy removes the file and nothing else.
#[test]
fn the_example_applies_routes_and_destroys() {
    let config = example();
    for tf in Terraform::all() {
        let ws = workspace(&tf, &config);
        ws.apply();
        assert!(ws.exists(PATH), "{tf}: {PATH} was not written");
        let content = ws.read_file(PATH);
        let check = amtool(ws.dir(), &["check-config", PATH]);
        assert!(
            check.contains("SUCCESS") && check.contains("1 inhibit rules"),
            "{tf}: amtool check-config:\n{check}\n----- file -----\n{content}"
        );
        assert_eq!(route_of(&ws, &["severity=critical"]), "oncall", "{tf}");
        assert_eq!(
            route_of(&ws, &["severity=warning", "alertname=HighLatency"]),
            "team-chat",
            "{tf}"
        );
        assert_eq!(route_of(&ws, &["severity=info"]), "team-email", "{tf}");

        let state = ws.show_state_json();
        let values = state_values(&state, ADDR).unwrap_or_else(|| panic!("{tf}: not in state"));
        assert_eq!(
            values["content"],
            content.as_str(),
            "{tf}: state holds the file"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: second plan");

        ws.write_file("monitoring/notes.md", "hand-written\n");
        ws.destroy();
        assert!(!ws.exists(PATH), "{tf}: destroy removes {PATH}");
        assert_eq!(
            ws.read_file("monitoring/notes.md"),
            "hand-written\n",
            "{tf}"
        );
        assert!(state_addresses(&ws.show_state_json()).is_empty(), "{tf}");
    }
}

/// Bad input fails the plan with every error at once, each on its attribute's line, and
/// nothing is written.
#[test]
fn bad_input_fails_the_plan_at_each_attribute() {
    let config = example()
        .replace("receiver = \"team-chat\"", "receiver = \"team-chatt\"")
        .replace("to = \"team@example.com\"", "to = \"team.example.com\"")
        .replace(
            "default_receiver = \"team-email\"",
            "default_receiver = \"team-email\"\n  repeat_interval  = \"4 hours\"",
        );
    // Each error's summary, and the source line Terraform quotes for its attribute path.
    let expected = [
        ("Unknown receiver", "receiver = \"team-chatt\""),
        ("Invalid email address", "to = \"team.example.com\""),
        ("Invalid duration", "repeat_interval  = \"4 hours\""),
    ];
    for tf in Terraform::all() {
        let ws = workspace(&tf, &config);
        let stderr = ws.plan_expect_error();
        for (summary, source) in expected {
            let found = stderr.split("Error: ").skip(1).any(|diagnostic| {
                diagnostic.starts_with(summary)
                    && diagnostic.contains("on main.tf line")
                    && diagnostic.contains(source)
            });
            assert!(
                found,
                "{tf}: expected \"{summary}\" quoting `{source}`; stderr was:\n{stderr}"
            );
        }
        assert!(!ws.exists(PATH), "{tf}: nothing written");
        assert!(state_addresses(&ws.show_state_json()).is_empty(), "{tf}");
    }
}

/// The arguments shared by the resource, its data source twin and its function below.
const TWIN_ARGS: &str = r#"
  default_receiver = "oncall"

  receiver {
    name = "oncall"
    pagerduty {
      routing_key_file = "/etc/alertmanager/pagerduty_key"
    }
  }

  route {
    matchers = { severity = "critical" }
    receiver = "oncall"
  }
"#;

/// The same arguments as an object, for the function.
const TWIN_OBJECT: &str = r#"{
    default_receiver = "oncall"
    receiver = [{
      name      = "oncall"
      pagerduty = [{ routing_key_file = "/etc/alertmanager/pagerduty_key" }]
    }]
    route = [{ matchers = { severity = "critical" }, receiver = "oncall" }]
  }"#;

/// The data source renders what the resource writes, and writes nothing; on a Terraform
/// with provider functions, the function returns the same text.
#[test]
fn the_data_source_and_function_render_what_the_resource_writes() {
    let header = example()
        .split("resource \"devopsflow_alertmanager_config\"")
        .next()
        .expect("the example has a header")
        .to_owned();
    let mut functions_checked = 0;
    for tf in Terraform::all() {
        let with_functions = Terraform::current().is_some_and(|current| current == tf);
        let mut config = format!(
            "{header}resource \"devopsflow_alertmanager_config\" \"main\" {{\n  path = \"{PATH}\"\n\
             {TWIN_ARGS}}}\n\ndata \"devopsflow_alertmanager_config\" \"twin\" {{{TWIN_ARGS}}}\n\n\
             output \"data_files\" {{\n  value = data.devopsflow_alertmanager_config.twin.files\n}}\n"
        );
        if with_functions {
            config.push_str(&format!(
                "\noutput \"function_files\" {{\n  value = \
                 provider::devopsflow::alertmanager_config({TWIN_OBJECT})\n}}\n"
            ));
        }
        let ws = workspace(&tf, &config);
        ws.apply();
        let written = ws.read_file(PATH);
        assert!(written.contains("routing_key_file:"), "{tf}: {written}");
        let state = ws.show_state_json();
        let outputs = &state["values"]["outputs"];
        let expected = serde_json::json!({ "alertmanager_config": written });
        assert_eq!(
            outputs["data_files"]["value"], expected,
            "{tf}: data source"
        );
        if with_functions {
            assert_eq!(
                outputs["function_files"]["value"], expected,
                "{tf}: function"
            );
            functions_checked += 1;
        }
        let on_disk: Vec<_> = std::fs::read_dir(ws.path("monitoring"))
            .expect("monitoring/")
            .map(|entry| entry.expect("entry").file_name())
            .collect();
        assert_eq!(
            on_disk,
            ["alertmanager.yml"],
            "{tf}: the data source writes nothing"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: second plan");
    }
    assert_eq!(
        functions_checked, 1,
        "the function ran under the current Terraform"
    );
}
