//! Renders the `devopsflow_alert_rules` resource into a Prometheus rule file.
//!
//! The file holds one rule group. Its rules come in this fixed order, so the
//! output only changes when the configuration does:
//!
//! 1. SLO recording rules (when `slo` is set), one per burn-rate window,
//!    shortest window first. They live in the same group as the alerts that
//!    read them: Prometheus evaluates a group's rules in order, so the alerts
//!    always see the ratios of the same evaluation.
//! 2. Preset alerts, in [`PRESETS`] order whatever the order of `presets`.
//! 3. SLO burn-rate alerts.
//! 4. Custom rules, in configuration order.
//!
//! # Metrics the presets assume
//!
//! - `high_error_rate`: a counter `http_requests_total` labelled `job` and
//!   either `code` (client_golang's promhttp) or `status`; 5xx means the
//!   label matches `5..`. Both labelings are matched (`or`), so either works.
//! - `high_latency`: a histogram whose bucket series is
//!   [`Thresholds::latency_histogram`] (`http_request_duration_seconds_bucket`).
//! - `pod_down`: the scrape health `up{job=...}`; its `PodCrashLooping` alert
//!   reads kube-state-metrics' `kube_pod_container_status_restarts_total`.
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
//! have their own attributes). Annotation and label values are Prometheus
//! templates and are not checked here (`promtool check rules` does).
//!
//! # Severities
//!
//! `critical` pages someone now, `warning` needs attention within working
//! hours, `info` is for context only (dashboards, inhibition). Presets use
//! `critical` for `HighErrorRate` and `PodDown`, `warning` for the rest.

use std::collections::{BTreeMap, BTreeSet};

use tfplug::Declare;

use crate::render::{FieldError, PathSeg};
use crate::yaml::{self, Yaml};

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
    /// Ready-made alerts to include.
    #[tf(any_of = PRESETS, default)]
    pub presets: Vec<String>,
    /// Thresholds of the preset alerts.
    #[tf(block)]
    pub thresholds: Thresholds,
    /// A service level objective on the job's request success ratio; adds
    /// multiwindow, multi-burn-rate alerts (page and ticket).
    #[tf(block)]
    pub slo: Option<SloSpec>,
    /// A custom alerting rule.
    #[tf(block, rename = "rule")]
    pub rules: Vec<CustomRule>,
    /// Base URL of your runbooks; each preset and SLO alert links to
    /// `<base>/<alert-name-in-kebab-case>`, e.g. `<base>/pod-down`.
    pub runbook_base_url: Option<String>,
    /// Text put at the top of the file as `# ` comment lines (set by the resource).
    #[tf(skip)]
    pub header: String,
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
    /// `for` of `HighErrorRate`. Default `5m`.
    #[tf(skip, default)]
    pub error_rate_for: String,
    /// `high_latency` fires when the p99 latency exceeds this many seconds.
    #[tf(default)]
    pub latency_p99_seconds: f64,
    /// Bucket series of the latency histogram; must end in `_bucket`.
    /// Default `http_request_duration_seconds_bucket`.
    #[tf(skip, default)]
    pub latency_histogram: String,
    /// `for` of `HighLatency`. Default `10m`.
    #[tf(skip, default)]
    pub latency_for: String,
    /// `for` of `PodDown` (scrape target down). Default `5m`.
    #[tf(skip, default)]
    pub pod_down_for: String,
    /// `PodCrashLooping` fires when a container restarted at least this many
    /// times within `pod_restarts_window`; at least 1. Default `3`.
    #[tf(skip, default)]
    pub pod_restarts: u32,
    /// Window for `pod_restarts`. Default `15m`.
    #[tf(skip, default)]
    pub pod_restarts_window: String,
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
            latency_histogram: "http_request_duration_seconds_bucket".to_owned(),
            latency_for: "10m".to_owned(),
            pod_down_for: "5m".to_owned(),
            pod_restarts: 3,
            pod_restarts_window: "15m".to_owned(),
            pod_not_ready_for: "15m".to_owned(),
            memory_ratio: 0.9,
            memory_for: "15m".to_owned(),
            cpu_ratio: 0.9,
            cpu_for: "15m".to_owned(),
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
    /// The `summary` annotation (a Prometheus template); the alert name when unset.
    pub summary: Option<String>,
    /// The `description` annotation; templates allowed.
    pub description: Option<String>,
    /// The `runbook_url` annotation (`runbook_base_url` does not apply to custom
    /// rules).
    pub runbook_url: Option<String>,
    /// Extra labels; `severity` and `alertname` are reserved.
    #[tf(default)]
    pub labels: BTreeMap<String, String>,
    /// Extra annotations; `summary`, `description` and `runbook_url` are reserved
    /// for the attributes of the same names.
    #[tf(default)]
    pub annotations: BTreeMap<String, String>,
}

