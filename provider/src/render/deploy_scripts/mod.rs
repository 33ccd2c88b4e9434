//! `devopsflow_deploy_scripts`: the bash scripts that set up, deploy, check the
//! health of and roll back one application, on Kubernetes or Docker Compose.
//!
//! [`render`] turns a [`DeployScriptsSpec`] into the scripts, or into the list
//! of every problem found in the spec, each on its Terraform attribute path.
//!
//! # Files
//!
//! | file | what it does |
//! | --- | --- |
//! | `setup.sh` | checks the tool (`kubectl`, `docker`), creates the namespace and applies a Kustomization (`kubernetes`), or checks `.env` and starts the Compose project (`compose`) |
//! | `deploy.sh --image IMAGE` | rolls IMAGE out, waits for it (`timeout_seconds`), runs `health-check.sh`; on failure runs `rollback.sh` and exits 1 (3 when the rollback fails too) |
//! | `health-check.sh` | requests the URL until it answers 2xx: exit 0 at once, exit 1 after the last of `retries` attempts, never waiting longer than `retries × (interval + request timeout)` |
//! | `rollback.sh` | `kubectl rollout undo` (`rolling`), traffic back to the other colour (`blue_green`), or the image that ran before the last deploy (`compose`) |
//! | `switch-traffic.sh --to COLOUR` | points Service `<name>` at one colour and `<name>-preview` at the other (`blue_green` only) |
//!
//! Every script runs under `set -euo pipefail`, documents its arguments and
//! exit codes in `--help`, logs timestamped lines on stderr, and with
//! `--dry-run` prints the `kubectl` and `docker compose` commands it would run
//! (on stdout) without running them. Usage errors exit 2. The scripts call one
//! another through `$BASH`, so they work without the executable bit. Names
//! follow `devopsflow_k8s_app`: Deployment `<name>` (`rolling`),
//! `<name>-blue` and `<name>-green` selected by Service `<name>` through the
//! `version` label (`blue_green`), container `<name>`. With `compose`, the
//! Compose file names the app's image `${IMAGE}`, as `devopsflow_container`
//! writes it.

use std::fmt::Write as _;

use tfplug::Declare;

use crate::render::FieldError;
use crate::yaml;

mod validate;

#[cfg(test)]
mod tests;

/// Deployment targets, as written in the `target` attribute.
pub const TARGETS: &[&str] = &["kubernetes", "compose"];
/// Delivery strategies, as written in the `strategy` attribute.
pub const STRATEGIES: &[&str] = &["rolling", "blue_green"];
/// `output_dir` when it is not set.
pub const DEFAULT_OUTPUT_DIR: &str = "scripts";
/// `namespace` when it is not set (`kubernetes`).
pub const DEFAULT_NAMESPACE: &str = "default";
/// `compose_file` when it is not set (`compose`).
pub const DEFAULT_COMPOSE_FILE: &str = "compose.yaml";
/// `retries` when it is not set.
pub const DEFAULT_RETRIES: i64 = 5;
/// `retry_interval_seconds` when it is not set.
pub const DEFAULT_RETRY_INTERVAL: i64 = 5;
/// `timeout_seconds` when it is not set.
pub const DEFAULT_TIMEOUT: i64 = 300;
/// The limit of one health check request, in seconds (`--request-timeout`).
pub const REQUEST_TIMEOUT: i64 = 5;

/// Everything the resource renders from: the `devopsflow_deploy_scripts`
/// attributes. Each field's doc comment is the attribute's description in the
/// schema and the docs.
#[derive(Debug, Clone, PartialEq, Eq, Declare)]
pub struct DeployScriptsSpec {
    /// Application name (a DNS-1035 label): the Deployment and container
    /// (`kubernetes`) or the Compose service (`compose`) the scripts act on.
    pub name: String,
    /// Where the app runs.
    #[tf(one_of = TARGETS)]
    pub target: String,
    /// Directory for the scripts, relative to the provider's `root_dir`.
    #[tf(default = DEFAULT_OUTPUT_DIR)]
    pub output_dir: String,
    /// URL `health-check.sh` requests by default (`http://` or `https://`, no
    /// credentials, quotes or whitespace); every script takes `--url` to override it.
    pub health_url: String,
    /// Kubernetes namespace (`kubernetes` only; an error with `compose`).
    #[tf(unset = DEFAULT_NAMESPACE)]
    pub namespace: Option<String>,
    /// Compose file the scripts pass to `docker compose --file` (`compose` only;
    /// an error with `kubernetes`); relative paths are taken from the directory the
    /// scripts run in.
    #[tf(unset = DEFAULT_COMPOSE_FILE)]
    pub compose_file: Option<String>,
    /// `rolling` (one Deployment or service updated in place) or `blue_green`
    /// (`kubernetes` only: the idle colour is updated, then traffic switches).
    #[tf(one_of = STRATEGIES, default = "rolling")]
    pub strategy: String,
    /// Health check attempts before giving up (1-100).
    #[tf(default = DEFAULT_RETRIES)]
    pub retries: i64,
    /// Pause between health check attempts, in seconds (0-3600).
    #[tf(default = DEFAULT_RETRY_INTERVAL)]
    pub retry_interval_seconds: i64,
    /// How long a rollout may take before it counts as failed, in seconds (1-86400).
    #[tf(default = DEFAULT_TIMEOUT)]
    pub timeout_seconds: i64,
    /// Comment text written as `# ` lines below the `#!` line of every script (set by
    /// the resource).
    #[tf(skip)]
    pub header: String,
}

