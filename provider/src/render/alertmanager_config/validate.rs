//! Validation of a spec: every problem at once, each at its attribute path.

use std::collections::BTreeMap;

use tfplug::AttributePath;

use super::{AlertmanagerConfigSpec, Receiver, Route, Smtp};
use crate::render::FieldError;
use crate::render::alert_rules::{is_label_name, parse_duration};

/// Every problem of `spec`; empty when it is valid.
pub(super) fn validate(spec: &AlertmanagerConfigSpec) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let names = receiver_names(&spec.receivers, &mut errors);
    known_receiver(
        &names,
        AttributePath::attr("default_receiver"),
        &spec.default_receiver,
        &mut errors,
    );
    timing(
        AttributePath::root(),
        "group_wait",
        &spec.group_wait,
        &mut errors,
    );
    timing(
        AttributePath::root(),
        "group_interval",
        &spec.group_interval,
        &mut errors,
    );
    timing(
        AttributePath::root(),
        "repeat_interval",
        &spec.repeat_interval,
        &mut errors,
    );
    if let Some(smtp) = &spec.smtp {
        validate_smtp(smtp, &mut errors);
    }
    for (i, receiver) in spec.receivers.iter().enumerate() {
        validate_receiver(
            AttributePath::attr("receiver").index(i),
            receiver,
            spec.smtp.is_some(),
            &mut errors,
        );
    }
    for (i, route) in spec.routes.iter().enumerate() {
        validate_route(
            AttributePath::attr("route").index(i),
            route,
            &names,
            &mut errors,
        );
    }
    errors
}

/// The receiver names, each with its index; reports empty and repeated names.
fn receiver_names<'a>(
    receivers: &'a [Receiver],
    errors: &mut Vec<FieldError>,
) -> BTreeMap<&'a str, usize> {
    let mut names = BTreeMap::new();
    for (i, receiver) in receivers.iter().enumerate() {
        let path = AttributePath::attr("receiver").index(i).then_attr("name");
        if receiver.name.trim().is_empty() {
            errors.push(FieldError::new(
                path,
                "Missing receiver name",
                "The receiver name must not be empty.",
            ));
        } else if let Some(first) = names.insert(receiver.name.as_str(), i) {
            names.insert(receiver.name.as_str(), first);
            errors.push(FieldError::new(
                path,
                "Duplicate receiver name",
                format!(
                    "Receiver name {:?} is already used by receiver[{first}]; Alertmanager \
                     needs unique names.",
                    receiver.name
                ),
            ));
        }
    }
    names
}

/// Reports `name` when no receiver has it.
fn known_receiver(
    names: &BTreeMap<&str, usize>,
    path: AttributePath,
    name: &str,
    errors: &mut Vec<FieldError>,
) {
    if names.contains_key(name) {
        return;
    }
    let known: Vec<&str> = names.keys().copied().collect();
    let detail = if known.is_empty() {
        format!("There is no receiver {name:?}: add a `receiver` block named so.")
    } else {
        format!(
            "There is no receiver {name:?}. The receivers are: {}.",
            known.join(", ")
        )
    };
    errors.push(FieldError::new(path, "Unknown receiver", detail));
}

/// Checks the timing attribute `name` under `parent`; `group_wait` may be zero.
fn timing(parent: AttributePath, name: &str, value: &str, errors: &mut Vec<FieldError>) {
    let path = parent.then_attr(name);
    match parse_duration(value) {
        Ok(0) if name != "group_wait" => errors.push(FieldError::new(
            path,
            "Invalid duration",
            format!("{name} must be longer than zero; Alertmanager refuses {value:?}."),
        )),
        Ok(_) => {}
        Err(reason) => errors.push(FieldError::new(
            path,
            "Invalid duration",
            format!(
                "{value:?} is not a duration: {reason}. Write numbers followed by units (ms, \
                 s, m, h, d, w, y), largest unit first and each unit at most once, e.g. \
                 \"30s\", \"5m\" or \"1h30m\"."
            ),
        )),
    }
}

fn validate_smtp(smtp: &Smtp, errors: &mut Vec<FieldError>) {
    let path = AttributePath::attr("smtp");
    let valid_host = smtp.smarthost.rsplit_once(':').is_some_and(|(host, port)| {
        !host.is_empty()
            && !host.contains(char::is_whitespace)
            && port.parse::<u16>().is_ok_and(|port| port > 0)
    });
    if !valid_host {
        errors.push(FieldError::new(
            path.clone().then_attr("smarthost"),
            "Invalid SMTP smarthost",
            format!(
                "{:?} is not host:port, e.g. \"smtp.example.com:587\".",
                smtp.smarthost
            ),
        ));
    }
    email_addresses(path.clone().then_attr("from"), &smtp.from, errors);
    if let Some(file) = &smtp.auth_password_file {
        file_path(path.then_attr("auth_password_file"), file, errors);
    }
}

