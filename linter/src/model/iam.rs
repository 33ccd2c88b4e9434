//! AWS IAM policy statements, computed once per module and shared by the
//! `DFL5xx` rules: every policy document a module writes (JSON text,
//! `jsonencode(...)`, heredoc, or a `data "aws_iam_policy_document"`
//! statement) turned into [`Statement`]s, with what the document is for
//! (an identity policy, a role's trust policy, a resource policy).

use std::ops::Range;

use hcl_edit::expr::Expression;

use super::{Attr, Mode, ModuleCtx, Node, ResourceDecl};
use crate::value::Value;

/// What a policy document is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocumentKind {
    /// A policy of a user, group or role (`aws_iam_policy`, ...).
    Identity,
    /// A role's `assume_role_policy`.
    Trust,
    /// A policy on a resource (bucket, queue, topic, key, ...).
    Resource,
    /// An `aws_iam_policy_document` data source, which may be any of these.
    Document,
}

/// One statement of a policy document. Lists are `None` when unknown.
#[derive(Debug, Clone)]
pub(crate) struct Statement<'w> {
    /// The resource or data source that writes it.
    pub decl: ResourceDecl<'w>,
    /// What the document is for.
    pub kind: DocumentKind,
    /// Where findings point: the policy attribute or the statement block.
    pub span: Range<usize>,
    /// `Effect = "Allow"` (the default of a policy document's statements);
    /// `None` when unknown.
    pub allow: Option<bool>,
    /// `Action` patterns; `None` when unknown or absent (`NotAction`).
    pub actions: Option<Vec<String>>,
    /// `true` when the statement lists `NotAction` (everything else).
    pub not_action: bool,
    /// `Resource` patterns; `None` when unknown or absent (`NotResource`).
    pub resources: Option<Vec<String>>,
    /// `true` when the statement names principals (a resource or trust
    /// policy statement).
    pub principals: bool,
    /// `true` when the statement has a `Principal` anyone matches (`"*"`
    /// or `{ AWS = "*" }`); `None` when unknown.
    pub public: Option<bool>,
    /// `true` when the statement has a `Condition`.
    pub conditioned: bool,
}

impl Statement<'_> {
    /// `true` when the statement surely allows.
    pub(crate) fn allows(&self) -> bool {
        self.allow == Some(true)
    }

    /// `true` for an allowing statement of an identity policy (or of a
    /// policy document without principals), what the grant rules judge.
    pub(crate) fn grants(&self) -> bool {
        matches!(self.kind, DocumentKind::Identity | DocumentKind::Document)
            && !self.principals
            && self.allows()
    }

    /// The actions of an unconditioned grant on `Resource "*"`, unless one
    /// of them is `*` itself (full admin, DFL501's finding).
    pub(crate) fn actions_on_any_resource(&self) -> Option<&[String]> {
        if !self.grants() || self.conditioned || !self.on_any_resource() {
            return None;
        }
        let actions = self.actions.as_deref()?;
        (!actions.iter().any(|a| a == "*" || a == "*:*")).then_some(actions)
    }

    /// `true` when a known `Resource` includes the full wildcard.
    pub(crate) fn on_any_resource(&self) -> bool {
        self.resources
            .as_ref()
            .is_some_and(|r| r.iter().any(|s| s == "*"))
    }
}

/// Managed resources whose `policy`-like attribute is a resource policy.
const RESOURCE_POLICIES: &[(&str, &str)] = &[
    ("aws_s3_bucket_policy", "policy"),
    ("aws_s3_bucket", "policy"),
    ("aws_sqs_queue_policy", "policy"),
    ("aws_sqs_queue", "policy"),
    ("aws_sns_topic_policy", "policy"),
    ("aws_sns_topic", "policy"),
    ("aws_kms_key", "policy"),
    ("aws_ecr_repository_policy", "policy"),
    ("aws_secretsmanager_secret_policy", "policy"),
    ("aws_secretsmanager_secret", "policy"),
    ("aws_efs_file_system_policy", "policy"),
    ("aws_glacier_vault", "access_policy"),
    ("aws_elasticsearch_domain", "access_policies"),
    ("aws_elasticsearch_domain_policy", "access_policies"),
    ("aws_opensearch_domain", "access_policies"),
    ("aws_opensearch_domain_policy", "access_policies"),
];