/// The shared helpers: logging, `--dry-run`, option checks.
const COMMON: &str = include_str!("templates/common.sh.in");
/// Blue-green colour queries.
const COLOURS: &str = include_str!("templates/colours.sh.in");
/// Where a Compose deploy records the image it replaces.
const COMPOSE_STATE: &str = include_str!("templates/compose-state.sh.in");

/// Renders the scripts for `spec`: `(file name relative to output_dir, text)`,
/// sorted by file name. The same spec always gives the same bytes.
///
/// # Errors
///
/// Every problem in the spec, each on its Terraform attribute path.
pub fn render(spec: &DeployScriptsSpec) -> Result<Vec<(String, String)>, Vec<FieldError>> {
    let errors = validate::validate(spec);
    if !errors.is_empty() {
        return Err(errors);
    }
    let kubernetes = spec.target == "kubernetes";
    let blue_green = spec.strategy == "blue_green";
    let (deploy, rollback): (&[&str], &[&str]) = match (kubernetes, blue_green) {
        (true, false) => (
            &[include_str!("templates/deploy-kubernetes-rolling.sh.in")],
            &[include_str!("templates/rollback-kubernetes-rolling.sh.in")],
        ),
        (true, true) => (
            &[
                COLOURS,
                include_str!("templates/deploy-kubernetes-blue-green.sh.in"),
            ],
            &[
                COLOURS,
                include_str!("templates/rollback-kubernetes-blue-green.sh.in"),
            ],
        ),
        (false, _) => (
            &[
                COMPOSE_STATE,
                include_str!("templates/deploy-compose.sh.in"),
            ],
            &[
                COMPOSE_STATE,
                include_str!("templates/rollback-compose.sh.in"),
            ],
        ),
    };
    let setup: &[&str] = if kubernetes {
        &[include_str!("templates/setup-kubernetes.sh.in")]
    } else {
        &[include_str!("templates/setup-compose.sh.in")]
    };
    let mut scripts: Vec<(&str, &str, &[&str])> = vec![
        (
            "deploy.sh",
            "deploys an image, checks its health, rolls back on failure",
            deploy,
        ),
        (
            "health-check.sh",
            "waits until the app answers 2xx",
            &[include_str!("templates/health-check.sh.in")],
        ),
        ("rollback.sh", "returns to the previous version", rollback),
        (
            "setup.sh",
            "prepares the target for the first deploy",
            setup,
        ),
    ];
    if blue_green {
        scripts.push((
            "switch-traffic.sh",
            "moves traffic to one colour",
            &[COLOURS, include_str!("templates/switch-traffic.sh.in")],
        ));
    }
    let settings = settings(spec);
    Ok(scripts
        .into_iter()
        .map(|(file, purpose, parts)| {
            (
                file.to_owned(),
                script(spec, file, purpose, &settings, parts),
            )
        })
        .collect())
}

/// The shell variables the resource's attributes become: `(name, value)`, the
/// value already shell syntax.
fn settings(spec: &DeployScriptsSpec) -> Vec<(&'static str, String)> {
    let mut settings = vec![
        ("APP", quote(&spec.name)),
        ("HEALTH_URL", quote(&spec.health_url)),
        ("RETRIES", spec.retries.to_string()),
        ("RETRY_INTERVAL", spec.retry_interval_seconds.to_string()),
        ("REQUEST_TIMEOUT", REQUEST_TIMEOUT.to_string()),
        ("TIMEOUT", spec.timeout_seconds.to_string()),
    ];
    if spec.target == "kubernetes" {
        let namespace = spec.namespace.as_deref().unwrap_or(DEFAULT_NAMESPACE);
        settings.push(("NAMESPACE", quote(namespace)));
    } else {
        let file = spec.compose_file.as_deref().unwrap_or(DEFAULT_COMPOSE_FILE);
        settings.push(("COMPOSE_FILE", quote(file)));
    }
    settings.push((
        "SCRIPT_DIR",
        "\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"".to_owned(),
    ));
    settings
}

/// One script: the `#!` line, the header, the settings its body uses, then the
/// shared helpers and its parts.
fn script(
    spec: &DeployScriptsSpec,
    file: &str,
    purpose: &str,
    settings: &[(&str, String)],
    parts: &[&str],
) -> String {
    let mut body = String::from(COMMON);
    for part in parts {
        body.push_str(part);
    }
    let mut out = String::from("#!/usr/bin/env bash\n");
    out.push_str(&yaml::comment(&spec.header));
    let _ = writeln!(out, "#\n# {file}: {purpose}. Run it with --help for usage.");
    out.push_str("set -euo pipefail\n\n# Settings from the Terraform resource.\n");
    for (name, value) in settings {
        if body.contains(&format!("${name}")) || body.contains(&format!("${{{name}")) {
            let _ = writeln!(out, "{name}={value}");
        }
    }
    out.push('\n');
    out.push_str(&body);
    out
}

/// `text` as one single-quoted shell word.
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}
