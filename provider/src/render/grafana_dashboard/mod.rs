//! Renders the `devopsflow_grafana_dashboard` resource into a Grafana dashboard
//! JSON model (`schemaVersion` 39, as Grafana 11.0 writes it; Grafana migrates older schema
//! versions when it loads a dashboard, so later releases import it too).
//!
//! # What it shows
//!
//! For one Prometheus scrape job, in three rows:
//!
//! 1. **Requests**: request rate, 5xx error ratio, and p50/p95/p99 latency from
//!    `histogram_quantile` over the latency histogram. The queries are the ones
//!    `devopsflow_alert_rules` builds from the same `metrics` block (its
//!    declaration is shared), over the alerts' `5m` window, so the graphs show
//!    what the alerts evaluate.
//! 2. **Saturation**: CPU cores and resident memory per instance, from the
//!    standard process metrics of the Prometheus client libraries
//!    (`process_cpu_seconds_total`, `process_resident_memory_bytes`: the Go and
//!    Python clients export them by default, others with their default
//!    collectors). These carry
//!    the job's own `job` and `instance` labels, so the panels work wherever the
//!    job is scraped, on Kubernetes or not, without cAdvisor or
//!    kube-state-metrics. Then the job's scrape targets up, of all (`up`, which
//!    the `PodDown` and `JobAbsent` alerts read).
//! 3. **SLO** (with `slo`): error budget remaining and availability over the SLO
//!    window, and the burn rate over each alerting window. They read the
//!    recording rules of `devopsflow_alert_rules`' `slo`
//!    (`job:slo_errors:rate5m`, `job:slo_requests:rate5m`,
//!    `job:slo_errors_per_request:ratio_rate<window>`), so set the same job and
//!    `slo` on both; the burn-rate graph draws the factors at which the alerts
//!    fire as threshold lines.
//!
//! Every panel and target reads the `datasource` template variable (a
//! Prometheus data source picked on the dashboard), so the JSON imports into
//! any Grafana without editing. The `uid` is derived from `title` and `job`:
//! the same inputs always give the same uid, so re-importing updates the
//! dashboard rather than adding a copy.
//!
//! # Validation
//!
//! [`render`] reports every problem at once, each at its attribute path: an
//! empty `title` or `job`, the checks of `devopsflow_alert_rules` on the
//! `metrics` and `slo` blocks (a metric name such as `bool`, which is a PromQL
//! keyword, is refused there), and every panel query parsed as PromQL; a query
//! that does not parse is reported at the argument it was built from.

mod panels;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde_json::{Value as Json, json};
use tfplug::{AttributePath, Declare};

use crate::render::FieldError;
use crate::render::alert_rules::queries::{check_metrics, check_promql, check_slo};
use crate::render::alert_rules::{Metrics, SloSpec};
use panels::{Panel, Source, Visual};

/// The dashboard JSON model version written (that of Grafana 11.0).
pub const SCHEMA_VERSION: u32 = 39;

/// Grafana's longest dashboard uid.
pub const MAX_UID_LEN: usize = 40;

/// Height of every panel but rows, in grid units.
const PANEL_HEIGHT: u32 = 8;

/// The decoded configuration of one `devopsflow_grafana_dashboard` resource (all
/// its attributes but `path`). Each field's doc comment is the attribute's
/// description in the schema and the docs.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct GrafanaDashboardSpec {
    /// Title of the dashboard; must not be empty. With `job`, it gives the dashboard's
    /// `uid`, so changing either makes a new dashboard in Grafana.
    pub title: String,
    /// Value of the `job` label every panel selects: the Prometheus scrape job of the
    /// application, as in `devopsflow_alert_rules`' `job`.
    pub job: String,
    /// Names of the application's metrics and labels, the same block as in
    /// `devopsflow_alert_rules`: give both the same values, so the dashboard shows what the
    /// alerts read.
    #[tf(block)]
    pub metrics: Metrics,
    /// The job's service level objective, the same block as in `devopsflow_alert_rules`:
    /// adds error budget, availability and burn-rate panels, which read the recording
    /// rules the alert rules' `slo` adds (give both the same values).
    #[tf(block)]
    pub slo: Option<SloSpec>,
    /// Text put in the dashboard's `description` (set by the resource).
    #[tf(skip)]
    pub header: String,
}

