//! ## What it does
//! Reports AWS security group egress and GCP egress firewall rules that allow
//! all protocols and ports to `0.0.0.0/0` or `::/0`. Its default severity is
//! low: configure it off, or raise it, to match your policy.
//!
//! ## Why is this bad?
//! Unrestricted egress lets a compromised workload download tooling and
//! exfiltrate data to anywhere.
//!
//! ## Example
//! ```hcl
//! resource "aws_security_group" "app" {
//!   egress {
//!     protocol    = "-1"
//!     from_port   = 0
//!     to_port     = 0
//!     cidr_blocks = ["0.0.0.0/0"]
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_security_group" "app" {
//!   egress {
//!     protocol    = "tcp"
//!     from_port   = 443
//!     to_port     = 443
//!     cidr_blocks = ["0.0.0.0/0"]
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_382`; Trivy `AWS-0104`.
//!

use crate::rule::{Ctx, Rule};

/// DFL205
pub(crate) struct EgressUnrestricted;

impl Rule for EgressUnrestricted {
    fn help(&self) -> &'static str {
        "limit egress to the ports and destinations the workload needs"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for exposure in module.exposures() {
            if exposure.direction == super::Direction::Egress
                && exposure.ports == crate::model::exposure::Ports::All
            {
                let message = format!(
                    "egress to `{}` is allowed on all ports and protocols",
                    exposure.source
                );
                cx.report_resource(&exposure.decl, exposure.span.clone(), message);
            }
        }
    }
}
