//! Ownership under real Terraform, 1.0.3 and a current 1.x: a resource owns exactly the
//! files it wrote. Import of a directory takes no hand-written file away, two resources on
//! one path fail the plan, renaming without `moved` loses no file, and the per-resource
//! settings (`file_permission`, `directory_permission`, `on_conflict`, `keep_on_destroy`,
//! `lifecycle_mode`) do what the docs say.
//!
//! They need the provider binary: `cargo build -p terraform-provider-devopsflow` first.

use devopsflow_e2e::{ProviderOverride, Terraform, Workspace, change_actions, state_values};

const HEADER: &str = r#"terraform {
  required_providers {
    devopsflow = {
      source = "devopsflow/devopsflow"
    }
  }
}

provider "devopsflow" {}
"#;

fn workspace(tf: &Terraform, body: &str) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(&format!("{HEADER}\n{body}"));
    ws
}

/// Replaces the configuration's resources, keeping the provider block.
fn reconfigure(ws: &Workspace, body: &str) {
    ws.set_config(&format!("{HEADER}\n{body}"));
}

const PIPELINE: &str = r#"
resource "devopsflow_pipeline" "p" {
  name     = "api"
  platform = "github_actions"
  language = "python"
  image    = "ghcr.io/acme/api"

  environment {
    name = "staging"
  }
}
"#;

fn rules(name: &str, path: &str, extra: &str) -> String {
    format!(
        r#"
resource "devopsflow_alert_rules" "{name}" {{
  path    = "{path}"
  group   = "{name}"
  job     = "api-service"
  presets = ["pod_down"]
  {extra}
}}
"#
    )
}

