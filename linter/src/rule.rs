//! Rules, their metadata and the context they report findings through.

use std::fmt;
use std::ops::Range;

use crate::config::Config;
use crate::fix::{Applicability, Fix};
use crate::model::{ModuleCtx, ResourceDecl};
use crate::source::FileId;
use crate::workspace::Workspace;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
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
        }
    }
}

/// A rule's check. Implementations live one per file under `rules/`.
pub trait Rule: Sync {
    /// The help line shown under every finding of this rule.
    fn help(&self) -> &'static str;
    /// Inspects one module evaluation and reports findings through `cx`.
    fn check(&self, cx: &mut Ctx<'_, '_>);
}

/// A registered rule: stable code, name, category, default severity, the
/// check and its documentation (the rule file's `//!` comment).
pub struct RuleMeta {
    /// Stable code, e.g. `DFL102`.
    pub code: &'static str,
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Category.
    pub category: Category,
    /// Default severity.
    pub severity: Severity,
    /// The check.
    pub rule: &'static dyn Rule,
    /// The applicability of the fixes the rule attaches, or `None` when it
    /// attaches none.
    pub fixable: Option<Applicability>,
    /// The source of the rule's file, whose leading `//!` lines are its docs.
    pub(crate) source: &'static str,
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
        let mut out = String::new();
        for line in self.source.lines() {
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
        self.rule.help()
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
            suppressed: false,
            fix: None,
        }
    }
}

/// What a rule sees: the module evaluation, the configuration, and a sink.
pub struct Ctx<'c, 'w> {
    /// The module evaluation.
    pub module: &'c ModuleCtx<'w>,
    /// The effective configuration.
    pub config: &'c Config,
    pub(crate) rule: &'static RuleMeta,
    pub(crate) findings: &'c mut Vec<Finding>,
    pub(crate) workspace: &'c Workspace,
}

impl Ctx<'_, '_> {
    /// The text of a file, for building fixes.
    #[must_use]
    pub fn text(&self, file: FileId) -> &str {
        &self.workspace.files[file].text
    }

    /// Reports a finding at a span.
    pub fn report(
        &mut self,
        file: FileId,
        span: Range<usize>,
        resource: Option<String>,
        message: String,
    ) {
        self.report_fix(file, span, resource, message, None);
    }

    /// Reports a finding with an optional fix, whose applicability must be
    /// the rule's registered `fixable` (a fix the registry does not declare
    /// is dropped).
    pub fn report_fix(
        &mut self,
        file: FileId,
        span: Range<usize>,
        resource: Option<String>,
        message: String,
        fix: Option<Fix>,
    ) {
        debug_assert!(
            fix.as_ref()
                .is_none_or(|f| Some(f.applicability) == self.rule.fixable),
            "{} attaches a fix its registry entry does not declare",
            self.rule.code
        );
        let fix = fix.filter(|f| Some(f.applicability) == self.rule.fixable);
        self.findings.push(Finding {
            rule: self.rule,
            severity: self.rule.severity,
            message,
            file,
            span,
            resource,
            attribute: None,
            suppressed: false,
            fix,
        });
    }

    /// Reports a finding about a resource.
    pub fn report_resource(
        &mut self,
        decl: &ResourceDecl<'_>,
        span: Range<usize>,
        message: String,
    ) {
        self.report(decl.file, span, Some(decl.address()), message);
    }

    /// Reports a finding about a resource with an optional fix.
    pub fn report_resource_fix(
        &mut self,
        decl: &ResourceDecl<'_>,
        span: Range<usize>,
        message: String,
        fix: Option<Fix>,
    ) {
        self.report_fix(decl.file, span, Some(decl.address()), message, fix);
    }

    /// The applicability of this rule's fixes (its registry `fixable`).
    #[must_use]
    pub fn fixable(&self) -> Option<Applicability> {
        self.rule.fixable
    }
}
