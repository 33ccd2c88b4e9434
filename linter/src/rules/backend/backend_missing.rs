//! ## What it does
//! Checks that a root module keeps its state in a remote backend: a `backend`
//! block other than `local`, or a `cloud` block. A module counts as a root when
//! no linted module calls it and it declares a provider, a backend or has
//! `.tfvars` files; reusable modules are not reported.
//!
//! ## Why is this bad?
//! Local state lives on one laptop or CI runner: it is lost, not shared, not
//! locked and holds secrets in clear.
//!
//! ## Example
//! ```hcl
//! provider "aws" {
//!   region = "eu-west-1"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! terraform {
//!   backend "s3" {
//!     bucket       = "acme-state"
//!     key          = "prod/network.tfstate"
//!     region       = "eu-west-1"
//!     encrypt      = true
//!     use_lockfile = true
//!   }
//! }
//!
//! provider "aws" {
//!   region = "eu-west-1"
//! }
//! ```
//!
//! ## References
//! No rule in tflint, Trivy, Checkov or KICS.
//!

use crate::rule::{Ctx, Rule};

/// DFL401
pub(crate) struct BackendMissing;

impl Rule for BackendMissing {
    fn help(&self) -> &'static str {
        "add a backend (s3, gcs, azurerm, ...) or a cloud block to the terraform block"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        if !module.is_root {
            return;
        }
        let mut any = false;
        for terraform in &module.items.terraform {
            for block in terraform.block.body.blocks() {
                match (block.ident.value().as_str(), crate::model::label(block, 0)) {
                    ("backend", Some("local")) => {
                        any = true;
                        let span = crate::model::header_span(block);
                        cx.report(
                            terraform.file,
                            span,
                            None,
                            "state is kept in a local backend".to_owned(),
                        );
                    }
                    ("backend" | "cloud", _) => any = true,
                    _ => {}
                }
            }
        }
        if any {
            return;
        }
        // A root module has a terraform or provider block, so the anchor is one of them.
        if let Some((file, span)) = module.anchor() {
            cx.report(
                file,
                span,
                None,
                "root module declares no remote backend".to_owned(),
            );
        }
    }
}
