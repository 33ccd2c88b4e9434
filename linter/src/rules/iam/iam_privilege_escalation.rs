//! ## What it does
//! Reports IAM policy statements that allow, on `Resource "*"`, an action
//! with which a principal can grant itself more permissions: changing
//! policies (`iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`,
//! `iam:Attach*Policy`, `iam:Put*Policy`), passing any role to a service
//! (`iam:PassRole`), acting as other users (`iam:CreateAccessKey`,
//! `iam:CreateLoginProfile`, `iam:UpdateLoginProfile`,
//! `iam:AddUserToGroup`), or changing who may assume a role
//! (`iam:UpdateAssumeRolePolicy`). Wildcards that match one (`iam:*`,
//! `iam:Put*`, `*`) count. Documents are those of DFL501; statements with
//! `Deny`, a `Condition`, or unknown values are not reported.
//!
//! ## Why is this bad?
//! Whoever holds one of these actions on every resource can make itself an
//! administrator, so the policy is worth no less than `AdministratorAccess`.
//!
//! ## Provider defaults
//! None: hashicorp/aws passes policy documents through unchanged.
//!
//! ## Example
//! ```hcl
//! data "aws_iam_policy_document" "deployer" {
//!   statement {
//!     actions   = ["iam:PassRole", "ecs:UpdateService"]
//!     resources = ["*"]
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! data "aws_iam_policy_document" "deployer" {
//!   statement {
//!     actions   = ["iam:PassRole"]
//!     resources = [aws_iam_role.task.arn]
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_286`, `CKV_AWS_110`; Rhino Security Labs, "AWS IAM
//! privilege escalation methods".
//!

use crate::model::iam::action_matches;
use crate::rule::{Ctx, Rule};

/// Actions that let a principal raise its own permissions.
const ESCALATION: &[&str] = &[
    "iam:AddUserToGroup",
    "iam:AttachGroupPolicy",
    "iam:AttachRolePolicy",
    "iam:AttachUserPolicy",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:CreatePolicyVersion",
    "iam:PassRole",
    "iam:PutGroupPolicy",
    "iam:PutRolePolicy",
    "iam:PutUserPolicy",
    "iam:SetDefaultPolicyVersion",
    "iam:UpdateAssumeRolePolicy",
    "iam:UpdateLoginProfile",
];

/// DFL503
pub(crate) struct IamPrivilegeEscalation;

impl Rule for IamPrivilegeEscalation {
    fn help(&self) -> &'static str {
        "scope these actions to the roles, users and policies concerned, or add a Condition"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_statements(cx, &|s| {
            let actions = s.actions_on_any_resource()?;
            let escalation = ESCALATION
                .iter()
                .find(|e| actions.iter().any(|a| action_matches(a, e)))?;
            Some(format!(
                "policy allows `{escalation}` on every resource, which can escalate privileges"
            ))
        });
    }
}
