//! ## What it does
//! With `require_kms = true` in the configuration, checks that
//! `aws_cloudwatch_log_group` sets `kms_key_id`, a customer-managed KMS key.
//! Without that policy the rule is silent.
//!
//! CloudWatch Logs always encrypts log data at rest; without `kms_key_id` it
//! uses a key the service owns (true of every aws provider version, since the
//! service has no unencrypted mode). So the only finding that can be true is
//! "no customer-managed key", and it matters only where a policy asks for
//! keys you control. The rule's name is kept for stable configurations.
//!
//! ## Why is this bad?
//! Logs often carry tokens and personal data. With the service's own key you
//! cannot audit use of the key in CloudTrail, restrict it by key policy or
//! revoke it; policies that require customer control of keys need KMS.
//!
//! ## Example
//! ```hcl
//! # config: require_kms = true
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
//! Checkov `CKV_AWS_158`; Trivy `AWS-0017`; AWS CloudWatch Logs user guide,
//! "Encrypt log data in CloudWatch Logs using AWS KMS" (log data is always
//! encrypted; a KMS key is optional).
//!

use crate::rule::{Ctx, Rule};

/// DFL114
pub(crate) struct LogGroupNotEncrypted;

impl Rule for LogGroupNotEncrypted {
    fn help(&self) -> &'static str {
        "set kms_key_id to a customer-managed KMS key ARN"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if !cx.settings.require_kms {
            return;
        }
        super::require_string(
            cx,
            "aws_cloudwatch_log_group",
            "kms_key_id",
            "log group has no customer-managed KMS key: `kms_key_id` is not set \
             (CloudWatch Logs still encrypts it with a service-owned key)",
        );
    }
}
