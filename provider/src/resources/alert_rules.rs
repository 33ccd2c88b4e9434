//! `devopsflow_alert_rules`: a Prometheus rule file from presets, SLO burn-rate
//! alerts and custom rules, checked at plan time (PromQL, durations, names).

use std::collections::BTreeMap;

use serde::Deserialize;
use tfplug::{Attribute, Block, Diagnostics, NestedBlock, Nesting, Type, Value};

use crate::engine::{ArtifactKind, Layout, decode_config, field_error_to_diagnostic, header};
use crate::render::alert_rules::{self as render, AlertRulesSpec, CustomRule, SloSpec, Thresholds};

/// The resource kind.
pub(crate) struct AlertRules;

/// The configuration as written in HCL (computed attributes are ignored).
#[derive(Debug, Deserialize)]
struct Config {
    group: String,
    interval: Option<String>,
    job: Option<String>,
    presets: Option<Vec<String>>,
    runbook_base_url: Option<String>,
    thresholds: Option<ThresholdsConfig>,
    slo: Option<SloConfig>,
    #[serde(default)]
    rule: Option<Vec<RuleConfig>>,
}

#[derive(Debug, Deserialize)]
struct ThresholdsConfig {
    error_rate: Option<f64>,
    latency_p99_seconds: Option<f64>,
    memory_ratio: Option<f64>,
    cpu_ratio: Option<f64>,
}

#[derive(Debug, Deserialize)]
struct SloConfig {
    objective: f64,
    window: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RuleConfig {
    alert: String,
    expr: String,
    #[serde(rename = "for")]
    for_: Option<String>,
    severity: Option<String>,
    summary: Option<String>,
    description: Option<String>,
    runbook_url: Option<String>,
    labels: Option<BTreeMap<String, String>>,
    annotations: Option<BTreeMap<String, String>>,
}

impl ArtifactKind for AlertRules {
    const TYPE_NAME: &'static str = "devopsflow_alert_rules";
    const LAYOUT: Layout = Layout::File;
    const LOCATION_ATTRIBUTE: &'static str = "path";
    const DESCRIPTION: &'static str = "A Prometheus alerting rule file: ready-made presets \
        (error rate, latency, pods down or not ready, memory, CPU), multiwindow multi-burn-rate \
        SLO alerts, and your own rules. Every PromQL expression and duration is checked at plan \
        time, and the file's full text shows in `terraform plan`.";

