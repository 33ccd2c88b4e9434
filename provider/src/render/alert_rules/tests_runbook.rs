//! Tests of the runbooks: sections, PromQL, links, markdownlint, snapshots.

#![allow(clippy::unwrap_used)]

use std::process::Command;

use tfplug::AttributePath;

use super::tests::{custom_rule, full_spec, scratch_dir, with_presets};
use super::*;
use crate::render::test_files::assert_text_snapshot as snapshot;

const RUNBOOK_HEADER: &str = "Managed by Terraform (devopsflow_alert_rules, group \"api\").\n\
    Edits made here show as drift in `terraform plan` and are overwritten by `terraform apply`.";

fn with_runbooks(mut spec: AlertRulesSpec, dir: &str) -> AlertRulesSpec {
    spec.runbook_dir = Some(dir.to_owned());
    spec.runbook_header = RUNBOOK_HEADER.to_owned();
    spec
}

fn render_files_ok(spec: &AlertRulesSpec) -> Rendered {
    match render_files(spec) {
        Ok(rendered) => rendered,
        Err(errors) => panic!("unexpected errors: {errors:#?}"),
    }
}

/// Every preset, the SLO and custom rules, with runbooks.
fn everything() -> AlertRulesSpec {
    let mut spec = with_runbooks(full_spec(), "runbooks");
    spec.runbook_base_url = None;
    spec
}

/// The values of the lines of a rule file that start with `key` (after the
/// indentation), in order.
fn values(rules: &str, key: &str) -> Vec<String> {
    rules
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix(key))
        .map(|value| value.trim_matches('"').to_owned())
        .collect()
}

/// The alert names of a rule file, in order.
fn alert_names(rules: &str) -> Vec<String> {
    values(rules, "- alert: ")
}

/// The `runbook_url` values of a rule file, in order.
fn runbook_urls(rules: &str) -> Vec<String> {
    values(rules, "runbook_url: ")
}

/// The bodies of the fenced blocks of `info` in a Markdown text.
fn fenced_blocks(markdown: &str, info: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in markdown.lines() {
        match &mut current {
            Some((fence, body)) => {
                if line == fence {
                    blocks.push(std::mem::take(body));
                    current = None;
                } else {
                    body.push_str(line);
                    body.push('\n');
                }
            }
            None => {
                let fence: String = line.chars().take_while(|c| *c == '`').collect();
                if fence.len() >= 3 && line[fence.len()..] == *info {
                    current = Some((fence, String::new()));
                }
            }
        }
    }
    assert!(current.is_none(), "unclosed fence in:\n{markdown}");
    blocks
}

/// markdownlint-cli2 (installed by scripts/install-validators.sh) with its
/// default rules, on every file of `files`; panics with its report unless clean.
pub(super) fn assert_markdownlint_clean(files: &[(String, String)], name: &str) {
    let bin = crate::render::installed_tool("markdownlint/node_modules/.bin/markdownlint-cli2");
    let dir = scratch_dir(name);
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    let output = Command::new(bin)
        .args(files.iter().map(|(file, _)| file.as_str()))
        .current_dir(&dir)
        .output()
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "markdownlint-cli2 failed:\n{report}"
    );
    assert!(
        report.contains(&format!("Linting: {} file", files.len())),
        "{report}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn one_runbook_per_alert_with_every_section() {
    let rendered = render_files_ok(&everything());
    let alerts = alert_names(&rendered.rules);
    assert_eq!(alerts.len(), 12, "{alerts:?}");
    let names: Vec<&str> = rendered.runbooks.iter().map(|(n, _)| n.as_str()).collect();
    let expected: Vec<String> = alerts
        .iter()
        .map(|a| runbook_file_name(a).unwrap())
        .collect();
    assert_eq!(names, expected);
    for (name, text) in &rendered.runbooks {
        let mut at = 0;
        for section in [
            "## Meaning\n",
            "## Impact\n",
            "## Diagnosis\n",
            "## Mitigation\n",
            "## Escalation\n",
        ] {
            let found = text[at..]
                .find(section)
                .unwrap_or_else(|| panic!("{name}: no {section:?} after byte {at}:\n{text}"));
            at += found + section.len();
        }
        assert!(text.starts_with("<!--\nManaged by Terraform"), "{name}");
    }
}

