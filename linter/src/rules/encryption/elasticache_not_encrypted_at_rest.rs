//! ## What it does
//! Checks that `aws_elasticache_replication_group` sets
//! `at_rest_encryption_enabled = true`.
//!
//! ## Why is this bad?
//! Without encryption at rest, cache snapshots and swap on the nodes hold the
//! data in clear. The setting cannot be changed on an existing group.
//!
//! ## Example
//! ```hcl
//! resource "aws_elasticache_replication_group" "cache" {
//!   replication_group_id = "cache"
//!   description          = "cache"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_elasticache_replication_group" "cache" {
//!   replication_group_id       = "cache"
//!   description                = "cache"
//!   at_rest_encryption_enabled = true
//! }
//! ```
//!
//! ## Fix safety
//! Unsafe (`--fix --unsafe-fixes`): the fix sets
//! `at_rest_encryption_enabled = true` (replacing a literal, or adding the
//! line), but Terraform replaces the replication group to enable it, losing
//! the cached data; review the plan. A value that is an expression is left
//! alone.
//!
//! ## References
//! Checkov `CKV_AWS_29`; Trivy `AWS-0045`.
//!

use crate::rule::{Ctx, Rule};

/// DFL108
pub(crate) struct ElasticacheNotEncryptedAtRest;

impl Rule for ElasticacheNotEncryptedAtRest {
    fn help(&self) -> &'static str {
        "set at_rest_encryption_enabled = true"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_true(
            cx,
            "aws_elasticache_replication_group",
            "at_rest_encryption_enabled",
            true,
            &|_| false,
            "replication group is not encrypted at rest",
        );
    }
}
