//! Renders the `devopsflow_alert_rules` resource into a Prometheus rule file.
//!
//! The file holds one rule group. Its rules come in this fixed order, so the
//! output only changes when the configuration does:
//!
//! 1. SLO recording rules (when `slo` is set): the job's 5m error and request
//!    rates, then one error ratio per burn-rate window, shortest window first. They live in the same group as the alerts that
//!    read them: Prometheus evaluates a group's rules in order, so the alerts
//!    always see the ratios of the same evaluation.
//! 2. Preset alerts, in [`PRESETS`] order whatever the order of `presets`.
//! 3. SLO burn-rate alerts.
//! 4. Custom rules, in configuration order.
//!
//! # Metrics the presets assume
//!
//! - `high_error_rate`: a counter [`Metrics::requests_total`]
//!   (`http_requests_total`) labelled `job` and one of
//!   [`Metrics::status_labels`] (`code` as client_golang's promhttp, or
//!   `status`); 5xx means the label matches `5..`. All the labels are matched
//!   (`or`), so any works. With an `slo`, `HighErrorRate` is a `warning`:
//!   `ErrorBudgetBurnFast` is the page, so one incident pages once.
//! - `high_latency`: a histogram whose bucket series is
//!   [`Metrics::latency_histogram`] (`http_request_duration_seconds_bucket`).
//! - `pod_down`: the scrape health `up{job=...}`. `PodDown` pages when more
//!   than [`Thresholds::pod_down_ratio`] of the job's targets are down (one
//!   target of many does not page); `JobAbsent` pages when the job has no
//!   `up` series at all (`absent`), which `PodDown` cannot see. Its
//!   `PodCrashLooping` alert reads kube-state-metrics'
//!   `kube_pod_container_status_restarts_total`.
//! - `pod_not_ready`: kube-state-metrics' `kube_pod_status_ready`.
//! - `high_memory` / `high_cpu`: cAdvisor's `container_memory_working_set_bytes`
//!   and `container_cpu_usage_seconds_total` against kube-state-metrics'
//!   `kube_pod_container_resource_limits`; containers without a limit never
//!   alert.
//!
//! kube-state-metrics and cAdvisor series do not carry the application's
//! `job` label, so the Kubernetes presets select the job's pods with
//! `and on (namespace, pod) up{job="..."}`: this needs the scrape targets
//! of the job to carry `namespace` and `pod` labels (the Prometheus
//! Operator and the usual `kubernetes_sd_configs` relabelings add them), and
//! kube-state-metrics to be scraped with `honor_labels: true` (the
//! kube-prometheus-stack default). Every preset and SLO alert carries a
//! `job` label naming the configured job, so routing by job works for all.
//!
//! # SLO alerts
//!
//! The multiwindow, multi-burn-rate alerts of the Google SRE workbook, on the
//! job's 5xx ratio with error budget `1 - objective/100`:
//!
//! | alert | severity | long and short window | budget spent |
//! | --- | --- | --- | --- |
//! | `ErrorBudgetBurnFast` | critical (page) | 1h and 5m | 2% |
//! | `ErrorBudgetBurnFast` | critical (page) | 6h and 30m | 5% |
//! | `ErrorBudgetBurnSlow` | warning (ticket) | 1d and 2h | 10% |
//! | `ErrorBudgetBurnSlow` | warning (ticket) | 3d and 6h | 10% |
//!
//! The burn factor for a window is `spent × slo_window / long_window`, which
//! gives the workbook's 14.4, 6, 3 and 1 for a 30d SLO window and keeps the
//! budget percentages for other windows (for 28d: 13.44, 5.6, 2.8, 0.93…).
//! The ratios are recorded as `job:slo_errors_per_request:ratio_rate<window>`.
//! The 1d and 3d ratios do not re-read the raw request series over days: they
//! divide the sums over the window of the recorded 5m rates
//! `job:slo_errors:rate5m` and `job:slo_requests:rate5m` (one series per
//! job). The fast alert has `for: 2m`, the slow one `for: 15m`; every
//! generated alert has a `for`.
//!
//! # Validation
//!
//! [`render`] reports every problem at once, each at its attribute path:
//! empty group or job; durations that are not Prometheus durations (`0`,
//! or numbers with units `y w d h m s ms`, largest first, each at most once,
//! at most about 292 years); unknown or repeated presets; thresholds out of
//! range; an SLO objective outside (0, 100) or a window shorter than `3d`;
//! and for custom rules: PromQL that does not parse (the parser's message is
//! the detail; expressions are limited to 16 KiB and 128 levels of brackets
//! so that parsing stays within a thread's stack), unknown severities,
//! alert names already used by another rule or by an enabled preset or the
//! SLO alerts, label and annotation names outside `[a-zA-Z_][a-zA-Z0-9_]*`
//! or starting with `__`, and reserved names (`severity` and `alertname`
//! labels; `summary`, `description` and `runbook_url` annotations, which
//! have their own attributes). Annotation and label values (`summary`,
//! `description`, `runbook_url`, `labels`, `annotations`) are Prometheus
//! templates: their Go template syntax is checked (closed actions, strings,
//! parentheses, trim markers, comments); function and
//! variable names are left to `promtool check rules`.
//!
//! # Severities
//!
//! `critical` pages someone now, `warning` needs attention within working
//! hours, `info` is for context only (dashboards, inhibition). Presets use
//! `critical` for `HighErrorRate` (a `warning` when `slo` is set), `PodDown`
//! and `JobAbsent`, `warning` for the rest.

