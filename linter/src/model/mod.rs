//! Layer 3: the module model rules work on: resources, providers,
//! `terraform` blocks and module calls, with their expressions evaluated in
//! the module's scope. Facts several rules share (each resource's
//! `count`/`for_each` instances, the network exposures) are computed once
//! per module evaluation and cached in its [`ModuleCtx`].

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::rc::Rc;

use hcl_edit::Span;
use hcl_edit::expr::{Expression, TraversalOperator};
use hcl_edit::structure::{Block, Body};

use crate::eval::{ModuleEnv, Scope};
use crate::source::{FileId, SourceFile};
use crate::value::Value;

pub(crate) mod exposure;
pub(crate) mod iam;

use exposure::Exposure;
use iam::Statement;

/// How many instances of a `count`/`for_each` resource are expanded; past
/// this, one instance with unknown keys stands for all of them.
const MAX_INSTANCES: usize = 32;

/// Whether a block declares a managed resource or a data source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `resource`.
    Managed,
    /// `data`.
    Data,
}

/// A `resource` or `data` block.
#[derive(Debug, Clone, Copy)]
pub struct ResourceDecl<'w> {
    /// Managed or data.
    pub mode: Mode,
    /// Resource type, e.g. `aws_s3_bucket`.
    pub rtype: &'w str,
    /// Resource name.
    pub name: &'w str,
    /// The block.
    pub block: &'w Block,
    /// The file it is in.
    pub file: FileId,
}

impl ResourceDecl<'_> {
    /// The address, e.g. `aws_s3_bucket.logs` or `data.aws_iam_policy_document.x`.
    #[must_use]
    pub fn address(&self) -> String {
        match self.mode {
            Mode::Managed => format!("{}.{}", self.rtype, self.name),
            Mode::Data => format!("data.{}.{}", self.rtype, self.name),
        }
    }

    /// The provider name implied by the type (`aws_s3_bucket` → `aws`).
    #[must_use]
    pub fn provider_name(&self) -> &str {
        self.rtype.split('_').next().unwrap_or(self.rtype)
    }
}

/// A block of a given kind with its file (providers, `terraform`, `module`, ...).
#[derive(Debug, Clone, Copy)]
pub struct FileBlock<'w> {
    /// The block.
    pub block: &'w Block,
    /// The file it is in.
    pub file: FileId,
}

/// Everything declared in one module directory.
#[derive(Debug, Default)]
pub struct Items<'w> {
    /// Resources and data sources in file order.
    pub resources: Vec<ResourceDecl<'w>>,
    /// `provider` blocks.
    pub providers: Vec<FileBlock<'w>>,
    /// `terraform` blocks.
    pub terraform: Vec<FileBlock<'w>>,
    /// `module` blocks.
    pub modules: Vec<FileBlock<'w>>,
    /// `variable` blocks.
    pub variables: Vec<FileBlock<'w>>,
    /// `locals` attributes by name.
    pub locals: Vec<(&'w str, &'w Expression)>,
    /// Bodies of `.tfbackend` files (partial backend configuration).
    pub backend_files: Vec<(FileId, &'w Body)>,
}

/// The first label of a block as a string.
#[must_use]
pub fn label(block: &Block, index: usize) -> Option<&str> {
    block
        .labels
        .get(index)
        .map(hcl_edit::structure::BlockLabel::as_str)
}

