//! `devopsflow_alertmanager_config`: an Alertmanager configuration routing alerts to
//! PagerDuty, Slack, email and webhook receivers, checked at plan time.

use tfplug::{Attribute, Block, Declare, Diagnostics, Type, Value};

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
        let mut block = AlertmanagerConfigSpec::block();
        block.attributes.insert(
            0,
            Attribute::required("path", Type::String).description(
                "Where to write the configuration file, relative to the provider's \
                 `root_dir`. Changing it replaces the resource (the old file is removed).",
            ),
        );
        block
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