mod duration;
mod output;
mod presets;
pub(crate) mod queries;
mod runbook;
mod slo;
mod template;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fixes;
#[cfg(test)]
mod tests_runbook;
mod validate;

pub(crate) use duration::parse_duration;
pub use runbook::{TO_FILL_IN, file_name as runbook_file_name, runbook_path};
pub(crate) use validate::{is_label_name, parse_promql};

use std::collections::BTreeMap;

use tfplug::Declare;

use crate::render::FieldError;
use crate::yaml::{self, Yaml};
use output::{Alert, custom_rule_yaml, kebab_case, template_literal};
use presets::{PresetContext, preset_alerts};
use runbook::{custom_runbook, generated_runbook};
use slo::{slo_alerts, slo_recording_rules};
use validate::{Errors, validate};

/// Preset names accepted in [`AlertRulesSpec::presets`], in output order.
pub const PRESETS: &[&str] = &[
    "high_error_rate",
    "high_latency",
    "pod_down",
    "pod_not_ready",
    "high_memory",
    "high_cpu",
];

/// Accepted values of [`CustomRule::severity`] (see the module docs).
pub const SEVERITIES: &[&str] = &["critical", "warning", "info"];

/// The decoded configuration of one `devopsflow_alert_rules` resource (all its
/// attributes but `path`). Each field's doc comment is the attribute's description
/// in the schema and the docs.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct AlertRulesSpec {
    /// Name of the Prometheus rule group; must not be empty.
    pub group: String,
    /// Evaluation interval of the group, a Prometheus duration such as `30s`.
    /// Defaults to Prometheus' global interval.
    pub interval: Option<String>,
    /// Value of the `job` label the presets and SLO alerts select. Defaults to
    /// `group`.
    pub job: Option<String>,
    /// Ready-made alerts to include: `high_error_rate` (`HighErrorRate`, critical;
    /// a warning when `slo` is set, whose `ErrorBudgetBurnFast` is then the only
    /// page), `high_latency` (`HighLatency`), `pod_down` (`PodDown` when more than
    /// `thresholds.pod_down_ratio` of the job's scrape targets are down, `JobAbsent`
    /// when the job has no target at all, `PodCrashLooping`), `pod_not_ready`,
    /// `high_memory`, `high_cpu`. Every generated alert has a `for`.
    #[tf(any_of = PRESETS, default)]
    pub presets: Vec<String>,
    /// Thresholds of the preset alerts.
    #[tf(block)]
    pub thresholds: Thresholds,
    /// Names of the application's metrics and labels that the error-rate,
    /// latency and SLO alerts read.
    #[tf(block)]
    pub metrics: Metrics,
    /// A service level objective on the job's request success ratio; adds
    /// multiwindow, multi-burn-rate alerts (page and ticket) and the recording
    /// rules they read (the 1d and 3d ratios are computed from the recorded 5m
    /// rates, not from the raw series).
    #[tf(block)]
    pub slo: Option<SloSpec>,
    /// A custom alerting rule.
    #[tf(block, rename = "rule")]
    pub rules: Vec<CustomRule>,
    /// Base URL of your runbooks. With `runbook_dir`, every alert's `runbook_url` is
    /// `<base>/<file name>`, e.g. `<base>/pod-down.md`: point it at where the runbooks
    /// are served (e.g. the web view of `runbook_dir` in your repository). Without
    /// `runbook_dir`, each preset and SLO alert links to
    /// `<base>/<alert-name-in-kebab-case>`, e.g. `<base>/pod-down`.
    pub runbook_base_url: Option<String>,
    /// Directory for one Markdown runbook per alert (presets, SLO and `rule` blocks),
    /// named after the alert in kebab case (`PodDown` gives `pod-down.md`), relative
    /// to the directory of the rule file (`path`), like Prometheus' `rule_files`;
    /// `"."` is that directory itself. Each runbook has the sections Meaning,
    /// Impact, Diagnosis (PromQL queries on the alert's own job, metrics and
    /// labels), Mitigation and Escalation; those of `rule` blocks quote the rule and
    /// mark with `**TO FILL IN:**` what only its authors can write. The runbooks are
    /// files of this resource: written and checked for drift with the rule file, and
    /// removed on destroy. Every alert's `runbook_url` then points to its runbook:
    /// `<runbook_base_url>/<file name>`, or without a base URL the runbook's path
    /// relative to the rule file's directory (e.g. `runbooks/pod-down.md`). A `rule`
    /// block's own `runbook_url` wins over both. Edits of a runbook are drift, undone
    /// by the next apply; to fill in the runbooks by hand and keep them, set
    /// `lifecycle_mode = "scaffold"` (every file, the rule file too, is then written
    /// once, when it is missing).
    pub runbook_dir: Option<String>,
    /// Text put at the top of the file as `# ` comment lines (set by the resource).
    #[tf(skip)]
    pub header: String,
    /// Text put at the top of each runbook in an HTML comment (set by the resource).
    #[tf(skip)]
    pub runbook_header: String,
}

