//! `devopsflow_alert_rules` driven in-process through a real gRPC client
//! (tfplug's test harness), without Terraform.

use devopsflow_provider::provider::DevopsflowProvider;
use serde_json::json;
use tfplug::testing::TestServer;
use tfplug::{PathStep, Value};

const TYPE: &str = "devopsflow_alert_rules";

/// Builds a value of the resource's type from JSON (missing attributes are null).
fn config(json: serde_json::Value) -> Value {
    let schema = tfplug::Resource::schema(&*resource());
    tfplug::value::to_value(&json)
        .and_then(|v| v.conform(&schema.value_type()))
        .expect("config conforms to the schema")
}

fn resource() -> std::sync::Arc<dyn tfplug::Resource> {
    use tfplug::Provider as _;
    DevopsflowProvider::default()
        .resources()
        .into_iter()
        .find(|r| r.type_name() == TYPE)
        .expect("resource registered")
}

fn example() -> serde_json::Value {
    json!({
        "path": "monitoring/alerts/api.rules.yml",
        "group": "api",
        "interval": "30s",
        "job": "api-service",
        "presets": ["high_error_rate", "high_latency", "pod_down"],
        "slo": { "objective": 99.9, "window": "30d" },
        "rule": [{
            "alert": "QueueBacklog",
            "expr": "sum(queue_depth{job=\"api-service\"}) > 100",
            "for": "10m",
            "severity": "warning",
            "summary": "Queue backlog",
            "description": "Depth is {{ $value }}",
            "runbook_url": "https://runbooks.example.com/queue",
            "labels": { "team": "payments" }
        }],
        "thresholds": null
    })
}

async fn server(root: &std::path::Path) -> TestServer {
    let (tf, diags) = server_with(root, Value::Null).await;
    assert!(diags.is_empty(), "{diags:?}");
    tf
}

fn text(value: &Value, attr: &str) -> String {
    value
        .get_attr(attr)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{attr} is not a known string in {value:?}"))
        .to_string()
}

