//! Plan-time checks of a [`K8sAppSpec`]: every problem is reported at once,
//! each on the Terraform attribute path of the value at fault.

use super::{Autoscaling, COLORS, IngressSpec, K8sAppSpec, Resources, STRATEGIES, canary};
use tfplug::AttributePath;

use crate::render::FieldError;

/// Kubernetes limits object and label names to 63 characters.
const MAX_LABEL: usize = 63;
/// Kubernetes limits DNS-1123 subdomains to 253 characters.
const MAX_SUBDOMAIN: usize = 253;
/// Replica counts are `int32` in the Kubernetes API.
const MAX_REPLICAS: i64 = i32::MAX as i64;

/// Returns every problem in `spec`; empty when it can be rendered.
pub(super) fn validate(spec: &K8sAppSpec) -> Vec<FieldError> {
    let mut errors = Errors::default();
    check_name(spec, &mut errors);
    errors.check(
        attr("namespace"),
        "Invalid namespace",
        dns1123_label(&spec.namespace),
    );
    errors.check(
        attr("image"),
        "Invalid image reference",
        image_reference(&spec.image),
    );
    check_replicas_and_strategy(spec, &mut errors);
    if !(1..=65535).contains(&spec.port) {
        errors.push(
            attr("port"),
            "Invalid port",
            format!("port must be between 1 and 65535, got {}.", spec.port),
        );
    }
    check_metrics(spec, &mut errors);
    check_env(spec, &mut errors);
    for (field, path) in [
        ("liveness_path", &spec.liveness_path),
        ("readiness_path", &spec.readiness_path),
    ] {
        errors.check(attr(field), "Invalid HTTP path", http_path(path));
    }
    check_resources(&spec.resources, &mut errors);
    if let Some(autoscaling) = &spec.autoscaling {
        check_autoscaling(autoscaling, &mut errors);
    }
    if let Some(ingress) = &spec.ingress {
        check_ingress(ingress, &mut errors);
    }
    if let Some(account) = &spec.service_account {
        errors.check(
            attr("service_account"),
            "Invalid service account name",
            dns1123_subdomain(account),
        );
    }
    errors.0
}

/// The error for a strategy that is not one of [`STRATEGIES`].
pub(super) fn unknown_strategy(strategy: &str) -> FieldError {
    FieldError {
        path: attr("strategy"),
        summary: "Invalid strategy".to_owned(),
        detail: format!(
            "strategy must be one of {}, got {strategy:?}.",
            STRATEGIES.join(", ")
        ),
    }
}

/// Collected errors.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, path: AttributePath, summary: &str, detail: String) {
        self.0.push(FieldError {
            path,
            summary: summary.to_owned(),
            detail,
        });
    }

    /// Records `problem`, if any, at `path`.
    fn check(&mut self, path: AttributePath, summary: &str, problem: Result<(), String>) {
        if let Err(detail) = problem {
            self.push(path, summary, detail);
        }
    }
}

/// The path of a top-level attribute.
fn attr(name: &str) -> AttributePath {
    AttributePath::attr(name)
}

/// The path of an attribute of a nested single block.
fn block_attr(block: &str, name: &str) -> AttributePath {
    AttributePath::attr(block).then_attr(name)
}

/// The path of an element of a map attribute, optionally of one of its fields.
fn map_entry(map: &str, key: &str, field: Option<&str>) -> AttributePath {
    let path = AttributePath::attr(map).key(key);
    match field {
        Some(field) => path.then_attr(field),
        None => path,
    }
}

