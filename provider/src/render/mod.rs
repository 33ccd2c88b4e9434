//! Pure renderers: each turns a decoded resource spec into artifact text,
//! or into every validation problem found, located by Terraform attribute
//! path.

pub mod alert_rules;
pub mod alertmanager_config;
pub mod ansible_playbook;
pub mod container;
pub mod deploy_scripts;
pub mod grafana_dashboard;
pub mod k8s_app;
pub mod pipeline;
pub mod prometheus_config;
#[cfg(test)]
mod test_files;

use tfplug::AttributePath;

/// One validation problem, located by the path of the offending attribute.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {summary}: {detail}")]
pub struct FieldError {
    /// Terraform attribute path, e.g. `rule[2].expr` is
    /// `AttributePath::attr("rule").index(2).then_attr("expr")`.
    pub path: AttributePath,
    /// Short, one-line description (a diagnostic's summary).
    pub summary: String,
    /// Longer explanation: what was found and what is accepted.
    pub detail: String,
}

impl FieldError {
    /// Builds an error from its parts.
    pub fn new(path: AttributePath, summary: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError {
            path,
            summary: summary.into(),
            detail: detail.into(),
        }
    }
}

impl From<FieldError> for tfplug::Diagnostic {
    fn from(error: FieldError) -> Self {
        tfplug::Diagnostic::error(error.summary, error.detail).at(error.path)
    }
}

/// Checks that `name` is an identifier, `[A-Za-z_][A-Za-z0-9_]*` (an environment
/// variable, an Ansible group); `what` names it in the error.
pub(crate) fn identifier(name: &str, what: &str) -> Result<(), String> {
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "{name:?} is not a valid {what}: use letters, digits and '_', \
             not starting with a digit."
        ))
    }
}

/// The Terraform diagnostics of a renderer's validation errors.
pub(crate) fn diagnostics(errors: Vec<FieldError>) -> tfplug::Diagnostics {
    errors.into_iter().map(tfplug::Diagnostic::from).collect()
}

/// A validator `scripts/install-validators.sh` installs under `.tools` (for tests);
/// panics, naming the script, when it is missing.
#[cfg(test)]
pub(crate) fn installed_tool(relative: &str) -> std::path::PathBuf {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../.tools")
        .join(relative);
    assert!(
        path.exists(),
        "{} is not installed; run scripts/install-validators.sh",
        path.display()
    );
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_error_display_shows_terraform_path() {
        let err = FieldError::new(
            AttributePath::attr("rule")
                .index(1)
                .then_attr("labels")
                .key("te\"am"),
            "Invalid label name",
            "details",
        );
        assert_eq!(
            err.to_string(),
            "rule[1].labels[\"te\\\"am\"]: Invalid label name: details"
        );
    }
}
