//! ## What it does
//! With `require_kms = true`, checks that `google_storage_bucket` sets
//! `encryption { default_kms_key_name = ... }`. Silent without that policy.
//!
//! ## Why is this bad?
//! Google-managed keys cannot be audited or revoked by you.
//!
//! ## Example
//! ```hcl
//! # config: require_kms = true
//! resource "google_storage_bucket" "data" {
//!   name     = "acme-data"
//!   location = "EU"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "google_storage_bucket" "data" {
//!   name     = "acme-data"
//!   location = "EU"
//!   encryption {
//!     default_kms_key_name = google_kms_crypto_key.data.id
//!   }
//! }
//! ```
//!
//! ## References
//! Trivy `GCP-0066`.
//!

use crate::rule::{Ctx, Rule};

/// DFL125
pub(crate) struct StorageBucketWithoutCmek;

impl Rule for StorageBucketWithoutCmek {
    fn help(&self) -> &'static str {
        "set encryption { default_kms_key_name = ... }"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if !cx.settings.require_kms {
            return;
        }
        super::require_key_block(
            cx,
            "google_storage_bucket",
            "encryption",
            "default_kms_key_name",
            "bucket is not encrypted with a customer-managed key",
        );
    }
}
