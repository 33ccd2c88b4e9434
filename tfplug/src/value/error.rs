//! The error type of the value layer and the paths it reports.

use std::fmt;

/// One step of a [`Path`] into a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathStep {
    /// An object attribute, shown as `.name`.
    Attr(String),
    /// An element of a list, set or tuple, shown as `[2]`.
    Index(usize),
    /// An element of a map, shown as `["key"]`.
    Key(String),
}

/// A location inside a value, such as `.rule[2].expr`.
///
/// The empty path is the value itself and is shown as `(root)`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path {
    steps: Vec<PathStep>,
}

impl Path {
    /// The path of the value itself.
    pub fn root() -> Path {
        Path::default()
    }

    /// The steps of this path, outermost first.
    pub fn steps(&self) -> &[PathStep] {
        &self.steps
    }

    /// Whether this is the path of the value itself.
    pub fn is_root(&self) -> bool {
        self.steps.is_empty()
    }

    /// This path extended by one step.
    pub fn child(&self, step: PathStep) -> Path {
        let mut steps = Vec::with_capacity(self.steps.len() + 1);
        steps.extend_from_slice(&self.steps);
        steps.push(step);
        Path { steps }
    }

    /// This path extended by an object attribute.
    pub fn attr(&self, name: &str) -> Path {
        self.child(PathStep::Attr(name.to_owned()))
    }

    /// This path extended by a list, set or tuple index.
    pub fn index(&self, index: usize) -> Path {
        self.child(PathStep::Index(index))
    }

    /// This path extended by a map key.
    pub fn key(&self, key: &str) -> Path {
        self.child(PathStep::Key(key.to_owned()))
    }

    /// Appends a step in place; used by the decoders to avoid copying.
    pub(super) fn push(&mut self, step: PathStep) {
        self.steps.push(step);
    }

    /// Removes the last step in place.
    pub(super) fn pop(&mut self) {
        self.steps.pop();
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.steps.is_empty() {
            return f.write_str("(root)");
        }
        for step in &self.steps {
            match step {
                PathStep::Attr(name) => write!(f, ".{name}")?,
                PathStep::Index(index) => write!(f, "[{index}]")?,
                PathStep::Key(key) => write!(f, "[{key:?}]")?,
            }
        }
        Ok(())
    }
}

/// An error of the value layer. Every variant that concerns a place inside a
/// value names it, as in `at .rule[2].expr: expected string, found number`.
///
/// Error messages never contain attribute values, only their kinds, so they
/// are safe to show even for sensitive attributes.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ValueError {
    /// The value, or a part of it that was needed, is not known yet
    /// (Terraform will only know it after apply).
    #[error("at {path}: value is not known yet")]
    Unknown {
        /// Where the unknown value is.
        path: Path,
    },
    /// The value does not have the shape the type or the target asked for.
    #[error("at {path}: expected {expected}, found {found}")]
    Mismatch {
        /// Where the mismatch is.
        path: Path,
        /// What was expected, e.g. `string` or `list(string)`.
        expected: String,
        /// What was found, e.g. `number`.
        found: String,
    },
    /// An object has an attribute that its type does not declare.
    #[error("at {path}: unsupported attribute {name:?}")]
    UnsupportedAttribute {
        /// The path of the object.
        path: Path,
        /// The attribute name.
        name: String,
    },
    /// A text could not be read as a number.
    #[error("at {path}: invalid number {text:?}")]
    InvalidNumber {
        /// Where the number is.
        path: Path,
        /// The text that was not a number.
        text: String,
    },
    /// The msgpack input is malformed or does not match the type.
    #[error("at {path}: invalid msgpack: {message}")]
    Msgpack {
        /// Where in the value decoding failed.
        path: Path,
        /// What went wrong, with the byte offset.
        message: String,
    },
    /// The JSON input is malformed or does not match the type.
    #[error("at {path}: invalid JSON: {message}")]
    Json {
        /// Where in the value decoding failed.
        path: Path,
        /// What went wrong.
        message: String,
    },
    /// A cty type constraint (its JSON form) is malformed.
    #[error("invalid type constraint: {message}")]
    InvalidType {
        /// What went wrong.
        message: String,
    },
    /// Any other error, such as a missing struct field reported by serde.
    #[error("at {path}: {message}")]
    Custom {
        /// Where the error happened.
        path: Path,
        /// The message.
        message: String,
    },
}

impl ValueError {
    /// The path inside the value this error is about, if it has one.
    pub fn path(&self) -> Option<&Path> {
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

    /// Whether this error only says that a value is not known yet.
    pub fn is_unknown(&self) -> bool {
        matches!(self, ValueError::Unknown { .. })
    }

    /// Builds a [`ValueError::Mismatch`].
    pub(super) fn mismatch(
        path: &Path,
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
    pub(super) fn or_at(self, at: &Path) -> Self {
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
            path: Path::root(),
            message: message.to_string(),
        }
    }
}

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
    fn path_display() {
        let path = Path::root().attr("rule").index(2).attr("expr").key("a b");
        assert_eq!(path.to_string(), r#".rule[2].expr["a b"]"#);
        assert_eq!(Path::root().to_string(), "(root)");
    }

    #[test]
    fn error_messages_name_the_path() {
        let path = Path::root().attr("rule").index(2).attr("expr");
        let err = ValueError::mismatch(&path, "string", "number");
        assert_eq!(
            err.to_string(),
            "at .rule[2].expr: expected string, found number"
        );
        assert_eq!(err.path(), Some(&path));
        assert!(!err.is_unknown());
        assert!(ValueError::Unknown { path }.is_unknown());
    }

    #[test]
    fn or_at_only_fills_missing_paths() {
        let here = Path::root().attr("a");
        let err = <ValueError as serde::de::Error>::custom("boom").or_at(&here);
        assert_eq!(err.to_string(), "at .a: boom");
        let deeper = err.or_at(&Path::root().attr("b"));
        assert_eq!(deeper.to_string(), "at .a: boom");
    }
}