/// `name` names a Service, so it is a DNS-1035 label (it starts with a
/// letter); the longest name derived from it must fit in 63 characters too.
fn check_name(spec: &K8sAppSpec, errors: &mut Errors) {
    let name = &spec.name;
    if let Err(problem) = dns1035_label(name) {
        errors.push(attr("name"), "Invalid name", problem);
        return;
    }
    let suffix = match spec.strategy.as_str() {
        "blue_green" => "-preview",
        "canary" => "-stable",
        _ => "",
    };
    let longest = name.len() + suffix.len();
    if longest > MAX_LABEL {
        errors.push(
            attr("name"),
            "Name too long",
            format!(
                "With strategy {}, name must be at most {} characters so that \
                 \"{name}{suffix}\" fits in {MAX_LABEL}; it has {}.",
                spec.strategy,
                MAX_LABEL - suffix.len(),
                name.len()
            ),
        );
    }
}

fn check_replicas_and_strategy(spec: &K8sAppSpec, errors: &mut Errors) {
    let replicas_ok = (1..=MAX_REPLICAS).contains(&spec.replicas);
    if !replicas_ok {
        errors.push(
            attr("replicas"),
            "Invalid replica count",
            format!(
                "replicas must be between 1 and {MAX_REPLICAS}, got {}.",
                spec.replicas
            ),
        );
    }
    if !STRATEGIES.contains(&spec.strategy.as_str()) {
        errors.0.push(unknown_strategy(&spec.strategy));
    }
    let mut weight_ok = true;
    if let Some(weight) = spec.canary_weight
        && !(1..=99).contains(&weight)
    {
        weight_ok = false;
        errors.push(
            attr("canary_weight"),
            "Invalid canary weight",
            format!("canary_weight is a percentage between 1 and 99, got {weight}."),
        );
    }
    if let Some(color) = &spec.active_color
        && !COLORS.contains(&color.as_str())
    {
        errors.push(
            attr("active_color"),
            "Invalid active color",
            format!("active_color must be blue or green, got {color:?}."),
        );
    }
    if spec.canary_weight.is_some()
        && spec.strategy != "canary"
        && STRATEGIES.contains(&spec.strategy.as_str())
    {
        errors.push(
            attr("canary_weight"),
            "Canary weight without a canary",
            format!(
                "canary_weight only applies to strategy \"canary\", but strategy is {:?}; \
                 remove canary_weight or set strategy = \"canary\".",
                spec.strategy
            ),
        );
    }
    // Checked once the counts and the weight are themselves valid.
    let autoscaling_ok = spec.autoscaling.as_ref().is_none_or(|a| {
        (1..=MAX_REPLICAS).contains(&a.min_replicas)
            && (a.min_replicas..=MAX_REPLICAS).contains(&a.max_replicas)
    });
    if replicas_ok && weight_ok && autoscaling_ok {
        errors.0.extend(canary::check(spec));
    }
}

fn check_env(spec: &K8sAppSpec, errors: &mut Errors) {
    for name in spec.env.keys() {
        errors.check(
            map_entry("env", name, None),
            "Invalid environment variable name",
            env_name(name),
        );
    }
    for (name, secret) in &spec.secret_env {
        errors.check(
            map_entry("secret_env", name, None),
            "Invalid environment variable name",
            env_name(name),
        );
        if spec.env.contains_key(name) {
            errors.push(
                map_entry("secret_env", name, None),
                "Duplicate environment variable",
                format!("{name} is set in both env and secret_env; keep one."),
            );
        }
        errors.check(
            map_entry("secret_env", name, Some("secret")),
            "Invalid secret name",
            dns1123_subdomain(&secret.secret),
        );
        errors.check(
            map_entry("secret_env", name, Some("key")),
            "Invalid secret key",
            secret_key(&secret.key),
        );
    }
}

