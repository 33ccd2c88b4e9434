//! ## What it does
//! Checks that a module constrains the Terraform version with
//! `terraform { required_version = "..." }`.
//!
//! ## Why is this bad?
//! Without a constraint, a newer or older Terraform can plan with different
//! semantics or upgrade the state format for everyone.
//!
//! ## Example
//! ```hcl
//! terraform {
//!   required_providers {
//!     aws = { source = "hashicorp/aws", version = "~> 5.0" }
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! terraform {
//!   required_version = ">= 1.6"
//!   required_providers {
//!     aws = { source = "hashicorp/aws", version = "~> 5.0" }
//!   }
//! }
//! ```
//!
//! ## References
//! tflint `terraform_required_version`.
//!

use crate::rule::{Ctx, Rule};

/// DFL406
pub(crate) struct RequiredVersionMissing;

impl Rule for RequiredVersionMissing {
    fn help(&self) -> &'static str {
        "add required_version = \">= 1.x\" to the terraform block"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        let has = module
            .items
            .terraform
            .iter()
            .any(|t| t.block.body.get_attribute("required_version").is_some());
        if has {
            return;
        }
        let anchor = module.anchor();
        if let Some((file, span)) = anchor {
            cx.report(
                file,
                span,
                None,
                "module does not constrain the Terraform version".to_owned(),
            );
        }
    }
}