/// Validates `spec` and renders the rule file, or returns every problem
/// found, each located by its Terraform attribute path.
pub fn render(spec: &AlertRulesSpec) -> Result<String, Vec<FieldError>> {
    let mut errors = Errors::default();
    let checked = validate(spec, &mut errors);
    if !errors.0.is_empty() {
        return Err(errors.0);
    }

    let job = spec.job.as_deref().unwrap_or(&spec.group);
    let ctx = PresetContext::new(job, &spec.thresholds);
    let runbook_base = spec
        .runbook_base_url
        .as_deref()
        .map(|base| base.trim_end_matches('/'));

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
    rules.extend(
        alerts
            .into_iter()
            .map(|alert| alert.with_runbook(runbook_base).to_yaml()),
    );
    rules.extend(spec.rules.iter().map(custom_rule_yaml));

    let group = Yaml::map()
        .with("name", spec.group.as_str())
        .with_opt("interval", spec.interval.as_deref())
        .with("rules", Yaml::Seq(rules));
    let doc = Yaml::map().with("groups", Yaml::seq().push(group));
    Ok(format!(
        "{}{}",
        yaml::comment(&spec.header),
        yaml::to_string(&doc)
    ))
}

// ---------------------------------------------------------------------------
// Presets
// ---------------------------------------------------------------------------

/// The presets, in [`PRESETS`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Preset {
    HighErrorRate,
    HighLatency,
    PodDown,
    PodNotReady,
    HighMemory,
    HighCpu,
}

impl Preset {
    const ALL: [Preset; 6] = [
        Preset::HighErrorRate,
        Preset::HighLatency,
        Preset::PodDown,
        Preset::PodNotReady,
        Preset::HighMemory,
        Preset::HighCpu,
    ];

    fn name(self) -> &'static str {
        match self {
            Preset::HighErrorRate => "high_error_rate",
            Preset::HighLatency => "high_latency",
            Preset::PodDown => "pod_down",
            Preset::PodNotReady => "pod_not_ready",
            Preset::HighMemory => "high_memory",
            Preset::HighCpu => "high_cpu",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }

    /// Names of the alerts the preset adds.
    fn alert_names(self) -> &'static [&'static str] {
        match self {
            Preset::HighErrorRate => &["HighErrorRate"],
            Preset::HighLatency => &["HighLatency"],
            Preset::PodDown => &["PodDown", "PodCrashLooping"],
            Preset::PodNotReady => &["PodNotReady"],
            Preset::HighMemory => &["HighMemoryUsage"],
            Preset::HighCpu => &["HighCpuUsage"],
        }
    }
}

/// Names of the SLO alerts.
const SLO_ALERT_NAMES: [&str; 2] = ["ErrorBudgetBurnFast", "ErrorBudgetBurnSlow"];

/// What the preset and SLO expressions are built from.
struct PresetContext<'a> {
    /// The configured job, as a label value.
    job: &'a str,
    /// `job="..."`, escaped for PromQL.
    job_matcher: String,
    thresholds: &'a Thresholds,
}

impl<'a> PresetContext<'a> {
    fn new(job: &'a str, thresholds: &'a Thresholds) -> Self {
        PresetContext {
            job,
            job_matcher: format!("job={}", promql_string(job)),
            thresholds,
        }
    }

    /// `and on (namespace, pod) up{job="..."}`: restricts per-pod series to
    /// the pods that are scrape targets of the job.
    fn job_pods(&self) -> String {
        format!("and on (namespace, pod)\nup{{{}}}", self.job_matcher)
    }

    /// The job's ratio of 5xx responses over `window`, aggregated by `job`.
    fn error_ratio(&self, window: &str) -> String {
        let job = &self.job_matcher;
        format!(
            "sum by (job) (\n  rate(http_requests_total{{{job}, code=~\"5..\"}}[{window}])\n  or\n  \
             rate(http_requests_total{{{job}, status=~\"5..\"}}[{window}])\n)\n/\n\
             sum by (job) (rate(http_requests_total{{{job}}}[{window}]))"
        )
    }

    /// An alert with the `severity` and `job` labels every preset carries.
    fn alert(&self, name: &str, severity: &str, expr: String, for_: Option<&str>) -> Alert {
        Alert {
            name: name.to_owned(),
            expr,
            for_: for_.map(str::to_owned),
            labels: vec![
                ("severity".to_owned(), severity.to_owned()),
                ("job".to_owned(), template_literal(self.job)),
            ],
            annotations: Vec::new(),
        }
    }
}

