//! JUnit XML, one `<testsuite>` per registered rule (the policy is the test
//! plan): a rule without findings is one passing test case, each
//! unsuppressed finding a failing one, each suppressed finding a skipped one.
//! GitLab, Jenkins, Azure Pipelines and CircleCI then show "40 tests, 2
//! failed" with failures grouped by rule, and the failure text carries
//! `file:line:col`, the message and the fix. Parse errors form a `parse`
//! suite of `<error>` test cases. Paths are as shown in the pretty output.

use std::fmt::Write as _;

use super::Report;
use super::{Place, suppression_reason, xml_escape};

struct Case {
    name: String,
    file: String,
    line: usize,
    body: String,
}

/// The JUnit report.
#[must_use]
pub fn render(report: &Report<'_>) -> String {
    let ws = report.workspace;
    let mut suites = String::new();
    let (mut tests, mut failures, mut errors, mut skipped) = (0, 0, 0, 0);
    if !ws.parse_errors.is_empty() {
        let mut body = String::new();
        for error in &ws.parse_errors {
            let place = Place::of_offset(&ws.files[error.file], error.offset);
            let message = format!("cannot parse: {}", error.message);
            let _ = writeln!(
                body,
                "    <testcase name=\"{file}\" classname=\"devopsflow-lint.parse\" file=\"{file}\" line=\"{line}\">\n      <error message=\"{msg}\" type=\"parse-error\">{file}:{line}:{col}: {msg}</error>\n    </testcase>",
                file = xml_escape(place.display),
                line = place.start.line,
                col = place.start.column,
                msg = xml_escape(&message)
            );
        }
        let n = ws.parse_errors.len();
        tests += n;
        errors += n;
        let _ = write!(
            suites,
            "  <testsuite name=\"parse\" tests=\"{n}\" failures=\"0\" errors=\"{n}\" skipped=\"0\">\n{body}  </testsuite>\n"
        );
    }
    for rule in super::rules_of(report) {
        let classname = format!("devopsflow-lint.{}.{}", rule.code, rule.name);
        let mut cases = Vec::new();
        let (mut failed, mut skip) = (0, 0);
        for finding in report.findings.iter().filter(|f| f.rule.code == rule.code) {
            let place = Place::of_finding(report, finding);
            let name = format!(
                "{}:{} {}",
                place.display,
                place.start.line,
                finding.resource.as_deref().unwrap_or(rule.name)
            );
            let body = if finding.suppressed {
                skip += 1;
                let reason = suppression_reason(report, finding)
                    .map_or_else(|| "suppressed".to_owned(), |r| format!("suppressed: {r}"));
                format!("<skipped message=\"{}\"/>", xml_escape(&reason))
            } else {
                failed += 1;
                format!(
                    "<failure message=\"{msg}\" type=\"{sev}\">{file}:{line}:{col}: {sev} {code} {msg}&#10;help: {help}</failure>",
                    msg = xml_escape(&finding.message),
                    sev = finding.severity,
                    file = xml_escape(place.display),
                    line = place.start.line,
                    col = place.start.column,
                    code = rule.code,
                    help = xml_escape(rule.help())
                )
            };
            cases.push(Case {
                name,
                file: place.display.to_owned(),
                line: place.start.line,
                body,
            });
        }
        let _ = writeln!(
            suites,
            "  <testsuite name=\"{} {}\" tests=\"{}\" failures=\"{failed}\" errors=\"0\" skipped=\"{skip}\">",
            rule.code,
            rule.name,
            cases.len().max(1)
        );
        if cases.is_empty() {
            tests += 1;
            let _ = writeln!(
                suites,
                "    <testcase name=\"no findings\" classname=\"{}\"/>",
                xml_escape(&classname)
            );
        }
        for case in &cases {
            tests += 1;
            let _ = writeln!(
                suites,
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\">\n      {}\n    </testcase>",
                xml_escape(&case.name),
                xml_escape(&classname),
                xml_escape(&case.file),
                case.line,
                case.body
            );
        }
        failures += failed;
        skipped += skip;
        suites.push_str("  </testsuite>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"devopsflow-lint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\">\n{suites}</testsuites>\n"
    )
}
