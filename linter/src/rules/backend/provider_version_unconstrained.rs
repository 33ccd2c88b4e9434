//! ## What it does
//! Checks that every provider the module uses (by resource and data source
//! type, or by a `provider` block) has a version constraint in
//! `terraform { required_providers { ... } }`.
//!
//! ## Why is this bad?
//! An unconstrained provider upgrades to the next major version on a fresh
//! `init`, with breaking changes and different defaults.
//!
//! ## Example
//! ```hcl
//! resource "aws_sqs_queue" "jobs" {
//!   name = "jobs"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! terraform {
//!   required_providers {
//!     aws = {
//!       source  = "hashicorp/aws"
//!       version = "~> 5.0"
//!     }
//!   }
//! }
//!
//! resource "aws_sqs_queue" "jobs" {
//!   name = "jobs"
//! }
//! ```
//!
//! ## References
//! tflint `terraform_required_providers`.
//!

use crate::rule::{Ctx, Rule};

/// Providers built into Terraform.
const BUILTIN: &[&str] = &["terraform"];

/// DFL407
pub(crate) struct ProviderVersionUnconstrained;

impl Rule for ProviderVersionUnconstrained {
    fn help(&self) -> &'static str {
        "add the provider with a version constraint to required_providers"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        let mut constrained: Vec<String> = Vec::new();
        let mut unconstrained = Vec::new();
        for terraform in &module.items.terraform {
            for rp in terraform.block.body.get_blocks("required_providers") {
                for attr in rp.body.attributes() {
                    let name = attr.key.value().as_str().to_owned();
                    let has_version = match &attr.value {
                        hcl_edit::expr::Expression::Object(obj) => obj.iter().any(|(k, _)| {
                            k.as_ident().is_some_and(|i| i.as_str() == "version")
                                || k.as_expr()
                                    .and_then(|e| e.as_str())
                                    .is_some_and(|s| s == "version")
                        }),
                        hcl_edit::expr::Expression::String(_) => true,
                        _ => true,
                    };
                    if has_version {
                        constrained.push(name);
                    } else {
                        let span = hcl_edit::Span::span(attr).unwrap_or(0..0);
                        unconstrained.push((name, terraform.file, span));
                    }
                }
            }
        }
        for (name, file, span) in &unconstrained {
            cx.report(
                *file,
                span.clone(),
                None,
                format!("provider `{name}` has no version constraint"),
            );
        }
        let mut reported: Vec<String> = unconstrained.iter().map(|(n, _, _)| n.clone()).collect();
        let resource_users = module.items.resources.iter().map(|r| {
            // `provider = google-beta` overrides the provider implied by the type.
            let address = module.provider_of(r);
            let name = address.split('.').next().unwrap_or_default().to_owned();
            (name, r.file, crate::model::header_span(r.block))
        });
        let provider_users = module.items.providers.iter().filter_map(|p| {
            crate::model::label(p.block, 0)
                .map(|n| (n.to_owned(), p.file, crate::model::header_span(p.block)))
        });
        let users: Vec<(String, crate::source::FileId, std::ops::Range<usize>)> =
            resource_users.chain(provider_users).collect();
        for (name, file, span) in users {
            if BUILTIN.contains(&name.as_str())
                || constrained.contains(&name)
                || reported.contains(&name)
            {
                continue;
            }
            let message =
                format!("provider `{name}` has no version constraint in required_providers");
            reported.push(name);
            cx.report(file, span, None, message);
        }
    }
}
