//! ## What it does
//! With `suppressions { require_reason = true }` in the configuration,
//! reports an inline suppression that gives no reason. Such a suppression
//! does not suppress anything. The reason is the free text after the rule
//! list (and after `until=...`); for Checkov it is the text after
//! `checkov:skip=ID:`, for tflint the text after a second `#`. Trivy and
//! tfsec comments have no place for a reason, so under this policy they
//! never suppress.
//!
//! ## Why is this bad?
//! An exception without a reason cannot be reviewed: nobody can tell later
//! whether it still applies or who decided it.
//!
//! ## Example
//! ```hcl
//! # devopsflow-lint:ignore[DFL204]
//! resource "aws_security_group_rule" "health" {
//!   type        = "ingress"
//!   from_port   = 8081
//!   to_port     = 8081
//!   protocol    = "tcp"
//!   cidr_blocks = ["0.0.0.0/0"]
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! # devopsflow-lint:ignore[DFL204] the load balancer health check must reach this port
//! resource "aws_security_group_rule" "health" {
//!   type        = "ingress"
//!   from_port   = 8081
//!   to_port     = 8081
//!   protocol    = "tcp"
//!   cidr_blocks = ["0.0.0.0/0"]
//! }
//! ```
//!

use crate::rule::{Ctx, Rule};

/// DFL902
pub(crate) struct SuppressionWithoutReason;

impl Rule for SuppressionWithoutReason {
    fn help(&self) -> &'static str {
        "write why the finding is acceptable after the rule list"
    }

    fn check(&self, _cx: &mut Ctx<'_, '_>) {}
}
