//! Runbooks: one Markdown file per alert of the rule file, written under
//! `runbook_dir` when it is set.
//!
//! Every runbook has the same sections: meaning (with the alert's own
//! expression), impact, diagnosis (PromQL queries built from the same job,
//! metric and label names as the alert), mitigation and escalation. The
//! runbooks of custom rules say what the rule itself tells (its expression,
//! `for`, severity, summary and description, and queries on Prometheus'
//! `ALERTS` series) and leave the rest in sections marked [`TO_FILL_IN`].
//!
//! The text is wrapped at [`WIDTH`] columns and every piece of user text goes
//! into a fenced block, so that the files pass markdownlint's default rules
//! whatever the configuration holds.

mod content;

pub(super) use content::generated_runbook;

use std::collections::BTreeMap;

use tfplug::AttributePath;

use super::CustomRule;
use super::output::kebab_case;
use super::validate::Errors;

/// Line width of the runbooks (markdownlint's MD013 default).
const WIDTH: usize = 80;

/// Marks the sections of a custom rule's runbook that only its authors can write.
pub const TO_FILL_IN: &str = "**TO FILL IN:**";

/// The text of one runbook, before it is laid out as Markdown.
#[derive(Debug, Default)]
pub(super) struct Runbook {
    pub(super) alert: String,
    pub(super) severity: String,
    /// `job` the alert selects, when the provider built it.
    pub(super) job: Option<String>,
    pub(super) expr: String,
    pub(super) for_: Option<String>,
    /// Paragraphs.
    pub(super) meaning: Vec<String>,
    /// Texts quoted verbatim in fenced blocks after the meaning: (what, text).
    pub(super) quoted: Vec<(String, String)>,
    /// Paragraphs.
    pub(super) impact: Vec<String>,
    /// (what the query shows, PromQL).
    pub(super) diagnosis: Vec<(String, String)>,
    /// Bullet points.
    pub(super) mitigation: Vec<String>,
    /// Paragraphs.
    pub(super) escalation: Vec<String>,
}

/// The file name of an alert's runbook: `PodDown` → `pod-down.md`; `None` when
/// the name has no letter or digit to build one from.
pub fn file_name(alert: &str) -> Option<String> {
    let stem = kebab_case(alert);
    (!stem.is_empty()).then(|| format!("{stem}.md"))
}

/// Checks `runbook_dir` and that every custom rule gets a runbook file of its
/// own (`generated`: the names of the preset and SLO alerts).
pub(super) fn validate<'a>(
    dir: &str,
    generated: impl Iterator<Item = &'a str>,
    rules: &[CustomRule],
    errors: &mut Errors,
) {
    if dir.trim().is_empty() || dir.starts_with('/') || dir.starts_with('~') || dir.contains('\\') {
        errors.push(
            AttributePath::attr("runbook_dir"),
            "Invalid runbook directory",
            format!(
                "{dir:?} must be a relative path with `/` separators, relative to the \
                 directory of the rule file (`.` for that directory itself)."
            ),
        );
    }
    let mut files: BTreeMap<String, String> = generated
        .filter_map(|name| Some((file_name(name)?, format!("alert {name:?}"))))
        .collect();
    for (i, rule) in rules.iter().enumerate() {
        if rule.alert.is_empty() {
            continue;
        }
        let path = AttributePath::attr("rule").index(i).then_attr("alert");
        let Some(file) = file_name(&rule.alert) else {
            errors.push(
                path,
                "No runbook file name",
                format!(
                    "Alert name {:?} has no letter or digit to name its runbook after; \
                     runbook_dir needs one.",
                    rule.alert
                ),
            );
            continue;
        };
        if let Some(other) = files.get(&file) {
            errors.push(
                path,
                "Runbook file name already used",
                format!(
                    "The runbook of alert {:?} would be {file:?}, as that of {other}; \
                     rename one of the alerts.",
                    rule.alert
                ),
            );
        } else {
            files.insert(file, format!("alert {:?}", rule.alert));
        }
    }
}

/// `runbook_dir` as the start of a relative link: `./a/b/` gives `a/b`, `.` gives
/// the empty string.
pub(super) fn link_dir(dir: &str) -> String {
    normalize(dir)
}

/// Where a runbook is written, relative to the provider's `root_dir`: `file` in
/// `runbook_dir`, relative to the directory of `rules_path`.
pub fn runbook_path(rules_path: &str, runbook_dir: &str, file: &str) -> String {
    let rules_dir = rules_path.rsplit_once('/').map_or("", |(dir, _)| dir);
    normalize(&format!("{rules_dir}/{runbook_dir}/{file}"))
}

