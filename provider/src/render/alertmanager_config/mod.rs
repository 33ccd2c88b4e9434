//! Renders the `devopsflow_alertmanager_config` resource into an Alertmanager
//! configuration file (`alertmanager.yml`).
//!
//! # What the file holds
//!
//! - `global`: the `smtp` block, when set (`smtp_smarthost`, `smtp_from`,
//!   `smtp_auth_username`, `smtp_auth_password_file`, `smtp_require_tls`).
//! - `route`: the root route sends to `default_receiver`, groups alerts by
//!   `alertname` and `job` ([`GROUP_BY`]) and carries the top-level timings;
//!   each `route` block becomes a child route, in configuration order, with
//!   its `matchers` written as `name="value"` matchers (sorted by name) and
//!   its timings when set (unset timings inherit the root's).
//! - `inhibit_rules`: one rule by which a firing `severity="critical"` alert
//!   silences the `severity="warning"` alerts with the same `alertname` and
//!   `job`, so one incident pages once.
//! - `receivers`: every `receiver` block, in configuration order, with its
//!   `pagerduty_configs`, `slack_configs`, `email_configs` and
//!   `webhook_configs`.
//!
//! # Secrets
//!
//! No attribute takes a secret inline: the SMTP password, the PagerDuty
//! routing key and the Slack webhook URL are read by Alertmanager from files
//! (`*_file` attributes), so they never reach Terraform's plan or state. A
//! webhook takes `url` (an address, not a secret) or `url_file` (read from a
//! file; Alertmanager 0.26 or later).
//!
//! # Validation
//!
//! [`render`] reports every problem at once, each at its attribute path: a
//! `default_receiver` or route `receiver` naming no receiver; empty or
//! repeated receiver names; a receiver with no integration; email addresses
//! that are not `local@domain` (in `smtp.from` and `email.to`, which takes a
//! comma-separated list); email integrations without an `smtp` block; an
//! `smtp.smarthost` that is not `host:port`; durations that are not
//! Prometheus durations (and a zero `group_interval` or `repeat_interval`,
//! which Alertmanager refuses); matcher names outside
//! `[a-zA-Z_][a-zA-Z0-9_]*`; webhooks with both or neither of `url` and
//! `url_file`, or a `url` that is not `http://` or `https://`; and empty
//! `*_file` paths.

mod output;
#[cfg(test)]
mod tests;
mod validate;

use std::collections::BTreeMap;

use tfplug::Declare;

use crate::render::FieldError;
use crate::yaml;

/// The labels alerts are grouped by, and that the inhibit rule requires equal.
pub const GROUP_BY: &[&str] = &["alertname", "job"];

/// The decoded configuration of one `devopsflow_alertmanager_config` resource
/// (all its attributes but `path`). Each field's doc comment is the attribute's
/// description in the schema and the docs.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct AlertmanagerConfigSpec {
    /// Name of the receiver of alerts no `route` matches; must be the `name` of a
    /// `receiver` block.
    pub default_receiver: String,
    /// How long the first notification of a new alert group waits for more alerts
    /// of the group (a Prometheus duration).
    #[tf(default = "30s")]
    pub group_wait: String,
    /// How long to wait before notifying about alerts added to a group already
    /// notified (a duration, not zero).
    #[tf(default = "5m")]
    pub group_interval: String,
    /// How long to wait before sending a notification again for alerts still
    /// firing (a duration, not zero).
    #[tf(default = "4h")]
    pub repeat_interval: String,
    /// The SMTP server email receivers send through; required when a receiver has
    /// an `email` integration.
    #[tf(block)]
    pub smtp: Option<Smtp>,
    /// A receiver: a named set of integrations (PagerDuty, Slack, email, webhook)
    /// that notifications are sent to. Names are unique.
    #[tf(block, rename = "receiver")]
    pub receivers: Vec<Receiver>,
    /// A route under the root route: alerts whose labels match all its `matchers`
    /// go to its `receiver`. Routes are tried in order; the first match wins
    /// unless it sets `continue`.
    #[tf(block, rename = "route")]
    pub routes: Vec<Route>,
    /// Text put at the top of the file as `# ` comment lines (set by the resource).
    #[tf(skip)]
    pub header: String,
}

