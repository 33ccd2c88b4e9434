//! The data sources (`data "devopsflow_*"`) driven in-process through a real gRPC client
//! (tfplug's test harness), compared with what their resources plan for the same
//! arguments, without Terraform.

use std::collections::BTreeMap;

use devopsflow_provider::provider::DevopsflowProvider;
use serde_json::json;
use tfplug::testing::TestServer;
use tfplug::{DataSource, PathStep, Provider as _, Resource, Value};

fn resource(type_name: &str) -> std::sync::Arc<dyn Resource> {
    DevopsflowProvider::default()
        .resources()
        .into_iter()
        .find(|r| r.type_name() == type_name)
        .expect("resource registered")
}

fn data_source(type_name: &str) -> std::sync::Arc<dyn DataSource> {
    DevopsflowProvider::default()
        .data_sources()
        .into_iter()
        .find(|d| d.type_name() == type_name)
        .expect("data source registered")
}

/// A value of the data source's type from JSON (missing attributes are null).
fn data_config(type_name: &str, json: &serde_json::Value) -> Value {
    let ty = data_source(type_name).schema().value_type();
    tfplug::value::to_value(json)
        .and_then(|v| v.conform(&ty))
        .expect("config conforms to the data source schema")
}

/// A value of the resource's type from JSON (missing attributes are null).
fn resource_config(type_name: &str, json: &serde_json::Value) -> Value {
    let ty = resource(type_name).schema().value_type();
    tfplug::value::to_value(json)
        .and_then(|v| v.conform(&ty))
        .expect("config conforms to the resource schema")
}

/// Arguments of each artifact kind, without the location attribute.
fn arguments(type_name: &str) -> serde_json::Value {
    match type_name {
        "devopsflow_alert_rules" => json!({
            "group": "api",
            "job": "api-service",
            "presets": ["high_error_rate", "pod_down"],
            "rule": [{
                "alert": "QueueBacklog",
                "expr": "sum(queue_depth{job=\"api-service\"}) > 100",
                "for": "10m",
                "summary": "Queue backlog"
            }]
        }),
        "devopsflow_alertmanager_config" => json!({
            "default_receiver": "oncall",
            "receiver": [{ "name": "oncall", "webhook": [{ "url": "http://127.0.0.1:5001/" }] }],
            "route": [{ "matchers": { "severity": "critical" }, "receiver": "oncall" }]
        }),
        "devopsflow_ansible_playbook" => json!({
            "name": "api",
            "image": "registry.example.com/api:1.4.2",
            "allowed_ports": [22, 8000],
            "app_port": 8000
        }),
        "devopsflow_container" => json!({
            "name": "api",
            "language": "go",
            "services": ["postgres"]
        }),
        "devopsflow_deploy_scripts" => json!({
            "name": "api",
            "target": "kubernetes",
            "health_url": "https://api.example.com/health"
        }),
        "devopsflow_grafana_dashboard" => json!({
            "title": "API service",
            "job": "api-service",
            "slo": { "objective": 99.9 }
        }),
        "devopsflow_k8s_app" => json!({
            "name": "api",
            "namespace": "prod",
            "image": "registry.example.com/api:1.4.2",
            "autoscaling": { "min_replicas": 2, "max_replicas": 6 },
            "ingress": { "host": "api.example.com" }
        }),
        "devopsflow_pipeline" => json!({
            "name": "api",
            "platform": "github_actions",
            "language": "python",
            "image": "ghcr.io/acme/api",
            "environment": [{ "name": "staging", "auto_deploy": true }]
        }),
        "devopsflow_prometheus_config" => json!({
            "scrape_interval": "15s",
            "rule_files": ["alerts/*.rules.yml"],
            "job": [{ "name": "api-service", "targets": ["api:8000"] }]
        }),
        other => panic!("no arguments for {other}"),
    }
}

/// Whether the kind writes one file at its `path`.
fn single_file(type_name: &str) -> bool {
    matches!(
        type_name,
        "devopsflow_alert_rules"
            | "devopsflow_alertmanager_config"
            | "devopsflow_grafana_dashboard"
            | "devopsflow_prometheus_config"
    )
}

