//! Module calls and their inputs: which local modules a module calls, the
//! variables of a root module (defaults and `tfvars`), and what each
//! instance of a call hands to the called module.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use hcl_edit::structure::Body;

use crate::eval::{ModuleEnv, Scope};
use crate::model::{self, FileBlock, Items, ModuleCtx, Node, label};
use crate::source::workspace::{LoadError, Workspace, normalize};
use crate::source::{FileId, FileKind, modules_json, registry_pack};
use crate::value::Value;

/// Loads the modules that the requested directories' module manifests
/// (`.terraform/modules/modules.json`) list, then every local module
/// (`source = "./..."`) reachable from the loaded modules, so that calls can
/// be followed.
///
/// # Errors
/// A module directory that exists but cannot be read.
pub fn load_called_modules(ws: &mut Workspace) -> Result<(), LoadError> {
    // Modules `terraform init` downloaded, whatever their source.
    for root in ws.requested.clone() {
        let Some(entries) = modules_json::read(&root).map_err(LoadError::Manifest)? else {
            continue;
        };
        for entry in &entries {
            ws.load_dir(&entry.dir)?;
        }
        ws.manifests.insert(root, entries);
    }
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
            load_pack_modules(ws);
            return Ok(());
        }
        for dir in pending {
            ws.load_dir(&dir)?;
        }
    }
}

/// Loads the registry-pack entries that the module calls of the loaded
/// modules admit (calls Terraform downloaded are followed there instead, but
/// loading a pack module that goes unused costs one small parse).
fn load_pack_modules(ws: &mut Workspace) {
    let mut wanted = Vec::new();
    for file in &ws.files {
        let Some(body) = file.body.as_ref().filter(|_| file.kind == FileKind::Config) else {
            continue;
        };
        // `terraform init` downloaded the calls of a root with a manifest,
        // and of the modules it downloaded.
        let dir = crate::source::workspace::dir_of(&file.path);
        if ws.manifests.contains_key(&dir) || modules_json::is_downloaded(&file.path) {
            continue;
        }
        for call in body
            .blocks()
            .filter(|b| b.ident.value().as_str() == "module")
        {
            wanted.extend(pack_entries(&call.body));
        }
    }
    for index in wanted {
        ws.load_pack(index);
    }
}

/// The registry-pack entries a module call admits (none for a local or
/// non-registry source).
pub(super) fn pack_entries(body: &Body) -> Vec<usize> {
    let Some(source) = body.get_attribute("source").and_then(|a| a.value.as_str()) else {
        return Vec::new();
    };
    let constraint = body.get_attribute("version").map(|a| a.value.as_str());
    match constraint {
        // A `version` that is not a literal string cannot be judged.
        Some(None) => Vec::new(),
        Some(Some(c)) => registry_pack::admitted(source, Some(c)),
        None => registry_pack::admitted(source, None),
    }
}

/// The local module directories called from a file.
pub(super) fn local_calls(ws: &Workspace, dir: &Path, file: FileId) -> Vec<PathBuf> {
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

pub(super) fn local_source(dir: &Path, body: &Body) -> Option<PathBuf> {
    let source = body.get_attribute("source")?.value.as_str()?;
    (source.starts_with("./") || source.starts_with("../")).then(|| normalize(&dir.join(source)))
}

/// What a caller hands to a called module.
pub(super) struct CallInputs {
    pub(super) vars: HashMap<String, Value>,
    pub(super) default_tags: BTreeMap<String, Value>,
}

fn literal_env() -> ModuleEnv<'static> {
    ModuleEnv::new(HashMap::new(), HashMap::new(), ".".to_owned())
}

/// Variables of a root module: defaults, then `terraform.tfvars` (and its
/// `.json` form), then `*.auto.tfvars` (and `.json`) in name order. A variable that another `.tfvars` file in
/// the directory (for `-var-file`) sets differently becomes unknown.
pub(super) fn root_vars(
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
pub(super) fn child_vars(
    items: &Items<'_>,
    inputs: &HashMap<String, Value>,
) -> HashMap<String, Value> {
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
pub(super) fn call_inputs<'w>(module: &ModuleCtx<'w>, call: FileBlock<'w>) -> Vec<CallInputs> {
    let decl = model::ResourceDecl {
        mode: model::Mode::Managed,
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
                hcl_edit::expr::ObjectKey::Expression(e) => model::traversal_path(e)
                    .map(|p| p.join("."))
                    .or_else(|| e.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            };
            let parent_key = model::traversal_path(value.expr()).map(|p| p.join("."));
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