/// The alerts of one preset.
fn preset_alerts(preset: Preset, ctx: &PresetContext<'_>) -> Vec<Alert> {
    let t = ctx.thresholds;
    let job = &ctx.job_matcher;
    let window = &t.rate_window;
    match preset {
        Preset::HighErrorRate => vec![
            ctx.alert(
                "HighErrorRate",
                "critical",
                format!("{}\n> {}", ctx.error_ratio(window), t.error_rate),
                Some(&t.error_rate_for),
            )
            .annotate("summary", "High rate of HTTP 5xx responses")
            .annotate(
                "description",
                format!(
                    "{{{{ $value | humanizePercentage }}}} of the requests to job {{{{ $labels.job }}}} \
                     failed with a 5xx status over the last {window} (threshold {}).",
                    percent(t.error_rate)
                ),
            ),
        ],
        Preset::HighLatency => vec![
            ctx.alert(
                "HighLatency",
                "warning",
                format!(
                    "histogram_quantile(0.99,\n  sum by (job, le) (rate({}{{{job}}}[{window}]))\n)\n> {}",
                    t.latency_histogram, t.latency_p99_seconds
                ),
                Some(&t.latency_for),
            )
            .annotate("summary", "High p99 request latency")
            .annotate(
                "description",
                format!(
                    "The p99 latency of job {{{{ $labels.job }}}} is {{{{ $value | humanizeDuration }}}} \
                     over the last {window} (threshold {}s).",
                    t.latency_p99_seconds
                ),
            ),
        ],
        Preset::PodDown => vec![
            ctx.alert(
                "PodDown",
                "critical",
                format!("up{{{job}}} == 0"),
                Some(&t.pod_down_for),
            )
            .annotate("summary", "Scrape target down")
            .annotate(
                "description",
                format!(
                    "Target {{{{ $labels.instance }}}} of job {{{{ $labels.job }}}} has been \
                     unreachable for more than {}.",
                    t.pod_down_for
                ),
            ),
            ctx.alert(
                "PodCrashLooping",
                "warning",
                format!(
                    "max by (namespace, pod, container) (\n  increase(kube_pod_container_status_restarts_total[{}])\n)\n>= {}\n{}",
                    t.pod_restarts_window,
                    t.pod_restarts,
                    ctx.job_pods()
                ),
                None,
            )
            .annotate("summary", "Container restarting repeatedly")
            .annotate(
                "description",
                format!(
                    "Container {{{{ $labels.container }}}} of pod {{{{ $labels.namespace }}}}/{{{{ $labels.pod }}}} \
                     restarted {{{{ $value | humanize }}}} times in the last {} (threshold {}).",
                    t.pod_restarts_window, t.pod_restarts
                ),
            ),
        ],
        Preset::PodNotReady => vec![
            ctx.alert(
                "PodNotReady",
                "warning",
                format!(
                    "max by (namespace, pod) (kube_pod_status_ready{{condition=\"true\"}}) == 0\n{}",
                    ctx.job_pods()
                ),
                Some(&t.pod_not_ready_for),
            )
            .annotate("summary", "Pod not ready")
            .annotate(
                "description",
                format!(
                    "Pod {{{{ $labels.namespace }}}}/{{{{ $labels.pod }}}} has not been ready for more than {}.",
                    t.pod_not_ready_for
                ),
            ),
        ],
        Preset::HighMemory => vec![
            ctx.alert(
                "HighMemoryUsage",
                "warning",
                format!(
                    "max by (namespace, pod, container) (\n  \
                     container_memory_working_set_bytes{{container!=\"\", container!=\"POD\"}}\n)\n/\n\
                     max by (namespace, pod, container) (\n  \
                     kube_pod_container_resource_limits{{resource=\"memory\"}}\n)\n> {}\n{}",
                    t.memory_ratio,
                    ctx.job_pods()
                ),
                Some(&t.memory_for),
            )
            .annotate("summary", "Container close to its memory limit")
            .annotate(
                "description",
                format!(
                    "Container {{{{ $labels.container }}}} of pod {{{{ $labels.namespace }}}}/{{{{ $labels.pod }}}} \
                     uses {{{{ $value | humanizePercentage }}}} of its memory limit (threshold {}).",
                    percent(t.memory_ratio)
                ),
            ),
        ],
        Preset::HighCpu => vec![
            ctx.alert(
                "HighCpuUsage",
                "warning",
                format!(
                    "sum by (namespace, pod, container) (\n  \
                     rate(container_cpu_usage_seconds_total{{container!=\"\", container!=\"POD\"}}[{window}])\n)\n/\n\
                     max by (namespace, pod, container) (\n  \
                     kube_pod_container_resource_limits{{resource=\"cpu\"}}\n)\n> {}\n{}",
                    t.cpu_ratio,
                    ctx.job_pods()
                ),
                Some(&t.cpu_for),
            )
            .annotate("summary", "Container close to its CPU limit")
            .annotate(
                "description",
                format!(
                    "Container {{{{ $labels.container }}}} of pod {{{{ $labels.namespace }}}}/{{{{ $labels.pod }}}} \
                     uses {{{{ $value | humanizePercentage }}}} of its CPU limit over the last {window} (threshold {}).",
                    percent(t.cpu_ratio)
                ),
            ),
        ],
    }
}

// ---------------------------------------------------------------------------
// SLO burn-rate alerts
// ---------------------------------------------------------------------------

/// One long/short window pair of the multiwindow, multi-burn-rate scheme.
struct BurnWindow {
    long: &'static str,
    long_ms: u64,
    short: &'static str,
    /// Percent of the error budget spent within `long` at the alerting
    /// burn rate.
    budget_percent: u64,
}

const HOUR_MS: u64 = 3_600_000;

/// Window pairs of `ErrorBudgetBurnFast` (page).
const FAST_BURN: [BurnWindow; 2] = [
    BurnWindow {
        long: "1h",
        long_ms: HOUR_MS,
        short: "5m",
        budget_percent: 2,
    },
    BurnWindow {
        long: "6h",
        long_ms: 6 * HOUR_MS,
        short: "30m",
        budget_percent: 5,
    },
];

/// Window pairs of `ErrorBudgetBurnSlow` (ticket).
const SLOW_BURN: [BurnWindow; 2] = [
    BurnWindow {
        long: "1d",
        long_ms: 24 * HOUR_MS,
        short: "2h",
        budget_percent: 10,
    },
    BurnWindow {
        long: "3d",
        long_ms: 72 * HOUR_MS,
        short: "6h",
        budget_percent: 10,
    },
];

/// Every window an error ratio is recorded for, shortest first.
const RECORDED_WINDOWS: [&str; 7] = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];

/// The shortest SLO window accepted: the longest alerting window.
const MIN_SLO_WINDOW_MS: u64 = 72 * HOUR_MS;

