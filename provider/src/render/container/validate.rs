//! Plan-time checks of a [`ContainerSpec`]: every problem is reported at once,
//! each on the Terraform attribute path of the value at fault.

use tfplug::AttributePath;

use super::ContainerSpec;
use super::compose::{SERVICES, service_port};
use super::dockerfile::{LANGUAGES, toolchain};
use crate::render::FieldError;
use crate::render::k8s_app::validate::{
    dns1123_label, env_name, http_path, image_digest, image_reference,
};

/// Docker and Compose names, like Kubernetes labels, stay within 63 characters.
const MAX_NAME: usize = 63;

/// Parts of an environment variable name that mark a credential.
const SECRET_MARKERS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "SECRET",
    "TOKEN",
    "API_KEY",
    "PRIVATE_KEY",
    "CREDENTIAL",
];

/// Returns every problem in `spec`; empty when it can be rendered.
pub(super) fn validate(spec: &ContainerSpec) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |path: AttributePath, summary: &str, detail: String| {
        errors.push(FieldError::new(path, summary, detail));
    };
    if let Err(problem) = app_name(&spec.name) {
        push(attr("name"), "Invalid name", problem);
    } else if spec.services.contains(&spec.name) {
        push(
            attr("name"),
            "Name taken by a service",
            format!(
                "name {:?} is also a service in services; the app needs its own Compose \
                 service name.",
                spec.name
            ),
        );
    }
    let language = toolchain(&spec.language);
    if language.is_none() {
        let error = unknown_language(&spec.language);
        push(error.path, &error.summary, error.detail);
    }
    let port = spec.port.or(language.map(|t| t.port));
    if let Some(port) = spec.port
        && !(1..=65535).contains(&port)
    {
        push(
            attr("port"),
            "Invalid port",
            format!("port must be between 1 and 65535, got {port}."),
        );
    }
    if let Err(problem) = health_path(&spec.health_path) {
        push(attr("health_path"), "Invalid health path", problem);
    }
    if let Some(image) = &spec.base_image
        && let Err(problem) = base_image(image, spec.base_image_digest.is_some())
    {
        push(attr("base_image"), "Invalid base image", problem);
    }
    if let Some(digest) = &spec.base_image_digest
        && let Err(problem) = image_digest(digest)
    {
        push(attr("base_image_digest"), "Invalid image digest", problem);
    }
    for (i, service) in spec.services.iter().enumerate() {
        let path = AttributePath::attr("services").index(i);
        match service_port(service) {
            None => push(
                path,
                "Unknown service",
                format!(
                    "{service:?} is not a supported service; use one of {}.",
                    SERVICES.join(", ")
                ),
            ),
            Some(_) if spec.services[..i].contains(service) => push(
                path,
                "Duplicate service",
                format!("{service} is listed more than once."),
            ),
            Some(service_port) if Some(service_port) == port => push(
                attr("port"),
                "Port taken by a service",
                format!(
                    "{service} publishes port {service_port} on 127.0.0.1 too; choose another \
                     port for the app."
                ),
            ),
            Some(_) => {}
        }
    }
    for (name, value) in &spec.env {
        let path = AttributePath::attr("env").key(name);
        if let Err(problem) = env_name(name) {
            push(path, "Invalid environment variable name", problem);
        } else if let Some(marker) = secret_marker(name) {
            push(
                path,
                "Secret in the image",
                format!(
                    "{name} looks like a credential ({marker}); env is baked into the image, \
                     where anyone who pulls it can read it. Pass it at run time instead \
                     (docker run --env-file, a Compose .env, the orchestrator's secrets)."
                ),
            );
        } else if value.chars().any(char::is_control) {
            push(
                path,
                "Invalid environment variable value",
                format!("The value of {name} must be one line without control characters."),
            );
        }
    }
    if let Some(command) = &spec.command {
        if command.is_empty() {
            push(
                attr("command"),
                "Empty command",
                "command must hold at least the program; leave it unset for the \
                 language's default."
                    .to_owned(),
            );
        }
        for (i, part) in command.iter().enumerate() {
            if part.is_empty() || part.chars().any(char::is_control) {
                push(
                    AttributePath::attr("command").index(i),
                    "Invalid command argument",
                    format!(
                        "Argument {i} must not be empty or hold control characters, got {part:?}."
                    ),
                );
            }
        }
    }
    errors
}

/// The error for a language that is not one of [`LANGUAGES`].
pub(super) fn unknown_language(language: &str) -> FieldError {
    FieldError::new(
        attr("language"),
        "Invalid language",
        format!(
            "language must be one of {}, got {language:?}.",
            LANGUAGES.join(", ")
        ),
    )
}

fn attr(name: &str) -> AttributePath {
    AttributePath::attr(name)
}

/// A DNS-1123 label starting with a letter: valid as a Compose project and
/// service name, an image name and a file name.
fn app_name(name: &str) -> Result<(), String> {
    dns1123_label(name)?;
    if name.len() > MAX_NAME || !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Err(format!(
            "{name:?} must start with a letter and have at most {MAX_NAME} characters."
        ));
    }
    Ok(())
}

/// An HTTP path that can sit inside a quoted string of the health check program.
fn health_path(path: &str) -> Result<(), String> {
    http_path(path)?;
    match path
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "-._~/%?=&:@!$+,;*()".contains(*c)))
    {
        Some(c) => Err(format!(
            "{path:?} holds {c:?}; use letters, digits and -._~/%?=&:@!$+,;*() \
             (percent-encode anything else)."
        )),
        None => Ok(()),
    }
}

/// An image reference with a version: a tag other than `latest`, or a digest
/// (in the reference or in `base_image_digest`).
fn base_image(image: &str, digest_given: bool) -> Result<(), String> {
    image_reference(image)?;
    if image.contains('@') {
        if digest_given {
            return Err(format!(
                "{image:?} already holds a digest; give it either there or in \
                 base_image_digest."
            ));
        }
        return Ok(());
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':').map(|(_, tag)| tag) {
        Some("latest") | None if !digest_given => Err(format!(
            "{image:?} is not pinned: give a version tag (not latest) or set \
             base_image_digest, so every build uses the same image."
        )),
        _ => Ok(()),
    }
}

/// The marker in `name` that makes it look like a credential.
fn secret_marker(name: &str) -> Option<&'static str> {
    let upper = name.to_ascii_uppercase();
    SECRET_MARKERS
        .iter()
        .copied()
        .find(|marker| upper.contains(marker))
}
