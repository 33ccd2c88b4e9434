//! ## What it does
//! Reports firewall rules that let the whole internet (`0.0.0.0/0`, `::/0`, and
//! for Azure `*`, `Internet`, `Any`) reach every port: AWS protocol `-1`/`all`
//! or a 0-65535 range, Azure `*` port ranges, GCP `all` or port-less rules. It
//! covers `aws_security_group` (and `aws_default_security_group`) inline rules,
//! `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`,
//! `azurerm_network_security_group` inline rules,
//! `azurerm_network_security_rule` and `google_compute_firewall`. A rule whose
//! source or ports are unknown is not reported.
//!
//! ## Why is this bad?
//! Every service on the instance, including ones never meant to be public,
//! becomes reachable from the internet.
//!
//! ## Example
//! ```hcl
//! resource "aws_security_group" "web" {
//!   ingress {
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
//! resource "aws_security_group" "web" {
//!   ingress {
//!     protocol    = "tcp"
//!     from_port   = 443
//!     to_port     = 443
//!     cidr_blocks = ["0.0.0.0/0"]
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_277`, `CKV2_GCP_12`; Trivy `AWS-0107`, `AZU-0047`, `GCP-0027`.
//!

use crate::rule::{Ctx, Rule};

/// DFL201
pub(crate) struct IngressAllPortsPublic;

impl Rule for IngressAllPortsPublic {
    fn help(&self) -> &'static str {
        "restrict the source to known networks, or open only the ports the service needs"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_class(cx, &|class, _| {
            (class == super::Class::AllPorts).then(|| "all ports".to_owned())
        });
    }
}
