//! Acceptance tests of `devopsflow_alert_rules` under real Terraform, 1.0.3 and a current 1.x.
//!
//! They need the provider binary: `cargo build -p terraform-provider-devopsflow` first.
//! Each test runs its scenario once per Terraform in [`Terraform::all`], each time in a fresh
//! workspace whose `root_dir` is Terraform's working directory.

use std::path::Path;
use std::process::Command;

use devopsflow_e2e::{
    ProviderOverride, Terraform, Workspace, change_actions,
    markdownlint::assert_markdownlint_clean, repo_root, require_on_path, resource_change,
    sha256_hex, state_addresses, state_values,
};

const ADDR: &str = "devopsflow_alert_rules.api";
const PATH: &str = "monitoring/alerts/api.rules.yml";

/// The configuration of the resource's documentation example.
const EXAMPLE: &str = r#"terraform {
  required_providers {
    devopsflow = {
      source = "devopsflow/devopsflow"
    }
  }
}

provider "devopsflow" {
  root_dir = "."
}

resource "devopsflow_alert_rules" "api" {
  path     = "monitoring/alerts/api.rules.yml"
  group    = "api"
  interval = "30s"
  job      = "api-service"
  presets  = ["high_error_rate", "high_latency", "pod_down"]

  slo {
    objective = 99.9
    window    = "30d"
  }

  rule {
    alert       = "QueueBacklog"
    expr        = "sum(queue_depth{job=\"api-service\"}) > 100"
    for         = "10m"
    severity    = "warning"
    summary     = "Queue backlog"
    description = "Depth is {{ $value }}"
    runbook_url = "https://runbooks.example.com/queue"
    labels = {
      team = "payments"
    }
  }
}
"#;

/// [`EXAMPLE`] with `from` replaced by `to`; `from` must occur exactly once.
fn example_with(from: &str, to: &str) -> String {
    assert_eq!(
        EXAMPLE.matches(from).count(),
        1,
        "{from:?} must occur once in the example"
    );
    EXAMPLE.replace(from, to)
}

/// The 1-based number of the one line of `config` that contains `needle`.
fn line_of(config: &str, needle: &str) -> usize {
    let lines: Vec<usize> = config
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains(needle))
        .map(|(index, _)| index + 1)
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "{needle:?} must be on exactly one line of the config"
    );
    lines[0]
}

/// A workspace with the provider binary and the example configuration.
fn example_workspace(tf: &Terraform) -> Workspace {
    let ws = Workspace::new(tf, &[ProviderOverride::devopsflow()]);
    ws.set_config(EXAMPLE);
    ws
}

/// `promtool check rules FILE` must succeed.
fn assert_promtool_accepts(file: &Path) {
    let output = Command::new(require_on_path("promtool"))
        .args(["check", "rules"])
        .arg(file)
        .output()
        .expect("run promtool");
    assert!(
        output.status.success(),
        "promtool check rules {} failed:\n{}{}\n----- file -----\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
        std::fs::read_to_string(file).unwrap_or_default()
    );
}

/// The applied example, checked as a Prometheus rule file and against the state.
fn assert_rule_file(tf: &Terraform, ws: &Workspace) -> String {
    assert!(ws.exists(PATH), "{tf}: {PATH} was not written");
    let content = ws.read_file(PATH);
    assert!(
        content
            .lines()
            .next()
            .is_some_and(|line| line.starts_with('#')),
        "{tf}: the file starts with a header comment:\n{content}"
    );
    assert!(
        content.lines().any(|line| line.trim_end() == "groups:"),
        "{tf}: the file has a `groups:` body:\n{content}"
    );
    assert!(
        content.contains("QueueBacklog"),
        "{tf}: the custom rule is in the file:\n{content}"
    );
    assert_promtool_accepts(&ws.path(PATH));

    let state = ws.show_state_json();
    let values = state_values(&state, ADDR).unwrap_or_else(|| panic!("{tf}: {ADDR} not in state"));
    assert_eq!(values["path"], PATH, "{tf}");
    assert_eq!(values["id"], PATH, "{tf}: id is the path");
    assert_eq!(
        values["content"],
        content.as_str(),
        "{tf}: content in state is the file"
    );
    // With runbooks, sha256 covers every file (path and text, in path order).
    let mut files = vec![(PATH.to_string(), content.clone())];
    if let Some(extra) = values["extra_files_sha256"].as_object() {
        for (rel, hash) in extra {
            let text = ws.read_file(rel);
            assert_eq!(hash, &sha256_hex(&text), "{tf}: extra_files_sha256[{rel}]");
            files.push((rel.clone(), text));
        }
    }
    files.sort();
    let expected = match files.as_slice() {
        [(_, text)] => sha256_hex(text),
        files => sha256_hex(
            &files
                .iter()
                .map(|(p, t)| format!("{p}\0{t}\0"))
                .collect::<String>(),
        ),
    };
    assert_eq!(values["sha256"], expected, "{tf}: sha256 of the files");
    content
}

