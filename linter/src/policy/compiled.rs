//! The built-in pack as `linter/build.rs` compiled it: each policy's fields
//! as literals, its doc as a byte range of its embedded file, and its
//! condition as a function that builds the syntax tree the HCL parser would
//! give (spans and comments aside), so that loading a policy costs a few
//! allocations instead of a parse. This module defines the helpers the
//! generated code calls.

// The generated code calls the helpers its conditions need; a policy written
// with a splat, a template or a negative number calls the others.
#![allow(
    dead_code,
    reason = "the pack decides which helpers the generated code calls"
)]

use hcl_edit::expr::{
    Array, BinaryOp, BinaryOperator, Conditional, Expression, ForCond, ForExpr, ForIntro, FuncArgs,
    FuncCall, FuncName, Object, ObjectKey, ObjectValue, ObjectValueAssignment,
    ObjectValueTerminator, Parenthesis, Splat, Traversal, TraversalOperator, UnaryOp,
    UnaryOperator,
};
use hcl_edit::template::{Element, Interpolation, StringTemplate, Strip, Template};
use hcl_edit::{Decorated, Ident, Number, Spanned};

/// One built-in policy, as compiled.
pub(super) struct Compiled {
    /// Its file, as in `BUILTIN_FILES`.
    pub path: &'static str,
    pub code: &'static str,
    pub name: &'static str,
    pub category: &'static str,
    pub severity: &'static str,
    pub resource_types: &'static [&'static str],
    pub message: &'static str,
    pub help: Option<&'static str>,
    pub doc: Doc,
    /// The byte range of the code label in the file.
    pub code_span: (usize, usize),
    pub condition: fn() -> Expression,
}

/// A compiled policy's `doc`.
pub(super) enum Doc {
    None,
    /// A string literal.
    Text(&'static str),
    /// A `<<-EOT` heredoc: the byte range of its lines in the file.
    Lines(usize, usize),
}

include!(concat!(env!("OUT_DIR"), "/pack.rs"));

fn ident(name: &str) -> Decorated<Ident> {
    Decorated::new(Ident::new_unchecked(name))
}

fn uint(n: u64) -> Expression {
    Expression::from(Number::from(n))
}

fn int(n: i64) -> Expression {
    Expression::from(Number::from(n))
}

fn float(n: f64) -> Expression {
    Number::from_f64(n).map_or_else(Expression::null, Expression::from)
}

fn string(s: &str) -> Expression {
    Expression::from(s)
}

fn var(name: &str) -> Expression {
    Expression::Variable(ident(name))
}

fn array(items: Vec<Expression>) -> Expression {
    Expression::Array(Array::from(items))
}

fn key(name: &str) -> ObjectKey {
    ObjectKey::Ident(ident(name))
}

fn key_expr(e: Expression) -> ObjectKey {
    ObjectKey::Expression(e)
}

/// An object entry: key, value, `=` or `:`, and what ends it (`,`, a
/// newline or nothing).
type Entry = (
    ObjectKey,
    Expression,
    ObjectValueAssignment,
    ObjectValueTerminator,
);

fn object(entries: Vec<Entry>) -> Expression {
    let mut object = Object::new();
    for (k, v, assignment, terminator) in entries {
        let mut value = ObjectValue::new(v);
        value.set_assignment(assignment);
        value.set_terminator(terminator);
        object.insert(k, value);
    }
    Expression::Object(object)
}

fn template(elements: Vec<Element>) -> Expression {
    Expression::StringTemplate(StringTemplate::from(Template::from(elements)))
}

fn literal(s: &str) -> Element {
    Element::Literal(Spanned::new(s.to_owned()))
}

fn interpolation(e: Expression, strip: Strip) -> Element {
    let mut i = Interpolation::new(e);
    i.strip = strip;
    Element::Interpolation(i)
}

fn paren(e: Expression) -> Expression {
    Expression::Parenthesis(Box::new(Parenthesis::new(e)))
}

fn conditional(c: Expression, t: Expression, f: Expression) -> Expression {
    Expression::Conditional(Box::new(Conditional::new(c, t, f)))
}

fn call(name: &str, args: Vec<Expression>, expand_final: bool) -> Expression {
    let mut list = FuncArgs::with_capacity(args.len());
    for arg in args {
        list.push(arg);
    }
    list.set_expand_final(expand_final);
    Expression::FuncCall(Box::new(FuncCall::new(FuncName::new(ident(name)), list)))
}

fn traversal(e: Expression, operators: Vec<TraversalOperator>) -> Expression {
    let operators = operators.into_iter().map(Decorated::new).collect();
    Expression::Traversal(Box::new(Traversal::new(e, operators)))
}

fn get_attr(name: &str) -> TraversalOperator {
    TraversalOperator::GetAttr(ident(name))
}

fn index(e: Expression) -> TraversalOperator {
    TraversalOperator::Index(e)
}

fn legacy_index(i: u64) -> TraversalOperator {
    TraversalOperator::LegacyIndex(Decorated::new(i))
}

fn attr_splat() -> TraversalOperator {
    TraversalOperator::AttrSplat(Decorated::new(Splat))
}

fn full_splat() -> TraversalOperator {
    TraversalOperator::FullSplat(Decorated::new(Splat))
}

fn unary(op: UnaryOperator, e: Expression) -> Expression {
    Expression::UnaryOp(Box::new(UnaryOp::new(Spanned::new(op), e)))
}

fn binary(lhs: Expression, op: BinaryOperator, rhs: Expression) -> Expression {
    Expression::BinaryOp(Box::new(BinaryOp::new(lhs, Decorated::new(op), rhs)))
}

fn for_expr(
    key_var: Option<&str>,
    value_var: &str,
    collection: Expression,
    key_expr: Option<Expression>,
    value_expr: Expression,
    cond: Option<Expression>,
    grouping: bool,
) -> Expression {
    let mut intro = ForIntro::new(ident(value_var), collection);
    intro.key_var = key_var.map(ident);
    let mut for_expr = ForExpr::new(intro, value_expr);
    for_expr.key_expr = key_expr;
    for_expr.cond = cond.map(ForCond::new);
    for_expr.grouping = grouping;
    Expression::ForExpr(Box::new(for_expr))
}