#[tokio::test]
async fn create_read_update_delete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    assert_eq!(
        tf.resource_types().await.expect("schema"),
        [
            "devopsflow_alert_rules",
            "devopsflow_alertmanager_config",
            "devopsflow_ansible_playbook",
            "devopsflow_container",
            "devopsflow_deploy_scripts",
            "devopsflow_grafana_dashboard",
            "devopsflow_k8s_app",
            "devopsflow_pipeline",
            "devopsflow_prometheus_config"
        ]
    );
    let cfg = config(example());

    // Plan renders the file so `terraform plan` can show it.
    let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    assert!(
        !planned.diagnostics.has_errors(),
        "{:?}",
        planned.diagnostics
    );
    let content = text(&planned.planned_state, "content");
    assert!(content.starts_with("# Managed by Terraform"), "{content}");
    assert!(content.contains("groups:"));
    assert!(content.contains("QueueBacklog"));
    assert_eq!(
        text(&planned.planned_state, "sha256"),
        devopsflow_provider::artifact::sha256_hex(&content)
    );

    // Apply writes exactly that text.
    let applied = tf
        .apply(TYPE, &Value::Null, &planned, &cfg)
        .await
        .expect("apply");
    assert!(applied.diagnostics.is_empty(), "{:?}", applied.diagnostics);
    let file = dir.path().join("monitoring/alerts/api.rules.yml");
    assert_eq!(
        std::fs::read_to_string(&file).expect("file written"),
        content
    );
    assert_eq!(
        text(&applied.state, "id"),
        "monitoring/alerts/api.rules.yml"
    );
    let state = applied.state;

    // Nothing changed: read returns the same state, plan the same content.
    let read = tf.read(TYPE, &state).await.expect("read");
    assert_eq!(read.state, state);
    let again = tf.plan(TYPE, &state, &cfg).await.expect("plan");
    assert_eq!(again.planned_state, state, "second plan must be empty");

    // An edit on disk is drift: read reports the file's text, plan restores ours.
    std::fs::write(&file, "groups: []\n").expect("edit");
    let drifted = tf.read(TYPE, &state).await.expect("read");
    assert_eq!(text(&drifted.state, "content"), "groups: []\n");
    let fix = tf.plan(TYPE, &drifted.state, &cfg).await.expect("plan");
    assert_eq!(text(&fix.planned_state, "content"), content);
    assert!(
        fix.requires_replace.is_empty(),
        "an edit is an in-place update"
    );

    // A deleted file reads as gone, so Terraform plans a create.
    std::fs::remove_file(&file).expect("delete");
    let gone = tf.read(TYPE, &state).await.expect("read");
    assert!(gone.state.is_null());

    // Changing the group is an update; changing the path forces replacement.
    let mut changed = example();
    changed["group"] = json!("api-v2");
    let planned = tf.plan(TYPE, &state, &config(changed)).await.expect("plan");
    assert!(planned.requires_replace.is_empty());
    assert!(text(&planned.planned_state, "content").contains("api-v2"));
    let mut moved = example();
    moved["path"] = json!("other/api.yml");
    let planned = tf.plan(TYPE, &state, &config(moved)).await.expect("plan");
    assert_eq!(
        planned.requires_replace,
        vec![tfplug::AttributePath::attr("path")]
    );

    // Destroy (a later run: a new provider process) removes the file and nothing else.
    std::fs::write(&file, &content).expect("restore");
    std::fs::write(dir.path().join("monitoring/alerts/keep.yml"), "x").expect("neighbour");
    let mut tf = server(dir.path()).await;
    let destroyed = tf.destroy(TYPE, &state).await.expect("destroy");
    assert!(
        destroyed.diagnostics.is_empty(),
        "{:?}",
        destroyed.diagnostics
    );
    assert!(destroyed.state.is_null());
    assert!(!file.exists());
    assert!(dir.path().join("monitoring/alerts/keep.yml").exists());
}

#[tokio::test]
async fn unknown_inputs_leave_the_content_unknown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let mut cfg = config(example());
    if let Value::Object(fields) = &mut cfg {
        fields.insert("group".to_string(), Value::Unknown);
    }
    let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    assert!(planned.diagnostics.is_empty(), "{:?}", planned.diagnostics);
    assert!(
        planned
            .planned_state
            .get_attr("content")
            .is_some_and(Value::is_unknown)
    );
    assert!(
        planned
            .planned_state
            .get_attr("sha256")
            .is_some_and(Value::is_unknown)
    );
    assert_eq!(
        text(&planned.planned_state, "id"),
        "monitoring/alerts/api.rules.yml"
    );
}

fn error_paths(diags: &tfplug::Diagnostics) -> Vec<String> {
    diags
        .as_slice()
        .iter()
        .map(|d| {
            format!(
                "{}: {}",
                d.attribute
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                d.summary
            )
        })
        .collect()
}

#[tokio::test]
async fn bad_input_is_reported_on_its_attribute_at_plan_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let mut bad = example();
    bad["path"] = json!("../../etc/x.yml");
    bad["presets"] = json!(["high_error_rate", "made_up"]);
    bad["rule"][0]["expr"] = json!("sum(rate(x[5m])");
    let planned = tf
        .plan(TYPE, &Value::Null, &config(bad.clone()))
        .await
        .expect("plan");
    let paths = error_paths(&planned.diagnostics);
    assert!(planned.diagnostics.has_errors());
    for expected in ["path", "presets[1]", "rule[0].expr"] {
        assert!(
            paths
                .iter()
                .any(|p| p.starts_with(&format!("{expected}: "))),
            "no error at {expected}: {paths:?}"
        );
    }
    // Validation (terraform validate) reports the same.
    let validated = tf.validate(TYPE, config(bad)).await.expect("validate");
    assert_eq!(error_paths(&validated), paths);

    let mut absolute = example();
    absolute["path"] = json!("/etc/passwd");
    let planned = tf
        .plan(TYPE, &Value::Null, &config(absolute))
        .await
        .expect("plan");
    let diag = &planned.diagnostics.as_slice()[0];
    assert_eq!(
        diag.attribute.as_ref().map(|p| p.steps().to_vec()),
        Some(vec![PathStep::Attr("path".to_string())])
    );
    assert!(diag.detail.contains("absolute"), "{}", diag.detail);
    assert!(!std::path::Path::new("/etc/passwd.tmp").exists());
}

