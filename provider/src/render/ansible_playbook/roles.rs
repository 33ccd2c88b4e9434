//! The tasks, handlers and defaults of each role. Every module is a fully
//! qualified `ansible.builtin` one; files are written with `copy` and an explicit
//! owner and mode, services changed with `systemd_service`, and restarts are
//! handlers notified by the file they depend on.

use super::AnsiblePlaybookSpec;
use crate::yaml::Yaml;

/// The user and group the application's container runs as (as in `devopsflow_k8s_app`).
const CONTAINER_USER: &str = "10001:10001";
/// How many times the `app` role polls the health check.
const HEALTH_RETRIES: i64 = 30;
/// Seconds between two polls of the health check.
const HEALTH_DELAY_SECONDS: i64 = 2;
/// Seconds `apt` may reuse its package lists.
const APT_CACHE_SECONDS: i64 = 3600;
/// Where the node exporter listens.
const NODE_EXPORTER_ADDRESS: &str = ":9100";

/// The files of a role: three YAML documents, and plain files for its `files`
/// directory (name, text).
pub(super) struct RoleFiles {
    pub(super) defaults: Yaml,
    pub(super) tasks: Yaml,
    pub(super) handlers: Yaml,
    pub(super) files: Vec<(String, String)>,
}

impl RoleFiles {
    /// A role without plain files.
    fn new(defaults: Yaml, tasks: Yaml, handlers: Yaml) -> Self {
        RoleFiles {
            defaults,
            tasks,
            handlers,
            files: Vec::new(),
        }
    }
}

/// The files of `role`, one of [`super::ROLES`].
pub(super) fn role(role: &str, spec: &AnsiblePlaybookSpec) -> RoleFiles {
    match role {
        "common" => common(spec),
        "hardening" => hardening(spec),
        "docker" => docker(),
        "app" => app(spec),
        _ => node_exporter(),
    }
}

/// A task or handler: its name, then its module with the module's arguments.
fn task(name: &str, module: &str, args: Yaml) -> Yaml {
    Yaml::map()
        .with("name", name)
        .with(format!("ansible.builtin.{module}"), args)
}

/// Installs `packages` (a name or a list), refreshing stale package lists first.
fn apt(name: &str, packages: impl Into<Yaml>) -> Yaml {
    task(
        name,
        "apt",
        Yaml::map()
            .with("name", packages)
            .with("state", "present")
            .with("update_cache", true)
            .with("cache_valid_time", APT_CACHE_SECONDS),
    )
}

/// `copy` arguments writing `content` to `dest`, owned by root, with `mode`.
fn file_args(dest: &str, content: &str, mode: &str) -> Yaml {
    Yaml::map()
        .with("dest", dest)
        .with("content", content)
        .with("owner", "root")
        .with("group", "root")
        .with("mode", mode)
}

/// Enables and starts a systemd service.
fn enable(name: &str, service: &str) -> Yaml {
    task(
        name,
        "systemd_service",
        Yaml::map()
            .with("name", service)
            .with("enabled", true)
            .with("state", "started"),
    )
}

/// A handler moving a systemd service to `state` (`restarted`, `reloaded`).
fn handler(name: &str, service: &str, state: &str) -> Yaml {
    task(
        name,
        "systemd_service",
        Yaml::map().with("name", service).with("state", state),
    )
}

/// Loops a task over the `common_users` list.
fn over_users(task: Yaml) -> Yaml {
    task.with("loop", "{{ common_users }}")
}

fn common(spec: &AnsiblePlaybookSpec) -> RoleFiles {
    let defaults = Yaml::map()
        .with(
            "common_packages",
            Yaml::seq()
                .push("ca-certificates")
                .push("chrony")
                .push("curl")
                .push("unattended-upgrades"),
        )
        .with("common_ntp_pools", Yaml::seq().push("pool.ntp.org"))
        .with("common_users", spec.users.keys().collect::<Yaml>());
    // `start` holds the file's location; the user owns it.
    let user_file = |start: Yaml, mode: &str| {
        start
            .with("owner", "{{ item }}")
            .with("group", "{{ item }}")
            .with("mode", mode)
    };
    let tasks = Yaml::seq()
        .push(apt("Install the base packages", "{{ common_packages }}"))
        .push(
            task(
                "Configure the time servers",
                "copy",
                file_args(
                    "/etc/chrony/conf.d/devopsflow.conf",
                    "{% for pool in common_ntp_pools %}pool {{ pool }} iburst\n{% endfor %}",
                    "0644",
                ),
            )
            .with("notify", "Restart chrony"),
        )
        .push(enable("Enable time sync", "chrony"))
        .push(task(
            "Enable unattended upgrades",
            "copy",
            file_args(
                "/etc/apt/apt.conf.d/20auto-upgrades",
                "APT::Periodic::Update-Package-Lists \"1\";\n\
                 APT::Periodic::Unattended-Upgrade \"1\";\n",
                "0644",
            ),
        ))
        .push(over_users(task(
            "Create the users",
            "user",
            Yaml::map()
                .with("name", "{{ item }}")
                .with("shell", "/bin/bash")
                .with("create_home", true)
                .with("state", "present"),
        )))
        .push(over_users(task(
            "Create the users' SSH directories",
            "file",
            user_file(Yaml::map().with("path", "/home/{{ item }}/.ssh"), "0700")
                .with("state", "directory"),
        )))
        .push(over_users(task(
            "Install the users' SSH keys",
            "copy",
            // The keys are files of the role (`files/<user>.pub`): long key lines
            // would break YAML's line length, and files are not templated.
            user_file(
                Yaml::map()
                    .with("src", "{{ item }}.pub")
                    .with("dest", "/home/{{ item }}/.ssh/authorized_keys"),
                "0600",
            ),
        )));
    let handlers = Yaml::seq().push(handler("Restart chrony", "chrony", "restarted"));
    let files = spec
        .users
        .iter()
        .map(|(user, key)| (format!("{user}.pub"), format!("{}\n", key.trim())))
        .collect();
    RoleFiles {
        files,
        ..RoleFiles::new(defaults, tasks, handlers)
    }
}

