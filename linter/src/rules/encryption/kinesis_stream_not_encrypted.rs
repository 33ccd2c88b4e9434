//! ## What it does
//! Checks that `aws_kinesis_stream` sets `encryption_type = "KMS"`.
//!
//! ## Why is this bad?
//! Records of a stream without server-side encryption are stored in clear for
//! the whole retention period.
//!
//! ## Example
//! ```hcl
//! resource "aws_kinesis_stream" "events" {
//!   name        = "events"
//!   shard_count = 1
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_kinesis_stream" "events" {
//!   name            = "events"
//!   shard_count     = 1
//!   encryption_type = "KMS"
//!   kms_key_id      = "alias/aws/kinesis"
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_43`; Trivy `AWS-0064`.
//!

use crate::rule::{Ctx, Rule};

/// DFL113
pub(crate) struct KinesisStreamNotEncrypted;

impl Rule for KinesisStreamNotEncrypted {
    fn help(&self) -> &'static str {
        "set encryption_type = \"KMS\" and kms_key_id"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for decl in module.items.of_type("aws_kinesis_stream") {
            for node in module.instances(decl) {
                match node.attr("encryption_type") {
                    None => cx.report_resource(
                        decl,
                        node.span.clone(),
                        "stream is not encrypted: `encryption_type` is not set".to_owned(),
                    ),
                    Some(attr) => {
                        if let Some(kind) = attr.value.as_str()
                            && !kind.eq_ignore_ascii_case("KMS")
                        {
                            cx.report_resource(
                                decl,
                                attr.span,
                                format!("stream is not encrypted: `encryption_type` is `{kind}`"),
                            );
                        }
                    }
                }
            }
        }
    }
}
