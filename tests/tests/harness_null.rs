//! Proves the harness itself, with the Go null provider 2.1.2 (`hashicorp/null`, protocol 5)
//! standing in for ours, under every Terraform the suite runs (1.0.3 and a current 1.x).

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, state_addresses, state_values,
};

const ADDR: &str = "null_resource.a";

/// A configuration with one `null_resource` whose trigger is `trigger`, plus three more.
fn config(trigger: &str) -> String {
    format!(
        r#"
terraform {{
  required_providers {{
    null = {{
      source = "hashicorp/null"
    }}
  }}
}}

resource "null_resource" "a" {{
  triggers = {{
    value = "{trigger}"
  }}
}}

resource "null_resource" "many" {{
  count = 3

  triggers = {{
    index = count.index
  }}
}}
"#
    )
}

fn null_workspace(tf: &Terraform) -> Workspace {
    Workspace::new(tf, &[ProviderOverride::null()])
}

#[test]
fn terraform_versions_are_found() {
    let all = Terraform::all();
    assert!(
        all[0].version().starts_with("1.0."),
        "first is the 1.0 floor: {}",
        all[0]
    );
    for tf in &all[1..] {
        assert!(!tf.version().starts_with("1.0."), "a current 1.x: {tf}");
    }
}

#[test]
fn apply_then_empty_plan_then_destroy() {
    for tf in Terraform::all() {
        let ws = null_workspace(&tf);
        ws.set_config(&config("one"));

        let output = ws.apply();
        assert!(output.stdout.contains("Resources: 4 added"), "{output}");
        // dev_overrides without `terraform init` is what the harness relies on.
        assert!(
            output
                .stdout
                .contains("development overrides are in effect"),
            "{output}"
        );

        let state = ws.show_state_json();
        assert_eq!(state_addresses(&state).len(), 4, "{tf}: {state:#}");
        let values = state_values(&state, ADDR).expect("null_resource.a in state");
        assert_eq!(values["triggers"]["value"], "one", "{tf}");
        assert!(
            values["id"].as_str().is_some_and(|id| !id.is_empty()),
            "{tf}: {values}"
        );

        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");

        ws.destroy();
        assert!(
            state_addresses(&ws.show_state_json()).is_empty(),
            "{tf}: state after destroy"
        );
        assert_eq!(
            ws.plan_exitcode(true),
            2,
            "{tf}: plan after destroy recreates"
        );
    }
}

#[test]
fn changed_trigger_plans_a_replacement() {
    for tf in Terraform::all() {
        let ws = null_workspace(&tf);
        ws.set_config(&config("one"));
        ws.apply();

        ws.set_config(&config("two"));
        assert_eq!(ws.plan_exitcode(false), 2, "{tf}");
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["delete", "create"], "{tf}");
        assert_eq!(
            change_actions(&plan, "null_resource.many[0]"),
            ["no-op"],
            "{tf}"
        );

        ws.apply();
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}");
    }
}

#[test]
fn invalid_configuration_is_reported_with_its_location() {
    for tf in Terraform::all() {
        let ws = null_workspace(&tf);
        ws.set_config(&config("one").replace("triggers = {", "no_such_argument = {"));
        let stderr = ws.plan_expect_error();
        assert!(
            stderr.contains("Error: Unsupported argument"),
            "{tf}: {stderr}"
        );
        assert!(stderr.contains("on main.tf line 11"), "{tf}: {stderr}");

        let stderr = ws.apply_expect_error();
        assert!(
            stderr.contains("Error: Unsupported argument"),
            "{tf}: {stderr}"
        );
    }
}

#[test]
#[should_panic(expected = "expected to fail with exit code 1")]
fn apply_expect_error_panics_when_apply_succeeds() {
    let ws = null_workspace(&Terraform::floor());
    ws.set_config(&config("one"));
    ws.apply_expect_error();
}

#[test]
#[should_panic(expected = "terraform command failed")]
fn a_failing_command_panics_with_its_output() {
    let ws = null_workspace(&Terraform::floor());
    ws.set_config("resource \"null_resource\" \"a\" {\n  bogus = 1\n}\n");
    ws.apply();
}

#[test]
fn a_command_that_outlives_its_timeout_is_killed() {
    let mut ws = null_workspace(&Terraform::floor());
    ws.set_config(&config("one"));
    ws.set_timeout(std::time::Duration::from_millis(1));
    let output = ws.run(&["apply", "-auto-approve", "-input=false", "-no-color"]);
    assert_eq!(output.code, None, "{output}");
    assert!(output.stderr.contains("[harness] killed after"), "{output}");
    assert!(!output.success());
}

#[test]
fn one_cli_config_serves_both_providers() {
    for tf in Terraform::all() {
        // Our provider's override must not disturb a configuration that does not use it, so
        // any file will do as its binary here.
        let devopsflow = ProviderOverride::new(devopsflow_e2e::DEVOPSFLOW_SOURCE, "/bin/true");
        let ws = Workspace::new(&tf, &[devopsflow, ProviderOverride::null()]);
        let cli_config = std::fs::read_to_string(ws.cli_config()).expect("read cli.tfrc");
        assert!(cli_config.contains("\"registry.terraform.io/devopsflow/devopsflow\" = "));
        assert!(cli_config.contains("\"registry.terraform.io/hashicorp/null\" = "));

        ws.set_config(&config("one"));
        let output = ws.apply();
        assert!(
            output.stdout.contains("devopsflow/devopsflow in "),
            "{output}"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}");
    }
}