/// Thresholds of the presets. Every field has a default ([`Default`]); the
/// fields that are not attributes always keep it.
#[derive(Debug, Clone, PartialEq, Declare)]
pub struct Thresholds {
    /// Window of the `rate()` calls of the error-rate, latency and CPU
    /// presets. Default `5m`.
    #[tf(skip, default)]
    pub rate_window: String,
    /// `high_error_rate` fires above this ratio of 5xx responses, in (0, 1).
    #[tf(default)]
    pub error_rate: f64,
    /// `for` of `HighErrorRate`: how long the error ratio must stay above
    /// `error_rate` before the alert fires, a Prometheus duration.
    #[tf(default)]
    pub error_rate_for: String,
    /// `high_latency` fires when the p99 latency exceeds this many seconds.
    #[tf(default)]
    pub latency_p99_seconds: f64,
    /// `for` of `HighLatency`. Default `10m`.
    #[tf(skip, default)]
    pub latency_for: String,
    /// `pod_down` pages (`PodDown`) when more than this share of the job's scrape
    /// targets is down, in (0, 1); one target down out of many does not page.
    #[tf(default)]
    pub pod_down_ratio: f64,
    /// `for` of `PodDown` and `JobAbsent`. Default `5m`.
    #[tf(skip, default)]
    pub pod_down_for: String,
    /// `PodCrashLooping` fires when a container restarted at least this many
    /// times within `pod_restarts_window`; at least 1. Default `3`.
    #[tf(skip, default)]
    pub pod_restarts: u32,
    /// Window for `pod_restarts`. Default `15m`.
    #[tf(skip, default)]
    pub pod_restarts_window: String,
    /// `for` of `PodCrashLooping`. Default `10m`.
    #[tf(skip, default)]
    pub pod_restarts_for: String,
    /// `for` of `PodNotReady`. Default `15m`.
    #[tf(skip, default)]
    pub pod_not_ready_for: String,
    /// `high_memory` fires above this share of the memory limit (working set
    /// over limit), in (0, 1).
    #[tf(default)]
    pub memory_ratio: f64,
    /// `for` of `HighMemoryUsage`. Default `15m`.
    #[tf(skip, default)]
    pub memory_for: String,
    /// `high_cpu` fires above this share of the CPU limit, in (0, 1).
    #[tf(default)]
    pub cpu_ratio: f64,
    /// `for` of `HighCpuUsage`. Default `15m`.
    #[tf(skip, default)]
    pub cpu_for: String,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            rate_window: "5m".to_owned(),
            error_rate: 0.05,
            error_rate_for: "5m".to_owned(),
            latency_p99_seconds: 0.5,
            latency_for: "10m".to_owned(),
            pod_down_ratio: 0.25,
            pod_down_for: "5m".to_owned(),
            pod_restarts: 3,
            pod_restarts_window: "15m".to_owned(),
            pod_restarts_for: "10m".to_owned(),
            pod_not_ready_for: "15m".to_owned(),
            memory_ratio: 0.9,
            memory_for: "15m".to_owned(),
            cpu_ratio: 0.9,
            cpu_for: "15m".to_owned(),
        }
    }
}

