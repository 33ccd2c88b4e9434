//! ## What it does
//! Reports IAM policy statements that allow every action of a service
//! (`s3:*`, `iam:*`), or every action (`*`) on specific resources, in the
//! same policy documents as DFL501 (`aws_iam_policy`, `aws_iam_role_policy`,
//! `aws_iam_user_policy`, `aws_iam_group_policy`, `aws_iam_role`
//! `inline_policy`, `data "aws_iam_policy_document"`), written with
//! `jsonencode`, as heredoc or string JSON. `*` on `*` is DFL501's. An
//! `Allow` with `NotAction` on `Resource "*"` grants every other action and
//! is reported too. Statements with `Deny` or unknown values are not.
//!
//! ## Why is this bad?
//! A service-wide wildcard grants today's and tomorrow's actions of the
//! service, including its administrative ones (`s3:PutBucketPolicy`,
//! `kms:ScheduleKeyDeletion`, `iam:*` is account takeover): far more than a
//! workload needs.
//!
//! ## Provider defaults
//! None: hashicorp/aws passes policy documents through unchanged.
//!
//! ## Example
//! ```hcl
//! resource "aws_iam_policy" "app" {
//!   policy = jsonencode({
//!     Version = "2012-10-17"
//!     Statement = [{
//!       Effect   = "Allow"
//!       Action   = "s3:*"
//!       Resource = "arn:aws:s3:::app-data/*"
//!     }]
//!   })
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_iam_policy" "app" {
//!   policy = jsonencode({
//!     Version = "2012-10-17"
//!     Statement = [{
//!       Effect   = "Allow"
//!       Action   = ["s3:GetObject", "s3:PutObject"]
//!       Resource = "arn:aws:s3:::app-data/*"
//!     }]
//!   })
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_63`, `CKV2_AWS_40`, `CKV_AWS_289`; Trivy `AWS-0057`.
//!

use crate::rule::{Ctx, Rule};

/// DFL502
pub(crate) struct IamWildcardAction;

impl Rule for IamWildcardAction {
    fn help(&self) -> &'static str {
        "list the actions the principal needs instead of a wildcard"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_statements(cx, &|s| {
            if !s.grants() {
                return None;
            }
            if s.not_action && s.on_any_resource() {
                return Some(
                    "policy allows every action but those in NotAction, on every resource"
                        .to_owned(),
                );
            }
            let actions = s.actions.as_ref()?;
            let admin = s.on_any_resource() && actions.iter().any(|a| a == "*" || a == "*:*");
            if admin {
                return None;
            }
            let wildcard = actions.iter().find(|a| *a == "*" || a.ends_with(":*"))?;
            Some(match wildcard.split_once(':') {
                Some((service, _)) => {
                    format!("policy allows every `{service}` action (`{wildcard}`)")
                }
                None => "policy allows every action on these resources".to_owned(),
            })
        });
    }
}
