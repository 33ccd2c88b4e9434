//! Layer 8: the lint driver. [`lint_with`] evaluates each requested root
//! module, follows local module calls with their inputs, dispatches every
//! enabled rule and applies inline suppressions. Split by job:
//!
//! - `calls`: loading called modules, variables and the inputs of a call;
//! - `default_tags`: provider default tags, inherited through calls;
//! - `dispatch`: one module evaluation and the rules run on it;
//! - `downloaded`: findings inside downloaded modules, moved to the call;
//! - `governance`: suppressions in force, and the `DFL9xx` findings about
//!   the suppression comments themselves;
//! - `plan`: findings on a plan's instances, pointed back at the source.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::findings::{Finding, RuleMeta};
use crate::settings::Settings;
use crate::source::workspace::Workspace;
use crate::suppress::Date;

mod calls;
mod default_tags;
mod dispatch;
mod downloaded;
mod governance;
mod plan;

pub use calls::load_called_modules;

use calls::local_calls;
use dispatch::Linter;
use governance::{Governance, finish};

/// Run-wide options that are not part of a configuration file.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date suppressions' `until=` is compared with; `None` is today (UTC).
    pub today: Option<Date>,
    /// Report suppressions that match nothing (as `DFL904` findings), in
    /// addition to configurations that ask for it.
    pub report_unused_suppressions: bool,
}

/// Lints every requested module. `settings_for` gives the settings of a root
/// module directory.
#[must_use]
pub fn lint(ws: &Workspace, settings_for: &dyn Fn(&Path) -> Settings) -> Vec<Finding> {
    lint_with(ws, settings_for, &Options::default())
}

/// [`lint`] with run-wide options.
#[must_use]
pub fn lint_with(
    ws: &Workspace,
    settings_for: &dyn Fn(&Path) -> Settings,
    options: &Options,
) -> Vec<Finding> {
    let today = options.today.unwrap_or_else(Date::today);
    let mut policies: Vec<&'static RuleMeta> = Vec::new();
    for dir in &ws.requested {
        for policy in settings_for(dir).policies {
            if !policies.iter().any(|p| std::ptr::eq(*p, &policy.meta)) {
                policies.push(&policy.meta);
            }
        }
    }
    let mut governance = Governance::new(today, policies);
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
        let settings = settings_for(dir);
        let mut linter = Linter {
            ws,
            settings: &settings,
            findings: &mut findings,
            evaluations: 0,
            root: dir,
            governance: &mut governance,
        };
        linter.module(dir, None, "", 0, &[]);
    }
    plan::to_source(ws, &mut findings);
    let findings = finish(ws, findings, settings_for, &mut governance);
    governance.report(
        ws,
        findings,
        settings_for,
        options.report_unused_suppressions,
    )
}