/// Validates `spec` and renders the dashboard JSON, or returns every problem
/// found, each located by its Terraform attribute path.
pub fn render(spec: &GrafanaDashboardSpec) -> Result<String, Vec<FieldError>> {
    let mut errors = Vec::new();
    for (name, value, what) in [("title", &spec.title, "title"), ("job", &spec.job, "job")] {
        if value.trim().is_empty() {
            errors.push(FieldError::new(
                AttributePath::attr(name),
                format!("Missing {what}"),
                format!("The dashboard's {what} must not be empty."),
            ));
        }
    }
    errors.extend(check_metrics(&spec.metrics));
    let slo = match spec.slo.as_ref().map(check_slo) {
        Some(Ok(facts)) => Some(facts),
        Some(Err(slo_errors)) => {
            errors.extend(slo_errors);
            None
        }
        None => None,
    };
    let panels = panels::panels(&spec.job, &spec.metrics, slo.as_ref());
    let reported: Vec<String> = errors.iter().map(|e| e.path.to_string()).collect();
    errors.extend(check_queries(&panels, &reported));
    if !errors.is_empty() {
        return Err(errors);
    }

    let dashboard = dashboard_json(spec, &panels);
    let mut text = serde_json::to_string_pretty(&dashboard).map_err(|error| {
        vec![FieldError::new(
            AttributePath::attr("title"),
            "Cannot write the dashboard",
            error.to_string(),
        )]
    })?;
    text.push('\n');
    Ok(text)
}

/// Parses every query; a failure is reported once per argument it was built from.
/// Queries built from an argument under one of the `reported` paths are skipped: that
/// argument already has its error.
fn check_queries(panels: &[Panel], reported: &[String]) -> Vec<FieldError> {
    let already = |source: &Source| {
        let path = source.path().to_string();
        reported.iter().any(|r| r.starts_with(&path))
    };
    let mut errors: BTreeMap<_, FieldError> = BTreeMap::new();
    for panel in panels {
        for query in &panel.queries {
            // A query built from a value already reported adds nothing; single-source
            // queries come first, so a bad value is blamed alone.
            if query
                .sources
                .iter()
                .any(|s| errors.contains_key(s) || already(s))
            {
                continue;
            }
            // A query of fixed text and the job (escaped) has `job` as its source.
            let sources = if query.sources.is_empty() {
                &[Source::Job][..]
            } else {
                query.sources
            };
            if let Some(error) = check_promql(sources[0].path(), &query.expr) {
                let detail = format!(
                    "The query of panel {:?} built from this value does not parse: {}\n\
                     Query: {}",
                    panel.title, error.detail, query.expr
                );
                for source in sources {
                    let at = FieldError::new(source.path(), error.summary.clone(), detail.clone());
                    errors.insert(*source, at);
                }
            }
        }
    }
    errors.into_values().collect()
}

