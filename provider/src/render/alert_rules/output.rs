//! The rule file's YAML: alerts, custom rules, PromQL and template quoting.

use super::CustomRule;
use crate::yaml::Yaml;

/// A generated alerting rule.
pub(super) struct Alert {
    pub(super) name: String,
    pub(super) expr: String,
    pub(super) for_: Option<String>,
    /// Labels in output order, `severity` first.
    pub(super) labels: Vec<(String, String)>,
    /// Annotations in output order.
    pub(super) annotations: Vec<(String, String)>,
}

impl Alert {
    pub(super) fn annotate(mut self, name: &str, value: impl Into<String>) -> Self {
        self.annotations.push((name.to_owned(), value.into()));
        self
    }

    /// Adds the `runbook_url` annotation when `url` is set.
    pub(super) fn with_runbook(self, url: Option<&str>) -> Self {
        match url {
            Some(url) => self.annotate("runbook_url", template_literal(url)),
            None => self,
        }
    }

    pub(super) fn to_yaml(&self) -> Yaml {
        let pairs = |pairs: &[(String, String)]| {
            Yaml::Map(
                pairs
                    .iter()
                    .map(|(k, v)| (k.clone(), Yaml::from(v)))
                    .collect(),
            )
        };
        Yaml::map()
            .with("alert", self.name.as_str())
            .with("expr", self.expr.as_str())
            .with_opt("for", self.for_.as_deref())
            .with("labels", pairs(&self.labels))
            .with("annotations", pairs(&self.annotations))
    }
}

pub(super) fn custom_rule_yaml(rule: &CustomRule) -> Yaml {
    let mut labels = Yaml::map().with("severity", rule.severity.as_str());
    for (name, value) in &rule.labels {
        labels = labels.with(name.as_str(), value.as_str());
    }
    let mut annotations = Yaml::map()
        .with("summary", rule.summary.as_deref().unwrap_or(&rule.alert))
        .with_opt("description", rule.description.as_deref())
        .with_opt("runbook_url", rule.runbook_url.as_deref());
    for (name, value) in &rule.annotations {
        annotations = annotations.with(name.as_str(), value.as_str());
    }
    Yaml::map()
        .with("alert", rule.alert.as_str())
        .with("expr", rule.expr.as_str())
        .with_opt("for", rule.for_.as_deref())
        .with("labels", labels)
        .with("annotations", annotations)
}

/// `s` as a PromQL double-quoted string literal.
pub(super) fn promql_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` as Go template text that expands to `s` itself: Prometheus expands
/// alert labels and annotations as templates, so a literal `{{` must be
/// written as an action printing it.
pub(super) fn template_literal(s: &str) -> String {
    s.replace("{{", "{{ \"{{\" }}")
}

/// `HighCpuUsage` → `high-cpu-usage`, `HTTPErrors` → `http-errors`.
pub(super) fn kebab_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            continue;
        }
        if c.is_uppercase() && i > 0 && !out.is_empty() && !out.ends_with('-') {
            let prev = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_uppercase() && next_is_lower)
            {
                out.push('-');
            }
        }
        out.extend(c.to_lowercase());
    }
    out.trim_end_matches('-').to_owned()
}
