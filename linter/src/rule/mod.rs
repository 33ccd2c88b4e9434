//! Layer 5: the rule API. A rule implements [`Rule`] and reports through a
//! [`Ctx`], which holds the module being checked and the resolved
//! [`Settings`] (never the configuration loader).

use std::ops::Range;

use crate::findings::{Applicability, Finding, Fix, RuleMeta};
use crate::model::{ModuleCtx, ResourceDecl};
use crate::settings::Settings;
use crate::source::FileId;
use crate::source::workspace::Workspace;

pub mod edits;

/// A rule's check. Implementations live one per file under `rules/`.
pub trait Rule: Sync {
    /// The help line shown under every finding of this rule.
    fn help(&self) -> &'static str;
    /// Inspects one module evaluation and reports findings through `cx`.
    fn check(&self, cx: &mut Ctx<'_, '_>);
}

/// What a rule sees: the module evaluation, the settings, and a sink.
pub struct Ctx<'c, 'w> {
    /// The module evaluation.
    pub module: &'c ModuleCtx<'w>,
    /// The effective settings.
    pub settings: &'c Settings,
    pub(crate) rule: &'static RuleMeta,
    pub(crate) findings: &'c mut Vec<Finding>,
    pub(crate) workspace: &'c Workspace,
}

impl Ctx<'_, '_> {
    /// The text of a file that its body's spans index, for building fixes
    /// (fixes to a file in JSON syntax are dropped by the driver).
    #[must_use]
    pub fn text(&self, file: FileId) -> &str {
        self.workspace.files[file].body_text()
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
            module: None,
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
