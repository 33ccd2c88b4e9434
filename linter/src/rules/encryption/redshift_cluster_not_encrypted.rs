//! ## What it does
//! Checks that `aws_redshift_cluster` does not set `encrypted = false`. An absent
//! attribute is not reported: its default changed to `true` in provider v6.
//!
//! ## Why is this bad?
//! An unencrypted data warehouse keeps its blocks and snapshots in clear.
//!
//! ## Example
//! ```hcl
//! resource "aws_redshift_cluster" "dw" {
//!   cluster_identifier = "dw"
//!   node_type          = "ra3.xlplus"
//!   encrypted          = false
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_redshift_cluster" "dw" {
//!   cluster_identifier = "dw"
//!   node_type          = "ra3.xlplus"
//!   encrypted          = true
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_64`; Trivy `AWS-0084`.
//!

use crate::rule::{Ctx, Rule};

/// DFL115
pub(crate) struct RedshiftClusterNotEncrypted;

impl Rule for RedshiftClusterNotEncrypted {
    fn help(&self) -> &'static str {
        "set encrypted = true (optionally with kms_key_id)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_true(
            cx,
            "aws_redshift_cluster",
            "encrypted",
            false,
            &|_| false,
            "cluster is not encrypted",
        );
    }
}
