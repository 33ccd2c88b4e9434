//! Pure renderers: each turns a decoded resource spec into artifact text,
//! or into every validation problem found, located by Terraform attribute
//! path.

pub mod alert_rules;
pub mod k8s_app;
pub mod pipeline;

use std::fmt;

/// One validation problem, located by the path of the offending attribute.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {summary}: {detail}", PathDisplay(path))]
pub struct FieldError {
    /// Terraform attribute path, e.g. `rule[2].expr` is
    /// `[Attr("rule"), Index(2), Attr("expr")]`.
    pub path: Vec<PathSeg>,
    /// Short, one-line description (a diagnostic's summary).
    pub summary: String,
    /// Longer explanation: what was found and what is accepted.
    pub detail: String,
}

/// The Terraform diagnostics of a renderer's validation errors.
pub(crate) fn diagnostics(errors: Vec<FieldError>) -> tfplug::Diagnostics {
    errors.into_iter().map(tfplug::Diagnostic::from).collect()
}

impl From<FieldError> for tfplug::Diagnostic {
    fn from(error: FieldError) -> Self {
        use tfplug::{AttributePath, PathStep};
        let steps = error
            .path
            .into_iter()
            .map(|seg| match seg {
                PathSeg::Attr(name) => PathStep::Attr(name),
                PathSeg::Index(i) => PathStep::Index(i64::try_from(i).unwrap_or(i64::MAX)),
                PathSeg::Key(key) => PathStep::Key(key),
            })
            .collect();
        tfplug::Diagnostic::error(error.summary, error.detail).at(AttributePath::from_steps(steps))
    }
}

impl FieldError {
    /// Builds an error from its parts.
    pub fn new(path: Vec<PathSeg>, summary: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError {
            path,
            summary: summary.into(),
            detail: detail.into(),
        }
    }
}

/// One step of a Terraform attribute path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PathSeg {
    /// An attribute or block name.
    Attr(String),
    /// A list element.
    Index(usize),
    /// A map key.
    Key(String),
}

impl PathSeg {
    /// `PathSeg::Attr(name)`.
    pub fn attr(name: impl Into<String>) -> Self {
        PathSeg::Attr(name.into())
    }

    /// `PathSeg::Key(key)`.
    pub fn key(key: impl Into<String>) -> Self {
        PathSeg::Key(key.into())
    }
}

/// Formats a path the way Terraform shows it: `rule[0].labels["team"]`.
struct PathDisplay<'a>(&'a [PathSeg]);

impl fmt::Display for PathDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                PathSeg::Attr(name) if i == 0 => write!(f, "{name}")?,
                PathSeg::Attr(name) => write!(f, ".{name}")?,
                PathSeg::Index(index) => write!(f, "[{index}]")?,
                PathSeg::Key(key) => write!(f, "[{key:?}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_error_display_shows_terraform_path() {
        let err = FieldError::new(
            vec![
                PathSeg::attr("rule"),
                PathSeg::Index(1),
                PathSeg::attr("labels"),
                PathSeg::key("te\"am"),
            ],
            "Invalid label name",
            "details",
        );
        assert_eq!(
            err.to_string(),
            "rule[1].labels[\"te\\\"am\"]: Invalid label name: details"
        );
    }
}
