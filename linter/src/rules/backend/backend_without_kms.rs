//! ## What it does
//! With `require_kms = true`, checks that state is encrypted with a
//! customer-managed key: `kms_key_id` for `s3`, `kms_encryption_key` for
//! `gcs`. Silent without that policy.
//!
//! ## Why is this bad?
//! Without a KMS key you control, you cannot audit or revoke access to the
//! state, which holds every secret of the configuration.
//!
//! ## Example
//! ```hcl
//! terraform {
//!   backend "s3" {
//!     bucket       = "acme-state"
//!     key          = "prod.tfstate"
//!     encrypt      = true
//!     use_lockfile = true
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! terraform {
//!   backend "s3" {
//!     bucket       = "acme-state"
//!     key          = "prod.tfstate"
//!     encrypt      = true
//!     use_lockfile = true
//!     kms_key_id   = "alias/terraform-state"
//!   }
//! }
//! ```
//!
//! ## References
//! No rule in tflint, Trivy, Checkov or KICS.
//!

use crate::rule::{Ctx, Rule};

/// DFL404
pub(crate) struct BackendWithoutKms;

impl Rule for BackendWithoutKms {
    fn help(&self) -> &'static str {
        "set kms_key_id (s3) or kms_encryption_key (gcs)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if !cx.settings.require_kms {
            return;
        }
        let module = cx.module;
        for backend in super::backends(module) {
            let attrs: &[&str] = match backend.kind {
                "s3" => &["kms_key_id"],
                "gcs" => &["kms_encryption_key", "encryption_key"],
                _ => continue,
            };
            if backend.is_partial() || attrs.iter().any(|a| backend.attr(a).is_some()) {
                continue;
            }
            let message = format!(
                "{} backend does not encrypt state with a customer-managed key",
                backend.kind
            );
            cx.report(backend.node.file, backend.node.span.clone(), None, message);
        }
    }
}
