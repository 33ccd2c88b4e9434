//! `devopsflow_ansible_playbook`: an Ansible playbook configuring the servers of one
//! application, from base setup and hardening to the app and its health check.

use tfplug::{Block, Declare, Diagnostics, Value};

use crate::engine::{ArtifactKind, Layout, header};
use crate::render::ansible_playbook::{self as render, AnsiblePlaybookSpec};

/// The resource kind.
pub(crate) struct AnsiblePlaybook;

impl ArtifactKind for AnsiblePlaybook {
    const TYPE_NAME: &'static str = "devopsflow_ansible_playbook";
    const LAYOUT: Layout = Layout::Files;
    const LOCATION_ATTRIBUTE: &'static str = "output_dir";
    const DESCRIPTION: &'static str = "An Ansible playbook (`site.yml`, one directory per \
        role, an example inventory and `ansible.cfg`) that configures Debian or Ubuntu \
        servers for one application: base packages, users, time sync and unattended upgrades \
        (`common`); sshd without root or passwords and a firewall open only on \
        `allowed_ports` (`hardening`); Docker (`docker`); the app as a systemd unit running a \
        container or a command, then its health check (`app`); and the Prometheus node \
        exporter (`node_exporter`). Only `ansible.builtin` modules, no `shell` or `command` \
        task, restarts in handlers: a second run changes nothing.";

    fn inputs() -> Block {
        AnsiblePlaybookSpec::block()
    }

    fn render(config: &Value) -> Result<Vec<(String, String)>, Diagnostics> {
        let mut spec = AnsiblePlaybookSpec::decode(config)?;
        spec.header = header(Self::TYPE_NAME, &format!("app {:?}", spec.name));
        let files = render::render(&spec).map_err(crate::render::diagnostics)?;
        let dir = spec.output_dir.trim_end_matches('/');
        Ok(files
            .into_iter()
            .map(|(name, text)| (format!("{dir}/{name}"), text))
            .collect())
    }
}