/// The same arguments with a location for the resource.
fn with_location(type_name: &str, location: &str) -> serde_json::Value {
    let mut json = arguments(type_name);
    let attribute = if single_file(type_name) {
        "path"
    } else {
        "output_dir"
    };
    json[attribute] = json!(location);
    json
}

async fn server(root: &std::path::Path) -> TestServer {
    let mut tf = TestServer::start(DevopsflowProvider::default())
        .await
        .expect("serve");
    let config = Value::object([
        ("root_dir", Value::String(root.display().to_string())),
        ("content_in_state", Value::Null),
    ]);
    let diags = tf.configure(config).await.expect("configure");
    assert!(diags.is_empty(), "{diags:?}");
    tf
}

fn string_map(value: &Value, attr: &str) -> BTreeMap<String, String> {
    value
        .get_attr(attr)
        .and_then(Value::as_map)
        .unwrap_or_else(|| panic!("{attr} is not a known map in {value:?}"))
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("text").to_string()))
        .collect()
}

fn error_paths(diags: &tfplug::Diagnostics) -> Vec<Vec<PathStep>> {
    diags
        .as_slice()
        .iter()
        .filter(|d| d.severity == tfplug::Severity::Error)
        .map(|d| {
            d.attribute
                .as_ref()
                .map(|p| p.steps().to_vec())
                .unwrap_or_default()
        })
        .collect()
}

/// Every file (relative path) under `dir`.
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        for entry in std::fs::read_dir(&next).expect("read dir").flatten() {
            if entry.path().is_dir() {
                pending.push(entry.path());
            } else {
                found.push(entry.path().display().to_string());
            }
        }
    }
    found
}

const KINDS: [&str; 9] = [
    "devopsflow_alert_rules",
    "devopsflow_alertmanager_config",
    "devopsflow_ansible_playbook",
    "devopsflow_container",
    "devopsflow_deploy_scripts",
    "devopsflow_grafana_dashboard",
    "devopsflow_k8s_app",
    "devopsflow_pipeline",
    "devopsflow_prometheus_config",
];

#[tokio::test]
async fn one_data_source_per_resource() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let metadata = tf.metadata().await.expect("metadata");
    assert_eq!(metadata.data_source_types, metadata.resource_types);
    assert_eq!(metadata.data_source_types, KINDS);
}

#[test]
fn schemas_drop_the_location_and_add_the_text() {
    for (kind, location, single) in [
        ("devopsflow_alert_rules", "path", true),
        ("devopsflow_alertmanager_config", "path", true),
        ("devopsflow_ansible_playbook", "output_dir", false),
        ("devopsflow_container", "output_dir", false),
        ("devopsflow_deploy_scripts", "output_dir", false),
        ("devopsflow_grafana_dashboard", "path", true),
        ("devopsflow_k8s_app", "output_dir", false),
        ("devopsflow_pipeline", "output_dir", false),
        ("devopsflow_prometheus_config", "path", true),
    ] {
        let data = data_source(kind).schema().block;
        let managed = resource(kind).schema().block;
        assert!(data.get_attribute(location).is_none(), "{kind}: {location}");
        for name in ["id", "files"] {
            let attribute = data.get_attribute(name).expect(name);
            assert!(attribute.computed && !attribute.optional, "{kind}: {name}");
        }
        assert_eq!(data.get_attribute("content").is_some(), single, "{kind}");
        // Every argument of the resource but its location and the settings about writing
        // files (a data source writes none), with the same type and mode.
        const WRITE_SETTINGS: [&str; 3] = ["on_conflict", "keep_on_destroy", "lifecycle_mode"];
        for attribute in managed.attributes.iter().filter(|a| !a.computed) {
            if attribute.name == location || WRITE_SETTINGS.contains(&attribute.name.as_str()) {
                assert!(data.get_attribute(&attribute.name).is_none(), "{kind}");
                continue;
            }
            let twin = data.get_attribute(&attribute.name).expect(&attribute.name);
            assert_eq!(
                (twin.value_type(), twin.required, twin.optional),
                (
                    attribute.value_type(),
                    attribute.required,
                    attribute.optional
                ),
                "{kind}: {}",
                attribute.name
            );
        }
        assert_eq!(
            data.blocks
                .iter()
                .map(|b| b.type_name.as_str())
                .collect::<Vec<_>>(),
            managed
                .blocks
                .iter()
                .map(|b| b.type_name.as_str())
                .collect::<Vec<_>>(),
            "{kind}"
        );
    }
}