    fn inputs() -> Block {
        let string_list = Type::List(Box::new(Type::String));
        let string_map = Type::Map(Box::new(Type::String));
        Block::new()
            .attribute(Attribute::required("path", Type::String).description(
                "Where to write the rule file, relative to the provider's `root_dir`. \
                 Changing it replaces the resource (the old file is removed).",
            ))
            .attribute(
                Attribute::required("group", Type::String)
                    .description("Name of the Prometheus rule group."),
            )
            .attribute(Attribute::optional("interval", Type::String).description(
                "Evaluation interval of the group, a Prometheus duration such as `30s`. \
                 Defaults to Prometheus' global interval.",
            ))
            .attribute(Attribute::optional("job", Type::String).description(
                "Value of the `job` label the presets and SLO alerts select. Defaults to `group`.",
            ))
            .attribute(Attribute::optional("presets", string_list).description(format!(
                "Ready-made alerts to include: {}.",
                render::PRESETS
                    .iter()
                    .map(|p| format!("`{p}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )))
            .attribute(Attribute::optional("runbook_base_url", Type::String).description(
                "Base URL of your runbooks; each preset alert links to `<base>/<alert-name>`.",
            ))
            .block(
                NestedBlock::new(
                    "thresholds",
                    Nesting::Single,
                    Block::new()
                        .description("Thresholds of the preset alerts.")
                        .attribute(Attribute::optional("error_rate", Type::Number).description(
                            "`high_error_rate` fires above this ratio of 5xx responses (default 0.05).",
                        ))
                        .attribute(
                            Attribute::optional("latency_p99_seconds", Type::Number).description(
                                "`high_latency` fires when p99 latency exceeds this (default 0.5).",
                            ),
                        )
                        .attribute(Attribute::optional("memory_ratio", Type::Number).description(
                            "`high_memory` fires above this share of the memory limit (default 0.9).",
                        ))
                        .attribute(Attribute::optional("cpu_ratio", Type::Number).description(
                            "`high_cpu` fires above this share of the CPU limit (default 0.9).",
                        )),
                ),
            )
            .block(NestedBlock::new(
                "slo",
                Nesting::Single,
                Block::new()
                    .description(
                        "A service level objective on the job's request success ratio; adds \
                         multiwindow, multi-burn-rate alerts (page and ticket).",
                    )
                    .attribute(Attribute::required("objective", Type::Number).description(
                        "Target success percentage, strictly between 0 and 100, e.g. `99.9`.",
                    ))
                    .attribute(Attribute::optional("window", Type::String).description(
                        "SLO window, a Prometheus duration (default `30d`).",
                    )),
            ))
            .block(NestedBlock::new(
                "rule",
                Nesting::List,
                Block::new()
                    .description("A custom alerting rule.")
                    .attribute(
                        Attribute::required("alert", Type::String)
                            .description("Alert name, unique in the file."),
                    )
                    .attribute(
                        Attribute::required("expr", Type::String)
                            .description("PromQL expression; parsed at plan time."),
                    )
                    .attribute(Attribute::optional("for", Type::String).description(
                        "How long the condition must hold before the alert fires (a duration).",
                    ))
                    .attribute(Attribute::optional("severity", Type::String).description(
                        "`critical`, `warning` (default) or `info`; set as the `severity` label.",
                    ))
                    .attribute(
                        Attribute::optional("summary", Type::String)
                            .description("The `summary` annotation."),
                    )
                    .attribute(
                        Attribute::optional("description", Type::String)
                            .description("The `description` annotation; templates allowed."),
                    )
                    .attribute(
                        Attribute::optional("runbook_url", Type::String)
                            .description("The `runbook_url` annotation."),
                    )
                    .attribute(
                        Attribute::optional("labels", string_map.clone())
                            .description("Extra labels."),
                    )
                    .attribute(
                        Attribute::optional("annotations", string_map)
                            .description("Extra annotations."),
                    ),
            ))
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let path = config
            .get_attr("path")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let config: Config = decode_config(config)?;
        let header = header(Self::TYPE_NAME, &format!("group {:?}", config.group));
        let thresholds = {
            let mut t = Thresholds::default();
            if let Some(c) = &config.thresholds {
                if let Some(v) = c.error_rate {
                    t.error_rate = v;
                }
                if let Some(v) = c.latency_p99_seconds {
                    t.latency_p99_seconds = v;
                }
                if let Some(v) = c.memory_ratio {
                    t.memory_ratio = v;
                }
                if let Some(v) = c.cpu_ratio {
                    t.cpu_ratio = v;
                }
            }
            t
        };
        let spec = AlertRulesSpec {
            group: config.group,
            interval: config.interval,
            job: config.job,
            presets: config.presets.unwrap_or_default(),
            thresholds,
            slo: config.slo.map(|s| SloSpec {
                objective: s.objective,
                window: s.window.unwrap_or_else(|| "30d".to_string()),
            }),
            rules: config
                .rule
                .unwrap_or_default()
                .into_iter()
                .map(|r| CustomRule {
                    alert: r.alert,
                    expr: r.expr,
                    for_: r.for_,
                    severity: r.severity.unwrap_or_else(|| "warning".to_string()),
                    summary: r.summary,
                    description: r.description,
                    runbook_url: r.runbook_url,
                    labels: r.labels.unwrap_or_default(),
                    annotations: r.annotations.unwrap_or_default(),
                })
                .collect(),
            runbook_base_url: config.runbook_base_url,
            header,
        };
        let text = render::render(&spec).map_err(|errors| {
            errors
                .into_iter()
                .map(field_error_to_diagnostic)
                .collect::<Diagnostics>()
        })?;
        Ok(vec![(path, text)])
    }
}
