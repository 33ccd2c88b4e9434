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

use crate::model::Mode;
use crate::rule::{Ctx, Rule};
use crate::value::Value;

const MESSAGE: &str = "policy allows every action on every resource";

const POLICY_RESOURCES: &[&str] = &[
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "aws_iam_role",
];

/// `true` when a known string or list contains the full wildcard.
fn has_wildcard(value: &Value, action: bool) -> bool {
    value
        .string_list()
        .is_some_and(|items| items.iter().any(|s| s == "*" || (action && s == "*:*")))
}

/// `true` when a policy document (JSON text or object) has an admin statement.
fn document_is_admin(value: &Value) -> bool {
    let parsed;
    let doc = match value {
        Value::String(text) => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(json) => {
                parsed = Value::from_json(&json);
                &parsed
            }
            Err(_) => return false,
        },
        other => other,
    };
    let Some(statements) = doc.as_object().and_then(|d| d.get("Statement")) else {
        return false;
    };
    let statements: Vec<&Value> = match statements {
        Value::List(items) => items.iter().collect(),
        single => vec![single],
    };
    statements.into_iter().any(|s| {
        let Some(s) = s.as_object() else { return false };
        let allow = s.get("Effect").and_then(Value::as_str) == Some("Allow");
        let action = s.get("Action").is_some_and(|a| has_wildcard(a, true));
        let resource = s.get("Resource").is_some_and(|r| has_wildcard(r, false));
        allow && action && resource
    })
}

/// DFL501
pub(crate) struct IamPolicyFullAdmin;

impl Rule for IamPolicyFullAdmin {
    fn help(&self) -> &'static str {
        "grant only the actions and resources the principal needs"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        let module = cx.module;
        for decl in &module.items.resources {
            match (decl.mode, decl.rtype) {
                (Mode::Data, "aws_iam_policy_document") => {
                    for node in module.instances(decl) {
                        for statement in node.blocks("statement") {
                            let effect = statement.value("effect");
                            let allow = match effect.as_ref() {
                                None | Some(Value::Null) => true,
                                Some(v) => v.as_str() == Some("Allow"),
                            };
                            let (Some(actions), Some(resources)) =
                                (statement.value("actions"), statement.value("resources"))
                            else {
                                continue;
                            };
                            if allow
                                && has_wildcard(&actions, true)
                                && has_wildcard(&resources, false)
                            {
                                cx.report_resource(
                                    decl,
                                    statement.span.clone(),
                                    MESSAGE.to_owned(),
                                );
                            }
                        }
                    }
                }
                (Mode::Managed, rtype) if POLICY_RESOURCES.contains(&rtype) => {
                    for node in module.instances(decl) {
                        let mut policies: Vec<crate::model::Attr<'_>> =
                            node.attr("policy").into_iter().collect();
                        for inline in node.blocks("inline_policy") {
                            policies.extend(inline.attr("policy"));
                        }
                        for policy in policies {
                            if document_is_admin(&policy.value) {
                                cx.report_resource(decl, policy.span, MESSAGE.to_owned());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}
