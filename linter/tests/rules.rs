//! Renders every fixture under `tests/fixtures/<CODE>/` with the rule under
//! test and snapshots the output. `valid*` fixtures must produce nothing.
//!
//! Lines at the top of a fixture that start with `# config:` are joined and
//! read as `.devopsflow-lint.hcl` content.

use std::path::Path;

use devopsflow_lint::output::Report;
use devopsflow_lint::{config, lint_sources};
use miette::{GraphicalReportHandler, GraphicalTheme};

fn render(path: &Path) -> (String, usize) {
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let code = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .expect("fixture is in a rule folder");
    let config_text: String = text
        .lines()
        .map_while(|l| l.strip_prefix("# config:"))
        .map(|l| format!("{}\n", l.trim()))
        .collect();
    let config = config::parse(&config_text, "fixture").expect("fixture config is valid");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .expect("utf-8 name");
    let (ws, findings) = lint_sources(&[(name, &text)], &config);
    let findings: Vec<_> = findings
        .into_iter()
        .filter(|f| f.rule.code == code)
        .collect();
    let count = findings.iter().filter(|f| !f.suppressed).count();
    let handler =
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_width(100);
    let report = Report {
        workspace: &ws,
        findings: &findings,
    };
    let mut out = report.pretty(&handler);
    for f in findings.iter().filter(|f| f.suppressed) {
        out.push_str(&format!(
            "suppressed: {} at byte {}\n",
            f.rule.code, f.span.start
        ));
    }
    (out, count)
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/*/*.tf", |path| {
        let (out, count) = render(path);
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.starts_with("valid") {
            assert_eq!(count, 0, "{} must be silent:\n{out}", path.display());
        } else {
            assert!(count > 0, "{} must produce findings", path.display());
        }
        insta::assert_snapshot!(out);
    });
}
