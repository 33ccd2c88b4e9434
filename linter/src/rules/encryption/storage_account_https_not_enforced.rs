//! ## What it does
//! Checks that `azurerm_storage_account` does not turn off HTTPS-only traffic,
//! under the azurerm v3 name `enable_https_traffic_only` and the v4 name
//! `https_traffic_only_enabled`. Both default to true, so only an explicit
//! `false` is reported.
//!
//! ## Why is this bad?
//! Without HTTPS-only, blobs, shared access signatures and keys can travel in
//! clear over HTTP.
//!
//! ## Example
//! ```hcl
//! resource "azurerm_storage_account" "data" {
//!   https_traffic_only_enabled = false
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "azurerm_storage_account" "data" {
//!   https_traffic_only_enabled = true
//! }
//! ```
//!
//! ## Fix safety
//! Safe: `--fix` turns the literal `false` into `true` under the name the
//! block already uses, so v3 code keeps `enable_https_traffic_only` and v4
//! code `https_traffic_only_enabled` (the rule never reports an absent
//! attribute, so no name has to be chosen). Azure applies it in place.
//!
//! ## References
//! Checkov `CKV_AZURE_3`; Trivy `AZU-0008`.
//!

use crate::rule::edits as fix;
use crate::rule::{Ctx, Rule};

/// DFL119
pub(crate) struct StorageAccountHttpsNotEnforced;

impl Rule for StorageAccountHttpsNotEnforced {
    fn help(&self) -> &'static str {
        "set https_traffic_only_enabled = true (enable_https_traffic_only in azurerm v3)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for decl in module.items.of_type("azurerm_storage_account") {
            for node in module.instances(decl) {
                for attr in ["enable_https_traffic_only", "https_traffic_only_enabled"] {
                    if let super::Setting::Off(a) = super::setting(&node, attr) {
                        let fix = super::set_true(cx, fix::replace_literal(a.expr, "true"), attr);
                        cx.report_resource_fix(
                            decl,
                            a.span,
                            format!("storage account accepts HTTP: `{attr}` is false"),
                            fix,
                        );
                    }
                }
            }
        }
    }
}
