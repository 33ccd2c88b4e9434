//! ## What it does
//! Reports credentials written as literal strings in `backend` blocks,
//! `*.tfbackend` files and `provider` blocks: AWS `access_key`, `secret_key`
//! and `token`; azurerm `access_key`, `sas_token`, `client_secret` and
//! `client_certificate_password`; `gcs` `encryption_key` (a customer-supplied
//! key); Google `access_token`, and `credentials`
//! when it holds a key file's contents. Values from variables or functions are
//! not reported.
//!
//! ## Why is this bad?
//! Credentials in code end up in every clone, fork, CI log and state file, and
//! are the most common cause of cloud account takeover.
//!
//! ## Example
//! ```hcl
//! provider "aws" {
//!   region     = "eu-west-1"
//!   access_key = "AKIAIOSFODNN7EXAMPLE"
//!   secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! provider "aws" {
//!   region = "eu-west-1"
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_41`.
//!

use crate::rule::{Ctx, Rule};

const SECRETS: &[(&str, &str)] = &[
    ("s3", "access_key"),
    ("s3", "secret_key"),
    ("s3", "token"),
    ("aws", "access_key"),
    ("aws", "secret_key"),
    ("aws", "token"),
    ("azurerm", "access_key"),
    ("azurerm", "sas_token"),
    ("azurerm", "client_secret"),
    ("azurerm", "client_certificate_password"),
    ("gcs", "access_token"),
    ("gcs", "credentials"),
    ("gcs", "encryption_key"),
    ("google", "access_token"),
    ("google", "credentials"),
    ("google-beta", "access_token"),
    ("google-beta", "credentials"),
];

fn check_body(cx: &mut Ctx<'_, '_>, node: &crate::model::Node<'_, '_>, kind: &str, what: &str) {
    for &(k, name) in SECRETS {
        if k != kind {
            continue;
        }
        let Some(attr) = node.attr(name) else {
            continue;
        };
        let Some(text) = attr.expr.as_str() else {
            continue;
        };
        // `credentials` may be a file path; only a key file's contents is a secret.
        if text.is_empty() || (name == "credentials" && !text.contains("private_key")) {
            continue;
        }
        cx.report(
            node.file,
            attr.span,
            None,
            format!("{kind} {what} has `{name}` written in the code"),
        );
    }
}

/// DFL405
pub(crate) struct CredentialsInCode;

impl Rule for CredentialsInCode {
    fn help(&self) -> &'static str {
        "remove the credential and use environment variables, a profile, OIDC or workload identity"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for backend in super::backends(module) {
            for node in std::iter::once(&backend.node).chain(&backend.files) {
                check_body(cx, node, backend.kind, "backend");
            }
        }
        for provider in &module.items.providers {
            let Some(name) = crate::model::label(provider.block, 0) else {
                continue;
            };
            let node = module.node(*provider);
            check_body(cx, &node, name, "provider");
        }
    }
}
