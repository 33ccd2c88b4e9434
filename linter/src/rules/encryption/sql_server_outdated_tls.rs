//! ## What it does
//! Checks that `azurerm_mssql_server` does not set `minimum_tls_version` below
//! `1.2` or to `Disabled`.
//!
//! ## Why is this bad?
//! Clients could negotiate deprecated TLS 1.0/1.1 with the database server.
//!
//! ## Example
//! ```hcl
//! resource "azurerm_mssql_server" "db" {
//!   minimum_tls_version = "1.0"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "azurerm_mssql_server" "db" {
//!   minimum_tls_version = "1.2"
//! }
//! ```
//!
//! ## Fix safety
//! Safe: `--fix` replaces a literal outdated version (or `"Disabled"`) with
//! `"1.2"`, applied in place. Clients that only speak TLS 1.0/1.1 can no longer
//! connect, which is the point of the rule. A value that is an expression is
//! left alone.
//!
//! ## References
//! Checkov `CKV_AZURE_52`; Trivy `AZU-0026`.
//!

use crate::rule::{Ctx, Rule};

/// DFL122
pub(crate) struct SqlServerOutdatedTls;

impl Rule for SqlServerOutdatedTls {
    fn help(&self) -> &'static str {
        "set minimum_tls_version = \"1.2\""
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::forbid_versions(
            cx,
            "azurerm_mssql_server",
            "minimum_tls_version",
            &["1.0", "1.1", "Disabled"],
            "\"1.2\"",
        );
    }
}