#[tokio::test]
async fn import_adopts_an_existing_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let file = dir.path().join("rules/x.yml");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(&file, "groups: []\n").expect("write");

    let (states, diags) = tf.import(TYPE, "rules/x.yml").await.expect("import");
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(states.len(), 1);
    assert_eq!(text(&states[0], "path"), "rules/x.yml");
    assert_eq!(text(&states[0], "content"), "groups: []\n");

    let (states, diags) = tf.import(TYPE, "rules/missing.yml").await.expect("import");
    assert!(states.is_empty());
    assert!(diags.has_errors());
    let (_, diags) = tf.import(TYPE, "../outside.yml").await.expect("import");
    assert!(diags.has_errors());
}

/// The example, created in a fresh root: the server, the configuration, the result and
/// its state as Terraform stores it (JSON).
struct Stored {
    _dir: tempfile::TempDir,
    tf: TestServer,
    cfg: Value,
    created: tfplug::testing::StateResult,
    json: Vec<u8>,
}

async fn created_and_stored() -> Stored {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let cfg = config(example());
    let created = tf
        .plan_and_apply(TYPE, &Value::Null, &cfg)
        .await
        .expect("apply");
    assert!(created.diagnostics.is_empty(), "{:?}", created.diagnostics);
    let schema = tfplug::Resource::schema(&*resource());
    let json = tfplug::value::encode_json(&created.state, &schema.value_type()).expect("json");
    Stored {
        _dir: dir,
        tf,
        cfg,
        created,
        json,
    }
}

#[tokio::test]
async fn stored_state_upgrades_and_stop_does_not_break_later_requests() {
    // Terraform sends the stored JSON state through UpgradeResourceState on every read.
    let Stored {
        _dir,
        mut tf,
        created,
        json,
        ..
    } = created_and_stored().await;
    let upgraded = tf.upgrade(TYPE, 0, &json).await.expect("upgrade");
    assert!(
        upgraded.diagnostics.is_empty(),
        "{:?}",
        upgraded.diagnostics
    );
    assert_eq!(upgraded.state, created.state);
    let future = tf.upgrade(TYPE, 7, &json).await.expect("upgrade");
    assert!(future.diagnostics.has_errors());

    tf.stop_provider().await.expect("stop");
    let read = tf
        .read(TYPE, &created.state)
        .await
        .expect("read after stop");
    assert_eq!(read.state, created.state);
    assert_eq!(tf.call_unserved_rpc().await.expect("call"), "Unimplemented");
}

/// A server configured with `root_dir` and `content_in_state`.
async fn server_with(
    root: &std::path::Path,
    content_in_state: Value,
) -> (TestServer, tfplug::Diagnostics) {
    let mut tf = TestServer::start(DevopsflowProvider::default())
        .await
        .expect("serve");
    let provider_config = Value::Object(
        [
            (
                "root_dir".to_string(),
                Value::String(root.display().to_string()),
            ),
            ("content_in_state".to_string(), content_in_state),
        ]
        .into_iter()
        .collect(),
    );
    let diags = tf.configure(provider_config).await.expect("configure");
    (tf, diags)
}