impl<'w> Items<'w> {
    /// Collects the items of the given parsed config bodies.
    pub fn collect(bodies: &[(FileId, &'w Body)]) -> Self {
        let mut items = Items::default();
        for &(file, body) in bodies {
            for block in body.blocks() {
                let fb = FileBlock { block, file };
                match block.ident.value().as_str() {
                    kind @ ("resource" | "data") => {
                        let (Some(rtype), Some(name)) = (label(block, 0), label(block, 1)) else {
                            continue;
                        };
                        let mode = if kind == "data" {
                            Mode::Data
                        } else {
                            Mode::Managed
                        };
                        items.resources.push(ResourceDecl {
                            mode,
                            rtype,
                            name,
                            block,
                            file,
                        });
                    }
                    "provider" => items.providers.push(fb),
                    "terraform" => items.terraform.push(fb),
                    "module" => items.modules.push(fb),
                    "variable" => items.variables.push(fb),
                    "locals" => {
                        for attr in block.body.attributes() {
                            items.locals.push((attr.key.value().as_str(), &attr.value));
                        }
                    }
                    _ => {}
                }
            }
        }
        items
    }

    /// Resources of a type (managed only).
    pub fn of_type<'s>(
        &'s self,
        rtype: &'s str,
    ) -> impl Iterator<Item = &'s ResourceDecl<'w>> + 's {
        self.resources
            .iter()
            .filter(move |r| r.mode == Mode::Managed && r.rtype == rtype)
    }
}

/// An evaluated attribute.
#[derive(Debug, Clone)]
pub struct Attr<'w> {
    /// Its expression.
    pub expr: &'w Expression,
    /// Its value.
    pub value: Value,
    /// The span of the whole attribute.
    pub span: Range<usize>,
}

/// A block body in an evaluation scope: a resource instance, a nested block
/// or one expansion of a `dynamic` block.
#[derive(Clone)]
pub struct Node<'w, 'e> {
    /// The body.
    pub body: &'w Body,
    /// The span to report when something is missing from this block.
    pub span: Range<usize>,
    /// The file.
    pub file: FileId,
    /// `true` when this node comes from a `dynamic` block whose `for_each`
    /// is unknown, so it may not exist at all.
    pub uncertain: bool,
    pub(crate) scope: Scope<'e, 'w>,
}

/// The span of a block's header (its identifier and labels), which is where a
/// "missing attribute" finding points.
#[must_use]
pub fn header_span(block: &Block) -> Range<usize> {
    let start = block.ident.span().map_or(0, |s| s.start);
    let end = block
        .labels
        .last()
        .and_then(|l| match l {
            hcl_edit::structure::BlockLabel::Ident(i) => i.span(),
            hcl_edit::structure::BlockLabel::String(s) => s.span(),
        })
        .or_else(|| block.ident.span())
        .map_or(start, |s| s.end);
    start..end.max(start)
}

impl<'w, 'e> Node<'w, 'e> {
    pub(crate) fn new(block: &'w Block, file: FileId, scope: Scope<'e, 'w>) -> Self {
        Self {
            body: &block.body,
            span: header_span(block),
            file,
            uncertain: false,
            scope,
        }
    }

    /// A node for a bare body (such as a `.tfbackend` file).
    pub(crate) fn from_body(body: &'w Body, file: FileId, scope: Scope<'e, 'w>) -> Self {
        Self {
            body,
            span: 0..0,
            file,
            uncertain: false,
            scope,
        }
    }