fn validate_receiver(
    path: AttributePath,
    receiver: &Receiver,
    has_smtp: bool,
    errors: &mut Vec<FieldError>,
) {
    let integrations = receiver.pagerduty.len()
        + receiver.slack.len()
        + receiver.email.len()
        + receiver.webhook.len();
    if integrations == 0 {
        errors.push(FieldError::new(
            path.clone(),
            "Receiver without integration",
            format!(
                "Receiver {:?} sends nowhere: add a pagerduty, slack, email or webhook block.",
                receiver.name
            ),
        ));
    }
    for (i, pagerduty) in receiver.pagerduty.iter().enumerate() {
        let at = path.clone().then_attr("pagerduty").index(i);
        file_path(
            at.then_attr("routing_key_file"),
            &pagerduty.routing_key_file,
            errors,
        );
    }
    for (i, slack) in receiver.slack.iter().enumerate() {
        let at = path.clone().then_attr("slack").index(i);
        file_path(at.then_attr("api_url_file"), &slack.api_url_file, errors);
    }
    for (i, email) in receiver.email.iter().enumerate() {
        let at = path.clone().then_attr("email").index(i);
        if !has_smtp {
            errors.push(FieldError::new(
                at.clone(),
                "Email without SMTP",
                format!(
                    "Receiver {:?} sends email, which needs the top-level smtp block \
                     (smarthost and from).",
                    receiver.name
                ),
            ));
        }
        email_addresses(at.then_attr("to"), &email.to, errors);
    }
    for (i, webhook) in receiver.webhook.iter().enumerate() {
        let at = path.clone().then_attr("webhook").index(i);
        match (&webhook.url, &webhook.url_file) {
            (Some(url), None) => {
                let rest = url
                    .strip_prefix("http://")
                    .or_else(|| url.strip_prefix("https://"));
                if rest.is_none_or(|rest| rest.is_empty() || rest.contains(char::is_whitespace)) {
                    errors.push(FieldError::new(
                        at.then_attr("url"),
                        "Invalid webhook URL",
                        format!("{url:?} must be an http:// or https:// URL without spaces."),
                    ));
                }
            }
            (None, Some(file)) => file_path(at.then_attr("url_file"), file, errors),
            (Some(_), Some(_)) => errors.push(FieldError::new(
                at.then_attr("url_file"),
                "Conflicting webhook URL",
                "Set url or url_file, not both.",
            )),
            (None, None) => errors.push(FieldError::new(
                at,
                "Missing webhook URL",
                "Set url (an http:// or https:// URL) or url_file (a file holding it).",
            )),
        }
    }
}

fn validate_route(
    path: AttributePath,
    route: &Route,
    names: &BTreeMap<&str, usize>,
    errors: &mut Vec<FieldError>,
) {
    for name in route.matchers.keys() {
        if !is_label_name(name) {
            errors.push(FieldError::new(
                path.clone().then_attr("matchers").key(name),
                "Invalid label name",
                format!(
                    "Label name {name:?} must start with a letter or underscore and contain \
                     only letters, digits and underscores ([a-zA-Z_][a-zA-Z0-9_]*)."
                ),
            ));
        }
    }
    known_receiver(
        names,
        path.clone().then_attr("receiver"),
        &route.receiver,
        errors,
    );
    let timings = [
        ("group_wait", &route.group_wait),
        ("group_interval", &route.group_interval),
        ("repeat_interval", &route.repeat_interval),
    ];
    for (name, value) in timings {
        if let Some(value) = value {
            timing(path.clone(), name, value, errors);
        }
    }
}

/// Checks a comma-separated list of `local@domain` addresses.
fn email_addresses(path: AttributePath, value: &str, errors: &mut Vec<FieldError>) {
    let bad: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter(|address| !is_email(address))
        .collect();
    if !bad.is_empty() {
        errors.push(FieldError::new(
            path,
            "Invalid email address",
            format!(
                "{value:?} holds {} that {} not an address like \"team@example.com\": {}. \
                 Separate several addresses with commas.",
                if bad.len() == 1 { "a part" } else { "parts" },
                if bad.len() == 1 { "is" } else { "are" },
                bad.iter()
                    .map(|b| format!("{b:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
}

/// `local@domain`, where the domain has a dot and neither part has spaces or
/// another `@`.
fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let clean = |part: &str| {
        !part.is_empty()
            && !part
                .contains(|c: char| c.is_whitespace() || c.is_control() || "@<>,;\"".contains(c))
    };
    clean(local)
        && clean(domain)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

/// Checks a `*_file` path: not empty, no line breaks.
fn file_path(path: AttributePath, value: &str, errors: &mut Vec<FieldError>) {
    if value.trim().is_empty() || value.contains(['\n', '\r']) {
        errors.push(FieldError::new(
            path,
            "Invalid file path",
            format!(
                "{value:?} must name the file Alertmanager reads the secret from, e.g. \
                 \"/etc/alertmanager/secret\"."
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::is_email;

    #[test]
    fn email_addresses_need_a_local_part_and_a_dotted_domain() {
        for good in ["team@example.com", "a.b+alerts@mail.example.org"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "team",
            "team@",
            "@example.com",
            "team@localhost",
            "team@@example.com",
            "te am@example.com",
            "team@example.com.",
            "Team <team@example.com>",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
