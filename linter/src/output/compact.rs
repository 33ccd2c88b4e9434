//! One line per unsuppressed finding and per parse error:
//! `file:line:col: severity RULE message`, with paths as shown in the
//! pretty output (relative to the current directory). Editors and problem
//! matchers parse it; the lines are in report order.

use std::fmt::Write as _;

use super::Place;
use super::Report;

/// The compact report.
#[must_use]
pub fn render(report: &Report<'_>) -> String {
    let ws = report.workspace;
    let mut out = String::new();
    for error in &ws.parse_errors {
        let place = Place::of_offset(&ws.files[error.file], error.offset);
        let _ = writeln!(
            out,
            "{}:{}:{}: error parse-error cannot parse: {}",
            place.display,
            place.start.line,
            place.start.column,
            one_line(&error.message)
        );
    }
    for finding in report.findings.iter().filter(|f| !f.suppressed) {
        let place = Place::of_finding(report, finding);
        let _ = writeln!(
            out,
            "{}:{}:{}: {} {} {}",
            place.display,
            place.start.line,
            place.start.column,
            finding.severity,
            finding.rule.code,
            one_line(&finding.message)
        );
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
