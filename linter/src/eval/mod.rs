//! Layer 3: expression evaluation with a first-class unknown.
//!
//! Evaluation never fails loudly: anything the linter cannot know becomes
//! [`Value::Unknown`]. An [`EvalError`] is kept internally only so that `try`
//! and `can` can tell a known error from an unknown value.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use hcl_edit::expr::{BinaryOperator, Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::template::{Directive, Element, Template};

use crate::value::{Value, format_number};

mod functions;

/// Whether the evaluator knows a function (policies may call only these).
pub(crate) fn is_function(name: &str) -> bool {
    functions::NAMES.contains(&name)
}

/// A known evaluation error (a type error, a missing key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EvalError;

type Eval = Result<Value, EvalError>;

/// How deep expressions may nest before evaluation gives up with an unknown.
const MAX_DEPTH: usize = 96;

/// Module-level values: input variables and locals.
pub(crate) struct ModuleEnv<'a> {
    vars: HashMap<String, Value>,
    locals: HashMap<String, &'a Expression>,
    cache: RefCell<HashMap<String, Option<Value>>>,
    path_module: String,
    depth: Cell<usize>,
}

impl<'a> ModuleEnv<'a> {
    pub(crate) fn new(
        vars: HashMap<String, Value>,
        locals: HashMap<String, &'a Expression>,
        path_module: String,
    ) -> Self {
        Self {
            vars,
            locals,
            cache: RefCell::new(HashMap::new()),
            path_module,
            depth: Cell::new(0),
        }
    }

    fn local(&self, name: &str) -> Value {
        if let Some(cached) = self.cache.borrow().get(name) {
            // `None` means "being evaluated": a cycle, which Terraform rejects.
            return cached.clone().unwrap_or(Value::Unknown);
        }
        let Some(expr) = self.locals.get(name).copied() else {
            return Value::Unknown;
        };
        self.cache.borrow_mut().insert(name.to_owned(), None);
        let value = Scope::new(self).eval(expr);
        self.cache
            .borrow_mut()
            .insert(name.to_owned(), Some(value.clone()));
        value
    }
}

/// An evaluation scope: the module values plus local bindings such as
/// `each`, `count`, dynamic-block iterators and `for` variables.
#[derive(Clone)]
pub(crate) struct Scope<'e, 'a> {
    env: &'e ModuleEnv<'a>,
    /// Shared, so that a child scope (one per `for` element, per instance)
    /// does not copy the values bound above it, such as a policy's `self`.
    bindings: Vec<(String, Rc<Value>)>,
}

impl<'e, 'a> Scope<'e, 'a> {
    pub(crate) fn new(env: &'e ModuleEnv<'a>) -> Self {
        Self {
            env,
            bindings: Vec::new(),
        }
    }

    /// A child scope with one more binding.
    pub(crate) fn with(&self, name: &str, value: Value) -> Self {
        self.with_shared(name, Rc::new(value))
    }

    /// A child scope with one more binding to a value shared with others.
    pub(crate) fn with_shared(&self, name: &str, value: Rc<Value>) -> Self {
        let mut child = self.clone();
        child.bindings.push((name.to_owned(), value));
        child
    }

    /// Evaluates an expression; errors become unknowns.
    pub(crate) fn eval(&self, expr: &Expression) -> Value {
        self.try_eval(expr).unwrap_or(Value::Unknown)
    }

    /// Evaluates an expression, keeping known errors (for `try` and `can`).
    pub(crate) fn eval_checked(&self, expr: &Expression) -> Result<Value, EvalError> {
        self.try_eval(expr)
    }

