//! ## What it does
//! Checks that `aws_rds_cluster` sets `storage_encrypted = true`. Clusters that
//! inherit encryption (replicas, snapshot restores, global cluster members) and
//! Aurora Serverless v1 clusters (always encrypted) are skipped.
//!
//! ## Why is this bad?
//! An unencrypted Aurora cluster stores its volume, snapshots and backups in
//! clear, and encryption cannot be enabled afterwards in place.
//!
//! ## Example
//! ```hcl
//! resource "aws_rds_cluster" "main" {
//!   engine = "aurora-postgresql"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_rds_cluster" "main" {
//!   engine            = "aurora-postgresql"
//!   storage_encrypted = true
//! }
//! ```
//!
//! ## Fix safety
//! Unsafe (`--fix --unsafe-fixes`): the fix sets `storage_encrypted = true`
//! (replacing a literal, or adding the line), but Terraform replaces the
//! cluster to enable encryption; review the plan, and migrate through an
//! encrypted snapshot to keep the data. A value that is an expression is left
//! alone.
//!
//! ## References
//! Checkov `CKV_AWS_96`; Trivy `AWS-0079`.
//!

use crate::rule::{Ctx, Rule};

/// DFL103
pub(crate) struct RdsClusterStorageNotEncrypted;

impl Rule for RdsClusterStorageNotEncrypted {
    fn help(&self) -> &'static str {
        "set storage_encrypted = true (optionally with kms_key_id)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_true(
            cx,
            "aws_rds_cluster",
            "storage_encrypted",
            true,
            &|n| {
                [
                    "replication_source_identifier",
                    "snapshot_identifier",
                    "source_region",
                    "global_cluster_identifier",
                ]
                .iter()
                .any(|a| super::is_set(n, a))
                    || n.value("engine_mode")
                        .is_some_and(|m| m.as_str() == Some("serverless"))
            },
            "cluster storage is not encrypted",
        );
    }
}
