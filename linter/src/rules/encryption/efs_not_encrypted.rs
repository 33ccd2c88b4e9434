//! ## What it does
//! Checks that `aws_efs_file_system` sets `encrypted = true`.
//!
//! ## Why is this bad?
//! EFS encryption at rest can only be chosen when the file system is created;
//! an unencrypted one must be copied to a new file system to fix it.
//!
//! ## Example
//! ```hcl
//! resource "aws_efs_file_system" "shared" {}
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_efs_file_system" "shared" {
//!   encrypted = true
//! }
//! ```
//!
//! ## Fix safety
//! Unsafe (`--fix --unsafe-fixes`): the fix sets `encrypted = true` (replacing
//! a literal, or adding the line), but Terraform replaces the file system to
//! encrypt it, and the new one is empty; review the plan and copy the data
//! (AWS DataSync or AWS Backup). A value that is an expression is left alone.
//!
//! ## References
//! Checkov `CKV_AWS_42`; Trivy `AWS-0037`.
//!

use crate::rule::{Ctx, Rule};

/// DFL107
pub(crate) struct EfsNotEncrypted;

impl Rule for EfsNotEncrypted {
    fn help(&self) -> &'static str {
        "set encrypted = true"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_true(
            cx,
            "aws_efs_file_system",
            "encrypted",
            true,
            &|_| false,
            "file system is not encrypted",
        );
    }
}