/// One diagnostic the provider must report for an invalid argument.
struct ExpectedDiagnostic<'a> {
    /// The attribute path as the provider names it, such as `rule[0].expr`.
    attribute: &'a str,
    /// The line of `main.tf` holding that attribute (Terraform prints `on main.tf line N`
    /// when the diagnostic carries the attribute path).
    line: usize,
    /// Words of which the diagnostic's summary must contain one (case-insensitive).
    summary_words: &'a [&'a str],
}

/// Plans `config` (after checking that the valid example plans) and checks that the plan
/// fails with an error that names the attribute and has a fitting summary.
fn assert_plan_rejects(config: &str, expected: &ExpectedDiagnostic<'_>) {
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        assert_eq!(
            ws.plan_exitcode(true),
            2,
            "{tf}: the valid example plans a create"
        );

        ws.set_config(config);
        let stderr = ws.plan_expect_error();
        let location = format!("on main.tf line {}", expected.line);
        // Each "Error: " starts one diagnostic: its summary, then location, source and detail.
        let found = stderr.split("Error: ").skip(1).any(|diagnostic| {
            let summary = diagnostic.lines().next().unwrap_or_default().to_lowercase();
            let names_attribute =
                diagnostic.contains(&location) || diagnostic.contains(expected.attribute);
            let fitting_summary = expected
                .summary_words
                .iter()
                .any(|word| summary.contains(word));
            names_attribute && fitting_summary
        });
        assert!(
            found,
            "{tf}: expected an error naming `{}` (or `{location}`) with a summary containing one \
             of {:?}; stderr was:\n{stderr}",
            expected.attribute, expected.summary_words
        );
        assert!(
            state_addresses(&ws.show_state_json()).is_empty(),
            "{tf}: nothing applied"
        );
    }
}

/// (1) Applying the example writes a valid Prometheus rule file and records it in state.
#[test]
fn apply_writes_the_rule_file() {
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.apply();
        assert_rule_file(&tf, &ws);
    }
}

/// (1) The same for the documented example, `examples/alert-rules/main.tf`, as it is.
#[test]
fn the_documented_example_applies() {
    let example = repo_root().join("examples/alert-rules/main.tf");
    let config = std::fs::read_to_string(&example)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", example.display()));
    for tf in Terraform::all() {
        apply_with_empty_second_plan(&tf, &config);
    }
}

/// Applies `config`, checks the rule file ([`assert_rule_file`]) and that the next plan
/// is empty; returns the file's content.
fn apply_with_empty_second_plan(tf: &Terraform, config: &str) -> String {
    let ws = example_workspace(tf);
    ws.set_config(config);
    ws.apply();
    let content = assert_rule_file(tf, &ws);
    assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    content
}

/// (1b) The `metrics` block renames the metrics and labels the presets and SLO read; the
/// file still passes promtool and the second plan is empty.
#[test]
fn metrics_block_renames_metrics() {
    let config = example_with(
        "  slo {",
        "  metrics {\n    requests_total    = \"api_calls_total\"\n    status_labels     = [\"response_code\"]\n    latency_histogram = \"api_call_seconds_bucket\"\n  }\n\n  slo {",
    );
    for tf in Terraform::all() {
        let content = apply_with_empty_second_plan(&tf, &config);
        for name in [
            "api_calls_total{job=\"api-service\", response_code=~\"5..\"}",
            "api_call_seconds_bucket{job=\"api-service\"}",
            "alert: JobAbsent",
        ] {
            assert!(content.contains(name), "{tf}: {name} in:\n{content}");
        }
        assert!(
            !content.contains("http_requests_total"),
            "{tf}: the default counter is gone:\n{content}"
        );
    }
}