/// Metric and label names of the application. Every field has a default
/// ([`Default`]): the names client_golang's promhttp and most HTTP
/// middlewares use.
#[derive(Debug, Clone, PartialEq, Declare)]
pub struct Metrics {
    /// Counter of HTTP requests, labelled `job` and a status label (see
    /// `status_labels`); read by `high_error_rate` and the SLO alerts.
    #[tf(default)]
    pub requests_total: String,
    /// Labels of `requests_total` that may hold the HTTP status code; a request
    /// failed when one of them matches `5..`. At least one.
    #[tf(default)]
    pub status_labels: Vec<String>,
    /// Bucket series of the latency histogram read by `high_latency`; must end
    /// in `_bucket`.
    #[tf(default)]
    pub latency_histogram: String,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            requests_total: "http_requests_total".to_owned(),
            status_labels: vec!["code".to_owned(), "status".to_owned()],
            latency_histogram: "http_request_duration_seconds_bucket".to_owned(),
        }
    }
}

/// A service-level objective on the job's ratio of non-5xx responses.
#[derive(Debug, Clone, PartialEq, Declare)]
pub struct SloSpec {
    /// Target success percentage, strictly between 0 and 100, e.g. `99.9`.
    pub objective: f64,
    /// SLO window, a Prometheus duration of at least `3d`.
    #[tf(default = "30d")]
    pub window: String,
}

/// A hand-written alerting rule.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct CustomRule {
    /// Alert name, unique in the file (presets and SLO alerts included).
    pub alert: String,
    /// PromQL expression; parsed at plan time.
    pub expr: String,
    /// How long the condition must hold before the alert fires (a duration).
    #[tf(rename = "for")]
    pub for_: Option<String>,
    /// Set as the `severity` label.
    #[tf(one_of = SEVERITIES, default = "warning")]
    pub severity: String,
    /// The `summary` annotation (a Prometheus template, its syntax checked at plan);
    /// the alert name when unset.
    pub summary: Option<String>,
    /// The `description` annotation (a Prometheus template, its syntax checked at
    /// plan).
    pub description: Option<String>,
    /// The `runbook_url` annotation (`runbook_base_url` does not apply to custom
    /// rules).
    pub runbook_url: Option<String>,
    /// Extra labels; `severity` and `alertname` are reserved. Values are Prometheus
    /// templates, their syntax checked at plan.
    #[tf(default)]
    pub labels: BTreeMap<String, String>,
    /// Extra annotations; `summary`, `description` and `runbook_url` are reserved
    /// for the attributes of the same names. Values are Prometheus templates, their
    /// syntax checked at plan.
    #[tf(default)]
    pub annotations: BTreeMap<String, String>,
}

