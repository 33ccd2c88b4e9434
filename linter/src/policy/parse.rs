//! Policy files and `policy` blocks parsed into [`Policy`] values. Every
//! problem is a [`PolicyError`] with a span in the policy's file.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use hcl_edit::Span as _;
use hcl_edit::expr::{Expression, TraversalOperator};
use hcl_edit::structure::{Block, BlockLabel};
use hcl_edit::template::{Directive, Element, Template};

use super::{Origin, Policy};
use crate::eval::{ModuleEnv, Scope, is_function};
use crate::findings::{Category, Docs, RuleMeta, Severity};
use crate::value::Value;

/// The variables a condition may read besides its own `for` variables.
const VARIABLES: &[&str] = &["self", "referenced_by", "module_resources", "settings"];

/// A malformed policy: a configuration error with a span in its file.
#[derive(Debug)]
pub struct PolicyError(Box<Report>);

#[derive(Debug)]
struct Report {
    message: String,
    label: String,
    source: miette::NamedSource<Arc<str>>,
    span: Range<usize>,
}

impl PolicyError {
    pub(crate) fn new(path: &str, text: &Arc<str>, span: Range<usize>, message: String) -> Self {
        Self(Box::new(Report {
            label: "here".to_owned(),
            message,
            source: miette::NamedSource::new(path, Arc::clone(text)),
            span,
        }))
    }

    /// An HCL syntax error in a configuration or policy file.
    pub(crate) fn syntax(text: &str, path: &str, error: &hcl_edit::parser::Error) -> Self {
        let at = error.location().offset().min(text.len());
        let location = error.location();
        PolicyError::new(
            path,
            &Arc::from(text),
            at..at,
            format!(
                "{path}:{}:{}: {}",
                location.line(),
                location.column(),
                error.message()
            ),
        )
        .labelled("invalid HCL")
    }

    fn labelled(mut self, label: &str) -> Self {
        label.clone_into(&mut self.0.label);
        self
    }
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for PolicyError {}

impl miette::Diagnostic for PolicyError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("devopsflow-lint::config"))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.0.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_with_span(Some(self.0.label.clone()), self.0.span.clone()),
        )))
    }
}

/// Parses a policy file, which holds only `policy` blocks.
///
/// # Errors
/// Invalid HCL, anything but `policy` blocks, or a malformed policy.
pub fn parse_file(text: &str, path: &str) -> Result<Vec<&'static Policy>, PolicyError> {
    let shared: Arc<str> = Arc::from(text);
    let body =
        hcl_edit::parser::parse_body(text).map_err(|e| PolicyError::syntax(text, path, &e))?;
    if let Some(attr) = body.attributes().next() {
        return Err(PolicyError::new(
            path,
            &shared,
            attr.span().unwrap_or(0..0),
            format!(
                "{path}: unexpected attribute `{}`; a policy file holds only `policy` blocks",
                attr.key.value().as_str()
            ),
        ));
    }
    body.blocks()
        .map(|block| {
            if block.ident.value().as_str() == "policy" {
                parse_block(block, &shared, path)
            } else {
                Err(PolicyError::new(
                    path,
                    &shared,
                    block.ident.span().unwrap_or(0..0),
                    format!(
                        "{path}: unexpected block `{}`; a policy file holds only `policy` blocks",
                        block.ident.value().as_str()
                    ),
                ))
            }
        })
        .collect()
}

