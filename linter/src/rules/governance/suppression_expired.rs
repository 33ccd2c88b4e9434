//! ## What it does
//! Reports an inline suppression whose `until=YYYY-MM-DD` date has passed, or
//! whose `until=` is not a valid date. Such a suppression no longer suppresses
//! anything, so the findings it used to hide are reported again as well.
//! Trivy/tfsec comments with `:exp:YYYY-MM-DD` are treated the same way.
//!
//! ## Why is this bad?
//! A temporary exception that outlives its date is how a known weakness ships
//! to production for good: nobody revisits a comment that keeps CI green.
//! An expiry forces the decision to be made again.
//!
//! ## Example
//! ```hcl
//! # devopsflow-lint:ignore[DFL102] until=2024-01-31 migrating to an encrypted snapshot
//! resource "aws_db_instance" "legacy" {
//!   storage_encrypted = false
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_db_instance" "legacy" {
//!   storage_encrypted = true
//! }
//! ```
//!
//! ## References
//! Trivy `:exp:` ignores; tfsec `exp:`.
//!

use crate::rule::{Ctx, Rule};

/// DFL901
pub(crate) struct SuppressionExpired;

impl Rule for SuppressionExpired {
    fn help(&self) -> &'static str {
        "fix the suppressed finding, or set a new until=YYYY-MM-DD on purpose"
    }

    fn check(&self, _cx: &mut Ctx<'_, '_>) {}
}