/// The sshd drop-in: no root login, keys only.
const SSHD_HARDENING: &str = "PermitRootLogin no\n\
    PasswordAuthentication no\n\
    KbdInteractiveAuthentication no\n\
    PermitEmptyPasswords no\n\
    PubkeyAuthentication yes\n";

/// The firewall: its own table (Docker's are left alone), replaced as a whole on
/// every load, dropping inbound traffic except replies, loopback, ICMP and the
/// listed TCP ports.
const NFTABLES_CONF: &str = "#!/usr/sbin/nft -f\n\
    table inet devopsflow\n\
    delete table inet devopsflow\n\
    table inet devopsflow {\n\
    \x20 chain input {\n\
    \x20   type filter hook input priority filter; policy drop;\n\
    \x20   ct state established,related accept\n\
    \x20   ct state invalid drop\n\
    \x20   iif \"lo\" accept\n\
    \x20   meta l4proto { icmp, ipv6-icmp } accept\n\
    \x20   tcp dport { {{ hardening_allowed_ports | join(', ') }} } accept\n\
    \x20 }\n\
    }\n";

fn hardening(spec: &AnsiblePlaybookSpec) -> RoleFiles {
    let defaults = Yaml::map().with(
        "hardening_allowed_ports",
        spec.firewall_ports().into_iter().collect::<Yaml>(),
    );
    let tasks = Yaml::seq()
        .push(apt("Install the firewall", "nftables"))
        .push(
            task(
                "Disable SSH root login and password authentication",
                "copy",
                file_args(
                    "/etc/ssh/sshd_config.d/10-hardening.conf",
                    SSHD_HARDENING,
                    "0644",
                )
                .with("validate", "/usr/sbin/sshd -t -f %s"),
            )
            .with("notify", "Restart ssh"),
        )
        .push(
            task(
                "Allow only the listed ports",
                "copy",
                file_args("/etc/nftables.conf", NFTABLES_CONF, "0644")
                    .with("validate", "/usr/sbin/nft -c -f %s"),
            )
            .with("notify", "Reload the firewall"),
        )
        .push(enable("Enable the firewall", "nftables"));
    let handlers = Yaml::seq()
        .push(handler("Restart ssh", "ssh", "restarted"))
        .push(handler("Reload the firewall", "nftables", "reloaded"));
    RoleFiles::new(defaults, tasks, handlers)
}

fn docker() -> RoleFiles {
    let defaults = Yaml::map().with(
        "docker_daemon_options",
        Yaml::map()
            .with("live-restore", true)
            .with("log-driver", "json-file")
            .with(
                "log-opts",
                Yaml::map().with("max-file", "3").with("max-size", "10m"),
            )
            .with("no-new-privileges", true),
    );
    let tasks = Yaml::seq()
        .push(apt("Install Docker", "docker.io"))
        .push(
            task(
                "Configure the Docker daemon",
                "copy",
                file_args(
                    "/etc/docker/daemon.json",
                    "{{ docker_daemon_options | to_nice_json }}\n",
                    "0644",
                ),
            )
            .with("notify", "Restart docker"),
        )
        .push(enable("Enable Docker", "docker"));
    let handlers = Yaml::seq().push(handler("Restart docker", "docker", "restarted"));
    RoleFiles::new(defaults, tasks, handlers)
}

/// The systemd unit running the container `app_image`.
fn container_unit() -> String {
    format!(
        "[Unit]\n\
         Description={{{{ app_name }}}} (container {{{{ app_image }}}})\n\
         After=docker.service network-online.target\n\
         Wants=network-online.target\n\
         Requires=docker.service\n\
         \n\
         [Service]\n\
         ExecStartPre=-/usr/bin/docker rm --force {{{{ app_name }}}}\n\
         ExecStart=/usr/bin/docker run --rm --name {{{{ app_name }}}} --network host \\\n\
         \x20 --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges \\\n\
         \x20 --user {CONTAINER_USER} --env-file /etc/{{{{ app_name }}}}/app.env \\\n\
         \x20 --env PORT={{{{ app_port }}}} {{{{ app_image }}}}\n\
         ExecStop=/usr/bin/docker stop {{{{ app_name }}}}\n\
         Restart=on-failure\n\
         RestartSec=5\n\
         \n\
         [Install]\n\
         WantedBy=multi-user.target\n"
    )
}

