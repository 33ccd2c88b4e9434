//! `docs/rules/*.md` are generated from the rules' doc comments. This test
//! fails when they drift; regenerate with `DFL_UPDATE_DOCS=1 cargo test -p
//! devopsflow-lint --test docs`.

use std::fmt::Write as _;
use std::path::Path;

use devopsflow_lint::registry;

fn expected() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut index = String::from(
        "<!-- Generated from the rules' doc comments by linter/tests/docs.rs; do not edit. -->\n\
         # devopsflow-lint rules\n\n\
         | code | name | category | default severity | fix |\n|---|---|---|---|---|\n",
    );
    for rule in registry::all() {
        let _ = writeln!(
            index,
            "| [{code}]({code}.md) | `{name}` | {cat} | {sev} | {fix} |",
            code = rule.code,
            name = rule.name,
            cat = rule.category.as_str(),
            sev = rule.severity,
            fix = rule.fixable.map_or("", |a| a.as_str())
        );
        // The page is what `devopsflow-lint explain` prints, under a marker.
        let page = format!(
            "<!-- Generated from the rule's doc comment by linter/tests/docs.rs; do not edit. -->\n{}",
            devopsflow_lint::output::rules::explain(rule)
        );
        files.push((format!("{}.md", rule.code), page));
    }
    files.push(("README.md".to_owned(), index));
    files
}

#[test]
fn rule_docs_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/rules");
    let update = std::env::var_os("DFL_UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for (name, content) in expected() {
        let path = dir.join(&name);
        if update {
            std::fs::create_dir_all(&dir).expect("create docs/rules");
            std::fs::write(&path, &content).expect("write doc page");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(content.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "docs/rules is stale ({stale:?}); run DFL_UPDATE_DOCS=1 cargo test -p devopsflow-lint --test docs"
    );
}
