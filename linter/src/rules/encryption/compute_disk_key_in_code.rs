//! ## What it does
//! Checks that `google_compute_disk` does not write a customer-supplied key in
//! the code: `disk_encryption_key { raw_key = "..." }` or `rsa_encrypted_key`
//! as a literal string.
//!
//! ## Why is this bad?
//! A key in the code is in every clone and every state file; anyone with the
//! repository can decrypt the disk.
//!
//! ## Example
//! ```hcl
//! resource "google_compute_disk" "data" {
//!   disk_encryption_key {
//!     raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "google_compute_disk" "data" {
//!   disk_encryption_key {
//!     kms_key_self_link = google_kms_crypto_key.disk.id
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_GCP_37`; Trivy `GCP-0037`.
//!

use crate::rule::{Ctx, Rule};

/// DFL123
pub(crate) struct ComputeDiskKeyInCode;

impl Rule for ComputeDiskKeyInCode {
    fn help(&self) -> &'static str {
        "use kms_key_self_link, or pass the key through a sensitive variable"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for decl in module.items.of_type("google_compute_disk") {
            for node in module.instances(decl) {
                for key in node.blocks("disk_encryption_key") {
                    for name in ["raw_key", "rsa_encrypted_key"] {
                        if let Some(attr) = key.attr(name)
                            && attr.expr.as_str().is_some_and(|s| !s.is_empty())
                        {
                            cx.report_resource(
                                decl,
                                attr.span,
                                format!("disk encryption key `{name}` is written in the code"),
                            );
                        }
                    }
                }
            }
        }
    }
}
