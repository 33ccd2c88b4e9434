//! Layer 9: machine-readable reports for CI systems and editors: SARIF 2.1.0, JUnit
//! XML, Checkstyle XML, GitHub workflow commands and a compact one-line
//! format, plus the `rules` and `explain` texts.
//!
//! Pretty and JSON output live in [`report`]. Every renderer here takes
//! a [`Report`] and returns the whole document as a `String`; none of them
//! prints or writes files.

pub mod checkstyle;
pub mod compact;
pub mod github;
pub mod junit;
pub mod report;
pub mod rules;
pub mod sarif;

pub use report::Report;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::findings::{Finding, RuleMeta, Severity};
use crate::registry;
use crate::source::workspace::normalize;
use crate::source::{Position, SourceFile};

/// Where a finding or parse error is, resolved for output.
#[derive(Debug, Clone)]
pub(crate) struct Place<'a> {
    /// The path as shown to users (relative to the current directory).
    pub(crate) display: &'a str,
    /// Start position (1-based).
    pub(crate) start: Position,
    /// End position (1-based, exclusive column).
    pub(crate) end: Position,
}

impl<'a> Place<'a> {
    pub(crate) fn of_finding(report: &Report<'a>, finding: &Finding) -> Place<'a> {
        let file = &report.workspace.files[finding.file];
        let span = file.clamp(finding.span.clone());
        Place {
            display: &file.display,
            start: file.position(span.start),
            end: file.position(span.end),
        }
    }

    pub(crate) fn of_offset(file: &'a SourceFile, offset: usize) -> Place<'a> {
        let pos = file.position(offset);
        Place {
            display: &file.display,
            start: pos,
            end: pos,
        }
    }
}

/// The rules a report describes: every built-in rule and policy, then the
/// user policies its findings cite, sorted by code.
#[must_use]
pub fn rules_of(report: &Report<'_>) -> Vec<&'static RuleMeta> {
    let mut rules: Vec<&'static RuleMeta> = registry::all().collect();
    for finding in report.findings {
        if !rules.iter().any(|r| r.code == finding.rule.code) {
            rules.push(finding.rule);
        }
    }
    rules.sort_by_key(|r| r.code);
    rules
}

/// The directory that report paths are made relative to for GitHub (SARIF
/// `%SRCROOT%` and workflow-command `file=`): the enclosing git work tree of
/// `cwd` (the directory holding `.git`), or `cwd` itself outside one.
#[must_use]
pub fn source_root(cwd: &Path) -> PathBuf {
    let cwd = cwd.canonicalize().unwrap_or_else(|_| normalize(cwd));
    cwd.ancestors()
        .find(|dir| dir.join(".git").exists())
        .map_or_else(|| cwd.clone(), Path::to_path_buf)
}

/// A file's path relative to `root`, with forward slashes, or `None` when
/// the file lies outside `root`.
pub(crate) fn relative_to_root(file: &SourceFile, root: &Path) -> Option<String> {
    let absolute = absolute(&file.path);
    let relative = absolute.strip_prefix(root).ok()?;
    let text = relative.to_string_lossy().replace('\\', "/");
    (!text.is_empty()).then_some(text)
}

/// The absolute, symlink-resolved path of a file (lexically normalised when
/// the file does not exist on disk, as for in-memory workspaces).
pub(crate) fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    if path.is_absolute() {
        return normalize(path);
    }
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|d| d.canonicalize().ok())
        .unwrap_or_default();
    normalize(&cwd.join(path))
}

/// The identifier a finding's span starts with: the attribute or block name
/// it points at (`storage_encrypted`, `ingress`, `resource`).
pub(crate) fn anchor(report: &Report<'_>, finding: &Finding) -> String {
    let file = &report.workspace.files[finding.file];
    let span = file.clamp(finding.span.clone());
    file.text[span.start..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        .collect()
}

/// Stable identities of findings that do not depend on line numbers: rule,
/// file (relative to `root` when inside it), resource address and the
/// attribute path the rule reports (the baseline's key), else the attribute
/// or block name the finding's span starts with, plus an ordinal among findings
/// that share all of those (repeated `ingress` blocks, say), in report order.
pub(crate) fn identities(report: &Report<'_>, root: &Path) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    report
        .findings
        .iter()
        .map(|f| {
            let file = &report.workspace.files[f.file];
            let path = relative_to_root(file, root).unwrap_or_else(|| file.display.clone());
            let key = format!(
                "{}\u{0}{}\u{0}{}\u{0}{}",
                f.rule.code,
                path,
                f.resource.as_deref().unwrap_or(""),
                f.attribute.clone().unwrap_or_else(|| anchor(report, f))
            );
            let n = seen.entry(key.clone()).or_insert(0);
            *n += 1;
            format!("{key}\u{0}{n}")
        })
        .collect()
}

/// 64-bit FNV-1a, as 16 lowercase hex digits: a stable, dependency-free hash
/// for fingerprints (not for security).
pub(crate) fn fnv1a_hex(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The reason written in the suppression comment that covers a suppressed
/// finding, if one in its own file does (a suppression at a module call site
/// lives in the caller and yields `None`).
pub(crate) fn suppression_reason(report: &Report<'_>, finding: &Finding) -> Option<String> {
    let file = &report.workspace.files[finding.file];
    let line = file.line_of(file.clamp(finding.span.clone()).start);
    // The finding's own rule is passed so that comments naming a user
    // policy are read too.
    crate::suppress::collect_with(file, &[finding.rule])
        .into_iter()
        .find(|s| s.covers(finding.rule.code, line))
        .map(|s| s.reason)
        .filter(|r| !r.is_empty())
}

/// The one-line summary printed to the terminal when the report goes to a file.
#[must_use]
pub fn summary_line(report: &Report<'_>) -> String {
    let findings = report.findings.iter().filter(|f| !f.suppressed).count();
    let suppressed = report.findings.len() - findings;
    let worst = report
        .findings
        .iter()
        .filter(|f| !f.suppressed)
        .map(|f| f.severity)
        .min();
    let worst = worst.map_or(String::new(), |s: Severity| format!(" (worst: {s})"));
    format!(
        "{findings} finding(s){worst}, {suppressed} suppressed, {} parse error(s) in {} file(s)",
        report.workspace.parse_errors.len(),
        report.workspace.user_file_count()
    )
}

/// Escapes text for an XML attribute or element.
pub(crate) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_reference_vectors() {
        assert_eq!(fnv1a_hex(""), "cbf29ce484222325");
        assert_eq!(fnv1a_hex("a"), "af63dc4c8601ec8c");
        assert_eq!(fnv1a_hex("foobar"), "85944171f73967e8");
    }

    #[test]
    fn xml_escape_covers_markup_and_controls() {
        assert_eq!(
            xml_escape("a<b>&\"c'\n\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&apos;&#10;\u{FFFD}"
        );
    }
}