fn check_resources(resources: &Resources, errors: &mut Errors) {
    let mut quantity = |field: &str, value: &str, kind: Kind| {
        let parsed = parse_quantity(value, kind);
        let summary = match kind {
            Kind::Cpu => "Invalid CPU quantity",
            Kind::Memory => "Invalid memory quantity",
        };
        errors.check(
            block_attr("resources", field),
            summary,
            parsed
                .as_ref()
                .map(|_| ())
                .map_err(|e| format!("{field} {value:?}: {e}")),
        );
        parsed.ok()
    };
    let cpu_request = quantity("cpu_request", &resources.cpu_request, Kind::Cpu);
    let cpu_limit = quantity("cpu_limit", &resources.cpu_limit, Kind::Cpu);
    let memory_request = quantity("memory_request", &resources.memory_request, Kind::Memory);
    let memory_limit = quantity("memory_limit", &resources.memory_limit, Kind::Memory);
    for (request, limit, field, summary, request_text, limit_text) in [
        (
            cpu_request,
            cpu_limit,
            "cpu_request",
            "CPU request exceeds limit",
            &resources.cpu_request,
            &resources.cpu_limit,
        ),
        (
            memory_request,
            memory_limit,
            "memory_request",
            "Memory request exceeds limit",
            &resources.memory_request,
            &resources.memory_limit,
        ),
    ] {
        if let (Some(request), Some(limit)) = (request, limit)
            && request > limit
        {
            errors.push(
                block_attr("resources", field),
                summary,
                format!(
                    "The request ({request_text}) is larger than the limit ({limit_text}); \
                     Kubernetes rejects such a pod."
                ),
            );
        }
    }
}

fn check_autoscaling(autoscaling: &Autoscaling, errors: &mut Errors) {
    let (min, max) = (autoscaling.min_replicas, autoscaling.max_replicas);
    let min_ok = (1..=MAX_REPLICAS).contains(&min);
    let max_ok = (1..=MAX_REPLICAS).contains(&max);
    for (field, value, ok) in [("min_replicas", min, min_ok), ("max_replicas", max, max_ok)] {
        if !ok {
            errors.push(
                block_attr("autoscaling", field),
                "Invalid replica count",
                format!("{field} must be between 1 and {MAX_REPLICAS}, got {value}."),
            );
        }
    }
    if min_ok && max_ok && min > max {
        errors.push(
            block_attr("autoscaling", "min_replicas"),
            "min_replicas exceeds max_replicas",
            format!("min_replicas ({min}) must not be larger than max_replicas ({max})."),
        );
    }
    for (field, value) in [
        ("cpu_utilization", autoscaling.cpu_utilization),
        ("memory_utilization", autoscaling.memory_utilization),
    ] {
        if let Some(value) = value
            && !(1..=100).contains(&value)
        {
            errors.push(
                block_attr("autoscaling", field),
                "Invalid utilization",
                format!("{field} is a percentage of the request between 1 and 100, got {value}."),
            );
        }
    }
}

fn check_ingress(ingress: &IngressSpec, errors: &mut Errors) {
    errors.check(
        block_attr("ingress", "host"),
        "Invalid host",
        ingress_host(&ingress.host),
    );
    errors.check(
        block_attr("ingress", "path"),
        "Invalid HTTP path",
        http_path(&ingress.path),
    );
    if let Some(secret) = &ingress.tls_secret {
        errors.check(
            block_attr("ingress", "tls_secret"),
            "Invalid secret name",
            dns1123_subdomain(secret),
        );
    }
    if let Some(class) = &ingress.class_name {
        errors.check(
            block_attr("ingress", "class_name"),
            "Invalid ingress class name",
            dns1123_subdomain(class),
        );
    }
}

/// Whether `c` may appear in a DNS-1123 label.
fn is_label_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}

/// The body of a DNS-1123 label check, without the length limit:
/// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`.
fn label_chars(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("must not be empty.".to_owned());
    }
    if let Some(c) = s.chars().find(|c| !is_label_char(*c)) {
        return Err(format!(
            "{s:?} contains {c:?}; only lowercase letters, digits and '-' are allowed."
        ));
    }
    if s.starts_with('-') || s.ends_with('-') {
        return Err(format!("{s:?} must start and end with a letter or digit."));
    }
    Ok(())
}

/// A DNS-1123 label, as Kubernetes requires for namespaces.
pub(crate) fn dns1123_label(s: &str) -> Result<(), String> {
    label_chars(s)?;
    if s.len() > MAX_LABEL {
        return Err(format!(
            "{s:?} has {} characters; at most {MAX_LABEL} are allowed.",
            s.len()
        ));
    }
    Ok(())
}

