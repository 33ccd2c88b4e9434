//! Evaluating a policy on one module evaluation: `self` is each instance's
//! arguments, `referenced_by` the resources that refer to it,
//! `module_resources` the module's managed resources by type and `settings`
//! the run's settings.

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::rc::Rc;

use hcl_edit::Span as _;
use hcl_edit::structure::Body;

use super::Policy;
use super::parse::walk;
use crate::findings::Finding;
use crate::model::{self, Mode, ModuleCtx, Node, label};
use crate::value::Value;

/// Arguments that are Terraform's, not the resource's: not part of `self`.
const META_ARGUMENTS: &[&str] = &["count", "for_each", "provider", "depends_on"];
/// Blocks that are Terraform's, not the resource's.
const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection"];

/// The module-wide values policies may read, each computed once per module
/// evaluation when a policy that reads it first meets a resource of its
/// types: which managed resources refer to which (`referenced_by`), and the
/// created managed resources by type (`module_resources`).
#[derive(Default)]
pub struct Referrers {
    /// `(type, name)` of the referenced resource → `referenced_by` value.
    by_target: OnceCell<ByTarget>,
    /// The `module_resources` value: type → list of `{ address, name }` of
    /// the module's managed resources that are created (`count = 0` and an
    /// empty `for_each` are not).
    by_type: OnceCell<Rc<Value>>,
}

/// `(type, name)` of a referenced resource → referring type → referrers.
type ByTarget = HashMap<(String, String), BTreeMap<String, Vec<Value>>>;

impl Referrers {
    /// Indexes every reference `TYPE.NAME...` in the arguments of the
    /// module's managed resources (nested blocks included).
    fn by_target(&self, module: &ModuleCtx<'_>) -> &ByTarget {
        self.by_target.get_or_init(|| {
            let mut by_target = ByTarget::new();
            for decl in &module.items.resources {
                if decl.mode != Mode::Managed {
                    continue;
                }
                let mut refs = Vec::new();
                collect_references(&decl.block.body, None, &mut refs);
                for (attribute, (rtype, name)) in refs {
                    let mut entry = BTreeMap::new();
                    entry.insert("address".to_owned(), Value::String(decl.address()));
                    entry.insert("name".to_owned(), Value::String(decl.name.to_owned()));
                    entry.insert("attribute".to_owned(), Value::String(attribute));
                    let list = by_target
                        .entry((rtype, name))
                        .or_default()
                        .entry(decl.rtype.to_owned())
                        .or_default();
                    let entry = Value::Object(entry);
                    if !list.contains(&entry) {
                        list.push(entry);
                    }
                }
            }
            by_target
        })
    }

    /// The `module_resources` value.
    fn module_resources(&self, module: &ModuleCtx<'_>) -> &Rc<Value> {
        self.by_type.get_or_init(|| {
            let mut by_type: BTreeMap<String, Value> = BTreeMap::new();
            for decl in &module.items.resources {
                if decl.mode != Mode::Managed || module.instances(decl).is_empty() {
                    continue;
                }
                let mut entry = BTreeMap::new();
                entry.insert("address".to_owned(), Value::String(decl.address()));
                entry.insert("name".to_owned(), Value::String(decl.name.to_owned()));
                if let Value::List(list) = by_type
                    .entry(decl.rtype.to_owned())
                    .or_insert_with(|| Value::List(Vec::new()))
                {
                    list.push(Value::Object(entry));
                }
            }
            Rc::new(Value::Object(by_type))
        })
    }

    /// The `referenced_by` value of a resource: an object from referring
    /// resource type to a list of `{ address, name, attribute }`.
    fn value(&self, module: &ModuleCtx<'_>, rtype: &str, name: &str) -> Rc<Value> {
        let map = self
            .by_target(module)
            .get(&(rtype.to_owned(), name.to_owned()))
            .map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), Value::List(v.clone())))
                    .collect()
            })
            .unwrap_or_default();
        Rc::new(Value::Object(map))
    }
}

