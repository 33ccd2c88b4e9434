//! The driver: resolves module calls, evaluates each module with its inputs,
//! runs the enabled rules and applies suppressions.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use hcl_edit::structure::Body;

use crate::config::Config;
use crate::eval::{ModuleEnv, Scope};
use crate::model::{FileBlock, Items, ModuleCtx, Node, label};
use crate::registry::RULES;
use crate::rule::{Ctx, Finding};
use crate::source::{FileId, FileKind};
use crate::suppress::{Date, Policy, Problem};
use crate::value::Value;
use crate::workspace::{LoadError, Workspace, normalize};

/// How deep local module calls are followed.
const MAX_MODULE_DEPTH: usize = 8;

/// How many module evaluations one root module may cause (calls with
/// `count`/`for_each` multiply); past this, calls are not followed.
const MAX_EVALUATIONS: usize = 4096;

/// Loads every local module (`source = "./..."`) reachable from the loaded
/// modules, so that calls can be followed.
///
/// # Errors
/// A module directory that exists but cannot be read.
pub fn load_called_modules(ws: &mut Workspace) -> Result<(), LoadError> {
    let mut seen: HashSet<PathBuf> = HashSet::new();
    loop {
        let mut pending = Vec::new();
        for (dir, files) in &ws.modules {
            if !seen.insert(dir.clone()) {
                continue;
            }
            for &file in files {
                for target in local_calls(ws, dir, file) {
                    if !ws.modules.contains_key(&target) {
                        pending.push(target);
                    }
                }
            }
        }
        if pending.is_empty() || ws.modules.len() > 10_000 {
            return Ok(());
        }
        for dir in pending {
            ws.load_dir(&dir)?;
        }
    }
}

/// The local module directories called from a file.
fn local_calls(ws: &Workspace, dir: &Path, file: FileId) -> Vec<PathBuf> {
    let Some(body) = ws.files[file].body.as_ref() else {
        return Vec::new();
    };
    if ws.files[file].kind != FileKind::Config {
        return Vec::new();
    }
    body.blocks()
        .filter(|b| b.ident.value().as_str() == "module")
        .filter_map(|b| local_source(dir, &b.body))
        .collect()
}

fn local_source(dir: &Path, body: &Body) -> Option<PathBuf> {
    let source = body.get_attribute("source")?.value.as_str()?;
    (source.starts_with("./") || source.starts_with("../")).then(|| normalize(&dir.join(source)))
}

/// Run-wide options that are not part of a configuration file.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date suppressions' `until=` is compared with; `None` is today (UTC).
    pub today: Option<Date>,
    /// Report suppressions that match nothing (as `DFL904` findings), in
    /// addition to configurations that ask for it.
    pub report_unused_suppressions: bool,
}

/// Lints every requested module. `config_for` gives the configuration of a
/// root module directory.
#[must_use]
pub fn lint(ws: &Workspace, config_for: &dyn Fn(&Path) -> Config) -> Vec<Finding> {
    lint_with(ws, config_for, &Options::default())
}

/// [`lint`] with run-wide options.
#[must_use]
pub fn lint_with(
    ws: &Workspace,
    config_for: &dyn Fn(&Path) -> Config,
    options: &Options,
) -> Vec<Finding> {
    let today = options.today.unwrap_or_else(Date::today);
    let mut governance = Governance {
        today,
        file_roots: HashMap::new(),
        used: HashSet::new(),
    };
    let mut called: BTreeSet<PathBuf> = BTreeSet::new();
    for (dir, files) in &ws.modules {
        for &file in files {
            for target in local_calls(ws, dir, file) {
                if &target != dir {
                    called.insert(target);
                }
            }
        }
    }
    let mut findings = Vec::new();
    for dir in &ws.requested {
        if called.contains(dir) {
            continue;
        }
        let config = config_for(dir);
        let mut linter = Linter {
            ws,
            config: &config,
            findings: &mut findings,
            evaluations: 0,
            root: dir,
            governance: &mut governance,
        };
        linter.module(dir, None, 0, &[]);
    }
    let findings = finish(ws, findings, config_for, &mut governance);
    governance.report(ws, findings, config_for, options)
}

