//! Plan-time checks of an [`AnsiblePlaybookSpec`]: every problem is reported at
//! once, each on the Terraform attribute path of the value at fault.

use std::collections::BTreeSet;

use tfplug::AttributePath;

use super::{AnsiblePlaybookSpec, ROLES, SSH_PORT};
use crate::render::FieldError;
use crate::render::k8s_app::{http_path, image_reference};

/// Linux limits user names (the app's system user is `name`) to 32 characters.
const MAX_USER_NAME: usize = 32;

/// Returns every problem in `spec`; empty when it can be rendered.
pub(super) fn validate(spec: &AnsiblePlaybookSpec) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut check = |path: AttributePath, summary: &str, problem: Result<(), String>| {
        if let Err(detail) = problem {
            errors.push(FieldError::new(path, summary, detail));
        }
    };
    let attr = AttributePath::attr;
    check(attr("name"), "Invalid name", app_name(&spec.name));
    check(
        attr("output_dir"),
        "Invalid output_dir",
        if spec.output_dir.trim().is_empty() {
            Err("output_dir must not be empty; leave it unset for \"ansible\".".to_owned())
        } else {
            Ok(())
        },
    );
    check(
        attr("hosts"),
        "Invalid inventory group",
        group_name(&spec.hosts),
    );
    check(attr("app_port"), "Invalid port", port(spec.app_port));
    check(
        attr("health_path"),
        "Invalid HTTP path",
        http_path(&spec.health_path).and_then(|()| no_jinja(&spec.health_path)),
    );
    if let Some(image) = &spec.image {
        check(
            attr("image"),
            "Invalid image reference",
            image_reference(image),
        );
    }
    if let Some(command) = &spec.command {
        check(attr("command"), "Invalid command", service_command(command));
    }
    for (user, key) in &spec.users {
        let path = attr("users").key(user);
        check(path.clone(), "Invalid user name", user_name(user));
        check(path, "Invalid SSH public key", ssh_key(key));
    }
    check_roles(spec, &mut errors);
    check_ports(spec, &mut errors);
    errors
}

/// `roles`: known, each once, and what the selected roles need.
fn check_roles(spec: &AnsiblePlaybookSpec, errors: &mut Vec<FieldError>) {
    let roles = AttributePath::attr("roles");
    if spec.roles.is_empty() {
        errors.push(FieldError::new(
            roles.clone(),
            "No role",
            format!("roles must list at least one of {}.", ROLES.join(", ")),
        ));
    }
    let mut seen = BTreeSet::new();
    for (i, role) in spec.roles.iter().enumerate() {
        let path = roles.clone().index(i);
        if !ROLES.contains(&role.as_str()) {
            errors.push(FieldError::new(
                path,
                "Unknown role",
                format!("{role:?} is not a role; use any of {}.", ROLES.join(", ")),
            ));
        } else if !seen.insert(role.as_str()) {
            errors.push(FieldError::new(
                path,
                "Duplicate role",
                format!("{role:?} is listed twice; each role is applied once."),
            ));
        }
    }
    let has = |role| spec.has_role(role);
    let needs = |attribute: &str, set: bool, summary: &str, detail: String| {
        set.then(|| FieldError::new(AttributePath::attr(attribute), summary, detail))
    };
    errors.extend(
        [
            needs(
                "roles",
                has("app") && spec.image.is_none() && spec.command.is_none(),
                "Nothing for the app role to run",
                "The app role runs a container (set image, with the docker role) or a \
                 command (set command); set one of them or remove app from roles."
                    .to_owned(),
            ),
            needs(
                "command",
                spec.image.is_some() && spec.command.is_some(),
                "Both image and command",
                "The app runs either the container image or the command; set only one.".to_owned(),
            ),
            needs(
                "image",
                spec.image.is_some() && !has("docker"),
                "Container without Docker",
                "image runs the app in a container, which needs the docker role: add docker \
                 to roles, or run a command instead."
                    .to_owned(),
            ),
            needs(
                "image",
                spec.image.is_some() && !has("app"),
                "image without the app role",
                "image is only used by the app role; add app to roles or remove image.".to_owned(),
            ),
            needs(
                "command",
                spec.command.is_some() && !has("app"),
                "command without the app role",
                "command is only used by the app role; add app to roles or remove command."
                    .to_owned(),
            ),
            needs(
                "users",
                !spec.users.is_empty() && !has("common"),
                "users without the common role",
                "users are created by the common role; add common to roles or remove users."
                    .to_owned(),
            ),
        ]
        .into_iter()
        .flatten(),
    );
}

