//! The error type of the value layer.
//!
//! Its paths are [`AttributePath`]s, the SDK's one path type, so a provider can put a
//! decode error on the Terraform diagnostic of the attribute it is about
//! ([`crate::Diagnostic::from_value_error`]).

use std::fmt;

use crate::path::AttributePath;

/// An error of the value layer. Every variant that concerns a place inside a
/// value names it, as in `at .rule[2].expr: expected string, found number`.
///
/// Error messages never contain attribute values, only their kinds, so they
/// are safe to show even for sensitive attributes.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ValueError {
    /// The value, or a part of it that was needed, is not known yet
    /// (Terraform will only know it after apply).
    Unknown {
        /// Where the unknown value is.
        path: AttributePath,
    },
    /// The value does not have the shape the type or the target asked for.
    Mismatch {
        /// Where the mismatch is.
        path: AttributePath,
        /// What was expected, e.g. `string` or `list(string)`.
        expected: String,
        /// What was found, e.g. `number`.
        found: String,
    },
    /// An object has an attribute that its type does not declare.
    UnsupportedAttribute {
        /// The path of the object.
        path: AttributePath,
        /// The attribute name.
        name: String,
    },
    /// A text could not be read as a number.
    InvalidNumber {
        /// Where the number is.
        path: AttributePath,
        /// The text that was not a number.
        text: String,
    },
    /// The msgpack input is malformed or does not match the type.
    Msgpack {
        /// Where in the value decoding failed.
        path: AttributePath,
        /// What went wrong, with the byte offset.
        message: String,
    },
    /// The JSON input is malformed or does not match the type.
    Json {
        /// Where in the value decoding failed.
        path: AttributePath,
        /// What went wrong.
        message: String,
    },
    /// A cty type constraint (its JSON form) is malformed.
    InvalidType {
        /// What went wrong.
        message: String,
    },
    /// Any other error, such as a missing struct field reported by serde.
    Custom {
        /// Where the error happened.
        path: AttributePath,
        /// The message.
        message: String,
    },
}

impl ValueError {
    /// The path inside the value this error is about, if it has one.
    pub fn path(&self) -> Option<&AttributePath> {
        match self {
            ValueError::Unknown { path }
            | ValueError::Mismatch { path, .. }
            | ValueError::UnsupportedAttribute { path, .. }
            | ValueError::InvalidNumber { path, .. }
            | ValueError::Msgpack { path, .. }
            | ValueError::Json { path, .. }
            | ValueError::Custom { path, .. } => Some(path),
            ValueError::InvalidType { .. } => None,
        }
    }

    /// What went wrong, without the path (for a diagnostic that carries the path itself),
    /// such as `expected string, found number`.
    pub fn message(&self) -> String {
        match self {
            ValueError::Unknown { .. } => "value is not known yet".to_string(),
            ValueError::Mismatch {
                expected, found, ..
            } => format!("expected {expected}, found {found}"),
            ValueError::UnsupportedAttribute { name, .. } => {
                format!("unsupported attribute {name:?}")
            }
            ValueError::InvalidNumber { text, .. } => format!("invalid number {text:?}"),
            ValueError::Msgpack { message, .. } => format!("invalid msgpack: {message}"),
            ValueError::Json { message, .. } => format!("invalid JSON: {message}"),
            ValueError::InvalidType { message } => format!("invalid type constraint: {message}"),
            ValueError::Custom { message, .. } => message.clone(),
        }
    }

    /// Whether this error only says that a value is not known yet.
    pub fn is_unknown(&self) -> bool {
        matches!(self, ValueError::Unknown { .. })
    }

    /// Builds a [`ValueError::Mismatch`].
    pub(super) fn mismatch(
        path: &AttributePath,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) -> Self {
        ValueError::Mismatch {
            path: path.clone(),
            expected: expected.into(),
            found: found.into(),
        }
    }

    /// Gives a [`ValueError::Custom`] raised without a location (as serde
    /// does) the given path; other errors already carry theirs.
    pub(super) fn or_at(self, at: &AttributePath) -> Self {
        match self {
            ValueError::Custom { path, message } if path.is_root() => ValueError::Custom {
                path: at.clone(),
                message,
            },
            other => other,
        }
    }

    fn custom(message: impl fmt::Display) -> Self {
        ValueError::Custom {
            path: AttributePath::root(),
            message: message.to_string(),
        }
    }
}

impl fmt::Display for ValueError {
    /// `at .rule[2].expr: expected string, found number` (`at (root): ...` for the value
    /// itself); a type constraint error has no path.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.path() {
            Some(path) => write!(f, "at {}: {}", path.dotted(), self.message()),
            None => f.write_str(&self.message()),
        }
    }
}

impl std::error::Error for ValueError {}

impl serde::de::Error for ValueError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ValueError::custom(msg)
    }
}

impl serde::ser::Error for ValueError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ValueError::custom(msg)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn error_messages_name_the_path() {
        let path = AttributePath::attr("rule").index(2).then_attr("expr");
        let err = ValueError::mismatch(&path, "string", "number");
        assert_eq!(
            err.to_string(),
            "at .rule[2].expr: expected string, found number"
        );
        assert_eq!(err.message(), "expected string, found number");
        assert_eq!(err.path(), Some(&path));
        assert!(!err.is_unknown());
        assert!(ValueError::Unknown { path }.is_unknown());
        let untyped = ValueError::InvalidType {
            message: "bad".to_string(),
        };
        assert_eq!(untyped.to_string(), "invalid type constraint: bad");
        assert_eq!(untyped.path(), None);
    }

    #[test]
    fn or_at_only_fills_missing_paths() {
        let here = AttributePath::attr("a");
        let err = <ValueError as serde::de::Error>::custom("boom").or_at(&here);
        assert_eq!(err.to_string(), "at .a: boom");
        let deeper = err.or_at(&AttributePath::attr("b"));
        assert_eq!(deeper.to_string(), "at .a: boom");
    }
}