/// A validated [`SloSpec`], with the numbers the alerts need.
#[derive(Debug)]
struct CheckedSlo {
    /// The objective as written in descriptions, e.g. `99.9`.
    objective: String,
    /// The error budget as an exact decimal, e.g. `0.001`.
    budget: String,
    window: String,
    window_ms: u64,
}

/// Name of the recording rule holding the job's error ratio over `window`.
fn error_ratio_record(window: &str) -> String {
    format!("job:slo_errors_per_request:ratio_rate{window}")
}

fn slo_recording_rules(ctx: &PresetContext<'_>) -> Vec<Yaml> {
    RECORDED_WINDOWS
        .iter()
        .map(|window| {
            Yaml::map()
                .with("record", error_ratio_record(window))
                .with("expr", ctx.error_ratio(window))
        })
        .collect()
}

fn slo_alerts(slo: &CheckedSlo, ctx: &PresetContext<'_>) -> Vec<Alert> {
    let condition = |windows: &[BurnWindow]| {
        windows
            .iter()
            .map(|w| {
                let threshold = format!("({} * {})", burn_factor(w, slo.window_ms), slo.budget);
                let selector = |window: &str| {
                    format!(
                        "{}{{{}}} > {threshold}",
                        error_ratio_record(window),
                        ctx.job_matcher
                    )
                };
                format!(
                    "(\n  {}\n  and\n  {}\n)",
                    selector(w.long),
                    selector(w.short)
                )
            })
            .collect::<Vec<_>>()
            .join("\nor\n")
    };
    let describe = |speed: &str, windows: &[BurnWindow]| {
        let spends = windows
            .iter()
            .map(|w| format!("{}% of it within {}", w.budget_percent, w.long))
            .collect::<Vec<_>>()
            .join(" or ");
        format!(
            "Job {{{{ $labels.job }}}} is burning its {} error budget (objective {}%) {speed}: \
             at this error rate it spends {spends}.",
            slo.window, slo.objective
        )
    };
    vec![
        ctx.alert(SLO_ALERT_NAMES[0], "critical", condition(&FAST_BURN), None)
            .annotate("summary", "Error budget burning fast")
            .annotate("description", describe("fast", &FAST_BURN)),
        ctx.alert(SLO_ALERT_NAMES[1], "warning", condition(&SLOW_BURN), None)
            .annotate("summary", "Error budget burning")
            .annotate("description", describe("steadily", &SLOW_BURN)),
    ]
}

/// Burn rate at which `window.budget_percent` of the budget of an SLO
/// window of `slo_window_ms` is spent within `window.long`. Computed as one
/// division of integers, so the result prints as its exact decimal value
/// whenever that is short (14.4, not 14.400000000000002).
fn burn_factor(window: &BurnWindow, slo_window_ms: u64) -> f64 {
    let numerator = u128::from(window.budget_percent) * u128::from(slo_window_ms);
    let denominator = 100 * u128::from(window.long_ms);
    // Durations are capped at MAX_DURATION_MS (about 292 years), so both
    // stay below 2^53 and convert to f64 exactly.
    numerator as f64 / denominator as f64
}

/// The error budget `1 - objective/100` as a decimal string, computed on the
/// objective's shortest decimal form so that 99.9 gives `0.001` exactly.
fn error_budget(objective: f64) -> String {
    let text = objective.to_string();
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let exact = (frac.len() <= 30)
        .then(|| format!("{int_part}{frac}").parse::<u128>().ok())
        .flatten()
        .and_then(|mantissa| {
            let scale = 10u128.checked_pow(u32::try_from(frac.len()).ok()?)?;
            let budget = (100 * scale).checked_sub(mantissa)?;
            Some(decimal(budget, frac.len() + 2))
        });
    exact.unwrap_or_else(|| ((100.0 - objective) / 100.0).to_string())
}

/// `value / 10^scale` as a decimal string without trailing zeros.
fn decimal(value: u128, scale: usize) -> String {
    let digits = format!("{value:0>width$}", width = scale + 1);
    let (int_part, frac) = digits.split_at(digits.len() - scale);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int_part.to_owned()
    } else {
        format!("{int_part}.{frac}")
    }
}

