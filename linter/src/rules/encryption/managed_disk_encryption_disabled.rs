//! ## What it does
//! Checks that `azurerm_managed_disk` does not set
//! `encryption_settings { enabled = false }` (azurerm v3).
//!
//! ## Why is this bad?
//! Turning Azure Disk Encryption off leaves the disk readable to anyone who can
//! export or snapshot it.
//!
//! ## Example
//! ```hcl
//! resource "azurerm_managed_disk" "data" {
//!   encryption_settings {
//!     enabled = false
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "azurerm_managed_disk" "data" {
//!   disk_encryption_set_id = azurerm_disk_encryption_set.main.id
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AZURE_2`; Trivy `AZU-0038`.
//!

use crate::rule::{Ctx, Rule};

/// DFL121
pub(crate) struct ManagedDiskEncryptionDisabled;

impl Rule for ManagedDiskEncryptionDisabled {
    fn help(&self) -> &'static str {
        "remove enabled = false, or use a disk_encryption_set_id"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for decl in module.items.of_type("azurerm_managed_disk") {
            for node in module.instances(decl) {
                for settings in node.blocks("encryption_settings") {
                    if let super::Setting::Off(attr) = super::setting(&settings, "enabled") {
                        cx.report_resource(
                            decl,
                            attr.span,
                            "disk encryption is disabled".to_owned(),
                        );
                    }
                }
            }
        }
    }
}