#[tokio::test]
async fn without_content_in_state_only_the_hash_is_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut tf, diags) = server_with(dir.path(), Value::Bool(false)).await;
    assert!(diags.is_empty(), "{diags:?}");
    let cfg = config(example());

    let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    assert!(planned.diagnostics.is_empty(), "{:?}", planned.diagnostics);
    assert_eq!(
        planned.planned_state.get_attr("content"),
        Some(&Value::Null)
    );
    let hash = text(&planned.planned_state, "sha256");

    let applied = tf
        .apply(TYPE, &Value::Null, &planned, &cfg)
        .await
        .expect("apply");
    assert!(applied.diagnostics.is_empty(), "{:?}", applied.diagnostics);
    // Everything but the directories created (known after apply) is as planned.
    assert!(
        planned
            .planned_state
            .get_attr("owned_dirs")
            .is_some_and(Value::is_unknown)
    );
    let dirs = applied.state.get_attr("owned_dirs").cloned();
    assert_eq!(
        dirs,
        Some(Value::List(vec![
            Value::String("monitoring".into()),
            Value::String("monitoring/alerts".into())
        ]))
    );
    let mut promised = planned.planned_state.clone();
    if let Value::Object(fields) = &mut promised {
        fields.insert("owned_dirs".to_string(), dirs.unwrap_or(Value::Null));
    }
    assert_eq!(applied.state, promised);
    let file = dir.path().join("monitoring/alerts/api.rules.yml");
    let written = std::fs::read_to_string(&file).expect("file written");
    assert!(written.contains("QueueBacklog"), "{written}");
    assert_eq!(devopsflow_provider::artifact::sha256_hex(&written), hash);

    let read = tf.read(TYPE, &applied.state).await.expect("read");
    assert_eq!(read.state, applied.state);
    std::fs::write(&file, "groups: []\n").expect("edit");
    let drifted = tf.read(TYPE, &applied.state).await.expect("read");
    assert_eq!(
        text(&drifted.state, "sha256"),
        devopsflow_provider::artifact::sha256_hex("groups: []\n")
    );
    assert_eq!(drifted.state.get_attr("content"), Some(&Value::Null));
    let fix = tf.plan(TYPE, &drifted.state, &cfg).await.expect("plan");
    assert_eq!(text(&fix.planned_state, "sha256"), hash);

    // With an input unknown, the hash is unknown and content stays null.
    let mut unknown = cfg.clone();
    if let Value::Object(fields) = &mut unknown {
        fields.insert("group".to_string(), Value::Unknown);
    }
    let planned = tf.plan(TYPE, &Value::Null, &unknown).await.expect("plan");
    assert_eq!(
        planned.planned_state.get_attr("content"),
        Some(&Value::Null)
    );
    assert!(
        planned
            .planned_state
            .get_attr("sha256")
            .is_some_and(Value::is_unknown)
    );
}

#[tokio::test]
async fn an_unknown_content_in_state_is_reported_on_the_attribute() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_tf, diags) = server_with(dir.path(), Value::Unknown).await;
    assert_eq!(
        error_paths(&diags),
        ["content_in_state: content_in_state is not known"]
    );
}

#[tokio::test]
async fn planning_over_a_file_not_written_by_the_resource_warns_on_the_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let cfg = config(example());
    let file = dir.path().join("monitoring/alerts/api.rules.yml");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(&file, "# hand-written\ngroups: []\n").expect("write");

    let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    assert!(
        !planned.diagnostics.has_errors(),
        "{:?}",
        planned.diagnostics
    );
    let warnings: Vec<_> = planned.diagnostics.as_slice().iter().collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].summary, "Apply will overwrite an existing file");
    assert_eq!(
        warnings[0].attribute.as_ref().map(|p| p.steps().to_vec()),
        Some(vec![PathStep::Attr("path".to_string())])
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        "# hand-written\ngroups: []\n",
        "planning writes nothing"
    );

    // The same text already on disk, or a file the resource wrote itself: no warning.
    std::fs::write(&file, text(&planned.planned_state, "content")).expect("write");
    let same = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    assert!(same.diagnostics.is_empty(), "{:?}", same.diagnostics);
    let applied = tf
        .apply(TYPE, &Value::Null, &planned, &cfg)
        .await
        .expect("apply");
    std::fs::write(&file, "groups: []\n").expect("edit");
    let drifted = tf.read(TYPE, &applied.state).await.expect("read");
    let again = tf.plan(TYPE, &drifted.state, &cfg).await.expect("plan");
    assert!(
        again.diagnostics.is_empty(),
        "drift is not an overwrite warning: {:?}",
        again.diagnostics
    );
}

