//! ## What it does
//! Checks that `aws_ebs_volume` sets `encrypted = true`. Volumes created from a
//! snapshot inherit its encryption and are skipped, as are all volumes when the
//! module enables `aws_ebs_encryption_by_default`.
//!
//! ## Why is this bad?
//! An unencrypted EBS volume exposes its data and snapshots to anyone who can
//! copy or share them.
//!
//! ## Example
//! ```hcl
//! resource "aws_ebs_volume" "data" {
//!   availability_zone = "eu-west-1a"
//!   size              = 100
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_ebs_volume" "data" {
//!   availability_zone = "eu-west-1a"
//!   size              = 100
//!   encrypted         = true
//! }
//! ```
//!
//! ## Fix safety
//! Unsafe (`--fix --unsafe-fixes`): the fix sets `encrypted = true` (replacing
//! a literal, or adding the line), but Terraform replaces the volume to
//! encrypt it, and the new volume is empty; review the plan, and copy the data
//! through an encrypted snapshot. A value that is an expression is left alone.
//!
//! ## References
//! Checkov `CKV_AWS_3`; Trivy `AWS-0026`.
//!

use crate::rule::{Ctx, Rule};

/// DFL104
pub(crate) struct EbsVolumeNotEncrypted;

impl Rule for EbsVolumeNotEncrypted {
    fn help(&self) -> &'static str {
        "set encrypted = true, or enable aws_ebs_encryption_by_default"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if super::ebs_encrypted_by_default(cx.module) {
            return;
        }
        super::require_true(
            cx,
            "aws_ebs_volume",
            "encrypted",
            true,
            &|n| super::is_set(n, "snapshot_id"),
            "volume is not encrypted",
        );
    }
}