/// Managed resources whose `policy` attribute is an identity policy.
const IDENTITY_POLICIES: &[&str] = &[
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
];

/// Every statement of every policy document of the module's resources and
/// `aws_iam_policy_document` data sources, all instances included.
pub(crate) fn collect<'w>(module: &ModuleCtx<'w>) -> Vec<Statement<'w>> {
    let mut out = Vec::new();
    for decl in &module.items.resources {
        match (decl.mode, decl.rtype) {
            (Mode::Data, "aws_iam_policy_document") => {
                for node in module.instances(decl) {
                    for block in node.blocks("statement") {
                        out.push(block_statement(decl, &block));
                    }
                }
            }
            (Mode::Managed, rtype) => {
                let mut attrs: Vec<(&str, DocumentKind)> = Vec::new();
                if IDENTITY_POLICIES.contains(&rtype) {
                    attrs.push(("policy", DocumentKind::Identity));
                }
                if rtype == "aws_iam_role" {
                    attrs.push(("assume_role_policy", DocumentKind::Trust));
                }
                attrs.extend(
                    RESOURCE_POLICIES
                        .iter()
                        .filter(|(t, _)| *t == rtype)
                        .map(|(_, a)| (*a, DocumentKind::Resource)),
                );
                if attrs.is_empty() {
                    continue;
                }
                for node in module.instances(decl) {
                    for (name, kind) in &attrs {
                        if let Some(attr) = node.attr(name) {
                            let value = document(&node, &attr);
                            json_statements(decl, *kind, &value, &attr.span, &mut out);
                        }
                    }
                    if rtype == "aws_iam_role" {
                        for inline in node.blocks("inline_policy") {
                            if let Some(attr) = inline.attr("policy") {
                                let value = document(&inline, &attr);
                                json_statements(
                                    decl,
                                    DocumentKind::Identity,
                                    &value,
                                    &attr.span,
                                    &mut out,
                                );
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A policy attribute's document: for `jsonencode(OBJECT)`, the object
/// itself, so that one unknown value (an account ID from a data source)
/// leaves the rest of the document readable; otherwise the attribute's value.
fn document(node: &Node<'_, '_>, attr: &Attr<'_>) -> Value {
    if let Expression::FuncCall(call) = attr.expr
        && call.name.name.value().as_str() == "jsonencode"
        && !call.name.is_namespaced()
        && let [arg] = call.args.iter().collect::<Vec<_>>().as_slice()
    {
        return node.eval(arg);
    }
    attr.value.clone()
}

/// The known strings of a string or list (unknown elements left out, so
/// what is found is certain); `None` for an unknown or other value.
fn strings(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::String(s) => Some(vec![s.clone()]),
        Value::List(items) => Some(items.iter().filter_map(Value::to_string_value).collect()),
        _ => None,
    }
}

/// A statement of an `aws_iam_policy_document`.
fn block_statement<'w>(decl: &ResourceDecl<'w>, block: &Node<'w, '_>) -> Statement<'w> {
    let allow = match block.value("effect") {
        None | Some(Value::Null) => Some(true),
        Some(v) => v.as_str().map(|e| e == "Allow"),
    };
    let list = |name: &str| block.value(name).as_ref().and_then(strings);
    let mut public = Some(false);
    for principals in block.blocks("principals") {
        let kind = principals.value("type");
        let ids = principals.value("identifiers");
        let (Some(kind), Some(ids)) = (kind, ids) else {
            continue;
        };
        match (kind.as_str(), strings(&ids)) {
            (Some("AWS" | "*"), Some(ids)) => {
                if ids.iter().any(|i| i == "*") {
                    public = Some(true);
                }
            }
            (Some(_), Some(_)) => {}
            _ => {
                if public == Some(false) {
                    public = None;
                }
            }
        }
        if principals.uncertain && public == Some(false) {
            public = None;
        }
    }
    Statement {
        decl: *decl,
        kind: DocumentKind::Document,
        span: block.span.clone(),
        allow,
        actions: list("actions"),
        not_action: block.value("not_actions").is_some(),
        resources: list("resources"),
        principals: !block.blocks("principals").is_empty(),
        public,
        conditioned: !block.blocks("condition").is_empty(),
    }
}

/// The statements of a policy document given as JSON text or an object.
fn json_statements<'w>(
    decl: &ResourceDecl<'w>,
    kind: DocumentKind,
    value: &Value,
    span: &Range<usize>,
    out: &mut Vec<Statement<'w>>,
) {
    let parsed;
    let doc = match value {
        Value::String(text) => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(json) => {
                parsed = Value::from_json(&json);
                &parsed
            }
            Err(_) => return,
        },
        other => other,
    };
    let Some(statements) = doc.as_object().and_then(|d| d.get("Statement")) else {
        return;
    };
    let statements: Vec<&Value> = match statements {
        Value::List(items) => items.iter().collect(),
        single => vec![single],
    };
    for s in statements {
        let Some(s) = s.as_object() else { continue };
        let list = |key: &str| s.get(key).and_then(strings);
        out.push(Statement {
            decl: *decl,
            kind,
            span: span.clone(),
            allow: s
                .get("Effect")
                .and_then(Value::as_str)
                .map(|e| e == "Allow"),
            actions: list("Action"),
            not_action: s.contains_key("NotAction"),
            resources: list("Resource"),
            principals: s.contains_key("Principal"),
            public: s.get("Principal").map_or(Some(false), principal_is_public),
            conditioned: s
                .get("Condition")
                .is_some_and(|c| !matches!(c, Value::Null)),
        });
    }
}

/// Whether a JSON `Principal` lets anyone in: `"*"`, or `"*"` among the
/// `AWS` identifiers. `None` when unknown.
fn principal_is_public(principal: &Value) -> Option<bool> {
    match principal {
        Value::String(s) => Some(s == "*"),
        Value::Object(map) => match map.get("AWS") {
            None => Some(false),
            Some(aws) => strings(aws).map(|ids| ids.iter().any(|i| i == "*")),
        },
        Value::Unknown => None,
        _ => Some(false),
    }
}

/// `true` when an IAM action pattern (`s3:Get*`, `*`) matches an action
/// (`s3:GetObject`); IAM matches case-insensitively.
pub(crate) fn action_matches(pattern: &str, action: &str) -> bool {
    glob(
        pattern.to_ascii_lowercase().as_bytes(),
        action.to_ascii_lowercase().as_bytes(),
    )
}

/// `*` matches any run of characters, `?` one character.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|i| glob(rest, &text[i..])),
        Some((b'?', rest)) => !text.is_empty() && glob(rest, &text[1..]),
        Some((c, rest)) => text.first() == Some(c) && glob(rest, &text[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_match_case_insensitively_with_wildcards() {
        assert!(action_matches("*", "iam:PassRole"));
        assert!(action_matches("iam:*", "iam:PassRole"));
        assert!(action_matches("IAM:pass*", "iam:PassRole"));
        assert!(action_matches(
            "iam:Attach?olePolicy",
            "iam:AttachRolePolicy"
        ));
        assert!(!action_matches("iam:Get*", "iam:PassRole"));
        assert!(!action_matches("s3:*", "iam:PassRole"));
    }

    #[test]
    fn public_principals() {
        assert_eq!(principal_is_public(&Value::String("*".into())), Some(true));
        let aws = |v: Value| Value::Object([("AWS".to_owned(), v)].into_iter().collect());
        assert_eq!(
            principal_is_public(&aws(Value::List(vec![
                Value::String("arn:aws:iam::1:root".into()),
                Value::String("*".into())
            ]))),
            Some(true)
        );
        assert_eq!(
            principal_is_public(&aws(Value::String("arn:aws:iam::1:root".into()))),
            Some(false)
        );
        assert_eq!(principal_is_public(&aws(Value::Unknown)), None);
    }
}
