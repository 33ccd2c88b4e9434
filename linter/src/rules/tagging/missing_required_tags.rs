//! ## What it does
//! Checks that taggable AWS and Azure resources carry every key of
//! `required_tags` in `tags`, and GCP resources in `labels` (compared without
//! case, since GCP label keys are lowercase). Provider-level tags are merged
//! first: AWS `default_tags` and Google `default_labels` of the provider the
//! resource uses, including aliases (`provider = aws.west`) and providers
//! passed to modules (`providers = { aws = aws.west }`). The default required
//! keys are `Environment` and `Owner`.
//!
//! Nothing is reported when the tags or the provider's default tags are
//! unknown (for example `tags = var.tags` without a value), or for a module
//! linted on its own without a `provider` block, whose caller may supply
//! default tags.
//!
//! ## Why is this bad?
//! Untagged resources cannot be attributed to an owner or a cost centre, and
//! tag-based access control and automation skip them.
//!
//! ## Example
//! ```hcl
//! provider "aws" {}
//!
//! resource "aws_sqs_queue" "jobs" {
//!   name = "jobs"
//!   tags = { Owner = "team-a" }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! provider "aws" {
//!   default_tags {
//!     tags = { Environment = "prod" }
//!   }
//! }
//!
//! resource "aws_sqs_queue" "jobs" {
//!   name = "jobs"
//!   tags = { Owner = "team-a" }
//! }
//! ```
//!
//! ## References
//! tflint `aws_resource_missing_tags`, `azurerm_resource_missing_tags`.

use std::collections::BTreeSet;

use crate::rule::{Ctx, Rule};
use crate::value::Value;

/// DFL301
pub(crate) struct MissingRequiredTags;

impl Rule for MissingRequiredTags {
    fn help(&self) -> &'static str {
        "add the missing keys to the resource's tags/labels or to the provider's default_tags"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        if cx.settings.required_tags.is_empty() {
            return;
        }
        let module = cx.module;
        for decl in &module.items.resources {
            if decl.mode != crate::model::Mode::Managed {
                continue;
            }
            let (attr, fold_case) = if super::GCP_LABELED.contains(&decl.rtype) {
                ("labels", true)
            } else if super::AWS_TAGGABLE.contains(&decl.rtype)
                || super::AZURE_TAGGABLE.contains(&decl.rtype)
            {
                ("tags", false)
            } else {
                continue;
            };
            let provider = module.provider_of(decl);
            let Some(Value::Object(defaults)) = module.default_tags.get(&provider) else {
                continue;
            };
            for node in module.instances(decl) {
                let tags = node.attr(attr);
                let own = match tags.as_ref().map(|a| &a.value) {
                    None | Some(Value::Null) => Default::default(),
                    Some(Value::Object(map)) => map.clone(),
                    Some(_) => continue,
                };
                let normalize = |k: &str| {
                    if fold_case {
                        k.to_lowercase()
                    } else {
                        k.to_owned()
                    }
                };
                let present: BTreeSet<String> = defaults
                    .iter()
                    .chain(own.iter())
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, _)| normalize(k))
                    .collect();
                let missing: Vec<&str> = cx
                    .settings
                    .required_tags
                    .iter()
                    .filter(|k| !present.contains(&normalize(k)))
                    .map(String::as_str)
                    .collect();
                if missing.is_empty() {
                    continue;
                }
                let span = tags.map_or_else(|| node.span.clone(), |a| a.span);
                let message = format!("{attr} are missing required keys: {}", missing.join(", "));
                cx.report_resource(decl, span, message);
            }
        }
    }
}
