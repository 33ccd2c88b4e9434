//! ## What it does
//! Reports IAM policy statements that allow, on `Resource "*"` and without
//! a `Condition`, an action that changes something (any action whose verb
//! is not a read: `Get`, `List`, `Describe`, ...), or one that reads
//! secrets or data (`s3:GetObject`, `secretsmanager:GetSecretValue`,
//! `ssm:GetParameter*`, `kms:Decrypt`, and `lambda:GetFunction*`, which
//! return the function's environment variables). Wildcards such as `ec2:*` or
//! `s3:Put*` count. A few actions that AWS cannot restrict to a resource
//! (`cloudwatch:PutMetricData`, `xray:PutTraceSegments`, ...) are exempt.
//! Documents are those of DFL501; `*` on `*` is DFL501's, and statements
//! with `Deny` or unknown values are not reported.
//!
//! ## Why is this bad?
//! The principal may change or exfiltrate every resource of the service in
//! the account, not only the ones its workload owns: a compromise spreads
//! as far as the account goes.
//!
//! ## Provider defaults
//! None: hashicorp/aws passes policy documents through unchanged.
//!
//! ## Example
//! ```hcl
//! data "aws_iam_policy_document" "app" {
//!   statement {
//!     actions   = ["sqs:SendMessage"]
//!     resources = ["*"]
//!   }
//! }
//! ```
//!
//! Use instead:
//! ```hcl
//! data "aws_iam_policy_document" "app" {
//!   statement {
//!     actions   = ["sqs:SendMessage"]
//!     resources = [aws_sqs_queue.jobs.arn]
//!   }
//! }
//! ```
//!
//! ## References
//! Checkov `CKV_AWS_290`, `CKV_AWS_288`, `CKV_AWS_287`, `CKV_AWS_355`,
//! `CKV_AWS_111`; Trivy `AWS-0057`.
//!

use crate::rule::{Ctx, Rule};

/// Verbs of actions that only read metadata.
const READ_VERBS: &[&str] = &[
    "Get", "List", "Describe", "BatchGet", "Head", "Lookup", "Search", "Query", "Scan", "Select",
    "View", "Check", "Validate", "Estimate", "Preview", "Filter", "Test", "Simulate",
];

/// Reads that expose data or secrets, reported like writes.
const SENSITIVE_READS: &[&str] = &[
    "s3:GetObject",
    "secretsmanager:GetSecretValue",
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
    "kms:Decrypt",
    "lambda:GetFunction",
    "lambda:GetFunctionConfiguration",
];

/// Writes that AWS cannot restrict to a resource: `Resource "*"` is the
/// only way to grant them.
const UNSCOPABLE: &[&str] = &[
    "cloudwatch:PutMetricData",
    "xray:PutTraceSegments",
    "xray:PutTelemetryRecords",
    "ec2:CreateNetworkInterface",
    "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses",
];

/// `true` when an action (or pattern) may change something or read data.
fn is_write(action: &str) -> bool {
    let Some((_, name)) = action.split_once(':') else {
        return action == "*";
    };
    if UNSCOPABLE.iter().any(|u| u.eq_ignore_ascii_case(action)) {
        return false;
    }
    if SENSITIVE_READS
        .iter()
        .any(|r| crate::model::iam::action_matches(action, r))
    {
        return true;
    }
    // A wildcard name (`*`, `Put*`, `*Object`) matches writes unless it only
    // extends a read verb (`Get*`, `Describe*`).
    !READ_VERBS
        .iter()
        .any(|verb| name.len() >= verb.len() && name[..verb.len()].eq_ignore_ascii_case(verb))
}

/// DFL504
pub(crate) struct IamUnconstrainedWrite;

impl Rule for IamUnconstrainedWrite {
    fn help(&self) -> &'static str {
        "name the resources (ARNs) the principal needs, or add a Condition"
    }

    fn check(&self, cx: &mut Ctx<'_, '_>) {
        super::report_statements(cx, &|s| {
            let actions = s.actions_on_any_resource()?;
            let write = actions.iter().find(|a| is_write(a))?;
            Some(format!("policy allows `{write}` on every resource"))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::is_write;

    #[test]
    fn writes_and_reads() {
        assert!(is_write("s3:PutObject"));
        assert!(is_write("s3:*"));
        assert!(is_write("s3:Put*"));
        assert!(is_write("s3:GetObject"));
        assert!(is_write("s3:Get*"));
        assert!(is_write("ssm:GetParameters"));
        assert!(is_write("lambda:Get*"));
        assert!(!is_write("ec2:DescribeInstances"));
        assert!(!is_write("ec2:Describe*"));
        assert!(!is_write("s3:ListBucket"));
        assert!(!is_write("cloudwatch:PutMetricData"));
        assert!(!is_write("logs:GetLogEvents"));
    }
}