#[tokio::test]
async fn decode_errors_point_at_their_attributes_all_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let mut bad = example();
    bad["group"] = serde_json::Value::Null;
    bad["rule"][0]["alert"] = serde_json::Value::Null;
    bad["rule"][0]["labels"] = json!({ "team": null });
    let planned = tf
        .plan(TYPE, &Value::Null, &config(bad))
        .await
        .expect("plan");
    let paths: Vec<String> = error_paths(&planned.diagnostics)
        .into_iter()
        .map(|p| p.split(": ").next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        paths,
        ["group", "rule[0].alert", "rule[0].labels[\"team\"]"],
        "{:?}",
        planned.diagnostics
    );
}
/// In one provider process (one Terraform run): a delete never removes a path another
/// resource wrote (the rename race, in its losing order), and a second configuration
/// rendering the same path fails the plan on `path`.
#[tokio::test]
async fn one_run_never_deletes_a_fresh_write_nor_writes_one_path_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = config(example());
    let old = {
        let mut tf = server(dir.path()).await;
        let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
        tf.apply(TYPE, &Value::Null, &planned, &cfg)
            .await
            .expect("apply")
            .state
    };
    let file = dir.path().join("monitoring/alerts/api.rules.yml");

    // The next run: `b` is created on the same path, then `a` is destroyed.
    let mut tf = server(dir.path()).await;
    let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    let created = tf
        .apply(TYPE, &Value::Null, &planned, &cfg)
        .await
        .expect("apply");
    assert!(created.diagnostics.is_empty(), "{:?}", created.diagnostics);
    let destroyed = tf.destroy(TYPE, &old).await.expect("destroy");
    assert!(
        destroyed.diagnostics.is_empty(),
        "{:?}",
        destroyed.diagnostics
    );
    assert!(file.exists(), "the file the create wrote is kept");

    // Another configuration on the same path, in the same run.
    let mut other = example();
    other["group"] = json!("other");
    let clash = tf
        .plan(TYPE, &Value::Null, &config(other))
        .await
        .expect("plan");
    let errors = error_paths(&clash.diagnostics);
    assert_eq!(
        errors,
        ["path: Two resources write the same file"],
        "{:?}",
        clash.diagnostics
    );
    assert!(
        clash.diagnostics.as_slice()[0]
            .detail
            .contains("monitoring/alerts/api.rules.yml")
    );
}

/// A state written before ownership was recorded (no `owned_sha256`, `owned_dirs`,
/// `written_root_dir`, modes) plans no change, and its delete still removes its file.
#[tokio::test]
async fn a_state_from_before_ownership_plans_no_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tf = server(dir.path()).await;
    let cfg = config(example());
    let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    let applied = tf
        .apply(TYPE, &Value::Null, &planned, &cfg)
        .await
        .expect("apply");
    let mut legacy = applied.state;
    if let Value::Object(fields) = &mut legacy {
        for name in [
            "owned_sha256",
            "owned_dirs",
            "written_root_dir",
            "file_permission",
            "directory_permission",
        ] {
            fields.insert(name.to_string(), Value::Null);
        }
    }
    let mut tf = server(dir.path()).await;
    let read = tf.read(TYPE, &legacy).await.expect("read");
    assert_eq!(read.state, legacy);
    let again = tf.plan(TYPE, &legacy, &cfg).await.expect("plan");
    assert_eq!(again.planned_state, legacy, "no change after an upgrade");
    let destroyed = tf.destroy(TYPE, &legacy).await.expect("destroy");
    assert!(
        destroyed.diagnostics.is_empty(),
        "{:?}",
        destroyed.diagnostics
    );
    assert!(!dir.path().join("monitoring/alerts/api.rules.yml").exists());
}

