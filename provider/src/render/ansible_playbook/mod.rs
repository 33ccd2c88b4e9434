//! `devopsflow_ansible_playbook`: an Ansible playbook that configures a group of
//! Debian or Ubuntu servers for one HTTP application.
//!
//! [`render`] turns an [`AnsiblePlaybookSpec`] into a set of files, or into the
//! list of every problem found in the spec, each on its Terraform attribute path.
//!
//! # Files
//!
//! | file | what it holds |
//! | --- | --- |
//! | `site.yml` | one play on `hosts`, with `become`, applying the selected roles |
//! | `roles/<role>/tasks/main.yml` | the role's tasks |
//! | `roles/<role>/handlers/main.yml` | the restarts and reloads its tasks notify |
//! | `roles/<role>/defaults/main.yml` | its variables (prefixed with the role's name), holding the resource's arguments |
//! | `roles/common/files/<user>.pub` | each user's SSH public key (`users`) |
//! | `inventory.example.ini` | an inventory with the `hosts` group, to copy to `inventory.ini` |
//! | `ansible.cfg` | `inventory.ini`, the `roles` directory, SSH pipelining, host key checking |
//!
//! # Roles
//!
//! Roles run in this order, whatever the order of `roles`:
//!
//! - `common`: base packages, the `users` with their SSH keys, time sync (chrony)
//!   and unattended upgrades.
//! - `hardening`: sshd without root login or passwords (a drop-in checked with
//!   `sshd -t` before it is installed) and an nftables firewall dropping inbound
//!   traffic except on `allowed_ports` (checked with `nft -c`). It owns its own
//!   table, so Docker's rules are left alone.
//! - `docker`: Docker from the distribution (`docker.io`), with log rotation,
//!   `live-restore` and `no-new-privileges`.
//! - `app`: the application as a systemd unit, running either the container
//!   `image` (host network, read-only, no capabilities, user 10001) or the
//!   `command` (as its own system user, sandboxed); then it waits until
//!   `http://127.0.0.1:<app_port><health_path>` answers 200.
//! - `node_exporter`: the distribution's Prometheus node exporter on port 9100.
//!
//! Every task uses a fully qualified `ansible.builtin` module, so no collection is
//! needed; none runs `shell` or `command`, so a second run changes nothing. Restarts
//! are handlers, notified only when a file changes.

use std::collections::BTreeMap;

use tfplug::Declare;

use crate::render::FieldError;
use crate::yaml::{self, Yaml};

mod roles;
mod validate;

#[cfg(test)]
mod tests;

/// The roles, in the order the play applies them.
pub const ROLES: &[&str] = &["common", "hardening", "docker", "app", "node_exporter"];

/// `output_dir` when it is not set.
pub const DEFAULT_OUTPUT_DIR: &str = "ansible";
/// `hosts` when it is not set.
pub const DEFAULT_HOSTS: &str = "app_servers";
/// `app_port` when it is not set.
pub const DEFAULT_APP_PORT: i64 = 8080;
/// `health_path` when it is not set.
pub const DEFAULT_HEALTH_PATH: &str = "/health";
/// The SSH port, which the firewall must leave open.
pub const SSH_PORT: i64 = 22;

/// Everything the resource renders from: the `devopsflow_ansible_playbook` attributes.
/// Each field's doc comment is the attribute's description in the schema and the docs.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct AnsiblePlaybookSpec {
    /// Application name: lowercase letters, digits and `-`, starting with a letter, at
    /// most 32 characters. Names the systemd unit, the container and the app's system
    /// user.
    pub name: String,
    /// Directory of the playbook, relative to the provider's `root_dir`.
    #[tf(default)]
    pub output_dir: String,
    /// Inventory group the play targets: letters, digits and `_`, not starting with a
    /// digit.
    #[tf(default)]
    pub hosts: String,
    /// Roles to apply (they run in the order `common`, `hardening`, `docker`, `app`,
    /// `node_exporter`). `app` needs `image` or `command`; `image` needs `docker`.
    #[tf(any_of = ROLES, default)]
    pub roles: Vec<String>,
    /// Port the application listens on (1-65535).
    #[tf(default)]
    pub app_port: i64,
    /// HTTP path the `app` role polls until it answers 200.
    #[tf(default)]
    pub health_path: String,
    /// TCP ports the `hardening` firewall accepts; every other inbound port is dropped.
    /// Must include 22 (SSH), or Ansible would lock itself out. Default: 22 and
    /// `app_port`.
    pub allowed_ports: Option<Vec<i64>>,
    /// Container image the `app` role runs (with the `docker` role), e.g.
    /// `registry.example.com/api:1.4.2`. Exclusive with `command`.
    pub image: Option<String>,
    /// Command line the `app` role runs as a systemd service, starting with an absolute
    /// path, e.g. `/opt/api/bin/api --port 8080`. Exclusive with `image`.
    pub command: Option<String>,
    /// Login users the `common` role creates: user name to SSH public key
    /// (`ssh-ed25519 AAAA... comment`).
    #[tf(default)]
    pub users: BTreeMap<String, String>,
    /// Comment text written as `# ` lines at the top of every file (set by the
    /// resource).
    #[tf(skip)]
    pub header: String,
}

