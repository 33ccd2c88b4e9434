//! Layer 4: policies written in HCL. A [`Policy`] is data: its identity (a
//! [`RuleMeta`], so findings, suppressions, baselines and every output format
//! treat it like a built-in rule), the resource types it applies to and a
//! condition, a Terraform expression evaluated on each resource instance.
//!
//! - `parse`: policy files and `policy` blocks into policies, with
//!   configuration errors that carry a span in the policy file;
//! - `check`: evaluating a policy on one module evaluation.
//!
//! The built-in pack ([`builtin`]) is `linter/policies/*.hcl`, compiled at
//! build time by `linter/build.rs` (`compiled`) and tested to equal the
//! parse of the same files by the parser of users' policies; `pack` loads it
//! one policy at a time, only those a module's resource types need.
//!
//! Policies are loaded once per run and live for the rest of the process
//! (they are leaked), so that findings cite them by `&'static` reference as
//! they cite the registry's rules.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use hcl_edit::expr::Expression;

use crate::findings::RuleMeta;

mod check;
mod compiled;
mod pack;
mod parse;

pub use check::Referrers;
pub use pack::for_types as builtin_for_types;
pub use parse::{PolicyError, parse_block, parse_file};

/// The embedded built-in policy files: (file name, text).
const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "policies/aws_customer_keys.hcl",
        include_str!("../../policies/aws_customer_keys.hcl"),
    ),
    (
        "policies/aws_data_encryption.hcl",
        include_str!("../../policies/aws_data_encryption.hcl"),
    ),
    (
        "policies/aws_ecr.hcl",
        include_str!("../../policies/aws_ecr.hcl"),
    ),
    (
        "policies/aws_iam.hcl",
        include_str!("../../policies/aws_iam.hcl"),
    ),
    (
        "policies/aws_network.hcl",
        include_str!("../../policies/aws_network.hcl"),
    ),
    (
        "policies/azure_customer_keys.hcl",
        include_str!("../../policies/azure_customer_keys.hcl"),
    ),
    (
        "policies/azure_encryption.hcl",
        include_str!("../../policies/azure_encryption.hcl"),
    ),
    (
        "policies/azure_iam.hcl",
        include_str!("../../policies/azure_iam.hcl"),
    ),
    (
        "policies/azure_network.hcl",
        include_str!("../../policies/azure_network.hcl"),
    ),
    (
        "policies/gcp_customer_keys.hcl",
        include_str!("../../policies/gcp_customer_keys.hcl"),
    ),
    (
        "policies/gcp_encryption.hcl",
        include_str!("../../policies/gcp_encryption.hcl"),
    ),
    (
        "policies/gcp_iam.hcl",
        include_str!("../../policies/gcp_iam.hcl"),
    ),
    (
        "policies/gcp_network.hcl",
        include_str!("../../policies/gcp_network.hcl"),
    ),
];

/// One policy.
pub struct Policy {
    /// Code, name, category, severity, help and docs.
    pub meta: RuleMeta,
    /// The resource types (`aws_ecr_repository`) it applies to.
    pub resource_types: Vec<String>,
    /// The finding's message.
    pub message: String,
    /// The condition: a finding is reported where it is `false`.
    condition: Expression,
    /// The `self.<attr>...` paths the condition reads, in source order.
    reads: Vec<Vec<String>>,
    /// Whether the condition reads `referenced_by` (the module's
    /// [`Referrers`] index of references).
    uses_referenced_by: bool,
    /// Whether the condition reads `module_resources`.
    uses_module_resources: bool,
    /// Where the policy was written, for configuration errors.
    pub origin: Origin,
}

/// Where a policy was written.
#[derive(Clone)]
pub struct Origin {
    /// The file's path as given.
    pub path: String,
    /// The file's text.
    pub text: Arc<str>,
    /// The span of the policy's code label.
    pub code_span: Range<usize>,
}

impl fmt::Debug for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Policy")
            .field("code", &self.meta.code)
            .field("path", &self.origin.path)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Policy {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Policy {}

impl Policy {
    /// A configuration error about this policy, pointing at its code.
    #[must_use]
    pub fn error_at_code(&self, message: String) -> PolicyError {
        PolicyError::new(
            &self.origin.path,
            &self.origin.text,
            self.origin.code_span.clone(),
            message,
        )
    }
}

/// The built-in policies compiled into the binary, all of them loaded on first
/// use (`rules`, `explain`, SARIF, rule lookups). A lint run loads only
/// those of the module's resource types: [`builtin_for_types`].
#[must_use]
pub fn builtin() -> &'static [&'static Policy] {
    pack::all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        for (path, text) in BUILTIN_FILES {
            let policies = parse_file(text, path).map_err(|e| e.to_string());
            assert!(
                policies.as_ref().is_ok_and(|p| !p.is_empty()),
                "{path}: {policies:?}"
            );
        }
        assert!(builtin().len() >= 2);
        builtin_docs_match();
        for policy in builtin() {
            assert!(
                policy.meta.docs().contains("## What it does"),
                "{}",
                policy.meta.code
            );
            assert!(
                policy.meta.docs().contains("## Provider defaults"),
                "{}",
                policy.meta.code
            );
        }
    }

    /// The docs kept as written (byte ranges of the files) are, dedented,
    /// those the HCL parse gives.
    fn builtin_docs_match() {
        let mut count = 0;
        for (path, text) in BUILTIN_FILES {
            let parsed = parse_file(text, path).map_err(|e| e.to_string());
            for full in parsed.iter().flatten() {
                let fast = builtin()
                    .iter()
                    .find(|p| p.meta.code == full.meta.code)
                    .map(|p| p.meta.docs());
                assert_eq!(fast, Some(full.meta.docs()), "{}", full.meta.code);
                count += 1;
            }
        }
        assert_eq!(count, builtin().len());
    }
}
