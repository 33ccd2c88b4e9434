//! ## What it does
//! Checks that an `s3` backend sets `encrypt = true`, in the block or in a
//! `*.tfbackend` file of the module. A partial block (empty, or without
//! `bucket` or `key`), completed with `-backend-config` at `init`, is not
//! reported: the command line can set `encrypt` too. The `gcs` and `azurerm`
//! backends always encrypt state at rest and lock it natively; for them see
//! DFL404 (customer-managed keys) and DFL405 (credentials in code).
//!
//! ## Why is this bad?
//! Since January 2023 Amazon S3 encrypts every new object at rest (SSE-S3,
//! or the bucket's default KMS key), so state written without `encrypt` is
//! not stored in clear on AWS. What `encrypt = true` still adds is the
//! explicit server-side-encryption request on every state write: bucket
//! policies that deny unencrypted `PutObject` (a common pattern) reject the
//! write without it, S3-compatible endpoints (MinIO, Ceph, ...) may not
//! encrypt by default, and `kms_key_id` (DFL404) needs it. Hence a low
//! severity: hygiene with a safe fix, not exposure.
//!
//! ## Provider defaults
//! Terraform's `s3` backend (1.0 to 1.11): `encrypt` defaults to `false`.
//! Amazon S3: default encryption (SSE-S3) for all new objects since
//! 2023-01-05, which cannot be turned off.
//!
//! ## Example
//! ```hcl
//! terraform {
//!   backend "s3" {
//!     bucket = "acme-state"
//!     key    = "prod.tfstate"
//!     region = "eu-west-1"
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! terraform {
//!   backend "s3" {
//!     bucket       = "acme-state"
//!     key          = "prod.tfstate"
//!     region       = "eu-west-1"
//!     encrypt      = true
//!     use_lockfile = true
//!   }
//! }
//! ```
//!
//! ## Fix safety
//! Safe: `--fix` sets `encrypt = true` (replacing a literal `false`, or
//! adding the line to the block). Terraform re-initialises the backend; the
//! next state write is encrypted. A value that is an expression is left alone.
//!
//! ## References
//! No rule in tflint, Trivy, Checkov or KICS.
//!

use crate::findings::{Edit, Fix};
use crate::rule::edits as fix;
use crate::rule::{Ctx, Rule};

/// DFL402
pub(crate) struct S3BackendNotEncrypted;

impl Rule for S3BackendNotEncrypted {
    fn help(&self) -> &'static str {
        "set encrypt = true in the s3 backend"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for backend in super::backends(module) {
            if backend.kind != "s3" || backend.is_partial() {
                continue;
            }
            match backend.attr("encrypt") {
                None => {
                    let edit = fix::set_attribute(
                        cx.text(backend.node.file),
                        backend.block,
                        "encrypt",
                        "true",
                    );
                    cx.report_fix(
                        backend.node.file,
                        backend.node.span.clone(),
                        None,
                        "s3 backend does not request server-side encryption (`encrypt = true`)"
                            .to_owned(),
                        edit.map(set_encrypt),
                    );
                }
                Some((attr, file)) => {
                    if attr.value.as_bool() == Some(false) {
                        let edit = fix::replace_literal(attr.expr, "true");
                        cx.report_fix(
                            file,
                            attr.span,
                            None,
                            "s3 backend sets `encrypt = false`".to_owned(),
                            edit.map(set_encrypt),
                        );
                    }
                }
            }
        }
    }
}

fn set_encrypt(edit: Edit) -> Fix {
    Fix::safe_edit(edit, "set `encrypt = true`".to_owned())
}