/// A rendered rule file and its runbooks.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The rule file's text.
    pub rules: String,
    /// `(file name, Markdown)` of each runbook, in the order of the alerts; empty
    /// without `runbook_dir`.
    pub runbooks: Vec<(String, String)>,
}

/// Validates `spec` and renders the rule file, or returns every problem
/// found, each located by its Terraform attribute path.
pub fn render(spec: &AlertRulesSpec) -> Result<String, Vec<FieldError>> {
    render_files(spec).map(|rendered| rendered.rules)
}

/// [`render`], with the runbooks when `runbook_dir` is set.
pub fn render_files(spec: &AlertRulesSpec) -> Result<Rendered, Vec<FieldError>> {
    let mut errors = Errors::default();
    let checked = validate(spec, &mut errors);
    if !errors.0.is_empty() {
        return Err(errors.0);
    }

    let job = spec.job.as_deref().unwrap_or(&spec.group);
    let mut ctx = PresetContext::new(job, &spec.thresholds, &spec.metrics);
    ctx.slo = checked.slo.is_some();
    let runbook_base = spec
        .runbook_base_url
        .as_deref()
        .map(|base| base.trim_end_matches('/'));
    let runbook_dir = spec.runbook_dir.as_deref().map(runbook::link_dir);
    // The `runbook_url` of an alert.
    let link = |alert: &str| match (&runbook_dir, runbook_base) {
        (Some(dir), base) => runbook_file_name(alert).map(|file| match base {
            Some(base) => format!("{base}/{file}"),
            None if dir.is_empty() => file,
            None => format!("{dir}/{file}"),
        }),
        (None, Some(base)) => Some(format!("{base}/{}", kebab_case(alert))),
        (None, None) => None,
    };

    let mut rules = Vec::new();
    if checked.slo.is_some() {
        rules.extend(slo_recording_rules(&ctx));
    }
    let mut alerts: Vec<Alert> = checked
        .presets
        .iter()
        .flat_map(|preset| preset_alerts(*preset, &ctx))
        .collect();
    if let Some(slo) = &checked.slo {
        alerts.extend(slo_alerts(slo, &ctx));
    }
    let mut runbooks = Vec::new();
    for alert in alerts {
        if runbook_dir.is_some() {
            runbooks.push(generated_runbook(&alert, &ctx, checked.slo.as_ref()));
        }
        let url = link(&alert.name);
        rules.push(alert.with_runbook(url.as_deref()).to_yaml());
    }
    for rule in &spec.rules {
        if runbook_dir.is_some() {
            runbooks.push(custom_runbook(rule));
        }
        let mut rule = rule.clone();
        if rule.runbook_url.is_none() && runbook_dir.is_some() {
            rule.runbook_url = link(&rule.alert).map(|url| template_literal(&url));
        }
        rules.push(custom_rule_yaml(&rule));
    }

    let group = Yaml::map()
        .with("name", spec.group.as_str())
        .with_opt("interval", spec.interval.as_deref())
        .with("rules", Yaml::Seq(rules));
    let doc = Yaml::map().with("groups", Yaml::seq().push(group));
    let runbooks = runbooks
        .iter()
        .filter_map(|runbook| {
            let name = runbook_file_name(&runbook.alert)?;
            Some((name, runbook.to_markdown(&spec.runbook_header)))
        })
        .collect();
    Ok(Rendered {
        rules: format!("{}{}", yaml::comment(&spec.header), yaml::to_string(&doc)),
        runbooks,
    })
}
