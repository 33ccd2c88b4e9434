//! `devopsflow_alertmanager_config`: an Alertmanager configuration routing alerts to
//! PagerDuty, Slack, email and webhook receivers, checked at plan time.

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::alertmanager_config::{self as render, AlertmanagerConfigSpec};

/// The resource kind.
pub(crate) struct AlertmanagerConfig;

impl ArtifactKind for AlertmanagerConfig {
    const TYPE_NAME: &'static str = "devopsflow_alertmanager_config";
    const LAYOUT: Layout = Layout::File;
    const LOCATION_ATTRIBUTE: &'static str = "path";
    const DESCRIPTION: &'static str = "An Alertmanager configuration file: receivers \
        (PagerDuty, Slack, email, webhook), routes by label matchers, grouping by `alertname` \
        and `job`, and an inhibit rule by which a critical alert silences the warnings of the \
        same alert and job. Secrets are never inline: Alertmanager reads them from the files \
        the `*_file` arguments name. Receivers, routes, addresses and durations are checked at \
        plan time, and the file's full text shows in `terraform plan`.";

    fn inputs() -> Block {
        super::with_path(
            AlertmanagerConfigSpec::block(),
            "the configuration file",
            "",
        )
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let path = super::string_attr(config, "path");
        let mut spec = AlertmanagerConfigSpec::decode(config)?;
        spec.header = header(
            Self::TYPE_NAME,
            &format!("default receiver {:?}", spec.default_receiver),
        );
        let text = render::render(&spec).map_err(crate::render::diagnostics)?;
        Ok(vec![(path, text)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every attribute name in `block` and its nested blocks, as `block.attribute` paths.
    fn attribute_paths(block: &Block, prefix: &str, out: &mut Vec<String>) {
        for attribute in &block.attributes {
            out.push(format!("{prefix}{}", attribute.name));
        }
        for nested in &block.blocks {
            attribute_paths(
                &nested.block,
                &format!("{prefix}{}.", nested.type_name),
                out,
            );
        }
    }

    #[test]
    fn no_argument_takes_a_secret_inline() {
        let mut paths = Vec::new();
        attribute_paths(&AlertmanagerConfig::inputs(), "", &mut paths);
        for expected in [
            "smtp.auth_password_file",
            "receiver.pagerduty.routing_key_file",
            "receiver.slack.api_url_file",
            "receiver.webhook.url_file",
        ] {
            assert!(
                paths.iter().any(|p| p == expected),
                "{expected} in {paths:?}"
            );
        }
        for path in &paths {
            let secret_like = ["password", "key", "api_url", "token", "secret"]
                .iter()
                .any(|word| path.contains(word));
            assert!(
                !secret_like || path.ends_with("_file"),
                "{path} would take a secret inline"
            );
        }
    }

    /// The attribute paths of the errors rendering `config` gives.
    fn error_paths(config: &Value) -> Vec<String> {
        let diagnostics = AlertmanagerConfig::render(config).expect_err("invalid");
        diagnostics
            .as_slice()
            .iter()
            .filter_map(|d| d.attribute.as_ref().map(ToString::to_string))
            .collect()
    }

    #[test]
    fn decode_errors_and_validation_errors_carry_their_paths() {
        let string = |text: &str| Value::String(text.to_owned());
        let config = Value::object([
            ("path", string("monitoring/alertmanager.yml")),
            ("default_receiver", Value::Null),
        ]);
        assert_eq!(error_paths(&config), ["default_receiver"]);

        let config = Value::object([
            ("path", string("monitoring/alertmanager.yml")),
            ("default_receiver", string("nobody")),
            ("group_wait", string("soon")),
        ]);
        assert_eq!(error_paths(&config), ["default_receiver", "group_wait"]);
    }
}