    /// An attribute of this body, evaluated.
    #[must_use]
    pub fn attr(&self, name: &str) -> Option<Attr<'w>> {
        let attr = self.body.get_attribute(name)?;
        Some(Attr {
            expr: &attr.value,
            value: self.scope.eval(&attr.value),
            span: attr.span().unwrap_or_else(|| self.span.clone()),
        })
    }

    /// The value of an attribute: `None` when absent, `Some(Unknown)` when unknown.
    #[must_use]
    pub fn value(&self, name: &str) -> Option<Value> {
        self.attr(name).map(|a| a.value)
    }

    /// Evaluates any expression in this node's scope.
    #[must_use]
    pub fn eval(&self, expr: &Expression) -> Value {
        self.scope.eval(expr)
    }

    /// `true` when a `dynamic` block of this name has an unknown `for_each`,
    /// so blocks of that name may exist that [`Node::blocks`] cannot see.
    #[must_use]
    pub fn has_unknown_blocks(&self, name: &str) -> bool {
        self.blocks(name).iter().any(|b| b.uncertain)
    }

    /// Nested blocks of a name, static ones and expanded `dynamic` ones.
    #[must_use]
    pub fn blocks(&self, name: &str) -> Vec<Node<'w, 'e>> {
        let mut out = Vec::new();
        for block in self.body.blocks() {
            let ident = block.ident.value().as_str();
            if ident == name {
                out.push(Node::new(block, self.file, self.scope.clone()));
            } else if ident == "dynamic" && label(block, 0) == Some(name) {
                self.expand_dynamic(block, name, &mut out);
            }
        }
        out
    }

    fn expand_dynamic(&self, block: &'w Block, name: &str, out: &mut Vec<Node<'w, 'e>>) {
        let Some(content) = block.body.get_blocks("content").next() else {
            return;
        };
        let iterator = block
            .body
            .get_attribute("iterator")
            .and_then(|a| traversal_root(&a.value))
            .unwrap_or(name)
            .to_owned();
        let for_each = block
            .body
            .get_attribute("for_each")
            .map_or(Value::Unknown, |a| self.scope.eval(&a.value));
        match iteration_entries(&for_each) {
            Some(entries) => {
                for (key, value) in entries {
                    let scope = self.scope.with(&iterator, key_value(key, value));
                    let mut node = Node::new(content, self.file, scope);
                    node.span = header_span(block);
                    out.push(node);
                }
            }
            None => {
                let scope = self.scope.with(&iterator, Value::Unknown);
                let mut node = Node::new(content, self.file, scope);
                node.span = header_span(block);
                node.uncertain = true;
                out.push(node);
            }
        }
    }
}

fn key_value(key: Value, value: Value) -> Value {
    let mut map = BTreeMap::new();
    map.insert("key".to_owned(), key);
    map.insert("value".to_owned(), value);
    Value::Object(map)
}

/// The `(key, value)` pairs a `for_each` value iterates, or `None` if unknown.
fn iteration_entries(value: &Value) -> Option<Vec<(Value, Value)>> {
    match value {
        Value::Object(map) => Some(
            map.iter()
                .take(MAX_INSTANCES)
                .map(|(k, v)| (Value::String(k.clone()), v.clone()))
                .collect(),
        )
        .filter(|_| map.len() <= MAX_INSTANCES),
        Value::List(items) if items.len() <= MAX_INSTANCES => Some(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let key = match v {
                        Value::String(_) => v.clone(),
                        _ => Value::Number(i as f64),
                    };
                    (key, v.clone())
                })
                .collect(),
        ),
        Value::Null => Some(Vec::new()),
        _ => None,
    }
}

