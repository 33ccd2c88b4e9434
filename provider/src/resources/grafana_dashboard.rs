//! `devopsflow_grafana_dashboard`: a Grafana dashboard of one Prometheus job (requests,
//! errors, latency, saturation, SLO), its queries checked at plan time.

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::grafana_dashboard::{self as render, GrafanaDashboardSpec};

/// The resource kind.
pub(crate) struct GrafanaDashboard;

impl ArtifactKind for GrafanaDashboard {
    const TYPE_NAME: &'static str = "devopsflow_grafana_dashboard";
    const LAYOUT: Layout = Layout::File;
    const LOCATION_ATTRIBUTE: &'static str = "path";
    const DESCRIPTION: &'static str = "A Grafana dashboard (JSON model, schemaVersion 39) for \
        one Prometheus job: request rate, 5xx error ratio and p50/p95/p99 latency read with the \
        same metric names as `devopsflow_alert_rules`, CPU and resident memory per instance \
        (the standard process metrics `process_cpu_seconds_total` and \
        `process_resident_memory_bytes` of the Prometheus client libraries: the Go and Python \
        clients export them by default, others with their default collectors), scrape targets up and, with `slo`, error budget and burn-rate panels on the alert rules' SLO \
        recordings. A `datasource` variable picks the Prometheus data source, and the `uid` is \
        derived from `title` and `job`. Every query is parsed as PromQL at plan time.";

    fn inputs() -> Block {
        super::with_path(GrafanaDashboardSpec::block(), "the dashboard JSON", "")
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let path = super::string_attr(config, "path");
        let mut spec = GrafanaDashboardSpec::decode(config)?;
        spec.header = header(Self::TYPE_NAME, &format!("job {:?}", spec.job));
        let text = render::render(&spec).map_err(crate::render::diagnostics)?;
        Ok(vec![(path, text)])
    }
}
