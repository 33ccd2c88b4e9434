//! ## What it does
//! Checks that `google_sql_database_instance` requires encrypted connections:
//! `settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } }` (or
//! `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`, or the older `require_ssl = true`).
//! Instances whose settings come from a `dynamic` block with an unknown
//! `for_each` are not reported.
//!
//! ## Why is this bad?
//! The default `ALLOW_UNENCRYPTED_AND_ENCRYPTED` lets clients send credentials
//! and queries in clear.
//!
//! ## Example
//! ```hcl
//! resource "google_sql_database_instance" "db" {
//!   database_version = "POSTGRES_16"
//!   settings {
//!     tier = "db-f1-micro"
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "google_sql_database_instance" "db" {
//!   database_version = "POSTGRES_16"
//!   settings {
//!     tier = "db-f1-micro"
//!     ip_configuration {
//!       ssl_mode = "ENCRYPTED_ONLY"
//!     }
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_GCP_6`; Trivy `GCP-0015`.
//!

use crate::rule::{Ctx, Rule};

/// DFL126
pub(crate) struct CloudSqlSslNotRequired;

impl Rule for CloudSqlSslNotRequired {
    fn help(&self) -> &'static str {
        "set settings { ip_configuration { ssl_mode = \"ENCRYPTED_ONLY\" } }"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for decl in module.items.of_type("google_sql_database_instance") {
            for node in module.instances(decl) {
                let settings = node.blocks("settings");
                let [settings] = settings.as_slice() else {
                    continue;
                };
                if settings.uncertain {
                    continue;
                }
                let ip = settings.blocks("ip_configuration");
                if ip.iter().any(|b| b.uncertain) {
                    continue;
                }
                let Some(ip) = ip.first() else {
                    cx.report_resource(decl, settings.span.clone(), "instance accepts unencrypted connections: no `ip_configuration` sets `ssl_mode`".to_owned());
                    continue;
                };
                let mode = ip.value("ssl_mode");
                let require = super::setting(ip, "require_ssl");
                if matches!(mode, Some(crate::value::Value::Unknown))
                    || matches!(require, super::Setting::On | super::Setting::Unknown)
                {
                    continue;
                }
                match mode.as_ref().and_then(|m| m.as_str()) {
                    Some("ENCRYPTED_ONLY" | "TRUSTED_CLIENT_CERTIFICATE_REQUIRED") => {}
                    Some(other) => cx.report_resource(
                        decl,
                        ip.attr("ssl_mode")
                            .map_or_else(|| ip.span.clone(), |a| a.span),
                        format!(
                            "instance accepts unencrypted connections: `ssl_mode` is `{other}`"
                        ),
                    ),
                    None => cx.report_resource(
                        decl,
                        ip.span.clone(),
                        "instance accepts unencrypted connections: `ssl_mode` is not set"
                            .to_owned(),
                    ),
                }
            }
        }
    }
}
