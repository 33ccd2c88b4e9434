//! ## What it does
//! Checks that HTTPS and TLS listeners (`aws_lb_listener`, `aws_alb_listener`)
//! use an `ssl_policy` that only allows TLS 1.2 or later
//! (`ELBSecurityPolicy-TLS13-1-2-*`, `ELBSecurityPolicy-TLS-1-2-*`,
//! `ELBSecurityPolicy-FS-1-2-*`). An absent or unknown policy is not reported.
//!
//! ## Why is this bad?
//! TLS 1.0 and 1.1 are deprecated (RFC 8996) and allow downgrade attacks.
//!
//! ## Example
//! ```hcl
//! resource "aws_lb_listener" "web" {
//!   protocol   = "HTTPS"
//!   ssl_policy = "ELBSecurityPolicy-2016-08"
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_lb_listener" "web" {
//!   protocol   = "HTTPS"
//!   ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_103`; Trivy `AWS-0047`.
//!

use crate::rule::{Ctx, Rule};

/// DFL118
pub(crate) struct LbListenerOutdatedTlsPolicy;

impl Rule for LbListenerOutdatedTlsPolicy {
    fn help(&self) -> &'static str {
        "use ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\" or another TLS 1.2+ policy"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for rtype in ["aws_lb_listener", "aws_alb_listener"] {
            for decl in module.items.of_type(rtype) {
                for node in module.instances(decl) {
                    let Some(attr) = node.attr("ssl_policy") else {
                        continue;
                    };
                    let Some(policy) = attr.value.as_str() else {
                        continue;
                    };
                    let modern = ["TLS13-1-2", "TLS13-1-3", "TLS-1-2", "FS-1-2"]
                        .iter()
                        .any(|m| policy.contains(m));
                    if !modern && !policy.is_empty() {
                        cx.report_resource(
                            decl,
                            attr.span,
                            format!("listener policy `{policy}` allows TLS versions before 1.2"),
                        );
                    }
                }
            }
        }
    }
}
