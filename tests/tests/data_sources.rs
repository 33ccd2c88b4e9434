//! Acceptance tests of the data sources (`data "devopsflow_*"`) under real Terraform, 1.0.3
//! and a current 1.x: each renders exactly what its resource writes for the same arguments,
//! writes nothing, plans empty once applied, is read at apply when an argument is unknown
//! at plan, and fails the plan on bad input at the attribute at fault.

use std::collections::BTreeMap;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, sha256_hex, state_values,
};

const HEADER: &str = "terraform {\n  required_providers {\n    devopsflow = {\n      source = \"devopsflow/devopsflow\"\n    }\n  }\n}\n\nprovider \"devopsflow\" {}\n";

/// Each kind, the resource's location argument, and the arguments both blocks share.
const KINDS: [(&str, &str, &str); 6] = [
    (
        "devopsflow_alert_rules",
        r#"path = "monitoring/api.rules.yml""#,
        r#"
  group   = "api"
  job     = "api-service"
  presets = ["high_error_rate", "pod_down"]

  rule {
    alert   = "QueueBacklog"
    expr    = "sum(queue_depth{job=\"api-service\"}) > 100"
    for     = "10m"
    summary = "Queue backlog"
  }
"#,
    ),
    (
        "devopsflow_ansible_playbook",
        r#"output_dir = "config/ansible""#,
        r#"
  name  = "api"
  image = "registry.example.com/api:1.4.2"
"#,
    ),
    (
        "devopsflow_k8s_app",
        r#"output_dir = "deploy/api""#,
        r#"
  name      = "api"
  namespace = "prod"
  image     = "registry.example.com/api:1.4.2"

  autoscaling {
    min_replicas = 2
    max_replicas = 6
  }
"#,
    ),
    (
        "devopsflow_container",
        r#"output_dir = "ci""#,
        r#"
  name     = "api"
  language = "node"
  services = ["redis"]
"#,
    ),
    (
        "devopsflow_deploy_scripts",
        r#"output_dir = "ci""#,
        r#"
  name       = "api"
  target     = "compose"
  health_url = "http://localhost:8080/health"
"#,
    ),
    (
        "devopsflow_pipeline",
        r#"output_dir = "ci""#,
        r#"
  name     = "api"
  platform = "github_actions"
  language = "python"
  image    = "ghcr.io/acme/api"

  environment {
    name        = "staging"
    auto_deploy = true
  }
"#,
    ),
];

/// A data source per kind, named `api`; with `resources`, the resource twin too.
fn config(resources: bool) -> String {
    let mut config = String::from(HEADER);
    for (kind, location, arguments) in KINDS {
        config.push_str(&format!("\ndata \"{kind}\" \"api\" {{{arguments}}}\n"));
        if resources {
            config.push_str(&format!(
                "\nresource \"{kind}\" \"api\" {{\n  {location}\n{arguments}}}\n"
            ));
        }
    }
    config
}

fn string_map(values: &serde_json::Value, attr: &str) -> BTreeMap<String, String> {
    values[attr]
        .as_object()
        .unwrap_or_else(|| panic!("{attr} is not a map: {values}"))
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("text").to_string()))
        .collect()
}

