//! ## What it does
//! Checks that `azurerm_storage_account` does not set `min_tls_version` below
//! `TLS1_2` (the default since azurerm v3).
//!
//! ## Why is this bad?
//! TLS 1.0 and 1.1 are deprecated (RFC 8996); Azure retires them for storage.
//!
//! ## Example
//! ```hcl
//! resource "azurerm_storage_account" "data" {
//!   min_tls_version = "TLS1_0"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "azurerm_storage_account" "data" {
//!   min_tls_version = "TLS1_2"
//! }
//! ```
//!
//! ## Fix safety
//! Safe: `--fix` replaces a literal outdated version with `"TLS1_2"`, applied
//! in place. Clients that only speak TLS 1.0/1.1 can no longer connect, which
//! is the point of the rule. A value that is an expression is left alone.
//!
//! ## References
//! Checkov `CKV_AZURE_44`; Trivy `AZU-0011`.
//!

use crate::rule::{Ctx, Rule};

/// DFL120
pub(crate) struct StorageAccountOutdatedTls;

impl Rule for StorageAccountOutdatedTls {
    fn help(&self) -> &'static str {
        "set min_tls_version = \"TLS1_2\""
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::forbid_versions(
            cx,
            "azurerm_storage_account",
            "min_tls_version",
            &["TLS1_0", "TLS1_1"],
            "\"TLS1_2\"",
        );
    }
}
