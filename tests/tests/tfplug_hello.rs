//! The SDK's example provider, `tfplug/examples/hello.rs`, under real Terraform: the
//! resource on every version (1.0.3 reads a schema that also lists the function, and must
//! not mind), the function `provider::hello::shout` on the current one (1.8+).

use devopsflow_e2e::{ProviderOverride, Terraform, Workspace, state_values, tfplug_example_bin};

const SOURCE: &str = "registry.terraform.io/example/hello";

const HEADER: &str = r#"
terraform {
  required_providers {
    hello = { source = "example/hello" }
  }
}
"#;

fn workspace(terraform: &Terraform) -> Workspace {
    let hello = ProviderOverride::new(SOURCE, tfplug_example_bin("hello"));
    Workspace::new(terraform, &[hello])
}

fn greeting(name: &str) -> String {
    format!(
        "{HEADER}\nresource \"hello_greeting\" \"g\" {{\n  name = \"{name}\"\n}}\n\
         output \"text\" {{\n  value = hello_greeting.g.text\n}}\n"
    )
}

fn output(ws: &Workspace, name: &str) -> serde_json::Value {
    let out = ws.run_ok(&["output", "-json", "-no-color", name]);
    serde_json::from_str(&out.stdout).unwrap_or_else(|err| panic!("{err}:\n{out}"))
}

#[test]
fn hello_greeting_applies_updates_and_destroys_on_every_terraform() {
    for terraform in Terraform::all() {
        let ws = workspace(&terraform);
        ws.set_config(&greeting("world"));
        ws.apply();
        assert_eq!(output(&ws, "text"), "Hello, world!", "{terraform}");
        let state = ws.show_state_json();
        let values = state_values(&state, "hello_greeting.g").expect("in state");
        assert_eq!(values["name"], "world", "{terraform}");
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{terraform}: no diff after apply"
        );
        assert_eq!(
            ws.plan_exitcode(true),
            0,
            "{terraform}: no diff after refresh"
        );

        ws.set_config(&greeting("Terraform"));
        let plan = ws.plan_json();
        let change = &devopsflow_e2e::resource_change(&plan, "hello_greeting.g")["change"];
        assert_eq!(
            change["actions"],
            serde_json::json!(["update"]),
            "{terraform}"
        );
        assert_eq!(change["after"]["text"], "Hello, Terraform!", "{terraform}");
        ws.apply();
        assert_eq!(output(&ws, "text"), "Hello, Terraform!", "{terraform}");

        ws.destroy();
        let state = ws.show_state_json();
        assert!(
            state_values(&state, "hello_greeting.g").is_none(),
            "{terraform}"
        );
    }
}

#[test]
fn an_empty_name_is_an_error_on_the_attribute() {
    for terraform in Terraform::all() {
        let ws = workspace(&terraform);
        ws.set_config(&greeting(""));
        let stderr = ws.plan_expect_error();
        assert!(
            stderr.contains("Error: Empty name"),
            "{terraform}:\n{stderr}"
        );
        // The diagnostic points at the attribute: Terraform quotes its line.
        assert!(stderr.contains(r#"name = """#), "{terraform}:\n{stderr}");
    }
}

/// The current Terraform, which must be 1.8 or later to call provider functions.
fn terraform_with_functions() -> Terraform {
    let terraform = Terraform::current().expect(
        "provider functions need Terraform 1.8 or later, and no current Terraform is \
         installed: run scripts/install-tools.sh",
    );
    let minor: u32 = terraform
        .version()
        .split('.')
        .nth(1)
        .and_then(|minor| minor.parse().ok())
        .unwrap_or(0);
    assert!(
        minor >= 8,
        "{terraform} is older than 1.8: no provider functions"
    );
    terraform
}

#[test]
fn shout_is_called_by_terraform() {
    let terraform = terraform_with_functions();
    let ws = workspace(&terraform);
    ws.set_config(&format!(
        "{HEADER}\noutput \"x\" {{\n  value = provider::hello::shout(\"hi\")\n}}\n\
         output \"y\" {{\n  value = provider::hello::shout(hello_greeting.g.text)\n}}\n\
         resource \"hello_greeting\" \"g\" {{\n  name = \"fn\"\n}}\n"
    ));
    ws.apply();
    assert_eq!(output(&ws, "x"), "HI!");
    assert_eq!(output(&ws, "y"), "HELLO, FN!!");
    assert_eq!(ws.plan_exitcode(true), 0, "a pure function plans no change");
}

#[test]
fn a_function_error_names_the_argument() {
    let terraform = terraform_with_functions();
    let ws = workspace(&terraform);
    ws.set_config(&format!(
        "{HEADER}\noutput \"x\" {{\n  value = provider::hello::shout(\"   \")\n}}\n"
    ));
    let stderr = ws.plan_expect_error();
    assert!(
        stderr.contains("Error: Invalid function argument"),
        "{terraform}:\n{stderr}"
    );
    // FunctionError.function_argument = 0: Terraform names the parameter at that position
    // ("Invalid function argument") and quotes the call's signature.
    assert!(
        stderr.contains(r#"Invalid value for "text" parameter: there is nothing to shout."#),
        "Terraform names the argument:\n{stderr}"
    );
    assert!(
        stderr.contains("while calling provider::hello::shout(text)"),
        "{stderr}"
    );
}
