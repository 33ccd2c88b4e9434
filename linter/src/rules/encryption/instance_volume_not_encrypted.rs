//! ## What it does
//! Checks the `root_block_device` and `ebs_block_device` blocks of `aws_instance`
//! for `encrypted = true`. Instances built from a launch template (which
//! DFL106 checks), volumes from a snapshot, and modules that enable
//! `aws_ebs_encryption_by_default` are skipped. An instance without a
//! `root_block_device` block is not reported: its root volume follows the AMI.
//!
//! ## Why is this bad?
//! Unencrypted instance volumes expose their data through snapshots and AMIs
//! copied from them.
//!
//! ## Example
//! ```hcl
//! resource "aws_instance" "web" {
//!   ami           = "ami-123"
//!   instance_type = "t3.micro"
//!   root_block_device {
//!     volume_size = 20
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_instance" "web" {
//!   ami           = "ami-123"
//!   instance_type = "t3.micro"
//!   root_block_device {
//!     volume_size = 20
//!     encrypted   = true
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_8`; Trivy `AWS-0131`.
//!

use crate::rule::{Ctx, Rule};

/// DFL105
pub(crate) struct InstanceVolumeNotEncrypted;

impl Rule for InstanceVolumeNotEncrypted {
    fn help(&self) -> &'static str {
        "set encrypted = true in every block device"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if super::ebs_encrypted_by_default(cx.module) {
            return;
        }
        let module = cx.module;
        for decl in module.items.of_type("aws_instance") {
            for node in module.instances(decl) {
                if super::is_set(&node, "launch_template")
                    || !node.blocks("launch_template").is_empty()
                {
                    continue;
                }
                super::check_volume_blocks(
                    cx,
                    decl,
                    &node,
                    &["root_block_device", "ebs_block_device"],
                );
            }
        }
    }
}
