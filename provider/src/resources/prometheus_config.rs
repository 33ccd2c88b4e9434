//! `devopsflow_prometheus_config`: a Prometheus server configuration (scrape jobs,
//! Kubernetes pod discovery, rule files, Alertmanagers), checked at plan time.

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::prometheus_config::{self as render, PrometheusConfigSpec};

/// The resource kind.
pub(crate) struct PrometheusConfig;

impl ArtifactKind for PrometheusConfig {
    const TYPE_NAME: &'static str = "devopsflow_prometheus_config";
    const LAYOUT: Layout = Layout::File;
    const LOCATION_ATTRIBUTE: &'static str = "path";
    const DESCRIPTION: &'static str = "A Prometheus server configuration (`prometheus.yml`): \
        global intervals, rule files relative to the configuration file, Alertmanagers, and \
        scrape jobs with static targets or Kubernetes pod discovery by the \
        `prometheus.io/scrape`, `prometheus.io/scheme`, `prometheus.io/path` and \
        `prometheus.io/port` annotations (running pods only, each target labelled with its \
        `namespace` and `pod`). A job's `name` is the `job` label that \
        `devopsflow_alert_rules` selects. Durations, addresses and names are checked at plan \
        time, and the file's full text shows in `terraform plan`.";

    fn inputs() -> Block {
        super::with_path(
            PrometheusConfigSpec::block(),
            "the configuration file",
            " `rule_files` are relative to its directory.",
        )
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let path = super::string_attr(config, "path");
        let mut spec = PrometheusConfigSpec::decode(config)?;
        let jobs = spec.jobs.len();
        spec.header = header(
            Self::TYPE_NAME,
            &format!("{jobs} scrape job{}", if jobs == 1 { "" } else { "s" }),
        );
        let text = render::render(&spec).map_err(crate::render::diagnostics)?;
        Ok(vec![(path, text)])
    }
}