/// The SMTP server of the email integrations (Alertmanager's `global.smtp_*`).
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct Smtp {
    /// The server as `host:port`, e.g. `smtp.example.com:587`.
    pub smarthost: String,
    /// The sender address, e.g. `alertmanager@example.com`.
    pub from: String,
    /// User name for SMTP authentication.
    pub auth_username: Option<String>,
    /// File holding the SMTP password (read by Alertmanager; the password never
    /// enters Terraform).
    pub auth_password_file: Option<String>,
    /// Whether to require STARTTLS.
    #[tf(default = true)]
    pub require_tls: bool,
}

/// A named receiver and its integrations; at least one integration.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct Receiver {
    /// The receiver's name, referred to by `default_receiver` and routes.
    pub name: String,
    /// A PagerDuty (Events API v2) integration.
    #[tf(block)]
    pub pagerduty: Vec<Pagerduty>,
    /// A Slack integration.
    #[tf(block)]
    pub slack: Vec<Slack>,
    /// An email integration (needs the `smtp` block).
    #[tf(block)]
    pub email: Vec<Email>,
    /// A webhook integration: Alertmanager POSTs its JSON payload to the URL.
    #[tf(block)]
    pub webhook: Vec<Webhook>,
}

/// A PagerDuty integration.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct Pagerduty {
    /// File holding the Events API v2 routing (integration) key.
    pub routing_key_file: String,
    /// Whether to notify when the alerts are resolved.
    #[tf(default = true)]
    pub send_resolved: bool,
}

/// A Slack integration.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct Slack {
    /// File holding the Slack incoming-webhook URL.
    pub api_url_file: String,
    /// The channel or user to post to, e.g. `#alerts`; the webhook's own channel
    /// when unset.
    pub channel: Option<String>,
    /// Whether to notify when the alerts are resolved.
    #[tf(default = false)]
    pub send_resolved: bool,
}

/// An email integration.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct Email {
    /// Recipient address, or several separated by commas.
    pub to: String,
    /// Whether to notify when the alerts are resolved.
    #[tf(default = false)]
    pub send_resolved: bool,
}

/// A webhook integration; exactly one of `url` and `url_file`.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct Webhook {
    /// The `http://` or `https://` URL to POST to.
    pub url: Option<String>,
    /// File holding the URL, for URLs that carry a secret (Alertmanager 0.26 or
    /// later).
    pub url_file: Option<String>,
    /// Whether to notify when the alerts are resolved.
    #[tf(default = true)]
    pub send_resolved: bool,
}

/// A child route of the root route.
#[derive(Debug, Clone, Default, PartialEq, Declare)]
pub struct Route {
    /// Label values the alert must have, all of them (`{ severity = "critical" }`);
    /// empty matches every alert.
    #[tf(default)]
    pub matchers: BTreeMap<String, String>,
    /// Name of the receiver of the matching alerts.
    pub receiver: String,
    /// Whether to keep trying the next routes after this one matched.
    #[tf(rename = "continue", default = false)]
    pub continue_: bool,
    /// `group_wait` of this route (a duration); the top-level one when unset.
    pub group_wait: Option<String>,
    /// `group_interval` of this route (a duration, not zero); the top-level one
    /// when unset.
    pub group_interval: Option<String>,
    /// `repeat_interval` of this route (a duration, not zero); the top-level one
    /// when unset.
    pub repeat_interval: Option<String>,
}

/// Validates `spec` and renders the configuration file, or returns every
/// problem found, each located by its Terraform attribute path.
pub fn render(spec: &AlertmanagerConfigSpec) -> Result<String, Vec<FieldError>> {
    let errors = validate::validate(spec);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(format!(
        "{}{}",
        yaml::comment(&spec.header),
        yaml::to_string(&output::document(spec))
    ))
}
