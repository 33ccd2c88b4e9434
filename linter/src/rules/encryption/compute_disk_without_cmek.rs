//! ## What it does
//! With `require_kms = true`, checks that `google_compute_disk` sets
//! `disk_encryption_key { kms_key_self_link = ... }`. Silent without that
//! policy, since Google always encrypts disks with its own keys.
//!
//! ## Why is this bad?
//! Google-managed keys cannot be audited or revoked by you.
//!
//! ## Example
//! ```hcl
//! # config: require_kms = true
//! resource "google_compute_disk" "data" {
//!   name = "data"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "google_compute_disk" "data" {
//!   name = "data"
//!   disk_encryption_key {
//!     kms_key_self_link = google_kms_crypto_key.disk.id
//!   }
//! }
//! ```
//!
//! ## References
//! Trivy `GCP-0034`.
//!

use crate::rule::{Ctx, Rule};

/// DFL124
pub(crate) struct ComputeDiskWithoutCmek;

impl Rule for ComputeDiskWithoutCmek {
    fn help(&self) -> &'static str {
        "set disk_encryption_key { kms_key_self_link = ... }"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if !cx.settings.require_kms {
            return;
        }
        super::require_key_block(
            cx,
            "google_compute_disk",
            "disk_encryption_key",
            "kms_key_self_link",
            "disk is not encrypted with a customer-managed key",
        );
    }
}
