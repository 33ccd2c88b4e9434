//! ## What it does
//! With `s3_encryption = "kms"` in the configuration, checks that every
//! `aws_s3_bucket` is encrypted with a KMS key (`aws:kms` or `aws:kms:dsse`),
//! by an encryption configuration written inline (provider v3) or as a
//! separate `aws_s3_bucket_server_side_encryption_configuration` (provider
//! v4+). With the default policy (`s3_encryption = "any"`) the rule is
//! silent.
//!
//! Since 5 January 2023 S3 encrypts every new object with SSE-S3 (S3-managed
//! keys) when a bucket has no encryption configuration, and no bucket can turn
//! that off. So a bucket created by any aws provider version today is
//! encrypted at rest, and "not encrypted" is no longer true; what can still be
//! true is "not encrypted with KMS", which matters where a policy asks for
//! keys you can audit and revoke.
//!
//! An encryption resource is joined to its bucket by reference
//! (`bucket = aws_s3_bucket.logs.id` or `.bucket`, also through
//! `for_each = aws_s3_bucket.logs`), or by a literal bucket name equal to the
//! bucket's literal name. One with `count = 0` (or an empty `for_each`)
//! configures nothing. A bucket whose name is not a literal (for example built
//! from `data.aws_caller_identity`) is still checked, through references. An
//! encryption resource whose `bucket` is neither a bucket reference nor a
//! literal (a variable, a module output) may configure any bucket, so no
//! bucket of the module is reported for a missing configuration.
//!
//! ## Why is this bad?
//! SSE-S3 keys are owned by S3: their use is not logged in CloudTrail and
//! cannot be restricted by key policy or revoked. Data that must be auditable
//! or revocable needs a KMS key.
//!
//! ## Example
//! ```hcl
//! # config: s3_encryption = "kms"
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
//! Checkov `CKV_AWS_19`, `CKV_AWS_145`; Trivy `AWS-0088`, `AWS-0132`; AWS
//! S3 user guide, "Setting default server-side encryption behavior for Amazon
//! S3 buckets" (SSE-S3 applied to all new objects since January 2023).

use crate::model::{Node, ResourceDecl, references};
use crate::rule::{Ctx, Rule};
use crate::settings::S3Policy;
use crate::value::Value;

const CONFIGURATION: &str = "aws_s3_bucket_server_side_encryption_configuration";

/// DFL101
pub(crate) struct S3BucketNotEncrypted;

/// What the module's encryption resources configure.
#[derive(Default)]
struct Covered<'w> {
    /// Bucket resources named by reference.
    resources: Vec<&'w str>,
    /// Literal bucket names.
    names: Vec<String>,
    /// Some configuration's bucket cannot be attributed.
    anything: bool,
}

impl Rule for S3BucketNotEncrypted {
    fn help(&self) -> &'static str {
        "add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm = \"aws:kms\" for the bucket"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if cx.settings.s3_encryption != S3Policy::Kms {
            return;
        }
        let module = cx.module;
        let mut covered = Covered::default();
        for decl in module.items.of_type(CONFIGURATION) {
            let instances = module.instances(decl);
            if instances.is_empty() {
                continue; // `count = 0`: configures nothing.
            }
            let by_ref = bucket_references(decl);
            for node in &instances {
                check_algorithms(cx, decl, node);
                if by_ref.is_empty() {
                    match node.value("bucket") {
                        Some(Value::String(name)) => covered.names.push(name),
                        _ => covered.anything = true,
                    }
                }
            }
            covered.resources.extend(by_ref);
        }
        for decl in module.items.of_type("aws_s3_bucket") {
            for node in module.instances(decl) {
                let inline = node.blocks("server_side_encryption_configuration");
                if let Some(block) = inline.first() {
                    check_algorithms(cx, decl, block);
                    continue;
                }
                if covered.anything
                    || covered.resources.contains(&decl.name)
                    || node.has_unknown_blocks("server_side_encryption_configuration")
                {
                    continue;
                }
                if let Some(Value::String(name)) = node.value("bucket")
                    && covered.names.contains(&name)
                {
                    continue;
                }
                cx.report_resource(
                    decl,
                    node.span.clone(),
                    "bucket is not encrypted with KMS: it has no server-side encryption \
                     configuration, so S3 applies its default SSE-S3 (S3-managed keys)"
                        .to_owned(),
                );
            }
        }
    }
}

/// The `aws_s3_bucket` resources an encryption resource names in `bucket`
/// (`aws_s3_bucket.x.id`, `.bucket`) or iterates with `for_each`
/// (`for_each = aws_s3_bucket.x` with `bucket = each.value.id`).
fn bucket_references<'w>(decl: &ResourceDecl<'w>) -> Vec<&'w str> {
    let body = &decl.block.body;
    let mut refs = Vec::new();
    for name in ["bucket", "for_each"] {
        if let Some(attr) = body.get_attribute(name) {
            references(&attr.value, &mut refs);
        }
    }
    refs.iter()
        .filter(|(t, _)| *t == "aws_s3_bucket")
        .map(|(_, n)| *n)
        .collect()
}

/// Reports `rule { apply_server_side_encryption_by_default { sse_algorithm } }`
/// set to an algorithm other than KMS.
fn check_algorithms(cx: &mut Ctx<'_, '_>, decl: &ResourceDecl<'_>, node: &Node<'_, '_>) {
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
