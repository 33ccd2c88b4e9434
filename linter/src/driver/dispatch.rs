//! One module evaluation: its items, variables, locals and default tags,
//! then every enabled rule of the registry, then the module calls it makes.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::path::Path;

use hcl_edit::structure::Body;

use super::calls::{CallInputs, call_inputs, child_vars, local_source, root_vars};
use super::default_tags::provider_tags;
use super::governance::{Governance, SuppressionUse};
use super::policy_settings;
use crate::eval::ModuleEnv;
use crate::findings::Finding;
use crate::model::{Items, ModuleCtx};
use crate::policy::{self, Policy};
use crate::registry::RULES;
use crate::rule::Ctx;
use crate::settings::Settings;
use crate::source::workspace::Workspace;
use crate::source::{FileId, FileKind};

/// How deep local module calls are followed.
const MAX_MODULE_DEPTH: usize = 8;

/// How many module evaluations one root module may cause (calls with
/// `count`/`for_each` multiply); past this, calls are not followed.
const MAX_EVALUATIONS: usize = 4096;

/// One root module's run: the workspace, its settings, and the sinks.
pub(super) struct Linter<'a, 'w> {
    pub(super) ws: &'w Workspace,
    pub(super) settings: &'a Settings,
    pub(super) findings: &'a mut Vec<Finding>,
    pub(super) evaluations: usize,
    pub(super) root: &'a Path,
    pub(super) governance: &'a mut Governance,
}

impl<'w> Linter<'_, 'w> {
    /// Evaluates one module. `muted` are rule codes suppressed at the call
    /// site of this module (and of its callers).
    pub(super) fn module(
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
        let is_root =
            !is_call && (has_backend || !items.providers.is_empty() || !tfvars.is_empty());
        let mut module = ModuleCtx::new(dir.to_path_buf(), items, is_root, env);
        module.default_tags = provider_tags(&module, inherited, definitely_root);
        let module_start = self.findings.len();
        for meta in RULES {
            if !self.settings.enabled(meta) {
                continue;
            }
            let start = self.findings.len();
            let mut cx = Ctx {
                module: &module,
                settings: self.settings,
                rule: &meta.meta,
                findings: self.findings,
                workspace: self.ws,
            };
            meta.rule.check(&mut cx);
            let severity = self.settings.severity(meta);
            for finding in &mut self.findings[start..] {
                finding.severity = severity;
            }
        }
        self.policies(&module);
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
            child_muted.extend(self.governance.call_site_suppressions(
                self.ws,
                *call,
                &self.settings.suppressions,
            ));
            for inputs in call_inputs(&module, *call) {
                self.module(&child_dir, Some(inputs), depth + 1, &child_muted);
            }
        }
    }

    /// Runs the built-in policies, then the configuration's, on one module
    /// evaluation.
    fn policies(&mut self, module: &ModuleCtx<'_>) {
        let settings = self.settings;
        let policies: Vec<&'static Policy> = policy::builtin()
            .iter()
            .chain(&settings.policies)
            .copied()
            .filter(|p| settings.enabled(&p.meta))
            .collect();
        let referrers = OnceCell::new();
        let settings_value = policy_settings::value(settings);
        for policy in policies {
            let start = self.findings.len();
            policy.check(module, &referrers, &settings_value, self.findings);
            let severity = settings.severity(&policy.meta);
            for finding in &mut self.findings[start..] {
                finding.severity = severity;
            }
        }
    }
}