/// Parses one `policy "CODE" { ... }` block of a file whose text is `text`.
///
/// # Errors
/// A missing or invalid field, a condition calling an unknown function or
/// reading an unknown variable.
pub fn parse_block(
    block: &Block,
    text: &Arc<str>,
    path: &str,
) -> Result<&'static Policy, PolicyError> {
    let header = block.ident.span().unwrap_or(0..0);
    let err = |span: Range<usize>, message: String| PolicyError::new(path, text, span, message);
    let (code, code_span) = match block.labels.as_slice() {
        [BlockLabel::String(s)] => (s.value().as_str(), s.span().unwrap_or(header.clone())),
        [BlockLabel::Ident(i)] => (i.value().as_str(), i.span().unwrap_or(header.clone())),
        _ => {
            return Err(err(
                header,
                "a policy has one label, its code: `policy \"ACME001\" { ... }`".to_owned(),
            ));
        }
    };
    if !valid_code(code) {
        return Err(err(
            code_span,
            format!("invalid policy code `{code}`: uppercase letters then digits, such as ACME001"),
        )
        .labelled("invalid code"));
    }
    if let Some(inner) = block.body.blocks().next() {
        return Err(err(
            inner.ident.span().unwrap_or(header),
            format!(
                "policy {code}: unexpected block `{}`",
                inner.ident.value().as_str()
            ),
        ));
    }
    let env = ModuleEnv::new(HashMap::new(), HashMap::new(), ".".to_owned());
    let scope = Scope::new(&env);
    let mut fields: HashMap<&str, (&Expression, Range<usize>)> = HashMap::new();
    for attr in block.body.attributes() {
        let key = attr.key.value().as_str();
        let span = attr.span().unwrap_or(header.clone());
        if !FIELDS.contains(&key) {
            return Err(err(
                attr.key.span().unwrap_or(span),
                format!(
                    "policy {code}: unknown attribute `{key}` (expected one of {})",
                    FIELDS.join(", ")
                ),
            )
            .labelled("unknown attribute"));
        }
        fields.insert(key, (&attr.value, attr.value.span().unwrap_or(span)));
    }
    let string = |key: &str, required: bool| -> Result<Option<String>, PolicyError> {
        let Some((expr, span)) = fields.get(key) else {
            return if required {
                Err(
                    err(code_span.clone(), format!("policy {code}: missing `{key}`"))
                        .labelled(&format!("this policy has no `{key}`")),
                )
            } else {
                Ok(None)
            };
        };
        match scope.eval(expr) {
            Value::String(s) => Ok(Some(s)),
            _ => Err(err(
                span.clone(),
                format!("policy {code}: `{key}` must be a string"),
            )
            .labelled("expected a string")),
        }
    };
    let name = string("name", true)?.unwrap_or_default();
    if !valid_name(&name) {
        return Err(err(
            fields["name"].1.clone(),
            format!("policy {code}: `name` must be kebab-case (lowercase letters, digits, `-`)"),
        ));
    }
    let category_text = string("category", true)?.unwrap_or_default();
    let category = category(&category_text).ok_or_else(|| {
        err(
            fields["category"].1.clone(),
            format!(
                "policy {code}: invalid category `{category_text}`: tagging, encryption, network, backend, iam, or a name of your own (lowercase letters, digits, `-`)"
            ),
        )
        .labelled("invalid category")
    })?;
    let severity_text = string("severity", true)?.unwrap_or_default();
    let severity = Severity::parse(&severity_text).ok_or_else(|| {
        err(
            fields["severity"].1.clone(),
            format!(
                "policy {code}: invalid severity `{severity_text}`: critical, high, medium, low or info"
            ),
        )
        .labelled("invalid severity")
    })?;
    let message = string("message", true)?.unwrap_or_default();
    let help =
        string("help", false)?.unwrap_or_else(|| format!("see `devopsflow-lint explain {code}`"));
    let resource_types = match fields.get("resource_types") {
        None => {
            return Err(err(
                code_span,
                format!("policy {code}: missing `resource_types`"),
            )
            .labelled("this policy has no `resource_types`"));
        }
        Some((expr, span)) => scope
            .eval(expr)
            .string_list()
            .filter(|l| !l.is_empty())
            .ok_or_else(|| {
                err(
                    span.clone(),
                    format!("policy {code}: `resource_types` must be a non-empty list of strings"),
                )
            })?,
    };
    let Some((condition, _)) = fields.get("condition") else {
        return Err(
            err(code_span, format!("policy {code}: missing `condition`"))
                .labelled("this policy has no `condition`"),
        );
    };
    let doc = string("doc", false)?.unwrap_or_else(|| {
        format!(
            "## What it does\nA policy of {path}: reports {} resources where {message}.\n",
            resource_types.join(", ")
        )
    });
    let facts = analyse(condition, code)
        .map_err(|(span, message, label)| err(span, message).labelled(label))?;
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    let policy = Policy {
        meta: RuleMeta {
            code: leak(code),
            name: leak(&name),
            category,
            severity,
            fixable: None,
            docs: Docs::Text {
                help: leak(&help),
                doc: leak(&doc),
            },
        },
        resource_types,
        message,
        condition: (*condition).clone(),
        reads: facts.reads,
        uses_referenced_by: facts.uses_referenced_by,
        uses_module_resources: facts.uses_module_resources,
        origin: Origin {
            path: path.to_owned(),
            text: Arc::clone(text),
            code_span,
        },
    };
    Ok(Box::leak(Box::new(policy)))
}

