//! `devopsflow_alert_rules`: a Prometheus rule file from presets, SLO burn-rate
//! alerts and custom rules, checked at plan time (PromQL, durations, names).

use tfplug::{Attribute, Block, Declare, Diagnostics, Type, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::alert_rules::{self as render, AlertRulesSpec};

/// The resource kind.
pub(crate) struct AlertRules;

impl ArtifactKind for AlertRules {
    const TYPE_NAME: &'static str = "devopsflow_alert_rules";
    const LAYOUT: Layout = Layout::File;
    const LOCATION_ATTRIBUTE: &'static str = "path";
    const DESCRIPTION: &'static str = "A Prometheus alerting rule file: ready-made presets \
        (error rate, latency, pods down or not ready, memory, CPU), multiwindow multi-burn-rate \
        SLO alerts, and your own rules. Every PromQL expression and duration is checked at plan \
        time, and the file's full text shows in `terraform plan`.";

    fn inputs() -> Block {
        let mut block = AlertRulesSpec::block();
        block.attributes.insert(
            0,
            Attribute::required("path", Type::String).description(
                "Where to write the rule file, relative to the provider's `root_dir`. \
                 Changing it replaces the resource (the old file is removed).",
            ),
        );
        block
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let path = super::string_attr(config, "path");
        let mut spec = AlertRulesSpec::decode(config)?;
        spec.header = header(Self::TYPE_NAME, &format!("group {:?}", spec.group));
        let text = render::render(&spec).map_err(crate::render::diagnostics)?;
        Ok(vec![(path, text)])
    }
}
