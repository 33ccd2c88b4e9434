//! `devopsflow_alert_rules`: a Prometheus rule file from presets, SLO burn-rate
//! alerts and custom rules, checked at plan time (PromQL, durations, names).

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header, header_for};
use crate::render::alert_rules::{self as render, AlertRulesSpec};

/// The resource kind.
pub(crate) struct AlertRules;

impl ArtifactKind for AlertRules {
    const TYPE_NAME: &'static str = "devopsflow_alert_rules";
    const LAYOUT: Layout = Layout::File;
    const LOCATION_ATTRIBUTE: &'static str = "path";
    const EXTRA_FILES: Option<&'static str> = Some("The runbooks written under `runbook_dir`");
    const DESCRIPTION: &'static str = "A Prometheus alerting rule file: ready-made presets \
        (error rate, latency, pods down or not ready, memory, CPU), multiwindow multi-burn-rate \
        SLO alerts, and your own rules. Every PromQL expression and duration is checked at plan \
        time, and the file's full text shows in `terraform plan`. With `runbook_dir`, one \
        Markdown runbook per alert too (meaning, impact, diagnosis queries, mitigation, \
        escalation), linked from the alert's `runbook_url`.";

    fn inputs() -> Block {
        super::with_path(AlertRulesSpec::block(), "the rule file", "")
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let path = super::string_attr(config, "path");
        let mut spec = AlertRulesSpec::decode(config)?;
        let what = format!("group {:?}", spec.group);
        spec.header = header(Self::TYPE_NAME, &what);
        spec.runbook_header = header_for(Self::TYPE_NAME, &what, config);
        let rendered = render::render_files(&spec).map_err(crate::render::diagnostics)?;
        let dir = spec.runbook_dir.as_deref().unwrap_or_default();
        let mut files = vec![(path.clone(), rendered.rules)];
        files.extend(
            rendered
                .runbooks
                .into_iter()
                .map(|(name, text)| (render::runbook_path(&path, dir, &name), text)),
        );
        Ok(files)
    }
}