/// A ratio as a percentage for descriptions: 0.05 gives `5%`.
fn percent(ratio: f64) -> String {
    let text = format!("{:.6}", ratio * 100.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}%")
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

/// A generated alerting rule.
struct Alert {
    name: String,
    expr: String,
    for_: Option<String>,
    /// Labels in output order, `severity` first.
    labels: Vec<(String, String)>,
    /// Annotations in output order.
    annotations: Vec<(String, String)>,
}

impl Alert {
    fn annotate(mut self, name: &str, value: impl Into<String>) -> Self {
        self.annotations.push((name.to_owned(), value.into()));
        self
    }

    /// Adds `runbook_url = <base>/<kebab-case name>` when `base` is set.
    fn with_runbook(self, base: Option<&str>) -> Self {
        match base {
            Some(base) => {
                let url = template_literal(&format!("{base}/{}", kebab_case(&self.name)));
                self.annotate("runbook_url", url)
            }
            None => self,
        }
    }

    fn to_yaml(&self) -> Yaml {
        let pairs = |pairs: &[(String, String)]| {
            Yaml::Map(
                pairs
                    .iter()
                    .map(|(k, v)| (k.clone(), Yaml::from(v)))
                    .collect(),
            )
        };
        Yaml::map()
            .with("alert", self.name.as_str())
            .with("expr", self.expr.as_str())
            .with_opt("for", self.for_.as_deref())
            .with("labels", pairs(&self.labels))
            .with("annotations", pairs(&self.annotations))
    }
}

fn custom_rule_yaml(rule: &CustomRule) -> Yaml {
    let mut labels = Yaml::map().with("severity", rule.severity.as_str());
    for (name, value) in &rule.labels {
        labels = labels.with(name.as_str(), value.as_str());
    }
    let mut annotations = Yaml::map()
        .with("summary", rule.summary.as_deref().unwrap_or(&rule.alert))
        .with_opt("description", rule.description.as_deref())
        .with_opt("runbook_url", rule.runbook_url.as_deref());
    for (name, value) in &rule.annotations {
        annotations = annotations.with(name.as_str(), value.as_str());
    }
    Yaml::map()
        .with("alert", rule.alert.as_str())
        .with("expr", rule.expr.as_str())
        .with_opt("for", rule.for_.as_deref())
        .with("labels", labels)
        .with("annotations", annotations)
}

/// `s` as a PromQL double-quoted string literal.
fn promql_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` as Go template text that expands to `s` itself: Prometheus expands
/// alert labels and annotations as templates, so a literal `{{` must be
/// written as an action printing it.
fn template_literal(s: &str) -> String {
    s.replace("{{", "{{ \"{{\" }}")
}

/// `HighCpuUsage` → `high-cpu-usage`, `HTTPErrors` → `http-errors`.
fn kebab_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            continue;
        }
        if c.is_uppercase() && i > 0 && !out.is_empty() && !out.ends_with('-') {
            let prev = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_uppercase() && next_is_lower)
            {
                out.push('-');
            }
        }
        out.extend(c.to_lowercase());
    }
    out.trim_end_matches('-').to_owned()
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

/// The problems found so far.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, path: Vec<PathSeg>, summary: &str, detail: impl Into<String>) {
        self.0.push(FieldError::new(path, summary, detail));
    }

    /// Checks a Prometheus duration; returns it in milliseconds when valid.
    fn duration(&mut self, path: Vec<PathSeg>, value: &str) -> Option<u64> {
        match parse_duration(value) {
            Ok(ms) => Some(ms),
            Err(reason) => {
                self.push(
                    path,
                    "Invalid duration",
                    format!(
                        "{value:?} is not a Prometheus duration: {reason}. Write numbers followed \
                         by units (ms, s, m, h, d, w, y), largest unit first and each unit at most \
                         once, e.g. \"30s\", \"5m\" or \"1h30m\"."
                    ),
                );
                None
            }
        }
    }

    /// Checks that `expr` is a PromQL expression.
    fn promql(&mut self, path: Vec<PathSeg>, expr: &str) {
        if expr.trim().is_empty() {
            self.push(
                path,
                "Missing PromQL expression",
                "The expression must not be empty.",
            );
            return;
        }
        if expr.len() > MAX_EXPR_BYTES {
            self.push(
                path,
                "PromQL expression too long",
                format!(
                    "The expression is {} bytes long; at most {MAX_EXPR_BYTES} are accepted.",
                    expr.len()
                ),
            );
            return;
        }
        if nesting_depth(expr) > MAX_EXPR_NESTING {
            self.push(
                path,
                "PromQL expression nested too deeply",
                format!("The expression nests brackets more than {MAX_EXPR_NESTING} levels deep."),
            );
            return;
        }
        if let Err(reason) = parse_promql(expr) {
            self.push(path, "Invalid PromQL expression", reason);
        }
    }

    /// Checks a label or annotation name.
    fn label_name(&mut self, path: Vec<PathSeg>, name: &str, what: &str) {
        if name.starts_with("__") {
            self.push(
                path,
                &format!("Reserved {what} name"),
                format!(
                    "{what} name {name:?} starts with \"__\", which Prometheus reserves for \
                     internal use."
                ),
            );
        } else if !is_label_name(name) {
            self.push(
                path,
                &format!("Invalid {what} name"),
                format!(
                    "{what} name {name:?} must start with a letter or underscore and contain \
                     only letters, digits and underscores ([a-zA-Z_][a-zA-Z0-9_]*)."
                ),
            );
        }
    }

    /// Checks a ratio threshold strictly between 0 and 1.
    fn ratio(&mut self, path: Vec<PathSeg>, value: f64) {
        if !(value.is_finite() && value > 0.0 && value < 1.0) {
            self.push(
                path,
                "Invalid threshold",
                format!(
                    "The threshold is a ratio strictly between 0 and 1 (0.9 = 90%); got {value}."
                ),
            );
        }
    }

    fn not_empty(&mut self, path: Vec<PathSeg>, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.push(
                path,
                &format!("Missing {what}"),
                format!("The {what} must not be empty."),
            );
        }
    }
}

/// What validation hands to rendering.
struct Checked {
    /// Enabled presets, in output order.
    presets: BTreeSet<Preset>,
    /// The SLO, when configured and valid.
    slo: Option<CheckedSlo>,
}

fn attr(name: &str) -> PathSeg {
    PathSeg::attr(name)
}

fn validate(spec: &AlertRulesSpec, errors: &mut Errors) -> Checked {
    errors.not_empty(vec![attr("group")], &spec.group, "rule group name");
    if let Some(interval) = &spec.interval {
        errors.duration(vec![attr("interval")], interval);
    }
    if let Some(job) = &spec.job {
        errors.not_empty(vec![attr("job")], job, "job");
    }
    if let Some(base) = &spec.runbook_base_url
        && !(base.starts_with("https://") || base.starts_with("http://"))
    {
        errors.push(
            vec![attr("runbook_base_url")],
            "Invalid runbook base URL",
            format!("{base:?} must be an absolute http:// or https:// URL."),
        );
    }
    validate_thresholds(&spec.thresholds, errors);

    let presets = validate_presets(&spec.presets, errors);
    let slo = spec.slo.as_ref().and_then(|slo| validate_slo(slo, errors));

    // Names of generated alerts, to catch custom rules reusing them.
    let mut taken: BTreeMap<&str, String> = BTreeMap::new();
    for preset in &presets {
        for name in preset.alert_names() {
            taken.insert(name, format!("the {} preset", preset.name()));
        }
    }
    if spec.slo.is_some() {
        for name in SLO_ALERT_NAMES {
            taken.insert(name, "the SLO alerts".to_owned());
        }
    }
    for (i, rule) in spec.rules.iter().enumerate() {
        validate_rule(i, rule, errors);
        if rule.alert.is_empty() {
            continue;
        }
        if let Some(owner) = taken.get(rule.alert.as_str()) {
            errors.push(
                vec![attr("rule"), PathSeg::Index(i), attr("alert")],
                "Duplicate alert name",
                format!("Alert name {:?} is already used by {owner}.", rule.alert),
            );
        } else {
            taken.insert(&rule.alert, format!("rule[{i}]"));
        }
    }

    Checked { presets, slo }
}

fn validate_thresholds(t: &Thresholds, errors: &mut Errors) {
    let path = |name: &str| vec![attr("thresholds"), attr(name)];
    for (name, value) in [
        ("rate_window", &t.rate_window),
        ("pod_restarts_window", &t.pod_restarts_window),
    ] {
        if errors.duration(path(name), value) == Some(0) {
            errors.push(
                path(name),
                "Invalid duration",
                "The window must be longer than 0s.",
            );
        }
    }
    for (name, value) in [
        ("error_rate_for", &t.error_rate_for),
        ("latency_for", &t.latency_for),
        ("pod_down_for", &t.pod_down_for),
        ("pod_not_ready_for", &t.pod_not_ready_for),
        ("memory_for", &t.memory_for),
        ("cpu_for", &t.cpu_for),
    ] {
        errors.duration(path(name), value);
    }
    errors.ratio(path("error_rate"), t.error_rate);
    errors.ratio(path("memory_ratio"), t.memory_ratio);
    errors.ratio(path("cpu_ratio"), t.cpu_ratio);
    if !(t.latency_p99_seconds.is_finite() && t.latency_p99_seconds > 0.0) {
        errors.push(
            path("latency_p99_seconds"),
            "Invalid threshold",
            format!(
                "The latency threshold must be a positive number of seconds; got {}.",
                t.latency_p99_seconds
            ),
        );
    }
    if !(is_metric_name(&t.latency_histogram) && t.latency_histogram.ends_with("_bucket")) {
        errors.push(
            path("latency_histogram"),
            "Invalid histogram metric",
            format!(
                "{:?} must be the bucket series of a histogram: a metric name \
                 ([a-zA-Z_:][a-zA-Z0-9_:]*) ending in \"_bucket\", e.g. \
                 \"http_request_duration_seconds_bucket\".",
                t.latency_histogram
            ),
        );
    }
    if t.pod_restarts == 0 {
        errors.push(
            path("pod_restarts"),
            "Invalid threshold",
            "The restart count must be at least 1.",
        );
    }
}

fn validate_presets(names: &[String], errors: &mut Errors) -> BTreeSet<Preset> {
    let mut presets = BTreeSet::new();
    for (i, name) in names.iter().enumerate() {
        let path = vec![attr("presets"), PathSeg::Index(i)];
        match Preset::from_name(name) {
            Some(preset) if !presets.insert(preset) => {
                errors.push(
                    path,
                    "Duplicate preset",
                    format!("Preset {name:?} is listed more than once."),
                );
            }
            Some(_) => {}
            None => errors.push(
                path,
                "Unknown preset",
                format!(
                    "{name:?} is not a preset. Valid presets: {}.",
                    PRESETS.join(", ")
                ),
            ),
        }
    }
    presets
}

fn validate_slo(slo: &SloSpec, errors: &mut Errors) -> Option<CheckedSlo> {
    let objective_ok = slo.objective.is_finite() && slo.objective > 0.0 && slo.objective < 100.0;
    if !objective_ok {
        errors.push(
            vec![attr("slo"), attr("objective")],
            "Invalid SLO objective",
            format!(
                "The objective is a percentage strictly between 0 and 100, e.g. 99.9; got {}.",
                slo.objective
            ),
        );
    }
    let window_path = vec![attr("slo"), attr("window")];
    let window_ms = errors.duration(window_path.clone(), &slo.window)?;
    if window_ms < MIN_SLO_WINDOW_MS {
        errors.push(
            window_path,
            "SLO window too short",
            format!(
                "The SLO window must be at least 3d, the longest burn-rate window; got {:?}.",
                slo.window
            ),
        );
        return None;
    }
    objective_ok.then(|| CheckedSlo {
        objective: slo.objective.to_string(),
        budget: error_budget(slo.objective),
        window: slo.window.clone(),
        window_ms,
    })
}

fn validate_rule(i: usize, rule: &CustomRule, errors: &mut Errors) {
    let path = |name: &str| vec![attr("rule"), PathSeg::Index(i), attr(name)];
    errors.not_empty(path("alert"), &rule.alert, "alert name");
    errors.promql(path("expr"), &rule.expr);
    if let Some(for_) = &rule.for_ {
        errors.duration(path("for"), for_);
    }
    if !SEVERITIES.contains(&rule.severity.as_str()) {
        errors.push(
            path("severity"),
            "Invalid severity",
            format!(
                "{:?} is not a severity. Use one of: {}.",
                rule.severity,
                SEVERITIES.join(", ")
            ),
        );
    }
    for (name, value, what) in [
        ("summary", &rule.summary, "summary"),
        ("description", &rule.description, "description"),
        ("runbook_url", &rule.runbook_url, "runbook URL"),
    ] {
        if let Some(value) = value {
            errors.not_empty(path(name), value, what);
        }
    }
    for name in rule.labels.keys() {
        let key_path = || {
            let mut p = path("labels");
            p.push(PathSeg::key(name.as_str()));
            p
        };
        if name == "severity" || name == "alertname" {
            errors.push(
                key_path(),
                "Reserved label name",
                format!(
                    "Label {name:?} is set by the rule itself{}.",
                    if name == "severity" {
                        "; use the severity attribute"
                    } else {
                        ""
                    }
                ),
            );
        } else {
            errors.label_name(key_path(), name, "label");
        }
    }
    for name in rule.annotations.keys() {
        let key_path = || {
            let mut p = path("annotations");
            p.push(PathSeg::key(name.as_str()));
            p
        };
        if ["summary", "description", "runbook_url"].contains(&name.as_str()) {
            errors.push(
                key_path(),
                "Reserved annotation name",
                format!("Annotation {name:?} has its own attribute; set {name} instead."),
            );
        } else {
            errors.label_name(key_path(), name, "annotation");
        }
    }
}

/// Longest PromQL expression accepted, in bytes. The parser recurses over
/// the expression; this bound (with [`MAX_EXPR_NESTING`]) keeps it well
/// within a 2 MiB thread stack even in debug builds.
const MAX_EXPR_BYTES: usize = 16 * 1024;

/// Deepest bracket nesting accepted in a PromQL expression.
const MAX_EXPR_NESTING: usize = 128;

/// The deepest nesting of `(`, `[` and `{` in a PromQL expression, not
/// counting brackets inside string literals and `#` comments.
fn nesting_depth(expr: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut chars = expr.chars();
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '"' | '\'' | '`' => {
                // Skip to the closing quote; backticks have no escapes.
                while let Some(inner) = chars.next() {
                    if inner == c {
                        break;
                    }
                    if inner == '\\' && c != '`' {
                        chars.next();
                    }
                }
            }
            '#' => {
                for inner in chars.by_ref() {
                    if inner == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    deepest
}

/// Parses a PromQL expression. The parser is third-party code fed with
/// user input; should it panic, the panic is turned into an error rather
/// than taking the provider down.
fn parse_promql(expr: &str) -> Result<(), String> {
    match std::panic::catch_unwind(|| promql_parser::parser::parse(expr)) {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(reason)) => Err(reason),
        Err(_) => Err("the PromQL parser failed on this expression".to_owned()),
    }
}

/// `[a-zA-Z_][a-zA-Z0-9_]*`.
fn is_label_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `[a-zA-Z_:][a-zA-Z0-9_:]*`.
fn is_metric_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

/// The longest duration Prometheus accepts: it keeps durations as
/// nanoseconds in an `i64` (about 292 years).
const MAX_DURATION_MS: u64 = i64::MAX as u64 / 1_000_000;

/// Parses a Prometheus duration (`model.ParseDuration`): `0`, or numbers
/// each followed by a unit among `y w d h m s ms`, in that order, each unit
/// at most once. Returns milliseconds.
fn parse_duration(text: &str) -> Result<u64, String> {
    const UNITS: [(&str, u64); 7] = [
        ("y", 365 * 24 * HOUR_MS),
        ("w", 7 * 24 * HOUR_MS),
        ("d", 24 * HOUR_MS),
        ("h", HOUR_MS),
        ("m", 60_000),
        ("s", 1_000),
        ("ms", 1),
    ];
    if text == "0" {
        return Ok(0);
    }
    if text.is_empty() {
        return Err("it is empty".to_owned());
    }
    let mut rest = text;
    let mut next_unit = 0;
    let mut total: u64 = 0;
    while !rest.is_empty() {
        let digits_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits_end == 0 {
            return Err(format!("expected a number at {rest:?}"));
        }
        let (digits, after) = rest.split_at(digits_end);
        // "ms" before "m", so that "5ms" is not read as 5m followed by "s".
        let unit = if after.starts_with("ms") {
            "ms"
        } else {
            after.get(..1).unwrap_or("")
        };
        let Some(index) = UNITS.iter().position(|(name, _)| *name == unit) else {
            return Err(format!("{digits:?} has no valid unit after it"));
        };
        if index < next_unit {
            return Err(format!("unit {unit:?} is repeated or out of order"));
        }
        next_unit = index + 1;
        let value: u64 = digits
            .parse()
            .map_err(|_| "a number is too large".to_owned())?;
        total = value
            .checked_mul(UNITS[index].1)
            .and_then(|ms| total.checked_add(ms))
            .filter(|ms| *ms <= MAX_DURATION_MS)
            .ok_or_else(|| "it is too long".to_owned())?;
        rest = &after[unit.len()..];
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::path::PathBuf;
    use std::process::Command;

    use super::*;

    const HEADER: &str =
        "Managed by Terraform (devopsflow_alert_rules.api). Edits are overwritten on apply.";

    fn spec() -> AlertRulesSpec {
        AlertRulesSpec {
            group: "api".to_owned(),
            header: HEADER.to_owned(),
            ..AlertRulesSpec::default()
        }
    }

    fn with_presets(names: &[&str]) -> AlertRulesSpec {
        AlertRulesSpec {
            presets: names.iter().map(|s| (*s).to_owned()).collect(),
            ..spec()
        }
    }

    fn custom_rule(alert: &str) -> CustomRule {
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
    fn full_spec() -> AlertRulesSpec {
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
            "probe_ssl_earliest_cert_expiry{job=\"blackbox\"}\n  - time()\n< 86400 * 14\n"
                .to_owned();
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

    /// Snapshot under `src/render/snapshots/<name>.snap`, named without the
    /// crate and module so that the files do not depend on the crate name.
    #[track_caller]
    fn snapshot(name: &str, text: &str) {
        let mut settings = insta::Settings::clone_current();
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!(name, text));
    }

    fn render_ok(spec: &AlertRulesSpec) -> String {
        match render(spec) {
            Ok(text) => text,
            Err(errors) => panic!("unexpected errors: {errors:#?}"),
        }
    }

    // -- Snapshots -----------------------------------------------------------

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
            let ctx = PresetContext::new(job, &spec.thresholds);
            let slo = validate_slo(spec.slo.as_ref().unwrap(), &mut Errors::default()).unwrap();
            let mut exprs: Vec<String> = RECORDED_WINDOWS
                .iter()
                .map(|w| ctx.error_ratio(w))
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
            text.contains(r#"expr: up{job="we\"ird {{x}}"} == 0"#),
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

    fn find<'a>(errors: &'a [FieldError], path: &[PathSeg]) -> &'a FieldError {
        errors
            .iter()
            .find(|e| e.path == path)
            .unwrap_or_else(|| panic!("no error at {path:?} in {errors:#?}"))
    }

    fn rule_path(i: usize, rest: &[PathSeg]) -> Vec<PathSeg> {
        let mut path = vec![attr("rule"), PathSeg::Index(i)];
        path.extend_from_slice(rest);
        path
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
                latency_histogram: "http_request_duration_seconds".to_owned(),
                pod_restarts: 0,
                memory_ratio: 0.0,
                cpu_for: "1m1h".to_owned(),
                ..Thresholds::default()
            },
            slo: Some(SloSpec {
                objective: 100.0,
                window: "1d".to_owned(),
            }),
            rules: vec![bad_rule, empty_expr, custom_rule("Dup"), custom_rule("Dup")],
            runbook_base_url: Some("runbooks.example.com".to_owned()),
            header: String::new(),
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
            ("thresholds.latency_histogram", "Invalid histogram metric"),
            ("thresholds.pod_restarts", "Invalid threshold"),
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
        let detail = |path: Vec<PathSeg>| find(&errors, &path).detail.clone();
        assert_eq!(
            detail(rule_path(0, &[attr("expr")])),
            "unclosed left parenthesis"
        );
        assert_eq!(
            detail(vec![attr("presets"), PathSeg::Index(1)]),
            "\"disk_full\" is not a preset. Valid presets: high_error_rate, high_latency, \
             pod_down, pod_not_ready, high_memory, high_cpu."
        );
        assert_eq!(
            detail(rule_path(0, &[attr("severity")])),
            "\"page\" is not a severity. Use one of: critical, warning, info."
        );
        assert_eq!(
            detail(rule_path(1, &[attr("alert")])),
            "Alert name \"PodDown\" is already used by the pod_down preset."
        );
        assert_eq!(
            detail(rule_path(3, &[attr("alert")])),
            "Alert name \"Dup\" is already used by rule[2]."
        );
        assert!(
            detail(vec![attr("interval")]).starts_with("\"30 s\" is not a Prometheus duration")
        );
        assert!(
            detail(vec![attr("slo"), attr("objective")]).contains("strictly between 0 and 100")
        );
        assert!(
            detail(rule_path(0, &[attr("labels"), PathSeg::key("severity")]))
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
    fn scratch_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "devopsflow-alert-rules-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Runs promtool; panics with its output unless it succeeds.
    fn run_promtool(args: &[&str], dir: &PathBuf) -> String {
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
                            &[("severity", "critical"), ("job", job)],
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
                    .push(alert(
                        "10m",
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
                            &[("severity", "critical"), ("job", job), ("instance", "10.0.0.2:8080"), ("namespace", "prod"), ("pod", "api-2")],
                            &[
                                ("summary", "Scrape target down".to_owned()),
                                ("description", format!("Target 10.0.0.2:8080 of job {job} has been unreachable for more than 5m.")),
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
}