fn file_mode(ws: &Workspace, rel: &str) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(ws.path(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
        .permissions()
        .mode()
        & 0o7777
}

/// (1) `terraform import` of a directory holding a hand-written file: the plan says the
/// file is skipped, apply and destroy leave it as it was.
#[test]
fn import_of_a_directory_leaves_hand_written_files_alone() {
    const HAND: &str = "# written by hand\nname: release\non: push\n";
    for tf in Terraform::all() {
        let ws = workspace(&tf, PIPELINE);
        ws.apply();
        let rendered = ws.read_file(".github/workflows/api.yml");
        ws.remove_file("terraform.tfstate");
        ws.write_file(".github/workflows/release.yml", HAND);

        ws.import("devopsflow_pipeline.p", ".github/workflows");
        let state = ws.show_state_json();
        let values = state_values(&state, "devopsflow_pipeline.p").expect("imported");
        assert!(
            values["files"]
                .get(".github/workflows/release.yml")
                .is_some(),
            "{tf}: the directory's files are imported: {values:#}"
        );

        let plan = ws.run_ok(&["plan", "-no-color"]);
        assert!(
            plan.stdout.contains("left alone") && plan.stdout.contains("release.yml"),
            "{tf}: the plan names the skipped file:\n{}",
            plan.stdout
        );
        ws.apply();
        assert_eq!(ws.read_file(".github/workflows/release.yml"), HAND, "{tf}");
        assert_eq!(ws.read_file(".github/workflows/api.yml"), rendered, "{tf}");
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");

        ws.destroy();
        assert!(!ws.exists(".github/workflows/api.yml"), "{tf}");
        assert_eq!(ws.read_file(".github/workflows/release.yml"), HAND, "{tf}");

        // Imported files are recorded as not written by the resource.
        ws.remove_file("terraform.tfstate");
        ws.import("devopsflow_pipeline.p", ".github/workflows");
        let state = ws.show_state_json();
        let values = state_values(&state, "devopsflow_pipeline.p").expect("imported");
        assert_eq!(values["owned_sha256"], serde_json::json!({}), "{tf}");
    }
}

/// (1b) The same with `devopsflow_k8s_app` and a README in its directory.
#[test]
fn import_of_a_k8s_directory_keeps_its_readme() {
    const APP: &str = r#"
resource "devopsflow_k8s_app" "app" {
  name      = "api"
  namespace = "prod"
  image     = "ghcr.io/acme/api:1.0.0"
}
"#;
    const README: &str = "# api manifests\n";
    for tf in Terraform::all() {
        let ws = workspace(&tf, APP);
        ws.apply();
        ws.remove_file("terraform.tfstate");
        ws.write_file("k8s/api/README.md", README);
        ws.import("devopsflow_k8s_app.app", "k8s/api");
        ws.apply();
        assert_eq!(ws.read_file("k8s/api/README.md"), README, "{tf}");
        ws.destroy();
        assert_eq!(ws.read_file("k8s/api/README.md"), README, "{tf}");
        assert!(!ws.exists("k8s/api/deployment.yaml"), "{tf}");
    }
}

/// (2) Two resources that render the same path fail the plan, naming the path, and
/// nothing is written.
#[test]
fn two_resources_on_one_path_fail_the_plan() {
    let apps = r#"
resource "devopsflow_k8s_app" "staging" {
  name      = "api"
  namespace = "staging"
  image     = "ghcr.io/acme/api:1.0.0"
}

resource "devopsflow_k8s_app" "prod" {
  name      = "api"
  namespace = "prod"
  image     = "ghcr.io/acme/api:1.0.0"
}
"#;
    let two_rules = format!(
        "{}{}",
        rules("one", "alerts/shared.yml", ""),
        rules("two", "alerts/shared.yml", "")
    );
    for tf in Terraform::all() {
        for (body, path) in [
            (apps, "k8s/api/"),
            (two_rules.as_str(), "alerts/shared.yml"),
        ] {
            let ws = workspace(&tf, body);
            let stderr = ws.plan_expect_error();
            assert!(
                stderr.contains("Two resources write the same file") && stderr.contains(path),
                "{tf}: {stderr}"
            );
            let stderr = ws.apply_expect_error();
            assert!(stderr.contains(path), "{tf}: {stderr}");
            assert!(
                !ws.exists(path.trim_end_matches('/')),
                "{tf}: nothing written"
            );
        }
    }
}

/// (2b) Delete removes a file only while it holds what the resource wrote: a second
/// state that overwrote the file (on_conflict = "adopt") keeps it when the first is
/// destroyed.
#[test]
fn destroy_keeps_a_file_another_resource_rewrote() {
    for tf in Terraform::all() {
        let first = workspace(&tf, &rules("one", "alerts/shared.yml", ""));
        first.apply();
        let second = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        let config = format!(
            "{HEADER}\nprovider \"devopsflow\" {{\n  alias = \"other\"\n  root_dir = {:?}\n}}\n{}",
            first.dir().display().to_string(),
            rules(
                "two",
                "alerts/shared.yml",
                "on_conflict = \"adopt\"\n  provider = devopsflow.other"
            )
        );
        second.set_config(&config);
        second.apply();
        let theirs = first.read_file("alerts/shared.yml");
        assert!(theirs.contains("two"), "{tf}: {theirs}");

        let out = first.destroy();
        assert!(
            out.stdout.contains("File left on disk") || out.stderr.contains("File left on disk"),
            "{tf}: {}{}",
            out.stdout,
            out.stderr
        );
        assert_eq!(first.read_file("alerts/shared.yml"), theirs, "{tf}");
    }
}

/// (3) Renaming resources without `moved`: Terraform creates the new ones and destroys
/// the old ones in parallel, on the same paths; every file must survive every rename.
#[test]
fn renaming_without_moved_loses_no_file() {
    const COUNT: usize = 25;
    const RENAMES: usize = 4;
    let body = |name: &str| {
        format!(
            r#"
resource "devopsflow_alert_rules" "{name}" {{
  count   = {COUNT}
  path    = "alerts/r${{count.index}}.yml"
  group   = "g${{count.index}}"
  job     = "api-service"
  presets = ["pod_down"]
}}
"#
        )
    };
    let mut lost = Vec::new();
    let mut renamed = 0;
    for tf in Terraform::all() {
        let ws = workspace(&tf, &body("a"));
        ws.apply();
        for round in 0..RENAMES {
            reconfigure(&ws, &body(if round % 2 == 0 { "b" } else { "a" }));
            ws.apply();
            renamed += COUNT;
            let before = lost.len();
            lost.extend(
                (0..COUNT)
                    .map(|i| format!("alerts/r{i}.yml"))
                    .filter(|rel| !ws.exists(rel))
                    .map(|rel| format!("{tf}: round {round}: {rel}")),
            );
            if lost.len() > before {
                // Put the lost files back (a refresh sees them missing) so later rounds
                // count anew.
                ws.apply();
            }
        }
    }
    eprintln!(
        "renames: {} of {renamed} kept their file",
        renamed - lost.len()
    );
    assert!(lost.is_empty(), "files lost: {lost:?}");
}

/// Destroy removes the directories the resource created once empty, and no other.
#[test]
fn destroy_removes_only_the_directories_it_created() {
    for tf in Terraform::all() {
        let ws = workspace(
            &tf,
            &format!(
                "{}{}",
                rules("made", "made/deep/a.yml", ""),
                rules("there", "existing/b.yml", "")
            ),
        );
        std::fs::create_dir(ws.path("existing")).expect("a directory of the user's");
        ws.apply();
        ws.destroy();
        assert!(
            !ws.exists("made"),
            "{tf}: the directories it created are gone"
        );
        assert!(
            ws.exists("existing"),
            "{tf}: a directory it did not create stays"
        );
    }
}

/// Modes are exact, a changed mode is drift, on_conflict = "error" refuses a foreign
/// file, keep_on_destroy keeps the files, and destroy removes only the directories the
/// resource created.
#[test]
fn settings_modes_conflicts_keep_and_directories() {
    for tf in Terraform::all() {
        let ws = workspace(
            &tf,
            &format!(
                "{}{}",
                rules(
                    "secret",
                    "private/deep/a.yml",
                    "file_permission = \"0600\"\n  directory_permission = \"0700\""
                ),
                rules("kept", "existing/b.yml", "keep_on_destroy = true")
            ),
        );
        std::fs::create_dir(ws.path("existing")).expect("a directory of the user's");
        std::fs::create_dir(ws.path("existing/empty")).expect("an empty one");
        ws.apply();
        assert_eq!(file_mode(&ws, "private/deep/a.yml"), 0o600, "{tf}");
        assert_eq!(file_mode(&ws, "private/deep"), 0o700, "{tf}");
        assert_eq!(file_mode(&ws, "private"), 0o700, "{tf}");

        // A mode changed on disk, of the file or of a directory it created, is drift
        // that apply repairs.
        for (rel, mode) in [("private/deep/a.yml", 0o600), ("private/deep", 0o700)] {
            std::fs::set_permissions(
                ws.path(rel),
                std::os::unix::fs::PermissionsExt::from_mode(0o755),
            )
            .expect("chmod");
            let plan = ws.plan_json();
            assert_eq!(
                change_actions(&plan, "devopsflow_alert_rules.secret"),
                ["update"],
                "{tf}: a changed mode of {rel} is drift"
            );
            ws.apply();
            assert_eq!(file_mode(&ws, rel), mode, "{tf}: {rel}");
        }

        ws.destroy();
        assert!(
            !ws.exists("private"),
            "{tf}: the directories it created are gone"
        );
        assert!(ws.exists("existing/b.yml"), "{tf}: keep_on_destroy");
        assert!(
            ws.exists("existing/empty"),
            "{tf}: a directory it did not create"
        );

        let strict = workspace(
            &tf,
            &rules("strict", "taken.yml", "on_conflict = \"error\""),
        );
        strict.write_file("taken.yml", "mine\n");
        let stderr = strict.plan_expect_error();
        assert!(stderr.contains("on_conflict"), "{tf}: {stderr}");
        assert_eq!(strict.read_file("taken.yml"), "mine\n", "{tf}");

        let bad = workspace(
            &tf,
            &rules(
                "bad",
                "x.yml",
                "file_permission = \"rw-r--r--\"\n  lifecycle_mode = \"once\"",
            ),
        );
        let stderr = bad.plan_expect_error();
        assert!(
            stderr.contains("file_permission") && stderr.contains("lifecycle_mode"),
            "{tf}: {stderr}"
        );
    }
}

/// `lifecycle_mode = "scaffold"`: written once; later edits are not drift and survive
/// destroy; a deleted file is written again.
#[test]
fn scaffold_writes_once() {
    for tf in Terraform::all() {
        let ws = workspace(
            &tf,
            &rules("s", "scaffold.yml", "lifecycle_mode = \"scaffold\""),
        );
        ws.apply();
        assert!(
            ws.read_file("scaffold.yml")
                .contains("edits made here are kept"),
            "{tf}: the header says so"
        );
        ws.write_file("scaffold.yml", "# mine now\n");
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: an edit is not drift");
        ws.apply();
        assert_eq!(ws.read_file("scaffold.yml"), "# mine now\n", "{tf}");
        ws.destroy();
        assert_eq!(ws.read_file("scaffold.yml"), "# mine now\n", "{tf}");
    }
}

/// Import IDs may name paths holding commas.
#[test]
fn import_ids_may_hold_commas() {
    const PATH: &str = "alerts/a,b.yml";
    for tf in Terraform::all() {
        let ws = workspace(&tf, &rules("c", PATH, ""));
        ws.write_file(PATH, "groups: []\n");
        ws.import("devopsflow_alert_rules.c", PATH);
        let state = ws.show_state_json();
        let values = state_values(&state, "devopsflow_alert_rules.c").expect("imported");
        assert_eq!(values["path"], PATH, "{tf}");
        ws.apply();
        assert!(ws.read_file(PATH).contains("groups:"), "{tf}");
    }
}

/// Temporary files an interrupted write left next to a file are removed when it is next
/// written.
#[test]
fn stale_temporary_files_are_removed() {
    const STALE: &str = "alerts/.a.yml.x1y2z3.devopsflow.tmp";
    for tf in Terraform::all() {
        let ws = workspace(&tf, &rules("t", "alerts/a.yml", ""));
        ws.write_file(STALE, "half");
        ws.write_file("alerts/.other.yml.x1y2z3.devopsflow.tmp", "not ours");
        ws.apply();
        assert!(
            !ws.exists(STALE),
            "{tf}: the stale temporary file is removed"
        );
        assert!(ws.exists("alerts/.other.yml.x1y2z3.devopsflow.tmp"), "{tf}");
    }
}

/// A `root_dir` that is a file, or that starts with `~` (never expanded), fails the plan
/// with a diagnostic on root_dir; so does an artifact path starting with `~`.
#[test]
fn root_dir_must_be_a_directory_and_tilde_is_not_expanded() {
    for tf in Terraform::all() {
        for (root, needle) in [("a-file", "is not a directory"), ("~/x", "pathexpand")] {
            let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
            ws.write_file("a-file", "not a directory\n");
            ws.set_config(&format!(
                "{}\n{}",
                HEADER.replace(
                    "provider \"devopsflow\" {}",
                    &format!("provider \"devopsflow\" {{\n  root_dir = {root:?}\n}}")
                ),
                rules("r", "x.yml", "")
            ));
            let stderr = ws.plan_expect_error();
            assert!(
                stderr.contains("root_dir") && stderr.contains(needle),
                "{tf}: {root}: {stderr}"
            );
            assert!(!ws.exists("~"), "{tf}: no directory named ~");
        }
        let ws = workspace(&tf, &rules("r", "~/x.yml", ""));
        let stderr = ws.plan_expect_error();
        assert!(stderr.contains("does not expand"), "{tf}: {stderr}");
    }
}

/// Changing the provider's `root_dir` moves the files: the plan shows an update, apply
/// writes them under the new root and removes them (and the directories it created) from
/// the old one, leaving other files there alone.
#[test]
fn a_changed_root_dir_moves_the_files() {
    let config = |root: &str| {
        format!(
            "{}\n{}",
            HEADER.replace(
                "provider \"devopsflow\" {}",
                &format!("provider \"devopsflow\" {{\n  root_dir = {root:?}\n}}")
            ),
            rules("r", "alerts/a.yml", "")
        )
    };
    for tf in Terraform::all() {
        let ws = Workspace::new(&tf, &[ProviderOverride::devopsflow()]);
        ws.set_config(&config("one"));
        ws.apply();
        let text = ws.read_file("one/alerts/a.yml");
        ws.write_file("one/notes.txt", "mine\n");

        ws.set_config(&config("two"));
        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, "devopsflow_alert_rules.r"),
            ["update"],
            "{tf}"
        );
        ws.apply();
        assert_eq!(ws.read_file("two/alerts/a.yml"), text, "{tf}");
        assert!(
            !ws.exists("one/alerts"),
            "{tf}: the old files and directory are gone"
        );
        assert_eq!(ws.read_file("one/notes.txt"), "mine\n", "{tf}");
        assert_eq!(
            ws.plan_exitcode(true),
            0,
            "{tf}: nothing to do after the move"
        );
    }
}

/// When a path is only known at apply (it depends on another resource), two resources on
/// it are caught then: one write fails and the file holds the other's text, whole.
#[test]
fn a_path_known_only_at_apply_is_still_written_once() {
    let config = format!(
        r#"terraform {{
  required_providers {{
    devopsflow = {{
      source = "devopsflow/devopsflow"
    }}
    null = {{
      source = "hashicorp/null"
    }}
  }}
}}

resource "null_resource" "later" {{}}
{}{}"#,
        rules("known", "alerts/same.yml", ""),
        rules(
            "late",
            r#"alerts/${null_resource.later.id == "" ? "x" : "same"}.yml"#,
            ""
        )
    );
    for tf in Terraform::all() {
        let ws = Workspace::new(
            &tf,
            &[ProviderOverride::devopsflow(), ProviderOverride::null()],
        );
        ws.set_config(&config);
        let stderr = ws.apply_expect_error();
        assert!(
            stderr.contains("Two resources write the same file")
                && stderr.contains("alerts/same.yml"),
            "{tf}: {stderr}"
        );
        let text = ws.read_file("alerts/same.yml");
        assert!(
            text.contains("name: known") ^ text.contains("name: late"),
            "{tf}: one resource's text, whole:\n{text}"
        );
    }
}
