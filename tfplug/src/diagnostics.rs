//! Diagnostics: what Terraform shows the user, with the attribute they are about.
//!
//! A diagnostic is a value, not an error: handlers collect them and return, and
//! Terraform decides how to present them (`Error: <summary>` with the source
//! range of the attribute when a path is given).

use std::fmt;

pub use crate::path::{AttributePath, PathStep};
use crate::value::ValueError;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Stops the operation.
    Error,
    /// Shown, but the operation goes on.
    Warning,
}

/// One message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A short sentence, shown after `Error:`.
    pub summary: String,
    /// The longer explanation shown under the source snippet.
    pub detail: String,
    /// The attribute the message is about, if any.
    pub attribute: Option<AttributePath>,
}

impl Diagnostic {
    /// An error diagnostic.
    #[must_use]
    pub fn error(summary: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            summary: summary.into(),
            detail: detail.into(),
            attribute: None,
        }
    }

    /// A warning diagnostic.
    #[must_use]
    pub fn warning(summary: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(summary, detail)
        }
    }

    /// An error about a value that failed to decode or encode (a [`ValueError`]): the
    /// detail is the error's message, and the diagnostic points at the error's path, so
    /// Terraform shows the offending attribute (no path for the value as a whole).
    ///
    /// ```
    /// use tfplug::{AttributePath, Diagnostic, Value};
    ///
    /// let config = Value::object([("replicas", Value::from("many"))]);
    /// let error = tfplug::value::from_value::<std::collections::BTreeMap<String, i64>>(&config)
    ///     .unwrap_err();
    /// let diagnostic = Diagnostic::from_value_error("Invalid configuration", &error);
    /// assert_eq!(diagnostic.attribute, Some(AttributePath::attr("replicas")));
    /// assert_eq!(diagnostic.detail, "expected number, found string that is not a number");
    /// ```
    #[must_use]
    pub fn from_value_error(summary: impl Into<String>, error: &ValueError) -> Self {
        let diagnostic = Self::error(summary, error.message());
        match error.path() {
            Some(path) if !path.is_root() => diagnostic.at(path.clone()),
            _ => diagnostic,
        }
    }

    /// Attaches the attribute path this diagnostic is about.
    #[must_use]
    pub fn at(mut self, path: AttributePath) -> Self {
        self.attribute = Some(path);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}", self.summary)?;
        if let Some(path) = &self.attribute {
            write!(f, " (at {path})")?;
        }
        if !self.detail.is_empty() {
            write!(f, ": {}", self.detail)?;
        }
        Ok(())
    }
}

/// A list of diagnostics collected while handling one request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// No diagnostics.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Adds an error with no attribute path.
    pub fn error(&mut self, summary: impl Into<String>, detail: impl Into<String>) {
        self.push(Diagnostic::error(summary, detail));
    }

    /// Adds an error about one attribute.
    pub fn attribute_error(
        &mut self,
        path: AttributePath,
        summary: impl Into<String>,
        detail: impl Into<String>,
    ) {
        self.push(Diagnostic::error(summary, detail).at(path));
    }

    /// Adds a warning with no attribute path.
    pub fn warning(&mut self, summary: impl Into<String>, detail: impl Into<String>) {
        self.push(Diagnostic::warning(summary, detail));
    }

    /// Moves every diagnostic of `other` into `self`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    /// True when at least one diagnostic is an error.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// True when there is no diagnostic at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The diagnostics, in the order they were added.
    #[must_use]
    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.0
    }

    /// Consumes the list.
    #[must_use]
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.0
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Self(vec![diagnostic])
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_detected_among_warnings() {
        let mut diags = Diagnostics::new();
        diags.warning("careful", "");
        assert!(!diags.has_errors());
        diags.attribute_error(
            AttributePath::attr("path"),
            "bad path",
            "it escapes root_dir",
        );
        assert!(diags.has_errors());
        assert_eq!(
            diags.as_slice()[1].to_string(),
            "error: bad path (at path): it escapes root_dir"
        );
    }
}
