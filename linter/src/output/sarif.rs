//! SARIF 2.1.0, as GitHub code scanning ingests it.
//!
//! One run; `tool.driver.rules` holds every registered rule (in registry
//! order, so `ruleIndex` is the registry index) with its documentation and a
//! numeric `security-severity`. Artifact URIs are relative to `%SRCROOT%` (the
//! git work tree), never empty and always with forward slashes; a file outside
//! it gets an absolute `file://` URI. Suppressed findings stay in the log with
//! an `inSource` suppression. `partialFingerprints` hash the finding's identity
//! (rule, file, resource address, attribute), not its line, so alerts survive
//! edits elsewhere in the file.

use std::path::Path;

use serde_json::{Value, json};

use super::Report;
use super::{Place, fnv1a_hex, identities, relative_to_root, suppression_reason};
use crate::findings::{RuleMeta, Severity};
use crate::source::SourceFile;

/// The SARIF schema the log declares.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Where the tool is documented (`tool.driver.informationUri`).
pub const INFORMATION_URI: &str =
    "https://github.com/devopsflow/devopsflow/blob/main/linter/README.md";

/// The `partialFingerprints` key (versioned: a change of identity scheme
/// must change the key, not silently change the values).
pub const FINGERPRINT_KEY: &str = "devopsflowFindingIdentity/v1";

/// SARIF `level` for a severity.
#[must_use]
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium | Severity::Low => "warning",
        Severity::Info => "note",
    }
}

/// GitHub's `security-severity` (a number from 0.0 to 10.0, as a string):
/// over 9.0 is critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, below that low.
#[must_use]
pub fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

/// The paragraph under `## What it does` in a rule's docs, on one line.
fn what_it_does(rule: &RuleMeta) -> String {
    let docs = rule.docs();
    let mut lines = docs
        .lines()
        .skip_while(|l| l.trim() != "## What it does")
        .skip(1);
    let mut text = String::new();
    for line in lines.by_ref() {
        let line = line.trim();
        if line.starts_with("## ") || (line.is_empty() && !text.is_empty()) {
            break;
        }
        if !line.is_empty() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(line);
        }
    }
    if text.is_empty() {
        rule.help().to_owned()
    } else {
        text
    }
}

/// The first sentence of a paragraph.
fn first_sentence(text: &str) -> &str {
    text.find(". ").map_or(text, |i| &text[..=i])
}

fn rule_descriptor(rule: &RuleMeta) -> Value {
    let full = what_it_does(rule);
    let docs = rule.docs();
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": first_sentence(&full) },
        "fullDescription": { "text": full },
        "help": {
            "text": format!("{}\n\n{}", rule.help(), docs.trim_end()),
            "markdown": format!(
                "# {} `{}`\n\n**Fix:** {}\n\n{}",
                rule.code,
                rule.name,
                rule.help(),
                docs.trim_end()
            ),
        },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "security-severity": security_severity(rule.severity),
            "tags": ["security", rule.category.as_str(), "terraform"],
            "precision": "very-high",
        },
    })
}

/// The percent-encoded form of a relative path for a URI reference.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn artifact_location(file: &SourceFile, root: &Path) -> Value {
    match relative_to_root(file, root) {
        Some(relative) => json!({ "uri": encode_path(&relative), "uriBaseId": "%SRCROOT%" }),
        None => {
            let absolute = super::absolute(&file.path);
            let text = absolute.to_string_lossy().replace('\\', "/");
            let text = text.trim_start_matches('/');
            json!({ "uri": format!("file:///{}", encode_path(text)) })
        }
    }
}

fn physical_location(file: &SourceFile, root: &Path, place: &Place<'_>) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": artifact_location(file, root),
            "region": {
                "startLine": place.start.line,
                "startColumn": place.start.column,
                "endLine": place.end.line,
                "endColumn": place.end.column,
            },
        },
    })
}

