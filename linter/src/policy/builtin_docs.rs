//! The built-in pack's `doc` heredocs, cut from the files' text before
//! hcl-edit parses them.
//!
//! The docs are most of the pack's text, and parsing a heredoc template costs
//! hcl-edit several times more per byte than the rest of a policy: with the
//! Azure and GCP packs, parsing the docs took over 80 % of the instructions of
//! a run on a one-resource module. Every run loads the pack, while the docs
//! are read only by `explain`, `rules` docs and SARIF, so they are taken out
//! by a plain text scan and dedented here as Terraform dedents a `<<-`
//! heredoc. A heredoc holding a template sequence (`${`, `%{`) is left in the
//! text for hcl-edit. The removed lines stay as empty lines, so that spans
//! keep their line numbers.

use std::collections::HashMap;

/// The text without the `doc = <<-EOT` heredocs that can be cut, and those
/// heredocs' values by policy code.
///
/// Only the heredoc openers are searched for (`str::find`), so the scan
/// costs little next to parsing what is left.
pub(super) fn split(text: &str) -> (String, HashMap<String, String>) {
    let mut out = String::with_capacity(text.len());
    let mut docs = HashMap::new();
    let mut copied = 0;
    let mut from = 0;
    while let Some(at) = text[from..].find("<<-EOT\n").map(|i| from + i) {
        from = at + "<<-EOT\n".len();
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let opener = text[line_start..at].trim();
        let is_doc = opener
            .strip_prefix("doc")
            .is_some_and(|rest| rest.trim() == "=");
        // The policy's header is after the previous heredoc cut.
        let Some(code) = is_doc
            .then(|| policy_code(&text[copied..line_start]))
            .flatten()
        else {
            continue;
        };
        let Some((content_end, after)) = closing(text, from) else {
            continue;
        };
        let content = &text[from..content_end];
        if content.contains("${") || content.contains("%{") {
            continue;
        }
        docs.insert(code.to_owned(), dedent(content));
        out.push_str(&text[copied..line_start]);
        out.extend(std::iter::repeat_n(
            '\n',
            text[line_start..after].matches('\n').count(),
        ));
        copied = after;
        from = after;
    }
    out.push_str(&text[copied..]);
    (out, docs)
}

/// The code of the last `policy "CODE"` header in `before`.
fn policy_code(before: &str) -> Option<&str> {
    let at = before.rfind("policy \"")?;
    before[at + "policy \"".len()..].split('"').next()
}

/// Where the heredoc opened at `from` ends: (end of its content, end of the
/// `EOT` line).
fn closing(text: &str, from: usize) -> Option<(usize, usize)> {
    let mut line_start = from;
    loop {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i + 1);
        if text[line_start..line_end].trim() == "EOT" {
            return Some((line_start, line_end));
        }
        if line_end >= text.len() {
            return None;
        }
        line_start = line_end;
    }
}

/// A `<<-` heredoc's value: its lines less the least leading whitespace of
/// the non-empty ones, each ending with a newline.
fn dedent(content: &str) -> String {
    let lines = || content.split_terminator('\n');
    let indent = lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(content.len());
    for line in lines() {
        out.push_str(line.get(indent..).unwrap_or(""));
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
