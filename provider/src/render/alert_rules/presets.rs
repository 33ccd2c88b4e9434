//! The ready-made alerts: which exist, their PromQL and their thresholds.

use super::output::{Alert, promql_string, template_literal};
use super::slo::percent;
use super::{Metrics, Thresholds};

/// The presets, in [`PRESETS`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Preset {
    HighErrorRate,
    HighLatency,
    PodDown,
    PodNotReady,
    HighMemory,
    HighCpu,
}

impl Preset {
    pub(super) const ALL: [Preset; 6] = [
        Preset::HighErrorRate,
        Preset::HighLatency,
        Preset::PodDown,
        Preset::PodNotReady,
        Preset::HighMemory,
        Preset::HighCpu,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            Preset::HighErrorRate => "high_error_rate",
            Preset::HighLatency => "high_latency",
            Preset::PodDown => "pod_down",
            Preset::PodNotReady => "pod_not_ready",
            Preset::HighMemory => "high_memory",
            Preset::HighCpu => "high_cpu",
        }
    }

    pub(super) fn from_name(name: &str) -> Option<Self> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }

    /// Names of the alerts the preset adds.
    pub(super) fn alert_names(self) -> &'static [&'static str] {
        match self {
            Preset::HighErrorRate => &["HighErrorRate"],
            Preset::HighLatency => &["HighLatency"],
            Preset::PodDown => &["PodDown", "JobAbsent", "PodCrashLooping"],
            Preset::PodNotReady => &["PodNotReady"],
            Preset::HighMemory => &["HighMemoryUsage"],
            Preset::HighCpu => &["HighCpuUsage"],
        }
    }
}

/// Names of the SLO alerts.
pub(super) const SLO_ALERT_NAMES: [&str; 2] = ["ErrorBudgetBurnFast", "ErrorBudgetBurnSlow"];

/// What the preset and SLO expressions are built from.
pub(super) struct PresetContext<'a> {
    /// The configured job, as a label value.
    pub(super) job: &'a str,
    /// `job="..."`, escaped for PromQL.
    pub(super) job_matcher: String,
    pub(super) thresholds: &'a Thresholds,
    pub(super) metrics: &'a Metrics,
    /// Whether an SLO is set: its `ErrorBudgetBurnFast` is then the page for
    /// errors, and `HighErrorRate` only a warning, so one incident pages once.
    pub(super) slo: bool,
}

impl<'a> PresetContext<'a> {
    pub(super) fn new(job: &'a str, thresholds: &'a Thresholds, metrics: &'a Metrics) -> Self {
        PresetContext {
            job,
            job_matcher: format!("job={}", promql_string(job)),
            thresholds,
            metrics,
            slo: false,
        }
    }

    /// `and on (namespace, pod) up{job="..."}`: restricts per-pod series to
    /// the pods that are scrape targets of the job.
    pub(super) fn job_pods(&self) -> String {
        format!("and on (namespace, pod)\nup{{{}}}", self.job_matcher)
    }

    /// The job's rate of 5xx responses over `window`, summed by `job`: one
    /// `rate()` per status label, joined with `or`.
    pub(super) fn errors_rate(&self, window: &str) -> String {
        let job = &self.job_matcher;
        let requests = &self.metrics.requests_total;
        let rates = self
            .metrics
            .status_labels
            .iter()
            .map(|label| format!("rate({requests}{{{job}, {label}=~\"5..\"}}[{window}])"))
            .collect::<Vec<_>>()
            .join("\n  or\n  ");
        format!("sum by (job) (\n  {rates}\n)")
    }

    /// The job's rate of requests over `window`, summed by `job`.
    pub(super) fn requests_rate(&self, window: &str) -> String {
        format!(
            "sum by (job) (rate({}{{{}}}[{window}]))",
            self.metrics.requests_total, self.job_matcher
        )
    }

    /// The job's ratio of 5xx responses over `window`, aggregated by `job`.
    pub(super) fn error_ratio(&self, window: &str) -> String {
        format!(
            "{}\n/\n{}",
            self.errors_rate(window),
            self.requests_rate(window)
        )
    }

    /// An alert with the `severity` and `job` labels every preset carries.
    pub(super) fn alert(
        &self,
        name: &str,
        severity: &str,
        expr: String,
        for_: Option<&str>,
    ) -> Alert {
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
pub(super) fn preset_alerts(preset: Preset, ctx: &PresetContext<'_>) -> Vec<Alert> {
    let t = ctx.thresholds;
    let job = &ctx.job_matcher;
    let window = &t.rate_window;
    match preset {
        Preset::HighErrorRate => vec![
            ctx.alert(
                "HighErrorRate",
                if ctx.slo { "warning" } else { "critical" },
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
                    ctx.metrics.latency_histogram, t.latency_p99_seconds
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
                format!(
                    "(\n  count by (job) (up{{{job}}} == 0)\n  /\n  count by (job) (up{{{job}}})\n)\n> {}",
                    t.pod_down_ratio
                ),
                Some(&t.pod_down_for),
            )
            .annotate("summary", "Scrape targets down")
            .annotate(
                "description",
                format!(
                    "{{{{ $value | humanizePercentage }}}} of the scrape targets of job {{{{ $labels.job }}}} \
                     have been unreachable for more than {} (threshold {}).",
                    t.pod_down_for,
                    percent(t.pod_down_ratio)
                ),
            ),
            ctx.alert(
                "JobAbsent",
                "critical",
                format!("absent(up{{{job}}})"),
                Some(&t.pod_down_for),
            )
            .annotate("summary", "No scrape target")
            .annotate(
                "description",
                format!(
                    "Prometheus has had no scrape target of job {{{{ $labels.job }}}} for more than {}: \
                     the job is gone from service discovery, or its targets no longer exist.",
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
                Some(&t.pod_restarts_for),
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