/// With `sensitive = true` the text is only in the schema-sensitive `sensitive_content`:
/// planned, applied, refreshed (drift too), and not at all without `content_in_state`.
#[tokio::test]
async fn sensitive_text_is_only_in_the_sensitive_twin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let schema = tfplug::Resource::schema(&*resource());
    for (name, sensitive) in [("content", false), ("sensitive_content", true)] {
        let attribute = schema.block.get_attribute(name).expect(name);
        assert_eq!(attribute.sensitive, sensitive, "{name}");
    }
    let mut tf = server(dir.path()).await;
    let mut secret = example();
    secret["sensitive"] = json!(true);
    let cfg = config(secret);
    let planned = tf.plan(TYPE, &Value::Null, &cfg).await.expect("plan");
    assert_eq!(
        planned.planned_state.get_attr("content"),
        Some(&Value::Null)
    );
    assert!(text(&planned.planned_state, "sensitive_content").contains("QueueBacklog"));
    let applied = tf
        .apply(TYPE, &Value::Null, &planned, &cfg)
        .await
        .expect("apply");
    assert!(applied.diagnostics.is_empty(), "{:?}", applied.diagnostics);
    let file = dir.path().join("monitoring/alerts/api.rules.yml");
    let written = std::fs::read_to_string(&file).expect("written");
    assert_eq!(text(&applied.state, "sensitive_content"), written);
    assert_eq!(applied.state.get_attr("content"), Some(&Value::Null));
    let again = tf.plan(TYPE, &applied.state, &cfg).await.expect("plan");
    assert_eq!(again.planned_state, applied.state, "no change");

    std::fs::write(&file, "edited\n").expect("edit");
    let read = tf.read(TYPE, &applied.state).await.expect("read");
    assert_eq!(text(&read.state, "sensitive_content"), "edited\n");
    assert_eq!(read.state.get_attr("content"), Some(&Value::Null));

    let (mut hashes_only, diags) = server_with(dir.path(), Value::Bool(false)).await;
    assert!(diags.is_empty(), "{diags:?}");
    let planned = hashes_only
        .plan(TYPE, &Value::Null, &cfg)
        .await
        .expect("plan");
    for name in ["content", "sensitive_content"] {
        assert_eq!(planned.planned_state.get_attr(name), Some(&Value::Null));
    }
}

/// A state stored before `sensitive` existed (its JSON lacks `sensitive` and
/// `sensitive_content`) upgrades and plans no change.
#[tokio::test]
async fn a_state_from_before_sensitive_plans_no_change() {
    let Stored {
        _dir,
        mut tf,
        cfg,
        json,
        ..
    } = created_and_stored().await;
    let mut stored: serde_json::Value = serde_json::from_slice(&json).expect("json");
    let fields = stored.as_object_mut().expect("object");
    for name in ["sensitive", "sensitive_content"] {
        assert!(fields.remove(name).is_some(), "{name} is in the state");
    }
    let old = serde_json::to_vec(&stored).expect("json");
    let upgraded = tf.upgrade(TYPE, 0, &old).await.expect("upgrade");
    assert!(
        upgraded.diagnostics.is_empty(),
        "{:?}",
        upgraded.diagnostics
    );
    let read = tf.read(TYPE, &upgraded.state).await.expect("read");
    assert_eq!(read.state, upgraded.state);
    let again = tf.plan(TYPE, &upgraded.state, &cfg).await.expect("plan");
    assert_eq!(again.planned_state, upgraded.state, "no change");
}