#[tokio::test]
async fn files_equal_what_the_resource_renders_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    for (kind, location) in [
        ("devopsflow_alert_rules", "monitoring/api.rules.yml"),
        (
            "devopsflow_alertmanager_config",
            "monitoring/alertmanager.yml",
        ),
        ("devopsflow_ansible_playbook", "config/ansible"),
        ("devopsflow_container", "app"),
        ("devopsflow_deploy_scripts", "deploy/scripts"),
        ("devopsflow_grafana_dashboard", "monitoring/api.json"),
        ("devopsflow_k8s_app", "deploy/api"),
        ("devopsflow_pipeline", "ci"),
        ("devopsflow_prometheus_config", "monitoring/prometheus.yml"),
    ] {
        let config = data_config(kind, &arguments(kind));
        assert!(
            tf.validate_data_source(kind, &config)
                .await
                .expect("validate")
                .is_empty()
        );
        let read = tf.read_data_source(kind, &config).await.expect("read");
        assert!(
            read.diagnostics.is_empty(),
            "{kind}: {:?}",
            read.diagnostics
        );
        let files = string_map(&read.state, "files");

        let planned = tf
            .plan(
                kind,
                &Value::Null,
                &resource_config(kind, &with_location(kind, location)),
            )
            .await
            .expect("plan");
        assert!(planned.diagnostics.is_empty(), "{:?}", planned.diagnostics);
        if single_file(kind) {
            // The one file's text, under the kind's short name, is the resource's content.
            let short_name = kind.trim_start_matches("devopsflow_");
            let content = files.get(short_name).cloned().map(Value::String);
            assert!(content.is_some(), "{files:?}");
            assert_eq!(planned.planned_state.get_attr("content"), content.as_ref());
            assert_eq!(read.state.get_attr("content"), content.as_ref());
            assert_eq!(files.len(), 1);
            assert!(read.state.get_attr("id").and_then(Value::as_str).is_some());
            assert_eq!(
                read.state.get_attr("id"),
                planned.planned_state.get_attr("sha256")
            );
        } else {
            let written: BTreeMap<String, String> = string_map(&planned.planned_state, "files")
                .into_iter()
                .map(|(path, text)| {
                    let relative = path
                        .strip_prefix(&format!("{location}/"))
                        .unwrap_or_else(|| panic!("{path} outside {location}"));
                    (relative.to_string(), text)
                })
                .collect();
            assert_eq!(files, written, "{kind}");
            assert!(read.state.get_attr("content").is_none(), "{kind}");
        }
        assert!(!files.is_empty(), "{kind}");
        // The arguments come back as given.
        let Value::Object(arguments) = &config else {
            panic!("{kind}: config is an object")
        };
        for (name, value) in arguments {
            if ["id", "files", "content"].contains(&name.as_str()) {
                continue;
            }
            assert_eq!(read.state.get_attr(name), Some(value), "{kind}: {name}");
        }
    }
    assert_eq!(files_under(dir.path()), Vec::<String>::new());
}

#[tokio::test]
async fn default_locations_give_the_same_relative_paths() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    for (kind, default_dir) in [
        ("devopsflow_ansible_playbook", "ansible"),
        ("devopsflow_k8s_app", "k8s/api"),
        ("devopsflow_pipeline", ".github/workflows"),
    ] {
        let read = tf
            .read_data_source(kind, &data_config(kind, &arguments(kind)))
            .await
            .expect("read");
        let planned = tf
            .plan(kind, &Value::Null, &resource_config(kind, &arguments(kind)))
            .await
            .expect("plan");
        let expected: Vec<String> = string_map(&read.state, "files")
            .into_keys()
            .map(|key| format!("{default_dir}/{key}"))
            .collect();
        assert_eq!(
            string_map(&planned.planned_state, "files")
                .into_keys()
                .collect::<Vec<_>>(),
            expected,
            "{kind}"
        );
    }
}

