//! Validation of a spec: every problem at once, each at its attribute path.

use std::collections::BTreeMap;

use tfplug::AttributePath;

use super::{KubernetesPods, PrometheusConfigSpec, SCHEMES, ScrapeJob};
use crate::render::FieldError;
use crate::render::alert_rules::parse_duration;
use crate::render::k8s_app::http_path;
use crate::render::k8s_app::validate::dns1123_label;

/// Every problem of `spec`; empty when it renders.
pub(super) fn validate(spec: &PrometheusConfigSpec) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (name, value) in [
        ("scrape_interval", &spec.scrape_interval),
        ("evaluation_interval", &spec.evaluation_interval),
    ] {
        if let Err(detail) = positive_duration(value) {
            errors.push(FieldError::new(
                AttributePath::attr(name),
                "Invalid duration",
                detail,
            ));
        }
    }
    for (index, glob) in spec.rule_files.iter().enumerate() {
        if let Err(detail) = rule_file_glob(glob) {
            errors.push(FieldError::new(
                AttributePath::attr("rule_files").index(index),
                "Invalid rule file glob",
                detail,
            ));
        }
    }
    addresses(
        &spec.alertmanagers,
        &AttributePath::attr("alertmanagers"),
        &mut errors,
    );
    let mut first_use: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, job) in spec.jobs.iter().enumerate() {
        let path = AttributePath::attr("job").index(index);
        if let Some(first) = first_use.get(job.name.as_str()) {
            errors.push(FieldError::new(
                path.clone().then_attr("name"),
                "Duplicate job name",
                format!(
                    "Job {:?} is already the name of job {first} (counting from 0); each \
                     job needs its own name, which becomes the `job` label of what it scrapes.",
                    job.name
                ),
            ));
        } else {
            first_use.insert(&job.name, index);
        }
        validate_job(job, &path, &mut errors);
    }
    errors
}

/// Checks one `job` block at `path`.
fn validate_job(job: &ScrapeJob, path: &AttributePath, errors: &mut Vec<FieldError>) {
    if job.name.trim().is_empty() {
        errors.push(FieldError::new(
            path.clone().then_attr("name"),
            "Missing job name",
            "The job name must not be empty: it is the `job` label of what the job scrapes.",
        ));
    }
    if job.targets.is_empty() && job.kubernetes_pods.is_none() {
        errors.push(FieldError::new(
            path.clone(),
            "Job scrapes nothing",
            format!(
                "Job {:?} has no `targets` and no `kubernetes_pods` block; give it static \
                 targets (\"host:port\"), pod discovery, or both.",
                job.name
            ),
        ));
    }
    addresses(&job.targets, &path.clone().then_attr("targets"), errors);
    if let Err(detail) = http_path(&job.metrics_path) {
        errors.push(FieldError::new(
            path.clone().then_attr("metrics_path"),
            "Invalid metrics path",
            format!("{detail} It is the HTTP path of the metrics, e.g. \"/metrics\"."),
        ));
    }
    if !SCHEMES.contains(&job.scheme.as_str()) {
        errors.push(FieldError::new(
            path.clone().then_attr("scheme"),
            "Invalid scheme",
            format!(
                "{:?} is not a scrape scheme. Use one of: {}.",
                job.scheme,
                SCHEMES.join(", ")
            ),
        ));
    }
    if let Some(KubernetesPods {
        namespaces,
        pod_labels,
    }) = &job.kubernetes_pods
    {
        let pods = path.clone().then_attr("kubernetes_pods");
        let path = pods.clone().then_attr("namespaces");
        for (index, namespace) in namespaces.iter().enumerate() {
            if let Err(detail) = dns1123_label(namespace) {
                errors.push(FieldError::new(
                    path.clone().index(index),
                    "Invalid namespace",
                    detail,
                ));
            }
        }
        for (key, value) in pod_labels {
            let at = pods.clone().then_attr("pod_labels").key(key);
            if let Err(detail) = label_key(key).and_then(|()| label_value(value)) {
                errors.push(FieldError::new(at, "Invalid pod label", detail));
            }
        }
    }
}

/// A Kubernetes label name: at most 63 characters, alphanumeric at both ends,
/// `-`, `_` and `.` between.
fn label_name(name: &str, what: &str) -> Result<(), String> {
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let inner = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if name.len() > 63 || !inner || !edge(name.chars().next()) || !edge(name.chars().last()) {
        return Err(format!(
            "{what} {name:?} must be at most 63 characters of letters, digits, `-`, `_` and \
             `.`, starting and ending with a letter or digit."
        ));
    }
    Ok(())
}

