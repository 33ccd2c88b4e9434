//! ## What it does
//! Checks that `aws_cloudwatch_log_group` sets `kms_key_id`.
//!
//! ## Why is this bad?
//! Logs often carry tokens and personal data. Without a KMS key they are
//! encrypted only with a service key you cannot control or revoke.
//!
//! ## Example
//! ```hcl
//! resource "aws_cloudwatch_log_group" "app" {
//!   name = "/app"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_cloudwatch_log_group" "app" {
//!   name       = "/app"
//!   kms_key_id = aws_kms_key.logs.arn
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_158`; Trivy `AWS-0017`.
//!

use crate::rule::{Ctx, Rule};

/// DFL114
pub(crate) struct LogGroupNotEncrypted;

impl Rule for LogGroupNotEncrypted {
    fn help(&self) -> &'static str {
        "set kms_key_id to a KMS key ARN"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_string(
            cx,
            "aws_cloudwatch_log_group",
            "kms_key_id",
            "log group is not encrypted with a KMS key: `kms_key_id` is not set",
        );
    }
}