/// (7) A status label that is not a label name fails the plan at its path.
#[test]
fn bad_status_label_fails_the_plan() {
    let config = example_with(
        "  slo {",
        "  metrics {\n    status_labels = [\"status-code\"]\n  }\n\n  slo {",
    );
    assert_plan_rejects(
        &config,
        &ExpectedDiagnostic {
            attribute: "metrics.status_labels[0]",
            line: line_of(&config, "status_labels"),
            summary_words: &["label"],
        },
    );
}

/// (2) After apply, plans are empty, without and with refresh.
#[test]
fn plan_is_empty_after_apply() {
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.apply();
        assert_eq!(
            ws.plan_exitcode(false),
            0,
            "{tf}: plan -refresh=false after apply"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}

/// (3) A file edited on disk is planned as an in-place update of `content`; apply restores it.
#[test]
fn an_edited_file_is_an_in_place_update() {
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.apply();
        let original = ws.read_file(PATH);
        let edited = format!("{original}# edited by hand\n");
        ws.write_file(PATH, &edited);

        assert_eq!(ws.plan_exitcode(true), 2, "{tf}: drift is a change");
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["update"], "{tf}: {plan:#}");
        let change = &resource_change(&plan, ADDR)["change"];
        assert_eq!(
            change["before"]["content"],
            edited.as_str(),
            "{tf}: before is the disk"
        );
        assert_eq!(
            change["after"]["content"],
            original.as_str(),
            "{tf}: after is rendered"
        );

        ws.apply();
        assert_eq!(
            ws.read_file(PATH),
            original,
            "{tf}: apply restores the file"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after restoring");
    }
}

/// (4) A deleted file shows as a create; apply restores it.
#[test]
fn a_deleted_file_is_planned_as_a_create() {
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.apply();
        let original = ws.read_file(PATH);
        ws.remove_file(PATH);

        assert_eq!(
            ws.plan_exitcode(true),
            2,
            "{tf}: a deleted file is a change"
        );
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["create"], "{tf}: {plan:#}");

        ws.apply();
        assert_eq!(
            ws.read_file(PATH),
            original,
            "{tf}: apply restores the file"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after restoring");
    }
}

/// (5) `terraform import` into an empty state adopts an existing file as it is on disk.
#[test]
fn import_adopts_an_existing_file() {
    const HAND_WRITTEN: &str = "# written by hand\ngroups: []\n";
    for tf in Terraform::all() {
        let reference = example_workspace(&tf);
        reference.apply();
        let rendered = reference.read_file(PATH);

        let ws = example_workspace(&tf);
        ws.write_file(PATH, HAND_WRITTEN);
        assert!(
            state_addresses(&ws.show_state_json()).is_empty(),
            "{tf}: empty state"
        );
        ws.import(ADDR, PATH);

        let state = ws.show_state_json();
        let values = state_values(&state, ADDR).unwrap_or_else(|| panic!("{tf}: not imported"));
        assert_eq!(values["path"], PATH, "{tf}: {values:#}");
        assert_eq!(values["id"], PATH, "{tf}: {values:#}");
        assert_eq!(
            values["content"], HAND_WRITTEN,
            "{tf}: content is read from disk"
        );
        assert_eq!(
            ws.read_file(PATH),
            HAND_WRITTEN,
            "{tf}: import does not write"
        );

        let plan = ws.plan_json();
        assert_eq!(
            change_actions(&plan, ADDR),
            ["update"],
            "{tf}: adopted, then updated"
        );
        let change = &resource_change(&plan, ADDR)["change"];
        assert_eq!(change["after"]["content"], rendered.as_str(), "{tf}");

        ws.apply();
        assert_eq!(ws.read_file(PATH), rendered, "{tf}");
        assert_eq!(
            ws.plan_exitcode(true),
            0,
            "{tf}: plan after apply of the import"
        );
    }
}

