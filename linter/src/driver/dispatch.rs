//! One module evaluation: its items, variables, locals and default tags,
//! then every enabled rule of the registry, then the module calls it makes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use hcl_edit::structure::Body;

use super::calls::{CallInputs, call_inputs, child_vars, local_source, pack_entries, root_vars};
use super::default_tags::provider_tags;
use super::downloaded::{attribute_to_call, merge_pack_findings};
use super::governance::{Governance, SuppressionUse};
use crate::eval::ModuleEnv;
use crate::findings::Finding;
use crate::model::{FileBlock, Items, ModuleCtx};
use crate::policy::{self, Policy};
use crate::registry::RULES;
use crate::rule::Ctx;
use crate::settings::{S3Policy, Settings};
use crate::source::modules_json::ManifestEntry;
use crate::source::workspace::Workspace;
use crate::source::{FileId, FileKind, registry_pack};
use crate::value::Value;

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
        key: &str,
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
        items.backend_files = backend_files.clone();
        let inherited = inputs.as_ref().map(|i| i.default_tags.clone());
        // A plan's values already hold the provider's default tags.
        let is_plan = self
            .ws
            .plans
            .iter()
            .any(|p| self.ws.files[p.file].path == dir);
        let definitely_root = has_backend || !items.providers.is_empty() || is_plan;
        let is_root =
            !is_call && (has_backend || !items.providers.is_empty() || !tfvars.is_empty());
        let mut module = ModuleCtx::new(dir.to_path_buf(), items, is_root, env);
        module.default_tags = provider_tags(&module, inherited, definitely_root);
        let module_start = self.findings.len();
        self.checks(&module);
        // A module with no caller, no backend, provider or `tfvars` is a
        // reusable module linted on its own: a resource that expands to no
        // instance with the inputs' defaults is checked again as a template.
        // The template evaluation is apart, so that a companion resource that
        // exists only for some inputs (`count = var.encrypt ? 1 : 0`) never
        // hides a finding of the first one.
        if !is_call && !is_root && !is_plan && module.has_templates() {
            let mut items = Items::collect(&bodies);
            items.backend_files = backend_files;
            let vars = root_vars(self.ws, &items, &tfvars);
            let locals = items.locals.iter().map(|(k, v)| ((*k).to_owned(), *v));
            let env = ModuleEnv::new(vars, locals.collect(), dir.to_string_lossy().into_owned());
            let mut template = ModuleCtx::new(dir.to_path_buf(), items, false, env);
            template.default_tags = module.default_tags.clone();
            template.templates = true;
            let start = self.findings.len();
            self.checks(&template);
            let templated = template.templated();
            let mut kept = self.findings.split_off(start);
            kept.retain(|f| f.resource.as_ref().is_some_and(|r| templated.contains(r)));
            for finding in &mut kept {
                finding
                    .message
                    .push_str(" (for each instance: `count`/`for_each` depends on an input)");
            }
            self.findings.extend(kept);
        }
        for finding in &mut self.findings[module_start..] {
            let file = &self.ws.files[finding.file];
            if file.generated.is_some() {
                // Spans index the native text generated from the JSON: name
                // the attribute while they do, then point into the JSON.
                if finding.attribute.is_none() {
                    finding.attribute = crate::model::attribute_path(file, finding.span.start);
                }
                finding.span = file.text_span(finding.span.clone());
                finding.fix = None;
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
            let name = crate::model::label(call.block, 0).unwrap_or_default();
            let child_key = if key.is_empty() {
                name.to_owned()
            } else {
                format!("{key}.{name}")
            };
            // A local source, else the directory `terraform init` downloaded
            // the call to.
            let entry = self
                .ws
                .manifests
                .get(self.root)
                .and_then(|m| m.iter().find(|e| e.key == child_key));
            let Some(child_dir) =
                local_source(dir, &call.block.body).or_else(|| entry.map(|e| e.dir.clone()))
            else {
                self.pack_call(&module, *call, &child_key, depth, muted);
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
                let start = self.findings.len();
                self.module(
                    &child_dir,
                    Some(inputs),
                    &child_key,
                    depth + 1,
                    &child_muted,
                );
                attribute_to_call(self.ws, *call, entry, self.findings, start);
            }
        }
    }

    /// Follows a call of a registry module that was not downloaded into the
    /// registry-pack entries its `version` admits (none: not judged).
    fn pack_call(
        &mut self,
        module: &ModuleCtx<'w>,
        call: FileBlock<'w>,
        key: &str,
        depth: usize,
        muted: &[(&'static str, SuppressionUse)],
    ) {
        let entries = pack_entries(&call.block.body);
        if entries.is_empty() {
            return;
        }
        let literal = |name: &str| {
            call.block
                .body
                .get_attribute(name)
                .and_then(|a| a.value.as_str())
        };
        let label = ManifestEntry {
            key: key.to_owned(),
            source: literal("source").unwrap_or_default().to_owned(),
            version: literal("version").map(str::to_owned),
            dir: PathBuf::new(),
        };
        let mut child_muted = muted.to_vec();
        child_muted.extend(self.governance.call_site_suppressions(
            self.ws,
            call,
            &self.settings.suppressions,
        ));
        let start = self.findings.len();
        let mut produced_by = Vec::new();
        for index in entries {
            let dir = registry_pack::dir_of(index);
            for inputs in call_inputs(module, call) {
                let at = self.findings.len();
                self.module(&dir, Some(inputs), key, depth + 1, &child_muted);
                attribute_to_call(self.ws, call, Some(&label), self.findings, at);
            }
            produced_by.resize(self.findings.len() - start, index);
        }
        merge_pack_findings(self.findings, start, &produced_by, literal("version"));
    }

    /// Runs every enabled rule, then the policies, on one module evaluation.
    fn checks(&mut self, module: &ModuleCtx<'_>) {
        for meta in RULES {
            if !self.settings.enabled(meta) {
                continue;
            }
            let start = self.findings.len();
            let mut cx = Ctx {
                module,
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
        self.policies(module);
    }

    /// Runs the built-in policies, then the configuration's, on one module
    /// evaluation.
    fn policies(&mut self, module: &ModuleCtx<'_>) {
        let settings = self.settings;
        // Built-in policies of types the module does not declare report
        // nothing; they are not even parsed.
        let mut present: Vec<&str> = module.items.resources.iter().map(|d| d.rtype).collect();
        present.sort_unstable();
        present.dedup();
        let policies: Vec<&'static Policy> = policy::builtin_for_types(&present)
            .into_iter()
            .chain(settings.policies.iter().copied())
            .filter(|p| settings.enabled(&p.meta))
            .collect();
        if policies.is_empty() {
            return;
        }
        let referrers = policy::Referrers::default();
        let settings_value = settings_value(settings);
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

/// The `settings` object policies read: the settings that say what to report.
fn settings_value(settings: &Settings) -> Value {
    let strings =
        |items: &[String]| Value::List(items.iter().cloned().map(Value::String).collect());
    let ports =
        |items: &[u16]| Value::List(items.iter().map(|p| Value::Number(f64::from(*p))).collect());
    let s3 = match settings.s3_encryption {
        S3Policy::Any => "any",
        S3Policy::Kms => "kms",
    };
    Value::Object(
        [
            ("require_kms", Value::Bool(settings.require_kms)),
            ("s3_encryption", Value::String(s3.to_owned())),
            ("required_tags", strings(&settings.required_tags)),
            (
                "allowed_public_ports",
                ports(&settings.allowed_public_ports),
            ),
            ("sensitive_ports", ports(&settings.sensitive_ports)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect(),
    )
}
