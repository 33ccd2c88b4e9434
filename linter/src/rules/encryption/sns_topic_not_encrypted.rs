//! ## What it does
//! Checks that `aws_sns_topic` sets `kms_master_key_id`.
//!
//! ## Why is this bad?
//! SNS does not encrypt messages at rest unless a KMS key is configured.
//!
//! ## Example
//! ```hcl
//! resource "aws_sns_topic" "alerts" {
//!   name = "alerts"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_sns_topic" "alerts" {
//!   name              = "alerts"
//!   kms_master_key_id = "alias/aws/sns"
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_26`; Trivy `AWS-0095`.
//!

use crate::rule::{Ctx, Rule};

/// DFL110
pub(crate) struct SnsTopicNotEncrypted;

impl Rule for SnsTopicNotEncrypted {
    fn help(&self) -> &'static str {
        "set kms_master_key_id (a customer-managed key, or alias/aws/sns)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_string(
            cx,
            "aws_sns_topic",
            "kms_master_key_id",
            "topic is not encrypted: `kms_master_key_id` is not set",
        );
    }
}