#[test]
fn runbook_queries_parse_and_use_the_alert_names() {
    let mut spec = everything();
    spec.metrics.requests_total = "api_http_requests_total".to_owned();
    spec.metrics.status_labels = vec!["status_code".to_owned()];
    spec.metrics.latency_histogram = "api_latency_seconds_bucket".to_owned();
    let rendered = render_files_ok(&spec);
    let mut queries = 0;
    for (name, text) in &rendered.runbooks {
        let blocks = fenced_blocks(text, "promql");
        assert!(blocks.len() >= 3, "{name}: {} queries", blocks.len());
        for query in blocks {
            if let Err(e) = parse_promql(&query) {
                panic!("{name}: {query}\ndoes not parse: {e}");
            }
            queries += 1;
        }
        let generated = !name.starts_with("queue") && !name.starts_with("certificate");
        if generated {
            assert!(text.contains("job=\"api-server\""), "{name}");
        }
    }
    let by_name = |file: &str| &rendered.runbooks.iter().find(|(n, _)| n == file).unwrap().1;
    assert!(
        by_name("high-error-rate.md")
            .contains("api_http_requests_total{job=\"api-server\", status_code=~\"5..\"}")
    );
    assert!(
        !by_name("high-error-rate.md").contains("http_requests_total{job=\"api-server\", code")
    );
    assert!(by_name("high-latency.md").contains("api_latency_seconds_bucket{job=\"api-server\"}"));
    assert!(
        by_name("error-budget-burn-fast.md")
            .contains("job:slo_errors_per_request:ratio_rate1h{job=\"api-server\"} / 0.001")
    );
    assert!(queries > 40, "{queries}");
}

#[test]
fn custom_rule_runbooks_mark_what_to_fill_in() {
    let mut spec = everything();
    spec.runbook_header = "group \"x-->y\"".to_owned();
    let rendered = render_files_ok(&spec);
    let (_, queue) = &rendered.runbooks[rendered.runbooks.len() - 2];
    assert!(
        queue.starts_with("<!--\ngroup \"x- ->y\"\n-->\n\n# QueueBacklog\n"),
        "{queue}"
    );
    assert!(queue.contains("# QueueBacklog\n"));
    for section in [
        "## Meaning\n\n",
        "## Impact\n\n",
        "## Mitigation\n\n- ",
        "## Escalation\n\n",
    ] {
        let start = queue.find(section).unwrap() + section.len();
        let end = queue[start..]
            .find("\n## ")
            .map_or(queue.len(), |end| start + end);
        assert!(
            queue[start..end].contains(TO_FILL_IN),
            "{section}:\n{queue}"
        );
    }
    assert!(queue.contains("ALERTS{alertname=\"QueueBacklog\"}"));
    assert!(queue.contains("```text\nQueue backlog\n```"));
    assert!(queue.contains("sum by (queue) (jobs_queued) > 100"));
    assert!(queue.contains("for `10m` in a row"));
}

#[test]
fn every_runbook_is_markdownlint_clean() {
    let mut files: Vec<(String, String)> = Vec::new();
    let mut add = |prefix: &str, spec: &AlertRulesSpec| {
        for (name, text) in render_files_ok(spec).runbooks {
            files.push((format!("{prefix}-{name}"), text));
        }
    };
    for preset in PRESETS {
        add(preset, &with_runbooks(with_presets(&[preset]), "."));
    }
    add("everything", &everything());
    // Awkward input: long job and alert names, Markdown and backticks in user text,
    // a long one-line expression, tabs and trailing spaces.
    let mut odd = custom_rule("Disk_full-NOW!");
    odd.expr = format!(
        "sum by (device, mountpoint) (node_filesystem_avail_bytes{{job=\"{}\", fstype!~\"tmpfs|overlay\", instance=\"a b\"}}) / sum by (device, mountpoint) (node_filesystem_size_bytes) < 0.05",
        "node-".repeat(20)
    );
    odd.summary = Some("# Not a heading\n- not a list\t \n```\n<b>html</b> ~~~".to_owned());
    odd.description = Some(format!("{} `code` *stars*", "word ".repeat(40)));
    let mut spec = with_runbooks(with_presets(PRESETS), "docs/../runbooks/");
    // A job name with spaces wraps only while the PromQL string holding it ends
    // before column 80: a string literal cannot be split.
    spec.job = Some(format!(
        "{}`tick`\"quoted\"#1.-*>|",
        "very-long-job-name-".repeat(6)
    ));
    spec.slo = Some(SloSpec {
        objective: 99.95,
        window: "28d".to_owned(),
    });
    spec.rules = vec![odd];
    spec.runbook_header = format!("{RUNBOOK_HEADER}\nGroup \"a --->b <!-- c\" --- end.");
    add("odd", &spec);
    spec.job = Some("my `odd` # job".to_owned());
    spec.rules = Vec::new();
    add("spaced", &spec);
    assert_eq!(files.len(), 8 + 12 + 11 + 10, "{}", files.len());
    assert_markdownlint_clean(&files, "markdownlint");
}