/// A Kubernetes label key: an optional DNS subdomain prefix and `/`, then a name.
fn label_key(key: &str) -> Result<(), String> {
    let (prefix, name) = key.rsplit_once('/').unwrap_or(("", key));
    if key.contains('/') {
        let labels_ok = prefix.split('.').all(|part| dns1123_label(part).is_ok());
        if prefix.is_empty() || prefix.len() > 253 || !labels_ok {
            return Err(format!(
                "The prefix {prefix:?} of label key {key:?} must be a DNS subdomain \
                 (lowercase RFC 1123 labels joined by `.`)."
            ));
        }
    }
    label_name(name, "The label key's name")
}

/// A Kubernetes label value: empty, or a label name.
fn label_value(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Ok(());
    }
    label_name(value, "The label value")
}

/// Checks a list of `host:port` addresses at `path`: each valid, none repeated.
fn addresses(list: &[String], path: &AttributePath, errors: &mut Vec<FieldError>) {
    for (index, address) in list.iter().enumerate() {
        let at = path.clone().index(index);
        if let Err(detail) = host_port(address) {
            errors.push(FieldError::new(at, "Invalid address", detail));
        } else if list[..index].contains(address) {
            errors.push(FieldError::new(
                at,
                "Duplicate address",
                format!("{address:?} is listed more than once."),
            ));
        }
    }
}

/// A Prometheus duration greater than zero.
fn positive_duration(value: &str) -> Result<(), String> {
    match parse_duration(value) {
        Ok(0) => Err(format!("{value:?} is zero; the interval must be positive.")),
        Ok(_) => Ok(()),
        Err(reason) => Err(format!(
            "{value:?} is not a Prometheus duration: {reason}. Write numbers followed by units \
             (ms, s, m, h, d, w, y), largest unit first and each at most once, e.g. \"15s\" or \
             \"1m30s\"."
        )),
    }
}

/// A rule file glob: relative, and a pattern Go's `filepath.Match` accepts.
fn rule_file_glob(glob: &str) -> Result<(), String> {
    if glob.trim().is_empty() {
        return Err("The glob is empty.".to_owned());
    }
    if glob.starts_with('/') || glob.starts_with('~') {
        return Err(format!(
            "{glob:?} is not relative: rule files are given relative to the directory of \
             the configuration file, e.g. \"alerts/*.rules.yml\"."
        ));
    }
    let mut chars = glob.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.next().is_none() => {
                return Err(format!("{glob:?} ends with an unfinished `\\` escape."));
            }
            '[' => {
                // A class: an optional `^`, then at least one character, up to `]`.
                let mut length = 0;
                loop {
                    match chars.next() {
                        None => {
                            return Err(format!("{glob:?} has a `[` without its `]`."));
                        }
                        Some(']') if length > 0 => break,
                        Some('^') if length == 0 => {}
                        Some('\\') => {
                            chars.next();
                            length += 1;
                        }
                        Some(_) => length += 1,
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// `host:port`: a host name or IPv4 address, or an IPv6 address in brackets,
/// then a port from 1 to 65535.
pub(super) fn host_port(address: &str) -> Result<(), String> {
    let explain = |why: &str| {
        format!(
            "{address:?} is not a `host:port` address: {why}. Write e.g. \"api:8000\", \
             \"10.0.0.5:9100\" or \"[::1]:9090\", without a scheme or a path."
        )
    };
    let (host, port) = if let Some(rest) = address.strip_prefix('[') {
        let (host, after) = rest
            .split_once(']')
            .ok_or_else(|| explain("the `[` of an IPv6 host has no `]`"))?;
        if host.is_empty()
            || !host
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err(explain("the bracketed host is not an IPv6 address"));
        }
        let port = after
            .strip_prefix(':')
            .ok_or_else(|| explain("there is no `:port` after the IPv6 host"))?;
        (host, port)
    } else {
        address
            .rsplit_once(':')
            .ok_or_else(|| explain("there is no `:port`"))?
    };
    if host.is_empty() {
        return Err(explain("the host is empty"));
    }
    let host_ok = address.starts_with('[')
        || host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !host_ok {
        return Err(explain(
            "the host may only hold letters, digits, '.', '-' and '_'",
        ));
    }
    let port_ok = !port.is_empty()
        && port.len() <= 5
        && port.chars().all(|c| c.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p));
    if !port_ok {
        return Err(explain("the port must be a number from 1 to 65535"));
    }
    Ok(())
}
