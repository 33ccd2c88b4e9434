//! devopsflow-lint: a fast, precise policy linter for Terraform and OpenTofu.
//!
//! # Layers
//!
//! The crate is built bottom to top. A module may import from its own layer's
//! earlier modules and from lower layers, never from a layer above it.
//! `tests/layering.rs` reads this table and every source file's `crate::`
//! paths and fails on an upward import or a module missing from the table.
//!
//! | layer | modules | what |
//! |---|---|---|
//! | 1 | [`value`], [`source`] | evaluated values; source files and the [`Workspace`] |
//! | 2 | [`findings`] | `Severity`, `Category`, `RuleMeta`, `Finding`, and fix data (`Edit`, `Fix`, `Applicability`); data only, no I/O |
//! | 3 | `eval`, [`model`] | expression evaluation; the module model, with the facts rules share (instances, network exposures) cached per module |
//! | 4 | [`policy`], [`settings`] | policies written in HCL: their model, parser and evaluation, and the embedded built-in pack; resolved [`Settings`] (data only, with the user policies in force) |
//! | 5 | [`rule`] | the `Rule` trait and its context (which holds settings, not the config loader); edit builders |
//! | 6 | `rules`, [`registry`] | one rule per file; the registry, with lookup by code or name |
//! | 7 | [`config`], [`suppress`] | the configuration file parsed into settings; inline suppressions |
//! | 8 | [`driver`] | the lint driver: module calls and inputs, default tags, dispatch, governance |
//! | 9 | [`fix_apply`], [`baseline`], [`output`] | applying fixes, baselines, output formats |
//! | 10 | `main.rs` | the command line; each binary under src/bin/ (`gen-taggable`, the writer of `data/taggable.tsv`) is a crate of its own, outside these layers |
//!
//! # Pipeline
//!
//! [`Workspace::load`] discovers and parses files (with spans, via
//! `hcl-edit`) and groups them by directory into modules;
//! [`driver::load_called_modules`] brings in local modules that are called;
//! [`driver::lint`] evaluates each root module (variables, `tfvars`, locals,
//! functions, `count`/`for_each`/`dynamic`), follows local module calls with
//! their inputs, runs every enabled rule of the [`registry`] and applies
//! inline suppressions; [`output::Report`] renders pretty or JSON output.
//!
//! A value that cannot be known statically is [`value::Value::Unknown`], and
//! an unknown value never produces a finding.
#![warn(missing_docs)]

// Layer 1.
pub mod source;
pub mod value;
// Layer 2.
pub mod findings;
// Layer 3.
mod eval;
pub mod model;
// Layer 4.
pub mod policy;
pub mod settings;
// Layer 5.
pub mod rule;
// Layer 6.
pub mod registry;
mod rules;
// Layer 7.
pub mod config;
pub mod suppress;
// Layer 8.
pub mod driver;
// Layer 9.
pub mod baseline;
pub mod fix_apply;
pub mod output;

pub use findings::{Category, Finding, RuleMeta, Severity};
pub use settings::Settings;
pub use source::workspace::Workspace;

/// Lints in-memory sources with one set of settings (tests, fuzzing,
/// embedding).
#[must_use]
pub fn lint_sources(sources: &[(&str, &str)], settings: &Settings) -> (Workspace, Vec<Finding>) {
    let ws = Workspace::from_sources(sources);
    let findings = driver::lint(&ws, &|_| settings.clone());
    (ws, findings)
}
