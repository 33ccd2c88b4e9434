//! The configuration's YAML: global SMTP settings, routes, the inhibit rule and
//! receivers.

use std::collections::BTreeMap;

use super::{AlertmanagerConfigSpec, GROUP_BY, Receiver, Route, Smtp};
use crate::yaml::Yaml;

/// The whole document of a validated spec.
pub(super) fn document(spec: &AlertmanagerConfigSpec) -> Yaml {
    let mut doc = Yaml::map();
    if let Some(smtp) = &spec.smtp {
        doc = doc.with("global", global(smtp));
    }
    let root = Yaml::map()
        .with("receiver", spec.default_receiver.as_str())
        .with("group_by", GROUP_BY.iter().copied().collect::<Yaml>())
        .with("group_wait", spec.group_wait.as_str())
        .with("group_interval", spec.group_interval.as_str())
        .with("repeat_interval", spec.repeat_interval.as_str());
    let root = if spec.routes.is_empty() {
        root
    } else {
        root.with("routes", spec.routes.iter().map(route).collect::<Yaml>())
    };
    doc.with("route", root)
        .with("inhibit_rules", Yaml::seq().push(inhibit_rule()))
        .with(
            "receivers",
            spec.receivers.iter().map(receiver).collect::<Yaml>(),
        )
}

fn global(smtp: &Smtp) -> Yaml {
    Yaml::map()
        .with("smtp_smarthost", smtp.smarthost.as_str())
        .with("smtp_from", smtp.from.as_str())
        .with_opt("smtp_auth_username", smtp.auth_username.as_deref())
        .with_opt(
            "smtp_auth_password_file",
            smtp.auth_password_file.as_deref(),
        )
        .with("smtp_require_tls", smtp.require_tls)
}

fn route(route: &Route) -> Yaml {
    let node = Yaml::map()
        .with("receiver", route.receiver.as_str())
        .with("matchers", matchers(&route.matchers));
    let node = if route.continue_ {
        node.with("continue", true)
    } else {
        node
    };
    node.with_opt("group_wait", route.group_wait.as_deref())
        .with_opt("group_interval", route.group_interval.as_deref())
        .with_opt("repeat_interval", route.repeat_interval.as_deref())
}

/// A critical alert silences the warnings of the same alert name and job.
fn inhibit_rule() -> Yaml {
    Yaml::map()
        .with(
            "source_matchers",
            Yaml::seq().push(matcher("severity", "critical")),
        )
        .with(
            "target_matchers",
            Yaml::seq().push(matcher("severity", "warning")),
        )
        .with("equal", GROUP_BY.iter().copied().collect::<Yaml>())
}

fn receiver(receiver: &Receiver) -> Yaml {
    let node = Yaml::map().with("name", receiver.name.as_str());
    let node = configs(node, "pagerduty_configs", &receiver.pagerduty, |p| {
        Yaml::map()
            .with("routing_key_file", p.routing_key_file.as_str())
            .with("send_resolved", p.send_resolved)
    });
    let node = configs(node, "slack_configs", &receiver.slack, |s| {
        Yaml::map()
            .with("api_url_file", s.api_url_file.as_str())
            .with_opt("channel", s.channel.as_deref())
            .with("send_resolved", s.send_resolved)
    });
    let node = configs(node, "email_configs", &receiver.email, |e| {
        Yaml::map()
            .with("to", e.to.as_str())
            .with("send_resolved", e.send_resolved)
    });
    configs(node, "webhook_configs", &receiver.webhook, |w| {
        Yaml::map()
            .with_opt("url", w.url.as_deref())
            .with_opt("url_file", w.url_file.as_deref())
            .with("send_resolved", w.send_resolved)
    })
}

/// `node` with `key` listing the integrations `items`, each rendered by `config`;
/// `node` itself when there are none.
fn configs<T>(node: Yaml, key: &str, items: &[T], config: impl Fn(&T) -> Yaml) -> Yaml {
    if items.is_empty() {
        node
    } else {
        node.with(key, items.iter().map(config).collect::<Yaml>())
    }
}

/// The matchers of a route, sorted by label name.
fn matchers(map: &BTreeMap<String, String>) -> Yaml {
    map.iter()
        .map(|(name, value)| matcher(name, value))
        .collect()
}

/// `name="value"`, with `\`, `"` and line breaks escaped as Alertmanager's
/// matcher parser reads them.
pub(super) fn matcher(name: &str, value: &str) -> String {
    let mut out = String::with_capacity(name.len() + value.len() + 3);
    out.push_str(name);
    out.push_str("=\"");
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
