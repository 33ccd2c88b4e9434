//! Attribute paths: where in a configuration, state or value something is.
//!
//! One type serves the whole SDK: diagnostics point at an [`AttributePath`], plans list
//! the paths that force replacement, and value (de)serialisation errors
//! ([`crate::value::ValueError`]) carry the path of the offending value, so a provider can
//! put it on the Terraform diagnostic unchanged.

use std::fmt;

/// One step of an [`AttributePath`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathStep {
    /// An object attribute or nested block type name.
    Attr(String),
    /// A map key (or the label of a map-nested block).
    Key(String),
    /// A list, set or tuple index.
    Index(i64),
}

/// The path from the root of a resource's configuration (or of any value) to one value.
///
/// Built with a small fluent API: `AttributePath::attr("rule").index(0).then_attr("expr")`.
/// It renders the way Terraform users write it: `rule[0].expr`, `labels["team"]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct AttributePath {
    steps: Vec<PathStep>,
}

impl AttributePath {
    /// The empty path: the resource (or provider, or value) as a whole.
    #[must_use]
    pub fn root() -> Self {
        Self::default()
    }

    /// A path that starts at the top-level attribute `name`.
    #[must_use]
    pub fn attr(name: impl Into<String>) -> Self {
        Self::root().then_attr(name)
    }

    /// Appends an attribute step.
    #[must_use]
    pub fn then_attr(mut self, name: impl Into<String>) -> Self {
        self.steps.push(PathStep::Attr(name.into()));
        self
    }

    /// Appends a list index step.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.push_index(index);
        self
    }

    /// Appends a map key step.
    #[must_use]
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.steps.push(PathStep::Key(key.into()));
        self
    }

    /// Builds a path from steps.
    #[must_use]
    pub fn from_steps(steps: Vec<PathStep>) -> Self {
        Self { steps }
    }

    /// The steps, from the root.
    #[must_use]
    pub fn steps(&self) -> &[PathStep] {
        &self.steps
    }

    /// True for the empty path.
    #[must_use]
    pub fn is_root(&self) -> bool {
        self.steps.is_empty()
    }

    /// Appends a step in place (the value codecs walk values this way, without copying).
    pub(crate) fn push(&mut self, step: PathStep) {
        self.steps.push(step);
    }

    /// Appends an index step in place.
    pub(crate) fn push_index(&mut self, index: usize) {
        self.steps
            .push(PathStep::Index(i64::try_from(index).unwrap_or(i64::MAX)));
    }

    /// Removes the last step in place.
    pub(crate) fn pop(&mut self) {
        self.steps.pop();
    }

    /// The path as value errors show it: `.rule[2].expr`, and `(root)` for the empty path.
    pub(crate) fn dotted(&self) -> Dotted<'_> {
        Dotted(self)
    }
}

impl fmt::Display for AttributePath {
    /// Renders the path the way Terraform users write it: `rule[0].expr`, `labels["team"]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.steps.iter().enumerate() {
            match step {
                PathStep::Attr(name) if i == 0 => write!(f, "{name}")?,
                step => write_step(f, step)?,
            }
        }
        Ok(())
    }
}

/// [`AttributePath::dotted`]: every attribute with a leading dot, `(root)` when empty.
pub(crate) struct Dotted<'a>(&'a AttributePath);

impl fmt::Display for Dotted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_root() {
            return f.write_str("(root)");
        }
        self.0.steps.iter().try_for_each(|step| write_step(f, step))
    }
}

fn write_step(f: &mut fmt::Formatter<'_>, step: &PathStep) -> fmt::Result {
    match step {
        PathStep::Attr(name) => write!(f, ".{name}"),
        PathStep::Key(key) => write!(f, "[{key:?}]"),
        PathStep::Index(index) => write!(f, "[{index}]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_renders_like_hcl() {
        let path = AttributePath::attr("rule")
            .index(2)
            .then_attr("labels")
            .key("team");
        assert_eq!(path.to_string(), "rule[2].labels[\"team\"]");
        assert_eq!(AttributePath::root().to_string(), "");
    }

    #[test]
    fn dotted_form_marks_the_root() {
        let path = AttributePath::attr("rule")
            .index(2)
            .then_attr("expr")
            .key("a b");
        assert_eq!(path.dotted().to_string(), r#".rule[2].expr["a b"]"#);
        assert_eq!(AttributePath::root().dotted().to_string(), "(root)");
    }

    #[test]
    fn in_place_steps_undo() {
        let mut path = AttributePath::attr("a");
        path.push_index(3);
        path.push(PathStep::Key("k".to_string()));
        assert_eq!(path.to_string(), "a[3][\"k\"]");
        path.pop();
        path.pop();
        assert_eq!(path, AttributePath::attr("a"));
    }
}
