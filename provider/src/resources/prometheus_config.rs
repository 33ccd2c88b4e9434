//! `devopsflow_prometheus_config`: a Prometheus server configuration (scrape jobs,
//! Kubernetes pod discovery, rule files, Alertmanagers), checked at plan time.

use tfplug::{Attribute, Block, Declare, Diagnostics, Type, Value};

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
        let mut block = PrometheusConfigSpec::block();
        block.attributes.insert(
            0,
            Attribute::required("path", Type::String).description(
                "Where to write the configuration file, relative to the provider's \
                 `root_dir`. `rule_files` are relative to its directory. Changing it replaces \
                 the resource (the old file is removed).",
            ),
        );
        block
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let path = config
            .get_attr("path")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
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