/// The dashboard's uid: a slug of `job` (Grafana accepts letters, digits, `-`
/// and `_`) and 12 hex digits of the SHA-256 of title and job, at most
/// [`MAX_UID_LEN`] characters.
#[must_use]
pub fn uid(title: &str, job: &str) -> String {
    let hash = crate::artifact::sha256_hex(&format!("{title}\n{job}"));
    let mut slug = String::new();
    for c in job.chars().map(|c| c.to_ascii_lowercase()) {
        let keep = c.is_ascii_alphanumeric() || c == '_';
        if keep {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(MAX_UID_LEN - 13).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        hash[..12].to_owned()
    } else {
        format!("{slug}-{}", &hash[..12])
    }
}

/// The data source every panel and target reads: the `datasource` variable.
fn datasource() -> Json {
    json!({ "type": "prometheus", "uid": "${datasource}" })
}

fn dashboard_json(spec: &GrafanaDashboardSpec, panels: &[Panel]) -> Json {
    json!({
        "annotations": { "list": [{
            "builtIn": 1,
            "datasource": { "type": "grafana", "uid": "-- Grafana --" },
            "enable": true,
            "hide": true,
            "iconColor": "rgba(0, 211, 255, 1)",
            "name": "Annotations & Alerts",
            "type": "dashboard"
        }]},
        "description": spec.header,
        "editable": true,
        "fiscalYearStartMonth": 0,
        "graphTooltip": 1,
        "links": [],
        "panels": layout(panels),
        "refresh": "30s",
        "schemaVersion": SCHEMA_VERSION,
        "tags": ["devopsflow", spec.job],
        "templating": { "list": [{
            "hide": 0,
            "includeAll": false,
            "label": "Data source",
            "multi": false,
            "name": "datasource",
            "options": [],
            "query": "prometheus",
            "refresh": 1,
            "regex": "",
            "skipUrlSync": false,
            "type": "datasource"
        }]},
        "time": { "from": "now-6h", "to": "now" },
        "timepicker": {},
        "timezone": "browser",
        "title": spec.title,
        "uid": uid(&spec.title, &spec.job),
        "version": 1
    })
}

/// Places the panels left to right on Grafana's 24-column grid, a row panel
/// starting a new line, and numbers them from 1.
fn layout(panels: &[Panel]) -> Vec<Json> {
    let (mut x, mut y, mut line_height) = (0u32, 0u32, 0u32);
    let mut out = Vec::with_capacity(panels.len());
    for (index, panel) in panels.iter().enumerate() {
        let height = if panel.visual == Visual::Row {
            1
        } else {
            PANEL_HEIGHT
        };
        if panel.visual == Visual::Row || x + panel.width > 24 {
            y += line_height;
            x = 0;
            line_height = 0;
        }
        let grid = json!({ "h": height, "w": panel.width, "x": x, "y": y });
        out.push(panel_json(panel, index + 1, grid));
        x += panel.width;
        line_height = line_height.max(height);
    }
    out
}

fn panel_json(panel: &Panel, id: usize, grid: Json) -> Json {
    if panel.visual == Visual::Row {
        return json!({
            "collapsed": false,
            "gridPos": grid,
            "id": id,
            "panels": [],
            "title": panel.title,
            "type": "row"
        });
    }
    let targets: Vec<Json> = panel
        .queries
        .iter()
        .zip('A'..='Z')
        .map(|(query, ref_id)| {
            json!({
                "datasource": datasource(),
                "editorMode": "code",
                "expr": query.expr,
                "legendFormat": query.legend,
                "range": true,
                "refId": ref_id.to_string()
            })
        })
        .collect();
    let steps: Vec<Json> = panel
        .thresholds
        .iter()
        .map(|(value, color)| json!({ "color": color, "value": value }))
        .collect();
    let mut defaults = json!({
        "color": { "mode": if panel.visual == Visual::Stat { "thresholds" } else { "palette-classic" } },
        "thresholds": { "mode": "absolute", "steps": steps },
        "unit": panel.unit
    });
    if panel.visual == Visual::TimeSeries {
        defaults["custom"] = json!({
            "drawStyle": "line",
            "fillOpacity": 10,
            "lineWidth": 1,
            "showPoints": "never",
            "spanNulls": false,
            "thresholdsStyle": { "mode": if panel.threshold_lines { "line" } else { "off" } }
        });
    }
    let (kind, options) = match panel.visual {
        Visual::Stat => (
            "stat",
            json!({
                "colorMode": "value",
                "graphMode": "area",
                "justifyMode": "auto",
                "orientation": "auto",
                "reduceOptions": { "calcs": ["lastNotNull"], "fields": "", "values": false },
                "textMode": "auto"
            }),
        ),
        _ => (
            "timeseries",
            json!({
                "legend": { "calcs": [], "displayMode": "list", "placement": "bottom", "showLegend": true },
                "tooltip": { "mode": "multi", "sort": "desc" }
            }),
        ),
    };
    json!({
        "datasource": datasource(),
        "description": panel.description,
        "fieldConfig": { "defaults": defaults, "overrides": [] },
        "gridPos": grid,
        "id": id,
        "options": options,
        "targets": targets,
        "title": panel.title,
        "type": kind
    })
}
