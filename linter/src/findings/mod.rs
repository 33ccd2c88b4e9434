//! Layer 2: findings and the data a rule attaches to them.
//!
//! A [`Finding`] cites the [`RuleMeta`] of the rule that made it (code, name,
//! category, default severity, fix applicability, docs). Everything here is
//! data: nothing reads or writes a file, and nothing here knows how rules run.

use std::fmt;
use std::ops::Range;

use crate::source::FileId;

pub mod fix;

pub use fix::{Applicability, Edit, Fix};

/// How serious a finding is, most serious first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Exploitable as written.
    Critical,
    /// A serious weakness.
    High,
    /// A weakness worth fixing.
    Medium,
    /// Hygiene.
    Low,
    /// Information only.
    Info,
}

impl Severity {
    /// All severities, most serious first.
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    /// The lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }

    /// Parses a lowercase name.
    #[must_use]
    pub fn parse(text: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The policy area a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Required tags and labels.
    Tagging,
    /// Encryption at rest and in transit.
    Encryption,
    /// Network exposure.
    Network,
    /// Backend, state and version constraints.
    Backend,
    /// IAM policies.
    Iam,
    /// Governance of suppression comments (expired, reasonless, forbidden,
    /// unused). Not one of the policy areas: its findings are about the
    /// comments, not the infrastructure.
    Governance,
    /// A category a policy names itself (lowercase letters, digits and `-`).
    Custom(&'static str),
}

impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Category {
    /// The lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Tagging => "tagging",
            Category::Encryption => "encryption",
            Category::Network => "network",
            Category::Backend => "backend",
            Category::Iam => "iam",
            Category::Governance => "governance",
            Category::Custom(name) => name,
        }
    }
}

/// A registered rule's identity and documentation: stable code, name,
/// category, default severity, fix applicability, help line and docs (the
/// rule file's `//!` comment). The check itself is registered beside it in
/// [`crate::registry`].
pub struct RuleMeta {
    /// Stable code, e.g. `DFL102`.
    pub code: &'static str,
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Category.
    pub category: Category,
    /// Default severity.
    pub severity: Severity,
    /// The applicability of the fixes the rule attaches, or `None` when it
    /// attaches none.
    pub fixable: Option<Applicability>,
    /// The help line and documentation.
    pub(crate) docs: Docs,
}

/// Where a rule's help line and documentation come from.
#[derive(Clone, Copy)]
pub(crate) enum Docs {
    /// A rule written in Rust: its `Rule::help`, and the source of its file,
    /// whose leading `//!` lines are its docs.
    Source {
        help: fn() -> &'static str,
        source: &'static str,
    },
    /// A policy: its `help` and `doc` attributes (Markdown).
    Text {
        help: &'static str,
        doc: &'static str,
    },
    /// A built-in policy: its `help`, and the lines of its `doc = <<-EOT`
    /// heredoc as written, dedented (as `<<-` does) only when the page is
    /// asked for, so that a lint run does not pay for the pack's docs.
    Heredoc {
        help: &'static str,
        lines: &'static str,
    },
}

/// The text of a `<<-` heredoc's lines: each loses the smallest indentation
/// of the non-blank ones.
pub(crate) fn dedent(lines: &str) -> String {
    let indent = lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(lines.len());
    for line in lines.lines() {
        out.push_str(line.get(indent..).unwrap_or(""));
        out.push('\n');
    }
    out
}

impl fmt::Debug for RuleMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleMeta")
            .field("code", &self.code)
            .field("name", &self.name)
            .finish()
    }
}

impl RuleMeta {
    /// The rule's documentation page in Markdown.
    #[must_use]
    pub fn docs(&self) -> String {
        let source = match self.docs {
            Docs::Source { source, .. } => source,
            Docs::Text { doc, .. } => {
                let mut out = doc.trim_end().to_owned();
                out.push('\n');
                return out;
            }
            Docs::Heredoc { lines, .. } => {
                let mut out = dedent(lines).trim_end().to_owned();
                out.push('\n');
                return out;
            }
        };
        let mut out = String::new();
        for line in source.lines() {
            let Some(rest) = line.strip_prefix("//!") else {
                break;
            };
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        }
        out
    }

    /// The help line.
    #[must_use]
    pub fn help(&self) -> &'static str {
        match self.docs {
            Docs::Source { help, .. } => help(),
            Docs::Text { help, .. } | Docs::Heredoc { help, .. } => help,
        }
    }
}

/// One problem found in the code. Findings are values, never errors.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The rule.
    pub rule: &'static RuleMeta,
    /// Effective severity (after configuration).
    pub severity: Severity,
    /// What is wrong, in the present tense.
    pub message: String,
    /// The file.
    pub file: FileId,
    /// Byte span in the file.
    pub span: Range<usize>,
    /// The resource address, if the finding is about a resource.
    pub resource: Option<String>,
    /// The attribute path inside the resource or block (nested blocks joined
    /// with `.`, e.g. `root_block_device.encrypted`); the driver fills it in
    /// from the span when the rule does not.
    pub attribute: Option<String>,
    /// For a finding inside a downloaded module (reported at the call in the
    /// user's code), the module's address, e.g. `module.sg`.
    pub module: Option<String>,
    /// `true` when an inline comment suppresses it.
    pub suppressed: bool,
    /// The automatic fix, when the rule can build one.
    pub fix: Option<Fix>,
}

impl Finding {
    /// A finding with the rule's default fields (not suppressed).
    #[must_use]
    pub fn new(
        rule: &'static RuleMeta,
        severity: Severity,
        file: FileId,
        span: Range<usize>,
        message: String,
    ) -> Finding {
        Finding {
            rule,
            severity,
            message,
            file,
            span,
            resource: None,
            attribute: None,
            module: None,
            suppressed: false,
            fix: None,
        }
    }
}
