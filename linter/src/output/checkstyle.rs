//! Checkstyle XML (the format of Checkstyle 4.3, read by Jenkins' Warnings
//! NG, reviewdog, SonarQube and others): one `<file>` per linted file, with
//! an `<error>` per unsuppressed finding and per parse error. Severities map
//! to Checkstyle's `error` (critical, high), `warning` (medium, low) and
//! `info`; `source` is `devopsflow-lint.CODE`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::Report;
use super::{Place, xml_escape};
use crate::findings::Severity;

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium | Severity::Low => "warning",
        Severity::Info => "info",
    }
}

/// The Checkstyle report.
#[must_use]
pub fn render(report: &Report<'_>) -> String {
    let ws = report.workspace;
    // display path -> error elements
    let mut files: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for file in &ws.files {
        files.entry(file.display.as_str()).or_default();
    }
    for error in &ws.parse_errors {
        let place = Place::of_offset(&ws.files[error.file], error.offset);
        files.entry(place.display).or_default().push(format!(
            "<error line=\"{}\" column=\"{}\" severity=\"error\" message=\"{}\" source=\"devopsflow-lint.parse-error\"/>",
            place.start.line,
            place.start.column,
            xml_escape(&format!("cannot parse: {}", error.message))
        ));
    }
    for finding in report.findings.iter().filter(|f| !f.suppressed) {
        let place = Place::of_finding(report, finding);
        files.entry(place.display).or_default().push(format!(
            "<error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"devopsflow-lint.{}\"/>",
            place.start.line,
            place.start.column,
            severity(finding.severity),
            xml_escape(&format!(
                "{} [{} {} {}]",
                finding.message, finding.rule.code, finding.rule.name, finding.severity
            )),
            finding.rule.code
        ));
    }
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for (name, errors) in files {
        if errors.is_empty() {
            let _ = writeln!(out, "  <file name=\"{}\"/>", xml_escape(name));
            continue;
        }
        let _ = writeln!(out, "  <file name=\"{}\">", xml_escape(name));
        for error in errors {
            let _ = writeln!(out, "    {error}");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</checkstyle>\n");
    out
}
