//! ## What it does
//! Checks that volumes defined by `aws_launch_template`
//! (`block_device_mappings { ebs { encrypted = true } }`) and
//! `aws_launch_configuration` (`root_block_device`, `ebs_block_device`) are
//! encrypted. Volumes from a snapshot, and modules that enable
//! `aws_ebs_encryption_by_default`, are skipped.
//!
//! ## Why is this bad?
//! Every instance an Auto Scaling group starts from the template inherits its
//! unencrypted volumes.
//!
//! ## Example
//! ```hcl
//! resource "aws_launch_template" "web" {
//!   block_device_mappings {
//!     device_name = "/dev/xvda"
//!     ebs {
//!       volume_size = 20
//!     }
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_launch_template" "web" {
//!   block_device_mappings {
//!     device_name = "/dev/xvda"
//!     ebs {
//!       volume_size = 20
//!       encrypted   = "true"
//!     }
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_8`; Trivy `AWS-0008`.
//!

use crate::rule::{Ctx, Rule};

/// DFL106
pub(crate) struct LaunchVolumeNotEncrypted;

impl Rule for LaunchVolumeNotEncrypted {
    fn help(&self) -> &'static str {
        "set encrypted = true on each volume"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if super::ebs_encrypted_by_default(cx.module) {
            return;
        }
        let module = cx.module;
        for decl in module.items.of_type("aws_launch_template") {
            for node in module.instances(decl) {
                for mapping in node.blocks("block_device_mappings") {
                    super::check_volume_blocks(cx, decl, &mapping, &["ebs"]);
                }
            }
        }
        for decl in module.items.of_type("aws_launch_configuration") {
            for node in module.instances(decl) {
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
