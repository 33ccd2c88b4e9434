//! ## What it does
//! Checks that every `aws_s3_bucket` has a server-side encryption
//! configuration, written inline (provider v3) or as a separate
//! `aws_s3_bucket_server_side_encryption_configuration` (provider v4+) joined
//! to the bucket by reference (also through `for_each = aws_s3_bucket.x`) or
//! by name. With `s3_encryption = "kms"` in the
//! configuration, the algorithm must be `aws:kms` or `aws:kms:dsse`.
//!
//! ## Why is this bad?
//! Since January 2023 S3 encrypts new objects with SSE-S3 by default, so the
//! default policy (`s3_encryption = "any"`) asks for an explicit configuration
//! that reviewers can see and Terraform keeps from drifting. Data that must be
//! auditable or revocable needs a KMS key, which the `"kms"` policy enforces.
//! A bucket whose encryption resource cannot be matched (its `bucket` is
//! unknown) is not reported.
//!
//! ## Example
//! ```hcl
//! resource "aws_s3_bucket" "logs" {
//!   bucket = "acme-logs"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
//!   bucket = aws_s3_bucket.logs.id
//!   rule {
//!     apply_server_side_encryption_by_default {
//!       sse_algorithm     = "aws:kms"
//!       kms_master_key_id = aws_kms_key.logs.arn
//!     }
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_19`, `CKV_AWS_145`; Trivy `AWS-0088`, `AWS-0132`.

use crate::model::{Node, references};
use crate::rule::{Ctx, Rule};
use crate::settings::S3Policy;
use crate::value::Value;

/// DFL101
pub(crate) struct S3BucketNotEncrypted;

impl Rule for S3BucketNotEncrypted {
    fn help(&self) -> &'static str {
        "add an aws_s3_bucket_server_side_encryption_configuration for the bucket (aws:kms when KMS is required)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        let kms = cx.settings.s3_encryption == S3Policy::Kms;
        // Encryption resources, with the bucket they configure.
        let mut covered_names: Vec<&str> = Vec::new();
        let mut covered_buckets: Vec<String> = Vec::new();
        let mut unattributed = false;
        for decl in module
            .items
            .of_type("aws_s3_bucket_server_side_encryption_configuration")
        {
            let Some(bucket) = decl.block.body.get_attribute("bucket") else {
                continue;
            };
            let mut refs = Vec::new();
            references(&bucket.value, &mut refs);
            // `for_each = aws_s3_bucket.this` with `bucket = each.value.id`
            // configures every instance of that bucket resource.
            if let Some(for_each) = decl.block.body.get_attribute("for_each") {
                references(&for_each.value, &mut refs);
            }
            let by_ref: Vec<&str> = refs
                .iter()
                .filter(|(t, _)| *t == "aws_s3_bucket")
                .map(|(_, n)| *n)
                .collect();
            for node in module.instances(decl) {
                check_algorithms(cx, decl, &node, kms);
                if by_ref.is_empty() {
                    match node.value("bucket") {
                        Some(Value::String(name)) => covered_buckets.push(name),
                        _ => unattributed = true,
                    }
                }
            }
            covered_names.extend(by_ref);
        }
        for decl in module.items.of_type("aws_s3_bucket") {
            for node in module.instances(decl) {
                let inline = node.blocks("server_side_encryption_configuration");
                if !inline.is_empty() {
                    check_algorithms(cx, decl, &inline[0], kms);
                    continue;
                }
                if unattributed || covered_names.contains(&decl.name) {
                    continue;
                }
                match node.value("bucket") {
                    Some(Value::String(name)) if covered_buckets.contains(&name) => continue,
                    Some(v) if !v.is_null() && !matches!(v, Value::String(_)) => continue,
                    _ => {}
                }
                if node.has_unknown_blocks("server_side_encryption_configuration") {
                    continue;
                }
                cx.report_resource(
                    decl,
                    node.span.clone(),
                    "bucket has no server-side encryption configuration".to_owned(),
                );
            }
        }
    }
}

/// Checks `rule { apply_server_side_encryption_by_default { sse_algorithm } }`.
fn check_algorithms(
    cx: &mut Ctx<'_, '_>,
    decl: &crate::model::ResourceDecl<'_>,
    node: &Node<'_, '_>,
    kms: bool,
) {
    if !kms {
        return;
    }
    for rule in node.blocks("rule") {
        for default in rule.blocks("apply_server_side_encryption_by_default") {
            let Some(attr) = default.attr("sse_algorithm") else {
                continue;
            };
            if let Value::String(alg) = &attr.value
                && !alg.starts_with("aws:kms")
            {
                cx.report_resource(
                    decl,
                    attr.span,
                    format!("bucket is encrypted with `{alg}`, but the policy requires KMS"),
                );
            }
        }
    }
}
