//! The texts of `devopsflow-lint rules` and `devopsflow-lint explain RULE`.

use std::fmt::Write as _;

use crate::findings::RuleMeta;
use crate::registry::{self, RULES};

/// Whether a rule offers an automatic fix (its registry `fixable` flag).
#[must_use]
pub fn fixable(rule: &RuleMeta) -> bool {
    rule.fixable.is_some()
}

/// The table of every rule: code, name, category, default severity, fixable;
/// the built-in rules and policies, then `extra` (user policies).
#[must_use]
pub fn table(extra: &[&'static RuleMeta]) -> String {
    let rules: Vec<&RuleMeta> = registry::all().chain(extra.iter().copied()).collect();
    let width = rules.iter().map(|r| r.name.len()).max().unwrap_or(4);
    let code_width = rules.iter().map(|r| r.code.len()).max().unwrap_or(4);
    let cat_width = rules
        .iter()
        .map(|r| r.category.as_str().len())
        .max()
        .unwrap_or(8);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<code_width$} {:<width$} {:<cat_width$} {:<8} FIXABLE",
        "CODE", "NAME", "CATEGORY", "SEVERITY"
    );
    for rule in rules {
        let _ = writeln!(
            out,
            "{:<code_width$} {:<width$} {:<cat_width$} {:<8} {}",
            rule.code,
            rule.name,
            rule.category.as_str(),
            rule.severity.as_str(),
            rule.fixable.map_or("no", |a| a.as_str())
        );
    }
    out
}

/// A rule's documentation page, as `docs/rules/CODE.md` holds it (without
/// the generated-file comment).
#[must_use]
pub fn explain(rule: &RuleMeta) -> String {
    format!(
        "# {code} `{name}`\n\nCategory: {cat}. Default severity: {sev}. Help: {help}\n\n{docs}",
        code = rule.code,
        name = rule.name,
        cat = rule.category.as_str(),
        sev = rule.severity,
        help = rule.help(),
        docs = rule.docs()
    )
}

/// Levenshtein distance, for "did you mean".
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// The rule whose code or name is closest to `key`, when reasonably close.
#[must_use]
pub fn suggest(key: &str) -> Option<&'static RuleMeta> {
    let key = key.to_ascii_lowercase();
    RULES
        .iter()
        .map(|r| &r.meta)
        .flat_map(|r| [(r.code.to_ascii_lowercase(), r), (r.name.to_owned(), r)])
        .map(|(candidate, r)| {
            let limit = (candidate.len().max(key.len()) / 3).max(2);
            (distance(&key, &candidate), limit, r)
        })
        .filter(|(d, limit, _)| d <= limit)
        .min_by_key(|(d, _, _)| *d)
        .map(|(_, _, r)| r)
        .or_else(|| {
            RULES
                .iter()
                .find(|r| r.name.contains(key.as_str()))
                .map(|r| &r.meta)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("DFL10").map(|r| r.code), Some("DFL101"));
        assert_eq!(
            suggest("rds-storage-not-encryptd").map(|r| r.code),
            Some("DFL102")
        );
        assert_eq!(suggest("egress").map(|r| r.code), Some("DFL205"));
        assert!(suggest("zzzzzzzzzzzzzzzzzzzzzz").is_none());
    }
}
