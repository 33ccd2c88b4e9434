//! Acceptance tests of the provider setting `content_in_state = false` under real Terraform,
//! 1.0.3 and a current 1.x: state keeps only hashes of the files, yet drift, deletion,
//! import and destroy behave as with the text kept, and switching the setting touches no file.
//!
//! They need the provider binary: `cargo build -p terraform-provider-devopsflow` first.

use std::collections::BTreeMap;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions, resource_change, sha256_hex,
    state_addresses, state_values,
};
use serde_json::Value;

const RULES_ADDR: &str = "devopsflow_alert_rules.api";
const RULES_PATH: &str = "monitoring/alerts/api.rules.yml";
const APP_ADDR: &str = "devopsflow_k8s_app.api";

/// An alert-rules configuration; `SETTING` is replaced by the provider's arguments.
const RULES_CONFIG: &str = r#"terraform {
  required_providers {
    devopsflow = {
      source = "devopsflow/devopsflow"
    }
  }
}

provider "devopsflow" {
  SETTING
}

resource "devopsflow_alert_rules" "api" {
  path    = "monitoring/alerts/api.rules.yml"
  group   = "api"
  job     = "api-service"
  presets = ["high_error_rate", "pod_down"]
}
"#;

/// The k8s-app example (several files), whose provider block is `provider "devopsflow" {}`.
const APP_EXAMPLE: &str = include_str!("../../examples/k8s-app/main.tf");

fn rules_config(setting: &str) -> String {
    RULES_CONFIG.replace("SETTING", setting)
}

fn app_config(setting: &str) -> String {
    const EMPTY: &str = "provider \"devopsflow\" {}";
    assert_eq!(APP_EXAMPLE.matches(EMPTY).count(), 1, "the example changed");
    APP_EXAMPLE.replace(
        EMPTY,
        &format!("provider \"devopsflow\" {{\n  {setting}\n}}"),
    )
}

fn workspace(tf: &Terraform, config: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(config);
    ws
}

/// The raw state file, as Terraform wrote it.
fn raw_state(ws: &Workspace) -> String {
    ws.read_file("terraform.tfstate")
}

fn values(tf: &Terraform, ws: &Workspace, addr: &str) -> Value {
    let state = ws.show_state_json();
    state_values(&state, addr)
        .unwrap_or_else(|| panic!("{tf}: {addr} not in state"))
        .clone()
}

/// `files_sha256` of a state or plan object, as path => hash.
fn hash_map(tf: &Terraform, object: &Value) -> BTreeMap<String, String> {
    object["files_sha256"]
        .as_object()
        .unwrap_or_else(|| panic!("{tf}: files_sha256 is not a map: {object:#}"))
        .iter()
        .map(|(path, hash)| (path.clone(), hash.as_str().unwrap_or_default().to_string()))
        .collect()
}

/// With `content_in_state = false` the rule file is written as usual while state keeps only
/// its hash; drift on disk and a deleted file still show in the plan, and apply repairs both.
#[test]
fn alert_rules_keep_only_the_hash() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, &rules_config("content_in_state = false"));
        ws.apply();
        let original = ws.read_file(RULES_PATH);
        assert!(
            original.contains("groups:"),
            "{tf}: a rule file:\n{original}"
        );

        let state = values(&tf, &ws, RULES_ADDR);
        assert!(
            state["content"].is_null(),
            "{tf}: content not kept: {state:#}"
        );
        assert_eq!(state["sha256"], sha256_hex(&original), "{tf}");
        assert!(
            !raw_state(&ws).contains("groups:"),
            "{tf}: the state file holds no file text"
        );
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");

        let edited = format!("{original}# edited by hand\n");
        ws.write_file(RULES_PATH, &edited);
        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, RULES_ADDR),
            ["update"],
            "{tf}: {plan:#}"
        );
        let change = &resource_change(&plan, RULES_ADDR)["change"];
        assert_eq!(
            change["before"]["sha256"],
            sha256_hex(&edited),
            "{tf}: before is the disk"
        );
        assert_eq!(
            change["after"]["sha256"],
            sha256_hex(&original),
            "{tf}: after is rendered"
        );
        assert!(change["after"]["content"].is_null(), "{tf}: {change:#}");
        ws.apply();
        assert_eq!(
            ws.read_file(RULES_PATH),
            original,
            "{tf}: apply restores the file"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after restoring");

        ws.remove_file(RULES_PATH);
        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, RULES_ADDR),
            ["create"],
            "{tf}: {plan:#}"
        );
        ws.apply();
        assert_eq!(
            ws.read_file(RULES_PATH),
            original,
            "{tf}: apply restores the file"
        );

        ws.destroy();
        assert!(!ws.exists(RULES_PATH), "{tf}: destroy removes the file");
        assert!(state_addresses(&ws.show_state_json()).is_empty(), "{tf}");
    }
}