/// A DNS-1035 label (a DNS-1123 label starting with a letter), as Kubernetes
/// requires for Service names.
pub(crate) fn dns1035_label(s: &str) -> Result<(), String> {
    dns1123_label(s)?;
    if !s.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Err(format!(
            "{s:?} must start with a lowercase letter (it names a Service)."
        ));
    }
    Ok(())
}

/// A DNS-1123 subdomain: dot-separated DNS-1123 labels, at most 253
/// characters, as Kubernetes requires for most object names.
fn dns1123_subdomain(s: &str) -> Result<(), String> {
    if s.len() > MAX_SUBDOMAIN {
        return Err(format!(
            "{s:?} has {} characters; at most {MAX_SUBDOMAIN} are allowed.",
            s.len()
        ));
    }
    if s.is_empty() {
        return Err("must not be empty.".to_owned());
    }
    for part in s.split('.') {
        label_chars(part).map_err(|_| {
            format!(
                "{s:?} is not a DNS-1123 subdomain: use lowercase letters, digits, '-' and \
                 '.', starting and ending each dot-separated part with a letter or digit."
            )
        })?;
    }
    Ok(())
}

/// An Ingress host: a DNS-1123 subdomain, optionally starting with a `*.`
/// wildcard, and not an IP address.
fn ingress_host(host: &str) -> Result<(), String> {
    let name = host.strip_prefix("*.").unwrap_or(host);
    dns1123_subdomain(name)?;
    if name
        .split('.')
        .all(|part| part.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(format!(
            "{host:?} is an IP address; an Ingress host must be a DNS name."
        ));
    }
    Ok(())
}

/// An environment variable name: `[A-Za-z_][A-Za-z0-9_]*`.
pub(crate) fn env_name(name: &str) -> Result<(), String> {
    crate::render::identifier(name, "variable name")
}

/// A Secret data key: `[-._a-zA-Z0-9]+`, at most 253 characters, not `.` or `..`.
fn secret_key(key: &str) -> Result<(), String> {
    let valid = !key.is_empty()
        && key.len() <= MAX_SUBDOMAIN
        && key != "."
        && key != ".."
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
    if valid {
        Ok(())
    } else {
        Err(format!(
            "{key:?} is not a valid Secret key: use letters, digits, '-', '.' and '_' \
             (at most {MAX_SUBDOMAIN} characters)."
        ))
    }
}

/// `metrics_port` is a port; `metrics_path` an HTTP path, set only with a port.
fn check_metrics(spec: &K8sAppSpec, errors: &mut Errors) {
    if let Some(port) = spec.metrics_port {
        if !(1..=65535).contains(&port) {
            errors.push(
                attr("metrics_port"),
                "Invalid metrics port",
                format!("metrics_port must be between 1 and 65535, got {port}."),
            );
        }
    }
    if let Some(path) = &spec.metrics_path {
        errors.check(attr("metrics_path"), "Invalid HTTP path", http_path(path));
        if spec.metrics_port.is_none() {
            errors.push(
                attr("metrics_path"),
                "metrics_path without metrics_port",
                format!(
                    "metrics_path = {path:?} has no effect without metrics_port: set \
                     metrics_port to the port the app serves its metrics on (the pods are \
                     then annotated for Prometheus), or remove metrics_path."
                ),
            );
        }
    }
}

/// An absolute HTTP path without whitespace or control characters.
pub(crate) fn http_path(path: &str) -> Result<(), String> {
    if !path.starts_with('/') {
        return Err(format!("{path:?} must start with '/'."));
    }
    if path.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "{path:?} must not contain whitespace or control characters."
        ));
    }
    Ok(())
}