/// (6) Destroy removes the rule file and leaves every other file alone.
#[test]
fn destroy_removes_only_the_rule_file() {
    const OTHERS: [(&str, &str); 3] = [
        ("monitoring/alerts/other.rules.yml", "groups: []\n"),
        ("monitoring/README.md", "hand-written\n"),
        ("notes.txt", "keep me\n"),
    ];
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.apply();
        for (rel, text) in OTHERS {
            ws.write_file(rel, text);
        }

        ws.destroy();
        assert!(!ws.exists(PATH), "{tf}: destroy removes {PATH}");
        for (rel, text) in OTHERS {
            assert_eq!(ws.read_file(rel), text, "{tf}: destroy leaves {rel} alone");
        }
        assert!(ws.exists("main.tf"), "{tf}");
        assert!(
            state_addresses(&ws.show_state_json()).is_empty(),
            "{tf}: state after destroy"
        );
    }
}

/// (7a) An expression that is not valid PromQL fails the plan at `rule[0].expr`.
#[test]
fn invalid_promql_fails_the_plan() {
    let config = example_with(
        r#""sum(queue_depth{job=\"api-service\"}) > 100""#,
        r#""sum(rate(x[5m])""#,
    );
    assert_plan_rejects(
        &config,
        &ExpectedDiagnostic {
            attribute: "rule[0].expr",
            line: line_of(&config, "expr "),
            summary_words: &["promql", "expr", "query"],
        },
    );
}

/// (7a') A broken annotation template (`{{ $value `), which promtool rejects, fails the
/// plan at `rule[0].description` (it passed the plan before).
#[test]
fn broken_annotation_template_fails_the_plan() {
    let config = example_with(r#""Depth is {{ $value }}""#, r#""Depth is {{ $value ""#);
    assert_plan_rejects(
        &config,
        &ExpectedDiagnostic {
            attribute: "rule[0].description",
            line: line_of(&config, "description "),
            summary_words: &["template"],
        },
    );
}

/// (7b) An unknown preset fails the plan at `presets`.
#[test]
fn unknown_preset_fails_the_plan() {
    let config = example_with(r#""high_latency""#, r#""no_such_preset""#);
    assert_plan_rejects(
        &config,
        &ExpectedDiagnostic {
            attribute: "presets",
            line: line_of(&config, "presets "),
            summary_words: &["preset"],
        },
    );
}

/// (7c) A path that escapes `root_dir` fails the plan at `path`.
#[test]
fn escaping_path_fails_the_plan() {
    let config = example_with(PATH, "../../etc/x");
    assert_plan_rejects(
        &config,
        &ExpectedDiagnostic {
            attribute: "path",
            line: line_of(&config, "path "),
            summary_words: &["path"],
        },
    );
}

/// (7d) An absolute path fails the plan at `path`.
#[test]
fn absolute_path_fails_the_plan() {
    let config = example_with(PATH, "/tmp/devopsflow-e2e-absolute.rules.yml");
    assert_plan_rejects(
        &config,
        &ExpectedDiagnostic {
            attribute: "path",
            line: line_of(&config, "path "),
            summary_words: &["path"],
        },
    );
}

/// (8a) A change to `group` is an in-place update.
#[test]
fn a_changed_group_is_an_in_place_update() {
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.apply();

        ws.set_config(&example_with(
            r#"group    = "api""#,
            r#"group    = "api-v2""#,
        ));
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["update"], "{tf}: {plan:#}");
        let after = &resource_change(&plan, ADDR)["change"]["after"];
        assert!(
            after["content"]
                .as_str()
                .is_some_and(|content| content.contains("api-v2")),
            "{tf}: the planned content has the new group: {after:#}"
        );

        ws.apply();
        assert!(ws.read_file(PATH).contains("api-v2"), "{tf}");
        assert_promtool_accepts(&ws.path(PATH));
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}");
    }
}

