//! devopsflow-lint: a fast, precise policy linter for Terraform and OpenTofu.
//!
//! The pipeline is: [`Workspace::load`] discovers and parses files (with
//! spans, via `hcl-edit`) and groups them by directory into modules;
//! [`lint::load_called_modules`] brings in local modules that are called;
//! [`lint::lint`] evaluates each root module (variables, `tfvars`, locals,
//! functions, `count`/`for_each`/`dynamic`), follows local module calls with
//! their inputs, runs every enabled rule of the [`registry`] and applies
//! inline suppressions; [`report::Report`] renders pretty or JSON output.
//!
//! A value that cannot be known statically is [`value::Value::Unknown`], and
//! an unknown value never produces a finding.
#![warn(missing_docs)]

pub mod baseline;
pub mod config;
mod eval;
pub mod fix;
pub mod foreign;
mod functions;
pub mod lint;
pub mod model;
pub mod output;
pub mod registry;
pub mod report;
pub mod rule;
mod rules;
pub mod source;
pub mod suppress;
pub mod value;
pub mod workspace;

pub use config::Config;
pub use rule::{Category, Finding, RuleMeta, Severity};
pub use workspace::Workspace;

/// Lints in-memory sources with one configuration (tests, fuzzing, embedding).
#[must_use]
pub fn lint_sources(sources: &[(&str, &str)], config: &Config) -> (Workspace, Vec<Finding>) {
    let ws = Workspace::from_sources(sources);
    let findings = lint::lint(&ws, &|_| config.clone());
    (ws, findings)
}
