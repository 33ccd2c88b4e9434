//! The built-in pack's `doc` heredocs, cut from the files' text before
//! hcl-edit parses them.
//!
//! The docs are most of the pack's text, and parsing a heredoc template costs
//! hcl-edit several times more per byte than the rest of a policy: with the
//! Azure and GCP packs, parsing the docs took over 80 % of the instructions of
//! a run on a one-resource module. Every run loads the pack, while the docs
//! are read only by `explain`, `rules` docs and SARIF, so they are taken out
//! by a plain line scan and dedented here as Terraform dedents a `<<-`
//! heredoc. A heredoc holding a template sequence (`${`, `%{`) is left in the
//! text for hcl-edit. The removed lines stay as empty lines, so that spans
//! keep their line numbers.

use std::collections::HashMap;

/// The text without the `doc = <<-EOT` heredocs that can be cut, and those
/// heredocs' values by policy code.
pub(super) fn split(text: &str) -> (String, HashMap<String, String>) {
    let mut out = String::with_capacity(text.len());
    let mut docs = HashMap::new();
    let mut code: Option<&str> = None;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("policy \"") {
            code = rest.split('"').next();
        }
        let opens_doc = trimmed
            .strip_prefix("doc")
            .and_then(|rest| rest.trim_start().strip_prefix('='))
            .is_some_and(|rest| rest.trim() == "<<-EOT");
        let Some(code) = code.filter(|_| opens_doc) else {
            out.push_str(line);
            continue;
        };
        let mut body: Vec<&str> = Vec::new();
        let mut closed = false;
        for next in lines.by_ref() {
            if next.trim() == "EOT" {
                closed = true;
                body.push(next);
                break;
            }
            body.push(next);
        }
        let content = &body[..body.len().saturating_sub(usize::from(closed))];
        let templated = content.iter().any(|l| l.contains("${") || l.contains("%{"));
        if !closed || templated {
            // Left for hcl-edit, which reports or evaluates it.
            out.push_str(line);
            body.iter().for_each(|l| out.push_str(l));
            continue;
        }
        docs.insert(code.to_owned(), dedent(content));
        for _ in 0..=body.len() {
            out.push('\n');
        }
    }
    (out, docs)
}

/// A `<<-` heredoc's value: its lines less the least leading whitespace of
/// the non-empty ones, each ending with a newline.
fn dedent(lines: &[&str]) -> String {
    let bare = |l: &str| l.strip_suffix('\n').unwrap_or(l).to_owned();
    let lines: Vec<String> = lines.iter().map(|l| bare(l)).collect();
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().take_while(|c| c.is_whitespace()).count())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for line in &lines {
        out.extend(line.chars().skip(indent));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_plain_heredocs_and_keeps_lines() {
        let text = "policy \"X1\" {\n  name = \"x\"\n  doc  = <<-EOT\n    ## What it does\n\n      indented\n  EOT\n}\n";
        let (out, docs) = split(text);
        assert_eq!(out, "policy \"X1\" {\n  name = \"x\"\n\n\n\n\n\n}\n");
        assert_eq!(docs["X1"], "## What it does\n\n  indented\n");
    }

    #[test]
    fn leaves_templates_and_unclosed_heredocs() {
        let text = "policy \"X2\" {\n  doc = <<-EOT\n    ${var.x}\n  EOT\n}\npolicy \"X3\" {\n  doc = <<-EOT\n    open\n";
        let (out, docs) = split(text);
        assert_eq!(out, text);
        assert!(docs.is_empty());
    }
}
