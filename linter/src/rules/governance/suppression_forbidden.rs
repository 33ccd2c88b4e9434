//! ## What it does
//! Reports an inline suppression of a rule that the configuration forbids
//! suppressing (`suppressions { forbid = ["DFL405"] }`, codes or names). The
//! suppression does not apply to that rule, so its findings are reported; it
//! still applies to the other rules it names.
//!
//! ## Why is this bad?
//! Some findings (credentials in code, full-admin IAM policies) must never be
//! waived by the author of a change. A platform team forbids the waiver
//! centrally instead of reviewing every comment.
//!
//! ## Example
//! ```hcl
//! # config: suppressions { forbid = ["credentials-in-code"] }
//! provider "aws" {
//!   # devopsflow-lint:ignore[DFL405] temporary
//!   access_key = "AKIAIOSFODNN7EXAMPLE"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! provider "aws" {
//!   # credentials come from the environment or an assumed role
//! }
//! ```
//!
//! ## References
//! tflint `ignorable = false`.
//!

use crate::rule::{Ctx, Rule};

/// DFL903
pub(crate) struct SuppressionForbidden;

impl Rule for SuppressionForbidden {
    fn help(&self) -> &'static str {
        "this rule may not be suppressed inline; fix the finding"
    }

    fn check(&self, _cx: &mut Ctx<'_, '_>) {}
}
