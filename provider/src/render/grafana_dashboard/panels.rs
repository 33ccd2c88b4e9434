//! The dashboard's panels: their queries, units and thresholds, in display order.

use tfplug::AttributePath;

use crate::render::alert_rules::Metrics;
use crate::render::alert_rules::queries::{
    ERRORS_RATE5M, JobQueries, REQUESTS_RATE5M, SloFacts, error_ratio_record, rate_window,
};

/// The latency quantiles of the latency panel.
pub(super) const QUANTILES: [(&str, &str); 3] = [("0.5", "p50"), ("0.95", "p95"), ("0.99", "p99")];

/// Counter of CPU seconds the client libraries' process collector exports.
pub(super) const CPU_METRIC: &str = "process_cpu_seconds_total";

/// Resident memory gauge of the same collector.
pub(super) const MEMORY_METRIC: &str = "process_resident_memory_bytes";

/// The argument a query is built from, so that a query that does not parse is
/// reported where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Source {
    Job,
    RequestsTotal,
    StatusLabels,
    LatencyHistogram,
}

impl Source {
    pub(super) fn path(self) -> AttributePath {
        let metric = |name: &str| AttributePath::attr("metrics").then_attr(name);
        match self {
            Source::Job => AttributePath::attr("job"),
            Source::RequestsTotal => metric("requests_total"),
            Source::StatusLabels => metric("status_labels"),
            Source::LatencyHistogram => metric("latency_histogram"),
        }
    }
}

/// One PromQL target of a panel.
#[derive(Debug, Clone)]
pub(super) struct Query {
    pub(super) expr: String,
    pub(super) legend: String,
    pub(super) sources: &'static [Source],
}

/// How a panel draws its queries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Visual {
    /// A collapsible heading spanning the dashboard's width.
    Row,
    /// Graphs over time.
    TimeSeries,
    /// One big number, the last value.
    Stat,
}

/// A panel before layout.
#[derive(Debug, Clone)]
pub(super) struct Panel {
    pub(super) title: String,
    pub(super) description: String,
    pub(super) visual: Visual,
    /// Grafana unit id, e.g. `reqps`, `percentunit`, `s`, `bytes`.
    pub(super) unit: &'static str,
    /// Width in grid columns (of 24).
    pub(super) width: u32,
    pub(super) queries: Vec<Query>,
    /// Threshold steps `(from, colour)`; the first is the base (from minus infinity).
    pub(super) thresholds: Vec<(Option<f64>, &'static str)>,
    /// Whether the thresholds are drawn as lines on a graph.
    pub(super) threshold_lines: bool,
}

impl Panel {
    fn new(title: &str, visual: Visual, unit: &'static str, width: u32) -> Self {
        Panel {
            title: title.to_owned(),
            description: String::new(),
            visual,
            unit,
            width,
            queries: Vec::new(),
            thresholds: vec![(None, "green")],
            threshold_lines: false,
        }
    }

    fn row(title: &str) -> Self {
        Panel::new(title, Visual::Row, "", 24)
    }

    fn describe(mut self, text: impl Into<String>) -> Self {
        self.description = text.into();
        self
    }

