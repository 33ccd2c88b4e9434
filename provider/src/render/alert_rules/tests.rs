//! Tests of the alert rules renderer: snapshots, promtool, validation.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::Command;

use tfplug::AttributePath;

use super::duration::parse_duration;
use super::output::{kebab_case, promql_string, template_literal};
use super::presets::{Preset, PresetContext, preset_alerts};
use super::slo::{
    FAST_BURN, SLOW_BURN, burn_factor, error_budget, percent, slo_alerts, slo_records,
};
use super::validate::{
    Errors, MAX_EXPR_BYTES, MAX_EXPR_NESTING, nesting_depth, parse_promql, validate_slo,
};
use super::*;
use crate::render::test_files::assert_text_snapshot as snapshot;

const HEADER: &str =
    "Managed by Terraform (devopsflow_alert_rules.api). Edits are overwritten on apply.";

pub(super) fn spec() -> AlertRulesSpec {
    AlertRulesSpec {
        group: "api".to_owned(),
        header: HEADER.to_owned(),
        ..AlertRulesSpec::default()
    }
}

pub(super) fn with_presets(names: &[&str]) -> AlertRulesSpec {
    AlertRulesSpec {
        presets: names.iter().map(|s| (*s).to_owned()).collect(),
        ..spec()
    }
}

pub(super) fn custom_rule(alert: &str) -> CustomRule {
    CustomRule {
        alert: alert.to_owned(),
        expr: "sum by (queue) (jobs_queued) > 100".to_owned(),
        for_: Some("10m".to_owned()),
        severity: "warning".to_owned(),
        summary: Some("Queue backlog".to_owned()),
        description: Some("Queue {{ $labels.queue }} holds {{ $value }} jobs.".to_owned()),
        runbook_url: None,
        labels: BTreeMap::new(),
        annotations: BTreeMap::new(),
    }
}

/// Everything at once: all presets, an SLO, custom rules, interval and
/// runbook base.
pub(super) fn full_spec() -> AlertRulesSpec {
    let mut queue = custom_rule("QueueBacklog");
    queue.runbook_url = Some("https://wiki.example.com/queues".to_owned());
    queue
        .labels
        .insert("team".to_owned(), "payments".to_owned());
    queue.labels.insert("tier".to_owned(), "1".to_owned());
    queue.annotations.insert(
        "dashboard".to_owned(),
        "https://grafana.example.com/d/queues".to_owned(),
    );
    let mut multiline = custom_rule("CertificateExpiry");
    multiline.expr =
        "probe_ssl_earliest_cert_expiry{job=\"blackbox\"}\n  - time()\n< 86400 * 14\n".to_owned();
    multiline.for_ = None;
    multiline.severity = "info".to_owned();
    multiline.summary = None;
    multiline.description = Some(
        "The certificate of {{ $labels.instance }} expires in\n{{ $value | humanizeDuration }}.\n"
            .to_owned(),
    );
    AlertRulesSpec {
        interval: Some("30s".to_owned()),
        job: Some("api-server".to_owned()),
        presets: PRESETS.iter().rev().map(|s| (*s).to_owned()).collect(),
        slo: Some(SloSpec {
            objective: 99.9,
            window: "30d".to_owned(),
        }),
        rules: vec![queue, multiline],
        runbook_base_url: Some("https://runbooks.example.com/api/".to_owned()),
        ..spec()
    }
}

pub(super) fn render_ok(spec: &AlertRulesSpec) -> String {
    match render(spec) {
        Ok(text) => text,
        Err(errors) => panic!("unexpected errors: {errors:#?}"),
    }
}

// -- Snapshots -----------------------------------------------------------

#[test]
fn a_metric_name_that_is_a_promql_keyword_fails_at_its_attribute() {
    for keyword in [
        "bool",
        "on",
        "group_left",
        "ignoring",
        "inf",
        "nan",
        "atan2",
    ] {
        let spec = AlertRulesSpec {
            metrics: Metrics {
                requests_total: keyword.to_owned(),
                ..Metrics::default()
            },
            ..with_presets(&["high_error_rate"])
        };
        let errors = render(&spec).unwrap_err();
        let found: Vec<(String, &str)> = errors
            .iter()
            .map(|e| (e.path.to_string(), e.summary.as_str()))
            .collect();
        assert_eq!(
            found,
            [("metrics.requests_total".to_owned(), "Invalid metric name")],
            "{keyword}"
        );
    }
    // An ordinary name, even one that starts like a keyword, is accepted.
    let spec = AlertRulesSpec {
        metrics: Metrics {
            requests_total: "bool_requests_total".to_owned(),
            ..Metrics::default()
        },
        ..with_presets(&["high_error_rate"])
    };
    assert!(render(&spec).is_ok());
}

