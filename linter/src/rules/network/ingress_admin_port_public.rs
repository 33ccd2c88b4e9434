//! ## What it does
//! Reports firewall rules (every form listed in DFL201) that let the internet
//! reach SSH (TCP 22) or RDP (TCP and UDP 3389). Port ranges are intervals,
//! so `0-1024` covers 22.
//!
//! The protocol counts: names and IANA numbers (`tcp`/`6`, `udp`/`17`) and
//! "every protocol" (AWS `-1`/`all`, Azure `*`, GCP `all`) are read. SSH
//! listens on TCP only, so UDP 22 is not SSH (it is still a port open to the
//! internet, DFL204); RDP 8.0+ also carries sessions over UDP 3389. ICMP and
//! other portless protocols reach no port; SCTP reaches no admin service.
//!
//! ## Why is this bad?
//! Internet-facing SSH and RDP are brute-forced within minutes of exposure and
//! are a leading initial-access vector.
//!
//! ## Example
//! ```hcl
//! resource "aws_vpc_security_group_ingress_rule" "ssh" {
//!   security_group_id = aws_security_group.bastion.id
//!   cidr_ipv4         = "0.0.0.0/0"
//!   ip_protocol       = "tcp"
//!   from_port         = 22
//!   to_port           = 22
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_vpc_security_group_ingress_rule" "ssh" {
//!   security_group_id = aws_security_group.bastion.id
//!   cidr_ipv4         = "203.0.113.0/24"
//!   ip_protocol       = "tcp"
//!   from_port         = 22
//!   to_port           = 22
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_24`, `CKV_AWS_25`, `CKV_AZURE_9`, `CKV_AZURE_10`, `CKV_GCP_2`, `CKV_GCP_3`; Trivy `AWS-0107`.
//!

use crate::rule::{Ctx, Rule};

/// DFL202
pub(crate) struct IngressAdminPortPublic;

impl Rule for IngressAdminPortPublic {
    fn help(&self) -> &'static str {
        "allow SSH/RDP only from a VPN or bastion range, or use SSM Session Manager / IAP"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_class(cx, &|class, _| match class {
            super::Class::Admin(port) => Some(format!("admin port {port}")),
            _ => None,
        });
    }
}