    fn query(mut self, expr: String, legend: &str, sources: &'static [Source]) -> Self {
        self.queries.push(Query {
            expr,
            legend: legend.to_owned(),
            sources,
        });
        self
    }
}

/// Every panel of the dashboard for `job`, in display order.
pub(super) fn panels(job: &str, metrics: &Metrics, slo: Option<&SloFacts>) -> Vec<Panel> {
    let queries = JobQueries::new(job, metrics);
    let window = rate_window();
    let matcher = queries.job_matcher();
    let mut panels = vec![
        Panel::row("Requests (rate, errors, duration)"),
        Panel::new("Request rate", Visual::TimeSeries, "reqps", 8)
            .describe(format!(
                "Requests per second of job {job}, over {window} (`{}`).",
                metrics.requests_total
            ))
            .query(
                queries.requests_rate(&window),
                "{{job}}",
                &[Source::RequestsTotal],
            ),
        Panel::new("Error ratio (5xx)", Visual::TimeSeries, "percentunit", 8)
            .describe(format!(
                "Share of requests answered with a 5xx status over {window}, as the \
                 HighErrorRate alert computes it."
            ))
            .query(
                queries.error_ratio(&window),
                "{{job}}",
                &[Source::RequestsTotal, Source::StatusLabels],
            ),
        latency_panel(metrics, &matcher, &window),
        Panel::row("Saturation"),
        Panel::new("CPU", Visual::TimeSeries, "short", 8)
            .describe(format!(
                "CPU cores used by each instance of the job (`{CPU_METRIC}`, exported by the \
                 Prometheus client libraries' process collector)."
            ))
            .query(
                format!("sum by (instance) (rate({CPU_METRIC}{{{matcher}}}[{window}]))"),
                "{{instance}}",
                &[Source::Job],
            ),
        Panel::new("Memory (resident)", Visual::TimeSeries, "bytes", 8)
            .describe(format!(
                "Resident memory of each instance of the job (`{MEMORY_METRIC}`)."
            ))
            .query(
                format!("sum by (instance) ({MEMORY_METRIC}{{{matcher}}})"),
                "{{instance}}",
                &[Source::Job],
            ),
        Panel::new("Scrape targets up", Visual::TimeSeries, "short", 8)
            .describe(
                "Targets of the job that answered their last scrape, of all its targets \
                 (the PodDown and JobAbsent alerts read `up`).",
            )
            .query(format!("sum(up{{{matcher}}})"), "up", &[Source::Job])
            .query(format!("count(up{{{matcher}}})"), "targets", &[Source::Job]),
    ];
    if let Some(slo) = slo {
        panels.extend(slo_panels(slo, &matcher));
    }
    panels
}

fn latency_panel(metrics: &Metrics, matcher: &str, window: &str) -> Panel {
    let bucket = &metrics.latency_histogram;
    let mut panel = Panel::new("Latency", Visual::TimeSeries, "s", 8).describe(format!(
        "Request duration quantiles over {window}, from the histogram `{bucket}` (p99 is \
         what the HighLatency alert reads)."
    ));
    for (quantile, legend) in QUANTILES {
        panel = panel.query(
            format!(
                "histogram_quantile({quantile},\n  sum by (job, le) (rate({bucket}{{{matcher}}}[{window}]))\n)"
            ),
            legend,
            &[Source::LatencyHistogram],
        );
    }
    panel
}

/// The error budget and burn-rate panels: they read the recording rules of
/// `devopsflow_alert_rules`' `slo`, which must be loaded for the same job.
fn slo_panels(slo: &SloFacts, matcher: &str) -> Vec<Panel> {
    let (budget, window) = (&slo.budget, &slo.window);
    let ratio = format!(
        "sum_over_time({ERRORS_RATE5M}{{{matcher}}}[{window}])\n/\n\
         sum_over_time({REQUESTS_RATE5M}{{{matcher}}}[{window}])"
    );
    let mut burn = Panel::new("Burn rate", Visual::TimeSeries, "short", 12).describe(format!(
        "How fast the error budget is spent: the error ratio over each alerting window \
         divided by the budget ({budget}); 1 spends exactly the budget in {window}. The lines \
         are the factors at which ErrorBudgetBurnFast (the shortest windows) and \
         ErrorBudgetBurnSlow (the longest) fire."
    ));
    for (long, _) in &slo.burn_windows {
        burn = burn.query(
            format!("{}{{{matcher}}} / {budget}", error_ratio_record(long)),
            long,
            &[Source::Job],
        );
    }
    let factors = slo.burn_windows.iter().map(|(_, factor)| *factor);
    let lowest = factors.clone().fold(f64::INFINITY, f64::min);
    let highest = factors.fold(0.0, f64::max);
    burn.thresholds = vec![
        (None, "green"),
        (Some(lowest), "orange"),
        (Some(highest), "red"),
    ];
    burn.threshold_lines = true;

    let mut remaining = Panel::new("Error budget remaining", Visual::Stat, "percentunit", 6)
        .describe(format!(
            "Share of the {window} error budget not yet spent: 1 minus the {window} error \
             ratio over the budget ({budget}). Below 0 the objective is missed."
        ))
        .query(
            format!("1 - (\n{ratio}\n) / {budget}"),
            "remaining",
            &[Source::Job],
        );
    remaining.thresholds = vec![(None, "red"), (Some(0.0), "orange"), (Some(0.25), "green")];

    let availability = Panel::new("Availability", Visual::Stat, "percentunit", 6)
        .describe(format!(
            "Share of requests without a 5xx status over the SLO window ({window})."
        ))
        .query(format!("1 - (\n{ratio}\n)"), "availability", &[Source::Job]);
    vec![
        Panel::row(&format!("SLO ({window})")),
        remaining,
        availability,
        burn,
    ]
}