/// (8b) A change to `path` replaces the resource: the new file is written, the old one removed.
#[test]
fn a_changed_path_is_a_replacement() {
    const NEW_PATH: &str = "monitoring/alerts/api-v2.rules.yml";
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.apply();

        ws.set_config(&example_with(PATH, NEW_PATH));
        let plan = ws.plan_json();
        let mut actions = change_actions(&plan, ADDR);
        actions.sort();
        assert_eq!(
            actions,
            ["create", "delete"],
            "{tf}: a replacement: {plan:#}"
        );
        // Terraform 1.2 and later say why.
        if let Some(paths) = resource_change(&plan, ADDR)["change"].get("replace_paths") {
            assert_eq!(paths, &serde_json::json!([["path"]]), "{tf}");
        }

        ws.apply();
        assert!(!ws.exists(PATH), "{tf}: the old file is removed");
        assert!(ws.exists(NEW_PATH), "{tf}: the new file is written");
        assert_promtool_accepts(&ws.path(NEW_PATH));
        let state = ws.show_state_json();
        assert_eq!(
            state_values(&state, ADDR).map(|v| &v["id"]),
            Some(&NEW_PATH.into()),
            "{tf}"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}");
    }
}

/// (9) A file the resource has not written, already at its path, is overwritten only after the
/// plan has warned about it, naming the file and the `path` argument.
#[test]
fn the_plan_warns_before_overwriting_a_file_it_did_not_write() {
    const HAND_WRITTEN: &str = "# written by hand\ngroups: []\n";
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.write_file(PATH, HAND_WRITTEN);

        let plan = ws.run_ok(&["plan", "-input=false", "-no-color"]);
        let shown = format!("{}{}", plan.stdout, plan.stderr);
        let warning = shown
            .split("Warning: ")
            .find(|w| w.starts_with("Apply will overwrite an existing file"))
            .unwrap_or_else(|| panic!("{tf}: no overwrite warning in:\n{plan}"));
        assert!(warning.contains(PATH), "{tf}: names the file:\n{warning}");
        assert!(
            warning.contains(&format!("on main.tf line {}", line_of(EXAMPLE, "path "))),
            "{tf}: points at `path`:\n{warning}"
        );
        assert_eq!(
            ws.read_file(PATH),
            HAND_WRITTEN,
            "{tf}: plan writes nothing"
        );

        ws.apply();
        assert_rule_file(&tf, &ws);
        let plan = ws.run_ok(&["plan", "-input=false", "-no-color"]);
        assert!(
            !format!("{}{}", plan.stdout, plan.stderr).contains("Warning: Apply will overwrite"),
            "{tf}: no warning once the resource wrote the file:\n{plan}"
        );
    }
}

/// (9) `runbook_dir`: one runbook per alert, markdownlint clean and linked from each
/// alert's `runbook_url`; an empty second plan; a deleted runbook is an update that the
/// next apply restores; destroy removes the runbooks and their directory.
#[test]
fn runbooks_are_written_checked_and_removed_with_the_rules() {
    const RUNBOOKS: [&str; 8] = [
        "error-budget-burn-fast.md",
        "error-budget-burn-slow.md",
        "high-error-rate.md",
        "high-latency.md",
        "job-absent.md",
        "pod-crash-looping.md",
        "pod-down.md",
        "queue-backlog.md",
    ];
    let config = example_with(
        "  presets  = [",
        "  runbook_dir = \"../runbooks\"\n  presets  = [",
    );
    let paths: Vec<String> = RUNBOOKS
        .iter()
        .map(|name| format!("monitoring/runbooks/{name}"))
        .collect();
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.set_config(&config);
        ws.apply();
        let rules = assert_rule_file(&tf, &ws);
        let on_disk: Vec<String> = std::fs::read_dir(ws.path("monitoring/runbooks"))
            .expect("runbook directory")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(on_disk, RUNBOOKS, "{tf}: one runbook per alert");
        let state = ws.show_state_json();
        let values = state_values(&state, ADDR).expect("in state");
        let recorded: Vec<&String> = values["extra_files_sha256"]
            .as_object()
            .expect("extra_files_sha256")
            .keys()
            .collect();
        assert_eq!(recorded, paths.iter().collect::<Vec<_>>(), "{tf}");
        assert!(
            rules.contains("runbook_url: ../runbooks/pod-down.md\n"),
            "{tf}: runbook_url is the path from the rule file:\n{rules}"
        );
        assert!(
            rules.contains("runbook_url: https://runbooks.example.com/queue\n"),
            "{tf}: a rule's own runbook_url wins:\n{rules}"
        );
        for path in &paths {
            let text = ws.read_file(path);
            for section in [
                "## Meaning",
                "## Impact",
                "## Diagnosis",
                "## Mitigation",
                "## Escalation",
            ] {
                assert!(
                    text.contains(section),
                    "{tf}: {path} has {section}:\n{text}"
                );
            }
        }
        assert_markdownlint_clean(ws.dir(), &paths);
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");

        let deleted = "monitoring/runbooks/pod-down.md";
        let original = ws.read_file(deleted);
        ws.remove_file(deleted);
        assert_eq!(
            ws.plan_exitcode(true),
            2,
            "{tf}: a deleted runbook is a change"
        );
        let plan = ws.plan_json();
        assert_eq!(change_actions(&plan, ADDR), ["update"], "{tf}: {plan:#}");
        ws.apply();
        assert_eq!(
            ws.read_file(deleted),
            original,
            "{tf}: apply restores the runbook"
        );
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after restoring");

        ws.destroy();
        assert!(!ws.exists(PATH), "{tf}: destroy removes {PATH}");
        for path in &paths {
            assert!(!ws.exists(path), "{tf}: destroy removes {path}");
        }
        assert!(
            !ws.exists("monitoring/runbooks"),
            "{tf}: and the runbook directory"
        );
    }
}

