//! ## What it does
//! With `--report-unused-suppressions` (or `suppressions { report_unused =
//! true }` in the configuration), reports each rule named by an inline
//! suppression (ours or a mapped foreign one) that suppresses no finding. A
//! comment naming two rules of which one is still needed is reported for the
//! other rule only.
//!
//! ## Why is this bad?
//! A suppression that matches nothing is noise at best; at worst it silently
//! hides a future regression on the same lines.
//!
//! ## Example
//! ```hcl
//! # devopsflow-lint:ignore[DFL102] legacy database
//! resource "aws_db_instance" "main" {
//!   storage_encrypted = true
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_db_instance" "main" {
//!   storage_encrypted = true
//! }
//! ```
//!
//! ## References
//! ruff `RUF100` (unused `noqa`).
//!

use crate::rule::{Ctx, Rule};

/// DFL904
pub(crate) struct SuppressionUnused;

impl Rule for SuppressionUnused {
    fn help(&self) -> &'static str {
        "remove the suppression (or the rule from its list)"
    }

    fn check(&self, _cx: &mut Ctx<'_, '_>) {}
}