#[tokio::test]
async fn bad_arguments_fail_with_their_attribute_paths() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let cases = [
        (
            "devopsflow_alertmanager_config",
            json!({ "route": [{ "matchers": {}, "receiver": "nobody" }] }),
            vec![vec![
                PathStep::Attr("route".into()),
                PathStep::Index(0),
                PathStep::Attr("receiver".into()),
            ]],
        ),
        (
            "devopsflow_pipeline",
            json!({ "platform": "travis", "language": "cobol" }),
            vec![
                vec![PathStep::Attr("platform".into())],
                vec![PathStep::Attr("language".into())],
            ],
        ),
        (
            "devopsflow_alert_rules",
            json!({ "rule": [{ "alert": "Broken", "expr": "sum(", "summary": "x" }] }),
            vec![vec![
                PathStep::Attr("rule".into()),
                PathStep::Index(0),
                PathStep::Attr("expr".into()),
            ]],
        ),
        (
            "devopsflow_k8s_app",
            json!({ "port": 70000 }),
            vec![vec![PathStep::Attr("port".into())]],
        ),
        (
            "devopsflow_ansible_playbook",
            json!({ "app_port": 0, "allowed_ports": [8000, 8000] }),
            vec![
                vec![PathStep::Attr("app_port".into())],
                vec![PathStep::Attr("allowed_ports".into()), PathStep::Index(1)],
                vec![PathStep::Attr("allowed_ports".into())],
            ],
        ),
        (
            "devopsflow_container",
            json!({ "port": 0, "services": ["postgres", "kafka"] }),
            vec![
                vec![PathStep::Attr("port".into())],
                vec![PathStep::Attr("services".into()), PathStep::Index(1)],
            ],
        ),
        (
            "devopsflow_deploy_scripts",
            json!({ "target": "compose", "strategy": "blue_green", "retries": 0 }),
            vec![
                vec![PathStep::Attr("strategy".into())],
                vec![PathStep::Attr("retries".into())],
            ],
        ),
        (
            "devopsflow_grafana_dashboard",
            json!({ "title": "", "metrics": { "requests_total": "bool" } }),
            vec![
                vec![PathStep::Attr("title".into())],
                vec![
                    PathStep::Attr("metrics".into()),
                    PathStep::Attr("requests_total".into()),
                ],
            ],
        ),
    ];
    for (kind, patch, expected) in cases {
        let mut json = arguments(kind);
        for (key, value) in patch.as_object().expect("object") {
            json[key] = value.clone();
        }
        let config = data_config(kind, &json);
        let validated = tf
            .validate_data_source(kind, &config)
            .await
            .expect("validate");
        assert_eq!(error_paths(&validated), expected, "{kind}: {validated:?}");
        let read = tf.read_data_source(kind, &config).await.expect("read");
        assert_eq!(error_paths(&read.diagnostics), expected, "{kind}");
        assert_eq!(read.state.get_attr("files"), Some(&Value::Null), "{kind}");
    }
    assert_eq!(files_under(dir.path()), Vec::<String>::new());
}

#[tokio::test]
async fn unknown_arguments_give_unknown_text_without_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    for kind in KINDS {
        let mut config = data_config(kind, &arguments(kind));
        // The first required argument, or the first argument when none is required.
        let attributes = data_source(kind).schema().block.attributes;
        let first_required = attributes
            .iter()
            .find(|a| a.required)
            .or_else(|| attributes.iter().find(|a| !a.computed))
            .map(|a| a.name.clone())
            .expect("an argument");
        if let Value::Object(fields) = &mut config {
            fields.insert(first_required, Value::Unknown);
        }
        let validated = tf
            .validate_data_source(kind, &config)
            .await
            .expect("validate");
        assert!(validated.is_empty(), "{kind}: {validated:?}");
        let read = tf.read_data_source(kind, &config).await.expect("read");
        assert!(
            read.diagnostics.is_empty(),
            "{kind}: {:?}",
            read.diagnostics
        );
        assert_eq!(
            read.state.get_attr("files"),
            Some(&Value::Unknown),
            "{kind}"
        );
        assert_eq!(read.state.get_attr("id"), Some(&Value::Unknown), "{kind}");
    }
}