/// A finding's fix as a SARIF `fix`: its edits as replacements of regions of the file (an
/// empty region inserts). Whether `--fix` applies it alone or only with `--unsafe-fixes` is in
/// its properties and description.
fn sarif_fix(file: &SourceFile, root: &Path, fix: &crate::findings::Fix) -> Value {
    let mut edits: Vec<&crate::findings::Edit> = fix.edits.iter().collect();
    edits.sort_by_key(|edit| edit.range.start);
    let replacements: Vec<Value> = edits
        .into_iter()
        .map(|edit| {
            let range = file.clamp(edit.range.clone());
            let start = file.position(range.start);
            let end = file.position(range.end);
            json!({
                "deletedRegion": {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                },
                "insertedContent": { "text": edit.replacement },
            })
        })
        .collect();
    let description = match fix.applicability {
        crate::findings::Applicability::Safe => fix.description.clone(),
        crate::findings::Applicability::Unsafe => format!(
            "{} (unsafe: Terraform replaces the resource to apply it; review the plan)",
            fix.description
        ),
    };
    json!({
        "description": { "text": description },
        "artifactChanges": [{
            "artifactLocation": artifact_location(file, root),
            "replacements": replacements,
        }],
        "properties": { "applicability": fix.applicability.as_str() },
    })
}

/// The SARIF log. `root` is the directory URIs are relative to (see
/// [`super::source_root`]).
#[must_use]
pub fn render(report: &Report<'_>, root: &Path) -> String {
    let ws = report.workspace;
    let ids = identities(report, root);
    let rules = super::rules_of(report);
    let results: Vec<Value> = report
        .findings
        .iter()
        .zip(&ids)
        .map(|(f, id)| {
            let file = &ws.files[f.file];
            let place = Place::of_finding(report, f);
            let index = rules.iter().position(|r| r.code == f.rule.code);
            let mut result = json!({
                "ruleId": f.rule.code,
                "ruleIndex": index,
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [physical_location(file, root, &place)],
                "partialFingerprints": { FINGERPRINT_KEY: fnv1a_hex(id) },
                "properties": { "severity": f.severity.as_str() },
            });
            if let Some(resource) = &f.resource {
                result["locations"][0]["logicalLocations"] =
                    json!([{ "fullyQualifiedName": resource, "kind": "resource" }]);
            }
            if let Some(fix) = f.fix.as_ref().filter(|_| !f.suppressed) {
                result["fixes"] = json!([sarif_fix(file, root, fix)]);
            }
            if f.suppressed {
                let mut suppression = json!({ "kind": "inSource" });
                if let Some(reason) = suppression_reason(report, f) {
                    suppression["justification"] = json!(reason);
                }
                result["suppressions"] = json!([suppression]);
            }
            result
        })
        .collect();
    let notifications: Vec<Value> = ws
        .parse_errors
        .iter()
        .map(|e| {
            let file = &ws.files[e.file];
            let place = Place::of_offset(file, e.offset);
            json!({
                "level": "error",
                "message": { "text": format!("cannot parse: {}", e.message) },
                "locations": [physical_location(file, root, &place)],
                "descriptor": { "id": "parse-error" },
            })
        })
        .collect();
    let root_uri = {
        let text = root.to_string_lossy().replace('\\', "/");
        let text = text.trim_matches('/');
        if text.is_empty() {
            "file:///".to_owned()
        } else {
            format!("file:///{}/", encode_path(text))
        }
    };
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "devopsflow-lint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": INFORMATION_URI,
                    "rules": rules.iter().map(|r| rule_descriptor(r)).collect::<Vec<_>>(),
                },
            },
            "invocations": [{
                "executionSuccessful": ws.parse_errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": {
                "%SRCROOT%": {
                    "uri": root_uri,
                    "description": { "text": "The root of the git work tree (or the directory the linter ran in)." },
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_encoded_but_slashes_kept() {
        assert_eq!(encode_path("a b/c%.tf"), "a%20b/c%25.tf");
        assert_eq!(encode_path("env/prod/main.tf"), "env/prod/main.tf");
    }

    #[test]
    fn every_rule_has_a_short_description() {
        for rule in crate::registry::all() {
            let text = what_it_does(rule);
            assert!(!text.is_empty(), "{}", rule.code);
            assert!(!first_sentence(&text).is_empty(), "{}", rule.code);
        }
    }
}
