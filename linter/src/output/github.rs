//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
//! annotation per unsuppressed finding and per parse error.
//!
//! `file=` is relative to the git work tree, as GitHub resolves it against
//! the repository root. Escaping follows the Actions toolkit
//! (`@actions/core` `command.ts`): in the message `%`, `\r` and `\n` are
//! percent-encoded; in property values `:` and `,` are as well.

use std::fmt::Write as _;
use std::path::Path;

use super::Report;
use super::{Place, relative_to_root};
use crate::findings::Severity;

/// The workflow command for a severity.
#[must_use]
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium | Severity::Low => "warning",
        Severity::Info => "notice",
    }
}

/// Escapes the message (the data after `::`).
#[must_use]
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`).
#[must_use]
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn annotation(
    out: &mut String,
    command: &str,
    file: &str,
    place: &Place<'_>,
    title: &str,
    message: &str,
) {
    let _ = writeln!(
        out,
        "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        escape_property(file),
        place.start.line,
        place.start.column,
        place.end.line,
        place.end.column,
        escape_property(title),
        escape_data(message)
    );
}

/// The annotations; `root` is the directory paths are made relative to.
#[must_use]
pub fn render(report: &Report<'_>, root: &Path) -> String {
    let ws = report.workspace;
    let path = |id: usize| {
        let file = &ws.files[id];
        relative_to_root(file, root).unwrap_or_else(|| file.display.clone())
    };
    let mut out = String::new();
    for error in &ws.parse_errors {
        let place = Place::of_offset(&ws.files[error.file], error.offset);
        let message = format!("cannot parse: {}", error.message);
        annotation(
            &mut out,
            "error",
            &path(error.file),
            &place,
            "parse-error",
            &message,
        );
    }
    for finding in report.findings.iter().filter(|f| !f.suppressed) {
        let place = Place::of_finding(report, finding);
        let title = format!("{} {}", finding.rule.code, finding.rule.name);
        let message = format!(
            "{} [{}]\nhelp: {}",
            finding.message,
            finding.severity,
            finding.rule.help()
        );
        annotation(
            &mut out,
            command(finding.severity),
            &path(finding.file),
            &place,
            &title,
            &message,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_actions_toolkit() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