/// A container image reference, following the distribution reference
/// grammar: `[host[:port]/]path[:tag][@algorithm:hex]`, where the path is
/// lowercase. A missing tag (meaning `latest`) is accepted.
pub(crate) fn image_reference(image: &str) -> Result<(), String> {
    if image.is_empty() {
        return Err("image must not be empty.".to_owned());
    }
    if image.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("{image:?} must not contain whitespace."));
    }
    let (reference, digest) = match image.split_once('@') {
        Some((reference, digest)) => (reference, Some(digest)),
        None => (image, None),
    };
    if let Some(digest) = digest {
        image_digest(digest).map_err(|e| format!("{image:?}: {e}"))?;
    }
    // A tag follows the last ':' that is not part of the registry host:port.
    let (name, tag) = match reference.rfind(':') {
        Some(i) if !reference[i..].contains('/') => (&reference[..i], Some(&reference[i + 1..])),
        _ => (reference, None),
    };
    if let Some(tag) = tag {
        image_tag(tag).map_err(|e| format!("{image:?}: {e}"))?;
    }
    image_name(name).map_err(|e| format!("{image:?}: {e}"))
}

/// `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`.
fn image_tag(tag: &str) -> Result<(), String> {
    let valid = (1..=128).contains(&tag.len())
        && !tag.starts_with(['.', '-'])
        && tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if valid {
        Ok(())
    } else {
        Err(format!(
            "tag {tag:?} is invalid: use 1-128 letters, digits, '_', '.' and '-', \
             not starting with '.' or '-'."
        ))
    }
}

/// `algorithm:hex`; `sha256` needs 64 and `sha512` 128 lowercase hex digits.
pub(crate) fn image_digest(digest: &str) -> Result<(), String> {
    let problem = || {
        format!(
            "digest {digest:?} is invalid: expected sha256: followed by 64 lowercase hex digits."
        )
    };
    let (algorithm, hex) = digest.split_once(':').ok_or_else(problem)?;
    let algorithm_ok = algorithm.starts_with(|c: char| c.is_ascii_alphabetic())
        && algorithm
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '_' | '-'));
    let hex_ok = hex.len() >= 32 && hex.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'));
    let length_ok = match algorithm {
        "sha256" => hex.len() == 64,
        "sha512" => hex.len() == 128,
        _ => true,
    };
    if algorithm_ok && hex_ok && length_ok {
        Ok(())
    } else {
        Err(problem())
    }
}

/// The repository name: an optional registry host (recognised by a `.` or
/// `:` or being `localhost`) and a lowercase path of `/`-separated components.
fn image_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("the repository name is empty.".to_owned());
    }
    if name.len() > 255 {
        return Err("the repository name is longer than 255 characters.".to_owned());
    }
    let mut components: Vec<&str> = name.split('/').collect();
    if components.len() > 1 {
        let first = components[0];
        let is_host = first.contains(['.', ':'])
            || first == "localhost"
            || first.chars().any(|c| c.is_ascii_uppercase());
        if is_host {
            registry_host(first)?;
            components.remove(0);
        }
    }
    for component in components {
        if component.chars().any(|c| c.is_ascii_uppercase()) {
            return Err(format!(
                "the repository path must be lowercase ({component:?})."
            ));
        }
        path_component(component)?;
    }
    Ok(())
}

/// `host[:port]`, the host being dot-separated `[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?`.
fn registry_host(domain: &str) -> Result<(), String> {
    let problem = || format!("registry {domain:?} is not a valid host[:port].");
    let (host, port) = match domain.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (domain, None),
    };
    let host_ok = host.split('.').all(|part| {
        !part.is_empty()
            && !part.starts_with('-')
            && !part.ends_with('-')
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    if host_ok && port_ok {
        Ok(())
    } else {
        Err(problem())
    }
}

/// `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`.
fn path_component(component: &str) -> Result<(), String> {
    let problem = || {
        format!(
            "path component {component:?} is invalid: use lowercase letters and digits \
             separated by '.', '_', '__' or dashes."
        )
    };
    let mut separator = String::new();
    let mut seen_alnum = false;
    for c in component.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            let separator_ok = separator.is_empty()
                || matches!(separator.as_str(), "." | "_" | "__")
                || separator.chars().all(|s| s == '-');
            if !separator_ok || (!seen_alnum && !separator.is_empty()) {
                return Err(problem());
            }
            separator.clear();
            seen_alnum = true;
        } else if matches!(c, '.' | '_' | '-') {
            separator.push(c);
        } else {
            return Err(problem());
        }
    }
    if seen_alnum && separator.is_empty() {
        Ok(())
    } else {
        Err(problem())
    }
}

