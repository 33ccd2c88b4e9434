//! ## What it does
//! Checks that symmetric `aws_kms_key` resources set `enable_key_rotation = true`.
//! Asymmetric and HMAC keys, which AWS cannot rotate, are skipped.
//!
//! ## Why is this bad?
//! Without rotation a single key version protects data for its whole life,
//! which widens the impact of a leaked or broken key and fails most compliance
//! frameworks.
//!
//! ## Example
//! ```hcl
//! resource "aws_kms_key" "data" {
//!   description = "data"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_kms_key" "data" {
//!   description         = "data"
//!   enable_key_rotation = true
//! }
//! ```
//!
//! ## Fix safety
//! Safe: `--fix` sets `enable_key_rotation = true` (replacing a literal, or
//! adding the line). AWS turns rotation on in place; old key versions keep
//! decrypting. A value that is an expression is left alone.
//!
//! ## References
//! Checkov `CKV_AWS_7`; Trivy `AWS-0065`.
//!

use crate::rule::{Ctx, Rule};

/// DFL116
pub(crate) struct KmsKeyRotationDisabled;

impl Rule for KmsKeyRotationDisabled {
    fn help(&self) -> &'static str {
        "set enable_key_rotation = true"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_true(
            cx,
            "aws_kms_key",
            "enable_key_rotation",
            true,
            // Only symmetric encryption keys rotate; null is the default,
            // which is one.
            &|n| {
                n.value("customer_master_key_spec").is_some_and(|s| {
                    !s.is_null() && s.as_str().is_none_or(|s| s != "SYMMETRIC_DEFAULT")
                }) || n.value("key_usage").is_some_and(|u| {
                    !u.is_null() && u.as_str().is_none_or(|u| u != "ENCRYPT_DECRYPT")
                })
            },
            "key rotation is disabled",
        );
    }
}