/// `(top-level attribute, (type, name))` of every resource reference in a
/// body; attributes of nested blocks count for the block's name.
fn collect_references<'b>(
    body: &'b Body,
    top: Option<&'b str>,
    out: &mut Vec<(String, (String, String))>,
) {
    for attr in body.attributes() {
        let key = attr.key.value().as_str();
        // `depends_on` is an ordering, not a link.
        if top.is_none() && key == "depends_on" {
            continue;
        }
        // Every `TYPE.NAME...` traversal anywhere in the expression
        // (templates, objects, `for` and operators included).
        walk(&attr.value, &mut Vec::new(), &mut |expr, _| {
            if let Some(path) = model::traversal_path(expr)
                && path.len() >= 2
                && path[0].contains('_')
            {
                out.push((
                    top.unwrap_or(key).to_owned(),
                    (path[0].to_owned(), path[1].to_owned()),
                ));
            }
        });
    }
    for block in body.blocks() {
        let ident = block.ident.value().as_str();
        if top.is_none() && META_BLOCKS.contains(&ident) {
            continue;
        }
        let name = if ident == "dynamic" {
            label(block, 0).unwrap_or(ident)
        } else {
            ident
        };
        collect_references(&block.body, Some(top.unwrap_or(name)), out);
    }
}

impl Policy {
    /// Evaluates the policy on every instance of every managed resource of
    /// its types, and reports where the condition is `false`. `referrers` is
    /// the module's [`Referrers`] index, built on first need and shared by
    /// the policies run on the module; `settings` is the `settings` object.
    pub fn check(
        &'static self,
        module: &ModuleCtx<'_>,
        referrers: &Referrers,
        settings: &Value,
        findings: &mut Vec<Finding>,
    ) {
        // Shared by the scopes of every instance.
        let settings = Rc::new(settings.clone());
        for decl in &module.items.resources {
            if decl.mode != Mode::Managed || !self.resource_types.iter().any(|t| t == decl.rtype) {
                continue;
            }
            let referenced_by = self
                .uses_referenced_by
                .then(|| referrers.value(module, decl.rtype, decl.name));
            let module_resources = self
                .uses_module_resources
                .then(|| referrers.module_resources(module));
            for node in module.instances(decl) {
                let mut scope = node
                    .scope
                    .with("self", arguments(&node))
                    .with_shared("settings", Rc::clone(&settings));
                if let Some(value) = &referenced_by {
                    scope = scope.with_shared("referenced_by", Rc::clone(value));
                }
                if let Some(value) = module_resources {
                    scope = scope.with_shared("module_resources", Rc::clone(value));
                }
                if scope.eval(&self.condition).as_bool() != Some(false) {
                    continue;
                }
                let span = self
                    .reads
                    .iter()
                    .find_map(|path| span_of(&node, path))
                    .unwrap_or_else(|| node.span.clone());
                let mut finding = Finding::new(
                    &self.meta,
                    self.meta.severity,
                    decl.file,
                    span,
                    self.message.clone(),
                );
                finding.resource = Some(decl.address());
                findings.push(finding);
            }
        }
    }
}

/// A block's evaluated arguments as Terraform represents them: attributes by
/// name, nested blocks (static and `dynamic`) as lists of objects.
fn arguments(node: &Node<'_, '_>) -> Value {
    let mut out = BTreeMap::new();
    for attr in node.body.attributes() {
        let key = attr.key.value().as_str();
        if META_ARGUMENTS.contains(&key) {
            continue;
        }
        out.insert(key.to_owned(), node.eval(&attr.value));
    }
    let mut names: Vec<&str> = Vec::new();
    for block in node.body.blocks() {
        let ident = block.ident.value().as_str();
        let name = if ident == "dynamic" {
            let Some(name) = label(block, 0) else {
                continue;
            };
            name
        } else {
            ident
        };
        if !META_BLOCKS.contains(&name) && !names.contains(&name) {
            names.push(name);
        }
    }
    for name in names {
        let blocks = node.blocks(name);
        let value = if blocks.iter().any(|b| b.uncertain) {
            Value::Unknown
        } else {
            Value::List(blocks.iter().map(arguments).collect())
        };
        out.insert(name.to_owned(), value);
    }
    Value::Object(out)
}

/// The span of the innermost part of `path` written in this instance: an
/// attribute, or the header of a nested block.
fn span_of(node: &Node<'_, '_>, path: &[String]) -> Option<Range<usize>> {
    let (first, rest) = path.split_first()?;
    if let Some(attr) = node.body.get_attribute(first) {
        return Some(attr.span().unwrap_or_else(|| node.span.clone()));
    }
    let blocks = node.blocks(first);
    let block = blocks.first()?;
    Some(span_of(block, rest).unwrap_or_else(|| block.span.clone()))
}
