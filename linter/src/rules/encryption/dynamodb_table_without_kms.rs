//! ## What it does
//! With `require_kms = true` in the configuration, checks that
//! `aws_dynamodb_table` uses a KMS key:
//! `server_side_encryption { enabled = true }`. Without that policy the rule is
//! silent, because DynamoDB always encrypts with an AWS-owned key.
//!
//! ## Why is this bad?
//! An AWS-owned key cannot be audited in CloudTrail or revoked by you; policies
//! that require customer control of keys need KMS.
//!
//! ## Example
//! ```hcl
//! # config: require_kms = true
//! resource "aws_dynamodb_table" "orders" {
//!   name     = "orders"
//!   hash_key = "id"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_dynamodb_table" "orders" {
//!   name     = "orders"
//!   hash_key = "id"
//!   server_side_encryption {
//!     enabled = true
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_119`; Trivy `AWS-0025`.
//!

use crate::rule::{Ctx, Rule};

/// DFL112
pub(crate) struct DynamodbTableWithoutKms;

impl Rule for DynamodbTableWithoutKms {
    fn help(&self) -> &'static str {
        "add server_side_encryption { enabled = true } (optionally kms_key_arn)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if !cx.settings.require_kms {
            return;
        }
        let module = cx.module;
        for decl in module.items.of_type("aws_dynamodb_table") {
            for node in module.instances(decl) {
                let blocks = node.blocks("server_side_encryption");
                if blocks.iter().any(|b| b.uncertain) {
                    continue;
                }
                match blocks.first().map(|b| super::setting(b, "enabled")) {
                    Some(super::Setting::On | super::Setting::Unknown) => {}
                    Some(super::Setting::Off(attr)) => cx.report_resource(
                        decl,
                        attr.span,
                        "table is not encrypted with KMS: `enabled` is false".to_owned(),
                    ),
                    Some(super::Setting::Missing) | None => cx.report_resource(
                        decl,
                        node.span.clone(),
                        "table is not encrypted with KMS".to_owned(),
                    ),
                }
            }
        }
    }
}
