//! ## What it does
//! Reports IAM policy statements that allow `Action "*"` (or `"*:*"`) on
//! `Resource "*"`, whether the policy is written with `jsonencode`, as heredoc
//! or string JSON in `aws_iam_policy`, `aws_iam_role_policy`,
//! `aws_iam_user_policy`, `aws_iam_group_policy` and `aws_iam_role`
//! `inline_policy`, or as a `data "aws_iam_policy_document"` statement.
//! Statements with `Deny`, `NotAction` or unknown values are not reported.
//!
//! ## Why is this bad?
//! A full-admin grant turns any compromise of the principal into a compromise
//! of the whole account, and defeats least privilege.
//!
//! ## Example
//! ```hcl
//! resource "aws_iam_policy" "admin" {
//!   policy = jsonencode({
//!     Version = "2012-10-17"
//!     Statement = [{
//!       Effect   = "Allow"
//!       Action   = "*"
//!       Resource = "*"
//!     }]
//!   })
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_iam_policy" "read_logs" {
//!   policy = jsonencode({
//!     Version = "2012-10-17"
//!     Statement = [{
//!       Effect   = "Allow"
//!       Action   = ["logs:GetLogEvents", "logs:FilterLogEvents"]
//!       Resource = "arn:aws:logs:eu-west-1:123456789012:log-group:/app:*"
//!     }]
//!   })
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_62`, `CKV_AWS_1`; Trivy `AWS-0057`.
//!

use crate::rule::{Ctx, Rule};

const MESSAGE: &str = "policy allows every action on every resource";

/// DFL501
pub(crate) struct IamPolicyFullAdmin;

impl Rule for IamPolicyFullAdmin {
    fn help(&self) -> &'static str {
        "grant only the actions and resources the principal needs"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_statements(cx, &|s| {
            let admin = s.grants()
                && s.on_any_resource()
                && s.actions
                    .as_ref()
                    .is_some_and(|a| a.iter().any(|a| a == "*" || a == "*:*"));
            admin.then(|| MESSAGE.to_owned())
        });
    }
}