/// Suppression bookkeeping across one run.
struct Governance {
    today: Date,
    /// The root module whose configuration governs each evaluated file.
    file_roots: HashMap<FileId, PathBuf>,
    /// `(file, comment offset, rule code)` of suppressions that suppressed something.
    used: HashSet<SuppressionUse>,
}

type SuppressionUse = (FileId, usize, &'static str);

impl Governance {
    /// The directory whose configuration governs a file.
    fn config_dir(&self, ws: &Workspace, file: FileId) -> PathBuf {
        if let Some(root) = self.file_roots.get(&file) {
            return root.clone();
        }
        ws.modules
            .iter()
            .find(|(_, files)| files.contains(&file))
            .map_or_else(|| PathBuf::from("."), |(dir, _)| dir.clone())
    }

    /// Adds the governance findings (`DFL9xx`) of every suppression comment.
    fn report(
        &self,
        ws: &Workspace,
        mut findings: Vec<Finding>,
        config_for: &dyn Fn(&Path) -> Config,
        options: &Options,
    ) -> Vec<Finding> {
        let mut configs: HashMap<PathBuf, Config> = HashMap::new();
        for (file_id, file) in ws.files.iter().enumerate() {
            let sups = crate::suppress::collect(file);
            if sups.is_empty() {
                continue;
            }
            let dir = self.config_dir(ws, file_id);
            let config = configs
                .entry(dir.clone())
                .or_insert_with(|| config_for(&dir));
            let policy = &config.suppressions;
            let report_unused = options.report_unused_suppressions || policy.report_unused;
            for sup in &sups {
                let mut add = |code: &str, message: String| {
                    let Some(meta) = crate::config::find_rule(code) else {
                        return;
                    };
                    if config.enabled(meta) {
                        findings.push(Finding::new(
                            meta,
                            config.severity(meta),
                            file_id,
                            sup.span.clone(),
                            message,
                        ));
                    }
                };
                match sup.problem(policy, self.today) {
                    Some(Problem::Expired(until)) => add(
                        "DFL901",
                        format!("suppression expired on {until}; it no longer suppresses"),
                    ),
                    Some(Problem::InvalidDate(text)) => add(
                        "DFL901",
                        format!(
                            "suppression has an invalid until date `{text}`; it does not suppress"
                        ),
                    ),
                    Some(Problem::NoReason) => add(
                        "DFL902",
                        "suppression gives no reason; it does not suppress".to_owned(),
                    ),
                    Some(Problem::Forbidden) | None => {}
                }
                let holds = sup.problem(policy, self.today).is_none();
                for &code in &sup.codes {
                    if policy.forbid.contains(&code) {
                        add(
                            "DFL903",
                            format!(
                                "{code} may not be suppressed inline; the suppression is ignored"
                            ),
                        );
                    } else if holds
                        && report_unused
                        && !self.used.contains(&(file_id, sup.span.start, code))
                    {
                        add(
                            "DFL904",
                            format!("suppression of {code} matches no finding"),
                        );
                    }
                }
            }
        }
        findings.sort_by(|a, b| {
            (a.file, a.span.start, a.rule.code).cmp(&(b.file, b.span.start, b.rule.code))
        });
        findings
    }
}

/// What a caller hands to a called module.
struct CallInputs {
    vars: HashMap<String, Value>,
    default_tags: BTreeMap<String, Value>,
}

struct Linter<'a, 'w> {
    ws: &'w Workspace,
    config: &'a Config,
    findings: &'a mut Vec<Finding>,
    evaluations: usize,
    root: &'a Path,
    governance: &'a mut Governance,
}

impl<'w> Linter<'_, 'w> {
    /// Evaluates one module. `muted` are rule codes suppressed at the call
    /// site of this module (and of its callers).
    fn module(
        &mut self,
        dir: &Path,
        inputs: Option<CallInputs>,
        depth: usize,
        muted: &[(&'static str, SuppressionUse)],
    ) {
        let Some(files) = self.ws.modules.get(dir) else {
            return;
        };
        for &file in files {
            self.governance
                .file_roots
                .entry(file)
                .or_insert_with(|| self.root.to_path_buf());
        }
        if self.evaluations >= MAX_EVALUATIONS {
            return;
        }
        self.evaluations += 1;
        let mut bodies: Vec<(FileId, &'w Body)> = Vec::new();
        let mut tfvars: Vec<(FileId, &'w Body)> = Vec::new();
        let mut backend_files = Vec::new();
        for &id in files {
            let file = &self.ws.files[id];
            let Some(body) = file.body.as_ref() else {
                continue;
            };
            match file.kind {
                FileKind::Config => bodies.push((id, body)),
                FileKind::Vars => tfvars.push((id, body)),
                FileKind::Backend => backend_files.push((id, body)),
            }
        }
        let mut items = Items::collect(&bodies);
        let has_backend = items.terraform.iter().any(|t| {
            t.block
                .body
                .blocks()
                .any(|b| matches!(b.ident.value().as_str(), "backend" | "cloud"))
        });
        let is_call = inputs.is_some();
        let vars = match &inputs {
            Some(inputs) => child_vars(&items, &inputs.vars),
            None => root_vars(self.ws, &items, &tfvars),
        };
        let locals: HashMap<String, _> = items
            .locals
            .iter()
            .map(|(k, v)| ((*k).to_owned(), *v))
            .collect();
        let env = ModuleEnv::new(vars, locals, dir.to_string_lossy().into_owned());
        items.backend_files = backend_files;
        let inherited = inputs.as_ref().map(|i| i.default_tags.clone());
        let definitely_root = has_backend || !items.providers.is_empty();
        let mut module = ModuleCtx {
            dir: dir.to_path_buf(),
            is_root: !is_call && (has_backend || !items.providers.is_empty() || !tfvars.is_empty()),
            items,
            default_tags: BTreeMap::new(),
            env,
        };
        module.default_tags = provider_tags(&module, inherited, definitely_root);
        let module_start = self.findings.len();
        for meta in RULES {
            if !self.config.enabled(meta) {
                continue;
            }
            let start = self.findings.len();
            let mut cx = Ctx {
                module: &module,
                config: self.config,
                rule: meta,
                findings: self.findings,
                workspace: self.ws,
            };
            meta.rule.check(&mut cx);
            let severity = self.config.severity(meta);
            for finding in &mut self.findings[start..] {
                finding.severity = severity;
            }
        }
        for finding in &mut self.findings[module_start..] {
            if let Some((_, by)) = muted.iter().find(|(code, _)| *code == finding.rule.code) {
                finding.suppressed = true;
                self.governance.used.insert(*by);
            }
        }
        if depth >= MAX_MODULE_DEPTH {
            return;
        }
        for call in &module.items.modules {
            let Some(child_dir) = local_source(dir, &call.block.body) else {
                continue;
            };
            if child_dir == dir {
                continue;
            }
            let mut child_muted = muted.to_vec();
            child_muted.extend(call_site_suppressions(
                self.ws,
                *call,
                &self.config.suppressions,
                self.governance.today,
            ));
            for inputs in call_inputs(&module, *call) {
                self.module(&child_dir, Some(inputs), depth + 1, &child_muted);
            }
        }
    }
}

/// Rule codes suppressed by a comment on or above a `module` block (and in
/// force): they are suppressed for everything that module call produces.
fn call_site_suppressions(
    ws: &Workspace,
    call: FileBlock<'_>,
    policy: &Policy,
    today: Date,
) -> Vec<(&'static str, SuppressionUse)> {
    let file = &ws.files[call.file];
    let line = file.line_of(crate::model::header_span(call.block).start);
    crate::suppress::collect(file)
        .into_iter()
        .filter(|s| (s.first_line..=s.last_line).contains(&line))
        .flat_map(|s| {
            s.codes
                .iter()
                .filter(|code| s.holds_for(code, policy, today))
                .map(|&code| (code, (call.file, s.span.start, code)))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn literal_env() -> ModuleEnv<'static> {
    ModuleEnv::new(HashMap::new(), HashMap::new(), ".".to_owned())
}

/// Variables of a root module: defaults, then `terraform.tfvars` (and its
/// `.json` form), then `*.auto.tfvars` (and `.json`) in name order. A variable that another `.tfvars` file in
/// the directory (for `-var-file`) sets differently becomes unknown.
fn root_vars(
    ws: &Workspace,
    items: &Items<'_>,
    tfvars: &[(FileId, &Body)],
) -> HashMap<String, Value> {
    let env = literal_env();
    let scope = Scope::new(&env);
    let mut vars = defaults(items, &scope);
    let name = |id: FileId| {
        ws.files[id]
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut auto: Vec<(String, &Body)> = Vec::new();
    let mut other: Vec<&Body> = Vec::new();
    for &(id, body) in tfvars {
        let n = name(id);
        if n == "terraform.tfvars" || n == "terraform.tfvars.json" {
            // Both load before any `*.auto.tfvars`, `.json` after the plain one.
            auto.push((format!("\0{n}"), body));
        } else if n.ends_with(".auto.tfvars") || n.ends_with(".auto.tfvars.json") {
            auto.push((n, body));
        } else {
            other.push(body);
        }
    }
    auto.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, body) in auto {
        for attr in body.attributes() {
            vars.insert(
                attr.key.value().as_str().to_owned(),
                scope.eval(&attr.value),
            );
        }
    }
    for body in other {
        for attr in body.attributes() {
            let key = attr.key.value().as_str();
            let value = scope.eval(&attr.value);
            if vars.get(key) != Some(&value) {
                vars.insert(key.to_owned(), Value::Unknown);
            }
        }
    }
    vars
}

fn defaults(items: &Items<'_>, scope: &Scope<'_, '_>) -> HashMap<String, Value> {
    let mut vars = HashMap::new();
    for var in &items.variables {
        let Some(name) = label(var.block, 0) else {
            continue;
        };
        let value = var
            .block
            .body
            .get_attribute("default")
            .map_or(Value::Unknown, |a| scope.eval(&a.value));
        vars.insert(name.to_owned(), value);
    }
    vars
}

/// Variables of a called module: the caller's inputs, else the defaults.
fn child_vars(items: &Items<'_>, inputs: &HashMap<String, Value>) -> HashMap<String, Value> {
    let env = literal_env();
    let mut vars = defaults(items, &Scope::new(&env));
    for (name, value) in vars.iter_mut() {
        if let Some(input) = inputs.get(name) {
            // `null` for a variable with a default means "use the default".
            if !input.is_null() {
                *value = input.clone();
            }
        }
    }
    vars
}

/// The inputs of each instance of a module call.
fn call_inputs(module: &ModuleCtx<'_>, call: FileBlock<'_>) -> Vec<CallInputs> {
    let decl = crate::model::ResourceDecl {
        mode: crate::model::Mode::Managed,
        rtype: "module",
        name: label(call.block, 0).unwrap_or_default(),
        block: call.block,
        file: call.file,
    };
    let mut default_tags = BTreeMap::new();
    for (key, value) in &module.default_tags {
        if !key.contains('.') {
            default_tags.insert(key.clone(), value.clone());
        }
    }
    if let Some(providers) = call.block.body.get_attribute("providers")
        && let hcl_edit::expr::Expression::Object(object) = &providers.value
    {
        for (key, value) in object.iter() {
            let child_key = match key {
                hcl_edit::expr::ObjectKey::Ident(i) => i.value().as_str().to_owned(),
                hcl_edit::expr::ObjectKey::Expression(e) => crate::model::traversal_path(e)
                    .map(|p| p.join("."))
                    .or_else(|| e.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            };
            let parent_key = crate::model::traversal_path(value.expr()).map(|p| p.join("."));
            let tags = parent_key
                .and_then(|k| module.default_tags.get(&k).cloned())
                .unwrap_or(Value::Unknown);
            default_tags.insert(child_key, tags);
        }
    }
    module
        .instances(&decl)
        .into_iter()
        .map(|node: Node<'_, '_>| {
            let vars = node
                .body
                .attributes()
                .filter(|a| {
                    !matches!(
                        a.key.value().as_str(),
                        "source" | "version" | "providers" | "count" | "for_each" | "depends_on"
                    )
                })
                .map(|a| (a.key.value().as_str().to_owned(), node.eval(&a.value)))
                .collect();
            CallInputs {
                vars,
                default_tags: default_tags.clone(),
            }
        })
        .collect()
}

/// Provider default tags (AWS `default_tags`, Google `default_labels`) by
/// provider address.
fn provider_tags(
    module: &ModuleCtx<'_>,
    inherited: Option<BTreeMap<String, Value>>,
    definitely_root: bool,
) -> BTreeMap<String, Value> {
    let mut tags = inherited.unwrap_or_default();
    let standalone_unknown = !definitely_root && tags.is_empty();
    for name in ["aws", "google", "google-beta", "azurerm"] {
        tags.entry(name.to_owned())
            .or_insert(if standalone_unknown {
                // A module linted on its own may get a provider with default tags
                // from a caller we cannot see.
                Value::Unknown
            } else {
                Value::Object(BTreeMap::new())
            });
    }
    for provider in &module.items.providers {
        let Some(name) = label(provider.block, 0) else {
            continue;
        };
        let node = module.node(*provider);
        let key = match node.value("alias") {
            Some(Value::String(alias)) => format!("{name}.{alias}"),
            Some(_) => continue,
            None => name.to_owned(),
        };
        let value = match name {
            "aws" => {
                let blocks = node.blocks("default_tags");
                match blocks.as_slice() {
                    [] => Value::Object(BTreeMap::new()),
                    [one] if !one.uncertain => {
                        one.value("tags").unwrap_or(Value::Object(BTreeMap::new()))
                    }
                    _ => Value::Unknown,
                }
            }
            "google" | "google-beta" => node
                .value("default_labels")
                .unwrap_or(Value::Object(BTreeMap::new())),
            _ => Value::Object(BTreeMap::new()),
        };
        tags.insert(key, value);
    }
    tags
}

/// Deduplicates, sorts and applies inline suppressions that are in force.
fn finish(
    ws: &Workspace,
    mut findings: Vec<Finding>,
    config_for: &dyn Fn(&Path) -> Config,
    governance: &mut Governance,
) -> Vec<Finding> {
    findings.sort_by(|a, b| {
        // Unsuppressed first, so that deduplication keeps a finding that any
        // one module call leaves unsuppressed.
        (
            a.file,
            a.span.start,
            a.rule.code,
            a.span.end,
            &a.message,
            a.suppressed,
        )
            .cmp(&(
                b.file,
                b.span.start,
                b.rule.code,
                b.span.end,
                &b.message,
                b.suppressed,
            ))
    });
    findings.dedup_by(|a, b| {
        a.file == b.file && a.span == b.span && a.rule.code == b.rule.code && a.message == b.message
    });
    let mut cache: HashMap<FileId, (Vec<crate::suppress::Suppression>, Policy)> = HashMap::new();
    let mut configs: HashMap<PathBuf, Policy> = HashMap::new();
    for finding in &mut findings {
        let file = &ws.files[finding.file];
        let (sups, policy) = cache.entry(finding.file).or_insert_with(|| {
            let dir = governance.config_dir(ws, finding.file);
            let policy = configs
                .entry(dir.clone())
                .or_insert_with(|| config_for(&dir).suppressions)
                .clone();
            (crate::suppress::collect(file), policy)
        });
        if finding.attribute.is_none() {
            finding.attribute = crate::baseline::attribute_path(file, finding.span.start);
        }
        let line = file.line_of(finding.span.start);
        let code = finding.rule.code;
        for sup in sups.iter() {
            if sup.covers(code, line) && sup.holds_for(code, policy, governance.today) {
                finding.suppressed = true;
                governance.used.insert((finding.file, sup.span.start, code));
            }
        }
    }
    findings
}
