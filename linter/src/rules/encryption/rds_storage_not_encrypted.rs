//! ## What it does
//! Checks that `aws_db_instance` sets `storage_encrypted = true`. Read replicas
//! (`replicate_source_db`), restores from a snapshot and Aurora instances (whose
//! cluster holds the setting) are skipped because they inherit encryption.
//!
//! ## Why is this bad?
//! An unencrypted RDS volume, its snapshots and its automated backups hold the
//! data in clear. Encryption cannot be switched on later without a snapshot,
//! copy and restore, so it has to be right at creation.
//!
//! ## Example
//! ```hcl
//! resource "aws_db_instance" "main" {
//!   engine            = "postgres"
//!   instance_class    = "db.t4g.micro"
//!   allocated_storage = 20
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_db_instance" "main" {
//!   engine            = "postgres"
//!   instance_class    = "db.t4g.micro"
//!   allocated_storage = 20
//!   storage_encrypted = true
//! }
//! ```
//!
//! ## Fix safety
//! Unsafe (`--fix --unsafe-fixes`): the fix sets `storage_encrypted = true`
//! (replacing a literal, or adding the line), but Terraform replaces the
//! database to enable encryption; review the plan, and migrate through an
//! encrypted snapshot to keep the data. A value that is an expression is left
//! alone.
//!
//! ## References
//! Checkov `CKV_AWS_16`; Trivy `AWS-0080`.
//!

use crate::rule::{Ctx, Rule};

/// DFL102
pub(crate) struct RdsStorageNotEncrypted;

impl Rule for RdsStorageNotEncrypted {
    fn help(&self) -> &'static str {
        "set storage_encrypted = true (optionally with kms_key_id)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::require_true(
            cx,
            "aws_db_instance",
            "storage_encrypted",
            true,
            &|n| {
                super::is_set(n, "replicate_source_db")
                    || super::is_set(n, "snapshot_identifier")
                    || n.value("engine")
                        .and_then(|e| e.as_str().map(|s| s.starts_with("aurora")))
                        .unwrap_or(false)
            },
            "storage is not encrypted",
        );
    }
}