#[test]
fn snapshot_each_preset_alone() {
    for preset in PRESETS {
        let text = render_ok(&with_presets(&[preset]));
        snapshot(&format!("alert_rules__preset_{preset}"), &text);
    }
}

#[test]
fn snapshot_all_presets_slo_and_custom_rules() {
    snapshot("alert_rules__full", &render_ok(&full_spec()));
}

#[test]
fn snapshot_custom_interval() {
    let spec = AlertRulesSpec {
        interval: Some("1m30s".to_owned()),
        rules: vec![custom_rule("QueueBacklog")],
        ..spec()
    };
    snapshot("alert_rules__custom_interval", &render_ok(&spec));
}

#[test]
fn snapshot_runbook_base() {
    let spec = AlertRulesSpec {
        runbook_base_url: Some("https://runbooks.example.com/alerts".to_owned()),
        slo: Some(SloSpec {
            objective: 99.5,
            window: "28d".to_owned(),
        }),
        ..with_presets(&["pod_down", "high_cpu"])
    };
    snapshot("alert_rules__runbook_base", &render_ok(&spec));
}

// -- Rendering details ---------------------------------------------------

#[test]
fn presets_list_matches_enum() {
    let names: Vec<&str> = Preset::ALL.iter().map(|p| p.name()).collect();
    assert_eq!(names, PRESETS);
}

#[test]
fn preset_order_does_not_depend_on_configuration_order() {
    let forward = render_ok(&with_presets(PRESETS));
    let reversed: Vec<&str> = PRESETS.iter().rev().copied().collect();
    assert_eq!(render_ok(&with_presets(&reversed)), forward);
}

#[test]
fn generated_expressions_parse_for_awkward_jobs() {
    for job in [
        "api",
        "we\"ird\\job",
        "new\nline\ttab",
        "{{ $labels.x }}",
        "ünï 🚀",
        "a\u{1}b",
    ] {
        let spec = AlertRulesSpec {
            job: Some(job.to_owned()),
            slo: Some(SloSpec {
                objective: 99.95,
                window: "7d".to_owned(),
            }),
            ..with_presets(PRESETS)
        };
        let ctx = PresetContext::new(job, &spec.thresholds, &spec.metrics);
        let slo = validate_slo(spec.slo.as_ref().unwrap(), &mut Errors::default()).unwrap();
        let mut exprs: Vec<String> = slo_records(&ctx)
            .into_iter()
            .map(|(_, expr)| expr)
            .collect();
        exprs.extend(
            Preset::ALL
                .into_iter()
                .flat_map(|p| preset_alerts(p, &ctx))
                .chain(slo_alerts(&slo, &ctx))
                .map(|alert| alert.expr),
        );
        for expr in exprs {
            assert_eq!(parse_promql(&expr), Ok(()), "job {job:?}: {expr}");
        }
        // The job label value survives template expansion.
        assert!(render_ok(&spec).contains("job: "));
    }
}

