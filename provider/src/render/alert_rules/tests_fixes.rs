//! `promtool test rules` proofs of the alert rule fixes: `JobAbsent`, `PodDown`
//! by the share of targets down, one page per incident with an SLO, a `for`
//! on every generated alert, overridable metric names and the long-window
//! ratios from recording rules.

#![allow(clippy::unwrap_used)]

use super::slo::{LONG_WINDOWS, slo_records};
use super::tests::{render_ok, run_promtool, scratch_dir, with_presets};
use super::*;

/// Renders `spec` as `rules.yml`, writes the promtool unit tests `tests`
/// (the YAML list under `tests:`) and runs `promtool test rules` on them.
fn promtool_test(name: &str, spec: &AlertRulesSpec, tests: &str) {
    let dir = scratch_dir(name);
    std::fs::write(dir.join("rules.yml"), render_ok(spec)).unwrap();
    let file = format!("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n{tests}");
    std::fs::write(dir.join("tests.yml"), file).unwrap();
    let output = run_promtool(&["test", "rules", "tests.yml"], &dir);
    assert!(output.contains("SUCCESS"), "{output}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `count` `up` series of job `api`, the first `down` of them at 0.
fn targets(count: usize, down: usize) -> String {
    (0..count)
        .map(|i| {
            let value = if i < down { "0x60" } else { "1x60" };
            format!(
                "      - series: 'up{{job=\"api\", instance=\"10.0.0.{i}:8080\", namespace=\"prod\", pod=\"api-{i}\"}}'\n        values: '{value}'\n"
            )
        })
        .collect()
}

const POD_DOWN: &str = "
          - exp_labels: {severity: critical, job: api}
            exp_annotations:
              summary: Scrape targets down
              description: 50% of the scrape targets of job api have been unreachable for more than 5m (threshold 25%).";

const JOB_ABSENT: &str = "
          - exp_labels: {severity: critical, job: api}
            exp_annotations:
              summary: No scrape target
              description: 'Prometheus has had no scrape target of job api for more than 5m: the job is gone from service discovery, or its targets no longer exist.'";

#[test]
fn pod_down_pages_by_share_of_targets_and_job_absent_when_none() {
    let spec = with_presets(&["pod_down"]);
    let tests = format!(
        "  # One target of ten down: no page.
  - interval: 1m
    input_series:
{one_of_ten}    alert_rule_test:
      - {{eval_time: 30m, alertname: PodDown, exp_alerts: []}}
      - {{eval_time: 30m, alertname: JobAbsent, exp_alerts: []}}
  # Five of ten down: pages once for the job, after the 5m `for`.
  - interval: 1m
    input_series:
{five_of_ten}    alert_rule_test:
      - {{eval_time: 4m, alertname: PodDown, exp_alerts: []}}
      - eval_time: 10m
        alertname: PodDown
        exp_alerts:{POD_DOWN}
  # The job's targets are gone: only `absent` sees it.
  - interval: 1m
    input_series:
      - series: 'up{{job=\"other\", instance=\"10.0.0.9:8080\"}}'
        values: '1x60'
    alert_rule_test:
      - {{eval_time: 4m, alertname: JobAbsent, exp_alerts: []}}
      - {{eval_time: 10m, alertname: PodDown, exp_alerts: []}}
      - eval_time: 10m
        alertname: JobAbsent
        exp_alerts:{JOB_ABSENT}
  # A container restarting every minute: PodCrashLooping waits for its `for`.
  - interval: 1m
    input_series:
{one_target}      - series: 'kube_pod_container_status_restarts_total{{container=\"app\", namespace=\"prod\", pod=\"api-0\"}}'
        values: '0+1x60'
    alert_rule_test:
      - {{eval_time: 10m, alertname: PodCrashLooping, exp_alerts: []}}
      - eval_time: 20m
        alertname: PodCrashLooping
        exp_alerts:
          - exp_labels: {{severity: warning, job: api, namespace: prod, pod: api-0, container: app}}
            exp_annotations:
              summary: Container restarting repeatedly
              description: Container app of pod prod/api-0 restarted 15 times in the last 15m (threshold 3).
",
        one_of_ten = targets(10, 1),
        five_of_ten = targets(10, 5),
        one_target = targets(1, 0),
    );
    promtool_test("pod-down", &spec, &tests);
}

/// 10% of the requests of job `api` fail, counted by `counter` with the
/// status in `label`.
fn failing_requests(counter: &str, label: &str) -> String {
    format!(
        "      - series: '{counter}{{job=\"api\", {label}=\"500\"}}'
        values: '0+60x180'
      - series: '{counter}{{job=\"api\", {label}=\"200\"}}'
        values: '0+540x180'
"
    )
}

fn high_error_rate(severity: &str) -> String {
    format!(
        "      - eval_time: 10m
        alertname: HighErrorRate
        exp_alerts:
          - exp_labels: {{severity: {severity}, job: api}}
            exp_annotations:
              summary: High rate of HTTP 5xx responses
              description: 10% of the requests to job api failed with a 5xx status over the last 5m (threshold 5%).
"
    )
}

#[test]
fn with_an_slo_one_incident_pages_once() {
    let requests = failing_requests("http_requests_total", "code");
    let without_slo = with_presets(&["high_error_rate"]);
    promtool_test(
        "no-slo",
        &without_slo,
        &format!(
            "  - interval: 1m\n    input_series:\n{requests}    alert_rule_test:\n{}",
            high_error_rate("critical")
        ),
    );

    let with_slo = AlertRulesSpec {
        slo: Some(SloSpec {
            objective: 99.9,
            window: "30d".to_owned(),
        }),
        ..without_slo
    };
    // The burn-rate alert is the only page; HighErrorRate is a warning.
    let tests = format!(
        "  - interval: 1m
    input_series:
{requests}    alert_rule_test:
{}      - {{eval_time: 2m, alertname: ErrorBudgetBurnFast, exp_alerts: []}}
      - eval_time: 10m
        alertname: ErrorBudgetBurnFast
        exp_alerts:
          - exp_labels: {{severity: critical, job: api}}
            exp_annotations:
              summary: Error budget burning fast
              description: 'Job api is burning its 30d error budget (objective 99.9%) fast: at this error rate it spends 2% of it within 1h or 5% of it within 6h.'
{}",
        high_error_rate("warning"),
        critical_count(),
    );
    promtool_test("slo", &with_slo, &tests);
}

/// Exactly one critical alert fires at 10m.
fn critical_count() -> String {
    "    promql_expr_test:
      - expr: 'count(ALERTS{alertstate=\"firing\", severity=\"critical\"})'
        eval_time: 10m
        exp_samples:
          - labels: '{}'
            value: 1
"
    .to_owned()
}

#[test]
fn metric_and_label_names_can_be_overridden() {
    let spec = AlertRulesSpec {
        metrics: Metrics {
            requests_total: "api_calls_total".to_owned(),
            status_labels: vec!["response_code".to_owned()],
            latency_histogram: "api_call_seconds_bucket".to_owned(),
        },
        ..with_presets(&["high_error_rate", "high_latency"])
    };
    let rules = render_ok(&spec);
    for default_name in [
        "http_requests_total",
        ", code=",
        ", status=",
        "http_request_duration",
    ] {
        assert!(!rules.contains(default_name), "{default_name} in:\n{rules}");
    }
    let tests = format!(
        "  - interval: 1m
    input_series:
{}      - series: 'api_call_seconds_bucket{{job=\"api\", le=\"0.1\"}}'
        values: '0x180'
      - series: 'api_call_seconds_bucket{{job=\"api\", le=\"1\"}}'
        values: '0+600x180'
      - series: 'api_call_seconds_bucket{{job=\"api\", le=\"+Inf\"}}'
        values: '0+600x180'
    alert_rule_test:
{}      - eval_time: 15m
        alertname: HighLatency
        exp_alerts:
          - exp_labels: {{severity: warning, job: api}}
            exp_annotations:
              summary: High p99 request latency
              description: The p99 latency of job api is 991ms over the last 5m (threshold 0.5s).
",
        failing_requests("api_calls_total", "response_code"),
        high_error_rate("critical"),
    );
    promtool_test("metric-names", &spec, &tests);
}

#[test]
fn long_window_ratios_come_from_the_5m_recordings() {
    let spec = AlertRulesSpec {
        slo: Some(SloSpec {
            objective: 99.9,
            window: "30d".to_owned(),
        }),
        ..with_presets(&[])
    };
    let thresholds = Thresholds::default();
    let metrics = Metrics::default();
    let ctx = super::presets::PresetContext::new("api", &thresholds, &metrics);
    let records = slo_records(&ctx);
    for window in LONG_WINDOWS {
        let (_, expr) = records
            .iter()
            .find(|(record, _)| record.ends_with(&format!("ratio_rate{window}")))
            .unwrap();
        assert!(!expr.contains(&metrics.requests_total), "{window}: {expr}");
    }
    // Traffic doubles after 1h while 10% keeps failing, then the errors stop:
    // the 1d and 3d ratios weigh each 5m by its traffic, as a raw rate would.
    let tests = "  - interval: 1m
    input_series:
      - series: 'http_requests_total{job=\"api\", code=\"500\"}'
        values: '0+60x59 3600+120x59 10800x59'
      - series: 'http_requests_total{job=\"api\", code=\"200\"}'
        values: '0+540x59 32400+1080x59 97200+1620x59'
    promql_expr_test:
"
    .to_owned()
        + &["1d", "3d"]
            .iter()
            .map(|window| {
                format!(
                    "      - expr: 'round(1000 * job:slo_errors_per_request:ratio_rate{window}{{job=\"api\"}})'
        eval_time: 2h
        exp_samples:
          - labels: '{{job=\"api\"}}'
            value: 100
      - expr: 'round(1000 * job:slo_errors_per_request:ratio_rate{window}{{job=\"api\"}}) == bool round(1000 * sum by (job) (rate(http_requests_total{{job=\"api\", code=~\"5..\"}}[{window}])) / sum by (job) (rate(http_requests_total{{job=\"api\"}}[{window}])))'
        eval_time: 3h
        exp_samples:
          - labels: '{{job=\"api\"}}'
            value: 1
"
                )
            })
            .collect::<String>();
    promtool_test("long-windows", &spec, &tests);
}