impl Default for AnsiblePlaybookSpec {
    /// The defaults of the Terraform resource, with an empty name.
    fn default() -> Self {
        AnsiblePlaybookSpec {
            name: String::new(),
            output_dir: DEFAULT_OUTPUT_DIR.to_owned(),
            hosts: DEFAULT_HOSTS.to_owned(),
            roles: ROLES.iter().map(|role| (*role).to_owned()).collect(),
            app_port: DEFAULT_APP_PORT,
            health_path: DEFAULT_HEALTH_PATH.to_owned(),
            allowed_ports: None,
            image: None,
            command: None,
            users: BTreeMap::new(),
            header: String::new(),
        }
    }
}

impl AnsiblePlaybookSpec {
    /// Whether `role` is selected.
    fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r == role)
    }

    /// The ports the firewall accepts: `allowed_ports`, or SSH and `app_port`.
    fn firewall_ports(&self) -> Vec<i64> {
        match &self.allowed_ports {
            Some(ports) => ports.clone(),
            None if self.app_port == SSH_PORT => vec![SSH_PORT],
            None => vec![SSH_PORT, self.app_port],
        }
    }
}

/// Renders the files for `spec`: `(file name relative to output_dir, text)`,
/// sorted by file name. The same spec always gives the same bytes.
///
/// # Errors
///
/// Every problem in the spec, each on its Terraform attribute path.
pub fn render(spec: &AnsiblePlaybookSpec) -> Result<Vec<(String, String)>, Vec<FieldError>> {
    let errors = validate::validate(spec);
    if !errors.is_empty() {
        return Err(errors);
    }
    let header = yaml::comment(&spec.header);
    let document = |doc: &Yaml| format!("{header}---\n{}", yaml::to_string(doc));
    let mut files = vec![
        ("site.yml".to_owned(), document(&site(spec))),
        (
            "ansible.cfg".to_owned(),
            format!("{header}{}", ansible_cfg()),
        ),
        (
            "inventory.example.ini".to_owned(),
            format!("{header}{}", inventory(spec)),
        ),
    ];
    for role in ROLES.iter().filter(|role| spec.has_role(role)) {
        let parts = roles::role(role, spec);
        for (part, doc) in [
            ("defaults", parts.defaults),
            ("handlers", parts.handlers),
            ("tasks", parts.tasks),
        ] {
            files.push((format!("roles/{role}/{part}/main.yml"), document(&doc)));
        }
        for (name, text) in parts.files {
            files.push((
                format!("roles/{role}/files/{name}"),
                format!("{header}{text}"),
            ));
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// `site.yml`: one play applying the selected roles in their fixed order.
fn site(spec: &AnsiblePlaybookSpec) -> Yaml {
    let roles: Yaml = ROLES
        .iter()
        .filter(|role| spec.has_role(role))
        .map(|role| Yaml::map().with("role", *role))
        .collect();
    Yaml::seq().push(
        Yaml::map()
            .with("name", format!("Configure the {} servers", spec.name))
            .with("hosts", &spec.hosts)
            .with("become", true)
            .with("roles", roles),
    )
}

/// `ansible.cfg`, read when `ansible-playbook` runs from the output directory.
fn ansible_cfg() -> &'static str {
    "[defaults]\n\
     inventory = inventory.ini\n\
     roles_path = roles\n\
     host_key_checking = True\n\
     retry_files_enabled = False\n\
     interpreter_python = auto_silent\n\
     \n\
     [ssh_connection]\n\
     pipelining = True\n"
}

/// `inventory.example.ini`: the `hosts` group with two example servers.
fn inventory(spec: &AnsiblePlaybookSpec) -> String {
    format!(
        "# Copy to inventory.ini and list your servers.\n[{hosts}]\n{name}-1.example.com\n\
         {name}-2.example.com\n",
        hosts = spec.hosts,
        name = spec.name,
    )
}