/// A `/`-separated relative path without `.`, empty parts, nor `..` that can
/// be resolved lexically (`a/../b` gives `b`; a leading `..` stays).
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|last| *last != "..") => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// What every runbook says about escalation, by severity.
pub(super) fn escalation(severity: &str, owner: &str) -> Vec<String> {
    match severity {
        "critical" => vec![
            format!(
                "This alert pages. Acknowledge it, then work through Diagnosis and \
                 Mitigation. If users are still affected after 30 minutes, or the cause \
                 lies outside {owner} (a dependency, the cluster, the network), page the \
                 team that owns that component and open an incident."
            ),
            "Write down what you saw and did in the incident channel as you go: it is \
             the start of the post-incident review."
                .to_owned(),
        ],
        "warning" => vec![format!(
            "This alert does not page: handle it within working hours. Hand it to the \
             team that owns {owner} if it keeps firing for more than a day, or at once if \
             a critical alert of the same job fires with it."
        )],
        _ => vec![
            "This alert is for context only (dashboards, inhibition): no action is \
             needed on its own."
                .to_owned(),
        ],
    }
}

/// The runbook of a custom rule: what its configuration tells, and marked
/// sections for the rest.
pub(super) fn custom_runbook(rule: &CustomRule) -> Runbook {
    let alert = promql_alert_name(&rule.alert);
    let mut quoted = Vec::new();
    if let Some(summary) = &rule.summary {
        quoted.push(("The rule's summary:".to_owned(), summary.clone()));
    }
    if let Some(description) = &rule.description {
        quoted.push(("The rule's description:".to_owned(), description.clone()));
    }
    Runbook {
        alert: rule.alert.clone(),
        severity: rule.severity.clone(),
        job: None,
        expr: rule.expr.clone(),
        for_: rule.for_.clone(),
        meaning: vec![format!(
            "{TO_FILL_IN} what this condition means for the service, in a few \
             sentences a new member of the on-call rotation understands."
        )],
        quoted,
        impact: vec![format!(
            "{TO_FILL_IN} who or what is affected while this alert fires (users, \
             other services, data), and how badly."
        )],
        diagnosis: vec![
            (
                "The series that match the alert's expression now:".to_owned(),
                rule.expr.clone(),
            ),
            (
                "The alert's state over time (pending, then firing):".to_owned(),
                format!("ALERTS{{alertname={alert}}}"),
            ),
            (
                "Since when each of its series has been active:".to_owned(),
                format!("ALERTS_FOR_STATE{{alertname={alert}}}"),
            ),
        ],
        mitigation: vec![format!(
            "{TO_FILL_IN} the steps that stop the impact, safest first, with the \
             commands to run."
        )],
        escalation: {
            let mut text = escalation(&rule.severity, "the component this rule watches");
            text.push(format!(
                "{TO_FILL_IN} whom to call, and when, if the steps above do not help."
            ));
            text
        },
    }
}

/// `name` as a PromQL string literal.
fn promql_alert_name(name: &str) -> String {
    super::output::promql_string(name)
}

impl Runbook {
    /// The runbook as Markdown; `header` goes first, in an HTML comment.
    pub(super) fn to_markdown(&self, header: &str) -> String {
        let mut out = String::new();
        if !header.is_empty() {
            out.push_str("<!--\n");
            // `--` could end the comment early (`-->`), so it never appears inside.
            let mut header = header.to_owned();
            while header.contains("--") {
                header = header.replace("--", "- -");
            }
            for line in header.lines() {
                push_wrapped(&mut out, line, "");
            }
            out.push_str("-->\n\n");
        }
        out.push_str(&format!("# {}\n\n", heading_text(&self.alert)));
        let mut facts = format!("Severity: {}.", code(&self.severity));
        if let Some(job) = &self.job {
            facts.push_str(&format!(" Job: {}.", code(job)));
        }
        paragraph(&mut out, &facts);

        section(&mut out, "Meaning");
        for text in &self.meaning {
            paragraph(&mut out, text);
        }
        for (what, text) in &self.quoted {
            paragraph(&mut out, what);
            fenced(&mut out, "text", text);
        }
        let when = match &self.for_ {
            Some(for_) => format!(
                "It fires when this expression has returned series for {} in a row:",
                code(for_)
            ),
            None => "It fires as soon as this expression returns series:".to_owned(),
        };
        paragraph(&mut out, &when);
        fenced(&mut out, "promql", &self.expr);

        section(&mut out, "Impact");
        for text in &self.impact {
            paragraph(&mut out, text);
        }

        section(&mut out, "Diagnosis");
        paragraph(
            &mut out,
            "Run these queries in Prometheus (its expression browser, or Grafana's \
             Explore), over the time range of the alert:",
        );
        for (what, query) in &self.diagnosis {
            paragraph(&mut out, what);
            fenced(&mut out, "promql", query);
        }

        section(&mut out, "Mitigation");
        for item in &self.mitigation {
            push_wrapped(&mut out, item, "- ");
        }
        out.push('\n');

        section(&mut out, "Escalation");
        for text in &self.escalation {
            paragraph(&mut out, text);
        }
        // One newline at the end (MD047), none doubled (MD012).
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }
}