#[test]
fn job_is_escaped_in_promql_and_templates() {
    assert_eq!(promql_string("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
    assert_eq!(template_literal("x{{y}}"), "x{{ \"{{\" }}y}}");
    let spec = AlertRulesSpec {
        job: Some("we\"ird {{x}}".to_owned()),
        ..with_presets(&["pod_down"])
    };
    let text = render_ok(&spec);
    assert!(
        text.contains(r#"expr: absent(up{job="we\"ird {{x}}"})"#),
        "{text}"
    );
    assert!(text.contains(r#"job: we"ird {{ "{{" }}x}}"#), "{text}");
}

#[test]
fn custom_rule_summary_defaults_to_alert_name() {
    let mut rule = custom_rule("DiskFull");
    rule.summary = None;
    rule.description = None;
    rule.for_ = None;
    let text = render_ok(&AlertRulesSpec {
        rules: vec![rule],
        ..spec()
    });
    assert!(
        text.ends_with(
            "      - alert: DiskFull\n        expr: sum by (queue) (jobs_queued) > 100\n        \
             labels:\n          severity: warning\n        annotations:\n          summary: DiskFull\n"
        ),
        "{text}"
    );
}

#[test]
fn job_defaults_to_group() {
    let text = render_ok(&with_presets(&["pod_down"]));
    assert!(text.contains("up{job=\"api\"} == 0"));
}

#[test]
fn burn_factors_keep_budget_percentages() {
    let factors = |window: &str| -> Vec<f64> {
        let ms = parse_duration(window).unwrap();
        FAST_BURN
            .iter()
            .chain(&SLOW_BURN)
            .map(|w| burn_factor(w, ms))
            .collect()
    };
    assert_eq!(factors("30d"), [14.4, 6.0, 3.0, 1.0]);
    assert_eq!(factors("28d"), [13.44, 5.6, 2.8, 28.0 / 30.0]);
    assert_eq!(factors("7d"), [3.36, 1.4, 0.7, 7.0 / 30.0]);
    assert_eq!(factors("90d"), [43.2, 18.0, 9.0, 3.0]);
}

#[test]
fn error_budget_is_exact() {
    for (objective, budget) in [
        (99.9, "0.001"),
        (99.0, "0.01"),
        (99.95, "0.0005"),
        (99.999, "0.00001"),
        (95.0, "0.05"),
        (50.0, "0.5"),
        (0.5, "0.995"),
        (99.123456789, "0.00876543211"),
    ] {
        assert_eq!(error_budget(objective), budget, "objective {objective}");
    }
}

#[test]
fn helpers() {
    assert_eq!(kebab_case("HighCpuUsage"), "high-cpu-usage");
    assert_eq!(kebab_case("ErrorBudgetBurnFast"), "error-budget-burn-fast");
    assert_eq!(kebab_case("HTTPErrors5xx"), "http-errors5xx");
    assert_eq!(kebab_case("Disk_Full Soon"), "disk-full-soon");
    assert_eq!(percent(0.05), "5%");
    assert_eq!(percent(0.9), "90%");
    assert_eq!(percent(0.125), "12.5%");
}

#[test]
fn durations() {
    for (text, ms) in [
        ("0", 0),
        ("0s", 0),
        ("5m", 300_000),
        ("1h30m", 5_400_000),
        (
            "1y2w3d4h5m6s7ms",
            31_536_000_000 + 1_209_600_000 + 259_200_000 + 14_400_000 + 300_000 + 6_000 + 7,
        ),
        ("100ms", 100),
        ("30d", 2_592_000_000),
    ] {
        assert_eq!(parse_duration(text), Ok(ms), "{text}");
    }
    for text in [
        "",
        "5",
        "1.5h",
        "5x",
        "m",
        "1m1h",
        "1h1h",
        "1ms1s",
        "-1s",
        " 1s",
        "1s ",
        "1H",
        "99999999999999999999y",
        "300y",
    ] {
        assert!(parse_duration(text).is_err(), "{text:?} should be rejected");
    }
}

// -- Validation ----------------------------------------------------------

/// Errors as `(path, summary)` with the path as Terraform shows it.
fn error_list(spec: &AlertRulesSpec) -> Vec<(String, String)> {
    render(spec)
        .unwrap_err()
        .into_iter()
        .map(|e| {
            let shown = e.to_string();
            let path = shown.split(": ").next().unwrap().to_owned();
            (path, e.summary)
        })
        .collect()
}

fn find<'a>(errors: &'a [FieldError], path: &AttributePath) -> &'a FieldError {
    errors
        .iter()
        .find(|e| e.path == *path)
        .unwrap_or_else(|| panic!("no error at {path:?} in {errors:#?}"))
}

fn rule_path(i: usize) -> AttributePath {
    AttributePath::attr("rule").index(i)
}

#[test]
fn valid_spec_has_no_errors() {
    render_ok(&full_spec());
    render_ok(&spec());
}

#[test]
fn reports_every_problem_at_once() {
    let mut bad_rule = custom_rule("");
    bad_rule.expr = "sum(rate(x[5m]) by".to_owned();
    bad_rule.for_ = Some("5 minutes".to_owned());
    bad_rule.severity = "page".to_owned();
    bad_rule.summary = Some(" ".to_owned());
    bad_rule.description = Some(String::new());
    bad_rule.runbook_url = Some(String::new());
    for label in [
        "severity",
        "alertname",
        "__meta",
        "1abc",
        "ok_label",
        "with-dash",
    ] {
        bad_rule.labels.insert(label.to_owned(), "v".to_owned());
    }
    for annotation in ["summary", "runbook_url", "__x", "bad name", "ok"] {
        bad_rule
            .annotations
            .insert(annotation.to_owned(), "v".to_owned());
    }
    let mut empty_expr = custom_rule("PodDown");
    empty_expr.expr = "  ".to_owned();
    let spec = AlertRulesSpec {
        group: String::new(),
        interval: Some("30 s".to_owned()),
        job: Some(String::new()),
        presets: vec![
            "high_cpu".to_owned(),
            "disk_full".to_owned(),
            "high_cpu".to_owned(),
            "pod_down".to_owned(),
        ],
        thresholds: Thresholds {
            rate_window: "0s".to_owned(),
            error_rate: 5.0,
            latency_p99_seconds: f64::NAN,
            pod_restarts: 0,
            memory_ratio: 0.0,
            cpu_for: "1m1h".to_owned(),
            ..Thresholds::default()
        },
        metrics: Metrics {
            requests_total: "http-requests".to_owned(),
            status_labels: vec!["code".to_owned(), "1x".to_owned()],
            latency_histogram: "http_request_duration_seconds".to_owned(),
        },
        slo: Some(SloSpec {
            objective: 100.0,
            window: "1d".to_owned(),
        }),
        rules: vec![bad_rule, empty_expr, custom_rule("Dup"), custom_rule("Dup")],
        runbook_base_url: Some("runbooks.example.com".to_owned()),
        runbook_dir: None,
        header: String::new(),
        runbook_header: String::new(),
    };
    let expected: Vec<(&str, &str)> = vec![
        ("group", "Missing rule group name"),
        ("interval", "Invalid duration"),
        ("job", "Missing job"),
        ("runbook_base_url", "Invalid runbook base URL"),
        ("thresholds.rate_window", "Invalid duration"),
        ("thresholds.cpu_for", "Invalid duration"),
        ("thresholds.error_rate", "Invalid threshold"),
        ("thresholds.memory_ratio", "Invalid threshold"),
        ("thresholds.latency_p99_seconds", "Invalid threshold"),
        ("thresholds.pod_restarts", "Invalid threshold"),
        ("metrics.requests_total", "Invalid metric name"),
        ("metrics.status_labels[1]", "Invalid label name"),
        ("metrics.latency_histogram", "Invalid histogram metric"),
        ("presets[1]", "Unknown preset"),
        ("presets[2]", "Duplicate preset"),
        ("slo.objective", "Invalid SLO objective"),
        ("slo.window", "SLO window too short"),
        ("rule[0].alert", "Missing alert name"),
        ("rule[0].expr", "Invalid PromQL expression"),
        ("rule[0].for", "Invalid duration"),
        ("rule[0].severity", "Invalid severity"),
        ("rule[0].summary", "Missing summary"),
        ("rule[0].description", "Missing description"),
        ("rule[0].runbook_url", "Missing runbook URL"),
        ("rule[0].labels[\"1abc\"]", "Invalid label name"),
        ("rule[0].labels[\"__meta\"]", "Reserved label name"),
        ("rule[0].labels[\"alertname\"]", "Reserved label name"),
        ("rule[0].labels[\"severity\"]", "Reserved label name"),
        ("rule[0].labels[\"with-dash\"]", "Invalid label name"),
        ("rule[0].annotations[\"__x\"]", "Reserved annotation name"),
        (
            "rule[0].annotations[\"bad name\"]",
            "Invalid annotation name",
        ),
        (
            "rule[0].annotations[\"runbook_url\"]",
            "Reserved annotation name",
        ),
        (
            "rule[0].annotations[\"summary\"]",
            "Reserved annotation name",
        ),
        ("rule[1].expr", "Missing PromQL expression"),
        ("rule[1].alert", "Duplicate alert name"),
        ("rule[3].alert", "Duplicate alert name"),
    ];
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(p, s)| (p.to_owned(), s.to_owned()))
        .collect();
    assert_eq!(error_list(&spec), expected);

    let errors = render(&spec).unwrap_err();
    let detail = |path: AttributePath| find(&errors, &path).detail.clone();
    assert_eq!(
        detail(rule_path(0).then_attr("expr")),
        "unclosed left parenthesis"
    );
    assert_eq!(
        detail(AttributePath::attr("presets").index(1)),
        "\"disk_full\" is not a preset. Valid presets: high_error_rate, high_latency, \
         pod_down, pod_not_ready, high_memory, high_cpu."
    );
    assert_eq!(
        detail(rule_path(0).then_attr("severity")),
        "\"page\" is not a severity. Use one of: critical, warning, info."
    );
    assert_eq!(
        detail(rule_path(1).then_attr("alert")),
        "Alert name \"PodDown\" is already used by the pod_down preset."
    );
    assert_eq!(
        detail(rule_path(3).then_attr("alert")),
        "Alert name \"Dup\" is already used by rule[2]."
    );
    assert!(
        detail(AttributePath::attr("interval"))
            .starts_with("\"30 s\" is not a Prometheus duration")
    );
    assert!(
        detail(AttributePath::attr("slo").then_attr("objective"))
            .contains("strictly between 0 and 100")
    );
    assert!(
        detail(rule_path(0).then_attr("labels").key("severity"))
            .contains("use the severity attribute")
    );
}

#[test]
fn slo_objective_bounds_and_window() {
    for objective in [0.0, -1.0, 100.0, 100.5, f64::NAN, f64::INFINITY] {
        let spec = AlertRulesSpec {
            slo: Some(SloSpec {
                objective,
                window: "30d".to_owned(),
            }),
            ..spec()
        };
        assert_eq!(
            error_list(&spec),
            [(
                "slo.objective".to_owned(),
                "Invalid SLO objective".to_owned()
            )],
            "objective {objective}"
        );
    }
    let bad_window = AlertRulesSpec {
        slo: Some(SloSpec {
            objective: 99.9,
            window: "30days".to_owned(),
        }),
        ..spec()
    };
    assert_eq!(
        error_list(&bad_window),
        [("slo.window".to_owned(), "Invalid duration".to_owned())]
    );
    let shortest_window = AlertRulesSpec {
        slo: Some(SloSpec {
            objective: 99.9,
            window: "3d".to_owned(),
        }),
        ..spec()
    };
    render_ok(&shortest_window);
}

#[test]
fn custom_rule_may_reuse_names_of_disabled_presets() {
    let spec = AlertRulesSpec {
        rules: vec![
            custom_rule("HighErrorRate"),
            custom_rule("ErrorBudgetBurnFast"),
        ],
        ..with_presets(&["pod_down"])
    };
    render_ok(&spec);
    let spec = AlertRulesSpec {
        slo: Some(SloSpec {
            objective: 99.0,
            window: "30d".to_owned(),
        }),
        ..spec
    };
    assert_eq!(
        error_list(&spec),
        [(
            "rule[1].alert".to_owned(),
            "Duplicate alert name".to_owned()
        )]
    );
}

#[test]
fn promql_parser_never_panics_on_garbage() {
    for expr in [
        "{",
        "}",
        "\"",
        "`",
        "sum(",
        "rate(x[",
        "x{a=\"\\",
        "1 +",
        "((((",
        "@",
        "x offset",
        "\u{0}",
        "x[5m:1m:]",
        "histogram_quantile(",
        "{{ $value }}",
    ] {
        assert!(parse_promql(expr).is_err(), "{expr:?} should not parse");
    }
}

#[test]
fn expression_size_limits_keep_the_parser_safe() {
    // At the limits the parser still fits in a test thread's stack.
    let longest_chain = vec!["1"; MAX_EXPR_BYTES / 2].join("+");
    assert!(longest_chain.len() <= MAX_EXPR_BYTES);
    assert_eq!(parse_promql(&longest_chain), Ok(()));
    let deepest = format!(
        "{}x{}",
        "sum(".repeat(MAX_EXPR_NESTING),
        ")".repeat(MAX_EXPR_NESTING)
    );
    assert_eq!(nesting_depth(&deepest), MAX_EXPR_NESTING);
    assert_eq!(parse_promql(&deepest), Ok(()));

    let mut too_long = custom_rule("TooLong");
    too_long.expr = format!("{longest_chain}+1");
    let mut too_deep = custom_rule("TooDeep");
    too_deep.expr = format!("({deepest})");
    let spec = AlertRulesSpec {
        rules: vec![too_long, too_deep],
        ..spec()
    };
    assert_eq!(
        error_list(&spec),
        [
            (
                "rule[0].expr".to_owned(),
                "PromQL expression too long".to_owned()
            ),
            (
                "rule[1].expr".to_owned(),
                "PromQL expression nested too deeply".to_owned()
            ),
        ]
    );
    // Brackets in strings and comments do not count.
    assert_eq!(nesting_depth("x{a=\"(((\\\"[\", b='{{'} # (((\n + `((`"), 1);
}

// -- promtool ------------------------------------------------------------

/// Fails (never skips) when promtool is missing.
fn promtool() -> Command {
    let found = Command::new("promtool").arg("--version").output();
    match found {
        Ok(output) if output.status.success() => Command::new("promtool"),
        _ => panic!(
            "promtool is not on PATH; install promtool: apt-get install prometheus \
             (or run scripts/install-tools.sh)"
        ),
    }
}

/// A fresh scratch directory for one test.
pub(super) fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "devopsflow-alert-rules-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs promtool; panics with its output unless it succeeds.
pub(super) fn run_promtool(args: &[&str], dir: &PathBuf) -> String {
    let output = promtool().args(args).current_dir(dir).output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "promtool {args:?} failed:\n{text}");
    println!("promtool {}:\n{text}", args.join(" "));
    text
}

#[test]
fn promtool_check_rules_accepts_rendered_files() {
    let dir = scratch_dir("check");
    let mut specs: Vec<(String, AlertRulesSpec)> = PRESETS
        .iter()
        .map(|p| (format!("preset_{p}.yml"), with_presets(&[p])))
        .collect();
    specs.push(("full.yml".to_owned(), full_spec()));
    specs.push((
        "awkward_job.yml".to_owned(),
        AlertRulesSpec {
            job: Some("we\"ird\\job {{x}} #1: yes".to_owned()),
            slo: Some(SloSpec {
                objective: 99.95,
                window: "28d".to_owned(),
            }),
            runbook_base_url: Some("https://runbooks.example.com/{{x}}".to_owned()),
            header: "line one\n\nline: two # three".to_owned(),
            ..with_presets(PRESETS)
        },
    ));
    let mut files = Vec::new();
    for (file, spec) in &specs {
        std::fs::write(dir.join(file), render_ok(spec)).unwrap();
        files.push(file.as_str());
    }
    let mut args = vec!["check", "rules"];
    args.extend(&files);
    let output = run_promtool(&args, &dir);
    assert_eq!(output.matches("SUCCESS").count(), files.len(), "{output}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Proves that the preset and SLO expressions fire on synthetic series
/// (and stay quiet on healthy ones) with `promtool test rules`.
#[test]
fn promtool_unit_tests_fire_on_synthetic_series() {
    let dir = scratch_dir("unit");
    let job = "api \"edge\" {{x}}";
    let spec = AlertRulesSpec {
        job: Some(job.to_owned()),
        slo: Some(SloSpec {
            objective: 99.9,
            window: "30d".to_owned(),
        }),
        ..with_presets(&[
            "high_error_rate",
            "pod_down",
            "pod_not_ready",
            "high_memory",
        ])
    };
    std::fs::write(dir.join("rules.yml"), render_ok(&spec)).unwrap();

    let j = promql_string(job);
    let series = |selector: String, values: &str| {
        Yaml::map().with("series", selector).with("values", values)
    };
    let pod = |p: &str| format!("namespace=\"prod\", pod=\"{p}\"");
    let alert = |at: &str, name: &str, expected: Yaml| {
        Yaml::map()
            .with("eval_time", at)
            .with("alertname", name)
            .with("exp_alerts", expected)
    };
    let expected = |labels: &[(&str, &str)], annotations: &[(&str, String)]| {
        let labels = labels.iter().fold(Yaml::map(), |m, (k, v)| m.with(*k, *v));
        let annotations = annotations
            .iter()
            .fold(Yaml::map(), |m, (k, v)| m.with(*k, v.as_str()));
        Yaml::map()
            .with("exp_labels", labels)
            .with("exp_annotations", annotations)
    };
    let burn_description = |speed: &str, spends: &str| {
        format!(
            "Job {job} is burning its 30d error budget (objective 99.9%) {speed}: at this \
             error rate it spends {spends}."
        )
    };

    // 10% of the job's requests fail; another job fails completely.
    let unhealthy = Yaml::map()
        .with("interval", "1m")
        .with(
            "input_series",
            Yaml::seq()
                .push(series(format!("http_requests_total{{job={j}, code=\"500\"}}"), "0+60x120"))
                .push(series(format!("http_requests_total{{job={j}, code=\"200\"}}"), "0+540x120"))
                .push(series("http_requests_total{job=\"other\", status=\"503\"}".to_owned(), "0+600x120"))
                .push(series(format!("up{{job={j}, instance=\"10.0.0.1:8080\", {}}}", pod("api-1")), "1x120"))
                .push(series(format!("up{{job={j}, instance=\"10.0.0.2:8080\", {}}}", pod("api-2")), "1x3 0x117"))
                .push(series(format!("kube_pod_status_ready{{condition=\"true\", {}}}", pod("api-1")), "0x120"))
                .push(series(format!("kube_pod_status_ready{{condition=\"true\", {}}}", pod("other-1")), "0x120"))
                .push(series(
                    format!("container_memory_working_set_bytes{{container=\"app\", id=\"/a\", {}}}", pod("api-1")),
                    "950x120",
                ))
                .push(series(
                    format!("container_memory_working_set_bytes{{container=\"app\", id=\"/b\", {}}}", pod("other-1")),
                    "999x120",
                ))
                .push(series(
                    format!("kube_pod_container_resource_limits{{container=\"app\", resource=\"memory\", unit=\"byte\", {}}}", pod("api-1")),
                    "1000x120",
                ))
                .push(series(
                    format!("kube_pod_container_resource_limits{{container=\"app\", resource=\"memory\", unit=\"byte\", {}}}", pod("other-1")),
                    "1000x120",
                ))
                .push(series(
                    format!("kube_pod_container_status_restarts_total{{container=\"app\", {}}}", pod("api-1")),
                    "0+1x120",
                )),
        )
        .with(
            "alert_rule_test",
            Yaml::seq()
                .push(alert("3m", "HighErrorRate", Yaml::seq()))
                .push(alert(
                    "10m",
                    "HighErrorRate",
                    Yaml::seq().push(expected(
                        &[("severity", "warning"), ("job", job)],
                        &[
                            ("summary", "High rate of HTTP 5xx responses".to_owned()),
                            ("description", format!("10% of the requests to job {job} failed with a 5xx status over the last 5m (threshold 5%).")),
                        ],
                    )),
                ))
                .push(alert(
                    "10m",
                    "ErrorBudgetBurnFast",
                    Yaml::seq().push(expected(
                        &[("severity", "critical"), ("job", job)],
                        &[
                            ("summary", "Error budget burning fast".to_owned()),
                            ("description", burn_description("fast", "2% of it within 1h or 5% of it within 6h")),
                        ],
                    )),
                ))
                .push(alert("10m", "ErrorBudgetBurnSlow", Yaml::seq()))
                .push(alert(
                    "20m",
                    "ErrorBudgetBurnSlow",
                    Yaml::seq().push(expected(
                        &[("severity", "warning"), ("job", job)],
                        &[
                            ("summary", "Error budget burning".to_owned()),
                            ("description", burn_description("steadily", "10% of it within 1d or 10% of it within 3d")),
                        ],
                    )),
                ))
                .push(alert(
                    "10m",
                    "PodDown",
                    Yaml::seq().push(expected(
                        &[("severity", "critical"), ("job", job)],
                        &[
                            ("summary", "Scrape targets down".to_owned()),
                            ("description", format!("50% of the scrape targets of job {job} have been unreachable for more than 5m (threshold 25%).")),
                        ],
                    )),
                ))
                .push(alert("10m", "PodNotReady", Yaml::seq()))
                .push(alert(
                    "20m",
                    "PodNotReady",
                    Yaml::seq().push(expected(
                        &[("severity", "warning"), ("job", job), ("namespace", "prod"), ("pod", "api-1")],
                        &[
                            ("summary", "Pod not ready".to_owned()),
                            ("description", "Pod prod/api-1 has not been ready for more than 15m.".to_owned()),
                        ],
                    )),
                ))
                .push(alert(
                    "20m",
                    "HighMemoryUsage",
                    Yaml::seq().push(expected(
                        &[("severity", "warning"), ("job", job), ("namespace", "prod"), ("pod", "api-1"), ("container", "app")],
                        &[
                            ("summary", "Container close to its memory limit".to_owned()),
                            ("description", "Container app of pod prod/api-1 uses 95% of its memory limit (threshold 90%).".to_owned()),
                        ],
                    )),
                ))
                .push(alert(
                    "20m",
                    "PodCrashLooping",
                    Yaml::seq().push(expected(
                        &[("severity", "warning"), ("job", job), ("namespace", "prod"), ("pod", "api-1"), ("container", "app")],
                        &[
                            ("summary", "Container restarting repeatedly".to_owned()),
                            ("description", "Container app of pod prod/api-1 restarted 15 times in the last 15m (threshold 3).".to_owned()),
                        ],
                    )),
                )),
        );

    // 0.05% of requests fail: within the 0.1% budget, nothing fires.
    let healthy = Yaml::map()
        .with("interval", "1m")
        .with(
            "input_series",
            Yaml::seq()
                .push(series(
                    format!("http_requests_total{{job={j}, status=\"500\"}}"),
                    "0+3x120",
                ))
                .push(series(
                    format!("http_requests_total{{job={j}, status=\"200\"}}"),
                    "0+5997x120",
                )),
        )
        .with(
            "alert_rule_test",
            [
                "HighErrorRate",
                "ErrorBudgetBurnFast",
                "ErrorBudgetBurnSlow",
            ]
            .iter()
            .map(|name| alert("2h", name, Yaml::seq()))
            .collect::<Yaml>(),
        );

    let tests = Yaml::map()
        .with("rule_files", vec!["rules.yml"])
        .with("evaluation_interval", "1m")
        .with("tests", Yaml::seq().push(unhealthy).push(healthy));
    std::fs::write(dir.join("tests.yml"), yaml::to_string(&tests)).unwrap();
    let output = run_promtool(&["test", "rules", "tests.yml"], &dir);
    assert!(output.contains("SUCCESS"), "{output}");
    std::fs::remove_dir_all(&dir).unwrap();
}

// -- Template syntax -----------------------------------------------------

/// Templates and whether Go's template parser (hence promtool) accepts them.
const TEMPLATES: &[(&str, bool)] = &[
    ("{{ $value }}", true),
    (
        "Queue {{ $labels.queue }} holds {{ $value | humanize }} jobs.",
        true,
    ),
    ("{{- $value -}}", true),
    ("{{/* a comment */}}text", true),
    ("{{- /* a trimmed comment */ -}}", true),
    ("{{ printf \"%.2f\" $value }}", true),
    ("{{ printf `%s }}` $labels.job }}", true),
    ("{{ \"{{\" }} is a literal", true),
    ("}} alone is text", true),
    ("{{ (printf \"%d\" 1) }}", true),
    ("{{ if gt $value 1.0 }}high{{ else }}low{{ end }}", true),
    ("{{ $x := 1 }}{{ $x }}", true),
    ("{{-1}}", true),
    ("{{ 'a' }}", true),
    ("{{ \"a\\\"b\" }}", true),
    ("over\n{{ $value\n}} lines", true),
    ("{{ $value ", false),
    ("{{ $value }", false),
    ("{{ $value }} and {{ $value", false),
    ("{{ }}", false),
    ("{{- }}", false),
    ("{{ \"unterminated }}", false),
    ("{{ \"a\nb\" }}", false),
    ("{{ `raw }}", false),
    ("{{ 'a }}", false),
    ("{{ (printf \"%d\" 1 }}", false),
    ("{{ printf \"%d\" 1) }}", false),
    ("{{-$value}}", false),
    ("{{ $value-}}", false),
    ("{{/* unclosed }}", false),
    ("{{/* c */ $value }}", false),
    ("{{ $labels[0] }}", false),
    ("{{ $x : 1 }}", false),
];

/// A spec whose custom rule has `template` as its description.
fn with_description(template: &str) -> AlertRulesSpec {
    let mut rule = custom_rule("Templated");
    rule.description = Some(template.to_owned());
    AlertRulesSpec {
        rules: vec![rule],
        ..spec()
    }
}

/// The plan-time verdict on each template agrees with `promtool check rules`
/// on a rule file holding it as an annotation and as a label. Before the
/// check, the bad templates (`{{ $value `) passed plan.
#[test]
fn template_syntax_verdicts_match_promtool() {
    let dir = scratch_dir("templates");
    let mut disagreements = Vec::new();
    for (i, (template, valid)) in TEMPLATES.iter().enumerate() {
        let quoted = serde_json::to_string(template).unwrap();
        let file = format!("t{i}.yml");
        std::fs::write(
            dir.join(&file),
            format!(
                "groups:\n  - name: t\n    rules:\n      - alert: T\n        expr: up == 0\n        \
                 labels:\n          team: {quoted}\n        annotations:\n          \
                 description: {quoted}\n"
            ),
        )
        .unwrap();
        let output = promtool()
            .args(["check", "rules", &file])
            .current_dir(&dir)
            .output()
            .unwrap();
        let ours = render(&with_description(template)).is_ok();
        if output.status.success() != *valid || ours != *valid {
            disagreements.push(format!(
                "{template:?}: expected {valid}, promtool {}, plan {ours}\n{}",
                output.status.success(),
                String::from_utf8_lossy(&output.stdout)
            ));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Each broken template is reported on its own attribute, all at once.
#[test]
fn broken_templates_are_reported_on_their_attribute() {
    let mut rule = custom_rule("Templated");
    rule.summary = Some("{{ $value ".to_owned());
    rule.description = Some("{{ $labels.queue }".to_owned());
    rule.runbook_url = Some("https://wiki/{{ }}".to_owned());
    rule.labels
        .insert("team".to_owned(), "{{ \"x }}".to_owned());
    rule.annotations
        .insert("dashboard".to_owned(), "{{ (x }}".to_owned());
    rule.annotations
        .insert("fine".to_owned(), "{{ $value }}".to_owned());
    let spec = AlertRulesSpec {
        rules: vec![custom_rule("Ok"), rule],
        ..spec()
    };
    let errors = render(&spec).unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let paths: Vec<&str> = shown
        .iter()
        .map(|e| e.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "rule[1].summary",
            "rule[1].description",
            "rule[1].runbook_url",
            "rule[1].labels[\"team\"]",
            "rule[1].annotations[\"dashboard\"]",
        ],
        "{shown:#?}"
    );
    assert!(errors.iter().all(|e| e.summary == "Invalid template"));
    assert_eq!(
        errors[0].detail,
        "Prometheus expands this value as a Go template, and the template action starting \
         at byte 0 (\"{{ $value \") is not closed by \"}}\". Write a literal \"{{\" as \
         {{ \"{{\" }}."
    );
}
