//! Validation of a spec: every problem at once, each at its attribute path.

use std::collections::BTreeMap;
use std::collections::BTreeSet;

use tfplug::AttributePath;

use super::duration::parse_duration;
use super::presets::{Preset, SLO_ALERT_NAMES};
use super::slo::{CheckedSlo, MIN_SLO_WINDOW_MS, error_budget};
use super::template::check_template;
use super::{AlertRulesSpec, CustomRule, Metrics, PRESETS, SEVERITIES, SloSpec, Thresholds};
use crate::render::FieldError;

/// The problems found so far.
#[derive(Default)]
pub(super) struct Errors(pub(super) Vec<FieldError>);

impl Errors {
    pub(super) fn push(&mut self, path: AttributePath, summary: &str, detail: impl Into<String>) {
        self.0.push(FieldError::new(path, summary, detail));
    }

    /// Checks a Prometheus duration; returns it in milliseconds when valid.
    pub(super) fn duration(&mut self, path: AttributePath, value: &str) -> Option<u64> {
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
    pub(super) fn promql(&mut self, path: AttributePath, expr: &str) {
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
    pub(super) fn label_name(&mut self, path: AttributePath, name: &str, what: &str) {
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
    pub(super) fn ratio(&mut self, path: AttributePath, value: f64) {
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

    /// Checks the Go template syntax of an annotation or label value.
    pub(super) fn template(&mut self, path: AttributePath, value: &str) {
        if let Err(problem) = check_template(value) {
            self.push(
                path,
                "Invalid template",
                format!(
                    "Prometheus expands this value as a Go template, and {problem} Write a \
                     literal \"{{{{\" as {{{{ \"{{{{\" }}}}."
                ),
            );
        }
    }

    pub(super) fn not_empty(&mut self, path: AttributePath, value: &str, what: &str) {
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
pub(super) struct Checked {
    /// Enabled presets, in output order.
    pub(super) presets: BTreeSet<Preset>,
    /// The SLO, when configured and valid.
    pub(super) slo: Option<CheckedSlo>,
}

pub(super) fn validate(spec: &AlertRulesSpec, errors: &mut Errors) -> Checked {
    errors.not_empty(AttributePath::attr("group"), &spec.group, "rule group name");
    if let Some(interval) = &spec.interval {
        errors.duration(AttributePath::attr("interval"), interval);
    }
    if let Some(job) = &spec.job {
        errors.not_empty(AttributePath::attr("job"), job, "job");
    }
    if let Some(base) = &spec.runbook_base_url
        && !(base.starts_with("https://") || base.starts_with("http://"))
    {
        errors.push(
            AttributePath::attr("runbook_base_url"),
            "Invalid runbook base URL",
            format!("{base:?} must be an absolute http:// or https:// URL."),
        );
    }
    validate_thresholds(&spec.thresholds, errors);
    validate_metrics(&spec.metrics, errors);

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
                AttributePath::attr("rule").index(i).then_attr("alert"),
                "Duplicate alert name",
                format!("Alert name {:?} is already used by {owner}.", rule.alert),
            );
        } else {
            taken.insert(&rule.alert, format!("rule[{i}]"));
        }
    }

    if let Some(dir) = &spec.runbook_dir {
        let generated = taken
            .iter()
            .filter(|(_, owner)| !owner.starts_with("rule["));
        super::runbook::validate(dir, generated.map(|(name, _)| *name), &spec.rules, errors);
    }

    Checked { presets, slo }
}

pub(super) fn validate_thresholds(t: &Thresholds, errors: &mut Errors) {
    let path = |name: &str| AttributePath::attr("thresholds").then_attr(name);
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
        ("pod_restarts_for", &t.pod_restarts_for),
        ("pod_not_ready_for", &t.pod_not_ready_for),
        ("memory_for", &t.memory_for),
        ("cpu_for", &t.cpu_for),
    ] {
        errors.duration(path(name), value);
    }
    errors.ratio(path("error_rate"), t.error_rate);
    errors.ratio(path("pod_down_ratio"), t.pod_down_ratio);
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
    if t.pod_restarts == 0 {
        errors.push(
            path("pod_restarts"),
            "Invalid threshold",
            "The restart count must be at least 1.",
        );
    }
}

pub(super) fn validate_metrics(m: &Metrics, errors: &mut Errors) {
    let path = |name: &str| AttributePath::attr("metrics").then_attr(name);
    for (name, value) in [
        ("requests_total", &m.requests_total),
        ("latency_histogram", &m.latency_histogram),
    ] {
        if is_metric_name(value) && !selects_as_metric(value) {
            errors.push(
                path(name),
                "Invalid metric name",
                format!(
                    "{value:?} is a PromQL keyword, so the rules' expressions would not \
                     parse; name the metric by another name."
                ),
            );
        }
    }
    if !is_metric_name(&m.requests_total) {
        errors.push(
            path("requests_total"),
            "Invalid metric name",
            format!(
                "{:?} must be a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), e.g. \
                 \"http_requests_total\".",
                m.requests_total
            ),
        );
    }
    if m.status_labels.is_empty() {
        errors.push(
            path("status_labels"),
            "Missing status label",
            "Name at least one label of the request counter that holds the HTTP status \
             code, e.g. [\"code\"].",
        );
    }
    for (i, label) in m.status_labels.iter().enumerate() {
        errors.label_name(path("status_labels").index(i), label, "label");
    }
    if !(is_metric_name(&m.latency_histogram) && m.latency_histogram.ends_with("_bucket")) {
        errors.push(
            path("latency_histogram"),
            "Invalid histogram metric",
            format!(
                "{:?} must be the bucket series of a histogram: a metric name \
                 ([a-zA-Z_:][a-zA-Z0-9_:]*) ending in \"_bucket\", e.g. \
                 \"http_request_duration_seconds_bucket\".",
                m.latency_histogram
            ),
        );
    }
}

pub(super) fn validate_presets(names: &[String], errors: &mut Errors) -> BTreeSet<Preset> {
    let mut presets = BTreeSet::new();
    for (i, name) in names.iter().enumerate() {
        let path = AttributePath::attr("presets").index(i);
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

pub(super) fn validate_slo(slo: &SloSpec, errors: &mut Errors) -> Option<CheckedSlo> {
    let objective_ok = slo.objective.is_finite() && slo.objective > 0.0 && slo.objective < 100.0;
    if !objective_ok {
        errors.push(
            AttributePath::attr("slo").then_attr("objective"),
            "Invalid SLO objective",
            format!(
                "The objective is a percentage strictly between 0 and 100, e.g. 99.9; got {}.",
                slo.objective
            ),
        );
    }
    let window_path = AttributePath::attr("slo").then_attr("window");
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

pub(super) fn validate_rule(i: usize, rule: &CustomRule, errors: &mut Errors) {
    let path = |name: &str| AttributePath::attr("rule").index(i).then_attr(name);
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
            errors.template(path(name), value);
        }
    }
    for (name, value) in &rule.labels {
        let key_path = || path("labels").key(name.as_str());
        errors.template(key_path(), value);
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
    for (name, value) in &rule.annotations {
        let key_path = || path("annotations").key(name.as_str());
        errors.template(key_path(), value);
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
pub(super) const MAX_EXPR_BYTES: usize = 16 * 1024;

/// Deepest bracket nesting accepted in a PromQL expression.
pub(super) const MAX_EXPR_NESTING: usize = 128;

/// The deepest nesting of `(`, `[` and `{` in a PromQL expression, not
/// counting brackets inside string literals and `#` comments.
pub(super) fn nesting_depth(expr: &str) -> usize {
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
pub(crate) fn parse_promql(expr: &str) -> Result<(), String> {
    match std::panic::catch_unwind(|| promql_parser::parser::parse(expr)) {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(reason)) => Err(reason),
        Err(_) => Err("the PromQL parser failed on this expression".to_owned()),
    }
}

/// Whether `name` (a metric name by its characters) reads as a metric in a
/// range selector, as the presets use it; some PromQL keywords (`bool`, `on`,
/// `ignoring`, `group_left`, `atan2`) and the numbers `inf` and `nan` do not,
/// in promtool as here.
fn selects_as_metric(name: &str) -> bool {
    parse_promql(&format!("sum(rate({name}{{job=\"j\"}}[5m]))")).is_ok()
}

/// `[a-zA-Z_][a-zA-Z0-9_]*`.
pub(crate) fn is_label_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `[a-zA-Z_:][a-zA-Z0-9_:]*`.
pub(super) fn is_metric_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}