fn section(out: &mut String, title: &str) {
    out.push_str(&format!("## {title}\n\n"));
}

fn paragraph(out: &mut String, text: &str) {
    push_wrapped(out, text, "");
    out.push('\n');
}

/// Inline code; a longer fence when the text holds backticks, and spaces inside
/// it when the text starts or ends with one.
fn code(text: &str) -> String {
    if !text.contains('`') {
        return format!("`{text}`");
    }
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    if text.starts_with('`') || text.ends_with('`') {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

/// The alert name as heading text: Markdown's special characters escaped.
fn heading_text(alert: &str) -> String {
    let mut out = String::with_capacity(alert.len());
    let words = alert.split_whitespace().collect::<Vec<_>>().join(" ");
    // MD026: no trailing punctuation in headings.
    for c in words
        .trim_end_matches(['.', ',', ';', ':', '!', '?'])
        .chars()
    {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A fenced block of `text`, each line wrapped at whitespace outside quotes;
/// the fence is longer than any backtick run in the text.
fn fenced(out: &mut String, info: &str, text: &str) {
    let mut longest = 0;
    for line in text.lines() {
        let mut run = 0;
        for c in line.chars() {
            run = if c == '`' || c == '~' { run + 1 } else { 0 };
            longest = longest.max(run);
        }
    }
    let fence = "`".repeat(longest.max(2) + 1);
    out.push_str(&format!("{fence}{info}\n"));
    for line in text.trim_end().lines() {
        let line = line.replace('\t', "    ");
        for piece in wrap_code(line.trim_end()) {
            out.push_str(&piece);
            out.push('\n');
        }
    }
    out.push_str(&format!("{fence}\n\n"));
}

/// Splits a code line longer than [`WIDTH`] at spaces outside quoted strings
/// (PromQL ignores that whitespace); continuation lines are indented two more
/// spaces. A line that has no such space stays whole.
fn wrap_code(line: &str) -> Vec<String> {
    if line.chars().count() <= WIDTH {
        return vec![line.to_owned()];
    }
    let indent: String = line.chars().take_while(|c| *c == ' ').collect();
    let continuation = format!("{indent}  ");
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut token = String::new();
    let mut quote = None;
    let mut escaped = false;
    let flush = |pieces: &mut Vec<String>, current: &mut String, token: &str| {
        let prefix = if pieces.is_empty() && current.is_empty() {
            indent.as_str()
        } else {
            ""
        };
        let candidate_len = current.chars().count() + 1 + token.chars().count();
        if current.trim().is_empty() {
            current.push_str(prefix);
            current.push_str(token);
        } else if candidate_len <= WIDTH {
            current.push(' ');
            current.push_str(token);
        } else {
            pieces.push(std::mem::take(current));
            current.push_str(&continuation);
            current.push_str(token);
        }
    };
    for c in line.trim_start().chars() {
        match quote {
            Some(q) => {
                token.push(c);
                if escaped {
                    escaped = false;
                } else if c == '\\' && q != '`' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == ' ' => {
                if !token.is_empty() {
                    flush(&mut pieces, &mut current, &token);
                    token.clear();
                }
            }
            None => {
                if matches!(c, '"' | '\'' | '`') {
                    quote = Some(c);
                }
                token.push(c);
            }
        }
    }
    if !token.is_empty() {
        flush(&mut pieces, &mut current, &token);
    }
    pieces.push(current);
    pieces
}

/// Whether a word at the start of a line could begin a block (heading, list,
/// quote, table, setext underline, code) and so must not start one.
fn starts_block(word: &str) -> bool {
    let first = word.chars().next();
    if matches!(
        first,
        Some('#' | '-' | '+' | '*' | '>' | '=' | '|' | '<' | '`' | '~' | '_')
    ) {
        return true;
    }
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    !digits.is_empty() && matches!(word[digits.len()..].chars().next(), Some('.' | ')'))
}

/// Appends `text` wrapped at [`WIDTH`]; the first line starts with `marker`,
/// the others with as many spaces.
fn push_wrapped(out: &mut String, text: &str, marker: &str) {
    // Words that must not start a line stay glued to the word before them.
    let mut units: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match units.last_mut() {
            Some(last) if starts_block(word) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => units.push(word.to_owned()),
        }
    }
    let indent = " ".repeat(marker.len());
    let mut line = marker.to_owned();
    let mut empty = true;
    for unit in units {
        if !empty && line.chars().count() + 1 + unit.chars().count() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = indent.clone();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(&unit);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
}
