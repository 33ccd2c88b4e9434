//! ## What it does
//! Checks that `aws_sqs_queue` does not turn encryption off: it reports
//! `sqs_managed_sse_enabled = false` without a `kms_master_key_id`. Queues
//! that set neither use SQS-managed encryption, the default since 2022, and are
//! not reported.
//!
//! ## Why is this bad?
//! Messages of an unencrypted queue are stored in clear.
//!
//! ## Example
//! ```hcl
//! resource "aws_sqs_queue" "jobs" {
//!   name                    = "jobs"
//!   sqs_managed_sse_enabled = false
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_sqs_queue" "jobs" {
//!   name              = "jobs"
//!   kms_master_key_id = aws_kms_key.jobs.id
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_27`; Trivy `AWS-0096`.
//!

use crate::rule::{Ctx, Rule};

/// DFL111
pub(crate) struct SqsQueueNotEncrypted;

impl Rule for SqsQueueNotEncrypted {
    fn help(&self) -> &'static str {
        "remove sqs_managed_sse_enabled = false or set kms_master_key_id"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for decl in module.items.of_type("aws_sqs_queue") {
            for node in module.instances(decl) {
                if let super::Setting::Off(attr) = super::setting(&node, "sqs_managed_sse_enabled")
                    && super::has_string(&node, "kms_master_key_id") == Some(false)
                {
                    cx.report_resource(decl, attr.span, "queue is not encrypted: `sqs_managed_sse_enabled` is false and no KMS key is set".to_owned());
                }
            }
        }
    }
}