/// `allowed_ports`: valid, each once, and SSH open when the firewall is installed.
fn check_ports(spec: &AnsiblePlaybookSpec, errors: &mut Vec<FieldError>) {
    let Some(ports) = &spec.allowed_ports else {
        return;
    };
    let path = AttributePath::attr("allowed_ports");
    let mut seen = BTreeSet::new();
    for (i, &number) in ports.iter().enumerate() {
        let at = path.clone().index(i);
        if let Err(detail) = port(number) {
            errors.push(FieldError::new(at, "Invalid port", detail));
        } else if !seen.insert(number) {
            errors.push(FieldError::new(
                at,
                "Duplicate port",
                format!("{number} is listed twice."),
            ));
        }
    }
    if spec.has_role("hardening") && !ports.contains(&SSH_PORT) {
        errors.push(FieldError::new(
            path,
            "Firewall would block SSH",
            format!(
                "The hardening role drops every port not in allowed_ports, and Ansible \
                 reaches the servers over SSH: add {SSH_PORT} to allowed_ports."
            ),
        ));
    }
}

/// A TCP port.
fn port(number: i64) -> Result<(), String> {
    if (1..=65535).contains(&number) {
        Ok(())
    } else {
        Err(format!("A port is between 1 and 65535, got {number}."))
    }
}

/// Ansible templates every string it reads, so a value holding Jinja markers would
/// be evaluated on the servers instead of written as given.
fn no_jinja(text: &str) -> Result<(), String> {
    match ["{{", "{%", "{#"].into_iter().find(|m| text.contains(m)) {
        Some(marker) => Err(format!(
            "{text:?} contains {marker:?}, which Ansible would evaluate as a template."
        )),
        None => Ok(()),
    }
}

/// The application name: `[a-z][a-z0-9-]*`, not ending in `-`, at most 32 characters
/// (it names a Linux user, a systemd unit and a container).
fn app_name(name: &str) -> Result<(), String> {
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        return Err(format!(
            "{name:?} must be lowercase letters, digits and '-', starting with a letter \
             and not ending with '-' (it names a user, a systemd unit and a container)."
        ));
    }
    if name.len() > MAX_USER_NAME {
        return Err(format!(
            "{name:?} has {} characters; at most {MAX_USER_NAME} are allowed (a Linux user \
             name).",
            name.len()
        ));
    }
    Ok(())
}

/// A login user name: `[a-z_][a-z0-9_-]*`, at most 32 characters.
fn user_name(name: &str) -> Result<(), String> {
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name.len() <= MAX_USER_NAME
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-'));
    if valid {
        Ok(())
    } else {
        Err(format!(
            "{name:?} is not a portable user name: use at most {MAX_USER_NAME} lowercase \
             letters, digits, '_' and '-', starting with a letter or '_'."
        ))
    }
}

/// An OpenSSH public key line: `<type> <base64> [comment]`, on one line.
fn ssh_key(key: &str) -> Result<(), String> {
    let mut fields = key.split_whitespace();
    let kind = fields.next().unwrap_or_default();
    let known = kind.starts_with("ssh-")
        || kind.starts_with("ecdsa-sha2-")
        || kind.starts_with("sk-ssh-")
        || kind.starts_with("sk-ecdsa-");
    let body_ok = fields.next().is_some_and(|body| {
        body.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))
    });
    if key.trim().contains(['\n', '\r']) || !known || !body_ok {
        return Err(
            "expected one OpenSSH public key line, such as \"ssh-ed25519 AAAAC3Nza... \
             alice@example.com\"."
                .to_owned(),
        );
    }
    Ok(())
}

/// An inventory group name: `[A-Za-z_][A-Za-z0-9_]*`.
fn group_name(name: &str) -> Result<(), String> {
    crate::render::identifier(name, "Ansible group name")
}

/// A systemd `ExecStart=` line: an absolute program path and its arguments, on one
/// line, without `%` (a systemd specifier) or Jinja markers.
fn service_command(command: &str) -> Result<(), String> {
    if !command.starts_with('/') {
        return Err(format!(
            "{command:?} must start with the program's absolute path, e.g. /opt/app/bin/app."
        ));
    }
    if command.chars().any(char::is_control) {
        return Err(format!("{command:?} must be one line."));
    }
    if command.contains('%') {
        return Err(format!(
            "{command:?} contains '%', which systemd reads as a specifier; wrap the command \
             in a script."
        ));
    }
    no_jinja(command)
}
