//! ## What it does
//! Checks that an `s3` backend locks the state, with `use_lockfile = true`
//! (S3 native locking, Terraform 1.10+) or a `dynamodb_table`.
//!
//! Only a complete block is reported: one that, with the module's
//! `*.tfbackend` files, states both `bucket` and `key`, so `terraform init`
//! needs no `-backend-config`, and sets neither `use_lockfile = true` nor a
//! `dynamodb_table`. A partial block (`backend "s3" {}`, or one without
//! `bucket` or `key`) is completed with `-backend-config` at `init`, which can
//! bring the lock settings too, so it is never reported. A setting whose value
//! is unknown is treated as locking.
//!
//! ## Why is this bad?
//! Two concurrent runs without a lock can both write the state and corrupt it.
//!
//! ## Example
//! ```hcl
//! terraform {
//!   backend "s3" {
//!     bucket  = "acme-state"
//!     key     = "prod.tfstate"
//!     region  = "eu-west-1"
//!     encrypt = true
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! terraform {
//!   backend "s3" {
//!     bucket         = "acme-state"
//!     key            = "prod.tfstate"
//!     region         = "eu-west-1"
//!     encrypt        = true
//!     dynamodb_table = "terraform-locks"
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_TF_3` (reverted).
//!

use crate::rule::{Ctx, Rule};

/// DFL403
pub(crate) struct S3BackendStateNotLocked;

impl Rule for S3BackendStateNotLocked {
    fn help(&self) -> &'static str {
        "set use_lockfile = true (or dynamodb_table) in the s3 backend"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for backend in super::backends(module) {
            if backend.kind != "s3" || backend.is_partial() {
                continue;
            }
            let lockfile = backend.attr("use_lockfile").map(|(a, _)| a.value);
            let table = backend.attr("dynamodb_table").map(|(a, _)| a.value);
            let locked = |v: &Option<crate::value::Value>, is_bool: bool| match v {
                None => Some(false),
                Some(v) if v.is_unknown() => None,
                Some(v) if is_bool => Some(v.as_bool() == Some(true)),
                Some(v) => Some(v.as_str().is_some_and(|s| !s.is_empty())),
            };
            if locked(&lockfile, true) == Some(false) && locked(&table, false) == Some(false) {
                cx.report(
                    backend.node.file,
                    backend.node.span.clone(),
                    None,
                    "s3 backend does not lock the state".to_owned(),
                );
            }
        }
    }
}