/// The root name of a traversal or variable expression (`aws.west` → `aws`).
#[must_use]
pub fn traversal_root(expr: &Expression) -> Option<&str> {
    match expr {
        Expression::Variable(v) => Some(v.value().as_str()),
        Expression::Traversal(t) => match &t.expr {
            Expression::Variable(v) => Some(v.value().as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The dotted names of a traversal made only of attribute accesses
/// (`aws_s3_bucket.logs.id` → `["aws_s3_bucket", "logs", "id"]`).
#[must_use]
pub fn traversal_path(expr: &Expression) -> Option<Vec<&str>> {
    let Expression::Traversal(t) = expr else {
        return traversal_root(expr).map(|r| vec![r]);
    };
    let mut out = vec![traversal_root(expr)?];
    for op in &t.operators {
        match op.value() {
            TraversalOperator::GetAttr(a) => out.push(a.value().as_str()),
            _ => break,
        }
    }
    Some(out)
}

/// Resource references `(type, name)` anywhere in an expression.
pub fn references<'x>(expr: &'x Expression, out: &mut Vec<(&'x str, &'x str)>) {
    match expr {
        Expression::Traversal(_) => {
            if let Some(path) = traversal_path(expr)
                && path.len() >= 2
                && path[0].contains('_')
            {
                out.push((path[0], path[1]));
            }
        }
        Expression::FuncCall(call) => call.args.iter().for_each(|a| references(a, out)),
        Expression::Parenthesis(p) => references(p.inner(), out),
        Expression::Array(items) => items.iter().for_each(|a| references(a, out)),
        Expression::Conditional(c) => {
            references(&c.true_expr, out);
            references(&c.false_expr, out);
        }
        _ => {}
    }
}

/// Whether an expression reads an input variable (`var.x`), directly or
/// through a local value.
fn mentions_input(expr: &Expression) -> bool {
    struct Finder(bool);
    impl hcl_edit::visit::Visit for Finder {
        fn visit_expr(&mut self, expr: &Expression) {
            match expr {
                Expression::Variable(v) if matches!(v.value().as_str(), "var" | "local") => {
                    self.0 = true;
                }
                _ => hcl_edit::visit::visit_expr(self, expr),
            }
        }
    }
    let mut finder = Finder(false);
    hcl_edit::visit::Visit::visit_expr(&mut finder, expr);
    finder.0
}

/// The attribute path of the innermost attribute or nested block at an
/// offset, below the top-level block (whose address the resource gives).
#[must_use]
pub fn attribute_path(file: &SourceFile, offset: usize) -> Option<String> {
    fn walk(body: &Body, offset: usize, top: bool, path: &mut Vec<String>) {
        for structure in body.iter() {
            let Some(span) = structure.span() else {
                continue;
            };
            if !(span.start <= offset && offset < span.end.max(span.start + 1)) {
                continue;
            }
            if let Some(attr) = structure.as_attribute() {
                path.push(attr.key.value().as_str().to_owned());
            } else if let Some(block) = structure.as_block() {
                if !top {
                    let ident = block.ident.value().as_str();
                    match label(block, 0) {
                        Some(label) if ident == "dynamic" || ident == "backend" => {
                            path.push(format!("{ident}.{label}"));
                        }
                        _ => path.push(ident.to_owned()),
                    }
                }
                walk(&block.body, offset, false, path);
            }
            return;
        }
    }
    let mut path = Vec::new();
    walk(file.body.as_ref()?, offset, true, &mut path);
    (!path.is_empty()).then(|| path.join("."))
}

/// One evaluation of a module: its items, its scope and inherited context.
pub struct ModuleCtx<'w> {
    /// The module directory.
    pub dir: std::path::PathBuf,
    /// Declared items.
    pub items: Items<'w>,
    /// `true` for a root module (not called by another linted module).
    pub is_root: bool,
    /// Provider-level default tags/labels by provider address (`aws`,
    /// `aws.west`); `Unknown` when they cannot be known.
    pub default_tags: BTreeMap<String, Value>,
    /// `true` for a reusable module linted without a caller: a resource whose
    /// `count`/`for_each` depends on an input and expands to no instance with
    /// the inputs' defaults is checked once, as a template of its instances.
    pub templates: bool,
    pub(crate) env: ModuleEnv<'w>,
    /// Facts several rules share, computed once per module evaluation.
    facts: Facts<'w>,
}

/// The per-module cache of shared facts.
#[derive(Default)]
struct Facts<'w> {
    /// The `count`/`for_each` binding of each instance, by block address.
    instances: RefCell<HashMap<*const Block, Rc<[Binding]>>>,
    /// Every internet-facing firewall rule.
    exposures: OnceCell<Vec<Exposure<'w>>>,
    /// Every IAM policy statement.
    statements: OnceCell<Vec<Statement<'w>>>,
    /// The addresses of the resources checked as templates.
    templated: RefCell<Vec<String>>,
}

/// The binding one instance of a resource adds to the module scope: `None`
/// for a resource without `count`/`for_each`, else `count` or `each`.
type Binding = Option<(&'static str, Value)>;

impl<'w> ModuleCtx<'w> {
    /// A module evaluation with no default tags yet and an empty fact cache.
    #[must_use]
    pub(crate) fn new(
        dir: std::path::PathBuf,
        items: Items<'w>,
        is_root: bool,
        env: ModuleEnv<'w>,
    ) -> Self {
        Self {
            dir,
            items,
            is_root,
            default_tags: BTreeMap::new(),
            templates: false,
            env,
            facts: Facts::default(),
        }
    }

    /// Every internet-facing firewall rule of the module, computed on first
    /// use and shared by every rule that asks.
    #[must_use]
    pub(crate) fn exposures(&self) -> &[Exposure<'w>] {
        self.facts.exposures.get_or_init(|| exposure::collect(self))
    }

    /// Every IAM policy statement of the module, computed on first use and
    /// shared by every rule that asks.
    #[must_use]
    pub(crate) fn statements(&self) -> &[Statement<'w>] {
        self.facts.statements.get_or_init(|| iam::collect(self))
    }

    /// A scope for module-level expressions.
    pub(crate) fn scope(&self) -> Scope<'_, 'w> {
        Scope::new(&self.env)
    }

    /// Evaluates a module-level expression.
    #[must_use]
    pub fn eval(&self, expr: &Expression) -> Value {
        self.scope().eval(expr)
    }

    /// A node for a top-level block (provider, terraform, module), no bindings.
    #[must_use]
    pub fn node(&self, fb: FileBlock<'w>) -> Node<'w, '_> {
        Node::new(fb.block, fb.file, self.scope())
    }

    /// Where a module-level finding points: the first `terraform`, then
    /// `provider`, `module` or resource block.
    #[must_use]
    pub fn anchor(&self) -> Option<(FileId, Range<usize>)> {
        let items = &self.items;
        items
            .terraform
            .first()
            .or_else(|| items.providers.first())
            .or_else(|| items.modules.first())
            .map(|fb| (fb.file, header_span(fb.block)))
            .or_else(|| {
                items
                    .resources
                    .first()
                    .map(|r| (r.file, header_span(r.block)))
            })
    }

    /// A node for a bare body in the module scope.
    #[must_use]
    pub fn body_node(&self, file: FileId, body: &'w Body) -> Node<'w, '_> {
        Node::from_body(body, file, self.scope())
    }

    /// The instances of a resource after `count`/`for_each` expansion. The
    /// expansion is evaluated once per resource and module evaluation, and
    /// shared by every rule that asks.
    #[must_use]
    pub fn instances(&self, decl: &ResourceDecl<'w>) -> Vec<Node<'w, '_>> {
        let key: *const Block = decl.block;
        let cached = self.facts.instances.borrow().get(&key).cloned();
        let bindings = cached.unwrap_or_else(|| {
            let bindings: Rc<[Binding]> = self.instance_bindings(decl).into();
            self.facts
                .instances
                .borrow_mut()
                .insert(key, Rc::clone(&bindings));
            bindings
        });
        let base = self.scope();
        bindings
            .iter()
            .map(|binding| {
                let scope = match binding {
                    Some((name, value)) => base.with(name, value.clone()),
                    None => base.clone(),
                };
                Node::new(decl.block, decl.file, scope)
            })
            .collect()
    }

    /// Whether a resource's `count`/`for_each` depends on an input and
    /// expands to no instance: what a template evaluation would check.
    #[must_use]
    pub fn has_templates(&self) -> bool {
        self.items.resources.iter().any(|decl| {
            let body = &decl.block.body;
            body.get_attribute("count")
                .or_else(|| body.get_attribute("for_each"))
                .is_some_and(|a| mentions_input(&a.value))
                && self.expand(decl).is_empty()
        })
    }

    /// The addresses of the resources checked once as templates so far.
    #[must_use]
    pub fn templated(&self) -> Vec<String> {
        self.facts.templated.borrow().clone()
    }

    /// Evaluates a resource's `count`/`for_each` into one binding per
    /// instance; in a module linted on its own, an expansion to nothing that
    /// depends on an input becomes one template instance.
    fn instance_bindings(&self, decl: &ResourceDecl<'w>) -> Vec<Binding> {
        let bindings = self.expand(decl);
        if !bindings.is_empty() || !self.templates {
            return bindings;
        }
        let body = &decl.block.body;
        let (name, attr) = match (body.get_attribute("count"), body.get_attribute("for_each")) {
            (Some(count), _) => ("count", count),
            (None, Some(for_each)) => ("each", for_each),
            (None, None) => return bindings,
        };
        if !mentions_input(&attr.value) {
            return bindings;
        }
        self.facts.templated.borrow_mut().push(decl.address());
        let value = if name == "count" {
            let mut idx = BTreeMap::new();
            idx.insert("index".to_owned(), Value::Unknown);
            Value::Object(idx)
        } else {
            Value::Unknown
        };
        vec![Some((name, value))]
    }

    fn expand(&self, decl: &ResourceDecl<'w>) -> Vec<Binding> {
        let base = self.scope();
        let body = &decl.block.body;
        if let Some(count) = body.get_attribute("count") {
            let value = base.eval(&count.value);
            return match value.as_f64() {
                Some(n) if n <= 0.0 => Vec::new(),
                Some(n) if (n as usize) <= MAX_INSTANCES => (0..n as usize)
                    .map(|i| {
                        let mut idx = BTreeMap::new();
                        idx.insert("index".to_owned(), Value::Number(i as f64));
                        Some(("count", Value::Object(idx)))
                    })
                    .collect(),
                _ => vec![Some(("count", Value::Unknown))],
            };
        }
        if let Some(for_each) = body.get_attribute("for_each") {
            let value = base.eval(&for_each.value);
            return match iteration_entries(&value) {
                Some(entries) => entries
                    .into_iter()
                    .map(|(k, v)| Some(("each", key_value(k, v))))
                    .collect(),
                None => vec![Some(("each", Value::Unknown))],
            };
        }
        vec![None]
    }

    /// The provider address a resource uses (`aws`, or `aws.west` with
    /// `provider = aws.west`).
    #[must_use]
    pub fn provider_of(&self, decl: &ResourceDecl<'_>) -> String {
        decl.block
            .body
            .get_attribute("provider")
            .and_then(|a| traversal_path(&a.value))
            .map_or_else(|| decl.provider_name().to_owned(), |p| p.join("."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GROUP: &str = r#"
resource "aws_security_group" "web" {
  for_each = { a = 22, b = 3389 }
  ingress {
    protocol    = "tcp"
    from_port   = each.value
    to_port     = each.value
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

    fn cached(module: &ModuleCtx<'_>, decl: &ResourceDecl<'_>) -> Option<Rc<[Binding]>> {
        let key: *const Block = decl.block;
        module.facts.instances.borrow().get(&key).cloned()
    }

    #[test]
    fn shared_facts_are_computed_once_per_module_evaluation() {
        let body = hcl_edit::parser::parse_body(GROUP).expect("parses");
        let items = Items::collect(&[(0, &body)]);
        let env = ModuleEnv::new(HashMap::new(), HashMap::new(), ".".to_owned());
        let module = ModuleCtx::new(".".into(), items, true, env);
        let decl = module.items.resources[0];
        assert!(cached(&module, &decl).is_none());

        let first = module.instances(&decl);
        let bindings = cached(&module, &decl).expect("the expansion is cached");
        let again = module.instances(&decl);
        let same = cached(&module, &decl).expect("still cached");
        assert!(Rc::ptr_eq(&bindings, &same), "for_each evaluated twice");
        let ports = |nodes: &[Node<'_, '_>]| -> Vec<Option<Value>> {
            nodes
                .iter()
                .map(|n| n.blocks("ingress")[0].value("from_port"))
                .collect()
        };
        assert_eq!(
            ports(&first),
            [Some(Value::Number(22.0)), Some(Value::Number(3389.0))]
        );
        assert_eq!(ports(&first), ports(&again));

        let exposures = module.exposures();
        assert_eq!(exposures.len(), 2);
        assert!(
            std::ptr::eq(exposures, module.exposures()),
            "exposures computed twice"
        );
    }
}
