//! Fix data: a rule attaches a [`Fix`] (byte [`Edit`]s, their
//! [`Applicability`] and a description) to a finding. A fix is a value; only
//! `crate::fix_apply` changes text or files.

use std::ops::Range;

/// One text replacement: a byte range of the file and its new text (an empty
/// range inserts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Byte offsets into the file.
    pub range: Range<usize>,
    /// The text that replaces the range.
    pub replacement: String,
}

/// Whether a fix may be applied without review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Applied by `--fix`: it changes nothing but the setting.
    Safe,
    /// Applied only with `--unsafe-fixes`: Terraform must replace the
    /// resource to apply it, so review the plan.
    Unsafe,
}

impl Applicability {
    /// The lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// A fix for one finding: edits applied together or not at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The edits, in no particular order; they never overlap each other.
    pub edits: Vec<Edit>,
    /// Safe or unsafe.
    pub applicability: Applicability,
    /// What the fix does, e.g. "set `encrypt = true`".
    pub description: String,
}

impl Fix {
    /// A safe fix of one edit.
    #[must_use]
    pub fn safe_edit(edit: Edit, description: String) -> Fix {
        Fix {
            edits: vec![edit],
            applicability: Applicability::Safe,
            description,
        }
    }

    /// An unsafe fix of one edit.
    #[must_use]
    pub fn unsafe_edit(edit: Edit, description: String) -> Fix {
        Fix {
            edits: vec![edit],
            applicability: Applicability::Unsafe,
            description,
        }
    }

    /// A fix of one edit with the given applicability.
    #[must_use]
    pub fn edit(applicability: Applicability, edit: Edit, description: String) -> Fix {
        Fix {
            edits: vec![edit],
            applicability,
            description,
        }
    }

    /// The smallest start offset of its edits.
    pub(crate) fn start(&self) -> usize {
        self.edits.iter().map(|e| e.range.start).min().unwrap_or(0)
    }
}
