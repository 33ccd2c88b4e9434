//! ## What it does
//! Reports policy statements that allow any principal (`Principal "*"` or
//! `{ AWS = "*" }`, `principals { type = "AWS", identifiers = ["*"] }`)
//! without a `Condition`: resource policies of S3 buckets, SQS queues, SNS
//! topics, KMS keys, ECR repositories, Secrets Manager secrets, EFS file
//! systems, Glacier vaults and OpenSearch/Elasticsearch domains; roles'
//! trust policies (`assume_role_policy`); `aws_iam_policy_document`
//! statements; and `aws_lambda_permission` with `principal = "*"` and no
//! `source_arn`/`source_account`. Unknown values are not reported.
//!
//! ## Why is this bad?
//! Anyone with an AWS account, or anyone at all, gets the statement's
//! actions: public data, a queue anyone can flood, a role any account can
//! assume.
//!
//! ## Provider defaults
//! None: hashicorp/aws passes policy documents through unchanged.
//!
//! ## Example
//! ```hcl
//! resource "aws_sqs_queue_policy" "jobs" {
//!   queue_url = aws_sqs_queue.jobs.id
//!   policy = jsonencode({
//!     Version = "2012-10-17"
//!     Statement = [{
//!       Effect    = "Allow"
//!       Principal = "*"
//!       Action    = "sqs:SendMessage"
//!       Resource  = aws_sqs_queue.jobs.arn
//!     }]
//!   })
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! resource "aws_sqs_queue_policy" "jobs" {
//!   queue_url = aws_sqs_queue.jobs.id
//!   policy = jsonencode({
//!     Version = "2012-10-17"
//!     Statement = [{
//!       Effect    = "Allow"
//!       Principal = { Service = "sns.amazonaws.com" }
//!       Action    = "sqs:SendMessage"
//!       Resource  = aws_sqs_queue.jobs.arn
//!       Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.events.arn } }
//!     }]
//!   })
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_33`, `CKV_AWS_70`, `CKV_AWS_72`, `CKV_AWS_168`,
//! `CKV_AWS_169`, `CKV_AWS_32`, `CKV_AWS_60`, `CKV_AWS_61`, `CKV_AWS_301`;
//! Trivy `AWS-0066`.
//!

use crate::model::Mode;
use crate::model::iam::DocumentKind;
use crate::rule::{Ctx, Rule};

/// DFL505
pub(crate) struct PolicyPublicPrincipal;

impl Rule for PolicyPublicPrincipal {
    fn help(&self) -> &'static str {
        "name the principals, or add a Condition (aws:SourceArn, aws:PrincipalOrgID, ...)"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_statements(cx, &|s| {
            if !s.allows() || s.conditioned || s.public != Some(true) {
                return None;
            }
            Some(
                match s.kind {
                    DocumentKind::Trust => "any AWS account may assume this role",
                    _ => "policy allows any principal",
                }
                .to_owned(),
            )
        });
        let module = cx.module;
        for decl in &module.items.resources {
            if decl.mode != Mode::Managed || decl.rtype != "aws_lambda_permission" {
                continue;
            }
            for node in module.instances(decl) {
                let Some(principal) = node.attr("principal") else {
                    continue;
                };
                let scoped = ["source_arn", "source_account", "principal_org_id"]
                    .iter()
                    .any(|a| {
                        node.value(a)
                            .is_some_and(|v| !matches!(v, crate::value::Value::Null))
                    });
                if principal.value.as_str() == Some("*") && !scoped {
                    cx.report_resource(
                        decl,
                        principal.span,
                        "any principal may invoke this function".to_owned(),
                    );
                }
            }
        }
    }
}
