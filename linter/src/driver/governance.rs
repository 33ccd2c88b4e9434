//! Suppression governance across one run: which suppressions are in force
//! and what they suppressed, and the `DFL9xx` findings about the comments
//! themselves (expired, without a reason, forbidden, unused). Each file's
//! suppression comments are read once per run and shared by every step.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::findings::{Finding, RuleMeta};
use crate::model::{self, FileBlock};
use crate::registry::find_rule;
use crate::settings::{Settings, SuppressionPolicy};
use crate::source::FileId;
use crate::source::workspace::Workspace;
use crate::suppress::{self, Date, Problem, Suppression};

/// Suppression bookkeeping across one run.
pub(super) struct Governance {
    pub(super) today: Date,
    /// The root module whose configuration governs each evaluated file.
    pub(super) file_roots: HashMap<FileId, PathBuf>,
    /// `(file, comment offset, rule code)` of suppressions that suppressed something.
    pub(super) used: HashSet<SuppressionUse>,
    /// The suppression comments of each file, read on first use.
    comments: RefCell<HashMap<FileId, Rc<[Suppression]>>>,
    /// The user policies of the run, which comments may name.
    policies: Vec<&'static RuleMeta>,
}

pub(super) type SuppressionUse = (FileId, usize, &'static str);

impl Governance {
    /// Bookkeeping for a run dated `today`.
    pub(super) fn new(today: Date, policies: Vec<&'static RuleMeta>) -> Self {
        Self {
            policies,
            today,
            file_roots: HashMap::new(),
            used: HashSet::new(),
            comments: RefCell::new(HashMap::new()),
        }
    }

    /// The suppression comments of a file, read once per run.
    fn comments(&self, ws: &Workspace, file: FileId) -> Rc<[Suppression]> {
        let cached = self.comments.borrow().get(&file).cloned();
        cached.unwrap_or_else(|| {
            let comments: Rc<[Suppression]> =
                suppress::collect_with(&ws.files[file], &self.policies).into();
            self.comments
                .borrow_mut()
                .insert(file, Rc::clone(&comments));
            comments
        })
    }

    /// Rule codes suppressed by a comment on or above a `module` block (and
    /// in force): they are suppressed for everything that module call
    /// produces.
    pub(super) fn call_site_suppressions(
        &self,
        ws: &Workspace,
        call: FileBlock<'_>,
        policy: &SuppressionPolicy,
    ) -> Vec<(&'static str, SuppressionUse)> {
        let file = &ws.files[call.file];
        let line = file.line_of(file.text_span(model::header_span(call.block)).start);
        self.comments(ws, call.file)
            .iter()
            .filter(|s| (s.first_line..=s.last_line).contains(&line))
            .flat_map(|s| {
                s.codes
                    .iter()
                    .filter(|code| s.holds_for(code, policy, self.today))
                    .map(|&code| (code, (call.file, s.span.start, code)))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

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

    /// Adds the governance findings (`DFL9xx`) of every suppression comment;
    /// `report_unused_everywhere` reports unused ones whatever the settings say.
    pub(super) fn report(
        &self,
        ws: &Workspace,
        mut findings: Vec<Finding>,
        settings_for: &dyn Fn(&Path) -> Settings,
        report_unused_everywhere: bool,
    ) -> Vec<Finding> {
        let mut configs: HashMap<PathBuf, Settings> = HashMap::new();
        for file_id in 0..ws.files.len() {
            let sups = self.comments(ws, file_id);
            if sups.is_empty() {
                continue;
            }
            let dir = self.config_dir(ws, file_id);
            let config = configs
                .entry(dir.clone())
                .or_insert_with(|| settings_for(&dir));
            let policy = &config.suppressions;
            let report_unused = report_unused_everywhere || policy.report_unused;
            for sup in sups.iter() {
                let mut add = |code: &str, message: String| {
                    let Some(meta) = find_rule(code) else {
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

/// Deduplicates, sorts and applies inline suppressions that are in force.
pub(super) fn finish(
    ws: &Workspace,
    mut findings: Vec<Finding>,
    settings_for: &dyn Fn(&Path) -> Settings,
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
    let mut cache: HashMap<FileId, (Rc<[Suppression]>, SuppressionPolicy)> = HashMap::new();
    let mut configs: HashMap<PathBuf, SuppressionPolicy> = HashMap::new();
    for finding in &mut findings {
        let file = &ws.files[finding.file];
        let (sups, policy) = cache.entry(finding.file).or_insert_with(|| {
            let dir = governance.config_dir(ws, finding.file);
            let policy = configs
                .entry(dir.clone())
                .or_insert_with(|| settings_for(&dir).suppressions)
                .clone();
            (governance.comments(ws, finding.file), policy)
        });
        // A JSON file's findings already point into the JSON, where the
        // body's spans (which name attributes) do not apply.
        if finding.attribute.is_none() && file.generated.is_none() {
            finding.attribute = model::attribute_path(file, finding.span.start);
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
