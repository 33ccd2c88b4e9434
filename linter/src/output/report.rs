//! Pretty (miette) and JSON reports.

use std::collections::HashMap;
use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, LabeledSpan, NamedSource, SourceCode};

use crate::findings::{Finding, Severity};
use crate::source::FileId;
use crate::source::workspace::{ParseError, Workspace};

/// The result of a run, ready to print.
#[derive(Debug)]
pub struct Report<'a> {
    /// The files and parse errors.
    pub workspace: &'a Workspace,
    /// All findings, suppressed ones included.
    pub findings: &'a [Finding],
}

struct Sources<'a> {
    ws: &'a Workspace,
    cache: HashMap<FileId, NamedSource<String>>,
}

impl<'a> Sources<'a> {
    fn new(ws: &'a Workspace) -> Self {
        Self {
            ws,
            cache: HashMap::new(),
        }
    }

    fn get(&mut self, file: FileId) -> &NamedSource<String> {
        let ws = self.ws;
        self.cache.entry(file).or_insert_with(|| {
            let f = &ws.files[file];
            NamedSource::new(f.display.clone(), f.text.clone())
        })
    }
}

struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: &'a NamedSource<String>,
    span: miette::SourceSpan,
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.finding.message, self.finding.severity)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!(
            "{}/{}",
            self.finding.rule.code, self.finding.rule.name
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Critical | Severity::High => miette::Severity::Error,
            Severity::Medium | Severity::Low => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.finding.rule.help()))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let text = self.finding.resource.clone();
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            text, self.span,
        ))))
    }
}

struct ParseDiagnostic<'a> {
    error: &'a ParseError,
    source: &'a NamedSource<String>,
    span: miette::SourceSpan,
}

impl fmt::Debug for ParseDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.error.message)
    }
}

impl fmt::Display for ParseDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot parse: {}", self.error.message)
    }
}

impl std::error::Error for ParseDiagnostic<'_> {}

impl Diagnostic for ParseDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new("parse-error"))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some("here".to_owned()),
            self.span,
        ))))
    }
}

fn source_span(ws: &Workspace, file: FileId, span: std::ops::Range<usize>) -> miette::SourceSpan {
    let span = ws.files[file].clamp(span);
    miette::SourceSpan::from(span.start..span.end)
}

impl Report<'_> {
    /// Renders parse errors and unsuppressed findings with a miette handler,
    /// followed by a summary line.
    #[must_use]
    pub fn pretty(&self, handler: &GraphicalReportHandler) -> String {
        let mut out = String::new();
        let mut sources = Sources::new(self.workspace);
        for error in &self.workspace.parse_errors {
            let span = source_span(self.workspace, error.file, error.offset..error.offset);
            let diag = ParseDiagnostic {
                error,
                source: sources.get(error.file),
                span,
            };
            let _ = handler.render_report(&mut out, &diag);
        }
        for finding in self.findings.iter().filter(|f| !f.suppressed) {
            let span = source_span(self.workspace, finding.file, finding.span.clone());
            let diag = FindingDiagnostic {
                finding,
                source: sources.get(finding.file),
                span,
            };
            let _ = handler.render_report(&mut out, &diag);
        }
        let summary = self.summary();
        out.push_str(&format!(
            "{} finding(s), {} suppressed, {} parse error(s) in {} file(s)\n",
            summary.findings,
            summary.suppressed,
            self.workspace.parse_errors.len(),
            summary.files
        ));
        out
    }

    fn summary(&self) -> JsonSummary {
        JsonSummary {
            files: self.workspace.user_file_count(),
            findings: self.findings.iter().filter(|f| !f.suppressed).count(),
            suppressed: self.findings.iter().filter(|f| f.suppressed).count(),
        }
    }

    /// The JSON report (contract version 1).
    #[must_use]
    pub fn json(&self) -> String {
        self.json_with(serde_json::Map::new())
    }

    /// The JSON report with extra top-level sections after `summary` (such
    /// as `baseline`).
    #[must_use]
    pub fn json_with(&self, sections: serde_json::Map<String, serde_json::Value>) -> String {
        let ws = self.workspace;
        let findings = self
            .findings
            .iter()
            .map(|f| {
                let file = &ws.files[f.file];
                let span = file.clamp(f.span.clone());
                let start = file.position(span.start);
                let end = file.position(span.end);
                JsonFinding {
                    rule: f.rule.code,
                    name: f.rule.name,
                    category: f.rule.category.as_str(),
                    severity: f.severity.as_str(),
                    message: &f.message,
                    help: f.rule.help(),
                    file: &file.display,
                    line: start.line,
                    column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                    resource: f.resource.as_deref(),
                    attribute: f.attribute.as_deref(),
                    module: f.module.as_deref(),
                    suppressed: f.suppressed,
                    // Suppressed findings are not fixed, so they offer no fix.
                    fix: f
                        .fix
                        .as_ref()
                        .filter(|_| !f.suppressed)
                        .map(|fix| JsonFix::new(file, fix)),
                }
            })
            .collect();
        let errors = ws
            .parse_errors
            .iter()
            .map(|e| {
                let file = &ws.files[e.file];
                let pos = file.position(e.offset);
                JsonError {
                    file: &file.display,
                    line: pos.line,
                    column: pos.column,
                    message: &e.message,
                }
            })
            .collect();
        let report = JsonReport {
            version: 1,
            findings,
            errors,
            summary: self.summary(),
            sections,
        };
        serde_json::to_string_pretty(&report).unwrap_or_default()
    }
}

#[derive(serde::Serialize)]
struct JsonReport<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
    errors: Vec<JsonError<'a>>,
    summary: JsonSummary,
    #[serde(flatten)]
    sections: serde_json::Map<String, serde_json::Value>,
}

#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    name: &'a str,
    category: &'a str,
    severity: &'a str,
    message: &'a str,
    help: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    resource: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attribute: Option<&'a str>,
    /// The downloaded module that produced the finding (`module.sg`).
    #[serde(skip_serializing_if = "Option::is_none")]
    module: Option<&'a str>,
    suppressed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<JsonFix<'a>>,
}

/// A finding's automatic fix: what `--fix` (or, for unsafe ones, `--unsafe-fixes`) would
/// apply, as edits an editor can apply itself.
#[derive(serde::Serialize)]
struct JsonFix<'a> {
    applicability: &'static str,
    description: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

/// One replacement: the text from (`line`, `column`) up to, not including, (`end_line`,
/// `end_column`) becomes `replacement` (an empty range inserts). Also as byte offsets.
#[derive(serde::Serialize)]
struct JsonEdit<'a> {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start_offset: usize,
    end_offset: usize,
    replacement: &'a str,
}

impl<'a> JsonFix<'a> {
    fn new(file: &crate::source::SourceFile, fix: &'a crate::findings::Fix) -> Self {
        let mut edits: Vec<JsonEdit<'a>> = fix
            .edits
            .iter()
            .map(|edit| {
                let range = file.clamp(edit.range.clone());
                let start = file.position(range.start);
                let end = file.position(range.end);
                JsonEdit {
                    line: start.line,
                    column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                    start_offset: range.start,
                    end_offset: range.end,
                    replacement: &edit.replacement,
                }
            })
            .collect();
        edits.sort_by_key(|edit| edit.start_offset);
        JsonFix {
            applicability: fix.applicability.as_str(),
            description: &fix.description,
            edits,
        }
    }
}

#[derive(serde::Serialize)]
struct JsonError<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

#[derive(serde::Serialize)]
struct JsonSummary {
    files: usize,
    findings: usize,
    suppressed: usize,
}