/// Every file under the working directory but Terraform's own.
fn files_on_disk(ws: &Workspace) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![ws.dir().to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(ws.dir())
                .expect("inside")
                .display()
                .to_string();
            if !["main.tf", "terraform.tfstate", "terraform.tfstate.backup"]
                .contains(&relative.as_str())
            {
                found.push(relative);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn data_sources_render_what_the_resources_write() {
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(&config(true));
        ws.apply();
        let state = ws.show_state_json();
        let mut written = Vec::new();
        for (kind, _, _) in KINDS {
            let data = state_values(&state, &format!("data.{kind}.api"))
                .unwrap_or_else(|| panic!("{tf}: data.{kind}.api not in state: {state:#}"));
            let managed = state_values(&state, &format!("{kind}.api"))
                .unwrap_or_else(|| panic!("{tf}: {kind}.api not in state"));
            let files = string_map(data, "files");
            if kind == "devopsflow_alert_rules" {
                let text = ws.read_file("monitoring/api.rules.yml");
                assert_eq!(data["content"], text, "{tf}: {kind} content");
                assert_eq!(managed["content"], text, "{tf}: {kind} resource content");
                assert_eq!(
                    files,
                    BTreeMap::from([("alert_rules".to_string(), text.clone())]),
                    "{tf}"
                );
                assert_eq!(data["id"], sha256_hex(&text), "{tf}");
                written.push("monitoring/api.rules.yml".to_string());
            } else {
                let dir = match kind {
                    "devopsflow_ansible_playbook" => "config/ansible",
                    "devopsflow_k8s_app" => "deploy/api",
                    _ => "ci",
                };
                let expected: BTreeMap<String, String> = string_map(managed, "files")
                    .into_iter()
                    .map(|(path, text)| {
                        let relative = path
                            .strip_prefix(&format!("{dir}/"))
                            .unwrap_or_else(|| panic!("{tf}: {path} outside {dir}"));
                        (relative.to_string(), text)
                    })
                    .collect();
                assert_eq!(files, expected, "{tf}: {kind}");
                for (relative, text) in &files {
                    let path = format!("{dir}/{relative}");
                    assert_eq!(&ws.read_file(&path), text, "{tf}: {path} on disk");
                    written.push(path);
                }
                assert!(data.get("content").is_none(), "{tf}: {kind} has no content");
            }
            assert!(!files.is_empty(), "{tf}: {kind}");
        }
        // Only the resources wrote files; the data sources added none.
        written.sort();
        assert_eq!(files_on_disk(&ws), written, "{tf}");
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
        ws.destroy();
        assert_eq!(files_on_disk(&ws), Vec::<String>::new(), "{tf}");
    }
}

#[test]
fn data_sources_alone_write_nothing() {
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(&config(false));
        let output = ws.apply();
        assert!(
            output.stdout.contains("0 added, 0 changed, 0 destroyed"),
            "{tf}: {output}"
        );
        let state = ws.show_state_json();
        for (kind, _, _) in KINDS {
            let data = state_values(&state, &format!("data.{kind}.api"))
                .unwrap_or_else(|| panic!("{tf}: data.{kind}.api not in state"));
            assert!(!string_map(data, "files").is_empty(), "{tf}: {kind}");
        }
        assert_eq!(files_on_disk(&ws), Vec::<String>::new(), "{tf}");
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}

#[test]
fn bad_arguments_fail_the_plan_at_their_attribute() {
    let config = format!(
        "{HEADER}
data \"devopsflow_pipeline\" \"bad\" {{
  name     = \"api\"
  platform = \"travis\"
  language = \"python\"
  image    = \"ghcr.io/acme/api\"
}}

data \"devopsflow_alert_rules\" \"bad\" {{
  group = \"api\"
  job   = \"api-service\"

  rule {{
    alert   = \"Broken\"
    expr    = \"sum(\"
    summary = \"x\"
  }}
}}
"
    );
    // The line of each bad attribute, and the data source it belongs to.
    let expected = [
        ("data.devopsflow_pipeline.bad", "platform = \"travis\""),
        ("data.devopsflow_alert_rules.bad", "expr    = \"sum(\""),
    ];
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(&config);
        let stderr = ws.plan_expect_error();
        for (address, source) in expected {
            let line = config
                .lines()
                .position(|l| l.trim() == source)
                .map(|i| i + 1)
                .expect("source line");
            // Each "Error: " starts one diagnostic: summary, location, source and detail.
            let found = stderr.split("Error: ").skip(1).any(|diagnostic| {
                diagnostic.contains(&format!("with {address}"))
                    && diagnostic.contains(&format!("on main.tf line {line}"))
            });
            assert!(found, "{tf}: no error at {address} line {line}:\n{stderr}");
        }
        assert_eq!(files_on_disk(&ws), Vec::<String>::new(), "{tf}");
    }
}

#[test]
fn arguments_unknown_at_plan_are_read_at_apply() {
    // The image tag is a null_resource's id: unknown until that resource is created.
    let config = format!(
        "{}
resource \"null_resource\" \"build\" {{}}

data \"devopsflow_pipeline\" \"api\" {{
  name     = \"api\"
  platform = \"github_actions\"
  language = \"python\"
  image    = \"ghcr.io/acme/api-${{null_resource.build.id}}\"
}}

output \"workflow\" {{
  value = data.devopsflow_pipeline.api.files[\"api.yml\"]
}}
",
        HEADER.replace(
            "  required_providers {\n",
            "  required_providers {\n    null = {\n      source = \"hashicorp/null\"\n    }\n",
        )
    );
    for tf in Terraform::all() {
        let ws = Workspace::new(
            &tf,
            &[ProviderOverride::devopsflow(), ProviderOverride::null()],
        );
        ws.set_config(&config);
        ws.run_ok(&["validate", "-no-color"]);
        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, "data.devopsflow_pipeline.api"),
            ["read"],
            "{tf}: the read waits for apply"
        );
        assert_eq!(
            plan["output_changes"]["workflow"]["after_unknown"], true,
            "{tf}: the text is not known at plan: {plan:#}"
        );
        ws.apply();
        let state = ws.show_state_json();
        let id = state_values(&state, "null_resource.build").expect("null_resource")["id"]
            .as_str()
            .expect("id")
            .to_string();
        let workflow = state["values"]["outputs"]["workflow"]["value"]
            .as_str()
            .unwrap_or_else(|| panic!("{tf}: workflow output: {state:#}"));
        assert!(
            workflow.contains(&format!("ghcr.io/acme/api-{id}")),
            "{tf}: the image read at apply: {workflow}"
        );
        assert_eq!(files_on_disk(&ws), Vec::<String>::new(), "{tf}");
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}
