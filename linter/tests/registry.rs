//! Invariants of the rule registry and the built-in policies: codes, names,
//! docs and fixtures.

use std::collections::HashSet;
use std::path::Path;

use devopsflow_lint::registry;

#[test]
fn codes_are_unique_sorted_and_in_their_category_range() {
    let mut seen = HashSet::new();
    let mut last = "";
    for rule in registry::all() {
        assert!(seen.insert(rule.code), "duplicate code {}", rule.code);
        assert!(seen.insert(rule.name), "duplicate name {}", rule.name);
        assert!(rule.code > last, "{} is out of order", rule.code);
        last = rule.code;
        let prefix = match rule.category.as_str() {
            "encryption" => "DFL1",
            "network" => "DFL2",
            "tagging" => "DFL3",
            "backend" => "DFL4",
            "governance" => "DFL9",
            "container" => "DFL6",
            _ => "DFL5",
        };
        assert!(
            rule.code.starts_with(prefix),
            "{} is not in {prefix}xx",
            rule.code
        );
        assert!(
            rule.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            rule.name
        );
    }
}

#[test]
fn every_rule_is_documented() {
    for rule in registry::all() {
        let docs = rule.docs();
        for section in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "Use instead:",
        ] {
            assert!(
                docs.contains(section),
                "{} docs lack `{section}`",
                rule.code
            );
        }
        assert!(!rule.help().is_empty(), "{} has no help", rule.code);
    }
}

#[test]
fn every_rule_has_valid_and_invalid_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for rule in registry::all() {
        let dir = root.join(rule.code);
        assert!(
            dir.join("valid.tf").is_file(),
            "{} has no valid.tf",
            rule.code
        );
        assert!(
            dir.join("invalid.tf").is_file(),
            "{} has no invalid.tf",
            rule.code
        );
    }
}
