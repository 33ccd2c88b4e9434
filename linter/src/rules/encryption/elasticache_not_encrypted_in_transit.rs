//! ## What it does
//! Checks that `aws_elasticache_replication_group` sets
//! `transit_encryption_enabled = true`.
//!
//! ## Why is this bad?
//! Without TLS, clients and replicas exchange cached data, and often session
//! tokens, in clear inside the VPC.
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
//!   transit_encryption_enabled = true
//! }
//! ```
//!
//! ## Fix safety
//! Unsafe (`--fix --unsafe-fixes`): the fix sets
//! `transit_encryption_enabled = true` (replacing a literal, or adding the
//! line), but on engines before Redis 7.0.5 Terraform replaces the
//! replication group to enable it, losing the cached data, and clients must
//! then connect with TLS; review the plan. A value that is an expression is
//! left alone.
//!
//! ## References
//! Checkov `CKV_AWS_30`; Trivy `AWS-0051`.
//!

use crate::rule::{Ctx, Rule};

/// DFL109
pub(crate) struct ElasticacheNotEncryptedInTransit;

impl Rule for ElasticacheNotEncryptedInTransit {
    fn help(&self) -> &'static str {
        "set transit_encryption_enabled = true"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_true(
            cx,
            "aws_elasticache_replication_group",
            "transit_encryption_enabled",
            true,
            &|_| false,
            "replication group does not encrypt traffic in transit",
        );
    }
}
