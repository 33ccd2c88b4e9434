//! Inline suppressions: `# devopsflow-lint:ignore[RULE] reason` (or `//`).
//!
//! A comment on its own line applies to the block or attribute that starts on
//! the next code line; a comment at the end of a line applies to the block or
//! attribute that starts on that line. "Applies" means every line the block or
//! attribute spans.

use std::collections::HashMap;

use hcl_edit::Span;
use hcl_edit::structure::Body;

use crate::config::find_rule;
use crate::source::SourceFile;

const MARKER: &str = "devopsflow-lint:ignore[";

/// One suppression comment, resolved to the lines it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Rule codes it names (codes or names are accepted in the comment).
    pub codes: Vec<&'static str>,
    /// First covered line (1-based).
    pub first_line: usize,
    /// Last covered line (1-based, inclusive).
    pub last_line: usize,
    /// The reason written after the bracket, if any.
    pub reason: String,
}

impl Suppression {
    /// Whether this suppression covers a rule at a line.
    #[must_use]
    pub fn covers(&self, code: &str, line: usize) -> bool {
        (self.first_line..=self.last_line).contains(&line) && self.codes.contains(&code)
    }
}

/// For every line, the last line of the longest block or attribute starting there.
fn structure_ends(file: &SourceFile, body: &Body, ends: &mut HashMap<usize, usize>) {
    for structure in body.iter() {
        let Some(span) = structure.span() else {
            continue;
        };
        let first = file.line_of(span.start);
        let last = file.line_of(span.end.saturating_sub(1).max(span.start));
        let entry = ends.entry(first).or_insert(last);
        *entry = (*entry).max(last);
        if let Some(block) = structure.as_block() {
            structure_ends(file, &block.body, ends);
        }
    }
}

/// Parses the rule list and reason after the marker.
fn parse_comment(rest: &str) -> Option<(Vec<&'static str>, String)> {
    let close = rest.find(']')?;
    let codes = rest[..close]
        .split(',')
        .filter_map(|name| find_rule(name.trim()).map(|m| m.code))
        .collect::<Vec<_>>();
    let reason = rest[close + 1..]
        .trim()
        .trim_end_matches("*/")
        .trim()
        .to_owned();
    (!codes.is_empty()).then_some((codes, reason))
}

/// The suppressions in a file.
#[must_use]
pub fn collect(file: &SourceFile) -> Vec<Suppression> {
    if !file.text.contains(MARKER) {
        return Vec::new();
    }
    let mut ends = HashMap::new();
    if let Some(body) = &file.body {
        structure_ends(file, body, &mut ends);
    }
    let mut out = Vec::new();
    for line in 1..=file.line_count() {
        let text = file.line_text(line);
        let Some(at) = text.find(MARKER) else {
            continue;
        };
        let before = text[..at].trim_end();
        let code_before = if let Some(code) = before.strip_suffix('#') {
            code
        } else if let Some(code) = before.strip_suffix("//") {
            code
        } else {
            continue;
        };
        let Some((codes, reason)) = parse_comment(&text[at + MARKER.len()..]) else {
            continue;
        };
        let target = if code_before.trim().is_empty() {
            // Own line: the next line that holds code.
            (line + 1..=file.line_count()).find(|&l| {
                let t = file.line_text(l).trim();
                !(t.is_empty() || t.starts_with('#') || t.starts_with("//"))
            })
        } else {
            Some(line)
        };
        let Some(first_line) = target else { continue };
        let last_line = ends.get(&first_line).copied().unwrap_or(first_line);
        out.push(Suppression {
            codes,
            first_line,
            last_line,
            reason,
        });
    }
    out
}