/// The systemd unit running `app_command` as the app's user, sandboxed.
const SERVICE_UNIT: &str = "[Unit]\n\
    Description={{ app_name }}\n\
    After=network-online.target\n\
    Wants=network-online.target\n\
    \n\
    [Service]\n\
    User={{ app_name }}\n\
    Group={{ app_name }}\n\
    EnvironmentFile=/etc/{{ app_name }}/app.env\n\
    Environment=PORT={{ app_port }}\n\
    ExecStart={{ app_command }}\n\
    Restart=on-failure\n\
    RestartSec=5\n\
    NoNewPrivileges=yes\n\
    PrivateTmp=yes\n\
    PrivateDevices=yes\n\
    ProtectSystem=strict\n\
    ProtectHome=yes\n\
    StateDirectory={{ app_name }}\n\
    \n\
    [Install]\n\
    WantedBy=multi-user.target\n";

fn app(spec: &AnsiblePlaybookSpec) -> RoleFiles {
    let defaults = Yaml::map()
        .with("app_name", &spec.name)
        .with("app_port", spec.app_port)
        .with("app_health_path", &spec.health_path)
        .with("app_health_retries", HEALTH_RETRIES)
        .with("app_health_delay", HEALTH_DELAY_SECONDS)
        .with_opt("app_image", spec.image.as_ref())
        .with_opt("app_command", spec.command.as_ref());
    let unit = match spec.image {
        Some(_) => container_unit(),
        None => SERVICE_UNIT.to_owned(),
    };
    let tasks = Yaml::seq()
        .push(task(
            "Create the app's system user",
            "user",
            Yaml::map()
                .with("name", "{{ app_name }}")
                .with("system", true)
                .with("shell", "/usr/sbin/nologin")
                .with("create_home", false)
                .with("state", "present"),
        ))
        .push(task(
            "Create the app's configuration directory",
            "file",
            Yaml::map()
                .with("path", "/etc/{{ app_name }}")
                .with("state", "directory")
                .with("owner", "root")
                .with("group", "{{ app_name }}")
                .with("mode", "0750"),
        ))
        .push(task(
            "Create the app's environment file (kept when it exists)",
            "copy",
            file_args("/etc/{{ app_name }}/app.env", "", "0640")
                .with("group", "{{ app_name }}")
                .with("force", false),
        ))
        .push(
            task(
                "Install the app's systemd unit",
                "copy",
                file_args("/etc/systemd/system/{{ app_name }}.service", &unit, "0644"),
            )
            .with("notify", "Restart the app"),
        )
        .push(task(
            "Start the app",
            "systemd_service",
            Yaml::map()
                .with("name", "{{ app_name }}")
                .with("enabled", true)
                .with("state", "started")
                .with("daemon_reload", true),
        ))
        .push(
            Yaml::map()
                .with("name", "Apply pending restarts before the health check")
                .with("ansible.builtin.meta", "flush_handlers"),
        )
        .push(
            task(
                "Wait for the health check",
                "uri",
                Yaml::map()
                    .with(
                        "url",
                        "http://127.0.0.1:{{ app_port }}{{ app_health_path }}",
                    )
                    .with("status_code", 200),
            )
            .with("register", "app_health")
            .with("until", "app_health.status == 200")
            .with("retries", "{{ app_health_retries }}")
            .with("delay", "{{ app_health_delay }}"),
        );
    let handlers = Yaml::seq().push(task(
        "Restart the app",
        "systemd_service",
        Yaml::map()
            .with("name", "{{ app_name }}")
            .with("state", "restarted")
            .with("daemon_reload", true),
    ));
    RoleFiles::new(defaults, tasks, handlers)
}

fn node_exporter() -> RoleFiles {
    let defaults = Yaml::map().with("node_exporter_listen_address", NODE_EXPORTER_ADDRESS);
    let tasks = Yaml::seq()
        .push(apt("Install the node exporter", "prometheus-node-exporter"))
        .push(
            task(
                "Configure the node exporter",
                "copy",
                file_args(
                    "/etc/default/prometheus-node-exporter",
                    "ARGS=\"--web.listen-address={{ node_exporter_listen_address }}\"\n",
                    "0644",
                ),
            )
            .with("notify", "Restart the node exporter"),
        )
        .push(enable(
            "Enable the node exporter",
            "prometheus-node-exporter",
        ));
    let handlers = Yaml::seq().push(handler(
        "Restart the node exporter",
        "prometheus-node-exporter",
        "restarted",
    ));
    RoleFiles::new(defaults, tasks, handlers)
}