/// Which resource a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Cpu,
    Memory,
}

/// Parses a Kubernetes quantity into exact units of 10^-12 of the base unit
/// (core or byte), so that a request and a limit compare exactly.
///
/// CPU: a decimal number of cores (`2`, `0.5`) or millicores (`250m`).
/// Memory: a decimal number of bytes with an optional binary (`Ki` .. `Ei`),
/// decimal (`k`, `M` .. `E`) or exponent (`e6`) suffix. Zero is rejected.
pub(super) fn parse_quantity(text: &str, kind: Kind) -> Result<u128, String> {
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, suffix) = text.split_at(split);
    let (whole, fraction) = match number.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (number, ""),
    };
    let number_ok = !whole.is_empty()
        && (!number.contains('.') || !fraction.is_empty())
        && whole.len() <= 19
        && fraction.len() <= 9;
    if !number_ok {
        return Err(match kind {
            Kind::Cpu => "expected cores like 0.5 or 2, or millicores like 250m.".to_owned(),
            Kind::Memory => {
                "expected bytes with an optional unit, like 256Mi, 1Gi, 512M or 134217728."
                    .to_owned()
            }
        });
    }
    // whole.fraction in units of 10^-12: 10^-9 from the fraction, 10^-3 spare
    // for the `m` suffix.
    let mut value: u128 = 0;
    for digit in whole.chars().chain(fraction.chars()) {
        value = value * 10 + u128::from(digit.to_digit(10).unwrap_or(0));
    }
    let fraction_digits = u32::try_from(fraction.len()).unwrap_or(9);
    value *= 10u128.pow(12 - fraction_digits);

    let scaled = match (kind, suffix) {
        (_, "") => Some(value),
        (Kind::Cpu, "m") => Some(value / 1000),
        (Kind::Cpu, _) => {
            return Err(format!(
                "unknown CPU unit {suffix:?}: use cores like 0.5 or millicores like 250m."
            ));
        }
        (Kind::Memory, "m") => {
            return Err("the unit m means thousandths of a byte; did you mean Mi or M?".to_owned());
        }
        (Kind::Memory, suffix) => {
            let factor = memory_factor(suffix).ok_or_else(|| {
                format!(
                    "unknown memory unit {suffix:?}: use Ki, Mi, Gi, Ti, Pi, Ei, \
                     k, M, G, T, P, E or none (bytes)."
                )
            })?;
            value.checked_mul(factor)
        }
    };
    match scaled {
        None => Err("the quantity is too large.".to_owned()),
        Some(0) => Err("must be greater than zero.".to_owned()),
        Some(units) => Ok(units),
    }
}

/// The multiplier of a memory unit suffix.
fn memory_factor(suffix: &str) -> Option<u128> {
    let binary = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
    let decimal = ["k", "M", "G", "T", "P", "E"];
    if let Some(i) = binary.iter().position(|s| *s == suffix) {
        return Some(1u128 << (10 * (i + 1)));
    }
    if let Some(i) = decimal.iter().position(|s| *s == suffix) {
        return Some(10u128.pow(3 * (u32::try_from(i).ok()? + 1)));
    }
    let exponent = suffix.strip_prefix(['e', 'E'])?;
    let exponent: u32 = exponent.parse().ok().filter(|e| *e <= 18)?;
    Some(10u128.pow(exponent))
}