/// (9b) With the provider's `content_in_state = false`, and with `sensitive = true`, state
/// keeps only the runbooks' hashes; a deleted runbook is still an update apply restores.
#[test]
fn runbooks_without_text_in_state_are_still_restored() {
    let config = example_with(
        "  presets  = [",
        "  runbook_dir = \"runbooks\"\n  presets  = [",
    );
    let runbook = "monitoring/alerts/runbooks/job-absent.md";
    for (from, to) in [
        (
            "root_dir = \".\"",
            "root_dir = \".\"\n  content_in_state = false",
        ),
        ("  presets  = [", "  sensitive = true\n  presets  = ["),
    ] {
        for tf in Terraform::all() {
            let ws = example_workspace(&tf);
            ws.set_config(&config.replace(from, to));
            ws.apply();
            let state = ws.show_state_json();
            let values = state_values(&state, ADDR).expect("in state");
            assert!(values["extra_files"].is_null(), "{tf} {to}: {values:#}");
            let original = ws.read_file(runbook);
            let hash = &values["extra_files_sha256"][runbook];
            assert_eq!(hash, &sha256_hex(&original), "{tf} {to}");
            assert_eq!(ws.plan_exitcode(true), 0, "{tf} {to}: plan after apply");
            ws.remove_file(runbook);
            assert_eq!(ws.plan_exitcode(true), 2, "{tf} {to}: a deleted runbook");
            ws.apply();
            assert_eq!(ws.read_file(runbook), original, "{tf} {to}: restored");
        }
    }
}

/// (9c) `lifecycle_mode = "scaffold"`: the runbooks say in their header that they are
/// written once; a runbook filled in by hand is kept, and a deleted rule file is written
/// again without touching it.
#[test]
fn scaffolded_runbooks_keep_what_is_filled_in() {
    let config = example_with(
        "  presets  = [",
        "  runbook_dir    = \"runbooks\"\n  lifecycle_mode = \"scaffold\"\n  presets  = [",
    );
    let runbook = "monitoring/alerts/runbooks/queue-backlog.md";
    for tf in Terraform::all() {
        let ws = example_workspace(&tf);
        ws.set_config(&config);
        ws.apply();
        let text = ws.read_file(runbook);
        assert!(
            text.contains("Written once (lifecycle_mode"),
            "{tf}:\n{text}"
        );
        assert!(!text.contains("overwritten"), "{tf}:\n{text}");
        let filled = text.replace("**TO FILL IN:** the steps", "Drain the queue. The steps");
        assert_ne!(filled, text, "{tf}: the runbook has a section to fill in");
        ws.write_file(runbook, &filled);
        assert_eq!(
            ws.plan_exitcode(true),
            0,
            "{tf}: a filled-in runbook is not drift"
        );
        ws.remove_file(PATH);
        assert_eq!(ws.plan_exitcode(true), 2, "{tf}: a deleted rule file is");
        ws.apply();
        assert!(ws.exists(PATH), "{tf}: the rule file is written again");
        assert_eq!(ws.read_file(runbook), filled, "{tf}: the runbook is kept");
        assert_eq!(ws.plan_exitcode(true), 0, "{tf}: plan after apply");
    }
}