/// A multi-file resource keeps `files_sha256` (path => hash) instead of `files`; an edit to
/// one file shows as a change of that file's hash only; destroy removes every file.
#[test]
fn k8s_app_keeps_only_the_hashes() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, &app_config("content_in_state = false"));
        ws.apply();
        let state = values(&tf, &ws, APP_ADDR);
        assert!(state["files"].is_null(), "{tf}: files not kept: {state:#}");
        let hashes = hash_map(&tf, &state);
        assert!(
            hashes.len() >= 5,
            "{tf}: the example renders several files: {hashes:?}"
        );
        for (path, hash) in &hashes {
            assert_eq!(
                hash,
                &sha256_hex(&ws.read_file(path)),
                "{tf}: hash of {path}"
            );
        }
        assert!(
            !raw_state(&ws).contains("apiVersion"),
            "{tf}: the state file holds no manifest"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");

        let edited_path = hashes
            .keys()
            .find(|path| path.ends_with("/service.yaml"))
            .unwrap_or_else(|| panic!("{tf}: no service.yaml in {hashes:?}"))
            .clone();
        let original = ws.read_file(&edited_path);
        ws.write_file(
            &edited_path,
            &original.replace("kind: Service", "kind: Service # hand"),
        );
        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, APP_ADDR),
            ["update"],
            "{tf}: {plan:#}"
        );
        let change = &resource_change(&plan, APP_ADDR)["change"];
        let before = hash_map(&tf, &change["before"]);
        let after = hash_map(&tf, &change["after"]);
        let changed: Vec<&String> = after
            .iter()
            .filter(|(path, hash)| before.get(*path) != Some(*hash))
            .map(|(path, _)| path)
            .collect();
        assert_eq!(
            changed,
            [&edited_path],
            "{tf}: only the edited file changes"
        );
        ws.apply();
        assert_eq!(
            ws.read_file(&edited_path),
            original,
            "{tf}: apply restores it"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after restoring");

        ws.destroy();
        for path in hashes.keys() {
            assert!(!ws.exists(path), "{tf}: destroy removes {path}");
        }
    }
}

/// Turning the setting off and on again plans no change and leaves the file as it was: the
/// refresh already records what the setting asks for, so only state changes.
#[test]
fn switching_the_setting_changes_only_the_state() {
    for tf in Terraform::all() {
        let ws = workspace(&tf, &rules_config("root_dir = \".\""));
        ws.apply();
        let text = ws.read_file(RULES_PATH);
        assert_eq!(
            values(&tf, &ws, RULES_ADDR)["content"],
            text.as_str(),
            "{tf}"
        );

        for (setting, kept) in [
            ("content_in_state = false", false),
            ("content_in_state = true", true),
        ] {
            ws.set_config(&rules_config(setting));
            assert_eq!(
                ws.plan_exitcode(true),
                0,
                "{tf}: {setting}: no change planned"
            );
            ws.apply();
            assert_eq!(
                ws.read_file(RULES_PATH),
                text,
                "{tf}: {setting}: file unchanged"
            );
            let state = values(&tf, &ws, RULES_ADDR);
            assert_eq!(state["sha256"], sha256_hex(&text), "{tf}: {setting}");
            if kept {
                assert_eq!(state["content"], text.as_str(), "{tf}: {setting}");
            } else {
                assert!(state["content"].is_null(), "{tf}: {setting}: {state:#}");
                assert!(
                    !raw_state(&ws).contains("groups:"),
                    "{tf}: {setting}: text dropped"
                );
            }
            assert_eq!(
                ws.plan_exitcode(false),
                0,
                "{tf}: {setting}: plan -refresh=false"
            );
        }
    }
}

/// `terraform import` with the setting off records the hash of the file as found.
#[test]
fn import_records_the_hash_of_the_file_found() {
    const HAND_WRITTEN: &str = "# written by hand\ngroups: []\n";
    for tf in Terraform::all() {
        let ws = workspace(&tf, &rules_config("content_in_state = false"));
        ws.write_file(RULES_PATH, HAND_WRITTEN);
        ws.import(RULES_ADDR, RULES_PATH);
        let state = values(&tf, &ws, RULES_ADDR);
        assert!(state["content"].is_null(), "{tf}: {state:#}");
        assert_eq!(state["sha256"], sha256_hex(HAND_WRITTEN), "{tf}: {state:#}");
        assert_eq!(
            ws.read_file(RULES_PATH),
            HAND_WRITTEN,
            "{tf}: import does not write"
        );

        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, RULES_ADDR),
            ["update"],
            "{tf}: {plan:#}"
        );
        ws.apply();
        assert_ne!(
            ws.read_file(RULES_PATH),
            HAND_WRITTEN,
            "{tf}: apply renders the rules"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}