#[test]
fn runbook_urls_point_to_the_runbooks() {
    // Without a base URL: the path relative to the rule file's directory.
    let rendered = render_files_ok(&everything());
    let urls = runbook_urls(&rendered.rules);
    let mut expected: Vec<String> = rendered
        .runbooks
        .iter()
        .map(|(name, _)| format!("runbooks/{name}"))
        .collect();
    // QueueBacklog keeps its own runbook_url.
    expected[10] = "https://wiki.example.com/queues".to_owned();
    assert_eq!(urls, expected);

    // With a base URL: base + file name.
    let mut spec = everything();
    spec.runbook_base_url = Some("https://git.example.com/ops/-/blob/main/runbooks/".to_owned());
    let urls = runbook_urls(&render_files_ok(&spec).rules);
    assert_eq!(
        urls[0],
        "https://git.example.com/ops/-/blob/main/runbooks/high-error-rate.md"
    );
    assert!(
        urls.iter()
            .all(|u| u.ends_with(".md") || u.contains("wiki")),
        "{urls:?}"
    );

    // "." and "./": the file name alone.
    for dir in [".", "./", ""] {
        let mut spec = with_runbooks(with_presets(&["pod_down"]), dir);
        if dir.is_empty() {
            spec.runbook_dir = Some("a/..".to_owned());
        }
        let urls = runbook_urls(&render_files_ok(&spec).rules);
        assert_eq!(
            urls,
            ["pod-down.md", "job-absent.md", "pod-crash-looping.md"]
        );
    }
}

#[test]
fn runbook_paths_are_relative_to_the_rule_file() {
    for (rules, dir, file, expected) in [
        (
            "monitoring/alerts.yml",
            "runbooks",
            "pod-down.md",
            "monitoring/runbooks/pod-down.md",
        ),
        (
            "alerts.yml",
            "./runbooks/",
            "pod-down.md",
            "runbooks/pod-down.md",
        ),
        (
            "monitoring/alerts/api.yml",
            "../../docs/runbooks",
            "x.md",
            "docs/runbooks/x.md",
        ),
        ("monitoring/api.yml", ".", "x.md", "monitoring/x.md"),
        // Escaping the root stays visible, for the engine to refuse.
        ("api.yml", "../x", "y.md", "../x/y.md"),
    ] {
        assert_eq!(
            runbook_path(rules, dir, file),
            expected,
            "{rules} {dir} {file}"
        );
    }
}

#[test]
fn without_runbook_dir_nothing_changes() {
    let spec = full_spec();
    let rendered = render_files_ok(&spec);
    assert!(rendered.runbooks.is_empty());
    assert_eq!(rendered.rules, render(&spec).unwrap());
    assert!(
        rendered
            .rules
            .contains("runbook_url: https://runbooks.example.com/api/pod-down\n")
    );
}

#[test]
fn runbook_names_and_dir_are_checked() {
    let mut spec = with_runbooks(with_presets(&["pod_down"]), "/abs");
    spec.rules = vec![
        custom_rule("Pod_Down"),
        custom_rule("!!"),
        custom_rule("Queue"),
        custom_rule("QUEUE"),
    ];
    let errors = render_files(&spec).unwrap_err();
    let found: Vec<(String, String)> = errors
        .iter()
        .map(|e| (e.path.to_string(), e.summary.clone()))
        .collect();
    let rule = |i: usize| {
        AttributePath::attr("rule")
            .index(i)
            .then_attr("alert")
            .to_string()
    };
    assert_eq!(
        found,
        [
            (
                "runbook_dir".to_owned(),
                "Invalid runbook directory".to_owned()
            ),
            (rule(0), "Runbook file name already used".to_owned()),
            (rule(1), "No runbook file name".to_owned()),
            (rule(3), "Runbook file name already used".to_owned()),
        ]
    );
    // The same names are fine without runbooks.
    spec.runbook_dir = None;
    assert!(render_files(&spec).is_ok());
}

#[test]
fn snapshot_runbooks() {
    let rendered = render_files_ok(&everything());
    for (name, text) in &rendered.runbooks {
        if [
            "pod-down.md",
            "high-error-rate.md",
            "error-budget-burn-fast.md",
            "queue-backlog.md",
        ]
        .contains(&name.as_str())
        {
            snapshot(
                &format!(
                    "alert_rules_runbook__{}",
                    name.trim_end_matches(".md").replace('-', "_")
                ),
                text,
            );
        }
    }
    snapshot("alert_rules_runbook__rules", &rendered.rules);
}
