//! Plan-time checks of a [`DeployScriptsSpec`]: every problem is reported at
//! once, each on the Terraform attribute path of the value at fault.

use tfplug::AttributePath;

use super::{DeployScriptsSpec, STRATEGIES, TARGETS};
use crate::render::FieldError;
use crate::render::k8s_app::validate::{dns1035_label, dns1123_label};

/// Kubernetes limits object names to 63 characters.
const MAX_NAME: usize = 63;

/// Returns every problem in `spec`; empty when it can be rendered.
pub(super) fn validate(spec: &DeployScriptsSpec) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |name: &str, summary: &str, detail: String| {
        errors.push(FieldError::new(AttributePath::attr(name), summary, detail));
    };
    let kubernetes = spec.target == "kubernetes";
    let compose = spec.target == "compose";
    match dns1035_label(&spec.name) {
        Err(problem) => push("name", "Invalid name", problem),
        Ok(()) if spec.strategy == "blue_green" && spec.name.len() + 8 > MAX_NAME => push(
            "name",
            "Name too long",
            format!(
                "With blue_green, name must be at most {} characters so that \
                 \"{}-preview\" fits in {MAX_NAME}.",
                MAX_NAME - 8,
                spec.name
            ),
        ),
        Ok(()) => {}
    }
    if !TARGETS.contains(&spec.target.as_str()) {
        push(
            "target",
            "Invalid target",
            format!(
                "target must be one of {}, got {:?}.",
                TARGETS.join(", "),
                spec.target
            ),
        );
    }
    if let Err(problem) = health_url(&spec.health_url) {
        push("health_url", "Invalid health URL", problem);
    }
    if let Some(namespace) = &spec.namespace {
        if compose {
            push(
                "namespace",
                "Namespace without Kubernetes",
                "namespace only applies to target \"kubernetes\"; remove it.".to_owned(),
            );
        } else if let Err(problem) = dns1123_label(namespace) {
            push("namespace", "Invalid namespace", problem);
        }
    }
    if let Some(file) = &spec.compose_file {
        if kubernetes {
            push(
                "compose_file",
                "Compose file without Compose",
                "compose_file only applies to target \"compose\"; remove it.".to_owned(),
            );
        } else if file.trim().is_empty() || file.chars().any(char::is_control) {
            push(
                "compose_file",
                "Invalid Compose file",
                format!("compose_file must be a path, got {file:?}."),
            );
        }
    }
    if !STRATEGIES.contains(&spec.strategy.as_str()) {
        push(
            "strategy",
            "Invalid strategy",
            format!(
                "strategy must be one of {}, got {:?}.",
                STRATEGIES.join(", "),
                spec.strategy
            ),
        );
    } else if spec.strategy == "blue_green" && compose {
        push(
            "strategy",
            "Blue-green needs Kubernetes",
            "strategy \"blue_green\" switches Kubernetes Services; with target \"compose\" \
             use \"rolling\"."
                .to_owned(),
        );
    }
    for (name, value, min, max) in [
        ("retries", spec.retries, 1, 100),
        (
            "retry_interval_seconds",
            spec.retry_interval_seconds,
            0,
            3600,
        ),
        ("timeout_seconds", spec.timeout_seconds, 1, 86400),
    ] {
        if !(min..=max).contains(&value) {
            push(
                name,
                "Out of range",
                format!("{name} must be between {min} and {max}, got {value}."),
            );
        }
    }
    errors
}

/// An `http://` or `https://` URL with a host, without credentials and without
/// characters a shell or `curl` would treat specially.
fn health_url(url: &str) -> Result<(), String> {
    let Some(rest) = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
    else {
        return Err(format!("{url:?} must start with http:// or https://."));
    };
    if let Some(c) = url
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "'\"\\`$<>{}|^".contains(*c))
    {
        return Err(format!("{url:?} must not contain {c:?}."));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(format!(
            "{url:?} holds credentials; the scripts' text must not carry secrets."
        ));
    }
    if authority.is_empty() || authority.starts_with(':') {
        return Err(format!("{url:?} has no host."));
    }
    Ok(())
}