/// What a condition reads, found by [`analyse`].
pub(super) struct Facts {
    /// The `self.<attr>...` paths, in source order.
    pub reads: Vec<Vec<String>>,
    /// Whether it reads `referenced_by`.
    pub uses_referenced_by: bool,
    /// Whether it reads `module_resources`.
    pub uses_module_resources: bool,
}

/// A condition's problem: span, message and label.
type Problem = (Range<usize>, String, &'static str);

/// Checks that a condition calls known functions and reads known variables
/// only, and finds what it reads.
pub(super) fn analyse(condition: &Expression, code: &str) -> Result<Facts, Problem> {
    let mut facts = Facts {
        reads: Vec::new(),
        uses_referenced_by: false,
        uses_module_resources: false,
    };
    let mut bound = Vec::new();
    let mut problem = None;
    walk(condition, &mut bound, &mut |expr, bound| {
        if problem.is_some() {
            return;
        }
        match expr {
            Expression::FuncCall(call) => {
                let name = call.name.name.value().as_str();
                if call.name.is_namespaced() || !is_function(name) {
                    problem = Some((
                        call.name.name.span().unwrap_or(0..0),
                        format!("policy {code}: unknown function `{name}`"),
                        "unknown function",
                    ));
                }
            }
            Expression::Variable(var) => {
                let name = var.value().as_str();
                facts.uses_referenced_by |= name == "referenced_by";
                facts.uses_module_resources |= name == "module_resources";
                if !VARIABLES.contains(&name) && !bound.iter().any(|b| b == name) {
                    problem = Some((
                        var.span().unwrap_or(0..0),
                        format!(
                            "policy {code}: unknown variable `{name}`; a condition reads `self`, `referenced_by`, `module_resources` and `settings`"
                        ),
                        "unknown variable",
                    ));
                }
            }
            Expression::Traversal(traversal) => {
                if let Expression::Variable(var) = &traversal.expr
                    && var.value().as_str() == "self"
                    && !bound.iter().any(|b| b == "self")
                {
                    let path = self_path(&traversal.operators);
                    if !path.is_empty() {
                        facts.reads.push(path);
                    }
                }
            }
            _ => {}
        }
    });
    match problem {
        Some(problem) => Err(problem),
        None => Ok(facts),
    }
}

const FIELDS: &[&str] = &[
    "name",
    "category",
    "severity",
    "resource_types",
    "condition",
    "message",
    "help",
    "doc",
];

/// `ACME001`: uppercase letters, then digits.
fn valid_code(code: &str) -> bool {
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = &code[letters..];
    letters > 0
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && code.len() <= 16
}

fn valid_name(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A known category, or a name of one's own (kebab-case).
pub(super) fn category(text: &str) -> Option<Category> {
    Some(match text {
        "tagging" => Category::Tagging,
        "encryption" => Category::Encryption,
        "network" => Category::Network,
        "backend" => Category::Backend,
        "iam" => Category::Iam,
        "governance" => return None,
        other if valid_name(other) => Category::Custom(Box::leak(other.into())),
        _ => return None,
    })
}

/// The attribute names of a `self` traversal, up to its first splat
/// (indexes are skipped: `self.a[0].b` reads `a`, then `b`).
fn self_path(operators: &[hcl_edit::Decorated<TraversalOperator>]) -> Vec<String> {
    let mut out = Vec::new();
    for op in operators {
        match op.value() {
            TraversalOperator::GetAttr(name) => out.push(name.value().as_str().to_owned()),
            TraversalOperator::Index(_) | TraversalOperator::LegacyIndex(_) => {}
            TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => break,
        }
    }
    out
}

/// Visits every expression in source order; `bound` holds the `for`
/// variables in scope.
pub(super) fn walk(
    expr: &Expression,
    bound: &mut Vec<String>,
    f: &mut dyn FnMut(&Expression, &[String]),
) {
    f(expr, bound);
    match expr {
        Expression::Array(items) => items.iter().for_each(|e| walk(e, bound, f)),
        Expression::Object(object) => {
            for (key, value) in object.iter() {
                if let hcl_edit::expr::ObjectKey::Expression(key) = key {
                    walk(key, bound, f);
                }
                walk(value.expr(), bound, f);
            }
        }
        Expression::StringTemplate(t) => walk_template(t, bound, f),
        Expression::HeredocTemplate(h) => walk_template(&h.template, bound, f),
        Expression::Parenthesis(p) => walk(p.inner(), bound, f),
        Expression::Conditional(c) => {
            walk(&c.cond_expr, bound, f);
            walk(&c.true_expr, bound, f);
            walk(&c.false_expr, bound, f);
        }
        Expression::FuncCall(call) => call.args.iter().for_each(|e| walk(e, bound, f)),
        Expression::Traversal(t) => {
            walk(&t.expr, bound, f);
            for op in &t.operators {
                if let TraversalOperator::Index(index) = op.value() {
                    walk(index, bound, f);
                }
            }
        }
        Expression::UnaryOp(op) => walk(&op.expr, bound, f),
        Expression::BinaryOp(op) => {
            walk(&op.lhs_expr, bound, f);
            walk(&op.rhs_expr, bound, f);
        }
        Expression::ForExpr(for_expr) => {
            walk(&for_expr.intro.collection_expr, bound, f);
            let before = bound.len();
            if let Some(key) = &for_expr.intro.key_var {
                bound.push(key.value().as_str().to_owned());
            }
            bound.push(for_expr.intro.value_var.value().as_str().to_owned());
            if let Some(key_expr) = &for_expr.key_expr {
                walk(key_expr, bound, f);
            }
            walk(&for_expr.value_expr, bound, f);
            if let Some(cond) = &for_expr.cond {
                walk(&cond.expr, bound, f);
            }
            bound.truncate(before);
        }
        Expression::Null(_)
        | Expression::Bool(_)
        | Expression::Number(_)
        | Expression::String(_)
        | Expression::Variable(_) => {}
    }
}

fn walk_template(
    template: &Template,
    bound: &mut Vec<String>,
    f: &mut dyn FnMut(&Expression, &[String]),
) {
    for element in template.iter() {
        match element {
            Element::Literal(_) => {}
            Element::Interpolation(i) => walk(&i.expr, bound, f),
            Element::Directive(d) => match d.as_ref() {
                Directive::If(if_dir) => {
                    walk(&if_dir.if_expr.cond_expr, bound, f);
                    walk_template(&if_dir.if_expr.template, bound, f);
                    if let Some(e) = &if_dir.else_expr {
                        walk_template(&e.template, bound, f);
                    }
                }
                Directive::For(for_dir) => {
                    walk(&for_dir.for_expr.collection_expr, bound, f);
                    walk_template(&for_dir.for_expr.template, bound, f);
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        assert!(valid_code("ACME001"));
        assert!(valid_code("X1"));
        assert!(!valid_code("acme001"));
        assert!(!valid_code("ACME"));
        assert!(!valid_code("001"));
        assert!(!valid_code("AC-1"));
        assert!(valid_name("ecr-scan"));
        assert!(!valid_name("Ecr"));
        assert_eq!(
            category("supply-chain"),
            Some(Category::Custom("supply-chain"))
        );
        assert_eq!(category("Bad Name"), None);
    }
}