    fn binding(&self, name: &str) -> Option<&Value> {
        self.bindings
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| &**v)
    }

    fn try_eval(&self, expr: &Expression) -> Eval {
        let depth = self.env.depth.get();
        if depth > MAX_DEPTH {
            return Ok(Value::Unknown);
        }
        self.env.depth.set(depth + 1);
        let result = self.eval_inner(expr);
        self.env.depth.set(depth);
        result
    }

    fn eval_inner(&self, expr: &Expression) -> Eval {
        Ok(match expr {
            Expression::Null(_) => Value::Null,
            Expression::Bool(b) => Value::Bool(*b.value()),
            Expression::Number(n) => n.value().as_f64().map_or(Value::Unknown, Value::Number),
            Expression::String(s) => Value::String(s.value().clone()),
            Expression::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    out.push(self.try_eval(item)?);
                }
                Value::List(out)
            }
            Expression::Object(object) => {
                let mut out = BTreeMap::new();
                for (key, value) in object.iter() {
                    let key = match key {
                        ObjectKey::Ident(ident) => ident.value().as_str().to_owned(),
                        ObjectKey::Expression(key_expr) => match self.object_key(key_expr)? {
                            Some(key) => key,
                            None => return Ok(Value::Unknown),
                        },
                    };
                    out.insert(key, self.try_eval(value.expr())?);
                }
                Value::Object(out)
            }
            Expression::StringTemplate(template) => self.template(template)?,
            Expression::HeredocTemplate(heredoc) => self.template(&heredoc.template)?,
            Expression::Parenthesis(inner) => self.try_eval(inner.inner())?,
            Expression::Variable(name) => self
                .binding(name.value().as_str())
                .cloned()
                .unwrap_or(Value::Unknown),
            Expression::Conditional(cond) => match self.try_eval(&cond.cond_expr)?.as_bool() {
                Some(true) => self.try_eval(&cond.true_expr)?,
                Some(false) => self.try_eval(&cond.false_expr)?,
                None => {
                    let a = self.eval(&cond.true_expr);
                    let b = self.eval(&cond.false_expr);
                    if a == b && a.is_wholly_known() {
                        a
                    } else {
                        Value::Unknown
                    }
                }
            },
            Expression::FuncCall(call) => {
                if call.name.is_namespaced() {
                    Value::Unknown
                } else {
                    let args: Vec<&Expression> = call.args.iter().collect();
                    functions::call(
                        self,
                        call.name.name.value().as_str(),
                        &args,
                        call.args.expand_final(),
                    )?
                }
            }
            Expression::Traversal(traversal) => {
                self.traversal(&traversal.expr, &traversal.operators)?
            }
            Expression::UnaryOp(op) => {
                let value = self.try_eval(&op.expr)?;
                if value.is_unknown() {
                    return Ok(Value::Unknown);
                }
                match op.operator.value() {
                    UnaryOperator::Not => Value::Bool(!value.as_bool().ok_or(EvalError)?),
                    UnaryOperator::Neg => Value::Number(-value.as_f64().ok_or(EvalError)?),
                }
            }
            Expression::BinaryOp(op) => {
                self.binary(*op.operator.value(), &op.lhs_expr, &op.rhs_expr)?
            }
            Expression::ForExpr(for_expr) => self.for_expr(for_expr)?,
        })
    }

    fn object_key(&self, expr: &Expression) -> Result<Option<String>, EvalError> {
        // A bare identifier in parentheses-free key position is a literal name.
        if let Expression::Variable(name) = expr {
            return Ok(Some(name.value().as_str().to_owned()));
        }
        let value = self.try_eval(expr)?;
        if value.is_unknown() {
            return Ok(None);
        }
        value.to_string_value().map(Some).ok_or(EvalError)
    }

    pub(crate) fn template(&self, template: &Template) -> Eval {
        let mut out = String::new();
        for element in template.iter() {
            match element {
                Element::Literal(lit) => out.push_str(lit.value()),
                Element::Interpolation(interp) => {
                    let value = self.try_eval(&interp.expr)?;
                    if value.is_unknown() {
                        return Ok(Value::Unknown);
                    }
                    out.push_str(&value.to_string_value().ok_or(EvalError)?);
                }
                Element::Directive(directive) => match directive.as_ref() {
                    Directive::If(if_dir) => {
                        let cond = self.try_eval(&if_dir.if_expr.cond_expr)?;
                        let branch = match cond.as_bool() {
                            Some(true) => Some(&if_dir.if_expr.template),
                            Some(false) => if_dir.else_expr.as_ref().map(|e| &e.template),
                            None => return Ok(Value::Unknown),
                        };
                        if let Some(branch) = branch {
                            match self.template(branch)? {
                                Value::String(s) => out.push_str(&s),
                                _ => return Ok(Value::Unknown),
                            }
                        }
                    }
                    Directive::For(_) => return Ok(Value::Unknown),
                },
            }
        }
        Ok(Value::String(out))
    }

    fn traversal(&self, root: &Expression, ops: &[hcl_edit::Decorated<TraversalOperator>]) -> Eval {
        let Expression::Variable(name) = root else {
            let base = self.try_eval(root)?;
            return self.apply_ops(&base, ops);
        };
        let name = name.value().as_str();
        if let Some(bound) = self.binding(name) {
            return self.apply_ops(bound, ops);
        }
        let attr = match ops.first().map(|op| op.value()) {
            Some(TraversalOperator::GetAttr(attr)) => attr.value().as_str(),
            _ => return Ok(Value::Unknown),
        };
        let base = match (name, attr) {
            ("var", attr) => {
                return match self.env.vars.get(attr) {
                    Some(value) => self.apply_ops(value, &ops[1..]),
                    None => Ok(Value::Unknown),
                };
            }
            ("local", attr) => self.env.local(attr),
            ("path", "module" | "root" | "cwd") => Value::String(self.env.path_module.clone()),
            _ => return Ok(Value::Unknown),
        };
        self.apply_ops(&base, &ops[1..])
    }

    /// Applies traversal operators by reference: attributes and indexes are
    /// followed without copying, and only the parts reached are copied.
    fn apply_ops(&self, value: &Value, ops: &[hcl_edit::Decorated<TraversalOperator>]) -> Eval {
        let mut value = value;
        for (i, op) in ops.iter().enumerate() {
            if value.is_unknown() {
                return Ok(Value::Unknown);
            }
            value = match op.value() {
                TraversalOperator::GetAttr(attr) => match value {
                    Value::Object(map) => map.get(attr.value().as_str()).ok_or(EvalError)?,
                    _ => return Err(EvalError),
                },
                TraversalOperator::Index(index) => {
                    let index = self.try_eval(index)?;
                    if index.is_unknown() {
                        return Ok(Value::Unknown);
                    }
                    index_value(value, &index)?
                }
                TraversalOperator::LegacyIndex(n) => {
                    index_value(value, &Value::Number(*n.value() as f64))?
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    let items = match value {
                        Value::Null => &[][..],
                        Value::List(items) => items.as_slice(),
                        other => std::slice::from_ref(other),
                    };
                    let mut out = Vec::with_capacity(items.len());
                    for item in items {
                        out.push(self.apply_ops(item, &ops[i + 1..])?);
                    }
                    return Ok(Value::List(out));
                }
            };
        }
        Ok(value.clone())
    }

    fn binary(&self, op: BinaryOperator, lhs: &Expression, rhs: &Expression) -> Eval {
        let left = self.try_eval(lhs)?;
        // Short-circuit where the result does not depend on the other side.
        match (op, left.as_bool()) {
            (BinaryOperator::And, Some(false)) => return Ok(Value::Bool(false)),
            (BinaryOperator::Or, Some(true)) => return Ok(Value::Bool(true)),
            _ => {}
        }
        let right = self.try_eval(rhs)?;
        if !left.is_wholly_known() || !right.is_wholly_known() {
            if matches!(op, BinaryOperator::And) && right.as_bool() == Some(false) {
                return Ok(Value::Bool(false));
            }
            if matches!(op, BinaryOperator::Or) && right.as_bool() == Some(true) {
                return Ok(Value::Bool(true));
            }
            return Ok(Value::Unknown);
        }
        let num = |v: &Value| v.as_f64().ok_or(EvalError);
        Ok(match op {
            BinaryOperator::Eq => Value::Bool(loose_eq(&left, &right)),
            BinaryOperator::NotEq => Value::Bool(!loose_eq(&left, &right)),
            BinaryOperator::Less => Value::Bool(num(&left)? < num(&right)?),
            BinaryOperator::LessEq => Value::Bool(num(&left)? <= num(&right)?),
            BinaryOperator::Greater => Value::Bool(num(&left)? > num(&right)?),
            BinaryOperator::GreaterEq => Value::Bool(num(&left)? >= num(&right)?),
            BinaryOperator::Plus => Value::Number(num(&left)? + num(&right)?),
            BinaryOperator::Minus => Value::Number(num(&left)? - num(&right)?),
            BinaryOperator::Mul => Value::Number(num(&left)? * num(&right)?),
            BinaryOperator::Div => Value::Number(num(&left)? / num(&right)?),
            BinaryOperator::Mod => Value::Number(num(&left)? % num(&right)?),
            BinaryOperator::And => {
                Value::Bool(left.as_bool().ok_or(EvalError)? && right.as_bool().ok_or(EvalError)?)
            }
            BinaryOperator::Or => {
                Value::Bool(left.as_bool().ok_or(EvalError)? || right.as_bool().ok_or(EvalError)?)
            }
        })
    }

    fn for_expr(&self, for_expr: &hcl_edit::expr::ForExpr) -> Eval {
        let collection = self.try_eval(&for_expr.intro.collection_expr)?;
        let entries: Vec<(Value, Value)> = match collection {
            Value::List(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| (Value::Number(i as f64), v))
                .collect(),
            Value::Object(map) => map
                .into_iter()
                .map(|(k, v)| (Value::String(k), v))
                .collect(),
            Value::Null => return Err(EvalError),
            _ => return Ok(Value::Unknown),
        };
        let key_var = for_expr.intro.key_var.as_ref().map(|k| k.value().as_str());
        let value_var = for_expr.intro.value_var.value().as_str();
        let mut list = Vec::new();
        let mut map = BTreeMap::new();
        for (key, value) in entries {
            let mut scope = self.with(value_var, value);
            if let Some(key_var) = key_var {
                scope = scope.with(key_var, key);
            }
            if let Some(cond) = &for_expr.cond {
                match scope.try_eval(&cond.expr)?.as_bool() {
                    Some(true) => {}
                    Some(false) => continue,
                    None => return Ok(Value::Unknown),
                }
            }
            let item = scope.try_eval(&for_expr.value_expr)?;
            match &for_expr.key_expr {
                Some(key_expr) => {
                    let key = scope.try_eval(key_expr)?;
                    let Some(key) = key.to_string_value() else {
                        return Ok(Value::Unknown);
                    };
                    if for_expr.grouping {
                        match map.entry(key).or_insert_with(|| Value::List(Vec::new())) {
                            Value::List(group) => group.push(item),
                            _ => return Ok(Value::Unknown),
                        }
                    } else {
                        map.insert(key, item);
                    }
                }
                None => list.push(item),
            }
        }
        Ok(if for_expr.key_expr.is_some() {
            Value::Object(map)
        } else {
            Value::List(list)
        })
    }
}

/// The element of a list, or the attribute of an object, that `index` names.
fn index_value<'v>(value: &'v Value, index: &Value) -> Result<&'v Value, EvalError> {
    match value {
        Value::List(items) => {
            let i = index.as_f64().ok_or(EvalError)?;
            if i < 0.0 || i.fract() != 0.0 || i as usize >= items.len() {
                return Err(EvalError);
            }
            Ok(&items[i as usize])
        }
        Value::Object(map) => {
            let key = index.to_string_value().ok_or(EvalError)?;
            map.get(&key).ok_or(EvalError)
        }
        _ => Err(EvalError),
    }
}

/// Equality as Terraform compares values after conversion of primitives.
pub(crate) fn loose_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::String(s), Value::Number(n)) | (Value::Number(n), Value::String(s)) => {
            *s == format_number(*n)
        }
        _ => a == b,
    }
}
